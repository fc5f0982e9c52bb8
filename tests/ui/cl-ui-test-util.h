/* cl-ui-test-util.h — what the widget tests share: a database to drive,
 * finding widgets, waiting for the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-context.h"
#include "cl-test-util.h"

G_BEGIN_DECLS
/* clang-format off */

/* Fixtures: the core tests' ClTestFixture (cl-test-util.h). */

/* Adds an application to the @stage_index'th stage; owned by the store. */
ClApplication *cl_ui_add_application (ClContext  *context,
                                       const char *company,
                                       const char *role,
                                       guint       stage_index);
ClStage       *cl_ui_get_stage       (ClContext  *context,
                                       guint       stage_index);

/* Every widget of @type at or below @root, in tree order. */
GPtrArray *cl_ui_find_widgets     (GtkWidget   *root,
                                   GType        type);
/* The one widget of @type below @root; fails the test unless exactly one. */
gpointer   cl_ui_find_widget      (GtkWidget   *root,
                                   GType        type);
/* The button below @root whose label reads @label (mnemonic included). */
GtkButton *cl_ui_find_button      (GtkWidget   *root,
                                   const char  *label);
/* Clicks @button as a pointer would: nothing happens while it is insensitive. */
void       cl_ui_click            (GtkButton   *button);

/* The button below @root showing the icon @icon_name; fails the test unless
 * there is one. */
GtkButton     *cl_ui_find_icon_button (GtkWidget   *root,
                                       const char  *icon_name);
/* Presses @button as Space or Enter does, and waits for the ::clicked that
 * GtkButton emits a moment later; fails the test while it is insensitive. */
void           cl_ui_activate         (GtkButton   *button);
/* The row of @type (an AdwPreferencesRow) below @root titled @title; fails
 * the test unless there is one. */
gpointer       cl_ui_find_row         (GtkWidget   *root,
                                       GType        type,
                                       const char  *title);
/* The text field of @row: what takes the keyboard focus, and the text box
 * screen readers are told about. */
GtkAccessible *cl_ui_row_text         (AdwEntryRow *row);
/* The first visible label below @root with the style class @css_class, not
 * counting the labels inside lists (the rows' own): the message or hint
 * shown below a group of fields.  NULL when none is shown. */
GtkLabel      *cl_ui_find_shown_label (GtkWidget   *root,
                                       const char  *css_class);
/* Whether a drawn label below @root styled "error" says exactly @text: the
 * message shown beside a field that was refused. */
gboolean       cl_ui_message_shown    (GtkWidget   *root,
                                       const char  *text);

/* The ClObjectPicker (a menu button) below @root labelled @label (its
 * mnemonic included); fails the test unless there is one. */
GtkWidget     *cl_ui_find_picker      (GtkWidget   *root,
                                       const char  *label);
/* Opens @picker, types @search, checks that @expect_listed items are
 * listed, and takes the first with Enter. */
void           cl_ui_pick_by_typing   (GtkWidget   *picker,
                                       const char  *search,
                                       guint        expect_listed);

/* Waits until @widget's window has drawn a frame after the changes made
 * so far (their layout included). */
void           cl_ui_wait_for_frame   (GtkWidget     *widget);
/* Scrolls the page @widget is on so that its top shows, and waits for the
 * frame, as a user scrolls to a button before clicking it: a popover of a
 * button below the window would have no monitor.  Nothing when @widget is
 * not in a scrolled window. */
void           cl_ui_scroll_to        (GtkWidget     *widget);
/* @widget as it draws now, at its size, through its window's renderer. */
GdkTexture    *cl_ui_render           (GtkWidget     *widget);
/* How many opaque pixels of @texture are @color, give or take a little. */
guint          cl_ui_count_pixels     (GdkTexture    *texture,
                                       const GdkRGBA *color);
/* When CAREERLENS_TEST_SHOTS names a folder, saves @widget as it draws
 * there as @name.png, for a person to look at. */
void           cl_ui_save_shot        (GtkWidget     *widget,
                                       const char    *name);
/* Resizes @window to @width × @height and waits until it has that width. */
void           cl_ui_resize           (GtkWindow     *window,
                                       int            width,
                                       int            height);

/* Runs the main loop until @check returns TRUE, failing after 30 s. */
void       cl_ui_wait_for         (gboolean   (*check) (gpointer data),
                                   gpointer     data);
/* Lets pending idles, layouts and frames run. */
void       cl_ui_flush            (void);
/* For cl_ui_wait_for(): whether @widget is mapped. */
gboolean   cl_ui_is_mapped        (gpointer     widget);

/* Warnings and criticals abort a test (g_test_init makes them fatal), so a
 * Gtk-WARNING from any step fails it. */

/* clang-format on */
G_END_DECLS
