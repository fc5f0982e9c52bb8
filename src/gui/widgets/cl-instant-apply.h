/* cl-instant-apply.h — a field saved as soon as the user is done with it
 *
 * One ClInstantApply watches one field and calls its save function:
 *  - a text field (an AdwEntryRow, a GtkEntry or another GtkEditable, or a
 *    GtkTextView's buffer): when the keyboard focus leaves it, on Enter
 *    (one-line fields), or CL_INSTANT_APPLY_DELAY_MS after the last
 *    keystroke;
 *  - a value (an AdwComboRow's "selected", a ClRatingRow's "value", a check
 *    button's or switch's "active"): as soon as it changes.
 * The save function edits a copy of the shared object, validates it and hands
 * it to its store (one transaction), or fails with a GError.  On failure the
 * field is styled "error" and the error's message is shown beside it (and
 * told to screen readers, see cl-row-error.h); the typed text stays in the
 * field to be corrected, the shared object keeps its last valid value, and
 * "valid" is FALSE until a save succeeds or the text is back to what was
 * saved.
 *
 * The owner shows what the store saved with cl_instant_apply_show() (from
 * the shared object's notifications): the field takes it unless the user is
 * editing it (it has the focus, a save is pending, or it holds invalid text).
 * Loading a value never calls the save function.
 *
 * The message goes into a row inserted below the field when the field is a
 * row of a GtkListBox (an AdwPreferencesGroup's); otherwise into the label
 * given with cl_instant_apply_set_message_label() (without one, only the
 * style and the accessible description say it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS
/* clang-format off */

/* The pause after the last keystroke before a text field is saved. */
#define CL_INSTANT_APPLY_DELAY_MS 700

/* Saves @text, the field's whole text as typed (not trimmed: the model
 * normalizes it); FALSE with @error set when it cannot be saved.  A
 * CL_VALIDATION_ERROR's message should say what is expected. */
typedef gboolean (*ClInstantApplyTextFunc)  (const char  *text,
                                             gpointer     user_data,
                                             GError     **error);
/* Saves @value: a selected position, a rating, or 0/1 for a boolean. */
typedef gboolean (*ClInstantApplyValueFunc) (guint        value,
                                             gpointer     user_data,
                                             GError     **error);

#define CL_TYPE_INSTANT_APPLY (cl_instant_apply_get_type ())
G_DECLARE_FINAL_TYPE (ClInstantApply, cl_instant_apply, CL, INSTANT_APPLY, GObject)

/* @what names the field for cl_instant_apply_get_unsaved(), translated and
 * in sentence case: "The role".  @destroy (may be NULL) frees @user_data
 * with the helper. */
ClInstantApply *cl_instant_apply_new_for_text  (GtkWidget               *field,
                                                const char              *what,
                                                ClInstantApplyTextFunc   func,
                                                gpointer                 user_data,
                                                GDestroyNotify           destroy);
/* @property is a boolean, enum or (unsigned) integer property of @field. */
ClInstantApply *cl_instant_apply_new_for_value (GtkWidget               *field,
                                                const char              *property,
                                                const char              *what,
                                                ClInstantApplyValueFunc  func,
                                                gpointer                 user_data,
                                                GDestroyNotify           destroy);

GtkWidget      *cl_instant_apply_get_field     (ClInstantApply *self);
/* The saved text (NULL: empty), or value, shown unless the user is editing. */
void            cl_instant_apply_show          (ClInstantApply *self,
                                                const char     *text);
void            cl_instant_apply_show_value    (ClInstantApply *self,
                                                guint           value);
/* Between these, changes to the field are the program's, not the user's:
 * nothing is saved (what waited for the pause is dropped), and what the
 * field then says counts as saved — say, while a combo row is given its
 * model, or while its owner has no object to save into. */
void            cl_instant_apply_block         (ClInstantApply *self);
void            cl_instant_apply_unblock       (ClInstantApply *self);
void            cl_instant_apply_set_message_label (ClInstantApply *self,
                                                    GtkLabel       *label);
/* Checks a text field as it is typed, before the pause: @check (given the
 * save function's user data) reads the text as the save would, saving
 * nothing; while it fails, the field shows its message at once and is not
 * "valid".  The save after the pause still decides what is kept. */
void            cl_instant_apply_set_check     (ClInstantApply         *self,
                                                ClInstantApplyTextFunc  check);

/* Gives up what the field holds that was not saved (say, as the field is
 * hidden): it shows the saved value again, and its message goes. */
void            cl_instant_apply_discard       (ClInstantApply *self);

/* FALSE while the field holds what could not be saved ("valid", notified). */
gboolean        cl_instant_apply_get_valid     (ClInstantApply *self);
/* Whether a save waits for the pause to end. */
gboolean        cl_instant_apply_get_pending   (ClInstantApply *self);
/* Saves now what waits for the pause. */
void            cl_instant_apply_flush         (ClInstantApply *self);
/* Tries again to save what could not be saved: another field it was
 * checked against may have changed (the lowest salary against the highest). */
void            cl_instant_apply_retry         (ClInstantApply *self);
/* NULL when all was saved; else a sentence saying what the field keeps:
 * "The role was left empty, so it stays “ML Engineer”." */
char           *cl_instant_apply_get_unsaved   (ClInstantApply *self);

/* The same over an array of helpers, for a section: all valid; flush each;
 * the sentences of those that were not saved, joined, or NULL. */
gboolean        cl_instant_apply_all_valid       (GPtrArray *applies);
void            cl_instant_apply_flush_all       (GPtrArray *applies);
char           *cl_instant_apply_get_unsaved_all (GPtrArray *applies);

/* clang-format on */
G_END_DECLS
