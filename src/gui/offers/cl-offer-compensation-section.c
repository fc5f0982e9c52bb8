/* cl-offer-compensation-section.c — what an offer pays: salary, bonus, equity, benefits
 *
 * Every number is typed as text and read by cl-offer-fields.c as it is
 * typed, so a field says what is wrong before anything is saved.  The
 * target bonus is a percentage of base or an amount, the equity an amount
 * or shares × price: one form at a time is shown, the one the offer holds
 * (or the one chosen while it holds neither).  Choosing the other form
 * converts what the offer holds when it can (15% of a 200,000 base is a
 * 30,000 bonus), by the rounding rule, in one save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-offer-compensation-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-section.h"
#include "cl-money.h"
#include "cl-offer-compensation-section.h"
#include "cl-offer-fields.h"

/* The choices of the two "given as" combos. */
enum
{
  BONUS_AS_PERCENT,
  BONUS_AS_AMOUNT,
};

enum
{
  EQUITY_AS_AMOUNT,
  EQUITY_AS_SHARES,
};

struct _ClOfferCompensationSection
{
  ClOfferSectionBase parent_instance;

  /* The form shown while the offer holds neither. */
  gboolean           bonus_as_amount;
  gboolean           equity_as_shares;
  GPtrArray         *currency_labels; /* one beside each amount */

  ClInstantApply    *bonus_kind_apply;
  ClInstantApply    *bonus_percent_apply;
  ClInstantApply    *bonus_amount_apply;
  ClInstantApply    *equity_kind_apply;
  ClInstantApply    *equity_amount_apply;
  ClInstantApply    *shares_apply;
  ClInstantApply    *share_price_apply;
  ClInstantApply    *vesting_apply;
  ClInstantApply    *vesting_years_apply;
  ClInstantApply    *custom_vesting_apply;
  ClInstantApply    *refresher_from_apply;

  AdwEntryRow       *base_salary_row;
  AdwEntryRow       *currency_row;
  AdwComboRow       *bonus_kind_row;
  AdwEntryRow       *bonus_percent_row;
  AdwEntryRow       *bonus_amount_row;
  AdwEntryRow       *sign_on_row;
  AdwEntryRow       *sign_on_year2_row;
  AdwEntryRow       *clawback_row;
  AdwComboRow       *equity_kind_row;
  AdwEntryRow       *equity_amount_row;
  AdwEntryRow       *shares_row;
  AdwEntryRow       *share_price_row;
  AdwComboRow       *vesting_row;
  AdwEntryRow       *vesting_years_row;
  AdwEntryRow       *custom_vesting_row;
  AdwEntryRow       *cliff_row;
  AdwEntryRow       *refresher_row;
  AdwComboRow       *refresher_from_row;
  AdwComboRow       *refresher_vesting_row;
  AdwEntryRow       *retirement_row;
  GtkTextView       *benefits_view;
  GtkLabel          *benefits_error;
};

/* clang-format off */
G_DEFINE_FINAL_TYPE (ClOfferCompensationSection, cl_offer_compensation_section,
                     CL_TYPE_OFFER_SECTION_BASE)
/* clang-format on */

static ClOffer *
get_offer (ClOfferCompensationSection *self)
{
  return cl_offer_section_base_get_offer (CL_OFFER_SECTION_BASE (self));
}

static ClContext *
get_context (ClOfferCompensationSection *self)
{
  return cl_offer_section_base_get_context (CL_OFFER_SECTION_BASE (self));
}

/* Which rows show ---------------------------------------------------------- */

/* Shows @row or hides it; a hidden field gives up what it could not save,
 * so no message stays on screen for a field that is not. */
static void
set_row_shown (GtkWidget      *row,
               ClInstantApply *apply,
               gboolean        shown)
{
  if (!shown && gtk_widget_get_visible (row))
    cl_instant_apply_discard (apply);
  gtk_widget_set_visible (row, shown);
}

static void
update_rows (ClOfferCompensationSection *self)
{
  ClOffer  *offer = get_offer (self);
  ClVesting vesting = offer != NULL ? cl_offer_get_vesting (offer) : CL_VESTING_STANDARD;

  set_row_shown (GTK_WIDGET (self->bonus_percent_row), self->bonus_percent_apply,
                 !self->bonus_as_amount);
  set_row_shown (GTK_WIDGET (self->bonus_amount_row), self->bonus_amount_apply,
                 self->bonus_as_amount);
  set_row_shown (GTK_WIDGET (self->equity_amount_row), self->equity_amount_apply,
                 !self->equity_as_shares);
  set_row_shown (GTK_WIDGET (self->shares_row), self->shares_apply, self->equity_as_shares);
  set_row_shown (GTK_WIDGET (self->share_price_row), self->share_price_apply,
                 self->equity_as_shares);
  set_row_shown (GTK_WIDGET (self->vesting_years_row), self->vesting_years_apply,
                 vesting == CL_VESTING_STANDARD);
  set_row_shown (GTK_WIDGET (self->custom_vesting_row), self->custom_vesting_apply,
                 vesting == CL_VESTING_CUSTOM);
}

/* The target bonus's form -------------------------------------------------- */

static gboolean
save_bonus_kind_cb (guint    value,
                    gpointer data,
                    GError **error)
{
  ClOfferCompensationSection *self = data;
  ClOffer                    *offer = get_offer (self);
  gboolean                    as_amount = value == BONUS_AS_AMOUNT;
  gboolean                    was_amount = self->bonus_as_amount;
  gint64                      base = cl_offer_get_base_salary (offer);
  gint64                      bp = cl_offer_get_bonus_basis_points (offer);
  gint64                      amount = cl_offer_get_bonus_amount (offer);
  gint64                      quantum = cl_currency_get_quantum (cl_offer_get_currency (offer));

  /* Set first: what the save's echo shows follows it. */
  self->bonus_as_amount = as_amount;
  if (as_amount && bp >= 0)
    {
      gint64 converted = base >= 0 ? cl_money_portion (base, bp, CL_PERCENT_SCALE, quantum) : -1;

      if (!cl_offer_section_save (get_context (self), offer, "bonus-amount", error,
                                  "bonus-basis-points", (gint64) -1, "bonus-amount", converted,
                                  NULL))
        goto failed;
    }
  else if (!as_amount && amount >= 0)
    {
      gint64 converted = base > 0 ? cl_money_portion (CL_PERCENT_SCALE, amount, base, 1) : -1;

      if (converted > CL_PERCENT_SCALE)
        converted = -1;
      if (!cl_offer_section_save (get_context (self), offer, "bonus-basis-points", error,
                                  "bonus-amount", (gint64) -1, "bonus-basis-points", converted,
                                  NULL))
        goto failed;
    }
  update_rows (self);
  return TRUE;

failed:
  self->bonus_as_amount = was_amount;
  return FALSE;
}

/* The equity's form -------------------------------------------------------- */

static gboolean
save_equity_kind_cb (guint    value,
                     gpointer data,
                     GError **error)
{
  ClOfferCompensationSection *self = data;
  ClOffer                    *offer = get_offer (self);
  gboolean                    as_shares = value == EQUITY_AS_SHARES;
  gboolean                    was_shares = self->equity_as_shares;
  gint64                      shares = cl_offer_get_equity_shares (offer);
  gint64                      price = cl_offer_get_share_price (offer);
  gint64                      quantum = cl_currency_get_quantum (cl_offer_get_currency (offer));

  self->equity_as_shares = as_shares;
  if (as_shares && cl_offer_get_equity_amount (offer) >= 0)
    {
      /* A value has no number of shares: the user gives them. */
      if (!cl_offer_section_save (get_context (self), offer, "equity-shares", error,
                                  "equity-amount", (gint64) -1, NULL))
        goto failed;
    }
  else if (!as_shares && (shares >= 0 || price >= 0))
    {
      gint64 converted = shares >= 0 && price >= 0
                           ? cl_money_portion (shares, price, CL_SHARE_PRICE_SCALE, quantum)
                           : -1;

      if (converted > CL_MONEY_MAX_CENTS)
        converted = -1;
      if (!cl_offer_section_save (get_context (self), offer, "equity-amount", error,
                                  "equity-shares", (gint64) -1, "share-price", (gint64) -1,
                                  "equity-amount", converted, NULL))
        goto failed;
    }
  update_rows (self);
  return TRUE;

failed:
  self->equity_as_shares = was_shares;
  return FALSE;
}

/* Vesting ------------------------------------------------------------------ */

/* The schedule in use, year by year, as the custom one starts from it. */
static char *
current_schedule (ClOffer *offer)
{
  ClCompTerms terms;
  gint64      bp[CL_COMP_MAX_VESTING_YEARS];
  guint       n;
  g_autoptr(GString) list = g_string_new (NULL);

  cl_offer_get_terms (offer, &terms);
  n = cl_comp_terms_get_vesting_bp (&terms, bp);
  if (n == 0)
    return g_strdup ("2500,2500,2500,2500");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", bp[i]);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
save_vesting_cb (guint    value,
                 gpointer data,
                 GError **error)
{
  ClOfferCompensationSection *self = data;
  ClOffer                    *offer = get_offer (self);
  g_autoptr(ClOffer) copy = cl_offer_copy (offer);
  guint bp[CL_OFFER_MAX_VESTING_YEARS];
  guint n = 0;

  g_object_set (copy, "vesting", (ClVesting) value, NULL);
  /* Custom starts from the years of the schedule left, unless it has years
   * of its own from before. */
  if (value == CL_VESTING_CUSTOM &&
      (!cl_offer_parse_custom_vesting (cl_offer_get_custom_vesting (offer), bp, &n) || n == 0))
    {
      g_autofree char *schedule = current_schedule (offer);

      g_object_set (copy, "custom-vesting", schedule, NULL);
    }
  if (!cl_offer_section_save_copy (get_context (self), copy, "vesting", error))
    return FALSE;
  update_rows (self);
  return TRUE;
}

static gboolean
save_refresher_from_cb (guint    value,
                        gpointer data,
                        GError **error)
{
  ClOfferCompensationSection *self = data;

  /* The choices are years 1 to 4. */
  return cl_offer_section_save (get_context (self), get_offer (self), "refresher-from-year",
                                error, "refresher-from-year", value + 1, NULL);
}

/* Showing ------------------------------------------------------------------ */

static void
cl_offer_compensation_section_show (ClOfferSectionBase *base)
{
  ClOfferCompensationSection *self = CL_OFFER_COMPENSATION_SECTION (base);
  ClOffer                    *offer = get_offer (self);
  const char                 *currency = cl_offer_get_currency (offer);

  if (cl_offer_get_bonus_amount (offer) >= 0)
    self->bonus_as_amount = TRUE;
  else if (cl_offer_get_bonus_basis_points (offer) >= 0)
    self->bonus_as_amount = FALSE;
  if (cl_offer_get_equity_shares (offer) >= 0 || cl_offer_get_share_price (offer) >= 0)
    self->equity_as_shares = TRUE;
  else if (cl_offer_get_equity_amount (offer) >= 0)
    self->equity_as_shares = FALSE;

  cl_instant_apply_show_value (self->bonus_kind_apply,
                               self->bonus_as_amount ? BONUS_AS_AMOUNT : BONUS_AS_PERCENT);
  cl_instant_apply_show_value (self->equity_kind_apply,
                               self->equity_as_shares ? EQUITY_AS_SHARES : EQUITY_AS_AMOUNT);
  cl_instant_apply_show_value (self->vesting_apply, cl_offer_get_vesting (offer));
  cl_instant_apply_show_value (self->refresher_from_apply,
                               MAX (cl_offer_get_refresher_from_year (offer), 1) - 1);

  for (guint i = 0; i < self->currency_labels->len; i++)
    gtk_label_set_text (g_ptr_array_index (self->currency_labels, i),
                        currency != NULL ? currency : "");
  update_rows (self);
}

/* The section -------------------------------------------------------------- */

static void
cl_offer_compensation_section_dispose (GObject *object)
{
  ClOfferCompensationSection *self = CL_OFFER_COMPENSATION_SECTION (object);

  g_clear_pointer (&self->currency_labels, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_OFFER_COMPENSATION_SECTION);

  G_OBJECT_CLASS (cl_offer_compensation_section_parent_class)->dispose (object);
}

static void
cl_offer_compensation_section_class_init (ClOfferCompensationSectionClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  ClOfferSectionBaseClass *base_class = CL_OFFER_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_offer_compensation_section_dispose;
  base_class->show = cl_offer_compensation_section_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX
                                               "/gui/offers/cl-offer-compensation-section.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, ClOfferCompensationSection, name)
  BIND (base_salary_row);
  BIND (currency_row);
  BIND (bonus_kind_row);
  BIND (bonus_percent_row);
  BIND (bonus_amount_row);
  BIND (sign_on_row);
  BIND (sign_on_year2_row);
  BIND (clawback_row);
  BIND (equity_kind_row);
  BIND (equity_amount_row);
  BIND (shares_row);
  BIND (share_price_row);
  BIND (vesting_row);
  BIND (vesting_years_row);
  BIND (custom_vesting_row);
  BIND (cliff_row);
  BIND (refresher_row);
  BIND (refresher_from_row);
  BIND (refresher_vesting_row);
  BIND (retirement_row);
  BIND (benefits_view);
  BIND (benefits_error);
#undef BIND
}

/* A label beside @row saying the offer's currency. */
static void
add_currency_label (ClOfferCompensationSection *self,
                    AdwEntryRow                *row)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  adw_entry_row_add_suffix (row, label);
  g_ptr_array_add (self->currency_labels, label);
}

static void
fill_combos (ClOfferCompensationSection *self)
{
  const char *bonus_kinds[] = { _ ("Percent of base"), _ ("Amount"), NULL };
  const char *equity_kinds[] = { _ ("Amount"), _ ("Shares × price"), NULL };
  const char *years[] = { _ ("Year 1"), _ ("Year 2"), _ ("Year 3"), _ ("Year 4"), NULL };
  const char *refresher_schedules[] = { _ ("Standard, 25/25/25/25"),
                                        _ ("Front-loaded, 33/33/22/12"),
                                        _ ("Back-loaded, 5/15/40/40"), NULL };

  cl_application_section_fill_combo (self->bonus_kind_row, bonus_kinds);
  cl_application_section_fill_combo (self->equity_kind_row, equity_kinds);
  cl_application_section_fill_combo (self->vesting_row, cl_vesting_get_labels ());
  cl_application_section_fill_combo (self->refresher_from_row, years);
  cl_application_section_fill_combo (self->refresher_vesting_row, refresher_schedules);
}

static ClInstantApply *
add_value (ClOfferCompensationSection *self,
           AdwComboRow                *row,
           const char                 *what,
           ClInstantApplyValueFunc     func)
{
  return cl_offer_section_base_add (CL_OFFER_SECTION_BASE (self),
                                    cl_instant_apply_new_for_value (GTK_WIDGET (row), "selected",
                                                                    what, func, self, NULL));
}

static void
cl_offer_compensation_section_init (ClOfferCompensationSection *self)
{
  ClOfferSectionBase *base = CL_OFFER_SECTION_BASE (self);
  ClInstantApply     *apply;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Screen readers name the section as its first heading reads. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Compensation"), -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->benefits_view), "view");
  cl_application_section_name_fields (GTK_WIDGET (self));
  fill_combos (self);

  self->currency_labels = g_ptr_array_new ();
  add_currency_label (self, self->base_salary_row);
  add_currency_label (self, self->bonus_amount_row);
  add_currency_label (self, self->sign_on_row);
  add_currency_label (self, self->sign_on_year2_row);
  add_currency_label (self, self->equity_amount_row);
  add_currency_label (self, self->share_price_row);
  add_currency_label (self, self->refresher_row);

  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->base_salary_row),
                                     _ ("The base salary"), "base-salary");
  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->currency_row), _ ("The currency"),
                                     "currency");
  self->bonus_kind_apply = add_value (self, self->bonus_kind_row, _ ("The form of the bonus"),
                                      save_bonus_kind_cb);
  self->bonus_percent_apply = cl_offer_section_base_bind_number (
    base, GTK_WIDGET (self->bonus_percent_row), _ ("The target bonus"), "bonus-basis-points");
  self->bonus_amount_apply = cl_offer_section_base_bind_number (
    base, GTK_WIDGET (self->bonus_amount_row), _ ("The target bonus"), "bonus-amount");

  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->sign_on_row),
                                     _ ("The sign-on bonus"), "sign-on");
  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->sign_on_year2_row),
                                     _ ("The part paid in year 2"), "sign-on-year2");
  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->clawback_row),
                                     _ ("The clawback period"), "sign-on-clawback-months");

  self->equity_kind_apply = add_value (self, self->equity_kind_row, _ ("The form of the equity"),
                                       save_equity_kind_cb);
  self->equity_amount_apply = cl_offer_section_base_bind_number (
    base, GTK_WIDGET (self->equity_amount_row), _ ("The grant value"), "equity-amount");
  self->shares_apply = cl_offer_section_base_bind_number (base, GTK_WIDGET (self->shares_row),
                                                          _ ("The number of shares"),
                                                          "equity-shares");
  self->share_price_apply = cl_offer_section_base_bind_number (
    base, GTK_WIDGET (self->share_price_row), _ ("The share price"), "share-price");
  self->vesting_apply = add_value (self, self->vesting_row, _ ("The vesting schedule"),
                                   save_vesting_cb);
  self->vesting_years_apply = cl_offer_section_base_bind_number (
    base, GTK_WIDGET (self->vesting_years_row), _ ("The vesting years"), "vesting-years");
  self->custom_vesting_apply = cl_offer_section_base_bind_number (
    base, GTK_WIDGET (self->custom_vesting_row), _ ("The percentages of each year"),
    "custom-vesting");
  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->cliff_row), _ ("The cliff"),
                                     "cliff-months");

  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->refresher_row),
                                     _ ("The refresher grant"), "refresher-amount");
  self->refresher_from_apply = add_value (self, self->refresher_from_row,
                                          _ ("The first refresher year"),
                                          save_refresher_from_cb);
  cl_offer_section_base_bind_value (base, GTK_WIDGET (self->refresher_vesting_row), "selected",
                                    _ ("The refresher vesting"), "refresher-vesting");

  cl_offer_section_base_bind_number (base, GTK_WIDGET (self->retirement_row),
                                     _ ("The retirement match"), "retirement-match-basis-points");
  apply = cl_offer_section_base_bind_text (base, GTK_WIDGET (self->benefits_view),
                                           _ ("The other benefits"), "benefits");
  cl_instant_apply_set_message_label (apply, self->benefits_error);
}

GtkWidget *
cl_offer_compensation_section_new (void)
{
  return g_object_new (CL_TYPE_OFFER_COMPENSATION_SECTION, NULL);
}
