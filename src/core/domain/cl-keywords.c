/* cl-keywords.c — the job-description keyword taxonomy and its extractor
 *
 * Text and forms go through one tokenizer: NFKC (when the text is not all
 * ASCII), then words of letters, digits and combining marks, with "++" and
 * "#" kept on the word they end ("C++", "C#") and a leading dot kept on the
 * word it starts (".NET").  What lies between two words (the gap) says
 * whether a term may run on across it (spaces, one line break, one hyphen,
 * slash, ampersand or underscore, a dot between letters: "A/B", "node.js"), whether it
 * joins two words ("C-level", "R&D") and whether it separates items of a
 * list ("Go, Python").
 *
 * A form's key is its folded words run together ("A/B testing" and
 * "AB-testing" are both "abtesting"), so hyphen, slash and space
 * differences vanish; the keys make a byte trie.  From each word of the
 * text the extractor walks the trie through the folded words while the gaps
 * let it, and keeps the longest form that ends at the end of a word: each
 * walk is bounded by the longest key, hence linear time.  Ambiguous forms
 * are checked for case on the unfolded text; those that need a list are
 * confirmed afterwards, left to right and right to left, by a technical
 * neighbour in the same list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-keywords"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <unistd.h>

#include "cl-enum-types.h"
#include "cl-keywords-private.h"
#include "cl-keywords-resources.h"

G_DEFINE_QUARK (cl - keywords - error - quark, cl_keywords_error)

#define RESOURCE_PATH RESOURCE_PREFIX "/keywords.ini"
/* A description larger than this is not one. */
#define MAX_DESCRIPTION_SIZE (64 * 1024 * 1024)
/* The most words a form may have; also bounds each walk's candidates. */
#define MAX_FORM_WORDS 12

struct _ClKeywordTerm
{
  char         *key;
  char         *name;
  gboolean      translate;
  ClPrepDomain  domain;
  ClKeywordCare care;
  GStrv         forms;
  GStrv         ambiguous;
};

/* A form's entry at a trie node. */
typedef struct
{
  guint    term;
  gboolean ambiguous;
  /* For ambiguous forms: the words run together as written, and in
   * capitals, to check case against. */
  char    *exact;
  char    *upper;
} Form;

typedef struct
{
  guint32 first_child;  /* 0: none (the root is never a child) */
  guint32 next_sibling; /* 0: none */
  guint32 space_child;  /* the child for a word boundary, set by build_edges() */
  gint32  form;         /* index into forms, or -1 */
  guint8  byte;
} Node;

struct _ClKeywordTaxonomy
{
  GObject     parent_instance;

  GPtrArray  *terms;
  GHashTable *by_key;
  GArray     *forms;
  GArray     *nodes;
  /* While loading: each form's folded words run together, to refuse two
   * forms that match the same text. */
  GHashTable *run_together;
  /* The root's children by first byte, for the one lookup every word
   * makes. */
  guint32     root[256];
  guint       max_depth;
  /* The other nodes' children, by (node << 8 | byte): an open-addressing
   * table built once loaded, as the sibling lists are slow to search. */
  guint32    *edges; /* key, child, key, child… */
  guint       edge_bits;
};

G_DEFINE_FINAL_TYPE (ClKeywordTaxonomy, cl_keyword_taxonomy, G_TYPE_OBJECT)

/* Tokenizer */

enum
{
  GAP_BRIDGE = 1 << 0, /* a term may run on across it */
  GAP_JOIN = 1 << 1,   /* it joins the two words ("C-level", "R&D") */
  GAP_LIST = 1 << 2,   /* only list punctuation or line breaks */
  GAP_SPACE = 1 << 3,  /* only horizontal spaces (a list needs more) */
  GAP_FUSE = 1 << 4,   /* one hyphen, slash, dot… and no space: "AB" = "A/B" */
};

typedef struct
{
  guint  start, end;   /* bytes of the (normalised) text */
  guint  fstart, flen; /* bytes of the folded buffer */
  guint8 gap;          /* of the gap to the next word */
} Token;

typedef struct
{
  const char *text; /* NFKC */
  gsize       length;
  char       *owned; /* text when it had to be normalised */
  GArray     *tokens;
  GString    *folded;
} Tokens;

static void
tokens_clear (Tokens *t)
{
  g_clear_pointer (&t->owned, g_free);
  g_clear_pointer (&t->tokens, g_array_unref);
  if (t->folded != NULL)
    g_string_free (g_steal_pointer (&t->folded), TRUE);
}

static inline gboolean
is_ascii_word (guchar c)
{
  return g_ascii_isalnum (c);
}

/* The length of the word character at @p, or 0 if it is not one. */
static inline guint
word_char_length (const char *p,
                  const char *end)
{
  guchar   c = (guchar) *p;
  gunichar u;

  if (c < 0x80)
    return is_ascii_word (c) ? 1 : 0;
  u = g_utf8_get_char (p);
  /* U+00AD, the soft hyphen, is a gap that a term runs on across. */
  if (u == 0x00ad || !(g_unichar_isalnum (u) || g_unichar_ismark (u)))
    return 0;
  return (guint) (g_utf8_next_char (p) - p);
}

static gboolean
ends_word (const char *p,
           const char *end)
{
  return p >= end || word_char_length (p, end) == 0;
}

static guint8
classify_gap (const char *p,
              const char *end)
{
  guint    n_chars = 0, n_breaks = 0, n_marks = 0, n_list = 0, n_soft = 0;
  gunichar mark = 0;
  gboolean sentence = FALSE;
  guint8   gap = 0;

  /* Most gaps are one space. */
  if (end - p == 1 && *p == ' ')
    return GAP_BRIDGE | GAP_SPACE;
  for (const char *q = p; q < end; q = g_utf8_next_char (q))
    {
      gunichar u = g_utf8_get_char (q);

      n_chars++;
      if (u == ' ' || u == '\t' || u == '\r' || u == 0x3000)
        continue;
      if (u == '\n')
        {
          n_breaks++;
          continue;
        }
      if (u == 0x00ad)
        {
          n_soft++;
          continue;
        }
      n_marks++;
      mark = u;
      if (u < 0x80 && strchr (".!?", (int) u) != NULL)
        sentence = TRUE;
      else if ((u < 0x80 && strchr (",/;|&()[]{}*+-:", (int) u) != NULL) || u == 0x00b7 ||
               u == 0x2022 || u == 0x2013 || u == 0x2014 || u == 0x2010)
        n_list++;
      else
        sentence = TRUE; /* anything else ends a list too */
    }

  if (n_breaks <= 1 &&
      (n_marks == 0 ||
       (n_marks == 1 && (mark == '-' || mark == '/' || mark == '_' || mark == '&' ||
                         mark == 0x2010)) ||
       (n_chars == 1 && mark == '.')))
    gap |= GAP_BRIDGE;
  if (n_chars == 1 && (mark == '-' || mark == '&' || mark == '.' || mark == '\'' ||
                       mark == '_' || mark == 0x2019 || mark == 0x2010))
    gap |= GAP_JOIN;
  if (!sentence && (n_list > 0 || n_breaks > 0))
    gap |= GAP_LIST;
  if (n_marks == 0 && n_breaks == 0)
    gap |= GAP_SPACE;
  if ((n_chars == 1 && (mark == '-' || mark == '/' || mark == '_' || mark == '.' || mark == '&' ||
                        mark == 0x2010)) ||
      (n_soft > 0 && n_soft == n_chars))
    gap |= GAP_FUSE;
  return gap;
}

/* Whether @u is a letter of Latin-1 (U+00C0–U+00FF but × and ÷): NFKC
 * leaves them as they are, and they fold by a rule (see fold_word). */
static inline gboolean
is_latin1_letter (gunichar u)
{
  return u >= 0xc0 && u <= 0xff && u != 0xd7 && u != 0xf7;
}

/* Folds @p..@end (one word) onto @folded: ASCII and Latin-1 letters here,
 * as g_utf8_casefold() does (À → à, ß → ss), without an allocation per
 * word; anything else through g_utf8_casefold(). */
static void
fold_word (GString    *folded,
           const char *p,
           const char *end,
           gboolean    ascii)
{
  gsize rollback = folded->len;

  if (ascii)
    {
      gsize n = end - p;
      char *out;

      g_string_set_size (folded, rollback + n);
      out = folded->str + rollback;
      for (gsize i = 0; i < n; i++)
        out[i] = p[i] >= 'A' && p[i] <= 'Z' ? p[i] + ('a' - 'A') : p[i];
      return;
    }

  for (const char *q = p; q < end;)
    {
      guchar   c = (guchar) *q;
      gunichar u;

      if (c < 0x80)
        {
          g_string_append_c (folded, g_ascii_tolower (c));
          q++;
          continue;
        }
      u = g_utf8_get_char (q);
      if (!is_latin1_letter (u))
        {
          g_autofree char *f = g_utf8_casefold (p, end - p);

          g_string_truncate (folded, rollback);
          g_string_append (folded, f);
          return;
        }
      if (u == 0xdf)
        g_string_append (folded, "ss");
      else
        g_string_append_unichar (folded, u <= 0xde ? u + 0x20 : u);
      q = g_utf8_next_char (q);
    }
}

/* @text in NFKC.  g_utf8_normalize() is slow on long texts, and most of a
 * description is ASCII, which NFKC keeps, as it keeps Latin-1 letters not
 * followed by combining marks: only the other stretches, with the ASCII
 * character before them (which a combining mark may compose with), are
 * normalised, one by one.  Normalisation does not reach across an ASCII
 * character followed by another or by a Latin-1 letter (starters that
 * compose with nothing before them), so the result is the whole text's. */
char *
cl_keywords_normalize_nfkc (const char *text,
                            gsize       length)
{
  GString    *out = g_string_sized_new (length + length / 8 + 1);
  const char *p = text, *end = text + length;

  while (p < end)
    {
      const char *start = p, *q;
      char       *normal;

      /* The run of characters that need no normalisation. */
      while (p < end)
        {
          guchar c = (guchar) *p;

          if (c < 0x80)
            {
              /* It may compose with what follows. */
              if (p + 1 < end && (guchar) p[1] >= 0x80 &&
                  !is_latin1_letter (g_utf8_get_char (p + 1)))
                break;
              p++;
            }
          else if (is_latin1_letter (g_utf8_get_char (p)))
            {
              const char *next = g_utf8_next_char (p);

              if (next < end && (guchar) *next >= 0x80 &&
                  !is_latin1_letter (g_utf8_get_char (next)))
                break;
              p = next;
            }
          else
            break;
        }
      g_string_append_len (out, start, p - start);
      if (p >= end)
        break;

      /* A stretch to normalise: the character at p, and what follows up to
       * the next ASCII character. */
      q = g_utf8_next_char (p);
      while (q < end && (guchar) *q >= 0x80)
        q = g_utf8_next_char (q);
      normal = g_utf8_normalize (p, q - p, G_NORMALIZE_NFKC);
      g_string_append (out, normal);
      g_free (normal);
      p = q;
    }
  return g_string_free (out, FALSE);
}

/* Splits @text (valid UTF-8) into words. */
static void
tokenize (Tokens     *t,
          const char *text,
          gsize       length)
{
  gboolean    ascii = TRUE;
  const char *p, *end;
  Token      *last = NULL;

  for (gsize i = 0; i < length; i++)
    if ((guchar) text[i] >= 0x80)
      {
        ascii = FALSE;
        break;
      }
  if (ascii)
    {
      t->text = text;
      t->length = length;
    }
  else
    {
      t->owned = cl_keywords_normalize_nfkc (text, length);
      t->text = t->owned;
      t->length = strlen (t->owned);
    }
  t->tokens = g_array_sized_new (FALSE, FALSE, sizeof (Token), t->length / 6 + 1);
  t->folded = g_string_sized_new (t->length + 1);

  p = t->text;
  end = t->text + t->length;
  while (p < end)
    {
      const char *start = p, *gap_start;
      gboolean    word_ascii = TRUE;
      guint       n;
      Token       token;

      if ((n = word_char_length (p, end)) == 0)
        {
          /* A leading dot stays on the word it starts: ".NET". */
          if (*p == '.' && p + 1 < end && word_char_length (p + 1, end) > 0 &&
              (p == t->text || word_char_length (g_utf8_prev_char (p), end) == 0))
            n = 1;
          else
            {
              p = g_utf8_next_char (p);
              continue;
            }
        }

      /* Where the previous word's gap ends. */
      if (last != NULL)
        last->gap = classify_gap (t->text + last->end, start);

      if (*p == '.')
        p++;
      for (;;)
        {
          while (p < end && (guchar) *p < 0x80 && g_ascii_isalnum (*p))
            p++;
          if (p >= end || (guchar) *p < 0x80 || (n = word_char_length (p, end)) == 0)
            break;
          word_ascii = FALSE;
          p += n;
        }
      /* "C++" and "C#" are words of their own; "C++17" is C++ and 17. */
      if (p + 1 < end && p[0] == '+' && p[1] == '+' &&
          (ends_word (p + 2, end) || g_ascii_isdigit (p[2])))
        p += 2;
      else if (p < end && *p == '#' && ends_word (p + 1, end))
        p += 1;

      gap_start = p;
      token.start = start - t->text;
      token.end = gap_start - t->text;
      token.fstart = t->folded->len;
      fold_word (t->folded, start, gap_start, word_ascii);
      token.flen = t->folded->len - token.fstart;
      token.gap = 0;
      g_array_append_val (t->tokens, token);
      last = &g_array_index (t->tokens, Token, t->tokens->len - 1);
    }
}

/* Trie */

/* While loading: the sibling lists. */
static guint32
trie_find_child (ClKeywordTaxonomy *self,
                 guint32            node,
                 guint8             byte)
{
  const Node *nodes = (const Node *) (void *) self->nodes->data;

  if (node == 0)
    return self->root[byte];
  for (guint32 c = nodes[node].first_child; c != 0; c = nodes[c].next_sibling)
    if (nodes[c].byte == byte)
      return c;
  return 0;
}

static inline guint
edge_slot (guint32 key,
           guint   bits)
{
  return (guint) ((key * 2654435761u) >> (32 - bits));
}

/* Once loaded: 0 if @node has no child for @byte. */
static inline guint32
trie_child (const ClKeywordTaxonomy *self,
            guint32                  node,
            guint8                   byte)
{
  guint32 key = node << 8 | byte;
  guint   mask = (1u << self->edge_bits) - 1;

  if (node == 0)
    return self->root[byte];
  for (guint slot = edge_slot (key, self->edge_bits);; slot = (slot + 1) & mask)
    {
      guint32 k = self->edges[2 * slot];

      if (k == key)
        return self->edges[2 * slot + 1];
      if (k == 0)
        return 0;
    }
}

static void
build_edges (ClKeywordTaxonomy *self)
{
  const Node *nodes = (const Node *) (void *) self->nodes->data;
  guint       n = self->nodes->len, bits = 4;

  /* At most half full; node 0 (the root) is not in it, so key 0 is free. */
  while ((1u << bits) < 2 * n)
    bits++;
  self->edge_bits = bits;
  self->edges = g_new0 (guint32, 2 * (1u << bits));
  for (guint32 node = 1; node < n; node++)
    for (guint32 c = nodes[node].first_child; c != 0; c = nodes[c].next_sibling)
      {
        guint32 key = node << 8 | nodes[c].byte;
        guint   slot = edge_slot (key, bits);

        while (self->edges[2 * slot] != 0)
          slot = (slot + 1) & ((1u << bits) - 1);
        self->edges[2 * slot] = key;
        self->edges[2 * slot + 1] = c;
        if (nodes[c].byte == ' ')
          g_array_index (self->nodes, Node, node).space_child = c;
      }
}

static guint32
trie_insert (ClKeywordTaxonomy *self,
             const char        *key)
{
  guint32 node = 0;

  for (const char *p = key; *p != '\0'; p++)
    {
      guint8  byte = (guint8) *p;
      guint32 child = trie_find_child (self, node, byte);

      if (child == 0)
        {
          Node new_node = { 0, 0, 0, -1, byte };

          child = self->nodes->len;
          if (node == 0)
            self->root[byte] = child;
          else
            {
              Node *parent = &g_array_index (self->nodes, Node, node);

              new_node.next_sibling = parent->first_child;
              parent->first_child = child;
            }
          g_array_append_val (self->nodes, new_node);
        }
      node = child;
    }
  self->max_depth = MAX (self->max_depth, strlen (key));
  return node;
}

/* Taxonomy */

static void
term_free (ClKeywordTerm *term)
{
  g_free (term->key);
  g_free (term->name);
  g_strfreev (term->forms);
  g_strfreev (term->ambiguous);
  g_free (term);
}

static void
form_clear (Form *form)
{
  g_free (form->exact);
  g_free (form->upper);
}

static void
cl_keyword_taxonomy_finalize (GObject *object)
{
  ClKeywordTaxonomy *self = CL_KEYWORD_TAXONOMY (object);

  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->forms, g_array_unref);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->run_together, g_hash_table_unref);
  g_clear_pointer (&self->edges, g_free);
  G_OBJECT_CLASS (cl_keyword_taxonomy_parent_class)->finalize (object);
}

static void
cl_keyword_taxonomy_class_init (ClKeywordTaxonomyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cl_keyword_taxonomy_finalize;
}

static void
cl_keyword_taxonomy_init (ClKeywordTaxonomy *self)
{
  Node root = { 0, 0, 0, -1, 0 };

  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) term_free);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->forms = g_array_new (FALSE, TRUE, sizeof (Form));
  g_array_set_clear_func (self->forms, (GDestroyNotify) form_clear);
  self->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_array_append_val (self->nodes, root);
}

static gboolean
invalid (GError    **error,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError    **error,
         const char *format,
         ...)
{
  va_list          args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_INVALID_TAXONOMY,
               _ ("The keyword taxonomy is invalid: %s"), message);
  return FALSE;
}

static gboolean
valid_key (const char *key)
{
  if (*key == '\0')
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

/* Adds @text as a form of term @index. */
static gboolean
add_form (ClKeywordTaxonomy *self,
          guint              index,
          const char        *text,
          gboolean           ambiguous,
          GError           **error)
{
  const ClKeywordTerm *term = g_ptr_array_index (self->terms, index);
  Tokens               t = { 0 };
  g_autoptr(GString) exact = g_string_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *run = NULL;
  gpointer         other_term;
  guint32          node;
  Form             form = { index, ambiguous, NULL, NULL };
  gboolean         ok = TRUE;

  tokenize (&t, text, strlen (text));
  if (t.tokens->len == 0 || t.tokens->len > MAX_FORM_WORDS)
    ok = invalid (error, "“%s” of “%s” has no words or too many", text, term->key);
  for (guint i = 0; ok && i < t.tokens->len; i++)
    {
      const Token *token = &g_array_index (t.tokens, Token, i);

      if (i + 1 < t.tokens->len && !(token->gap & GAP_BRIDGE))
        ok = invalid (error, "“%s” of “%s” can never match: only spaces, hyphens or slashes"
                             " may separate its words",
                      text, term->key);
      g_string_append_len (exact, t.text + token->start, token->end - token->start);
    }
  if (ok)
    run = g_strdup (t.folded->str);
  if (ok)
    {
      /* The folded words with a space between: the trie's space edges are
       * where the form has a word boundary. */
      GString *joined = g_string_new (NULL);

      for (guint i = 0; i < t.tokens->len; i++)
        {
          const Token *token = &g_array_index (t.tokens, Token, i);

          if (i > 0)
            g_string_append_c (joined, ' ');
          g_string_append_len (joined, t.folded->str + token->fstart, token->flen);
        }
      key = g_string_free (joined, FALSE);
    }
  tokens_clear (&t);
  if (!ok)
    return FALSE;

  if (g_hash_table_lookup_extended (self->run_together, run, NULL, &other_term))
    {
      const ClKeywordTerm *owner = g_ptr_array_index (self->terms, GPOINTER_TO_UINT (other_term));

      return invalid (error, "“%s” of “%s” is already a form of “%s”", text, term->key,
                      owner->key);
    }
  g_hash_table_insert (self->run_together, g_steal_pointer (&run), GUINT_TO_POINTER (index));
  node = trie_insert (self, key);
  if (ambiguous)
    {
      form.exact = g_string_free (g_steal_pointer (&exact), FALSE);
      form.upper = g_utf8_strup (form.exact, -1);
    }
  g_array_index (self->nodes, Node, node).form = (gint32) self->forms->len;
  g_array_append_val (self->forms, form);
  return TRUE;
}

static gboolean
parse_care (const char    *group,
            GStrv          words,
            ClKeywordCare *out_care,
            GError       **error)
{
  ClKeywordCare care = CL_KEYWORD_CARE_NONE;

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], "case"))
        care |= CL_KEYWORD_CARE_CASE;
      else if (g_str_equal (words[i], "skill"))
        care |= CL_KEYWORD_CARE_SKILL;
      else
        return invalid (error, "“%s”: Care may be “case” or “skill”, not “%s”", group,
                        words[i]);
    }
  *out_care = care;
  return TRUE;
}

static gboolean
strv_contains_folded (GStrv       strv,
                      const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (strv[i], -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }
  return FALSE;
}

static gboolean
load_term (ClKeywordTaxonomy *self,
           GKeyFile          *file,
           const char        *group,
           GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *domain = NULL;
  g_auto(GStrv) synonyms = NULL;
  g_auto(GStrv) ambiguous = NULL;
  g_auto(GStrv) care_words = NULL;
  g_autoptr(GStrvBuilder) forms = g_strv_builder_new ();
  ClKeywordTerm *term;
  ClKeywordCare  care = CL_KEYWORD_CARE_NONE;
  int            domain_value;
  guint          index = self->terms->len;
  g_auto(GStrv) keys = NULL;
  static const char *const known[] = { "Name", "Domain", "Synonyms", "Ambiguous", "Care",
                                       "Translate", "Note", NULL };

  if (!valid_key (group))
    return invalid (error, "the key “%s” must be lower-case letters, digits and hyphens",
                    group);
  keys = g_key_file_get_keys (file, group, NULL, NULL);
  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_strv_contains (known, keys[i]))
      return invalid (error, "“%s” has an unknown field “%s”", group, keys[i]);

  name = g_key_file_get_string (file, group, "Name", NULL);
  domain = g_key_file_get_string (file, group, "Domain", NULL);
  if (name == NULL || *name == '\0')
    return invalid (error, "“%s” has no Name", group);
  if (domain == NULL || !cl_enum_from_nick (CL_TYPE_PREP_DOMAIN, domain, &domain_value))
    return invalid (error, "“%s” has no valid Domain (coding, behavioral, ml-fundamentals,"
                           " ml-system-design, interview-tips)",
                    group);
  synonyms = g_key_file_get_string_list (file, group, "Synonyms", NULL, NULL);
  ambiguous = g_key_file_get_string_list (file, group, "Ambiguous", NULL, NULL);
  care_words = g_key_file_get_string_list (file, group, "Care", NULL, NULL);
  if (!parse_care (group, care_words, &care, error))
    return FALSE;
  if ((care == CL_KEYWORD_CARE_NONE) != (ambiguous == NULL || ambiguous[0] == NULL))
    return invalid (error, "“%s” needs both Ambiguous forms and their Care, or neither", group);

  term = g_new0 (ClKeywordTerm, 1);
  term->key = g_strdup (group);
  term->name = g_strdup (name);
  term->translate = g_key_file_get_boolean (file, group, "Translate", &local_error);
  if (local_error != NULL && !g_error_matches (local_error, G_KEY_FILE_ERROR,
                                               G_KEY_FILE_ERROR_KEY_NOT_FOUND))
    {
      term_free (term);
      return invalid (error, "“%s”: Translate must be true or false", group);
    }
  term->domain = (ClPrepDomain) domain_value;
  term->care = care;
  if (!strv_contains_folded (ambiguous, name))
    g_strv_builder_add (forms, name);
  for (guint i = 0; synonyms != NULL && synonyms[i] != NULL; i++)
    g_strv_builder_add (forms, synonyms[i]);
  term->forms = g_strv_builder_end (forms);
  term->ambiguous = ambiguous != NULL ? g_steal_pointer (&ambiguous) : g_new0 (char *, 1);
  g_ptr_array_add (self->terms, term);
  g_hash_table_insert (self->by_key, term->key, term);

  for (guint i = 0; term->forms[i] != NULL; i++)
    if (!add_form (self, index, term->forms[i], FALSE, error))
      return FALSE;
  for (guint i = 0; term->ambiguous[i] != NULL; i++)
    if (!add_form (self, index, term->ambiguous[i], TRUE, error))
      return FALSE;
  return TRUE;
}

ClKeywordTaxonomy *
cl_keyword_taxonomy_new_from_data (const char *data,
                                   gsize       length,
                                   GError    **error)
{
  g_autoptr(ClKeywordTaxonomy) self = g_object_new (CL_TYPE_KEYWORD_TAXONOMY, NULL);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) groups = NULL;
  guint n_headers = 0;

  if (!g_key_file_load_from_data (file, data, length, G_KEY_FILE_NONE, &local_error))
    {
      invalid (error, "%s", local_error->message);
      return NULL;
    }
  /* GKeyFile merges groups of the same name: count the headers to catch a
   * key given twice. */
  for (gsize i = 0; i < length; i++)
    if (data[i] == '[' && (i == 0 || data[i - 1] == '\n'))
      n_headers++;
  groups = g_key_file_get_groups (file, NULL);
  if (g_strv_length (groups) != n_headers)
    {
      invalid (error, "a key is used for more than one term");
      return NULL;
    }
  self->run_together = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    if (!load_term (self, file, groups[i], error))
      return NULL;
  g_clear_pointer (&self->run_together, g_hash_table_unref);
  if (self->nodes->len >= (1u << 24))
    {
      invalid (error, "it has too many forms");
      return NULL;
    }
  build_edges (self);
  return g_steal_pointer (&self);
}

ClKeywordTaxonomy *
cl_keyword_taxonomy_get_default (void)
{
  static ClKeywordTaxonomy *taxonomy;

  if (g_once_init_enter (&taxonomy))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      ClKeywordTaxonomy *loaded;
      gsize              size;
      const char        *data;

      cl_keywords_register_resource ();
      bytes = g_resources_lookup_data (RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_error ("%s", error->message);
      data = g_bytes_get_data (bytes, &size);
      loaded = cl_keyword_taxonomy_new_from_data (data, size, &error);
      if (loaded == NULL)
        g_error ("%s", error->message);
      g_once_init_leave (&taxonomy, loaded);
    }
  return taxonomy;
}

guint
cl_keyword_taxonomy_get_n_terms (ClKeywordTaxonomy *self)
{
  g_return_val_if_fail (CL_IS_KEYWORD_TAXONOMY (self), 0);
  return self->terms->len;
}

const ClKeywordTerm *
cl_keyword_taxonomy_get_term (ClKeywordTaxonomy *self,
                              guint              index)
{
  g_return_val_if_fail (CL_IS_KEYWORD_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < self->terms->len, NULL);
  return g_ptr_array_index (self->terms, index);
}

const ClKeywordTerm *
cl_keyword_taxonomy_lookup (ClKeywordTaxonomy *self,
                            const char        *key)
{
  g_return_val_if_fail (CL_IS_KEYWORD_TAXONOMY (self), NULL);
  return key != NULL ? g_hash_table_lookup (self->by_key, key) : NULL;
}

const char *
cl_keyword_term_get_key (const ClKeywordTerm *term)
{
  return term->key;
}

const char *
cl_keyword_term_get_name (const ClKeywordTerm *term)
{
  return term->translate ? g_dgettext (GETTEXT_PACKAGE, term->name) : term->name;
}

const char *
cl_keyword_term_get_msgid (const ClKeywordTerm *term)
{
  return term->translate ? term->name : NULL;
}

ClPrepDomain
cl_keyword_term_get_domain (const ClKeywordTerm *term)
{
  return term->domain;
}

ClKeywordCare
cl_keyword_term_get_care (const ClKeywordTerm *term)
{
  return term->care;
}

const char *const *
cl_keyword_term_get_forms (const ClKeywordTerm *term)
{
  return (const char *const *) term->forms;
}

const char *const *
cl_keyword_term_get_ambiguous_forms (const ClKeywordTerm *term)
{
  return (const char *const *) term->ambiguous;
}

/* Extractor */

typedef struct
{
  guint    term;
  guint    first, last; /* words */
  gboolean pending;     /* needs a list neighbour */
} Match;

/* Whether words @first..@last, run together, are @exact or @upper. */
static gboolean
case_matches (const Tokens *t,
              guint         first,
              guint         last,
              const Form   *form)
{
  const char *const candidates[] = { form->exact, form->upper };

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      const char *want = candidates[c];
      gboolean    same = TRUE;

      for (guint i = first; same && i <= last; i++)
        {
          const Token *token = &g_array_index (t->tokens, Token, i);
          gsize        n = token->end - token->start;

          same = strncmp (want, t->text + token->start, n) == 0;
          want += n;
        }
      if (same && *want == '\0')
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_joined (const Tokens *t,
           guint         first,
           guint         last)
{
  const Token *tokens = (const Token *) (void *) t->tokens->data;

  return (first > 0 && (tokens[first - 1].gap & GAP_JOIN)) || (tokens[last].gap & GAP_JOIN);
}

static gboolean
token_is_one_of (const Tokens      *t,
                 guint              index,
                 const char *const *words)
{
  const Token *token = &g_array_index (t->tokens, Token, index);

  for (guint i = 0; words[i] != NULL; i++)
    if (token->flen == strlen (words[i]) &&
        memcmp (t->folded->str + token->fstart, words[i], token->flen) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_connector (const Tokens *t,
              guint         index)
{
  static const char *const words[] = { "and", "or", "und", "oder", "sowie", "plus", "as",
                                       "well", NULL };

  return token_is_one_of (t, index, words);
}

/* Whether the word before @first makes a letter a label: "Series C",
 * "Plan B", "Type R". */
static gboolean
is_labelled (const Tokens *t,
             guint         first)
{
  static const char *const words[] = { "series", "plan", "type", "grade", "class", "level",
                                       "tier", "round", "vitamin", "section", "option", "part",
                                       "step", "phase", "appendix", "serie", "stufe", NULL };

  return first > 0 && (g_array_index (t->tokens, Token, first - 1).gap & GAP_SPACE) &&
         token_is_one_of (t, first - 1, words);
}

/* Whether matches @a and @b (a before b) are items of one list: between
 * them only list punctuation, line breaks and at most three connectors
 * ("and", "or", "as well as"), and at least one of them. */
static gboolean
in_one_list (const Tokens *t,
             const Match  *a,
             const Match  *b)
{
  const Token *tokens = (const Token *) (void *) t->tokens->data;
  gboolean     separated = FALSE;

  if (b->first - a->last - 1 > 3)
    return FALSE;
  for (guint i = a->last; i < b->first; i++)
    {
      if (i > a->last)
        {
          if (!is_connector (t, i))
            return FALSE;
          separated = TRUE;
        }
      if (tokens[i].gap & GAP_LIST)
        separated = TRUE;
      else if (!(tokens[i].gap & GAP_SPACE))
        return FALSE;
    }
  return separated;
}

static gboolean
is_technical (ClKeywordTaxonomy *self,
              guint              term)
{
  const ClKeywordTerm *t = g_ptr_array_index (self->terms, term);

  return t->domain == CL_PREP_DOMAIN_CODING || t->domain == CL_PREP_DOMAIN_ML_FUNDAMENTALS ||
         t->domain == CL_PREP_DOMAIN_ML_SYSTEM_DESIGN;
}

/* Whether a form without a word boundary may run across the gap after
 * word @w: "A/B" and "A B" for a form "AB", "Ku­bernetes" (a soft hyphen),
 * but not "R or" for "RoR". */
static gboolean
may_fuse (const Tokens *t,
          guint         w)
{
  const Token *tokens = (const Token *) (void *) t->tokens->data;

  if (tokens[w].gap & GAP_FUSE)
    return TRUE;
  /* Letters spelled out: "A B testing". */
  return (tokens[w].gap & GAP_SPACE) && tokens[w].flen == 1 && tokens[w + 1].flen == 1;
}

typedef struct
{
  guint32 node;
  guint   word;
  guint   byte; /* in the word's folded text */
} WalkState;

/* The longest acceptable form starting at word @i: its match, or FALSE.
 *
 * The walk follows the folded words byte by byte; where the form has a word
 * boundary (a space edge) the text may have one or none ("AB testing" for
 * "A/B testing"), and where the text has one the form may have none only
 * across a hyphen, slash or dot, or between letters spelled out.  The few
 * branches this makes are explored depth first. */
static gboolean
match_at (ClKeywordTaxonomy *self,
          const Tokens      *t,
          guint              i,
          Match             *out)
{
  const Token *tokens = (const Token *) (void *) t->tokens->data;
  const Node  *nodes = (const Node *) (void *) self->nodes->data;
  const char  *folded = t->folded->str;
  WalkState    stack[64];
  guint        n_stack = 0;
  /* The forms that end at a word's end along the walks. */
  struct
  {
    gint32 form;
    guint  last;
  } found[MAX_FORM_WORDS * 4];
  guint n_found = 0;

  /* The root's one lookup first: most words start no form. */
  if (tokens[i].flen == 0 || self->root[(guint8) folded[tokens[i].fstart]] == 0)
    return FALSE;
  stack[n_stack++] = (WalkState){ self->root[(guint8) folded[tokens[i].fstart]], i, 1 };

  while (n_stack > 0)
    {
      WalkState    state = stack[--n_stack];
      const Token *token = &tokens[state.word];
      guint32      space = nodes[state.node].space_child;

      if (state.byte < token->flen)
        {
          guint32 next = trie_child (self, state.node, (guint8) folded[token->fstart + state.byte]);

          /* The form's boundary where the text has none. */
          if (space != 0 && n_stack < G_N_ELEMENTS (stack))
            stack[n_stack++] = (WalkState){ space, state.word, state.byte };
          if (next != 0 && n_stack < G_N_ELEMENTS (stack))
            stack[n_stack++] = (WalkState){ next, state.word, state.byte + 1 };
          continue;
        }

      /* At the end of a word. */
      if (nodes[state.node].form >= 0 && n_found < G_N_ELEMENTS (found))
        {
          found[n_found].form = nodes[state.node].form;
          found[n_found].last = state.word;
          n_found++;
        }
      if (state.word + 1 >= t->tokens->len || !(token->gap & GAP_BRIDGE))
        continue;
      if (space != 0 && n_stack < G_N_ELEMENTS (stack))
        stack[n_stack++] = (WalkState){ space, state.word + 1, 0 };
      if (may_fuse (t, state.word) && n_stack < G_N_ELEMENTS (stack))
        stack[n_stack++] = (WalkState){ state.node, state.word + 1, 0 };
    }

  /* The longest first; among forms ending at the same word, any will do:
   * they are of one term or equally long. */
  while (n_found > 0)
    {
      guint best = 0;

      for (guint k = 1; k < n_found; k++)
        if (found[k].last > found[best].last)
          best = k;

      {
        const Form          *form = &g_array_index (self->forms, Form, found[best].form);
        guint                last = found[best].last;
        const ClKeywordTerm *term = g_ptr_array_index (self->terms, form->term);
        ClKeywordCare        care = term->care;

        found[best] = found[--n_found];
        if (form->ambiguous)
          {
            if ((care & CL_KEYWORD_CARE_CASE) && !case_matches (t, i, last, form))
              continue;
            if ((care & CL_KEYWORD_CARE_SKILL) && (is_joined (t, i, last) || is_labelled (t, i)))
              continue;
          }
        out->term = form->term;
        out->first = i;
        out->last = last;
        out->pending = form->ambiguous && (care & CL_KEYWORD_CARE_SKILL);
        return TRUE;
      }
    }
  return FALSE;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const ClKeywordHit *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->first_word < y->first_word ? -1 : x->first_word > y->first_word;
}

GArray *
cl_keyword_taxonomy_extract (ClKeywordTaxonomy *self,
                             const char        *text,
                             gssize             length,
                             GError           **error)
{
  Tokens t = { 0 };
  g_autoptr(GArray) matches = NULL;
  g_autofree guint *counts = NULL;
  g_autofree guint *firsts = NULL;
  Match            *m;
  GArray           *hits;
  const char       *bad;

  g_return_val_if_fail (CL_IS_KEYWORD_TAXONOMY (self), NULL);
  g_return_val_if_fail (text != NULL || length <= 0, NULL);

  if (text == NULL)
    text = "";
  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, &bad))
    {
      g_set_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_NOT_UTF8,
                   _ ("The description is not UTF-8 text (byte %" G_GSIZE_FORMAT " is not"
                      " part of a character). Save it as UTF-8 and try again."),
                   (gsize) (bad - text) + 1);
      return NULL;
    }

  tokenize (&t, text, length);
  matches = g_array_new (FALSE, FALSE, sizeof (Match));
  for (guint i = 0; i < t.tokens->len;)
    {
      Match match;

      if (match_at (self, &t, i, &match))
        {
          g_array_append_val (matches, match);
          i = match.last + 1;
        }
      else
        i++;
    }

  /* Ambiguous words in a list: a technical neighbour confirms them, and a
   * confirmed one its own neighbour ("Go, R and Python"). */
  m = (Match *) (void *) matches->data;
  for (guint k = 1; k < matches->len; k++)
    if (m[k].pending && !m[k - 1].pending && is_technical (self, m[k - 1].term) &&
        in_one_list (&t, &m[k - 1], &m[k]))
      m[k].pending = FALSE;
  for (guint k = matches->len; k-- > 1;)
    if (m[k - 1].pending && !m[k].pending && is_technical (self, m[k].term) &&
        in_one_list (&t, &m[k - 1], &m[k]))
      m[k - 1].pending = FALSE;

  counts = g_new0 (guint, self->terms->len);
  firsts = g_new0 (guint, self->terms->len);
  hits = g_array_new (FALSE, FALSE, sizeof (ClKeywordHit));
  for (guint k = 0; k < matches->len; k++)
    {
      if (m[k].pending)
        continue;
      if (counts[m[k].term]++ == 0)
        firsts[m[k].term] = m[k].first;
    }
  for (guint i = 0; i < self->terms->len; i++)
    if (counts[i] > 0)
      {
        ClKeywordHit hit = { g_ptr_array_index (self->terms, i), counts[i], firsts[i] };

        g_array_append_val (hits, hit);
      }
  g_array_sort (hits, compare_hits);
  tokens_clear (&t);
  return hits;
}

char *
cl_keywords_read_description (const char *path,
                              GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize            length = 0;
  const char      *bad;
  const char      *shown = g_str_equal (path, "-") ? _ ("standard input") : path;

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      guint8  buffer[65536];
      ssize_t n;

      while ((n = read (STDIN_FILENO, buffer, sizeof buffer)) != 0)
        {
          if (n < 0)
            {
              int saved = errno;

              if (saved == EINTR)
                continue;
              g_set_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_UNREADABLE,
                           _ ("Cannot read standard input: %s"), g_strerror (saved));
              return NULL;
            }
          if (bytes->len + (gsize) n > MAX_DESCRIPTION_SIZE)
            {
              g_set_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_UNREADABLE,
                           _ ("Standard input holds more than %d MB: that is not a job"
                              " description."),
                           MAX_DESCRIPTION_SIZE / (1024 * 1024));
              return NULL;
            }
          g_byte_array_append (bytes, buffer, (guint) n);
        }
      length = bytes->len;
      g_byte_array_append (bytes, (const guint8 *) "", 1);
      contents = (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
    }
  else if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      /* GLib's message names the file and says why (missing, a folder,
       * no permission). */
      g_set_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_UNREADABLE, "%s",
                   local_error->message);
      return NULL;
    }

  if (!g_utf8_validate (contents, length, &bad))
    {
      g_set_error (error, CL_KEYWORDS_ERROR, CL_KEYWORDS_ERROR_NOT_UTF8,
                   _ ("“%s” is not UTF-8 text (byte %" G_GSIZE_FORMAT " is not part of a"
                      " character). Save it as UTF-8 and try again."),
                   shown, (gsize) (bad - contents) + 1);
      return NULL;
    }
  return g_steal_pointer (&contents);
}

char *
cl_keywords_format_tsv (GArray *hits)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < hits->len; i++)
    {
      const ClKeywordHit *hit = &g_array_index (hits, ClKeywordHit, i);

      g_string_append_printf (out, "%s\t%s\t%u\n",
                              cl_enum_to_nick (CL_TYPE_PREP_DOMAIN, hit->term->domain),
                              cl_keyword_term_get_name (hit->term), hit->count);
    }
  return g_string_free (out, FALSE);
}
