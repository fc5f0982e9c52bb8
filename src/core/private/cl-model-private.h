/* cl-model-private.h — helpers shared by the model objects in src/core only
 *
 * The model objects (ClContact, ClRound, ClObjective, ClOffer) keep each
 * property in one struct field; these helpers get and set such a field from a
 * GValue, so each object's get/set_property is a lookup of the field's address.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Copies the field at @field, of @pspec's value type, into @value. */
void     cl_model_get_field (gpointer      field,
                             GValue       *value,
                             GParamSpec   *pspec);
/* Stores @value in the field at @field; empty text becomes NULL.  Returns
 * whether the field changed, so the caller notifies only then. */
gboolean cl_model_set_field (gpointer      field,
                             const GValue *value,
                             GParamSpec   *pspec);

/* Validation predicates for the text a user types. */
gboolean cl_model_is_blank     (const char *text);
/* "http://…" or "https://…" with something after the scheme. */
gboolean cl_model_is_web_url   (const char *text);
/* Exactly one "@", with text on both sides and no spaces. */
gboolean cl_model_is_email     (const char *text);
/* A real calendar date written YYYY-MM-DD. */
gboolean cl_model_is_iso_date  (const char *text);
/* Three upper-case ASCII letters, such as "EUR". */
gboolean cl_model_is_currency  (const char *text);

G_END_DECLS
