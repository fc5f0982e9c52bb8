/* cl-follow-up-row.c — a contact due a follow-up, with Done and Snooze
 *
 * "Done" logs an interaction now (channel "other") and lets the cadence
 * count again; "Snooze" hides the follow-up for a day, a week or a month.
 * Each is one store call: the row then leaves the "Follow up" list by the
 * view's filter, not by hand.  The buttons are named after the contact,
 * since a screen reader user hears many of them in a row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-follow-up-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-follow-up-row.h"
#include "cl-follow-up.h"
#include "cl-toast.h"

#define DAY (24 * 60 * 60)

struct _ClFollowUpRow
{
  GtkWidget      parent_instance;

  ClContext     *context;
  ClContact     *contact;

  GtkWidget     *box; /* bound, so that dispose_template unparents it */
  GtkLabel      *name_label;
  GtkLabel      *due_label;
  GtkButton     *done_button;
  GtkMenuButton *snooze_button;
  GtkPopover    *snooze_popover;
};

G_DEFINE_FINAL_TYPE (ClFollowUpRow, cl_follow_up_row, GTK_TYPE_WIDGET)

static void
show_error (ClFollowUpRow *self,
            const GError  *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

static void
done_clicked_cb (ClFollowUpRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContact) contact = NULL;

  if (self->contact == NULL || self->context == NULL)
    return;
  /* The row may be unbound by the save. */
  contact = g_object_ref (self->contact);
  if (!cl_contact_store_follow_up_done (cl_context_get_contact_store (self->context), contact,
                                        CL_INTERACTION_CHANNEL_OTHER, NULL, &error))
    show_error (self, error);
}

static void
snooze (ClFollowUpRow *self,
        gint64         days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClContact) contact = NULL;
  gint64 now;

  gtk_popover_popdown (self->snooze_popover);
  if (self->contact == NULL || self->context == NULL)
    return;
  contact = g_object_ref (self->contact);
  now = cl_clock_now (cl_context_get_clock (self->context));
  if (!cl_contact_store_snooze (cl_context_get_contact_store (self->context), contact,
                                now + days * DAY, &error))
    show_error (self, error);
}

static void
snooze_day_cb (ClFollowUpRow *self)
{
  snooze (self, 1);
}

static void
snooze_week_cb (ClFollowUpRow *self)
{
  snooze (self, 7);
}

static void
snooze_month_cb (ClFollowUpRow *self)
{
  snooze (self, 30);
}

/* The list view's row around this one is what GTK 4.8 shows screen readers,
 * with no name of its own: it gets this one's. */
static void
name_row (ClFollowUpRow *self)
{
  GtkWidget  *row = gtk_widget_get_parent (GTK_WIDGET (self));
  const char *label = g_object_get_data (G_OBJECT (self), "cl-row-label");

  if (row != NULL && label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

/* The buttons' tooltips say whose follow-up they act on.  Asked only while
 * the pointer rests on one: setting a tooltip's text at each bind would ask
 * the X server where the pointer is, for each of the rows a list keeps. */
static gboolean
query_tooltip_cb (GtkWidget     *button,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip,
                  ClFollowUpRow *self)
{
  const char      *name = self->contact != NULL ? cl_contact_get_name (self->contact) : "";
  g_autofree char *text = button == GTK_WIDGET (self->done_button)
                            ? g_strdup_printf (_ ("Mark follow-up with %s done"), name)
                            : g_strdup_printf (_ ("Snooze follow-up with %s"), name);

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
update (ClFollowUpRow *self)
{
  const char      *name = self->contact != NULL ? cl_contact_get_name (self->contact) : "";
  gint64           due = self->contact != NULL ? cl_follow_up_get_due (self->contact) : 0;
  g_autofree char *done = g_strdup_printf (_ ("Mark follow-up with %s done"), name);
  g_autofree char *later = g_strdup_printf (_ ("Snooze follow-up with %s"), name);
  g_autofree char *since = NULL;
  g_autofree char *label = NULL;

  if (due > 0)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (due);
      g_autofree char *day = g_date_time_format (when, _ ("%-d %b %Y"));

      /* Translators: when a follow-up with a contact became due. */
      since = g_strdup_printf (_ ("Due since %s"), day);
    }
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->due_label, since != NULL ? since : "");
  gtk_widget_set_visible (GTK_WIDGET (self->due_label), since != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, done, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->snooze_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, later, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->snooze_popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, later, -1);
  label = since != NULL ? g_strdup_printf ("%s, %s", name, since) : g_strdup (name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (self), "cl-row-label", g_steal_pointer (&label), g_free);
  name_row (self);
}

static void
cl_follow_up_row_dispose (GObject *object)
{
  ClFollowUpRow *self = CL_FOLLOW_UP_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_FOLLOW_UP_ROW);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_follow_up_row_parent_class)->dispose (object);
}

static void
cl_follow_up_row_class_init (ClFollowUpRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_follow_up_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-follow-up-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClFollowUpRow, box);
  gtk_widget_class_bind_template_child (widget_class, ClFollowUpRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ClFollowUpRow, due_label);
  gtk_widget_class_bind_template_child (widget_class, ClFollowUpRow, done_button);
  gtk_widget_class_bind_template_child (widget_class, ClFollowUpRow, snooze_button);
  gtk_widget_class_bind_template_child (widget_class, ClFollowUpRow, snooze_popover);
  gtk_widget_class_bind_template_callback (widget_class, done_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, snooze_day_cb);
  gtk_widget_class_bind_template_callback (widget_class, snooze_week_cb);
  gtk_widget_class_bind_template_callback (widget_class, snooze_month_cb);
}

static void
cl_follow_up_row_init (ClFollowUpRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (name_row), NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->done_button), TRUE);
  g_signal_connect (self->done_button, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->snooze_button), TRUE);
  g_signal_connect (self->snooze_button, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  update (self);
}

GtkWidget *
cl_follow_up_row_new (void)
{
  return g_object_new (CL_TYPE_FOLLOW_UP_ROW, NULL);
}

void
cl_follow_up_row_set_contact (ClFollowUpRow *self,
                              ClContext     *context,
                              ClContact     *contact)
{
  g_return_if_fail (CL_IS_FOLLOW_UP_ROW (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  g_set_object (&self->context, context);
  g_set_object (&self->contact, contact);
  update (self);
}
