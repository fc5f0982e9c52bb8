/* cl-prep-view.c — the Prep Plan page: the five domains and the one chosen
 *
 * A leaflet: the sidebar lists the domains, each with its progress; the
 * content is the domain chosen.  Folded (narrow), the sidebar is the
 * overview and a domain opens over it, with a back button.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-prep-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-keywords-page.h"
#include "cl-partners-page.h"
#include "cl-practice-store.h"
#include "cl-prep-domain-page.h"
#include "cl-prep-domain-row.h"
#include "cl-prep-store.h"
#include "cl-prep-view.h"

#define N_DOMAINS (CL_PREP_DOMAIN_INTERVIEW_TIPS + 1)

struct _ClPrepView
{
  GtkWidget         parent_instance;

  ClContext        *context;
  GSignalGroup     *database_signals;
  ClPrepDomainRow  *rows[N_DOMAINS];

  AdwLeaflet       *leaflet;
  GtkWidget        *sidebar;
  GtkListBox       *domain_list;
  GtkStack         *content_stack;
  ClPrepDomainPage *domain_page;
  GtkListBox       *tools_list;
  GtkListBoxRow    *keywords_row;
  ClKeywordsPage   *keywords_page;
  GtkListBoxRow    *partners_row;
  ClPartnersPage   *partners_page;
};

G_DEFINE_FINAL_TYPE (ClPrepView, cl_prep_view, GTK_TYPE_WIDGET)

/* The rows' lines --------------------------------------------------------- */

static char *
today_of (ClPrepView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (
    cl_clock_now (cl_context_get_clock (self->context)));

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
show_row (ClPrepView  *self,
          ClPrepDomain domain,
          const char  *today)
{
  g_auto (ClPrepProgress) progress = { 0 };
  g_autoptr(GArray) trend = cl_practice_store_get_trend (
    cl_context_get_practice_store (self->context), domain);
  g_autofree double *means = g_new0 (double, trend->len + 1);
  g_autofree char   *done = NULL;
  g_autofree char   *next = NULL;
  g_autofree char   *practice = NULL;

  cl_prep_store_get_progress (cl_context_get_prep_store (self->context), domain, &progress);
  for (guint i = 0; i < trend->len; i++)
    means[i] = g_array_index (trend, ClTrendPoint, i).mean;
  done = cl_prep_domain_row_describe_progress (&progress);
  next = cl_prep_domain_row_describe_next (&progress, today);
  practice = cl_prep_domain_row_describe_practice (means, trend->len);
  cl_prep_domain_row_show (self->rows[domain],
                           progress.n_objectives > 0
                             ? (double) progress.n_done / progress.n_objectives
                             : 0,
                           done, next, practice);
}

static void
show_rows (ClPrepView *self)
{
  g_autofree char *today = NULL;

  if (self->context == NULL)
    return;
  today = today_of (self);
  for (int i = 0; i < N_DOMAINS; i++)
    show_row (self, (ClPrepDomain) i, today);
}

static void
database_changed_cb (ClPrepView  *self,
                     ClChangeSet *change_set)
{
  if (cl_change_set_is_external (change_set) ||
      cl_change_set_has_table (change_set, CL_TABLE_OBJECTIVES) ||
      cl_change_set_has_table (change_set, CL_TABLE_PRACTICE))
    show_rows (self);
}

/* Navigation --------------------------------------------------------------- */

/* The two lists of the sidebar choose one page between them, when a row is
 * activated (a click, Enter): moving the keyboard through the sidebar,
 * Tab after Tab, leaves the page as it is. */
static void
show_tool (ClPrepView    *self,
           GtkListBoxRow *row)
{
  gtk_list_box_unselect_all (self->domain_list);
  gtk_list_box_select_row (self->tools_list, row);
  gtk_stack_set_visible_child_name (self->content_stack, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

static void
tool_activated_cb (ClPrepView    *self,
                   GtkListBoxRow *row)
{
  show_tool (self, row);
}

static void
row_activated_cb (ClPrepView    *self,
                  GtkListBoxRow *row)
{
  if (CL_IS_PREP_DOMAIN_ROW (row))
    cl_prep_view_show_domain (self, cl_prep_domain_row_get_domain (CL_PREP_DOMAIN_ROW (row)));
}

static void
folded_changed_cb (ClPrepView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  cl_prep_domain_page_set_show_back (self->domain_page, folded);
  cl_keywords_page_set_show_back (self->keywords_page, folded);
  cl_partners_page_set_show_back (self->partners_page, folded);
}

static void
show_sidebar_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ClPrepView  *self = CL_PREP_VIEW (widget);
  ClPrepDomain domain = cl_prep_domain_page_get_domain (self->domain_page);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[domain]));
}

static void
show_partners_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ClPrepView *self = CL_PREP_VIEW (widget);

  show_tool (self, self->partners_row);
}

/* GObject ------------------------------------------------------------------ */

static void
cl_prep_view_dispose (GObject *object)
{
  ClPrepView *self = CL_PREP_VIEW (object);

  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_PREP_VIEW);

  G_OBJECT_CLASS (cl_prep_view_parent_class)->dispose (object);
}

static void
cl_prep_view_finalize (GObject *object)
{
  ClPrepView *self = CL_PREP_VIEW (object);

  g_clear_object (&self->database_signals);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_prep_view_parent_class)->finalize (object);
}

static void
cl_prep_view_class_init (ClPrepViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_prep_view_dispose;
  object_class->finalize = cl_prep_view_finalize;

  g_type_ensure (CL_TYPE_PREP_DOMAIN_PAGE);
  g_type_ensure (CL_TYPE_KEYWORDS_PAGE);
  g_type_ensure (CL_TYPE_PARTNERS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/CareerLens/gui/prep/cl-prep-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, domain_list);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, domain_page);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, tools_list);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, keywords_row);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, keywords_page);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, partners_row);
  gtk_widget_class_bind_template_child (widget_class, ClPrepView, partners_page);
  gtk_widget_class_bind_template_callback (widget_class, tool_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "prep.show-sidebar", NULL,
                                   show_sidebar_action_cb);
  gtk_widget_class_install_action (widget_class, "prep.show-partners", NULL,
                                   show_partners_action_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cl_prep_view_init (ClPrepView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  for (int i = 0; i < N_DOMAINS; i++)
    {
      self->rows[i] = CL_PREP_DOMAIN_ROW (cl_prep_domain_row_new ((ClPrepDomain) i));
      gtk_list_box_append (self->domain_list, GTK_WIDGET (self->rows[i]));
    }
  gtk_list_box_select_row (self->domain_list, GTK_LIST_BOX_ROW (self->rows[0]));
  folded_changed_cb (self);
}

void
cl_prep_view_set_context (ClPrepView *self,
                          ClContext  *context)
{
  g_return_if_fail (CL_IS_PREP_VIEW (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_group_set_target (self->database_signals, cl_context_get_database (context));
  cl_prep_domain_page_set_context (self->domain_page, context);
  cl_keywords_page_set_context (self->keywords_page, context);
  cl_partners_page_set_context (self->partners_page, context);
  /* The prep plan is read after the board: its rows follow once it is. */
  g_signal_connect_object (context, "notify::loaded", G_CALLBACK (show_rows), self,
                           G_CONNECT_SWAPPED);
  show_rows (self);
}

void
cl_prep_view_show_domain (ClPrepView  *self,
                          ClPrepDomain domain)
{
  g_return_if_fail (CL_IS_PREP_VIEW (self));
  g_return_if_fail ((guint) domain < N_DOMAINS);

  gtk_list_box_unselect_all (self->tools_list);
  gtk_list_box_select_row (self->domain_list, GTK_LIST_BOX_ROW (self->rows[domain]));
  cl_prep_domain_page_set_domain (self->domain_page, domain);
  gtk_stack_set_visible_child_name (self->content_stack, "domain");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->content_stack));
}

void
cl_prep_view_show_keywords (ClPrepView    *self,
                            ClApplication *application)
{
  g_return_if_fail (CL_IS_PREP_VIEW (self));

  if (application != NULL)
    cl_keywords_page_set_application (self->keywords_page, application);
  show_tool (self, self->keywords_row);
}

ClKeywordsPage *
cl_prep_view_get_keywords_page (ClPrepView *self)
{
  g_return_val_if_fail (CL_IS_PREP_VIEW (self), NULL);

  return self->keywords_page;
}

ClPrepDomain
cl_prep_view_get_domain (ClPrepView *self)
{
  g_return_val_if_fail (CL_IS_PREP_VIEW (self), 0);

  return cl_prep_domain_page_get_domain (self->domain_page);
}
