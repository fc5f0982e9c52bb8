/* cl-contact-interactions.c — the times the user and a contact were in touch
 *
 * Lists the contact's interactions, newest first, each with when, how,
 * what about and the application it concerned, and buttons to edit it (in
 * ClInteractionDialog, as "Log Interaction…" adds one) and delete it.  A
 * deleted one can come back with the toast's Undo, as a new interaction
 * with the same values.  The list is read again after each committed
 * change to the interactions (::interactions-changed) and to the names of
 * applications and companies, never patched by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-interactions"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-contact-interactions.h"
#include "cl-interaction-dialog.h"
#include "cl-placeholder.h"
#include "cl-toast.h"

struct _ClContactInteractions
{
  AdwPreferencesGroup parent_instance;

  ClContext          *context;
  ClContact          *contact;
  GSignalGroup       *store_signals;
  GSignalGroup       *database_signals;
  int                 focus_index; /* the row that takes the focus after a deletion, or -1 */

  GtkButton          *log_button;
  GtkListBox         *list;
};

G_DEFINE_FINAL_TYPE (ClContactInteractions, cl_contact_interactions, ADW_TYPE_PREFERENCES_GROUP)

#define INTERACTION_KEY "cl-interaction"
#define DELETE_KEY "cl-delete-button"

static void show_interactions (ClContactInteractions *self);

static AdwToastOverlay *
toast_overlay (ClContactInteractions *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : NULL;
}

static void
show_error_on (AdwToastOverlay *overlay,
               const GError    *error)
{
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

static GtkWindow *
parent_window (ClContactInteractions *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Dialogs ------------------------------------------------------------------ */

static void
open_dialog (ClContactInteractions *self,
             ClInteraction         *interaction)
{
  ClInteractionDialog *dialog;

  if (self->context == NULL || self->contact == NULL)
    return;
  dialog = cl_interaction_dialog_new (parent_window (self), self->context, self->contact,
                                      interaction);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
log_clicked_cb (ClContactInteractions *self)
{
  open_dialog (self, NULL);
}

static void
edit_clicked_cb (GtkButton             *button,
                 ClContactInteractions *self)
{
  open_dialog (self, g_object_get_data (G_OBJECT (button), INTERACTION_KEY));
}

/* Deleting ----------------------------------------------------------------- */

/* Undo adds it again: a new row with the same values (the old id is gone). */
static void
undo_delete_cb (GObject         *owner,
                gpointer         data,
                AdwToastOverlay *overlay)
{
  ClContext     *context = CL_CONTEXT (owner);
  ClInteraction *deleted = data;
  g_autoptr(ClInteraction) again = NULL;
  g_autoptr(GError) error = NULL;

  again = cl_interaction_new (cl_interaction_get_contact_id (deleted),
                              cl_interaction_get_occurred_at (deleted),
                              cl_interaction_get_channel (deleted),
                              cl_interaction_get_summary (deleted));
  g_object_set (again, "application-id", cl_interaction_get_application_id (deleted), NULL);
  if (!cl_contact_store_add_interaction (cl_context_get_contact_store (context), again, &error))
    show_error_on (overlay, error);
}

static void
delete_clicked_cb (GtkButton             *button,
                   ClContactInteractions *self)
{
  ClInteraction *interaction = g_object_get_data (G_OBJECT (button), INTERACTION_KEY);
  GtkWidget     *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(ClInteraction) kept = NULL;
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay;

  if (self->context == NULL || interaction == NULL)
    return;
  /* The row, and the interaction it holds, go with the save. */
  kept = g_object_ref (interaction);
  overlay = toast_overlay (self);
  self->focus_index = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
  if (!cl_contact_store_delete_interaction (cl_context_get_contact_store (self->context), kept,
                                            &error))
    {
      self->focus_index = -1;
      show_error_on (overlay, error);
      return;
    }
  if (overlay != NULL)
    cl_toast_add_undo (overlay, _ ("Interaction deleted"), undo_delete_cb,
                       G_OBJECT (self->context), g_steal_pointer (&kept), g_object_unref);
}

/* Showing ------------------------------------------------------------------ */

static char *
describe_when (gint64 unix_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);

  if (g_date_time_get_hour (when) == 0 && g_date_time_get_minute (when) == 0)
    /* Translators: the day of an interaction logged without a time, "Tue 1 Dec 2026". */
    return g_date_time_format (when, _ ("%a %-d %b %Y"));
  /* Translators: when an interaction was, "Tue 1 Dec 2026, 14:30". */
  return g_date_time_format (when, _ ("%a %-d %b %Y, %H:%M"));
}

static char *
describe_application (ClContactInteractions *self,
                      gint64                 application_id)
{
  ClApplication *application;

  if (application_id == 0)
    return NULL;
  application = cl_pipeline_store_find_application (cl_context_get_pipeline_store (self->context),
                                                    application_id);
  if (application == NULL)
    return g_strdup (_ ("An archived application"));
  /* Translators: an application in a list, "Deep Lattice — ML Engineer". */
  return g_strdup_printf (_ ("%s — %s"), cl_application_get_company_name (application),
                          cl_application_get_role (application));
}

static GtkWidget *
icon_button (const char    *icon_name,
             const char    *tooltip,
             const char    *label,
             GCallback      callback,
             ClInteraction *interaction,
             gpointer       self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), INTERACTION_KEY, g_object_ref (interaction),
                          g_object_unref);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static GtkWidget *
new_row (ClContactInteractions *self,
         ClInteraction         *interaction)
{
  const char *channel = cl_interaction_channel_get_label (
    cl_interaction_get_channel (interaction));
  const char      *summary = cl_interaction_get_summary (interaction);
  g_autofree char *when = describe_when (cl_interaction_get_occurred_at (interaction));
  g_autofree char *about = describe_application (self,
                                                 cl_interaction_get_application_id (interaction));
  g_autofree char *subtitle = NULL;
  g_autofree char *edit_name = NULL;
  g_autofree char *delete_name = NULL;
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *delete_button;

  if (summary == NULL || *summary == '\0')
    summary = channel;
  if (about != NULL)
    /* Translators: an interaction's day, channel and application, "Tue 1 Dec 2026 · Email ·
     * Acme — ML Engineer". */
    subtitle = g_strdup_printf (_ ("%s · %s · %s"), when, channel, about);
  else
    /* Translators: an interaction's day and channel, "Tue 1 Dec 2026 · Email". */
    subtitle = g_strdup_printf (_ ("%s · %s"), when, channel);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

  /* Translators: the accessible name of an interaction's edit button,
   * "Edit the interaction “Coffee chat”". */
  edit_name = g_strdup_printf (_ ("Edit the interaction “%s”"), summary);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-edit-symbolic", _ ("Edit the Interaction"),
                                          edit_name, G_CALLBACK (edit_clicked_cb), interaction,
                                          self));
  /* Translators: the accessible name of an interaction's delete button. */
  delete_name = g_strdup_printf (_ ("Delete the interaction “%s”"), summary);
  delete_button = icon_button ("user-trash-symbolic", _ ("Delete the Interaction"), delete_name,
                               G_CALLBACK (delete_clicked_cb), interaction, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button);
  g_object_set_data (G_OBJECT (row), DELETE_KEY, delete_button);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list, child);
      else
        break;
    }
}

/* After a deletion, the focus goes to the row now in its place, or to "Log
 * Interaction…" once none is left: not lost to the window. */
static void
place_focus (ClContactInteractions *self,
             guint                  n_rows)
{
  GtkListBoxRow *row;

  if (self->focus_index < 0)
    return;
  row = n_rows > 0 ? gtk_list_box_get_row_at_index (self->list,
                                                    MIN ((guint) self->focus_index, n_rows - 1))
                   : NULL;
  self->focus_index = -1;
  if (row == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->log_button));
      return;
    }
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), DELETE_KEY));
}

static void
show_interactions (ClContactInteractions *self)
{
  g_autoptr(GListModel) interactions = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  clear_list (self->list);
  if (self->context == NULL || self->contact == NULL)
    return;
  interactions = cl_contact_store_list_interactions (cl_context_get_contact_store (self->context),
                                                     cl_contact_get_id (self->contact), &error);
  if (interactions == NULL)
    {
      g_warning ("Could not read the interactions: %s", error->message);
      return;
    }
  n = g_list_model_get_n_items (interactions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClInteraction) interaction = g_list_model_get_item (interactions, i);

      gtk_list_box_append (self->list, new_row (self, interaction));
    }
  place_focus (self, n);
}

static void
interactions_changed_cb (ClContactInteractions *self,
                         gint64                 contact_id)
{
  if (self->contact != NULL && (contact_id == 0 || contact_id == cl_contact_get_id (self->contact)))
    show_interactions (self);
}

/* An application's company or role shown in a row may have changed. */
static void
database_changed_cb (ClContactInteractions *self,
                     ClChangeSet           *change_set)
{
  if (cl_change_set_has_table (change_set, CL_TABLE_APPLICATIONS) ||
      cl_change_set_has_table (change_set, CL_TABLE_COMPANIES))
    show_interactions (self);
}

/* The object --------------------------------------------------------------- */

static void
cl_contact_interactions_dispose (GObject *object)
{
  ClContactInteractions *self = CL_CONTACT_INTERACTIONS (object);

  if (self->store_signals != NULL)
    {
      g_signal_group_set_target (self->store_signals, NULL);
      g_signal_group_set_target (self->database_signals, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACT_INTERACTIONS);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_contact_interactions_parent_class)->dispose (object);
}

static void
cl_contact_interactions_class_init (ClContactInteractionsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_interactions_dispose;
  /* Registered with the section, as every template class is by its user. */
  g_type_ensure (CL_TYPE_INTERACTION_DIALOG);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contact-interactions.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactInteractions, log_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactInteractions, list);
  gtk_widget_class_bind_template_callback (widget_class, log_clicked_cb);
}

static void
cl_contact_interactions_init (ClContactInteractions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->focus_index = -1;
  self->store_signals = g_signal_group_new (CL_TYPE_CONTACT_STORE);
  g_signal_group_connect_object (self->store_signals, "interactions-changed",
                                 G_CALLBACK (interactions_changed_cb), self, G_CONNECT_SWAPPED);
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_set_placeholder (self->list, cl_placeholder_new (_ ("No interactions logged yet.")));
  /* Screen readers hear the section by its subject, not its type. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Interactions"), -1);
}

GtkWidget *
cl_contact_interactions_new (void)
{
  return g_object_new (CL_TYPE_CONTACT_INTERACTIONS, NULL);
}

void
cl_contact_interactions_set_contact (ClContactInteractions *self,
                                     ClContext             *context,
                                     ClContact             *contact)
{
  g_return_if_fail (CL_IS_CONTACT_INTERACTIONS (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  g_set_object (&self->context, context);
  g_set_object (&self->contact, contact);
  g_signal_group_set_target (self->store_signals,
                             context != NULL ? cl_context_get_contact_store (context) : NULL);
  g_signal_group_set_target (self->database_signals,
                             context != NULL ? cl_context_get_database (context) : NULL);
  self->focus_index = -1;
  show_interactions (self);
}
