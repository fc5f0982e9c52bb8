/* cl-contact-row.c — one contact in the Contacts page's list
 *
 * Three labels: the name, "company · title", and a hint of when to be in
 * touch ("Follow-up due") or when the user last was.  Cheap to bind, as a
 * list of thousands rebinds them while scrolling: no query, only the
 * contact's own fields.  The row follows its contact's notifications, so
 * an edit on the page shows at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-contact-row.h"
#include "cl-follow-up.h"

struct _ClContactRow
{
  GtkWidget     parent_instance;

  GSignalGroup *contact_signals;
  gint64        now;

  GtkWidget    *box; /* bound, so that dispose_template unparents it */
  GtkLabel     *name_label;
  GtkLabel     *detail_label;
  GtkLabel     *hint_label;
};

G_DEFINE_FINAL_TYPE (ClContactRow, cl_contact_row, GTK_TYPE_WIDGET)

static char *
dup_detail (ClContact *contact)
{
  const char *company = cl_contact_get_company_name (contact);
  const char *title = cl_contact_get_title (contact);
  gboolean    has_company = company != NULL && *company != '\0';
  gboolean    has_title = title != NULL && *title != '\0';

  if (has_company && has_title)
    /* Translators: a contact's company and job title in the list. */
    return g_strdup_printf (_ ("%s · %s"), company, title);
  return g_strdup (has_company ? company : has_title ? title
                                                     : "");
}

static char *
dup_hint (ClContact *contact,
          gint64     now,
          gboolean  *out_due)
{
  gint64 last = cl_contact_get_last_contacted (contact);

  *out_due = now > 0 && cl_follow_up_is_due (contact, now);
  if (*out_due)
    return g_strdup (_ ("Follow-up due"));
  if (last > 0 && now > 0)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (last);
      g_autoptr(GDateTime) local_now = g_date_time_new_from_unix_local (now);

      /* The day alone: the time of an old contact says nothing. */
      if (g_date_time_get_year (when) == g_date_time_get_year (local_now))
        return g_date_time_format (when, _ ("%-d %b"));
      return g_date_time_format (when, _ ("%-d %b %Y"));
    }
  return g_strdup ("");
}

/* The list view's row around this one is what GTK 4.8 shows screen readers,
 * with no name of its own: it gets this one's. */
static void
name_row (ClContactRow *self)
{
  GtkWidget  *row = gtk_widget_get_parent (GTK_WIDGET (self));
  const char *label = g_object_get_data (G_OBJECT (self), "cl-row-label");

  if (row != NULL && label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

static void
update (ClContactRow *self)
{
  ClContact       *contact = g_signal_group_dup_target (self->contact_signals);
  g_autofree char *detail = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *label = NULL;
  gboolean         due = FALSE;

  if (contact == NULL)
    return;

  detail = dup_detail (contact);
  hint = dup_hint (contact, self->now, &due);
  gtk_label_set_text (self->name_label, cl_contact_get_name (contact));
  gtk_label_set_text (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), *detail != '\0');
  gtk_label_set_text (self->hint_label, hint);
  /* An empty label would be named by its type. */
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), *hint != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->hint_label),
                               due ? NULL : *hint != '\0' ? _ ("Last contacted")
                                                          : NULL);
  if (due)
    gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "warning");
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
  if (due)
    gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "dim-label");

  /* The list item's name comes from its child: one sentence for it. */
  if (*hint == '\0')
    label = *detail != '\0' ? g_strdup_printf ("%s, %s", cl_contact_get_name (contact), detail)
                            : g_strdup (cl_contact_get_name (contact));
  else if (due)
    label = g_strdup_printf ("%s, %s%s%s", cl_contact_get_name (contact), detail,
                             *detail != '\0' ? ", " : "", hint);
  else
    /* Translators: a contact in the list: name, company · title, the day. */
    label = g_strdup_printf (_ ("%s, %s%slast contacted %s"), cl_contact_get_name (contact),
                             detail, *detail != '\0' ? ", " : "", hint);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (self), "cl-row-label", g_steal_pointer (&label), g_free);
  name_row (self);
  g_object_unref (contact);
}

static void
cl_contact_row_dispose (GObject *object)
{
  ClContactRow *self = CL_CONTACT_ROW (object);

  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);
  g_clear_object (&self->contact_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACT_ROW);

  G_OBJECT_CLASS (cl_contact_row_parent_class)->dispose (object);
}

static void
cl_contact_row_class_init (ClContactRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/contacts/cl-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactRow, box);
  gtk_widget_class_bind_template_child (widget_class, ClContactRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ClContactRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ClContactRow, hint_label);
}

static void
cl_contact_row_init (ClContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (name_row), NULL);

  self->contact_signals = g_signal_group_new (CL_TYPE_CONTACT);
  g_signal_group_connect_object (self->contact_signals, "notify", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
}

GtkWidget *
cl_contact_row_new (void)
{
  return g_object_new (CL_TYPE_CONTACT_ROW, NULL);
}

void
cl_contact_row_set_contact (ClContactRow *self,
                            ClContact    *contact,
                            gint64        now)
{
  g_return_if_fail (CL_IS_CONTACT_ROW (self));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  self->now = now;
  g_signal_group_set_target (self->contact_signals, contact);
  update (self);
}
