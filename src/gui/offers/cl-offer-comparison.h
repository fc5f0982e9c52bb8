/* cl-offer-comparison.h — two or more offers side by side, in one currency
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cl-compensation.h"
#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_OFFER_COMPARISON (cl_offer_comparison_get_type ())
G_DECLARE_FINAL_TYPE (ClOfferComparison, cl_offer_comparison, CL, OFFER_COMPARISON, GtkWidget)

GtkWidget        *cl_offer_comparison_new           (void);
/* Follows @context's offers and exchange rates from now on. */
void              cl_offer_comparison_set_context   (ClOfferComparison *self,
                                                     ClContext         *context);

/* Whether @offer_id is among the offers compared (at first: every offer
 * received or being negotiated), and choosing it or not, as its check does. */
gboolean          cl_offer_comparison_get_chosen    (ClOfferComparison *self,
                                                     gint64             offer_id);
void              cl_offer_comparison_set_chosen    (ClOfferComparison *self,
                                                     gint64             offer_id,
                                                     gboolean           chosen);
/* The currency compared in (at first the most common among the chosen
 * offers), and choosing another, as its combo does; one no chosen offer
 * is in is refused. */
const char       *cl_offer_comparison_get_currency  (ClOfferComparison *self);
void              cl_offer_comparison_set_currency  (ClOfferComparison *self,
                                                     const char        *currency);

/* What is shown now: NULL while fewer than two offers are chosen, or when a
 * rate is missing; else the figures of the table, the offers in the order
 * of its columns. */
ClCompComparison *cl_offer_comparison_get_comparison (ClOfferComparison *self);

/* For tests and screen-reader checks: the text of a cell of the table,
 * whether it is marked best, and what screen readers hear for it.  @row is
 * "year1-base" … "year4-refreshers" (components base, bonus, sign-on,
 * equity, refreshers), "year1-total" …
 * "year4-total", "total" or "average"; @column counts the offers from 0.
 * NULL when the table has no such cell (a component no offer has in a year
 * has no row). */
const char       *cl_offer_comparison_get_cell      (ClOfferComparison *self,
                                                     const char        *row,
                                                     guint              column,
                                                     gboolean          *out_best,
                                                     const char       **out_spoken);

/* clang-format on */
G_END_DECLS
