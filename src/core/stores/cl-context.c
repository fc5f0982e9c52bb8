/* cl-context.c — what views and commands are given: database, clock, stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-context"

#include "config.h"

#include "cl-context.h"
#include "cl-transaction.h"

/* The window's writes wait this long for another program's lock (then say
 * so) rather than freeze the window for the default 5 s. */
#define INTERACTIVE_BUSY_TIMEOUT_MS 250

struct _ClContext
{
  GObject          parent_instance;

  ClDatabase      *database;
  ClClock         *clock;
  ClCompanyStore  *company_store;
  ClStageStore    *stage_store;
  ClPipelineStore *pipeline_store;
  ClContactStore  *contact_store;
  ClEventStore    *event_store;
  ClRoundStore    *round_store;
  ClPrepStore     *prep_store;
  ClPracticeStore *practice_store;
  ClResourceStore *resource_store;
  ClOfferStore    *offer_store;
  ClRedFlagStore  *red_flag_store;
  ClJournalStore  *journal_store;
  ClSecretVault   *vault;
  ClAccountStore  *account_store;
  ClReminderStore *reminder_store;
  gboolean         loaded;
};

G_DEFINE_FINAL_TYPE (ClContext, cl_context, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cl_context_dispose (GObject *object)
{
  ClContext *self = (ClContext *) object;

  g_clear_object (&self->reminder_store);
  g_clear_object (&self->account_store);
  g_clear_object (&self->vault);
  g_clear_object (&self->journal_store);
  g_clear_object (&self->red_flag_store);
  g_clear_object (&self->offer_store);
  g_clear_object (&self->practice_store);
  g_clear_object (&self->prep_store);
  g_clear_object (&self->resource_store);
  g_clear_object (&self->round_store);
  g_clear_object (&self->contact_store);
  g_clear_object (&self->event_store);
  g_clear_object (&self->pipeline_store);
  g_clear_object (&self->stage_store);
  g_clear_object (&self->company_store);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cl_context_parent_class)->dispose (object);
}

static void
cl_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, CL_CONTEXT (object)->loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_context_class_init (ClContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_context_dispose;
  object_class->get_property = cl_context_get_property;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_context_init (ClContext *self)
{
}

ClContext *
cl_context_new (ClDatabase *database,
                ClClock    *clock)
{
  ClContext *self;

  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_CONTEXT, NULL);
  self->database = g_object_ref (database);
  self->clock = g_object_ref (clock);
  /* Companies first: the stores that link to them follow a change after it. */
  self->company_store = cl_company_store_new (database, clock);
  self->stage_store = cl_stage_store_new (database, clock);
  /* Contacts before the board: a card's page that learns of a new referrer
   * finds the contact already there. */
  self->contact_store = cl_contact_store_new (database, clock, self->company_store);
  self->event_store = cl_event_store_new (database, clock);
  self->pipeline_store =
    cl_pipeline_store_new (database, clock, self->company_store, self->stage_store);
  self->round_store = cl_round_store_new (database, clock);
  self->prep_store = cl_prep_store_new (database, clock);
  self->practice_store = cl_practice_store_new (database, clock);
  self->resource_store = cl_resource_store_new (database, clock);
  self->offer_store = cl_offer_store_new (database, clock);
  self->red_flag_store = cl_red_flag_store_new (database, clock);
  self->journal_store = cl_journal_store_new (database, clock, self->prep_store);
  self->vault = cl_secret_vault_new ();
  self->account_store = cl_account_store_new (database, clock, self->vault);
  self->reminder_store = cl_reminder_store_new (database, clock);
  return self;
}

ClContext *
cl_context_open_full (const char         *path,
                      ClDatabaseOpenFlags flags,
                      ClClock            *clock,
                      GError            **error)
{
  g_autoptr(ClDatabase) database = cl_database_open_full (path, flags, error);
  g_autoptr(ClContext) self = NULL;

  if (database == NULL)
    return NULL;

  self = cl_context_new (database, clock);
  if (!cl_context_load (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

ClContext *
cl_context_open (const char *path,
                 ClClock    *clock,
                 GError    **error)
{
  return cl_context_open_full (path, CL_DATABASE_OPEN_CREATE | CL_DATABASE_OPEN_INITIALISE_EMPTY,
                               clock, error);
}

/* In the order they are read and applied: the board first. */
/* How many stores store_at() numbers. */
#define N_STORES 13

static ClStore *
store_at (ClContext *self,
          guint      index)
{
  ClStore *stores[] = {
    CL_STORE (self->company_store),
    CL_STORE (self->stage_store),
    CL_STORE (self->pipeline_store),
    CL_STORE (self->contact_store),
    CL_STORE (self->event_store),
    CL_STORE (self->prep_store),
    CL_STORE (self->resource_store),
    CL_STORE (self->offer_store),
    CL_STORE (self->round_store),
    CL_STORE (self->red_flag_store),
    CL_STORE (self->journal_store),
    CL_STORE (self->practice_store),
    CL_STORE (self->account_store),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (stores) == N_STORES);
  return index < G_N_ELEMENTS (stores) ? stores[index] : NULL;
}

#define N_BOARD_STORES 3

static void
set_loaded (ClContext *self)
{
  self->loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

gboolean
cl_context_load (ClContext *self,
                 GError   **error)
{
  ClStore *store;

  g_return_val_if_fail (CL_IS_CONTEXT (self), FALSE);

  for (guint i = 0; (store = store_at (self, i)) != NULL; i++)
    if (!cl_store_load (store, error))
      return FALSE;

  set_loaded (self);
  return TRUE;
}

gboolean
cl_context_get_loaded (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), FALSE);

  return self->loaded;
}

void
cl_context_close (ClContext *self)
{
  g_return_if_fail (CL_IS_CONTEXT (self));

  cl_database_close (self->database);
}

/* Opening on a worker ------------------------------------------------------ */

typedef struct
{
  char       *path;
  ClClock    *clock;
  ClDatabase *reader;  /* the worker's own connection */
  ClContext  *context; /* made on the main thread once the file is known good */
  guint       first;   /* the stores this part reads: [first, last) */
  guint       last;
  gpointer    reads[N_STORES];
} Opening;

static void
opening_free (gpointer data)
{
  Opening *opening = data;

  for (guint i = 0; i < G_N_ELEMENTS (opening->reads); i++)
    if (opening->reads[i] != NULL && opening->context != NULL)
      cl_store_free_read (store_at (opening->context, i), opening->reads[i]);
  if (opening->reader != NULL)
    cl_database_close (opening->reader);
  g_clear_object (&opening->reader);
  g_clear_object (&opening->context);
  g_clear_object (&opening->clock);
  g_free (opening->path);
  g_free (opening);
}

/* Reads the stores [first, last) through the worker's connection, in one
 * snapshot. */
static gboolean
read_stores (Opening *opening,
             GError **error)
{
  g_autoptr(ClTransaction) tx = cl_transaction_begin_read (opening->reader, error);

  if (tx == NULL)
    return FALSE;
  for (guint i = opening->first; i < opening->last; i++)
    {
      opening->reads[i] = cl_store_read (store_at (opening->context, i), opening->reader, error);
      if (opening->reads[i] == NULL)
        return FALSE;
    }
  return cl_transaction_commit (tx, error);
}

static void
read_rest_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  if (!read_stores (task_data, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
read_rest_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Opening   *opening = g_task_get_task_data (G_TASK (result));
  ClContext *self = opening->context;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The file was fine a moment ago: read here instead. */
      g_warning ("Could not read the rest of the data in the background: %s", error->message);
      for (guint i = opening->first; i < opening->last; i++)
        {
          g_autoptr(GError) load_error = NULL;

          if (!cl_store_load (store_at (self, i), &load_error))
            g_warning ("Could not read %s: %s", G_OBJECT_TYPE_NAME (store_at (self, i)),
                       load_error->message);
        }
    }
  else
    for (guint i = opening->first; i < opening->last; i++)
      cl_store_apply (store_at (self, i), g_steal_pointer (&opening->reads[i]));

  set_loaded (self);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Opening *opening = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClDatabase) probe = NULL;

  /* Checks (quick_check), migrates and reads the board here, off the main
   * thread; the stores only read through this connection. */
  opening->reader =
    cl_database_open_full (opening->path,
                           CL_DATABASE_OPEN_CREATE | CL_DATABASE_OPEN_INITIALISE_EMPTY |
                             CL_DATABASE_OPEN_READER,
                           &error);
  if (opening->reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The stores exist to know how to read; they get their own connection,
   * opened here on the worker (the file is checked already), before
   * anything is applied. */
  probe = cl_database_open_full (opening->path, CL_DATABASE_OPEN_CHECKED, &error);
  if (probe == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  opening->context = cl_context_new (probe, opening->clock);
  opening->first = 0;
  opening->last = N_BOARD_STORES;
  if (!read_stores (opening, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

void
cl_context_open_async (const char         *path,
                       ClClock            *clock,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Opening *opening = g_new0 (Opening, 1);

  opening->path = g_strdup (path);
  opening->clock = g_object_ref (clock);
  g_task_set_source_tag (task, cl_context_open_async);
  g_task_set_task_data (task, opening, opening_free);
  g_task_run_in_thread (task, open_thread);
}

ClContext *
cl_context_open_finish (GAsyncResult *result,
                        GError      **error)
{
  Opening *opening;
  g_autoptr(GTask) rest = NULL;
  Opening *rest_opening;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  opening = g_task_get_task_data (G_TASK (result));
  cl_database_set_busy_timeout (cl_context_get_database (opening->context),
                                INTERACTIVE_BUSY_TIMEOUT_MS);
  for (guint i = opening->first; i < opening->last; i++)
    cl_store_apply (store_at (opening->context, i), g_steal_pointer (&opening->reads[i]));

  /* The rest is read on the worker's connection, handed over. */
  rest_opening = g_new0 (Opening, 1);
  rest_opening->path = g_strdup (opening->path);
  rest_opening->clock = g_object_ref (opening->clock);
  rest_opening->reader = g_steal_pointer (&opening->reader);
  rest_opening->context = g_object_ref (opening->context);
  rest_opening->first = N_BOARD_STORES;
  for (rest_opening->last = N_BOARD_STORES; store_at (opening->context, rest_opening->last) != NULL;
       rest_opening->last++)
    ;
  rest = g_task_new (NULL, NULL, read_rest_done_cb, NULL);
  g_task_set_task_data (rest, rest_opening, opening_free);
  g_task_run_in_thread (rest, read_rest_thread);

  return g_object_ref (opening->context);
}

ClDatabase *
cl_context_get_database (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->database;
}

ClClock *
cl_context_get_clock (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->clock;
}

ClCompanyStore *
cl_context_get_company_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->company_store;
}

ClStageStore *
cl_context_get_stage_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->stage_store;
}

ClPipelineStore *
cl_context_get_pipeline_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->pipeline_store;
}

ClContactStore *
cl_context_get_contact_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->contact_store;
}

ClRoundStore *
cl_context_get_round_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->round_store;
}

ClPrepStore *
cl_context_get_prep_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->prep_store;
}

ClResourceStore *
cl_context_get_resource_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->resource_store;
}

ClOfferStore *
cl_context_get_offer_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->offer_store;
}

ClEventStore *
cl_context_get_event_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->event_store;
}

ClRedFlagStore *
cl_context_get_red_flag_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->red_flag_store;
}

ClJournalStore *
cl_context_get_journal_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->journal_store;
}

ClPracticeStore *
cl_context_get_practice_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->practice_store;
}

ClAccountStore *
cl_context_get_account_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->account_store;
}

ClSecretVault *
cl_context_get_secret_vault (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->vault;
}

ClReminderStore *
cl_context_get_reminder_store (ClContext *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  /* Read when first asked for, not at start-up: until then no change
   * costs it anything. */
  if (!cl_reminder_store_get_loaded (self->reminder_store) &&
      !cl_store_load (CL_STORE (self->reminder_store), &error))
    g_warning ("Could not read the reminders: %s", error->message);
  return self->reminder_store;
}
