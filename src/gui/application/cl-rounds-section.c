/* cl-rounds-section.c — the interview format: where it came from, and the rounds
 *
 * The rounds are read again on each ::rounds-changed of the application's
 * rounds, whoever changed them.  A round keeps its row across those reads
 * (the row is given the newer round), so what the user is typing, which
 * round is expanded and where the keyboard focus is all stay; the list box
 * sorts the rows by position, so a move never takes a row out of the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-rounds-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-name-picker.h"
#include "cl-round-row.h"
#include "cl-rounds-section.h"
#include "cl-toast.h"

struct _ClRoundsSection
{
  ClSectionBase   parent_instance;

  GSignalGroup   *round_signals;
  GHashTable     *rows; /* round id → ClRoundRow (owned by the list) */
  ClInstantApply *kind_apply;
  ClInstantApply *contact_apply;
  gboolean        contacts_picked;

  AdwComboRow    *format_kind_row;
  AdwEntryRow    *format_contact_row;
  AdwEntryRow    *format_url_row;
  AdwEntryRow    *format_notes_row;
  GtkWidget      *open_button;
  GtkWidget      *add_button;
  GtkListBox     *rounds_list;
  GtkLabel       *empty_label; /* the list's own empty state */
};

G_DEFINE_FINAL_TYPE (ClRoundsSection, cl_rounds_section, CL_TYPE_SECTION_BASE)

static ClContext *
get_context (ClRoundsSection *self)
{
  return cl_section_base_get_context (CL_SECTION_BASE (self));
}

static ClApplication *
get_application (ClRoundsSection *self)
{
  return cl_section_base_get_application (CL_SECTION_BASE (self));
}

/* Where the format came from ----------------------------------------------- */

static gboolean
save_format_kind_cb (guint    value,
                     gpointer data,
                     GError **error)
{
  ClRoundsSection *self = data;
  ClApplication   *application = get_application (self);
  /* A contact belongs to "A contact" only: another kind lets go of it. */
  gint64           contact_id = value == CL_FORMAT_SOURCE_CONTACT
                                  ? cl_application_get_format_source_contact_id (application)
                                  : 0;

  return cl_application_section_save (get_context (self), application, 0, "format-source-kind",
                                      error, "format-source-kind", (int) value,
                                      "format-source-contact-id", contact_id, NULL);
}

static gboolean
save_format_contact_cb (const char *text,
                        gpointer    data,
                        GError    **error)
{
  ClRoundsSection *self = data;
  g_autofree char *name = g_strstrip (g_strdup (text));
  gint64           contact_id = 0;

  if (*name != '\0')
    {
      ClContact *contact = cl_round_row_find_or_add_contact (
        cl_context_get_contact_store (get_context (self)), name, CL_CONTACT_ROLE_OTHER, NULL,
        error);

      if (contact == NULL)
        return FALSE;
      contact_id = cl_contact_get_id (contact);
    }

  return cl_application_section_save (get_context (self), get_application (self), 0,
                                      "format-source-contact-id", error,
                                      "format-source-contact-id", contact_id, NULL);
}

static void
format_kind_selected_cb (ClRoundsSection *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->format_contact_row),
                          adw_combo_row_get_selected (self->format_kind_row) ==
                            CL_FORMAT_SOURCE_CONTACT);
}

static void
open_link_cb (ClRoundsSection *self)
{
  ClApplication *application = get_application (self);
  GtkRoot       *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char    *url;

  if (application == NULL)
    return;
  url = cl_application_get_format_source_url (application);
  if (url != NULL && *url != '\0')
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

/* Rounds ------------------------------------------------------------------- */

static void reload_rounds (ClRoundsSection *self);

static ClRoundRow *
find_row (ClRoundsSection *self,
          gint64           round_id)
{
  return g_hash_table_lookup (self->rows, &round_id);
}

static void
move_round (ClRoundsSection *self,
            ClRound         *round,
            guint            position)
{
  /* The rows let go of their rounds when the store announces the move. */
  g_autoptr(ClRound) held = g_object_ref (round);
  g_autoptr(GError) error = NULL;

  if (!cl_round_store_move_round (cl_context_get_round_store (get_context (self)), held,
                                  position, &error))
    cl_section_base_show_error (CL_SECTION_BASE (self), error);
  reload_rounds (self);
}

static void
undo_clicked_cb (AdwToast        *toast,
                 ClRoundsSection *self)
{
  ClDeletion *deletion = cl_section_base_get_toast_deletion (toast);
  ClContext  *context = get_context (self);
  g_autoptr(GError) error = NULL;
  ClRoundRow *row;

  if (context == NULL || deletion == NULL)
    return;
  if (!cl_round_store_undo_delete (cl_context_get_round_store (context), deletion, &error))
    {
      cl_section_base_show_error (CL_SECTION_BASE (self), error);
      return;
    }
  reload_rounds (self);
  row = find_row (self, cl_deletion_get_id (deletion));
  if (row != NULL)
    cl_section_base_focus (GTK_WIDGET (row));
}

static void
delete_requested_cb (ClRoundRow      *row,
                     ClRoundsSection *self)
{
  g_autoptr(ClRound) round = g_object_ref (cl_round_row_get_round (row));
  g_autoptr(ClDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  const char      *title = cl_round_get_title (round);
  g_autofree char *message = NULL;
  GtkWidget       *next;

  /* The focus goes to the next round, or the one before, or Add Round. */
  next = gtk_widget_get_next_sibling (GTK_WIDGET (row));
  if (!CL_IS_ROUND_ROW (next))
    next = gtk_widget_get_prev_sibling (GTK_WIDGET (row));
  if (!CL_IS_ROUND_ROW (next))
    next = self->add_button;

  if (!cl_round_store_delete_round (cl_context_get_round_store (get_context (self)), round,
                                    &deletion, &error))
    {
      cl_section_base_show_error (CL_SECTION_BASE (self), error);
      return;
    }
  cl_section_base_focus (next);
  reload_rounds (self);

  if (title == NULL || *title == '\0')
    title = cl_round_kind_get_label (cl_round_get_kind (round));
  /* Translators: a toast after deleting an interview round. */
  message = g_strdup_printf (_ ("Round “%s” deleted"), title);
  cl_section_base_offer_undo (CL_SECTION_BASE (self), message, g_steal_pointer (&deletion),
                              G_CALLBACK (undo_clicked_cb));
}

static void
round_dropped_cb (ClRoundRow      *row,
                  ClRound         *dropped,
                  ClRoundsSection *self)
{
  move_round (self, dropped, cl_round_get_position (cl_round_row_get_round (row)));
}

static int
sort_rows_cb (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       data)
{
  guint position_a = cl_round_get_position (cl_round_row_get_round (CL_ROUND_ROW (a)));
  guint position_b = cl_round_get_position (cl_round_row_get_round (CL_ROUND_ROW (b)));

  return position_a < position_b ? -1 : position_a > position_b;
}

static void
remove_row (ClRoundsSection *self,
            ClRoundRow      *row)
{
  cl_section_base_remove_all (CL_SECTION_BASE (self), cl_round_row_get_applies (row));
  g_signal_handlers_disconnect_by_data (row, self);
  gtk_list_box_remove (self->rounds_list, GTK_WIDGET (row));
}

static void
remove_all_rows (ClRoundsSection *self)
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
editor_added_cb (ClRoundRow      *row,
                 ClRoundsSection *self)
{
  cl_section_base_add_all (CL_SECTION_BASE (self), cl_round_row_get_applies (row));
}

static ClRoundRow *
add_row (ClRoundsSection *self,
         ClRound         *round)
{
  ClRoundRow *row = cl_round_row_new (get_context (self), get_application (self), round);
  gint64     *id = g_new (gint64, 1);

  *id = cl_round_get_id (round);
  g_signal_connect_object (row, "editor-added", G_CALLBACK (editor_added_cb), self, 0);
  g_signal_connect_object (row, "delete-requested", G_CALLBACK (delete_requested_cb), self, 0);
  g_signal_connect_object (row, "round-dropped", G_CALLBACK (round_dropped_cb), self, 0);
  gtk_list_box_append (self->rounds_list, GTK_WIDGET (row));
  g_hash_table_insert (self->rows, id, row);
  return row;
}

static void
reload_rounds (ClRoundsSection *self)
{
  ClApplication *application = get_application (self);
  ClContext     *context = get_context (self);
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer       key, row;

  if (application == NULL || context == NULL)
    {
      remove_all_rows (self);
      return;
    }

  rounds = cl_round_store_list_for_application (cl_context_get_round_store (context),
                                                cl_application_get_id (application), &error);
  if (rounds == NULL)
    {
      remove_all_rows (self);
      gtk_label_set_text (self->empty_label, error->message);
      return;
    }
  gtk_label_set_text (self->empty_label, _ ("No rounds yet"));

  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(ClRound) round = g_list_model_get_item (rounds, i);
      ClRoundRow *existing = find_row (self, cl_round_get_id (round));

      if (existing != NULL)
        cl_round_row_set_round (existing, round);
      else
        existing = add_row (self, round);
      g_hash_table_add (seen, g_memdup2 (&(gint64){ cl_round_get_id (round) }, sizeof (gint64)));
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    if (!g_hash_table_contains (seen, key))
      {
        remove_row (self, row);
        g_hash_table_iter_remove (&iter);
      }

  gtk_list_box_invalidate_sort (self->rounds_list);
}

static void
rounds_changed_cb (ClRoundsSection *self,
                   gint64           application_id)
{
  ClApplication *application = get_application (self);

  if (application != NULL &&
      (application_id == 0 || application_id == cl_application_get_id (application)))
    reload_rounds (self);
}

static void
add_round_cb (ClRoundsSection *self)
{
  ClApplication *application = get_application (self);
  g_autoptr(ClRound) round = NULL;
  g_autoptr(GError) error = NULL;
  ClRoundRow *row;

  if (application == NULL)
    return;

  round = cl_round_new (cl_application_get_id (application), CL_ROUND_KIND_OTHER);
  if (!cl_round_store_add_round (cl_context_get_round_store (get_context (self)), round, &error))
    {
      cl_section_base_show_error (CL_SECTION_BASE (self), error);
      return;
    }
  reload_rounds (self);
  row = find_row (self, cl_round_get_id (round));
  if (row != NULL)
    cl_round_row_edit (row);
}

/* Alt+Up / Alt+Down on the round holding the focus. */
static void
move_focused (ClRoundsSection *self,
              int              delta)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, CL_TYPE_ROUND_ROW) : NULL;
  ClRound   *round;
  guint      position;

  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self)))
    return;

  round = cl_round_row_get_round (CL_ROUND_ROW (row));
  position = cl_round_get_position (round);
  if (delta < 0 && position == 0)
    return;
  if (delta > 0 && position + 1 >= g_hash_table_size (self->rows))
    return;
  move_round (self, round, delta < 0 ? position - 1 : position + 1);
  gtk_widget_grab_focus (focus);
}

static void
move_up_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  move_focused (CL_ROUNDS_SECTION (widget), -1);
}

static void
move_down_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  move_focused (CL_ROUNDS_SECTION (widget), +1);
}

/* The section -------------------------------------------------------------- */

static void
cl_rounds_section_bind (ClSectionBase *base)
{
  ClRoundsSection *self = CL_ROUNDS_SECTION (base);
  ClContext       *context = get_context (self);

  g_signal_group_set_target (self->round_signals,
                             context != NULL ? cl_context_get_round_store (context) : NULL);
  if (context != NULL && !self->contacts_picked)
    {
      cl_name_picker_add (self->format_contact_row,
                          cl_contact_store_get_contacts (cl_context_get_contact_store (context)),
                          "name", _ ("Choose a Contact"));
      self->contacts_picked = TRUE;
    }
  remove_all_rows (self);
  reload_rounds (self);
}

static void
cl_rounds_section_show (ClSectionBase *base)
{
  ClRoundsSection *self = CL_ROUNDS_SECTION (base);
  ClApplication   *application = get_application (self);
  ClContact       *contact = NULL;
  gint64           contact_id = cl_application_get_format_source_contact_id (application);
  const char      *url = cl_application_get_format_source_url (application);

  if (contact_id != 0)
    contact = cl_contact_store_find_contact (cl_context_get_contact_store (get_context (self)),
                                             contact_id);
  cl_instant_apply_show_value (self->kind_apply,
                               cl_application_get_format_source_kind (application));
  cl_instant_apply_show (self->contact_apply,
                         contact != NULL ? cl_contact_get_name (contact) : NULL);
  gtk_widget_set_sensitive (self->open_button, url != NULL && *url != '\0');
  format_kind_selected_cb (self);
}

static void
cl_rounds_section_dispose (GObject *object)
{
  ClRoundsSection *self = CL_ROUNDS_SECTION (object);

  if (self->round_signals != NULL)
    g_signal_group_set_target (self->round_signals, NULL);
  if (self->rows != NULL)
    remove_all_rows (self);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->round_signals);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_ROUNDS_SECTION);

  G_OBJECT_CLASS (cl_rounds_section_parent_class)->dispose (object);
}

static void
cl_rounds_section_class_init (ClRoundsSectionClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass     *widget_class = GTK_WIDGET_CLASS (klass);
  ClSectionBaseClass *base_class = CL_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_rounds_section_dispose;
  base_class->bind = cl_rounds_section_bind;
  base_class->show = cl_rounds_section_show;

  g_type_ensure (CL_TYPE_ROUND_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/application/"
                                               "cl-rounds-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, format_kind_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, format_contact_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, format_url_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, format_notes_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, open_button);
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, rounds_list);
  gtk_widget_class_bind_template_child (widget_class, ClRoundsSection, empty_label);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_callback (widget_class, add_round_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_link_cb);

  gtk_widget_class_install_action (widget_class, "rounds.move-up", NULL, move_up_cb);
  gtk_widget_class_install_action (widget_class, "rounds.move-down", NULL, move_down_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "rounds.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "rounds.move-down", NULL);
}

static void
cl_rounds_section_init (ClRoundsSection *self)
{
  ClSectionBase *base = CL_SECTION_BASE (self);
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Interview format and rounds"), -1);

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_list_box_set_sort_func (self->rounds_list, sort_rows_cb, NULL, NULL);

  for (int i = CL_FORMAT_SOURCE_NONE; i <= CL_FORMAT_SOURCE_OTHER; i++)
    gtk_string_list_append (sources, cl_format_source_get_label ((ClFormatSource) i));
  adw_combo_row_set_model (self->format_kind_row, G_LIST_MODEL (sources));
  g_signal_connect_object (self->format_kind_row, "notify::selected",
                           G_CALLBACK (format_kind_selected_cb), self, G_CONNECT_SWAPPED);

  self->kind_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_value (GTK_WIDGET (self->format_kind_row), "selected",
                                          _ ("The source of the format"), save_format_kind_cb,
                                          self, NULL));
  self->contact_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (self->format_contact_row),
                                         _ ("The contact who described the format"),
                                         save_format_contact_cb, self, NULL));
  cl_section_base_bind_text (base, GTK_WIDGET (self->format_url_row),
                             _ ("The link to the format’s source"), "format-source-url");
  cl_section_base_bind_text (base, GTK_WIDGET (self->format_notes_row),
                             _ ("The notes on the format"), "format-source-notes");
  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));

  self->round_signals = g_signal_group_new (CL_TYPE_ROUND_STORE);
  g_signal_group_connect_object (self->round_signals, "rounds-changed",
                                 G_CALLBACK (rounds_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cl_rounds_section_new (void)
{
  return g_object_new (CL_TYPE_ROUNDS_SECTION, NULL);
}
