/* test-slot-model.c — ClSlotModel: positions that show whichever item is there now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cl-slot-model.h"

typedef struct
{
  guint position, removed, added, count;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  *change = (Change){ position, removed, added, change->count + 1 };
}

static void
test_follows (void)
{
  g_autoptr(GListStore) items = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) c = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(ClSlotModel) slots = NULL;
  g_autoptr(ClSlot) first = NULL;
  g_autoptr(ClSlot) second = NULL;
  g_autoptr(ClSlot) again = NULL;
  Change change = { 0 };

  g_list_store_append (items, a);
  g_list_store_append (items, b);
  g_list_store_append (items, c);
  slots = cl_slot_model_new (G_LIST_MODEL (items));
  g_signal_connect (slots, "items-changed", G_CALLBACK (items_changed_cb), &change);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (slots)) == CL_TYPE_SLOT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), 3));

  first = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  second = g_list_model_get_item (G_LIST_MODEL (slots), 1);
  g_assert_true (cl_slot_get_item (first) == a);
  g_assert_true (cl_slot_get_item (second) == b);
  /* The same slot while it is held. */
  again = g_list_model_get_item (G_LIST_MODEL (slots), 1);
  g_assert_true (again == second);
  g_clear_object (&again);

  /* The first item goes: the slots show what moved up, and only the end
   * of the list changes. */
  g_list_store_remove (items, 0);
  g_assert_true (cl_slot_get_item (first) == b);
  g_assert_true (cl_slot_get_item (second) == c);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);

  /* An item in front: all move down, one more at the end. */
  g_list_store_insert (items, 0, a);
  g_assert_true (cl_slot_get_item (first) == a);
  g_assert_true (cl_slot_get_item (second) == b);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);

  /* Emptied: a slot whose position is gone shows nothing. */
  g_list_store_remove_all (items);
  g_assert_null (cl_slot_get_item (first));
  g_assert_null (cl_slot_get_item (second));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 0);
  g_assert_cmpuint (change.removed, ==, 3);
}

static void
test_not_kept (void)
{
  g_autoptr(GListStore) items = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(ClSlotModel) slots = NULL;
  ClSlot  *slot;
  gpointer weak;

  g_list_store_append (items, a);
  slots = cl_slot_model_new (G_LIST_MODEL (items));
  slot = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  weak = slot;
  g_object_add_weak_pointer (G_OBJECT (slot), &weak);
  g_object_unref (slot);
  /* Nobody held it: gone, and a new one is made when asked. */
  g_assert_null (weak);
  slot = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  g_assert_true (cl_slot_get_item (slot) == a);
  g_object_unref (slot);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/slot-model/follows", test_follows);
  g_test_add_func ("/slot-model/not-kept", test_not_kept);
  return g_test_run ();
}
