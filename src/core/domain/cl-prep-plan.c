/* cl-prep-plan.c — a prep plan worked back from an interview, and its progress
 *
 * Days are counted on GDate's Julian day numbers, so months and leap years
 * need no care; equal weights use whole numbers so that the spread is exact.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-prep-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "cl-prep-plan.h"

/* clang-format off */
G_DEFINE_QUARK (cl-prep-plan-error-quark, cl_prep_plan_error)
/* clang-format on */

/* The Julian day of @text, strictly "YYYY-MM-DD"; 0 when it is not one. */
static guint
digits (const char *text,
        guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (text[i] - '0');
  return value;
}

static guint32
parse_date (const char *text)
{
  guint year, month, day;
  GDate date;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return 0;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return 0;
  year = digits (text, 4);
  month = digits (text + 5, 2);
  day = digits (text + 8, 2);
  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static char *
format_date (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (&date),
                          (guint) g_date_get_month (&date), (guint) g_date_get_day (&date));
}

static gboolean
parse_both (const char *today,
            const char *round_date,
            guint32    *out_today,
            guint32    *out_round,
            GError    **error)
{
  *out_today = parse_date (today);
  *out_round = parse_date (round_date);
  if (*out_today == 0 || *out_round == 0)
    {
      g_set_error (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_INVALID,
                   _ ("“%s” is not a date written YYYY-MM-DD."),
                   *out_today == 0 ? (today != NULL ? today : "") : round_date);
      return FALSE;
    }
  return TRUE;
}

gboolean
cl_prep_plan_count_days (const char *today,
                         const char *round_date,
                         int        *out_days,
                         GError    **error)
{
  guint32 first, round;

  g_return_val_if_fail (out_days != NULL, FALSE);

  if (!parse_both (today, round_date, &first, &round, error))
    return FALSE;
  /* Today up to round − 2 included: round − today − 1 days. */
  *out_days = (int) ((gint64) round - (gint64) first - 1);
  return TRUE;
}

GStrv
cl_prep_plan_schedule (const char   *today,
                       const char   *round_date,
                       const double *weights,
                       guint         n_objectives,
                       GError      **error)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  guint32 first, round;
  double  total = 0;
  double  running = 0;
  int     days;

  if (!cl_prep_plan_count_days (today, round_date, &days, error))
    return NULL;
  parse_both (today, round_date, &first, &round, NULL);
  if (days < 0)
    {
      g_set_error_literal (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_PASSED,
                           days == -1 ? _ ("This round is today: there is no time left to plan "
                                           "for it. Choose a round still to come.")
                                      : _ ("This round has passed. Choose a round still to "
                                           "come."));
      return NULL;
    }
  if (days == 0 && n_objectives > 0)
    {
      g_set_error_literal (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_NO_DAYS,
                           _ ("This round is tomorrow: today is best kept for rest and a light "
                              "review. Set target dates by hand if you still want them."));
      return NULL;
    }

  for (guint i = 0; weights != NULL && i < n_objectives; i++)
    {
      if (!(weights[i] >= 0) || !isfinite (weights[i]))
        {
          g_set_error_literal (error, CL_PREP_PLAN_ERROR, CL_PREP_PLAN_ERROR_INVALID,
                               _ ("Hours planned must be a number of hours, 0 or more."));
          return NULL;
        }
      total += weights[i];
    }

  for (guint i = 0; i < n_objectives; i++)
    {
      gint64 index;

      if (total > 0)
        {
          /* The share of the days the running total reaches; a hair under
           * a whole day counts as that day (sums of decimals are inexact). */
          double reached;

          running += weights[i];
          reached = running / total * days - 1e-9;
          /* Rounded up (reached >= 0 but for the hair); no libm needed. */
          index = (gint64) reached + ((double) (gint64) reached < reached) - 1;
        }
      else
        index = (((gint64) i + 1) * days + n_objectives - 1) / n_objectives - 1;
      index = CLAMP (index, 0, days - 1);
      g_ptr_array_add (dates, format_date (first + (guint32) index));
    }
  g_ptr_array_add (dates, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&dates), FALSE);
}

void
cl_prep_progress_compute (ClPrepProgress *out,
                          ClObjective   **objectives,
                          guint           n_objectives,
                          const char     *today)
{
  const char *next_date = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (n_objectives == 0 || objectives != NULL);

  memset (out, 0, sizeof *out);
  for (guint i = 0; i < n_objectives; i++)
    {
      ClObjective *objective = objectives[i];
      const char  *date = cl_objective_get_target_date (objective);

      switch (cl_objective_get_status (objective))
        {
        case CL_OBJECTIVE_STATUS_DROPPED:
          continue;
        case CL_OBJECTIVE_STATUS_DONE:
          out->n_done++;
          break;
        case CL_OBJECTIVE_STATUS_PLANNED:
        case CL_OBJECTIVE_STATUS_IN_PROGRESS:
        default:
          /* ISO dates compare as text. */
          if (date != NULL && today != NULL && strcmp (date, today) < 0)
            out->n_overdue++;
          if (date != NULL && (next_date == NULL || strcmp (date, next_date) < 0))
            {
              next_date = date;
              out->next = objective;
            }
          break;
        }
      out->n_objectives++;
      out->hours_planned += cl_objective_get_hours_planned (objective);
      out->hours_spent += cl_objective_get_hours_spent (objective);
    }

  if (out->next != NULL)
    {
      g_object_ref (out->next);
      out->next_overdue = today != NULL && strcmp (next_date, today) < 0;
    }
}

void
cl_prep_progress_compute_model (ClPrepProgress *out,
                                GListModel     *model,
                                const char     *today)
{
  g_autoptr(GPtrArray) objectives = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;

  g_return_if_fail (out != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (model));

  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (objectives, g_list_model_get_item (model, i));
  cl_prep_progress_compute (out, (ClObjective **) objectives->pdata, objectives->len, today);
}

void
cl_prep_progress_clear (ClPrepProgress *progress)
{
  g_return_if_fail (progress != NULL);

  g_clear_object (&progress->next);
  memset (progress, 0, sizeof *progress);
}
