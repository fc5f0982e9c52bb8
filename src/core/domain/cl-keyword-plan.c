/* cl-keyword-plan.c — what the prep plan makes of the terms of a job
 * description
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-keyword-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-keyword-plan.h"

#define N_DOMAINS (CL_PREP_DOMAIN_INTERVIEW_TIPS + 1)

static void
cover (GHashTable  *covered,
       const char  *key,
       ClObjective *objective)
{
  if (!g_hash_table_contains (covered, key))
    g_hash_table_insert (covered, (gpointer) key, objective);
}

GHashTable *
cl_keyword_plan_find_covered (ClPrepStore       *store,
                              ClKeywordTaxonomy *taxonomy)
{
  GHashTable *covered = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (CL_IS_PREP_STORE (store), covered);
  g_return_val_if_fail (CL_IS_KEYWORD_TAXONOMY (taxonomy), covered);

  for (int domain = 0; domain < N_DOMAINS; domain++)
    {
      GListModel *objectives = cl_prep_store_get_objectives (store, (ClPrepDomain) domain);
      guint       n = g_list_model_get_n_items (objectives);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ClObjective) objective = g_list_model_get_item (objectives, i);
          g_autoptr(GArray) hits = NULL;
          const ClKeywordTerm *own;

          if (cl_objective_get_status (objective) == CL_OBJECTIVE_STATUS_DROPPED)
            continue;
          /* Keys are the taxonomy's strings, which outlive the table. */
          own = cl_objective_get_term_key (objective) != NULL
                  ? cl_keyword_taxonomy_lookup (taxonomy, cl_objective_get_term_key (objective))
                  : NULL;
          if (own != NULL)
            cover (covered, cl_keyword_term_get_key (own), objective);
          hits = cl_keyword_taxonomy_extract (taxonomy, cl_objective_get_title (objective), -1,
                                              NULL);
          for (guint h = 0; hits != NULL && h < hits->len; h++)
            cover (covered,
                   cl_keyword_term_get_key (g_array_index (hits, ClKeywordHit, h).term),
                   objective);
        }
    }
  return covered;
}

char *
cl_keyword_plan_propose_title (const ClKeywordTerm *term)
{
  g_return_val_if_fail (term != NULL, NULL);

  /* Translators: the objective proposed for a term of a job description. */
  return g_strdup_printf (_ ("Prepare %s"), cl_keyword_term_get_name (term));
}

static gboolean
given (const char *text)
{
  return text != NULL && *text != '\0';
}

char *
cl_keyword_plan_study_prompt (const ClKeywordTerm *term,
                              const char          *role,
                              const char          *level,
                              const char          *company)
{
  g_autoptr(GString) prompt = g_string_new (NULL);
  g_autofree char *position = NULL;

  g_return_val_if_fail (term != NULL, NULL);

  if (!given (role))
    role = _ ("Machine Learning Engineer");
  if (given (level) && given (company))
    /* Translators: the job in a study prompt: role, level and company. */
    position = g_strdup_printf (_ ("the %s role (%s level) at %s"), role, level, company);
  else if (given (company))
    /* Translators: the job in a study prompt: role and company. */
    position = g_strdup_printf (_ ("the %s role at %s"), role, company);
  else if (given (level))
    /* Translators: the job in a study prompt: role and level. */
    position = g_strdup_printf (_ ("the %s role (%s level)"), role, level);
  else
    /* Translators: the job in a study prompt: the role alone. */
    position = g_strdup_printf (_ ("the %s role"), role);

  /* Translators: a prompt the user pastes into an LLM of their choice; the
   * first %s is the job ("the Research Engineer role at Acme"), the others
   * the term found in its description. */
  g_string_printf (prompt,
                   _ ("I am preparing for interviews for %s. Its job description mentions "
                      "“%s”.\n\n"
                      "1. Explain what an interviewer for this role expects me to know about "
                      "%s, from the basics to the trade-offs a senior engineer weighs.\n"
                      "2. List the software-engineering principles for machine learning that "
                      "apply to it (testing, reproducibility, monitoring, code quality).\n"
                      "3. Give me five interview questions about it, from easy to hard, with "
                      "what a strong answer covers.\n"
                      "4. Suggest a one-week study plan with well-known public resources.\n\n"
                      "I will check what you say against other sources."),
                   position, cl_keyword_term_get_name (term), cl_keyword_term_get_name (term));
  return g_string_free (g_steal_pointer (&prompt), FALSE);
}
