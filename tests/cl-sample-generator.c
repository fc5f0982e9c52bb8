/* cl-sample-generator.c — realistic, deterministic sample data
 *
 * A season of an ML engineer's job search: applications over all stages
 * (most of them early), interview rounds, contacts, a prep plan and the
 * offers, then what the cards show: referrals, red flags, deadlines and
 * follow-ups, and the negotiation of the offers still open: plans, asks,
 * rounds, market ranges and exchange rates.  Everything is dated around the
 * day the options name ("today"): applications in the months before it,
 * rounds, follow-ups and deadlines both behind it and in the coming weeks,
 * so that on that day many open cards have something next.
 *
 * Everything the stores can write goes through them, as the app would write
 * it; deadlines and follow-ups, which no store writes yet, are written in a
 * transaction that names what it touched, so the stores follow them too.
 * All choices come from GRands seeded by the caller and all dates from a
 * fixed clock, so equal options give equal rows.  Each group of facts added
 * after the first version draws from a GRand of its own, so that adding it
 * left the rest of the sample as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-sample"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cl-database-private.h"
#include "cl-sample-generator.h"
#include "cl-statement.h"
#include "cl-transaction.h"

#define DAY (G_GINT64_CONSTANT (86400))

typedef struct
{
  const char   *name;
  ClCompanyType type;
} Company;

/* Fictional companies, with the usual spread of company types. */
static const Company well_known[] = {
  { "Nimbus Cloud", CL_COMPANY_TYPE_BIG_TECH },
  { "Orbital Search", CL_COMPANY_TYPE_BIG_TECH },
  { "Megastore Online", CL_COMPANY_TYPE_BIG_TECH },
  { "Pixelbook Social", CL_COMPANY_TYPE_BIG_TECH },
  { "Streamwave Media", CL_COMPANY_TYPE_LISTED },
  { "Ridely Mobility", CL_COMPANY_TYPE_LISTED },
  { "Northbank Financial", CL_COMPANY_TYPE_LISTED },
  { "Medisphere Health", CL_COMPANY_TYPE_LISTED },
  { "Open Language Institute", CL_COMPANY_TYPE_RESEARCH_LAB },
  { "Frontier AI Research", CL_COMPANY_TYPE_RESEARCH_LAB },
  { "Data for Good Foundation", CL_COMPANY_TYPE_NON_PROFIT },
  { "Climate Modelling Trust", CL_COMPANY_TYPE_NON_PROFIT },
  { "National Statistics Office", CL_COMPANY_TYPE_PUBLIC_SECTOR },
  { "Talentbridge Recruiting", CL_COMPANY_TYPE_AGENCY },
};

static const char *company_stems[] = {
  "Northwind",
  "Helix",
  "Quanta",
  "Lumen",
  "Vector",
  "Cobalt",
  "Tensorfield",
  "Brightpath",
  "Kestrel",
  "Meridian",
  "Polaris",
  "Juniper",
  "Aurora",
  "Sequoia",
  "Basalt",
  "Cirrus",
  "Fathom",
  "Granite",
  "Halcyon",
  "Indigo",
  "Keystone",
  "Lattice",
  "Mosaic",
  "Nebula",
  "Onyx",
  "Parallax",
  "Quill",
  "Redwood",
  "Sable",
  "Tidal",
  "Umbra",
  "Vantage",
  "Willow",
  "Xenon",
  "Yonder",
  "Zephyr",
  "Arbor",
  "Beacon",
  "Cascade",
  "Drift",
};

typedef struct
{
  const char   *suffix;
  ClCompanyType type;
} Suffix;

static const Suffix company_suffixes[] = {
  { "AI", CL_COMPANY_TYPE_STARTUP },
  { "Labs", CL_COMPANY_TYPE_STARTUP },
  { "Robotics", CL_COMPANY_TYPE_SCALE_UP },
  { "Analytics", CL_COMPANY_TYPE_SCALE_UP },
  { "Health", CL_COMPANY_TYPE_SCALE_UP },
  { "Systems", CL_COMPANY_TYPE_LISTED },
  { "Insurance", CL_COMPANY_TYPE_LISTED },
  { "Research", CL_COMPANY_TYPE_RESEARCH_LAB },
};

typedef struct
{
  const char *title;
  const char *levels[3]; /* posted levels that go with the title */
} Role;

static const Role roles[] = {
  { "Machine Learning Engineer", { "L3", "L4", "Mid-level" } },
  { "Senior Machine Learning Engineer", { "L5", "Senior", "E5" } },
  { "Staff Machine Learning Engineer", { "L6", "Staff", "E6" } },
  { "Principal Machine Learning Engineer", { "L7", "Principal", "E7" } },
  { "Applied Scientist", { "L4", "L5", "Applied Scientist II" } },
  { "Senior Applied Scientist", { "L5", "L6", "Senior" } },
  { "ML Platform Engineer", { "L4", "L5", "Senior" } },
  { "ML Infrastructure Engineer", { "L4", "L5", "Staff" } },
  { "Research Engineer", { "L4", "L5", "Senior" } },
  { "Research Scientist", { "L5", "L6", "Staff" } },
  { "Data Scientist", { "L3", "L4", "Senior" } },
  { "MLOps Engineer", { "L3", "L4", "Senior" } },
  { "Computer Vision Engineer", { "L4", "L5", "Senior" } },
  { "NLP Engineer", { "L4", "L5", "Senior" } },
  { "Recommender Systems Engineer", { "L4", "L5", "Staff" } },
};

typedef struct
{
  const char *city;
  const char *currency;
  gint64      base; /* a typical senior base salary there */
} Place;

static const Place places[] = {
  { "San Francisco, CA", "USD", 210000 },
  { "Seattle, WA", "USD", 195000 },
  { "New York, NY", "USD", 200000 },
  { "Austin, TX", "USD", 170000 },
  { "Toronto, ON", "CAD", 165000 },
  { "London, UK", "GBP", 105000 },
  { "Berlin, Germany", "EUR", 90000 },
  { "Amsterdam, Netherlands", "EUR", 95000 },
  { "Paris, France", "EUR", 80000 },
  { "Zürich, Switzerland", "CHF", 160000 },
  { "Remote (Europe)", "EUR", 85000 },
  { "Remote (US)", "USD", 175000 },
};

/* Percent weights of the default stages, in board order: most applications
 * wait in the early stages or ended in a rejection. */
static const guint stage_weights[] = { 18, 30, 12, 9, 6, 2, 1, 14, 3, 5 };

typedef struct
{
  ClApplicationSource source;
  guint               weight;
} SourceWeight;

static const SourceWeight source_weights[] = {
  { CL_APPLICATION_SOURCE_COLD, 30 },
  { CL_APPLICATION_SOURCE_JOB_BOARD, 20 },
  { CL_APPLICATION_SOURCE_COMPANY_SITE, 15 },
  { CL_APPLICATION_SOURCE_REFERRAL, 12 },
  { CL_APPLICATION_SOURCE_RECRUITER, 12 },
  { CL_APPLICATION_SOURCE_NETWORK, 6 },
  { CL_APPLICATION_SOURCE_EVENT, 3 },
  { CL_APPLICATION_SOURCE_OTHER, 2 },
};

static const char *first_names[] = {
  "Aisha",
  "Alejandro",
  "Amara",
  "Anders",
  "Ana",
  "Arjun",
  "Beatriz",
  "Ben",
  "Chen",
  "Chiara",
  "Daniel",
  "Dmitri",
  "Elena",
  "Emeka",
  "Emma",
  "Farah",
  "Felix",
  "Fatima",
  "Gabriel",
  "Hana",
  "Hiroshi",
  "Ines",
  "Ivan",
  "Jamal",
  "Jana",
  "Javier",
  "Ji-woo",
  "Julia",
  "Kai",
  "Karim",
  "Laura",
  "Leila",
  "Liam",
  "Lucas",
  "Maya",
  "Mei",
  "Mohammed",
  "Nadia",
  "Nikhil",
  "Noah",
  "Olga",
  "Omar",
  "Priya",
  "Rafael",
  "Rosa",
  "Samir",
  "Sara",
  "Sofia",
  "Tariq",
  "Tomás",
  "Uma",
  "Valentina",
  "Wei",
  "Yara",
  "Yusuf",
  "Zara",
  "Zoltan",
  "Ingrid",
  "Kwame",
  "Lin",
};

static const char *last_names[] = {
  "Abadi",
  "Adeyemi",
  "Andersson",
  "Bauer",
  "Bianchi",
  "Chen",
  "Costa",
  "Das",
  "Dubois",
  "Eriksen",
  "Fernández",
  "Fischer",
  "García",
  "Gupta",
  "Haddad",
  "Hansen",
  "Ito",
  "Ivanova",
  "Jensen",
  "Kaur",
  "Kim",
  "Kowalski",
  "Kumar",
  "Larsen",
  "Li",
  "López",
  "Martin",
  "Meyer",
  "Moreau",
  "Müller",
  "Nakamura",
  "Nguyen",
  "Novak",
  "Okafor",
  "Olsen",
  "Patel",
  "Petrov",
  "Quinn",
  "Rossi",
  "Santos",
  "Schmidt",
  "Singh",
  "Silva",
  "Smith",
  "Sousa",
  "Suzuki",
  "Tanaka",
  "Torres",
  "Wang",
  "Weber",
  "Williams",
  "Wójcik",
  "Yamamoto",
  "Yilmaz",
  "Zhang",
  "Zhou",
  "Ahmed",
  "Brown",
  "Chowdhury",
  "Diallo",
};

typedef struct
{
  ClContactRole role;
  guint         weight;
  const char   *titles[3];
} ContactKind;

static const ContactKind contact_kinds[] = {
  { CL_CONTACT_ROLE_RECRUITER, 25, { "Technical Recruiter", "Talent Partner", "Sourcer" } },
  { CL_CONTACT_ROLE_HIRING_MANAGER,
    10,
    { "Engineering Manager", "Head of Machine Learning", "Director of AI" } },
  { CL_CONTACT_ROLE_REFERRER,
    10,
    { "Senior Machine Learning Engineer", "Staff Engineer", "Data Scientist" } },
  { CL_CONTACT_ROLE_INTERVIEWER,
    20,
    { "Staff Machine Learning Engineer", "Applied Scientist", "Software Engineer" } },
  { CL_CONTACT_ROLE_PEER,
    15,
    { "Machine Learning Engineer", "Research Engineer", "MLOps Engineer" } },
  { CL_CONTACT_ROLE_MENTOR, 5, { "Principal Scientist", "VP Engineering", "Professor" } },
  { CL_CONTACT_ROLE_PRACTICE_PARTNER,
    5,
    { "Software Engineer", "Machine Learning Engineer", "Data Scientist" } },
  { CL_CONTACT_ROLE_OTHER, 10, { "Product Manager", "Founder", "Engineer" } },
};

static const char *how_met[] = {
  "Hackathon",
  "Job fair",
  "PyData meetup",
  "Volunteering at a coding school",
  "NeurIPS",
  "MLOps community meetup",
  "LinkedIn",
  "Former colleague",
  "University",
  "Online course forum",
};

static const char *objectives[][4] = {
  [CL_PREP_DOMAIN_CODING] = { "Graphs and BFS/DFS problems", "Dynamic programming: 20 problems",
                              "Heaps and intervals", "Timed mock interviews" },
  [CL_PREP_DOMAIN_BEHAVIORAL] = { "Write eight STAR stories", "Conflict and failure stories",
                                  "Why this company, for each onsite", "Leadership examples" },
  [CL_PREP_DOMAIN_ML_FUNDAMENTALS] = { "Transformers and attention",
                                       "Bias–variance and regularisation",
                                       "Evaluation metrics and calibration",
                                       "Gradient boosting in depth" },
  [CL_PREP_DOMAIN_ML_SYSTEM_DESIGN] = { "Design a feed ranking system",
                                        "Feature stores and training/serving skew",
                                        "A/B testing and online metrics",
                                        "Distributed training at scale" },
  [CL_PREP_DOMAIN_INTERVIEW_TIPS] = { "Think aloud while coding", "Questions to ask interviewers",
                                      "Negotiation practice with a friend",
                                      "Warm up with low-interest companies" },
};

typedef struct
{
  ClRedFlagKind kind;
  guint         weight;
  const char   *notes[2]; /* NULL: no note */
} RedFlag;

static const RedFlag red_flags[] = {
  { CL_RED_FLAG_KIND_OVERWORK,
    25,
    { "“We work hard and play hard”; on-call every other week.", NULL } },
  { CL_RED_FLAG_KIND_GHOSTING, 20, { "Two weeks without news after the screen.", NULL } },
  { CL_RED_FLAG_KIND_TURNOVER,
    15,
    { "Third ML lead in two years.", "Half the team joined this year." } },
  { CL_RED_FLAG_KIND_SCRIPTED_INTERVIEWERS,
    10,
    { "Interviewer read questions off a sheet.", NULL } },
  { CL_RED_FLAG_KIND_EVASIVE_ANSWERS,
    15,
    { "No straight answer about the model deployment process.", NULL } },
  { CL_RED_FLAG_KIND_VAGUE_ROLE,
    10,
    { "Nobody could say what the first project would be.", NULL } },
  { CL_RED_FLAG_KIND_OTHER, 5, { "Salary range only “after the final round”.", NULL } },
};

typedef struct
{
  ClContext  *context;
  ClClock    *clock;
  gint64      now; /* 09:00 UTC on the day the search is looked at */
  GRand      *rand;
  GPtrArray  *companies; /* Company: the well-known ones and those made up */
  GPtrArray  *names;     /* owns the made-up Company structs and their names */
  GArray     *stage_ids; /* gint64, board order */
  GHashTable *staff;     /* company name → GArray of the ids of contacts working there */
  GArray     *referrers; /* gint64: contacts who refer people (referrers and peers) */
} Generator;

static guint
pick (GRand *rand,
      guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = pick (rand, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

static gboolean
chance (GRand *rand,
        guint  percent)
{
  return pick (rand, 100) < percent;
}

/* "Northwind AI" → "northwind-ai", for addresses. */
static char *
slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString         *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static void
build_companies (Generator *gen)
{
  for (guint i = 0; i < G_N_ELEMENTS (well_known); i++)
    g_ptr_array_add (gen->companies, (gpointer) &well_known[i]);

  for (guint i = 0; i < G_N_ELEMENTS (company_stems); i++)
    for (guint j = 0; j < G_N_ELEMENTS (company_suffixes); j++)
      {
        Company *company = g_new0 (Company, 1);
        char    *name = g_strdup_printf ("%s %s", company_stems[i], company_suffixes[j].suffix);

        company->name = name;
        company->type = company_suffixes[j].type;
        g_ptr_array_add (gen->names, name);
        g_ptr_array_add (gen->names, company);
        g_ptr_array_add (gen->companies, company);
      }
}

/* Big names draw more applications than any single small company. */
static const Company *
pick_company (Generator *gen)
{
  if (chance (gen->rand, 25))
    return gen->companies->pdata[pick (gen->rand, G_N_ELEMENTS (well_known))];
  return gen->companies->pdata[pick (gen->rand, gen->companies->len)];
}

static void
set_time (Generator *gen,
          gint64     unix_time)
{
  cl_clock_set (gen->clock, unix_time);
}

/* The calendar day of @unix_time (UTC), "YYYY-MM-DD". */
static char *
date_text (gint64 unix_time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (date, "%Y-%m-%d");
}

/* Midnight UTC at the start of the day of @unix_time. */
static gint64
start_of_day (gint64 unix_time)
{
  gint64 into_day = unix_time % DAY;

  return unix_time - (into_day < 0 ? into_day + DAY : into_day);
}

static gboolean
add_rounds (Generator      *gen,
            ClApplication  *application,
            guint           stage_index,
            ClSampleCounts *counts,
            GError        **error)
{
  static const ClRoundKind later_kinds[] = {
    CL_ROUND_KIND_CODING,
    CL_ROUND_KIND_ML_SYSTEM_DESIGN,
    CL_ROUND_KIND_ML_FUNDAMENTALS,
    CL_ROUND_KIND_BEHAVIORAL,
    CL_ROUND_KIND_HIRING_MANAGER,
    CL_ROUND_KIND_TAKE_HOME,
    CL_ROUND_KIND_PRESENTATION,
  };
  ClRoundStore *store = cl_context_get_round_store (gen->context);
  gint64        created_at = cl_application_get_created_at (application);
  gboolean      open = stage_index <= 5;
  gint64        when = created_at;
  guint         n;

  /* Offers come after a full loop; open stages have rounds up to their own. */
  if (stage_index == 5 || stage_index == 6)
    n = 3 + pick (gen->rand, 2);
  else if (open)
    n = MIN (stage_index - 1, 4u);
  else
    n = pick (gen->rand, 5);

  for (guint i = 0; i < n; i++)
    {
      ClRoundKind kind = CL_ROUND_KIND_RECRUITER;
      g_autoptr(ClRound) round = NULL;
      gboolean      last = i + 1 == n;
      ClRoundStatus status;

      /* One draw per statement: argument order is unspecified in C, and the
       * data must not depend on the compiler. */
      if (i > 0)
        kind = later_kinds[pick (gen->rand, G_N_ELEMENTS (later_kinds))];
      /* A round every week or two, in the afternoon. */
      when = when - when % DAY + (gint64) (5 + pick (gen->rand, 10)) * DAY + 15 * 3600;

      if (open && last && stage_index < 5)
        {
          /* The next step of a running loop, in the coming weeks. */
          status = CL_ROUND_STATUS_SCHEDULED;
          when = start_of_day (gen->now) + (1 + pick (gen->rand, 21)) * DAY;
          when += (9 + pick (gen->rand, 8)) * 3600;
        }
      else if (!open && last && stage_index == 7)
        status = CL_ROUND_STATUS_FAILED;
      else
        status = chance (gen->rand, 70) ? CL_ROUND_STATUS_PASSED : CL_ROUND_STATUS_DONE;

      /* A loop that ran fast: its past rounds end up on the last days. */
      if (status != CL_ROUND_STATUS_SCHEDULED && when > gen->now - (n - i) * DAY)
        when = gen->now - (n - i) * DAY;

      round = cl_round_new (cl_application_get_id (application), kind);
      g_object_set (round, "title", cl_round_kind_get_label (kind), "scheduled-at", when,
                    "duration-minutes",
                    kind == CL_ROUND_KIND_TAKE_HOME   ? 240u
                    : kind == CL_ROUND_KIND_RECRUITER ? 30u
                                                      : 60u,
                    "status", status, NULL);
      if (chance (gen->rand, 30))
        g_object_set (round, "notes", "Format from the recruiter; ask about the team’s ML stack.",
                      NULL);

      if (!cl_round_store_add_round (store, round, error))
        return FALSE;
      counts->n_rounds++;
    }

  return TRUE;
}

static gboolean
add_offer (Generator      *gen,
           ClApplication  *application,
           const Place    *place,
           gboolean        accepted,
           ClSampleCounts *counts,
           GError        **error)
{
  g_autoptr(ClOffer) offer = NULL;
  g_autofree char *start_date = NULL;
  ClOfferStatus    status = CL_OFFER_STATUS_ACCEPTED;
  gint64           deadline = 0;
  gint64           base;
  gint64           equity = -1;
  guint            bonus;
  guint            month;
  guint            day;
  gint64           received_at;

  /* Whole thousands, in cents. */
  base = place->base * (85 + pick (gen->rand, 40)) / 100 / 1000 * 1000 * 100;
  bonus = pick (gen->rand, 5) * 5;
  if (chance (gen->rand, 70))
    equity = base * (50 + pick (gen->rand, 250)) / 100 / 100000 * 100000;
  /* A start one to four months ahead. */
  month = 1 + pick (gen->rand, 3);
  day = 1 + pick (gen->rand, 28);
  start_date = date_text (gen->now + (gint64) (month * 30 + day) * DAY);
  received_at = gen->now - (1 + pick (gen->rand, 20)) * DAY;
  if (!accepted)
    {
      status = chance (gen->rand, 50) ? CL_OFFER_STATUS_NEGOTIATING : CL_OFFER_STATUS_RECEIVED;
      deadline = gen->now + (2 + pick (gen->rand, 12)) * DAY;
    }

  offer = cl_offer_new (cl_application_get_id (application), base, place->currency);
  g_object_set (offer,
                "bonus-basis-points", (gint64) bonus * 100,
                "equity-amount", equity,
                "vesting", chance (gen->rand, 80) ? CL_VESTING_STANDARD : CL_VESTING_BACK_LOADED,
                "level", cl_application_get_posted_level (application),
                "title", cl_application_get_role (application),
                "start-date", start_date,
                "status", status,
                "received-at", received_at,
                "response-deadline", deadline,
                NULL);
  if (chance (gen->rand, 50))
    {
      gint64 sign_on = (gint64) (10 + pick (gen->rand, 40)) * 1000 * 100;

      g_object_set (offer, "sign-on", sign_on, "sign-on-clawback-months", 12u, NULL);
    }

  if (!cl_offer_store_add_offer (cl_context_get_offer_store (gen->context), offer, error))
    return FALSE;
  counts->n_offers++;
  return TRUE;
}

static gboolean
add_applications (Generator             *gen,
                  const ClSampleOptions *options,
                  ClSampleCounts        *counts,
                  GError               **error)
{
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (gen->context);
  guint            weights[G_N_ELEMENTS (source_weights)];

  for (guint i = 0; i < G_N_ELEMENTS (source_weights); i++)
    weights[i] = source_weights[i].weight;

  for (guint i = 0; i < options->n_applications; i++)
    {
      const Company *company = pick_company (gen);
      const Role    *role = &roles[pick (gen->rand, G_N_ELEMENTS (roles))];
      const Place   *place = &places[pick (gen->rand, G_N_ELEMENTS (places))];
      guint          stage_index =
        pick_weighted (gen->rand, stage_weights, G_N_ELEMENTS (stage_weights));
      const char         *posted_level = role->levels[pick (gen->rand, 3)];
      const char         *target_level = chance (gen->rand, 25) ? "Staff" : posted_level;
      guint               interest = 1 + pick (gen->rand, 5);
      guint               career_fit = pick (gen->rand, 6);
      guint               gut_feeling = stage_index >= 2 ? pick (gen->rand, 6) : 0;
      ClApplicationSource source =
        source_weights[pick_weighted (gen->rand, weights, G_N_ELEMENTS (weights))].source;
      g_autoptr(ClApplication) application = cl_application_new (company->name, role->title);
      gint64 age;

      /* Later stages started longer ago. */
      age = (gint64) (stage_index * 12 + 2 + pick (gen->rand, 90)) * DAY;
      age += pick (gen->rand, 86400);

      g_object_set (cl_application_get_company (application), "company-type", company->type, NULL);
      g_object_set (application,
                    "interest", interest,
                    "posted-level", posted_level,
                    "target-level", target_level,
                    "career-fit", career_fit,
                    "gut-feeling", gut_feeling,
                    "source", source,
                    "location", place->city,
                    NULL);

      if (chance (gen->rand, 70))
        {
          g_autofree char *company_slug = slug (company->name);
          g_autofree char *url = g_strdup_printf ("https://careers.%s.example/jobs/%u",
                                                  company_slug, 1000 + pick (gen->rand, 90000));

          g_object_set (application, "job-url", url, NULL);
        }
      if (chance (gen->rand, 45))
        {
          gint64 low = place->base * (70 + pick (gen->rand, 30)) / 100 / 1000 * 1000;
          gint64 high = low + (gint64) (10 + pick (gen->rand, 50)) * 1000;

          g_object_set (application,
                        "salary-min", low,
                        "salary-max", high,
                        "salary-currency", place->currency,
                        NULL);
        }
      if (chance (gen->rand, 20))
        g_object_set (application, "notes",
                      "Team works on ranking and retrieval; on-call once a month.", NULL);

      set_time (gen, gen->now - age);
      if (!cl_pipeline_store_add_application (pipeline, application,
                                              g_array_index (gen->stage_ids, gint64, stage_index),
                                              error))
        return FALSE;
      counts->n_applications++;

      if (stage_index >= 2 && !add_rounds (gen, application, stage_index, counts, error))
        return FALSE;
      if ((stage_index == 5 || stage_index == 6) &&
          !add_offer (gen, application, place, stage_index == 6, counts, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_contacts (Generator             *gen,
              const ClSampleOptions *options,
              ClSampleCounts        *counts,
              GError               **error)
{
  ClContactStore *store = cl_context_get_contact_store (gen->context);
  guint           weights[G_N_ELEMENTS (contact_kinds)];

  for (guint i = 0; i < G_N_ELEMENTS (contact_kinds); i++)
    weights[i] = contact_kinds[i].weight;

  for (guint i = 0; i < options->n_contacts; i++)
    {
      const char        *first = first_names[pick (gen->rand, G_N_ELEMENTS (first_names))];
      const char        *last = last_names[pick (gen->rand, G_N_ELEMENTS (last_names))];
      const ContactKind *kind =
        &contact_kinds[pick_weighted (gen->rand, weights, G_N_ELEMENTS (weights))];
      g_autofree char *name = g_strdup_printf ("%s %s", first, last);
      g_autoptr(ClContact) contact = cl_contact_new (name);
      const Company   *company = chance (gen->rand, 80) ? pick_company (gen) : NULL;
      g_autofree char *person_slug = slug (name);

      const char      *title = kind->titles[pick (gen->rand, 3)];
      const char      *met = how_met[pick (gen->rand, G_N_ELEMENTS (how_met))];
      gint64           contacted_at = 0;
      guint            role_bits = CL_CONTACT_ROLE_BIT (kind->role);

      /* Some people are more than one thing to the search. */
      if (chance (gen->rand, 10))
        role_bits |= CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_PEER);
      cl_contact_set_company_name (contact, company != NULL ? company->name : NULL);
      g_object_set (contact,
                    "title", title,
                    "roles", role_bits,
                    "how-met", met,
                    NULL);

      if (chance (gen->rand, 80))
        {
          g_autofree char *domain = company != NULL ? slug (company->name) : g_strdup ("mail");
          g_autofree char *local = g_strdelimit (g_strdup (person_slug), "-", '.');
          g_autofree char *email = g_strdup_printf ("%s\t%s@%s.example",
                                                    company != NULL ? "work" : "home", local,
                                                    domain);

          g_object_set (contact, "emails", email, NULL);
        }
      if (chance (gen->rand, 60))
        {
          g_autofree char *url = g_strdup_printf ("https://www.linkedin.com/in/%s-%u",
                                                  person_slug, pick (gen->rand, 10000));

          g_object_set (contact, "linkedin-url", url, NULL);
        }
      if (chance (gen->rand, 15))
        {
          g_autofree char *url = g_strdup_printf ("https://%s.example", person_slug);

          g_object_set (contact, "portfolio-url", url, NULL);
        }
      if (chance (gen->rand, 30))
        {
          g_autofree char *phone = g_strdup_printf ("mobile\t+1 555 %04u", pick (gen->rand, 10000));

          g_object_set (contact, "phones", phone, NULL);
        }
      if (chance (gen->rand, 35))
        {
          static const guint cadences[] = { 14, 30, 60, 90 };
          guint              cadence = cadences[pick (gen->rand, G_N_ELEMENTS (cadences))];
          gint64             last_contacted = gen->now - (gint64) pick (gen->rand, 120) * DAY;

          g_object_set (contact,
                        "cadence-days", cadence,
                        "next-follow-up", last_contacted + (gint64) cadence * DAY,
                        NULL);
          contacted_at = last_contacted;
        }
      if (chance (gen->rand, 10))
        g_object_set (contact, "notes", "Offered to review my ML system design answers.", NULL);

      /* A UID from the seed, so that the same seed makes the same file. */
      {
        g_autofree char *uid =
          g_strdup_printf ("urn:uuid:%08x-%04x-4%03x-8%03x-%08x%04x", g_rand_int (gen->rand),
                           pick (gen->rand, 0x10000), pick (gen->rand, 0x1000),
                           pick (gen->rand, 0x1000), g_rand_int (gen->rand),
                           pick (gen->rand, 0x10000));

        cl_contact_set_vcard_uid (contact, uid);
      }
      set_time (gen, gen->now - (gint64) pick (gen->rand, 400) * DAY);
      if (!cl_contact_store_add_contact (store, contact, error))
        return FALSE;
      counts->n_contacts++;
      /* "Last contacted" comes from the interactions. */
      if (contacted_at != 0)
        {
          static const ClInteractionChannel channels[] = {
            CL_INTERACTION_CHANNEL_EMAIL, CL_INTERACTION_CHANNEL_CALL,
            CL_INTERACTION_CHANNEL_LINKEDIN, CL_INTERACTION_CHANNEL_VIDEO
          };
          g_autoptr(ClInteraction) interaction = cl_interaction_new (
            cl_contact_get_id (contact), contacted_at,
            channels[pick (gen->rand, G_N_ELEMENTS (channels))], "Caught up on their team’s plans");

          if (!cl_contact_store_add_interaction (store, interaction, error))
            return FALSE;
        }

      /* Who could refer the user, for the card facts below. */
      {
        gint64 id = cl_contact_get_id (contact);

        if (company != NULL)
          {
            GArray *staff = g_hash_table_lookup (gen->staff, company->name);

            if (staff == NULL)
              {
                staff = g_array_new (FALSE, FALSE, sizeof (gint64));
                g_hash_table_insert (gen->staff, (gpointer) company->name, staff);
              }
            g_array_append_val (staff, id);
          }
        if (kind->role == CL_CONTACT_ROLE_REFERRER || kind->role == CL_CONTACT_ROLE_PEER)
          g_array_append_val (gen->referrers, id);
      }
    }

  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  gint64 x = cl_application_get_id (*(ClApplication **) a);
  gint64 y = cl_application_get_id (*(ClApplication **) b);

  return (x > y) - (x < y);
}

static gboolean
add_objectives (Generator             *gen,
                const ClSampleOptions *options,
                ClSampleCounts        *counts,
                GError               **error)
{
  ClPrepStore *store = cl_context_get_prep_store (gen->context);
  GListModel  *applications =
    cl_pipeline_store_get_applications (cl_context_get_pipeline_store (gen->context));
  /* Its own sequence, so that the links change nothing else drawn. */
  g_autoptr(GRand) link_rand = g_rand_new_with_seed (options->seed ^ 0x0b1ec7);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_applications = g_list_model_get_n_items (applications);

  for (guint i = 0; i < n_applications; i++)
    g_ptr_array_add (order, g_list_model_get_item (applications, i));
  g_ptr_array_sort_with_data (order, compare_ids, NULL);

  for (ClPrepDomain domain = CL_PREP_DOMAIN_CODING; domain <= CL_PREP_DOMAIN_INTERVIEW_TIPS;
       domain++)
    {
      guint n = 2 + pick (gen->rand, 2);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ClObjective) objective = cl_objective_new (domain, objectives[domain][i]);
          double            planned = (double) (2 + pick (gen->rand, 19));
          ClObjectiveStatus status = (ClObjectiveStatus) pick (gen->rand, 3);
          double            spent = 0;

          if (status == CL_OBJECTIVE_STATUS_IN_PROGRESS)
            spent = planned * (1 + pick (gen->rand, 3)) / 4;
          else if (status == CL_OBJECTIVE_STATUS_DONE)
            spent = planned * (3 + pick (gen->rand, 4)) / 4;

          g_object_set (objective,
                        "status", status,
                        "hours-planned", planned,
                        "hours-spent", spent,
                        NULL);
          if (chance (gen->rand, 75))
            {
              /* From three weeks ago to six weeks ahead. */
              guint            month = pick (gen->rand, 2);
              guint            day = 1 + pick (gen->rand, 30);
              g_autofree char *date =
                date_text (gen->now + ((gint64) (month * 30 + day) - 21) * DAY);

              g_object_set (objective, "target-date", date, NULL);
            }

          set_time (gen, gen->now - (gint64) pick (gen->rand, 60) * DAY);
          /* About half prepare for an application. */
          if (n_applications > 0 && chance (link_rand, 50))
            {
              ClApplication *application =
                g_ptr_array_index (order, pick (link_rand, n_applications));

              if (!cl_prep_store_add_objective_for_application (
                    store, objective, cl_application_get_id (application), error))
                return FALSE;
            }
          else if (!cl_prep_store_add_objective (store, objective, error))
            return FALSE;
          counts->n_objectives++;
        }
    }

  return TRUE;
}

static gint64
pick_referrer (Generator     *gen,
               GRand         *rand,
               ClApplication *application)
{
  GArray *staff = g_hash_table_lookup (gen->staff, cl_application_get_company_name (application));

  /* Someone who works there, most of the time. */
  if (staff != NULL && pick (rand, 100) < 85)
    return g_array_index (staff, gint64, pick (rand, staff->len));
  if (gen->referrers->len > 0)
    return g_array_index (gen->referrers, gint64, pick (rand, gen->referrers->len));
  if (staff != NULL)
    return g_array_index (staff, gint64, pick (rand, staff->len));
  return 0;
}

static gboolean
add_referral (Generator      *gen,
              GRand          *rand,
              ClApplication  *application,
              guint           stage_index,
              ClSampleCounts *counts,
              GError        **error)
{
  /* Asked, agreed, submitted, declined. */
  static const guint by_referral[] = { 10, 20, 65, 5 };
  static const guint asked_later[] = { 45, 20, 5, 30 };
  static const guint before_applying[] = { 60, 40, 0, 0 };
  const guint       *weights;
  gboolean           referred =
    cl_application_get_source (application) == CL_APPLICATION_SOURCE_REFERRAL;
  ClReferralStatus status;
  gint64           contact_id;
  gint64           asked_at;

  /* Most referred applications have the referral on record; a few others
   * asked someone along the way.  About 15% in all. */
  if (pick (rand, 100) >= (referred ? 90u : 5u))
    return TRUE;
  contact_id = pick_referrer (gen, rand, application);
  if (contact_id == 0)
    return TRUE;

  if (stage_index == 0)
    weights = before_applying;
  else
    weights = referred ? by_referral : asked_later;
  status = CL_REFERRAL_STATUS_ASKED + pick_weighted (rand, weights, 4);

  asked_at = cl_application_get_created_at (application) + (gint64) pick (rand, 10) * DAY;
  set_time (gen, MIN (asked_at, gen->now));
  if (!cl_pipeline_store_set_referral (cl_context_get_pipeline_store (gen->context), application,
                                       contact_id, status, error))
    return FALSE;
  counts->n_referrals++;
  return TRUE;
}

static gboolean
add_red_flags (Generator      *gen,
               GRand          *rand,
               ClApplication  *application,
               guint           stage_index,
               ClSampleCounts *counts,
               GError        **error)
{
  guint weights[G_N_ELEMENTS (red_flags)];
  guint n;

  /* Noticed during the process, so rarely on the wishlist. */
  if (pick (rand, 100) >= (stage_index == 0 ? 3u : 12u))
    return TRUE;
  n = pick (rand, 100) < 70 ? 1 : 2;

  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    weights[i] = red_flags[i].weight;
  /* A ghosted application says why. */
  if (stage_index == 9)
    weights[CL_RED_FLAG_KIND_GHOSTING] += 200;

  set_time (gen, gen->now - (gint64) pick (rand, 30) * DAY);
  for (guint i = 0; i < n; i++)
    {
      guint         k = pick_weighted (rand, weights, G_N_ELEMENTS (weights));
      const char   *note = red_flags[k].notes[pick (rand, 2)];

      ClRedFlagKind kind = red_flags[k].kind;
      g_autoptr(ClRedFlag) flag = cl_red_flag_new (
        cl_application_get_id (application), kind,
        kind == CL_RED_FLAG_KIND_OTHER ? "Salary range hidden" : NULL);

      g_object_set (flag, "note", note, NULL);
      if (!cl_red_flag_store_save_flag (cl_context_get_red_flag_store (gen->context), flag, error))
        return FALSE;
      weights[k] = 0; /* one of each kind */
      counts->n_red_flags++;
    }
  return TRUE;
}

/* There is no store method for the deadline yet: set it as the app would, in
 * a transaction that names the application, so the board follows. */
static gboolean
add_deadline (Generator      *gen,
              GRand          *rand,
              ClApplication  *application,
              ClSampleCounts *counts,
              GError        **error)
{
  ClDatabase *database = cl_context_get_database (gen->context);
  g_autoptr(ClTransaction) tx = NULL;
  gint64 id = cl_application_get_id (application);
  gint64 deadline;
  guint  day;

  if (pick (rand, 100) >= 30)
    return TRUE;

  /* Postings close at the end of a day: most in the coming weeks, some
   * already closed (the last twelve days). */
  day = pick (rand, 45);
  if (day < 12)
    deadline = start_of_day (gen->now) - (gint64) day * DAY - 60;
  else
    deadline = start_of_day (gen->now) + (gint64) (day - 11) * DAY - 60;

  set_time (gen, gen->now);
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute (database, error, "UPDATE applications SET deadline = ?2 WHERE id = ?1",
                            "xx", id, deadline))
    return FALSE;
  cl_transaction_touch (tx, CL_TABLE_APPLICATIONS, CL_ENTITY_APPLICATION, id);
  if (!cl_transaction_commit (tx, error))
    return FALSE;
  counts->n_deadlines++;
  return TRUE;
}

/* A follow-up reminder of @application due at @due_at, done at @done_at (0:
 * not done), noted at @created_at.  No store writes reminders yet: written
 * as add_deadline() writes deadlines. */
static gboolean
add_reminder (Generator      *gen,
              ClApplication  *application,
              const char     *title,
              gint64          due_at,
              gint64          done_at,
              gint64          created_at,
              ClSampleCounts *counts,
              GError        **error)
{
  ClDatabase *database = cl_context_get_database (gen->context);
  g_autoptr(ClTransaction) tx = NULL;
  gint64 application_id = cl_application_get_id (application);
  gint64 id;

  /* The row says when it was noted: the clock stays where it is, as each
   * move of it makes the board look at its cards' next dates again. */
  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_execute (
        database, error,
        "INSERT INTO reminders (kind, title, due_at, done_at, application_id, created_at)"
        " VALUES ('follow-up', ?1, ?2, ?3, ?4, ?5)",
        "sxzxx", title, due_at, done_at, application_id, created_at))
    return FALSE;
  id = cl_database_last_insert_id (database);
  cl_transaction_touch (tx, CL_TABLE_REMINDERS, CL_ENTITY_REMINDER, id);
  /* The card's next date comes from its follow-ups. */
  cl_transaction_touch (tx, CL_TABLE_REMINDERS, CL_ENTITY_APPLICATION, application_id);
  if (!cl_transaction_commit (tx, error))
    return FALSE;
  counts->n_follow_ups++;
  return TRUE;
}

/* Follow-ups on applications that wait for an answer: one after applying,
 * long done (or now overdue), and for some a next one in the coming weeks. */
static gboolean
add_follow_ups (Generator      *gen,
                GRand          *rand,
                ClApplication  *application,
                guint           stage_index,
                ClSampleCounts *counts,
                GError        **error)
{
  /* What comes next: waiting for an answer, or between interviews. */
  static const char *upcoming[2][4] = {
    { "Check in on the application", "Ask the recruiter for news", "Nudge the hiring manager",
      "Follow up after the job fair" },
    { "Ask the recruiter about next steps", "Send the thank-you note", "Check in on the timeline",
      "Send the references" },
  };
  gint64   created_at = cl_application_get_created_at (application);
  gboolean open = stage_index >= 1 && stage_index <= 5;
  guint    percent = stage_index == 0 ? 0 : open ? 70
                                                 : 20;

  if (pick (rand, 100) >= percent)
    return TRUE;

  /* A week or two after applying, in the morning. */
  {
    gint64   due_at = start_of_day (created_at) + (gint64) (7 + pick (rand, 8)) * DAY + 10 * 3600;
    gboolean overdue = pick (rand, 100) < (open ? 15u : 0u);
    gint64   done_at = due_at + (gint64) pick (rand, 2 * 86400);

    if (due_at >= gen->now)
      due_at = gen->now - DAY;
    if (done_at >= gen->now)
      done_at = gen->now - 3600;
    if (!add_reminder (gen, application, "Follow up on the application", due_at,
                       overdue ? 0 : done_at, created_at, counts, error))
      return FALSE;
  }

  if (open && pick (rand, 100) < (stage_index == 1 ? 45u : 30u))
    {
      const char *title = upcoming[stage_index > 1][pick (rand, G_N_ELEMENTS (upcoming[0]))];
      gint64      due_at =
        start_of_day (gen->now) + (gint64) (1 + pick (rand, 21)) * DAY + 10 * 3600;
      gint64 noted_at = MAX (created_at, gen->now - (gint64) pick (rand, 5) * DAY);

      if (!add_reminder (gen, application, title, due_at, 0, noted_at, counts, error))
        return FALSE;
    }
  return TRUE;
}

/* What the cards show beyond their own fields.  A GRand of its own keeps the
 * rest of the sample as it was before these facts were added. */
/* What one writes down after rounds: feedback heard, thoughts, lessons. */
static const struct
{
  ClJournalKind kind;
  const char   *body;
} journal_lines[] = {
  { CL_JOURNAL_KIND_FEEDBACK, "Recruiter: strong on modelling, wants more depth on serving." },
  { CL_JOURNAL_KIND_FEEDBACK, "Passed the coding round; the graph question took too long." },
  { CL_JOURNAL_KIND_THOUGHT, "The team ships weekly and owns its models end to end. I like that." },
  { CL_JOURNAL_KIND_THOUGHT, "Not sure the role is more than dashboards. Ask the hiring manager." },
  { CL_JOURNAL_KIND_LESSON, "Practise sketching a feature store and an online evaluation loop." },
  { CL_JOURNAL_KIND_LESSON, "Prepare a two-minute story about a model that failed in production." },
};

/* A few entries on applications past the first rounds, a day after a round;
 * a separate random stream, so the rest of the data stays as it was. */
static gboolean
add_journal (Generator      *gen,
             GRand          *rand,
             ClApplication  *application,
             guint           stage_index,
             ClSampleCounts *counts,
             GError        **error)
{
  ClJournalStore *store = cl_context_get_journal_store (gen->context);
  gint64          created_at = cl_application_get_created_at (application);
  guint           n;

  if (stage_index < 2 || pick (rand, 100) >= 60)
    return TRUE;
  n = 1 + pick (rand, 3);

  for (guint i = 0; i < n; i++)
    {
      guint  k = pick (rand, G_N_ELEMENTS (journal_lines));
      gint64 when = MIN (created_at + (gint64) (7 + 7 * i + pick (rand, 5)) * DAY, gen->now);
      g_autoptr(ClJournalEntry) entry = cl_journal_entry_new (
        cl_application_get_id (application), journal_lines[k].kind, journal_lines[k].body, when);

      if (!cl_journal_store_add_entry (store, entry, error))
        return FALSE;
      counts->n_journal_entries++;
    }
  return TRUE;
}

static gboolean
add_card_facts (Generator             *gen,
                const ClSampleOptions *options,
                ClSampleCounts        *counts,
                GError               **error)
{
  GListModel *applications =
    cl_pipeline_store_get_applications (cl_context_get_pipeline_store (gen->context));
  g_autoptr(GRand) rand = g_rand_new_with_seed (options->seed ^ 0x5eedfac7);
  g_autoptr(GRand) follow_up_rand = g_rand_new_with_seed (options->seed ^ 0xf0110e5);
  g_autoptr(GRand) journal_rand = g_rand_new_with_seed (options->seed ^ 0x10a7e5);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (applications);

  /* In the order they were added: the model's order is no promise. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (applications, i));
  g_ptr_array_sort_with_data (order, compare_ids, NULL);

  for (guint i = 0; i < n; i++)
    {
      ClApplication *application = g_ptr_array_index (order, i);
      gint64         stage_id = cl_application_get_stage_id (application);
      guint          stage_index = 0;

      while (stage_index < gen->stage_ids->len &&
             g_array_index (gen->stage_ids, gint64, stage_index) != stage_id)
        stage_index++;

      if (!add_referral (gen, rand, application, stage_index, counts, error) ||
          !add_red_flags (gen, rand, application, stage_index, counts, error) ||
          (stage_index == 0 && !add_deadline (gen, rand, application, counts, error)) ||
          !add_follow_ups (gen, follow_up_rand, application, stage_index, counts, error) ||
          !add_journal (gen, journal_rand, application, stage_index, counts, error))
        return FALSE;
    }

  return TRUE;
}

/* The negotiation ------------------------------------------------------------ */

/* Roughly what one unit buys in US dollars, in millionths. */
static const struct
{
  const char *currency;
  gint64      in_usd;
} usd_rates[] = {
  { "EUR", 1085000 },
  { "GBP", 1270000 },
  { "CAD", 730000 },
  { "CHF", 1130000 },
};

static const char *talking_points[] = {
  "I have a competing offer with a higher total; I would rather join you.",
  "The market median for this level is above this offer (Levels.fyi, Glassdoor).",
  "I bring production experience with ranking and retrieval models.",
  "Ask about the refresher policy and the promotion timeline.",
  "A larger sign-on bonus would cover the unvested equity I leave behind.",
  "Flexible on the start date if the base moves.",
};

static const struct
{
  ClAskKind   kind;
  const char *details;
} ask_ideas[] = {
  { CL_ASK_KIND_BASE, NULL },
  { CL_ASK_KIND_EQUITY, NULL },
  { CL_ASK_KIND_SIGN_ON, "To cover the bonus I give up by leaving" },
  { CL_ASK_KIND_LEVEL, "Staff: the scope we discussed is staff-level" },
  { CL_ASK_KIND_START_DATE, "Four weeks later than proposed" },
  { CL_ASK_KIND_OTHER, "Two days a week from home" },
};

/* Whole thousands of the currency, in cents, rounded down. */
static gint64
thousands (gint64 cents)
{
  return cents / 100000 * 100000;
}

/* Year-1 base and target bonus, in cents. */
static gint64
year_one_cash (ClOffer *offer)
{
  gint64 base = cl_offer_get_base_salary (offer);

  if (cl_offer_get_bonus_amount (offer) >= 0)
    return base + cl_offer_get_bonus_amount (offer);
  if (cl_offer_get_bonus_basis_points (offer) > 0)
    return base + base * cl_offer_get_bonus_basis_points (offer) / 10000;
  return base;
}

static gboolean
add_asks (Generator      *gen,
          GRand          *rand,
          ClOffer        *offer,
          ClSampleCounts *counts,
          GError        **error)
{
  ClOfferStore *store = cl_context_get_offer_store (gen->context);
  gint64        base = cl_offer_get_base_salary (offer);
  guint         order[G_N_ELEMENTS (ask_ideas)];
  guint         n = 2 + pick (rand, 3);

  /* Two to four different kinds, in an order of their own. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  for (guint i = G_N_ELEMENTS (order) - 1; i > 0; i--)
    {
      guint j = pick (rand, i + 1);
      guint t = order[i];

      order[i] = order[j];
      order[j] = t;
    }

  for (guint i = 0; i < n; i++)
    {
      ClAskKind kind = ask_ideas[order[i]].kind;
      gint64    amount = -1;
      g_autoptr(ClNegotiationAsk) ask = NULL;

      if (kind == CL_ASK_KIND_BASE)
        amount = thousands (base * (105 + pick (rand, 11)) / 100);
      else if (kind == CL_ASK_KIND_EQUITY)
        amount = thousands ((cl_offer_get_equity_amount (offer) >= 0
                               ? cl_offer_get_equity_amount (offer)
                               : base) *
                            (120 + pick (rand, 30)) / 100);
      else if (kind == CL_ASK_KIND_SIGN_ON)
        amount = thousands (base * (5 + pick (rand, 10)) / 100);

      ask = cl_negotiation_ask_new (kind, amount, ask_ideas[order[i]].details);
      g_object_set (ask, "priority", (ClAskPriority) pick (rand, 3), NULL);
      if (!cl_offer_store_add_ask (store, cl_offer_get_id (offer), ask, error))
        return FALSE;
      counts->n_negotiation_asks++;
    }
  return TRUE;
}

/* An offer under negotiation had a call or two since it came: the first
 * improved the base (and perhaps the sign-on bonus), written into the
 * offer; a second waits for an answer. */
static gboolean
add_negotiation_rounds (Generator      *gen,
                        GRand          *rand,
                        ClOffer        *offer,
                        ClSampleCounts *counts,
                        GError        **error)
{
  ClOfferStore *store = cl_context_get_offer_store (gen->context);
  gint64        received_at = cl_offer_get_received_at (offer);
  guint         n = 1 + pick (rand, 2);

  for (guint i = 0; i < n; i++)
    {
      gint64 when = received_at + (gen->now - received_at) * (i + 1) / (n + 1);
      g_autoptr(ClNegotiationRound) round = NULL;

      /* In the afternoon, between the offer and today. */
      when = CLAMP (start_of_day (when) + 16 * 3600, received_at + 3600, gen->now - 3600);
      round = cl_negotiation_round_new (when);
      if (i == 0)
        {
          gint64 base = cl_offer_get_base_salary (offer);

          g_object_set (round,
                        "asked", "A higher base, pointing to the market range and the other offer.",
                        "response", "The recruiter came back with a revised offer.",
                        "outcome", CL_NEGOTIATION_OUTCOME_IMPROVED,
                        "offered-base", thousands (base * (102 + pick (rand, 5)) / 100),
                        NULL);
          if (chance (rand, 50))
            g_object_set (round, "offered-sign-on",
                          thousands (base * (5 + pick (rand, 6)) / 100), NULL);
        }
      else
        {
          ClNegotiationOutcome outcome = chance (rand, 50) ? CL_NEGOTIATION_OUTCOME_PENDING
                                                           : CL_NEGOTIATION_OUTCOME_UNCHANGED;

          g_object_set (round, "asked", "Equity closer to the competing offer.", "outcome",
                        outcome, NULL);
        }

      set_time (gen, when);
      if (!cl_offer_store_add_negotiation_round (store, cl_offer_get_id (offer), round, TRUE,
                                                 error))
        return FALSE;
      counts->n_negotiation_rounds++;
    }
  return TRUE;
}

/* A plan for each offer still open: a target 10–20% above the year-1 base
 * and bonus, a walk-away point just around it, perhaps another open offer
 * as leverage, talking points, asks, and the rounds so far. */
static gboolean
add_plans (Generator      *gen,
           GRand          *rand,
           GPtrArray      *offers,
           ClSampleCounts *counts,
           GError        **error)
{
  ClOfferStore *store = cl_context_get_offer_store (gen->context);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();

  for (guint i = 0; i < offers->len; i++)
    {
      ClOffer      *offer = g_ptr_array_index (offers, i);
      ClOfferStatus status = cl_offer_get_status (offer);

      if (status == CL_OFFER_STATUS_RECEIVED || status == CL_OFFER_STATUS_NEGOTIATING)
        g_ptr_array_add (open, offer);
    }

  for (guint i = 0; i < open->len; i++)
    {
      ClOffer *offer = g_ptr_array_index (open, i);
      gint64   cash = year_one_cash (offer);
      g_autoptr(ClNegotiationPlan) plan = cl_negotiation_plan_new (cl_offer_get_id (offer));
      g_autoptr(GString) points = g_string_new (NULL);
      guint first = pick (rand, G_N_ELEMENTS (talking_points));
      guint n_points = 2 + pick (rand, 3);

      for (guint k = 0; k < n_points; k++)
        g_string_append_printf (points, "%s\n",
                                talking_points[(first + k) % G_N_ELEMENTS (talking_points)]);
      g_object_set (plan,
                    "target-total", thousands (cash * (110 + pick (rand, 11)) / 100),
                    "walk-away-total", thousands (cash * (95 + pick (rand, 10)) / 100),
                    "talking-points", points->str,
                    NULL);
      if (open->len > 1 && chance (rand, 60))
        {
          guint j = pick (rand, open->len - 1);

          j += j >= i ? 1 : 0;
          g_object_set (plan, "leverage-offer-id",
                        cl_offer_get_id (g_ptr_array_index (open, j)), NULL);
        }
      if (!cl_offer_store_save_plan (store, plan, error))
        return FALSE;
      counts->n_negotiation_plans++;

      if (!add_asks (gen, rand, offer, counts, error) ||
          (cl_offer_get_status (offer) == CL_OFFER_STATUS_NEGOTIATING &&
           !add_negotiation_rounds (gen, rand, offer, counts, error)))
        return FALSE;
    }
  return TRUE;
}

/* Two or three ranges looked up for each currency of the offers, for the
 * role and level of its first offer, and its rate to US dollars. */
static gboolean
add_market (Generator      *gen,
            GRand          *rand,
            GPtrArray      *offers,
            ClSampleCounts *counts,
            GError        **error)
{
  ClOfferStore    *store = cl_context_get_offer_store (gen->context);
  ClPipelineStore *pipeline = cl_context_get_pipeline_store (gen->context);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < offers->len; i++)
    {
      ClOffer       *first = g_ptr_array_index (offers, i);
      const char    *currency = cl_offer_get_currency (first);
      ClApplication *application =
        cl_pipeline_store_find_application (pipeline, cl_offer_get_application_id (first));
      gint64 cash = 0;
      gint64 base = 0;
      guint  n = 0;
      guint  n_ranges = 2 + pick (rand, 2);

      if (!g_hash_table_add (seen, (gpointer) currency))
        continue;
      for (guint j = i; j < offers->len; j++)
        if (g_str_equal (cl_offer_get_currency (g_ptr_array_index (offers, j)), currency))
          {
            cash += year_one_cash (g_ptr_array_index (offers, j));
            base += cl_offer_get_base_salary (g_ptr_array_index (offers, j));
            n++;
          }
      cash /= n;
      base /= n;

      for (guint k = 0; k < n_ranges; k++)
        {
          gboolean          levels = k != 1;
          ClMarketComponent component =
            k == 0 ? CL_MARKET_COMPONENT_TOTAL : CL_MARKET_COMPONENT_BASE;
          const char *source = levels ? "Levels.fyi" : "Glassdoor";
          const char *url = levels ? "https://www.levels.fyi/t/software-engineer/focus/ml-ai"
                                   : "https://www.glassdoor.com/Salaries/"
                                     "machine-learning-engineer-salary-SRCH_KO0,25.htm";
          /* Totals on Levels.fyi count the equity too. */
          gint64      p50 = component == CL_MARKET_COMPONENT_TOTAL
                              ? thousands (cash * (115 + pick (rand, 20)) / 100)
                              : thousands (base * (95 + pick (rand, 15)) / 100);
          g_autoptr(ClMarketRange) range = cl_market_range_new (source, currency, component);
          g_autofree char *observed_on = date_text (gen->now - (3 + pick (rand, 40)) * DAY);

          g_object_set (range,
                        "url", url,
                        "observed-on", observed_on,
                        "role", cl_offer_get_title (first),
                        "level", levels ? cl_offer_get_level (first) : NULL,
                        "location",
                        application != NULL ? cl_application_get_location (application) : NULL,
                        "p25", thousands (p50 * 85 / 100),
                        "p50", p50,
                        "p75", thousands (p50 * 115 / 100),
                        "p90", thousands (p50 * 135 / 100),
                        NULL);
          if (k == 0 && chance (rand, 50))
            g_object_set (range, "offer-id", cl_offer_get_id (first), NULL);
          if (!cl_offer_store_add_market_range (store, range, error))
            return FALSE;
          counts->n_market_ranges++;
        }

      for (guint k = 0; k < G_N_ELEMENTS (usd_rates); k++)
        if (g_str_equal (usd_rates[k].currency, currency))
          {
            g_autofree char *observed_on = date_text (gen->now - pick (rand, 7) * DAY);
            g_autoptr(ClExchangeRate) rate = cl_exchange_rate_new (
              currency, "USD", usd_rates[k].in_usd * (980 + pick (rand, 41)) / 1000, observed_on);

            if (!cl_offer_store_add_exchange_rate (store, rate, error))
              return FALSE;
            counts->n_exchange_rates++;
          }
    }
  return TRUE;
}

static int
compare_offer_ids (gconstpointer a,
                   gconstpointer b)
{
  gint64 x = cl_offer_get_id (*(ClOffer **) a);
  gint64 y = cl_offer_get_id (*(ClOffer **) b);

  return (x > y) - (x < y);
}

/* Plans, asks, rounds, market ranges and rates, from a random stream of
 * their own. */
static gboolean
add_negotiations (Generator             *gen,
                  const ClSampleOptions *options,
                  ClSampleCounts        *counts,
                  GError               **error)
{
  GListModel *model = cl_offer_store_get_offers (cl_context_get_offer_store (gen->context));
  g_autoptr(GRand) rand = g_rand_new_with_seed (options->seed ^ 0x9e907ae);
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok;

  /* In the order they were added: the model's order is no promise. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (offers, g_list_model_get_item (model, i));
  g_ptr_array_sort (offers, compare_offer_ids);

  ok = add_market (gen, rand, offers, counts, error) &&
       add_plans (gen, rand, offers, counts, error);
  set_time (gen, gen->now);
  return ok;
}

/* The board places each application straight in its stage; a real one got
 * there step by step.  Its history becomes that walk: from the wishlist for
 * some, through each step up to its stage, an outcome after one to four
 * steps, a week or two a step.  Chosen from the ids, so the rest of the
 * sample stays as it was. */
typedef struct
{
  Generator *gen;
  GArray    *apps; /* gint64 triples: id, stage_id, created_at */
} Journeys;

static gboolean
journey_row_cb (sqlite3_stmt *stmt,
                gpointer      user_data,
                GError      **error)
{
  for (int i = 0; i < 3; i++)
    {
      gint64 value = sqlite3_column_int64 (stmt, i);

      g_array_append_val ((GArray *) user_data, value);
    }
  return TRUE;
}

static gboolean
add_journeys (Generator *gen,
              GError   **error)
{
  enum
  {
    WISHLIST = 0,
    APPLIED = 1,
    ACCEPTED = 6,
    REJECTED = 7
  };
  ClDatabase *database = cl_context_get_database (gen->context);
  g_autoptr(GArray) apps = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ClTransaction) tx = NULL;

  if (gen->stage_ids->len < 10)
    return TRUE; /* not the default stages: leave the history as placed */

  tx = cl_transaction_begin (database, error);
  if (tx == NULL ||
      !cl_database_foreach (database, journey_row_cb, apps, error,
                            "SELECT id, stage_id, created_at FROM applications ORDER BY id", "") ||
      !cl_database_execute (database, error, "DELETE FROM stage_history", ""))
    return FALSE;

  for (guint a = 0; a < apps->len; a += 3)
    {
      gint64 id = g_array_index (apps, gint64, a);
      gint64 stage_id = g_array_index (apps, gint64, a + 1);
      gint64 created_at = g_array_index (apps, gint64, a + 2);
      guint  stage = 0;
      guint  path[ACCEPTED + 2];
      guint  n = 0;
      gint64 span;

      while (stage < gen->stage_ids->len &&
             g_array_index (gen->stage_ids, gint64, stage) != stage_id)
        stage++;
      if (id % 3 == 0 || stage == WISHLIST)
        path[n++] = WISHLIST;
      if (stage >= APPLIED && stage <= ACCEPTED)
        for (guint i = APPLIED; i <= stage; i++)
          path[n++] = i;
      else if (stage >= REJECTED)
        {
          for (guint i = APPLIED; i <= APPLIED + id % 4; i++)
            path[n++] = i;
          path[n++] = stage;
        }

      span = MIN (gen->now - created_at - 1, (gint64) (n - 1) * (7 + id % 8) * DAY);
      for (guint i = 0; i < n; i++)
        {
          gint64 to = g_array_index (gen->stage_ids, gint64, path[i]);
          gint64 from = i > 0 ? g_array_index (gen->stage_ids, gint64, path[i - 1]) : 0;

          if (!cl_database_execute (database, error,
                                    "INSERT INTO stage_history (application_id, from_stage_id,"
                                    " to_stage_id, from_position, to_position, moved_at)"
                                    " VALUES (?1, nullif (?2, 0), ?3, CASE WHEN ?2 THEN 0 END,"
                                    " 0, ?4)",
                                    "xxxx", id, from, to,
                                    created_at + (n > 1 ? span * i / (n - 1) : 0)))
            return FALSE;
        }
    }
  cl_transaction_touch (tx, CL_TABLE_STAGE_HISTORY, CL_ENTITY_APPLICATION, 0);
  return cl_transaction_commit (tx, error);
}

gint64
cl_sample_get_now (const ClSampleOptions *options)
{
  g_return_val_if_fail (options != NULL, CL_SAMPLE_NOW);

  if (options->today == 0)
    return CL_SAMPLE_NOW;
  return start_of_day (options->today) + 9 * 3600;
}

gboolean
cl_sample_generate (ClContext             *context,
                    const ClSampleOptions *options,
                    ClSampleCounts        *out_counts,
                    GError               **error)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GPtrArray) companies = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GArray) stage_ids = NULL;
  g_autoptr(GHashTable) staff = NULL;
  g_autoptr(GArray) referrers = NULL;
  ClSampleCounts counts = {
    0,
  };
  GListModel *stages;
  Generator   gen;
  gboolean    ok;

  g_return_val_if_fail (CL_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  stages = cl_pipeline_store_get_stages (cl_context_get_pipeline_store (context));
  stage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);
      gint64 id = cl_stage_get_id (stage);

      g_array_append_val (stage_ids, id);
    }
  if (stage_ids->len < G_N_ELEMENTS (stage_weights))
    {
      g_set_error (error, CL_DATABASE_ERROR, CL_DATABASE_ERROR_INVALID,
                   "The database has %u stages; sample data needs the %u default stages.",
                   stage_ids->len, (guint) G_N_ELEMENTS (stage_weights));
      return FALSE;
    }

  rand = g_rand_new_with_seed (options->seed);
  companies = g_ptr_array_new ();
  names = g_ptr_array_new_with_free_func (g_free);

  gen.context = context;
  gen.clock = cl_context_get_clock (context);
  gen.now = cl_sample_get_now (options);
  gen.rand = rand;
  gen.companies = companies;
  gen.names = names;
  gen.stage_ids = stage_ids;
  staff = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  referrers = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.staff = staff;
  gen.referrers = referrers;
  build_companies (&gen);

  ok = add_applications (&gen, options, &counts, error) &&
       add_contacts (&gen, options, &counts, error) &&
       add_objectives (&gen, options, &counts, error) &&
       add_card_facts (&gen, options, &counts, error) &&
       add_negotiations (&gen, options, &counts, error) && add_journeys (&gen, error);

  /* Each store followed every change, but card facts were worked out at the
   * clock's time of each change: read everything again at "today". */
  set_time (&gen, gen.now);
  if (ok)
    ok = cl_context_load (context, error);
  if (out_counts != NULL)
    *out_counts = counts;
  return ok;
}

gboolean
cl_sample_generate_file (const char            *path,
                         const ClSampleOptions *options,
                         ClSampleCounts        *out_counts,
                         GError               **error)
{
  g_autoptr(ClClock) clock = NULL;
  g_autoptr(ClContext) context = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  clock = cl_clock_new_fixed (cl_sample_get_now (options));

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   "“%s” already exists. Choose a new file name, or delete it first.", path);
      return FALSE;
    }

  context = cl_context_open (path, clock, error);
  if (context == NULL)
    return FALSE;

  /* A throw-away file: no need to wait for the disk after each change. */
  sqlite3_exec (cl_database_get_handle (cl_context_get_database (context)),
                "PRAGMA synchronous = OFF", NULL, NULL, NULL);

  if (!cl_sample_generate (context, options, out_counts, error))
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      /* Half a sample is no use: remove the file made above. */
      g_clear_object (&context);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      return FALSE;
    }

  return TRUE;
}
