/* cl-a11y.h — one clear accessible name per control, where GTK 4.8 gives two or none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS
/* clang-format off */

/* GTK 4.8 names a button with a mnemonic label by the raw label and by the
 * label widget ("_Cancel Cancel"), and a check button by the raw label ("Has
 * _red flags"): give @widget the label's text alone.  Call again after its
 * label changes. */
void  cl_a11y_fix_mnemonic        (GtkWidget       *widget);
/* The same for every button and check button below @root; and the button of
 * a drop-down, unnamed in GTK 4.8, takes the text of its mnemonic label. */
void  cl_a11y_fix_mnemonics_below (GtkWidget       *root);
/* The label of a mnemonic: "Has _red flags" → "Has red flags". */
char *cl_a11y_strip_mnemonic      (const char      *label);
/* Names the buttons of every toast @overlay shows: "Undo" rather than "Undo
 * Undo", and "Dismiss" rather than "GtkImage" for the close button. */
void  cl_a11y_watch_toasts        (AdwToastOverlay *overlay);
/* Names the close button of @bar ("GtkImage" otherwise). */
void  cl_a11y_name_search_bar     (GtkSearchBar    *bar);
/* Names every view switcher below @root ("AdwViewSwitcher" otherwise),
 * those inside a view switcher title or bar included. */
void  cl_a11y_name_view_switchers (GtkWidget       *root,
                                   const char      *label);
/* Names the popover of every menu button below @root like its button, by
 * its tooltip ("GtkPopoverMenu" otherwise).  Call again after a popover or
 * menu model is set. */
void  cl_a11y_name_menus_below    (GtkWidget       *root);
/* Names the search button and entry, and the section menu button, of a
 * shortcuts window ("GtkImage", "GtkSearchEntry", "GtkMenuButton" otherwise). */
void  cl_a11y_name_shortcuts_window (GtkShortcutsWindow *window);

/* libadwaita 1.2 names the show/hide button of a password row "GtkImage":
 * names it "Show or Hide the Password". */
void  cl_a11y_name_password_peek  (AdwPasswordEntryRow *row);

/* GTK 4.8 leaves an expander row unnamed, its lists named "GtkListBox" and
 * its arrow "GtkImage": names the row and its lists @name, and hides the
 * arrow and other pictures of its heading (not those of buttons) from
 * screen readers.  Call again after the name changes. */
void  cl_a11y_name_expander_row   (AdwExpanderRow  *row,
                                   const char      *name);

/* clang-format on */
G_END_DECLS
