/* cl-prep-domain-page.c — one domain of the prep plan: its objectives,
 * resources and practice
 *
 * The page shows the store's models for the domain chosen; the objectives
 * are edited in a ClObjectiveEditor window, one at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-prep-domain-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-objective-row.h"
#include "cl-placeholder.h"
#include "cl-practice-group.h"
#include "cl-prep-domain-page.h"
#include "cl-prep-domain-row.h"
#include "cl-prep-store.h"
#include "cl-resource-dialog.h"
#include "cl-resource-store.h"
#include "cl-schedule-dialog.h"
#include "cl-toast.h"

struct _ClPrepDomainPage
{
  AdwBin             parent_instance;

  ClContext         *context;
  ClPrepDomain       domain;
  char              *today;
  ClObjectiveEditor *editor; /* weak */
  GSignalGroup      *database_signals;

  AdwWindowTitle    *window_title;
  GtkButton         *back_button;
  GtkScrolledWindow *scroller;
  GtkBox            *groups_box;
  GtkLabel          *summary_label;
  GtkLevelBar       *progress_bar;
  GtkListBox        *objectives_list;
  GtkListBox        *resources_list;
  ClPracticeGroup   *practice_group;
};

G_DEFINE_FINAL_TYPE (ClPrepDomainPage, cl_prep_domain_page, ADW_TYPE_BIN)

static ClPrepStore *
prep_store (ClPrepDomainPage *self)
{
  return cl_context_get_prep_store (self->context);
}

static AdwToastOverlay *
toast_overlay (ClPrepDomainPage *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : NULL;
}

static void
show_error_on (AdwToastOverlay *overlay,
               const GError    *error)
{
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

static char *
today_of (ClPrepDomainPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (
    cl_clock_now (cl_context_get_clock (self->context)));

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The summary ------------------------------------------------------------- */

static void
show_summary (ClPrepDomainPage *self)
{
  g_auto (ClPrepProgress) progress = { 0 };
  g_autofree char *done = NULL;
  g_autofree char *next = NULL;
  g_autofree char *text = NULL;

  if (self->context == NULL)
    return;
  cl_prep_store_get_progress (prep_store (self), self->domain, &progress);
  if (progress.n_objectives == 0)
    text = g_strdup (_ ("No objectives yet. Add what you want to learn or practise, each with a "
                        "target date and the hours you plan to give it."));
  else
    {
      done = cl_prep_domain_row_describe_progress (&progress);
      next = cl_prep_domain_row_describe_next (&progress, self->today);
      text = next != NULL ? g_strdup_printf ("%s\n%s", done, next) : g_strdup (done);
    }
  gtk_label_set_text (self->summary_label, text);
  adw_window_title_set_subtitle (self->window_title, done);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), progress.n_objectives > 0);
  gtk_level_bar_set_value (self->progress_bar,
                           progress.n_objectives > 0
                             ? (double) progress.n_done / progress.n_objectives
                             : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
database_changed_cb (ClPrepDomainPage *self,
                     ClChangeSet      *change_set)
{
  if (cl_change_set_is_external (change_set) ||
      cl_change_set_has_table (change_set, CL_TABLE_OBJECTIVES))
    show_summary (self);
}

/* Objectives -------------------------------------------------------------- */

static void
done_toggled_cb (ClObjectiveRow *row,
                 gboolean        done,
                 gpointer        data)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (data);
  ClObjective      *objective = cl_objective_row_get_objective (row);
  g_autoptr(ClObjective) copy = cl_objective_copy (objective);
  g_autoptr(GError) error = NULL;
  ClObjectiveStatus status;

  /* Unchecked, it goes back to being worked on, or to the plan. */
  if (done)
    status = CL_OBJECTIVE_STATUS_DONE;
  else if (cl_objective_get_hours_spent (objective) > 0)
    status = CL_OBJECTIVE_STATUS_IN_PROGRESS;
  else
    status = CL_OBJECTIVE_STATUS_PLANNED;
  g_object_set (copy, "status", status, NULL);
  if (!cl_prep_store_update_objective (prep_store (self), copy, &error))
    {
      /* The row shows what is saved again. */
      g_object_notify (G_OBJECT (objective), "status");
      show_error_on (toast_overlay (self), error);
    }
}

static GtkWidget *
create_objective_row_cb (gpointer item,
                         gpointer data)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (data);
  GtkWidget        *row = cl_objective_row_new (CL_OBJECTIVE (item), self->today);

  g_signal_connect_object (row, "done-toggled", G_CALLBACK (done_toggled_cb), self, 0);
  return row;
}

/* What Undo needs of a deleted objective: its values and links. */
typedef struct
{
  ClObjective *objective;
  GArray      *applications;
  GArray      *rounds;
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->objective);
  g_clear_pointer (&deleted->applications, g_array_unref);
  g_clear_pointer (&deleted->rounds, g_array_unref);
  g_free (deleted);
}

/* Undo adds it again: a new objective with the same values and links
 * (those whose application or round is still there). */
static void
undo_delete_cb (GObject         *owner,
                gpointer         data,
                AdwToastOverlay *overlay)
{
  ClContext   *context = CL_CONTEXT (owner);
  ClPrepStore *store = cl_context_get_prep_store (context);
  Deleted     *deleted = data;
  ClObjective *old = deleted->objective;
  g_autoptr(ClObjective) again = NULL;
  g_autoptr(GError) error = NULL;

  again = cl_objective_new (cl_objective_get_domain (old), cl_objective_get_title (old));
  g_object_set (again, "target-date", cl_objective_get_target_date (old), "status",
                cl_objective_get_status (old), "hours-planned",
                cl_objective_get_hours_planned (old), "hours-spent",
                cl_objective_get_hours_spent (old), "notes", cl_objective_get_notes (old),
                "term-key", cl_objective_get_term_key (old), NULL);
  if (!cl_prep_store_add_objective (store, again, &error))
    {
      show_error_on (overlay, error);
      return;
    }
  if ((deleted->applications->len > 0 || deleted->rounds->len > 0) &&
      !cl_prep_store_set_links (store, again, (const gint64 *) deleted->applications->data,
                                deleted->applications->len,
                                (const gint64 *) deleted->rounds->data, deleted->rounds->len,
                                &error))
    show_error_on (overlay, error);
}

static void
delete_requested_cb (ClObjectiveEditor *editor,
                     ClPrepDomainPage  *self)
{
  ClObjective *objective = cl_objective_editor_get_objective (editor);
  ClPrepStore *store = prep_store (self);
  Deleted     *deleted = g_new0 (Deleted, 1);
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay = toast_overlay (self);

  deleted->objective = g_object_ref (objective);
  deleted->applications = cl_prep_store_get_application_ids (store, cl_objective_get_id (objective),
                                                             NULL);
  deleted->rounds = cl_prep_store_get_round_ids (store, cl_objective_get_id (objective), NULL);
  if (deleted->applications == NULL)
    deleted->applications = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (deleted->rounds == NULL)
    deleted->rounds = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!cl_prep_store_delete_objective (store, objective, &error))
    {
      deleted_free (deleted);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_window_get_content (
                                     ADW_WINDOW (editor))),
                                   cl_toast_new (error->message));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (editor));
  if (overlay != NULL)
    cl_toast_add_undo (overlay, _ ("Objective deleted"), undo_delete_cb,
                       G_OBJECT (self->context), deleted, deleted_free);
  else
    deleted_free (deleted);
  gtk_widget_grab_focus (GTK_WIDGET (self->objectives_list));
}

ClObjectiveEditor *
cl_prep_domain_page_open_objective (ClPrepDomainPage *self,
                                    ClObjective      *objective)
{
  GtkRoot *root;

  g_return_val_if_fail (CL_IS_PREP_DOMAIN_PAGE (self), NULL);
  g_return_val_if_fail (CL_IS_OBJECTIVE (objective), NULL);

  if (self->editor != NULL && cl_objective_editor_get_objective (self->editor) == objective)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return self->editor;
    }
  if (self->editor != NULL)
    gtk_window_close (GTK_WINDOW (self->editor));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->editor = cl_objective_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          self->context, objective);
  g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  g_signal_connect_object (self->editor, "delete-requested", G_CALLBACK (delete_requested_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (self->editor));
  return self->editor;
}

ClObjectiveEditor *
cl_prep_domain_page_get_editor (ClPrepDomainPage *self)
{
  g_return_val_if_fail (CL_IS_PREP_DOMAIN_PAGE (self), NULL);

  return self->editor;
}

static void
objective_activated_cb (ClPrepDomainPage *self,
                        GtkListBoxRow    *row)
{
  if (CL_IS_OBJECTIVE_ROW (row))
    cl_prep_domain_page_open_objective (self,
                                        cl_objective_row_get_objective (CL_OBJECTIVE_ROW (row)));
}

void
cl_prep_domain_page_add_objective (ClPrepDomainPage *self)
{
  g_autoptr(ClObjective) objective = NULL;
  g_autoptr(GError) error = NULL;
  ClObjectiveEditor *editor;

  g_return_if_fail (CL_IS_PREP_DOMAIN_PAGE (self));

  if (self->context == NULL)
    return;
  objective = cl_objective_new (self->domain, _ ("New Objective"));
  if (!cl_prep_store_add_objective (prep_store (self), objective, &error))
    {
      show_error_on (toast_overlay (self), error);
      return;
    }
  editor = cl_prep_domain_page_open_objective (self, objective);
  cl_objective_editor_focus_title (editor);
}

static void
schedule_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (widget);
  GtkRoot          *root = gtk_widget_get_root (widget);

  if (self->context == NULL)
    return;
  gtk_window_present (GTK_WINDOW (cl_schedule_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context, self->domain)));
}

static void
add_objective_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  cl_prep_domain_page_add_objective (CL_PREP_DOMAIN_PAGE (widget));
}

/* Resources --------------------------------------------------------------- */

#define RESOURCE_KEY "cl-resource"

static ClResourceStore *
resource_store (ClPrepDomainPage *self)
{
  return cl_context_get_resource_store (self->context);
}

static GtkWindow *
window_of (ClPrepDomainPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static ClResource *
resource_of (gpointer widget)
{
  return g_object_get_data (G_OBJECT (widget), RESOURCE_KEY);
}

static void
resource_done_cb (GtkCheckButton   *check,
                  ClPrepDomainPage *self)
{
  g_autoptr(GError) error = NULL;
  ClResource *resource = resource_of (check);

  if (gtk_check_button_get_active (check) == cl_resource_get_done (resource))
    return;
  if (!cl_resource_store_set_done (resource_store (self), resource,
                                   gtk_check_button_get_active (check), &error))
    {
      gtk_check_button_set_active (check, cl_resource_get_done (resource));
      show_error_on (toast_overlay (self), error);
    }
}

static void
resource_open_cb (GtkButton        *button,
                  ClPrepDomainPage *self)
{
  gtk_show_uri (window_of (self), cl_resource_get_url (resource_of (button)), GDK_CURRENT_TIME);
}

/* Undo adds it again, with its values. */
static void
undo_delete_resource_cb (GObject         *owner,
                         gpointer         data,
                         AdwToastOverlay *overlay)
{
  ClResource *old = data;
  g_autoptr(ClResource) again = cl_resource_new (cl_resource_get_domain (old),
                                                  cl_resource_get_title (old));
  g_autoptr(GError) error = NULL;

  g_object_set (again, "kind", cl_resource_get_kind (old), "url", cl_resource_get_url (old),
                "objective-id", cl_resource_get_objective_id (old), "done",
                cl_resource_get_done (old), "notes", cl_resource_get_notes (old), NULL);
  if (!cl_resource_store_add_resource (cl_context_get_resource_store (CL_CONTEXT (owner)), again,
                                       &error))
    show_error_on (overlay, error);
}

static void
resource_delete_cb (GtkButton        *button,
                    ClPrepDomainPage *self)
{
  g_autoptr(ClResource) kept = g_object_ref (resource_of (button));
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay = toast_overlay (self);

  if (!cl_resource_store_delete_resource (resource_store (self), kept, &error))
    {
      show_error_on (overlay, error);
      return;
    }
  if (overlay != NULL)
    cl_toast_add_undo (overlay, _ ("Resource deleted"), undo_delete_resource_cb,
                       G_OBJECT (self->context), g_steal_pointer (&kept), g_object_unref);
  gtk_widget_grab_focus (GTK_WIDGET (self->resources_list));
}

static GtkWidget *
resource_button (ClResource       *resource,
                 const char       *icon,
                 const char       *format,
                 GCallback         callback,
                 ClPrepDomainPage *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);
  g_autoptr(GString) name = g_string_new (format);

  /* Filled in without printf: a translation is never read as a format. */
  g_string_replace (name, "%s", cl_resource_get_title (resource), 1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name->str, -1);
  g_object_set_data (G_OBJECT (button), RESOURCE_KEY, resource);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static char *
describe_resource (ClPrepDomainPage *self,
                   ClResource       *resource)
{
  ClObjective *objective = cl_resource_get_objective_id (resource) != 0
                             ? cl_prep_store_find_objective (prep_store (self),
                                                             cl_resource_get_objective_id (
                                                               resource))
                             : NULL;
  g_autoptr(GString) text = g_string_new (cl_resource_kind_get_label (
    cl_resource_get_kind (resource)));
  const char *url = cl_resource_get_url (resource);

  if (url != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

      if (uri != NULL && g_uri_get_host (uri) != NULL)
        g_string_append_printf (text, " · %s", g_uri_get_host (uri));
    }
  if (objective != NULL)
    /* Translators: the objective a resource serves. */
    g_string_append_printf (text, _ (" · for %s"), cl_objective_get_title (objective));
  if (cl_resource_get_done (resource))
    g_string_append_printf (text, " · %s", _ ("done"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_resource_row_cb (gpointer item,
                        gpointer data)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (data);
  ClResource       *resource = CL_RESOURCE (item);
  AdwActionRow     *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget        *check = gtk_check_button_new ();
  g_autofree char  *subtitle = describe_resource (self, resource);
  g_autoptr(GString) check_name = g_string_new (_ ("“%s” done"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cl_resource_get_title (resource));
  adw_action_row_set_subtitle (row, subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), RESOURCE_KEY, g_object_ref (resource), g_object_unref);

  g_string_replace (check_name, "%s", cl_resource_get_title (resource), 1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), cl_resource_get_done (resource));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _ ("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  check_name->str, -1);
  g_object_set_data (G_OBJECT (check), RESOURCE_KEY, resource);
  g_signal_connect (check, "toggled", G_CALLBACK (resource_done_cb), self);
  adw_action_row_add_prefix (row, check);
  if (cl_resource_get_url (resource) != NULL)
    /* Translators: opens a resource's web address; %s is its title. */
    adw_action_row_add_suffix (row, resource_button (resource, "web-browser-symbolic",
                                                     _ ("Open “%s”"),
                                                     G_CALLBACK (resource_open_cb), self));
  /* Translators: deletes a resource; %s is its title. */
  adw_action_row_add_suffix (row, resource_button (resource, "user-trash-symbolic",
                                                   _ ("Delete “%s”"),
                                                   G_CALLBACK (resource_delete_cb), self));
  return GTK_WIDGET (row);
}

static void
resource_activated_cb (ClPrepDomainPage *self,
                       GtkListBoxRow    *row)
{
  ClResource *resource = resource_of (row);

  if (resource != NULL)
    gtk_window_present (GTK_WINDOW (cl_resource_dialog_new (window_of (self), self->context,
                                                            self->domain, resource)));
}

static void
add_resource_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (widget);

  if (self->context != NULL)
    gtk_window_present (GTK_WINDOW (cl_resource_dialog_new (window_of (self), self->context,
                                                            self->domain, NULL)));
}

static void
add_starter_resources_action_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (widget);
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay = toast_overlay (self);
  guint            n_added = 0;

  if (self->context == NULL)
    return;
  if (!cl_resource_store_add_starter_resources (resource_store (self), self->domain, &n_added,
                                                &error))
    {
      show_error_on (overlay, error);
      return;
    }
  if (overlay == NULL)
    return;
  if (n_added == 0)
    adw_toast_overlay_add_toast (overlay, cl_toast_new (_ ("The well-known resources of this "
                                                           "domain are all in your list")));
  else
    adw_toast_overlay_add_toast (overlay,
                                 /* Translators: how many starter resources were added. */
                                 cl_toast_new_printf (ngettext ("%u well-known resource added",
                                                                "%u well-known resources added",
                                                                n_added),
                                                      n_added));
}

/* GObject ------------------------------------------------------------------ */

static void
cl_prep_domain_page_dispose (GObject *object)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (object);

  if (self->editor != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
      gtk_window_destroy (GTK_WINDOW (self->editor));
      self->editor = NULL;
    }
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_PREP_DOMAIN_PAGE);

  G_OBJECT_CLASS (cl_prep_domain_page_parent_class)->dispose (object);
}

static void
cl_prep_domain_page_finalize (GObject *object)
{
  ClPrepDomainPage *self = CL_PREP_DOMAIN_PAGE (object);

  g_clear_object (&self->database_signals);
  g_clear_object (&self->context);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (cl_prep_domain_page_parent_class)->finalize (object);
}

static void
cl_prep_domain_page_class_init (ClPrepDomainPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_prep_domain_page_dispose;
  object_class->finalize = cl_prep_domain_page_finalize;

  g_type_ensure (CL_TYPE_PRACTICE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/CareerLens/gui/prep/"
                                                             "cl-prep-domain-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, resources_list);
  gtk_widget_class_bind_template_callback (widget_class, resource_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, practice_group);
  gtk_widget_class_bind_template_callback (widget_class, objective_activated_cb);

  gtk_widget_class_install_action (widget_class, "domain.add-objective", NULL,
                                   add_objective_action_cb);
  gtk_widget_class_install_action (widget_class, "domain.schedule", NULL, schedule_action_cb);
  gtk_widget_class_install_action (widget_class, "domain.add-resource", NULL,
                                   add_resource_action_cb);
  gtk_widget_class_install_action (widget_class, "domain.add-starter-resources", NULL,
                                   add_starter_resources_action_cb);
}

static void
cl_prep_domain_page_init (ClPrepDomainPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_set_placeholder (self->objectives_list,
                                cl_placeholder_new (_ ("Nothing to learn here yet: choose "
                                                       "“Add Objective”.")));
  gtk_list_box_set_placeholder (self->resources_list,
                                cl_placeholder_new (_ ("No resources yet: add your own, or the "
                                                       "well-known ones with the star.")));
}

void
cl_prep_domain_page_set_context (ClPrepDomainPage *self,
                                 ClContext        *context)
{
  g_return_if_fail (CL_IS_PREP_DOMAIN_PAGE (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_group_set_target (self->database_signals, cl_context_get_database (context));
  g_signal_connect_object (context, "notify::loaded", G_CALLBACK (show_summary), self,
                           G_CONNECT_SWAPPED);
  cl_prep_domain_page_set_domain (self, self->domain);
}

void
cl_prep_domain_page_set_domain (ClPrepDomainPage *self,
                                ClPrepDomain      domain)
{
  g_return_if_fail (CL_IS_PREP_DOMAIN_PAGE (self));

  self->domain = domain;
  adw_window_title_set_title (self->window_title, cl_prep_domain_get_label (domain));
  if (self->context == NULL)
    return;
  g_free (self->today);
  self->today = today_of (self);
  gtk_list_box_bind_model (self->objectives_list,
                           cl_prep_store_get_objectives (prep_store (self), domain),
                           create_objective_row_cb, self, NULL);
  gtk_list_box_bind_model (self->resources_list,
                           cl_resource_store_get_resources (resource_store (self), domain),
                           create_resource_row_cb, self, NULL);
  cl_practice_group_set_domain (self->practice_group, self->context, domain);
  show_summary (self);
  /* Another domain starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

ClPrepDomain
cl_prep_domain_page_get_domain (ClPrepDomainPage *self)
{
  g_return_val_if_fail (CL_IS_PREP_DOMAIN_PAGE (self), 0);

  return self->domain;
}

void
cl_prep_domain_page_set_show_back (ClPrepDomainPage *self,
                                   gboolean          show_back)
{
  g_return_if_fail (CL_IS_PREP_DOMAIN_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), show_back);
}
