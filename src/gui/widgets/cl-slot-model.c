/* cl-slot-model.c — a list of positions over another list, for list views that refilter often
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cl-slot-model.h"

struct _ClSlotModel
{
  GObject     parent_instance;

  GListModel *items;
  guint       n_items;
  GPtrArray  *slots; /* ClSlot, not held: NULL where none is alive */
};

static void cl_slot_model_list_model_init (GListModelInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (ClSlotModel, cl_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cl_slot_model_list_model_init))
/* clang-format on */

/* Called as the slot is disposed, when its fields can still be read. */
static void
slot_gone_cb (gpointer data,
              GObject *where_the_slot_was)
{
  ClSlotModel *self = data;
  guint        position = cl_slot_get_position (CL_SLOT (where_the_slot_was));

  if (position < self->slots->len &&
      g_ptr_array_index (self->slots, position) == (gpointer) where_the_slot_was)
    g_ptr_array_index (self->slots, position) = NULL;
}

static void
forget_slot (ClSlotModel *self,
             guint        position)
{
  ClSlot *slot = g_ptr_array_index (self->slots, position);

  if (slot == NULL)
    return;
  g_object_weak_unref (G_OBJECT (slot), slot_gone_cb, self);
  g_ptr_array_index (self->slots, position) = NULL;
  cl_slot_set_item (slot, NULL);
}

static void
items_changed_cb (ClSlotModel *self,
                  guint        position,
                  guint        removed,
                  guint        added)
{
  guint old_n = self->n_items;
  guint new_n = g_list_model_get_n_items (self->items);

  /* The slots alive from @position on show what is there now. */
  for (guint i = position; i < MIN (old_n, new_n); i++)
    {
      ClSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot != NULL)
        {
          g_autoptr(GObject) item = g_list_model_get_item (self->items, i);

          cl_slot_set_item (slot, item);
        }
    }

  self->n_items = new_n;
  if (new_n < old_n)
    {
      for (guint i = new_n; i < old_n; i++)
        forget_slot (self, i);
      g_ptr_array_set_size (self->slots, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
  else if (new_n > old_n)
    {
      g_ptr_array_set_size (self->slots, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
    }
}

static GType
cl_slot_model_get_item_type (GListModel *model)
{
  return CL_TYPE_SLOT;
}

static guint
cl_slot_model_get_n_items (GListModel *model)
{
  return CL_SLOT_MODEL (model)->n_items;
}

static gpointer
cl_slot_model_get_item (GListModel *model,
                        guint       position)
{
  ClSlotModel *self = CL_SLOT_MODEL (model);
  ClSlot      *slot;

  if (position >= self->n_items)
    return NULL;
  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->items, position);

      slot = cl_slot_new (position, item);
      g_object_weak_ref (G_OBJECT (slot), slot_gone_cb, self);
      g_ptr_array_index (self->slots, position) = slot;
      return slot;
    }
  return g_object_ref (slot);
}

static void
cl_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cl_slot_model_get_item_type;
  iface->get_n_items = cl_slot_model_get_n_items;
  iface->get_item = cl_slot_model_get_item;
}

static void
cl_slot_model_dispose (GObject *object)
{
  ClSlotModel *self = CL_SLOT_MODEL (object);

  if (self->slots != NULL)
    for (guint i = 0; i < self->slots->len; i++)
      forget_slot (self, i);
  if (self->items != NULL)
    g_signal_handlers_disconnect_by_data (self->items, self);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (cl_slot_model_parent_class)->dispose (object);
}

static void
cl_slot_model_finalize (GObject *object)
{
  ClSlotModel *self = CL_SLOT_MODEL (object);

  g_clear_pointer (&self->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (cl_slot_model_parent_class)->finalize (object);
}

static void
cl_slot_model_class_init (ClSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_slot_model_dispose;
  object_class->finalize = cl_slot_model_finalize;
}

static void
cl_slot_model_init (ClSlotModel *self)
{
  self->slots = g_ptr_array_new ();
}

ClSlotModel *
cl_slot_model_new (GListModel *items)
{
  ClSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  self = g_object_new (CL_TYPE_SLOT_MODEL, NULL);
  self->items = g_object_ref (items);
  self->n_items = g_list_model_get_n_items (items);
  g_ptr_array_set_size (self->slots, self->n_items);
  g_signal_connect_object (items, "items-changed", G_CALLBACK (items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}
