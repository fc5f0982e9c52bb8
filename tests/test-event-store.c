/* test-event-store.c — events, newest first, and who was there, both ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-test"

#include "config.h"

#include "cl-context.h"
#include "cl-test-util.h"

typedef struct
{
  ClTestFixture base;
  ClEventStore *store;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer data)
{
  cl_test_fixture_setup (&fixture->base);
  fixture->store = cl_context_get_event_store (fixture->base.context);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer data)
{
  cl_test_fixture_teardown (&fixture->base);
}

static char *
event_names (GListModel *events)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(ClEvent) event = g_list_model_get_item (events, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "", cl_event_get_name (event));
    }
  return g_string_free (out, FALSE);
}

static ClEvent *
add_event (Fixture    *fixture,
           const char *name,
           ClEventKind kind,
           gint64      starts_at)
{
  g_autoptr(ClEvent) event = cl_event_new (name, kind);
  g_autoptr(GError) error = NULL;

  g_object_set (event, "starts-at", starts_at, NULL);
  g_assert_true (cl_event_store_add_event (fixture->store, event, &error));
  g_assert_no_error (error);
  return cl_event_store_find_event (fixture->store, cl_event_get_id (event));
}

static void
test_events (Fixture      *fixture,
             gconstpointer data)
{
  GListModel     *events = cl_event_store_get_events (fixture->store);
  ClContactStore *contacts = cl_context_get_contact_store (fixture->base.context);
  ClEvent        *neurips = add_event (fixture, " NeurIPS ", CL_EVENT_KIND_CONFERENCE, CL_TEST_NOW);
  ClEvent        *fair =
    add_event (fixture, "Career fair", CL_EVENT_KIND_JOB_FAIR, CL_TEST_NOW - 99);
  ClEvent   *online = add_event (fixture, "Kaggle days", CL_EVENT_KIND_ONLINE, 0);
  ClContact *ada = cl_test_add_contact (contacts, "Ada", NULL);
  ClContact *bob = cl_test_add_contact (contacts, "Bob", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autoptr(GArray) people = NULL;
  g_autoptr(GArray) places = NULL;

  g_assert_nonnull (neurips);
  g_assert_nonnull (online);
  order = event_names (events);
  g_assert_cmpstr (order, ==, "NeurIPS,Career fair,Kaggle days");

  /* No name: refused, with the field. */
  {
    g_autoptr(ClEvent) nameless = cl_event_new ("  ", CL_EVENT_KIND_MEETUP);

    g_assert_false (cl_event_store_add_event (fixture->store, nameless, &error));
    g_assert_error (error, CL_VALIDATION_ERROR, CL_VALIDATION_ERROR_REQUIRED);
    g_assert_cmpstr (cl_validation_error_get_field (error), ==, "name");
    g_clear_error (&error);
  }

  /* Attendance both ways, once each. */
  g_assert_true (cl_event_store_add_attendee (fixture->store, cl_event_get_id (neurips),
                                              cl_contact_get_id (bob), &error));
  g_assert_true (cl_event_store_add_attendee (fixture->store, cl_event_get_id (neurips),
                                              cl_contact_get_id (ada), &error));
  g_assert_true (cl_event_store_add_attendee (fixture->store, cl_event_get_id (neurips),
                                              cl_contact_get_id (ada), &error));
  g_assert_true (cl_event_store_add_attendee (fixture->store, cl_event_get_id (fair),
                                              cl_contact_get_id (ada), &error));
  g_assert_false (cl_event_store_add_attendee (fixture->store, 999, cl_contact_get_id (ada),
                                               &error));
  g_assert_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  people = cl_event_store_list_attendees (fixture->store, cl_event_get_id (neurips), &error);
  g_assert_cmpuint (people->len, ==, 2);
  g_assert_cmpint (g_array_index (people, gint64, 0), ==, cl_contact_get_id (ada));
  places = cl_event_store_list_events_of (fixture->store, cl_contact_get_id (ada), &error);
  g_assert_cmpuint (places->len, ==, 2);
  g_assert_cmpint (g_array_index (places, gint64, 0), ==, cl_event_get_id (neurips));

  /* Renaming and moving the date reorders. */
  {
    g_autoptr(ClEvent) copy = cl_event_copy (fair);

    g_object_set (copy, "starts-at", CL_TEST_NOW + 100, "location", "Berlin", NULL);
    g_assert_true (cl_event_store_update_event (fixture->store, copy, &error));
  }
  g_free (order);
  order = event_names (events);
  g_assert_cmpstr (order, ==, "Career fair,NeurIPS,Kaggle days");
  g_assert_cmpstr (cl_event_get_location (fair), ==, "Berlin");

  /* Deleting an event keeps the people, and forgets where they met. */
  {
    g_autoptr(ClContact) copy = cl_contact_copy (bob);

    g_object_set (copy, "met-event-id", cl_event_get_id (neurips), NULL);
    g_assert_true (cl_contact_store_update_contact (contacts, copy, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (cl_contact_get_met_event_id (bob), ==, cl_event_get_id (neurips));
  g_assert_true (cl_event_store_delete_event (fixture->store, neurips, &error));
  g_assert_cmpint (cl_contact_get_met_event_id (bob), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  g_assert_cmpint (cl_test_query_int64 (fixture->base.database,
                                        "SELECT count(*) FROM event_attendance"),
                   ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cl_contact_store_get_contacts (contacts)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/event-store/events", Fixture, NULL, fixture_set_up, test_events,
              fixture_tear_down);

  return g_test_run ();
}
