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

#include <glib/gstdio.h>
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

static void
test_translatable_names (void)
{
  ClKeywordTaxonomy *taxonomy = cl_keyword_taxonomy_get_default ();
  guint              k = 0;

  /* cl-keyword-names.c is build-aux/gen-keyword-names' output for this
   * keywords.ini: the same names in the same order. */
  for (guint i = 0; i < cl_keyword_taxonomy_get_n_terms (taxonomy); i++)
    {
      const char *msgid = cl_keyword_term_get_msgid (cl_keyword_taxonomy_get_term (taxonomy, i));

      if (msgid == NULL)
        continue;
      if (g_strcmp0 (cl_keyword_translatable_names[k], msgid) != 0)
        g_error ("src/core/domain/cl-keyword-names.c is out of date (“%s”, not “%s”): run"
                 " build-aux/gen-keyword-names",
                 cl_keyword_translatable_names[k], msgid);
      k++;
    }
  g_assert_null (cl_keyword_translatable_names[k]);
  g_assert_cmpuint (k, >=, 200);
  /* Names of products and languages are not for translation. */
  g_assert_null (cl_keyword_term_get_msgid (cl_keyword_taxonomy_lookup (taxonomy, "pytorch")));
  g_assert_cmpstr (cl_keyword_term_get_msgid (cl_keyword_taxonomy_lookup (taxonomy, "leadership")),
                   ==, "Leadership");
}

static void
assert_invalid (const char *data,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClKeywordTaxonomy) taxonomy = cl_keyword_taxonomy_new_from_data (data, strlen (data),
                                                                              &error);

  g_assert_null (taxonomy);
  g_assert_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_INVALID_TAXONOMY);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
}

static void
test_taxonomy_invalid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClKeywordTaxonomy) small = NULL;
  const char *ok = "[sql]\nName=SQL\nDomain=coding\n";

  small = cl_keyword_taxonomy_new_from_data (ok, strlen (ok), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cl_keyword_taxonomy_get_n_terms (small), ==, 1);

  assert_invalid ("[sql\nName=SQL\n", "The keyword taxonomy is invalid:");
  assert_invalid ("[sql]\nName=SQL\nDomain=coding\n[sql]\nName=SQL 2\nDomain=coding\n",
                  "a key is used for more than one term");
  assert_invalid ("[SQL]\nName=SQL\nDomain=coding\n", "the key “SQL” must be lower-case");
  assert_invalid ("[sql]\nDomain=coding\n", "“sql” has no Name");
  assert_invalid ("[sql]\nName=SQL\n", "“sql” has no valid Domain");
  assert_invalid ("[sql]\nName=SQL\nDomain=databases\n", "“sql” has no valid Domain");
  assert_invalid ("[sql]\nName=SQL\nDomain=coding\nSynonym=structured query language\n",
                  "“sql” has an unknown field “Synonym”");
  assert_invalid ("[sql]\nName=SQL\nDomain=coding\nSynonyms=S, Q, L;\n",
                  "“S, Q, L” of “sql” can never match");
  assert_invalid ("[sql]\nName=SQL\nDomain=coding\nSynonyms=!!;\n",
                  "“!!” of “sql” has no words");
  assert_invalid ("[sql]\nName=SQL\nDomain=coding\nSynonyms=S-Q-L;\n",
                  "“S-Q-L” of “sql” is already a form of “sql”");
  /* No synonym maps to two terms. */
  assert_invalid ("[sql]\nName=SQL\nDomain=coding\n"
                  "[mysql]\nName=MySQL\nDomain=coding\nSynonyms=MySQL DB;sql;\n",
                  "“sql” of “mysql” is already a form of “sql”");
  assert_invalid ("[go]\nName=Go\nDomain=coding\nAmbiguous=Go;\n",
                  "“go” needs both Ambiguous forms and their Care, or neither");
  assert_invalid ("[go]\nName=Go\nDomain=coding\nCare=case;\n",
                  "“go” needs both Ambiguous forms and their Care, or neither");
  assert_invalid ("[go]\nName=Go\nDomain=coding\nAmbiguous=Go;\nCare=sometimes;\n",
                  "“go”: Care may be “case” or “skill”, not “sometimes”");
  assert_invalid ("[sql]\nName=SQL\nDomain=coding\nTranslate=maybe\n",
                  "“sql”: Translate must be true or false");
}

/* Matching rules ------------------------------------------------------------ */

static void
test_synonyms_fold (void)
{
  assert_found ("A/B testing, AB testing, ab-testing, A B testing, split testing and online "
                "experiments",
                "ab-testing×6");
  assert_found ("recommender systems, Recommendation Systems, RecSys, RECSYS",
                "recommender-systems×4");
  assert_found ("Kubernetes or k8s (K8S)", "kubernetes×3");
  assert_found ("fine-tuning, fine tuning, finetuning, Fine-Tuning", "fine-tuning×4");
  assert_found ("PyTorch, pytorch, Pytorch", "pytorch×3");
}

static void
test_punctuation_and_hyphens (void)
{
  assert_found ("A-B testing; A / B testing; a/b-testing", "ab-testing×3");
  assert_found ("CI/CD, CI-CD, CICD, ci cd", "ci-cd×4");
  assert_found ("scikit-learn or scikit learn", "scikit-learn×2");
  assert_found ("Node.js and Vue.js", "nodejs×1 vue×1");
  /* Not across unrelated words: sentence ends, commas, blank lines. */
  assert_found ("split, testing", "");
  assert_found ("machine. learning", "");
  assert_found ("Java. Script", "java×1");
  assert_found ("feature\n\nstore", "");
  assert_found ("feature\nstore", "feature-store×1");
  /* Not inside other words. */
  assert_found ("SQLite, PostgreSQLish, MLflowy, Sparkle, Pythonic", "");
  assert_found ("the network's net income", "");
  assert_found (".NET and ASP.NET", "dotnet×2");
}

static void
test_longest_match (void)
{
  assert_found ("machine learning system design", "ml-system-design×1");
  assert_found ("machine learning", "machine-learning×1");
  assert_found ("ML system design interview", "system-design-interviews×1");
  assert_found ("system design", "system-design×1");
  assert_found ("Hugging Face Transformers", "hugging-face×1");
  assert_found ("transformers", "transformers×1");
  assert_found ("Apache Spark", "spark×1");
  assert_found ("Amazon leadership principles and leadership",
                "leadership-principles×1 leadership×1");
  assert_found ("cross-entropy and entropy", "loss-functions×1 information-theory×1");
}

static void
test_java_javascript (void)
{
  assert_found ("JavaScript and TypeScript", "javascript×1 typescript×1");
  assert_found ("Java, JavaScript", "java×1 javascript×1");
  assert_found ("JavaScript", "javascript×1");
  assert_found ("java-based services in Java", "java×2");
}

static void
test_r (void)
{
  assert_found ("Python, R and SQL", "python×1 r×1 sql×1");
  assert_found ("R or Python", "r×1 python×1");
  assert_found ("our R&D team writes Python", "python×1");
  assert_found ("Python, R&D", "python×1");
  assert_found ("r, python", "python×1");
  /* Alone, not in a list, it is only a letter. */
  assert_found ("a grade R student", "");
  assert_found ("R is great", "");
  assert_found ("R programming", "r×1");
}

static void
test_go (void)
{
  assert_found ("Go, Python", "go×1 python×1");
  assert_found ("Python or Go", "python×1 go×1");
  assert_found ("GO, PYTHON", "go×1 python×1");
  assert_found ("go, python", "python×1");
  assert_found ("Golang", "go×1");
  assert_found ("We go fast. Go to our site. Python", "python×1");
  assert_found ("Python and Go-to-market", "python×1");
  assert_found ("Let's Go", "");
  /* A chain of ambiguous words in one list: Rust confirms Go, Go confirms R. */
  assert_found ("R, Go, Rust", "r×1 go×1 rust×1");
  /* Not confirmed by behavioral terms. */
  assert_found ("Leadership, Go", "leadership×1");
}

static void
test_c_family (void)
{
  assert_found ("C-level executives, Series C, C++", "cpp×1");
  assert_found ("C/C++ and C#", "c×1 cpp×1 csharp×1");
  assert_found ("C++", "cpp×1");
  assert_found ("c++ and C++17", "cpp×2");
  assert_found ("C#", "csharp×1");
  assert_found ("C, C++ and Rust", "c×1 cpp×1 rust×1");
  assert_found ("C-suite, Python", "python×1");
  assert_found ("Plan C", "");
  assert_found ("C language", "c×1");
}

static void
test_case_rules (void)
{
  assert_found ("Apache Spark, Spark and spark ideas", "spark×2");
  assert_found ("REST APIs, REST, and the rest", "rest-apis×2");
  assert_found ("Rust, and no rust", "rust×1");
  assert_found ("Excel, Python; excel at", "excel×1 python×1");
}

static void
test_unicode (void)
{
  /* Full-width, NFD accents, capital ß, non-breaking and soft hyphen. */
  assert_found ("Ａ/Ｂ testing", "ab-testing×1");
  assert_found ("ＰｙＴｏｒｃｈ", "pytorch×1");
  assert_found ("Führung und Fu\xcc\x88hrung", "leadership×2");
  assert_found ("maschinelles Lernen, MASCHINELLES LERNEN", "machine-learning×2");
  assert_found ("große Sprachmodelle, GROSSE SPRACHMODELLE", "llms×2");
  assert_found ("Modellüberwachung", "model-monitoring×1");
  assert_found ("machine\xc2\xa0learning", "machine-learning×1");
  assert_found ("Ku\xc2\xad"
                "bernetes",
                "kubernetes×1");
  assert_found ("naïve Bayes or Naive Bayes", "naive-bayes×2");
  /* An accented word is one word: "Größe" holds no "R". */
  assert_found ("Größe, Python", "python×1");
}

static void
test_ranking (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hits = NULL;

  assert_found ("SQL Python Python SQL Docker", "sql×2 python×2 docker×1");
  assert_found ("Docker SQL Python Python SQL", "sql×2 python×2 docker×1");
  assert_found ("Docker Python SQL Python SQL", "python×2 sql×2 docker×1");
  assert_found ("", "");

  hits = cl_keyword_taxonomy_extract (cl_keyword_taxonomy_get_default (), "one Python, two SQL",
                                      -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpuint (g_array_index (hits, ClKeywordHit, 0).first_word, ==, 1);
  g_assert_cmpuint (g_array_index (hits, ClKeywordHit, 1).first_word, ==, 3);
}

static void
test_not_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hits = NULL;

  hits = cl_keyword_taxonomy_extract (cl_keyword_taxonomy_get_default (), "caf\xe9 Python", -1,
                                      &error);
  g_assert_null (hits);
  g_assert_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_NOT_UTF8);
  g_assert_cmpstr (error->message, ==,
                   "The description is not UTF-8 text (byte 4 is not part of a character). "
                   "Save it as UTF-8 and try again.");
}

static void
test_format_tsv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hits = cl_keyword_taxonomy_extract (cl_keyword_taxonomy_get_default (),
                                                         "Leadership, A/B tests and PyTorch. "
                                                         "More PyTorch.",
                                                         -1, &error);
  g_autofree char *tsv = NULL;

  g_assert_no_error (error);
  tsv = cl_keywords_format_tsv (hits);
  g_assert_cmpstr (tsv, ==,
                   "ml-fundamentals\tPyTorch\t2\n"
                   "behavioral\tLeadership\t1\n"
                   "ml-system-design\tA/B testing\t1\n");
}

static void
test_read_description (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-keywords-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.txt", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *want = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (good, "Python\n", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "Python\n\xff\xfe", 9, NULL));

  text = cl_keywords_read_description (good, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Python\n");

  g_assert_null (cl_keywords_read_description (bad, &error));
  g_assert_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_NOT_UTF8);
  want = g_strdup_printf ("“%s” is not UTF-8 text (byte 8 is not part of a character). Save it"
                          " as UTF-8 and try again.",
                          bad);
  g_assert_cmpstr (error->message, ==, want);
  g_clear_error (&error);

  g_assert_null (cl_keywords_read_description (missing, &error));
  g_assert_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  g_assert_null (cl_keywords_read_description (dir, &error));
  g_assert_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_UNREADABLE);
  g_clear_error (&error);

  g_assert_cmpint (g_remove (good), ==, 0);
  g_assert_cmpint (g_remove (bad), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The extractor's NFKC by stretches is the whole text's, on random text of
 * ASCII, Latin-1, combining marks, full-width forms, ligatures and Hangul
 * jamo (which compose). */
static void
test_normalize (void)
{
  static const char *const pieces[] = {
    "a",
    "e",
    "u",
    "A",
    " ",
    "-",
    "/",
    "1",
    "\xc3\xa9",
    "\xc3\xbc",
    "\xc3\x9f",
    "\xc3\x80",
    "\xcc\x81",
    "\xcc\x88",
    "\xcc\xa3",
    "\xef\xbc\xa1",
    "\xef\xbc\x8f",
    "\xef\xac\x81",
    "\xc2\xa0",
    "\xc2\xbd",
    "\xe1\x84\x80",
    "\xe1\x85\xa1",
    "\xe1\x86\xa8",
    "\xc5\xbf",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251203);

  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *want = NULL;
      g_autofree char *got = NULL;
      guint            n = g_rand_int_range (rand, 0, 12);

      for (guint k = 0; k < n; k++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      want = g_utf8_normalize (text->str, text->len, G_NORMALIZE_NFKC);
      got = cl_keywords_normalize_nfkc (text->str, text->len);
      g_assert_cmpstr (got, ==, want);
    }
}

/* Corpus -------------------------------------------------------------------- */

/* Each fixtures/job-descriptions/NAME.txt with NAME.expected beside it: the
 * CLI's output for it, exactly. */
static void
test_corpus (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "job-descriptions",
                                                 NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - 4));
  g_assert_cmpuint (names->len, >=, 15);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *base = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      g_autofree char *txt = g_strconcat (base, ".txt", NULL);
      g_autofree char *exp = g_strconcat (base, ".expected", NULL);
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *tsv = NULL;
      g_autoptr(GArray) hits = NULL;
      g_autoptr(GError) error = NULL;

      text = cl_keywords_read_description (txt, &error);
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (exp, &expected, NULL, &error));
      g_assert_no_error (error);
      hits = cl_keyword_taxonomy_extract (cl_keyword_taxonomy_get_default (), text, -1, &error);
      g_assert_no_error (error);
      tsv = cl_keywords_format_tsv (hits);
      if (g_strcmp0 (tsv, expected) != 0)
        g_error ("%s:\n--- expected\n%s--- found\n%s", txt, expected, tsv);
      g_assert_cmpuint (hits->len, >=, 8);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The names stay untranslated whatever the locale. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/keywords/taxonomy/loads", test_taxonomy_loads);
  g_test_add_func ("/keywords/taxonomy/translatable-names", test_translatable_names);
  g_test_add_func ("/keywords/taxonomy/invalid", test_taxonomy_invalid);
  g_test_add_func ("/keywords/match/synonyms", test_synonyms_fold);
  g_test_add_func ("/keywords/match/punctuation", test_punctuation_and_hyphens);
  g_test_add_func ("/keywords/match/longest", test_longest_match);
  g_test_add_func ("/keywords/match/java", test_java_javascript);
  g_test_add_func ("/keywords/match/r", test_r);
  g_test_add_func ("/keywords/match/go", test_go);
  g_test_add_func ("/keywords/match/c-family", test_c_family);
  g_test_add_func ("/keywords/match/case", test_case_rules);
  g_test_add_func ("/keywords/match/unicode", test_unicode);
  g_test_add_func ("/keywords/rank", test_ranking);
  g_test_add_func ("/keywords/not-utf8", test_not_utf8);
  g_test_add_func ("/keywords/format-tsv", test_format_tsv);
  g_test_add_func ("/keywords/read-description", test_read_description);
  g_test_add_func ("/keywords/normalize", test_normalize);
  g_test_add_func ("/keywords/corpus", test_corpus);
  return g_test_run ();
}
