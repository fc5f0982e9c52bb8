/* cl-window-private.h — what cl-window.c and cl-window-actions.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cl-contacts-view.h"
#include "cl-insights-view.h"
#include "cl-offers-view.h"
#include "cl-pipeline-view.h"
#include "cl-prep-view.h"
#include "cl-sheet-printer.h"
#include "cl-window.h"

G_BEGIN_DECLS
/* clang-format off */

struct _ClWindow
{
  AdwApplicationWindow  parent_instance;

  ClContext            *context;
  GSettings            *settings;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *content_stack;
  AdwViewStack         *stack;
  ClPipelineView       *pipeline_view;
  ClInsightsView       *insights_view;
  ClOffersView         *offers_view;
  ClContactsView       *contacts_view;
  ClPrepView           *prep_view;
  GtkWidget            *new_button;
  GtkWidget            *new_offer_button;
  GtkWidget            *compare_button;
  GtkWidget            *search_button;
  GtkWidget            *board_menu_button;

  /* The prep sheet: Print… and Export PDF… on the Offers page. */
  GtkWidget            *prep_sheet_button;
  ClSheetPrinter       *sheet_printer;
  GSignalGroup         *offer_signals;

  /* The Accounts window, while it is open (weak). */
  GtkWindow            *accounts_window;
  GSignalGroup         *vault_signals;
};

/* Installs the window's actions on its class (cl-window-actions.c). */
void cl_window_class_install_actions (GtkWidgetClass *widget_class);
/* Enables the actions that need the data once it is there. */
void cl_window_update_actions        (ClWindow       *self);
/* Follows the keyring, for the passwords of deleted accounts that stayed. */
void cl_window_watch_vault           (ClWindow       *self);
/* Follows the offers the prep sheet actions need (cl-window-actions.c). */
void cl_window_watch_offers          (ClWindow       *self);

/* clang-format on */
G_END_DECLS
