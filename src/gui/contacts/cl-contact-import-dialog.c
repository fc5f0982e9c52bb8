/* cl-contact-import-dialog.c — the preview of a vCard file, and its import
 *
 * The file is loaded and its cards parsed in a thread (cl_vcard_read()
 * touches no store), so that a large file leaves the window responsive;
 * the cards are then matched against the contacts on the main thread
 * (cl_contact_import_new_for_cards()), as the store lives there.  The list
 * is a GtkListView over one item per card, whose words are made once.
 * Import commits the whole file in one transaction: when the database
 * refuses, the dialog says why and stays, nothing written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-contact-import-dialog.h"
#include "cl-contact-import-item.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClContactImportDialog
{
  AdwWindow        parent_instance;

  ClContext       *context;
  GtkWidget       *from; /* weak */
  GFile           *file;
  char            *file_name;
  GCancellable    *cancellable;
  ClContactImport *import;
  GListStore      *items;
  char            *error;
  gboolean         ready;

  GtkButton       *cancel_button;
  GtkButton       *import_button;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  GtkLabel        *reading_label;
  AdwStatusPage   *failed_page;
  GtkLabel        *file_label;
  GtkLabel        *summary_label;
  GtkLabel        *error_label;
  GtkListView     *list_view;
};

G_DEFINE_FINAL_TYPE (ClContactImportDialog, cl_contact_import_dialog, ADW_TYPE_WINDOW)

/* Words ---------------------------------------------------------------------- */

/* "12 new, 3 already present, 1 unreadable" */
static char *
summary_of (ClContactImport *import)
{
  GString *text = g_string_new (NULL);
  guint    n_new, n_present, n_unreadable;

  cl_contact_import_count (import, &n_new, &n_present, &n_unreadable);
  g_string_append_printf (text, ngettext ("%u new", "%u new", n_new), n_new);
  g_string_append (text, ", ");
  g_string_append_printf (text, ngettext ("%u already present", "%u already present", n_present),
                          n_present);
  if (n_unreadable > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, ngettext ("%u unreadable", "%u unreadable", n_unreadable),
                              n_unreadable);
    }
  return g_string_free (text, FALSE);
}

/* What the import did: "3 contacts added, 1 updated".  Several cards of
 * the file that update the same contact update it once. */
static char *
done_of (ClContactImport *import)
{
  g_autoptr(GHashTable) updated = g_hash_table_new (NULL, NULL);
  g_autofree char *added = NULL;
  guint            n_new, n_updated;

  cl_contact_import_count (import, &n_new, NULL, NULL);
  for (guint i = 0; i < cl_contact_import_get_n_cards (import); i++)
    if (cl_contact_import_get_match (import, i) != NULL)
      g_hash_table_add (updated, cl_contact_import_get_match (import, i));

  n_updated = g_hash_table_size (updated);
  if (n_new == 0)
    return g_strdup_printf (ngettext ("%u contact updated", "%u contacts updated", n_updated),
                            n_updated);
  added = g_strdup_printf (ngettext ("%u contact added", "%u contacts added", n_new), n_new);
  if (n_updated == 0)
    return g_steal_pointer (&added);
  /* Translators: "3 contacts added", then how many contacts were updated. */
  return g_strdup_printf (ngettext ("%s, %u updated", "%s, %u updated", n_updated), added,
                          n_updated);
}

/* Showing -------------------------------------------------------------------- */

static gboolean
is_usable (ClContactImportDialog *self)
{
  guint n_new = 0, n_present = 0;

  if (self->import != NULL)
    cl_contact_import_count (self->import, &n_new, &n_present, NULL);
  return n_new + n_present > 0;
}

static void
update_actions (ClContactImportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", is_usable (self));
}

static void
show_failure (ClContactImportDialog *self,
              const char            *message)
{
  g_autofree char *title = g_strdup_printf (_ ("“%s” Cannot Be Imported"), self->file_name);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  g_free (self->error);
  self->error = g_strdup (message);
  adw_status_page_set_title (self->failed_page, title);
  adw_status_page_set_description (self->failed_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
}

static void
show_cards (ClContactImportDialog *self)
{
  g_autofree char *summary = summary_of (self->import);
  g_autoptr(GtkSelectionModel) selection = NULL;

  g_clear_object (&self->items);
  self->items = G_LIST_STORE (cl_contact_import_item_list_new (self->import));
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (
    self->items))));
  gtk_list_view_set_model (self->list_view, selection);
  gtk_label_set_text (self->file_label, self->file_name);
  gtk_label_set_text (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, "cards");
  gtk_widget_grab_focus (is_usable (self) ? GTK_WIDGET (self->list_view)
                                          : GTK_WIDGET (self->cancel_button));
}

/* Reading -------------------------------------------------------------------- */

/* In a thread: the file's bytes and its cards, nothing of the store. */
static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile           *file = task_data;
  g_autofree char *contents = NULL;
  gsize            length = 0;
  GError          *error = NULL;
  GPtrArray       *cards;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  cards = cl_vcard_read (contents, length, &error);
  if (cards == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, cards, (GDestroyNotify) g_ptr_array_unref);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClContactImportDialog *self = CL_CONTACT_IMPORT_DIALOG (source);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;

  cards = g_task_propagate_pointer (G_TASK (result), &error);
  /* Closed meanwhile. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;

  self->ready = TRUE;
  gtk_spinner_stop (self->spinner);
  if (cards == NULL && error->domain == CL_VCARD_ERROR)
    show_failure (self, error->message);
  else if (cards == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_ ("Could not read “%s”: %s"), self->file_name, error->message);

      show_failure (self, message);
    }
  else
    {
      self->import = cl_contact_import_new_for_cards (
        cl_context_get_contact_store (self->context), cards);
      show_cards (self);
    }
  update_actions (self);
}

/* Actions -------------------------------------------------------------------- */

static void
show_toast (ClContactImportDialog *self,
            const char            *message)
{
  GtkWidget *overlay = self->from != NULL
                         ? gtk_widget_get_ancestor (self->from, ADW_TYPE_TOAST_OVERLAY)
                         : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (message));
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClContactImportDialog *self = CL_CONTACT_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!is_usable (self))
    return;
  if (!cl_contact_import_commit (self->import, &error))
    {
      g_autofree char *message = g_strdup_printf (_ ("Nothing was imported: %s"), error->message);

      g_free (self->error);
      self->error = g_strdup (message);
      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  done = done_of (self->import);
  show_toast (self, done);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Enter imports wherever the focus is, a row of the list included (a row
 * would take Enter for itself), but on a button, which it presses. */
static gboolean
enter_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));

  if (focus != NULL && (GTK_IS_BUTTON (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON)))
    return FALSE;
  if (!is_usable (CL_CONTACT_IMPORT_DIALOG (widget)))
    return FALSE;
  gtk_widget_activate_action (widget, "import.import", NULL);
  return TRUE;
}

/* The rows ------------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *company = gtk_label_new (NULL);
  GtkWidget *outcome = gtk_label_new (NULL);

  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_hexpand (texts, TRUE);
  for (GtkWidget *label = name; label != NULL;
       label = label == name ? company : label == company ? outcome
                                                          : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (texts), label);
    }
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (company), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (outcome), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (outcome), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (company, "dim-label");
  gtk_widget_add_css_class (outcome, "caption");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "company", company);
  g_object_set_data (G_OBJECT (box), "outcome", outcome);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  static const char   *fate_classes[] = { "success", "accent", "error" };
  ClContactImportItem *card = gtk_list_item_get_item (item);
  GtkWidget           *box = gtk_list_item_get_child (item);
  GtkWidget           *icon = g_object_get_data (G_OBJECT (box), "icon");
  GtkWidget           *company = g_object_get_data (G_OBJECT (box), "company");
  GtkWidget           *outcome = g_object_get_data (G_OBJECT (box), "outcome");
  const char          *company_name = cl_contact_import_item_get_company (card);
  ClCardFate           fate = cl_contact_import_item_get_fate (card);
  g_autofree char     *description = cl_contact_import_item_describe (card);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), cl_contact_import_item_get_icon_name (card));
  for (guint i = 0; i < G_N_ELEMENTS (fate_classes); i++)
    {
      if (i == fate)
        gtk_widget_add_css_class (icon, fate_classes[i]);
      else
        gtk_widget_remove_css_class (icon, fate_classes[i]);
    }
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "name"),
                      cl_contact_import_item_get_name (card));
  gtk_label_set_text (GTK_LABEL (company), company_name != NULL ? company_name : "");
  gtk_widget_set_visible (company, company_name != NULL);
  gtk_label_set_text (GTK_LABEL (outcome), cl_contact_import_item_get_outcome (card));
  if (fate == CL_CARD_FATE_UNREADABLE)
    gtk_widget_add_css_class (outcome, "error");
  else
    gtk_widget_remove_css_class (outcome, "error");
  /* GTK 4.8 leaves the list item itself unnamed: it and its child take the
   * card's sentence, so that a screen reader says it whichever it is on. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

/* The object ----------------------------------------------------------------- */

static void
cl_contact_import_dialog_dispose (GObject *object)
{
  ClContactImportDialog *self = CL_CONTACT_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACT_IMPORT_DIALOG);
  g_clear_weak_pointer (&self->from);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->items);
  g_clear_object (&self->file);
  g_clear_object (&self->context);
  g_clear_pointer (&self->import, cl_contact_import_free);

  G_OBJECT_CLASS (cl_contact_import_dialog_parent_class)->dispose (object);
}

static void
cl_contact_import_dialog_finalize (GObject *object)
{
  ClContactImportDialog *self = CL_CONTACT_IMPORT_DIALOG (object);

  g_free (self->file_name);
  g_free (self->error);

  G_OBJECT_CLASS (cl_contact_import_dialog_parent_class)->finalize (object);
}

static void
cl_contact_import_dialog_class_init (ClContactImportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_import_dialog_dispose;
  object_class->finalize = cl_contact_import_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contact-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, reading_label);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ClContactImportDialog, list_view);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
cl_contact_import_dialog_init (ClContactImportDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (CL_TYPE_CONTACT_IMPORT_ITEM);
  self->cancellable = g_cancellable_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  /* Before the focused widget sees it: see enter_cb(). */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < 2; i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (i == 0 ? GDK_KEY_Return : GDK_KEY_KP_Enter, 0),
                        gtk_callback_action_new (enter_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->import_button));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", FALSE);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

ClContactImportDialog *
cl_contact_import_dialog_new (GtkWidget *from,
                              ClContext *context,
                              GFile     *file)
{
  ClContactImportDialog *self;
  GtkRoot               *root;
  g_autofree char       *path = NULL;
  g_autofree char       *reading = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (from), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (CL_TYPE_CONTACT_IMPORT_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->file = g_object_ref (file);
  g_set_weak_pointer (&self->from, from);
  path = g_file_get_path (file);
  self->file_name = path != NULL ? g_filename_display_basename (path) : g_file_get_basename (file);
  root = gtk_widget_get_root (from);
  cl_transient_set_parent (GTK_WINDOW (self), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);

  reading = g_strdup_printf (_ ("Reading “%s”…"), self->file_name);
  gtk_label_set_text (self->reading_label, reading);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "reading");

  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, cl_contact_import_dialog_new);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_thread);
  return self;
}

gboolean
cl_contact_import_dialog_is_ready (ClContactImportDialog *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_DIALOG (self), FALSE);
  return self->ready;
}

GListModel *
cl_contact_import_dialog_get_items (ClContactImportDialog *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->items);
}

ClContactImport *
cl_contact_import_dialog_get_import (ClContactImportDialog *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_DIALOG (self), NULL);
  return self->import;
}

const char *
cl_contact_import_dialog_get_error (ClContactImportDialog *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_IMPORT_DIALOG (self), NULL);
  return self->error;
}
