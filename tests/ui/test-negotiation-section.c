/* test-negotiation-section.c — an offer's negotiation: checks, plan, asks,
 * talking points and the log of rounds
 *
 * Drives the section, alone in a window with a toast overlay as the offer
 * editor gives it, on two offers (one the other's leverage) in a temporary
 * database; what was saved is read back from the database and the store.
 * The window has the two window actions the banners activate; the last test
 * finds the section in the app's window, on the Offers page's editor.
 * Renders the section and the editor at 1280 and 360 px wide, light and
 * dark, into tests/screenshots/ of the build.  Warnings are fatal.  Exits
 * 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-negotiation-section"

#include "config.h"

#include <string.h>

#include "cl-banner.h"
#include "cl-negotiation-ask-dialog.h"
#include "cl-negotiation-ask-row.h"
#include "cl-negotiation-round-dialog.h"
#include "cl-negotiation-round-row.h"
#include "cl-negotiation-section.h"
#include "cl-offer-editor.h"
#include "cl-ui-test-util.h"
#include "cl-window.h"

#define DAY (24 * 3600)

typedef struct
{
  ClTestFixture         base;
  ClOffer              *offer;    /* shown; owned by the store */
  ClOffer              *leverage; /* the other offer; owned by the store */
  GtkWidget            *window;
  GtkWidget            *overlay;
  ClNegotiationSection *section;
  guint                 new_offer_count;
  guint                 export_count;
} Fixture;

static void
count_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       data)
{
  (*(guint *) data)++;
}

static ClOffer *
add_offer (Fixture      *fixture,
           const char   *company,
           const char   *title,
           gint64        base,
           ClOfferStatus status)
{
  ClApplication *application = cl_ui_add_application (fixture->base.context, company, title, 0);
  g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), base, "USD");
  g_autoptr(GError) error = NULL;

  g_object_set (offer, "title", title, "status", status, "response-deadline",
                CL_TEST_NOW + 10 * DAY, NULL);
  g_assert_true (cl_offer_store_add_offer (cl_context_get_offer_store (fixture->base.context),
                                           offer, &error));
  g_assert_no_error (error);
  return offer;
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) new_offer = g_simple_action_new ("new-offer", NULL);
  g_autoptr(GSimpleAction) export = g_simple_action_new ("export-prep-sheet", NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  cl_test_fixture_setup (&fixture->base);
  fixture->offer = add_offer (fixture, "Deep Lattice", "Senior MLE", 18500000,
                              CL_OFFER_STATUS_NEGOTIATING);
  fixture->leverage = add_offer (fixture, "Acme AI", "ML Engineer", 20000000,
                                 CL_OFFER_STATUS_RECEIVED);

  fixture->section = CL_NEGOTIATION_SECTION (cl_negotiation_section_new ());
  gtk_widget_set_margin_top (GTK_WIDGET (fixture->section), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (fixture->section), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (fixture->section), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (fixture->section), 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (fixture->section));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  fixture->overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), scroller);
  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->overlay);

  /* What ClWindow offers (the Offers page and the prep sheet's export). */
  g_signal_connect (new_offer, "activate", G_CALLBACK (count_cb), &fixture->new_offer_count);
  g_signal_connect (export, "activate", G_CALLBACK (count_cb), &fixture->export_count);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (new_offer));
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (export));
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (actions));

  cl_negotiation_section_set_offer (fixture->section, fixture->base.context, fixture->offer);
  gtk_window_present (GTK_WINDOW (fixture->window));
  cl_ui_wait_for (cl_ui_is_mapped, fixture->section);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  cl_negotiation_section_set_offer (fixture->section, NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  cl_ui_flush ();
  cl_test_fixture_teardown (&fixture->base);
}

/* Helpers ------------------------------------------------------------------ */

static ClOfferStore *
offer_store (Fixture *fixture)
{
  return cl_context_get_offer_store (fixture->base.context);
}

static gint64
query (Fixture    *fixture,
       const char *sql)
{
  return cl_test_query_int64 (fixture->base.database, sql);
}

static void
update_offer (Fixture    *fixture,
              ClOffer    *offer,
              const char *first_property,
              ...)
{
  g_autoptr(ClOffer) copy = cl_offer_copy (offer);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);
  g_assert_true (cl_offer_store_update_offer (offer_store (fixture), copy, &error));
  g_assert_no_error (error);
}

static gpointer
row (Fixture    *fixture,
     GType       type,
     const char *title)
{
  return cl_ui_find_row (GTK_WIDGET (fixture->section), type, title);
}

/* Types @text into @field as a user would (the text changes), then Enter. */
static void
type_text (AdwEntryRow *field,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field), text);
  g_signal_emit_by_name (field, "entry-activated");
  cl_ui_flush ();
}

/* The message shown right below @field in its list, or NULL. */
static const char *
message_under (GtkWidget *field)
{
  GtkWidget *next = gtk_widget_get_next_sibling (field);
  GtkWidget *label;

  if (!GTK_IS_LIST_BOX_ROW (next) || !gtk_widget_get_visible (next))
    return NULL;
  label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next));
  if (!GTK_IS_LABEL (label) || !gtk_widget_has_css_class (label, "error"))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
has_focus_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The banner whose button says @button_label, or NULL. */
static ClBanner *
find_banner (Fixture    *fixture,
             const char *button_label)
{
  GPtrArray *banners = cl_negotiation_section_get_banners (fixture->section);

  for (guint i = 0; i < banners->len; i++)
    if (g_strcmp0 (cl_banner_get_button_label (g_ptr_array_index (banners, i)), button_label) ==
        0)
      return g_ptr_array_index (banners, i);
  return NULL;
}

/* Each banner is named by its message for screen readers, and shown. */
static void
assert_banner (ClBanner   *banner,
               const char *message_part)
{
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_nonnull (strstr (cl_banner_get_title (banner), message_part));
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (banner)) ==
                 GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (banner, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       cl_banner_get_title (banner));
  gtk_test_accessible_assert_property (cl_banner_get_button (banner),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       cl_banner_get_title (banner));
}

static ClNegotiationPlan *
plan_of (Fixture *fixture)
{
  return cl_offer_store_get_plan (offer_store (fixture), cl_offer_get_id (fixture->offer));
}

/* The one dialog of @type shown, once it is mapped. */
typedef struct
{
  GType      type;
  GtkWidget *found;
} DialogQuery;

static gboolean
dialog_shown (gpointer data)
{
  DialogQuery *query = data;
  g_autoptr(GListModel) toplevels = NULL;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, query->type) && gtk_widget_get_mapped (window))
        {
          query->found = window;
          return TRUE;
        }
    }
  return FALSE;
}

static gpointer
wait_for_dialog (GType type)
{
  DialogQuery query = { type, NULL };

  cl_ui_wait_for (dialog_shown, &query);
  return query.found;
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_autoptr(GtkWidget) held = g_object_ref (GTK_WIDGET (dialog));

  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  cl_ui_wait_for (is_unmapped, held);
  cl_ui_flush ();
}

/* Whether the section shows its group titled @title. */
static gboolean
group_shown (Fixture    *fixture,
             const char *title)
{
  g_autoptr(GPtrArray) groups = cl_ui_find_widgets (GTK_WIDGET (fixture->section),
                                                     ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), title) == 0)
      return gtk_widget_get_visible (g_ptr_array_index (groups, i));
  g_error ("no group titled “%s”", title);
}

/* The rows of @type in the section, in the order shown. */
static GPtrArray *
rows_of (Fixture *fixture,
         GType    type)
{
  return cl_ui_find_widgets (GTK_WIDGET (fixture->section), type);
}

/* The plan: typing, refusals, and the banners they bring -------------------- */

static void
test_plan_typing (Fixture      *fixture,
                  gconstpointer data)
{
  AdwEntryRow *target = row (fixture, ADW_TYPE_ENTRY_ROW, "Target total (USD)");
  AdwEntryRow *walk_away = row (fixture, ADW_TYPE_ENTRY_ROW, "Walk-away point (USD)");
  const char  *bad[] = { "250k!", "-5", "1.234", "99999999999999999", "EUR 250,000" };
  ClBanner    *banner;

  /* The text fields are named for screen readers as their rows. */
  gtk_test_accessible_assert_property (cl_ui_row_text (target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Target total (USD)");
  gtk_test_accessible_assert_property (cl_ui_row_text (walk_away), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Walk-away point (USD)");
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_plans"), ==, 0);

  /* Each refused as typed, with a message under the field; nothing saved. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (target), bad[i]);
      g_assert_nonnull (message_under (GTK_WIDGET (target)));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (target), "error"));
      gtk_test_accessible_assert_state (cl_ui_row_text (target), GTK_ACCESSIBLE_STATE_INVALID,
                                        GTK_ACCESSIBLE_INVALID_TRUE);
      g_assert_false (cl_negotiation_section_get_valid (fixture->section));
      g_signal_emit_by_name (target, "entry-activated");
      cl_ui_flush ();
      g_assert_nonnull (message_under (GTK_WIDGET (target)));
      g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_plans"), ==, 0);
    }
  g_assert_nonnull (strstr (cl_negotiation_section_get_unsaved (fixture->section), "target"));

  /* A good amount: the plan is made, and the field shows the saved form. */
  type_text (target, "250000");
  g_assert_null (message_under (GTK_WIDGET (target)));
  g_assert_true (cl_negotiation_section_get_valid (fixture->section));
  g_assert_cmpint (query (fixture, "SELECT target_total FROM negotiation_plans"), ==, 25000000);
  g_assert_null (find_banner (fixture, "Edit Walk-Away Point"));

  /* The walk-away point above the target: a warning, not a refusal. */
  type_text (walk_away, "$260,000.50");
  g_assert_null (message_under (GTK_WIDGET (walk_away)));
  g_assert_cmpint (query (fixture, "SELECT walk_away_total FROM negotiation_plans"), ==,
                   26000050);
  banner = find_banner (fixture, "Edit Walk-Away Point");
  assert_banner (banner, "$260,000.50");

  /* Its button takes the keyboard to the walk-away point. */
  gtk_widget_grab_focus (GTK_WIDGET (row (fixture, ADW_TYPE_COMBO_ROW, "Leverage offer")));
  cl_ui_activate (cl_banner_get_button (banner));
  g_assert_true (has_focus_in (GTK_WIDGET (walk_away)));

  /* Lowering it answers the check: the banner goes. */
  type_text (walk_away, "200,000");
  g_assert_null (find_banner (fixture, "Edit Walk-Away Point"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (walk_away)), ==, "200,000");
}

/* A target below the market median, and the fields follow a new currency. */
static void
test_plan_market (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr(ClMarketRange) range = NULL;
  g_autoptr(GError) error = NULL;
  AdwEntryRow *target = row (fixture, ADW_TYPE_ENTRY_ROW, "Target total (USD)");
  ClBanner    *banner;

  type_text (target, "210,000");
  g_assert_null (find_banner (fixture, "Edit Target"));

  /* A range added for no offer in particular matches by role. */
  range = cl_market_range_new ("Levels.fyi", "USD", CL_MARKET_COMPONENT_TOTAL);
  g_object_set (range, "role", "Senior MLE", "p25",
                (gint64) 20000000, "p50", (gint64) 23000000, "p75", (gint64) 26000000, NULL);
  g_assert_true (cl_offer_store_add_market_range (offer_store (fixture), range, &error));
  g_assert_no_error (error);
  cl_ui_flush ();

  banner = find_banner (fixture, "Edit Target");
  assert_banner (banner, "$230,000");
  cl_ui_activate (cl_banner_get_button (banner));
  g_assert_true (has_focus_in (GTK_WIDGET (target)));

  type_text (target, "240,000");
  g_assert_null (find_banner (fixture, "Edit Target"));
}

/* The leverage offer, and the two checks that follow the other offers. */
static void
test_leverage (Fixture      *fixture,
               gconstpointer data)
{
  AdwComboRow *leverage = row (fixture, ADW_TYPE_COMBO_ROW, "Leverage offer");
  GListModel  *choices = adw_combo_row_get_model (leverage);
  ClBanner    *banner;

  /* "None", then the other offer only, named with its status. */
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "None");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), ==,
                   "Acme AI — ML Engineer (Received)");
  g_assert_cmpuint (adw_combo_row_get_selected (leverage), ==, 0);
  g_assert_null (find_banner (fixture, "New Offer…"));

  adw_combo_row_set_selected (leverage, 1);
  cl_ui_flush ();
  g_assert_cmpint (cl_negotiation_plan_get_leverage_offer_id (plan_of (fixture)), ==,
                   cl_offer_get_id (fixture->leverage));

  /* Declining it: the banner says so, and the status shows in the choice. */
  update_offer (fixture, fixture->leverage, "status", CL_OFFER_STATUS_DECLINED, NULL);
  cl_ui_flush ();
  banner = find_banner (fixture, "Choose Another");
  assert_banner (banner, "declined");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (
                                                 leverage)),
                                               1),
                   ==, "Acme AI — ML Engineer (Declined)");
  g_assert_cmpuint (adw_combo_row_get_selected (leverage), ==, 1);

  /* With it declined, this is the only open offer. */
  assert_banner (find_banner (fixture, "New Offer…"), "two comparable offers");
  cl_ui_activate (cl_banner_get_button (banner));
  g_assert_true (has_focus_in (GTK_WIDGET (leverage)));

  /* "New Offer…" activates the window's action. */
  cl_ui_activate (cl_banner_get_button (find_banner (fixture, "New Offer…")));
  g_assert_cmpuint (fixture->new_offer_count, ==, 1);

  /* A third offer answers "two offers"; the choice follows the store. */
  add_offer (fixture, "Brightwave", "Staff Engineer", 21000000, CL_OFFER_STATUS_RECEIVED);
  cl_ui_flush ();
  g_assert_null (find_banner (fixture, "New Offer…"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (leverage)), ==, 3);

  /* Choosing none answers the leverage check. */
  adw_combo_row_set_selected (leverage, 0);
  cl_ui_flush ();
  g_assert_cmpint (cl_negotiation_plan_get_leverage_offer_id (plan_of (fixture)), ==, 0);
  g_assert_null (find_banner (fixture, "Choose Another"));
}

/* The deadline: within 48 hours, then passed, as the clock ticks. */
static void
test_deadline (Fixture      *fixture,
               gconstpointer data)
{
  ClBanner *banner;

  g_assert_null (find_banner (fixture, "Export Prep Sheet…"));
  update_offer (fixture, fixture->offer, "response-deadline", CL_TEST_NOW + DAY, NULL);
  cl_ui_flush ();
  banner = find_banner (fixture, "Export Prep Sheet…");
  assert_banner (banner, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (banner), "caution"));
  cl_ui_activate (cl_banner_get_button (banner));
  g_assert_cmpuint (fixture->export_count, ==, 1);

  /* No polling: the clock's minutes bring the change. */
  cl_clock_advance (fixture->base.clock, DAY + 60);
  cl_ui_flush ();
  banner = find_banner (fixture, "Export Prep Sheet…");
  assert_banner (banner, "passed");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (banner), "alert"));
  g_assert_cmpuint (cl_negotiation_section_get_banners (fixture->section)->len, ==, 1);

  /* An accepted offer has no deadline left to watch. */
  update_offer (fixture, fixture->offer, "status", CL_OFFER_STATUS_ACCEPTED, NULL);
  cl_ui_flush ();
  g_assert_null (find_banner (fixture, "Export Prep Sheet…"));
}

/* The only open offer: the article's advice, until another comes. */
static void
test_few_offers (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (find_banner (fixture, "New Offer…"));
  update_offer (fixture, fixture->leverage, "status", CL_OFFER_STATUS_EXPIRED, NULL);
  cl_ui_flush ();
  assert_banner (find_banner (fixture, "New Offer…"), "two comparable offers");

  /* Without the window's action the button cannot do anything. */
  gtk_widget_insert_action_group (fixture->window, "win", NULL);
  cl_ui_flush ();
  g_assert_false (gtk_widget_get_sensitive (
    GTK_WIDGET (cl_banner_get_button (find_banner (fixture, "New Offer…")))));

  update_offer (fixture, fixture->leverage, "status", CL_OFFER_STATUS_NEGOTIATING, NULL);
  cl_ui_flush ();
  g_assert_null (find_banner (fixture, "New Offer…"));

  /* A deleted offer takes its place in the choices with it. */
  g_assert_true (
    cl_offer_store_delete_offer (offer_store (fixture), fixture->leverage, NULL, &error));
  g_assert_no_error (error);
  cl_ui_flush ();
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (
                      row (fixture, ADW_TYPE_COMBO_ROW, "Leverage offer"))),
                    ==, 1);
  assert_banner (find_banner (fixture, "New Offer…"), "two comparable offers");
}

/* Asks ------------------------------------------------------------------------ */

static ClNegotiationAskRow *
ask_row (Fixture    *fixture,
         const char *heading)
{
  g_autoptr(GPtrArray) rows = rows_of (fixture, CL_TYPE_NEGOTIATION_ASK_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (cl_negotiation_ask_row_get_heading (g_ptr_array_index (rows, i)), heading) ==
        0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static ClNegotiationAskDialog *
open_ask_dialog (Fixture *fixture)
{
  cl_ui_activate (cl_ui_find_button (GTK_WIDGET (fixture->section), "Add _Ask…"));
  return wait_for_dialog (CL_TYPE_NEGOTIATION_ASK_DIALOG);
}

static void
test_asks (Fixture      *fixture,
           gconstpointer data)
{
  ClNegotiationAskDialog *dialog;
  ClNegotiationAskRow    *base, *level;
  AdwEntryRow            *amount;
  AdwToast               *toast;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *toast_widget = NULL;

  /* A base salary ask: the amount checked as typed, Add waits meanwhile. */
  dialog = open_ask_dialog (fixture);
  amount = cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Amount (USD)");
  g_assert_true (has_focus_in (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Kind")));
  gtk_editable_set_text (GTK_EDITABLE (amount), "two hundred");
  g_assert_nonnull (message_under (GTK_WIDGET (amount)));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  gtk_editable_set_text (GTK_EDITABLE (amount), "210,000");
  g_assert_null (message_under (GTK_WIDGET (amount)));
  respond (ADW_MESSAGE_DIALOG (dialog), "add");
  g_assert_cmpint (query (fixture, "SELECT amount FROM negotiation_asks"), ==, 21000000);
  base = ask_row (fixture, "Base salary: $210,000");
  g_assert_nonnull (base);
  g_assert_true (has_focus_in (GTK_WIDGET (base)));

  /* A level, said in words: refused without them, the dialog stays. */
  dialog = open_ask_dialog (fixture);
  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Kind"),
                              CL_ASK_KIND_LEVEL);
  g_assert_false (gtk_widget_get_visible (
    cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Amount (USD)")));
  adw_combo_row_set_selected (
    cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Priority"), CL_ASK_PRIORITY_HIGH);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  cl_ui_flush ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (
    message_under (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Details")));
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_asks"), ==, 1);
  gtk_editable_set_text (
    GTK_EDITABLE (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Details")), "Staff");
  respond (ADW_MESSAGE_DIALOG (dialog), "add");
  level = ask_row (fixture, "Level: Staff");
  g_assert_nonnull (level);

  /* Sorted by priority: the high one first. */
  rows = rows_of (fixture, CL_TYPE_NEGOTIATION_ASK_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (g_ptr_array_index (rows, 0) == level);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Edited in place: the amount as typed, refused first. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (base), TRUE);
  amount = cl_ui_find_row (GTK_WIDGET (base), ADW_TYPE_ENTRY_ROW, "Amount (USD)");
  type_text (amount, "215,000.123");
  g_assert_nonnull (message_under (GTK_WIDGET (amount)));
  g_assert_cmpint (query (fixture, "SELECT amount FROM negotiation_asks WHERE kind = 'base'"), ==,
                   21000000);
  type_text (amount, "215000");
  g_assert_null (message_under (GTK_WIDGET (amount)));
  g_assert_cmpint (query (fixture, "SELECT amount FROM negotiation_asks WHERE kind = 'base'"), ==,
                   21500000);
  g_assert_cmpstr (cl_negotiation_ask_row_get_heading (base), ==, "Base salary: $215,000");

  /* A higher priority moves it up. */
  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (base), ADW_TYPE_COMBO_ROW, "Priority"),
                              CL_ASK_PRIORITY_HIGH);
  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (level), ADW_TYPE_COMBO_ROW, "Priority"),
                              CL_ASK_PRIORITY_LOW);
  cl_ui_flush ();
  rows = rows_of (fixture, CL_TYPE_NEGOTIATION_ASK_ROW);
  g_assert_true (g_ptr_array_index (rows, 0) == base);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Kind "Other" without details is refused until the details say it. */
  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (base), ADW_TYPE_COMBO_ROW, "Kind"),
                              CL_ASK_KIND_OTHER);
  cl_ui_flush ();
  g_assert_nonnull (
    message_under (cl_ui_find_row (GTK_WIDGET (base), ADW_TYPE_COMBO_ROW, "Kind")));
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_asks WHERE kind = 'base'"),
                   ==, 1);
  type_text (cl_ui_find_row (GTK_WIDGET (base), ADW_TYPE_ENTRY_ROW, "Details"), "Remote days");
  g_assert_null (message_under (cl_ui_find_row (GTK_WIDGET (base), ADW_TYPE_COMBO_ROW, "Kind")));
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_asks WHERE kind = 'other'"
                                   " AND amount IS NULL AND details = 'Remote days'"),
                   ==, 1);
  g_assert_cmpstr (cl_negotiation_ask_row_get_heading (base), ==, "Other: Remote days");

  /* Deleted, with Undo. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (level), TRUE);
  cl_ui_wait_for (cl_ui_is_mapped, cl_ui_find_button (GTK_WIDGET (level), "_Delete Ask"));
  cl_ui_activate (cl_ui_find_button (GTK_WIDGET (level), "_Delete Ask"));
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_asks"), ==, 1);
  g_assert_null (ask_row (fixture, "Level: Staff"));
  for (GtkWidget *child = gtk_widget_get_first_child (fixture->overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
      toast_widget = child;
  g_assert_nonnull (toast_widget);
  g_object_get (toast_widget, "toast", &toast, NULL);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Ask “Level: Staff” deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  g_object_unref (toast);
  cl_ui_flush ();
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_asks WHERE kind = 'level'"
                                   " AND details = 'Staff' AND priority = 'low'"),
                   ==, 1);
  g_assert_nonnull (ask_row (fixture, "Level: Staff"));
}

/* Rounds, and the offer they change -------------------------------------------- */

static ClNegotiationRoundDialog *
open_round_dialog (Fixture *fixture)
{
  cl_ui_activate (cl_ui_find_button (GTK_WIDGET (fixture->section), "_Log a Round…"));
  return wait_for_dialog (CL_TYPE_NEGOTIATION_ROUND_DIALOG);
}

static void
set_field (gpointer    dialog,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (cl_ui_find_row (dialog, ADW_TYPE_ENTRY_ROW, title)), text);
}

static void
test_rounds (Fixture      *fixture,
             gconstpointer data)
{
  ClNegotiationRoundDialog *dialog;
  ClNegotiationRoundRow    *round_row;
  AdwEntryRow              *base;
  g_autoptr(GPtrArray) rows = NULL;
  const char *expected[] = { "Base salary", "$185,000 → $200,000", "Sign-on bonus",
                             "none → $20,000" };

  g_assert_false (group_shown (fixture, "Initial → Now"));

  dialog = open_round_dialog (fixture);
  /* Now, to start with; the keyboard on what was asked. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cl_ui_find_row (
                     GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Day"))),
                   ==, "2026-11-01");
  g_assert_true (has_focus_in (
    cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "What you asked")));
  set_field (dialog, "What you asked", "$210,000 base");
  set_field (dialog, "What came back", "$200,000 and a sign-on bonus");
  adw_combo_row_set_selected (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Outcome"),
                              CL_NEGOTIATION_OUTCOME_IMPROVED);

  /* Each number checked as typed; Log waits meanwhile. */
  base = cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Base salary (USD)");
  gtk_editable_set_text (GTK_EDITABLE (base), "-200,000");
  g_assert_nonnull (message_under (GTK_WIDGET (base)));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "log"));
  set_field (dialog, "Day", "2026-02-30");
  g_assert_nonnull (
    message_under (cl_ui_find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Day")));
  set_field (dialog, "Day", "2026-10-30");
  set_field (dialog, "Time", "16:30");
  gtk_editable_set_text (GTK_EDITABLE (base), "200,000");
  set_field (dialog, "Sign-on bonus (USD)", "20k");
  g_assert_null (message_under (GTK_WIDGET (base)));
  g_assert_true (gtk_switch_get_active (cl_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH)));
  respond (ADW_MESSAGE_DIALOG (dialog), "log");

  /* The offer took the numbers, and keeps what it was as a revision. */
  g_assert_cmpint (cl_offer_get_base_salary (fixture->offer), ==, 20000000);
  g_assert_cmpint (cl_offer_get_sign_on (fixture->offer), ==, 2000000);
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM offer_revisions"), ==, 2);
  g_assert_cmpint (query (fixture, "SELECT base_salary FROM offer_revisions ORDER BY id LIMIT 1"),
                   ==, 18500000);
  g_assert_cmpint (query (fixture, "SELECT happened_at FROM negotiation_rounds"), ==,
                   CL_TEST_NOW - 2 * DAY + 7 * 3600 + 30 * 60);

  /* Initial → now, for what changed and what did not. */
  g_assert_true (group_shown (fixture, "Initial → Now"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i += 2)
    g_assert_cmpstr (adw_action_row_get_subtitle (cl_ui_find_row (
                       GTK_WIDGET (fixture->section), ADW_TYPE_ACTION_ROW, expected[i])),
                     ==, expected[i + 1]);

  /* The round's row, focused, says when, what came of it and the numbers. */
  rows = rows_of (fixture, CL_TYPE_NEGOTIATION_ROUND_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  round_row = g_ptr_array_index (rows, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_cmpstr (cl_negotiation_round_row_get_heading (round_row), ==,
                   "Fri 30 Oct 2026, 16:30 · Improved");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (round_row)),
                            "Base $200,000 · Sign-on $20,000"));
  g_assert_true (has_focus_in (GTK_WIDGET (round_row)));

  /* A later round without applying its numbers: the offer stays. */
  dialog = open_round_dialog (fixture);
  set_field (dialog, "What you asked", "$15,000 more sign-on");
  set_field (dialog, "Sign-on bonus (USD)", "35,000");
  gtk_switch_set_active (cl_ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH), FALSE);
  respond (ADW_MESSAGE_DIALOG (dialog), "log");
  g_assert_cmpint (cl_offer_get_sign_on (fixture->offer), ==, 2000000);
  rows = rows_of (fixture, CL_TYPE_NEGOTIATION_ROUND_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  /* The latest first. */
  g_assert_true (g_ptr_array_index (rows, 1) == round_row);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Edited in place: the response, then a number refused and corrected. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (round_row), TRUE);
  type_text (cl_ui_find_row (GTK_WIDGET (round_row), ADW_TYPE_ENTRY_ROW, "What came back"),
             "$200,000 and $20,000 sign-on");
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_rounds"
                                   " WHERE response = '$200,000 and $20,000 sign-on'"),
                   ==, 1);
  base = cl_ui_find_row (GTK_WIDGET (round_row), ADW_TYPE_ENTRY_ROW, "Base salary offered (USD)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (base)), ==, "200,000");
  type_text (base, "abc");
  g_assert_nonnull (message_under (GTK_WIDGET (base)));
  type_text (base, "205,000");
  g_assert_cmpint (query (fixture, "SELECT MAX(offered_base) FROM negotiation_rounds"), ==,
                   20500000);
  /* Its numbers are not written into the offer again. */
  g_assert_cmpint (cl_offer_get_base_salary (fixture->offer), ==, 20000000);
  type_text (cl_ui_find_row (GTK_WIDGET (round_row), ADW_TYPE_ENTRY_ROW, "Time"), "25:00");
  g_assert_nonnull (
    message_under (cl_ui_find_row (GTK_WIDGET (round_row), ADW_TYPE_ENTRY_ROW, "Time")));
  type_text (cl_ui_find_row (GTK_WIDGET (round_row), ADW_TYPE_ENTRY_ROW, "Time"), "17:00");
  g_assert_cmpstr (cl_negotiation_round_row_get_heading (round_row), ==,
                   "Fri 30 Oct 2026, 17:00 · Improved");

  /* Deleted: the revisions it made stay. */
  cl_ui_wait_for (cl_ui_is_mapped, cl_ui_find_button (GTK_WIDGET (round_row), "_Delete Round"));
  cl_ui_activate (cl_ui_find_button (GTK_WIDGET (round_row), "_Delete Round"));
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM negotiation_rounds"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT COUNT(*) FROM offer_revisions"), ==, 2);
  rows = rows_of (fixture, CL_TYPE_NEGOTIATION_ROUND_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
}

/* Talking points ----------------------------------------------------------------- */

static void
test_talking_points (Fixture      *fixture,
                     gconstpointer data)
{
  GtkTextView   *view = cl_ui_find_widget (GTK_WIDGET (fixture->section), GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_auto(GStrv) points = NULL;
  g_autofree char *text = NULL;

  /* The description is for what is wrong with it: the name says how to write it. */
  gtk_test_accessible_assert_property (view, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Talking points, one a line");
  gtk_text_buffer_set_text (buffer, "Acme offers $200,000 base\n\nI lead the ranking team\n", -1);
  g_assert_null (plan_of (fixture));
  cl_negotiation_section_flush (fixture->section);
  g_assert_nonnull (plan_of (fixture));
  points = cl_negotiation_plan_dup_talking_point_list (plan_of (fixture));
  g_assert_cmpuint (g_strv_length (points), ==, 2);
  g_assert_cmpstr (points[1], ==, "I lead the ranking team");

  /* Another offer shown, then this one again: the points come back. */
  cl_negotiation_section_set_offer (fixture->section, fixture->base.context, fixture->leverage);
  g_object_get (buffer, "text", &text, NULL);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  cl_negotiation_section_set_offer (fixture->section, fixture->base.context, fixture->offer);
  g_object_get (buffer, "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Acme offers $200,000 base\n\nI lead the ranking team");
}

/* Looking at it ------------------------------------------------------------------- */

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthQuery;

static gboolean
has_width (gpointer data)
{
  WidthQuery *query = data;

  return gtk_widget_get_width (query->widget) == query->width;
}

/* @widget with the window's background under it, as a PNG in the build's
 * tests/ui/screenshots/. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int          width = gtk_widget_get_width (widget);
  int          height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *path = NULL;
  GdkRGBA          background;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                                 "window_bg_color", &background));
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Everything filled in: banners, plan, asks, points, rounds, revisions. */
static void
fill_everything (Fixture *fixture)
{
  ClOfferStore *store = offer_store (fixture);
  g_autoptr(ClNegotiationPlan) plan = cl_negotiation_plan_new (cl_offer_get_id (fixture->offer));
  g_autoptr(ClNegotiationAsk) base = cl_negotiation_ask_new (CL_ASK_KIND_BASE, 21000000, NULL);
  g_autoptr(ClNegotiationAsk) level = cl_negotiation_ask_new (CL_ASK_KIND_LEVEL, -1, "Staff");
  g_autoptr(ClNegotiationAsk) start = cl_negotiation_ask_new (CL_ASK_KIND_START_DATE, -1,
                                                               "After the notice period, in "
                                                               "February");
  g_autoptr(ClNegotiationRound) round = cl_negotiation_round_new (CL_TEST_NOW - DAY);
  g_autoptr(GError) error = NULL;
  gint64 id = cl_offer_get_id (fixture->offer);

  g_object_set (plan, "target-total", (gint64) 24000000, "walk-away-total", (gint64) 25000000,
                "leverage-offer-id", cl_offer_get_id (fixture->leverage), "talking-points",
                "Acme offers $200,000 base with a $20,000 sign-on bonus\n"
                "I lead the ranking team that shipped the new search",
                NULL);
  g_assert_true (cl_offer_store_save_plan (store, plan, &error));
  g_object_set (level, "priority", CL_ASK_PRIORITY_HIGH, NULL);
  g_object_set (start, "priority", CL_ASK_PRIORITY_LOW, NULL);
  g_assert_true (cl_offer_store_add_ask (store, id, base, &error));
  g_assert_true (cl_offer_store_add_ask (store, id, level, &error));
  g_assert_true (cl_offer_store_add_ask (store, id, start, &error));
  g_object_set (round, "asked", "$210,000 base, Staff level", "response",
                "$200,000 base and a $20,000 sign-on bonus; the level stays", "outcome",
                CL_NEGOTIATION_OUTCOME_IMPROVED, "offered-base", (gint64) 20000000,
                "offered-sign-on", (gint64) 2000000, NULL);
  g_assert_true (cl_offer_store_add_negotiation_round (store, id, round, TRUE, &error));
  g_assert_no_error (error);
  update_offer (fixture, fixture->offer, "response-deadline", CL_TEST_NOW + DAY, NULL);
  update_offer (fixture, fixture->leverage, "status", CL_OFFER_STATUS_EXPIRED, NULL);
  cl_ui_flush ();
}

static void
test_screenshots (Fixture      *fixture,
                  gconstpointer data)
{
  const int   widths[] = { 1280, 360 };
  const char *schemes[] = { "light", "dark" };
  g_autoptr(GPtrArray) rows = NULL;
  /* What the window's frame (its shadow) takes of its default size: on the
   * 1280 px screen, the window is as wide as the screen allows. */
  int frame;

  cl_ui_wait_for (is_allocated, fixture->window);
  frame = 1280 - gtk_widget_get_width (fixture->window);
  /* Shown with it all, as when the user opens the offer. */
  cl_negotiation_section_set_offer (fixture->section, NULL, NULL);
  fill_everything (fixture);
  cl_negotiation_section_set_offer (fixture->section, fixture->base.context, fixture->offer);
  g_assert_cmpuint (cl_negotiation_section_get_banners (fixture->section)->len, ==, 4);
  rows = rows_of (fixture, CL_TYPE_NEGOTIATION_ROUND_ROW);
  adw_expander_row_set_expanded (g_ptr_array_index (rows, 0), TRUE);

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                 : ADW_COLOR_SCHEME_FORCE_DARK);
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          WidthQuery       query = { fixture->window, MIN (widths[w], 1280 - frame) };
          g_autofree char *name = g_strdup_printf ("negotiation-%d-%s.png", widths[w],
                                                   schemes[s]);
          int              minimum = 0;

          gtk_window_set_default_size (GTK_WINDOW (fixture->window), widths[w] + frame, 800);
          cl_ui_wait_for (has_width, &query);
          cl_ui_flush ();
          /* Nothing makes the section wider than a phone. */
          gtk_widget_measure (GTK_WIDGET (fixture->section), GTK_ORIENTATION_HORIZONTAL, -1,
                              &minimum, NULL, NULL, NULL);
          g_assert_cmpint (minimum, <=, 360 - 24);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->section)), <=,
                           query.width - 24);
          save_screenshot (GTK_WIDGET (fixture->section), name);
        }
    }

  /* The form for a round, on a phone. */
  {
    ClNegotiationRoundDialog *dialog;
    g_autoptr(GtkWidget) held = NULL;

    dialog = open_round_dialog (fixture);
    held = g_object_ref (GTK_WIDGET (dialog));
    set_field (dialog, "Base salary (USD)", "200,000.999");
    cl_ui_flush ();
    save_screenshot (GTK_WIDGET (dialog), "negotiation-round-dialog-dark.png");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
    cl_ui_wait_for (is_unmapped, held);
  }
}

/* In the app's window: the Offers page's editor holds the section, and the
 * window has the actions its banners need. */
static gboolean
editor_shows_section (gpointer data)
{
  g_autoptr(GPtrArray) sections = cl_ui_find_widgets (GTK_WIDGET (data),
                                                       CL_TYPE_NEGOTIATION_SECTION);

  for (guint i = 0; i < sections->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (sections, i)) &&
        cl_negotiation_section_get_offer (g_ptr_array_index (sections, i)) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_in_window (Fixture      *fixture,
                gconstpointer data)
{
  const char           *schemes[] = { "light", "dark" };
  GtkWidget            *window;
  GtkWidget            *editor;
  ClNegotiationSection *section;
  GPtrArray            *banners;
  g_autoptr(GPtrArray) sections = NULL;
  int frame;

  cl_negotiation_section_set_offer (fixture->section, NULL, NULL);
  fill_everything (fixture);

  window = g_object_new (CL_TYPE_WINDOW, "context", fixture->base.context, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  cl_ui_wait_for (is_allocated, window);
  gtk_widget_activate_action (window, "win.show-offer", "x", cl_offer_get_id (fixture->offer));
  cl_ui_wait_for (editor_shows_section, window);
  sections = cl_ui_find_widgets (window, CL_TYPE_NEGOTIATION_SECTION);
  g_assert_cmpuint (sections->len, ==, 1);
  section = g_ptr_array_index (sections, 0);
  g_assert_true (cl_negotiation_section_get_offer (section) == fixture->offer);

  /* The window's own actions: every banner's button can act. */
  banners = cl_negotiation_section_get_banners (section);
  g_assert_cmpuint (banners->len, ==, 4);
  for (guint i = 0; i < banners->len; i++)
    g_assert_true (
      gtk_widget_is_sensitive (GTK_WIDGET (cl_banner_get_button (g_ptr_array_index (banners, i)))));

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      g_autofree char *name = g_strdup_printf ("offer-editor-1280-%s.png", schemes[s]);
      g_autofree char *page = g_strdup_printf ("offers-page-1280-%s.png", schemes[s]);

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                 : ADW_COLOR_SCHEME_FORCE_DARK);
      cl_ui_flush ();
      /* The whole editor, every section, as it scrolls; and the window. */
      save_screenshot (gtk_widget_get_parent (GTK_WIDGET (section)), name);
      save_screenshot (window, page);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  cl_ui_flush ();

  /* The editor on a phone, alone in a window (ClWindow's view switcher bar
   * warns at that width, see the report). */
  editor = cl_offer_editor_new ();
  window = adw_window_new ();
  adw_window_set_content (ADW_WINDOW (window), editor);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  cl_offer_editor_set_offer (CL_OFFER_EDITOR (editor), fixture->base.context, fixture->offer);
  gtk_window_present (GTK_WINDOW (window));
  cl_ui_wait_for (is_allocated, window);
  frame = 1280 - gtk_widget_get_width (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 360 + frame, 800);
  {
    WidthQuery query = { window, 360 };

    cl_ui_wait_for (has_width, &query);
  }
  cl_ui_wait_for (editor_shows_section, editor);
  g_clear_pointer (&sections, g_ptr_array_unref);
  sections = cl_ui_find_widgets (editor, CL_TYPE_NEGOTIATION_SECTION);
  section = g_ptr_array_index (sections, 0);
  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      g_autofree char *name = g_strdup_printf ("offer-editor-360-%s.png", schemes[s]);

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT
                                                 : ADW_COLOR_SCHEME_FORCE_DARK);
      cl_ui_flush ();
      save_screenshot (gtk_widget_get_parent (GTK_WIDGET (section)), name);
    }
  cl_offer_editor_set_offer (CL_OFFER_EDITOR (editor), NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  cl_ui_flush ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();
  /* Screenshots show the end of a transition, not a frame of it. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* What AdwApplication loads for the app. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/negotiation/plan/typing", test_plan_typing);
  ADD ("/negotiation/plan/market", test_plan_market);
  ADD ("/negotiation/checks/leverage", test_leverage);
  ADD ("/negotiation/checks/deadline", test_deadline);
  ADD ("/negotiation/checks/few-offers", test_few_offers);
  ADD ("/negotiation/asks", test_asks);
  ADD ("/negotiation/rounds", test_rounds);
  ADD ("/negotiation/talking-points", test_talking_points);
  ADD ("/negotiation/screenshots", test_screenshots);
  ADD ("/negotiation/in-window", test_in_window);
#undef ADD

  return g_test_run ();
}
