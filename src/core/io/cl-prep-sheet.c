/* cl-prep-sheet.c — the negotiation prep sheet: offers, comparison, market, plan
 *
 * What the user takes to the call, in the order it is needed there: each
 * offer's numbers and where they sit in the market, then the plan — target,
 * walk-away, asks, talking points — and what was said so far; the
 * comparison closes the sheet when there is more than one offer.  The
 * layout itself is cl-sheet.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-prep-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-compensation.h"
#include "cl-datetime.h"
#include "cl-money.h"
#include "cl-negotiation.h"
#include "cl-offer-store.h"
#include "cl-prep-sheet.h"
#include "cl-statement.h"

/* clang-format off */
G_DEFINE_QUARK (cl-prep-sheet-error-quark, cl_prep_sheet_error)
/* clang-format on */

static gboolean
is_open (ClOffer *offer)
{
  ClOfferStatus status = cl_offer_get_status (offer);

  return status == CL_OFFER_STATUS_RECEIVED || status == CL_OFFER_STATUS_NEGOTIATING;
}

/* The nearest deadline first; offers without one last, oldest first. */
static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  ClOffer *x = *(ClOffer **) a;
  ClOffer *y = *(ClOffer **) b;
  gint64   dx = cl_offer_get_response_deadline (x);
  gint64   dy = cl_offer_get_response_deadline (y);

  if ((dx == 0) != (dy == 0))
    return dx == 0 ? 1 : -1;
  if (dx != dy)
    return dx < dy ? -1 : 1;
  return cl_offer_get_id (x) < cl_offer_get_id (y) ? -1 : cl_offer_get_id (x) > cl_offer_get_id (y);
}

GPtrArray *
cl_prep_sheet_get_open_offers (ClContext *context)
{
  GListModel *offers;
  GPtrArray  *open = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CL_IS_CONTEXT (context), open);

  offers = cl_offer_store_get_offers (cl_context_get_offer_store (context));
  for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (offers, i);

      if (is_open (offer))
        g_ptr_array_add (open, g_steal_pointer (&offer));
    }
  g_ptr_array_sort (open, compare_deadlines);
  return open;
}

typedef struct
{
  char *company;
  char *role;
} Names;

static gboolean
read_names_cb (sqlite3_stmt *stmt,
               gpointer      user_data,
               GError      **error)
{
  Names *names = user_data;

  names->company = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  names->role = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  return TRUE;
}

/* "Acme AI — Senior MLE (L5)": the company and the offer's title (or the
 * application's role), archived applications included. */
static char *
offer_name (ClContext *context,
            ClOffer   *offer)
{
  Names       names = { NULL, NULL };
  const char *title = cl_offer_get_title (offer);
  const char *level = cl_offer_get_level (offer);
  g_autoptr(GError) error = NULL;
  GString *name;

  if (!cl_database_foreach (cl_context_get_database (context), read_names_cb, &names, &error,
                            "SELECT c.name, a.role FROM applications a"
                            " JOIN companies c ON c.id = a.company_id WHERE a.id = ?1",
                            "x", cl_offer_get_application_id (offer)))
    g_debug ("Could not read the names of offer %" G_GINT64_FORMAT ": %s",
             cl_offer_get_id (offer), error->message);

  name = g_string_new (names.company != NULL ? names.company : _ ("Unknown company"));
  if (title == NULL)
    title = names.role;
  if (title != NULL)
    g_string_append_printf (name, " — %s", title);
  if (level != NULL)
    g_string_append_printf (name, " (%s)", level);

  g_free (names.company);
  g_free (names.role);
  return g_string_free (name, FALSE);
}

static const char *
status_name (ClOfferStatus status)
{
  switch (status)
    {
    case CL_OFFER_STATUS_RECEIVED: return _ ("Received");
    case CL_OFFER_STATUS_NEGOTIATING: return _ ("Negotiating");
    case CL_OFFER_STATUS_ACCEPTED: return _ ("Accepted");
    case CL_OFFER_STATUS_DECLINED: return _ ("Declined");
    case CL_OFFER_STATUS_EXPIRED: return _ ("Expired");
    default: return "";
    }
}

static char *
format_time (gint64 unix_time,
             gint64 now)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (now);
  g_autofree char *absolute = NULL;
  g_autofree char *relative = NULL;

  if (when == NULL || today == NULL)
    return g_strdup ("");
  /* TRANSLATORS: a date and time on the sheet, see g_date_time_format() */
  absolute = g_date_time_format (when, _ ("%A %-d %B %Y, %H:%M"));
  if (unix_time < now)
    return g_strdup_printf (_ ("%s (passed)"), absolute);
  relative = cl_format_relative (when, today);
  return g_strdup_printf ("%s (%s)", absolute, relative);
}

static char *
money_or_dash (gint64      cents,
               const char *currency)
{
  return cents < 0 ? g_strdup ("—") : cl_money_format (cents, currency);
}

static void
add_money_row (ClSheet    *sheet,
               const char *label,
               gint64      cents,
               const char *currency)
{
  g_autofree char *value = NULL;

  if (cents < 0)
    return;
  value = cl_money_format (cents, currency);
  cl_sheet_add_key_value (sheet, label, value);
}

static ClSheetTable *
add_year_table (ClSheet    *sheet,
                const char *first_header)
{
  const char   *headers[] = { first_header, _ ("Year 1"), _ ("Year 2"), _ ("Year 3"),
                              _ ("Year 4"), _ ("4 years") };
  ClSheetTable *table = cl_sheet_add_table (sheet, G_N_ELEMENTS (headers), headers);

  for (guint i = 1; i < G_N_ELEMENTS (headers); i++)
    cl_sheet_table_set_alignment (table, i, CL_SHEET_ALIGN_RIGHT);
  return table;
}

/* One row of figures: a label, four years and their sum. */
static guint
add_year_row (ClSheetTable *table,
              const char   *label,
              const gint64 *years,
              gint64        total,
              const char   *currency)
{
  g_autofree char *cells[CL_COMP_YEARS + 1] = { NULL };
  const char      *row[CL_COMP_YEARS + 2];
  guint            index;

  row[0] = label;
  for (guint y = 0; y < CL_COMP_YEARS; y++)
    row[y + 1] = cells[y] = cl_money_format (years[y], currency);
  row[CL_COMP_YEARS + 1] = cells[CL_COMP_YEARS] = cl_money_format (total, currency);
  index = cl_sheet_table_add_row (table, row);

  for (guint i = 0; i <= CL_COMP_YEARS; i++)
    g_free (cells[i]);
  memset (cells, 0, sizeof cells);
  return index;
}

static void
add_breakdown (ClSheet               *sheet,
               const ClCompBreakdown *breakdown,
               ClOffer               *offer)
{
  const char      *currency = breakdown->currency;
  ClSheetTable    *table = add_year_table (sheet, _ ("Component"));
  g_autofree char *average = NULL;
  g_autofree char *note = NULL;
  guint            row;
  gboolean         any_match = FALSE;

  for (guint c = 0; c < CL_COMP_N_COMPONENTS; c++)
    {
      if (breakdown->component_totals[c] == 0 && c != CL_COMP_BASE)
        continue;
      add_year_row (table, cl_comp_component_get_name (c), breakdown->amounts[c],
                    breakdown->component_totals[c], currency);
    }
  row = add_year_row (table, _ ("Total"), breakdown->year_totals, breakdown->total, currency);
  for (guint i = 0; i <= CL_COMP_YEARS + 1; i++)
    cl_sheet_table_set_bold (table, row, i, TRUE);

  average = cl_money_format (breakdown->yearly_average, currency);
  if (breakdown->component_totals[CL_COMP_REFRESHERS] > 0)
    note = g_strdup_printf (_ ("Yearly average %s. Refreshers are assumed granted at the start of "
                               "each year from year %u, each vesting on its own schedule with no "
                               "cliff."),
                            average, cl_offer_get_refresher_from_year (offer));
  else
    note = g_strdup_printf (_ ("Yearly average %s."), average);
  cl_sheet_table_set_note (table, note);

  for (guint y = 0; y < CL_COMP_YEARS; y++)
    any_match |= breakdown->retirement_match[y] > 0;
  if (any_match)
    {
      g_autofree char *match = cl_money_format (breakdown->retirement_match[0], currency);
      g_autofree char *text =
        g_strdup_printf (_ ("Retirement match: %s a year, not counted in the totals."), match);

      cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_MUTED, text);
    }
  if (breakdown->equity_after > 0)
    {
      g_autofree char *after = cl_money_format (breakdown->equity_after, currency);
      g_autofree char *text =
        g_strdup_printf (_ ("A further %s of the equity grant vests after year 4."), after);

      cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_MUTED, text);
    }
  if (cl_offer_get_sign_on (offer) > 0 && cl_offer_get_sign_on_clawback_months (offer) > 0)
    {
      g_autofree char *text = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE,
                     "The sign-on bonus is paid back if you leave within %u month.",
                     "The sign-on bonus is paid back if you leave within %u months.",
                     cl_offer_get_sign_on_clawback_months (offer)),
        cl_offer_get_sign_on_clawback_months (offer));

      cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_MUTED, text);
    }
}

/* "Base salary  $185,000 → $200,000" for each component that changed since
 * the first revision. */
static void
add_revisions (ClSheet      *sheet,
               ClOfferStore *store,
               ClOffer      *offer)
{
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  ClOfferRevision *first;
  ClSheetTable    *table;
  const char      *currency = cl_offer_get_currency (offer);
  const char      *headers[] = { _ ("Component"), _ ("Initial"), _ ("Now") };
  struct
  {
    const char *label;
    gint64      initial;
    gint64      now;
  } rows[4];

  revisions = cl_offer_store_get_revisions (store, cl_offer_get_id (offer), &error);
  if (revisions == NULL)
    {
      g_warning ("Could not read the revisions of offer %" G_GINT64_FORMAT ": %s",
                 cl_offer_get_id (offer), error->message);
      return;
    }
  if (revisions->len == 0)
    return;

  first = g_ptr_array_index (revisions, 0);
  rows[0].label = _ ("Base salary");
  rows[0].initial = cl_offer_revision_get_base_salary (first);
  rows[0].now = cl_offer_get_base_salary (offer);
  rows[1].label = _ ("Bonus");
  rows[1].initial = cl_offer_revision_get_bonus_amount (first);
  rows[1].now = cl_offer_get_bonus_amount (offer);
  rows[2].label = _ ("Sign-on bonus");
  rows[2].initial = cl_offer_revision_get_sign_on (first);
  rows[2].now = cl_offer_get_sign_on (offer);
  rows[3].label = _ ("Equity grant");
  rows[3].initial = cl_offer_revision_get_equity_amount (first);
  rows[3].now = cl_offer_get_equity_amount (offer);

  cl_sheet_add_heading (sheet, 2, _ ("Initial → now"));
  table = cl_sheet_add_table (sheet, G_N_ELEMENTS (headers), headers);
  cl_sheet_table_set_alignment (table, 1, CL_SHEET_ALIGN_RIGHT);
  cl_sheet_table_set_alignment (table, 2, CL_SHEET_ALIGN_RIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *initial = money_or_dash (rows[i].initial, currency);
      g_autofree char *now = money_or_dash (rows[i].now, currency);
      const char      *cells[] = { rows[i].label, initial, now };
      guint            row;

      if (rows[i].initial < 0 && rows[i].now < 0)
        continue;
      row = cl_sheet_table_add_row (table, cells);
      if (rows[i].initial != rows[i].now)
        cl_sheet_table_set_bold (table, row, 2, TRUE);
    }
  /* The percentage forms were replaced by amounts when numbers came back. */
  if (cl_offer_revision_get_bonus_basis_points (first) >= 0)
    {
      g_autofree char *percent =
        cl_percent_format (cl_offer_revision_get_bonus_basis_points (first));
      g_autofree char *note = g_strdup_printf (_ ("The initial bonus was %s of base."), percent);

      cl_sheet_table_set_note (table, note);
    }
}

static void
add_market (ClSheet               *sheet,
            ClOfferStore          *store,
            ClOffer               *offer,
            const ClCompBreakdown *breakdown)
{
  struct
  {
    ClMarketComponent component;
    const char       *what;
    gint64            value;
  } figures[] = {
    { CL_MARKET_COMPONENT_TOTAL, _ ("Year-1 total"), breakdown->year_totals[0] },
    { CL_MARKET_COMPONENT_BASE, _ ("Base salary"), cl_offer_get_base_salary (offer) },
  };
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *text = cl_offer_store_describe_market_position (
        store, offer, figures[i].component, figures[i].what, figures[i].value);

      if (text == NULL)
        continue;
      if (!any)
        cl_sheet_add_heading (sheet, 2, _ ("Market range"));
      any = TRUE;
      cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, text);
    }
}

static const char *
ask_kind_name (ClAskKind kind)
{
  switch (kind)
    {
    case CL_ASK_KIND_BASE: return _ ("Base salary");
    case CL_ASK_KIND_EQUITY: return _ ("Equity");
    case CL_ASK_KIND_SIGN_ON: return _ ("Sign-on bonus");
    case CL_ASK_KIND_LEVEL: return _ ("Level");
    case CL_ASK_KIND_START_DATE: return _ ("Start date");
    case CL_ASK_KIND_OTHER:
    default: return _ ("Other");
    }
}

static const char *
priority_name (ClAskPriority priority)
{
  switch (priority)
    {
    case CL_ASK_PRIORITY_HIGH: return _ ("High");
    case CL_ASK_PRIORITY_LOW: return _ ("Low");
    case CL_ASK_PRIORITY_MEDIUM:
    default: return _ ("Medium");
    }
}

static const char *
outcome_name (ClNegotiationOutcome outcome)
{
  switch (outcome)
    {
    case CL_NEGOTIATION_OUTCOME_IMPROVED: return _ ("Improved");
    case CL_NEGOTIATION_OUTCOME_UNCHANGED: return _ ("Unchanged");
    case CL_NEGOTIATION_OUTCOME_RESCINDED: return _ ("Rescinded");
    case CL_NEGOTIATION_OUTCOME_PENDING:
    default: return _ ("Pending");
    }
}

static void
add_asks (ClSheet      *sheet,
          ClOfferStore *store,
          ClOffer      *offer)
{
  GListModel   *asks = cl_offer_store_get_asks (store, cl_offer_get_id (offer));
  const char   *headers[] = { _ ("Priority"), _ ("Ask"), _ ("What") };
  ClSheetTable *table;

  if (g_list_model_get_n_items (asks) == 0)
    return;

  cl_sheet_add_heading (sheet, 2, _ ("Asks"));
  table = cl_sheet_add_table (sheet, G_N_ELEMENTS (headers), headers);
  /* High first, each priority in the order the asks were added. */
  for (ClAskPriority priority = CL_ASK_PRIORITY_HIGH; priority <= CL_ASK_PRIORITY_LOW; priority++)
    for (guint i = 0; i < g_list_model_get_n_items (asks); i++)
      {
        g_autoptr(ClNegotiationAsk) ask = g_list_model_get_item (asks, i);
        g_autofree char *what = NULL;
        const char      *details = cl_negotiation_ask_get_details (ask);
        const char      *cells[3];

        if (cl_negotiation_ask_get_priority (ask) != priority)
          continue;
        if (cl_negotiation_ask_get_amount (ask) >= 0)
          {
            g_autofree char *amount =
              cl_money_format (cl_negotiation_ask_get_amount (ask), cl_offer_get_currency (offer));

            what = details != NULL ? g_strdup_printf ("%s — %s", amount, details)
                                   : g_steal_pointer (&amount);
          }
        else
          what = g_strdup (details != NULL ? details : "");
        cells[0] = priority_name (priority);
        cells[1] = ask_kind_name (cl_negotiation_ask_get_kind (ask));
        cells[2] = what;
        cl_sheet_table_add_row (table, cells);
      }
}

static void
add_talking_points (ClSheet           *sheet,
                    ClNegotiationPlan *plan)
{
  const char *text = plan != NULL ? cl_negotiation_plan_get_talking_points (plan) : NULL;
  g_auto (GStrv) lines = NULL;
  gboolean any = FALSE;

  if (text == NULL)
    return;

  /* One point a line; blank lines only separate. */
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (!any)
        cl_sheet_add_heading (sheet, 2, _ ("Talking points"));
      any = TRUE;
      cl_sheet_add_bullet (sheet, lines[i]);
    }
}

static void
add_log (ClSheet      *sheet,
         ClOfferStore *store,
         ClOffer      *offer)
{
  GListModel   *rounds = cl_offer_store_get_negotiation_rounds (store, cl_offer_get_id (offer));
  const char   *headers[] = { _ ("Date"), _ ("Asked"), _ ("Came back"), _ ("Outcome") };
  const char   *currency = cl_offer_get_currency (offer);
  ClSheetTable *table;
  guint         n = g_list_model_get_n_items (rounds);

  if (n == 0)
    return;

  cl_sheet_add_heading (sheet, 2, _ ("Negotiation log"));
  table = cl_sheet_add_table (sheet, G_N_ELEMENTS (headers), headers);
  /* Oldest first on paper: it reads as a story. */
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(ClNegotiationRound) round = g_list_model_get_item (rounds, i);
      g_autoptr(GDateTime) when =
                   g_date_time_new_from_unix_local (cl_negotiation_round_get_happened_at (round));
      g_autoptr(GString) back = g_string_new (cl_negotiation_round_get_response (round));
      g_autofree char *date = NULL;
      const char      *cells[4];
      struct
      {
        const char *label;
        gint64      value;
      } numbers[] = {
        { _ ("base"), cl_negotiation_round_get_offered_base (round) },
        { _ ("bonus"), cl_negotiation_round_get_offered_bonus (round) },
        { _ ("sign-on"), cl_negotiation_round_get_offered_sign_on (round) },
        { _ ("equity"), cl_negotiation_round_get_offered_equity (round) },
      };

      for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
        {
          g_autofree char *amount = NULL;

          if (numbers[k].value < 0)
            continue;
          amount = cl_money_format (numbers[k].value, currency);
          if (back->len > 0)
            g_string_append (back, back->str[back->len - 1] == '.' ? " " : "; ");
          g_string_append_printf (back, "%s %s", numbers[k].label, amount);
        }

      /* TRANSLATORS: a date in the negotiation log, see g_date_time_format() */
      date = when != NULL ? g_date_time_format (when, _ ("%-d %b %Y")) : g_strdup ("");
      cells[0] = date;
      cells[1] = cl_negotiation_round_get_asked (round);
      cells[2] = back->str;
      cells[3] = outcome_name (cl_negotiation_round_get_outcome (round));
      cl_sheet_table_add_row (table, cells);
    }
}

static void
add_plan (ClSheet   *sheet,
          ClContext *context,
          ClOffer   *offer)
{
  ClOfferStore      *store = cl_context_get_offer_store (context);
  ClNegotiationPlan *plan = cl_offer_store_get_plan (store, cl_offer_get_id (offer));
  const char        *currency = cl_offer_get_currency (offer);
  g_autoptr(GPtrArray) checks = cl_offer_store_check_negotiation (store, offer);

  cl_sheet_add_heading (sheet, 2, _ ("Negotiation plan"));
  if (plan != NULL)
    {
      gint64 leverage_id = cl_negotiation_plan_get_leverage_offer_id (plan);

      add_money_row (sheet, _ ("Target total"), cl_negotiation_plan_get_target_total (plan),
                     currency);
      add_money_row (sheet, _ ("Walk-away point"), cl_negotiation_plan_get_walk_away_total (plan),
                     currency);
      if (leverage_id > 0)
        {
          ClOffer *leverage = cl_offer_store_find_offer (store, leverage_id);

          if (leverage != NULL)
            {
              g_autofree char *name = offer_name (context, leverage);
              g_autofree char *value =
                g_strdup_printf ("%s (%s)", name, status_name (cl_offer_get_status (leverage)));

              cl_sheet_add_key_value (sheet, _ ("Leverage"), value);
            }
        }
    }
  else
    cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_MUTED, _ ("No target or walk-away point set."));

  for (guint i = 0; i < checks->len; i++)
    {
      ClNegotiationCheck *check = g_ptr_array_index (checks, i);
      g_autofree char    *text = g_strdup_printf (_ ("Watch out: %s"), check->message);

      cl_sheet_add_bullet (sheet, text);
    }

  add_asks (sheet, store, offer);
  add_talking_points (sheet, plan);
  add_log (sheet, store, offer);
}

static void
add_offer (ClSheet   *sheet,
           ClContext *context,
           ClOffer   *offer,
           gint64     now)
{
  ClOfferStore    *store = cl_context_get_offer_store (context);
  g_autofree char *name = offer_name (context, offer);
  ClCompBreakdown  breakdown;
  g_autoptr(GError) error = NULL;

  cl_sheet_add_heading (sheet, 1, name);
  cl_sheet_add_key_value (sheet, _ ("Status"), status_name (cl_offer_get_status (offer)));
  if (cl_offer_get_response_deadline (offer) != 0)
    {
      g_autofree char *deadline = format_time (cl_offer_get_response_deadline (offer), now);

      cl_sheet_add_key_value (sheet, _ ("Answer by"), deadline);
    }
  if (cl_offer_get_start_date (offer) != NULL)
    cl_sheet_add_key_value (sheet, _ ("Start date"), cl_offer_get_start_date (offer));
  if (cl_offer_get_benefits (offer) != NULL)
    cl_sheet_add_key_value (sheet, _ ("Other benefits"), cl_offer_get_benefits (offer));

  if (!cl_offer_get_breakdown (offer, &breakdown, &error))
    {
      g_autofree char *text =
        g_strdup_printf (_ ("The totals cannot be computed: %s"), error->message);

      cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, text);
    }
  else
    {
      cl_sheet_add_heading (sheet, 2, _ ("Total compensation by year"));
      add_breakdown (sheet, &breakdown, offer);
      add_revisions (sheet, store, offer);
      add_market (sheet, store, offer, &breakdown);
    }

  add_plan (sheet, context, offer);
}

static void
add_comparison (ClSheet    *sheet,
                ClContext  *context,
                GPtrArray  *offers,
                const char *in_currency)
{
  ClOfferStore *store = cl_context_get_offer_store (context);
  g_autoptr(ClCompComparison) comparison = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char  **headers;
  const char   *currency;
  ClSheetTable *table;

  cl_sheet_add_heading (sheet, 1, _ ("Comparison"));
  comparison = cl_offer_store_compare (store, offers, in_currency, &error);
  if (comparison == NULL)
    {
      cl_sheet_add_paragraph (sheet, CL_SHEET_TEXT_NORMAL, error->message);
      return;
    }
  currency = cl_comp_comparison_get_currency (comparison);

  headers = g_new0 (const char *, offers->len + 2);
  headers[0] = currency;
  for (guint i = 0; i < offers->len; i++)
    {
      g_ptr_array_add (names, offer_name (context, g_ptr_array_index (offers, i)));
      headers[i + 1] = g_ptr_array_index (names, i);
    }
  table = cl_sheet_add_table (sheet, offers->len + 1, headers);
  g_free (headers);
  for (guint i = 1; i <= offers->len; i++)
    cl_sheet_table_set_alignment (table, i, CL_SHEET_ALIGN_RIGHT);

  /* Year totals, the 4-year total and the average; best of each in bold. */
  for (guint r = 0; r < CL_COMP_YEARS + 2; r++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      guint row;

      if (r < CL_COMP_YEARS)
        g_ptr_array_add (cells, g_strdup_printf (_ ("Year %u"), r + 1));
      else
        g_ptr_array_add (cells, g_strdup (r == CL_COMP_YEARS ? _ ("4 years") : _ ("Average")));
      for (guint i = 0; i < offers->len; i++)
        {
          const ClCompBreakdown *b = cl_comp_comparison_get_breakdown (comparison, i);
          gint64                 value = r < CL_COMP_YEARS    ? b->year_totals[r]
                                         : r == CL_COMP_YEARS ? b->total
                                                              : b->yearly_average;

          g_ptr_array_add (cells, cl_money_format (value, currency));
        }
      row = cl_sheet_table_add_row (table, (const char *const *) cells->pdata);
      for (guint i = 0; i < offers->len; i++)
        {
          const ClCompMarks *marks = cl_comp_comparison_get_marks (comparison, i);
          gboolean           best = r < CL_COMP_YEARS    ? marks->year_totals[r]
                                    : r == CL_COMP_YEARS ? marks->total
                                                         : marks->yearly_average;

          cl_sheet_table_set_bold (table, row, i + 1, best);
        }
    }

  for (guint i = 0; i < offers->len; i++)
    {
      g_autofree char *rate = cl_comp_comparison_describe_rate (comparison, i);

      if (rate == NULL)
        continue;
      if (notes->len > 0)
        g_string_append_c (notes, ' ');
      g_string_append_printf (notes, "%s: %s", (const char *) g_ptr_array_index (names, i), rate);
    }
  if (notes->len == 0)
    g_string_append (notes, _ ("The best value of each row is in bold."));
  else
    g_string_append_printf (notes, " %s", _ ("The best value of each row is in bold."));
  cl_sheet_table_set_note (table, notes->str);
}

ClSheet *
cl_prep_sheet_build (ClContext  *context,
                     GPtrArray  *offers,
                     const char *currency)
{
  gint64 now;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *date = NULL;
  g_autofree char *header = NULL;
  ClSheet         *sheet;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (offers != NULL && offers->len > 0, NULL);

  now = cl_clock_now (cl_context_get_clock (context));
  today = g_date_time_new_from_unix_local (now);
  /* TRANSLATORS: the date the sheet was made, see g_date_time_format() */
  date = g_date_time_format (today, _ ("%-d %B %Y"));
  header = g_strdup_printf (_ ("Negotiation prep sheet · prepared %s"), date);
  sheet = cl_sheet_new (_ ("Negotiation Prep Sheet"), header);

  for (guint i = 0; i < offers->len; i++)
    add_offer (sheet, context, g_ptr_array_index (offers, i), now);
  if (offers->len >= 2)
    add_comparison (sheet, context, offers, currency);

  return sheet;
}

gboolean
cl_prep_sheet_export (ClContext  *context,
                      const char *path,
                      ClPaper     paper,
                      const char *currency,
                      GError    **error)
{
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(ClSheet) sheet = NULL;

  g_return_val_if_fail (CL_IS_CONTEXT (context), FALSE);

  offers = cl_prep_sheet_get_open_offers (context);
  if (offers->len == 0)
    {
      g_set_error (error, CL_PREP_SHEET_ERROR, CL_PREP_SHEET_ERROR_NO_OFFERS,
                   _ ("There is no offer received or being negotiated to put on the sheet. "
                      "Add an offer, or set its status to Received or Negotiating."));
      return FALSE;
    }

  sheet = cl_prep_sheet_build (context, offers, currency);
  return cl_sheet_write_pdf (sheet, paper, path, error);
}
