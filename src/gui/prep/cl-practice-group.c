/* cl-practice-group.c — a domain's practice: its score trend and its sessions
 *
 * Looks like an AdwPreferencesGroup ("Practice", with "Log Session…" in its
 * header): the domain's trend chart, then its sessions, newest first, each
 * opening the session dialog and deleted with Undo.  Everything shown comes
 * from the practice store and follows the database's "changed" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-practice-group"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-criteria-window.h"
#include "cl-placeholder.h"
#include "cl-practice-group.h"
#include "cl-practice-store.h"
#include "cl-toast.h"
#include "cl-trend-chart.h"

#define SESSION_KEY "cl-practice-session"

struct _ClPracticeGroup
{
  AdwBin                   parent_instance;

  ClContext               *context;
  ClPrepDomain             domain;
  GSignalGroup            *database_signals;
  ClPracticeSessionDialog *dialog; /* weak */

  AdwPreferencesGroup     *group;
  ClTrendChart            *chart;
  GtkListBox              *sessions_list;
};

G_DEFINE_FINAL_TYPE (ClPracticeGroup, cl_practice_group, ADW_TYPE_BIN)

static ClPracticeStore *
practice_store (ClPracticeGroup *self)
{
  return cl_context_get_practice_store (self->context);
}

static AdwToastOverlay *
toast_overlay (ClPracticeGroup *self)
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

/* Rows --------------------------------------------------------------------- */

static char *
partner_name (ClPracticeGroup   *self,
              ClPracticeSession *session)
{
  ClPartnership *partnership = cl_practice_store_find_partnership (
    practice_store (self), cl_practice_session_get_partnership_id (session));
  ClContact *contact = partnership != NULL
                         ? cl_contact_store_find_contact (
                             cl_context_get_contact_store (self->context),
                             cl_partnership_get_contact_id (partnership))
                         : NULL;

  return g_strdup (contact != NULL ? cl_contact_get_name (contact) : _ ("Unknown partner"));
}

static char *
format_day (gint64 held_at)
{
  g_autoptr(GDateTime) day = g_date_time_new_from_unix_local (held_at);

  /* Translators: a practice session's day, "3 Nov 2026" (see strftime). */
  return day != NULL ? g_date_time_format (day, C_ ("practice session", "%-d %b %Y"))
                     : g_strdup ("");
}

static void
delete_clicked_cb (GtkButton *button,
                   gpointer   data)
{
  ClPracticeGroup   *self = CL_PRACTICE_GROUP (data);
  ClPracticeSession *session = g_object_get_data (G_OBJECT (button), SESSION_KEY);

  cl_practice_group_delete_session (self, session);
}

static GtkWidget *
create_session_row_cb (gpointer item,
                       gpointer data)
{
  ClPracticeGroup   *self = CL_PRACTICE_GROUP (data);
  ClPracticeSession *session = CL_PRACTICE_SESSION (item);
  GtkWidget         *row = adw_action_row_new ();
  GtkWidget         *button;
  g_autofree char   *day = format_day (cl_practice_session_get_held_at (session));
  g_autofree char   *partner = partner_name (self, session);
  g_autofree char   *title = NULL;
  g_autofree char   *mean = NULL;
  g_autofree char   *duration = NULL;
  g_autofree char   *subtitle = NULL;
  g_autofree char   *delete_name = NULL;
  guint              minutes = cl_practice_session_get_duration_minutes (session);

  /* Translators: a practice session, "3 Nov 2026 · Ada Lovelace · Candidate". */
  title = g_strdup_printf (_ ("%s · %s · %s"), day, partner,
                           cl_practice_role_get_label (cl_practice_session_get_role (session)));
  if (cl_practice_session_get_n_scores (session) > 0 &&
      cl_practice_session_get_role (session) == CL_PRACTICE_ROLE_INTERVIEWER)
    /* Translators: the mean score the user gave the partner they interviewed, to 4. The
     * trend leaves these out: they are not the user's progress. */
    mean = g_strdup_printf (_ ("Their mean score %.1f of 4"),
                            cl_practice_session_get_mean_score (session));
  else if (cl_practice_session_get_n_scores (session) > 0)
    /* Translators: the mean score of a practice session, on a scale to 4. */
    mean = g_strdup_printf (_ ("Mean score %.1f of 4"),
                            cl_practice_session_get_mean_score (session));
  else
    mean = g_strdup (_ ("Not scored"));
  if (minutes > 0)
    /* Translators: how long a practice session lasted. */
    duration = g_strdup_printf (ngettext ("%u minute", "%u minutes", minutes), minutes);
  /* Translators: "Mean score 3.0 of 4 / 60 minutes". */
  subtitle = duration != NULL ? g_strdup_printf (_ ("%s / %s"), mean, duration)
                              : g_steal_pointer (&mean);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), SESSION_KEY, g_object_ref (session), g_object_unref);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _ ("Delete Session"));
  /* Translators: the delete button of a practice session's row, "Delete the session of 3 Nov
   * 2026 with Ada Lovelace". */
  delete_name = g_strdup_printf (_ ("Delete the session of %s with %s"), day, partner);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  delete_name, -1);
  g_object_set_data_full (G_OBJECT (button), SESSION_KEY, g_object_ref (session),
                          g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (delete_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
session_activated_cb (GtkListBox    *list,
                      GtkListBoxRow *row,
                      gpointer       data)
{
  ClPracticeSession *session = g_object_get_data (G_OBJECT (row), SESSION_KEY);

  if (session != NULL)
    cl_practice_group_open_session (CL_PRACTICE_GROUP (data), session);
}

/* Showing ------------------------------------------------------------------ */

static void
show_trend (ClPracticeGroup *self)
{
  g_autoptr(GArray) points = cl_practice_store_get_trend (practice_store (self), self->domain);

  cl_trend_chart_set_title (self->chart, cl_prep_domain_get_label (self->domain));
  cl_trend_chart_set_points (self->chart, (const ClTrendPoint *) points->data, points->len);
}

/* Rows are made again: a row shows a session's partner and scores, which
 * change without the session list changing. */
static void
show_sessions (ClPracticeGroup *self)
{
  gtk_list_box_bind_model (self->sessions_list,
                           cl_practice_store_get_domain_sessions (practice_store (self),
                                                                  self->domain),
                           create_session_row_cb, self, NULL);
}

static void
database_changed_cb (ClPracticeGroup *self,
                     ClChangeSet     *change_set)
{
  if (self->context == NULL)
    return;
  if (cl_change_set_is_external (change_set) ||
      cl_change_set_has_table (change_set, CL_TABLE_PRACTICE) ||
      cl_change_set_has_table (change_set, CL_TABLE_CONTACTS))
    {
      show_trend (self);
      show_sessions (self);
    }
}

/* Deleting ----------------------------------------------------------------- */

ClPracticeSession *
cl_practice_group_recreate_session (ClPracticeSession *old,
                                    gint64             partnership_id)
{
  ClPracticeSession *again;
  g_autoptr(GArray) scores = cl_practice_session_list_scores (old);

  again = cl_practice_session_new (partnership_id, cl_practice_session_get_domain (old),
                                   cl_practice_session_get_held_at (old));
  g_object_set (again, "duration-minutes", cl_practice_session_get_duration_minutes (old),
                "role", cl_practice_session_get_role (old), "notes",
                cl_practice_session_get_notes (old), NULL);
  for (guint i = 0; i < scores->len; i++)
    {
      ClPracticeScore *score = &g_array_index (scores, ClPracticeScore, i);

      cl_practice_session_set_score (again, score->criterion_id, score->score);
    }
  return again;
}

/* Undo logs it again: a new session with the same values and scores. */
static void
undo_delete_cb (GObject         *owner,
                gpointer         data,
                AdwToastOverlay *overlay)
{
  ClPracticeStore   *store = cl_context_get_practice_store (CL_CONTEXT (owner));
  ClPracticeSession *old = data;
  g_autoptr(ClPracticeSession) again = cl_practice_group_recreate_session (
    old, cl_practice_session_get_partnership_id (old));
  g_autoptr(GError) error = NULL;

  if (!cl_practice_store_add_session (store, again, &error))
    show_error_on (overlay, error);
}

void
cl_practice_group_delete_session (ClPracticeGroup   *self,
                                  ClPracticeSession *session)
{
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay;

  g_return_if_fail (CL_IS_PRACTICE_GROUP (self));
  g_return_if_fail (CL_IS_PRACTICE_SESSION (session));

  overlay = toast_overlay (self);
  g_object_ref (session);
  if (!cl_practice_store_delete_session (practice_store (self), session, &error))
    {
      g_object_unref (session);
      show_error_on (overlay, error);
      return;
    }
  if (overlay != NULL)
    cl_toast_add_undo (overlay, _ ("Practice session deleted"), undo_delete_cb,
                       G_OBJECT (self->context), session, g_object_unref);
  else
    g_object_unref (session);
  gtk_widget_grab_focus (GTK_WIDGET (self->sessions_list));
}

/* The dialog --------------------------------------------------------------- */

static void
add_partner_cb (ClPracticeGroup *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "prep.show-partners", NULL);
}

ClPracticeSessionDialog *
cl_practice_group_open_session (ClPracticeGroup   *self,
                                ClPracticeSession *session)
{
  GtkRoot *root;

  g_return_val_if_fail (CL_IS_PRACTICE_GROUP (self), NULL);
  g_return_val_if_fail (session == NULL || CL_IS_PRACTICE_SESSION (session), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->dialog = cl_practice_session_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                 self->context, self->domain, session);
  g_object_add_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  g_signal_connect_object (self->dialog, "add-partner", G_CALLBACK (add_partner_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->dialog));
  return self->dialog;
}

static void
log_session_clicked_cb (ClPracticeGroup *self)
{
  if (self->context != NULL)
    cl_practice_group_open_session (self, NULL);
}

/* GObject ------------------------------------------------------------------ */

static void
cl_practice_group_dispose (GObject *object)
{
  ClPracticeGroup *self = CL_PRACTICE_GROUP (object);

  if (self->dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      gtk_window_destroy (GTK_WINDOW (self->dialog));
      self->dialog = NULL;
    }
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);

  G_OBJECT_CLASS (cl_practice_group_parent_class)->dispose (object);
}

static void
cl_practice_group_finalize (GObject *object)
{
  ClPracticeGroup *self = CL_PRACTICE_GROUP (object);

  g_clear_object (&self->database_signals);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_practice_group_parent_class)->finalize (object);
}

static void
criteria_clicked_cb (ClPracticeGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->context == NULL)
    return;
  gtk_window_present (GTK_WINDOW (cl_criteria_window_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context, self->domain)));
}

static void
cl_practice_group_class_init (ClPracticeGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_practice_group_dispose;
  object_class->finalize = cl_practice_group_finalize;
  /* A box for screen readers: its group and rows say what it holds. */
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
cl_practice_group_init (ClPracticeGroup *self)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _ ("Practice"));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _ ("_Log Session…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _ ("Log a Practice Session"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (log_session_clicked_cb), self);
  {
    GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *criteria = gtk_button_new_from_icon_name ("document-properties-symbolic");

    gtk_widget_add_css_class (criteria, "flat");
    gtk_widget_set_tooltip_text (criteria, _ ("Scoring Criteria"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (criteria), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _ ("Scoring Criteria"), -1);
    g_signal_connect_swapped (criteria, "clicked", G_CALLBACK (criteria_clicked_cb), self);
    gtk_box_append (GTK_BOX (buttons), criteria);
    gtk_box_append (GTK_BOX (buttons), button);
    adw_preferences_group_set_header_suffix (self->group, buttons);
  }

  /* The chart draws to its edges: the card gives its labels room. */
  self->chart = CL_TREND_CHART (cl_trend_chart_new ());
  g_object_set (self->chart, "margin-top", 12, "margin-bottom", 12, "margin-start", 12,
                "margin-end", 12, NULL);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->chart));
  gtk_box_append (GTK_BOX (box), card);

  self->sessions_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->sessions_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->sessions_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sessions_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Practice sessions"), -1);
  gtk_list_box_set_placeholder (self->sessions_list,
                                cl_placeholder_new (_ ("No practice sessions yet: choose “Log "
                                                       "Session…” after a mock interview.")));
  g_signal_connect (self->sessions_list, "row-activated", G_CALLBACK (session_activated_cb),
                    self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sessions_list));
  adw_preferences_group_add (self->group, box);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}

GtkWidget *
cl_practice_group_new (void)
{
  return g_object_new (CL_TYPE_PRACTICE_GROUP, NULL);
}

void
cl_practice_group_set_domain (ClPracticeGroup *self,
                              ClContext       *context,
                              ClPrepDomain     domain)
{
  g_return_if_fail (CL_IS_PRACTICE_GROUP (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));

  self->domain = domain;
  if (context != NULL && context != self->context)
    {
      g_set_object (&self->context, context);
      g_signal_group_set_target (self->database_signals, cl_context_get_database (context));
    }
  if (self->context == NULL)
    return;
  show_trend (self);
  show_sessions (self);
}

ClPrepDomain
cl_practice_group_get_domain (ClPracticeGroup *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_GROUP (self), 0);

  return self->domain;
}

GtkWidget *
cl_practice_group_get_chart (ClPracticeGroup *self)
{
  g_return_val_if_fail (CL_IS_PRACTICE_GROUP (self), NULL);

  return GTK_WIDGET (self->chart);
}
