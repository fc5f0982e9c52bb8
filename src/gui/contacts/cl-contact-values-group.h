/* cl-contact-values-group.h — a contact's email addresses or phone numbers, each with a label
 *
 * A group of rows, one per value: its label (work, home, mobile, other), the
 * text and a remove button, with "Add Email" (or "Add Phone") beside the
 * group's title.  Each change is saved at once into the contact's "emails"
 * or "phones" property (cl_contact_values_format()) through the contact
 * store; a value the model refuses stays in its row with the model's
 * message below it, and nothing is saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_CONTACT_VALUES_GROUP (cl_contact_values_group_get_type ())
G_DECLARE_FINAL_TYPE (ClContactValuesGroup, cl_contact_values_group, CL, CONTACT_VALUES_GROUP,
                      AdwPreferencesGroup)

/* @property is "emails" or "phones" (the "property" construct property). */
GtkWidget *cl_contact_values_group_new          (const char           *property);
/* Shows, and saves into, @contact (the store's; NULL: none). */
void       cl_contact_values_group_set_contact  (ClContactValuesGroup *self,
                                                 ClContext            *context,
                                                 ClContact            *contact);
/* As cl_instant_apply_flush_all() and cl_instant_apply_get_unsaved_all()
 * over the group's rows. */
void       cl_contact_values_group_flush        (ClContactValuesGroup *self);
char      *cl_contact_values_group_get_unsaved  (ClContactValuesGroup *self);
/* The text fields of the rows, in order (for tests): AdwEntryRow. */
GPtrArray *cl_contact_values_group_get_rows     (ClContactValuesGroup *self);
/* Adds an empty row, as "Add Email" does, and focuses it. */
void       cl_contact_values_group_add_row      (ClContactValuesGroup *self);

/* clang-format on */
G_END_DECLS
