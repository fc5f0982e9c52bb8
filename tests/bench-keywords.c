/* bench-keywords.c — keyword extraction from job descriptions
 *
 * Generates descriptions of a given number of words, deterministically
 * (seeded GRand): prose of common words with, about one word in ten, a form
 * of a taxonomy term, lists of languages ("Go, Python and C++"), and the
 * ambiguous words that must not count ("C-level", "R&D", "go"); a German
 * variant has umlauts, so that the text goes through NFKC.  Times
 * cl_keyword_taxonomy_extract():
 *  - keywords-throughput: on 1,000,000 words, in words per second;
 *  - keywords-20k: on 20,000 words, the median and maximum of the runs
 *    (target: under 8 ms, a frame), in English and German.
 * Prints "bench: <name> …" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cl-bench-util.h"
#include "cl-keywords.h"

#define SEED 20251203
#define TARGET_MS 8.0
#define N_RUNS_LARGE 5
#define N_RUNS_SMALL 101

static const char *const english[] = {
  "the",
  "team",
  "you",
  "will",
  "build",
  "and",
  "with",
  "our",
  "data",
  "to",
  "of",
  "in",
  "for",
  "experience",
  "years",
  "strong",
  "work",
  "on",
  "models",
  "systems",
  "we",
  "are",
  "a",
  "an",
  "customers",
  "product",
  "platform",
  "services",
  "help",
  "scale",
  "own",
  "design",
  "quality",
  "production",
  "features",
  "users",
  "across",
  "new",
  "teams",
  "engineers",
  "looking",
  "ideas",
  "company",
  "mission",
  "global",
  "growth",
  "benefits",
  "office",
  "remote-friendly",
  "hands-on",
  "high",
  "large",
  "real",
  "world",
  "impactful",
  "problems",
  "deliver",
  "ship",
  "improve",
};

static const char *const german[] = {
  "Du",
  "entwickelst",
  "für",
  "unsere",
  "Kundinnen",
  "und",
  "Kunden",
  "mit",
  "größten",
  "Erfahrung",
  "Kenntnisse",
  "Aufgaben",
  "Über",
  "uns",
  "wir",
  "bieten",
  "flexible",
  "Arbeitszeiten",
  "Weiterentwicklung",
  "Qualität",
  "Lösungen",
  "täglich",
  "Zusammenhänge",
  "ständig",
  "Prozesse",
  "Modelle",
  "Daten",
  "Team",
  "Produkte",
  "Plattform",
  "gemeinsam",
  "schnell",
  "überzeugen",
};

static const char *const extra[] = {
  "Go, Python and C++",
  "R, SQL or Scala",
  "C-level",
  "R&D",
  "Series C",
  "go",
  "Java",
  "JavaScript",
  "A/B testing",
  "k8s",
  "machine learning system design",
  "recsys",
};

static const char *const german_extra[] = {
  "maschinellem Lernen",
  "Empfehlungssysteme",
  "Modellüberwachung",
  "Führungserfahrung",
  "Teamfähigkeit",
  "Datenqualität",
  "A/B-Tests",
  "Zeitreihenanalyse",
};

/* The forms of the taxonomy's terms that count anywhere. */
static GPtrArray *
collect_forms (ClKeywordTaxonomy *taxonomy)
{
  GPtrArray *forms = g_ptr_array_new ();

  for (guint i = 0; i < cl_keyword_taxonomy_get_n_terms (taxonomy); i++)
    for (const char *const *f =
           cl_keyword_term_get_forms (cl_keyword_taxonomy_get_term (taxonomy, i));
         *f != NULL; f++)
      g_ptr_array_add (forms, (gpointer) *f);
  return forms;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';
  return n;
}

static char *
make_description (GRand     *rand,
                  GPtrArray *forms,
                  guint      n_words,
                  gboolean   in_german)
{
  const char *const *plain = in_german ? german : english;
  guint              n_plain = in_german ? G_N_ELEMENTS (german) : G_N_ELEMENTS (english);
  GString           *text = g_string_sized_new (n_words * 8);
  guint              words = 0, in_sentence = 0;

  while (words < n_words)
    {
      guint       roll = g_rand_int_range (rand, 0, 100);
      const char *next;

      if (roll < 9)
        next = g_ptr_array_index (forms, g_rand_int_range (rand, 0, forms->len));
      else if (roll < 10)
        next = in_german && g_rand_boolean (rand)
                 ? german_extra[g_rand_int_range (rand, 0, G_N_ELEMENTS (german_extra))]
                 : extra[g_rand_int_range (rand, 0, G_N_ELEMENTS (extra))];
      else
        next = plain[g_rand_int_range (rand, 0, n_plain)];

      if (in_sentence > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, next);
      words += count_words (next);
      in_sentence++;
      if (in_sentence > 8 && g_rand_int_range (rand, 0, 6) == 0)
        {
          /* Sentences, and now and then a bullet of a list. */
          g_string_append (text, g_rand_int_range (rand, 0, 4) == 0 ? ".\n- " : ". ");
          in_sentence = 0;
        }
      else if (g_rand_int_range (rand, 0, 12) == 0)
        g_string_append_c (text, ',');
    }
  g_string_append (text, ".\n");
  return g_string_free (text, FALSE);
}

/* Times @n_runs extractions from @text into @run_ms; returns the number of
 * terms found, the same each run. */
static guint
time_extraction (ClKeywordTaxonomy *taxonomy,
                 const char        *text,
                 guint              n_runs,
                 double            *run_ms)
{
  guint n_terms = 0;

  for (guint run = 0; run < n_runs; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) hits = NULL;
      gint64 started = g_get_monotonic_time ();

      hits = cl_keyword_taxonomy_extract (taxonomy, text, -1, &error);
      run_ms[run] = cl_bench_ms_since (started);
      if (hits == NULL)
        cl_bench_fail ("%s", error->message);
      if (run > 0 && hits->len != n_terms)
        cl_bench_fail ("run %u found %u terms, not %u", run, hits->len, n_terms);
      n_terms = hits->len;
    }
  if (n_terms < 100)
    cl_bench_fail ("only %u terms found", n_terms);
  return n_terms;
}

static void
bench_small (ClKeywordTaxonomy *taxonomy,
             GPtrArray         *forms,
             GRand             *rand,
             gboolean           in_german)
{
  g_autofree char *text = make_description (rand, forms, 20000, in_german);
  double           run_ms[N_RUNS_SMALL];
  const char      *name = in_german ? "keywords-20k-german" : "keywords-20k";
  guint            n_terms = time_extraction (taxonomy, text, N_RUNS_SMALL, run_ms);

  g_print ("bench: %s-max %.2f ms\n", name, cl_bench_maximum (run_ms, N_RUNS_SMALL));
  g_print ("bench: %s median %.2f ms (%u runs: %u words, %zu bytes, %u terms found)\n", name,
           cl_bench_median (run_ms, N_RUNS_SMALL), N_RUNS_SMALL, count_words (text),
           strlen (text), n_terms);
}

int
main (int   argc,
      char *argv[])
{
  ClKeywordTaxonomy *taxonomy;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree char *large = NULL;
  double           run_ms[N_RUNS_LARGE];
  double           load_ms, median;
  guint            n_words, n_terms;
  gint64           started = g_get_monotonic_time ();

  taxonomy = cl_keyword_taxonomy_get_default ();
  load_ms = cl_bench_ms_since (started);
  forms = collect_forms (taxonomy);
  g_print ("bench: keywords-load %.2f ms (%u terms, %u forms; once per process)\n", load_ms,
           cl_keyword_taxonomy_get_n_terms (taxonomy), forms->len);

  large = make_description (rand, forms, 1000000, FALSE);
  n_words = count_words (large);
  n_terms = time_extraction (taxonomy, large, N_RUNS_LARGE, run_ms);
  median = cl_bench_median (run_ms, N_RUNS_LARGE);
  g_print ("bench: keywords-throughput median %.0f words/s (%u runs: %u words, %zu bytes, %.1f ms,"
           " %u terms found)\n",
           n_words / (median / 1000.0), N_RUNS_LARGE, n_words, strlen (large), median, n_terms);

  bench_small (taxonomy, forms, rand, FALSE);
  bench_small (taxonomy, forms, rand, TRUE);
  g_print ("# target: 20,000 words under %.0f ms\n", TARGET_MS);
  g_print ("bench: peak-rss %ld KiB\n", cl_bench_peak_rss_kib ());
  return EXIT_SUCCESS;
}
