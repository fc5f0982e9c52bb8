/* cl-events-window.c — the events of the search, each with the people met there
 *
 * A leaflet, as the Contacts page: the list of events (the event store's
 * model, newest first) beside the editor of the one chosen; one of them at a
 * time when the window is narrow, the editor then with a back button.  Each
 * field of the editor is a ClInstantApply that saves an edited copy of the
 * event through the store and says beside the field what is wrong when it
 * cannot be saved; the shared event keeps its last valid value and the
 * editor shows it again after each of its notifications.  "People Met
 * There" lists the contacts at the event, read again after each committed
 * change to the events or the contacts; "Add Person…" picks a contact (two
 * may share a name: the picker hands back the contact itself).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-events-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application-section.h"
#include "cl-date-row.h"
#include "cl-events-window.h"
#include "cl-instant-apply.h"
#include "cl-object-picker.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClEventsWindow
{
  AdwWindow            parent_instance;

  ClContext           *context;
  GtkSingleSelection  *selection;
  ClEvent             *event; /* the store's, in the editor; NULL: none */
  GSignalGroup        *event_signals;
  GSignalGroup        *database_signals;
  GPtrArray           *applies; /* every field's */
  ClInstantApply      *name_apply;
  ClInstantApply      *kind_apply;
  ClInstantApply      *date_apply;
  ClInstantApply      *place_apply;
  ClInstantApply      *notes_apply;
  GHashTable          *attendees; /* contact ids at the event shown */
  GtkFilter           *not_attending;
  GtkWidget           *add_person;
  gboolean             choosing; /* the selection moved by the window itself */

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwLeaflet          *leaflet;
  AdwHeaderBar        *list_header;
  GtkListView         *list_view;
  AdwWindowTitle      *editor_title;
  GtkWidget           *back_button;
  GtkScrolledWindow   *scroller;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *place_row;
  GtkTextView         *notes_view;
  GtkLabel            *notes_error;
  AdwPreferencesGroup *people_group;
  GtkListBox          *people_list;
};

G_DEFINE_FINAL_TYPE (ClEventsWindow, cl_events_window, ADW_TYPE_WINDOW)

static ClEventStore *
event_store (ClEventsWindow *self)
{
  return cl_context_get_event_store (self->context);
}

static void
show_error (ClEventsWindow *self,
            const GError   *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, cl_toast_new (error->message));
}

GPtrArray *
cl_events_window_find_objects (GListModel *model,
                               GArray     *ids)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint      n = g_list_model_get_n_items (model);

  g_return_val_if_fail (G_IS_LIST_MODEL (model) && ids != NULL, found);

  /* The store's table from id to object is brought up to date after its
   * model says what changed: the model is what to read from then. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClModel) object = g_list_model_get_item (model, i);

      g_hash_table_insert (by_id, GSIZE_TO_POINTER ((gsize) cl_model_get_id (object)), object);
    }
  for (guint i = 0; i < ids->len; i++)
    {
      ClModel *object = g_hash_table_lookup (
        by_id, GSIZE_TO_POINTER ((gsize) g_array_index (ids, gint64, i)));

      if (object != NULL)
        g_ptr_array_add (found, g_object_ref (object));
    }
  return found;
}

char *
cl_events_window_format_event (ClEvent *event)
{
  const char *kind;
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (CL_IS_EVENT (event), NULL);

  kind = cl_event_kind_get_label (cl_event_get_kind (event));
  if (cl_event_get_starts_at (event) == 0)
    return g_strdup (kind);
  day = g_date_time_new_from_unix_local (cl_event_get_starts_at (event));
  /* Translators: the day of an event in a list, see g_date_time_format(). */
  date = g_date_time_format (day, C_ ("event day", "%-d %b %Y"));
  /* Translators: an event's kind and day, "Meetup · 14 Mar 2026". */
  return g_strdup_printf (_ ("%s · %s"), kind, date);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (ClEventsWindow *self,
           ClEvent        *copy,
           const char     *field,
           GError        **error)
{
  if (field != NULL && !cl_model_validate_field (CL_MODEL (copy), field, error))
    return FALSE;
  return cl_event_store_update_event (event_store (self), copy, error);
}

static gboolean
save_string (ClEventsWindow *self,
             const char     *property,
             const char     *text,
             GError        **error)
{
  g_autoptr(ClEvent) copy = NULL;

  if (self->event == NULL)
    return TRUE;
  copy = cl_event_copy (self->event);
  g_object_set (copy, property, text, NULL);
  return save_copy (self, copy, property, error);
}

/* The name is checked as it is typed: an empty one says so at once. */
static gboolean
check_name_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ClEventsWindow *self = data;
  g_autoptr(ClEvent) copy = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (self->event == NULL)
    return TRUE;
  copy = cl_event_copy (self->event);
  g_object_set (copy, "name", stripped, NULL);
  return cl_model_validate_field (CL_MODEL (copy), "name", error);
}

static gboolean
save_name_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  return check_name_cb (text, data, error) && save_string (data, "name", text, error);
}

static gboolean
save_place_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  return save_string (data, "location", text, error);
}

static gboolean
save_notes_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  return save_string (data, "notes", text, error);
}

static gboolean
save_kind_cb (guint    value,
              gpointer data,
              GError **error)
{
  ClEventsWindow *self = data;
  g_autoptr(ClEvent) copy = NULL;

  if (self->event == NULL)
    return TRUE;
  copy = cl_event_copy (self->event);
  g_object_set (copy, "kind", (ClEventKind) value, NULL);
  return save_copy (self, copy, "kind", error);
}

static gboolean
save_date_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  ClEventsWindow *self = data;
  g_autoptr(ClEvent) copy = NULL;
  gint64 day = 0;

  if (self->event == NULL)
    return TRUE;
  if (!cl_date_parse (text, "starts-at", &day, error))
    return FALSE;
  copy = cl_event_copy (self->event);
  g_object_set (copy, "starts-at", day, NULL);
  return save_copy (self, copy, "starts-at", error);
}

/* The people met there ----------------------------------------------------- */

static void
clear_people (ClEventsWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list))) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->people_list, child);
  g_hash_table_remove_all (self->attendees);
}

static void
remove_person_cb (GtkButton      *button,
                  ClEventsWindow *self)
{
  g_autoptr(GError) error = NULL;
  GObject       *object = G_OBJECT (button);
  gint64         contact_id = GPOINTER_TO_SIZE (g_object_get_data (object, "cl-contact-id"));
  int            index = GPOINTER_TO_INT (g_object_get_data (object, "cl-index"));
  GtkListBoxRow *next;

  if (self->event == NULL)
    return;
  if (!cl_event_store_remove_attendee (event_store (self), cl_event_get_id (self->event),
                                       contact_id, &error))
    {
      show_error (self, error);
      return;
    }
  /* The list is read again as the change is committed: the focus goes to
   * the row now in its place, or to "Add Person…" once none is left. */
  next = gtk_list_box_get_row_at_index (self->people_list, index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->people_list, index - 1);
  if (next != NULL && g_object_get_data (G_OBJECT (next), "cl-remove") != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (next), "cl-remove"));
  else
    gtk_widget_grab_focus (self->add_person);
}

static GtkWidget *
person_row (ClEventsWindow *self,
            ClContact      *contact,
            int             index)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *remove_name = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cl_contact_get_name (contact));
  if (cl_contact_get_company_name (contact) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cl_contact_get_company_name (contact));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove From the Event"));
  /* Translators: the accessible name of the button that takes a person off an event. */
  remove_name = g_strdup_printf (_ ("Remove %s from the event"), cl_contact_get_name (contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  g_object_set_data (G_OBJECT (remove), "cl-contact-id",
                     GSIZE_TO_POINTER ((gsize) cl_contact_get_id (contact)));
  g_object_set_data (G_OBJECT (remove), "cl-index", GINT_TO_POINTER (index));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_person_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "cl-remove", remove);
  return row;
}

static void
show_people (ClEventsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) found = NULL;

  clear_people (self);
  if (self->event == NULL)
    return;
  ids = cl_event_store_list_attendees (event_store (self), cl_event_get_id (self->event), &error);
  if (ids == NULL)
    {
      show_error (self, error);
      return;
    }
  found = cl_events_window_find_objects (
    cl_contact_store_get_contacts (cl_context_get_contact_store (self->context)), ids);
  for (guint i = 0; i < found->len; i++)
    {
      ClContact *contact = g_ptr_array_index (found, i);

      g_hash_table_add (self->attendees, GSIZE_TO_POINTER ((gsize) cl_contact_get_id (contact)));
      gtk_list_box_append (self->people_list, person_row (self, contact, (int) i));
    }
}

static gboolean
not_attending_cb (gpointer item,
                  gpointer data)
{
  ClEventsWindow *self = data;

  return !g_hash_table_contains (self->attendees,
                                 GSIZE_TO_POINTER ((gsize) cl_contact_get_id (item)));
}

static void
person_picked_cb (gpointer item,
                  gpointer data)
{
  ClEventsWindow *self = data;
  g_autoptr(GError) error = NULL;

  if (self->event == NULL)
    return;
  if (!cl_event_store_add_attendee (event_store (self), cl_event_get_id (self->event),
                                    cl_contact_get_id (item), &error))
    show_error (self, error);
  gtk_widget_grab_focus (self->add_person);
}

/* The stores connected first, so they hold the change already. */
static void
database_changed_cb (ClEventsWindow *self,
                     ClChangeSet    *change_set)
{
  if (cl_change_set_is_external (change_set) ||
      cl_change_set_has_table (change_set, CL_TABLE_EVENTS) ||
      cl_change_set_has_table (change_set, CL_TABLE_CONTACTS))
    show_people (self);
}

/* Showing ------------------------------------------------------------------ */

static void
show_event (ClEventsWindow *self)
{
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;

  if (self->event == NULL)
    return;
  date = cl_date_format (cl_event_get_starts_at (self->event));
  subtitle = cl_events_window_format_event (self->event);
  cl_instant_apply_show (self->name_apply, cl_event_get_name (self->event));
  cl_instant_apply_show_value (self->kind_apply, cl_event_get_kind (self->event));
  cl_instant_apply_show (self->date_apply, date);
  cl_instant_apply_show (self->place_apply, cl_event_get_location (self->event));
  cl_instant_apply_show (self->notes_apply, cl_event_get_notes (self->event));
  adw_window_title_set_title (self->editor_title, cl_event_get_name (self->event));
  adw_window_title_set_subtitle (self->editor_title, subtitle);
}

static void
set_event (ClEventsWindow *self,
           ClEvent        *event)
{
  if (self->event == event)
    return;
  /* What another event's fields held, unsaved, is not this one's. */
  for (guint i = 0; i < self->applies->len; i++)
    cl_instant_apply_discard (g_ptr_array_index (self->applies, i));
  g_set_object (&self->event, event);
  g_signal_group_set_target (self->event_signals, event);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.delete-event", event != NULL);
  show_people (self);
  if (event == NULL)
    {
      adw_window_title_set_title (self->editor_title, "");
      adw_window_title_set_subtitle (self->editor_title, "");
      return;
    }
  show_event (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static gboolean find_position (ClEventsWindow *self,
                               gint64          event_id,
                               guint          *out_position);

static void
select_position (ClEventsWindow *self,
                 guint           position)
{
  self->choosing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->choosing = FALSE;
}

/* The editor shows the event chosen (clicked, Enter, or the one added),
 * not merely the one selected: a list that activates on a single click
 * selects the row under the pointer as it passes, and the event being
 * typed into must not change with it.  The selection goes back to it; it
 * follows the selection only when the event shown went (or none was). */
static void
selected_changed_cb (ClEventsWindow *self)
{
  guint position;

  if (self->choosing)
    return;
  if (self->event != NULL && find_position (self, cl_event_get_id (self->event), &position))
    {
      if (position != gtk_single_selection_get_selected (self->selection))
        select_position (self, position);
      return;
    }
  set_event (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
choose (ClEventsWindow *self,
        guint           position)
{
  g_autoptr(ClEvent) event = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  select_position (self, position);
  set_event (self, event);
}

static void
update_stack (ClEventsWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  gtk_stack_set_visible_child_name (self->stack, n == 0 ? "empty" : "events");
}

/* The list ----------------------------------------------------------------- */

static void
update_row_cb (ClEvent    *event,
               GParamSpec *pspec,
               GtkWidget  *box)
{
  GtkLabel        *name = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel        *subtitle = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (name)));
  g_autofree char *text = cl_events_window_format_event (event);

  gtk_label_set_text (name, cl_event_get_name (event));
  gtk_label_set_text (subtitle, text);
  /* A list item is named by its child (see headless-testing.md). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cl_event_get_name (event), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text, -1);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  ClEvent   *event = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  update_row_cb (event, NULL, box);
  g_signal_connect_object (event, "notify", G_CALLBACK (update_row_cb), box, 0);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_row_cb,
                                        gtk_list_item_get_child (item));
}

/* Navigation --------------------------------------------------------------- */

static void
show_editor (ClEventsWindow *self,
             gboolean        focus)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "event");
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static gboolean
find_position (ClEventsWindow *self,
               gint64          event_id,
               guint          *out_position)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint       n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClEvent) event = g_list_model_get_item (model, i);

      if (cl_event_get_id (event) == event_id)
        {
          *out_position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
row_activated_cb (ClEventsWindow *self,
                  guint           position)
{
  choose (self, position);
  show_editor (self, adw_leaflet_get_folded (self->leaflet));
}

static void
folded_changed_cb (ClEventsWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, folded);
  /* The list alone needs the window's close button. */
  adw_header_bar_set_show_end_title_buttons (self->list_header, folded);
}

static void
visible_child_changed_cb (ClEventsWindow *self)
{
  /* Back on the list alone: what waits for the pause is saved. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "list") == 0)
    cl_instant_apply_flush_all (self->applies);
}

static void
show_list_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ClEventsWindow *self = CL_EVENTS_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
new_event_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  cl_events_window_new_event (CL_EVENTS_WINDOW (widget));
}

/* Deleting ----------------------------------------------------------------- */

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ClEventsWindow   *self)
{
  ClEvent *event = g_object_get_data (G_OBJECT (dialog), "cl-event");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!cl_event_store_delete_event (event_store (self), event, &error))
    {
      show_error (self, error);
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay,
                               cl_toast_new_printf (_ ("Deleted “%s”"), cl_event_get_name (event)));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
delete_event_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ClEventsWindow  *self = CL_EVENTS_WINDOW (widget);
  g_autofree char *heading = NULL;
  guint            met;
  GtkWidget       *dialog;

  if (self->event == NULL)
    return;
  met = g_hash_table_size (self->attendees);
  /* Translators: the heading of the dialog that deletes an event. */
  heading = g_strdup_printf (_ ("Delete “%s”?"), cl_event_get_name (self->event));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  if (met == 0)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), _ ("This cannot be undone."));
  else
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    g_dngettext (NULL,
                                                 "The person met there stays in your contacts. "
                                                 "This cannot be undone.",
                                                 "The %u people met there stay in your "
                                                 "contacts. This cannot be undone.",
                                                 met),
                                    met);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                    "delete", _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cl-event", g_object_ref (self->event),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  cl_transient_set_parent (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The object --------------------------------------------------------------- */

static gboolean
cl_events_window_close_request (GtkWindow *window)
{
  ClEventsWindow *self = CL_EVENTS_WINDOW (window);

  /* What waits for the pause is kept; what cannot be saved is not. */
  cl_instant_apply_flush_all (self->applies);
  return GTK_WINDOW_CLASS (cl_events_window_parent_class)->close_request (window);
}

static void
cl_events_window_dispose (GObject *object)
{
  ClEventsWindow *self = CL_EVENTS_WINDOW (object);

  /* A helper must not save into a window that is going. */
  for (guint i = 0; self->applies != NULL && i < self->applies->len; i++)
    cl_instant_apply_block (g_ptr_array_index (self->applies, i));
  if (self->event_signals != NULL)
    g_signal_group_set_target (self->event_signals, NULL);
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_EVENTS_WINDOW);
  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_pointer (&self->attendees, g_hash_table_unref);
  g_clear_object (&self->not_attending);
  g_clear_object (&self->event_signals);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->selection);
  g_clear_object (&self->event);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_events_window_parent_class)->dispose (object);
}

static void
cl_events_window_class_init (ClEventsWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cl_events_window_dispose;
  window_class->close_request = cl_events_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-events-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, list_header);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, editor_title);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, place_row);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, notes_error);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, people_group);
  gtk_widget_class_bind_template_child (widget_class, ClEventsWindow, people_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_changed_cb);

  gtk_widget_class_install_action (widget_class, "events.new-event", NULL, new_event_action_cb);
  gtk_widget_class_install_action (widget_class, "events.delete-event", NULL,
                                   delete_event_action_cb);
  gtk_widget_class_install_action (widget_class, "events.show-list", NULL, show_list_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "events.new-event", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static ClInstantApply *
add_apply (ClEventsWindow *self,
           ClInstantApply *apply)
{
  g_ptr_array_add (self->applies, apply);
  return apply;
}

static void
cl_events_window_init (ClEventsWindow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->attendees = g_hash_table_new (NULL, NULL);
  self->not_attending = GTK_FILTER (gtk_custom_filter_new (not_attending_cb, self, NULL));
  self->event_signals = g_signal_group_new (CL_TYPE_EVENT);
  g_signal_group_connect_object (self->event_signals, "notify", G_CALLBACK (show_event), self,
                                 G_CONNECT_SWAPPED);
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  for (int i = CL_EVENT_KIND_HACKATHON; i <= CL_EVENT_KIND_OTHER; i++)
    gtk_string_list_append (kinds, cl_event_kind_get_label ((ClEventKind) i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  cl_date_row_add_calendar (self->date_row);
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_view), "view");

  self->name_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->name_row),
                                                                     _ ("The name"),
                                                                     save_name_cb, self, NULL));
  cl_instant_apply_set_check (self->name_apply, check_name_cb);
  self->kind_apply = add_apply (self, cl_instant_apply_new_for_value (
                                        GTK_WIDGET (self->kind_row), "selected", _ ("The kind"),
                                        save_kind_cb, self, NULL));
  self->date_apply = add_apply (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->date_row),
                                                                     _ ("The date"),
                                                                     save_date_cb, self, NULL));
  self->place_apply = add_apply (self, cl_instant_apply_new_for_text (
                                         GTK_WIDGET (self->place_row), _ ("The place"),
                                         save_place_cb, self, NULL));
  self->notes_apply = add_apply (self, cl_instant_apply_new_for_text (
                                         GTK_WIDGET (self->notes_view), _ ("The notes"),
                                         save_notes_cb, self, NULL));
  cl_instant_apply_set_message_label (self->notes_apply, self->notes_error);

  gtk_list_box_set_placeholder (self->people_list,
                                placeholder (_ ("Nobody yet: choose “Add Person…” for each "
                                                "contact you met there.")));
  cl_application_section_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_watch_toasts (self->toast_overlay);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.delete-event", FALSE);
  folded_changed_cb (self);
}

ClEventsWindow *
cl_events_window_new (GtkWindow *parent,
                      ClContext *context)
{
  ClEventsWindow *self;
  GListModel     *contacts;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);

  self = g_object_new (CL_TYPE_EVENTS_WINDOW, NULL);
  self->context = g_object_ref (context);
  cl_transient_set_parent (GTK_WINDOW (self), parent);

  contacts = cl_contact_store_get_contacts (cl_context_get_contact_store (context));
  self->add_person = cl_object_picker_new (_ ("_Add Person…"), contacts, "name",
                                           self->not_attending, person_picked_cb, self);
  gtk_widget_set_tooltip_text (self->add_person, _ ("Choose a Contact You Met There"));
  adw_preferences_group_set_header_suffix (self->people_group, self->add_person);

  self->selection = gtk_single_selection_new (
    g_object_ref (cl_event_store_get_events (event_store (self))));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selected_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_group_set_target (self->database_signals, cl_context_get_database (context));
  /* The contacts may still be being read as the window opens. */
  g_signal_connect_object (contacts, "items-changed", G_CALLBACK (show_people), self,
                           G_CONNECT_SWAPPED);

  update_stack (self);
  selected_changed_cb (self);
  /* It opens on the list (or on New Event when there is none). */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->list_view));
  return self;
}

ClEvent *
cl_events_window_get_event (ClEventsWindow *self)
{
  g_return_val_if_fail (CL_IS_EVENTS_WINDOW (self), NULL);

  return self->event;
}

gboolean
cl_events_window_show_event (ClEventsWindow *self,
                             gint64          event_id)
{
  guint position;

  g_return_val_if_fail (CL_IS_EVENTS_WINDOW (self), FALSE);

  if (self->selection == NULL || !find_position (self, event_id, &position))
    return FALSE;
  choose (self, position);
  update_stack (self);
  show_editor (self, FALSE);
  return TRUE;
}

void
cl_events_window_new_event (ClEventsWindow *self)
{
  g_autoptr(ClEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;

  g_return_if_fail (CL_IS_EVENTS_WINDOW (self));

  if (self->context == NULL)
    return;
  /* Events are mostly written down just after: today, to be corrected. */
  now = g_date_time_new_from_unix_local (cl_clock_now (cl_context_get_clock (self->context)));
  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  event = cl_event_new (_ ("New Event"), CL_EVENT_KIND_MEETUP);
  g_object_set (event, "starts-at", g_date_time_to_unix (today), NULL);
  if (!cl_event_store_add_event (event_store (self), event, &error))
    {
      show_error (self, error);
      return;
    }
  if (cl_events_window_show_event (self, cl_event_get_id (event)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
    }
}

void
cl_events_window_flush (ClEventsWindow *self)
{
  g_return_if_fail (CL_IS_EVENTS_WINDOW (self));

  cl_instant_apply_flush_all (self->applies);
}

char *
cl_events_window_get_unsaved (ClEventsWindow *self)
{
  g_return_val_if_fail (CL_IS_EVENTS_WINDOW (self), NULL);

  return cl_instant_apply_get_unsaved_all (self->applies);
}
