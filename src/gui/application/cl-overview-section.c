/* cl-overview-section.c — the job: company, role, stage, level, place, source
 *
 * Each field saves itself through ClInstantApply.  The company is picked
 * from those known or typed: the store links the application to the company
 * of that name, or adds one.  Choosing another stage moves the card to the
 * end of that column, in the same transaction as the save.  A referral is a
 * contact (picked, or added by name) and where the referral stands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-overview-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-name-picker.h"
#include "cl-overview-section.h"

struct _ClOverviewSection
{
  AdwBin           parent_instance;

  ClContext       *context;
  ClApplication   *application;
  GSignalGroup    *application_signals;
  GSignalGroup    *company_signals;
  GSignalGroup    *stages_signals;
  GPtrArray       *applies;
  gint64           referrer_id; /* 0: no referral */
  ClReferralStatus referral_status;

  ClInstantApply  *company_apply;
  ClInstantApply  *company_type_apply;
  ClInstantApply  *role_apply;
  ClInstantApply  *stage_apply;
  ClInstantApply  *location_apply;
  ClInstantApply  *work_mode_apply;
  ClInstantApply  *posted_level_apply;
  ClInstantApply  *target_level_apply;
  ClInstantApply  *source_apply;
  ClInstantApply  *referrer_apply;
  ClInstantApply  *referral_status_apply;

  AdwEntryRow     *company_row;
  AdwComboRow     *company_type_row;
  AdwEntryRow     *role_row;
  AdwComboRow     *stage_row;
  AdwEntryRow     *location_row;
  AdwComboRow     *work_mode_row;
  AdwEntryRow     *posted_level_row;
  AdwEntryRow     *target_level_row;
  GtkLabel        *level_hint_label;
  AdwComboRow     *source_row;
  AdwEntryRow     *referrer_row;
  AdwComboRow     *referral_status_row;
};

static void section_iface_init (ClApplicationSectionInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (ClOverviewSection, cl_overview_section, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CL_TYPE_APPLICATION_SECTION,
                                                      section_iface_init))
/* clang-format on */

enum
{
  PROP_0,
  PROP_VALID,
  N_PROPS
};

/* The sources in the order people think of them, "other" last. */
static const ClApplicationSource source_order[] = {
  CL_APPLICATION_SOURCE_REFERRAL,
  CL_APPLICATION_SOURCE_RECRUITER,
  CL_APPLICATION_SOURCE_JOB_BOARD,
  CL_APPLICATION_SOURCE_COMPANY_SITE,
  CL_APPLICATION_SOURCE_NETWORK,
  CL_APPLICATION_SOURCE_EVENT,
  CL_APPLICATION_SOURCE_COLD,
  CL_APPLICATION_SOURCE_OTHER,
};

/* The referral status row starts at "asked": "none" is no referrer. */
#define FIRST_REFERRAL_STATUS CL_REFERRAL_STATUS_ASKED

static guint
source_position (ClApplicationSource source)
{
  for (guint i = 0; i < G_N_ELEMENTS (source_order); i++)
    if (source_order[i] == source)
      return i;
  return G_N_ELEMENTS (source_order) - 1;
}

static ClPipelineStore *
pipeline_store (ClOverviewSection *self)
{
  return cl_context_get_pipeline_store (self->context);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_company_name_cb (const char *text,
                      gpointer    data,
                      GError    **error)
{
  ClOverviewSection *self = data;
  g_autoptr(ClApplication) copy = cl_application_copy (self->application);

  /* The copy's company is a copy too: the store links the one of that name. */
  g_object_set (cl_application_get_company (copy), "name", text, NULL);
  return cl_model_validate_field (CL_MODEL (copy), "company", error) &&
         cl_pipeline_store_save_application (pipeline_store (self), copy, 0, error);
}

static gboolean
save_company_type_cb (guint    position,
                      gpointer data,
                      GError **error)
{
  ClOverviewSection *self = data;
  g_autoptr(ClApplication) copy = cl_application_copy (self->application);

  g_object_set (cl_application_get_company (copy), "company-type", (int) position, NULL);
  return cl_pipeline_store_save_application (pipeline_store (self), copy, 0, error);
}

static gboolean
save_stage_cb (guint    position,
               gpointer data,
               GError **error)
{
  ClOverviewSection *self = data;
  g_autoptr(ClStage) stage = NULL;
  g_autoptr(ClApplication) copy = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    return TRUE;
  stage = g_list_model_get_item (cl_pipeline_store_get_stages (pipeline_store (self)), position);
  if (stage == NULL || cl_stage_get_id (stage) == cl_application_get_stage_id (self->application))
    return TRUE;

  /* The move is part of the save: one transaction, one history row. */
  copy = cl_application_copy (self->application);
  return cl_pipeline_store_save_application (pipeline_store (self), copy, cl_stage_get_id (stage),
                                             error);
}

typedef struct
{
  const char *property;
} TextField;

static const TextField role_field = { "role" };
static const TextField location_field = { "location" };
static const TextField posted_level_field = { "posted-level" };
static const TextField target_level_field = { "target-level" };

/* One ClInstantApply per text field of the application: the data is which. */
typedef struct
{
  ClOverviewSection *self;
  const TextField   *field;
} FieldData;

static gboolean
save_text_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  FieldData *field = data;

  return cl_application_section_save (field->self->context, field->self->application, 0,
                                      field->field->property, error,
                                      field->field->property, text, NULL);
}

static gboolean
save_work_mode_cb (guint    position,
                   gpointer data,
                   GError **error)
{
  ClOverviewSection *self = data;

  return cl_application_section_save (self->context, self->application, 0, "work-mode", error,
                                      "work-mode", (int) position, NULL);
}

static void update_referral_rows (ClOverviewSection *self);

static gboolean
save_source_cb (guint    position,
                gpointer data,
                GError **error)
{
  ClOverviewSection *self = data;

  if (position >= G_N_ELEMENTS (source_order))
    return TRUE;
  if (!cl_application_section_save (self->context, self->application, 0, "source", error,
                                    "source", (int) source_order[position], NULL))
    return FALSE;
  update_referral_rows (self);
  return TRUE;
}

/* The contact of that name (ignoring case), or NULL. */
static ClContact *
find_contact (ClOverviewSection *self,
              const char        *name)
{
  ClContactStore  *store = cl_context_get_contact_store (self->context);
  GListModel      *contacts = cl_contact_store_get_contacts (store);
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (contacts, i);
      g_autofree char *folded = g_utf8_casefold (cl_contact_get_name (contact), -1);

      if (g_str_equal (folded, wanted))
        return contact;
    }
  return NULL;
}

static ClReferralStatus
referral_status_or_asked (ClOverviewSection *self)
{
  return self->referral_status != CL_REFERRAL_STATUS_NONE ? self->referral_status
                                                          : CL_REFERRAL_STATUS_ASKED;
}

static gboolean
save_referrer_cb (const char *text,
                  gpointer    data,
                  GError    **error)
{
  ClOverviewSection *self = data;
  g_autofree char   *name = g_strstrip (g_strdup (text));
  g_autoptr(ClContact) contact = NULL;
  ClContact *known;

  if (*name == '\0')
    return self->referrer_id == 0 ||
           cl_pipeline_store_set_referrer (pipeline_store (self), self->application, NULL, NULL,
                                           CL_REFERRAL_STATUS_NONE, error);

  known = find_contact (self, name);
  if (known != NULL && cl_contact_get_id (known) == self->referrer_id)
    return TRUE;
  if (known != NULL)
    contact = g_object_ref (known);
  else
    {
      /* Someone new: added to the contacts by name, with the referral. */
      contact = cl_contact_new (name);
      g_object_set (contact, "roles", CL_CONTACT_ROLE_BIT (CL_CONTACT_ROLE_REFERRER), NULL);
    }
  return cl_pipeline_store_set_referrer (pipeline_store (self), self->application,
                                         cl_context_get_contact_store (self->context), contact,
                                         referral_status_or_asked (self), error);
}

static gboolean
save_referral_status_cb (guint    position,
                         gpointer data,
                         GError **error)
{
  ClOverviewSection *self = data;
  const char        *fields[] = { "referral-status", NULL };

  if (position == GTK_INVALID_LIST_POSITION)
    return TRUE;
  if (self->referrer_id == 0)
    {
      g_propagate_error (error, cl_validation_error_new (
                                  CL_VALIDATION_ERROR_REQUIRED, fields,
                                  _ ("Write who refers you first, in “Referred by”.")));
      return FALSE;
    }
  return cl_pipeline_store_set_referral (pipeline_store (self), self->application,
                                         self->referrer_id,
                                         (ClReferralStatus) (FIRST_REFERRAL_STATUS + position),
                                         error);
}

/* Showing ------------------------------------------------------------------ */

static void
update_referral_rows (ClOverviewSection *self)
{
  gboolean shown = self->application != NULL &&
                   (cl_application_get_source (self->application) ==
                      CL_APPLICATION_SOURCE_REFERRAL ||
                    self->referrer_id != 0);

  gtk_widget_set_visible (GTK_WIDGET (self->referrer_row), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->referral_status_row), shown);
}

static void
update_level_hint (ClOverviewSection *self)
{
  const char *posted = cl_application_get_posted_level (self->application);
  const char *target = cl_application_get_target_level (self->application);
  gboolean    aims_higher = FALSE;

  /* The article's advice, while the target is not above what is posted. */
  if (posted != NULL && *posted != '\0')
    {
      g_autofree char *posted_folded = g_utf8_casefold (posted, -1);
      g_autofree char *target_folded = target != NULL ? g_utf8_casefold (target, -1) : NULL;

      aims_higher = target_folded != NULL && *target_folded != '\0' &&
                    !g_str_equal (posted_folded, target_folded);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->level_hint_label),
                          posted != NULL && *posted != '\0' && !aims_higher);
}

static void
load_referral (ClOverviewSection *self)
{
  g_autoptr(GError) error = NULL;
  gint64           contact_id = 0;
  ClReferralStatus status = CL_REFERRAL_STATUS_NONE;
  ClContact       *contact;

  if (!cl_pipeline_store_get_referral (pipeline_store (self), self->application, &contact_id,
                                       &status, &error) &&
      error != NULL)
    g_debug ("Could not read the referral: %s", error->message);

  contact = contact_id != 0
              ? cl_contact_store_find_contact (cl_context_get_contact_store (self->context),
                                               contact_id)
              : NULL;
  self->referrer_id = contact != NULL ? contact_id : 0;
  self->referral_status = contact != NULL ? status : CL_REFERRAL_STATUS_NONE;
  cl_instant_apply_show (self->referrer_apply, contact != NULL ? cl_contact_get_name (contact)
                                                               : NULL);
  cl_instant_apply_show_value (self->referral_status_apply,
                               self->referral_status >= FIRST_REFERRAL_STATUS
                                 ? self->referral_status - FIRST_REFERRAL_STATUS
                                 : 0);
}

static guint
stage_position (ClOverviewSection *self)
{
  GListModel *stages = cl_pipeline_store_get_stages (pipeline_store (self));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      if (cl_stage_get_id (stage) == cl_application_get_stage_id (self->application))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
show_application (ClOverviewSection *self)
{
  ClApplication *application = self->application;

  if (application == NULL)
    return;

  cl_instant_apply_show (self->company_apply, cl_application_get_company_name (application));
  cl_instant_apply_show_value (self->company_type_apply,
                               cl_application_get_company_type (application));
  cl_instant_apply_show (self->role_apply, cl_application_get_role (application));
  cl_instant_apply_show_value (self->stage_apply, stage_position (self));
  cl_instant_apply_show (self->location_apply, cl_application_get_location (application));
  cl_instant_apply_show_value (self->work_mode_apply, cl_application_get_work_mode (application));
  cl_instant_apply_show (self->posted_level_apply, cl_application_get_posted_level (application));
  cl_instant_apply_show (self->target_level_apply, cl_application_get_target_level (application));
  cl_instant_apply_show_value (self->source_apply,
                               source_position (cl_application_get_source (application)));
  update_level_hint (self);
  update_referral_rows (self);
}

static void
application_notify_cb (ClOverviewSection *self,
                       GParamSpec        *pspec)
{
  if (g_str_equal (pspec->name, "company"))
    g_signal_group_set_target (self->company_signals,
                               cl_application_get_company (self->application));
  if (g_str_equal (pspec->name, "referral-status"))
    {
      load_referral (self);
      update_referral_rows (self);
    }
  show_application (self);
}

/* The section -------------------------------------------------------------- */

static void
cl_overview_section_set_application (ClApplicationSection *section,
                                     ClContext            *context,
                                     ClApplication        *application)
{
  ClOverviewSection *self = CL_OVERVIEW_SECTION (section);
  gboolean           had = self->application != NULL && self->context != NULL;
  gboolean           has = application != NULL && context != NULL;

  /* Without an application, nothing is saved (a field losing the focus as
   * the page goes, say). */
  for (guint i = 0; had != has && i < self->applies->len; i++)
    {
      if (has)
        cl_instant_apply_unblock (g_ptr_array_index (self->applies, i));
      else
        cl_instant_apply_block (g_ptr_array_index (self->applies, i));
    }

  g_set_object (&self->context, context);
  g_set_object (&self->application, application);
  g_signal_group_set_target (self->application_signals, application);
  g_signal_group_set_target (self->company_signals,
                             application != NULL ? cl_application_get_company (application)
                                                 : NULL);
  g_signal_group_set_target (self->stages_signals,
                             context != NULL
                               ? cl_pipeline_store_get_stages (pipeline_store (self))
                               : NULL);
  if (application == NULL || context == NULL)
    return;

  if (adw_combo_row_get_model (self->stage_row) == NULL)
    {
      GListModel *stages = cl_pipeline_store_get_stages (pipeline_store (self));
      g_autoptr(GtkExpression) name = gtk_property_expression_new (CL_TYPE_STAGE, NULL, "name");

      /* Given a model, the row selects its first stage: not a move. */
      cl_instant_apply_block (self->stage_apply);
      adw_combo_row_set_expression (self->stage_row, name);
      adw_combo_row_set_model (self->stage_row, stages);
      cl_instant_apply_unblock (self->stage_apply);

      cl_name_picker_add (self->company_row,
                          cl_company_store_get_companies (cl_context_get_company_store (context)),
                          "name", _ ("Choose a Company"));
      cl_name_picker_add (self->referrer_row,
                          cl_contact_store_get_contacts (cl_context_get_contact_store (context)),
                          "name", _ ("Choose a Contact"));
    }

  load_referral (self);
  show_application (self);
}

static void
cl_overview_section_flush (ClApplicationSection *section)
{
  cl_instant_apply_flush_all (CL_OVERVIEW_SECTION (section)->applies);
}

static char *
cl_overview_section_get_unsaved (ClApplicationSection *section)
{
  return cl_instant_apply_get_unsaved_all (CL_OVERVIEW_SECTION (section)->applies);
}

static void
section_iface_init (ClApplicationSectionInterface *iface)
{
  iface->set_application = cl_overview_section_set_application;
  iface->flush = cl_overview_section_flush;
  iface->get_unsaved = cl_overview_section_get_unsaved;
}

static void
cl_overview_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ClOverviewSection *self = CL_OVERVIEW_SECTION (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, cl_instant_apply_all_valid (self->applies));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_overview_section_dispose (GObject *object)
{
  ClOverviewSection *self = CL_OVERVIEW_SECTION (object);

  g_clear_pointer (&self->applies, g_ptr_array_unref);
  if (self->application_signals != NULL)
    g_signal_group_set_target (self->application_signals, NULL);
  if (self->company_signals != NULL)
    g_signal_group_set_target (self->company_signals, NULL);
  if (self->stages_signals != NULL)
    g_signal_group_set_target (self->stages_signals, NULL);
  g_clear_object (&self->application_signals);
  g_clear_object (&self->company_signals);
  g_clear_object (&self->stages_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_OVERVIEW_SECTION);
  g_clear_object (&self->application);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_overview_section_parent_class)->dispose (object);
}

static void
cl_overview_section_class_init (ClOverviewSectionClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_overview_section_dispose;
  object_class->get_property = cl_overview_section_get_property;
  g_object_class_override_property (object_class, PROP_VALID, "valid");

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-overview-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, company_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, company_type_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, role_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, stage_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, location_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, work_mode_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, posted_level_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, target_level_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, level_hint_label);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, source_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, referrer_row);
  gtk_widget_class_bind_template_child (widget_class, ClOverviewSection, referral_status_row);
}

static ClInstantApply *
watch (ClOverviewSection *self,
       ClInstantApply    *apply)
{
  g_ptr_array_add (self->applies, apply);
  cl_instant_apply_block (apply); /* until there is an application */
  cl_application_section_watch_valid (CL_APPLICATION_SECTION (self), apply);
  return apply;
}

static ClInstantApply *
watch_text (ClOverviewSection *self,
            AdwEntryRow       *row,
            const char        *what,
            const TextField   *field)
{
  FieldData *data = g_new (FieldData, 1);

  data->self = self;
  data->field = field;
  return watch (self, cl_instant_apply_new_for_text (GTK_WIDGET (row), what, save_text_cb, data,
                                                     g_free));
}

static void
fill_combos (ClOverviewSection *self)
{
  const char *company_types[CL_COMPANY_TYPE_OTHER + 2] = { NULL };
  const char *work_modes[CL_WORK_MODE_REMOTE + 2] = { NULL };
  const char *sources[G_N_ELEMENTS (source_order) + 1] = { NULL };
  const char *statuses[CL_REFERRAL_STATUS_DECLINED - FIRST_REFERRAL_STATUS + 2] = { NULL };

  for (int i = 0; i <= CL_COMPANY_TYPE_OTHER; i++)
    company_types[i] = cl_company_type_get_label ((ClCompanyType) i);
  for (int i = 0; i <= CL_WORK_MODE_REMOTE; i++)
    work_modes[i] = cl_work_mode_get_label ((ClWorkMode) i);
  for (guint i = 0; i < G_N_ELEMENTS (source_order); i++)
    sources[i] = cl_application_source_get_label (source_order[i]);
  for (int i = FIRST_REFERRAL_STATUS; i <= CL_REFERRAL_STATUS_DECLINED; i++)
    statuses[i - FIRST_REFERRAL_STATUS] = cl_referral_status_get_label ((ClReferralStatus) i);

  cl_application_section_fill_combo (self->company_type_row, company_types);
  cl_application_section_fill_combo (self->work_mode_row, work_modes);
  cl_application_section_fill_combo (self->source_row, sources);
  cl_application_section_fill_combo (self->referral_status_row, statuses);
}

static void
cl_overview_section_init (ClOverviewSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Screen readers name the section as its heading does. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Overview"), -1);
  fill_combos (self);
  cl_application_section_name_fields (GTK_WIDGET (self));

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->company_apply =
    watch (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->company_row), _ ("The company"),
                                                save_company_name_cb, self, NULL));
  self->company_type_apply = watch (
    self, cl_instant_apply_new_for_value (GTK_WIDGET (self->company_type_row), "selected",
                                          _ ("The company type"), save_company_type_cb, self,
                                          NULL));
  self->role_apply = watch_text (self, self->role_row, _ ("The role"), &role_field);
  self->stage_apply =
    watch (self, cl_instant_apply_new_for_value (GTK_WIDGET (self->stage_row), "selected",
                                                 _ ("The stage"), save_stage_cb, self, NULL));
  self->location_apply = watch_text (self, self->location_row, _ ("The location"),
                                     &location_field);
  self->work_mode_apply =
    watch (self, cl_instant_apply_new_for_value (GTK_WIDGET (self->work_mode_row), "selected",
                                                 _ ("The work mode"), save_work_mode_cb, self,
                                                 NULL));
  self->posted_level_apply = watch_text (self, self->posted_level_row, _ ("The posted level"),
                                         &posted_level_field);
  self->target_level_apply = watch_text (self, self->target_level_row, _ ("The target level"),
                                         &target_level_field);
  self->source_apply =
    watch (self, cl_instant_apply_new_for_value (GTK_WIDGET (self->source_row), "selected",
                                                 _ ("The source"), save_source_cb, self, NULL));
  self->referrer_apply =
    watch (self, cl_instant_apply_new_for_text (GTK_WIDGET (self->referrer_row),
                                                _ ("The person who refers you"),
                                                save_referrer_cb, self, NULL));
  self->referral_status_apply = watch (
    self, cl_instant_apply_new_for_value (GTK_WIDGET (self->referral_status_row), "selected",
                                          _ ("The referral status"), save_referral_status_cb,
                                          self, NULL));

  self->application_signals = g_signal_group_new (CL_TYPE_APPLICATION);
  g_signal_group_connect_object (self->application_signals, "notify",
                                 G_CALLBACK (application_notify_cb), self, G_CONNECT_SWAPPED);
  self->company_signals = g_signal_group_new (CL_TYPE_COMPANY);
  g_signal_group_connect_object (self->company_signals, "notify", G_CALLBACK (show_application),
                                 self, G_CONNECT_SWAPPED);
  self->stages_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->stages_signals, "items-changed",
                                 G_CALLBACK (show_application), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cl_overview_section_new (void)
{
  return g_object_new (CL_TYPE_OVERVIEW_SECTION, NULL);
}
