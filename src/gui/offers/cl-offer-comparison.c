/* cl-offer-comparison.c — two or more offers side by side, in one currency
 *
 * From top to bottom: the offers to compare, a check each (at first those
 * received or being negotiated); the currency to compare in (at first the
 * most common among them); then either a sentence saying why there is
 * nothing to compare yet (fewer than two offers chosen, or an exchange rate
 * missing, with the button that adds it), or:
 *
 *  - a table with a column an offer and a row for each component in each
 *    year, each year's total, the 4-year total and the yearly average.  The
 *    best figure of each row (all of them on a tie; none when every offer
 *    has the same) is bold with a star, and screen readers hear "the best"
 *    with it, so colour never carries it alone;
 *  - which exchange rate converted each offer in another currency, and of
 *    which day;
 *  - the same figures as a chart, each year a bar stacked by component.
 *
 * and last the exchange rates entered, to add, edit or delete.
 *
 * The figures come from cl_compensation_compare() — exact, in cents, one
 * rounding rule — and are only formatted here.  The page follows the
 * offer store: offers, their companies and the rates, whoever changes them;
 * a change while the page is hidden is caught up when it shows again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-comparison"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-exchange-rate-dialog.h"
#include "cl-money.h"
#include "cl-offer-comparison.h"
#include "cl-offer-fields.h"
#include "cl-stacked-bar-chart.h"

/* What the user said about an offer's check, when they said it. */
#define CHOSEN GINT_TO_POINTER (1)
#define NOT_CHOSEN GINT_TO_POINTER (2)

typedef struct
{
  ClOffer   *offer;
  char      *label; /* the company, and the title when two offers share one */
  GtkWidget *row;
  GtkWidget *check;
} Choice;

typedef struct
{
  char    *text;
  char    *spoken;
  gboolean best;
} Cell;

struct _ClOfferComparison
{
  GtkWidget            parent_instance;

  ClContext           *context;
  GPtrArray           *choices;  /* Choice, in the store's order */
  GHashTable          *said;     /* offer id → CHOSEN or NOT_CHOSEN */
  char                *currency; /* the one chosen in the combo, or NULL */
  char                *shown_currency;
  GtkStringList       *currencies;
  gboolean             filling_currencies;
  GPtrArray           *rate_rows;
  ClCompComparison    *comparison;
  GHashTable          *cells; /* row id → GPtrArray of Cell, one an offer */
  char                *missing_from;
  char                *missing_to;
  guint                update_id;
  gboolean             dirty;

  GtkWidget           *scroller;
  AdwPreferencesGroup *offers_group;
  AdwExpanderRow      *offers_row;
  AdwComboRow         *currency_row;
  GtkStack            *result_stack;
  AdwStatusPage       *empty_page;
  AdwStatusPage       *missing_page;
  GtkWidget           *missing_button;
  AdwPreferencesGroup *table_group;
  GtkWidget           *table_card;
  GtkWidget           *table_host; /* the table's layouts, the widest first */
  GtkLabel            *rates_used_label;
  AdwPreferencesGroup *chart_group;
  ClStackedBarChart   *chart;
  AdwPreferencesGroup *rates_group;
};

G_DEFINE_FINAL_TYPE (ClOfferComparison, cl_offer_comparison, GTK_TYPE_WIDGET)

static void              update (ClOfferComparison *self);

/* The components as the table's row ids name them. */
static const char *const component_ids[CL_COMP_N_COMPONENTS] = {
  "base",
  "bonus",
  "sign-on",
  "equity",
  "refreshers",
};

/* Each component's colour in the chart: named colours of the style, so
 * that they read in light and dark, and neighbours in a stack differ. */
static const char *const component_colors[CL_COMP_N_COMPONENTS] = {
  "accent_bg_color",
  "success_bg_color",
  "warning_bg_color",
  "purple_3",
  "orange_3",
};

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_object_unref (choice->offer);
  g_free (choice->label);
  g_free (choice);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
  g_free (cell->spoken);
  g_free (cell);
}

static GtkWindow *
get_window (ClOfferComparison *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The day of the context's clock, YYYY-MM-DD, for a new rate. */
static char *
format_today (ClOfferComparison *self)
{
  gint64 now = cl_clock_now (cl_context_get_clock (self->context));
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (now);

  return g_date_time_format (today, "%Y-%m-%d");
}

/* Offers ------------------------------------------------------------------- */

static ClOfferStore *
get_store (ClOfferComparison *self)
{
  return cl_context_get_offer_store (self->context);
}

static const char *
company_of (ClOfferComparison *self,
            ClOffer           *offer)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (self->context);
  ClApplication   *application =
    cl_pipeline_store_find_application (pipeline, cl_offer_get_application_id (offer));
  ClCompany *company = application != NULL ? cl_application_get_company (application) : NULL;

  return company != NULL ? cl_company_get_name (company) : NULL;
}

static gboolean
choice_is_chosen (ClOfferComparison *self,
                  Choice            *choice)
{
  gint64   id = cl_offer_get_id (choice->offer);
  gpointer said = g_hash_table_lookup (self->said, &id);

  return said != NULL ? said == CHOSEN : cl_offer_is_open (choice->offer);
}

static void
check_toggled_cb (GtkCheckButton    *check,
                  ClOfferComparison *self)
{
  Choice *choice = g_object_get_data (G_OBJECT (check), "cl-choice");
  gint64  id = cl_offer_get_id (choice->offer);

  g_hash_table_insert (self->said, g_memdup2 (&id, sizeof id),
                       gtk_check_button_get_active (check) ? CHOSEN : NOT_CHOSEN);
  update (self);
}

/* Names each offer by its company, adding the title where two offers come
 * from the same one. */
static void
label_choices (ClOfferComparison *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      g_hash_table_insert (counts, choice->label,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (
                                               g_hash_table_lookup (counts, choice->label)) +
                                             1));
    }
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice     *choice = g_ptr_array_index (self->choices, i);
      const char *title = cl_offer_get_title (choice->offer);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, choice->label)) > 1 && title != NULL &&
          *title != '\0')
        {
          /* Translators: an offer by its company and its title, "Acme (ML Engineer)" */
          char *label = g_strdup_printf (_ ("%s (%s)"), choice->label, title);

          g_free (choice->label);
          choice->label = label;
        }
    }
}

static void
refill_offers (ClOfferComparison *self)
{
  GListModel *offers = cl_offer_store_get_offers (get_store (self));
  guint       n = g_list_model_get_n_items (offers);

  for (guint i = 0; i < self->choices->len; i++)
    adw_expander_row_remove (self->offers_row,
                             ((Choice *) g_ptr_array_index (self->choices, i))->row);
  g_ptr_array_set_size (self->choices, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (offers, i);
      const char *company = company_of (self, offer);
      Choice     *choice = g_new0 (Choice, 1);

      choice->offer = g_object_ref (offer);
      if (company != NULL)
        choice->label = g_strdup (company);
      else
        /* Translators: an offer whose application is no longer on the board */
        choice->label = g_strdup_printf (_ ("Offer %u"), i + 1);
      g_ptr_array_add (self->choices, choice);
    }
  label_choices (self);

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice          *choice = g_ptr_array_index (self->choices, i);
      const char      *title = cl_offer_get_title (choice->offer);
      g_autofree char *subtitle = NULL;

      /* Translators: an offer's title, status and currency, "ML Engineer · Received · EUR" */
      subtitle = g_strdup_printf (_ ("%s · %s · %s"), title != NULL && *title != '\0' ? title : "—",
                                  cl_offer_status_get_label (cl_offer_get_status (choice->offer)),
                                  cl_offer_get_currency (choice->offer));
      choice->row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choice->row), choice->label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (choice->row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (choice->row), subtitle);
      choice->check = gtk_check_button_new ();
      gtk_widget_set_valign (choice->check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (choice->check),
                                   choice_is_chosen (self, choice));
      /* Named by its row's title (the row labels it); told the rest. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (choice->check),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
      g_object_set_data (G_OBJECT (choice->check), "cl-choice", choice);
      g_signal_connect (choice->check, "toggled", G_CALLBACK (check_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (choice->row), choice->check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (choice->row), choice->check);
      adw_expander_row_add_row (self->offers_row, choice->row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->offers_group), self->choices->len > 0);
}

/* The row of checks says which offers are compared while it is folded:
 * "Acme, Borealis and Cirrus — 3 of 4". */
static void
summarize_choices (ClOfferComparison *self,
                   GPtrArray         *chosen)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < chosen->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of the offers compared */
        g_string_append (names, i + 1 == chosen->len ? _ (" and ") : _ (", "));
      g_string_append (names, ((Choice *) g_ptr_array_index (chosen, i))->label);
    }
  if (chosen->len == 0)
    /* Translators: no offer is chosen, of %u */
    summary = g_strdup_printf (ngettext ("None of %u offer", "None of %u offers",
                                         self->choices->len),
                               self->choices->len);
  else
    /* Translators: the offers compared, and how many of how many, "Acme and Borealis — 2 of 3" */
    summary = g_strdup_printf (_ ("%s — %u of %u"), names->str, chosen->len, self->choices->len);
  adw_expander_row_set_subtitle (self->offers_row, summary);
  /* Unfolded while there is nothing to compare, to choose more. */
  if (chosen->len < 2 && self->choices->len >= 2)
    adw_expander_row_set_expanded (self->offers_row, TRUE);
}

/* The chosen offers, in the store's order (Choice, not owned). */
static GPtrArray *
chosen_choices (ClOfferComparison *self)
{
  GPtrArray *chosen = g_ptr_array_new ();

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (choice_is_chosen (self, choice))
        g_ptr_array_add (chosen, choice);
    }
  return chosen;
}

/* Currency ----------------------------------------------------------------- */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The currencies of @chosen, sorted, and the most common of them; on a tie
 * @shown if it is among the tied (choosing offers does not switch between
 * equals), else that of the first offer among them. */
static GPtrArray *
chosen_currencies (GPtrArray   *chosen,
                   const char  *shown,
                   const char **out_common)
{
  GPtrArray *codes = g_ptr_array_new ();
  guint      best_count = 0;

  *out_common = NULL;
  for (guint i = 0; i < chosen->len; i++)
    {
      const char *code = cl_offer_get_currency (((Choice *) g_ptr_array_index (chosen, i))->offer);
      guint       count = 0;

      for (guint j = 0; j < chosen->len; j++)
        count += g_strcmp0 (cl_offer_get_currency (((Choice *) g_ptr_array_index (chosen, j))
                                                     ->offer),
                            code) == 0;
      if (count > best_count ||
          (count == best_count && g_strcmp0 (code, shown) == 0))
        {
          best_count = count;
          *out_common = code;
        }
      if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_ptr_array_add (codes, (gpointer) code);
    }
  g_ptr_array_sort (codes, compare_strings);
  return codes;
}

/* The combo offers the chosen offers' currencies; it shows the one chosen
 * there while it is among them, else the most common. */
static void
fill_currencies (ClOfferComparison *self,
                 GPtrArray         *chosen)
{
  const char *common = NULL;
  g_autoptr(GPtrArray) codes = chosen_currencies (chosen, self->shown_currency, &common);
  const char *shown = common;
  guint       n_items = g_list_model_get_n_items (G_LIST_MODEL (self->currencies));
  guint       position = GTK_INVALID_LIST_POSITION;

  if (self->currency != NULL &&
      g_ptr_array_find_with_equal_func (codes, self->currency, g_str_equal, NULL))
    shown = self->currency;
  g_free (self->shown_currency);
  self->shown_currency = g_strdup (shown);

  self->filling_currencies = TRUE;
  g_ptr_array_add (codes, NULL);
  gtk_string_list_splice (self->currencies, 0, n_items, (const char *const *) codes->pdata);
  for (guint i = 0; shown != NULL && i < codes->len - 1; i++)
    if (g_str_equal (g_ptr_array_index (codes, i), shown))
      position = i;
  adw_combo_row_set_selected (self->currency_row, position);
  self->filling_currencies = FALSE;
  /* One currency has nothing to choose from. */
  gtk_widget_set_visible (GTK_WIDGET (self->currency_row), codes->len > 2);
}

static void
currency_selected_cb (ClOfferComparison *self)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (self->currency_row);

  if (self->filling_currencies || item == NULL)
    return;
  cl_offer_comparison_set_currency (self, gtk_string_object_get_string (item));
}

/* Chart -------------------------------------------------------------------- */

/* Amounts in the compared currency: "$27,750"; the scale's round ones
 * shorter, "$250k", "$1M". */
static char *
format_chart_value (gint64   value,
                    gboolean compact,
                    gpointer user_data)
{
  ClOfferComparison *self = user_data;
  const char        *currency = self->shown_currency;

  if (compact && value != 0 && value % (G_GINT64_CONSTANT (100) * 1000000) == 0)
    {
      g_autofree char *millions = cl_money_format (value / 1000000, currency);

      /* Translators: an amount in millions, "$2M" */
      return g_strdup_printf (_ ("%sM"), millions);
    }
  if (compact && value != 0 && value % (G_GINT64_CONSTANT (100) * 1000) == 0)
    {
      g_autofree char *thousands = cl_money_format (value / 1000, currency);

      /* Translators: an amount in thousands, "$250k" */
      return g_strdup_printf (_ ("%sk"), thousands);
    }
  return cl_money_format (value, currency);
}

static void
fill_chart (ClOfferComparison *self,
            GPtrArray         *chosen)
{
  g_autofree char *description = NULL;

  cl_stacked_bar_chart_remove_all (self->chart);
  for (guint i = 0; i < chosen->len; i++)
    {
      const ClCompBreakdown *breakdown = cl_comp_comparison_get_breakdown (self->comparison, i);
      gint64                 values[CL_COMP_YEARS * CL_COMP_N_COMPONENTS];

      for (guint y = 0; y < CL_COMP_YEARS; y++)
        for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
          values[y * CL_COMP_N_COMPONENTS + c] = breakdown->amounts[c][y];
      cl_stacked_bar_chart_append (self->chart,
                                   ((Choice *) g_ptr_array_index (chosen, i))->label, values);
    }
  /* Translators: %s is a currency code, "USD" */
  description = g_strdup_printf (_ ("Each year's total in %s, stacked by component"),
                                 self->shown_currency);
  adw_preferences_group_set_description (self->chart_group, description);
}

/* Table -------------------------------------------------------------------- *
 *
 * The table is laid out several ways, and the first that fits the width is
 * shown: each row's heading in a column left of the figures; or the
 * heading above its figures, across the table; or, narrower still (a
 * phone with many offers), the same in blocks of four offers, three, two or
 * one, each block with its offers' names on top.  The figures never
 * wrap or shrink, so nothing scrolls sideways. */

/* The most offers a block holds when they are not all side by side: four
 * short figures fit a phone. */
#define MAX_BLOCK 4

/* A line of the table: a section heading ("Year 1") when it has no cells. */
typedef struct
{
  char      *heading;
  gboolean   total;
  GPtrArray *cells; /* Cell, one an offer; owned by the cells table */
} TableRow;

static void
table_row_free (gpointer data)
{
  TableRow *row = data;

  g_free (row->heading);
  g_free (row);
}

static GtkSizeRequestMode
host_request_mode (GtkWidget *host)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The first layout @width fits, the last when none does; the first
 * without a width. */
static GtkWidget *
host_choose (GtkWidget *host,
             int        width)
{
  GtkWidget *child = gtk_widget_get_first_child (host);

  if (width < 0)
    return child;
  for (; gtk_widget_get_next_sibling (child) != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int minimum;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (width >= minimum)
        break;
    }
  return child;
}

static void
host_measure (GtkWidget     *host,
              GtkOrientation orientation,
              int            for_size,
              int           *minimum,
              int           *natural,
              int           *minimum_baseline,
              int           *natural_baseline)
{
  GtkWidget *chosen;
  int        min;

  *minimum = *natural = 0;
  if (gtk_widget_get_first_child (host) == NULL)
    return;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the last layout, as wide as the first likes. */
      gtk_widget_measure (gtk_widget_get_last_child (host), orientation, -1, minimum, NULL, NULL,
                          NULL);
      gtk_widget_measure (gtk_widget_get_first_child (host), orientation, -1, NULL, natural, NULL,
                          NULL);
      *natural = MAX (*natural, *minimum);
      return;
    }
  chosen = host_choose (host, for_size);
  gtk_widget_measure (chosen, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_measure (chosen, orientation, for_size < 0 ? -1 : MAX (for_size, min), minimum,
                      natural, NULL, NULL);
}

static void
host_allocate (GtkWidget *host,
               int        width,
               int        height,
               int        baseline)
{
  GtkWidget *chosen;
  int        min;

  if (gtk_widget_get_first_child (host) == NULL)
    return;
  chosen = host_choose (host, width);
  for (GtkWidget *child = gtk_widget_get_first_child (host);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_child_visible (child, child == chosen);
      /* Screen readers read the table once. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN,
                                   child != chosen, -1);
    }
  gtk_widget_measure (chosen, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_size_allocate (chosen, &(GtkAllocation){ 0, 0, MAX (width, min), height }, -1);
}

static GtkWidget *
make_table_host (void)
{
  GtkWidget *host = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_layout_manager (host, gtk_custom_layout_new (host_request_mode, host_measure,
                                                              host_allocate));
  return host;
}

static void
clear_table (ClOfferComparison *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->table_host)) != NULL)
    gtk_box_remove (GTK_BOX (self->table_host), child);
  g_hash_table_remove_all (self->cells);
}

static GtkWidget *
make_label (const char *text,
            float       xalign,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* An offer's name over its column, with the currency it was converted
 * from; a long name breaks between words rather than widen its column. */
static GtkWidget *
make_offer_heading (ClOfferComparison *self,
                    Choice            *choice)
{
  const char *currency = cl_offer_get_currency (choice->offer);
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget  *name = make_label (choice->label, 1, "heading");

  gtk_label_set_justify (GTK_LABEL (name), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), name);
  if (g_strcmp0 (currency, self->shown_currency) != 0)
    {
      /* Translators: under an offer's name, the currency it was converted
       * from, "from EUR" */
      g_autofree char *from = g_strdup_printf (_ ("from %s"), currency);
      GtkWidget       *note = make_label (from, 1, "caption");

      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (box), note);
    }
  return box;
}

/* An offer's figure in a row, bold with a star when it is the best. */
static GtkWidget *
make_figure (Cell *cell)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *figure = make_label (cell->text, 1, "numeric");

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  if (cell->best)
    {
      GtkWidget *mark = gtk_label_new ("★");

      gtk_widget_add_css_class (mark, "best-mark");
      gtk_widget_set_tooltip_text (mark, _ ("Best of this row"));
      /* Said with the figure instead. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), mark);
      gtk_widget_add_css_class (figure, "best");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (figure), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cell->spoken, -1);
  gtk_box_append (GTK_BOX (box), figure);
  return box;
}

/* One layout of @rows: headings @beside the figures or above them, the
 * offers in blocks of @per_block. */
static GtkWidget *
make_layout (ClOfferComparison *self,
             GPtrArray         *chosen,
             GPtrArray         *rows,
             gboolean           beside,
             guint              per_block)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkGrid   *g = GTK_GRID (grid);
  int        y = 0;
  int        first = beside ? 1 : 0; /* the first offer's column */

  gtk_grid_set_column_spacing (g, beside ? 18 : 12);
  /* Above, the figures' columns share the width. */
  gtk_grid_set_column_homogeneous (g, !beside);
  gtk_grid_set_row_spacing (g, 6);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_add_css_class (grid, "comparison-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Offers side by side"), -1);

  for (guint start = 0; start < chosen->len; start += per_block)
    {
      guint end = MIN (start + per_block, chosen->len);
      /* Lines and headings across the block, a short last one included. */
      int   width = first + (int) per_block;

      if (start > 0)
        {
          /* The next block of offers, well apart. */
          GtkWidget *gap = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

          gtk_widget_set_margin_top (gap, 18);
          gtk_widget_set_margin_bottom (gap, 18);
          gtk_grid_attach (g, gap, 0, y++, per_block, 1);
        }
      for (guint i = start; i < end; i++)
        gtk_grid_attach (g, make_offer_heading (self, g_ptr_array_index (chosen, i)),
                         first + (int) (i - start), y, 1, 1);
      y++;

      for (guint r = 0; r < rows->len; r++)
        {
          TableRow  *row = g_ptr_array_index (rows, r);
          GtkWidget *heading;

          if (row->cells == NULL)
            {
              heading = make_label (row->heading, 0, "heading");
              gtk_widget_set_margin_top (heading, 12);
              gtk_grid_attach (g, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, y++, width,
                               1);
              gtk_grid_attach (g, heading, 0, y++, width, 1);
              continue;
            }
          heading = make_label (row->heading, 0, row->total ? "heading" : NULL);
          if (beside)
            {
              gtk_widget_set_hexpand (heading, TRUE);
              gtk_grid_attach (g, heading, 0, y, 1, 1);
            }
          else
            {
              if (!row->total)
                {
                  gtk_widget_add_css_class (heading, "caption");
                  gtk_widget_add_css_class (heading, "dim-label");
                }
              gtk_grid_attach (g, heading, 0, y++, width, 1);
            }
          for (guint i = start; i < end; i++)
            gtk_grid_attach (g, make_figure (g_ptr_array_index (row->cells, i)),
                             first + (int) (i - start), y, 1, 1);
          y++;
        }
    }
  return grid;
}

static void
add_section (GPtrArray  *rows,
             const char *title)
{
  TableRow *row = g_new0 (TableRow, 1);

  row->heading = g_strdup (title);
  g_ptr_array_add (rows, row);
}

/* A row of figures: each offer's, the best ones marked; screen readers hear
 * each figure with its row (@name), its offer and whether it is the best. */
static void
add_figures (ClOfferComparison *self,
             GPtrArray         *rows,
             GPtrArray         *chosen,
             const char        *id,
             const char        *heading,
             const char        *name,
             const gint64      *amounts,
             const gboolean    *best,
             gboolean           total)
{
  TableRow *row = g_new0 (TableRow, 1);

  row->heading = g_strdup (heading);
  row->total = total;
  row->cells = g_ptr_array_new_with_free_func (cell_free);
  for (guint i = 0; i < chosen->len; i++)
    {
      Choice *choice = g_ptr_array_index (chosen, i);
      Cell   *cell = g_new0 (Cell, 1);

      cell->text = cl_money_format (amounts[i], self->shown_currency);
      cell->best = best[i];
      if (cell->best)
        /* Translators: a cell of the comparison, the best of its row:
         * offer, row and figure, "Acme, base salary in year 1: $185,000, the best" */
        cell->spoken = g_strdup_printf (_ ("%s, %s: %s, the best"), choice->label, name,
                                        cell->text);
      else
        /* Translators: a cell of the comparison: offer, row and figure,
         * "Acme, base salary in year 1: $185,000" */
        cell->spoken = g_strdup_printf (_ ("%s, %s: %s"), choice->label, name, cell->text);
      g_ptr_array_add (row->cells, cell);
    }
  g_hash_table_insert (self->cells, g_strdup (id), row->cells);
  g_ptr_array_add (rows, row);
}

static void
fill_table (ClOfferComparison *self,
            GPtrArray         *chosen)
{
  guint                n = chosen->len;
  g_autofree gint64   *amounts = g_new0 (gint64, n);
  g_autofree gboolean *best = g_new0 (gboolean, n);
  g_autofree char     *description = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (table_row_free);

  clear_table (self);
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_autofree char *year = g_strdup_printf (_ ("Year %u"), y + 1);
      g_autofree char *total_id = g_strdup_printf ("year%u-total", y + 1);
      /* Translators: a row of the comparison, for screen readers */
      g_autofree char *total_name = g_strdup_printf (_ ("total for year %u"), y + 1);

      add_section (rows, year);
      for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
        {
          g_autofree char *id = g_strdup_printf ("year%u-%s", y + 1, component_ids[c]);
          g_autofree char *name = NULL;
          gboolean         any = FALSE;

          for (guint i = 0; i < n; i++)
            {
              amounts[i] = cl_comp_comparison_get_breakdown (self->comparison, i)->amounts[c][y];
              best[i] = cl_comp_comparison_get_marks (self->comparison, i)->amounts[c][y];
              any |= amounts[i] != 0;
            }
          /* A component none of the offers has that year. */
          if (!any)
            continue;
          /* Translators: a row of the comparison, for screen readers:
           * a component and a year, "Base salary in year 1" */
          name = g_strdup_printf (_ ("%s in year %u"), cl_comp_component_get_name (c), y + 1);
          add_figures (self, rows, chosen, id, cl_comp_component_get_name (c), name, amounts, best,
                       FALSE);
        }
      for (guint i = 0; i < n; i++)
        {
          amounts[i] = cl_comp_comparison_get_breakdown (self->comparison, i)->year_totals[y];
          best[i] = cl_comp_comparison_get_marks (self->comparison, i)->year_totals[y];
        }
      add_figures (self, rows, chosen, total_id, C_ ("year", "Total"), total_name, amounts, best,
                   TRUE);
    }

  add_section (rows, _ ("Over Four Years"));
  for (guint i = 0; i < n; i++)
    {
      amounts[i] = cl_comp_comparison_get_breakdown (self->comparison, i)->total;
      best[i] = cl_comp_comparison_get_marks (self->comparison, i)->total;
    }
  add_figures (self, rows, chosen, "total", _ ("4-year total"), _ ("4-year total"), amounts, best,
               TRUE);
  for (guint i = 0; i < n; i++)
    {
      amounts[i] = cl_comp_comparison_get_breakdown (self->comparison, i)->yearly_average;
      best[i] = cl_comp_comparison_get_marks (self->comparison, i)->yearly_average;
    }
  add_figures (self, rows, chosen, "average", _ ("Yearly average"), _ ("yearly average"), amounts,
               best, FALSE);

  /* Widest first: headings beside, above, then blocks of fewer offers. */
  gtk_box_append (GTK_BOX (self->table_host), make_layout (self, chosen, rows, TRUE, n));
  gtk_box_append (GTK_BOX (self->table_host), make_layout (self, chosen, rows, FALSE, n));
  for (guint per_block = MIN (MAX_BLOCK, n - 1); per_block >= 1; per_block--)
    gtk_box_append (GTK_BOX (self->table_host),
                    make_layout (self, chosen, rows, FALSE, per_block));

  /* Translators: %s is a currency code, "USD" */
  description = g_strdup_printf (_ ("In %s. A star marks the best figure of each row, every one "
                                    "of them on a tie."),
                                 self->shown_currency);
  adw_preferences_group_set_description (self->table_group, description);
}

/* Which rate converted each offer, one line an offer. */
static void
fill_rates_used (ClOfferComparison *self,
                 GPtrArray         *chosen)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < chosen->len; i++)
    {
      g_autofree char *rate = cl_comp_comparison_describe_rate (self->comparison, i);

      if (rate == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: an offer and the rate its figures were converted at,
       * "Borealis: Converted at 1 EUR = 1.085 USD (2026-11-30)." */
      g_string_append_printf (text, _ ("%s: %s"), ((Choice *) g_ptr_array_index (chosen, i))->label,
                              rate);
    }
  gtk_label_set_text (self->rates_used_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->rates_used_label), text->len > 0);
  g_string_free (text, TRUE);
}

/* Rates -------------------------------------------------------------------- */

/* The first chosen offer's currency with no rate to @to either way. */
static const char *
find_missing_rate (ClOfferComparison *self,
                   GPtrArray         *chosen,
                   const char        *to)
{
  ClOfferStore *store = get_store (self);

  for (guint i = 0; i < chosen->len; i++)
    {
      const char *from = cl_offer_get_currency (((Choice *) g_ptr_array_index (chosen, i))->offer);

      if (g_strcmp0 (from, to) != 0 &&
          cl_offer_store_find_exchange_rate (store, from, to) == NULL &&
          cl_offer_store_find_exchange_rate (store, to, from) == NULL)
        return from;
    }
  return NULL;
}

static void
open_rate_dialog (ClOfferComparison *self,
                  ClExchangeRate    *rate,
                  const char        *from,
                  const char        *to)
{
  ClExchangeRateDialog *dialog = cl_exchange_rate_dialog_new (get_window (self),
                                                              get_store (self), rate);

  if (rate == NULL)
    {
      g_autofree char *today = format_today (self);

      cl_exchange_rate_dialog_set_pair (dialog, from, to);
      cl_exchange_rate_dialog_set_day (dialog, today);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_rate_cb (ClOfferComparison *self)
{
  if (self->context != NULL)
    open_rate_dialog (self, NULL, NULL, self->shown_currency);
}

static void
add_missing_rate_cb (ClOfferComparison *self)
{
  if (self->context != NULL)
    open_rate_dialog (self, NULL, self->missing_from, self->missing_to);
}

static void
edit_rate_cb (GtkButton         *button,
              ClOfferComparison *self)
{
  open_rate_dialog (self, g_object_get_data (G_OBJECT (button), "cl-rate"), NULL, NULL);
}

static void
delete_rate_cb (GtkButton         *button,
                ClOfferComparison *self)
{
  ClExchangeRate *rate = g_object_get_data (G_OBJECT (button), "cl-rate");
  g_autoptr(GError) error = NULL;

  if (!cl_offer_store_delete_exchange_rate (get_store (self), rate, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (get_window (self),
                                                  _ ("The Rate Was Not Deleted"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static GtkWidget *
make_rate_button (ClOfferComparison *self,
                  ClExchangeRate    *rate,
                  const char        *icon_name,
                  const char        *tooltip,
                  const char        *label,
                  GCallback          callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "cl-rate", g_object_ref (rate), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
refill_rates (ClOfferComparison *self)
{
  GListModel *rates = cl_offer_store_get_exchange_rates (get_store (self));
  guint       n = g_list_model_get_n_items (rates);

  for (guint i = 0; i < self->rate_rows->len; i++)
    adw_preferences_group_remove (self->rates_group, g_ptr_array_index (self->rate_rows, i));
  g_ptr_array_set_size (self->rate_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClExchangeRate) rate = g_list_model_get_item (rates, i);
      g_autofree char *value = cl_rate_format (cl_exchange_rate_get_rate (rate));
      /* Translators: an exchange rate, "1 EUR = 1.085 USD" */
      g_autofree char *title = g_strdup_printf (_ ("1 %s = %s %s"),
                                                cl_exchange_rate_get_from_currency (rate), value,
                                                cl_exchange_rate_get_to_currency (rate));
      /* Translators: the day an exchange rate was seen, "As of 2026-11-30" */
      g_autofree char *subtitle = g_strdup_printf (_ ("As of %s"),
                                                   cl_exchange_rate_get_observed_on (rate));
      /* Translators: %s is an exchange rate, "1 EUR = 1.085 USD" */
      g_autofree char *edit = g_strdup_printf (_ ("Edit the rate %s"), title);
      /* Translators: %s is an exchange rate, "1 EUR = 1.085 USD" */
      g_autofree char *delete = g_strdup_printf (_ ("Delete the rate %s"), title);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_rate_button (self, rate, "document-edit-symbolic",
                                                   _ ("Edit Rate"), edit,
                                                   G_CALLBACK (edit_rate_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 make_rate_button (self, rate, "user-trash-symbolic",
                                                   _ ("Delete Rate"), delete,
                                                   G_CALLBACK (delete_rate_cb)));
      adw_preferences_group_add (self->rates_group, row);
      g_ptr_array_add (self->rate_rows, row);
      /* The list holding the rows ("GtkListBox" otherwise). */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Exchange rates"), -1);
    }
  adw_preferences_group_set_description (
    self->rates_group,
    n == 0 ? _ ("None yet. Offers in different currencies are compared through rates you enter, "
                "each with the day you found it.")
           : _ ("For each pair, the newest rate is used, or the inverse of the newest the other "
                "way."));
}

/* Computing ---------------------------------------------------------------- */

static void
show_empty (ClOfferComparison *self)
{
  if (self->choices->len < 2)
    {
      adw_status_page_set_title (self->empty_page, _ ("Not Enough Offers to Compare"));
      adw_status_page_set_description (
        self->empty_page, _ ("Comparing needs two or more offers. The article advises two "
                             "comparable offers before negotiating."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _ ("Choose Two or More Offers"));
      adw_status_page_set_description (self->empty_page,
                                       _ ("Check at least two of the offers above to see them "
                                          "side by side."));
    }
  gtk_stack_set_visible_child_name (self->result_stack, "empty");
}

static void
show_missing (ClOfferComparison *self,
              const char        *from,
              const char        *message)
{
  g_free (self->missing_from);
  g_free (self->missing_to);
  self->missing_from = g_strdup (from);
  self->missing_to = g_strdup (self->shown_currency);
  adw_status_page_set_title (self->missing_page, from != NULL
                                                   ? _ ("An Exchange Rate Is Missing")
                                                   : _ ("These Offers Cannot Be Compared"));
  adw_status_page_set_description (self->missing_page, message);
  gtk_widget_set_visible (self->missing_button, from != NULL);
  gtk_stack_set_visible_child_name (self->result_stack, "missing-rate");
}

static void
update (ClOfferComparison *self)
{
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->update_id, g_source_remove);
  self->dirty = FALSE;
  if (self->context == NULL)
    return;

  chosen = chosen_choices (self);
  summarize_choices (self, chosen);
  fill_currencies (self, chosen);
  g_clear_pointer (&self->comparison, cl_comp_comparison_free);
  if (chosen->len < 2)
    {
      clear_table (self);
      cl_stacked_bar_chart_remove_all (self->chart);
      show_empty (self);
      return;
    }

  offers = g_ptr_array_new ();
  for (guint i = 0; i < chosen->len; i++)
    g_ptr_array_add (offers, ((Choice *) g_ptr_array_index (chosen, i))->offer);
  self->comparison = cl_offer_store_compare (get_store (self), offers, self->shown_currency,
                                             &error);
  if (self->comparison == NULL)
    {
      /* A missing rate, which the page offers to add; or terms that cannot
       * be worked out (the editor refuses them, an older file may hold
       * them), said as they are. */
      const char *missing =
        g_error_matches (error, CL_COMPENSATION_ERROR, CL_COMPENSATION_ERROR_MISSING_RATE)
          ? find_missing_rate (self, chosen, self->shown_currency)
          : NULL;

      clear_table (self);
      cl_stacked_bar_chart_remove_all (self->chart);
      show_missing (self, missing, error->message);
      return;
    }

  fill_table (self, chosen);
  fill_rates_used (self, chosen);
  fill_chart (self, chosen);
  gtk_stack_set_visible_child_name (self->result_stack, "comparison");
}

static gboolean
update_cb (gpointer data)
{
  ClOfferComparison *self = data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* After a change to the store: once the burst of them is over, and only
 * while the page is on screen. */
static void
queue_update (ClOfferComparison *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->update_id == 0)
    self->update_id = g_idle_add (update_cb, self);
}

static void
offers_changed_cb (ClOfferComparison *self)
{
  refill_offers (self);
  queue_update (self);
}

static void
rates_changed_cb (ClOfferComparison *self)
{
  refill_rates (self);
  queue_update (self);
}

static void
database_changed_cb (ClOfferComparison *self,
                     ClChangeSet       *change_set)
{
  /* An offer's terms or status, a company's name, or a rate edited in place. */
  if (cl_change_set_has_table (change_set, CL_TABLE_OFFERS) ||
      cl_change_set_has_table (change_set, CL_TABLE_NEGOTIATION) ||
      cl_change_set_has_table (change_set, CL_TABLE_COMPANIES) ||
      cl_change_set_has_table (change_set, CL_TABLE_APPLICATIONS))
    {
      refill_offers (self);
      refill_rates (self);
      queue_update (self);
    }
}

/* Object ------------------------------------------------------------------- */

static void
cl_offer_comparison_map (GtkWidget *widget)
{
  ClOfferComparison *self = CL_OFFER_COMPARISON (widget);

  GTK_WIDGET_CLASS (cl_offer_comparison_parent_class)->map (widget);
  /* Shown again after changes: right from the first frame. */
  if (self->dirty)
    update (self);
}

static void
cl_offer_comparison_unmap (GtkWidget *widget)
{
  ClOfferComparison *self = CL_OFFER_COMPARISON (widget);

  if (self->update_id != 0)
    {
      g_clear_handle_id (&self->update_id, g_source_remove);
      self->dirty = TRUE;
    }
  GTK_WIDGET_CLASS (cl_offer_comparison_parent_class)->unmap (widget);
}

static void
cl_offer_comparison_dispose (GObject *object)
{
  ClOfferComparison *self = CL_OFFER_COMPARISON (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_OFFER_COMPARISON);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_pointer (&self->rate_rows, g_ptr_array_unref);
  g_clear_pointer (&self->comparison, cl_comp_comparison_free);
  g_clear_object (&self->currencies);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_offer_comparison_parent_class)->dispose (object);
}

static void
cl_offer_comparison_finalize (GObject *object)
{
  ClOfferComparison *self = CL_OFFER_COMPARISON (object);

  g_hash_table_unref (self->said);
  g_hash_table_unref (self->cells);
  g_free (self->currency);
  g_free (self->shown_currency);
  g_free (self->missing_from);
  g_free (self->missing_to);

  G_OBJECT_CLASS (cl_offer_comparison_parent_class)->finalize (object);
}

static void
cl_offer_comparison_class_init (ClOfferComparisonClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_offer_comparison_dispose;
  object_class->finalize = cl_offer_comparison_finalize;
  widget_class->map = cl_offer_comparison_map;
  widget_class->unmap = cl_offer_comparison_unmap;

  g_type_ensure (CL_TYPE_STACKED_BAR_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-offer-comparison.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, scroller);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, offers_group);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, offers_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, currency_row);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, result_stack);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, missing_page);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, missing_button);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, table_group);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, table_card);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, rates_used_label);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, chart_group);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, chart);
  gtk_widget_class_bind_template_child (widget_class, ClOfferComparison, rates_group);
  gtk_widget_class_bind_template_callback (widget_class, add_rate_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_missing_rate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "offercomparison");
  /* A page's container, not a thing of its own to screen readers. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
cl_offer_comparison_init (ClOfferComparison *self)
{
  ClChartSeries series[CL_COMP_N_COMPONENTS];
  g_autoptr(GtkExpression) expression = NULL;
  char *labels[CL_COMP_YEARS];
  char *short_labels[CL_COMP_YEARS];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->table_host = make_table_host ();
  gtk_box_append (GTK_BOX (self->table_card), self->table_host);
  self->choices = g_ptr_array_new_with_free_func (choice_free);
  self->rate_rows = g_ptr_array_new ();
  self->said = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);

  self->currencies = gtk_string_list_new (NULL);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  adw_combo_row_set_expression (self->currency_row, expression);
  adw_combo_row_set_model (self->currency_row, G_LIST_MODEL (self->currencies));
  g_signal_connect_swapped (self->currency_row, "notify::selected",
                            G_CALLBACK (currency_selected_cb), self);

  for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
    series[c] = (ClChartSeries){ cl_comp_component_get_name (c), component_colors[c] };
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      labels[y] = g_strdup_printf (_ ("Year %u"), y + 1);
      /* Translators: "Year 1" where there is little room */
      short_labels[y] = g_strdup_printf (C_ ("year", "Y%u"), y + 1);
    }
  cl_stacked_bar_chart_set_series (self->chart, series, CL_COMP_N_COMPONENTS);
  cl_stacked_bar_chart_set_bars (self->chart, (const char *const *) labels,
                                 (const char *const *) short_labels, CL_COMP_YEARS);
  cl_stacked_bar_chart_set_format_func (self->chart, format_chart_value, self, NULL);
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    {
      g_free (labels[y]);
      g_free (short_labels[y]);
    }

  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_name_expander_row (self->offers_row, _ ("Offers compared"));
  /* The list holding the offers and the currency ("GtkListBox" otherwise). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (
                                    GTK_WIDGET (self->currency_row))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("What is compared"), -1);
}

GtkWidget *
cl_offer_comparison_new (void)
{
  return g_object_new (CL_TYPE_OFFER_COMPARISON, NULL);
}

void
cl_offer_comparison_set_context (ClOfferComparison *self,
                                 ClContext         *context)
{
  ClOfferStore *store;

  g_return_if_fail (CL_IS_OFFER_COMPARISON (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  store = get_store (self);
  g_signal_connect_object (cl_offer_store_get_offers (store), "items-changed",
                           G_CALLBACK (offers_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cl_offer_store_get_exchange_rates (store), "items-changed",
                           G_CALLBACK (rates_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cl_context_get_database (context), "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  refill_offers (self);
  refill_rates (self);
  /* Computed once on screen. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
  else
    self->dirty = TRUE;
}

gboolean
cl_offer_comparison_get_chosen (ClOfferComparison *self,
                                gint64             offer_id)
{
  g_return_val_if_fail (CL_IS_OFFER_COMPARISON (self), FALSE);

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      if (cl_offer_get_id (choice->offer) == offer_id)
        return choice_is_chosen (self, choice);
    }
  return FALSE;
}

void
cl_offer_comparison_set_chosen (ClOfferComparison *self,
                                gint64             offer_id,
                                gboolean           chosen)
{
  g_return_if_fail (CL_IS_OFFER_COMPARISON (self));

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *choice = g_ptr_array_index (self->choices, i);

      /* The check says it, and its ::toggled updates the rest. */
      if (cl_offer_get_id (choice->offer) == offer_id)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (choice->check), chosen);
    }
}

const char *
cl_offer_comparison_get_currency (ClOfferComparison *self)
{
  g_return_val_if_fail (CL_IS_OFFER_COMPARISON (self), NULL);

  return self->shown_currency;
}

void
cl_offer_comparison_set_currency (ClOfferComparison *self,
                                  const char        *currency)
{
  g_return_if_fail (CL_IS_OFFER_COMPARISON (self));
  g_return_if_fail (currency != NULL);

  if (g_strcmp0 (self->currency, currency) == 0 &&
      g_strcmp0 (self->shown_currency, currency) == 0)
    return;
  g_free (self->currency);
  self->currency = g_strdup (currency);
  update (self);
}

ClCompComparison *
cl_offer_comparison_get_comparison (ClOfferComparison *self)
{
  g_return_val_if_fail (CL_IS_OFFER_COMPARISON (self), NULL);

  return self->comparison;
}

const char *
cl_offer_comparison_get_cell (ClOfferComparison *self,
                              const char        *row,
                              guint              column,
                              gboolean          *out_best,
                              const char       **out_spoken)
{
  GPtrArray *cells;
  Cell      *cell;

  g_return_val_if_fail (CL_IS_OFFER_COMPARISON (self), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  cells = g_hash_table_lookup (self->cells, row);
  if (cells == NULL || column >= cells->len)
    return NULL;
  cell = g_ptr_array_index (cells, column);
  if (out_best != NULL)
    *out_best = cell->best;
  if (out_spoken != NULL)
    *out_spoken = cell->spoken;
  return cell->text;
}
