/* cl-keyword-states.h — what the user decided of the terms found in an
 * application's job description
 *
 * Kept per application, by taxonomy key (never the translated name), in
 * application_keywords: proposed (found, not decided), accepted (an
 * objective was made for it) or dismissed (not wanted: not proposed again).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-prep-store.h"

G_BEGIN_DECLS
/* clang-format off */

typedef enum
{
  CL_KEYWORD_STATE_PROPOSED,
  CL_KEYWORD_STATE_ACCEPTED,
  CL_KEYWORD_STATE_DISMISSED,
} ClKeywordState;

/* Fills @out_states (term key, a new string → GINT_TO_POINTER state) with
 * what @application_id keeps; FALSE with @error set when the file cannot be
 * read. */
gboolean cl_prep_store_get_keyword_states (ClPrepStore     *self,
                                           gint64           application_id,
                                           GHashTable      *out_states,
                                           GError         **error);
/* Keeps @state and @count (mentions in the description) for @term_key of
 * @application_id, in one transaction.  An application gone is
 * CL_DATABASE_ERROR_NOT_FOUND. */
gboolean cl_prep_store_set_keyword_state  (ClPrepStore     *self,
                                           gint64           application_id,
                                           const char      *term_key,
                                           ClKeywordState   state,
                                           guint            count,
                                           GError         **error);
/* Accepts the term of @objective (a new one from cl_objective_new() whose
 * term key is set): saves it, linked to @application_id when > 0, and marks
 * the term accepted there, with @count, all in one transaction.  With
 * @application_id 0 (a pasted description) only the objective is saved. */
gboolean cl_prep_store_accept_keyword     (ClPrepStore     *self,
                                           gint64           application_id,
                                           ClObjective     *objective,
                                           guint            count,
                                           GError         **error);

/* clang-format on */
G_END_DECLS
