/* cl-keywords-page.c — the terms of a job description against the plan
 *
 * The text is pasted, or read from an application.  Each term found is a
 * row: its domain and count, and whether the plan covers it (an objective
 * made for it, or one whose title names it).  A term not covered can be
 * added to the plan (an objective in its domain, linked to the application)
 * or dismissed; for an application both are remembered with it.  Every row
 * can copy a study prompt for the user's own LLM: CareerLens calls no
 * service.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-keywords-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-keyword-plan.h"
#include "cl-keywords-page.h"
#include "cl-object-picker.h"
#include "cl-pipeline-store.h"
#include "cl-placeholder.h"
#include "cl-prep-store.h"
#include "cl-toast.h"

/* Typing pauses this long before the terms are found again. */
#define EXTRACT_DELAY_MS 150

struct _ClKeywordsPage
{
  AdwBin               parent_instance;

  ClContext           *context;
  ClKeywordTaxonomy   *taxonomy;
  ClApplication       *application;
  GArray              *hits;      /* ClKeywordHit */
  GHashTable          *covered;   /* term key → ClObjective */
  GHashTable          *states;    /* term key → ClKeywordState, the application's */
  GHashTable          *dismissed; /* term keys dismissed from pasted text */
  GSignalGroup        *database_signals;
  guint                extract_id;
  gboolean             loading;

  AdwWindowTitle      *window_title;
  GtkButton           *back_button;
  AdwPreferencesGroup *source_group;
  AdwActionRow        *source_row;
  GtkBox              *source_buttons;
  GtkButton           *clear_button;
  GtkTextView         *text_view;
  GtkLabel            *text_message;
  AdwPreferencesGroup *terms_group;
  GtkListBox          *terms_list;
  AdwPreferencesGroup *dismissed_group;
  GtkListBox          *dismissed_list;
  GtkWidget           *picker;
};

G_DEFINE_FINAL_TYPE (ClKeywordsPage, cl_keywords_page, ADW_TYPE_BIN)

#define TERM_KEY "cl-term"

static ClPrepStore *
prep_store (ClKeywordsPage *self)
{
  return cl_context_get_prep_store (self->context);
}

static void
show_toast (ClKeywordsPage *self,
            const char     *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (text));
}

static gint64
application_id (ClKeywordsPage *self)
{
  return self->application != NULL ? cl_application_get_id (self->application) : 0;
}

/* What was decided of @key: for an application, what it keeps. */
static ClKeywordState
state_of (ClKeywordsPage *self,
          const char     *key)
{
  if (self->application == NULL)
    return g_hash_table_contains (self->dismissed, key) ? CL_KEYWORD_STATE_DISMISSED
                                                        : CL_KEYWORD_STATE_PROPOSED;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->states, key));
}

/* The rows ----------------------------------------------------------------- */

static void rebuild (ClKeywordsPage *self);

static const ClKeywordTerm *
term_of (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), TERM_KEY);
}

static void
copy_prompt_cb (GtkButton      *button,
                ClKeywordsPage *self)
{
  const ClKeywordTerm *term = term_of (GTK_WIDGET (button));
  g_autofree char     *prompt = NULL;

  if (self->application != NULL)
    prompt = cl_keyword_plan_study_prompt (term, cl_application_get_role (self->application),
                                           cl_application_get_level (self->application),
                                           cl_application_get_company_name (self->application));
  else
    prompt = cl_keyword_plan_study_prompt (term, NULL, NULL, NULL);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), prompt);
  show_toast (self, _ ("Study prompt copied: paste it into the assistant you use"));
}

/* How often @term is mentioned in the text shown. */
static guint
count_of (ClKeywordsPage      *self,
          const ClKeywordTerm *term)
{
  for (guint i = 0; i < self->hits->len; i++)
    if (g_array_index (self->hits, ClKeywordHit, i).term == term)
      return g_array_index (self->hits, ClKeywordHit, i).count;
  return 0;
}

static void
accept_cb (GtkButton      *button,
           ClKeywordsPage *self)
{
  const ClKeywordTerm *term = term_of (GTK_WIDGET (button));
  g_autofree char     *title = cl_keyword_plan_propose_title (term);
  g_autoptr(ClObjective) objective = cl_objective_new (cl_keyword_term_get_domain (term), title);
  g_autoptr(GError) error = NULL;

  g_object_set (objective, "term-key", cl_keyword_term_get_key (term), NULL);
  /* One transaction either way: with an application, the term is marked
   * accepted there with the objective. */
  if (!(self->application != NULL
          ? cl_prep_store_accept_keyword (prep_store (self), application_id (self),
                                          cl_keyword_term_get_key (term), count_of (self, term),
                                          objective, &error)
          : cl_prep_store_add_objective (prep_store (self), objective, &error)))
    {
      show_toast (self, error->message);
      return;
    }
  /* Translators: a term of a job description became an objective. */
  {
    g_autofree char *text = g_strdup_printf (_ ("“%s” added to %s"), title,
                                             cl_prep_domain_get_label (
                                               cl_keyword_term_get_domain (term)));
    show_toast (self, text);
  }
}

static void
set_state (ClKeywordsPage      *self,
           const ClKeywordTerm *term,
           ClKeywordState       state)
{
  g_autoptr(GError) error = NULL;
  guint count = count_of (self, term);

  if (self->application == NULL)
    {
      if (state == CL_KEYWORD_STATE_DISMISSED)
        g_hash_table_add (self->dismissed, (gpointer) cl_keyword_term_get_key (term));
      else
        g_hash_table_remove (self->dismissed, cl_keyword_term_get_key (term));
      rebuild (self);
      return;
    }
  if (!cl_prep_store_set_keyword_state (prep_store (self), application_id (self),
                                        cl_keyword_term_get_key (term), state, count, &error))
    show_toast (self, error->message);
}

static void
dismiss_cb (GtkButton      *button,
            ClKeywordsPage *self)
{
  set_state (self, term_of (GTK_WIDGET (button)), CL_KEYWORD_STATE_DISMISSED);
}

static void
restore_cb (GtkButton      *button,
            ClKeywordsPage *self)
{
  set_state (self, term_of (GTK_WIDGET (button)), CL_KEYWORD_STATE_PROPOSED);
}

static GtkWidget *
add_button (ClKeywordsPage      *self,
            AdwActionRow        *row,
            const ClKeywordTerm *term,
            const char          *label,
            const char          *icon,
            const char          *accessible_format,
            GCallback            callback)
{
  GtkWidget *button = label != NULL ? gtk_button_new_with_mnemonic (label)
                                    : gtk_button_new_from_icon_name (icon);
  g_autoptr(GString) text = g_string_new (accessible_format);
  const char *name;

  /* Filled in without printf: a translation is never read as a format. */
  g_string_replace (text, "%s", cl_keyword_term_get_name (term), 1);
  name = text->str;

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (label == NULL)
    {
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    name, -1);
  g_object_set_data (G_OBJECT (button), TERM_KEY, (gpointer) term);
  g_signal_connect (button, "clicked", callback, self);
  adw_action_row_add_suffix (row, button);
  return button;
}

static char *
describe_hit (ClKeywordsPage     *self,
              const ClKeywordHit *hit,
              ClKeywordState      state)
{
  const char  *key = cl_keyword_term_get_key (hit->term);
  ClObjective *covering = g_hash_table_lookup (self->covered, key);
  g_autoptr(GString) text = g_string_new (
    cl_prep_domain_get_label (cl_keyword_term_get_domain (hit->term)));

  g_string_append (text, " · ");
  /* Translators: how often a term is mentioned in a job description. */
  g_string_append_printf (text, ngettext ("%u mention", "%u mentions", hit->count), hit->count);
  g_string_append (text, " · ");
  if (covering != NULL)
    /* Translators: the objective of the plan that covers a term. */
    g_string_append_printf (text, _ ("in your plan: %s"), cl_objective_get_title (covering));
  else if (state == CL_KEYWORD_STATE_DISMISSED)
    g_string_append (text, _ ("dismissed"));
  else
    g_string_append (text, _ ("not in your plan yet"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
hit_row (ClKeywordsPage     *self,
         const ClKeywordHit *hit,
         ClKeywordState      state)
{
  AdwActionRow    *row = ADW_ACTION_ROW (adw_action_row_new ());
  g_autofree char *subtitle = describe_hit (self, hit, state);
  gboolean         covered = g_hash_table_contains (self->covered,
                                                    cl_keyword_term_get_key (hit->term));
  GtkWidget       *accept;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cl_keyword_term_get_name (hit->term));
  adw_action_row_set_subtitle (row, subtitle);
  /* GTK 4.8 names an action row by its title already: a label too would
   * be said twice. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  subtitle, -1);
  if (covered)
    {
      GtkWidget *done = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_accessible_update_state (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_prefix (row, done);
    }
  /* Translators: %s is a term of a job description. */
  add_button (self, row, hit->term, NULL, "edit-copy-symbolic", _ ("Copy Study Prompt for “%s”"),
              G_CALLBACK (copy_prompt_cb));
  if (state == CL_KEYWORD_STATE_DISMISSED)
    /* Translators: %s is a term of a job description. */
    add_button (self, row, hit->term, _ ("_Restore"), NULL, _ ("Propose “%s” again"),
                G_CALLBACK (restore_cb));
  else if (!covered)
    {
      /* Translators: %s is a term of a job description. */
      add_button (self, row, hit->term, NULL, "window-close-symbolic", _ ("Dismiss “%s”"),
                  G_CALLBACK (dismiss_cb));
      /* Translators: %s is a term of a job description. */
      accept = add_button (self, row, hit->term, _ ("_Add"), NULL,
                           _ ("Add an objective for “%s” to its domain"), G_CALLBACK (accept_cb));
      gtk_widget_add_css_class (accept, "suggested-action");
    }
  return GTK_WIDGET (row);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (list, child);
}

static void
rebuild (ClKeywordsPage *self)
{
  guint            n_covered = 0, n_dismissed = 0;
  g_autofree char *summary = NULL;

  clear_list (self->terms_list);
  clear_list (self->dismissed_list);
  if (self->context == NULL)
    return;
  g_clear_pointer (&self->covered, g_hash_table_unref);
  self->covered = cl_keyword_plan_find_covered (prep_store (self), self->taxonomy);
  for (guint i = 0; i < self->hits->len; i++)
    {
      const ClKeywordHit *hit = &g_array_index (self->hits, ClKeywordHit, i);
      ClKeywordState      state = state_of (self, cl_keyword_term_get_key (hit->term));
      gboolean            covered = g_hash_table_contains (self->covered,
                                                           cl_keyword_term_get_key (hit->term));

      n_covered += covered;
      if (state == CL_KEYWORD_STATE_DISMISSED && !covered)
        {
          n_dismissed++;
          gtk_list_box_append (self->dismissed_list, hit_row (self, hit, state));
        }
      else
        gtk_list_box_append (self->terms_list, hit_row (self, hit, state));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->dismissed_group), n_dismissed > 0);
  if (self->hits->len > 0)
    /* Translators: the terms found in a job description, and how many the
     * plan covers. */
    summary = g_strdup_printf (ngettext ("%u term found, %u in your plan",
                                         "%u terms found, %u in your plan", self->hits->len),
                               self->hits->len, n_covered);
  adw_preferences_group_set_description (self->terms_group, summary);
}

/* Finding ------------------------------------------------------------------ */

static void
extract (ClKeywordsPage *self)
{
  GtkTextBuffer   *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter      start, end;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GArray *hits;

  g_clear_handle_id (&self->extract_id, g_source_remove);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  hits = cl_keyword_taxonomy_extract (self->taxonomy, text, -1, &error);
  g_clear_pointer (&self->hits, g_array_unref);
  self->hits = hits != NULL ? hits : g_array_new (FALSE, FALSE, sizeof (ClKeywordHit));
  gtk_widget_set_visible (GTK_WIDGET (self->text_message), error != NULL);
  if (error != NULL)
    gtk_label_set_text (self->text_message, error->message);
  rebuild (self);
}

static gboolean
extract_cb (gpointer data)
{
  ClKeywordsPage *self = data;

  self->extract_id = 0;
  extract (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (ClKeywordsPage *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->extract_id, g_source_remove);
  self->extract_id = g_timeout_add (EXTRACT_DELAY_MS, extract_cb, self);
}

static void
load_states (ClKeywordsPage *self)
{
  g_hash_table_remove_all (self->states);
  if (self->application != NULL)
    {
      g_autoptr(GError) error = NULL;

      g_autoptr(GArray) found = cl_prep_store_get_keyword_states (prep_store (self),
                                                                   application_id (self), &error);

      if (found == NULL)
        show_toast (self, error->message);
      for (guint i = 0; found != NULL && i < found->len; i++)
        {
          ClFoundKeyword *keyword = &g_array_index (found, ClFoundKeyword, i);

          g_hash_table_insert (self->states, g_strdup (keyword->term_key),
                               GINT_TO_POINTER (keyword->state));
        }
    }
}

static void
database_changed_cb (ClKeywordsPage *self,
                     ClChangeSet    *change_set)
{
  if (!cl_change_set_is_external (change_set) &&
      !cl_change_set_has_table (change_set, CL_TABLE_OBJECTIVES) &&
      !cl_change_set_has_table (change_set, CL_TABLE_APPLICATIONS))
    return;
  /* The application may be gone. */
  if (self->application != NULL &&
      cl_pipeline_store_find_application (cl_context_get_pipeline_store (self->context),
                                          application_id (self)) == NULL)
    cl_keywords_page_set_application (self, NULL);
  load_states (self);
  rebuild (self);
}

/* The source --------------------------------------------------------------- */

static void
application_picked_cb (gpointer item,
                       gpointer data)
{
  cl_keywords_page_set_application (CL_KEYWORDS_PAGE (data), CL_APPLICATION (item));
}

static void
clear_application_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  ClKeywordsPage *self = CL_KEYWORDS_PAGE (widget);

  cl_keywords_page_set_application (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

void
cl_keywords_page_set_application (ClKeywordsPage *self,
                                  ClApplication  *application)
{
  GtkTextBuffer   *buffer;
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (CL_IS_KEYWORDS_PAGE (self));
  g_return_if_fail (application == NULL || CL_IS_APPLICATION (application));

  buffer = gtk_text_view_get_buffer (self->text_view);
  g_set_object (&self->application, application);
  self->loading = TRUE;
  if (application != NULL)
    {
      label = cl_object_picker_describe_application (application);
      description = cl_pipeline_store_get_description (cl_context_get_pipeline_store (
                                                         self->context),
                                                       application, NULL);
      gtk_text_buffer_set_text (buffer, description != NULL ? description : "", -1);
      adw_action_row_set_subtitle (self->source_row,
                                   description != NULL && *description != '\0'
                                     ? label
                                     /* Translators: an application without a description. */
                                     : _ ("This application has no job description yet: add it "
                                          "on the application's page."));
    }
  else
    {
      gtk_text_buffer_set_text (buffer, "", -1);
      adw_action_row_set_subtitle (self->source_row, _ ("The text pasted below"));
    }
  self->loading = FALSE;
  /* An application's description is read, not edited, here. */
  gtk_text_view_set_editable (self->text_view, application == NULL);
  gtk_text_view_set_cursor_visible (self->text_view, application == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), application != NULL);
  adw_window_title_set_subtitle (self->window_title, label);
  load_states (self);
  extract (self);
}

ClApplication *
cl_keywords_page_get_application (ClKeywordsPage *self)
{
  g_return_val_if_fail (CL_IS_KEYWORDS_PAGE (self), NULL);

  return self->application;
}

void
cl_keywords_page_flush (ClKeywordsPage *self)
{
  g_return_if_fail (CL_IS_KEYWORDS_PAGE (self));

  if (self->extract_id != 0)
    extract (self);
}

/* GObject ------------------------------------------------------------------ */

static void
cl_keywords_page_dispose (GObject *object)
{
  ClKeywordsPage *self = CL_KEYWORDS_PAGE (object);

  g_clear_handle_id (&self->extract_id, g_source_remove);
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_KEYWORDS_PAGE);

  G_OBJECT_CLASS (cl_keywords_page_parent_class)->dispose (object);
}

static void
cl_keywords_page_finalize (GObject *object)
{
  ClKeywordsPage *self = CL_KEYWORDS_PAGE (object);

  g_clear_object (&self->database_signals);
  g_clear_object (&self->application);
  g_clear_object (&self->context);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->covered, g_hash_table_unref);
  g_clear_pointer (&self->states, g_hash_table_unref);
  g_clear_pointer (&self->dismissed, g_hash_table_unref);

  G_OBJECT_CLASS (cl_keywords_page_parent_class)->finalize (object);
}

static void
cl_keywords_page_class_init (ClKeywordsPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_keywords_page_dispose;
  object_class->finalize = cl_keywords_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/CareerLens/gui/prep/"
                                                             "cl-keywords-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, source_group);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, source_buttons);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, text_message);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, terms_group);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, terms_list);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, dismissed_group);
  gtk_widget_class_bind_template_child (widget_class, ClKeywordsPage, dismissed_list);

  gtk_widget_class_install_action (widget_class, "keywords.clear-application", NULL,
                                   clear_application_action_cb);
}

static void
cl_keywords_page_init (ClKeywordsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->taxonomy = cl_keyword_taxonomy_get_default ();
  self->hits = g_array_new (FALSE, FALSE, sizeof (ClKeywordHit));
  self->covered = g_hash_table_new (g_str_hash, g_str_equal);
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->dismissed = g_hash_table_new (g_str_hash, g_str_equal);
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_remove_css_class (GTK_WIDGET (self->text_view), "view");
  gtk_list_box_set_placeholder (self->terms_list,
                                cl_placeholder_new (_ ("No terms found yet: paste a job "
                                                       "description above.")));
  adw_action_row_set_subtitle (self->source_row, _ ("The text pasted below"));
}

void
cl_keywords_page_set_context (ClKeywordsPage *self,
                              ClContext      *context)
{
  g_return_if_fail (CL_IS_KEYWORDS_PAGE (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_group_set_target (self->database_signals, cl_context_get_database (context));
  self->picker = cl_object_picker_new_for_applications (
    _ ("_Use an Application’s…"),
    cl_pipeline_store_get_applications (cl_context_get_pipeline_store (context)), NULL,
    application_picked_cb, self);
  gtk_widget_set_tooltip_text (self->picker, _ ("Read the Job Description Kept With an "
                                                "Application"));
  gtk_box_prepend (self->source_buttons, self->picker);
  rebuild (self);
}

void
cl_keywords_page_set_show_back (ClKeywordsPage *self,
                                gboolean        show_back)
{
  g_return_if_fail (CL_IS_KEYWORDS_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), show_back);
}
