/* test-validation.c — bad input is refused, saying why, and changes nothing
 *
 * One table: each row makes a fresh, valid object (or none), gives it one
 * bad value and hands it to the store call that must refuse it.  The error
 * must be the expected one, word for word, naming the expected fields; the
 * database, the objects the stores share and the object the store was given
 * must all be as they were, and no change may be announced.  A few rows are
 * refused by the setter itself (a round's schedule), before any store.
 *
 * Then the values the checks must let through, as they are saved, and the
 * amounts cl_parse_amount() reads from what the user typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include <math.h>

#include "cl-context.h"
#include "cl-enum-types.h"
#include "cl-model-private.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture    base;
  ClPipelineStore *pipeline;
  ClCompanyStore  *companies;
  ClStageStore    *stages;
  ClContactStore  *contacts;
  ClRoundStore    *rounds;
  ClJournalStore  *journal;
  ClRedFlagStore  *flags;
  ClPrepStore     *prep;
  ClOfferStore    *offers;

  /* Shared by the stores. */
  ClApplication   *application; /* Acme AI, with a row in most related tables */
  ClApplication   *other;       /* Tensor Labs */
  ClContact       *contact;
  ClObjective     *objective;
  ClOffer         *offer;
  /* The caller's, as saved. */
  ClRound         *round;       /* of the application */
  ClRound         *other_round; /* of the other application */
  ClJournalEntry  *entry;
  ClRedFlag       *flag; /* one of the user's own */
} Fixture;

/* An id that no row has. */
#define UNKNOWN_ID G_GINT64_CONSTANT (424242)
#define DAY G_GINT64_CONSTANT (86400)

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClRound) round = NULL;
  g_autoptr(ClRound) other_round = NULL;
  g_autoptr(ClJournalEntry) entry = NULL;
  g_autoptr(ClRedFlag) flag = NULL;
  g_autoptr(ClRedFlag) listed = NULL;
  g_autoptr(ClObjective) objective = NULL;
  g_autoptr(ClOffer) offer = NULL;
  g_autoptr(ClApplication) copy = NULL;
  ClContext *context;
  gint64     interviewer;

  cl_test_fixture_setup (&fixture->base);
  context = fixture->base.context;
  fixture->pipeline = cl_context_get_pipeline_store (context);
  fixture->companies = cl_context_get_company_store (context);
  fixture->stages = cl_context_get_stage_store (context);
  fixture->contacts = cl_context_get_contact_store (context);
  fixture->rounds = cl_context_get_round_store (context);
  fixture->journal = cl_context_get_journal_store (context);
  fixture->flags = cl_context_get_red_flag_store (context);
  fixture->prep = cl_context_get_prep_store (context);
  fixture->offers = cl_context_get_offer_store (context);

  fixture->application =
    cl_test_add_application (fixture->pipeline, "Acme AI", "Machine Learning Engineer", 0);
  fixture->other =
    cl_test_add_application (fixture->pipeline, "Tensor Labs", "Research Engineer", 0);
  fixture->contact = cl_test_add_contact (fixture->contacts, "Grace Hopper", "Acme AI");
  interviewer = cl_contact_get_id (fixture->contact);

  copy = cl_application_copy (fixture->application);
  g_object_set (copy,
                "interest", 4u,
                "notes", "Met them at a meetup.",
                "salary-min", (gint64) 90000,
                "salary-max", (gint64) 120000,
                "salary-currency", "EUR",
                "job-url", "https://acme.example/jobs/42",
                "format-source-kind", CL_FORMAT_SOURCE_CONTACT,
                "format-source-contact-id", interviewer,
                NULL);
  g_assert_true (cl_pipeline_store_save_application (fixture->pipeline, copy, 0, &error));
  g_assert_true (cl_pipeline_store_set_description (fixture->pipeline, fixture->application,
                                                    "We build models.", &error));
  g_assert_true (cl_pipeline_store_set_referral (fixture->pipeline, fixture->application,
                                                 interviewer, CL_REFERRAL_STATUS_ASKED, &error));
  g_assert_no_error (error);

  round = cl_round_new (cl_application_get_id (fixture->application), CL_ROUND_KIND_CODING);
  g_object_set (round, "title", "Coding", NULL);
  g_assert_true (
    cl_round_set_schedule (round, CL_TEST_NOW + DAY, CL_TEST_NOW + DAY + 3600, &error));
  g_assert_true (cl_round_store_add_round (fixture->rounds, round, &error));
  g_assert_true (cl_round_store_set_interviewers (fixture->rounds, round, &interviewer, 1, &error));
  other_round = cl_round_new (cl_application_get_id (fixture->other), CL_ROUND_KIND_BEHAVIORAL);
  g_assert_true (cl_round_store_add_round (fixture->rounds, other_round, &error));
  g_assert_no_error (error);

  entry = cl_journal_entry_new (cl_application_get_id (fixture->application),
                                CL_JOURNAL_KIND_FEEDBACK, "They liked the design.", CL_TEST_NOW);
  g_object_set (entry, "round-id", cl_round_get_id (round), NULL);
  g_assert_true (cl_journal_store_add_entry (fixture->journal, entry, &error));
  g_assert_no_error (error);

  flag = cl_red_flag_new (cl_application_get_id (fixture->application), CL_RED_FLAG_KIND_OTHER,
                          "On call every week");
  listed = cl_red_flag_new (cl_application_get_id (fixture->application),
                            CL_RED_FLAG_KIND_GHOSTING, NULL);
  g_assert_true (cl_red_flag_store_save_flag (fixture->flags, flag, &error));
  g_assert_true (cl_red_flag_store_save_flag (fixture->flags, listed, &error));
  g_assert_no_error (error);

  objective = cl_objective_new (CL_PREP_DOMAIN_CODING, "Practise graph problems");
  g_object_set (objective, "target-date", "2026-12-01", NULL);
  g_assert_true (cl_prep_store_add_objective (fixture->prep, objective, &error));
  offer = cl_offer_new (cl_application_get_id (fixture->application), 110000, "EUR");
  g_object_set (offer, "start-date", "2027-01-04", NULL);
  g_assert_true (cl_offer_store_add_offer (fixture->offers, offer, &error));
  g_assert_no_error (error);

  fixture->objective = objective; /* owned by the stores now */
  fixture->offer = offer;
  fixture->round = g_steal_pointer (&round);
  fixture->other_round = g_steal_pointer (&other_round);
  fixture->entry = g_steal_pointer (&entry);
  fixture->flag = g_steal_pointer (&flag);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  g_clear_object (&fixture->round);
  g_clear_object (&fixture->other_round);
  g_clear_object (&fixture->entry);
  g_clear_object (&fixture->flag);
  cl_test_fixture_teardown (&fixture->base);
}

/* Dumps --------------------------------------------------------------------- */

static int
compare_pspecs (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 ((*(GParamSpec **) a)->name, (*(GParamSpec **) b)->name);
}

/* Every property of @object, those of the objects it holds included. */
static void
append_object (GString *out,
               GObject *object)
{
  guint                   n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  qsort (pspecs, n, sizeof (GParamSpec *), compare_pspecs);
  g_string_append_printf (out, "%s {", G_OBJECT_TYPE_NAME (object));
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      g_string_append_printf (out, " %s=", pspecs[i]->name);
      if (G_VALUE_HOLDS_OBJECT (&value) && g_value_get_object (&value) != NULL)
        append_object (out, g_value_get_object (&value));
      else
        {
          g_autofree char *contents = g_strdup_value_contents (&value);

          g_string_append (out, contents);
        }
    }
  g_string_append (out, " }");
}

static char *
dump_object (gpointer object)
{
  GString *out = g_string_new (NULL);

  if (object != NULL)
    append_object (out, object);
  return g_string_free (out, FALSE);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = cl_model_get_id (*(ClModel **) a);
  gint64 y = cl_model_get_id (*(ClModel **) b);

  return x < y ? -1 : x > y;
}

/* Each object of @model, by id. */
static void
append_list (GString    *out,
             const char *title,
             GListModel *model)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort (items, compare_ids);

  g_string_append_printf (out, "%s:\n", title);
  for (guint i = 0; i < items->len; i++)
    {
      append_object (out, g_ptr_array_index (items, i));
      g_string_append_c (out, '\n');
    }
}

/* What the stores share with the views. */
static char *
dump_models (Fixture *fixture)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GEnumClass) domains = g_type_class_ref (CL_TYPE_PREP_DOMAIN);

  append_list (out, "applications", cl_pipeline_store_get_applications (fixture->pipeline));
  append_list (out, "companies", cl_company_store_get_companies (fixture->companies));
  append_list (out, "stages", cl_stage_store_get_stages (fixture->stages));
  append_list (out, "contacts", cl_contact_store_get_contacts (fixture->contacts));
  append_list (out, "offers", cl_offer_store_get_offers (fixture->offers));
  append_list (out, "market ranges", cl_offer_store_get_market_ranges (fixture->offers));
  append_list (out, "exchange rates", cl_offer_store_get_exchange_rates (fixture->offers));
  {
    gint64             offer_id = cl_offer_get_id (fixture->offer);
    ClNegotiationPlan *plan = cl_offer_store_get_plan (fixture->offers, offer_id);

    g_string_append (out, "plan:\n");
    if (plan != NULL)
      append_object (out, G_OBJECT (plan));
    append_list (out, "asks", cl_offer_store_get_asks (fixture->offers, offer_id));
    append_list (out, "negotiation rounds",
                 cl_offer_store_get_negotiation_rounds (fixture->offers, offer_id));
  }
  for (guint i = 0; i < domains->n_values; i++)
    append_list (out, domains->values[i].value_nick,
                 cl_prep_store_get_objectives (fixture->prep, domains->values[i].value));
  return g_string_free (out, FALSE);
}

/* The table ------------------------------------------------------------------ */

typedef struct _Row Row;

/* A fresh, valid object, or NULL for a row that calls a store method with
 * the bad value itself. */
typedef ClModel *(*MakeFunc) (Fixture *fixture);
/* Gives @object the bad value; a setter that checks may refuse it. */
typedef gboolean (*ApplyFunc) (Fixture   *fixture,
                               const Row *row,
                               ClModel   *object,
                               GError   **error);
/* The store call that must refuse it. */
typedef gboolean (*SaveFunc) (Fixture   *fixture,
                              const Row *row,
                              ClModel   *object,
                              GError   **error);

struct _Row
{
  const char *name;
  MakeFunc    make;
  ApplyFunc   apply;
  SaveFunc    save;     /* NULL when the setter refuses */
  const char *property; /* for the generic setters */
  const char *text;     /* repeated @repeat times, if not 0, then @suffix */
  guint       repeat;
  const char *suffix;
  gint64      number;
  const char *property2;
  gint64      number2;
  GQuark (*domain) (void);
  int         code;
  const char *fields;  /* the fields the error names, joined by ","; NULL: none */
  const char *message; /* exactly */
};

#define INVALID(code_, fields_) \
  .domain = cl_validation_error_quark, .code = CL_VALIDATION_ERROR_##code_, .fields = fields_
#define DATABASE(code_) .domain = cl_database_error_quark, .code = CL_DATABASE_ERROR_##code_

#define BAD_BYTES "This text holds bytes that are not valid text. Paste it again as plain text."
#define CONTROL "This text holds invisible control characters. Remove them or type the text again."
#define CURRENCY "The currency must be an ISO 4217 code such as USD, EUR or GBP."
#define JOB_URL \
  "The job posting address must start with https:// or http://, name a site and hold no " \
  "spaces, such as https://example.com/jobs/42."

static char *
row_text (const Row *row)
{
  GString *out;

  if (row->repeat == 0 && row->suffix == NULL)
    return g_strdup (row->text);

  out = g_string_new (NULL);
  for (guint i = 0; i < row->repeat; i++)
    g_string_append (out, row->text);
  if (row->suffix != NULL)
    g_string_append (out, row->suffix);
  return g_string_free (out, FALSE);
}

/* Fresh objects. */

static ClModel *
application_copy (Fixture *fixture)
{
  return CL_MODEL (cl_application_copy (fixture->application));
}

static ClModel *
new_application (Fixture *fixture)
{
  return CL_MODEL (cl_application_new ("Deep Corp", "Applied Scientist"));
}

static ClModel *
company_copy (Fixture *fixture)
{
  return cl_model_copy (CL_MODEL (cl_application_get_company (fixture->application)));
}

static ClModel *
round_copy (Fixture *fixture)
{
  return CL_MODEL (cl_round_copy (fixture->round));
}

static ClModel *
new_round (Fixture *fixture)
{
  return CL_MODEL (
    cl_round_new (cl_application_get_id (fixture->application), CL_ROUND_KIND_ML_SYSTEM_DESIGN));
}

static ClModel *
new_round_of_nothing (Fixture *fixture)
{
  return CL_MODEL (cl_round_new (UNKNOWN_ID, CL_ROUND_KIND_CODING));
}

static ClModel *
new_entry (Fixture *fixture)
{
  return CL_MODEL (cl_journal_entry_new (cl_application_get_id (fixture->application),
                                         CL_JOURNAL_KIND_THOUGHT, "I liked the team.",
                                         CL_TEST_NOW));
}

static ClModel *
new_entry_of_nothing (Fixture *fixture)
{
  return CL_MODEL (
    cl_journal_entry_new (UNKNOWN_ID, CL_JOURNAL_KIND_THOUGHT, "I liked the team.", CL_TEST_NOW));
}

static ClModel *
entry_copy (Fixture *fixture)
{
  return CL_MODEL (cl_journal_entry_copy (fixture->entry));
}

static ClModel *
new_own_flag (Fixture *fixture)
{
  return CL_MODEL (cl_red_flag_new (cl_application_get_id (fixture->application),
                                    CL_RED_FLAG_KIND_OTHER, "Long hours"));
}

static ClModel *
new_listed_flag (Fixture *fixture)
{
  return CL_MODEL (cl_red_flag_new (cl_application_get_id (fixture->application),
                                    CL_RED_FLAG_KIND_OVERWORK, NULL));
}

static ClModel *
flag_copy (Fixture *fixture)
{
  return CL_MODEL (cl_red_flag_copy (fixture->flag));
}

static ClModel *
new_objective (Fixture *fixture)
{
  return CL_MODEL (cl_objective_new (CL_PREP_DOMAIN_ML_FUNDAMENTALS, "Revise attention"));
}

static ClModel *
objective_copy (Fixture *fixture)
{
  return CL_MODEL (cl_objective_copy (fixture->objective));
}

static ClModel *
new_offer (Fixture *fixture)
{
  return CL_MODEL (cl_offer_new (cl_application_get_id (fixture->other), 95000, "GBP"));
}

static ClModel *
offer_copy (Fixture *fixture)
{
  return CL_MODEL (cl_offer_copy (fixture->offer));
}

static ClModel *
new_market_range (Fixture *fixture)
{
  ClMarketRange *range = cl_market_range_new ("Levels.fyi", "USD", CL_MARKET_COMPONENT_TOTAL);

  g_object_set (range, "p50", (gint64) 25000000, NULL);
  return CL_MODEL (range);
}

static ClModel *
new_exchange_rate (Fixture *fixture)
{
  return CL_MODEL (cl_exchange_rate_new ("EUR", "USD", 1085000, "2026-10-01"));
}

static ClModel *
new_plan (Fixture *fixture)
{
  return CL_MODEL (cl_negotiation_plan_new (cl_offer_get_id (fixture->offer)));
}

static ClModel *
new_base_ask (Fixture *fixture)
{
  return CL_MODEL (cl_negotiation_ask_new (CL_ASK_KIND_BASE, 12000000, NULL));
}

static ClModel *
new_level_ask (Fixture *fixture)
{
  return CL_MODEL (cl_negotiation_ask_new (CL_ASK_KIND_LEVEL, -1, "Staff"));
}

static ClModel *
new_negotiation_round (Fixture *fixture)
{
  return CL_MODEL (cl_negotiation_round_new (CL_TEST_NOW));
}

static ClModel *
new_contact (Fixture *fixture)
{
  return CL_MODEL (cl_contact_new ("Ada Lovelace"));
}

static ClModel *
contact_copy (Fixture *fixture)
{
  return CL_MODEL (cl_contact_copy (fixture->contact));
}

/* Setters. */

static gboolean
set_text (Fixture   *fixture,
          const Row *row,
          ClModel   *object,
          GError   **error)
{
  g_autofree char *text = row_text (row);

  g_object_set (object, row->property, text, NULL);
  return TRUE;
}

static gboolean
set_company_name (Fixture   *fixture,
                  const Row *row,
                  ClModel   *object,
                  GError   **error)
{
  g_autofree char *text = row_text (row);

  g_object_set (cl_application_get_company (CL_APPLICATION (object)), "name", text, NULL);
  return TRUE;
}

static void
set_number_property (ClModel    *object,
                     const char *property,
                     gint64      number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  /* GObject turns it into the property's type (guint, double…). */
  g_value_set_int64 (g_value_init (&value, G_TYPE_INT64), number);
  g_object_set_property (G_OBJECT (object), property, &value);
}

static gboolean
set_numbers (Fixture   *fixture,
             const Row *row,
             ClModel   *object,
             GError   **error)
{
  set_number_property (object, row->property, row->number);
  if (row->property2 != NULL)
    set_number_property (object, row->property2, row->number2);
  return TRUE;
}

/* GObject refuses NaN; the model must too, whoever sets its fields. */
static gboolean
set_not_a_number (Fixture   *fixture,
                  const Row *row,
                  ClModel   *object,
                  GError   **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_set_double (g_value_init (&value, G_TYPE_DOUBLE), NAN);
  cl_model_set_value (object, row->property, &value);
  return TRUE;
}

/* A value its enum does not have: a form never offers one, so this goes
 * around GObject's own check, as a damaged caller would. */
static gboolean
set_enum_value (Fixture   *fixture,
                const Row *row,
                ClModel   *object,
                GError   **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), row->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_value_set_enum (&value, (int) row->number);
  cl_model_set_value (object, row->property, &value);
  return TRUE;
}

static gboolean
set_schedule (Fixture   *fixture,
              const Row *row,
              ClModel   *object,
              GError   **error)
{
  return cl_round_set_schedule (CL_ROUND (object), row->number, row->number2, error);
}

static gboolean
set_other_round (Fixture   *fixture,
                 const Row *row,
                 ClModel   *object,
                 GError   **error)
{
  g_object_set (object, "round-id", cl_round_get_id (fixture->other_round), NULL);
  return TRUE;
}

/* @number: the kind; @number2: the contact's id, 0 for the fixture's. */
static gboolean
set_format_contact (Fixture   *fixture,
                    const Row *row,
                    ClModel   *object,
                    GError   **error)
{
  g_object_set (object,
                "format-source-kind", (ClFormatSource) row->number,
                "format-source-contact-id",
                row->number2 != 0 ? row->number2 : cl_contact_get_id (fixture->contact),
                NULL);
  return TRUE;
}

static gboolean
set_other_company_name (Fixture   *fixture,
                        const Row *row,
                        ClModel   *object,
                        GError   **error)
{
  g_autofree char *name = g_ascii_strdown (cl_application_get_company_name (fixture->other), -1);

  g_object_set (object, "name", name, NULL);
  return TRUE;
}

/* The plan's own offer as its leverage. */
static gboolean
set_own_leverage (Fixture   *fixture,
                  const Row *row,
                  ClModel   *object,
                  GError   **error)
{
  g_object_set (object, "leverage-offer-id", cl_offer_get_id (fixture->offer), NULL);
  return TRUE;
}

/* Store calls. */

static gboolean
save_application (Fixture   *fixture,
                  const Row *row,
                  ClModel   *object,
                  GError   **error)
{
  return cl_pipeline_store_save_application (fixture->pipeline, CL_APPLICATION (object), 0, error);
}

static gboolean
add_application (Fixture   *fixture,
                 const Row *row,
                 ClModel   *object,
                 GError   **error)
{
  return cl_pipeline_store_add_application (fixture->pipeline, CL_APPLICATION (object), 0, error);
}

static gboolean
set_description (Fixture   *fixture,
                 const Row *row,
                 ClModel   *object,
                 GError   **error)
{
  g_autofree char *text = row_text (row);

  return cl_pipeline_store_set_description (fixture->pipeline, fixture->application, text, error);
}

static gboolean
set_referral_by_stranger (Fixture   *fixture,
                          const Row *row,
                          ClModel   *object,
                          GError   **error)
{
  return cl_pipeline_store_set_referral (fixture->pipeline, fixture->application, UNKNOWN_ID,
                                         CL_REFERRAL_STATUS_AGREED, error);
}

static gboolean
update_company (Fixture   *fixture,
                const Row *row,
                ClModel   *object,
                GError   **error)
{
  return cl_company_store_update_company (fixture->companies, CL_COMPANY (object), error);
}

static gboolean
add_stage (Fixture   *fixture,
           const Row *row,
           ClModel   *object,
           GError   **error)
{
  g_autofree char *text = row_text (row);
  ClStage         *stage = cl_stage_store_add_stage (fixture->stages, text, TRUE, error);

  return stage != NULL;
}

/* Renames the second stage to the first one's name, in capitals. */
static gboolean
rename_stage_as_first (Fixture   *fixture,
                       const Row *row,
                       ClModel   *object,
                       GError   **error)
{
  GListModel *stages = cl_stage_store_get_stages (fixture->stages);
  g_autoptr(ClStage) first = g_list_model_get_item (stages, 0);
  g_autoptr(ClStage) second = g_list_model_get_item (stages, 1);
  g_autofree char *name = g_ascii_strup (cl_stage_get_name (first), -1);

  return cl_stage_store_rename_stage (fixture->stages, second, name, error);
}

static gboolean
add_round (Fixture   *fixture,
           const Row *row,
           ClModel   *object,
           GError   **error)
{
  return cl_round_store_add_round (fixture->rounds, CL_ROUND (object), error);
}

static gboolean
update_round (Fixture   *fixture,
              const Row *row,
              ClModel   *object,
              GError   **error)
{
  return cl_round_store_update_round (fixture->rounds, CL_ROUND (object), error);
}

/* The fixture's interviewer, then someone who is no contact: the first one
 * must not stay either. */
static gboolean
set_stranger_interviewer (Fixture   *fixture,
                          const Row *row,
                          ClModel   *object,
                          GError   **error)
{
  const gint64 ids[] = { cl_contact_get_id (fixture->contact), UNKNOWN_ID };

  return cl_round_store_set_interviewers (fixture->rounds, fixture->round, ids, G_N_ELEMENTS (ids),
                                          error);
}

static gboolean
add_entry (Fixture   *fixture,
           const Row *row,
           ClModel   *object,
           GError   **error)
{
  return cl_journal_store_add_entry (fixture->journal, CL_JOURNAL_ENTRY (object), error);
}

static gboolean
update_entry (Fixture   *fixture,
              const Row *row,
              ClModel   *object,
              GError   **error)
{
  return cl_journal_store_update_entry (fixture->journal, CL_JOURNAL_ENTRY (object), error);
}

static gboolean
make_objective (Fixture   *fixture,
                const Row *row,
                ClModel   *object,
                GError   **error)
{
  return cl_journal_store_make_objective (fixture->journal, fixture->entry, CL_OBJECTIVE (object),
                                          error);
}

static gboolean
save_flag (Fixture   *fixture,
           const Row *row,
           ClModel   *object,
           GError   **error)
{
  return cl_red_flag_store_save_flag (fixture->flags, CL_RED_FLAG (object), error);
}

static gboolean
add_objective (Fixture   *fixture,
               const Row *row,
               ClModel   *object,
               GError   **error)
{
  return cl_prep_store_add_objective (fixture->prep, CL_OBJECTIVE (object), error);
}

static gboolean
update_objective (Fixture   *fixture,
                  const Row *row,
                  ClModel   *object,
                  GError   **error)
{
  return cl_prep_store_update_objective (fixture->prep, CL_OBJECTIVE (object), error);
}

static gboolean
add_offer (Fixture   *fixture,
           const Row *row,
           ClModel   *object,
           GError   **error)
{
  return cl_offer_store_add_offer (fixture->offers, CL_OFFER (object), error);
}

static gboolean
update_offer (Fixture   *fixture,
              const Row *row,
              ClModel   *object,
              GError   **error)
{
  return cl_offer_store_update_offer (fixture->offers, CL_OFFER (object), error);
}

static gboolean
add_market_range (Fixture   *fixture,
                  const Row *row,
                  ClModel   *object,
                  GError   **error)
{
  return cl_offer_store_add_market_range (fixture->offers, CL_MARKET_RANGE (object), error);
}

static gboolean
add_exchange_rate (Fixture   *fixture,
                   const Row *row,
                   ClModel   *object,
                   GError   **error)
{
  return cl_offer_store_add_exchange_rate (fixture->offers, CL_EXCHANGE_RATE (object), error);
}

static gboolean
save_plan (Fixture   *fixture,
           const Row *row,
           ClModel   *object,
           GError   **error)
{
  return cl_offer_store_save_plan (fixture->offers, CL_NEGOTIATION_PLAN (object), error);
}

static gboolean
add_ask (Fixture   *fixture,
         const Row *row,
         ClModel   *object,
         GError   **error)
{
  return cl_offer_store_add_ask (fixture->offers, cl_offer_get_id (fixture->offer),
                                 CL_NEGOTIATION_ASK (object), error);
}

/* Numbers applied to the offer: nothing of it may stay either. */
static gboolean
add_negotiation_round (Fixture   *fixture,
                       const Row *row,
                       ClModel   *object,
                       GError   **error)
{
  return cl_offer_store_add_negotiation_round (fixture->offers, cl_offer_get_id (fixture->offer),
                                               CL_NEGOTIATION_ROUND (object), TRUE, error);
}

static gboolean
add_contact (Fixture   *fixture,
             const Row *row,
             ClModel   *object,
             GError   **error)
{
  return cl_contact_store_add_contact (fixture->contacts, CL_CONTACT (object), error);
}

static gboolean
update_contact (Fixture   *fixture,
                const Row *row,
                ClModel   *object,
                GError   **error)
{
  return cl_contact_store_update_contact (fixture->contacts, CL_CONTACT (object), error);
}

/* Shorthands for the rows. */
#define APPLICATION(property_) \
  .make = application_copy, .apply = set_text, .save = save_application, .property = property_
#define APPLICATION_NUMBER(property_) \
  .make = application_copy, .apply = set_numbers, .save = save_application, .property = property_
#define DESCRIPTION .save = set_description
#define ROUND(property_) \
  .make = round_copy, .apply = set_text, .save = update_round, .property = property_
#define SCHEDULE .make = round_copy, .apply = set_schedule
#define ENTRY(property_) \
  .make = new_entry, .apply = set_text, .save = add_entry, .property = property_
#define FLAG(property_) \
  .make = flag_copy, .apply = set_text, .save = save_flag, .property = property_
#define OBJECTIVE(property_) \
  .make = objective_copy, .apply = set_text, .save = update_objective, .property = property_
#define OFFER(property_) \
  .make = offer_copy, .apply = set_text, .save = update_offer, .property = property_
#define RANGE(property_) \
  .make = new_market_range, .apply = set_text, .save = add_market_range, .property = property_
#define RANGE_NUMBER(property_) \
  .make = new_market_range, .apply = set_numbers, .save = add_market_range, .property = property_
#define RATE(property_) \
  .make = new_exchange_rate, .apply = set_text, .save = add_exchange_rate, .property = property_
#define RATE_NUMBER(property_) \
  .make = new_exchange_rate, .apply = set_numbers, .save = add_exchange_rate, \
  .property = property_
#define PLAN_NUMBER(property_) \
  .make = new_plan, .apply = set_numbers, .save = save_plan, .property = property_
#define LEVEL_ASK(property_) \
  .make = new_level_ask, .apply = set_text, .save = add_ask, .property = property_
#define NEGOTIATION_ROUND_NUMBER(property_) \
  .make = new_negotiation_round, .apply = set_numbers, .save = add_negotiation_round, \
  .property = property_
#define CONTACT(property_) \
  .make = new_contact, .apply = set_text, .save = add_contact, .property = property_

#define START (CL_TEST_NOW + 2 * DAY)

static const Row rows[] = {
  /* The application: what it is. */
  { "role/empty", APPLICATION ("role"), .text = "", INVALID (REQUIRED, "role"),
    .message = "Enter the role you are applying for." },
  { "role/blank", APPLICATION ("role"), .text = " \t\n ", INVALID (REQUIRED, "role"),
    .message = "Enter the role you are applying for." },
  { "role/new-empty", .make = new_application, .apply = set_text, .save = add_application,
    .property = "role", .text = NULL, INVALID (REQUIRED, "role"),
    .message = "Enter the role you are applying for." },
  { "role/10000-characters", APPLICATION ("role"), .text = "x", .repeat = 10000,
    INVALID (TOO_LONG, "role"), .message = "The role can be at most 200 characters long." },
  { "role/201-characters", APPLICATION ("role"), .text = "é", .repeat = 201,
    INVALID (TOO_LONG, "role"), .message = "The role can be at most 200 characters long." },
  { "role/bell-U+0007", APPLICATION ("role"), .text = "ML\aEngineer",
    INVALID (FORMAT, "role"), .message = CONTROL },
  { "role/delete-U+007F", APPLICATION ("role"), .text = "ML Engineer\x7f",
    INVALID (FORMAT, "role"), .message = CONTROL },
  { "role/c1-control-U+0085", APPLICATION ("role"), .text = "ML\xc2\x85 Engineer",
    INVALID (FORMAT, "role"), .message = CONTROL },
  { "role/invalid-utf8-c3-28", APPLICATION ("role"), .text = "Ing\xc3\x28nieur",
    INVALID (FORMAT, "role"), .message = BAD_BYTES },
  { "role/invalid-utf8-ff", APPLICATION ("role"), .text = "\xff", INVALID (FORMAT, "role"),
    .message = BAD_BYTES },
  { "role/truncated-utf8-e2-82", APPLICATION ("role"), .text = "Engineer \xe2\x82",
    INVALID (FORMAT, "role"), .message = BAD_BYTES },
  { "company/blank", .make = application_copy, .apply = set_company_name,
    .save = save_application, .text = "   ", INVALID (REQUIRED, "company"),
    .message = "Enter the company’s name." },
  { "company/new-blank", .make = new_application, .apply = set_company_name,
    .save = add_application, .text = "\t", INVALID (REQUIRED, "company"),
    .message = "Enter the company’s name." },
  { "company/201-characters", .make = application_copy, .apply = set_company_name,
    .save = save_application, .text = "c", .repeat = 201, INVALID (TOO_LONG, "company"),
    .message = "The company’s name can be at most 200 characters long." },
  { "company/escape-U+001B", .make = application_copy, .apply = set_company_name,
    .save = save_application, .text = "Acme\x1b[31m AI", INVALID (FORMAT, "company"),
    .message = CONTROL },
  { "posted-level/101-characters", APPLICATION ("posted-level"), .text = "L", .repeat = 101,
    INVALID (TOO_LONG, "posted-level"),
    .message = "The posted level can be at most 100 characters long." },
  { "target-level/101-characters", APPLICATION ("target-level"), .text = "L", .repeat = 101,
    INVALID (TOO_LONG, "target-level"),
    .message = "The level you aim for can be at most 100 characters long." },
  { "location/201-characters", APPLICATION ("location"), .text = "l", .repeat = 201,
    INVALID (TOO_LONG, "location"), .message = "The location can be at most 200 characters long." },
  { "notes/escape-U+001B", APPLICATION ("notes"), .text = "Salary \x1b[1mnegotiable",
    INVALID (FORMAT, "notes"), .message = CONTROL },
  { "notes/start-of-heading-U+0001", APPLICATION ("notes"), .text = "a\x01z",
    INVALID (FORMAT, "notes"), .message = CONTROL },
  { "notes/invalid-utf8-ff", APPLICATION ("notes"), .text = "Great team \xff",
    INVALID (FORMAT, "notes"), .message = BAD_BYTES },
  { "notes/invalid-utf8-c3-28", APPLICATION ("notes"), .text = "\xc3\x28",
    INVALID (FORMAT, "notes"), .message = BAD_BYTES },
  { "career-notes/truncated-utf8", APPLICATION ("career-notes"), .text = "Fits \xe2\x82",
    INVALID (FORMAT, "career-notes"), .message = BAD_BYTES },
  { "documents-sent/2001-characters", APPLICATION ("documents-sent"), .text = "d", .repeat = 2001,
    INVALID (TOO_LONG, "documents-sent"),
    .message = "The list of documents sent can be at most 2000 characters long." },
  { "red-flag-notes/20001-characters", APPLICATION ("red-flag-notes"), .text = "n",
    .repeat = 20001, INVALID (TOO_LONG, "red-flag-notes"),
    .message = "The notes on red flags can be at most 20000 characters long." },
  { "source/not-a-source", .make = application_copy, .apply = set_enum_value,
    .save = save_application, .property = "source", .number = 99, INVALID (OUT_OF_RANGE, "source"),
    .message = "Choose one of the values offered." },
  { "work-mode/not-a-mode", .make = application_copy, .apply = set_enum_value,
    .save = save_application, .property = "work-mode", .number = 42,
    INVALID (OUT_OF_RANGE, "work-mode"), .message = "Choose one of the values offered." },

  /* The career lens: 0 is "not rated", 1 to 5 a rating. */
  { "interest/6", APPLICATION_NUMBER ("interest"), .number = 6, INVALID (OUT_OF_RANGE, "interest"),
    .message = "Rate your interest from 1 to 5, or leave it unrated." },
  { "interest/max-uint", APPLICATION_NUMBER ("interest"), .number = G_MAXUINT,
    INVALID (OUT_OF_RANGE, "interest"),
    .message = "Rate your interest from 1 to 5, or leave it unrated." },
  { "gut-feeling/7", APPLICATION_NUMBER ("gut-feeling"), .number = 7,
    INVALID (OUT_OF_RANGE, "gut-feeling"),
    .message = "Rate your gut feeling from 1 to 5, or leave it unrated." },
  { "career-fit/9", APPLICATION_NUMBER ("career-fit"), .number = 9,
    INVALID (OUT_OF_RANGE, "career-fit"),
    .message = "Rate the career fit from 1 to 5, or leave it unrated." },

  /* The posting. */
  { "salary-min/negative", APPLICATION_NUMBER ("salary-min"), .number = -5,
    INVALID (OUT_OF_RANGE, "salary-min"), .message = "The lowest salary cannot be negative." },
  { "salary-max/negative", APPLICATION_NUMBER ("salary-max"), .number = -2,
    INVALID (OUT_OF_RANGE, "salary-max"), .message = "The highest salary cannot be negative." },
  { "salary-min/most-negative", APPLICATION_NUMBER ("salary-min"), .number = G_MININT64,
    INVALID (OUT_OF_RANGE, "salary-min"), .message = "The lowest salary cannot be negative." },
  { "salary/min-above-max", APPLICATION_NUMBER ("salary-min"), .number = 120001,
    .property2 = "salary-max", .number2 = 120000, INVALID (INCONSISTENT, "salary-min,salary-max"),
    .message = "The lowest salary of the posted range is above the highest." },
  { "salary-currency/EU", APPLICATION ("salary-currency"), .text = "EU",
    INVALID (FORMAT, "salary-currency"), .message = CURRENCY },
  { "salary-currency/EURO", APPLICATION ("salary-currency"), .text = "EURO",
    INVALID (FORMAT, "salary-currency"), .message = CURRENCY },
  { "salary-currency/E1R", APPLICATION ("salary-currency"), .text = "E1R",
    INVALID (FORMAT, "salary-currency"), .message = CURRENCY },
  { "salary-currency/euro-sign", APPLICATION ("salary-currency"), .text = "€UR",
    INVALID (FORMAT, "salary-currency"), .message = CURRENCY },
  { "salary-currency/E-U-R", APPLICATION ("salary-currency"), .text = "E U R",
    INVALID (FORMAT, "salary-currency"), .message = CURRENCY },
  { "job-url/javascript", APPLICATION ("job-url"), .text = "javascript:alert(1)",
    INVALID (FORMAT, "job-url"), .message = JOB_URL },
  { "job-url/ftp", APPLICATION ("job-url"), .text = "ftp://x", INVALID (FORMAT, "job-url"),
    .message = JOB_URL },
  { "job-url/no-scheme", APPLICATION ("job-url"), .text = "www.example.com",
    INVALID (FORMAT, "job-url"), .message = JOB_URL },
  { "job-url/no-host", APPLICATION ("job-url"), .text = "https://", INVALID (FORMAT, "job-url"),
    .message = JOB_URL },
  { "job-url/no-host-query", APPLICATION ("job-url"), .text = "https://?job=42",
    INVALID (FORMAT, "job-url"), .message = JOB_URL },
  { "job-url/no-host-port", APPLICATION ("job-url"), .text = "https://:8080/jobs",
    INVALID (FORMAT, "job-url"), .message = JOB_URL },
  { "job-url/space", APPLICATION ("job-url"), .text = "https://exa mple.com",
    INVALID (FORMAT, "job-url"), .message = JOB_URL },
  { "job-url/no-break-space", APPLICATION ("job-url"), .text = "https://example.com/a\xc2\xa0"
                                                               "b",
    INVALID (FORMAT, "job-url"), .message = JOB_URL },
  { "job-url/bad-port", APPLICATION ("job-url"), .text = "https://example.com:99999/",
    INVALID (FORMAT, "job-url"), .message = JOB_URL },
  { "job-url/invalid-utf8", APPLICATION ("job-url"), .text = "https://example.com/\xe2\x82",
    INVALID (FORMAT, "job-url"), .message = BAD_BYTES },

  /* Where the interview format came from. */
  { "format-source-url/javascript", APPLICATION ("format-source-url"),
    .text = "javascript:alert(1)", INVALID (FORMAT, "format-source-url"),
    .message = "The link to where the format was described must start with https:// or http://, "
               "name a site and hold no spaces, such as https://example.com/guide." },
  { "format-source-contact/kind-not-contact", .make = application_copy,
    .apply = set_format_contact, .save = save_application, .number = CL_FORMAT_SOURCE_GLASSDOOR,
    INVALID (INCONSISTENT, "format-source-kind,format-source-contact-id"),
    .message = "Choose “A contact” as where the format came from to link a contact." },
  { "format-source-contact/no-kind", .make = application_copy, .apply = set_format_contact,
    .save = save_application, .number = CL_FORMAT_SOURCE_NONE,
    INVALID (INCONSISTENT, "format-source-kind,format-source-contact-id"),
    .message = "Choose “A contact” as where the format came from to link a contact." },
  { "format-source-contact/negative", .make = application_copy, .apply = set_format_contact,
    .save = save_application, .number = CL_FORMAT_SOURCE_CONTACT, .number2 = -3,
    INVALID (OUT_OF_RANGE, "format-source-contact-id"),
    .message = "Choose the contact who described the format from your contacts." },
  { "format-source-contact/unknown", .make = application_copy, .apply = set_format_contact,
    .save = save_application, .number = CL_FORMAT_SOURCE_CONTACT, .number2 = UNKNOWN_ID,
    DATABASE (NOT_FOUND),
    .message = "The contact who described the format no longer exists. Choose another contact, "
               "or another source." },
  { "format-source-contact/new-unknown", .make = new_application, .apply = set_format_contact,
    .save = add_application, .number = CL_FORMAT_SOURCE_CONTACT, .number2 = UNKNOWN_ID,
    DATABASE (NOT_FOUND),
    .message = "The contact who described the format no longer exists. Choose another contact, "
               "or another source." },
  { "format-source-notes/2001-characters", APPLICATION ("format-source-notes"), .text = "f",
    .repeat = 2001, INVALID (TOO_LONG, "format-source-notes"),
    .message = "The notes on the format’s source can be at most 2000 characters long." },

  /* The job description, kept as pasted. */
  { "description/invalid-utf8-c3-28", DESCRIPTION, .text = "We build \xc3\x28 models",
    INVALID (FORMAT, "description"), .message = BAD_BYTES },
  { "description/invalid-utf8-ff", DESCRIPTION, .text = "\xff\xfe", INVALID (FORMAT, "description"),
    .message = BAD_BYTES },
  { "description/truncated-utf8", DESCRIPTION, .text = "Salary in \xe2\x82",
    INVALID (FORMAT, "description"), .message = BAD_BYTES },
  { "description/bell-U+0007", DESCRIPTION, .text = "Apply now!\a", INVALID (FORMAT, "description"),
    .message = CONTROL },
  { "description/escape-U+001B", DESCRIPTION, .text = "\x1b[2JWe are hiring",
    INVALID (FORMAT, "description"), .message = CONTROL },
  { "description/100001-characters", DESCRIPTION, .text = "x", .repeat = 100001,
    INVALID (TOO_LONG, "description"),
    .message = "The job description can be at most 100000 characters long." },
  { "description/100001-with-trailing-space", DESCRIPTION, .text = "x", .repeat = 100000,
    .suffix = " ", INVALID (TOO_LONG, "description"),
    .message = "The job description can be at most 100000 characters long." },
  { "description/100001-spaces", DESCRIPTION, .text = " ", .repeat = 100001,
    INVALID (TOO_LONG, "description"),
    .message = "The job description can be at most 100000 characters long." },

  /* The company itself, and the referral. */
  { "company-website/no-scheme", .make = company_copy, .apply = set_text, .save = update_company,
    .property = "website", .text = "www.example.com", INVALID (FORMAT, "website"),
    .message = "The company’s website must start with https:// or http://, name a site and hold "
               "no spaces, such as https://example.com." },
  { "company-name/taken", .make = company_copy, .apply = set_other_company_name,
    .save = update_company, INVALID (DUPLICATE, "name"),
    .message = "Another company is already called “tensor labs”. Choose another name." },
  { "company-name/empty", .make = company_copy, .apply = set_text, .save = update_company,
    .property = "name", .text = "", INVALID (REQUIRED, "name"),
    .message = "Enter the company’s name." },
  { "referral/unknown-contact", .save = set_referral_by_stranger, DATABASE (NOT_FOUND),
    .message = "That contact no longer exists. Choose another person for the referral." },

  /* Stages. */
  { "stage/empty-name", .save = add_stage, .text = "  ", INVALID (REQUIRED, "name"),
    .message = "Enter a name for the stage." },
  { "stage/61-characters", .save = add_stage, .text = "s", .repeat = 61,
    INVALID (TOO_LONG, "name"), .message = "A stage name can be at most 60 characters long." },
  { "stage/name-taken", .save = rename_stage_as_first, INVALID (DUPLICATE, "name"),
    .message = "There is a stage called “WISHLIST” already. Choose another name." },

  /* Rounds. */
  { "round-title/201-characters", ROUND ("title"), .text = "t", .repeat = 201,
    INVALID (TOO_LONG, "title"),
    .message = "The round’s title can be at most 200 characters long." },
  { "round-title/new-201-characters", .make = new_round, .apply = set_text, .save = add_round,
    .property = "title", .text = "t", .repeat = 201, INVALID (TOO_LONG, "title"),
    .message = "The round’s title can be at most 200 characters long." },
  { "round-notes/invalid-utf8", ROUND ("notes"), .text = "Prep \xff", INVALID (FORMAT, "notes"),
    .message = BAD_BYTES },
  { "round-duration/25-hours", .make = round_copy, .apply = set_numbers, .save = update_round,
    .property = "duration-minutes", .number = 25 * 60, INVALID (OUT_OF_RANGE, "duration-minutes"),
    .message = "A round can last at most 1440 minutes. Check the duration." },
  { "round-kind/not-a-kind", .make = round_copy, .apply = set_enum_value, .save = update_round,
    .property = "kind", .number = 77, INVALID (OUT_OF_RANGE, "kind"),
    .message = "Choose one of the values offered." },
  { "round/unknown-application", .make = new_round_of_nothing, .save = add_round,
    DATABASE (NOT_FOUND),
    .message = "The application of this round no longer exists. Open the application again, then "
               "add the round." },
  { "round-schedule/ends-before-start", SCHEDULE, .number = START, .number2 = START - 60,
    INVALID (INCONSISTENT, "scheduled-at,duration-minutes"),
    .message = "A round cannot end before it starts. Check the end time." },
  { "round-schedule/ends-when-it-starts", SCHEDULE, .number = START, .number2 = START,
    INVALID (INCONSISTENT, "scheduled-at,duration-minutes"),
    .message = "A round cannot end before it starts. Check the end time." },
  { "round-schedule/25-hours", SCHEDULE, .number = START, .number2 = START + 25 * 3600,
    INVALID (OUT_OF_RANGE, "scheduled-at,duration-minutes"),
    .message = "A round can last at most 24 hours. Check the end time." },
  { "round-schedule/no-start", SCHEDULE, .number = 0, .number2 = START,
    INVALID (REQUIRED, "scheduled-at,duration-minutes"),
    .message = "Choose the day and time the round starts." },
  { "round-interviewer/not-a-contact", .save = set_stranger_interviewer, DATABASE (NOT_FOUND),
    .message = "One of the interviewers is no longer among your contacts. Choose them again." },

  /* The journal. */
  { "journal-body/blank", ENTRY ("body"), .text = " \n\t ", INVALID (REQUIRED, "body"),
    .message = "Write what you learnt, heard or thought." },
  { "journal-body/edited-empty", .make = entry_copy, .apply = set_text, .save = update_entry,
    .property = "body", .text = "", INVALID (REQUIRED, "body"),
    .message = "Write what you learnt, heard or thought." },
  { "journal-body/20001-characters", ENTRY ("body"), .text = "b", .repeat = 20001,
    INVALID (TOO_LONG, "body"), .message = "The entry can be at most 20000 characters long." },
  { "journal-body/bell-U+0007", ENTRY ("body"), .text = "Ding\a", INVALID (FORMAT, "body"),
    .message = CONTROL },
  { "journal-body/invalid-utf8", ENTRY ("body"), .text = "\xc3\x28", INVALID (FORMAT, "body"),
    .message = BAD_BYTES },
  { "journal-written-at/none", .make = new_entry, .apply = set_numbers, .save = add_entry,
    .property = "written-at", .number = 0, INVALID (OUT_OF_RANGE, "written-at"),
    .message = "Choose the day of the entry." },
  { "journal-round/of-another-application", .make = new_entry, .apply = set_other_round,
    .save = add_entry, DATABASE (NOT_FOUND),
    .message = "That round is no longer part of this application. Choose another round, or none." },
  { "journal-round/edited-to-another-application", .make = entry_copy, .apply = set_other_round,
    .save = update_entry, DATABASE (NOT_FOUND),
    .message = "That round is no longer part of this application. Choose another round, or none." },
  { "journal/unknown-application", .make = new_entry_of_nothing, .save = add_entry,
    DATABASE (NOT_FOUND), .message = "This application no longer exists." },

  /* Red flags. */
  { "red-flag/own-without-label", .make = new_own_flag, .apply = set_text, .save = save_flag,
    .property = "label", .text = NULL, INVALID (REQUIRED, "label"),
    .message = "Say in a few words what worries you." },
  { "red-flag/own-label-blanked", FLAG ("label"), .text = "   ", INVALID (REQUIRED, "label"),
    .message = "Say in a few words what worries you." },
  { "red-flag/listed-with-label", .make = new_listed_flag, .apply = set_text, .save = save_flag,
    .property = "label", .text = "Long hours", INVALID (INCONSISTENT, "label"),
    .message = "A listed red flag keeps its own wording; add a flag of your own instead." },
  { "red-flag/label-201-characters", FLAG ("label"), .text = "l", .repeat = 201,
    INVALID (TOO_LONG, "label"), .message = "The red flag can be at most 200 characters long." },
  { "red-flag/label-truncated-utf8", FLAG ("label"), .text = "\xe2\x82",
    INVALID (FORMAT, "label"), .message = BAD_BYTES },
  /* Read as UTF-8 regardless, an overlong space: still bad bytes, not blank. */
  { "red-flag/label-overlong-space", FLAG ("label"), .text = "\xc0\xa0",
    INVALID (FORMAT, "label"), .message = BAD_BYTES },
  { "red-flag/note-2001-characters", FLAG ("note"), .text = "n", .repeat = 2001,
    INVALID (TOO_LONG, "note"), .message = "The note can be at most 2000 characters long." },

  /* Learning objectives. */
  { "objective-target-date/2026-02-30", OBJECTIVE ("target-date"), .text = "2026-02-30",
    INVALID (FORMAT, "target-date"),
    .message = "“2026-02-30” is not a date. Write the target date as YYYY-MM-DD, or leave it "
               "empty." },
  { "objective-target-date/2027-02-29", OBJECTIVE ("target-date"), .text = "2027-02-29",
    INVALID (FORMAT, "target-date"),
    .message = "“2027-02-29” is not a date. Write the target date as YYYY-MM-DD, or leave it "
               "empty." },
  { "objective-target-date/month-13", OBJECTIVE ("target-date"), .text = "2026-13-01",
    INVALID (FORMAT, "target-date"),
    .message = "“2026-13-01” is not a date. Write the target date as YYYY-MM-DD, or leave it "
               "empty." },
  { "objective-target-date/day-first", OBJECTIVE ("target-date"), .text = "01/12/2026",
    INVALID (FORMAT, "target-date"),
    .message = "“01/12/2026” is not a date. Write the target date as YYYY-MM-DD, or leave it "
               "empty." },
  { "objective-target-date/new-2026-02-30", .make = new_objective, .apply = set_text,
    .save = add_objective, .property = "target-date", .text = "2026-02-30",
    INVALID (FORMAT, "target-date"),
    .message = "“2026-02-30” is not a date. Write the target date as YYYY-MM-DD, or leave it "
               "empty." },
  { "objective-target-date/from-journal-2026-02-30", .make = new_objective, .apply = set_text,
    .save = make_objective, .property = "target-date", .text = "2026-02-30",
    INVALID (FORMAT, "target-date"),
    .message = "“2026-02-30” is not a date. Write the target date as YYYY-MM-DD, or leave it "
               "empty." },
  { "objective-title/empty", OBJECTIVE ("title"), .text = "", INVALID (REQUIRED, "title"),
    .message = "Enter what you want to learn or practise." },
  { "objective-hours/negative", .make = objective_copy, .apply = set_numbers,
    .save = update_objective, .property = "hours-planned", .number = -1,
    INVALID (OUT_OF_RANGE, "hours-planned"),
    .message = "Hours planned and spent must be between 0 and 8760." },
  { "objective-hours/not-a-number", .make = objective_copy, .apply = set_not_a_number,
    .save = update_objective, .property = "hours-spent", INVALID (OUT_OF_RANGE, "hours-spent"),
    .message = "Hours planned and spent must be between 0 and 8760." },

  /* Offers. */
  { "offer-start-date/2026-02-30", OFFER ("start-date"), .text = "2026-02-30",
    INVALID (FORMAT, "start-date"),
    .message = "“2026-02-30” is not a date. Write the start date as YYYY-MM-DD, or leave it "
               "empty." },
  { "offer-start-date/new-2026-02-30", .make = new_offer, .apply = set_text, .save = add_offer,
    .property = "start-date", .text = "2026-02-30", INVALID (FORMAT, "start-date"),
    .message = "“2026-02-30” is not a date. Write the start date as YYYY-MM-DD, or leave it "
               "empty." },
  { "offer-currency/empty", OFFER ("currency"), .text = "", INVALID (REQUIRED, "currency"),
    .message = CURRENCY },
  { "offer-currency/EURO", OFFER ("currency"), .text = "EURO", INVALID (FORMAT, "currency"),
    .message = CURRENCY },
  { "offer-base-salary/negative", .make = offer_copy, .apply = set_numbers, .save = update_offer,
    .property = "base-salary", .number = -1, INVALID (OUT_OF_RANGE, "base-salary"),
    .message = "The base salary must be between 0 and 999,999,999,999.99." },
  { "offer-base-salary/too-large", .make = offer_copy, .apply = set_numbers,
    .save = update_offer, .property = "base-salary", .number = G_GINT64_CONSTANT (100000000000000),
    INVALID (OUT_OF_RANGE, "base-salary"),
    .message = "The base salary must be between 0 and 999,999,999,999.99." },
  { "offer-bonus/over-100-percent", .make = offer_copy, .apply = set_numbers,
    .save = update_offer, .property = "bonus-basis-points", .number = 10001,
    INVALID (OUT_OF_RANGE, "bonus-basis-points"),
    .message = "The target bonus must be between 0 and 100 percent, or left empty." },
  { "offer-bonus/percent-and-amount", .make = offer_copy, .apply = set_numbers,
    .save = update_offer, .property = "bonus-basis-points", .number = 1500,
    .property2 = "bonus-amount", .number2 = 2000000,
    INVALID (INCONSISTENT, "bonus-basis-points,bonus-amount"),
    .message = "Give the target bonus as a percentage of base or as an amount, not both." },
  { "offer-equity/amount-and-shares", .make = offer_copy, .apply = set_numbers,
    .save = update_offer, .property = "equity-amount", .number = 10000000,
    .property2 = "equity-shares", .number2 = 100,
    INVALID (INCONSISTENT, "equity-amount,equity-shares"),
    .message = "Give the equity grant as an amount or as shares × price, not both." },
  { "offer-sign-on/year2-more-than-whole", .make = offer_copy, .apply = set_numbers,
    .save = update_offer, .property = "sign-on", .number = 1000000,
    .property2 = "sign-on-year2", .number2 = 1000001,
    INVALID (INCONSISTENT, "sign-on-year2,sign-on"),
    .message = "The part of the sign-on bonus paid in year 2 cannot be more than the whole "
               "sign-on bonus." },
  { "offer-cliff/longer-than-vesting", .make = offer_copy, .apply = set_numbers,
    .save = update_offer, .property = "vesting-years", .number = 3, .property2 = "cliff-months",
    .number2 = 48, INVALID (INCONSISTENT, "cliff-months"),
    .message = "The vesting cliff (48 months) cannot be longer than the schedule (3 years)." },

  /* Market ranges, exchange rates and the negotiation of an offer. */
  { "market-range-source/empty", RANGE ("source"), .text = "", INVALID (REQUIRED, "source"),
    .message = "Say where the range comes from, such as Levels.fyi or Glassdoor." },
  { "market-range-source/101-characters", RANGE ("source"), .text = "x", .repeat = 101,
    INVALID (TOO_LONG, "source"), .message = "The source can be at most 100 characters long." },
  { "market-range-url/no-scheme", RANGE ("url"), .text = "www.levels.fyi/companies",
    INVALID (FORMAT, "url"),
    .message = "The address of the range must start with https:// or http://, name a site and "
               "hold no spaces, such as https://www.levels.fyi/." },
  { "market-range-observed-on/2026-02-30", RANGE ("observed-on"), .text = "2026-02-30",
    INVALID (FORMAT, "observed-on"),
    .message = "“2026-02-30” is not a date. Write the date retrieved as YYYY-MM-DD, or leave it "
               "empty." },
  { "market-range-currency/EURO", RANGE ("currency"), .text = "EURO",
    INVALID (FORMAT, "currency"), .message = CURRENCY },
  { "market-range-p50/below-p25", RANGE_NUMBER ("p25"), .number = 26000000,
    INVALID (INCONSISTENT, "p50,p25"),
    .message = "The 50th percentile cannot be below the 25th." },
  { "market-range-p90/below-p50", RANGE_NUMBER ("p90"), .number = 24000000,
    INVALID (INCONSISTENT, "p90,p50"),
    .message = "The 90th percentile cannot be below the 50th." },
  { "market-range-p75/too-large", RANGE_NUMBER ("p75"),
    .number = G_GINT64_CONSTANT (100000000000000), INVALID (OUT_OF_RANGE, "p75"),
    .message = "The 75th percentile must be between 0 and 999,999,999,999.99, or left empty." },
  { "market-range-offer/unknown", RANGE_NUMBER ("offer-id"), .number = UNKNOWN_ID,
    DATABASE (NOT_FOUND),
    .message = "The offer this range was looked up for no longer exists. Choose another offer, "
               "or none." },
  { "exchange-rate-rate/zero", RATE_NUMBER ("rate"), .number = 0, INVALID (OUT_OF_RANGE, "rate"),
    .message = "The rate must be more than 0, such as 1.085." },
  { "exchange-rate-rate/too-large", RATE_NUMBER ("rate"),
    .number = G_GINT64_CONSTANT (1000000000000001), INVALID (OUT_OF_RANGE, "rate"),
    .message = "The rate must be more than 0, such as 1.085." },
  { "exchange-rate-currencies/same", RATE ("to-currency"), .text = " eur",
    INVALID (INCONSISTENT, "to-currency,from-currency"),
    .message = "A rate converts one currency into another: choose two different currencies." },
  { "exchange-rate-currency/EURO", RATE ("from-currency"), .text = "EURO",
    INVALID (FORMAT, "from-currency"), .message = CURRENCY },
  { "exchange-rate-observed-on/empty", RATE ("observed-on"), .text = "",
    INVALID (REQUIRED, "observed-on"),
    .message = "Write the day of the rate as YYYY-MM-DD, such as 2026-11-01." },
  { "negotiation-plan-leverage/own-offer", .make = new_plan, .apply = set_own_leverage,
    .save = save_plan, INVALID (INCONSISTENT, "leverage-offer-id"),
    .message = "An offer cannot be its own leverage. Choose another offer, or none." },
  { "negotiation-plan-leverage/unknown", PLAN_NUMBER ("leverage-offer-id"), .number = UNKNOWN_ID,
    DATABASE (NOT_FOUND),
    .message = "The offer chosen as leverage no longer exists. Choose another offer, or none." },
  { "negotiation-plan-target/negative", PLAN_NUMBER ("target-total"), .number = -100,
    INVALID (OUT_OF_RANGE, "target-total"),
    .message = "The target total must be between 0 and 999,999,999,999.99, or left empty." },
  { "negotiation-ask-level/no-details", LEVEL_ASK ("details"), .text = " ",
    INVALID (REQUIRED, "details"), .message = "Say which level you ask for, such as Staff." },
  { "negotiation-ask-level/amount", .make = new_level_ask, .apply = set_numbers, .save = add_ask,
    .property = "amount", .number = 100, INVALID (INCONSISTENT, "amount"),
    .message = "Only asks for base salary, equity or a sign-on bonus have an amount. Clear the "
               "amount and say what you ask for in the details." },
  { "negotiation-ask-base/nothing", .make = new_base_ask, .apply = set_numbers, .save = add_ask,
    .property = "amount", .number = -1, INVALID (REQUIRED, "amount"),
    .message = "Give the amount you ask for, or say what you ask for in the details." },
  { "negotiation-ask-details/1001-characters", LEVEL_ASK ("details"), .text = "é",
    .repeat = 1001, INVALID (TOO_LONG, "details"),
    .message = "The details can be at most 1000 characters long." },
  { "negotiation-round-happened-at/zero", NEGOTIATION_ROUND_NUMBER ("happened-at"), .number = 0,
    INVALID (OUT_OF_RANGE, "happened-at"), .message = "Choose the day of this round." },
  { "negotiation-round-offered-base/negative", NEGOTIATION_ROUND_NUMBER ("offered-base"),
    .number = -5, INVALID (OUT_OF_RANGE, "offered-base"),
    .message = "The base salary offered must be between 0 and 999,999,999,999.99, or left "
               "empty." },
  { "negotiation-round-offered-sign-on/too-large", NEGOTIATION_ROUND_NUMBER ("offered-sign-on"),
    .number = G_GINT64_CONSTANT (100000000000000), INVALID (OUT_OF_RANGE, "offered-sign-on"),
    .message = "The sign-on bonus offered must be between 0 and 999,999,999,999.99, or left "
               "empty." },

  /* Contacts. */
  { "contact-name/empty", CONTACT ("name"), .text = "", INVALID (REQUIRED, "name"),
    .message = "Enter the contact’s name." },
  { "contact-email/no-domain", CONTACT ("emails"), .text = "work\tada@",
    INVALID (FORMAT, "emails"),
    .message = "“ada@” is not an email address. Write it as name@example.com." },
  { "contact-linkedin/javascript", CONTACT ("linkedin-url"), .text = "javascript:alert(1)",
    INVALID (FORMAT, "linkedin-url"),
    .message = "The LinkedIn address must start with https:// or http://, name a site and hold no "
               "spaces, such as https://www.linkedin.com/in/name." },
  { "contact-portfolio/no-host", .make = contact_copy, .apply = set_text, .save = update_contact,
    .property = "portfolio-url", .text = "https://", INVALID (FORMAT, "portfolio-url"),
    .message = "The portfolio address must start with https:// or http://, name a site and hold "
               "no spaces, such as https://example.com." },
  { "contact-notes/escape-U+001B", .make = contact_copy, .apply = set_text, .save = update_contact,
    .property = "notes", .text = "\x1b", INVALID (FORMAT, "notes"), .message = CONTROL },
};

/* The fields @error names, joined by ",", or NULL. */
static char *
error_fields (const GError *error)
{
  const char *const *fields = cl_validation_error_get_fields (error);

  return fields != NULL ? g_strjoinv (",", (char **) fields) : NULL;
}

static void
test_refused (Fixture      *fixture,
              gconstpointer data)
{
  const Row *row = data;
  g_autoptr(ClModel) object = row->make != NULL ? row->make (fixture) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_object (object);
  g_autofree char *given = NULL;
  g_autofree char *after = NULL;
  g_autofree char *fields = NULL;
  ClTestSnapshot   snapshot;
  ClTestChanges    changes;

  g_assert_true (row->make != NULL || row->apply == NULL);
  g_assert_true (object == NULL || cl_model_validate (object, NULL));

  cl_test_snapshot_take (&snapshot, fixture->base.database, dump_models (fixture));
  cl_test_changes_watch (&changes, fixture->base.database);

  if (row->apply == NULL || row->apply (fixture, row, object, &error))
    {
      g_assert_no_error (error);
      /* A row without a store call is one the setter refuses. */
      g_assert_nonnull (row->save);
      given = dump_object (object);
      g_assert_false (row->save (fixture, row, object, &error));
      /* The store leaves what it was given as it was. */
      after = dump_object (object);
      g_assert_cmpstr (after, ==, given);
    }
  else
    {
      g_assert_null (row->save);
      /* The setter changed nothing. */
      after = dump_object (object);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_nonnull (error);
  if (error->domain != row->domain () || error->code != row->code)
    g_error ("%s: expected %s %d, got %s %d: %s", row->name, g_quark_to_string (row->domain ()),
             row->code, g_quark_to_string (error->domain), error->code, error->message);
  fields = error_fields (error);
  g_assert_cmpstr (fields, ==, row->fields);
  g_assert_cmpstr (error->message, ==, row->message);

  cl_test_snapshot_assert_unchanged (&snapshot, fixture->base.database, dump_models (fixture));
  g_assert_cmpuint (changes.n_changes, ==, 0);
  cl_test_changes_clear (&changes);
}

/* What must be let through --------------------------------------------------- */

static void
save (Fixture       *fixture,
      ClApplication *copy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cl_pipeline_store_save_application (fixture->pipeline, copy, 0, &error));
  g_assert_no_error (error);
}

static char *
query_application (Fixture    *fixture,
                   const char *columns)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT %s FROM applications WHERE id = %" G_GINT64_FORMAT, columns,
                     cl_application_get_id (fixture->application));

  return cl_test_query_text (fixture->base.database, sql);
}

/* Accents, emoji, tabs and line breaks are text; lowercase currencies are
 * saved in capitals. */
static void
test_accepted_text (Fixture      *fixture,
                    gconstpointer data)
{
  const char *role = "Ingénieure ML 🚀 (équipe Paris)";
  const char *notes = "Line 1\n\tindented\r\nline 3 — “quoted” ✓\n";
  g_autoptr(ClApplication) copy = cl_application_copy (fixture->application);
  g_autoptr(GString) long_role = g_string_new (NULL);
  g_autofree char *row = NULL;
  g_autoptr(ClContext) reloaded = NULL;
  ClApplication *again;

  g_object_set (copy,
                "role", role,
                "notes", notes,
                "career-notes", "Fits\tthe map",
                "salary-currency", " eur ",
                "salary-min", (gint64) 100000,
                "salary-max", (gint64) 100000,
                "interest", 5u,
                "gut-feeling", 1u,
                "career-fit", 0u,
                "job-url", "HTTPS://Acme.example:8443/jobs?id=42#apply",
                "format-source-url", "https://bücher.example/guide",
                NULL);
  g_object_set (cl_application_get_company (copy), "name", "Acmé AI ✨", NULL);
  save (fixture, copy);

  g_assert_cmpstr (cl_application_get_role (fixture->application), ==, role);
  g_assert_cmpstr (cl_application_get_notes (fixture->application), ==, notes);
  g_assert_cmpstr (cl_application_get_salary_currency (fixture->application), ==, "EUR");
  g_assert_cmpstr (cl_application_get_company_name (fixture->application), ==, "Acmé AI ✨");
  g_assert_cmpuint (cl_application_get_career_fit (fixture->application), ==, 0);
  row = query_application (fixture, "role, notes, salary_currency, salary_min, salary_max, "
                                    "interest, gut_feeling, career_fit");
  g_assert_cmpstr (row, ==, "Ingénieure ML 🚀 (équipe Paris)|Line 1\n\tindented\r\nline 3 — "
                            "“quoted” ✓\n|EUR|100000|100000|5|1|0\n");

  /* A role of exactly 200 characters, each of two bytes. */
  for (guint i = 0; i < 200; i++)
    g_string_append (long_role, "é");
  g_object_set (copy, "role", long_role->str, NULL);
  save (fixture, copy);
  g_assert_cmpstr (cl_application_get_role (fixture->application), ==, long_role->str);

  reloaded = cl_test_fixture_reload (&fixture->base);
  again = cl_pipeline_store_find_application (cl_context_get_pipeline_store (reloaded),
                                              cl_application_get_id (fixture->application));
  g_assert_nonnull (again);
  g_assert_cmpstr (cl_application_get_notes (again), ==, notes);
  g_assert_cmpstr (cl_application_get_role (again), ==, long_role->str);
  g_assert_cmpstr (cl_application_get_salary_currency (again), ==, "EUR");
}

/* "eur" is no mistake: it is saved as EUR, for the posting and the offer. */
static void
test_currency_normalised (Fixture      *fixture,
                          gconstpointer data)
{
  g_autoptr(ClApplication) copy = cl_application_copy (fixture->application);
  g_autoptr(ClOffer) offer = cl_offer_copy (fixture->offer);
  g_autoptr(GError) error = NULL;
  g_autofree char *row = NULL;
  g_autofree char *offer_row = NULL;

  g_object_set (copy, "salary-currency", "eur", NULL);
  g_assert_true (cl_model_validate (CL_MODEL (copy), NULL));
  save (fixture, copy);
  g_assert_cmpstr (cl_application_get_salary_currency (fixture->application), ==, "EUR");
  row = query_application (fixture, "salary_currency");
  g_assert_cmpstr (row, ==, "EUR\n");

  g_object_set (offer, "currency", "gbp", NULL);
  g_assert_true (cl_offer_store_update_offer (fixture->offers, offer, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_offer_get_currency (fixture->offer), ==, "GBP");
  offer_row = cl_test_query_text (fixture->base.database, "SELECT currency FROM offers");
  g_assert_cmpstr (offer_row, ==, "GBP\n");
}

static void
assert_description (Fixture    *fixture,
                    const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  g_assert_true (
    cl_pipeline_store_set_description (fixture->pipeline, fixture->application, text, &error));
  g_assert_no_error (error);
  stored = cl_pipeline_store_get_description (fixture->pipeline, fixture->application, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, text);
}

/* Kept exactly as pasted: spaces around, Windows line breaks, tabs; the
 * limit counts characters, not bytes. */
static void
test_description_kept (Fixture      *fixture,
                       gconstpointer data)
{
  GString         *longest = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *blank = g_strnfill (100000, ' ');
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  assert_description (fixture, "  We build models.\r\n\r\n\tRequirements:\r\n - Python 🐍  \r\n  ");
  assert_description (fixture, blank);
  for (guint i = 0; i < 100000; i++)
    g_string_append (longest, i % 2 == 0 ? "é" : " ");
  text = g_string_free (longest, FALSE);
  assert_description (fixture, text);

  /* No text at all is no description. */
  g_assert_true (
    cl_pipeline_store_set_description (fixture->pipeline, fixture->application, "", &error));
  g_assert_no_error (error);
  stored = cl_pipeline_store_get_description (fixture->pipeline, fixture->application, &error);
  g_assert_no_error (error);
  g_assert_null (stored);
}

/* The edges of the ranges are inside them. */
static void
test_accepted_edges (Fixture      *fixture,
                     gconstpointer data)
{
  gint64 application_id = cl_application_get_id (fixture->application);
  g_autoptr(ClRound) round = cl_round_copy (fixture->round);
  g_autoptr(ClObjective) objective = cl_objective_copy (fixture->objective);
  g_autoptr(ClObjective) learnt = NULL;
  g_autoptr(ClRedFlag) flag = NULL;
  g_autoptr(ClJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* A round of exactly 24 hours (a take-home), given as start and end. */
  g_assert_true (cl_round_set_schedule (round, START, START + 24 * 3600, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cl_round_get_duration_minutes (round), ==, 1440);
  g_assert_true (cl_round_store_update_round (fixture->rounds, round, &error));
  g_assert_no_error (error);
  text = cl_test_query_text (fixture->base.database,
                             "SELECT scheduled_at - 1793523600, duration_minutes"
                             " FROM interview_rounds WHERE title = 'Coding'");
  g_assert_cmpstr (text, ==, "172800|1440\n");

  /* A leap day. */
  g_object_set (objective, "target-date", " 2028-02-29 ", "hours-planned", 8760.0, NULL);
  g_assert_true (cl_prep_store_update_objective (fixture->prep, objective, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_objective_get_target_date (fixture->objective), ==, "2028-02-29");

  /* The same date, for an objective made from the journal (which a bad date
   * leaves unlinked, see the table). */
  learnt = cl_objective_new (CL_PREP_DOMAIN_ML_SYSTEM_DESIGN, "Design a feature store");
  g_object_set (learnt, "target-date", "2028-02-29", NULL);
  g_assert_true (
    cl_journal_store_make_objective (fixture->journal, fixture->entry, learnt, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cl_objective_get_id (learnt), >, 0);
  g_assert_cmpint (cl_test_objective_application (fixture->prep, cl_objective_get_id (learnt)),
                   ==, application_id);
  g_assert_cmpint (cl_journal_entry_get_objective_id (fixture->entry), ==,
                   cl_objective_get_id (learnt));

  /* Trimmed around, kept within. */
  flag = cl_red_flag_new (application_id, CL_RED_FLAG_KIND_OTHER, "  Ghosted for 3 weeks 👻  ");
  entry = cl_journal_entry_new (application_id, CL_JOURNAL_KIND_LESSON,
                                "\n  First line\n\tsecond line  \n", CL_TEST_NOW);
  g_assert_true (cl_red_flag_store_save_flag (fixture->flags, flag, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl_red_flag_get_label (flag), ==, "Ghosted for 3 weeks 👻");
  g_assert_true (cl_journal_store_add_entry (fixture->journal, entry, &error));
  g_assert_no_error (error);
  g_free (text);
  text = cl_test_query_text (fixture->base.database,
                             "SELECT body FROM journal_entries WHERE kind = 'lesson'");
  g_assert_cmpstr (text, ==, "First line\n\tsecond line\n");
}

/* Amounts --------------------------------------------------------------------- */

static void
test_parse_amount (void)
{
  static const struct
  {
    const char *text;
    gboolean    ok;
    gint64      amount;
  } cases[] = {
    { "", TRUE, -1 },
    { NULL, TRUE, -1 },
    { "   ", TRUE, -1 },
    { "0", TRUE, 0 },
    { "85000", TRUE, 85000 },
    { " 85 000 ", TRUE, 85000 },
    { "1\xc2\xa0"
      "200\xe2\x80\xaf"
      "000",
      TRUE, 1200000 }, /* no-break spaces */
    { "999999999999999", TRUE, G_GINT64_CONSTANT (999999999999999) },
    /* Refused: more than 15 digits would overflow somewhere on the way. */
    { "99999999999999999999", FALSE, 0 },
    { "9223372036854775808", FALSE, 0 },
    { "1000000000000000", FALSE, 0 },
    { "-5", FALSE, 0 },
    { "+5", FALSE, 0 },
    { "85,000", FALSE, 0 },
    { "85.5", FALSE, 0 },
    { "1e6", FALSE, 0 },
    { "85k", FALSE, 0 },
    { "€85000", FALSE, 0 },
    { "0x10", FALSE, 0 },
    { "\xd9\xa1\xd9\xa2", FALSE, 0 }, /* Arabic-Indic digits */
    { "85\xff", FALSE, 0 },
    { "85\xe2\x82", FALSE, 0 }, /* a truncated sequence at the end */
    { "8\xc0\xb5", FALSE, 0 },  /* an overlong "5" */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = cases[i].text != NULL ? g_strescape (cases[i].text, NULL) : NULL;
      gint64           amount = 7;

      if (cl_parse_amount (cases[i].text, &amount) != cases[i].ok)
        g_error ("cl_parse_amount (“%s”) should %s", shown != NULL ? shown : "NULL",
                 cases[i].ok ? "read it" : "refuse it");
      if (cases[i].ok)
        g_assert_cmpint (amount, ==, cases[i].amount);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *path = g_strconcat ("/validation/refused/", rows[i].name, NULL);

      g_test_add (path, Fixture, &rows[i], fixture_set_up, test_refused, fixture_tear_down);
    }
  g_test_add ("/validation/accepted/text", Fixture, NULL, fixture_set_up, test_accepted_text,
              fixture_tear_down);
  g_test_add ("/validation/accepted/currency-normalised", Fixture, NULL, fixture_set_up,
              test_currency_normalised, fixture_tear_down);
  g_test_add ("/validation/accepted/description-as-pasted", Fixture, NULL, fixture_set_up,
              test_description_kept, fixture_tear_down);
  g_test_add ("/validation/accepted/edges", Fixture, NULL, fixture_set_up, test_accepted_edges,
              fixture_tear_down);
  g_test_add_func ("/validation/parse-amount", test_parse_amount);

  return g_test_run ();
}
