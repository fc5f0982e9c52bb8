/* cl-name-picker.c — choose a known name for an entry row, or type a new one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-name-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-name-picker.h"
#include "cl-placeholder.h"

/* A list of thousands of names helps nobody: typing narrows it. */
#define MAX_SHOWN 50

/* The list is bound to its model when the popover first opens: a page
 * showing a few pickers over 5,000 contacts builds no rows until then. */
typedef struct
{
  AdwEntryRow     *row; /* weak */
  GtkStringFilter *filter;
  GListModel      *shown; /* until bound */
  GtkListBox      *list;  /* weak */
  char            *property;
} Picker;

static void
picker_free (gpointer data)
{
  Picker *picker = data;

  g_clear_weak_pointer (&picker->row);
  g_clear_weak_pointer (&picker->list);
  g_clear_object (&picker->filter);
  g_clear_object (&picker->shown);
  g_free (picker->property);
  g_free (picker);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  Picker          *picker = data;
  g_autofree char *name = NULL;
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *label;

  g_object_get (item, picker->property, &name, NULL);
  label = gtk_label_new (name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name != NULL ? name : "", -1);
  g_object_set_data_full (G_OBJECT (row), "cl-name", g_steal_pointer (&name), g_free);
  return row;
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *item,
                  Picker        *picker)
{
  const char *name = g_object_get_data (G_OBJECT (item), "cl-name");
  GtkWidget  *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (picker->row == NULL || name == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (picker->row), name);
  g_signal_emit_by_name (picker->row, "entry-activated");
}

/* Narrowed to what the row says when it opens. */
static void
popover_show_cb (GtkPopover *popover,
                 Picker     *picker)
{
  g_autofree char *text = NULL;

  if (picker->row == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (picker->row))));
  gtk_string_filter_set_search (picker->filter, text);
  if (picker->shown != NULL && picker->list != NULL)
    {
      gtk_list_box_bind_model (picker->list, picker->shown, create_row_cb, picker, NULL);
      g_clear_object (&picker->shown);
    }
}

void
cl_name_picker_add (AdwEntryRow *row,
                    GListModel  *items,
                    const char  *property,
                    const char  *label)
{
  Picker    *picker;
  GtkWidget *button, *popover, *box, *scroller, *list, *empty;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));
  g_return_if_fail (G_IS_LIST_MODEL (items));
  g_return_if_fail (property != NULL && label != NULL);

  picker = g_new0 (Picker, 1);
  g_set_weak_pointer (&picker->row, row);
  picker->property = g_strdup (property);
  picker->filter = gtk_string_filter_new (
    gtk_property_expression_new (g_list_model_get_item_type (items), NULL, property));
  gtk_string_filter_set_match_mode (picker->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (picker->filter, TRUE);
  picker->shown = G_LIST_MODEL (gtk_slice_list_model_new (
    G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (items),
                                             GTK_FILTER (g_object_ref (picker->filter)))),
    0, MAX_SHOWN));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  empty = cl_placeholder_new (_ ("Nothing matches: the name typed is used as it is."));
  gtk_label_set_max_width_chars (GTK_LABEL (empty), 30);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  g_set_weak_pointer (&picker->list, GTK_LIST_BOX (list));
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), picker);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), scroller);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (popover, "show", G_CALLBACK (popover_show_cb), picker);
  g_object_set_data_full (G_OBJECT (popover), "cl-name-picker", picker, picker_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-list-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  adw_entry_row_add_suffix (row, button);
}
