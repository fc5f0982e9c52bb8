/* cl-pipeline-view.c — the board: one column per stage
 *
 * The columns follow the stage store's model; each is a list view over the
 * pipeline store's model of that stage, seen through one shared filter
 * (search and filters) and one shared sorter, so the board costs what is
 * visible.  What the user does to cards is in cl-pipeline-view-actions.c,
 * dragging them in cl-pipeline-view-dnd.c.  Whenever search or filters hide
 * cards the board says so: the filter button counts the filters, a banner
 * stands in for the closed search bar, and a board with nothing left to show
 * says "No Results".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-a11y.h"
#include "cl-application-card.h"
#include "cl-enum-types.h"
#include "cl-pipeline-view-private.h"
#include "cl-toast.h"

/* From this many cards on, columns are built one a frame. */
#define MANY_APPLICATIONS 1000

G_DEFINE_FINAL_TYPE (ClPipelineView, cl_pipeline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SORT,
  PROP_SHOW_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Toasts ----------------------------------------------------------------- */

static void
toast_dismissed_cb (AdwToast       *toast,
                    ClPipelineView *self)
{
  /* Timed out or closed: the next message needs a toast of its own (the
   * overlay cannot show a dismissed one again). */
  if (toast == self->toast)
    {
      g_signal_handlers_disconnect_by_data (toast, self);
      g_clear_object (&self->toast);
    }
}

static void
toast_clicked_cb (ClPipelineView *self)
{
  cl_pipeline_view_undo (self);
}

void
cl_pipeline_view_say (ClPipelineView *self,
                      const char     *text,
                      gboolean        with_undo)
{
  GtkWidget       *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (overlay == NULL)
    return;

  if (self->toast == NULL)
    {
      self->toast = cl_toast_new (text);
      g_signal_connect (self->toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self);
      g_signal_connect_swapped (self->toast, "button-clicked", G_CALLBACK (toast_clicked_cb), self);
    }
  else
    adw_toast_set_title (self->toast, escaped);
  adw_toast_set_button_label (self->toast, with_undo ? _ ("Undo") : NULL);

  /* Shown, or shown again for its full time (the overlay takes a ref). */
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (self->toast));
}

void
cl_pipeline_view_show_error (ClPipelineView *self,
                             const GError   *error)
{
  /* A refused change is the user's news, not a programming error. */
  g_debug ("%s", error->message);
  cl_pipeline_view_say (self, error->message, FALSE);
}

/* Columns ---------------------------------------------------------------- */

ClStageColumn *
cl_pipeline_view_find_column (ClPipelineView *self,
                              gint64          stage_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (cl_stage_get_id (cl_stage_column_get_stage (CL_STAGE_COLUMN (child))) == stage_id)
      return CL_STAGE_COLUMN (child);
  return NULL;
}

ClStageColumn *
cl_pipeline_view_get_neighbour_column (ClPipelineView *self,
                                       ClStageColumn  *column,
                                       int             delta)
{
  GtkWidget *child = GTK_WIDGET (column);
  /* A box lays its children out from the right in a right-to-left locale. */
  gboolean   forward =
    (delta > 0) != (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL);

  for (int steps = ABS (delta); child != NULL && steps > 0; steps--)
    child = forward ? gtk_widget_get_next_sibling (child) : gtk_widget_get_prev_sibling (child);
  return child != NULL ? CL_STAGE_COLUMN (child) : NULL;
}

ClStageColumn *
cl_pipeline_view_get_focus_column (ClPipelineView *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *column = focus != NULL ? gtk_widget_get_ancestor (focus, CL_TYPE_STAGE_COLUMN) : NULL;

  return column != NULL && gtk_widget_is_ancestor (column, GTK_WIDGET (self))
           ? CL_STAGE_COLUMN (column)
           : NULL;
}

ClApplication *
cl_pipeline_view_get_focused_application (ClPipelineView *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* The list item row has the focus; its child is the card. */
  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    {
      GtkWidget *child = gtk_widget_get_first_child (focus);

      if (CL_IS_APPLICATION_CARD (focus))
        return cl_application_card_get_application (CL_APPLICATION_CARD (focus));
      if (child != NULL && CL_IS_APPLICATION_CARD (child))
        return cl_application_card_get_application (CL_APPLICATION_CARD (child));
    }
  return NULL;
}

static GtkSorter *
current_sorter (ClPipelineView *self)
{
  /* The stage models are already in manual order: no sorter at all then. */
  return self->sort == CL_PIPELINE_SORT_MANUAL ? NULL : GTK_SORTER (self->sorter);
}

static gboolean
scroll_columns_to_top_cb (GtkWidget     *widget,
                          GdkFrameClock *clock,
                          gpointer       user_data)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);

  self->scroll_to_top_id = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cl_stage_column_scroll_to_top (CL_STAGE_COLUMN (child));
  return G_SOURCE_REMOVE;
}

/* On the next frame: a list view changing its items cannot scroll yet. */
static void
scroll_columns_to_top (ClPipelineView *self)
{
  if (self->scroll_to_top_id == 0)
    self->scroll_to_top_id =
      gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_columns_to_top_cb, NULL, NULL);
}

/* Which page shows, and whether search and filters are said to hide cards. */
static void
update_board_state (ClPipelineView *self)
{
  const char *text = cl_pipeline_query_get_text (self->query);
  guint       n_filters = cl_pipeline_query_count_filters (self->query);
  gboolean    searching = text != NULL && *text != '\0';
  GListModel *all = self->store != NULL ? cl_pipeline_store_get_applications (self->store) : NULL;
  guint       n_all = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint       total = 0, shown = 0;
  gboolean    narrowed;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ClStageColumn *column = CL_STAGE_COLUMN (child);
      GListModel    *applications = NULL;

      g_object_get (column, "applications", &applications, NULL);
      total += g_list_model_get_n_items (applications);
      shown += g_list_model_get_n_items (cl_stage_column_get_model (column));
      g_object_unref (applications);
    }
  narrowed = (searching || n_filters > 0) && shown < total;

  if (n_all == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (narrowed && shown == 0)
    {
      g_autofree char *description = NULL;
      g_autofree char *escaped = searching ? g_markup_escape_text (text, -1) : NULL;

      if (searching && n_filters > 0)
        description =
          g_strdup_printf (_ ("No application matches “%s” with the filters set."), escaped);
      else if (searching)
        description = g_strdup_printf (_ ("No application matches “%s”."), escaped);
      else
        description = g_strdup (_ ("No application matches the filters."));
      adw_status_page_set_description (self->no_results_page, description);
      gtk_stack_set_visible_child_name (self->stack, "no-results");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "board");

  /* Filters stay on with the search bar closed: the banner says so. */
  gtk_revealer_set_reveal_child (self->filter_banner,
                                 narrowed && !gtk_search_bar_get_search_mode (self->search_bar));
  /* A screen reader would find the closed banner's empty label. */
  gtk_widget_set_visible (GTK_WIDGET (self->filter_banner_label), narrowed);
  if (narrowed)
    {
      g_autofree char *banner =
        g_strdup_printf (ngettext ("Filters are on: showing %u of %u application.",
                                   "Filters are on: showing %u of %u applications.", total),
                         shown, total);

      gtk_label_set_text (self->filter_banner_label, banner);
    }

  /* Back to the top when the last filter goes: the old offset may be past
   * what is now a much longer list, or far down it. */
  if (self->narrowed && !narrowed)
    scroll_columns_to_top (self);
  self->narrowed = narrowed;
}

static void
update_filter_button (ClPipelineView *self)
{
  guint            n = cl_pipeline_query_count_filters (self->query);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *name = NULL;

  gtk_label_set_text (self->filter_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_count_label), n > 0);
  if (n > 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "filters-active");
      name = g_strdup_printf (ngettext ("Filters, %u on", "Filters, %u on", n), n);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "filters-active");
      name = g_strdup (_ ("Filters"));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button), name);
}

static void rebuild_columns (ClPipelineView *self);

static void
stage_open_changed_cb (ClPipelineView *self)
{
  rebuild_columns (self);
}

static void
activate_application_cb (ClPipelineView *self,
                         ClApplication  *application)
{
  cl_pipeline_view_open_application (self, application);
}

static void
context_menu_cb (ClStageColumn  *column,
                 ClApplication  *application,
                 GtkWidget      *card,
                 double          x,
                 double          y,
                 ClPipelineView *self)
{
  cl_pipeline_view_show_card_menu (self, application, card, x, y);
}

static void
add_column (ClPipelineView *self,
            ClStage        *stage)
{
  ClStageColumn *column;

  column = cl_stage_column_new (stage,
                                cl_pipeline_store_get_stage_applications (self->store,
                                                                          cl_stage_get_id (stage)),
                                GTK_FILTER (self->filter), current_sorter (self),
                                cl_context_get_clock (self->context));
  g_signal_connect_object (column, "activate-application",
                           G_CALLBACK (activate_application_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (column, "context-menu", G_CALLBACK (context_menu_cb), self, 0);
  g_signal_connect_object (column, "drop-application",
                           G_CALLBACK (cl_pipeline_view_drop_application_cb), self, 0);
  g_signal_connect_object (cl_stage_column_get_model (column), "items-changed",
                           G_CALLBACK (update_board_state), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->columns_box, GTK_WIDGET (column));
}

/* The stages still to get a column, in order (the stages' model items). */
static gboolean
add_next_column_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  g_autoptr(ClStage) stage = self->pending_stages->len > 0
                                ? g_ptr_array_steal_index (self->pending_stages, 0)
                                : NULL;

  if (stage != NULL)
    add_column (self, stage);
  update_board_state (self);
  if (self->pending_stages->len > 0)
    return G_SOURCE_CONTINUE;
  self->add_columns_id = 0;
  return G_SOURCE_REMOVE;
}

static void
rebuild_columns (ClPipelineView *self)
{
  GListModel *stages = cl_stage_store_get_stages (cl_pipeline_store_get_stage_store (self->store));
  guint       n_applications =
    g_list_model_get_n_items (cl_pipeline_store_get_applications (self->store));
  GtkWidget *child;
  guint      n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);
  g_ptr_array_set_size (self->pending_stages, 0);

  n = g_list_model_get_n_items (stages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      g_signal_handlers_disconnect_by_func (stage, stage_open_changed_cb, self);
      g_signal_connect_object (stage, "notify::is-open", G_CALLBACK (stage_open_changed_cb),
                               self, G_CONNECT_SWAPPED);

      if (!self->show_closed && !cl_stage_get_is_open (stage))
        continue;
      g_ptr_array_add (self->pending_stages, g_steal_pointer (&stage));
    }

  /* Each column builds up to ~200 cards at once (GTK 4.8's list views keep
   * that many rows): on a large board one column a frame, so the window
   * keeps answering and the first columns show while the others are made. */
  if (n_applications < MANY_APPLICATIONS)
    while (self->pending_stages->len > 0)
      {
        g_autoptr(ClStage) stage = g_ptr_array_steal_index (self->pending_stages, 0);

        add_column (self, stage);
      }
  else
    {
      add_next_column_cb (GTK_WIDGET (self), NULL, NULL);
      if (self->pending_stages->len > 0 && self->add_columns_id == 0)
        self->add_columns_id =
          gtk_widget_add_tick_callback (GTK_WIDGET (self), add_next_column_cb, NULL, NULL);
    }
  update_board_state (self);
}

/* Search and filters ----------------------------------------------------- */

static gboolean
filter_match_cb (gpointer item,
                 gpointer user_data)
{
  return cl_pipeline_query_matches (CL_PIPELINE_QUERY (user_data), CL_APPLICATION (item));
}

static int
sort_compare_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  ClPipelineView *self = user_data;

  return cl_application_compare (CL_APPLICATION ((gpointer) a), CL_APPLICATION ((gpointer) b),
                                 self->sort);
}

static void
search_changed_cb (ClPipelineView *self)
{
  cl_pipeline_query_set_text (self->query,
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Tells the filter how the new text relates to the old, so typing more only
 * re-checks the cards still shown. */
static void
query_text_changed_cb (ClPipelineView *self)
{
  const char     *text = cl_pipeline_query_get_text (self->query);
  const char     *old = self->last_text != NULL ? self->last_text : "";
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (text == NULL)
    text = "";
  if (strstr (text, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, text) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->last_text);
  self->last_text = g_strdup (text);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
filters_changed_cb (ClPipelineView *self)
{
  static const int added_days[] = { 0, 7, 30, 90, 365, -30 };
  guint            company_type = gtk_drop_down_get_selected (self->company_type_dropdown);
  guint            interest = gtk_drop_down_get_selected (self->interest_dropdown);
  guint            added = gtk_drop_down_get_selected (self->added_dropdown);
  gint64           now =
    self->context != NULL ? cl_clock_now (cl_context_get_clock (self->context)) : 0;
  gint64 after = 0, before = 0;

  if (added < G_N_ELEMENTS (added_days) && added_days[added] > 0)
    after = now - (gint64) added_days[added] * 24 * 3600;
  else if (added < G_N_ELEMENTS (added_days) && added_days[added] < 0)
    before = now + (gint64) added_days[added] * 24 * 3600;

  g_object_freeze_notify (G_OBJECT (self->query));
  g_object_set (self->query, "company-type",
                company_type == 0 || company_type == GTK_INVALID_LIST_POSITION
                  ? -1
                  : (int) company_type - 1,
                "min-interest", interest == GTK_INVALID_LIST_POSITION ? 0u : interest, "level",
                gtk_editable_get_text (GTK_EDITABLE (self->level_entry)), "red-flags-only",
                gtk_check_button_get_active (self->red_flags_check), "referral-only",
                gtk_check_button_get_active (self->referral_check), "added-after", after,
                "added-before", before, NULL);
  g_object_thaw_notify (G_OBJECT (self->query));
}

static void
query_notify_cb (ClPipelineView *self,
                 GParamSpec     *pspec)
{
  if (g_str_equal (pspec->name, "text"))
    query_text_changed_cb (self);
  else
    {
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      update_filter_button (self);
    }
  update_board_state (self);
}

void
cl_pipeline_view_reset_filters (ClPipelineView *self)
{
  /* The widgets drive the query (filters_changed_cb), so reset them. */
  gtk_drop_down_set_selected (self->company_type_dropdown, 0);
  gtk_drop_down_set_selected (self->interest_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->level_entry), "");
  gtk_drop_down_set_selected (self->added_dropdown, 0);
  gtk_check_button_set_active (self->red_flags_check, FALSE);
  gtk_check_button_set_active (self->referral_check, FALSE);
}

void
cl_pipeline_view_clear_search (ClPipelineView *self)
{
  cl_pipeline_view_reset_filters (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* The entry reports its text after a delay; the board shows all now. */
  cl_pipeline_query_set_text (self->query, "");
  scroll_columns_to_top (self);
}

/* Object ----------------------------------------------------------------- */

static void
set_sort (ClPipelineView *self,
          const char     *nick)
{
  int value = CL_PIPELINE_SORT_MANUAL;

  if (!cl_enum_from_nick (CL_TYPE_PIPELINE_SORT, nick, &value))
    value = CL_PIPELINE_SORT_MANUAL;
  if ((ClPipelineSort) value == self->sort)
    return;

  self->sort = value;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cl_stage_column_set_sorter (CL_STAGE_COLUMN (child), current_sorter (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

static void
cl_pipeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SORT:
      g_value_set_string (value, cl_enum_to_nick (CL_TYPE_PIPELINE_SORT, self->sort));
      break;
    case PROP_SHOW_CLOSED:
      g_value_set_boolean (value, self->show_closed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_pipeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SORT:
      set_sort (self, g_value_get_string (value));
      break;
    case PROP_SHOW_CLOSED:
      if (self->show_closed != g_value_get_boolean (value))
        {
          self->show_closed = g_value_get_boolean (value);
          if (self->store != NULL)
            rebuild_columns (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_pipeline_view_dispose (GObject *object)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (object);

  cl_pipeline_view_forget_undo (self);
  if (self->toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->toast, self);
      g_clear_object (&self->toast);
    }
  if (self->scroll_to_top_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_to_top_id);
      self->scroll_to_top_id = 0;
    }
  if (self->add_columns_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->add_columns_id);
      self->add_columns_id = 0;
    }
  g_clear_pointer (&self->pending_stages, g_ptr_array_unref);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_PIPELINE_VIEW);
  g_clear_object (&self->settings);
  g_clear_object (&self->actions);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);
  g_clear_object (&self->query);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->last_text, g_free);

  G_OBJECT_CLASS (cl_pipeline_view_parent_class)->dispose (object);
}

static void
cl_pipeline_view_class_init (ClPipelineViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_pipeline_view_dispose;
  object_class->get_property = cl_pipeline_view_get_property;
  object_class->set_property = cl_pipeline_view_set_property;

  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, "manual",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_CLOSED] =
    g_param_spec_boolean ("show-closed", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/pipeline/cl-pipeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, filter_count_label);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, filter_banner);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, filter_banner_label);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, company_type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, interest_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, level_entry);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, added_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, red_flags_check);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, referral_check);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, filter_popover);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);

  cl_pipeline_view_class_init_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pipelineview");
}

static void
cl_pipeline_view_init (ClPipelineView *self)
{
  g_autoptr(GtkStringList) company_types = gtk_string_list_new (NULL);

  self->show_closed = TRUE;
  self->pending_stages = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  /* Typing anywhere on the board starts a search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (update_board_state), self, G_CONNECT_SWAPPED);

  self->query = cl_pipeline_query_new ();
  g_signal_connect_object (self->query, "notify", G_CALLBACK (query_notify_cb), self,
                           G_CONNECT_SWAPPED);
  self->filter = gtk_custom_filter_new (filter_match_cb, self->query, NULL);
  self->sorter = gtk_custom_sorter_new (sort_compare_cb, self, NULL);

  gtk_string_list_append (company_types, _ ("Any"));
  for (int type = CL_COMPANY_TYPE_UNKNOWN; type <= CL_COMPANY_TYPE_OTHER; type++)
    gtk_string_list_append (company_types, cl_company_type_get_label (type));
  gtk_drop_down_set_model (self->company_type_dropdown, G_LIST_MODEL (company_types));

  cl_pipeline_view_init_actions (self);
  cl_pipeline_view_init_dnd (self);

  cl_a11y_name_search_bar (self->search_bar);
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (gtk_popover_get_child (self->filter_popover));
  update_filter_button (self);

  self->settings = g_settings_new (APPLICATION_ID_BASE);
  g_settings_bind (self->settings, "board-sort", self, "sort", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-closed-stages", self, "show-closed",
                   G_SETTINGS_BIND_DEFAULT);
}

void
cl_pipeline_view_set_context (ClPipelineView *self,
                              ClContext      *context)
{
  g_return_if_fail (CL_IS_PIPELINE_VIEW (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->store = g_object_ref (cl_context_get_pipeline_store (context));

  g_signal_connect_object (cl_stage_store_get_stages (
                             cl_pipeline_store_get_stage_store (self->store)),
                           "items-changed", G_CALLBACK (rebuild_columns), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cl_pipeline_store_get_applications (self->store), "items-changed",
                           G_CALLBACK (update_board_state), self, G_CONNECT_SWAPPED);

  rebuild_columns (self);
}

GActionGroup *
cl_pipeline_view_get_actions (ClPipelineView *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_VIEW (self), NULL);

  return G_ACTION_GROUP (self->actions);
}

ClPipelineQuery *
cl_pipeline_view_get_query (ClPipelineView *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_VIEW (self), NULL);

  return self->query;
}

void
cl_pipeline_view_reveal_application (ClPipelineView *self,
                                     ClApplication  *application)
{
  ClStageColumn *column;

  g_return_if_fail (CL_IS_PIPELINE_VIEW (self));

  update_board_state (self);

  column = cl_pipeline_view_find_column (self, cl_application_get_stage_id (application));
  if (column == NULL)
    return;

  if (cl_stage_column_focus_application (column, application))
    {
      graphene_rect_t bounds;
      GtkAdjustment  *adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);

      /* Bring the column into view too. */
      if (gtk_widget_compute_bounds (GTK_WIDGET (column), GTK_WIDGET (self->columns_box), &bounds))
        gtk_adjustment_clamp_page (adjustment, bounds.origin.x,
                                   bounds.origin.x + bounds.size.width);
    }
}
