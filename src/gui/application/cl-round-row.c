/* cl-round-row.c — one interview round, edited in place
 *
 * Collapsed, the row is its heading alone, worked out from the round: the
 * fields (a ClRoundEditor) are made the first time it is expanded, as a page
 * with many rounds would otherwise build dozens of rows nobody opens.  The
 * editor saves a copy of the round through the store; the store then says
 * ::rounds-changed, the section reads the rounds again and gives each row
 * its newer round, which the row passes on to its editor: that is how a save
 * comes back to the fields.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-round-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-date-time-row.h"
#include "cl-round-editor.h"
#include "cl-round-row.h"

struct _ClRoundRow
{
  AdwExpanderRow parent_instance;

  ClContext     *context;
  ClApplication *application;
  ClRound       *round;
  GArray        *interviewer_ids; /* gint64, as last read */
  GPtrArray     *applies;         /* the editor's, once it is made */
  ClRoundEditor *editor;          /* NULL until first expanded */

  GtkImage      *handle;
};

enum
{
  DELETE_REQUESTED,
  ROUND_DROPPED,
  EDITOR_ADDED,
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
  g_object_set (contact, "roles", CL_CONTACT_ROLE_BIT (role), NULL);
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
  cl_a11y_name_expander_row (ADW_EXPANDER_ROW (self), heading);
}

/* Reads the interviewers again: the heading names them, the editor lists them. */
static void
read_interviewers (ClRoundRow *self)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = cl_round_store_get_interviewers (cl_context_get_round_store (self->context),
                                                 cl_round_get_id (self->round), &error);

  if (ids == NULL)
    {
      if (self->editor != NULL)
        cl_round_editor_show_interviewers_problem (self->editor, error->message);
      else
        g_warning ("Could not read the interviewers of round %" G_GINT64_FORMAT ": %s",
                   cl_round_get_id (self->round), error->message);
      return;
    }

  g_clear_pointer (&self->interviewer_ids, g_array_unref);
  self->interviewer_ids = ids;
}

static void
show_round (ClRoundRow *self)
{
  read_interviewers (self);
  if (self->editor != NULL)
    cl_round_editor_show (self->editor, self->round, self->interviewer_ids);
  show_header (self);
}

/* The editor --------------------------------------------------------------- */

static void
editor_delete_requested_cb (ClRoundRow *self)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0);
}

static void
ensure_editor (ClRoundRow *self)
{
  GPtrArray *applies;

  if (self->editor != NULL || self->round == NULL)
    return;

  self->editor = cl_round_editor_new (self->context, self->application, self->round,
                                      self->interviewer_ids);
  g_signal_connect_object (self->editor, "delete-requested",
                           G_CALLBACK (editor_delete_requested_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "interviewers-changed", G_CALLBACK (show_round), self,
                           G_CONNECT_SWAPPED);
  cl_round_editor_add_to (self->editor, ADW_EXPANDER_ROW (self));

  applies = cl_round_editor_get_applies (self->editor);
  for (guint i = 0; i < applies->len; i++)
    g_ptr_array_add (self->applies, g_object_ref (g_ptr_array_index (applies, i)));
  g_signal_emit (self, signals[EDITOR_ADDED], 0);
}

static void
expanded_cb (ClRoundRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_editor (self);
}

/* Dragging ----------------------------------------------------------------- */

/* A drag starts from the row's heading, not from inside its fields (where
 * the pointer selects text or opens a list). */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 ClRoundRow    *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  if (self->editor != NULL && cl_round_editor_holds (self->editor, picked))
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

  g_clear_object (&self->editor);
  g_clear_pointer (&self->applies, g_ptr_array_unref);
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
  /**
   * ClRoundRow::editor-added:
   *
   * The row was expanded for the first time and now has its fields:
   * cl_round_row_get_applies() holds their helpers.
   */
  signals[EDITOR_ADDED] = g_signal_new ("editor-added", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/application/"
                                               "cl-round-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClRoundRow, handle);
}

static void
cl_round_row_init (ClRoundRow *self)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->interviewer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);

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
focus_once_cb (GtkWidget  *field,
               ClRoundRow *self)
{
  g_signal_handlers_disconnect_by_func (field, focus_once_cb, self);
  gtk_widget_grab_focus (field);
}

void
cl_round_row_edit (ClRoundRow *self)
{
  GtkWidget *field;

  g_return_if_fail (CL_IS_ROUND_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  ensure_editor (self);
  field = cl_round_editor_get_first_field (self->editor);
  /* The fields can take the focus once the expander has revealed them. */
  if (gtk_widget_get_mapped (field))
    gtk_widget_grab_focus (field);
  else
    g_signal_connect_object (field, "map", G_CALLBACK (focus_once_cb), self, 0);
}
