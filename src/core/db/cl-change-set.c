/* cl-change-set.c — what one committed transaction touched
 *
 * Touches are kept in the order they were made, so a savepoint rolled back
 * can forget its own; the sorted ids per entity are worked out when first
 * asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-change-set"

#include "config.h"

#include <stdlib.h>

#include "cl-change-set.h"

typedef struct
{
  ClTable  table;
  ClEntity entity;
  gint64   id;
} Touch;

struct _ClChangeSet
{
  gatomicrefcount ref_count;
  gboolean        external;
  GArray         *touches;            /* Touch */
  GArray         *ids[CL_N_ENTITIES]; /* gint64, sorted and distinct; NULL until asked */
};

G_DEFINE_BOXED_TYPE (ClChangeSet, cl_change_set, cl_change_set_ref, cl_change_set_unref)

ClChangeSet *
cl_change_set_new (void)
{
  ClChangeSet *self = g_new0 (ClChangeSet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->touches = g_array_new (FALSE, FALSE, sizeof (Touch));
  return self;
}

ClChangeSet *
cl_change_set_new_external (void)
{
  ClChangeSet *self = cl_change_set_new ();

  self->external = TRUE;
  return self;
}

ClChangeSet *
cl_change_set_ref (ClChangeSet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
forget_ids (ClChangeSet *self)
{
  for (guint i = 0; i < CL_N_ENTITIES; i++)
    g_clear_pointer (&self->ids[i], g_array_unref);
}

void
cl_change_set_unref (ClChangeSet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  forget_ids (self);
  g_array_unref (self->touches);
  g_free (self);
}

void
cl_change_set_add (ClChangeSet *self,
                   ClTable      table,
                   ClEntity     entity,
                   gint64       id)
{
  Touch touch = { table, entity, id };

  g_return_if_fail (self != NULL);
  g_return_if_fail ((guint) table < CL_N_TABLES);
  g_return_if_fail ((guint) entity < CL_N_ENTITIES);

  g_array_append_val (self->touches, touch);
  g_clear_pointer (&self->ids[entity], g_array_unref);
}

guint
cl_change_set_get_length (const ClChangeSet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->touches->len;
}

void
cl_change_set_truncate (ClChangeSet *self,
                        guint        length)
{
  g_return_if_fail (self != NULL);

  if (length < self->touches->len)
    {
      g_array_set_size (self->touches, length);
      forget_ids (self);
    }
}

gboolean
cl_change_set_is_external (const ClChangeSet *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->external;
}

gboolean
cl_change_set_is_empty (const ClChangeSet *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return !self->external && self->touches->len == 0;
}

gboolean
cl_change_set_has_table (const ClChangeSet *self,
                         ClTable            table)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->external)
    return TRUE;
  for (guint i = 0; i < self->touches->len; i++)
    if (g_array_index (self->touches, Touch, i).table == table)
      return TRUE;
  return FALSE;
}

gboolean
cl_change_set_has_entity (const ClChangeSet *self,
                          ClEntity           entity)
{
  guint n_ids = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->external)
    return TRUE;
  cl_change_set_get_ids (self, entity, &n_ids);
  return n_ids > 0;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Sorts @ids and drops repeats. */
static void
sort_distinct (GArray *ids)
{
  guint n = 0;

  if (ids->len > 1)
    qsort (ids->data, ids->len, sizeof (gint64), compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (n == 0 || g_array_index (ids, gint64, n - 1) != g_array_index (ids, gint64, i))
      g_array_index (ids, gint64, n++) = g_array_index (ids, gint64, i);
  g_array_set_size (ids, n);
}

const gint64 *
cl_change_set_get_ids (const ClChangeSet *self,
                       ClEntity           entity,
                       guint             *out_n_ids)
{
  ClChangeSet *mutable_self = (ClChangeSet *) self;
  GArray      *ids;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail ((guint) entity < CL_N_ENTITIES, NULL);
  g_return_val_if_fail (out_n_ids != NULL, NULL);

  if (self->ids[entity] == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; i < self->touches->len; i++)
        {
          const Touch *touch = &g_array_index (self->touches, Touch, i);

          if (touch->entity == entity)
            g_array_append_val (ids, touch->id);
        }
      sort_distinct (ids);
      mutable_self->ids[entity] = ids;
    }

  ids = self->ids[entity];
  *out_n_ids = ids->len;
  return (const gint64 *) ids->data;
}

GArray *
cl_change_set_get_ids_in (const ClChangeSet *self,
                          ClTable            table,
                          ClEntity           entity)
{
  GArray *ids;

  g_return_val_if_fail (self != NULL, NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < self->touches->len; i++)
    {
      const Touch *touch = &g_array_index (self->touches, Touch, i);

      if (touch->table == table && touch->entity == entity)
        g_array_append_val (ids, touch->id);
    }
  sort_distinct (ids);
  return ids;
}

gboolean
cl_change_set_contains (const ClChangeSet *self,
                        ClEntity           entity,
                        gint64             id)
{
  const gint64 *ids;
  guint         n_ids;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->external)
    return TRUE;

  ids = cl_change_set_get_ids (self, entity, &n_ids);
  return bsearch (&id, ids, n_ids, sizeof (gint64), compare_ids) != NULL;
}
