/* cl-object-picker.h — a button that opens a searchable list of objects to choose one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-application.h"

G_BEGIN_DECLS
/* clang-format off */

/* The object chosen; @item belongs to the list. */
typedef void (*ClObjectPickedFunc) (gpointer item,
                                    gpointer user_data);

/* A menu button labelled @label (a mnemonic, such as "_Add Person…") whose
 * popover has a search entry over the objects of @items whose string
 * @property holds what is typed (ignoring case), 50 at most, and, when
 * @filter is given, that it keeps too (it is run again each time the
 * popover opens: say, leaving out those already chosen).  Choosing one, or
 * Enter in the search for the first, calls @func with @user_data, which
 * must outlive the button. */
GtkWidget *cl_object_picker_new (const char         *label,
                                 GListModel         *items,
                                 const char         *property,
                                 GtkFilter          *filter,
                                 ClObjectPickedFunc  func,
                                 gpointer            user_data);

/* The same, naming each item by @expression (a string; the picker owns it). */
GtkWidget *cl_object_picker_new_for_expression   (const char         *label,
                                                  GListModel         *items,
                                                  GtkExpression      *expression,
                                                  GtkFilter          *filter,
                                                  ClObjectPickedFunc  func,
                                                  gpointer            user_data);
/* The same over ClApplications, by company then role, each named
 * "Company — Role". */
GtkWidget *cl_object_picker_new_for_applications (const char         *label,
                                                  GListModel         *applications,
                                                  GtkFilter          *filter,
                                                  ClObjectPickedFunc  func,
                                                  gpointer            user_data);
/* "Company — Role", as the picker names an application. */
char      *cl_object_picker_describe_application (ClApplication      *application);

/* clang-format on */
G_END_DECLS
