/* cl-slot.c — one position of a ClSlotModel, showing whichever item is there now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cl-slot.h"

struct _ClSlot
{
  GObject  parent_instance;

  guint    position;
  GObject *item;
};

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClSlot, cl_slot, G_TYPE_OBJECT)

static void
cl_slot_dispose (GObject *object)
{
  ClSlot *self = CL_SLOT (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (cl_slot_parent_class)->dispose (object);
}

static void
cl_slot_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ClSlot *self = CL_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_slot_class_init (ClSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_slot_dispose;
  object_class->get_property = cl_slot_get_property;

  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_slot_init (ClSlot *self)
{
}

ClSlot *
cl_slot_new (guint    position,
             gpointer item)
{
  ClSlot *self = g_object_new (CL_TYPE_SLOT, NULL);

  self->position = position;
  g_set_object (&self->item, item);
  return self;
}

void
cl_slot_set_item (ClSlot  *self,
                  gpointer item)
{
  g_return_if_fail (CL_IS_SLOT (self));

  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

gpointer
cl_slot_get_item (ClSlot *self)
{
  g_return_val_if_fail (CL_IS_SLOT (self), NULL);

  return self->item;
}

guint
cl_slot_get_position (ClSlot *self)
{
  g_return_val_if_fail (CL_IS_SLOT (self), 0);

  return self->position;
}
