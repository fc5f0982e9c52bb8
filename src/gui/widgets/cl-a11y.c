/* cl-a11y.c — one clear accessible name per control, where GTK 4.8 gives two or none
 *
 * GTK 4.8 builds a name from the LABEL property, then the names of the
 * labelled-by widgets, and falls back on the type name: a button whose label
 * has a mnemonic gets both the raw label and its label widget's text, and an
 * icon button of a library widget nothing but "GtkImage".  These work around
 * it on our widgets and on the libadwaita ones we show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-a11y"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"

char *
cl_a11y_strip_mnemonic (const char *label)
{
  GString *out = g_string_new (NULL);

  for (const char *p = label != NULL ? label : ""; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        g_string_append_c (out, *++p);
      else if (*p != '_')
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
cl_a11y_fix_mnemonic (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      const char *label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));

      if (label != NULL && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
        {
          g_autofree char *text = cl_a11y_strip_mnemonic (label);

          gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          text, -1);
        }
    }
  else if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
           gtk_button_get_use_underline (GTK_BUTTON (widget)))
    {
      /* The label widget names it: the raw label must not as well.  Without
       * a mnemonic it does not, and the name given stays. */
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
}

/* A drop-down's button, which GTK 4.8 leaves unnamed ("GtkToggleButton"),
 * takes the text of the drop-down's mnemonic label. */
static void
name_drop_down_button (GtkWidget *drop_down)
{
  GList *labels = gtk_widget_list_mnemonic_labels (drop_down);

  for (GtkWidget *child = gtk_widget_get_first_child (drop_down);
       child != NULL && labels != NULL && GTK_IS_LABEL (labels->data);
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_label_get_text (labels->data), -1);
  g_list_free (labels);
}

void
cl_a11y_fix_mnemonics_below (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if ((GTK_IS_BUTTON (root) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (root)))) ||
      GTK_IS_CHECK_BUTTON (root))
    cl_a11y_fix_mnemonic (root);
  else if (GTK_IS_DROP_DOWN (root))
    name_drop_down_button (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cl_a11y_fix_mnemonics_below (child);
}

/* A toast's close button is an icon button with no name of its own. */
static void
name_toast_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child))))
            cl_a11y_fix_mnemonic (child);
          else
            gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            _ ("Dismiss"), -1);
        }
      name_toast_buttons (child);
    }
}

static void
overlay_children_changed_cb (GListModel *children,
                             guint       position,
                             guint       removed,
                             guint       added,
                             gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
        name_toast_buttons (child);
    }
}

void
cl_a11y_watch_toasts (AdwToastOverlay *overlay)
{
  GListModel *children;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));

  /* Toast widgets are made as each toast is shown. */
  children = gtk_widget_observe_children (GTK_WIDGET (overlay));
  g_signal_connect_object (children, "items-changed", G_CALLBACK (overlay_children_changed_cb),
                           overlay, 0);
  g_object_set_data_full (G_OBJECT (overlay), "cl-a11y-children", children, g_object_unref);
}

/* The first button below @widget, leaving out what is below @skip. */
static GtkWidget *
find_button (GtkWidget *widget,
             GtkWidget *skip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (child == skip)
        continue;
      if (GTK_IS_BUTTON (child))
        return child;
      found = find_button (child, skip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
cl_a11y_name_search_bar (GtkSearchBar *bar)
{
  GtkWidget *close;

  g_return_if_fail (GTK_IS_SEARCH_BAR (bar));

  /* The bar's own button, beside the child: buttons inside the child (a
   * filter menu button, say) are not it. */
  close = find_button (GTK_WIDGET (bar), gtk_search_bar_get_child (bar));
  if (close == NULL)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Close Search"), -1);
  gtk_widget_set_tooltip_text (close, _ ("Close Search"));
}

void
cl_a11y_name_view_switchers (GtkWidget  *root,
                             const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (label != NULL);

  if (ADW_IS_VIEW_SWITCHER (root))
    gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cl_a11y_name_view_switchers (child, label);
}

void
cl_a11y_name_menus_below (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_MENU_BUTTON (root))
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (root));
      const char *tooltip = gtk_widget_get_tooltip_text (root);

      if (popover != NULL && tooltip != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        tooltip, -1);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cl_a11y_name_menus_below (child);
}

static void
name_shortcuts_parts (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child) || (GTK_IS_TOGGLE_BUTTON (child) &&
                                          GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (child)))))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _ ("Search Shortcuts"), -1);
      else if (GTK_IS_MENU_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _ ("Sections"), -1);
      else
        name_shortcuts_parts (child);
    }
}

void
cl_a11y_name_shortcuts_window (GtkShortcutsWindow *window)
{
  g_return_if_fail (GTK_IS_SHORTCUTS_WINDOW (window));

  name_shortcuts_parts (GTK_WIDGET (window));
  /* The header bar is the window's titlebar, apart from its child. */
  if (gtk_window_get_titlebar (GTK_WINDOW (window)) != NULL)
    name_shortcuts_parts (gtk_window_get_titlebar (GTK_WINDOW (window)));
}

static void
name_expander_parts (GtkWidget  *widget,
                     const char *name,
                     gboolean    in_heading)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        continue;
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      else if (GTK_IS_IMAGE (child) && in_heading)
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                     -1);
      /* The revealed part holds the row's own fields: only its list. */
      name_expander_parts (child, name, in_heading && !GTK_IS_REVEALER (child));
      if (GTK_IS_REVEALER (child))
        continue;
    }
}

void
cl_a11y_name_expander_row (AdwExpanderRow *row,
                           const char     *name)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  name_expander_parts (GTK_WIDGET (row), name, TRUE);
}

/* The button below @widget showing the peek icon of a password row. */
static GtkWidget *
find_peek_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child))
        {
          const char *icon = gtk_button_get_icon_name (GTK_BUTTON (child));

          if (g_strcmp0 (icon, "view-reveal-symbolic") == 0 ||
              g_strcmp0 (icon, "view-conceal-symbolic") == 0)
            return child;
        }
      found = find_peek_button (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

void
cl_a11y_name_password_peek (AdwPasswordEntryRow *row)
{
  GtkWidget *button;

  g_return_if_fail (ADW_IS_PASSWORD_ENTRY_ROW (row));

  /* (Its tooltip says Show Text or Hide Text as it toggles.) */
  button = find_peek_button (GTK_WIDGET (row));
  if (button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _ ("Show or Hide the Password"), -1);
}
