/* cl-pipeline-view-private.h — what the board's three source files share
 *
 * cl-pipeline-view.c builds the columns and runs search and filters,
 * cl-pipeline-view-actions.c holds what the user does to cards (keyboard,
 * menus, undo) and cl-pipeline-view-dnd.c what dragging them does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cl-pipeline-view.h"
#include "cl-stage-column.h"

G_BEGIN_DECLS
/* clang-format off */

typedef struct _ClPipelineUndo ClPipelineUndo;

struct _ClPipelineView
{
  GtkWidget           parent_instance;

  ClContext          *context;
  ClPipelineStore    *store;
  ClPipelineQuery    *query;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GSimpleActionGroup *actions;
  GSettings          *settings;
  ClPipelineSort      sort;
  gboolean            show_closed;
  gboolean            narrowed;      /* search or filters hide cards */
  char               *last_text;
  guint               scroll_to_top_id;
  GPtrArray          *pending_stages; /* stages whose column is still to come */
  guint               add_columns_id;

  ClPipelineUndo     *undo;          /* the last move or archive, for Ctrl+Z */
  AdwToast           *toast;         /* the board's one toast, while shown */

  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkLabel           *filter_count_label;
  GtkRevealer        *filter_banner;
  GtkLabel           *filter_banner_label;
  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  AdwStatusPage      *no_results_page;
  GtkScrolledWindow  *board_scroller;
  GtkBox             *columns_box;
  GtkDropDown        *company_type_dropdown;
  GtkDropDown        *interest_dropdown;
  GtkEntry           *level_entry;
  GtkDropDown        *added_dropdown;
  GtkCheckButton     *red_flags_check;
  GtkCheckButton     *referral_check;
  GtkPopover         *filter_popover;
  GtkWidget          *context_menu;
};

/* cl-pipeline-view.c */
/* Says @text in the board's toast, with an Undo button if @with_undo.  The
 * board has one toast, whose words change in place: an older "Moved …
 * [Undo]" cannot come back once a newer one goes, and no toast is dismissed
 * while it slides in (libadwaita 1.2 crashes then; see cl_toast_dismiss()). */
void           cl_pipeline_view_say                 (ClPipelineView *self,
                                                     const char     *text,
                                                     gboolean        with_undo);
/* A refused change: said in the toast, logged at debug level only. */
void           cl_pipeline_view_show_error          (ClPipelineView *self,
                                                     const GError   *error);
ClStageColumn *cl_pipeline_view_find_column         (ClPipelineView *self,
                                                     gint64          stage_id);
/* The column @delta places from @column on screen (negative: to the left,
 * whichever the text direction), or NULL past the ends. */
ClStageColumn *cl_pipeline_view_get_neighbour_column (ClPipelineView *self,
                                                     ClStageColumn  *column,
                                                     int             delta);
/* The column holding the keyboard focus, and the card's application. */
ClStageColumn *cl_pipeline_view_get_focus_column    (ClPipelineView *self);
ClApplication *cl_pipeline_view_get_focused_application (ClPipelineView *self);
/* Clears the search text and every filter, and scrolls columns to the top. */
void           cl_pipeline_view_clear_search        (ClPipelineView *self);
void           cl_pipeline_view_reset_filters       (ClPipelineView *self);

/* cl-pipeline-view-actions.c */
void           cl_pipeline_view_class_init_actions  (GtkWidgetClass *widget_class);
/* The "board" group the window's header reaches (search, sort, undo…). */
void           cl_pipeline_view_init_actions        (ClPipelineView *self);
void           cl_pipeline_view_open_application    (ClPipelineView *self,
                                                     ClApplication  *application);
/* The card menu for @application at (@x, @y) of @widget. */
void           cl_pipeline_view_show_card_menu      (ClPipelineView *self,
                                                     ClApplication  *application,
                                                     GtkWidget      *widget,
                                                     double          x,
                                                     double          y);
void           cl_pipeline_view_forget_undo         (ClPipelineView *self);
/* Takes back the last move or archive, if it is still the card's latest. */
void           cl_pipeline_view_undo                (ClPipelineView *self);

/* cl-pipeline-view-dnd.c */
void           cl_pipeline_view_init_dnd            (ClPipelineView *self);
/* Connected to every column's ::drop-application. */
gboolean       cl_pipeline_view_drop_application_cb (ClStageColumn  *column,
                                                     ClApplication  *application,
                                                     guint           position,
                                                     ClPipelineView *self);

/* For tests: the board's toast while it offers Undo, else NULL. */
AdwToast      *cl_pipeline_view_get_undo_toast      (ClPipelineView *self);

/* clang-format on */
G_END_DECLS
