/* cl-offer-totals-section.c — total compensation by year, component by component
 *
 * A table of each component over years 1 to 4 and the four years, the
 * yearly totals, and the retirement match on a line of its own that no
 * total includes; then the yearly average.  It is worked out again
 * (cl_compensation_compute()) whenever the shared offer changes, so it
 * follows every field as it is saved.  Each line of a table takes the
 * keyboard focus and reads out whole.  Where the four years do not fit side
 * by side (a phone), two tables show them two and two, the four years'
 * figure with the last two: no figure is ever cut.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-totals-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-chart-table.h"
#include "cl-money.h"
#include "cl-offer-fields.h"
#include "cl-offer-totals-section.h"

/* The years a table shows, and whether the four years' figure. */
typedef struct
{
  guint    first_year; /* 0-based */
  guint    n_years;
  gboolean with_total;
} Span;

static const Span spans[] = {
  { 0, CL_COMP_YEARS, TRUE }, /* the wide table */
  { 0, 2, FALSE },            /* the narrow ones */
  { 2, 2, TRUE },
};

struct _ClOfferTotalsSection
{
  ClOfferSectionBase parent_instance;

  ClChartTable      *tables[G_N_ELEMENTS (spans)];

  AdwSqueezer       *squeezer;
  GtkLabel          *average_label;
  GtkLabel          *note_label;
  GtkLabel          *problem_label;
};

G_DEFINE_FINAL_TYPE (ClOfferTotalsSection, cl_offer_totals_section, CL_TYPE_OFFER_SECTION_BASE)

/* Appends the line @name: @years (CL_COMP_YEARS figures) and @total, as
 * much of it as @table's span shows. */
static void
append_line (ClChartTable *table,
             const Span   *span,
             const char   *name,
             const gint64 *years,
             gint64        total,
             const char   *currency)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) description = g_string_new (name);

  g_ptr_array_add (cells, g_strdup (name));
  g_string_append (description, ":");
  for (guint year = span->first_year; year < span->first_year + span->n_years; year++)
    {
      char *cell = cl_money_format (years[year], currency);

      g_ptr_array_add (cells, cell);
      /* Translators: one year's figure in a line of the table read out,
       * "year 1 $150,000". */
      g_string_append_printf (description,
                              year > span->first_year ? _ (", year %u %s") : _ (" year %u %s"),
                              year + 1, cell);
    }
  if (span->with_total)
    {
      g_ptr_array_add (cells, cl_money_format (total, currency));
      /* Translators: the four years' figure ending a line read out. */
      g_string_append_printf (description, _ (", 4 years %s"),
                              (const char *) g_ptr_array_index (cells, cells->len - 1));
    }
  g_string_append (description, ".");
  g_ptr_array_add (cells, NULL);

  cl_chart_table_append (table, (const char *const *) cells->pdata, description->str);
}

static void
append_lines (ClOfferTotalsSection *self,
              const char           *name,
              const gint64         *years,
              gint64                total,
              const char           *currency)
{
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    append_line (self->tables[i], &spans[i], name, years, total, currency);
}

static void
show_problem (ClOfferTotalsSection *self,
              const char           *message)
{
  gtk_label_set_text (self->problem_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->squeezer), message == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->average_label), message == NULL);
  if (message != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->note_label), FALSE);
}

static void
cl_offer_totals_section_show (ClOfferSectionBase *base)
{
  ClOfferTotalsSection *self = CL_OFFER_TOTALS_SECTION (base);
  ClOffer              *offer = cl_offer_section_base_get_offer (base);
  const char           *currency = cl_offer_get_currency (offer);
  ClCompBreakdown       breakdown;
  g_autoptr(GError) error = NULL;
  g_autofree char *average = NULL;
  g_autofree char *average_text = NULL;
  g_autofree char *description = NULL;
  gint64           match_total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    cl_chart_table_remove_all (self->tables[i]);
  if (!cl_offer_compute (offer, &breakdown, &error))
    {
      g_autofree char *message =
        /* Translators: why the totals cannot be shown; %s says what is wrong. */
        g_strdup_printf (_ ("The totals cannot be worked out yet: %s"), error->message);

      show_problem (self, message);
      return;
    }
  show_problem (self, NULL);

  /* A component the offer does not have would only be a line of zeros, as
   * on the prep sheet; the base salary is always there. */
  for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
    if (c == CL_COMP_BASE || breakdown.component_totals[c] != 0)
      append_lines (self, cl_comp_component_get_name (c), breakdown.amounts[c],
                    breakdown.component_totals[c], currency);
  append_lines (self, _ ("Total"), breakdown.year_totals, breakdown.total, currency);
  for (guint year = 0; year < CL_COMP_YEARS; year++)
    match_total += breakdown.retirement_match[year];
  if (cl_offer_get_retirement_match_basis_points (offer) > 0)
    append_lines (self, _ ("Retirement match (not in the total)"), breakdown.retirement_match,
                  match_total, currency);

  average = cl_money_format (breakdown.yearly_average, currency);
  /* Translators: the yearly average of the four years' total. */
  average_text = g_strdup_printf (_ ("Yearly average: %s"), average);
  gtk_label_set_text (self->average_label, average_text);

  if (breakdown.equity_after > 0)
    {
      g_autofree char *after = cl_money_format (breakdown.equity_after, currency);
      g_autofree char *note =
        /* Translators: the part of the equity grant vesting after year 4. */
        g_strdup_printf (_ ("%s of the equity grant vests after year 4."), after);

      gtk_label_set_text (self->note_label, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), breakdown.equity_after > 0);

  description = cl_comp_breakdown_describe (&breakdown);
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->tables[i]),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
cl_offer_totals_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_OFFER_TOTALS_SECTION);

  G_OBJECT_CLASS (cl_offer_totals_section_parent_class)->dispose (object);
}

static void
cl_offer_totals_section_class_init (ClOfferTotalsSectionClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  ClOfferSectionBaseClass *base_class = CL_OFFER_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_offer_totals_section_dispose;
  base_class->show = cl_offer_totals_section_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX
                                               "/gui/offers/cl-offer-totals-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOfferTotalsSection, squeezer);
  gtk_widget_class_bind_template_child (widget_class, ClOfferTotalsSection, average_label);
  gtk_widget_class_bind_template_child (widget_class, ClOfferTotalsSection, note_label);
  gtk_widget_class_bind_template_child (widget_class, ClOfferTotalsSection, problem_label);
}

/* A table of @span's columns, titled for screen readers. */
static ClChartTable *
table_new (const Span *span)
{
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;

  g_ptr_array_add (headings, g_strdup (_ ("Component")));
  for (guint year = span->first_year; year < span->first_year + span->n_years; year++)
    /* Translators: a column of the table, "Year 1". */
    g_ptr_array_add (headings, g_strdup_printf (_ ("Year %u"), year + 1));
  if (span->with_total)
    g_ptr_array_add (headings, g_strdup (_ ("4 years")));
  g_ptr_array_add (headings, NULL);

  if (span->n_years == CL_COMP_YEARS)
    title = g_strdup (_ ("Total compensation by year"));
  else
    /* Translators: the title of half the table on a narrow window, "Years 1 and 2". */
    title = g_strdup_printf (_ ("Years %u and %u"), span->first_year + 1,
                             span->first_year + span->n_years);
  return CL_CHART_TABLE (cl_chart_table_new (title, (const char *const *) headings->pdata));
}

static void
cl_offer_totals_section_init (ClOfferTotalsSection *self)
{
  GtkWidget *narrow;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Total compensation by year"), -1);

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    self->tables[i] = table_new (&spans[i]);
  narrow = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (narrow), GTK_WIDGET (self->tables[1]));
  gtk_box_append (GTK_BOX (narrow), GTK_WIDGET (self->tables[2]));
  adw_squeezer_add (self->squeezer, GTK_WIDGET (self->tables[0]));
  adw_squeezer_add (self->squeezer, narrow);
}

GtkWidget *
cl_offer_totals_section_new (void)
{
  return g_object_new (CL_TYPE_OFFER_TOTALS_SECTION, NULL);
}
