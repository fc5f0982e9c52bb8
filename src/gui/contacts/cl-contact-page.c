/* cl-contact-page.c — everything about one contact, saved as it is typed
 *
 * As the application page does it: each field is a ClInstantApply that
 * saves an edited copy of the contact (cl_contact_copy()), validated, through
 * the contact store, and says beside the field what is wrong when it cannot
 * be saved; the shared contact keeps its last valid value.  The page shows
 * the contact again after each of its notifications.  Deleting asks first,
 * as it takes the contact's interactions with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-contact-delete.h"
#include "cl-contact-events.h"
#include "cl-contact-page.h"
#include "cl-contact-referrals.h"
#include "cl-instant-apply.h"
#include "cl-toast.h"

struct _ClContactPage
{
  AdwBin             parent_instance;

  ClContext         *context;
  ClContact         *contact;
  GSignalGroup      *contact_signals;
  GPtrArray         *applies; /* every field's */
  GPtrArray         *texts;   /* TextField, the plain text properties */

  ClInstantApply    *company_apply;

  AdwWindowTitle    *window_title;
  GtkButton         *back_button;
  GtkScrolledWindow *scroller;
  AdwEntryRow       *name_row;
  AdwEntryRow       *company_row;
  AdwEntryRow       *title_row;
  GtkButton         *delete_button;
  GtkWidget         *referrals;
  GtkWidget         *events;
};

G_DEFINE_FINAL_TYPE (ClContactPage, cl_contact_page, ADW_TYPE_BIN)

/* A text field saved into a string property of the contact. */
typedef struct
{
  ClContactPage  *self;
  ClInstantApply *apply;
  char           *property;
} TextField;

static void
text_field_free (gpointer data)
{
  TextField *field = data;

  g_free (field->property);
  g_free (field);
}

/* Saving ------------------------------------------------------------------- */

/* Unused since deleting moved to cl-contact-delete.c; kept for the sections. */
G_GNUC_UNUSED static void
show_error (ClContactPage *self,
            const GError  *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

/* Sets the properties on a copy, checks @field and saves the copy. */
static gboolean
save_contact (ClContactPage *self,
              const char    *field,
              GError       **error,
              const char    *first_property,
              ...)
{
  g_autoptr(ClContact) copy = NULL;
  va_list args;

  if (self->contact == NULL)
    return TRUE;

  copy = cl_contact_copy (self->contact);
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);

  if (field != NULL && !cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_contact_store_update_contact (cl_context_get_contact_store (self->context), copy,
                                          error);
}

static gboolean
save_text_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  TextField *field = data;

  return save_contact (field->self, field->property, error, field->property, text, NULL);
}

static gboolean
save_company_cb (const char *text,
                 gpointer    data,
                 GError    **error)
{
  ClContactPage *self = data;
  g_autoptr(ClContact) copy = NULL;

  if (self->contact == NULL)
    return TRUE;
  /* The store links the contact to the company of that name, or adds it. */
  copy = cl_contact_copy (self->contact);
  cl_contact_set_company_name (copy, text);
  return cl_model_validate_field (CL_MODEL (copy), "company", error) &&
         cl_contact_store_update_contact (cl_context_get_contact_store (self->context), copy,
                                          error);
}

static ClInstantApply *
add_apply (ClContactPage  *self,
           ClInstantApply *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

static void
bind_text (ClContactPage *self,
           GtkWidget     *field,
           const char    *what,
           const char    *property)
{
  TextField *text = g_new0 (TextField, 1);

  text->self = self;
  text->property = g_strdup (property);
  text->apply = add_apply (self, cl_instant_apply_new_for_text (field, what, save_text_cb, text,
                                                                NULL));
  g_ptr_array_add (self->texts, text);
}

/* Showing ------------------------------------------------------------------ */

static void
show_contact (ClContactPage *self)
{
  if (self->contact == NULL)
    return;

  for (guint i = 0; i < self->texts->len; i++)
    {
      TextField       *field = g_ptr_array_index (self->texts, i);
      g_autofree char *value = NULL;

      g_object_get (self->contact, field->property, &value, NULL);
      cl_instant_apply_show (field->apply, value);
    }
  cl_instant_apply_show (self->company_apply, cl_contact_get_company_name (self->contact));
  adw_window_title_set_title (self->window_title, cl_contact_get_name (self->contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cl_contact_get_name (self->contact), -1);
}

/* Deleting ----------------------------------------------------------------- */

static void
delete_clicked_cb (ClContactPage *self)
{
  if (self->contact == NULL || self->context == NULL)
    return;
  cl_contact_delete_ask (GTK_WIDGET (self), self->context, self->contact);
}

/* The object --------------------------------------------------------------- */

static void
cl_contact_page_dispose (GObject *object)
{
  ClContactPage *self = CL_CONTACT_PAGE (object);

  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);
  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACT_PAGE);
  g_clear_object (&self->contact_signals);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_contact_page_parent_class)->dispose (object);
}

static void
cl_contact_page_class_init (ClContactPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_page_dispose;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contact-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, referrals);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, events);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

/* Screen readers hear an entry row's text box by the row's title. */
static void
name_entry_rows (GtkWidget *root)
{
  if (ADW_IS_ENTRY_ROW (root))
    {
      GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (root)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)),
                                      -1);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_entry_rows (child);
}

static void
cl_contact_page_init (ClContactPage *self)
{
  g_type_ensure (CL_TYPE_CONTACT_REFERRALS);
  g_type_ensure (CL_TYPE_CONTACT_EVENTS);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->texts = g_ptr_array_new_with_free_func (text_field_free);
  self->contact_signals = g_signal_group_new (CL_TYPE_CONTACT);
  g_signal_group_connect_object (self->contact_signals, "notify", G_CALLBACK (show_contact), self,
                                 G_CONNECT_SWAPPED);

  bind_text (self, GTK_WIDGET (self->name_row), _ ("The name"), "name");
  self->company_apply = add_apply (self, cl_instant_apply_new_for_text (
                                           GTK_WIDGET (self->company_row), _ ("The company"),
                                           save_company_cb, self, NULL));
  bind_text (self, GTK_WIDGET (self->title_row), _ ("The job title"), "title");

  name_entry_rows (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  /* Named after the contact shown once there is one. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Contact"), -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

GtkWidget *
cl_contact_page_new (void)
{
  return g_object_new (CL_TYPE_CONTACT_PAGE, NULL);
}

void
cl_contact_page_set_contact (ClContactPage *self,
                             ClContext     *context,
                             ClContact     *contact)
{
  g_return_if_fail (CL_IS_CONTACT_PAGE (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  /* What another contact's fields held, unsaved, is not this one's. */
  for (guint i = 0; i < self->applies->len; i++)
    cl_instant_apply_discard (g_ptr_array_index (self->applies, i));
  g_set_object (&self->context, context);
  g_set_object (&self->contact, contact);
  g_signal_group_set_target (self->contact_signals, contact);
  gtk_widget_set_sensitive (GTK_WIDGET (self), contact != NULL);
  cl_contact_referrals_set_contact (CL_CONTACT_REFERRALS (self->referrals), context, contact);
  cl_contact_events_set_contact (CL_CONTACT_EVENTS (self->events), context, contact);
  if (contact == NULL)
    {
      adw_window_title_set_title (self->window_title, "");
      return;
    }
  show_contact (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

ClContact *
cl_contact_page_get_contact (ClContactPage *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_PAGE (self), NULL);

  return self->contact;
}

void
cl_contact_page_set_show_back (ClContactPage *self,
                               gboolean       show_back)
{
  g_return_if_fail (CL_IS_CONTACT_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), show_back);
}

void
cl_contact_page_flush (ClContactPage *self)
{
  g_return_if_fail (CL_IS_CONTACT_PAGE (self));

  cl_instant_apply_flush_all (self->applies);
}

char *
cl_contact_page_get_unsaved (ClContactPage *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_PAGE (self), NULL);

  return cl_instant_apply_get_unsaved_all (self->applies);
}

void
cl_contact_page_focus_name (ClContactPage *self,
                            gboolean       select)
{
  g_return_if_fail (CL_IS_CONTACT_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  if (select)
    gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}
