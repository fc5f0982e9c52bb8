/* cl-practice-session-dialog.c — logs, or edits, one practice session and its scores
 *
 * Built in code rather than from a template: the score rows follow the
 * domain chosen.  Enter in any one-line field saves, Escape cancels.  Each
 * field is read as it is typed and what is wrong shows right below it;
 * nothing is saved until every field reads, and then in one store call.
 * Each criterion has four linked toggle buttons, named "Communication: 3"
 * for screen readers, and its row says what the chosen level means.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-practice-session-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-row.h"
#include "cl-dialog-focus.h"
#include "cl-message-row.h"
#include "cl-practice-session-dialog.h"
#include "cl-practice-store.h"
#include "cl-row-error.h"
#include "cl-transient.h"

#define N_DOMAINS (CL_PREP_DOMAIN_INTERVIEW_TIPS + 1)
#define PROBLEM_ROW "cl-practice-problem-row"
#define MAX_MINUTES 720

/* One criterion's row: its buttons, and what the chosen level means. */
typedef struct
{
  ClRubricCriterion *criterion;
  AdwActionRow      *row;
  GtkToggleButton   *buttons[CL_RUBRIC_N_LEVELS];
} ScoreRow;

struct _ClPracticeSessionDialog
{
  AdwMessageDialog     parent_instance;

  ClContext           *context;
  ClPracticeSession   *session;         /* the one edited; NULL for a new one */
  GArray              *partnership_ids; /* gint64, in the order of partner_row's choices */
  GPtrArray           *score_rows;      /* ScoreRow */

  GtkBox              *content;
  GtkListBox          *fields;
  AdwEntryRow         *day_row;
  AdwComboRow         *partner_row;
  GtkBox              *no_partner_box;
  AdwComboRow         *domain_row;
  AdwEntryRow         *duration_row;
  AdwComboRow         *role_row;
  AdwEntryRow         *notes_row;
  AdwPreferencesGroup *scores_group;
  GtkListBox          *scores_list;
  GtkLabel            *error_label;
};

enum
{
  SAVED,
  ADD_PARTNER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClPracticeSessionDialog, cl_practice_session_dialog, ADW_TYPE_MESSAGE_DIALOG)

static ClPracticeStore *
practice_store (ClPracticeSessionDialog *self)
{
  return cl_context_get_practice_store (self->context);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
score_row_free (gpointer data)
{
  ScoreRow *score_row = data;

  g_clear_object (&score_row->criterion);
  g_free (score_row);
}

/* Problems ----------------------------------------------------------------- */

/* Says @message right below @field, in a row of its list made the first
 * time, and marks the field for screen readers; NULL clears it. */
static void
show_problem (GtkWidget  *field,
              const char *message)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (field), PROBLEM_ROW);
  GtkLabel  *label;

  cl_row_error_mark (field, message);
  if (row == NULL && message == NULL)
    return;
  if (row == NULL)
    {
      label = cl_message_row_add_below (GTK_LIST_BOX_ROW (field), &row);
      g_object_set_data (G_OBJECT (field), PROBLEM_ROW, row);
    }
  else
    label = GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (row, message != NULL);
}

static gboolean
has_problem (gpointer field)
{
  GtkWidget *problem = g_object_get_data (G_OBJECT (field), PROBLEM_ROW);

  return problem != NULL && gtk_widget_get_visible (problem);
}

/* Reading ------------------------------------------------------------------ */

static gboolean
read_day (ClPracticeSessionDialog *self,
          gint64                  *out_day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = cl_clock_now_local (cl_context_get_clock (self->context));
  g_autoptr(GDateTime) day = NULL;
  gint64 when = 0;

  if (!cl_date_parse (text_of (self->day_row), "held-at", &when, &error))
    {
      show_problem (GTK_WIDGET (self->day_row), error->message);
      return FALSE;
    }
  if (when == 0)
    {
      show_problem (GTK_WIDGET (self->day_row), _ ("Choose the day the session was held."));
      return FALSE;
    }
  /* The store refuses it too; saying so as it is typed saves a try. */
  day = g_date_time_new_from_unix_local (when);
  if (g_date_time_compare (day, now) > 0)
    {
      show_problem (GTK_WIDGET (self->day_row),
                    _ ("This session is dated in the future. Log a session once it has taken "
                       "place: choose today or an earlier day."));
      return FALSE;
    }
  show_problem (GTK_WIDGET (self->day_row), NULL);
  *out_day = when;
  return TRUE;
}

static gboolean
read_partner (ClPracticeSessionDialog *self,
              gint64                  *out_id)
{
  guint chosen = adw_combo_row_get_selected (self->partner_row);

  if (chosen >= self->partnership_ids->len)
    {
      show_problem (GTK_WIDGET (self->partner_row),
                    self->partnership_ids->len == 0
                      ? _ ("A session is held with a partner: add a practice partner first.")
                      : _ ("Choose the partner you practised with."));
      return FALSE;
    }
  show_problem (GTK_WIDGET (self->partner_row), NULL);
  *out_id = g_array_index (self->partnership_ids, gint64, chosen);
  return TRUE;
}

static gboolean
read_duration (ClPracticeSessionDialog *self,
               guint                   *out_minutes)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (self->duration_row)));
  char            *end = NULL;
  gint64           minutes;

  minutes = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || *end != '\0' || minutes < 1 || minutes > MAX_MINUTES)
    {
      show_problem (GTK_WIDGET (self->duration_row),
                    _ ("Enter how long the session lasted, from 1 to 720 minutes."));
      return FALSE;
    }
  show_problem (GTK_WIDGET (self->duration_row), NULL);
  *out_minutes = (guint) minutes;
  return TRUE;
}

static void
field_changed_cb (ClPracticeSessionDialog *self)
{
  gint64 day;
  guint  minutes;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  read_day (self, &day);
  read_duration (self, &minutes);
}

static void
partner_changed_cb (ClPracticeSessionDialog *self)
{
  gint64 id;

  if (has_problem (self->partner_row))
    read_partner (self, &id);
}

static void
field_activated_cb (ClPracticeSessionDialog *self)
{
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "save");
}

/* Scores ------------------------------------------------------------------- */

static guint
level_of (ScoreRow *score_row)
{
  for (guint i = 0; i < CL_RUBRIC_N_LEVELS; i++)
    if (gtk_toggle_button_get_active (score_row->buttons[i]))
      return i + 1;
  return 0;
}

/* The row says what the chosen level means, or asks for one. */
static void
show_level (ScoreRow *score_row)
{
  guint            level = level_of (score_row);
  const char      *meaning = level > 0 ? cl_rubric_criterion_get_level (score_row->criterion,
                                                                        level)
                                       : NULL;
  g_autofree char *text = NULL;

  if (level == 0)
    text = g_strdup (_ ("Not scored: choose a level from 1 to 4."));
  else if (meaning == NULL)
    /* Translators: a rubric level the user gave no meaning. */
    text = g_strdup_printf (_ ("Level %u"), level);
  else
    /* Translators: "3: Clear and structured, checks in with the interviewer." */
    text = g_strdup_printf (_ ("%u: %s"), level, meaning);
  adw_action_row_set_subtitle (score_row->row, text);
}

static void
level_toggled_cb (GtkToggleButton *button,
                  gpointer         data)
{
  if (gtk_toggle_button_get_active (button))
    show_level (data);
}

static void
clear_scores (ClPracticeSessionDialog *self)
{
  GtkWidget *child;

  /* Each row owns its ScoreRow. */
  g_ptr_array_set_size (self->score_rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scores_list))) != NULL)
    gtk_list_box_remove (self->scores_list, child);
}

/* One row per criterion of @domain, its buttons set to what @session gave. */
static void
fill_scores (ClPracticeSessionDialog *self,
             ClPrepDomain             domain,
             ClPracticeSession       *session)
{
  GListModel *criteria = cl_practice_store_get_criteria (practice_store (self), domain);

  clear_scores (self);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      ScoreRow  *score_row = g_new0 (ScoreRow, 1);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      int        given;

      score_row->criterion = g_list_model_get_item (criteria, i);
      score_row->row = ADW_ACTION_ROW (adw_action_row_new ());
      g_object_set_data_full (G_OBJECT (score_row->row), "cl-score-row", score_row,
                              score_row_free);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (score_row->row),
                                     cl_rubric_criterion_get_name (score_row->criterion));
      adw_action_row_set_subtitle_lines (score_row->row, 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (score_row->row), FALSE);
      /* The buttons take the focus, not the row around them. */
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (score_row->row), FALSE);
      gtk_widget_set_focusable (GTK_WIDGET (score_row->row), FALSE);
      gtk_widget_add_css_class (box, "linked");
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      given = session != NULL ? cl_practice_session_get_score (
                                  session, cl_rubric_criterion_get_id (score_row->criterion))
                              : 0;
      for (guint level = 1; level <= CL_RUBRIC_N_LEVELS; level++)
        {
          g_autofree char *label = g_strdup_printf ("%u", level);
          /* Translators: a score button, "Communication: 3". */
          g_autofree char *name = g_strdup_printf (
            _ ("%s: %u"), cl_rubric_criterion_get_name (score_row->criterion), level);
          GtkWidget  *button = gtk_toggle_button_new_with_label (label);
          const char *meaning = cl_rubric_criterion_get_level (score_row->criterion,
                                                               level);

          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          name, -1);
          if (meaning != NULL)
            {
              gtk_widget_set_tooltip_text (button, meaning);
              gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meaning, -1);
            }
          if (level > 1)
            gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), score_row->buttons[0]);
          if ((int) level == given)
            gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
          g_signal_connect (button, "toggled", G_CALLBACK (level_toggled_cb), score_row);
          score_row->buttons[level - 1] = GTK_TOGGLE_BUTTON (button);
          gtk_box_append (GTK_BOX (box), button);
        }
      adw_action_row_add_suffix (score_row->row, box);
      show_level (score_row);
      gtk_list_box_append (self->scores_list, GTK_WIDGET (score_row->row));
      g_ptr_array_add (self->score_rows, score_row);
    }
}

static void
domain_changed_cb (ClPracticeSessionDialog *self)
{
  guint domain = adw_combo_row_get_selected (self->domain_row);

  if (domain >= N_DOMAINS)
    return;
  /* The scores given stay with the domain they were given in. */
  fill_scores (self, domain,
               self->session != NULL && cl_practice_session_get_domain (self->session) == domain
                 ? self->session
                 : NULL);
}

/* Focus -------------------------------------------------------------------- */

static GtkWidget *
pick_field (GtkWidget *dialog)
{
  ClPracticeSessionDialog *self = CL_PRACTICE_SESSION_DIALOG (dialog);

  if (has_problem (self->day_row))
    return GTK_WIDGET (self->day_row);
  if (has_problem (self->partner_row))
    return GTK_WIDGET (self->partner_row);
  if (has_problem (self->duration_row))
    return GTK_WIDGET (self->duration_row);
  return GTK_WIDGET (self->day_row);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save (ClPracticeSessionDialog *self,
      GError                 **error)
{
  g_autoptr(ClPracticeSession) session = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64         day = 0;
  gint64         partnership_id = 0;
  guint          minutes = 0;
  guint          domain = adw_combo_row_get_selected (self->domain_row);
  ClPracticeRole role = adw_combo_row_get_selected (self->role_row) == 1
                          ? CL_PRACTICE_ROLE_INTERVIEWER
                          : CL_PRACTICE_ROLE_CANDIDATE;
  gboolean       readable;

  readable = read_day (self, &day);
  readable = read_partner (self, &partnership_id) && readable;
  readable = read_duration (self, &minutes) && readable;
  if (!readable || domain >= N_DOMAINS)
    {
      g_set_error_literal (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_FORMAT,
                           _ ("Correct the fields marked above to save the session."));
      return FALSE;
    }

  if (self->session != NULL)
    {
      session = cl_practice_session_copy (self->session);
      cl_practice_session_clear_scores (session);
      g_object_set (session, "partnership-id", partnership_id, "domain", domain, "held-at", day,
                    NULL);
    }
  else
    session = cl_practice_session_new (partnership_id, domain, day);
  g_object_set (session, "duration-minutes", minutes, "role", role, "notes",
                text_of (self->notes_row), NULL);
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      ScoreRow *score_row = g_ptr_array_index (self->score_rows, i);
      guint     level = level_of (score_row);

      if (level > 0)
        cl_practice_session_set_score (session,
                                       cl_rubric_criterion_get_id (score_row->criterion), level);
    }

  if (!cl_model_validate (CL_MODEL (session), &local_error) ||
      !(self->session != NULL
          ? cl_practice_store_update_session (practice_store (self), session, &local_error)
          : cl_practice_store_add_session (practice_store (self), session, &local_error)))
    {
      /* What is about the day is said beside it. */
      if (cl_validation_error_is_about (local_error, "held-at"))
        {
          show_problem (GTK_WIDGET (self->day_row), local_error->message);
          local_error->code = CL_VALIDATION_ERROR_FORMAT;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0,
                 self->session != NULL ? self->session : session);
  return TRUE;
}

/* AdwMessageDialog closes itself before ::response.  The dialog hides on
 * close, so a refused session can show it again with what was typed. */
static void
cl_practice_session_dialog_response (AdwMessageDialog *dialog,
                                     const char       *response)
{
  ClPracticeSessionDialog *self = CL_PRACTICE_SESSION_DIALOG (dialog);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") == 0 && !save (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label),
                              !g_error_matches (error, CL_VALIDATION_ERROR,
                                                CL_VALIDATION_ERROR_FORMAT));
      gtk_window_present (GTK_WINDOW (self));
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        cl_dialog_focus_row (pick_field (GTK_WIDGET (self)));
      return;
    }

  cl_transient_destroy_soon (GTK_WINDOW (self));
}

static void
add_partner_clicked_cb (ClPracticeSessionDialog *self)
{
  g_object_ref (self);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "cancel");
  g_signal_emit (self, signals[ADD_PARTNER], 0);
  g_object_unref (self);
}

/* Choices ------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  gint64      id;
} Partner;

static int
compare_partners (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (((const Partner *) a)->name, ((const Partner *) b)->name);
}

/* The active partners by name; the session's own stays a choice even when
 * the partnership is no longer active. */
static void
fill_partners (ClPracticeSessionDialog *self,
               gint64                   current_id)
{
  GListModel     *all = cl_practice_store_get_partnerships (practice_store (self));
  ClContactStore *contacts = cl_context_get_contact_store (self->context);
  g_autoptr(GArray) partners = g_array_new (FALSE, FALSE, sizeof (Partner));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(ClPartnership) partnership = g_list_model_get_item (all, i);
      ClContact *contact = cl_contact_store_find_contact (
        contacts, cl_partnership_get_contact_id (partnership));
      Partner partner;

      if (contact == NULL || (!cl_partnership_get_active (partnership) &&
                              cl_partnership_get_id (partnership) != current_id))
        continue;
      partner.name = cl_contact_get_name (contact);
      partner.id = cl_partnership_get_id (partnership);
      g_array_append_val (partners, partner);
    }
  g_array_sort (partners, compare_partners);
  for (guint i = 0; i < partners->len; i++)
    {
      Partner *partner = &g_array_index (partners, Partner, i);

      if (partner->id == current_id)
        selected = i;
      gtk_string_list_append (names, partner->name);
      g_array_append_val (self->partnership_ids, partner->id);
    }
  if (partners->len == 0)
    /* Translators: the partner choice of a session when there is no partner. */
    gtk_string_list_append (names, _ ("No practice partner yet"));
  adw_combo_row_set_model (self->partner_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->partner_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->partner_row), partners->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_partner_box), partners->len == 0);
}

static void
fill_labels (AdwComboRow *row,
             const char *(*label_of) (int),
             guint n)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, label_of (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static const char *
domain_label (int i)
{
  return cl_prep_domain_get_label (i);
}

static const char *
role_label (int i)
{
  return cl_practice_role_get_label (i);
}

/* Building ----------------------------------------------------------------- */

/* Screen readers hear an entry row's text box by the row's title. */
static void
name_field (AdwEntryRow *row)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

static AdwEntryRow *
add_entry_row (ClPracticeSessionDialog *self,
               const char              *title,
               gboolean                 checked)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_append (self->fields, GTK_WIDGET (row));
  name_field (row);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (field_activated_cb), self);
  if (checked)
    g_signal_connect_swapped (row, "changed", G_CALLBACK (field_changed_cb), self);
  return row;
}

static AdwComboRow *
add_combo_row (ClPracticeSessionDialog *self,
               const char              *title)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (self->fields, GTK_WIDGET (row));
  return row;
}

static void
build (ClPracticeSessionDialog *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label;
  GtkWidget *button;

  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 480);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->content));

  /* No partner yet: said first, with the way to add one. */
  self->no_partner_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  label = gtk_label_new (_ ("You have no practice partner yet. A session is held with someone: "
                            "add a partner first."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (self->no_partner_box, label);
  button = gtk_button_new_with_mnemonic (_ ("_Add Partner…"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_partner_clicked_cb), self);
  gtk_box_append (self->no_partner_box, button);
  gtk_widget_set_visible (GTK_WIDGET (self->no_partner_box), FALSE);
  gtk_box_append (self->content, GTK_WIDGET (self->no_partner_box));

  self->fields = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->fields, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->fields), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fields), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("The session"), -1);
  gtk_box_append (self->content, GTK_WIDGET (self->fields));

  self->day_row = add_entry_row (self, _ ("Day (year-month-day)"), TRUE);
  cl_date_row_add_calendar (self->day_row);
  self->partner_row = add_combo_row (self, _ ("Partner"));
  g_signal_connect_swapped (self->partner_row, "notify::selected",
                            G_CALLBACK (partner_changed_cb), self);
  self->domain_row = add_combo_row (self, _ ("Domain"));
  fill_labels (self->domain_row, domain_label, N_DOMAINS);
  self->duration_row = add_entry_row (self, _ ("Duration (minutes)"), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->duration_row), 4);
  self->role_row = add_combo_row (self, _ ("Your role"));
  fill_labels (self->role_row, role_label, CL_PRACTICE_ROLE_INTERVIEWER + 1);
  self->notes_row = add_entry_row (self, _ ("Notes"), FALSE);

  self->scores_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->scores_group, _ ("Scores"));
  adw_preferences_group_set_description (self->scores_group,
                                         _ ("From 1, not yet there, to 4, interview-ready."));
  self->scores_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->scores_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->scores_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scores_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Scores"), -1);
  adw_preferences_group_add (self->scores_group, GTK_WIDGET (self->scores_list));
  gtk_box_append (self->content, GTK_WIDGET (self->scores_group));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_wrap_mode (self->error_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (self->content, GTK_WIDGET (self->error_label));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), scroller);
}

/* The object --------------------------------------------------------------- */

static void
cl_practice_session_dialog_dispose (GObject *object)
{
  ClPracticeSessionDialog *self = CL_PRACTICE_SESSION_DIALOG (object);

  g_clear_pointer (&self->score_rows, g_ptr_array_unref);
  g_clear_pointer (&self->partnership_ids, g_array_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_practice_session_dialog_parent_class)->dispose (object);
}

static void
cl_practice_session_dialog_class_init (ClPracticeSessionDialogClass *klass)
{
  GObjectClass          *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = cl_practice_session_dialog_dispose;
  dialog_class->response = cl_practice_session_dialog_response;

  /**
   * ClPracticeSessionDialog::saved:
   * @session: the session as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_PRACTICE_SESSION);
  /**
   * ClPracticeSessionDialog::add-partner:
   *
   * The user asked to add a partner; the dialog is closing.
   */
  signals[ADD_PARTNER] = g_signal_new ("add-partner", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cl_practice_session_dialog_init (ClPracticeSessionDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  self->partnership_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->score_rows = g_ptr_array_new ();

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 460, -1);
  adw_message_dialog_set_heading (dialog, _ ("Log Practice Session"));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "save", _ ("_Log Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  build (self);
  cl_dialog_focus_on_map (GTK_WIDGET (self), GTK_WIDGET (self->content), pick_field);
}

ClPracticeSessionDialog *
cl_practice_session_dialog_new (GtkWindow         *parent,
                                ClContext         *context,
                                ClPrepDomain       domain,
                                ClPracticeSession *session)
{
  ClPracticeSessionDialog *self;
  g_autofree char         *day = NULL;
  g_autofree char         *minutes = NULL;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (session == NULL || CL_IS_PRACTICE_SESSION (session), NULL);

  self = g_object_new (CL_TYPE_PRACTICE_SESSION_DIALOG, "hide-on-close", TRUE, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  if (session != NULL)
    {
      self->session = g_object_ref (session);
      domain = cl_practice_session_get_domain (session);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _ ("Edit Practice Session"));
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _ ("_Save"));
      day = cl_date_format (cl_practice_session_get_held_at (session));
      minutes = g_strdup_printf ("%u", cl_practice_session_get_duration_minutes (session));
      adw_combo_row_set_selected (self->role_row, cl_practice_session_get_role (session));
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row),
                             cl_practice_session_get_notes (session) != NULL
                               ? cl_practice_session_get_notes (session)
                               : "");
    }
  else
    {
      day = cl_date_format (cl_clock_now (cl_context_get_clock (context)));
      minutes = g_strdup ("60");
    }
  gtk_editable_set_text (GTK_EDITABLE (self->day_row), day);
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row),
                         session != NULL && cl_practice_session_get_duration_minutes (session) == 0
                           ? ""
                           : minutes);
  fill_partners (self, session != NULL ? cl_practice_session_get_partnership_id (session) : 0);
  adw_combo_row_set_selected (self->domain_row, domain);
  fill_scores (self, domain, session);
  g_signal_connect_swapped (self->domain_row, "notify::selected", G_CALLBACK (domain_changed_cb),
                            self);
  /* "Cancel" and "Log Session", not "_Cancel Cancel"; the text fields
   * named by their rows' titles. */
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_application_section_name_fields (GTK_WIDGET (self));
  return self;
}

GtkToggleButton *
cl_practice_session_dialog_get_level_button (ClPracticeSessionDialog *self,
                                             guint                    index,
                                             guint                    level)
{
  ScoreRow *score_row;

  g_return_val_if_fail (CL_IS_PRACTICE_SESSION_DIALOG (self), NULL);

  if (index >= self->score_rows->len || level < 1 || level > CL_RUBRIC_N_LEVELS)
    return NULL;
  score_row = g_ptr_array_index (self->score_rows, index);
  return score_row->buttons[level - 1];
}
