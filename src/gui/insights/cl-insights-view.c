/* cl-insights-view.c — what the search says: funnel, outcomes, time in stage, activity
 *
 * One group a insight, each a chart or, with "Show as Table" on, a table of
 * the same numbers; a group with nothing to show says so in a sentence.  A
 * chart is an image to screen readers, described by the same numbers as
 * text (cl_insights_describe_*()); a table's rows each read out their line.
 *
 * The numbers are computed again (cl_insights_compute(), SQL aggregates)
 * a moment after the database changes, while the page is on screen, and at
 * once when it comes back on screen after changes; never while hidden.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-insights-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-bar-chart.h"
#include "cl-chart-table.h"
#include "cl-column-chart.h"
#include "cl-insights-view.h"

/* After a change, so that a burst of them (an import, undoing a bulk move)
 * costs one computation. */
#define RECOMPUTE_DELAY_MS 200

typedef enum
{
  SECTION_FUNNEL,
  SECTION_COMPANY_TYPE,
  SECTION_SOURCE,
  SECTION_TIME_IN_STAGE,
  SECTION_ACTIVITY,
  N_SECTIONS
} SectionId;

typedef struct
{
  GtkStack     *stack;
  GtkWidget    *chart;
  ClChartTable *table;
  GtkLabel     *none; /* says why there is nothing to show */
  gboolean      has_data;
} Section;

struct _ClInsightsView
{
  GtkWidget            parent_instance;

  ClContext           *context;
  ClInsights          *insights;
  GSettings           *settings;
  guint                recompute_id;
  gboolean             dirty;
  gboolean             show_tables;
  Section              sections[N_SECTIONS];

  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkWidget           *empty_button;
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *activity_group;
  GtkWidget           *table_row;
  GtkSwitch           *table_switch;
  GtkStack            *funnel_stack;
  GtkStack            *company_type_stack;
  GtkStack            *source_stack;
  GtkStack            *time_stack;
  GtkStack            *activity_stack;
};

G_DEFINE_FINAL_TYPE (ClInsightsView, cl_insights_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SHOW_TABLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Text ------------------------------------------------------------------- */

/* As cl-insights.c writes them, so the table reads as the description. */
static int
percent (double rate)
{
  return (int) (rate * 100 + 0.5);
}

static char *
format_days (double days)
{
  gint64 tenths = (gint64) (days * 10 + 0.5);

  if (tenths % 10 == 0)
    return g_strdup_printf (ngettext ("%" G_GINT64_FORMAT " day", "%" G_GINT64_FORMAT " days",
                                      (gulong) (tenths / 10)),
                            tenths / 10);
  /* Translators: a number of days with one decimal, "2.5 days" */
  return g_strdup_printf (_ ("%.1f days"), tenths / 10.0);
}

static const char *
outcome_group_label (int      group,
                     gboolean by_source)
{
  if (!by_source)
    return cl_company_type_get_label (group);
  if (group < 0)
    return _ ("Every other source");
  return cl_application_source_get_label (group);
}

/* The Monday a week starts on, with its year unless it is this year's. */
static char *
format_week (gint64   week_start,
             int      this_year,
             gboolean short_form)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (week_start);

  if (short_form || g_date_time_get_year (start) == this_year)
    /* Translators: day and month, in strftime format */
    return g_date_time_format (start, C_ ("this year", "%-d %b"));
  /* Translators: day, month and year, in strftime format */
  return g_date_time_format (start, C_ ("another year", "%-d %b %Y"));
}

/* Sections --------------------------------------------------------------- */

static void
show_section (ClInsightsView *self,
              Section        *section)
{
  const char *page = !section->has_data ? "none" : self->show_tables ? "table"
                                                                     : "chart";

  gtk_widget_set_visible (GTK_WIDGET (section->none), !section->has_data);
  gtk_stack_set_visible_child_name (section->stack, page);
}

static void
describe_section (Section    *section,
                  const char *description)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (section->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_label_set_text (section->none, description);
}

static void
init_section (Section           *section,
              GtkStack          *stack,
              GtkWidget         *chart,
              const char        *title,
              const char *const *headings)
{
  GtkWidget       *none = gtk_label_new (NULL);
  /* Translators: %s is a chart's title, "Funnel" */
  g_autofree char *table_title = g_strdup_printf (_ ("%s, as a table"), title);

  section->stack = stack;
  section->chart = chart;
  section->table = CL_CHART_TABLE (cl_chart_table_new (table_title, headings));
  section->none = GTK_LABEL (none);

  gtk_widget_add_css_class (chart, "card");
  gtk_widget_add_css_class (chart, "chart");
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_label_set_wrap (section->none, TRUE);
  gtk_label_set_xalign (section->none, 0);
  gtk_widget_add_css_class (none, "dim-label");
  /* Shown only with something to say (a screen reader would find an
   * empty label, called "GtkLabel"). */
  gtk_widget_set_visible (none, FALSE);

  /* Pages are named for screen readers too ("GtkStackPage" otherwise). */
  gtk_stack_add_titled (stack, chart, "chart", title);
  gtk_stack_add_titled (stack, GTK_WIDGET (section->table), "table", table_title);
  gtk_stack_add_titled (stack, none, "none", title);
}

static void
fill_funnel (ClInsightsView *self)
{
  Section           *section = &self->sections[SECTION_FUNNEL];
  const ClFunnelRow *rows = cl_insights_get_funnel (self->insights);
  g_autofree char   *description = cl_insights_describe_funnel (self->insights);

  cl_bar_chart_remove_all (CL_BAR_CHART (section->chart));
  cl_chart_table_remove_all (section->table);
  for (guint step = 0; step < CL_FUNNEL_N_STEPS; step++)
    {
      const ClFunnelRow *row = &rows[step];
      const char        *label = cl_funnel_step_get_label (row->step);
      g_autofree char   *count = cl_chart_format_count (row->count);
      g_autofree char   *rate = row->rate >= 0
                                /* Translators: a share of the step before, "38 %" */
                                  ? g_strdup_printf (_ ("%d %%"), percent (row->rate))
                                  : NULL;
      g_autofree char   *text = NULL;
      g_autofree char   *line = NULL;
      double             value = row->count;

      if (rate != NULL)
        {
          /* Translators: a count and its share of the step before, "45 (38 %)" */
          text = g_strdup_printf (_ ("%s (%s)"), count, rate);
          line = g_strdup_printf (_ ("%s %u (%d %%)"), label, row->count, percent (row->rate));
        }
      else
        {
          text = g_strdup (count);
          line = g_strdup_printf (_ ("%s %u"), label, row->count);
        }
      cl_bar_chart_append (CL_BAR_CHART (section->chart), label, &value,
                           (const char *[]){ text, NULL });
      cl_chart_table_append (section->table,
                             (const char *[]){ label, count, rate != NULL ? rate : "—", NULL },
                             line);
    }
  section->has_data = rows[CL_FUNNEL_APPLIED].count > 0;
  describe_section (section, description);
}

static void
fill_outcomes (ClInsightsView *self,
               SectionId       id)
{
  Section            *section = &self->sections[id];
  gboolean            by_source = id == SECTION_SOURCE;
  guint               n_rows = 0;
  const ClOutcomeRow *rows = by_source ? cl_insights_get_by_source (self->insights, &n_rows)
                                       : cl_insights_get_by_company_type (self->insights, &n_rows);
  g_autofree char    *description = cl_insights_describe_outcomes (rows, n_rows, by_source);

  cl_bar_chart_remove_all (CL_BAR_CHART (section->chart));
  cl_chart_table_remove_all (section->table);
  section->has_data = FALSE;
  for (guint i = 0; i < n_rows; i++)
    {
      const ClOutcomeRow *row = &rows[i];
      const char         *label = outcome_group_label (row->group, by_source);
      guint               counts[] = { row->applications, row->reached_onsite, row->offers,
                                       row->rejections };
      double              values[G_N_ELEMENTS (counts)];
      char               *texts[G_N_ELEMENTS (counts) + 1] = { NULL };
      const char         *cells[G_N_ELEMENTS (counts) + 2] = { label };
      g_autofree char    *line = NULL;

      /* As in the description: a group none of whose applications got
       * past the wishlist has no outcomes to compare. */
      if (row->applications == 0)
        continue;
      for (guint s = 0; s < G_N_ELEMENTS (counts); s++)
        {
          values[s] = counts[s];
          texts[s] = cl_chart_format_count (counts[s]);
          cells[s + 1] = texts[s];
        }
      line = cl_insights_describe_outcomes (row, 1, by_source);
      cl_bar_chart_append (CL_BAR_CHART (section->chart), label, values,
                           (const char *const *) texts);
      cl_chart_table_append (section->table, cells, line);
      for (guint s = 0; s < G_N_ELEMENTS (counts); s++)
        g_free (texts[s]);
      section->has_data = TRUE;
    }
  describe_section (section, description);
}

static void
fill_time_in_stage (ClInsightsView *self)
{
  Section              *section = &self->sections[SECTION_TIME_IN_STAGE];
  guint                 n_rows = 0;
  const ClStageTimeRow *rows = cl_insights_get_time_in_stage (self->insights, &n_rows);
  g_autofree char      *description = cl_insights_describe_time_in_stage (self->insights);

  cl_bar_chart_remove_all (CL_BAR_CHART (section->chart));
  cl_chart_table_remove_all (section->table);
  section->has_data = FALSE;
  for (guint i = 0; i < n_rows; i++)
    {
      const ClStageTimeRow *row = &rows[i];
      g_autofree char      *days = NULL;
      g_autofree char      *stays = NULL;
      g_autofree char      *line = NULL;
      double                value = -1;

      if (row->stays > 0)
        {
          days = format_days (row->median_days);
          stays = cl_chart_format_count (row->stays);
          value = row->median_days;
          /* Translators: a stage's name, the median time applications spent
           * in it ("4 days") and how many stays that is over */
          line = g_strdup_printf (ngettext ("%s: median %s over %u stay",
                                            "%s: median %s over %u stays", row->stays),
                                  row->name, days, row->stays);
          section->has_data = TRUE;
        }
      else
        /* Translators: %s is a stage's name */
        line = g_strdup_printf (_ ("%s: no completed stays"), row->name);

      cl_bar_chart_append (CL_BAR_CHART (section->chart), row->name, &value,
                           (const char *[]){ days != NULL ? days : _ ("No completed stays"),
                                             NULL });
      cl_chart_table_append (section->table,
                             (const char *[]){ row->name, days != NULL ? days : "—",
                                               /* Translators: no stays in a stage */
                                               stays != NULL ? stays : C_ ("stays", "None"),
                                               NULL },
                             line);
    }
  describe_section (section, description);
}

static void
fill_activity (ClInsightsView *self)
{
  Section             *section = &self->sections[SECTION_ACTIVITY];
  const ClActivityRow *rows = cl_insights_get_activity (self->insights);
  g_autofree char     *description = cl_insights_describe_activity (self->insights);
  gint64               now = cl_clock_now (cl_context_get_clock (self->context));
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (now);
  int this_year = g_date_time_get_year (today);

  cl_column_chart_remove_all (CL_COLUMN_CHART (section->chart));
  cl_chart_table_remove_all (section->table);
  section->has_data = FALSE;
  for (guint i = 0; i < CL_INSIGHTS_WEEKS; i++)
    {
      const ClActivityRow *row = &rows[i];
      g_autofree char     *axis = format_week (row->week_start, 0, TRUE);
      g_autofree char     *week = format_week (row->week_start, this_year, FALSE);
      g_autofree char     *added = cl_chart_format_count (row->added);
      g_autofree char     *moves = cl_chart_format_count (row->moves);
      /* Translators: the Monday a week starts on ("4 May"), then how many
       * applications were added and how many stage changes made that week */
      g_autofree char     *line = g_strdup_printf (_ (" Week of %s: %u added, %u moved."), week,
                                                   row->added, row->moves);
      double               values[] = { row->added, row->moves };

      /* The sentence is written to follow another; alone, it starts here. */
      g_strchug (line);
      cl_column_chart_append (CL_COLUMN_CHART (section->chart), axis, line, values);
      cl_chart_table_append (section->table, (const char *[]){ week, added, moves, NULL }, line);
      section->has_data |= row->added > 0 || row->moves > 0;
    }
  describe_section (section, description);
}

static void
show_insights (ClInsightsView *self)
{
  guint            total = cl_insights_get_total (self->insights);
  g_autofree char *count = cl_chart_format_count (total);
  g_autofree char *summary = NULL;

  if (total == 0)
    {
      adw_status_page_set_title (self->empty_page, _ ("No Applications Yet"));
      adw_status_page_set_description (
        self->empty_page,
        _ ("Once you add applications, this page shows how far they get, what works best and "
           "where the time goes."));
      gtk_widget_set_visible (self->empty_button, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Translators: %s is a number of applications, "120" */
  summary = g_strdup_printf (ngettext ("Counting %s application, archived ones included.",
                                       "Counting %s applications, archived ones included.", total),
                             count);
  adw_preferences_group_set_description (self->summary_group, summary);

  fill_funnel (self);
  fill_outcomes (self, SECTION_COMPANY_TYPE);
  fill_outcomes (self, SECTION_SOURCE);
  fill_time_in_stage (self);
  fill_activity (self);
  for (guint i = 0; i < N_SECTIONS; i++)
    show_section (self, &self->sections[i]);
  gtk_stack_set_visible_child_name (self->stack, "insights");
}

/* Computing -------------------------------------------------------------- */

static void
recompute (ClInsightsView *self)
{
  g_autoptr(GError) error = NULL;
  ClInsights *insights;
  gint64      now;

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  self->dirty = FALSE;
  if (self->context == NULL)
    return;

  now = cl_clock_now (cl_context_get_clock (self->context));
  insights = cl_insights_compute (cl_context_get_database (self->context), now, NULL, &error);
  if (insights == NULL)
    {
      /* The user's news (a damaged or vanished file), not a programming
       * error: the page says it instead of numbers. */
      g_debug ("Could not compute insights: %s", error->message);
      adw_status_page_set_title (self->empty_page, _ ("Insights Are Not Available"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_widget_set_visible (self->empty_button, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_clear_pointer (&self->insights, cl_insights_unref);
  self->insights = insights;
  show_insights (self);
}

static gboolean
recompute_cb (gpointer data)
{
  ClInsightsView *self = data;

  self->recompute_id = 0;
  recompute (self);
  return G_SOURCE_REMOVE;
}

static void
queue_recompute (ClInsightsView *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->recompute_id == 0)
    self->recompute_id = g_timeout_add (RECOMPUTE_DELAY_MS, recompute_cb, self);
}

static void
database_changed_cb (ClInsightsView *self,
                     ClChangeSet    *change_set)
{
  static const ClTable counted[] = { CL_TABLE_APPLICATIONS, CL_TABLE_STAGE_HISTORY,
                                     CL_TABLE_STAGES, CL_TABLE_COMPANIES };

  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    if (cl_change_set_has_table (change_set, counted[i]))
      {
        queue_recompute (self);
        return;
      }
}

/* Object ----------------------------------------------------------------- */

static void
set_show_tables (ClInsightsView *self,
                 gboolean        show_tables)
{
  if (self->show_tables == show_tables)
    return;
  self->show_tables = show_tables;
  for (guint i = 0; i < N_SECTIONS && self->insights != NULL; i++)
    show_section (self, &self->sections[i]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLES]);
}

static void
cl_insights_view_map (GtkWidget *widget)
{
  ClInsightsView *self = CL_INSIGHTS_VIEW (widget);

  GTK_WIDGET_CLASS (cl_insights_view_parent_class)->map (widget);
  /* Shown again after changes: the numbers are right from the first frame. */
  if (self->dirty)
    recompute (self);
}

static void
cl_insights_view_unmap (GtkWidget *widget)
{
  ClInsightsView *self = CL_INSIGHTS_VIEW (widget);

  /* Off screen, nothing is computed; the change is still owed. */
  g_clear_handle_id (&self->recompute_id, g_source_remove);
  GTK_WIDGET_CLASS (cl_insights_view_parent_class)->unmap (widget);
}

static void
cl_insights_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ClInsightsView *self = CL_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_TABLES:
      g_value_set_boolean (value, self->show_tables);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_insights_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ClInsightsView *self = CL_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_TABLES:
      set_show_tables (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_insights_view_dispose (GObject *object)
{
  ClInsightsView *self = CL_INSIGHTS_VIEW (object);

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_INSIGHTS_VIEW);
  g_clear_pointer (&self->insights, cl_insights_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_insights_view_parent_class)->dispose (object);
}

static void
cl_insights_view_class_init (ClInsightsViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_insights_view_dispose;
  object_class->get_property = cl_insights_view_get_property;
  object_class->set_property = cl_insights_view_set_property;
  widget_class->map = cl_insights_view_map;
  widget_class->unmap = cl_insights_view_unmap;

  /* Whether each chart is shown as a table of its numbers instead. */
  properties[PROP_SHOW_TABLES] =
    g_param_spec_boolean ("show-tables", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/insights/cl-insights-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, stack);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, empty_button);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, summary_group);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, activity_group);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, table_row);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, table_switch);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, funnel_stack);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, company_type_stack);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, source_stack);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, time_stack);
  gtk_widget_class_bind_template_child (widget_class, ClInsightsView, activity_stack);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "insightsview");
}

static void
cl_insights_view_init (ClInsightsView *self)
{
  static const ClChartSeries outcome_series[] = {
    { N_ ("Applications"), "accent_bg_color" },
    { N_ ("Reached onsite"), "purple_2" },
    { N_ ("Offers"), "success_bg_color" },
    { N_ ("Rejections"), "error_bg_color" },
  };
  static const ClChartSeries activity_series[] = {
    { N_ ("Applications added"), "accent_bg_color" },
    { N_ ("Stage changes"), "purple_2" },
  };
  ClChartSeries    outcomes[G_N_ELEMENTS (outcome_series)];
  ClChartSeries    activity[G_N_ELEMENTS (activity_series)];
  g_autofree char *weeks = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    outcomes[i] = (ClChartSeries){ _ (outcome_series[i].label), outcome_series[i].color };
  for (guint i = 0; i < G_N_ELEMENTS (activity); i++)
    activity[i] = (ClChartSeries){ _ (activity_series[i].label), activity_series[i].color };

  init_section (&self->sections[SECTION_FUNNEL], self->funnel_stack, cl_bar_chart_new (),
                _ ("Funnel"),
                (const char *[]){ _ ("Step"), _ ("Applications"), _ ("Of the step before"),
                                  NULL });
  init_section (&self->sections[SECTION_COMPANY_TYPE], self->company_type_stack,
                cl_bar_chart_new (), _ ("Outcomes by company type"),
                (const char *[]){ _ ("Company type"), _ ("Applications"), _ ("Reached onsite"),
                                  _ ("Offers"), _ ("Rejections"), NULL });
  init_section (&self->sections[SECTION_SOURCE], self->source_stack, cl_bar_chart_new (),
                _ ("Outcomes by source"),
                (const char *[]){ _ ("Source"), _ ("Applications"), _ ("Reached onsite"),
                                  _ ("Offers"), _ ("Rejections"), NULL });
  init_section (&self->sections[SECTION_TIME_IN_STAGE], self->time_stack, cl_bar_chart_new (),
                _ ("Time in stage"),
                (const char *[]){ _ ("Stage"), _ ("Median"), _ ("Stays"), NULL });
  init_section (&self->sections[SECTION_ACTIVITY], self->activity_stack, cl_column_chart_new (),
                _ ("Activity"),
                (const char *[]){ _ ("Week of"), _ ("Added"), _ ("Stage changes"), NULL });
  cl_bar_chart_set_series (CL_BAR_CHART (self->sections[SECTION_COMPANY_TYPE].chart), outcomes,
                           G_N_ELEMENTS (outcomes));
  cl_bar_chart_set_series (CL_BAR_CHART (self->sections[SECTION_SOURCE].chart), outcomes,
                           G_N_ELEMENTS (outcomes));
  cl_column_chart_set_series (CL_COLUMN_CHART (self->sections[SECTION_ACTIVITY].chart), activity,
                              G_N_ELEMENTS (activity));

  weeks = g_strdup_printf (ngettext ("Applications added and stage changes made each week, over "
                                     "the last %u week",
                                     "Applications added and stage changes made each week, over "
                                     "the last %u weeks",
                                     CL_INSIGHTS_WEEKS),
                           CL_INSIGHTS_WEEKS);
  adw_preferences_group_set_description (self->activity_group, weeks);

  g_object_bind_property (self->table_switch, "active", self, "show-tables",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  self->settings = g_settings_new (APPLICATION_ID_BASE);
  g_settings_bind (self->settings, "insights-show-tables", self, "show-tables",
                   G_SETTINGS_BIND_DEFAULT);

  /* The list holding the switch's row ("GtkListBox" otherwise). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (self->table_row)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Display"), -1);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

void
cl_insights_view_set_context (ClInsightsView *self,
                              ClContext      *context)
{
  g_return_if_fail (CL_IS_INSIGHTS_VIEW (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (cl_context_get_database (context), "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  /* A new day may begin a new week. */
  g_signal_connect_object (cl_context_get_clock (context), "day-changed",
                           G_CALLBACK (queue_recompute), self, G_CONNECT_SWAPPED);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    recompute (self);
  else
    self->dirty = TRUE;
}

ClInsights *
cl_insights_view_get_insights (ClInsightsView *self)
{
  g_return_val_if_fail (CL_IS_INSIGHTS_VIEW (self), NULL);

  return self->insights;
}
