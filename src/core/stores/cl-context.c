/* cl-context.c — what views and commands are given: database, clock, stores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-context"

#include "config.h"

#include "cl-context.h"

struct _ClContext
{
  GObject          parent_instance;

  ClDatabase      *database;
  ClClock         *clock;
  ClPipelineStore *pipeline_store;
  ClContactStore  *contact_store;
  ClRoundStore    *round_store;
  ClPrepStore     *prep_store;
  ClOfferStore    *offer_store;
};

G_DEFINE_FINAL_TYPE (ClContext, cl_context, G_TYPE_OBJECT)

static void
cl_context_dispose (GObject *object)
{
  ClContext *self = (ClContext *) object;

  g_clear_object (&self->offer_store);
  g_clear_object (&self->prep_store);
  g_clear_object (&self->round_store);
  g_clear_object (&self->contact_store);
  g_clear_object (&self->pipeline_store);
  g_clear_object (&self->clock);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (cl_context_parent_class)->dispose (object);
}

static void
cl_context_class_init (ClContextClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cl_context_dispose;
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
  self->pipeline_store = cl_pipeline_store_new (database, clock);
  self->contact_store = cl_contact_store_new (database, clock);
  self->round_store = cl_round_store_new (database, clock);
  self->prep_store = cl_prep_store_new (database, clock);
  self->offer_store = cl_offer_store_new (database, clock);
  return self;
}

ClContext *
cl_context_open (const char  *path,
                 ClClock     *clock,
                 GError     **error)
{
  g_autoptr(ClDatabase) database = cl_database_open (path, error);
  g_autoptr(ClContext) self = NULL;

  if (database == NULL)
    return NULL;

  self = cl_context_new (database, clock);
  if (!cl_context_load (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
cl_context_load (ClContext  *self,
                 GError    **error)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), FALSE);

  /* The board first: it is what the window shows first.  Rounds are read
   * per application, when asked for. */
  return cl_pipeline_store_load (self->pipeline_store, error) &&
         cl_contact_store_load (self->contact_store, error) &&
         cl_prep_store_load (self->prep_store, error) &&
         cl_offer_store_load (self->offer_store, error);
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

ClOfferStore *
cl_context_get_offer_store (ClContext *self)
{
  g_return_val_if_fail (CL_IS_CONTEXT (self), NULL);

  return self->offer_store;
}
