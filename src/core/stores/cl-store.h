/* cl-store.h — the base of the stores: a database, a clock, models that follow
 *
 * A store reads its part of the database into list models and changes it one
 * transaction per method.  It never updates its models itself after a write:
 * every store listens to ClDatabase::changed and brings its models up to
 * date from what the committed transaction touched, whoever made it — its
 * own methods, another store, an import, or another program (then it reads
 * everything again).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cl-change-set.h"
#include "cl-clock.h"
#include "cl-database.h"

G_BEGIN_DECLS
/* clang-format off */

#define CL_TYPE_STORE (cl_store_get_type ())
G_DECLARE_DERIVABLE_TYPE (ClStore, cl_store, CL, STORE, GObject)

struct _ClStoreClass
{
  GObjectClass parent_class;

  /* Reads what the store shows from @database (the store's, or a
   * connection of a worker thread to the same file): it must not touch the
   * models or emit signals.  Returns what apply() needs, or NULL with
   * @error set. */
  gpointer (*read)      (ClStore      *self,
                         ClDatabase   *database,
                         GError      **error);
  /* Puts what read() returned into the models (main thread) and frees it. */
  void     (*apply)     (ClStore      *self,
                         gpointer      data);
  /* Frees what read() returned when apply() will not run. */
  void     (*free_read) (gpointer      data);
  /* What a committed transaction touched.  The default reads everything
   * again when another program wrote. */
  void     (*changed)   (ClStore      *self,
                         ClChangeSet  *change_set);

  gpointer padding[8];
};

ClDatabase *cl_store_get_database (ClStore     *self);
ClClock    *cl_store_get_clock    (ClStore     *self);
/* read() and apply() in one read transaction; the models change only if
 * everything was read. */
gboolean    cl_store_load         (ClStore     *self,
                                   GError     **error);
/* The two halves, for a load that reads on another thread through its own
 * connection @database.  apply() may find that a change reached the store
 * since read() began: it then reads again, on this thread, rather than show
 * an older state. */
gpointer    cl_store_read         (ClStore     *self,
                                   ClDatabase  *database,
                                   GError     **error);
void        cl_store_apply        (ClStore     *self,
                                   gpointer     data);
void        cl_store_free_read    (ClStore     *self,
                                   gpointer     data);

/* For a store that keeps no copy and tells views to read one application's
 * rows again: emits @signal_id (with a gint64 application id) for each
 * application whose rows of @table @change_set touched, or once with 0
 * ("maybe any") after another program wrote. */
void        cl_store_emit_per_application (ClStore     *self,
                                           ClChangeSet *change_set,
                                           ClTable      table,
                                           guint        signal_id);

/* clang-format on */
G_END_DECLS
