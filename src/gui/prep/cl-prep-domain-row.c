/* cl-prep-domain-row.c — a domain of the prep plan in the sidebar, with its
 * progress
 *
 * Built in code: five rows, each a title, a bar and up to three dim lines.
 * The row is named by its domain; the lines are its description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-prep-domain-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-objective-row.h"
#include "cl-prep-domain-row.h"

struct _ClPrepDomainRow
{
  GtkListBoxRow parent_instance;

  ClPrepDomain  domain;
  GtkLevelBar  *bar;
  GtkLabel     *lines[3];
};

G_DEFINE_FINAL_TYPE (ClPrepDomainRow, cl_prep_domain_row, GTK_TYPE_LIST_BOX_ROW)

static void
cl_prep_domain_row_class_init (ClPrepDomainRowClass *klass)
{
}

static void
cl_prep_domain_row_init (ClPrepDomainRow *self)
{
}

static GtkWidget *
caption (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

GtkWidget *
cl_prep_domain_row_new (ClPrepDomain domain)
{
  ClPrepDomainRow *self = g_object_new (CL_TYPE_PREP_DOMAIN_ROW, NULL);
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget       *title = gtk_label_new (cl_prep_domain_get_label (domain));

  self->domain = domain;
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  self->bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 1));
  /* The row says it; the bar is only a picture of it. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->bar));
  for (guint i = 0; i < G_N_ELEMENTS (self->lines); i++)
    {
      self->lines[i] = GTK_LABEL (caption ());
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->lines[i]));
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cl_prep_domain_get_label (domain), -1);
  return GTK_WIDGET (self);
}

ClPrepDomain
cl_prep_domain_row_get_domain (ClPrepDomainRow *self)
{
  g_return_val_if_fail (CL_IS_PREP_DOMAIN_ROW (self), 0);

  return self->domain;
}

void
cl_prep_domain_row_show (ClPrepDomainRow *self,
                         double           fraction,
                         const char      *progress,
                         const char      *next_due,
                         const char      *practice)
{
  const char *texts[] = { progress, next_due, practice };
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_if_fail (CL_IS_PREP_DOMAIN_ROW (self));

  gtk_level_bar_set_value (self->bar, CLAMP (fraction, 0, 1));
  for (guint i = 0; i < G_N_ELEMENTS (self->lines); i++)
    {
      gtk_label_set_text (self->lines[i], texts[i] != NULL ? texts[i] : "");
      gtk_widget_set_visible (GTK_WIDGET (self->lines[i]), texts[i] != NULL);
      if (texts[i] == NULL)
        continue;
      if (description->len > 0)
        g_string_append (description, ". ");
      g_string_append (description, texts[i]);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->str, -1);
}

char *
cl_prep_domain_row_describe_progress (const ClPrepProgress *progress)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (progress != NULL, NULL);

  if (progress->n_objectives == 0)
    return g_strdup (_ ("No objectives yet"));
  text = g_string_new (NULL);
  /* Translators: the progress of a domain of the prep plan. */
  g_string_printf (text,
                   ngettext ("%u of %u objective done", "%u of %u objectives done",
                             progress->n_objectives),
                   progress->n_done, progress->n_objectives);
  if (progress->hours_planned > 0)
    /* Translators: hours spent of hours planned, after the objectives done. */
    g_string_append_printf (text, _ (" · %g of %g h"), progress->hours_spent,
                            progress->hours_planned);
  else if (progress->hours_spent > 0)
    /* Translators: hours spent, none planned, after the objectives done. */
    g_string_append_printf (text, _ (" · %g h spent"), progress->hours_spent);
  if (progress->n_overdue > 0)
    /* Translators: how many objectives are past their target day. */
    g_string_append_printf (text, ngettext (" · %u overdue", " · %u overdue", progress->n_overdue),
                            progress->n_overdue);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
cl_prep_domain_row_describe_next (const ClPrepProgress *progress,
                                  const char           *today)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (progress != NULL, NULL);

  if (progress->next == NULL)
    return NULL;
  day = cl_objective_row_format_day (cl_objective_get_target_date (progress->next), today);
  if (progress->next_overdue)
    /* Translators: the most overdue objective of a domain, and its day. */
    return g_strdup_printf (_ ("Overdue: %s, due %s"), cl_objective_get_title (progress->next),
                            day);
  /* Translators: the next objective of a domain, and its day. */
  return g_strdup_printf (_ ("Next: %s, due %s"), cl_objective_get_title (progress->next), day);
}

char *
cl_prep_domain_row_describe_practice (const double *means,
                                      guint         n_means)
{
  g_autoptr(GString) text = NULL;

  if (n_means == 0)
    return NULL;
  text = g_string_new (NULL);
  /* Translators: the practice sessions of a domain and the latest mean score. */
  g_string_printf (text,
                   ngettext ("Practice: %u session, latest %.1f of 4",
                             "Practice: %u sessions, latest %.1f of 4", n_means),
                   n_means, means[n_means - 1]);
  if (n_means >= 2 && means[n_means - 1] > means[n_means - 2])
    /* Translators: the score before the latest, lower. */
    g_string_append_printf (text, _ (" (up from %.1f)"), means[n_means - 2]);
  else if (n_means >= 2 && means[n_means - 1] < means[n_means - 2])
    /* Translators: the score before the latest, higher. */
    g_string_append_printf (text, _ (" (down from %.1f)"), means[n_means - 2]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
