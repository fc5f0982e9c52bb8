/* test-ui.c — the window and the board, driven through their widgets
 *
 * Builds every template against a real database, checks the first vertical
 * slice (a new application reaches its column), and the board's behaviour
 * a user meets: one Undo toast at a time and Ctrl+Z, toasts that show any
 * company name, what says that search and filters hide cards, keyboard moves
 * in both text directions, and drop feedback that survives recycled rows.
 * Warnings are fatal here, so any Gtk-WARNING fails the test that caused it.
 * Exits 77 (skipped) only when there is no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test-ui"

#include "config.h"

#include <string.h>

#include "cl-account-dialog.h"
#include "cl-accounts-window.h"
#include "cl-application-card.h"
#include "cl-application-page.h"
#include "cl-career-lens-section.h"
#include "cl-contact-events.h"
#include "cl-contact-import-dialog.h"
#include "cl-contact-interactions.h"
#include "cl-contact-page.h"
#include "cl-contact-referrals.h"
#include "cl-contact-row.h"
#include "cl-contact-stay-in-touch.h"
#include "cl-contacts-view.h"
#include "cl-events-window.h"
#include "cl-exchange-rate-dialog.h"
#include "cl-follow-up-row.h"
#include "cl-history-section.h"
#include "cl-insights-view.h"
#include "cl-interaction-dialog.h"
#include "cl-journal-entry-row.h"
#include "cl-market-range-dialog.h"
#include "cl-market-ranges-dialog.h"
#include "cl-market-section.h"
#include "cl-negotiation-ask-dialog.h"
#include "cl-negotiation-ask-row.h"
#include "cl-negotiation-round-dialog.h"
#include "cl-negotiation-round-row.h"
#include "cl-negotiation-section.h"
#include "cl-new-application-dialog.h"
#include "cl-new-offer-dialog.h"
#include "cl-objective-editor.h"
#include "cl-offer-comparison.h"
#include "cl-offer-editor.h"
#include "cl-offer-row.h"
#include "cl-offer-section.h"
#include "cl-offers-view.h"
#include "cl-overview-section.h"
#include "cl-pipeline-view-private.h"
#include "cl-posting-section.h"
#include "cl-prep-domain-page.h"
#include "cl-prep-store.h"
#include "cl-prep-view.h"
#include "cl-red-flags-section.h"
#include "cl-round-row.h"
#include "cl-stage-column.h"
#include "cl-stage-editor.h"
#include "cl-toast.h"
#include "cl-ui-test-util.h"
#include "cl-window.h"

typedef ClTestFixture Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  cl_test_fixture_setup (fixture);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  cl_test_fixture_teardown (fixture);
}

/* A window on the fixture's data, shown, with its board. */
static ClWindow *
open_window (Fixture         *fixture,
             ClPipelineView **out_view)
{
  ClWindow *window = g_object_new (CL_TYPE_WINDOW, "context", fixture->context, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  *out_view = cl_ui_find_widget (GTK_WIDGET (window), CL_TYPE_PIPELINE_VIEW);
  return window;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_height (GTK_WIDGET (data)) > 0;
}

/* The card showing @application, once it is on screen. */
typedef struct
{
  GtkWidget         *root;
  ClApplication     *application;
  ClApplicationCard *card;
} CardQuery;

static gboolean
card_is_shown (gpointer data)
{
  CardQuery *query = data;
  g_autoptr(GPtrArray) cards = cl_ui_find_widgets (query->root, CL_TYPE_APPLICATION_CARD);

  for (guint i = 0; i < cards->len; i++)
    if (cl_application_card_get_application (g_ptr_array_index (cards, i)) == query->application &&
        gtk_widget_get_mapped (g_ptr_array_index (cards, i)))
      {
        query->card = g_ptr_array_index (cards, i);
        return TRUE;
      }
  return FALSE;
}

static ClApplicationCard *
wait_for_card (GtkWidget     *root,
               ClApplication *application)
{
  CardQuery query = { root, application, NULL };

  cl_ui_wait_for (card_is_shown, &query);
  return query.card;
}

/* Puts the keyboard focus on @application's card, as arrow keys would. */
static void
focus_card (ClPipelineView *view,
            ClApplication  *application)
{
  cl_pipeline_view_reveal_application (view, application);
  wait_for_card (GTK_WIDGET (view), application);
  cl_ui_wait_for ((gboolean (*) (gpointer)) cl_pipeline_view_get_focused_application, view);
  g_assert_true (cl_pipeline_view_get_focused_application (view) == application);
}

/* Every template ----------------------------------------------------------- */

/* The class a .ui resource is the template of, or NULL for a plain builder
 * file. */
static char *
template_class (const char *path)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char      *start = strstr (text, "<template class=\"");
  const char      *end;

  if (start == NULL)
    return NULL;
  start += strlen ("<template class=\"");
  end = strchr (start, '"');
  return g_strndup (start, end - start);
}

static void
collect_ui_files (const char *folder,
                  GPtrArray  *found)
{
  g_auto(GStrv) children = g_resources_enumerate_children (folder, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (folder, children[i], NULL);

      if (g_str_has_suffix (children[i], "/"))
        collect_ui_files (path, found);
      else if (g_str_has_suffix (children[i], ".ui"))
        g_ptr_array_add (found, g_steal_pointer (&path));
    }
}

/* Builds one widget of the class named @name, the way the app does. */
/* The fixture's one offer, added the first time. */
static ClOffer *
offer_of (Fixture *fixture)
{
  ClOfferStore *store = cl_context_get_offer_store (fixture->context);
  GListModel   *offers = cl_offer_store_get_offers (store);
  g_autoptr(ClOffer) offer = NULL;
  g_autoptr(GError) error = NULL;

  if (g_list_model_get_n_items (offers) == 0)
    {
      offer = cl_offer_new (1, 15000000, "USD");
      g_assert_true (cl_offer_store_add_offer (store, offer, &error));
      g_assert_no_error (error);
    }
  g_clear_object (&offer);
  offer = g_list_model_get_item (offers, 0);
  return offer; /* the store keeps it */
}

/* The negotiation section of an offer, its rows and dialogs, on an offer of
 * the fixture's one offer. */
static void
build_negotiation_template (Fixture    *fixture,
                            const char *name)
{
  ClOfferStore *store = cl_context_get_offer_store (fixture->context);
  ClOffer      *offer = offer_of (fixture);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (name, "ClNegotiationSection"))
    {
      GtkWidget *section = g_object_ref_sink (cl_negotiation_section_new ());

      cl_negotiation_section_set_offer (CL_NEGOTIATION_SECTION (section), fixture->context,
                                        offer);
      cl_negotiation_section_set_offer (CL_NEGOTIATION_SECTION (section), NULL, NULL);
      g_object_unref (section);
    }
  else if (g_str_equal (name, "ClNegotiationAskRow"))
    {
      g_autoptr(ClNegotiationAsk) ask = cl_negotiation_ask_new (CL_ASK_KIND_BASE, 16000000, NULL);

      g_assert_true (cl_offer_store_add_ask (store, cl_offer_get_id (offer), ask, &error));
      g_assert_no_error (error);
      g_object_unref (g_object_ref_sink (cl_negotiation_ask_row_new (fixture->context, offer,
                                                                     ask)));
    }
  else if (g_str_equal (name, "ClNegotiationRoundRow"))
    {
      g_autoptr(ClNegotiationRound) round = cl_negotiation_round_new (CL_TEST_NOW);

      g_assert_true (cl_offer_store_add_negotiation_round (store, cl_offer_get_id (offer), round,
                                                           FALSE, &error));
      g_assert_no_error (error);
      g_object_unref (g_object_ref_sink (cl_negotiation_round_row_new (fixture->context, offer,
                                                                       round)));
    }
  else if (g_str_equal (name, "ClNegotiationAskDialog"))
    gtk_window_destroy (GTK_WINDOW (cl_negotiation_ask_dialog_new (NULL, fixture->context, offer)));
  else if (g_str_equal (name, "ClNegotiationRoundDialog"))
    gtk_window_destroy (
      GTK_WINDOW (cl_negotiation_round_dialog_new (NULL, fixture->context, offer)));
  else
    g_error ("%s has a template that /ui/templates does not build: add it", name);
}

static void
build_template (Fixture    *fixture,
                const char *name)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  ClClock         *clock = cl_context_get_clock (fixture->context);
  ClApplication   *application = cl_pipeline_store_find_application (store, 1);
  ClStage         *stage = cl_ui_get_stage (fixture->context, 0);

  if (g_str_equal (name, "ClWindow"))
    {
      ClWindow *window = g_object_new (CL_TYPE_WINDOW, "context", fixture->context, NULL);

      gtk_window_present (GTK_WINDOW (window));
      gtk_window_destroy (GTK_WINDOW (window));
    }
  else if (g_str_equal (name, "ClPipelineView"))
    {
      GtkWidget *view = g_object_ref_sink (g_object_new (CL_TYPE_PIPELINE_VIEW, NULL));

      cl_pipeline_view_set_context (CL_PIPELINE_VIEW (view), fixture->context);
      g_object_unref (view);
    }
  else if (g_str_equal (name, "ClInsightsView"))
    {
      GtkWidget *view = g_object_ref_sink (g_object_new (CL_TYPE_INSIGHTS_VIEW, NULL));

      cl_insights_view_set_context (CL_INSIGHTS_VIEW (view), fixture->context);
      g_object_unref (view);
    }
  else if (g_str_equal (name, "ClContactsView"))
    {
      GtkWidget *view = g_object_ref_sink (g_object_new (CL_TYPE_CONTACTS_VIEW, NULL));

      cl_contacts_view_set_context (CL_CONTACTS_VIEW (view), fixture->context);
      g_object_unref (view);
    }
  else if (g_str_equal (name, "ClInteractionDialog"))
    {
      g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");

      g_assert_true (cl_contact_store_add_contact (cl_context_get_contact_store (fixture->context),
                                                   contact, NULL));
      gtk_window_destroy (
        GTK_WINDOW (cl_interaction_dialog_new (NULL, fixture->context, contact, NULL)));
    }
  else if (g_str_equal (name, "ClContactImportDialog"))
    gtk_window_destroy (GTK_WINDOW (g_object_new (CL_TYPE_CONTACT_IMPORT_DIALOG, NULL)));
  else if (g_str_equal (name, "ClContactPage") || g_str_equal (name, "ClContactRow") ||
           g_str_equal (name, "ClFollowUpRow") || g_str_equal (name, "ClContactReferrals") ||
           g_str_equal (name, "ClContactStayInTouch") ||
           g_str_equal (name, "ClContactInteractions") ||
           g_str_equal (name, "ClContactEvents"))
    {
      g_autoptr(ClContact) contact = cl_contact_new ("Ada Lovelace");
      GtkWidget *widget = g_object_ref_sink (g_object_new (g_type_from_name (name), NULL));

      g_assert_true (cl_contact_store_add_contact (cl_context_get_contact_store (fixture->context),
                                                   contact, NULL));
      if (CL_IS_CONTACT_PAGE (widget))
        {
          cl_contact_page_set_contact (CL_CONTACT_PAGE (widget), fixture->context, contact);
          cl_contact_page_set_contact (CL_CONTACT_PAGE (widget), NULL, NULL);
        }
      else if (CL_IS_CONTACT_REFERRALS (widget))
        {
          cl_contact_referrals_set_contact (CL_CONTACT_REFERRALS (widget), fixture->context,
                                            contact);
          cl_contact_referrals_set_contact (CL_CONTACT_REFERRALS (widget), NULL, NULL);
        }
      else if (CL_IS_CONTACT_STAY_IN_TOUCH (widget))
        {
          cl_contact_stay_in_touch_set_contact (CL_CONTACT_STAY_IN_TOUCH (widget),
                                                fixture->context, contact);
          cl_contact_stay_in_touch_set_contact (CL_CONTACT_STAY_IN_TOUCH (widget), NULL, NULL);
        }
      else if (CL_IS_CONTACT_INTERACTIONS (widget))
        {
          cl_contact_interactions_set_contact (CL_CONTACT_INTERACTIONS (widget), fixture->context,
                                               contact);
          cl_contact_interactions_set_contact (CL_CONTACT_INTERACTIONS (widget), NULL, NULL);
        }
      else if (CL_IS_CONTACT_EVENTS (widget))
        {
          cl_contact_events_set_contact (CL_CONTACT_EVENTS (widget), fixture->context, contact);
          cl_contact_events_set_contact (CL_CONTACT_EVENTS (widget), NULL, NULL);
        }
      else if (CL_IS_CONTACT_ROW (widget))
        cl_contact_row_set_contact (CL_CONTACT_ROW (widget), contact, cl_clock_now (clock));
      else
        cl_follow_up_row_set_contact (CL_FOLLOW_UP_ROW (widget), fixture->context, contact);
      g_object_unref (widget);
    }
  else if (g_str_equal (name, "ClKeywordsPage"))
    {
      GtkWidget *page = g_object_ref_sink (g_object_new (CL_TYPE_KEYWORDS_PAGE, NULL));

      cl_keywords_page_set_context (CL_KEYWORDS_PAGE (page), fixture->context);
      cl_keywords_page_set_application (CL_KEYWORDS_PAGE (page), application);
      g_object_unref (page);
    }
  else if (g_str_equal (name, "ClPrepView") || g_str_equal (name, "ClPrepDomainPage"))
    {
      GtkWidget *widget = g_object_ref_sink (g_object_new (g_type_from_name (name), NULL));

      if (CL_IS_PREP_VIEW (widget))
        cl_prep_view_set_context (CL_PREP_VIEW (widget), fixture->context);
      else
        cl_prep_domain_page_set_context (CL_PREP_DOMAIN_PAGE (widget), fixture->context);
      g_object_unref (widget);
    }
  else if (g_str_equal (name, "ClObjectiveEditor"))
    {
      g_autoptr(ClObjective) objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Heaps");

      g_assert_true (cl_prep_store_add_objective (cl_context_get_prep_store (fixture->context),
                                                  objective, NULL));
      gtk_window_destroy (
        GTK_WINDOW (cl_objective_editor_new (NULL, fixture->context, objective)));
    }
  else if (g_str_equal (name, "ClEventsWindow"))
    gtk_window_destroy (GTK_WINDOW (cl_events_window_new (NULL, fixture->context)));
  else if (g_str_equal (name, "ClOffersView"))
    {
      GtkWidget *view = g_object_ref_sink (g_object_new (CL_TYPE_OFFERS_VIEW, NULL));

      cl_offers_view_set_context (CL_OFFERS_VIEW (view), fixture->context);
      g_object_unref (view);
    }
  else if (g_str_equal (name, "ClOfferEditor"))
    {
      GtkWidget *editor = g_object_ref_sink (cl_offer_editor_new ());

      cl_offer_editor_set_offer (CL_OFFER_EDITOR (editor), fixture->context, offer_of (fixture));
      cl_offer_editor_set_offer (CL_OFFER_EDITOR (editor), NULL, NULL);
      g_object_unref (editor);
    }
  else if (g_str_equal (name, "ClOfferRow"))
    {
      GtkWidget *row = g_object_ref_sink (cl_offer_row_new ());

      cl_offer_row_set_offer (CL_OFFER_ROW (row), fixture->context, offer_of (fixture));
      g_assert_nonnull (cl_offer_row_get_description (CL_OFFER_ROW (row)));
      g_object_unref (row);
    }
  else if (g_str_equal (name, "ClNewOfferDialog"))
    gtk_window_destroy (GTK_WINDOW (cl_new_offer_dialog_new (NULL, fixture->context)));
  else if (g_str_equal (name, "ClAccountsWindow"))
    gtk_window_destroy (GTK_WINDOW (cl_accounts_window_new (NULL, fixture->context)));
  else if (g_str_equal (name, "ClAccountDialog"))
    gtk_window_destroy (GTK_WINDOW (cl_account_dialog_new (NULL, fixture->context, NULL, 0)));
  else if (g_type_is_a (g_type_from_name (name), CL_TYPE_OFFER_SECTION))
    {
      /* A section of the offer editor, shown with the offer. */
      GtkWidget *section = g_object_ref_sink (g_object_new (g_type_from_name (name), NULL));

      cl_offer_section_set_offer (CL_OFFER_SECTION (section), fixture->context,
                                  offer_of (fixture));
      cl_offer_section_set_offer (CL_OFFER_SECTION (section), NULL, NULL);
      g_object_unref (section);
    }
  else if (g_str_equal (name, "ClOfferComparison"))
    {
      GtkWidget *view = g_object_ref_sink (cl_offer_comparison_new ());

      cl_offer_comparison_set_context (CL_OFFER_COMPARISON (view), fixture->context);
      g_object_unref (view);
    }
  else if (g_str_equal (name, "ClExchangeRateDialog"))
    gtk_window_destroy (GTK_WINDOW (
      cl_exchange_rate_dialog_new (NULL, cl_context_get_offer_store (fixture->context), NULL)));
  else if (g_str_equal (name, "ClStageColumn"))
    {
      GtkWidget *column = GTK_WIDGET (
        cl_stage_column_new (stage,
                             cl_pipeline_store_get_stage_applications (store,
                                                                       cl_stage_get_id (stage)),
                             NULL, NULL, clock));

      g_object_unref (g_object_ref_sink (column));
    }
  else if (g_str_equal (name, "ClApplicationCard"))
    {
      ClApplicationCard *card = g_object_ref_sink (cl_application_card_new (clock));

      cl_application_card_set_application (card, application, stage);
      g_assert_nonnull (cl_application_card_get_description (card));
      g_object_unref (card);
    }
  else if (g_str_equal (name, "ClNewApplicationDialog"))
    gtk_window_destroy (GTK_WINDOW (cl_new_application_dialog_new (NULL, store)));
  else if (g_str_equal (name, "ClStageEditor"))
    gtk_window_destroy (GTK_WINDOW (cl_stage_editor_new (NULL, store)));
  else if (g_str_equal (name, "ClApplicationPage"))
    {
      ClApplicationPage *page = cl_application_page_new (NULL, fixture->context, application);

      gtk_window_present (GTK_WINDOW (page));
      gtk_window_destroy (GTK_WINDOW (page));
    }
  else if (g_str_equal (name, "ClRoundRow"))
    {
      g_autoptr(ClRound) round = cl_round_new (cl_application_get_id (application),
                                                CL_ROUND_KIND_CODING);
      g_autoptr(GError) error = NULL;

      ClRoundRow *row;

      cl_round_store_add_round (cl_context_get_round_store (fixture->context), round, &error);
      g_assert_no_error (error);
      row = g_object_ref_sink (cl_round_row_new (fixture->context, application, round));
      /* Its fields (a ClRoundEditor, from a plain builder file) come on expanding. */
      g_assert_cmpuint (cl_round_row_get_applies (row)->len, ==, 0);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      g_assert_cmpuint (cl_round_row_get_applies (row)->len, >, 0);
      g_assert_nonnull (cl_ui_find_row (GTK_WIDGET (row), ADW_TYPE_COMBO_ROW, "Kind"));
      g_object_unref (row);
    }
  else if (g_str_equal (name, "ClJournalEntryRow"))
    {
      g_autoptr(ClJournalEntry) entry = cl_journal_entry_new (
        cl_application_get_id (application), CL_JOURNAL_KIND_LESSON, "Draw it first",
        cl_clock_now (clock));
      g_autoptr(GError) error = NULL;

      cl_journal_store_add_entry (cl_context_get_journal_store (fixture->context), entry, &error);
      g_assert_no_error (error);
      g_object_unref (g_object_ref_sink (cl_journal_entry_row_new (fixture->context, entry)));
    }
  else if (g_str_equal (name, "ClMarketSection"))
    {
      GtkWidget *section = g_object_ref_sink (cl_market_section_new ());
      g_autoptr(ClOffer) offer = cl_offer_new (cl_application_get_id (application), 15000000,
                                                "USD");
      g_autoptr(GError) error = NULL;

      cl_offer_store_add_offer (cl_context_get_offer_store (fixture->context), offer, &error);
      g_assert_no_error (error);
      cl_market_section_set_offer (CL_MARKET_SECTION (section), fixture->context, offer);
      cl_market_section_set_offer (CL_MARKET_SECTION (section), NULL, NULL);
      g_object_unref (section);
    }
  else if (g_str_equal (name, "ClMarketRangeDialog"))
    gtk_window_destroy (
      GTK_WINDOW (cl_market_range_dialog_new (NULL, fixture->context, NULL, NULL)));
  else if (g_str_equal (name, "ClMarketRangesDialog"))
    gtk_window_destroy (
      GTK_WINDOW (cl_market_ranges_dialog_new (NULL, fixture->context, NULL)));
  else if (g_str_has_prefix (name, "ClNegotiation"))
    build_negotiation_template (fixture, name);
  else if (g_type_is_a (g_type_from_name (name), CL_TYPE_APPLICATION_SECTION))
    {
      /* A section of the application page, shown with the application. */
      GtkWidget *section = g_object_ref_sink (g_object_new (g_type_from_name (name), NULL));

      cl_application_section_set_application (CL_APPLICATION_SECTION (section), fixture->context,
                                              application);
      cl_application_section_set_application (CL_APPLICATION_SECTION (section), NULL, NULL);
      g_object_unref (section);
    }
  else
    g_error ("%s has a template that /ui/templates does not build: add it", name);
}

static void
test_templates_build (Fixture      *fixture,
                      gconstpointer data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  guint    n_templates = 0;
  GObject *overlay;

  cl_ui_add_application (fixture->context, "Deep Lattice", "ML Engineer", 0);

  /* Template classes register when first used: make sure every one is. */
  g_type_ensure (CL_TYPE_WINDOW);
  g_type_ensure (CL_TYPE_ACCOUNTS_WINDOW);
  g_type_ensure (CL_TYPE_ACCOUNT_DIALOG);
  g_type_ensure (CL_TYPE_PIPELINE_VIEW);
  g_type_ensure (CL_TYPE_STAGE_COLUMN);
  g_type_ensure (CL_TYPE_APPLICATION_CARD);
  g_type_ensure (CL_TYPE_NEW_APPLICATION_DIALOG);
  g_type_ensure (CL_TYPE_STAGE_EDITOR);
  /* The page's class registers its sections. */
  g_type_class_unref (g_type_class_ref (CL_TYPE_APPLICATION_PAGE));
  g_type_ensure (CL_TYPE_INSIGHTS_VIEW);
  /* The Contacts page's class registers the contact's page. */
  g_type_class_unref (g_type_class_ref (CL_TYPE_CONTACTS_VIEW));
  g_type_ensure (CL_TYPE_CONTACT_ROW);
  /* The contact's page's class registers its sections (the files come in
   * no particular order). */
  g_type_class_unref (g_type_class_ref (CL_TYPE_CONTACT_PAGE));
  g_type_ensure (CL_TYPE_FOLLOW_UP_ROW);
  g_type_ensure (CL_TYPE_EVENTS_WINDOW);
  g_type_ensure (CL_TYPE_CONTACT_IMPORT_DIALOG);
  /* The Prep Plan page's class registers its domain page. */
  g_type_class_unref (g_type_class_ref (CL_TYPE_PREP_VIEW));
  g_type_ensure (CL_TYPE_OBJECTIVE_EDITOR);
  /* The Offers page's class registers its editor and the editor its
   * sections. */
  g_type_class_unref (g_type_class_ref (CL_TYPE_OFFERS_VIEW));
  g_type_class_unref (g_type_class_ref (CL_TYPE_OFFER_EDITOR));
  g_type_ensure (CL_TYPE_OFFER_ROW);
  g_type_ensure (CL_TYPE_NEW_OFFER_DIALOG);
  g_type_ensure (CL_TYPE_OFFER_COMPARISON);
  g_type_ensure (CL_TYPE_EXCHANGE_RATE_DIALOG);
  g_type_ensure (CL_TYPE_MARKET_SECTION);
  g_type_ensure (CL_TYPE_MARKET_RANGE_DIALOG);
  g_type_ensure (CL_TYPE_MARKET_RANGES_DIALOG);
  /* The negotiation section's class registers its rows and dialogs. */
  g_type_class_unref (g_type_class_ref (CL_TYPE_NEGOTIATION_SECTION));

  collect_ui_files (RESOURCE_PREFIX "/gui/", files);
  g_assert_cmpuint (files->len, >=, 8);
  /* The files come in no particular order, and building one widget may
   * register the class of another (a page's parts): build what is
   * registered, again and again, until every file is done. */
  while (files->len > 0)
    {
      gboolean progress = FALSE;

      for (guint i = 0; i < files->len;)
        {
          const char      *path = g_ptr_array_index (files, i);
          g_autofree char *name = template_class (path);

          if (name == NULL)
            {
              g_autoptr(GtkBuilder) plain = gtk_builder_new ();

              g_assert_true (gtk_builder_add_from_resource (plain, path, &error));
              g_assert_no_error (error);
            }
          else if (g_type_from_name (name) != 0)
            {
              g_test_message ("building %s from %s", name, path);
              build_template (fixture, name);
              n_templates++;
            }
          else
            {
              i++;
              continue;
            }
          g_ptr_array_remove_index (files, i);
          progress = TRUE;
        }
      if (!progress)
        g_error ("No class registers the template of %s: add it to the list above",
                 (char *) g_ptr_array_index (files, 0));
    }
  /* The application page and its five sections (the page registers them),
   * and the Insights page. */
  g_assert_cmpuint (n_templates, >=, 13);

  /* The shortcuts window is loaded by GtkApplication, not by a class. */
  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  /* Its title names it for screen readers ("GtkShortcutsWindow" otherwise). */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (overlay)), ==, "Keyboard Shortcuts");
  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* The window --------------------------------------------------------------- */

static void
test_window_pages (Fixture      *fixture,
                   gconstpointer data)
{
  ClPipelineView *view;
  ClWindow       *window = open_window (fixture, &view);
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) status_pages = NULL;

  /* The board's and the Contacts page's empty and "No Results" states, an
   * honest empty page, the Insights page's empty state, and the page shown
   * while the data is opened. */
  status_pages = cl_ui_find_widgets (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_cmpuint (status_pages->len, ==, 7);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->stack), ==, "empty");

  /* The fifth page, Insights, with an icon the app ships. */
  {
    AdwViewStack     *pages = cl_ui_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
    GtkWidget        *insights = adw_view_stack_get_child_by_name (pages, "insights");
    AdwViewStackPage *page;

    g_assert_true (CL_IS_INSIGHTS_VIEW (insights));
    page = adw_view_stack_get_page (pages, insights);
    g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, "Insights");
    g_assert_cmpstr (adw_view_stack_page_get_icon_name (page), ==, "cl-insights-symbolic");
    g_assert_true (g_resources_get_info (RESOURCE_PREFIX "/icons/scalable/actions/"
                                                         "cl-insights-symbolic.svg",
                                         0, NULL, NULL, NULL));
  }

  /* One column per default stage, each named for screen readers. */
  columns = cl_ui_find_widgets (GTK_WIDGET (window), CL_TYPE_STAGE_COLUMN);
  g_assert_cmpuint (columns->len, ==, 10);
  g_assert_cmpstr (cl_stage_get_name (cl_stage_column_get_stage (g_ptr_array_index (columns, 0))),
                   ==, "Wishlist");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_application_dialog (Fixture      *fixture,
                             gconstpointer data)
{
  ClPipelineStore        *store = cl_context_get_pipeline_store (fixture->context);
  ClPipelineView         *view;
  ClWindow               *window = open_window (fixture, &view);
  ClNewApplicationDialog *dialog;
  g_autoptr(GPtrArray) rows = NULL;
  ClApplication     *application;
  ClApplicationCard *card;
  const char        *description;

  dialog = cl_new_application_dialog_new (GTK_WINDOW (window), store);
  gtk_window_present (GTK_WINDOW (dialog));

  rows = cl_ui_find_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (rows->len, >=, 2);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "Deep Lattice");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 1)), "  Senior ML Engineer ");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");

  g_assert_cmpuint (g_list_model_get_n_items (cl_pipeline_store_get_applications (store)), ==, 1);
  application = cl_pipeline_store_find_application (store, 1);
  g_assert_nonnull (application);
  /* The card shows what was saved, not what was typed. */
  g_assert_cmpstr (cl_application_get_role (application), ==, "Senior ML Engineer");

  /* The board replaces the empty state and shows the card in Wishlist; a
   * screen reader hears the company, the role and the stage, as sentences. */
  card = wait_for_card (GTK_WIDGET (window), application);
  cl_ui_wait_for (is_mapped, view->board_scroller);
  description = cl_application_card_get_description (card);
  g_assert_true (g_str_has_prefix (description, "Deep Lattice — Senior ML Engineer, in Wishlist."));

  /* The stage renamed, the card says its new name. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (cl_stage_store_rename_stage (cl_pipeline_store_get_stage_store (store),
                                                cl_ui_get_stage (fixture->context, 0), "Ideas",
                                                &error));
    g_assert_no_error (error);
    card = wait_for_card (GTK_WIDGET (window), application);
    g_assert_true (g_str_has_prefix (cl_application_card_get_description (card),
                                     "Deep Lattice — Senior ML Engineer, in Ideas."));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
all_columns_built (gpointer data)
{
  g_autoptr(GPtrArray) columns = cl_ui_find_widgets (GTK_WIDGET (data), CL_TYPE_STAGE_COLUMN);

  return columns->len == 10;
}

/* A large board is built one column a frame, so the window answers while
 * ~200 cards a column are made; it ends up whole, in order. */
static void
test_large_board (Fixture      *fixture,
                  gconstpointer data)
{
  ClDatabase *database = cl_context_get_database (fixture->context);
  g_autoptr(ClContext) context = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  ClWindow *window;

  g_assert_cmpint (
    cl_test_exec (
      database,
      "INSERT INTO companies (name) VALUES ('Acme');"
      "WITH RECURSIVE n (i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1199)"
      " INSERT INTO applications (company_id, role, stage_id, position, created_at, updated_at)"
      " SELECT 1, 'ML Engineer ' || i, (SELECT id FROM stages WHERE position = i % 10),"
      " i / 10, 0, 0 FROM n"),
    ==, SQLITE_OK);
  context = cl_test_fixture_reload (fixture);
  window = g_object_new (CL_TYPE_WINDOW, "context", context, NULL);
  gtk_window_present (GTK_WINDOW (window));

  columns = cl_ui_find_widgets (GTK_WIDGET (window), CL_TYPE_STAGE_COLUMN);
  g_assert_cmpuint (columns->len, <, 10);
  g_assert_cmpuint (columns->len, >=, 1);
  g_clear_pointer (&columns, g_ptr_array_unref);

  cl_ui_wait_for (all_columns_built, window);
  columns = cl_ui_find_widgets (GTK_WIDGET (window), CL_TYPE_STAGE_COLUMN);
  for (guint i = 0; i < columns->len; i++)
    {
      ClStageColumn *column = g_ptr_array_index (columns, i);
      ClStage       *stage = cl_stage_column_get_stage (column);

      g_assert_cmpint (cl_stage_get_position (stage), ==, i);
      g_assert_cmpuint (g_list_model_get_n_items (cl_stage_column_get_model (column)), ==, 120);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A move the database refuses leaves the card where it was, in the models
 * and on disk: a stage that is gone, or a file that became read-only. */
static void
test_refused_moves (Fixture      *fixture,
                    gconstpointer data)
{
  ClDatabase      *database = cl_context_get_database (fixture->context);
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  ClApplication   *application =
    cl_ui_add_application (fixture->context, "Deep Lattice", "ML Engineer", 0);
  ClStage *wishlist = cl_ui_get_stage (fixture->context, 0);
  ClStage *applied = cl_ui_get_stage (fixture->context, 1);
  ClStage *screen = cl_ui_get_stage (fixture->context, 2);
  g_autoptr(GError) error = NULL;
  ClPipelineView *view;
  ClWindow       *window = open_window (fixture, &view);

  /* The stage was archived meanwhile (say, in the stage editor). */
  g_object_ref (screen);
  g_assert_true (cl_stage_store_archive_stage (cl_pipeline_store_get_stage_store (store), screen,
                                               NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (
    cl_pipeline_view_move_application (view, application, cl_stage_get_id (screen), 0));
  g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (wishlist));
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 1);
  g_object_unref (screen);

  /* The file became read-only. */
  cl_test_set_read_only (database);
  g_assert_false (
    cl_pipeline_view_move_application (view, application, cl_stage_get_id (applied), 0));
  g_assert_cmpint (cl_application_get_stage_id (application), ==, cl_stage_get_id (wishlist));
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (wishlist))),
                    ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (store, cl_stage_get_id (applied))),
                    ==, 0);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT stage_id FROM applications"), ==,
                   cl_stage_get_id (wishlist));
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT count(*) FROM stage_history"), ==, 1);
  /* No undo is offered for what did not happen. */
  g_assert_null (cl_pipeline_view_get_undo_toast (view));
  cl_test_heal (database);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Undo --------------------------------------------------------------------- */

static void
count_dismissed_cb (AdwToast *toast,
                    guint    *n)
{
  (*n)++;
}

static gboolean
board_action_enabled (ClPipelineView *view,
                      const char     *name)
{
  return g_action_group_get_action_enabled (cl_pipeline_view_get_actions (view), name);
}

static gboolean
no_toast_shown (gpointer data)
{
  GtkWidget *overlay = cl_ui_find_widget (GTK_WIDGET (data), ADW_TYPE_TOAST_OVERLAY);

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
      return FALSE;
  return TRUE;
}

/* Before: every toast had a high priority, so an older "Moved … [Undo]" came
 * back when the newest timed out, and undoing it then deleted a history row
 * a later move depended on. */
static void
test_undo_one_toast (Fixture      *fixture,
                     gconstpointer data)
{
  ClDatabase    *database = cl_context_get_database (fixture->context);
  ClApplication *acme = cl_ui_add_application (fixture->context, "Acme", "ML Engineer", 0);
  ClApplication *borealis =
    cl_ui_add_application (fixture->context, "Borealis", "Research Engineer", 0);
  gint64          wishlist = cl_stage_get_id (cl_ui_get_stage (fixture->context, 0));
  gint64          applied = cl_stage_get_id (cl_ui_get_stage (fixture->context, 1));
  gint64          screen = cl_stage_get_id (cl_ui_get_stage (fixture->context, 2));
  AdwToast       *toast;
  guint           n_dismissed = 0;
  ClPipelineView *view;
  ClWindow       *window = open_window (fixture, &view);

  g_assert_false (board_action_enabled (view, "undo"));

  g_assert_true (cl_pipeline_view_move_application (view, acme, applied, 0));
  toast = cl_pipeline_view_get_undo_toast (view);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Moved “Acme” to Applied");
  g_signal_connect (toast, "dismissed", G_CALLBACK (count_dismissed_cb), &n_dismissed);
  g_assert_true (board_action_enabled (view, "undo"));

  /* The same card again: the board's one toast now says so, and its Undo
   * is for the newest move; no older toast is left to come back. */
  g_assert_true (cl_pipeline_view_move_application (view, acme, screen, 0));
  g_assert_true (cl_pipeline_view_get_undo_toast (view) == toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Moved “Acme” to Recruiter screen");
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT count(*) FROM stage_history WHERE application_id = 1"),
    ==, 3);

  /* Its button takes back the latest move only, then offers nothing more. */
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpint (cl_application_get_stage_id (acme), ==, applied);
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT count(*) FROM stage_history WHERE application_id = 1"),
    ==, 2);
  g_assert_null (cl_pipeline_view_get_undo_toast (view));
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Moved “Acme” back to Applied");
  g_assert_false (board_action_enabled (view, "undo"));
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpint (cl_application_get_stage_id (acme), ==, applied);
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT count(*) FROM stage_history WHERE application_id = 1"),
    ==, 2);

  /* Ctrl+Z, as the window binds it, does the same. */
  g_assert_true (cl_pipeline_view_move_application (view, acme, screen, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.undo", NULL));
  g_assert_cmpint (cl_application_get_stage_id (acme), ==, applied);
  g_assert_null (cl_pipeline_view_get_undo_toast (view));
  g_assert_false (board_action_enabled (view, "undo"));

  /* An archive is undone the same way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.archive", "x",
                                             cl_application_get_id (borealis)));
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT archived_at IS NOT NULL FROM applications WHERE id = 2"),
    ==, 1);
  g_assert_cmpstr (adw_toast_get_title (cl_pipeline_view_get_undo_toast (view)), ==,
                   "Archived “Borealis”");
  g_signal_emit_by_name (cl_pipeline_view_get_undo_toast (view), "button-clicked");
  g_assert_cmpint (
    cl_test_query_int64 (database, "SELECT archived_at IS NOT NULL FROM applications WHERE id = 2"),
    ==, 0);
  g_assert_nonnull (
    cl_pipeline_store_find_application (cl_context_get_pipeline_store (fixture->context), 2));
  g_assert_false (board_action_enabled (view, "undo"));
  g_assert_cmpuint (n_dismissed, ==, 0);

  /* A card moved by someone else meanwhile: the undo is refused, said in a
   * toast, and nothing moves. */
  g_assert_true (cl_pipeline_view_move_application (view, acme, screen, 0));
  {
    g_autoptr(ClContext) other = cl_test_fixture_reload (fixture);
    ClPipelineStore *other_store = cl_context_get_pipeline_store (other);
    ClApplication   *same = cl_pipeline_store_find_application (other_store, 1);
    g_autoptr(GError) error = NULL;

    g_assert_true (
      cl_pipeline_store_move_application (other_store, same, wishlist, 0, NULL, &error));
    g_assert_no_error (error);
  }
  cl_database_check_external_changes (database);
  g_assert_cmpint (cl_application_get_stage_id (acme), ==, wishlist);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.undo", NULL));
  g_assert_cmpint (cl_application_get_stage_id (acme), ==, wishlist);
  g_assert_cmpint (cl_test_query_int64 (database, "SELECT stage_id FROM applications WHERE id = 1"),
                   ==, wishlist);

  /* Dismissed as the app does it (not while it slides in), the toast is
   * hidden and freed by the overlay. */
  cl_toast_dismiss (view->toast);
  cl_ui_wait_for (no_toast_shown, window);
  g_assert_cmpuint (n_dismissed, ==, 1);
  g_assert_null (view->toast);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
toast_label_shown (gpointer data)
{
  g_autoptr(GPtrArray) labels = cl_ui_find_widgets (GTK_WIDGET (data), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)),
                   "Moved “AT&T <Labs>” to Applied") == 0)
      return gtk_widget_get_mapped (g_ptr_array_index (labels, i));
  return FALSE;
}

/* Before: toast titles are markup in libadwaita 1.2, so moving "AT&T"
 * logged a Gtk-WARNING (fatal here) and showed an empty toast. */
/* The page the board opened for @application, or NULL. */
static ClApplicationPage *
find_page (ClApplication *application)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  ClApplicationPage *found = NULL;

  for (GList *l = windows; l != NULL; l = l->next)
    if (CL_IS_APPLICATION_PAGE (l->data) && gtk_widget_get_visible (l->data) &&
        cl_application_page_get_application_id (l->data) == cl_application_get_id (application))
      {
        g_assert_null (found); /* one page per application */
        found = l->data;
      }
  return found;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* The board opens a card's page and offers Undo for what the page does. */
static void
test_application_page (Fixture      *fixture,
                       gconstpointer data)
{
  ClPipelineStore   *store = cl_context_get_pipeline_store (fixture->context);
  ClApplication     *acme = cl_ui_add_application (fixture->context, "Acme", "ML Engineer", 0);
  gint64             id = cl_application_get_id (acme);
  ClPipelineView    *view;
  ClWindow          *window = open_window (fixture, &view);
  ClApplicationPage *page;
  AdwToast          *toast;

  /* "Open" (Enter, a double click and the card menu's item all use it),
   * twice: one page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.open", "x", id));
  page = find_page (acme);
  g_assert_nonnull (page);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (page)) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.open", "x", id));
  g_assert_true (find_page (acme) == page);

  /* Archived from the page: the board offers Undo, which puts it back and
   * the page edits again. */
  gtk_widget_activate_action (GTK_WIDGET (page), "page.archive", NULL);
  g_assert_null (cl_pipeline_store_find_application (store, id));
  toast = cl_pipeline_view_get_undo_toast (view);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Archived “Acme”");
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_nonnull (cl_pipeline_store_find_application (store, id));
  g_assert_false (gtk_info_bar_get_revealed (cl_ui_find_widget (GTK_WIDGET (page),
                                                                GTK_TYPE_INFO_BAR)));

  /* Deleted from the page, once confirmed: the page goes, Undo brings it
   * all back. */
  gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL);
  adw_message_dialog_response (find_message_dialog (), "delete");
  g_assert_null (find_page (acme));
  g_assert_null (cl_pipeline_store_find_application (store, id));
  toast = cl_pipeline_view_get_undo_toast (view);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Deleted “Acme”");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.undo", NULL));
  g_assert_nonnull (cl_pipeline_store_find_application (store, id));
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Acme” is back on the board");

  /* Closed with a field it could not save: the board says what was kept. */
  acme = cl_pipeline_store_find_application (store, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.open", "x", id));
  page = find_page (acme);
  gtk_editable_set_text (cl_ui_find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Role"), "");
  gtk_window_close (GTK_WINDOW (page));
  g_assert_null (find_page (acme));
  g_assert_cmpstr (cl_application_get_role (acme), ==, "ML Engineer");
  g_assert_cmpstr (adw_toast_get_title (toast), ==,
                   "The role was left empty, so it stays “ML Engineer”.");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_toast_markup (Fixture      *fixture,
                   gconstpointer data)
{
  ClApplication *att =
    cl_ui_add_application (fixture->context, "AT&T <Labs>", "Applied Scientist", 0);
  gint64          applied = cl_stage_get_id (cl_ui_get_stage (fixture->context, 1));
  ClPipelineView *view;
  ClWindow       *window = open_window (fixture, &view);
  AdwToast       *toast;

  g_assert_true (cl_pipeline_view_move_application (view, att, applied, 0));
  toast = cl_pipeline_view_get_undo_toast (view);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Moved “AT&amp;T &lt;Labs&gt;” to Applied");

  /* Shown: the overlay has made a widget of it and parsed the title. */
  cl_ui_wait_for (toast_label_shown, window);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Search and filters ------------------------------------------------------- */

static gboolean
banner_shown (gpointer data)
{
  ClPipelineView *view = data;

  return gtk_revealer_get_reveal_child (view->filter_banner);
}

static gboolean
can_scroll (gpointer data)
{
  GtkAdjustment *adjustment = data;

  return gtk_adjustment_get_page_size (adjustment) > 0 &&
         gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment);
}

static gboolean
at_top (gpointer data)
{
  return gtk_adjustment_get_value (GTK_ADJUSTMENT (data)) == 0;
}

/* Checks or unchecks a listed red flag, as the application page does. */
static void
set_red_flag (Fixture       *fixture,
              ClApplication *application,
              ClRedFlagKind  kind,
              gboolean       checked)
{
  ClRedFlagStore *store = cl_context_get_red_flag_store (fixture->context);
  g_autoptr(GError) error = NULL;
  gint64 id = cl_application_get_id (application);
  g_autoptr(GListModel) flags = NULL;
  g_autoptr(ClRedFlag) flag = NULL;

  flags = cl_red_flag_store_list_for_application (store, id, &error);
  g_assert_no_error (error);
  flag = g_list_model_get_item (flags, kind);
  g_assert_cmpint (cl_red_flag_get_kind (flag), ==, kind);
  g_object_set (flag, "checked", checked, NULL);
  g_assert_true (cl_red_flag_store_save_flag (store, flag, &error));
  g_assert_no_error (error);
}

/* Before: filters stayed on once the search bar was closed, with "0 / 10"
 * columns and nothing saying why. */
static void
test_filters_said (Fixture      *fixture,
                   gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  g_autoptr(GError) error = NULL;
  ClPipelineView *view;
  ClWindow       *window;
  ClApplication  *flagged;
  g_autoptr(GPtrArray) columns = NULL;
  GtkAdjustment *adjustment;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %02u", i);

      cl_ui_add_application (fixture->context, company, "ML Engineer", 1);
    }
  flagged = cl_ui_add_application (fixture->context, "Flagged Inc", "ML Engineer", 1);
  set_red_flag (fixture, flagged, CL_RED_FLAG_KIND_OVERWORK, TRUE);
  g_assert_no_error (error);
  window = open_window (fixture, &view);
  columns = cl_ui_find_widgets (GTK_WIDGET (view), CL_TYPE_STAGE_COLUMN);
  wait_for_card (GTK_WIDGET (view), cl_pipeline_store_find_application (store, 1));

  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (view->filter_button), "filters-active"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->filter_count_label)));

  /* Scrolled down the long column, then a filter: one card left. */
  adjustment = gtk_scrolled_window_get_vadjustment (
    cl_ui_find_widget (g_ptr_array_index (columns, 1), GTK_TYPE_SCROLLED_WINDOW));
  cl_ui_wait_for (can_scroll, adjustment);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  gtk_check_button_set_active (view->red_flags_check, TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (view->filter_button), "filters-active"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->filter_count_label)));
  g_assert_cmpstr (gtk_label_get_text (view->filter_count_label), ==, "1");
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_stage_column_get_model (g_ptr_array_index (columns, 1))),
                    ==, 1);

  /* The search bar is closed: the banner says what is going on. */
  g_assert_false (gtk_search_bar_get_search_mode (view->search_bar));
  cl_ui_wait_for (banner_shown, view);
  g_assert_cmpstr (gtk_label_get_text (view->filter_banner_label), ==,
                   "Filters are on: showing 1 of 41 applications.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->stack), ==, "board");

  /* The banner's "Filters" opens the bar and the filters; open, the bar's
   * button shows them instead. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.show-filters", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (view->search_bar));
  g_assert_false (gtk_revealer_get_reveal_child (view->filter_banner));
  gtk_popover_popdown (view->filter_popover);

  /* Nothing matches: an honest "No Results", with a way out. */
  gtk_editable_set_text (GTK_EDITABLE (view->search_entry), "nothing like this");
  cl_pipeline_query_set_text (view->query, "nothing like this");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->stack), ==, "no-results");
  g_assert_cmpstr (adw_status_page_get_description (view->no_results_page), ==,
                   "No application matches “nothing like this” with the filters set.");

  /* Clearing shows every card again, from the top of each column. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.clear-search", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (view->stack), ==, "board");
  g_assert_false (gtk_check_button_get_active (view->red_flags_check));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->search_entry)), ==, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (view->filter_button), "filters-active"));
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_stage_column_get_model (g_ptr_array_index (columns, 1))),
                    ==, 41);
  cl_ui_wait_for (at_top, adjustment);
  gtk_search_bar_set_search_mode (view->search_bar, FALSE);
  g_assert_false (gtk_revealer_get_reveal_child (view->filter_banner));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Before: a card changed in place (a red flag removed, its company renamed)
 * stayed under filters it no longer matched, and sorts did not move it. */
static void
test_filters_follow_changes (ClTestFixture *fixture,
                             gconstpointer  data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  ClApplication   *flagged = cl_ui_add_application (fixture->context, "Acme", "ML Engineer", 1);
  ClApplication   *other = cl_ui_add_application (fixture->context, "Borealis", "ML Engineer", 1);
  gint64           applied = cl_stage_get_id (cl_ui_get_stage (fixture->context, 1));
  g_autoptr(GError) error = NULL;
  ClPipelineView *view;
  ClWindow       *window = open_window (fixture, &view);
  GListModel     *shown = cl_stage_column_get_model (cl_pipeline_view_find_column (view, applied));

  set_red_flag (fixture, flagged, CL_RED_FLAG_KIND_OVERWORK, TRUE);

  gtk_check_button_set_active (view->red_flags_check, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  set_red_flag (fixture, other, CL_RED_FLAG_KIND_GHOSTING, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  /* A card changed where it stands keeps the keyboard focus. */
  focus_card (view, flagged);
  set_red_flag (fixture, flagged, CL_RED_FLAG_KIND_GHOSTING, TRUE);
  cl_ui_flush ();
  g_assert_true (cl_pipeline_view_get_focused_application (view) == flagged);
  set_red_flag (fixture, flagged, CL_RED_FLAG_KIND_GHOSTING, FALSE);

  /* Its last flag gone, the card leaves the filtered column at once. */
  set_red_flag (fixture, flagged, CL_RED_FLAG_KIND_OVERWORK, FALSE);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  /* A search follows a company renamed elsewhere (the details window). */
  gtk_check_button_set_active (view->red_flags_check, FALSE);
  cl_pipeline_query_set_text (view->query, "borealis");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  {
    g_autoptr(ClApplication) copy = cl_application_copy (other);

    g_object_set (cl_application_get_company (copy), "name", "Cobalt", NULL);
    g_assert_true (cl_pipeline_store_save_application (store, copy, 0, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  cl_pipeline_query_set_text (view->query, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Keyboard ----------------------------------------------------------------- */

static void
check_keyboard_moves (Fixture         *fixture,
                      GtkTextDirection direction)
{
  ClApplication  *card = cl_ui_add_application (fixture->context, "Acme", "ML Engineer", 1);
  ClApplication  *below = cl_ui_add_application (fixture->context, "Borealis", "ML Engineer", 1);
  ClApplication  *elsewhere = cl_ui_add_application (fixture->context, "Cobalt", "ML Engineer", 4);
  gint64          wishlist = cl_stage_get_id (cl_ui_get_stage (fixture->context, 0));
  gint64          applied = cl_stage_get_id (cl_ui_get_stage (fixture->context, 1));
  gint64          screen = cl_stage_get_id (cl_ui_get_stage (fixture->context, 2));
  gboolean        rtl = direction == GTK_TEXT_DIR_RTL;
  ClPipelineView *view;
  ClWindow       *window = open_window (fixture, &view);
  ClStageColumn  *column;

  gtk_widget_set_direction (GTK_WIDGET (view), direction);
  gtk_widget_set_direction (GTK_WIDGET (view->columns_box), direction);

  /* Alt+Left goes to the stage shown on the left: the previous one in a
   * left-to-right locale, the next one in a right-to-left one. */
  focus_card (view, card);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.move-left", NULL));
  g_assert_cmpint (cl_application_get_stage_id (card), ==, rtl ? screen : wishlist);
  g_assert_true (cl_pipeline_view_get_focused_application (view) == card);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.move-right", NULL));
  g_assert_cmpint (cl_application_get_stage_id (card), ==, applied);

  /* Alt+Down: one place down, then the end of the column rings the bell. */
  focus_card (view, card);
  g_assert_cmpuint (cl_application_get_position (card), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.move-down", NULL));
  g_assert_cmpuint (cl_application_get_position (card), ==, 1);
  g_assert_cmpuint (cl_application_get_position (below), ==, 0);

  /* Ctrl+Z takes the last one back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "board.undo", NULL));
  g_assert_cmpuint (cl_application_get_position (card), ==, 0);

  /* Plain Left and Right move the focus between columns, over empty ones,
   * in the direction shown. */
  focus_card (view, card);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view),
                                             rtl ? "pipeline.focus-left" : "pipeline.focus-right",
                                             NULL));
  column = cl_pipeline_view_get_focus_column (view);
  g_assert_nonnull (column);
  g_assert_true (cl_pipeline_view_get_focused_application (view) == elsewhere);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view),
                                             rtl ? "pipeline.focus-right" : "pipeline.focus-left",
                                             NULL));
  g_assert_true (cl_pipeline_view_get_focused_application (view) == card ||
                 cl_pipeline_view_get_focused_application (view) == below);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_ltr (Fixture      *fixture,
                   gconstpointer data)
{
  check_keyboard_moves (fixture, GTK_TEXT_DIR_LTR);
}

/* Before: Alt+Left/Right followed child order, the wrong way in RTL. */
static void
test_keyboard_rtl (Fixture      *fixture,
                   gconstpointer data)
{
  check_keyboard_moves (fixture, GTK_TEXT_DIR_RTL);
}

/* Drops -------------------------------------------------------------------- */

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* Before: a drop hint kept on a row the list view had recycled gave
 * "invalid unclassed pointer" and gtk_widget_remove_css_class criticals on
 * every drop at scale.  Here the hinted card goes while the pointer is
 * still over the column, then the drag leaves and drops elsewhere. */
static void
test_drop_feedback (Fixture      *fixture,
                    gconstpointer data)
{
  ClPipelineStore *store = cl_context_get_pipeline_store (fixture->context);
  ClApplication   *first = cl_ui_add_application (fixture->context, "Acme", "ML Engineer", 1);
  ClApplication   *second =
    cl_ui_add_application (fixture->context, "Borealis", "ML Engineer", 1);
  gint64             applied = cl_stage_get_id (cl_ui_get_stage (fixture->context, 1));
  ClPipelineView    *view;
  ClWindow          *window = open_window (fixture, &view);
  ClStageColumn     *column;
  GtkWidget         *list_view;
  GtkDropTarget     *target;
  ClApplicationCard *card;
  graphene_rect_t    bounds;
  GdkDragAction      action = 0;
  gboolean           handled = FALSE;
  g_auto(GValue) value = G_VALUE_INIT;

  column = cl_pipeline_view_find_column (view, applied);
  list_view = cl_ui_find_widget (GTK_WIDGET (column), GTK_TYPE_LIST_VIEW);
  target = find_drop_target (list_view);
  g_assert_nonnull (target);
  card = wait_for_card (GTK_WIDGET (view), second);
  cl_ui_wait_for (is_allocated, card);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (card), list_view, &bounds));

  /* Over the upper half of the second card: the hint sits above it. */
  g_signal_emit_by_name (target, "motion", (double) bounds.origin.x + 10,
                         (double) bounds.origin.y + 2, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_MOVE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "drop-before"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (column), "drop-target"));

  /* The hinted card's row is recycled or destroyed (the search hides it)… */
  g_object_add_weak_pointer (G_OBJECT (card), (gpointer *) &card);
  cl_pipeline_query_set_text (view->query, "acme");
  cl_ui_flush ();
  if (card != NULL)
    {
      g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (card), "drop-before"));
      g_object_remove_weak_pointer (G_OBJECT (card), (gpointer *) &card);
    }
  cl_pipeline_query_set_text (view->query, "");
  cl_ui_flush ();

  /* …then the drag leaves and comes back to drop below the last card. */
  g_signal_emit_by_name (target, "leave");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (column), "drop-target"));
  g_value_init (&value, CL_TYPE_APPLICATION);
  g_value_set_object (&value, first);
  g_signal_emit_by_name (target, "drop", &value, 10.0,
                         (double) gtk_widget_get_height (list_view) - 2, &handled);
  g_assert_true (handled);
  g_assert_cmpuint (cl_application_get_position (first), ==, 1);
  g_assert_cmpuint (cl_application_get_position (second), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (
                      cl_pipeline_store_get_stage_applications (store, applied)),
                    ==, 2);
  g_assert_nonnull (cl_pipeline_view_get_undo_toast (view));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    return 77;
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/templates", test_templates_build);
  ADD ("/ui/window/pages", test_window_pages);
  ADD ("/ui/window/large-board", test_large_board);
  ADD ("/ui/new-application", test_new_application_dialog);
  ADD ("/ui/refused-moves", test_refused_moves);
  ADD ("/ui/undo/one-toast", test_undo_one_toast);
  ADD ("/ui/toast/markup", test_toast_markup);
  ADD ("/ui/application-page", test_application_page);
  ADD ("/ui/filters/said", test_filters_said);
  ADD ("/ui/filters/follow-changes", test_filters_follow_changes);
  ADD ("/ui/keyboard/ltr", test_keyboard_ltr);
  ADD ("/ui/keyboard/rtl", test_keyboard_rtl);
  ADD ("/ui/drop/feedback", test_drop_feedback);
#undef ADD

  return g_test_run ();
}
