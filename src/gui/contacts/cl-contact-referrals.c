/* cl-contact-referrals.c — a contact's referrals, and the rounds they interviewed in
 *
 * "Referrals" lists the referrals the contact gives, each with where it
 * stands (a drop-down that saves at once) and a button that takes it back;
 * "Refer Me To…" opens a searchable list of the applications on the board
 * and adds the one chosen as "asked", its status next to take the focus.
 * "Interviewed In" lists the rounds they were an interviewer of.  Both read
 * again after each committed change that can touch them; a change that
 * leaves the same referrals listed updates the rows in place, so the focus
 * stays where it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-referrals"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-contact-referrals.h"
#include "cl-datetime.h"
#include "cl-placeholder.h"
#include "cl-toast.h"

/* A list of thousands of applications helps nobody: typing narrows it. */
#define MAX_SHOWN 50

/* One row of "Referrals". */
typedef struct
{
  gint64       application_id;
  GtkWidget   *row;    /* AdwActionRow, owned by the list */
  GtkDropDown *status; /* CL_REFERRAL_STATUS_ASKED + its position */
  GtkWidget   *remove;
} ReferralRow;

struct _ClContactReferrals
{
  AdwBin           parent_instance;

  ClContext       *context;
  ClContact       *contact;
  GSignalGroup    *database_signals;
  GArray          *rows;                 /* ReferralRow, in the list's order */
  GHashTable      *referred;             /* application ids, for the picker to leave out */
  gboolean         showing;              /* drop-downs set by the section, not the user */
  GtkSizeGroup    *status_sizes;         /* the drop-downs line up */
  gint64           focus_application_id; /* whose status takes the focus next */
  int              focus_index;          /* or the row there, after a removal */

  GtkFilter       *not_referred;
  GtkStringFilter *search_filter;
  GListModel      *picker_model;

  GtkMenuButton   *refer_button;
  GtkPopover      *picker_popover;
  GtkSearchEntry  *picker_search;
  GtkListBox      *picker_list;
  GtkListBox      *referrals_list;
  GtkListBox      *rounds_list;
};

G_DEFINE_FINAL_TYPE (ClContactReferrals, cl_contact_referrals, ADW_TYPE_BIN)

static void show_links (ClContactReferrals *self);

static void
show_error (ClContactReferrals *self,
            const GError       *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

static char *
application_label (const char *company,
                   const char *role)
{
  /* Translators: an application in a list, "Deep Lattice — ML Engineer". */
  return g_strdup_printf (_ ("%s — %s"), company != NULL ? company : "", role != NULL ? role : "");
}

static ClPipelineStore *
pipeline_store (ClContactReferrals *self)
{
  return cl_context_get_pipeline_store (self->context);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_referral (ClContactReferrals *self,
               gint64              application_id,
               ClReferralStatus    status)
{
  g_autoptr(GError) error = NULL;
  ClApplication *application;

  if (self->context == NULL || self->contact == NULL)
    return FALSE;
  application = cl_pipeline_store_find_application (pipeline_store (self), application_id);
  if (application == NULL)
    {
      g_set_error_literal (&error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND,
                           _ ("This application is archived or no longer exists: restore it to "
                              "change its referral."));
      show_error (self, error);
      show_links (self);
      return FALSE;
    }
  if (!cl_pipeline_store_set_referral (pipeline_store (self), application,
                                       cl_contact_get_id (self->contact), status, &error))
    {
      show_error (self, error);
      /* What the store holds, not what was asked. */
      show_links (self);
      return FALSE;
    }
  return TRUE;
}

static void
status_selected_cb (GtkDropDown        *status,
                    GParamSpec         *pspec,
                    ClContactReferrals *self)
{
  gint64 application_id;

  if (self->showing)
    return;
  application_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (status), "cl-application-id"));
  save_referral (self, application_id,
                 CL_REFERRAL_STATUS_ASKED + (int) gtk_drop_down_get_selected (status));
}

static void
remove_clicked_cb (GtkButton          *button,
                   ClContactReferrals *self)
{
  gint64 application_id =
    GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "cl-application-id"));

  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, ReferralRow, i).application_id == application_id)
      self->focus_index = (int) i;
  save_referral (self, application_id, CL_REFERRAL_STATUS_NONE);
}

/* Showing ------------------------------------------------------------------ */

/* GTK 4.8 leaves the button inside a drop-down or menu button unnamed, or
 * names it twice: it takes @label. */
static void
name_inner_button (GtkWidget  *widget,
                   const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
}

static GtkWidget *
status_drop_down (void)
{
  /* Translators: where a referral stands, in a drop-down beside the application. */
  const char *const statuses[] = { C_ ("referral", "Asked"), C_ ("referral", "Agreed"),
                                   C_ ("referral", "Submitted"), C_ ("referral", "Declined"),
                                   NULL };

  return gtk_drop_down_new_from_strings (statuses);
}

static void
set_row (ClContactReferrals   *self,
         ReferralRow          *row,
         const ClReferralLink *link)
{
  g_autofree char *title = application_label (link->company_name, link->role);
  g_autofree char *status_name = NULL;
  g_autofree char *remove_name = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row),
                               link->archived ? _ ("Archived: restore it to change its referral")
                                              : "");
  self->showing = TRUE;
  gtk_drop_down_set_selected (row->status, (guint) (link->status - CL_REFERRAL_STATUS_ASKED));
  self->showing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (row->status), !link->archived);
  gtk_widget_set_sensitive (row->remove, !link->archived);

  /* Translators: the accessible name of a referral's status, "Referral status for Acme — MLE". */
  status_name = g_strdup_printf (_ ("Referral status for %s"), title);
  name_inner_button (GTK_WIDGET (row->status), status_name);
  /* Translators: the accessible name of the button that removes a referral. */
  remove_name = g_strdup_printf (_ ("Remove the referral for %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
}

static ReferralRow
new_row (ClContactReferrals   *self,
         const ClReferralLink *link)
{
  ReferralRow row = { .application_id = link->application_id };

  row.row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row.row), FALSE);
  gtk_widget_add_css_class (row.row, "property");

  row.status = GTK_DROP_DOWN (status_drop_down ());
  gtk_widget_set_valign (GTK_WIDGET (row.status), GTK_ALIGN_CENTER);
  gtk_size_group_add_widget (self->status_sizes, GTK_WIDGET (row.status));
  g_object_set_data (G_OBJECT (row.status), "cl-application-id",
                     GSIZE_TO_POINTER ((gsize) link->application_id));
  g_signal_connect_object (row.status, "notify::selected", G_CALLBACK (status_selected_cb), self,
                           0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row.row), GTK_WIDGET (row.status));

  row.remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (row.remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (row.remove, "flat");
  gtk_widget_set_tooltip_text (row.remove, _ ("Remove the Referral"));
  g_object_set_data (G_OBJECT (row.remove), "cl-application-id",
                     GSIZE_TO_POINTER ((gsize) link->application_id));
  g_signal_connect_object (row.remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row.row), row.remove);

  set_row (self, &row, link);
  return row;
}

static gboolean
same_applications (ClContactReferrals *self,
                   GArray             *links)
{
  if (links->len != self->rows->len)
    return FALSE;
  for (guint i = 0; i < links->len; i++)
    if (g_array_index (links, ClReferralLink, i).application_id !=
        g_array_index (self->rows, ReferralRow, i).application_id)
      return FALSE;
  return TRUE;
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

/* The focus a change asked for: the new referral's status, or after a
 * removal the row now in its place, or "Refer Me To…" once none is left. */
static void
place_focus (ClContactReferrals *self)
{
  if (self->focus_application_id != 0)
    for (guint i = 0; i < self->rows->len; i++)
      {
        ReferralRow *row = &g_array_index (self->rows, ReferralRow, i);

        if (row->application_id == self->focus_application_id)
          gtk_widget_grab_focus (GTK_WIDGET (row->status));
      }
  else if (self->focus_index >= 0)
    {
      if (self->rows->len == 0)
        gtk_widget_grab_focus (GTK_WIDGET (self->refer_button));
      else
        gtk_widget_grab_focus (GTK_WIDGET (
          g_array_index (self->rows, ReferralRow,
                         MIN ((guint) self->focus_index, self->rows->len - 1))
            .status));
    }
  self->focus_application_id = 0;
  self->focus_index = -1;
}

static void
show_referrals (ClContactReferrals *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;

  g_hash_table_remove_all (self->referred);
  links = cl_pipeline_store_list_referrals_by (pipeline_store (self),
                                               cl_contact_get_id (self->contact), &error);
  if (links == NULL)
    {
      g_warning ("Could not read the referrals: %s", error->message);
      return;
    }
  for (guint i = 0; i < links->len; i++)
    g_hash_table_add (self->referred,
                      GSIZE_TO_POINTER ((gsize) g_array_index (links, ClReferralLink, i)
                                          .application_id));

  if (same_applications (self, links))
    for (guint i = 0; i < links->len; i++)
      set_row (self, &g_array_index (self->rows, ReferralRow, i),
               &g_array_index (links, ClReferralLink, i));
  else
    {
      clear_list (self->referrals_list);
      g_array_set_size (self->rows, 0);
      for (guint i = 0; i < links->len; i++)
        {
          ReferralRow row = new_row (self, &g_array_index (links, ClReferralLink, i));

          g_array_append_val (self->rows, row);
          gtk_list_box_append (self->referrals_list, row.row);
        }
    }
  place_focus (self);
}

static void
show_rounds (ClContactReferrals *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GDateTime) now = NULL;

  clear_list (self->rounds_list);
  links = cl_round_store_list_for_interviewer (cl_context_get_round_store (self->context),
                                               cl_contact_get_id (self->contact), &error);
  if (links == NULL)
    {
      g_warning ("Could not read the rounds: %s", error->message);
      return;
    }
  now = g_date_time_new_from_unix_local (cl_clock_now (cl_context_get_clock (self->context)));
  for (guint i = 0; i < links->len; i++)
    {
      ClInterviewedRound *link = &g_array_index (links, ClInterviewedRound, i);
      ClRound            *round = link->round;
      g_autofree char    *title = application_label (link->company_name, link->role);
      g_autofree char    *when = NULL;
      g_autofree char    *subtitle = NULL;
      const char         *name = cl_round_get_title (round);
      GtkWidget          *row = adw_action_row_new ();

      if (name == NULL || *name == '\0')
        name = cl_round_kind_get_label (cl_round_get_kind (round));
      if (cl_round_get_scheduled_at (round) != 0)
        {
          g_autoptr(GDateTime) at =
                       g_date_time_new_from_unix_local (cl_round_get_scheduled_at (round));

          when = cl_format_relative (at, now);
          /* Translators: a round and its date, "Coding interview · 12 Dec". */
          subtitle = g_strdup_printf (_ ("%s · %s"), name, when);
        }
      else
        /* Translators: a round without a date yet. */
        subtitle = g_strdup_printf (_ ("%s · not scheduled"), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (row, "property");
      gtk_list_box_append (self->rounds_list, row);
    }
}

static void
show_links (ClContactReferrals *self)
{
  if (self->context == NULL || self->contact == NULL)
    return;
  show_referrals (self);
  show_rounds (self);
}

/* The stores connected first, so they hold the change already. */
static void
database_changed_cb (ClContactReferrals *self,
                     ClChangeSet        *change_set)
{
  static const ClTable read[] = { CL_TABLE_REFERRALS, CL_TABLE_INTERVIEW_ROUNDS,
                                  CL_TABLE_APPLICATIONS, CL_TABLE_COMPANIES };

  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    if (cl_change_set_has_table (change_set, read[i]))
      {
        show_links (self);
        return;
      }
}

/* The picker --------------------------------------------------------------- */

static char *
application_label_cb (ClApplication *application)
{
  if (application == NULL)
    return NULL;
  return application_label (cl_application_get_company_name (application),
                            cl_application_get_role (application));
}

static int
compare_applications (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  ClApplication *x = (ClApplication *) a;
  ClApplication *y = (ClApplication *) b;
  int            result = g_utf8_collate (cl_application_get_company_name (x),
                                          cl_application_get_company_name (y));

  if (result != 0)
    return result;
  return g_utf8_collate (cl_application_get_role (x), cl_application_get_role (y));
}

static gboolean
not_referred_cb (gpointer item,
                 gpointer data)
{
  ClContactReferrals *self = data;

  return !g_hash_table_contains (self->referred,
                                 GSIZE_TO_POINTER ((gsize) cl_application_get_id (item)));
}

static GtkWidget *
create_picker_row_cb (gpointer item,
                      gpointer data)
{
  g_autofree char *name = application_label_cb (item);
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (row), "cl-application-id",
                     GSIZE_TO_POINTER ((gsize) cl_application_get_id (item)));
  return row;
}

static void
ensure_picker_model (ClContactReferrals *self)
{
  GtkSortListModel *sorted;
  GtkEveryFilter   *every;

  if (self->picker_model != NULL || self->context == NULL)
    return;
  sorted = gtk_sort_list_model_new (
    g_object_ref (cl_pipeline_store_get_applications (pipeline_store (self))),
    GTK_SORTER (gtk_custom_sorter_new (compare_applications, NULL, NULL)));
  self->search_filter = gtk_string_filter_new (
    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                 G_CALLBACK (application_label_cb), NULL, NULL));
  gtk_string_filter_set_match_mode (self->search_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->search_filter, TRUE);
  self->not_referred = GTK_FILTER (gtk_custom_filter_new (not_referred_cb, self, NULL));
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (self->not_referred));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every),
                           g_object_ref (GTK_FILTER (self->search_filter)));
  self->picker_model = G_LIST_MODEL (gtk_slice_list_model_new (
    G_LIST_MODEL (gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (every))), 0,
    MAX_SHOWN));
  gtk_list_box_bind_model (self->picker_list, self->picker_model, create_picker_row_cb, self,
                           NULL);
}

/* Built when first opened: a page over 5,000 applications builds no rows
 * until then. */
static void
picker_show_cb (ClContactReferrals *self)
{
  ensure_picker_model (self);
  gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  gtk_string_filter_set_search (self->search_filter, NULL);
  /* Those referred since are left out. */
  gtk_filter_changed (self->not_referred, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_grab_focus (GTK_WIDGET (self->picker_search));
}

static void
picker_search_changed_cb (ClContactReferrals *self)
{
  if (self->search_filter != NULL)
    gtk_string_filter_set_search (self->search_filter,
                                  gtk_editable_get_text (GTK_EDITABLE (self->picker_search)));
}

static void
refer_to (ClContactReferrals *self,
          gint64              application_id)
{
  gtk_popover_popdown (self->picker_popover);
  /* Where it stands comes next: its drop-down takes the focus. */
  self->focus_application_id = application_id;
  if (!save_referral (self, application_id, CL_REFERRAL_STATUS_ASKED))
    self->focus_application_id = 0;
}

static void
picker_row_activated_cb (ClContactReferrals *self,
                         GtkListBoxRow      *row)
{
  refer_to (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "cl-application-id")));
}

/* Enter takes the first application listed. */
static void
picker_search_activate_cb (ClContactReferrals *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->picker_list, 0);

  if (first != NULL)
    picker_row_activated_cb (self, first);
}

/* The object --------------------------------------------------------------- */

static void
cl_contact_referrals_dispose (GObject *object)
{
  ClContactReferrals *self = CL_CONTACT_REFERRALS (object);

  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  if (self->picker_list != NULL)
    gtk_list_box_bind_model (self->picker_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACT_REFERRALS);
  g_clear_object (&self->picker_model);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->not_referred);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->status_sizes);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->referred, g_hash_table_unref);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_contact_referrals_parent_class)->dispose (object);
}

static void
cl_contact_referrals_class_init (ClContactReferralsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_referrals_dispose;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contact-referrals.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactReferrals, refer_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactReferrals, picker_popover);
  gtk_widget_class_bind_template_child (widget_class, ClContactReferrals, picker_search);
  gtk_widget_class_bind_template_child (widget_class, ClContactReferrals, picker_list);
  gtk_widget_class_bind_template_child (widget_class, ClContactReferrals, referrals_list);
  gtk_widget_class_bind_template_child (widget_class, ClContactReferrals, rounds_list);
  gtk_widget_class_bind_template_callback (widget_class, picker_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_row_activated_cb);
}

static void
cl_contact_referrals_init (ClContactReferrals *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_array_new (FALSE, TRUE, sizeof (ReferralRow));
  self->referred = g_hash_table_new (NULL, NULL);
  self->focus_index = -1;
  self->status_sizes = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_list_box_set_placeholder (self->referrals_list,
                                cl_placeholder_new (_ ("No referrals yet: choose “Refer Me To…” "
                                                       "when they offer to refer you.")));
  gtk_list_box_set_placeholder (self->rounds_list,
                                cl_placeholder_new (_ ("They were not an interviewer in any round "
                                                       "yet.")));
  gtk_list_box_set_placeholder (self->picker_list,
                                cl_placeholder_new (_ ("No application on the board matches.")));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  /* GTK 4.8 names the menu button's inner button by its label and again by
   * the label widget inside: the widget alone names it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->refer_button));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
  /* Screen readers hear the section by its subject, not its type. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Referrals and Interviews"), -1);
}

GtkWidget *
cl_contact_referrals_new (void)
{
  return g_object_new (CL_TYPE_CONTACT_REFERRALS, NULL);
}

void
cl_contact_referrals_set_contact (ClContactReferrals *self,
                                  ClContext          *context,
                                  ClContact          *contact)
{
  g_return_if_fail (CL_IS_CONTACT_REFERRALS (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  if (self->context != context && self->picker_model != NULL)
    {
      /* The picker lists the board of the context it was built for. */
      gtk_list_box_bind_model (self->picker_list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->picker_model);
      g_clear_object (&self->search_filter);
      g_clear_object (&self->not_referred);
    }
  g_set_object (&self->context, context);
  g_set_object (&self->contact, contact);
  g_signal_group_set_target (self->database_signals,
                             context != NULL ? cl_context_get_database (context) : NULL);
  self->focus_application_id = 0;
  self->focus_index = -1;
  clear_list (self->referrals_list);
  g_array_set_size (self->rows, 0);
  clear_list (self->rounds_list);
  show_links (self);
}
