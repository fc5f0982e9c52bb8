/* cl-message-row.c — a row of a form's list that says what is wrong with the row above
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-message-row"

#include "config.h"

#include "cl-message-row.h"

struct _ClMessageRow
{
  GtkListBoxRow parent_instance;
};

G_DEFINE_FINAL_TYPE (ClMessageRow, cl_message_row, GTK_TYPE_LIST_BOX_ROW)

/* The list asks this row to take the focus on its way along: the rows
 * beyond it, in that direction, are asked instead. */
static gboolean
cl_message_row_focus (GtkWidget       *widget,
                      GtkDirectionType direction)
{
  GtkWidget *list = gtk_widget_get_parent (widget);
  int        index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget));
  int        step;

  switch (direction)
    {
    case GTK_DIR_TAB_FORWARD:
    case GTK_DIR_DOWN:
      step = 1;
      break;
    case GTK_DIR_TAB_BACKWARD:
    case GTK_DIR_UP:
      step = -1;
      break;
    case GTK_DIR_LEFT:
    case GTK_DIR_RIGHT:
    default:
      return FALSE;
    }
  if (!GTK_IS_LIST_BOX (list) || index < 0)
    return FALSE;

  for (int i = index + step; i >= 0; i += step)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        break;
      /* Hidden, filtered out or insensitive: the list skips those too. */
      if (gtk_widget_get_visible (GTK_WIDGET (row)) &&
          gtk_widget_get_child_visible (GTK_WIDGET (row)) &&
          gtk_widget_get_sensitive (GTK_WIDGET (row)) &&
          gtk_widget_child_focus (GTK_WIDGET (row), direction))
        return TRUE;
    }
  return FALSE;
}

static void
cl_message_row_class_init (ClMessageRowClass *klass)
{
  GTK_WIDGET_CLASS (klass)->focus = cl_message_row_focus;
}

static void
cl_message_row_init (ClMessageRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

GtkWidget *
cl_message_row_new (void)
{
  return g_object_new (CL_TYPE_MESSAGE_ROW, NULL);
}

GtkLabel *
cl_message_row_add_below (GtkListBoxRow *field,
                          GtkWidget    **row)
{
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (field));
  GtkWidget *label = gtk_label_new (NULL);

  g_return_val_if_fail (GTK_IS_LIST_BOX (list), NULL);

  /* A row of its own right below the field: beside it however narrow the
   * window, and wrapped rather than cut. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "error");

  *row = cl_message_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (*row), label);
  gtk_list_box_insert (GTK_LIST_BOX (list), *row, gtk_list_box_row_get_index (field) + 1);
  return GTK_LABEL (label);
}
