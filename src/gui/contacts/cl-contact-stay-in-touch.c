/* cl-contact-stay-in-touch.c — how often to be in touch with a contact, and when next
 *
 * The cadence (a spin button: 0 is none) and the explicit next follow-up
 * date (a day typed or picked, saved after the pause as the application
 * page's dates are; blank clears it) are saved on an edited copy of the
 * contact, one transaction each.  "Due" and "Last contacted" are derived,
 * never typed: the core says when a follow-up is due (cl-follow-up.h), and
 * the newest interaction is the last contact.  They are shown again when
 * the contact changes, when its interactions do, and when the day turns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-stay-in-touch"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-contact-stay-in-touch.h"
#include "cl-date-row.h"
#include "cl-follow-up.h"
#include "cl-instant-apply.h"
#include "cl-toast.h"

struct _ClContactStayInTouch
{
  AdwPreferencesGroup parent_instance;

  ClContext          *context;
  ClContact          *contact;
  GSignalGroup       *contact_signals;
  GSignalGroup       *store_signals;
  GSignalGroup       *clock_signals;
  ClInstantApply     *next_apply;
  gboolean            showing; /* the spin button set by the section, not the user */

  AdwActionRow       *cadence_row;
  GtkSpinButton      *cadence_spin;
  AdwEntryRow        *next_row;
  GtkButton          *clear_button;
  AdwActionRow       *due_row;
  AdwActionRow       *last_row;
};

G_DEFINE_FINAL_TYPE (ClContactStayInTouch, cl_contact_stay_in_touch, ADW_TYPE_PREFERENCES_GROUP)

static void
show_error (ClContactStayInTouch *self,
            const GError         *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

/* Days from the local day of @from to that of @to (negative: before). */
static int
days_between (gint64 from,
              gint64 to)
{
  g_autoptr(GDateTime) a = g_date_time_new_from_unix_local (from);
  g_autoptr(GDateTime) b = g_date_time_new_from_unix_local (to);
  GDate x;
  GDate y;

  g_date_clear (&x, 1);
  g_date_clear (&y, 1);
  g_date_set_dmy (&x, g_date_time_get_day_of_month (a), g_date_time_get_month (a),
                  g_date_time_get_year (a));
  g_date_set_dmy (&y, g_date_time_get_day_of_month (b), g_date_time_get_month (b),
                  g_date_time_get_year (b));
  return g_date_days_between (&x, &y);
}

static char *
format_day (gint64 unix_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);

  /* Translators: a day in the Stay in Touch section, "12 Dec 2026". */
  return g_date_time_format (when, _ ("%-d %b %Y"));
}

char *
cl_contact_stay_in_touch_describe_due (ClContact *contact,
                                       gint64     now)
{
  gint64           due;
  int              days;
  g_autofree char *day = NULL;

  g_return_val_if_fail (CL_IS_CONTACT (contact), NULL);

  due = cl_follow_up_get_due (contact);
  if (due == 0)
    return g_strdup (_ ("Nothing planned"));
  day = format_day (due);
  days = days_between (now, due);
  if (days == 0)
    /* Translators: a follow-up due today, "Due today — 3 Dec 2026". */
    return g_strdup_printf (_ ("Due today — %s"), day);
  if (days < 0)
    /* Translators: a follow-up that was due on that day and is not done yet. */
    return g_strdup_printf (_ ("Overdue since %s"), day);
  if (days == 1)
    /* Translators: a follow-up due tomorrow, "Tomorrow — 4 Dec 2026". */
    return g_strdup_printf (_ ("Tomorrow — %s"), day);
  /* Translators: a follow-up due later, "In 3 days — 6 Dec 2026". */
  return g_strdup_printf (ngettext ("In %d day — %s", "In %d days — %s",
                                    days),
                          days, day);
}

static char *
describe_last (gint64 last,
               gint64 now)
{
  g_autofree char *day = NULL;
  int              days;

  if (last == 0)
    return g_strdup (_ ("Never"));
  day = format_day (last);
  days = days_between (last, now);
  if (days <= 0)
    /* Translators: last in touch today, "Today — 3 Dec 2026". */
    return g_strdup_printf (_ ("Today — %s"), day);
  if (days == 1)
    /* Translators: last in touch yesterday, "Yesterday — 2 Dec 2026". */
    return g_strdup_printf (_ ("Yesterday — %s"), day);
  /* Translators: last in touch days ago, "5 days ago — 28 Nov 2026". */
  return g_strdup_printf (ngettext ("%d day ago — %s", "%d days ago — %s",
                                    days),
                          days, day);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_field (ClContactStayInTouch *self,
            const char           *property,
            GValue               *value,
            GError              **error)
{
  g_autoptr(ClContact) copy = NULL;

  if (self->contact == NULL || self->context == NULL)
    return TRUE;
  copy = cl_contact_copy (self->contact);
  g_object_set_property (G_OBJECT (copy), property, value);
  return cl_model_validate_field (CL_MODEL (copy), property, error) &&
         cl_contact_store_update_contact (cl_context_get_contact_store (self->context), copy,
                                          error);
}

static void show_contact (ClContactStayInTouch *self);

static void
cadence_changed_cb (ClContactStayInTouch *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->showing || self->contact == NULL)
    return;
  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, (guint) gtk_spin_button_get_value_as_int (self->cadence_spin));
  if (g_value_get_uint (&value) == cl_contact_get_cadence_days (self->contact))
    return;
  if (!save_field (self, "cadence-days", &value, &error))
    {
      show_error (self, error);
      /* What the store holds, not what was asked. */
      show_contact (self);
    }
}

static gboolean
save_next_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  ClContactStayInTouch *self = data;
  g_auto(GValue) value = G_VALUE_INIT;
  gint64 day = 0;

  if (!cl_date_parse (text, "next-follow-up", &day, error))
    return FALSE;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, day);
  return save_field (self, "next-follow-up", &value, error);
}

static void
clear_clicked_cb (ClContactStayInTouch *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->next_row), "");
  cl_instant_apply_flush (self->next_apply);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_row));
}

/* Showing ------------------------------------------------------------------ */

static void
show_contact (ClContactStayInTouch *self)
{
  g_autofree char *next = NULL;
  g_autofree char *due = NULL;
  g_autofree char *last = NULL;
  gint64           now;

  if (self->contact == NULL || self->context == NULL)
    return;

  now = cl_clock_now (cl_context_get_clock (self->context));
  self->showing = TRUE;
  gtk_spin_button_set_value (self->cadence_spin, cl_contact_get_cadence_days (self->contact));
  self->showing = FALSE;
  next = cl_date_format (cl_contact_get_next_follow_up (self->contact));
  cl_instant_apply_show (self->next_apply, next);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button),
                          cl_contact_get_next_follow_up (self->contact) != 0);
  due = cl_contact_stay_in_touch_describe_due (self->contact, now);
  adw_action_row_set_subtitle (self->due_row, due);
  last = describe_last (cl_contact_get_last_contacted (self->contact), now);
  adw_action_row_set_subtitle (self->last_row, last);
}

static void
interactions_changed_cb (ClContactStayInTouch *self,
                         gint64                contact_id)
{
  if (self->contact != NULL && (contact_id == 0 || contact_id == cl_contact_get_id (self->contact)))
    show_contact (self);
}

/* The object --------------------------------------------------------------- */

static void
cl_contact_stay_in_touch_dispose (GObject *object)
{
  ClContactStayInTouch *self = CL_CONTACT_STAY_IN_TOUCH (object);

  if (self->contact_signals != NULL)
    {
      g_signal_group_set_target (self->contact_signals, NULL);
      g_signal_group_set_target (self->store_signals, NULL);
      g_signal_group_set_target (self->clock_signals, NULL);
    }
  g_clear_object (&self->next_apply);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACT_STAY_IN_TOUCH);
  g_clear_object (&self->contact_signals);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->clock_signals);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_contact_stay_in_touch_parent_class)->dispose (object);
}

static void
cl_contact_stay_in_touch_class_init (ClContactStayInTouchClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contact_stay_in_touch_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contact-stay-in-touch.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactStayInTouch, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactStayInTouch, cadence_spin);
  gtk_widget_class_bind_template_child (widget_class, ClContactStayInTouch, next_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactStayInTouch, clear_button);
  gtk_widget_class_bind_template_child (widget_class, ClContactStayInTouch, due_row);
  gtk_widget_class_bind_template_child (widget_class, ClContactStayInTouch, last_row);
  gtk_widget_class_bind_template_callback (widget_class, cadence_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
cl_contact_stay_in_touch_init (ClContactStayInTouch *self)
{
  GtkWidget *text;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->contact_signals = g_signal_group_new (CL_TYPE_CONTACT);
  g_signal_group_connect_object (self->contact_signals, "notify", G_CALLBACK (show_contact), self,
                                 G_CONNECT_SWAPPED);
  self->store_signals = g_signal_group_new (CL_TYPE_CONTACT_STORE);
  g_signal_group_connect_object (self->store_signals, "interactions-changed",
                                 G_CALLBACK (interactions_changed_cb), self, G_CONNECT_SWAPPED);
  /* "In 3 days" becomes "Tomorrow" at midnight. */
  self->clock_signals = g_signal_group_new (CL_TYPE_CLOCK);
  g_signal_group_connect_object (self->clock_signals, "day-changed", G_CALLBACK (show_contact),
                                 self, G_CONNECT_SWAPPED);

  cl_date_row_add_calendar (self->next_row);
  self->next_apply = cl_instant_apply_new_for_text (GTK_WIDGET (self->next_row),
                                                    _ ("The next follow-up"), save_next_cb, self,
                                                    NULL);
  /* Screen readers hear the text box by the row's title. */
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->next_row)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (
                                    ADW_PREFERENCES_ROW (self->next_row)),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Stay in Touch"), -1);
}

GtkWidget *
cl_contact_stay_in_touch_new (void)
{
  return g_object_new (CL_TYPE_CONTACT_STAY_IN_TOUCH, NULL);
}

void
cl_contact_stay_in_touch_set_contact (ClContactStayInTouch *self,
                                      ClContext            *context,
                                      ClContact            *contact)
{
  g_return_if_fail (CL_IS_CONTACT_STAY_IN_TOUCH (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  /* What another contact's date held, unsaved, is not this one's. */
  cl_instant_apply_discard (self->next_apply);
  g_set_object (&self->context, context);
  g_set_object (&self->contact, contact);
  g_signal_group_set_target (self->contact_signals, contact);
  g_signal_group_set_target (self->store_signals,
                             context != NULL ? cl_context_get_contact_store (context) : NULL);
  g_signal_group_set_target (self->clock_signals,
                             context != NULL ? cl_context_get_clock (context) : NULL);
  show_contact (self);
}

void
cl_contact_stay_in_touch_flush (ClContactStayInTouch *self)
{
  g_return_if_fail (CL_IS_CONTACT_STAY_IN_TOUCH (self));

  cl_instant_apply_flush (self->next_apply);
}

char *
cl_contact_stay_in_touch_get_unsaved (ClContactStayInTouch *self)
{
  g_return_val_if_fail (CL_IS_CONTACT_STAY_IN_TOUCH (self), NULL);

  return cl_instant_apply_get_unsaved (self->next_apply);
}
