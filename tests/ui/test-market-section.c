/* test-market-section.c — where an offer sits in the market, and the ranges it edits
 *
 * Drives the market section and its dialogs in a window against a temporary
 * database; what was saved is read back through the store and with SQL.
 * With CL_SCREENSHOT_DIR set, /market-section/screenshots saves the section
 * and the range dialog at 1280×800 and 360 px wide there.  Exits 77
 * (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-market-section"

#include "config.h"

#include <string.h>

#include "cl-market-range-dialog.h"
#include "cl-market-range-row.h"
#include "cl-market-ranges-dialog.h"
#include "cl-market-section.h"
#include "cl-ui-test-util.h"
#include "cl-window.h"

typedef struct
{
  ClTestFixture base;
  ClOfferStore *store;
  ClOffer      *offer; /* Acme AI, Senior MLE, L5, USD; owned by the store */
  GtkWidget    *window;
  GtkWidget    *section;
} Fixture;

static ClOffer *
add_offer (Fixture    *fixture,
           const char *company,
           const char *role,
           gint64      base,
           const char *level)
{
  ClApplication *application = cl_ui_add_application (fixture->base.context, company, role, 0);
  g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), base, "USD");
  g_autoptr(GError) error = NULL;

  g_object_set (offer, "level", level, "bonus-basis-points", (gint64) 1500, NULL);
  g_assert_true (cl_offer_store_add_offer (fixture->store, offer, &error));
  g_assert_no_error (error);
  return offer;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_offer_store (fixture->base.context);
  /* Year 1: 185,000 + 15% = 212,750. */
  fixture->offer = add_offer (fixture, "Acme AI", "Senior MLE", 18500000, "L5");

  fixture->section = cl_market_section_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), fixture->section);
  gtk_widget_set_margin_top (clamp, 24);
  gtk_widget_set_margin_bottom (clamp, 24);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scroller);
  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 720, 800);
  adw_window_set_content (ADW_WINDOW (fixture->window), overlay);

  cl_market_section_set_offer (CL_MARKET_SECTION (fixture->section), fixture->base.context,
                               fixture->offer);
  gtk_window_present (GTK_WINDOW (fixture->window));
  cl_ui_wait_for (cl_ui_is_mapped, fixture->window);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  /* The dialogs go with the window (cl_transient_set_parent()). */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

/* Helpers ------------------------------------------------------------------ */

static ClMarketRange *
add_range (Fixture          *fixture,
           ClMarketComponent component,
           const char       *role,
           gint64            p25,
           gint64            p50,
           gint64            p75,
           gint64            p90)
{
  g_autoptr(ClMarketRange) range = cl_market_range_new ("Levels.fyi", "USD", component);
  g_autoptr(GError) error = NULL;

  g_object_set (range, "role", role, "level", "L5", "observed-on", "2026-10-28", "p25", p25,
                "p50", p50, "p75", p75, "p90", p90, NULL);
  g_assert_true (cl_offer_store_add_market_range (fixture->store, range, &error));
  g_assert_no_error (error);
  cl_ui_flush ();
  return range; /* the store keeps it */
}

static gint64
n_stored_ranges (Fixture *fixture)
{
  return cl_test_query_int64 (fixture->base.database, "SELECT count(*) FROM market_ranges");
}

/* The visible label below @root whose text starts with @prefix, or NULL. */
static const char *
shown_line (GtkWidget  *root,
            const char *prefix)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget  *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (GTK_LABEL (label));

      if (gtk_widget_get_visible (label) && g_str_has_prefix (text, prefix))
        return text;
    }
  return NULL;
}

static char *
expected_line (Fixture          *fixture,
               ClMarketComponent component)
{
  ClCompBreakdown breakdown;

  g_assert_true (cl_offer_get_breakdown (fixture->offer, &breakdown, NULL));
  if (component == CL_MARKET_COMPONENT_TOTAL)
    return cl_offer_store_describe_market_position (fixture->store, fixture->offer, component,
                                                    "Year-1 total", breakdown.year_totals[0]);
  return cl_offer_store_describe_market_position (fixture->store, fixture->offer, component,
                                                  "Base salary",
                                                  cl_offer_get_base_salary (fixture->offer));
}

static GPtrArray *
range_rows (GtkWidget *root)
{
  return cl_ui_find_widgets (root, CL_TYPE_MARKET_RANGE_ROW);
}

static AdwEntryRow *
entry (GtkWidget  *dialog,
       const char *title)
{
  return cl_ui_find_row (dialog, ADW_TYPE_ENTRY_ROW, title);
}

/* Types @text into @row as a user would, one character at a time, after
 * clearing it. */
static void
type_text (AdwEntryRow *row,
           const char  *text)
{
  GtkEditable *editable = GTK_EDITABLE (row);

  gtk_editable_delete_text (editable, 0, -1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = -1;

      gtk_editable_insert_text (editable, p, (int) (g_utf8_next_char (p) - p), &position);
      position = (int) g_utf8_strlen (gtk_editable_get_text (editable), -1);
      gtk_editable_set_position (editable, position);
    }
  cl_ui_flush ();
}

/* The message shown right below @row, or NULL. */
static const char *
field_message (AdwEntryRow *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row));
  GtkWidget *label;

  if (next == NULL || !gtk_widget_get_visible (next) || ADW_IS_PREFERENCES_ROW (next))
    return NULL;
  label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next));
  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static GtkWidget *
save_button (GtkWidget *dialog)
{
  GtkButton *add = cl_ui_find_button (dialog, "_Add");

  return add != NULL ? GTK_WIDGET (add) : GTK_WIDGET (cl_ui_find_button (dialog, "_Save"));
}

static gboolean
is_gone (gpointer data)
{
  GWeakRef *ref = data;
  g_autoptr(GObject) object = g_weak_ref_get (ref);

  return object == NULL;
}

/* Tests -------------------------------------------------------------------- */

static void
test_position_lines (Fixture      *fixture,
                     gconstpointer data)
{
  g_autofree char *total = NULL;
  g_autofree char *base = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ClMarketRange) edited = NULL;
  g_autoptr(ClOffer) raised = NULL;
  g_autoptr(GError) error = NULL;
  ClMarketRange *range;

  /* Nothing places it yet. */
  g_assert_null (shown_line (fixture->section, "Year-1 total"));
  g_assert_nonnull (shown_line (fixture->section, "No market range places this offer yet"));

  range = add_range (fixture, CL_MARKET_COMPONENT_TOTAL, "Senior MLE", 20000000, 23000000,
                     26000000, 30000000);
  add_range (fixture, CL_MARKET_COMPONENT_BASE, NULL, 15000000, 17000000, 19000000, 21000000);
  /* Another role's range does not place it. */
  add_range (fixture, CL_MARKET_COMPONENT_TOTAL, "Staff MLE", 30000000, 34000000, 38000000,
             42000000);

  total = expected_line (fixture, CL_MARKET_COMPONENT_TOTAL);
  base = expected_line (fixture, CL_MARKET_COMPONENT_BASE);
  g_assert_cmpstr (total, ==,
                   "Year-1 total $212,750 is between the 25th and 50th percentile of Levels.fyi "
                   "(Senior MLE, L5; retrieved 2026-10-28): 25th $200,000 · 50th $230,000 · "
                   "75th $260,000 · 90th $300,000.");
  g_assert_cmpstr (shown_line (fixture->section, "Year-1 total"), ==, total);
  g_assert_cmpstr (shown_line (fixture->section, "Base salary"), ==, base);
  g_assert_nonnull (strstr (base, "Base salary $185,000 is between the 50th and 75th percentile"));
  g_assert_null (shown_line (fixture->section, "No market range places this offer yet"));

  /* The matching ranges, the total's then the base's. */
  rows = range_rows (fixture->section);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (cl_market_range_row_get_range (g_ptr_array_index (rows, 0)) == range);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Levels.fyi — Total compensation");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)),
                            "25th $200,000 · 50th $230,000 · 75th $260,000 · 90th $300,000"));

  /* A range edited elsewhere moves the line… */
  edited = cl_market_range_copy (range);
  g_object_set (edited, "p50", (gint64) 21000000, NULL);
  g_assert_true (cl_offer_store_update_market_range (fixture->store, edited, &error));
  g_assert_no_error (error);
  cl_ui_flush ();
  moved = expected_line (fixture, CL_MARKET_COMPONENT_TOTAL);
  g_assert_nonnull (strstr (moved, "between the 50th and 75th percentile"));
  g_assert_cmpstr (shown_line (fixture->section, "Year-1 total"), ==, moved);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)),
                            "50th $210,000"));

  /* …and so does the offer. */
  raised = cl_offer_copy (fixture->offer);
  g_object_set (raised, "base-salary", (gint64) 25000000, NULL);
  g_assert_true (cl_offer_store_update_offer (fixture->store, raised, &error));
  g_assert_no_error (error);
  cl_ui_flush ();
  g_clear_pointer (&total, g_free);
  total = expected_line (fixture, CL_MARKET_COMPONENT_TOTAL);
  g_assert_nonnull (strstr (total, "Year-1 total $287,500 is between the 75th and 90th"));
  g_assert_cmpstr (shown_line (fixture->section, "Year-1 total"), ==, total);
}

static void
test_add_by_typing (Fixture      *fixture,
                    gconstpointer data)
{
  g_autoptr(GListModel) ranges = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget     *dialog = GTK_WIDGET (cl_market_section_add_range (
        CL_MARKET_SECTION (fixture->section)));
  AdwEntryRow   *p25 = entry (dialog, "25th percentile");
  AdwEntryRow   *p50 = entry (dialog, "50th percentile (median)");
  AdwEntryRow   *p75 = entry (dialog, "75th percentile");
  AdwEntryRow   *p90 = entry (dialog, "90th percentile");
  AdwEntryRow   *url = entry (dialog, "Address");
  GWeakRef       dialog_ref;
  ClMarketRange *added;

  cl_ui_wait_for (cl_ui_is_mapped, dialog);
  /* A new range starts from the offer. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (dialog, "Currency"))), ==, "USD");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (dialog, "Role"))), ==,
                   "Senior MLE");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (dialog, "Level"))), ==, "L5");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry (dialog, "Date retrieved"))), ==,
                   "2026-11-01");
  /* The source is missing: a hint, not an error. */
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_null (field_message (entry (dialog, "Source")));
  g_assert_nonnull (shown_line (dialog, "Say where the range comes from"));

  type_text (entry (dialog, "Source"), "Glassdoor");
  g_assert_null (shown_line (dialog, "Say where the range comes from"));
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));

  /* Out of order: said below the 50th, nothing saved. */
  type_text (p25, "250,000");
  type_text (p50, "230000");
  g_assert_cmpstr (field_message (p50), ==, "The 50th percentile cannot be below the 25th.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (p50), "error"));
  g_assert_null (field_message (p25));
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_false (cl_market_range_dialog_save (CL_MARKET_RANGE_DIALOG (dialog)));
  g_assert_cmpint (n_stored_ranges (fixture), ==, 0);

  /* Negative, not a number, too large, a bad address: each says so. */
  type_text (p75, "-5");
  g_assert_nonnull (field_message (p75));
  type_text (p90, "lots");
  g_assert_nonnull (field_message (p90));
  type_text (p90, "9999999999999");
  g_assert_nonnull (field_message (p90));
  type_text (url, "levels fyi");
  g_assert_nonnull (field_message (url));
  g_assert_false (cl_market_range_dialog_save (CL_MARKET_RANGE_DIALOG (dialog)));
  g_assert_cmpint (n_stored_ranges (fixture), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cl_offer_store_get_market_ranges (fixture->store)),
                    ==, 0);

  /* Corrected, it is saved once, in one piece. */
  type_text (p25, "200,000");
  g_assert_null (field_message (p50));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (p50), "error"));
  type_text (p75, "$260k");
  type_text (p90, "");
  type_text (url, "https://www.glassdoor.com/Salaries/senior-mle");
  g_assert_null (field_message (p75));
  g_assert_null (field_message (p90));
  g_assert_null (field_message (url));
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));

  g_weak_ref_init (&dialog_ref, dialog);
  cl_ui_click (GTK_BUTTON (save_button (dialog)));
  cl_ui_wait_for (is_gone, &dialog_ref);
  g_weak_ref_clear (&dialog_ref);

  g_assert_cmpint (n_stored_ranges (fixture), ==, 1);
  ranges = g_object_ref (cl_offer_store_get_market_ranges (fixture->store));
  added = g_list_model_get_item (ranges, 0);
  g_object_unref (added); /* the store keeps it */
  g_assert_cmpstr (cl_market_range_get_source (added), ==, "Glassdoor");
  g_assert_cmpstr (cl_market_range_get_role (added), ==, "Senior MLE");
  g_assert_cmpint (cl_market_range_get_p25 (added), ==, 20000000);
  g_assert_cmpint (cl_market_range_get_p50 (added), ==, 23000000);
  g_assert_cmpint (cl_market_range_get_p75 (added), ==, 26000000);
  g_assert_cmpint (cl_market_range_get_p90 (added), ==, -1);
  g_assert_cmpint (cl_market_range_get_offer_id (added), ==, 0);
  g_assert_cmpint (cl_market_range_get_component (added), ==, CL_MARKET_COMPONENT_TOTAL);

  /* The section places the offer in it at once. */
  g_assert_nonnull (strstr (shown_line (fixture->section, "Year-1 total"),
                            "between the 25th and 50th percentile of Glassdoor"));
  rows = range_rows (fixture->section);
  g_assert_cmpuint (rows->len, ==, 1);
}

static void
test_link_to_offer (Fixture      *fixture,
                    gconstpointer data)
{
  ClOffer *other = add_offer (fixture, "Beta Labs", "ML Engineer", 15000000, "L4");
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget     *dialog;
  GtkSwitch     *link;
  ClMarketRange *range;
  GWeakRef       dialog_ref;

  /* Of another role: it places the offer only once linked to it. */
  range = add_range (fixture, CL_MARKET_COMPONENT_TOTAL, "Research Scientist", 20000000,
                     23000000, 26000000, 30000000);
  g_assert_null (shown_line (fixture->section, "Year-1 total"));

  dialog = GTK_WIDGET (cl_market_range_dialog_new (GTK_WINDOW (fixture->window),
                                                   fixture->base.context, range,
                                                   fixture->offer));
  gtk_window_present (GTK_WINDOW (dialog));
  cl_ui_wait_for (cl_ui_is_mapped, dialog);
  link = cl_ui_find_widget (dialog, GTK_TYPE_SWITCH);
  g_assert_false (gtk_switch_get_active (link));
  g_assert_cmpstr (adw_action_row_get_subtitle (cl_ui_find_row (dialog, ADW_TYPE_ACTION_ROW,
                                                                "For this offer")),
                   ==, "Acme AI — Senior MLE");
  gtk_switch_set_active (link, TRUE);
  g_assert_cmpint (n_stored_ranges (fixture), ==, 1);
  /* Nothing is saved before Save. */
  g_assert_cmpint (cl_market_range_get_offer_id (range), ==, 0);

  g_weak_ref_init (&dialog_ref, dialog);
  g_assert_true (cl_market_range_dialog_save (CL_MARKET_RANGE_DIALOG (dialog)));
  cl_ui_wait_for (is_gone, &dialog_ref);
  g_weak_ref_clear (&dialog_ref);
  cl_ui_flush ();

  g_assert_cmpint (cl_market_range_get_offer_id (range), ==, cl_offer_get_id (fixture->offer));
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT offer_id FROM market_ranges"),
                   ==, cl_offer_get_id (fixture->offer));
  g_assert_nonnull (strstr (shown_line (fixture->section, "Year-1 total"),
                            "(Research Scientist, L5; retrieved 2026-10-28)"));
  rows = range_rows (fixture->section);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)),
                            "for Acme AI — Senior MLE"));

  /* The other offer's section does not use it. */
  cl_market_section_set_offer (CL_MARKET_SECTION (fixture->section), fixture->base.context,
                               other);
  g_assert_null (shown_line (fixture->section, "Year-1 total"));
  g_ptr_array_unref (rows);
  rows = range_rows (fixture->section);
  g_assert_cmpuint (rows->len, ==, 0);

  /* Opened without an offer, the dialog still shows the link, to undo it. */
  dialog = GTK_WIDGET (cl_market_range_dialog_new (GTK_WINDOW (fixture->window),
                                                   fixture->base.context, range, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  link = cl_ui_find_widget (dialog, GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (link));
  gtk_switch_set_active (link, FALSE);
  g_assert_true (cl_market_range_dialog_save (CL_MARKET_RANGE_DIALOG (dialog)));
  cl_ui_flush ();
  g_assert_cmpint (cl_market_range_get_offer_id (range), ==, 0);
}

static void
test_delete_and_all (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) all_rows = NULL;
  GtkWidget *all;

  add_range (fixture, CL_MARKET_COMPONENT_TOTAL, "Senior MLE", 20000000, 23000000, 26000000,
             30000000);
  add_range (fixture, CL_MARKET_COMPONENT_EQUITY, NULL, 2000000, 4000000, 6000000, 9000000);

  /* Every range, the equity one too, in the window of all of them. */
  all = GTK_WIDGET (cl_market_section_show_all (CL_MARKET_SECTION (fixture->section)));
  cl_ui_wait_for (cl_ui_is_mapped, all);
  all_rows = range_rows (all);
  g_assert_cmpuint (all_rows->len, ==, 2);
  gtk_window_destroy (GTK_WINDOW (all));

  rows = range_rows (fixture->section);
  g_assert_cmpuint (rows->len, ==, 1);
  cl_ui_click (cl_ui_find_icon_button (g_ptr_array_index (rows, 0), "user-trash-symbolic"));
  cl_ui_flush ();
  g_assert_cmpint (n_stored_ranges (fixture), ==, 1);
  g_assert_null (shown_line (fixture->section, "Year-1 total"));
  g_ptr_array_unref (rows);
  rows = range_rows (fixture->section);
  g_assert_cmpuint (rows->len, ==, 0);
}

/* Screenshots ------------------------------------------------------------- */

/* What @window draws now, or NULL before it drew. */
static GskRenderNode *
window_node (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), gtk_widget_get_width (window),
                          gtk_widget_get_height (window));
  return gtk_snapshot_to_node (snapshot);
}

static gboolean
has_drawn (gpointer data)
{
  g_autoptr(GskRenderNode) node = window_node (data);

  return node != NULL;
}

static void
save_png (GtkWidget  *window,
          const char *dir,
          const char *name)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int              width = gtk_widget_get_width (window);
  int              height = gtk_widget_get_height (window);

  cl_ui_wait_for (has_drawn, window);
  node = window_node (window);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

static gboolean
has_size (gpointer data)
{
  GtkWidget *window = data;
  int        width = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), "want-width"));

  /* The default size holds the client-side shadow too. */
  return ABS (gtk_widget_get_width (window) - width) <= 16;
}

static void
resize (GtkWidget *window,
        int        width,
        int        height)
{
  g_object_set_data (G_OBJECT (window), "want-width", GINT_TO_POINTER (width));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  cl_ui_wait_for (has_size, window);
  cl_ui_flush ();
}

/* Scrolls the editor so that @data (a widget in it) is at the top, or as
 * near as it goes: again until the layout after a resize settles. */
static gboolean
scrolled_to (gpointer data)
{
  GtkScrolledWindow *scroller =
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (data, GTK_TYPE_SCROLLED_WINDOW));
  GtkWidget     *content = gtk_scrolled_window_get_child (scroller);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  double         most = gtk_adjustment_get_upper (adjustment) -
                gtk_adjustment_get_page_size (adjustment);
  graphene_point_t top;
  double           want;

  /* Where it is in what scrolls, not in what shows. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_true (gtk_widget_compute_point (data, content, &GRAPHENE_POINT_INIT (0, 0), &top));
  want = MIN (top.y - 12, most);
  if (G_APPROX_VALUE (gtk_adjustment_get_value (adjustment), want, 1.0))
    return TRUE;
  gtk_adjustment_set_value (adjustment, want);
  return FALSE;
}

static void
scroll_to (GtkWidget *widget)
{
  /* The editor keeps the focus in sight: let it be in @widget. */
  gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  cl_ui_flush ();
  cl_ui_wait_for (scrolled_to, widget);
  cl_ui_flush ();
}

static gboolean
is_scrolled (gpointer data)
{
  /* The page's, around the fields (the pickers have their own). */
  GtkWidget *page = cl_ui_find_widget (data, ADW_TYPE_PREFERENCES_PAGE);
  g_autoptr(GPtrArray) scrollers = cl_ui_find_widgets (page, GTK_TYPE_SCROLLED_WINDOW);
  GtkScrolledWindow *scroller = g_ptr_array_index (scrollers, 0);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)) > 0;
}

static void
test_screenshots (Fixture      *fixture,
                  gconstpointer data)
{
  const char *dir = g_getenv ("CL_SCREENSHOT_DIR");
  g_autoptr(ClMarketRange) linked = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (dir == NULL)
    {
      g_test_skip ("set CL_SCREENSHOT_DIR to save the screenshots");
      return;
    }
  g_mkdir_with_parents (dir, 0755);
  /* The application loads its style sheet (GtkApplication's resource base). */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  add_range (fixture, CL_MARKET_COMPONENT_TOTAL, "Senior MLE", 20000000, 23000000, 26000000,
             30000000);
  add_range (fixture, CL_MARKET_COMPONENT_BASE, NULL, 15000000, 17000000, 19000000, 21000000);
  linked = cl_market_range_new ("Glassdoor", "USD", CL_MARKET_COMPONENT_TOTAL);
  g_object_set (linked, "url", "https://www.glassdoor.com/Salaries/acme-ai-senior-mle",
                "location", "San Francisco Bay Area", "observed-on", "2026-10-30", "p50",
                (gint64) 22500000, "p75", (gint64) 25500000, "offer-id",
                cl_offer_get_id (fixture->offer), NULL);
  g_assert_true (cl_offer_store_add_market_range (fixture->store, linked, &error));
  g_assert_no_error (error);
  cl_ui_flush ();

  resize (fixture->window, 1280, 800);
  save_png (fixture->window, dir, "market-section-1280.png");
  resize (fixture->window, 360, 800);
  save_png (fixture->window, dir, "market-section-360.png");

  /* In the app: the Offers page, the offer open, down to its market range. */
  {
    ClWindow  *app_window = g_object_new (CL_TYPE_WINDOW, "context", fixture->base.context, NULL);
    GtkWidget *section;

    gtk_window_present (GTK_WINDOW (app_window));
    cl_ui_wait_for (cl_ui_is_mapped, app_window);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (app_window), "win.show-offer", "x",
                                               cl_offer_get_id (fixture->offer)));
    section = cl_ui_find_widget (GTK_WIDGET (app_window), CL_TYPE_MARKET_SECTION);
    for (guint i = 0; i < 2; i++)
      {
        int              width = i == 0 ? 1280 : 360;
        g_autofree char *name = g_strdup_printf ("offers-page-market-%d.png", width);

        resize (GTK_WIDGET (app_window), width, 800);
        scroll_to (section);
        save_png (GTK_WIDGET (app_window), dir, name);
      }
    gtk_window_destroy (GTK_WINDOW (app_window));
  }

  dialog = GTK_WIDGET (cl_market_section_add_range (CL_MARKET_SECTION (fixture->section)));
  cl_ui_wait_for (cl_ui_is_mapped, dialog);
  type_text (entry (dialog, "Source"), "Levels.fyi");
  type_text (entry (dialog, "25th percentile"), "250,000");
  type_text (entry (dialog, "50th percentile (median)"), "230,000");
  type_text (entry (dialog, "75th percentile"), "-5");
  resize (dialog, 560, 800);
  /* Down to the percentiles and what they say. */
  gtk_widget_grab_focus (GTK_WIDGET (entry (dialog, "90th percentile")));
  cl_ui_wait_for (is_scrolled, dialog);
  save_png (dialog, dir, "market-range-dialog-560.png");
  resize (dialog, 360, 800);
  save_png (dialog, dir, "market-range-dialog-360.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  /* The checks read English words and dates. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/market-section/position-lines", test_position_lines);
  ADD ("/market-section/add-by-typing", test_add_by_typing);
  ADD ("/market-section/link-to-offer", test_link_to_offer);
  ADD ("/market-section/delete-and-all", test_delete_and_all);
  ADD ("/market-section/screenshots", test_screenshots);
#undef ADD

  return g_test_run ();
}
