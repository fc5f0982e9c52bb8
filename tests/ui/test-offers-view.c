/* test-offers-view.c — the Offers page: the list, the editor, the new-offer dialog
 *
 * Builds the page over a temporary database with offers, and drives it
 * through its widgets: the list in its order, the editor of the offer
 * chosen, numbers typed wrong (each says why at once and leaves the
 * database as it was) and typed right (saved, and the table of totals by
 * year shows the exact figures), the new-offer dialog, and the Offers
 * section of the application page, which opens offers on this page.
 * Warnings are fatal.  Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-offers-view"

#include "config.h"

#include <string.h>

#include "cl-application-page.h"
#include "cl-chart-table.h"
#include "cl-new-offer-dialog.h"
#include "cl-offer-editor.h"
#include "cl-offer-row.h"
#include "cl-offers-view.h"
#include "cl-ui-test-util.h"
#include "cl-window.h"

#define DAY (24 * 3600)

typedef struct
{
  ClTestFixture  base;
  ClApplication *lattice; /* the store's */
  ClApplication *quanta;
  ClApplication *orbit;
  ClApplication *zephyr;
  GtkWindow     *window;
  ClOffersView  *view;
} Fixture;

static ClOffer *
add_offer (Fixture       *fixture,
           ClApplication *application,
           gint64         base,
           const char    *currency,
           ClOfferStatus  status,
           gint64         deadline)
{
  g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), base, currency);
  g_autoptr(GError) error = NULL;

  g_object_set (offer, "status", status, "response-deadline", deadline, NULL);
  g_assert_true (cl_offer_store_add_offer (cl_context_get_offer_store (fixture->base.context),
                                           offer, &error));
  g_assert_no_error (error);
  return offer; /* the store keeps it */
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->lattice = cl_ui_add_application (fixture->base.context, "Deep Lattice", "ML Engineer",
                                            5);
  fixture->quanta = cl_ui_add_application (fixture->base.context, "Quanta Labs",
                                           "Research Scientist", 5);
  fixture->orbit = cl_ui_add_application (fixture->base.context, "Orbit AI", "Applied Scientist",
                                          6);
  fixture->zephyr = cl_ui_add_application (fixture->base.context, "Zephyr Analytics",
                                           "Data Scientist", 5);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

/* Four offers: two waiting with deadlines, one waiting without, one
 * accepted; added out of the order the page lists them in. */
static void
add_four_offers (Fixture *fixture)
{
  add_offer (fixture, fixture->lattice, 15000000, "USD", CL_OFFER_STATUS_RECEIVED,
             CL_TEST_NOW + 5 * DAY);
  add_offer (fixture, fixture->orbit, 18000000, "USD", CL_OFFER_STATUS_ACCEPTED, 0);
  add_offer (fixture, fixture->zephyr, 9000000, "EUR", CL_OFFER_STATUS_RECEIVED, 0);
  add_offer (fixture, fixture->quanta, 16000000, "USD", CL_OFFER_STATUS_NEGOTIATING,
             CL_TEST_NOW + 2 * DAY);
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

/* The page alone in a window @width wide, shown. */
static ClOffersView *
open_view (Fixture *fixture,
           int      width)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = g_object_new (CL_TYPE_OFFERS_VIEW, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_set_default_size (fixture->window, width, 800);
  cl_offers_view_set_context (fixture->view, fixture->base.context);
  gtk_window_present (fixture->window);
  cl_ui_wait_for (is_allocated, fixture->view);
  cl_ui_flush ();
  return fixture->view;
}

/* The list of offers: the one list view not in the editor (its combos have
 * theirs). */
static GtkListView *
list_view (Fixture *fixture)
{
  g_autoptr(GPtrArray) views = cl_ui_find_widgets (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW);

  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (views, i), CL_TYPE_OFFER_EDITOR) == NULL)
      return g_ptr_array_index (views, i);
  g_error ("no list of offers");
}

static ClOfferEditor *
editor_of (Fixture *fixture)
{
  return cl_ui_find_widget (GTK_WIDGET (fixture->view), CL_TYPE_OFFER_EDITOR);
}

static gpointer
find_row (Fixture    *fixture,
          GType       type,
          const char *title)
{
  return cl_ui_find_row (GTK_WIDGET (editor_of (fixture)), type, title);
}

static void
type_into (Fixture    *fixture,
           const char *title,
           const char *text)
{
  AdwEntryRow *row = find_row (fixture, ADW_TYPE_ENTRY_ROW, title);

  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (row)));
  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_row_text (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Moves the keyboard focus out of any field, as Tab out of it would. */
static void
leave_field (Fixture *fixture)
{
  gtk_widget_grab_focus (GTK_WIDGET (cl_ui_find_icon_button (GTK_WIDGET (editor_of (fixture)),
                                                             "user-trash-symbolic")));
  cl_ui_flush ();
}

/* The message shown right below @row, or NULL. */
static const char *
shown_message (gpointer row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row));

  if (next == NULL || !GTK_IS_LIST_BOX_ROW (next) || ADW_IS_PREFERENCES_ROW (next) ||
      !gtk_widget_get_visible (next))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next))));
}

static const char *
message_of (Fixture    *fixture,
            const char *title)
{
  return shown_message (find_row (fixture, ADW_TYPE_ENTRY_ROW, title));
}

static char *
offers_rows (Fixture *fixture)
{
  return cl_test_query_text (fixture->base.database,
                             "SELECT o.*, (SELECT group_concat (basis_points) FROM vesting_years v"
                             " WHERE v.offer_id = o.id) FROM offers o ORDER BY id");
}

/* The table of totals on a wide window: the one with the four years. */
static ClChartTable *
totals_table (Fixture *fixture)
{
  g_autoptr(GPtrArray) tables = cl_ui_find_widgets (GTK_WIDGET (editor_of (fixture)),
                                                     CL_TYPE_CHART_TABLE);

  for (guint i = 0; i < tables->len; i++)
    if (cl_chart_table_get_n_columns (g_ptr_array_index (tables, i)) == 6)
      return g_ptr_array_index (tables, i);
  g_error ("no table of the four years");
}

/* The cell of the line named @name under @column (1 to 4: the years; 5:
 * the four years). */
static const char *
total_cell (Fixture    *fixture,
            const char *name,
            guint       column)
{
  ClChartTable *table = totals_table (fixture);

  for (guint row = 0; row < cl_chart_table_get_n_rows (table); row++)
    if (g_strcmp0 (cl_chart_table_get_cell (table, row, 0), name) == 0)
      return cl_chart_table_get_cell (table, row, column);
  g_error ("no line “%s” in the totals", name);
}

static gboolean
label_shown (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* The list ----------------------------------------------------------------- */

static void
test_empty (Fixture      *fixture,
            gconstpointer data)
{
  ClOffersView *view = open_view (fixture, 1280);
  g_autoptr(GPtrArray) stacks = cl_ui_find_widgets (GTK_WIDGET (view), GTK_TYPE_STACK);
  GtkStack      *stack = g_ptr_array_index (stacks, 0); /* the page's own, first */
  AdwStatusPage *empty = cl_ui_find_widget (GTK_WIDGET (view), ADW_TYPE_STATUS_PAGE);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Offers Yet");
  g_assert_nonnull (cl_ui_find_button (GTK_WIDGET (empty), "_New Offer…"));
  g_assert_null (cl_offers_view_get_selected (view));

  /* The first offer takes the page over, chosen. */
  add_offer (fixture, fixture->lattice, 15000000, "USD", CL_OFFER_STATUS_RECEIVED, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "offers");
  g_assert_nonnull (cl_offers_view_get_selected (view));
}

static void
test_sorted (Fixture      *fixture,
             gconstpointer data)
{
  const char   *companies[] = { "Quanta Labs", "Deep Lattice", "Zephyr Analytics", "Orbit AI" };
  ClOffersView *view;
  GListModel   *offers;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ClOffer) first = NULL;
  g_autoptr(ClOffer) copy = NULL;
  g_autoptr(GError) error = NULL;

  add_four_offers (fixture);
  view = open_view (fixture, 1280);
  offers = cl_offers_view_get_offers (view);

  /* Waiting ones first, the soonest deadline first, one without a
   * deadline after them; then the accepted one. */
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(ClOffer) offer = g_list_model_get_item (offers, i);
      ClApplication *application = cl_pipeline_store_find_application (
        cl_context_get_pipeline_store (fixture->base.context), cl_offer_get_application_id (offer));

      g_assert_cmpstr (cl_application_get_company_name (application), ==, companies[i]);
    }

  /* Each row reads out whole, in the list's order. */
  rows = cl_ui_find_widgets (GTK_WIDGET (view), CL_TYPE_OFFER_ROW);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (cl_offer_row_get_description (g_ptr_array_index (rows, 0)), ==,
                   "Quanta Labs, Research Scientist, Negotiating, year 1 $160,000, "
                   "Answer by Tue 3 Nov");
  g_assert_cmpstr (cl_offer_row_get_description (g_ptr_array_index (rows, 1)), ==,
                   "Deep Lattice, ML Engineer, Received, year 1 $150,000, Answer by Fri 6 Nov");
  g_assert_cmpstr (cl_offer_row_get_description (g_ptr_array_index (rows, 2)), ==,
                   "Zephyr Analytics, Data Scientist, Received, year 1 €90,000");
  g_assert_cmpstr (cl_offer_row_get_description (g_ptr_array_index (rows, 3)), ==,
                   "Orbit AI, Applied Scientist, Accepted, year 1 $180,000");
  gtk_test_accessible_assert_property (g_ptr_array_index (rows, 3), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Orbit AI, Applied Scientist, Accepted, year 1 $180,000");

  /* The first one is chosen; accepting it sends it to the end, still
   * chosen. */
  first = g_list_model_get_item (offers, 0);
  g_assert_true (cl_offers_view_get_selected (view) == first);
  copy = cl_offer_copy (first);
  g_object_set (copy, "status", CL_OFFER_STATUS_ACCEPTED, NULL);
  g_assert_true (cl_offer_store_update_offer (cl_context_get_offer_store (fixture->base.context),
                                              copy, &error));
  g_assert_no_error (error);
  {
    g_autoptr(ClOffer) last = g_list_model_get_item (offers, 3);
    g_autoptr(ClOffer) now_first = g_list_model_get_item (offers, 0);

    g_assert_true (last == first);
    g_assert_true (cl_offers_view_get_selected (view) == first);
    g_assert_cmpint (cl_offer_get_application_id (now_first), ==,
                     cl_application_get_id (fixture->lattice));
  }
}

static void
test_selecting_shows_editor (Fixture      *fixture,
                             gconstpointer data)
{
  ClOffersView *view;
  GListModel   *offers;
  g_autoptr(ClOffer) second = NULL;
  AdwWindowTitle *title;

  add_four_offers (fixture);
  view = open_view (fixture, 1280);
  offers = cl_offers_view_get_offers (view);
  second = g_list_model_get_item (offers, 1);

  g_assert_true (cl_offers_view_show_offer (view, cl_offer_get_id (second)));
  g_assert_true (cl_offers_view_get_selected (view) == second);
  g_assert_true (cl_offer_editor_get_offer (editor_of (fixture)) == second);
  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Base salary")),
                   ==, "150,000");
  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Currency")),
                   ==, "USD");
  title = cl_ui_find_widget (GTK_WIDGET (editor_of (fixture)), ADW_TYPE_WINDOW_TITLE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Deep Lattice");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "ML Engineer");
  g_assert_cmpstr (total_cell (fixture, "Total", 1), ==, "$150,000");
  g_assert_false (cl_offers_view_show_offer (view, 999));

  /* A pointer passing over a row selects it (a single-click list): the
   * editor stays on the offer shown, and so does the selection. */
  {
    GtkSingleSelection *selection =
      GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view (fixture)));

    gtk_single_selection_set_selected (selection, 0);
    cl_ui_flush ();
    g_assert_true (cl_offer_editor_get_offer (editor_of (fixture)) == second);
    g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  }

  /* Activating a row (Enter, or a click) chooses it too. */
  g_signal_emit_by_name (list_view (fixture), "activate", 3u);
  g_assert_cmpint (cl_offer_get_application_id (cl_offers_view_get_selected (view)), ==,
                   cl_application_get_id (fixture->orbit));
}

/* Narrow: one pane at a time, and a back button on the offer. */
static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  ClOffersView *view;
  AdwLeaflet   *leaflet;
  GtkWidget    *back;
  int           minimum = 0;
  g_autoptr(ClOffer) first = NULL;

  add_four_offers (fixture);
  view = open_view (fixture, 360);
  leaflet = cl_ui_find_widget (GTK_WIDGET (view), ADW_TYPE_LEAFLET);
  back = GTK_WIDGET (cl_ui_find_icon_button (GTK_WIDGET (view), "go-previous-symbolic"));

  gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                      NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  g_assert_true (gtk_widget_get_visible (back));

  first = g_list_model_get_item (cl_offers_view_get_offers (view), 0);
  g_assert_true (cl_offers_view_show_offer (view, cl_offer_get_id (first)));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "offer");
  /* The four years go two and two: no figure is cut. */
  cl_ui_flush ();
  g_assert_cmpstr (total_cell (fixture, "Total", 1), ==, "$160,000");

  gtk_widget_activate_action (GTK_WIDGET (back), "offers.show-list", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
}

/* Bad input ---------------------------------------------------------------- */

static void
test_invalid_not_saved (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *with_custom = NULL;
  AdwComboRow     *equity_kind;
  AdwComboRow     *vesting;

  add_offer (fixture, fixture->lattice, 15000000, "USD", CL_OFFER_STATUS_RECEIVED, 0);
  open_view (fixture, 1280);
  before = offers_rows (fixture);

  /* Each says why as soon as it is typed, before anything is saved. */
  type_into (fixture, "Base salary", "-5");
  g_assert_nonnull (message_of (fixture, "Base salary"));
  g_assert_nonnull (strstr (message_of (fixture, "Base salary"), "negative"));
  g_assert_true (gtk_widget_has_css_class (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Base salary"),
                                           "error"));
  type_into (fixture, "Base salary", "a lot");
  g_assert_nonnull (message_of (fixture, "Base salary"));
  type_into (fixture, "Base salary", "10000000000000");
  g_assert_nonnull (message_of (fixture, "Base salary"));
  type_into (fixture, "Base salary", "150000.505");
  g_assert_nonnull (message_of (fixture, "Base salary"));
  leave_field (fixture);
  g_assert_nonnull (message_of (fixture, "Base salary"));
  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Base salary")),
                   ==, "150000.505");

  type_into (fixture, "Target bonus, percent of base", "150");
  g_assert_nonnull (message_of (fixture, "Target bonus, percent of base"));
  leave_field (fixture);
  g_assert_nonnull (message_of (fixture, "Target bonus, percent of base"));

  type_into (fixture, "Currency", "EURO");
  g_assert_nonnull (message_of (fixture, "Currency"));
  leave_field (fixture);

  type_into (fixture, "Cliff in months", "twelve");
  g_assert_nonnull (message_of (fixture, "Cliff in months"));
  leave_field (fixture);

  /* Shares × price: switching saves nothing while there is no amount. */
  equity_kind = find_row (fixture, ADW_TYPE_COMBO_ROW, "Equity given as");
  adw_combo_row_set_selected (equity_kind, 1);
  g_assert_true (gtk_widget_is_visible (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Share price")));
  g_assert_false (gtk_widget_is_visible (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Grant value")));
  type_into (fixture, "Share price", "12.34567");
  g_assert_nonnull (message_of (fixture, "Share price"));
  leave_field (fixture);
  type_into (fixture, "Number of shares", "12.5");
  g_assert_nonnull (message_of (fixture, "Number of shares"));
  leave_field (fixture);

  after = offers_rows (fixture);
  g_assert_cmpstr (after, ==, before);

  /* Custom vesting starts from the schedule it replaces (saved); years
   * that do not add up to 100% are not. */
  vesting = find_row (fixture, ADW_TYPE_COMBO_ROW, "Vesting schedule");
  adw_combo_row_set_selected (vesting, CL_VESTING_CUSTOM);
  g_assert_null (shown_message (vesting));
  g_assert_cmpstr (gtk_editable_get_text (
                     find_row (fixture, ADW_TYPE_ENTRY_ROW, "Percent vesting each year")),
                   ==, "25 / 25 / 25 / 25");
  with_custom = offers_rows (fixture);
  g_assert_cmpstr (with_custom, !=, before);

  type_into (fixture, "Percent vesting each year", "40 / 30 / 20");
  g_assert_cmpstr (message_of (fixture, "Percent vesting each year"), ==,
                   "The years add up to 90%; they must add up to exactly 100%.");
  leave_field (fixture);
  g_assert_cmpstr (message_of (fixture, "Percent vesting each year"), ==,
                   "The years add up to 90%; they must add up to exactly 100%.");
  type_into (fixture, "Percent vesting each year", "40 / 30 / twenty / 10");
  g_assert_nonnull (message_of (fixture, "Percent vesting each year"));
  leave_field (fixture);

  g_clear_pointer (&after, g_free);
  after = offers_rows (fixture);
  g_assert_cmpstr (after, ==, with_custom);
  /* What was shown before stays shown. */
  g_assert_cmpstr (total_cell (fixture, "Total", 1), ==, "$150,000");

  /* A valid value clears the message. */
  type_into (fixture, "Base salary", "150,000");
  g_assert_null (message_of (fixture, "Base salary"));
}

/* The focus is inside @row. */
static gboolean
focus_in_row (Fixture    *fixture,
              const char *title)
{
  GtkWidget *focus = gtk_window_get_focus (fixture->window);
  GtkWidget *row = find_row (fixture, ADW_TYPE_ENTRY_ROW, title);

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* A message below a field is no stop for Tab: GtkListBox would give up on
 * the whole list at a row that does not take the focus, so Tab from a wrong
 * base salary would land on the sign-on bonus, past the currency and the
 * bonus. */
static void
test_tab_past_message (Fixture      *fixture,
                       gconstpointer data)
{
  add_offer (fixture, fixture->lattice, 15000000, "USD", CL_OFFER_STATUS_RECEIVED, 0);
  open_view (fixture, 1280);

  type_into (fixture, "Base salary", "abc");
  g_assert_nonnull (message_of (fixture, "Base salary"));
  g_assert_true (focus_in_row (fixture, "Base salary"));

  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_in_row (fixture, "Currency"));
  /* Leaving it kept the message, and back again is past it too. */
  g_assert_nonnull (message_of (fixture, "Base salary"));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (focus_in_row (fixture, "Base salary"));
}

/* Decimals a currency does not have are refused. */
static void
test_currency_decimals (Fixture      *fixture,
                        gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_offer (fixture, fixture->lattice, 1500000000, "JPY", CL_OFFER_STATUS_RECEIVED, 0);
  open_view (fixture, 1280);
  before = offers_rows (fixture);

  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW, "Base salary")),
                   ==, "15,000,000");
  type_into (fixture, "Base salary", "15000000.50");
  g_assert_nonnull (message_of (fixture, "Base salary"));
  leave_field (fixture);
  after = offers_rows (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* Good input --------------------------------------------------------------- */

static ClOffer *
stored_offer (Fixture *fixture)
{
  GListModel *offers =
    cl_offer_store_get_offers (cl_context_get_offer_store (fixture->base.context));
  g_autoptr(ClOffer) offer = g_list_model_get_item (offers, 0);

  return offer; /* the store keeps it */
}

/* The offer as stored, read through a connection of its own. */
static ClOffer *
read_back (Fixture *fixture)
{
  g_autoptr(ClContext) context = cl_test_fixture_reload (&fixture->base);
  GListModel *offers = cl_offer_store_get_offers (cl_context_get_offer_store (context));

  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 1);
  return g_list_model_get_item (offers, 0);
}

static void
test_valid_saved (Fixture      *fixture,
                  gconstpointer data)
{
  ClOffer *offer;
  g_autoptr(ClOffer) stored = NULL;

  add_offer (fixture, fixture->lattice, 15000000, "USD", CL_OFFER_STATUS_RECEIVED, 0);
  open_view (fixture, 1280);
  offer = stored_offer (fixture);

  type_into (fixture, "Base salary", "200,000");
  g_assert_null (message_of (fixture, "Base salary"));
  leave_field (fixture);
  g_assert_cmpint (cl_offer_get_base_salary (offer), ==, 20000000);
  g_assert_cmpstr (total_cell (fixture, "Base salary", 1), ==, "$200,000");
  g_assert_cmpstr (total_cell (fixture, "Base salary", 5), ==, "$800,000");

  type_into (fixture, "Target bonus, percent of base", "15");
  leave_field (fixture);
  g_assert_cmpint (cl_offer_get_bonus_basis_points (offer), ==, 1500);
  g_assert_cmpstr (total_cell (fixture, "Bonus", 1), ==, "$30,000");

  type_into (fixture, "Sign-on bonus", "10,000");
  leave_field (fixture);
  type_into (fixture, "Part paid in year 2", "4,000");
  leave_field (fixture);
  type_into (fixture, "Clawback period in months", "12");
  leave_field (fixture);
  g_assert_cmpint (cl_offer_get_sign_on (offer), ==, 1000000);
  g_assert_cmpint (cl_offer_get_sign_on_year2 (offer), ==, 400000);
  g_assert_cmpuint (cl_offer_get_sign_on_clawback_months (offer), ==, 12);
  g_assert_cmpstr (total_cell (fixture, "Sign-on bonus", 1), ==, "$6,000");
  g_assert_cmpstr (total_cell (fixture, "Sign-on bonus", 2), ==, "$4,000");

  /* 1,000 shares at 12.3456: a grant of 12,345.60. */
  adw_combo_row_set_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Equity given as"), 1);
  type_into (fixture, "Number of shares", "1,000");
  leave_field (fixture);
  type_into (fixture, "Share price", "12.3456");
  leave_field (fixture);
  g_assert_cmpint (cl_offer_get_equity_shares (offer), ==, 1000);
  g_assert_cmpint (cl_offer_get_share_price (offer), ==, 123456);
  g_assert_cmpstr (total_cell (fixture, "Equity", 1), ==, "$3,086.40");
  g_assert_cmpstr (total_cell (fixture, "Equity", 5), ==, "$12,345.60");

  /* A custom schedule, saved whole. */
  adw_combo_row_set_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Vesting schedule"),
                              CL_VESTING_CUSTOM);
  type_into (fixture, "Percent vesting each year", "40 / 30 / 20 / 10");
  leave_field (fixture);
  g_assert_null (message_of (fixture, "Percent vesting each year"));
  g_assert_cmpint (cl_offer_get_vesting (offer), ==, CL_VESTING_CUSTOM);
  g_assert_cmpstr (cl_offer_get_custom_vesting (offer), ==, "4000,3000,2000,1000");

  /* The table, to the cent. */
  g_assert_cmpstr (total_cell (fixture, "Equity", 1), ==, "$4,938.24");
  g_assert_cmpstr (total_cell (fixture, "Equity", 2), ==, "$3,703.68");
  g_assert_cmpstr (total_cell (fixture, "Equity", 3), ==, "$2,469.12");
  g_assert_cmpstr (total_cell (fixture, "Equity", 4), ==, "$1,234.56");
  g_assert_cmpstr (total_cell (fixture, "Total", 1), ==, "$240,938.24");
  g_assert_cmpstr (total_cell (fixture, "Total", 2), ==, "$237,703.68");
  g_assert_cmpstr (total_cell (fixture, "Total", 3), ==, "$232,469.12");
  g_assert_cmpstr (total_cell (fixture, "Total", 4), ==, "$231,234.56");
  g_assert_cmpstr (total_cell (fixture, "Total", 5), ==, "$942,345.60");
  g_assert_true (label_shown (GTK_WIDGET (editor_of (fixture)), "Yearly average: $235,586.40"));

  /* The retirement match has a line of its own, in no total. */
  type_into (fixture, "Retirement match, percent of base", "5");
  leave_field (fixture);
  g_assert_cmpstr (total_cell (fixture, "Retirement match (not in the total)", 1), ==,
                   "$10,000");
  g_assert_cmpstr (total_cell (fixture, "Total", 5), ==, "$942,345.60");

  /* The list follows. */
  {
    g_autoptr(GPtrArray) rows = cl_ui_find_widgets (GTK_WIDGET (fixture->view),
                                                     CL_TYPE_OFFER_ROW);

    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_nonnull (strstr (cl_offer_row_get_description (g_ptr_array_index (rows, 0)),
                              "year 1 $240,938.24"));
  }

  /* The details: status, title, deadline. */
  adw_combo_row_set_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Status"),
                              CL_OFFER_STATUS_NEGOTIATING);
  type_into (fixture, "Title", "Senior ML Engineer");
  leave_field (fixture);
  type_into (fixture, "Answer by", "2026-11-06");
  leave_field (fixture);
  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                    "Answer by time")),
                   ==, "23:59");
  type_into (fixture, "Answer by time", "17:00");
  leave_field (fixture);

  stored = read_back (fixture);
  g_assert_cmpint (cl_offer_get_base_salary (stored), ==, 20000000);
  g_assert_cmpint (cl_offer_get_bonus_basis_points (stored), ==, 1500);
  g_assert_cmpint (cl_offer_get_sign_on (stored), ==, 1000000);
  g_assert_cmpint (cl_offer_get_sign_on_year2 (stored), ==, 400000);
  g_assert_cmpint (cl_offer_get_equity_shares (stored), ==, 1000);
  g_assert_cmpint (cl_offer_get_share_price (stored), ==, 123456);
  g_assert_cmpint (cl_offer_get_equity_amount (stored), ==, -1);
  g_assert_cmpstr (cl_offer_get_custom_vesting (stored), ==, "4000,3000,2000,1000");
  g_assert_cmpint (cl_offer_get_retirement_match_basis_points (stored), ==, 500);
  g_assert_cmpint (cl_offer_get_status (stored), ==, CL_OFFER_STATUS_NEGOTIATING);
  g_assert_cmpstr (cl_offer_get_title (stored), ==, "Senior ML Engineer");
  /* TZ=UTC: 2026-11-06 17:00. */
  g_assert_cmpint (cl_offer_get_response_deadline (stored), ==, CL_TEST_NOW + 5 * DAY + 8 * 3600);
}

/* Choosing the bonus as an amount turns the percentage into one. */
static void
test_bonus_converted (Fixture      *fixture,
                      gconstpointer data)
{
  ClOffer *offer;

  add_offer (fixture, fixture->lattice, 20000000, "USD", CL_OFFER_STATUS_RECEIVED, 0);
  open_view (fixture, 1280);
  offer = stored_offer (fixture);

  type_into (fixture, "Target bonus, percent of base", "12.5");
  leave_field (fixture);
  g_assert_cmpint (cl_offer_get_bonus_basis_points (offer), ==, 1250);

  adw_combo_row_set_selected (find_row (fixture, ADW_TYPE_COMBO_ROW, "Target bonus given as"), 1);
  g_assert_cmpint (cl_offer_get_bonus_basis_points (offer), ==, -1);
  g_assert_cmpint (cl_offer_get_bonus_amount (offer), ==, 2500000);
  g_assert_true (gtk_widget_is_visible (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                  "Target bonus, amount")));
  g_assert_false (gtk_widget_is_visible (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                   "Target bonus, percent of base")));
  g_assert_cmpstr (gtk_editable_get_text (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                    "Target bonus, amount")),
                   ==, "25,000");
  g_assert_cmpstr (total_cell (fixture, "Bonus", 1), ==, "$25,000");
}

/* Deleting asks first. */
static void
test_delete (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr(GList) toplevels = NULL;
  AdwMessageDialog *dialog = NULL;
  GListModel       *offers;

  add_four_offers (fixture);
  open_view (fixture, 1280);
  offers = cl_offer_store_get_offers (cl_context_get_offer_store (fixture->base.context));

  gtk_widget_activate_action (GTK_WIDGET (editor_of (fixture)), "editor.delete", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Delete the Offer From Quanta Labs?");

  adw_message_dialog_response (dialog, "cancel");
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 4);

  gtk_widget_activate_action (GTK_WIDGET (editor_of (fixture)), "editor.delete", NULL);
  g_clear_pointer (&toplevels, g_list_free);
  toplevels = gtk_window_list_toplevels ();
  dialog = NULL;
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 3);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM offers"), ==,
                   3);
  /* The next one is shown. */
  g_assert_nonnull (cl_offers_view_get_selected (fixture->view));
  g_assert_cmpint (cl_offer_get_application_id (cl_offers_view_get_selected (fixture->view)), !=,
                   cl_application_get_id (fixture->quanta));

  /* The toast's Undo brings it back, in the list again. */
  cl_ui_click (cl_ui_find_button (gtk_window_get_child (fixture->window), "_Undo"));
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 4);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM offers"), ==,
                   4);
  g_assert_cmpuint (g_list_model_get_n_items (cl_offers_view_get_offers (fixture->view)), ==, 4);
}

/* The new-offer dialog ----------------------------------------------------- */

static void
offer_added_cb (ClNewOfferDialog *dialog,
                ClOffer          *offer,
                ClOffer         **out)
{
  g_set_object (out, offer);
}

static AdwEntryRow *
dialog_row (ClNewOfferDialog *dialog,
            const char       *title)
{
  return cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);
}

static gboolean
add_enabled (ClNewOfferDialog *dialog)
{
  return adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add");
}

static void
test_new_offer_dialog (Fixture      *fixture,
                       gconstpointer data)
{
  ClNewOfferDialog *dialog;
  AdwComboRow      *application_row;
  g_autoptr(ClOffer) added = NULL;
  g_autoptr(ClApplication) copy = NULL;
  g_autoptr(GError) error = NULL;

  /* The posting's salary gives the defaults. */
  copy = cl_application_copy (fixture->quanta);
  g_object_set (copy, "salary-max", (gint64) 140000, "salary-currency", "GBP", NULL);
  g_assert_true (cl_pipeline_store_save_application (
    cl_context_get_pipeline_store (fixture->base.context), copy, 0, &error));
  g_assert_no_error (error);

  dialog = cl_new_offer_dialog_new (NULL, fixture->base.context);
  g_signal_connect (dialog, "offer-added", G_CALLBACK (offer_added_cb), &added);
  gtk_window_present (GTK_WINDOW (dialog));
  cl_ui_wait_for (cl_ui_is_mapped, dialog);
  application_row = cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Application");

  /* Nothing matches: nothing to add to. */
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Find the application by company or "
                                                           "role")),
                         "nowhere");
  g_assert_null (adw_combo_row_get_selected_item (application_row));
  g_assert_false (add_enabled (dialog));
  g_assert_nonnull (shown_message (application_row));

  /* Searching by role finds it, with its currency and salary. */
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Find the application by company or "
                                                           "role")),
                         "research sci");
  g_assert_true (adw_combo_row_get_selected_item (application_row) == fixture->quanta);
  g_assert_null (shown_message (application_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_row (dialog, "Currency"))), ==,
                   "GBP");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dialog_row (dialog,
                                                                    "Base salary a year"))),
                   ==, "140,000");
  g_assert_true (add_enabled (dialog));

  /* Wrong input says why, under its field, and Add waits. */
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Currency")), "POUNDS");
  g_assert_false (add_enabled (dialog));
  g_assert_nonnull (shown_message (dialog_row (dialog, "Currency")));
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Currency")), "gbp");
  g_assert_null (shown_message (dialog_row (dialog, "Currency")));
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Base salary a year")), "-3");
  g_assert_false (add_enabled (dialog));
  g_assert_nonnull (shown_message (dialog_row (dialog, "Base salary a year")));
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Base salary a year")), "120,000.555");
  g_assert_false (add_enabled (dialog));
  g_assert_nonnull (shown_message (dialog_row (dialog, "Base salary a year")));
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Base salary a year")), "");
  g_assert_false (add_enabled (dialog));
  g_assert_null (shown_message (dialog_row (dialog, "Base salary a year")));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM offers"), ==,
                   0);

  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Base salary a year")), "135,000.50");
  g_assert_true (add_enabled (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  cl_ui_flush ();

  g_assert_nonnull (added);
  g_assert_cmpint (cl_offer_get_application_id (added), ==,
                   cl_application_get_id (fixture->quanta));
  g_assert_cmpstr (cl_offer_get_currency (added), ==, "GBP");
  g_assert_cmpint (cl_offer_get_base_salary (added), ==, 13500050);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT base_salary FROM offers WHERE currency = 'GBP'"),
                   ==, 13500050);
}

/* From the page, the new offer is shown at once. */
static void
test_new_offer_from_view (Fixture      *fixture,
                          gconstpointer data)
{
  ClOffersView *view = open_view (fixture, 1280);
  g_autoptr(GList) toplevels = NULL;
  ClNewOfferDialog *dialog = NULL;

  gtk_widget_activate_action (GTK_WIDGET (view), "offers.new-offer", NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (CL_IS_NEW_OFFER_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  cl_ui_wait_for (cl_ui_is_mapped, dialog);

  /* Applications at the offer stage come first: the first is chosen. */
  gtk_editable_set_text (GTK_EDITABLE (dialog_row (dialog, "Base salary a year")), "99,000");
  g_assert_true (add_enabled (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  cl_ui_flush ();

  g_assert_nonnull (cl_offers_view_get_selected (view));
  g_assert_cmpint (cl_offer_get_base_salary (cl_offers_view_get_selected (view)), ==, 9900000);
  g_assert_cmpint (cl_offer_get_application_id (cl_offers_view_get_selected (view)), ==,
                   cl_application_get_id (fixture->lattice));
}

/* The application page's Offers section ------------------------------------ */

/* The section's list (its group has a list box of its own, hidden). */
static GtkListBox *
offers_list (GtkWidget *section)
{
  g_autoptr(GPtrArray) lists = cl_ui_find_widgets (section, GTK_TYPE_LIST_BOX);

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (lists, i)))
      return g_ptr_array_index (lists, i);
  g_error ("no list of offers");
}

static gboolean
page_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
test_application_section (Fixture      *fixture,
                          gconstpointer data)
{
  ClWindow          *window;
  ClApplicationPage *page;
  GtkWidget         *section;
  GtkListBox        *list;
  AdwViewStack      *pages;
  ClOffersView      *view;
  g_autoptr(ClApplication) copy = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *offers =
    cl_offer_store_get_offers (cl_context_get_offer_store (fixture->base.context));
  guint n_rows = 0;

  add_offer (fixture, fixture->lattice, 15000000, "USD", CL_OFFER_STATUS_RECEIVED,
             CL_TEST_NOW + 2 * DAY);
  add_offer (fixture, fixture->quanta, 16000000, "USD", CL_OFFER_STATUS_RECEIVED, 0);
  copy = cl_application_copy (fixture->lattice);
  g_object_set (copy, "salary-max", (gint64) 175000, "salary-currency", "CHF", NULL);
  g_assert_true (cl_pipeline_store_save_application (
    cl_context_get_pipeline_store (fixture->base.context), copy, 0, &error));
  g_assert_no_error (error);

  window = g_object_new (CL_TYPE_WINDOW, "context", fixture->base.context, NULL);
  fixture->window = GTK_WINDOW (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  pages = cl_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  view = cl_ui_find_widget (GTK_WIDGET (window), CL_TYPE_OFFERS_VIEW);
  adw_view_stack_set_visible_child_name (pages, "pipeline");

  page = cl_application_page_new (GTK_WINDOW (window), fixture->base.context, fixture->lattice);
  gtk_window_present (GTK_WINDOW (page));
  cl_ui_wait_for (page_is_mapped, page);
  section = cl_ui_find_widget (GTK_WIDGET (page), g_type_from_name ("ClOffersSection"));

  /* The application's offer only. */
  list = offers_list (section);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      {
        n_rows++;
        g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                         "Year 1: $150,000");
        g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                         "Received · Answer by Tue 3 Nov");
      }
  g_assert_cmpuint (n_rows, ==, 1);

  /* Add Offer: in the posting's currency, at its highest salary, shown on
   * the Offers page. */
  cl_ui_click (cl_ui_find_button (section, "Add _Offer"));
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 3);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (pages), ==, "offers");
  g_assert_nonnull (cl_offers_view_get_selected (view));
  g_assert_cmpint (cl_offer_get_application_id (cl_offers_view_get_selected (view)), ==,
                   cl_application_get_id (fixture->lattice));
  g_assert_cmpstr (cl_offer_get_currency (cl_offers_view_get_selected (view)), ==, "CHF");
  g_assert_cmpint (cl_offer_get_base_salary (cl_offers_view_get_selected (view)), ==, 17500000);

  /* Both rows now; activating the first opens its offer. */
  n_rows = 0;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      n_rows++;
  g_assert_cmpuint (n_rows, ==, 2);
  adw_view_stack_set_visible_child_name (pages, "pipeline");
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (pages), ==, "offers");
  g_assert_cmpint (cl_offer_get_base_salary (cl_offers_view_get_selected (view)), ==, 15000000);

  gtk_window_destroy (GTK_WINDOW (page));
}

int
main (int   argc,
      char *argv[])
{
  /* The checks read English dates and labels. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/offers-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("empty", test_empty);
  ADD ("sorted", test_sorted);
  ADD ("selecting-shows-editor", test_selecting_shows_editor);
  ADD ("narrow", test_narrow);
  ADD ("invalid-not-saved", test_invalid_not_saved);
  ADD ("tab-past-message", test_tab_past_message);
  ADD ("currency-decimals", test_currency_decimals);
  ADD ("valid-saved", test_valid_saved);
  ADD ("bonus-converted", test_bonus_converted);
  ADD ("delete", test_delete);
  ADD ("new-offer-dialog", test_new_offer_dialog);
  ADD ("new-offer-from-view", test_new_offer_from_view);
  ADD ("application-section", test_application_section);
#undef ADD

  return g_test_run ();
}
