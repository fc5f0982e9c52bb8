/* cl-keywords.h — the job-description keyword taxonomy and its extractor
 *
 * The taxonomy (data/keywords.ini, compiled into the core's resources) lists
 * ML and software-engineering terms: a stable key, a display name, a prep
 * domain, the forms that name it in a description (synonyms, spellings), and
 * for ambiguous words ("Go", "R", "C", "Spark") the rules under which they
 * count.  The extractor finds them in any UTF-8 text: case-insensitively,
 * after NFKC and case folding, ignoring hyphens, slashes and spaces inside a
 * term ("A/B testing" = "AB-testing" = "A B testing"), whole words only,
 * the longest term first ("machine learning system design" before "machine
 * learning").  It tokenizes once and walks a trie: linear time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-enums.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_KEYWORDS_ERROR (cl_keywords_error_quark ())

typedef enum
{
  CL_KEYWORDS_ERROR_INVALID_TAXONOMY, /* the taxonomy file is malformed */
  CL_KEYWORDS_ERROR_NOT_UTF8,         /* a description is not UTF-8 text */
  CL_KEYWORDS_ERROR_UNREADABLE,       /* a description cannot be read */
} ClKeywordsError;

GQuark cl_keywords_error_quark (void);

/* How an ambiguous form of a term is matched (the file's Care= key); a
 * term's other forms match anywhere. */
typedef enum
{
  CL_KEYWORD_CARE_NONE  = 0,
  /* Only as written in the taxonomy, or in capitals: "Go", "GO", not "go". */
  CL_KEYWORD_CARE_CASE  = 1 << 0,
  /* Only in a list with another technical term ("Go, Python", "C/C++",
   * "R or SQL"), never joined to a word by a hyphen, ampersand, dot or
   * apostrophe ("C-level", "R&D") and never as a label ("Series C"). */
  CL_KEYWORD_CARE_SKILL = 1 << 1,
} ClKeywordCare;

typedef struct _ClKeywordTerm ClKeywordTerm;

#define CL_TYPE_KEYWORD_TAXONOMY (cl_keyword_taxonomy_get_type ())
G_DECLARE_FINAL_TYPE (ClKeywordTaxonomy, cl_keyword_taxonomy, CL, KEYWORD_TAXONOMY, GObject)

/* The taxonomy of the resources, loaded on first use (thread-safe); owned
 * by the library.  It aborts if the compiled-in file is malformed, which the
 * tests rule out. */
ClKeywordTaxonomy   *cl_keyword_taxonomy_get_default (void);
/* A taxonomy from the text of a keywords.ini file. */
ClKeywordTaxonomy   *cl_keyword_taxonomy_new_from_data (const char         *data,
                                                        gsize               length,
                                                        GError            **error);

guint                cl_keyword_taxonomy_get_n_terms (ClKeywordTaxonomy  *self);
/* Terms in the file's order, 0 ≤ @index < n_terms. */
const ClKeywordTerm *cl_keyword_taxonomy_get_term    (ClKeywordTaxonomy  *self,
                                                      guint               index);
/* NULL for an unknown key. */
const ClKeywordTerm *cl_keyword_taxonomy_lookup      (ClKeywordTaxonomy  *self,
                                                      const char         *key);

/* The stable key stored with applications, e.g. "ab-testing". */
const char          *cl_keyword_term_get_key         (const ClKeywordTerm *term);
/* The display name, translated when it is plain words (see keywords.ini). */
const char          *cl_keyword_term_get_name        (const ClKeywordTerm *term);
ClPrepDomain         cl_keyword_term_get_domain      (const ClKeywordTerm *term);
ClKeywordCare        cl_keyword_term_get_care        (const ClKeywordTerm *term);
/* The forms that name it (its name among them unless the name is ambiguous),
 * as written in the file; NULL-terminated. */
const char *const   *cl_keyword_term_get_forms       (const ClKeywordTerm *term);
/* The forms matched only under cl_keyword_term_get_care()'s rules. */
const char *const   *cl_keyword_term_get_ambiguous_forms (const ClKeywordTerm *term);

/* One term found in a text. */
typedef struct
{
  const ClKeywordTerm *term;
  guint                count;
  /* Which word of the text (from 0) its first mention starts at. */
  guint                first_word;
} ClKeywordHit;

/* The terms found in @text (UTF-8, @length bytes or -1 if nul-terminated),
 * an array of ClKeywordHit: the most frequent first, then the earliest.
 * NULL with CL_KEYWORDS_ERROR_NOT_UTF8 if @text is not UTF-8. */
GArray              *cl_keyword_taxonomy_extract     (ClKeywordTaxonomy  *self,
                                                      const char         *text,
                                                      gssize              length,
                                                      GError            **error);

/* The text of the file at @path, or of standard input for "-"; an error
 * says what is wrong (cannot be read, not UTF-8) and names the file. */
char                *cl_keywords_read_description    (const char         *path,
                                                      GError            **error);

/* One line per hit, "domain<TAB>name<TAB>count\n", in @hits' order; the
 * domain is its key (e.g. "ml-system-design"), the name the display name. */
char                *cl_keywords_format_tsv          (GArray             *hits);

/* clang-format on */
G_END_DECLS
