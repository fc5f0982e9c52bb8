/* cl-object-picker.c — a button that opens a searchable list of objects to choose one
 *
 * Unlike cl-name-picker, which writes a name into an entry row, this hands
 * back the object itself: two contacts may share a name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-object-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-application.h"
#include "cl-object-picker.h"
#include "cl-placeholder.h"

/* A list of thousands helps nobody: typing narrows it. */
#define MAX_SHOWN 50

typedef struct
{
  GtkStringFilter   *search;
  GtkFilter         *filter; /* may be NULL */
  GListModel        *shown;
  GtkListBox        *list;  /* weak */
  GtkSearchEntry    *entry; /* weak */
  GtkExpression     *label; /* the item's name */
  ClObjectPickedFunc func;
  gpointer           user_data;
} Picker;

static void
picker_free (gpointer data)
{
  Picker *picker = data;

  g_clear_weak_pointer (&picker->list);
  g_clear_weak_pointer (&picker->entry);
  g_clear_object (&picker->search);
  g_clear_object (&picker->filter);
  g_clear_object (&picker->shown);
  g_clear_pointer (&picker->label, gtk_expression_unref);
  g_free (picker);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  Picker *picker = data;
  g_auto(GValue) value = G_VALUE_INIT;
  const char *name = NULL;
  GtkWidget  *row = gtk_list_box_row_new ();
  GtkWidget  *label;

  if (gtk_expression_evaluate (picker->label, item, &value))
    name = g_value_get_string (&value);
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
  g_object_set_data_full (G_OBJECT (row), "cl-item", g_object_ref (item), g_object_unref);
  return row;
}

static void
pick (Picker    *picker,
      GtkWidget *inside,
      gpointer   item)
{
  GtkWidget *popover = gtk_widget_get_ancestor (inside, GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (item != NULL)
    picker->func (item, picker->user_data);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  Picker        *picker)
{
  g_autoptr(GObject) item = g_object_get_data (G_OBJECT (row), "cl-item");

  /* The callback may rebuild what holds the list. */
  if (item != NULL)
    g_object_ref (item);
  pick (picker, GTK_WIDGET (list), item);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    Picker         *picker)
{
  g_autoptr(GObject) first = g_list_model_get_item (picker->shown, 0);

  pick (picker, GTK_WIDGET (entry), first);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   Picker         *picker)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  gtk_string_filter_set_search (picker->search, text);
}

/* Down from the search goes to the list, as in GNOME's pickers. */
static gboolean
search_key_cb (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               Picker                *picker)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down || picker->list == NULL)
    return FALSE;
  first = gtk_list_box_get_row_at_index (picker->list, 0);
  if (first == NULL)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

/* Opens on everything, the filter run again, the search focused. */
static void
popover_show_cb (GtkPopover *popover,
                 Picker     *picker)
{
  if (picker->filter != NULL)
    gtk_filter_changed (picker->filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (picker->entry != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (picker->entry), "");
      gtk_string_filter_set_search (picker->search, NULL);
      gtk_widget_grab_focus (GTK_WIDGET (picker->entry));
    }
}

GtkWidget *
cl_object_picker_new (const char        *label,
                      GListModel        *items,
                      const char        *property,
                      GtkFilter         *filter,
                      ClObjectPickedFunc func,
                      gpointer           user_data)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  return cl_object_picker_new_for_expression (
    label, items, gtk_property_expression_new (g_list_model_get_item_type (items), NULL, property),
    filter, func, user_data);
}

GtkWidget *
cl_object_picker_new_for_expression (const char        *label,
                                     GListModel        *items,
                                     GtkExpression     *expression,
                                     GtkFilter         *filter,
                                     ClObjectPickedFunc func,
                                     gpointer           user_data)
{
  Picker             *picker;
  GtkWidget          *button, *popover, *box, *entry, *scroller, *list, *empty;
  GtkEventController *keys;
  g_autofree char    *name = NULL;
  GtkFilter          *every;

  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  g_return_val_if_fail (expression != NULL && func != NULL, NULL);

  name = cl_a11y_strip_mnemonic (label);
  picker = g_new0 (Picker, 1);
  picker->label = expression;
  picker->func = func;
  picker->user_data = user_data;
  picker->filter = filter != NULL ? g_object_ref (filter) : NULL;
  picker->search = gtk_string_filter_new (gtk_expression_ref (expression));
  gtk_string_filter_set_match_mode (picker->search, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (picker->search, TRUE);
  every = GTK_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (g_object_ref (picker->search)));
  if (filter != NULL)
    gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (filter));
  picker->shown = G_LIST_MODEL (gtk_slice_list_model_new (
    G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (items), every)), 0, MAX_SHOWN));

  entry = gtk_search_entry_new ();
  g_object_set (entry, "placeholder-text", _ ("Search"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_set_weak_pointer (&picker->entry, GTK_SEARCH_ENTRY (entry));
  g_signal_connect (entry, "search-changed", G_CALLBACK (search_changed_cb), picker);
  g_signal_connect (entry, "activate", G_CALLBACK (search_activate_cb), picker);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_cb), picker);
  gtk_widget_add_controller (entry, keys);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  empty = cl_placeholder_new (_ ("Nothing to choose matches."));
  gtk_label_set_max_width_chars (GTK_LABEL (empty), 30);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), picker->shown, create_row_cb, picker, NULL);
  g_set_weak_pointer (&picker->list, GTK_LIST_BOX (list));
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), picker);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scroller);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (popover, "show", G_CALLBACK (popover_show_cb), picker);
  g_object_set_data_full (G_OBJECT (popover), "cl-object-picker", picker, picker_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  /* GTK 4.8's menu button: the toggle inside is what a screen reader meets,
   * named by its label widget alone (given a name too, it says it twice). */
  button = g_object_new (GTK_TYPE_MENU_BUTTON, "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC,
                         NULL);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  for (GtkWidget *child = gtk_widget_get_first_child (button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
  return button;
}

/* Applications ------------------------------------------------------------- */

char *
cl_object_picker_describe_application (ClApplication *application)
{
  if (application == NULL)
    return NULL;
  /* Translators: an application in a list, "Deep Lattice — ML Engineer". */
  return g_strdup_printf (_ ("%s — %s"), cl_application_get_company_name (application),
                          cl_application_get_role (application));
}

static int
compare_applications (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  ClApplication *x = (ClApplication *) a;
  ClApplication *y = (ClApplication *) b;
  int            result = g_utf8_collate (cl_application_get_company_name (x),
                                          cl_application_get_company_name (y));

  if (result != 0)
    return result;
  return g_utf8_collate (cl_application_get_role (x), cl_application_get_role (y));
}

GtkWidget *
cl_object_picker_new_for_applications (const char        *label,
                                       GListModel        *applications,
                                       GtkFilter         *filter,
                                       ClObjectPickedFunc func,
                                       gpointer           user_data)
{
  g_autoptr(GtkSortListModel) sorted = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);

  sorted = gtk_sort_list_model_new (g_object_ref (applications),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_applications, NULL,
                                                                       NULL)));
  return cl_object_picker_new_for_expression (
    label, G_LIST_MODEL (sorted),
    gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                 G_CALLBACK (cl_object_picker_describe_application), NULL, NULL),
    filter, func, user_data);
}
