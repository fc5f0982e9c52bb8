/* cl-contact-page.c — everything about one contact, saved as it is typed
 *
 * As the application page does it: each field is a ClInstantApply that
 * saves an edited copy of the contact (cl_contact_copy()), validated, through
 * the contact store, and says beside the field what is wrong when it cannot
 * be saved; the shared contact keeps its last valid value.  The page shows
 * the contact again after each of its notifications.  Each role is a check
 * saved into the "roles" bit set; emails and phones are ClContactValuesGroups.
 * The event met at is picked among the event store's events, "None" first:
 * the combo row's position is kept on the same event while events come and
 * go (see events_changed_cb()).  Deleting asks first, as it takes the
 * contact's interactions with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-contact-delete.h"
#include "cl-contact-page.h"
#include "cl-contact-referrals.h"
#include "cl-contact-values-group.h"
#include "cl-instant-apply.h"
#include "cl-toast.h"

struct _ClContactPage
{
  AdwBin                parent_instance;

  ClContext            *context;
  ClContact            *contact;
  GSignalGroup         *contact_signals;
  GPtrArray            *applies; /* every field's */
  GPtrArray            *texts;   /* TextField, the plain text properties */

  ClInstantApply       *company_apply;
  ClInstantApply       *role_applies[CL_CONTACT_ROLE_OTHER + 1];
  ClInstantApply       *met_event_apply;
  ClInstantApply       *notes_apply;
  GListModel           *events;   /* the event store's */
  GListStore           *no_event; /* "None", before the events */

  AdwWindowTitle       *window_title;
  GtkButton            *back_button;
  GtkScrolledWindow    *scroller;
  AdwEntryRow          *name_row;
  AdwEntryRow          *company_row;
  AdwEntryRow          *title_row;
  GtkFlowBox           *roles_box;
  GtkCheckButton       *role_checks[CL_CONTACT_ROLE_OTHER + 1];
  ClContactValuesGroup *emails_group;
  ClContactValuesGroup *phones_group;
  AdwEntryRow          *linkedin_row;
  GtkButton            *linkedin_button;
  AdwEntryRow          *portfolio_row;
  GtkButton            *portfolio_button;
  AdwEntryRow          *github_row;
  GtkButton            *github_button;
  AdwComboRow          *met_event_row;
  AdwEntryRow          *how_met_row;
  GtkTextView          *notes_view;
  GtkLabel             *notes_error;
  AdwEntryRow          *tags_row;
  GtkLabel             *vcard_uid_label;
  GtkButton            *delete_button;
  GtkWidget            *referrals;
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

static ClInstantApply *
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
  return text->apply;
}

/* Roles -------------------------------------------------------------------- */

typedef struct
{
  ClContactPage *self;
  ClContactRole  role;
} RoleField;

static gboolean
save_role_cb (guint    active,
              gpointer data,
              GError **error)
{
  RoleField *field = data;
  guint      roles;

  if (field->self->contact == NULL)
    return TRUE;
  roles = cl_contact_get_roles (field->self->contact);
  if (active)
    roles |= CL_CONTACT_ROLE_BIT (field->role);
  else
    roles &= ~CL_CONTACT_ROLE_BIT (field->role);
  return save_contact (field->self, "roles", error, "roles", roles, NULL);
}

/* One check per role, named by its label. */
static void
add_role_checks (ClContactPage *self)
{
  for (ClContactRole role = CL_CONTACT_ROLE_RECRUITER; role <= CL_CONTACT_ROLE_OTHER; role++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (cl_contact_role_get_label (role));
      RoleField *field = g_new0 (RoleField, 1);

      /* The check takes the focus and is what screen readers hear, not the
       * box's cell around it. */
      gtk_flow_box_append (self->roles_box,
                           g_object_new (GTK_TYPE_FLOW_BOX_CHILD, "child", check, "focusable",
                                         FALSE, "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC,
                                         NULL));

      field->self = self;
      field->role = role;
      self->role_checks[role] = GTK_CHECK_BUTTON (check);
      /* Translators: the sentence's subject when a role could not be saved. */
      self->role_applies[role] = add_apply (
        self, cl_instant_apply_new_for_value (check, "active", _ ("The role"), save_role_cb,
                                              field, g_free));
    }
}

/* Links -------------------------------------------------------------------- */

/* The address typed in @row, when it can be opened. */
static char *
dup_openable_url (ClContactPage *self,
                  AdwEntryRow   *row,
                  const char    *property)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(ClContact) copy = NULL;

  if (*url == '\0' || self->contact == NULL)
    return NULL;

  copy = cl_contact_copy (self->contact);
  g_object_set (copy, property, url, NULL);
  return cl_model_validate_field (CL_MODEL (copy), property, NULL) ? g_steal_pointer (&url)
                                                                   : NULL;
}

static const char *
link_property (ClContactPage *self,
               AdwEntryRow   *row)
{
  if (row == self->linkedin_row)
    return "linkedin-url";
  if (row == self->portfolio_row)
    return "portfolio-url";
  return "github-url";
}

static void
update_link_buttons (ClContactPage *self)
{
  AdwEntryRow *rows[] = { self->linkedin_row, self->portfolio_row, self->github_row };
  GtkButton   *buttons[] = { self->linkedin_button, self->portfolio_button, self->github_button };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *url = NULL;

      if (rows[i] == NULL)
        return; /* while the template is built */
      url = dup_openable_url (self, rows[i], link_property (self, rows[i]));
      gtk_widget_set_sensitive (GTK_WIDGET (buttons[i]), url != NULL);
    }
}

static void
open_link_clicked_cb (ClContactPage *self,
                      GtkButton     *button)
{
  AdwEntryRow     *row = ADW_ENTRY_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                 ADW_TYPE_ENTRY_ROW));
  g_autofree char *url = dup_openable_url (self, row, link_property (self, row));
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Through the portal in Flatpak. */
  if (url != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

/* The event met at --------------------------------------------------------- */

/* The combo row's position of the event @event_id: 0 ("None") when none,
 * or when it is not among the events. */
static guint
event_position (ClContactPage *self,
                gint64         event_id)
{
  guint n = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;

  for (guint i = 0; i < n && event_id != 0; i++)
    {
      g_autoptr(ClEvent) event = g_list_model_get_item (self->events, i);

      if (cl_event_get_id (event) == event_id)
        return i + 1;
    }
  return 0;
}

static gboolean
save_met_event_cb (guint    position,
                   gpointer data,
                   GError **error)
{
  ClContactPage *self = data;
  g_autoptr(ClEvent) event = NULL;

  if (position > 0 && self->events != NULL)
    event = g_list_model_get_item (self->events, position - 1);
  return save_contact (self, "met-event-id", error, "met-event-id",
                       event != NULL ? cl_event_get_id (event) : (gint64) 0, NULL);
}

static void
show_met_event (ClContactPage *self)
{
  if (self->contact != NULL && self->events != NULL)
    cl_instant_apply_show_value (self->met_event_apply,
                                 event_position (self, cl_contact_get_met_event_id (
                                                         self->contact)));
}

/* The combo row follows the events with its position, which may move off
 * the contact's event as events come and go: nothing is saved meanwhile
 * (blocked before the row hears of it), and the position is then put back
 * on the contact's event. */
static void
events_changing_cb (ClContactPage *self)
{
  cl_instant_apply_block (self->met_event_apply);
}

static void
events_changed_cb (ClContactPage *self)
{
  guint position = 0;

  if (self->contact != NULL)
    position = event_position (self, cl_contact_get_met_event_id (self->contact));
  adw_combo_row_set_selected (self->met_event_row, position);
  cl_instant_apply_unblock (self->met_event_apply);
  show_met_event (self);
}

static void
set_events (ClContactPage *self,
            GListModel    *events)
{
  g_autoptr(GListStore) models = NULL;
  g_autoptr(GtkFlattenListModel) choices = NULL;

  if (self->events == events)
    return;

  cl_instant_apply_block (self->met_event_apply);
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_set_object (&self->events, events);
  if (events == NULL)
    {
      adw_combo_row_set_model (self->met_event_row, NULL);
      cl_instant_apply_unblock (self->met_event_apply);
      return;
    }

  /* Connected before the flattened model is, to block first. */
  g_signal_connect_object (events, "items-changed", G_CALLBACK (events_changing_cb), self,
                           G_CONNECT_SWAPPED);
  models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (models, self->no_event);
  g_list_store_append (models, events);
  choices = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models)));
  g_signal_connect_object (events, "items-changed", G_CALLBACK (events_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  adw_combo_row_set_model (self->met_event_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->met_event_row, 0);
  cl_instant_apply_unblock (self->met_event_apply);
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
  for (ClContactRole role = CL_CONTACT_ROLE_RECRUITER; role <= CL_CONTACT_ROLE_OTHER; role++)
    cl_instant_apply_show_value (self->role_applies[role],
                                 cl_contact_has_role (self->contact, role) ? 1 : 0);
  show_met_event (self);
  gtk_label_set_text (self->vcard_uid_label, cl_contact_get_vcard_uid (self->contact) != NULL
                                               ? cl_contact_get_vcard_uid (self->contact)
                                               : "");
  update_link_buttons (self);
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
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_clear_object (&self->events);
  g_clear_object (&self->no_event);
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

  g_type_ensure (CL_TYPE_CONTACT_VALUES_GROUP);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contact-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, roles_box);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, emails_group);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, phones_group);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, linkedin_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, linkedin_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, portfolio_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, portfolio_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, github_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, github_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, met_event_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, how_met_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, notes_error);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, tags_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, vcard_uid_label);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactPage, referrals);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_link_buttons);
  gtk_widget_class_bind_template_callback (widget_class, open_link_clicked_cb);
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
  add_role_checks (self);
  bind_text (self, GTK_WIDGET (self->linkedin_row), _ ("The LinkedIn address"), "linkedin-url");
  bind_text (self, GTK_WIDGET (self->portfolio_row), _ ("The portfolio address"),
             "portfolio-url");
  bind_text (self, GTK_WIDGET (self->github_row), _ ("The GitHub address"), "github-url");
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget  *buttons[] = { GTK_WIDGET (self->linkedin_button),
                                GTK_WIDGET (self->portfolio_button),
                                GTK_WIDGET (self->github_button) };
      const char *names[] = { _ ("Open LinkedIn Profile"), _ ("Open Portfolio"),
                              _ ("Open GitHub Profile") };

      gtk_widget_set_tooltip_text (buttons[i], names[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      names[i], -1);
      gtk_widget_set_sensitive (buttons[i], FALSE);
    }

  /* "None" is an event of no id, never saved. */
  self->no_event = g_list_store_new (CL_TYPE_EVENT);
  {
    g_autoptr(ClEvent) none = cl_event_new (_ ("None"), CL_EVENT_KIND_OTHER);

    g_list_store_append (self->no_event, none);
  }
  adw_combo_row_set_expression (self->met_event_row,
                                gtk_property_expression_new (CL_TYPE_EVENT, NULL, "name"));
  self->met_event_apply = add_apply (
    self, cl_instant_apply_new_for_value (GTK_WIDGET (self->met_event_row), "selected",
                                          _ ("The event where you met"), save_met_event_cb, self,
                                          NULL));
  bind_text (self, GTK_WIDGET (self->how_met_row), _ ("How you met"), "how-met");
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_view), "view");
  self->notes_apply = bind_text (self, GTK_WIDGET (self->notes_view), _ ("The notes"), "notes");
  cl_instant_apply_set_message_label (self->notes_apply, self->notes_error);
  bind_text (self, GTK_WIDGET (self->tags_row), _ ("The tags"), "tags");

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
  set_events (self, context != NULL
                      ? cl_event_store_get_events (cl_context_get_event_store (context))
                      : NULL);
  cl_contact_values_group_set_contact (self->emails_group, context, contact);
  cl_contact_values_group_set_contact (self->phones_group, context, contact);
  gtk_widget_set_sensitive (GTK_WIDGET (self), contact != NULL);
  cl_contact_referrals_set_contact (CL_CONTACT_REFERRALS (self->referrals), context, contact);
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
  cl_contact_values_group_flush (self->emails_group);
  cl_contact_values_group_flush (self->phones_group);
}

char *
cl_contact_page_get_unsaved (ClContactPage *self)
{
  g_autofree char *fields = NULL;
  g_autofree char *emails = NULL;
  g_autofree char *phones = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_return_val_if_fail (CL_IS_CONTACT_PAGE (self), NULL);

  fields = cl_instant_apply_get_unsaved_all (self->applies);
  emails = cl_contact_values_group_get_unsaved (self->emails_group);
  phones = cl_contact_values_group_get_unsaved (self->phones_group);
  if (fields != NULL)
    g_ptr_array_add (parts, fields);
  if (emails != NULL)
    g_ptr_array_add (parts, emails);
  if (phones != NULL)
    g_ptr_array_add (parts, phones);
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" ", (char **) parts->pdata);
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
