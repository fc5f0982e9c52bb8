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
  gboolean      last_contacted_shown;
  gboolean      stale; /* bound while unmapped: shows an earlier contact */
  gboolean      shown_once;

  GtkWidget    *box;
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
  /* A list view keeps far more rows than it shows; most wait unseen until
   * they are scrolled to, and a search rebinds them all.  A new row shows
   * its first contact at once: the list places rows by their height. */
  self->stale = self->shown_once && !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale)
    {
      g_object_unref (contact);
      return;
    }

  self->shown_once = TRUE;
  detail = dup_detail (contact);
  hint = dup_hint (contact, self->now, &due);
  gtk_label_set_text (self->name_label, cl_contact_get_name (contact));
  gtk_label_set_text (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), *detail != '\0');
  gtk_label_set_text (self->hint_label, hint);
  /* An empty label would be named by its type. */
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), *hint != '\0');
  self->last_contacted_shown = !due && *hint != '\0';
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
cl_contact_row_map (GtkWidget *widget)
{
  ClContactRow *self = CL_CONTACT_ROW (widget);

  GTK_WIDGET_CLASS (cl_contact_row_parent_class)->map (widget);
  if (self->stale)
    update (self);
}

static void
cl_contact_row_dispose (GObject *object)
{
  ClContactRow *self = CL_CONTACT_ROW (object);

  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);
  g_clear_object (&self->contact_signals);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (cl_contact_row_parent_class)->dispose (object);
}

static void
cl_contact_row_class_init (ClContactRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_row_dispose;
  widget_class->map = cl_contact_row_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Asked only while the pointer rests on the hint: setting a tooltip's text
 * at each bind would ask the X server where the pointer is. */
static gboolean
hint_query_tooltip_cb (GtkWidget    *label,
                       int           x,
                       int           y,
                       gboolean      keyboard,
                       GtkTooltip   *tooltip,
                       ClContactRow *self)
{
  if (!self->last_contacted_shown)
    return FALSE;
  gtk_tooltip_set_text (tooltip, _ ("Last contacted"));
  return TRUE;
}

static GtkLabel *
add_label (GtkWidget  *box,
           float       xalign,
           const char *first_class,
           const char *second_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, first_class);
  if (second_class != NULL)
    gtk_widget_add_css_class (label, second_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
cl_contact_row_init (ClContactRow *self)
{
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  /* Built in code, not from a template: a search over thousands of
   * contacts makes a row for each one it brings into view, and parsing a
   * template each time cost more than the search itself. */
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);
  /* Room for the overlay scroll bar, which would cover the hint. */
  gtk_widget_set_margin_end (self->box, 8);
  gtk_box_append (GTK_BOX (self->box), top);
  self->name_label = add_label (top, 0, "heading", NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->name_label), TRUE);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  self->hint_label = add_label (top, 1, "caption", NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->hint_label), TRUE);
  g_signal_connect (self->hint_label, "query-tooltip", G_CALLBACK (hint_query_tooltip_cb), self);
  self->detail_label = add_label (self->box, 0, "dim-label", "caption");
  gtk_label_set_ellipsize (self->detail_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), FALSE);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

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
