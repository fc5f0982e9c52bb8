/* test-keywords.c — the keyword taxonomy and the job-description extractor
 *
 * The taxonomy of the resources loads and is sound; each matching rule has
 * its cases, both ways; the corpus of tests/fixtures/job-descriptions/ gives
 * each description's exact terms and counts in the CLI's format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cl-enum-types.h"
#include "cl-keywords-private.h"
#include "cl-keywords.h"

/* The terms found in @text, as "key×count" words in rank order. */
static char *
found (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hits = cl_keyword_taxonomy_extract (cl_keyword_taxonomy_get_default (),
                                                         text, -1, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    {
      const ClKeywordHit *hit = &g_array_index (hits, ClKeywordHit, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s×%u", cl_keyword_term_get_key (hit->term), hit->count);
    }
  return g_string_free (out, FALSE);
}

#define assert_found(text, expected) \
  G_STMT_START \
  { \
    g_autofree char *got_ = found (text); \
    g_assert_cmpstr (got_, ==, expected); \
  } \
  G_STMT_END

/* Taxonomy ------------------------------------------------------------------ */

static void
test_taxonomy_loads (void)
{
  ClKeywordTaxonomy *taxonomy = cl_keyword_taxonomy_get_default ();
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = cl_keyword_taxonomy_get_n_terms (taxonomy);
  guint per_domain[CL_PREP_DOMAIN_INTERVIEW_TIPS + 1] = { 0 };

  g_assert_cmpuint (n, >=, 300);
  g_assert_true (taxonomy == cl_keyword_taxonomy_get_default ());
  for (guint i = 0; i < n; i++)
    {
      const ClKeywordTerm *term = cl_keyword_taxonomy_get_term (taxonomy, i);
      ClPrepDomain         domain = cl_keyword_term_get_domain (term);

      g_assert_cmpint (domain, >=, CL_PREP_DOMAIN_CODING);
      g_assert_cmpint (domain, <=, CL_PREP_DOMAIN_INTERVIEW_TIPS);
      g_assert_nonnull (cl_enum_to_nick (CL_TYPE_PREP_DOMAIN, domain));
      per_domain[domain]++;
      g_assert_true (g_hash_table_add (keys, (gpointer) cl_keyword_term_get_key (term)));
      g_assert_true (cl_keyword_taxonomy_lookup (taxonomy, cl_keyword_term_get_key (term)) ==
                     term);
      g_assert_cmpstr (cl_keyword_term_get_name (term), !=, "");
      /* A term's own forms find it alone. */
      for (const char *const *f = cl_keyword_term_get_forms (term); *f != NULL; f++)
        {
          g_autofree char *want = g_strdup_printf ("%s×1", cl_keyword_term_get_key (term));
          g_autofree char *got = found (*f);

          if (g_strcmp0 (got, want) != 0)
            g_error ("“%s” finds “%s”, not “%s”", *f, got, want);
        }
      g_assert_true ((cl_keyword_term_get_care (term) == CL_KEYWORD_CARE_NONE) ==
                     (cl_keyword_term_get_ambiguous_forms (term)[0] == NULL));
    }
  for (guint d = 0; d < G_N_ELEMENTS (per_domain); d++)
    g_assert_cmpuint (per_domain[d], >=, 25);
  g_assert_null (cl_keyword_taxonomy_lookup (taxonomy, "no-such-term"));
  g_assert_cmpstr (cl_keyword_term_get_name (cl_keyword_taxonomy_lookup (taxonomy, "ab-testing")),
                   ==, "A/B testing");
}

/* Matching rules ------------------------------------------------------------ */

static void
test_synonyms_fold (void)
{
  assert_found ("A/B testing, AB testing, ab-testing, A B testing, split testing and online "
                "experiments",
                "ab-testing×6");
  assert_found ("recommender systems, recommendation systems, RecSys", "recommender-systems×3");
  assert_found ("Kubernetes or k8s", "kubernetes×2");
}

static void
test_java_javascript (void)
{
  assert_found ("JavaScript and TypeScript", "javascript×1 typescript×1");
  assert_found ("Java, JavaScript", "java×1 javascript×1");
}

static void
test_go (void)
{
  assert_found ("Go, Python", "go×1 python×1");
  assert_found ("We go fast. Go to our site. Python", "python×1");
  assert_found ("Golang", "go×1");
}

static void
test_c_family (void)
{
  assert_found ("C-level executives, Series C, C++", "cpp×1");
  assert_found ("C/C++ and C#", "c×1 cpp×1 csharp×1");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/keywords/taxonomy/loads", test_taxonomy_loads);
  g_test_add_func ("/keywords/match/synonyms", test_synonyms_fold);
  g_test_add_func ("/keywords/match/java", test_java_javascript);
  g_test_add_func ("/keywords/match/go", test_go);
  g_test_add_func ("/keywords/match/c-family", test_c_family);
  return g_test_run ();
}
