/* cl-card-facts.h — what a card shows from rows other than its own
 *
 * The best referral, the number of red flags, the next dated thing (a round,
 * a follow-up, a deadline, an offer's response deadline) and the names of
 * the contacts linked to an application.  The board reads them; insights
 * and reminders will read the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-application.h"
#include "cl-database-private.h"

G_BEGIN_DECLS
/* clang-format off */

typedef struct
{
  int      referral;       /* ClReferralStatus, NONE when there is no row */
  int      referral_rank;  /* lower wins: submitted, agreed, asked, declined */
  guint    red_flags;
  gint64   next_at;        /* 0 when nothing is dated */
  int      next_rank;      /* ties: a round before a follow-up before deadlines */
  int      next_kind;      /* ClNextKind */
  char    *next_detail;
  GString *names;
  GArray  *contact_ids;    /* gint64: the contacts behind the names */
} ClCardFacts;

/* The facts of every application (@ids NULL) or of those @ids, as a table
 * from application id to ClCardFacts; applications without any facts have no
 * entry.  Things dated before @now are past and not "next". */
GHashTable *cl_card_facts_collect (ClDatabase     *database,
                                   gint64          now,
                                   const gint64   *ids,
                                   guint           n_ids,
                                   GError        **error);

/* Sets the card facts of @application (@facts NULL: none). */
void        cl_card_facts_apply   (ClCardFacts    *facts,
                                   ClApplication  *application);

/* clang-format on */
G_END_DECLS
