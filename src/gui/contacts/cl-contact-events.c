/* cl-contact-events.c — the events a contact was at
 *
 * "Events" lists the events the contact was at (the event store's
 * attendance, newest first), each with a button that takes them off it;
 * "Add to Event…" opens a searchable list of the events they were not at
 * and adds them to the one chosen.  The list is read again after each
 * ::attendance-changed of the event store, which it emits after every
 * committed change to the events or who was there, so a change made in the
 * events window shows here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-events"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-contact-events.h"
#include "cl-events-window.h"
#include "cl-object-picker.h"
#include "cl-placeholder.h"
#include "cl-toast.h"

struct _ClContactEvents
{
  AdwBin               parent_instance;

  ClContext           *context;
  ClContact           *contact;
  GSignalGroup        *store_signals;
  GHashTable          *attended; /* event ids, for the picker to leave out */
  GtkFilter           *not_attended;
  GtkWidget           *add_button; /* the picker, made for the context's events */
  GListModel          *events;     /* the context's, watched */

  AdwPreferencesGroup *group;
  GtkListBox          *events_list;
};

G_DEFINE_FINAL_TYPE (ClContactEvents, cl_contact_events, ADW_TYPE_BIN)

static ClEventStore *
event_store (ClContactEvents *self)
{
  return cl_context_get_event_store (self->context);
}

static void
show_error (ClContactEvents *self,
            const GError    *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

/* Showing ------------------------------------------------------------------ */

static void
clear_list (ClContactEvents *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->events_list))) != NULL &&
         GTK_IS_LIST_BOX_ROW (child))
    gtk_list_box_remove (self->events_list, child);
  g_hash_table_remove_all (self->attended);
}

static void
remove_clicked_cb (GtkButton       *button,
                   ClContactEvents *self)
{
  g_autoptr(GError) error = NULL;
  GObject       *object = G_OBJECT (button);
  gint64         event_id = GPOINTER_TO_SIZE (g_object_get_data (object, "cl-event-id"));
  int            index = GPOINTER_TO_INT (g_object_get_data (object, "cl-index"));
  GtkListBoxRow *next;

  if (self->context == NULL || self->contact == NULL)
    return;
  if (!cl_event_store_remove_attendee (event_store (self), event_id,
                                       cl_contact_get_id (self->contact), &error))
    {
      show_error (self, error);
      return;
    }
  /* Read again as the change was committed: the focus goes to the row now
   * in its place, or to "Add to Event…" once none is left. */
  next = gtk_list_box_get_row_at_index (self->events_list, index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->events_list, index - 1);
  if (next != NULL && g_object_get_data (G_OBJECT (next), "cl-remove") != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (next), "cl-remove"));
  else if (self->add_button != NULL)
    gtk_widget_grab_focus (self->add_button);
}

static GtkWidget *
event_row (ClContactEvents *self,
           ClEvent         *event,
           int              index)
{
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *subtitle = cl_events_window_format_event (event);
  g_autofree char *remove_name = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cl_event_get_name (event));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "cl-event-id",
                     GSIZE_TO_POINTER ((gsize) cl_event_get_id (event)));

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _ ("Remove From the Event"));
  /* Translators: the accessible name of the button that takes a contact off an event. */
  remove_name = g_strdup_printf (_ ("Remove from %s"), cl_event_get_name (event));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_name, -1);
  g_object_set_data (G_OBJECT (remove), "cl-event-id",
                     GSIZE_TO_POINTER ((gsize) cl_event_get_id (event)));
  g_object_set_data (G_OBJECT (remove), "cl-index", GINT_TO_POINTER (index));
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "cl-remove", remove);
  return row;
}

static void
show_events (ClContactEvents *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) found = NULL;

  clear_list (self);
  if (self->context == NULL || self->contact == NULL)
    return;
  ids = cl_event_store_list_events_of (event_store (self), cl_contact_get_id (self->contact),
                                       &error);
  if (ids == NULL)
    {
      g_warning ("Could not read the events: %s", error->message);
      return;
    }
  found = cl_events_window_find_objects (cl_event_store_get_events (event_store (self)), ids);
  for (guint i = 0; i < found->len; i++)
    {
      ClEvent *event = g_ptr_array_index (found, i);

      g_hash_table_add (self->attended, GSIZE_TO_POINTER ((gsize) cl_event_get_id (event)));
      gtk_list_box_append (self->events_list, event_row (self, event, (int) i));
    }
}

static void
row_activated_cb (ClContactEvents *self,
                  GtkListBoxRow   *row)
{
  gint64 event_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "cl-event-id"));

  /* The Contacts page opens the events window on it. */
  gtk_widget_activate_action (GTK_WIDGET (self), "contacts.show-event", "x", event_id);
}

/* The picker --------------------------------------------------------------- */

static gboolean
not_attended_cb (gpointer item,
                 gpointer data)
{
  ClContactEvents *self = data;

  return !g_hash_table_contains (self->attended,
                                 GSIZE_TO_POINTER ((gsize) cl_event_get_id (item)));
}

static void
event_picked_cb (gpointer item,
                 gpointer data)
{
  ClContactEvents *self = data;
  g_autoptr(GError) error = NULL;

  if (self->context == NULL || self->contact == NULL)
    return;
  if (!cl_event_store_add_attendee (event_store (self), cl_event_get_id (item),
                                    cl_contact_get_id (self->contact), &error))
    show_error (self, error);
  if (self->add_button != NULL)
    gtk_widget_grab_focus (self->add_button);
}

/* Made for each context given; a page emptied (no context) keeps it,
 * insensitive. */
static void
make_picker (ClContactEvents *self)
{
  GListModel *events = cl_event_store_get_events (event_store (self));

  /* The store may still be reading its events as the page is shown: the
   * list is read again once they come (or go). */
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_set_object (&self->events, events);
  g_signal_connect_object (events, "items-changed", G_CALLBACK (show_events), self,
                           G_CONNECT_SWAPPED);
  self->add_button = cl_object_picker_new (_ ("Add to _Event…"),
                                           events, "name",
                                           self->not_attended, event_picked_cb, self);
  gtk_widget_set_tooltip_text (self->add_button, _ ("Choose an Event You Met Them At"));
  adw_preferences_group_set_header_suffix (self->group, self->add_button);
}

/* The object --------------------------------------------------------------- */

static void
cl_contact_events_dispose (GObject *object)
{
  ClContactEvents *self = CL_CONTACT_EVENTS (object);

  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);
  self->add_button = NULL;
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_data (self->events, self);
  g_clear_object (&self->events);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACT_EVENTS);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->not_attended);
  g_clear_pointer (&self->attended, g_hash_table_unref);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_contact_events_parent_class)->dispose (object);
}

static void
cl_contact_events_class_init (ClContactEventsClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_events_dispose;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contact-events.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactEvents, group);
  gtk_widget_class_bind_template_child (widget_class, ClContactEvents, events_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
cl_contact_events_init (ClContactEvents *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->attended = g_hash_table_new (NULL, NULL);
  self->not_attended = GTK_FILTER (gtk_custom_filter_new (not_attended_cb, self, NULL));
  self->store_signals = g_signal_group_new (CL_TYPE_EVENT_STORE);
  g_signal_group_connect_object (self->store_signals, "attendance-changed",
                                 G_CALLBACK (show_events), self, G_CONNECT_SWAPPED);

  gtk_list_box_set_placeholder (self->events_list,
                                cl_placeholder_new (_ ("Not at any event yet: choose “Add to "
                                                       "Event…” for each one you met them at.")));
  /* Screen readers hear the section by its subject, not its type. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Events"), -1);
}

GtkWidget *
cl_contact_events_new (void)
{
  return g_object_new (CL_TYPE_CONTACT_EVENTS, NULL);
}

void
cl_contact_events_set_contact (ClContactEvents *self,
                               ClContext       *context,
                               ClContact       *contact)
{
  g_return_if_fail (CL_IS_CONTACT_EVENTS (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  /* The picker lists the events of the context it was made for. */
  if (g_set_object (&self->context, context) && context != NULL)
    make_picker (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->group), context != NULL);
  g_set_object (&self->contact, contact);
  g_signal_group_set_target (self->store_signals,
                             context != NULL ? cl_context_get_event_store (context) : NULL);
  show_events (self);
}
