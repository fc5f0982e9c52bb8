/* cl-partners-page.c — the practice partners: who the user practises with, and what they trade
 *
 * One expander row per partnership: the contact's name; their field,
 * seniority, whether active and how many sessions; open, the fields of the
 * skill exchange (what the user offers, what the partner offers), saved as
 * they are edited (ClInstantApply, errors beside the field), and Delete,
 * with Undo.  A partner is a contact picked among those who are not
 * partners yet, or a new contact made from a name; either way the contact
 * gets the practice-partner role.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-partners-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-instant-apply.h"
#include "cl-object-picker.h"
#include "cl-partners-page.h"
#include "cl-placeholder.h"
#include "cl-practice-group.h"
#include "cl-practice-store.h"
#include "cl-row-error.h"
#include "cl-toast.h"

#define PARTNERSHIP_KEY "cl-partnership"
#define APPLIES_KEY "cl-applies"

struct _ClPartnersPage
{
  AdwBin               parent_instance;

  ClContext           *context;
  GSignalGroup        *database_signals;
  GtkFilter           *not_partner;

  GtkButton           *back_button;
  AdwPreferencesGroup *group;
  GtkListBox          *partners_list;
  AdwEntryRow         *name_row;
  GtkWidget           *picker_box;
};

G_DEFINE_FINAL_TYPE (ClPartnersPage, cl_partners_page, ADW_TYPE_BIN)

static ClPracticeStore *
practice_store (ClPartnersPage *self)
{
  return cl_context_get_practice_store (self->context);
}

static void
show_error (ClPartnersPage *self,
            const GError   *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

/* A row's summary ----------------------------------------------------------- */

static char *
describe (ClPartnersPage *self,
          ClPartnership  *partnership)
{
  GListModel *sessions = cl_practice_store_get_partnership_sessions (
    practice_store (self), cl_partnership_get_id (partnership));
  guint       n = g_list_model_get_n_items (sessions);
  GString    *text = g_string_new (NULL);
  const char *parts[] = { cl_partnership_get_field (partnership),
                          cl_partnership_get_seniority (partnership) };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, "%s · ", parts[i]);
  g_string_append (text, cl_partnership_get_active (partnership) ? _ ("Active") : _ ("Inactive"));
  g_string_append (text, " · ");
  /* Translators: how many practice sessions were held with a partner. */
  g_string_append_printf (text, ngettext ("%u session", "%u sessions", n), n);
  return g_string_free (text, FALSE);
}

static void
show_row (ClPartnersPage *self,
          AdwExpanderRow *row)
{
  ClPartnership *partnership = g_object_get_data (G_OBJECT (row), PARTNERSHIP_KEY);
  ClContact     *contact = cl_contact_store_find_contact (
        cl_context_get_contact_store (self->context), cl_partnership_get_contact_id (partnership));
  g_autofree char *subtitle = describe (self, partnership);
  GPtrArray       *applies = g_object_get_data (G_OBJECT (row), APPLIES_KEY);
  const char      *values[] = { cl_partnership_get_field (partnership),
                                cl_partnership_get_seniority (partnership),
                                cl_partnership_get_i_offer (partnership),
                                cl_partnership_get_they_offer (partnership) };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 contact != NULL ? cl_contact_get_name (contact)
                                                 : _ ("Unknown contact"));
  adw_expander_row_set_subtitle (row, subtitle);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    cl_instant_apply_show (g_ptr_array_index (applies, i), values[i]);
  cl_instant_apply_show_value (g_ptr_array_index (applies, G_N_ELEMENTS (values)),
                               cl_partnership_get_active (partnership));
}

static void
show_rows (ClPartnersPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->partners_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_EXPANDER_ROW (child))
      show_row (self, ADW_EXPANDER_ROW (child));
}

static void
database_changed_cb (ClPartnersPage *self,
                     ClChangeSet    *change_set)
{
  if (cl_change_set_is_external (change_set) ||
      cl_change_set_has_table (change_set, CL_TABLE_PRACTICE) ||
      cl_change_set_has_table (change_set, CL_TABLE_CONTACTS))
    {
      show_rows (self);
      gtk_filter_changed (self->not_partner, GTK_FILTER_CHANGE_DIFFERENT);
    }
}

/* Editing ------------------------------------------------------------------ */

typedef struct
{
  ClPartnersPage *page;
  ClPartnership  *partnership;
  const char     *property;
} Field;

static void
field_free (gpointer data)
{
  Field *field = data;

  g_object_unref (field->partnership);
  g_free (field);
}

static gboolean
save_text_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  Field *field = data;
  g_autoptr(ClPartnership) copy = cl_partnership_copy (field->partnership);

  g_object_set (copy, field->property, text, NULL);
  return cl_model_validate (CL_MODEL (copy), error) &&
         cl_practice_store_update_partnership (practice_store (field->page), copy, error);
}

static gboolean
save_active_cb (guint    value,
                gpointer data,
                GError **error)
{
  Field *field = data;
  g_autoptr(ClPartnership) copy = cl_partnership_copy (field->partnership);

  g_object_set (copy, "active", value != 0, NULL);
  return cl_practice_store_update_partnership (practice_store (field->page), copy, error);
}

static Field *
field_new (ClPartnersPage *self,
           ClPartnership  *partnership,
           const char     *property)
{
  Field *field = g_new0 (Field, 1);

  field->page = self;
  field->partnership = g_object_ref (partnership);
  field->property = property;
  return field;
}

/* Deleting ----------------------------------------------------------------- */

/* What Undo needs of a removed partnership: its values and its sessions. */
typedef struct
{
  ClPartnership *partnership;
  GPtrArray     *sessions;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_clear_object (&removed->partnership);
  g_clear_pointer (&removed->sessions, g_ptr_array_unref);
  g_free (removed);
}

/* Undo adds it again, with its sessions. */
static void
undo_delete_cb (GObject         *owner,
                gpointer         data,
                AdwToastOverlay *overlay)
{
  ClPracticeStore *store = cl_context_get_practice_store (CL_CONTEXT (owner));
  Removed         *removed = data;
  ClPartnership   *old = removed->partnership;
  g_autoptr(ClPartnership) again = cl_partnership_new (cl_partnership_get_contact_id (old));
  g_autoptr(GError) error = NULL;

  g_object_set (again, "field", cl_partnership_get_field (old), "seniority",
                cl_partnership_get_seniority (old), "i-offer", cl_partnership_get_i_offer (old),
                "they-offer", cl_partnership_get_they_offer (old), "active",
                cl_partnership_get_active (old), "started-at",
                cl_partnership_get_started_at (old), "notes", cl_partnership_get_notes (old),
                NULL);
  if (!cl_practice_store_add_partnership (store, again, &error))
    {
      if (overlay != NULL)
        adw_toast_overlay_add_toast (overlay, cl_toast_new (error->message));
      return;
    }
  /* Oldest first, so that those of the same day keep their order. */
  for (guint i = removed->sessions->len; i > 0; i--)
    {
      g_autoptr(ClPracticeSession) session = cl_practice_group_recreate_session (
        g_ptr_array_index (removed->sessions, i - 1), cl_partnership_get_id (again));

      if (!cl_practice_store_add_session (store, session, &error))
        {
          if (overlay != NULL)
            adw_toast_overlay_add_toast (overlay, cl_toast_new (error->message));
          return;
        }
    }
}

static void
delete_clicked_cb (GtkButton *button,
                   gpointer   data)
{
  ClPartnersPage *self = CL_PARTNERS_PAGE (data);
  ClPartnership  *partnership = g_object_get_data (G_OBJECT (button), PARTNERSHIP_KEY);
  GtkWidget      *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GListModel     *sessions = cl_practice_store_get_partnership_sessions (
        practice_store (self), cl_partnership_get_id (partnership));
  Removed *removed = g_new0 (Removed, 1);
  g_autoptr(GError) error = NULL;

  removed->partnership = g_object_ref (partnership);
  removed->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    g_ptr_array_add (removed->sessions, g_list_model_get_item (sessions, i));
  if (!cl_practice_store_delete_partnership (practice_store (self), partnership, &error))
    {
      removed_free (removed);
      show_error (self, error);
      return;
    }
  if (overlay != NULL)
    cl_toast_add_undo (ADW_TOAST_OVERLAY (overlay), _ ("Practice partner removed"),
                       undo_delete_cb, G_OBJECT (self->context), removed, removed_free);
  else
    removed_free (removed);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* Rows --------------------------------------------------------------------- */

static GtkWidget *
add_text_field (ClPartnersPage *self,
                AdwExpanderRow *row,
                GPtrArray      *applies,
                ClPartnership  *partnership,
                const char     *title,
                const char     *what,
                const char     *property)
{
  GtkWidget *field = adw_entry_row_new ();
  GtkWidget *text;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (field), FALSE);
  adw_expander_row_add_row (row, field);
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (field)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_ptr_array_add (applies,
                   cl_instant_apply_new_for_text (field, what, save_text_cb,
                                                  field_new (self, partnership, property),
                                                  field_free));
  return field;
}

static GtkWidget *
create_partner_row_cb (gpointer item,
                       gpointer data)
{
  ClPartnersPage *self = CL_PARTNERS_PAGE (data);
  ClPartnership  *partnership = CL_PARTNERSHIP (item);
  GtkWidget      *row = adw_expander_row_new ();
  GPtrArray      *applies = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget      *active_row = adw_action_row_new ();
  GtkWidget      *active = gtk_switch_new ();
  GtkWidget      *delete_row = adw_action_row_new ();
  GtkWidget      *button = gtk_button_new_with_mnemonic (_ ("_Remove Partner"));

  g_object_set_data_full (G_OBJECT (row), PARTNERSHIP_KEY, g_object_ref (partnership),
                          g_object_unref);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  add_text_field (self, ADW_EXPANDER_ROW (row), applies, partnership, _ ("Their field"),
                  _ ("The partner’s field"), "field");
  add_text_field (self, ADW_EXPANDER_ROW (row), applies, partnership, _ ("Their seniority"),
                  _ ("The partner’s seniority"), "seniority");
  add_text_field (self, ADW_EXPANDER_ROW (row), applies, partnership, _ ("What you offer"),
                  _ ("What you offer"), "i-offer");
  add_text_field (self, ADW_EXPANDER_ROW (row), applies, partnership, _ ("What they offer"),
                  _ ("What they offer"), "they-offer");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (active_row), _ ("Active"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (active_row),
                               _ ("Offered as a partner when you log a session"));
  gtk_widget_set_valign (active, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (active), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Active"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (active_row), active);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (active_row), active);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), active_row);
  g_ptr_array_add (applies, cl_instant_apply_new_for_value (
                              active, "active", _ ("Whether the partnership is active"),
                              save_active_cb, field_new (self, partnership, "active"),
                              field_free));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data_full (G_OBJECT (button), PARTNERSHIP_KEY, g_object_ref (partnership),
                          g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (delete_row),
                                 _ ("Their sessions go with them; the contact stays."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), delete_row);

  g_object_set_data_full (G_OBJECT (row), APPLIES_KEY, applies,
                          (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < applies->len; i++)
    cl_instant_apply_block (g_ptr_array_index (applies, i));
  show_row (self, ADW_EXPANDER_ROW (row));
  for (guint i = 0; i < applies->len; i++)
    cl_instant_apply_unblock (g_ptr_array_index (applies, i));
  return row;
}

/* Adding ------------------------------------------------------------------- */

static gboolean
not_partner_cb (gpointer item,
                gpointer data)
{
  ClPartnersPage *self = CL_PARTNERS_PAGE (data);

  return self->context != NULL &&
         cl_practice_store_find_partnership_for_contact (practice_store (self),
                                                         cl_contact_get_id (item)) == NULL;
}

gboolean
cl_partners_page_add_contact (ClPartnersPage *self,
                              ClContact      *contact)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CL_IS_PARTNERS_PAGE (self), FALSE);
  g_return_val_if_fail (CL_IS_CONTACT (contact), FALSE);

  if (!cl_practice_store_add_partner (practice_store (self),
                                      cl_context_get_contact_store (self->context), contact, NULL,
                                      &error))
    {
      show_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_partners_page_add_by_name (ClPartnersPage *self,
                              const char     *name)
{
  g_autoptr(ClContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_val_if_fail (CL_IS_PARTNERS_PAGE (self), FALSE);

  if (*trimmed == '\0')
    {
      cl_row_error_mark (GTK_WIDGET (self->name_row),
                         _ ("Enter the name of the person you practise with."));
      return FALSE;
    }
  contact = cl_contact_new (trimmed);
  if (!cl_practice_store_add_partner (practice_store (self),
                                      cl_context_get_contact_store (self->context), contact, NULL,
                                      &error))
    {
      cl_row_error_mark (GTK_WIDGET (self->name_row), error->message);
      return FALSE;
    }
  cl_row_error_mark (GTK_WIDGET (self->name_row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  return TRUE;
}

static void
contact_picked_cb (gpointer item,
                   gpointer data)
{
  cl_partners_page_add_contact (CL_PARTNERS_PAGE (data), CL_CONTACT (item));
}

static void
name_activated_cb (ClPartnersPage *self)
{
  cl_partners_page_add_by_name (self, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

/* GObject ------------------------------------------------------------------ */

static void
cl_partners_page_dispose (GObject *object)
{
  ClPartnersPage *self = CL_PARTNERS_PAGE (object);

  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (cl_partners_page_parent_class)->dispose (object);
}

static void
cl_partners_page_finalize (GObject *object)
{
  ClPartnersPage *self = CL_PARTNERS_PAGE (object);

  g_clear_object (&self->not_partner);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_partners_page_parent_class)->finalize (object);
}

static void
cl_partners_page_class_init (ClPartnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_partners_page_dispose;
  object_class->finalize = cl_partners_page_finalize;
}

static void
cl_partners_page_init (ClPartnersPage *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add_list = gtk_list_box_new ();
  GtkWidget *add_button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (add_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Add a practice partner"), -1);
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  self->not_partner = GTK_FILTER (gtk_custom_filter_new (not_partner_cb, self, NULL));

  self->back_button = GTK_BUTTON (gtk_button_new_from_icon_name ("go-previous-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "prep.show-sidebar");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->back_button), _ ("Back to the Domains"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Back to the Domains"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->back_button));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   g_object_new (ADW_TYPE_WINDOW_TITLE, "title",
                                                 _ ("Practice Partners"), "accessible-role",
                                                 GTK_ACCESSIBLE_ROLE_GENERIC, NULL));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_box_append (GTK_BOX (toolbar), header);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _ ("Practice Partners"));
  adw_preferences_group_set_description (
    self->group, _ ("People you trade mock interviews with: say what each of you offers, such "
                    "as ML knowledge for software-engineering practice."));
  self->partners_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->partners_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->partners_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->partners_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Practice partners"), -1);
  gtk_list_box_set_placeholder (self->partners_list,
                                cl_placeholder_new (_ ("No practice partners yet: pick a contact "
                                                       "or add someone by name.")));
  adw_preferences_group_add (self->group, GTK_WIDGET (self->partners_list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));

  /* Adding: a new person by name, or a contact (the picker, once there
   * is a context). */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (add_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (add_list, "boxed-list");
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row),
                                 _ ("New partner’s name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->name_row), FALSE);
  gtk_accessible_update_property (
    GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (self->name_row))),
    GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("New partner’s name"), -1);
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_tooltip_text (add_button, _ ("Add as a New Contact"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Add as a New Contact"), -1);
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (name_activated_cb), self);
  adw_entry_row_add_suffix (self->name_row, add_button);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (name_activated_cb),
                            self);
  gtk_list_box_append (GTK_LIST_BOX (add_list), GTK_WIDGET (self->name_row));
  gtk_box_append (GTK_BOX (box), add_list);
  self->picker_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), self->picker_box);

  g_object_set (box, "margin-top", 24, "margin-bottom", 24, "margin-start", 12, "margin-end", 12,
                NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scroller);
  adw_bin_set_child (ADW_BIN (self), toolbar);
}

GtkWidget *
cl_partners_page_new (void)
{
  return g_object_new (CL_TYPE_PARTNERS_PAGE, NULL);
}

void
cl_partners_page_set_context (ClPartnersPage *self,
                              ClContext      *context)
{
  GtkWidget *picker;

  g_return_if_fail (CL_IS_PARTNERS_PAGE (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_group_set_target (self->database_signals, cl_context_get_database (context));
  gtk_list_box_bind_model (self->partners_list,
                           cl_practice_store_get_partnerships (practice_store (self)),
                           create_partner_row_cb, self, NULL);
  picker = cl_object_picker_new (
    _ ("_Pick a Contact…"), cl_contact_store_get_contacts (cl_context_get_contact_store (context)),
    "name", self->not_partner, contact_picked_cb, self);
  gtk_widget_set_tooltip_text (picker, _ ("Make One of Your Contacts a Practice Partner"));
  gtk_box_append (GTK_BOX (self->picker_box), picker);
}

void
cl_partners_page_set_show_back (ClPartnersPage *self,
                                gboolean        show_back)
{
  g_return_if_fail (CL_IS_PARTNERS_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), show_back);
}
