/* cl-negotiation-fields.h — what the negotiation section's rows and forms share
 *
 * How a plan's amounts, a round's moment and an offer are written for the
 * user and read back, and how a form (a dialog, saved at once on its
 * response) says what is wrong under the field, as ClInstantApply does for
 * the fields saved one by one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"

G_BEGIN_DECLS
/* clang-format off */

/* "Acme AI — Senior MLE (Negotiating)": the company, the offer's title (or
 * its application's role) and its status. */
char       *cl_negotiation_describe_offer   (ClContext   *context,
                                             ClOffer     *offer);
/* The number alone, as cl_money_parse() reads it back ("120,000.50"); ""
 * for none (-1). */
char       *cl_negotiation_format_amount    (gint64       cents,
                                             const char  *currency);
/* "$120,000"; NULL for none (-1). */
char       *cl_negotiation_format_money     (gint64       cents,
                                             const char  *currency);
/* Gives the entry row @row the title "@title (@currency)", for it and for
 * screen readers (its text field is named by it). */
void        cl_negotiation_title_money_row  (AdwEntryRow *row,
                                             const char  *title,
                                             const char  *currency);
/* Names the text field of every entry row below @root by its row's title. */
void        cl_negotiation_name_fields      (GtkWidget   *root);

/* A round's moment as its two fields show it, in local time:
 * "2026-11-01" and "09:00". */
void        cl_negotiation_format_when      (gint64       unix_time,
                                             char       **out_day,
                                             char       **out_time);
/* Reads them back into a Unix time: the day is required, the time of day
 * optional (midnight).  FALSE with a CL_VALIDATION_ERROR about "day" or
 * "time" saying how to write it. */
gboolean    cl_negotiation_parse_when       (const char  *day_text,
                                             const char  *time_text,
                                             gint64      *out_unix_time,
                                             GError     **error);
/* "Sun 1 Nov 2026, 09:00". */
char       *cl_negotiation_describe_when    (gint64       unix_time);

/* Fills @row's choices with @n_values labels. */
void        cl_negotiation_fill_combo       (AdwComboRow *row,
                                             const char *(*get_label) (int value),
                                             int          n_values);
const char *cl_negotiation_ask_kind_label   (int          kind);
const char *cl_negotiation_priority_label   (int          priority);
const char *cl_negotiation_outcome_label    (int          outcome);

/* Says @message right below @field, a row of a list (a row inserted after
 * it, made the first time), and marks the field for screen readers; NULL
 * clears it. */
void        cl_negotiation_show_problem     (GtkWidget   *field,
                                             const char  *message);

/* clang-format on */
G_END_DECLS
