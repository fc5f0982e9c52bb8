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
#include "cl-prep-store.h"
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
  guint            n_done = 0;
  guint            n_all;
  g_autofree char *text = NULL;

  if (self->context == NULL)
    return;
  n_all = cl_prep_store_count_objectives (prep_store (self), self->domain, &n_done);
  if (n_all == 0)
    text = g_strdup (_ ("No objectives yet. Add what you want to learn or practise, each with a "
                        "target date and the hours you plan to give it."));
  else
    /* Translators: the progress of a domain of the prep plan. */
    text = g_strdup_printf (ngettext ("%u of %u objective done", "%u of %u objectives done",
                                      n_all),
                            n_done, n_all);
  gtk_label_set_text (self->summary_label, text);
  adw_window_title_set_subtitle (self->window_title, n_all > 0 ? text : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), n_all > 0);
  gtk_level_bar_set_value (self->progress_bar, n_all > 0 ? (double) n_done / n_all : 0);
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
add_objective_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  cl_prep_domain_page_add_objective (CL_PREP_DOMAIN_PAGE (widget));
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
  gtk_widget_class_bind_template_child (widget_class, ClPrepDomainPage, practice_group);
  gtk_widget_class_bind_template_callback (widget_class, objective_activated_cb);

  gtk_widget_class_install_action (widget_class, "domain.add-objective", NULL,
                                   add_objective_action_cb);
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
