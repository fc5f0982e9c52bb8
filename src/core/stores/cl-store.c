/* cl-store.c — the base of the stores: a database, a clock, models that follow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-store"

#include "config.h"

#include "cl-store.h"
#include "cl-transaction.h"

typedef struct
{
  ClDatabase *database;
  ClClock    *clock;
  int         changes; /* ::changed seen, for reads on another thread */
} ClStorePrivate;

/* What read() returned, and how many changes the store had seen then. */
typedef struct
{
  gpointer data;
  int      changes;
} Read;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ClStore, cl_store, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DATABASE,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
database_changed_cb (ClStore     *self,
                     ClChangeSet *change_set)
{
  ClStorePrivate *priv = cl_store_get_instance_private (self);

  g_atomic_int_inc (&priv->changes);
  CL_STORE_GET_CLASS (self)->changed (self, change_set);
}

static void
cl_store_real_changed (ClStore     *self,
                       ClChangeSet *change_set)
{
  g_autoptr(GError) error = NULL;

  if (cl_change_set_is_external (change_set) && !cl_store_load (self, &error))
    g_warning ("Could not read %s again: %s", G_OBJECT_TYPE_NAME (self), error->message);
}

static void
cl_store_constructed (GObject *object)
{
  ClStore        *self = CL_STORE (object);
  ClStorePrivate *priv = cl_store_get_instance_private (self);

  G_OBJECT_CLASS (cl_store_parent_class)->constructed (object);

  g_return_if_fail (CL_IS_DATABASE (priv->database));
  g_return_if_fail (CL_IS_CLOCK (priv->clock));

  g_signal_connect_object (priv->database, "changed", G_CALLBACK (database_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
cl_store_dispose (GObject *object)
{
  ClStorePrivate *priv = cl_store_get_instance_private (CL_STORE (object));

  g_clear_object (&priv->clock);
  g_clear_object (&priv->database);

  G_OBJECT_CLASS (cl_store_parent_class)->dispose (object);
}

static void
cl_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ClStorePrivate *priv = cl_store_get_instance_private (CL_STORE (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, priv->database);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, priv->clock);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_store_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ClStorePrivate *priv = cl_store_get_instance_private (CL_STORE (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;
    case PROP_CLOCK:
      priv->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The defaults suit a store that keeps nothing and reads on demand. */
static gpointer
cl_store_real_read (ClStore    *self,
                    ClDatabase *database,
                    GError    **error)
{
  return GINT_TO_POINTER (1);
}

static void
cl_store_real_apply (ClStore *self,
                     gpointer data)
{
}

static void
cl_store_real_free_read (gpointer data)
{
}

static void
cl_store_class_init (ClStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cl_store_constructed;
  object_class->dispose = cl_store_dispose;
  object_class->get_property = cl_store_get_property;
  object_class->set_property = cl_store_set_property;
  klass->changed = cl_store_real_changed;
  klass->read = cl_store_real_read;
  klass->apply = cl_store_real_apply;
  klass->free_read = cl_store_real_free_read;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, CL_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_store_init (ClStore *self)
{
}

ClDatabase *
cl_store_get_database (ClStore *self)
{
  ClStorePrivate *priv = cl_store_get_instance_private (self);

  g_return_val_if_fail (CL_IS_STORE (self), NULL);

  return priv->database;
}

ClClock *
cl_store_get_clock (ClStore *self)
{
  ClStorePrivate *priv = cl_store_get_instance_private (self);

  g_return_val_if_fail (CL_IS_STORE (self), NULL);

  return priv->clock;
}

gpointer
cl_store_read (ClStore    *self,
               ClDatabase *database,
               GError    **error)
{
  ClStorePrivate *priv = cl_store_get_instance_private (self);
  int             changes;
  gpointer        data;
  Read           *read;

  g_return_val_if_fail (CL_IS_STORE (self), NULL);
  g_return_val_if_fail (CL_IS_DATABASE (database), NULL);

  changes = g_atomic_int_get (&priv->changes);
  data = CL_STORE_GET_CLASS (self)->read (self, database, error);
  if (data == NULL)
    return NULL;

  read = g_new0 (Read, 1);
  read->data = data;
  read->changes = changes;
  return read;
}

void
cl_store_apply (ClStore *self,
                gpointer data)
{
  ClStorePrivate *priv = cl_store_get_instance_private (self);
  Read           *read = data;

  g_return_if_fail (CL_IS_STORE (self));

  if (read->changes != g_atomic_int_get (&priv->changes) && read->data != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* The store followed a change the read may not have seen. */
      CL_STORE_GET_CLASS (self)->free_read (read->data);
      g_free (read);
      if (!cl_store_load (self, &error))
        g_warning ("Could not read %s: %s", G_OBJECT_TYPE_NAME (self), error->message);
      return;
    }

  CL_STORE_GET_CLASS (self)->apply (self, read->data);
  g_free (read);
}

void
cl_store_free_read (ClStore *self,
                    gpointer data)
{
  Read *read = data;

  g_return_if_fail (CL_IS_STORE (self));

  if (read == NULL)
    return;
  CL_STORE_GET_CLASS (self)->free_read (read->data);
  g_free (read);
}

gboolean
cl_store_load (ClStore *self,
               GError **error)
{
  ClStorePrivate *priv = cl_store_get_instance_private (self);
  g_autoptr(ClTransaction) tx = NULL;
  gpointer data;

  g_return_val_if_fail (CL_IS_STORE (self), FALSE);

  /* One snapshot, so that what is read belongs together. */
  tx = cl_transaction_begin_read (priv->database, error);
  if (tx == NULL)
    return FALSE;
  data = CL_STORE_GET_CLASS (self)->read (self, priv->database, error);
  if (data == NULL)
    return FALSE;
  if (!cl_transaction_commit (tx, error))
    {
      CL_STORE_GET_CLASS (self)->free_read (data);
      return FALSE;
    }
  CL_STORE_GET_CLASS (self)->apply (self, data);
  return TRUE;
}

void
cl_store_emit_per_application (ClStore     *self,
                               ClChangeSet *change_set,
                               ClTable      table,
                               guint        signal_id)
{
  g_autoptr(GArray) ids = NULL;

  g_return_if_fail (CL_IS_STORE (self));

  if (cl_change_set_is_external (change_set))
    {
      g_signal_emit (self, signal_id, 0, (gint64) 0);
      return;
    }

  ids = cl_change_set_get_ids_in (change_set, table, CL_ENTITY_APPLICATION);
  for (guint i = 0; i < ids->len; i++)
    g_signal_emit (self, signal_id, 0, g_array_index (ids, gint64, i));
}
