/* cl-offer-editor.c — one offer, every part of it, saved as it is edited
 *
 * As the application page, the editor is a shell around section widgets
 * (ClOfferSection), each knowing only the context and the offer: the shell
 * gives them the offer, flushes them and says what they could not save.
 * There is no Save button: each field saves itself as the user leaves it.
 * Deleting asks first; the offer store has no Undo for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-market-section.h"
#include "cl-negotiation-section.h"
#include "cl-offer-compensation-section.h"
#include "cl-offer-details-section.h"
#include "cl-offer-editor.h"
#include "cl-offer-section.h"
#include "cl-offer-totals-section.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClOfferEditor
{
  AdwBin             parent_instance;

  ClContext         *context;
  ClOffer           *offer; /* the shared one, never changed here */
  GPtrArray         *sections;
  GSignalGroup      *offer_signals;

  GtkWidget         *header_bar;
  AdwWindowTitle    *window_title;
  GtkScrolledWindow *scroller;
  GtkWidget         *back_button;
  GtkWidget         *delete_button;
  GtkBox            *sections_box;
};

G_DEFINE_FINAL_TYPE (ClOfferEditor, cl_offer_editor, ADW_TYPE_BIN)

/* The offer's company and role, as the list says them. */
static void
update_title (ClOfferEditor *self)
{
  ClApplication *application = NULL;
  const char    *company = NULL;
  const char    *role = NULL;

  if (self->offer != NULL)
    {
      application = cl_pipeline_store_find_application (
        cl_context_get_pipeline_store (self->context), cl_offer_get_application_id (self->offer));
      role = cl_offer_get_title (self->offer);
    }
  if (application != NULL)
    {
      company = cl_application_get_company_name (application);
      if (role == NULL || *role == '\0')
        role = cl_application_get_role (application);
    }
  adw_window_title_set_title (self->window_title, company != NULL ? company : _ ("Offer"));
  adw_window_title_set_subtitle (self->window_title, role != NULL ? role : "");
}

/* Collects the entry rows below @widget, in tree order, stopping at the
 * first. */
static void
find_entry_rows (GtkWidget *widget,
                 GPtrArray *rows)
{
  if (ADW_IS_ENTRY_ROW (widget) && gtk_widget_is_visible (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && rows->len == 0;
       child = gtk_widget_get_next_sibling (child))
    find_entry_rows (child, rows);
}

/* Deleting ----------------------------------------------------------------- */

/* Brings the offer back, and shows it. */
static void
undo_delete (GObject         *context,
             gpointer         deletion,
             AdwToastOverlay *overlay)
{
  g_autoptr(GError) error = NULL;

  if (!cl_offer_store_undo_delete (cl_context_get_offer_store (CL_CONTEXT (context)), deletion,
                                   &error))
    {
      if (overlay != NULL)
        adw_toast_overlay_add_toast (overlay, cl_toast_new (error->message));
      return;
    }
  if (overlay != NULL)
    gtk_widget_activate_action (GTK_WIDGET (overlay), "win.show-offer", "x",
                                cl_deletion_get_id (deletion));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ClOfferEditor    *self)
{
  g_autoptr(ClOffer) offer = self->offer != NULL ? g_object_ref (self->offer) : NULL;
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *company = NULL;
  GtkWidget       *overlay;

  cl_transient_destroy_soon (GTK_WINDOW (dialog));
  if (!g_str_equal (response, "delete") || offer == NULL)
    return;
  /* Before the editor moves on to the next offer. */
  company = g_strdup (adw_window_title_get_title (self->window_title));

  /* What waits for the pause goes with it, unsaved. */
  for (guint i = 0; i < self->sections->len; i++)
    cl_offer_section_set_offer (g_ptr_array_index (self->sections, i), NULL, NULL);
  if (!cl_offer_store_delete_offer (cl_context_get_offer_store (self->context), offer, &deletion,
                                    &error))
    {
      for (guint i = 0; i < self->sections->len; i++)
        cl_offer_section_set_offer (g_ptr_array_index (self->sections, i), self->context, offer);
      overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
      return;
    }

  /* The editor shows another offer, or none, by the time Undo is pressed:
   * the toast holds what it needs. */
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  /* Translators: a toast after deleting an offer; %s is its company. */
  message = g_strdup_printf (_ ("Deleted the offer from %s"), company);
  cl_toast_add_undo (ADW_TOAST_OVERLAY (overlay), message, undo_delete, G_OBJECT (self->context),
                     g_steal_pointer (&deletion), (GDestroyNotify) cl_deletion_unref);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClOfferEditor    *self = CL_OFFER_EDITOR (widget);
  GtkRoot          *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (self->offer == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, NULL, NULL));
  cl_transient_set_parent (GTK_WINDOW (dialog), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  /* Translators: %s is the offer's company, "Deep Lattice". */
  adw_message_dialog_format_heading (dialog, _ ("Delete the Offer From %s?"),
                                     adw_window_title_get_title (self->window_title));
  adw_message_dialog_set_body (dialog,
                               _ ("Its terms, negotiation plan and revisions are deleted with it. "
                                  "The page offers to undo it for a while."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _ ("_Cancel"),
                                    "delete", _ ("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The object --------------------------------------------------------------- */

static void
cl_offer_editor_dispose (GObject *object)
{
  ClOfferEditor *self = CL_OFFER_EDITOR (object);

  if (self->sections != NULL)
    for (guint i = 0; i < self->sections->len; i++)
      cl_offer_section_set_offer (g_ptr_array_index (self->sections, i), NULL, NULL);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  if (self->offer_signals != NULL)
    g_signal_group_set_target (self->offer_signals, NULL);
  g_clear_object (&self->offer_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_OFFER_EDITOR);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_offer_editor_parent_class)->dispose (object);
}

static void
cl_offer_editor_class_init (ClOfferEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_offer_editor_dispose;

  /* The sections the template places. */
  g_type_ensure (CL_TYPE_OFFER_TOTALS_SECTION);
  g_type_ensure (CL_TYPE_OFFER_COMPENSATION_SECTION);
  g_type_ensure (CL_TYPE_OFFER_DETAILS_SECTION);
  g_type_ensure (CL_TYPE_MARKET_SECTION);
  g_type_ensure (CL_TYPE_NEGOTIATION_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/offers/cl-offer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOfferEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, ClOfferEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClOfferEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, ClOfferEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, ClOfferEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, ClOfferEditor, sections_box);

  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cl_offer_editor_init (ClOfferEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CL_IS_OFFER_SECTION (child))
      g_ptr_array_add (self->sections, g_object_ref (child));

  self->offer_signals = g_signal_group_new (CL_TYPE_OFFER);
  g_signal_group_connect_object (self->offer_signals, "notify::title", G_CALLBACK (update_title),
                                 self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Offer"), -1);
}

GtkWidget *
cl_offer_editor_new (void)
{
  return g_object_new (CL_TYPE_OFFER_EDITOR, NULL);
}

void
cl_offer_editor_set_offer (ClOfferEditor *self,
                           ClContext     *context,
                           ClOffer       *offer)
{
  g_return_if_fail (CL_IS_OFFER_EDITOR (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (offer == NULL || CL_IS_OFFER (offer));

  if (offer == self->offer && context == self->context)
    return;

  g_set_object (&self->context, context);
  g_set_object (&self->offer, offer);
  g_signal_group_set_target (self->offer_signals, offer);
  for (guint i = 0; i < self->sections->len; i++)
    cl_offer_section_set_offer (g_ptr_array_index (self->sections, i),
                                offer != NULL ? context : NULL, offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete",
                                 offer != NULL && context != NULL);
  update_title (self);
}

ClOffer *
cl_offer_editor_get_offer (ClOfferEditor *self)
{
  g_return_val_if_fail (CL_IS_OFFER_EDITOR (self), NULL);

  return self->offer;
}

void
cl_offer_editor_set_show_back (ClOfferEditor *self,
                               gboolean       show_back)
{
  g_return_if_fail (CL_IS_OFFER_EDITOR (self));

  gtk_widget_set_visible (self->back_button, show_back);
}

void
cl_offer_editor_flush (ClOfferEditor *self)
{
  g_return_if_fail (CL_IS_OFFER_EDITOR (self));

  for (guint i = 0; i < self->sections->len; i++)
    cl_offer_section_flush (g_ptr_array_index (self->sections, i));
}

char *
cl_offer_editor_get_unsaved (ClOfferEditor *self)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CL_IS_OFFER_EDITOR (self), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      char *sentence = cl_offer_section_get_unsaved (g_ptr_array_index (self->sections, i));

      if (sentence != NULL)
        g_ptr_array_add (sentences, sentence);
    }
  if (sentences->len == 0)
    return NULL;

  g_ptr_array_add (sentences, NULL);
  return g_strjoinv (" ", (char **) sentences->pdata);
}

void
cl_offer_editor_focus_first (ClOfferEditor *self,
                             gboolean       header)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_if_fail (CL_IS_OFFER_EDITOR (self));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  if (header)
    {
      gtk_widget_child_focus (self->header_bar, GTK_DIR_TAB_FORWARD);
      return;
    }
  /* The first field to type in, past the totals. */
  rows = g_ptr_array_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL && rows->len == 0;
       child = gtk_widget_get_next_sibling (child))
    find_entry_rows (child, rows);
  if (rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (rows, 0));
}
