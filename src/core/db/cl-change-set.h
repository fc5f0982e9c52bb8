/* cl-change-set.h — what one committed transaction touched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS
/* clang-format off */

/* The tables a change can touch. */
typedef enum
{
  CL_TABLE_STAGES,
  CL_TABLE_COMPANIES,
  CL_TABLE_APPLICATIONS,
  CL_TABLE_STAGE_HISTORY,
  CL_TABLE_CONTACTS,
  CL_TABLE_INTERACTIONS,
  CL_TABLE_EVENTS,
  CL_TABLE_REFERRALS,
  CL_TABLE_INTERVIEW_ROUNDS,
  CL_TABLE_JOURNAL_ENTRIES,
  CL_TABLE_RED_FLAGS,
  CL_TABLE_OBJECTIVES,
  CL_TABLE_RESOURCES,
  CL_TABLE_PRACTICE,
  CL_TABLE_OFFERS,
  CL_TABLE_NEGOTIATION,
  CL_TABLE_ACCOUNTS,
  CL_TABLE_REMINDERS,
  CL_N_TABLES
} ClTable;

/* The kinds of things whose ids a change names: a row touched names its own
 * id and the ids of what it belongs to (a round names its application). */
typedef enum
{
  CL_ENTITY_STAGE,
  CL_ENTITY_COMPANY,
  CL_ENTITY_APPLICATION,
  CL_ENTITY_CONTACT,
  CL_ENTITY_ROUND,
  CL_ENTITY_OBJECTIVE,
  CL_ENTITY_OFFER,
  CL_ENTITY_REMINDER,
  CL_ENTITY_EVENT,
  CL_ENTITY_PREP_DOMAIN, /* prep_domains.id: the ClPrepDomain value + 1 */
  CL_N_ENTITIES
} ClEntity;

typedef struct _ClChangeSet ClChangeSet;

#define CL_TYPE_CHANGE_SET (cl_change_set_get_type ())
GType        cl_change_set_get_type    (void) G_GNUC_CONST;

ClChangeSet *cl_change_set_new         (void);
/* A change made by another program: anything may differ, read it all again. */
ClChangeSet *cl_change_set_new_external (void);
ClChangeSet *cl_change_set_ref         (ClChangeSet *self);
void         cl_change_set_unref       (ClChangeSet *self);

void         cl_change_set_add         (ClChangeSet *self,
                                        ClTable      table,
                                        ClEntity     entity,
                                        gint64       id);
/* How many touches were added; cl_change_set_truncate() forgets the later ones
 * (a rolled-back savepoint). */
guint        cl_change_set_get_length  (const ClChangeSet *self);
void         cl_change_set_truncate    (ClChangeSet *self,
                                        guint        length);

gboolean     cl_change_set_is_external (const ClChangeSet *self);
gboolean     cl_change_set_is_empty    (const ClChangeSet *self);
/* An external change set has every table and every entity. */
gboolean     cl_change_set_has_table   (const ClChangeSet *self,
                                        ClTable            table);
gboolean     cl_change_set_has_entity  (const ClChangeSet *self,
                                        ClEntity           entity);
gboolean     cl_change_set_contains    (const ClChangeSet *self,
                                        ClEntity           entity,
                                        gint64             id);
/* The distinct ids of @entity touched in @table, sorted, in a new array
 * (gint64); empty (not "all") when external. */
GArray      *cl_change_set_get_ids_in  (const ClChangeSet *self,
                                        ClTable            table,
                                        ClEntity           entity);
/* The distinct ids of @entity, sorted; empty (not "all") when external. */
const gint64 *cl_change_set_get_ids    (const ClChangeSet *self,
                                        ClEntity           entity,
                                        guint             *out_n_ids);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClChangeSet, cl_change_set_unref)

/* clang-format on */
G_END_DECLS
