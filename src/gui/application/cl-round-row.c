/* cl-round-row.c — one interview round, edited in place
 *
 * The row keeps the round as last read from the store; each field edits a
 * copy of it and hands it to cl_round_store_update_round().  The store then
 * says ::rounds-changed, the section reads the rounds again and gives each
 * row its newer round: that is how a save comes back to the fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-round-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-time-row.h"
#include "cl-instant-apply.h"
#include "cl-name-picker.h"
#include "cl-round-row.h"
#include "cl-row-error.h"

struct _ClRoundRow
{
  AdwExpanderRow  parent_instance;

  ClContext      *context;
  ClApplication  *application;
  ClRound        *round;
  GArray         *interviewer_ids; /* gint64, as last read */
  GPtrArray      *interviewer_rows;
  GPtrArray      *applies;
  ClInstantApply *kind_apply;
  ClInstantApply *title_apply;
  ClInstantApply *day_apply;
  ClInstantApply *start_apply;
  ClInstantApply *end_apply;
  ClInstantApply *status_apply;
  ClInstantApply *notes_apply;

  GtkImage       *handle;
  AdwComboRow    *kind_row;
  AdwEntryRow    *title_row;
  AdwEntryRow    *day_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  AdwComboRow    *status_row;
  GtkWidget      *interviewers_row;
  GtkListBox     *interviewers_list;
  AdwEntryRow    *add_interviewer_row;
  GtkLabel       *interviewers_message;
  GtkWidget      *notes_row;
  GtkTextView    *notes_view;
  GtkLabel       *notes_message;
  GtkWidget      *actions_row;
};

enum
{
  DELETE_REQUESTED,
  ROUND_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (ClRoundRow, cl_round_row, ADW_TYPE_EXPANDER_ROW)

/* Contacts ----------------------------------------------------------------- */

ClContact *
cl_round_row_find_or_add_contact (ClContactStore *store,
                                  const char     *name,
                                  ClContactRole   role,
                                  const char     *company_name,
                                  GError        **error)
{
  GListModel      *contacts;
  g_autofree char *wanted = NULL;
  g_autofree char *stripped = NULL;
  g_autoptr(ClContact) contact = NULL;

  g_return_val_if_fail (CL_IS_CONTACT_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stripped = g_strstrip (g_strdup (name));
  wanted = g_utf8_casefold (stripped, -1);
  contacts = cl_contact_store_get_contacts (store);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(ClContact) known = g_list_model_get_item (contacts, i);
      g_autofree char *known_name = g_utf8_casefold (cl_contact_get_name (known), -1);

      if (g_str_equal (known_name, wanted))
        return known;
    }

  contact = cl_contact_new (stripped);
  g_object_set (contact, "role", role, NULL);
  if (company_name != NULL)
    cl_contact_set_company_name (contact, company_name);
  if (!cl_contact_store_add_contact (store, contact, error))
    return NULL;
  return contact;
}

/* Showing ------------------------------------------------------------------ */

static char *
describe_when (ClRound *round)
{
  gint64 starts_at = cl_round_get_scheduled_at (round);
  guint  duration = cl_round_get_duration_minutes (round);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (starts_at == 0)
    return duration != 0 ? cl_duration_format (duration) : g_strdup (_ ("Not scheduled"));

  starts = g_date_time_new_from_unix_local (starts_at);
  /* Translators: a round's day, see g_date_time_format(). */
  day = g_date_time_format (starts, _ ("%a %e %b %Y"));
  from = g_date_time_format (starts, "%H:%M");
  if (duration == 0)
    /* Translators: a round's day and start time. */
    return g_strdup_printf (_ ("%s, %s"), g_strstrip (day), from);

  ends = g_date_time_add_minutes (starts, (int) duration);
  to = g_date_time_format (ends, "%H:%M");
  /* Translators: a round's day, start and end time. */
  return g_strdup_printf (_ ("%s, %s–%s"), g_strstrip (day), from, to);
}

static const char *
contact_name (ClRoundRow *self,
              gint64      contact_id)
{
  ClContact *contact = cl_contact_store_find_contact (cl_context_get_contact_store (self->context),
                                                      contact_id);

  return contact != NULL ? cl_contact_get_name (contact) : NULL;
}

static void
show_header (ClRoundRow *self)
{
  const char *title = cl_round_get_title (self->round);
  const char *kind = cl_round_kind_get_label (cl_round_get_kind (self->round));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *heading = NULL;
  g_autofree char *subtitle = NULL;

  if (title == NULL || *title == '\0')
    title = kind;
  else if (g_utf8_collate (title, kind) != 0)
    g_ptr_array_add (parts, g_strdup (kind));
  /* Translators: a round's place in the order and its title: "2. System design". */
  heading = g_strdup_printf (_ ("%u. %s"), cl_round_get_position (self->round) + 1, title);

  g_ptr_array_add (parts, describe_when (self->round));
  g_ptr_array_add (parts, g_strdup (cl_round_status_get_label (cl_round_get_status (self->round))));
  for (guint i = 0; i < self->interviewer_ids->len; i++)
    {
      const char *name = contact_name (self, g_array_index (self->interviewer_ids, gint64, i));

      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  if (names->len > 0)
    {
      g_ptr_array_add (names, NULL);
      g_ptr_array_add (parts, g_strjoinv (", ", (char **) names->pdata));
    }
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the facts about a round: "Coding · Tue 3 Nov 2026, 14:00 · Planned". */
  subtitle = g_strjoinv (_ (" · "), (char **) parts->pdata);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), heading);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void remove_interviewer_cb (GtkButton *button, ClRoundRow *self);

static void
show_interviewers (ClRoundRow *self)
{
  for (guint i = 0; i < self->interviewer_rows->len; i++)
    gtk_list_box_remove (self->interviewers_list, g_ptr_array_index (self->interviewer_rows, i));
  g_ptr_array_set_size (self->interviewer_rows, 0);

  for (guint i = 0; i < self->interviewer_ids->len; i++)
    {
      gint64           id = g_array_index (self->interviewer_ids, gint64, i);
      const char      *name = contact_name (self, id);
      g_autofree char *remove = NULL;
      GtkWidget       *row, *button;

      if (name == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      /* Translators: a button that removes an interviewer from a round. */
      remove = g_strdup_printf (_ ("Remove %s"), name);
      button = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, remove);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove, -1);
      g_object_set_data_full (G_OBJECT (button), "cl-contact-id",
                              g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_interviewer_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      gtk_list_box_insert (self->interviewers_list, row, (int) self->interviewer_rows->len);
      g_ptr_array_add (self->interviewer_rows, row);
    }
}

static void
read_interviewers (ClRoundRow *self)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = cl_round_store_get_interviewers (cl_context_get_round_store (self->context),
                                                 cl_round_get_id (self->round), &error);

  if (ids == NULL)
    {
      gtk_label_set_text (self->interviewers_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->interviewers_message), TRUE);
      return;
    }

  g_clear_pointer (&self->interviewer_ids, g_array_unref);
  self->interviewer_ids = ids;
  show_interviewers (self);
}

static void
show_round (ClRoundRow *self)
{
  g_autofree char *day = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  cl_date_time_format (cl_round_get_scheduled_at (self->round),
                       cl_round_get_duration_minutes (self->round), &day, &start, &end);
  cl_instant_apply_show_value (self->kind_apply, cl_round_get_kind (self->round));
  cl_instant_apply_show (self->title_apply, cl_round_get_title (self->round));
  cl_instant_apply_show (self->day_apply, day);
  cl_instant_apply_show (self->start_apply, start);
  cl_instant_apply_show (self->end_apply, end);
  cl_instant_apply_show_value (self->status_apply, cl_round_get_status (self->round));
  cl_instant_apply_show (self->notes_apply, cl_round_get_notes (self->round));
  read_interviewers (self);
  show_header (self);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (ClRoundRow *self,
           ClRound    *copy,
           const char *field,
           GError    **error)
{
  if (field != NULL && !cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_round_store_update_round (cl_context_get_round_store (self->context), copy, error);
}

static gboolean
save_kind_cb (guint    value,
              gpointer data,
              GError **error)
{
  ClRoundRow *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "kind", (ClRoundKind) value, NULL);
  return save_copy (self, copy, "kind", error);
}

static gboolean
save_status_cb (guint    value,
                gpointer data,
                GError **error)
{
  ClRoundRow *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "status", (ClRoundStatus) value, NULL);
  return save_copy (self, copy, "status", error);
}

static gboolean
save_title_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ClRoundRow *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "title", text, NULL);
  return save_copy (self, copy, "title", error);
}

static gboolean
save_notes_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ClRoundRow *self = data;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);

  g_object_set (copy, "notes", text, NULL);
  return save_copy (self, copy, "notes", error);
}

static void
replace_text (char      **text,
              const char *value)
{
  g_free (*text);
  *text = g_strdup (value);
}

/* The day, start and end are saved together: the field left is read as
 * typed, the two others as saved.  A sibling that could not be saved alone
 * ("write the day too") is tried again once this one is saved. */
static gboolean
save_schedule (ClRoundRow  *self,
               AdwEntryRow *field,
               const char  *text,
               GError     **error)
{
  g_autofree char *day = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autoptr(ClRound) copy = cl_round_copy (self->round);
  ClInstantApply *siblings[] = { self->day_apply, self->start_apply, self->end_apply };
  gint64          starts_at = 0;
  guint           duration = 0;

  cl_date_time_format (cl_round_get_scheduled_at (self->round),
                       cl_round_get_duration_minutes (self->round), &day, &start, &end);
  if (field == self->day_row)
    replace_text (&day, text);
  else if (field == self->start_row)
    replace_text (&start, text);
  else
    replace_text (&end, text);

  if (!cl_date_time_parse (day, start, end, "day", "start", "end", &starts_at, &duration, NULL,
                           error))
    return FALSE;

  if (starts_at != 0 && duration != 0)
    {
      if (!cl_round_set_schedule (copy, starts_at, starts_at + (gint64) duration * 60, error))
        return FALSE;
    }
  else
    {
      g_object_set (copy, "scheduled-at", starts_at, "duration-minutes", duration, NULL);
    }
  if (!save_copy (self, copy, "duration-minutes", error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (siblings); i++)
    if (cl_instant_apply_get_field (siblings[i]) != GTK_WIDGET (field))
      cl_instant_apply_retry (siblings[i]);
  return TRUE;
}

static gboolean
save_day_cb (const char *text,
             gpointer    data,
             GError    **error)
{
  ClRoundRow *self = data;

  return save_schedule (self, self->day_row, text, error);
}

static gboolean
save_start_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ClRoundRow *self = data;

  return save_schedule (self, self->start_row, text, error);
}

static gboolean
save_end_cb (const char *text,
             gpointer    data,
             GError    **error)
{
  ClRoundRow *self = data;

  return save_schedule (self, self->end_row, text, error);
}

/* Interviewers ------------------------------------------------------------- */

static void
show_interviewers_problem (ClRoundRow *self,
                           const char *message)
{
  gtk_label_set_text (self->interviewers_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->interviewers_message), message != NULL);
  cl_row_error_mark (GTK_WIDGET (self->add_interviewer_row), message);
}

static gboolean
save_interviewers (ClRoundRow *self,
                   GArray     *ids)
{
  /* The store's announcement gives this row a newer round meanwhile. */
  g_autoptr(ClRound) round = g_object_ref (self->round);
  g_autoptr(GError) error = NULL;

  if (!cl_round_store_set_interviewers (cl_context_get_round_store (self->context), round,
                                        (const gint64 *) (gpointer) ids->data, ids->len, &error))
    {
      show_interviewers_problem (self, error->message);
      return FALSE;
    }
  show_interviewers_problem (self, NULL);
  read_interviewers (self);
  show_header (self);
  return TRUE;
}

static void
add_interviewer_cb (ClRoundRow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
    GTK_EDITABLE (self->add_interviewer_row))));
  ClCompany       *company = cl_application_get_company (self->application);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  ClContact *contact;
  gint64     id;

  if (*name == '\0')
    {
      show_interviewers_problem (self, _ ("Write the interviewer’s name, or choose a contact."));
      return;
    }

  contact = cl_round_row_find_or_add_contact (cl_context_get_contact_store (self->context), name,
                                              CL_CONTACT_ROLE_INTERVIEWER,
                                              company != NULL ? cl_company_get_name (company)
                                                              : NULL,
                                              &error);
  if (contact == NULL)
    {
      show_interviewers_problem (self, error->message);
      return;
    }

  id = cl_contact_get_id (contact);
  ids = g_array_copy (self->interviewer_ids);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_editable_set_text (GTK_EDITABLE (self->add_interviewer_row), "");
        show_interviewers_problem (self, NULL);
        return;
      }
  g_array_append_val (ids, id);
  if (save_interviewers (self, ids))
    gtk_editable_set_text (GTK_EDITABLE (self->add_interviewer_row), "");
}

static void
remove_interviewer_cb (GtkButton  *button,
                       ClRoundRow *self)
{
  const gint64 *id = g_object_get_data (G_OBJECT (button), "cl-contact-id");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->interviewer_ids->len; i++)
    if (g_array_index (self->interviewer_ids, gint64, i) != *id)
      g_array_append_val (ids, g_array_index (self->interviewer_ids, gint64, i));

  /* The button goes with its row: the focus stays in the list. */
  gtk_widget_grab_focus (GTK_WIDGET (self->add_interviewer_row));
  save_interviewers (self, ids);
}

/* Deleting, dragging ------------------------------------------------------- */

static void
delete_clicked_cb (ClRoundRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

/* A drag starts from the row's heading, not from inside its fields (where
 * the pointer selects text or opens a list). */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 ClRoundRow    *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  GtkWidget *content[] = { GTK_WIDGET (self->kind_row), GTK_WIDGET (self->title_row),
                           GTK_WIDGET (self->day_row), GTK_WIDGET (self->start_row),
                           GTK_WIDGET (self->end_row), GTK_WIDGET (self->status_row),
                           self->interviewers_row, self->notes_row,
                           self->actions_row };

  for (guint i = 0; picked != NULL && i < G_N_ELEMENTS (content); i++)
    if (picked == content[i] || gtk_widget_is_ancestor (picked, content[i]))
      return NULL;

  return gdk_content_provider_new_typed (CL_TYPE_ROUND, self->round);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               ClRoundRow    *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 24, 24);
  g_debug ("Round drag began: %" G_GINT64_FORMAT, cl_round_get_id (self->round));
}

static GdkDragAction
drop_enter_cb (GtkDropTarget *target,
               double         x,
               double         y,
               ClRoundRow    *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));

  if (GTK_IS_LIST_BOX (list))
    gtk_list_box_drag_highlight_row (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (self));
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               ClRoundRow    *self)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));

  if (GTK_IS_LIST_BOX (list))
    gtk_list_box_drag_unhighlight_row (GTK_LIST_BOX (list));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ClRoundRow    *self)
{
  ClRound *dropped = g_value_get_object (value);

  drop_leave_cb (target, self);
  if (dropped == NULL || cl_round_get_id (dropped) == cl_round_get_id (self->round) ||
      cl_round_get_application_id (dropped) != cl_round_get_application_id (self->round))
    return FALSE;

  g_signal_emit (self, signals[ROUND_DROPPED], 0, dropped);
  return TRUE;
}

/* The object --------------------------------------------------------------- */

static void
cl_round_row_dispose (GObject *object)
{
  ClRoundRow *self = CL_ROUND_ROW (object);

  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_pointer (&self->interviewer_rows, g_ptr_array_unref);
  g_clear_pointer (&self->interviewer_ids, g_array_unref);
  g_clear_object (&self->round);
  g_clear_object (&self->application);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_ROUND_ROW);

  G_OBJECT_CLASS (cl_round_row_parent_class)->dispose (object);
}

static void
cl_round_row_class_init (ClRoundRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_round_row_dispose;

  /**
   * ClRoundRow::delete-requested:
   *
   * The user asked to delete the round.
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                            0);
  /**
   * ClRoundRow::round-dropped:
   * @round: the round dragged onto this row
   *
   * @round should take this row's place.
   */
  signals[ROUND_DROPPED] = g_signal_new ("round-dropped", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                         CL_TYPE_ROUND);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/application/"
                                               "cl-round-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, handle);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, day_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, start_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, end_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, interviewers_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, interviewers_list);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, add_interviewer_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, interviewers_message);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, notes_row);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, notes_message);
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, actions_row);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_interviewer_cb);
}

static void
fill_combo (AdwComboRow *row,
            const char *(*get_label) (int value),
            int n_values)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (labels, get_label (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static const char *
kind_label (int value)
{
  return cl_round_kind_get_label ((ClRoundKind) value);
}

static const char *
status_label (int value)
{
  return cl_round_status_get_label ((ClRoundStatus) value);
}

static void
cl_round_row_init (ClRoundRow *self)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->interviewer_rows = g_ptr_array_new ();
  self->interviewer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  fill_combo (self->kind_row, kind_label, CL_ROUND_KIND_OTHER + 1);
  fill_combo (self->status_row, status_label, CL_ROUND_STATUS_CANCELLED + 1);
  cl_date_time_rows_setup (self->day_row, self->start_row, self->end_row);
  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (CL_TYPE_ROUND, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static ClInstantApply *
add_apply (ClRoundRow     *self,
           ClInstantApply *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

ClRoundRow *
cl_round_row_new (ClContext     *context,
                  ClApplication *application,
                  ClRound       *round)
{
  ClRoundRow *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CL_IS_ROUND (round), NULL);

  self = g_object_new (CL_TYPE_ROUND_ROW, NULL);
  self->context = g_object_ref (context);
  self->application = g_object_ref (application);
  self->round = g_object_ref (round);

  cl_name_picker_add (self->add_interviewer_row,
                      cl_contact_store_get_contacts (cl_context_get_contact_store (context)),
                      "name", _ ("Choose a Contact"));

  self->kind_apply = add_apply (self, cl_instant_apply_new_for_value (
                                        GTK_WIDGET (self->kind_row), "selected", _ ("The kind"),
                                        save_kind_cb, self, NULL));
  self->title_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->title_row),
                                                                      _ ("The title"),
                                                                      save_title_cb, self, NULL));
  self->day_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->day_row),
                                                                    _ ("The day"), save_day_cb,
                                                                    self, NULL));
  self->start_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->start_row),
                                                                      _ ("The start"),
                                                                      save_start_cb, self, NULL));
  self->end_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->end_row),
                                                                    _ ("The end"), save_end_cb,
                                                                    self, NULL));
  self->status_apply = add_apply (self, cl_instant_apply_new_for_value (
                                          GTK_WIDGET (self->status_row), "selected",
                                          _ ("The status"), save_status_cb, self, NULL));
  self->notes_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->notes_view),
                                                                      _ ("The prep notes"),
                                                                      save_notes_cb, self, NULL));
  cl_instant_apply_set_message_label (self->notes_apply, self->notes_message);

  show_round (self);
  return self;
}

ClRound *
cl_round_row_get_round (ClRoundRow *self)
{
  g_return_val_if_fail (CL_IS_ROUND_ROW (self), NULL);

  return self->round;
}

void
cl_round_row_set_round (ClRoundRow *self,
                        ClRound    *round)
{
  g_return_if_fail (CL_IS_ROUND_ROW (self));
  g_return_if_fail (CL_IS_ROUND (round));

  g_set_object (&self->round, round);
  show_round (self);
}

GPtrArray *
cl_round_row_get_applies (ClRoundRow *self)
{
  g_return_val_if_fail (CL_IS_ROUND_ROW (self), NULL);

  return self->applies;
}

static void
focus_kind_once_cb (GtkWidget  *kind_row,
                    ClRoundRow *self)
{
  g_signal_handlers_disconnect_by_func (kind_row, focus_kind_once_cb, self);
  gtk_widget_grab_focus (kind_row);
}

void
cl_round_row_edit (ClRoundRow *self)
{
  g_return_if_fail (CL_IS_ROUND_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  /* The fields can take the focus once the expander has revealed them. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self->kind_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
  else
    g_signal_connect_object (self->kind_row, "map", G_CALLBACK (focus_kind_once_cb), self, 0);
}
