/* cl-journal-section.c — feedback, thoughts and lessons about an application
 *
 * Entries keep their rows across ::entries-changed, as rounds do in the
 * rounds section; the list sorts them newest first.  A long journal shows
 * its newest SHOWN_AT_FIRST entries and a "Show N Older Entries" button:
 * the page opens as fast with 200 entries as with 20.  The rounds an entry
 * can be about follow ::rounds-changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-journal-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-date-row.h"
#include "cl-journal-entry-row.h"
#include "cl-journal-section.h"
#include "cl-row-error.h"
#include "cl-toast.h"

/* How many entries a page shows before "Show N Older Entries". */
#define SHOWN_AT_FIRST 20

struct _ClJournalSection
{
  ClSectionBase parent_instance;

  GSignalGroup *journal_signals;
  GSignalGroup *round_signals;
  GHashTable   *rows; /* entry id → ClJournalEntryRow (owned by the list) */
  GStrv         round_labels;
  GArray       *round_ids;
  guint         n_shown; /* the newest entries shown; G_MAXUINT: all */

  GtkTextView  *new_body_view;
  AdwComboRow  *new_kind_row;
  AdwComboRow  *new_round_row;
  AdwEntryRow  *new_day_row;
  AdwEntryRow  *new_time_row;
  GtkLabel     *new_message;
  GtkWidget    *add_button;
  GtkListBox   *entries_list;
  GtkLabel     *empty_label; /* the list's own empty state */
  GtkButton    *older_button;
};

G_DEFINE_FINAL_TYPE (ClJournalSection, cl_journal_section, CL_TYPE_SECTION_BASE)

static ClContext *
get_context (ClJournalSection *self)
{
  return cl_section_base_get_context (CL_SECTION_BASE (self));
}

static ClApplication *
get_application (ClJournalSection *self)
{
  return cl_section_base_get_application (CL_SECTION_BASE (self));
}

/* Rounds to choose from ---------------------------------------------------- */

static void
read_rounds (ClJournalSection *self)
{
  ClApplication *application = get_application (self);
  g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GtkStringList) model = NULL;
  GHashTableIter iter;
  gpointer       row;
  guint          chosen;
  gint64         chosen_id = 0;

  if (self->round_ids != NULL)
    {
      chosen = adw_combo_row_get_selected (self->new_round_row);
      if (chosen < self->round_ids->len)
        chosen_id = g_array_index (self->round_ids, gint64, chosen);
    }

  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_pointer (&self->round_labels, g_strfreev);
  self->round_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_array_set_size (self->round_ids, 1);
  g_strv_builder_add (labels, _ ("No round"));

  if (application != NULL)
    rounds = cl_round_store_list_for_application (cl_context_get_round_store (get_context (self)),
                                                  cl_application_get_id (application), NULL);
  for (guint i = 0; rounds != NULL && i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(ClRound) round = g_list_model_get_item (rounds, i);
      const char      *title = cl_round_get_title (round);
      g_autofree char *label = NULL;
      gint64           id = cl_round_get_id (round);

      if (title == NULL || *title == '\0')
        title = cl_round_kind_get_label (cl_round_get_kind (round));
      /* Translators: a round to choose, by its place and title: "Round 2: System design". */
      label = g_strdup_printf (_ ("Round %u: %s"), cl_round_get_position (round) + 1, title);
      g_strv_builder_add (labels, label);
      g_array_append_val (self->round_ids, id);
    }
  self->round_labels = g_strv_builder_end (labels);

  model = gtk_string_list_new ((const char **) self->round_labels);
  adw_combo_row_set_model (self->new_round_row, G_LIST_MODEL (model));
  chosen = 0;
  for (guint i = 0; i < self->round_ids->len; i++)
    if (g_array_index (self->round_ids, gint64, i) == chosen_id)
      chosen = i;
  adw_combo_row_set_selected (self->new_round_row, chosen);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    cl_journal_entry_row_set_rounds (row, (const char *const *) self->round_labels,
                                     self->round_ids);
}

/* Entries ------------------------------------------------------------------ */

static void reload_entries (ClJournalSection *self);

/* Newest first; of two written at once, the later added. */
static int
compare_entries (ClJournalEntry *a,
                 ClJournalEntry *b)
{
  gint64 when_a = cl_journal_entry_get_written_at (a);
  gint64 when_b = cl_journal_entry_get_written_at (b);
  gint64 id_a = cl_journal_entry_get_id (a);
  gint64 id_b = cl_journal_entry_get_id (b);

  if (when_a != when_b)
    return when_a > when_b ? -1 : 1;
  return id_a > id_b ? -1 : id_a < id_b;
}

static int
compare_entries_cb (gconstpointer a,
                    gconstpointer b)
{
  return compare_entries (*(ClJournalEntry **) a, *(ClJournalEntry **) b);
}

static int
sort_rows_cb (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       data)
{
  return compare_entries (cl_journal_entry_row_get_entry (CL_JOURNAL_ENTRY_ROW (a)),
                          cl_journal_entry_row_get_entry (CL_JOURNAL_ENTRY_ROW (b)));
}

static void
undo_clicked_cb (AdwToast         *toast,
                 ClJournalSection *self)
{
  ClDeletion *deletion = cl_section_base_get_toast_deletion (toast);
  ClContext  *context = get_context (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  if (context == NULL || deletion == NULL)
    return;
  if (!cl_journal_store_undo_delete (cl_context_get_journal_store (context), deletion, &error))
    {
      cl_section_base_show_error (CL_SECTION_BASE (self), error);
      return;
    }
  reload_entries (self);
  row = g_hash_table_lookup (self->rows, &(gint64){ cl_deletion_get_id (deletion) });
  if (row != NULL)
    cl_section_base_focus (row);
}

static void
delete_requested_cb (ClJournalEntryRow *row,
                     ClJournalSection  *self)
{
  g_autoptr(ClJournalEntry) entry = g_object_ref (cl_journal_entry_row_get_entry (row));
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *next;

  next = gtk_widget_get_next_sibling (GTK_WIDGET (row));
  if (!CL_IS_JOURNAL_ENTRY_ROW (next))
    next = gtk_widget_get_prev_sibling (GTK_WIDGET (row));
  if (!CL_IS_JOURNAL_ENTRY_ROW (next))
    next = self->add_button;

  if (!cl_journal_store_delete_entry (cl_context_get_journal_store (get_context (self)), entry,
                                      &deletion, &error))
    {
      cl_section_base_show_error (CL_SECTION_BASE (self), error);
      return;
    }
  cl_section_base_focus (next);
  reload_entries (self);

  cl_section_base_offer_undo (CL_SECTION_BASE (self), _ ("Journal entry deleted"),
                              g_steal_pointer (&deletion), G_CALLBACK (undo_clicked_cb));
}

static void
remove_row (ClJournalSection  *self,
            ClJournalEntryRow *row)
{
  cl_section_base_remove_all (CL_SECTION_BASE (self), cl_journal_entry_row_get_applies (row));
  g_signal_handlers_disconnect_by_data (row, self);
  gtk_list_box_remove (self->entries_list, GTK_WIDGET (row));
}

static void
remove_all_rows (ClJournalSection *self)
{
  GHashTableIter iter;
  gpointer       row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      remove_row (self, row);
      g_hash_table_iter_remove (&iter);
    }
}

/* A row's fields are made when it is first expanded: the section saves them
 * from then on. */
static void
editor_added_cb (ClJournalEntryRow *row,
                 ClJournalSection  *self)
{
  cl_section_base_add_all (CL_SECTION_BASE (self), cl_journal_entry_row_get_applies (row));
}

static void
add_row (ClJournalSection *self,
         ClJournalEntry   *entry)
{
  ClJournalEntryRow *row = cl_journal_entry_row_new (get_context (self), entry);
  gint64             id = cl_journal_entry_get_id (entry);

  cl_journal_entry_row_set_rounds (row, (const char *const *) self->round_labels,
                                   self->round_ids);
  g_signal_connect_object (row, "editor-added", G_CALLBACK (editor_added_cb), self, 0);
  g_signal_connect_object (row, "delete-requested", G_CALLBACK (delete_requested_cb), self, 0);
  gtk_list_box_append (self->entries_list, GTK_WIDGET (row));
  g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), row);
}

static void
show_older_button (ClJournalSection *self,
                   guint             n_older)
{
  g_autofree char *label = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->older_button), n_older > 0);
  if (n_older == 0)
    return;
  /* Translators: a button below the newest journal entries. */
  label = g_strdup_printf (ngettext ("Show %u Older Entry", "Show %u Older Entries", n_older),
                           n_older);
  gtk_button_set_label (self->older_button, label);
}

static void
reload_entries (ClJournalSection *self)
{
  ClApplication *application = get_application (self);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer       key, row;
  guint          n_older;

  if (application == NULL || get_context (self) == NULL)
    {
      remove_all_rows (self);
      show_older_button (self, 0);
      return;
    }

  entries = cl_journal_store_list_for_application (
    cl_context_get_journal_store (get_context (self)), cl_application_get_id (application), &error);
  if (entries == NULL)
    {
      remove_all_rows (self);
      show_older_button (self, 0);
      gtk_label_set_text (self->empty_label, error->message);
      return;
    }
  gtk_label_set_text (self->empty_label, _ ("No entries yet"));

  sorted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (entries, i));
  g_ptr_array_sort (sorted, compare_entries_cb);
  n_older = sorted->len > self->n_shown ? sorted->len - self->n_shown : 0;

  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < sorted->len - n_older; i++)
    {
      ClJournalEntry    *entry = g_ptr_array_index (sorted, i);
      gint64             id = cl_journal_entry_get_id (entry);
      ClJournalEntryRow *existing = g_hash_table_lookup (self->rows, &id);

      if (existing != NULL)
        cl_journal_entry_row_set_entry (existing, entry);
      else
        add_row (self, entry);
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    if (!g_hash_table_contains (seen, key))
      {
        remove_row (self, row);
        g_hash_table_iter_remove (&iter);
      }

  gtk_list_box_invalidate_sort (self->entries_list);
  show_older_button (self, n_older);
}

static gboolean
is_ours (ClJournalSection *self,
         gint64            application_id)
{
  ClApplication *application = get_application (self);

  return application != NULL &&
         (application_id == 0 || application_id == cl_application_get_id (application));
}

static void
entries_changed_cb (ClJournalSection *self,
                    gint64            application_id)
{
  if (is_ours (self, application_id))
    reload_entries (self);
}

static void
rounds_changed_cb (ClJournalSection *self,
                   gint64            application_id)
{
  if (is_ours (self, application_id))
    read_rounds (self);
}

static void
show_older_cb (ClJournalSection *self)
{
  GtkWidget *last = NULL;
  GtkWidget *first_older;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->entries_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (CL_IS_JOURNAL_ENTRY_ROW (child))
      last = child;

  self->n_shown = G_MAXUINT;
  reload_entries (self);

  /* The button goes: the focus goes to the first of the entries it showed. */
  first_older = last != NULL ? gtk_widget_get_next_sibling (last)
                             : gtk_widget_get_first_child (GTK_WIDGET (self->entries_list));
  while (first_older != NULL && !CL_IS_JOURNAL_ENTRY_ROW (first_older))
    first_older = gtk_widget_get_next_sibling (first_older);
  /* The row's heading, not the row, takes the focus. */
  if (first_older != NULL)
    gtk_widget_child_focus (first_older, GTK_DIR_TAB_FORWARD);
}

/* Adding an entry ---------------------------------------------------------- */

static void
show_new_problem (ClJournalSection *self,
                  GtkWidget        *field,
                  const char       *message)
{
  GtkWidget *fields[] = { GTK_WIDGET (self->new_body_view), GTK_WIDGET (self->new_day_row),
                          GTK_WIDGET (self->new_time_row) };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    cl_row_error_mark (fields[i], fields[i] == field ? message : NULL);
  gtk_label_set_text (self->new_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->new_message), message != NULL);
}

/* The form dates a new entry now, by the context's clock. */
static void
reset_composer (ClJournalSection *self)
{
  ClContext *context = get_context (self);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->new_body_view), "", -1);
  show_new_problem (self, NULL, NULL);
  if (context == NULL)
    return;

  now = cl_clock_now_local (cl_context_get_clock (context));
  day = g_date_time_format (now, "%Y-%m-%d");
  time = g_date_time_format (now, "%H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->new_day_row), day);
  gtk_editable_set_text (GTK_EDITABLE (self->new_time_row), time);
}

static void
add_entry_cb (ClJournalSection *self)
{
  ClApplication *application = get_application (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->new_body_view);
  g_autoptr(ClJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  GtkTextIter      start, end;
  const char      *wrong = NULL;
  gint64           written_at = 0;
  guint            round_choice;

  if (application == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!cl_journal_parse_written_at (gtk_editable_get_text (GTK_EDITABLE (self->new_day_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->new_time_row)),
                                    "day", "time", &written_at, &wrong, &error))
    {
      show_new_problem (self,
                        g_str_equal (wrong, "day") ? GTK_WIDGET (self->new_day_row)
                                                   : GTK_WIDGET (self->new_time_row),
                        error->message);
      return;
    }

  entry = cl_journal_entry_new (cl_application_get_id (application),
                                adw_combo_row_get_selected (self->new_kind_row), body, written_at);
  round_choice = adw_combo_row_get_selected (self->new_round_row);
  if (round_choice < self->round_ids->len)
    g_object_set (entry, "round-id", g_array_index (self->round_ids, gint64, round_choice), NULL);

  if (!cl_model_validate (CL_MODEL (entry), &error) ||
      !cl_journal_store_add_entry (cl_context_get_journal_store (get_context (self)), entry,
                                   &error))
    {
      show_new_problem (self, GTK_WIDGET (self->new_body_view), error->message);
      return;
    }

  reset_composer (self);
  /* The new entry does not push an older one out of sight. */
  if (self->n_shown != G_MAXUINT)
    self->n_shown++;
  reload_entries (self);
}

/* The section -------------------------------------------------------------- */

static void
cl_journal_section_bind (ClSectionBase *base)
{
  ClJournalSection *self = CL_JOURNAL_SECTION (base);
  ClContext        *context = get_context (self);

  g_signal_group_set_target (self->journal_signals,
                             context != NULL ? cl_context_get_journal_store (context) : NULL);
  g_signal_group_set_target (self->round_signals,
                             context != NULL ? cl_context_get_round_store (context) : NULL);
  remove_all_rows (self);
  self->n_shown = SHOWN_AT_FIRST;
  read_rounds (self);
  reset_composer (self);
  reload_entries (self);
}

static void
cl_journal_section_dispose (GObject *object)
{
  ClJournalSection *self = CL_JOURNAL_SECTION (object);

  if (self->journal_signals != NULL)
    g_signal_group_set_target (self->journal_signals, NULL);
  if (self->round_signals != NULL)
    g_signal_group_set_target (self->round_signals, NULL);
  if (self->rows != NULL)
    remove_all_rows (self);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->round_ids, g_array_unref);
  g_clear_pointer (&self->round_labels, g_strfreev);
  g_clear_object (&self->journal_signals);
  g_clear_object (&self->round_signals);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_JOURNAL_SECTION);

  G_OBJECT_CLASS (cl_journal_section_parent_class)->dispose (object);
}

static void
cl_journal_section_class_init (ClJournalSectionClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass     *widget_class = GTK_WIDGET_CLASS (klass);
  ClSectionBaseClass *base_class = CL_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_journal_section_dispose;
  base_class->bind = cl_journal_section_bind;

  g_type_ensure (CL_TYPE_JOURNAL_ENTRY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/application/"
                                               "cl-journal-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, new_body_view);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, new_kind_row);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, new_round_row);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, new_day_row);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, new_time_row);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, new_message);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, entries_list);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ClJournalSection, older_button);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_callback (widget_class, add_entry_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_older_cb);
}

static void
cl_journal_section_init (ClJournalSection *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Journal"), -1);

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->n_shown = SHOWN_AT_FIRST;
  gtk_list_box_set_sort_func (self->entries_list, sort_rows_cb, NULL, NULL);

  for (int i = CL_JOURNAL_KIND_FEEDBACK; i <= CL_JOURNAL_KIND_LESSON; i++)
    gtk_string_list_append (kinds, cl_journal_kind_get_label ((ClJournalKind) i));
  adw_combo_row_set_model (self->new_kind_row, G_LIST_MODEL (kinds));
  cl_date_row_add_calendar (self->new_day_row);
  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  read_rounds (self);

  self->journal_signals = g_signal_group_new (CL_TYPE_JOURNAL_STORE);
  g_signal_group_connect_object (self->journal_signals, "entries-changed",
                                 G_CALLBACK (entries_changed_cb), self, G_CONNECT_SWAPPED);
  self->round_signals = g_signal_group_new (CL_TYPE_ROUND_STORE);
  g_signal_group_connect_object (self->round_signals, "rounds-changed",
                                 G_CALLBACK (rounds_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cl_journal_section_new (void)
{
  return g_object_new (CL_TYPE_JOURNAL_SECTION, NULL);
}
