/* cl-pipeline-view.c — the board: one column per stage
 *
 * The columns follow the store's stage model; each is a list view over the
 * store's model of that stage, seen through one shared filter (search and
 * filters) and one shared sorter, so the board costs what is visible.  Every
 * move — drop, keyboard or menu — goes through one store call and offers
 * Undo in a toast; on an error the toast says why and the card stays, since
 * the store changes its models only after the database has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "cl-application-card.h"
#include "cl-enum-types.h"
#include "cl-application-details.h"
#include "cl-pipeline-view.h"
#include "cl-stage-column.h"
#include "cl-stage-editor.h"

#define BOARD_SCROLL_EDGE 64.0
#define BOARD_SCROLL_SPEED 24.0

struct _ClPipelineView
{
  GtkWidget           parent_instance;

  ClContext          *context;
  ClPipelineStore    *store;
  ClPipelineQuery    *query;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GSimpleActionGroup *actions;
  GSettings          *settings;
  ClPipelineSort      sort;
  gboolean            show_closed;
  char               *last_text;

  double              board_scroll_speed;
  guint               board_scroll_id;

  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkScrolledWindow  *board_scroller;
  GtkBox             *columns_box;
  GtkDropDown        *company_type_dropdown;
  GtkDropDown        *interest_dropdown;
  GtkEntry           *level_entry;
  GtkDropDown        *added_dropdown;
  GtkCheckButton     *red_flags_check;
  GtkCheckButton     *referral_check;
  GtkPopover         *filter_popover;
  GtkWidget          *context_menu;
};

G_DEFINE_FINAL_TYPE (ClPipelineView, cl_pipeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SORT,
  PROP_SHOW_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Toasts ----------------------------------------------------------------- */

static void
show_toast (ClPipelineView *self,
            AdwToast       *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (ClPipelineView *self,
            const GError   *error)
{
  /* A refused change is the user's news, not a programming error. */
  g_debug ("%s", error->message);
  show_toast (self, adw_toast_new (error->message));
}

/* Columns ---------------------------------------------------------------- */

static ClStageColumn *
column_for_stage (ClPipelineView *self,
                  gint64          stage_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (cl_stage_get_id (cl_stage_column_get_stage (CL_STAGE_COLUMN (child))) == stage_id)
      return CL_STAGE_COLUMN (child);
  return NULL;
}

static void
update_empty_state (ClPipelineView *self)
{
  guint n = self->store != NULL
    ? g_list_model_get_n_items (cl_pipeline_store_get_applications (self->store))
    : 0;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "board" : "empty");
}

static GtkSorter *
current_sorter (ClPipelineView *self)
{
  /* The stage models are already in manual order: no sorter at all then. */
  return self->sort == CL_PIPELINE_SORT_MANUAL ? NULL : GTK_SORTER (self->sorter);
}

static void activate_application_cb (ClPipelineView *self, ClApplication *application);
static void context_menu_cb (ClStageColumn *column, ClApplication *application, GtkWidget *card,
                             double x, double y, ClPipelineView *self);
static gboolean drop_application_cb (ClStageColumn *column, ClApplication *application,
                                     guint position, ClPipelineView *self);

static void rebuild_columns (ClPipelineView *self);

static void
stage_open_changed_cb (ClPipelineView *self)
{
  rebuild_columns (self);
}

static void
rebuild_columns (ClPipelineView *self)
{
  GListModel *stages = cl_pipeline_store_get_stages (self->store);
  ClClock *clock = cl_context_get_clock (self->context);
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);

  n = g_list_model_get_n_items (stages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);
      ClStageColumn *column;

      g_signal_handlers_disconnect_by_func (stage, stage_open_changed_cb, self);
      g_signal_connect_object (stage, "notify::is-open", G_CALLBACK (stage_open_changed_cb),
                               self, G_CONNECT_SWAPPED);

      if (!self->show_closed && !cl_stage_get_is_open (stage))
        continue;

      column = cl_stage_column_new (stage,
                                    cl_pipeline_store_get_stage_applications (self->store,
                                                                              cl_stage_get_id (stage)),
                                    GTK_FILTER (self->filter), current_sorter (self), clock);
      g_signal_connect_object (column, "activate-application",
                               G_CALLBACK (activate_application_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (column, "context-menu", G_CALLBACK (context_menu_cb), self, 0);
      g_signal_connect_object (column, "drop-application", G_CALLBACK (drop_application_cb), self, 0);
      gtk_box_append (self->columns_box, GTK_WIDGET (column));
    }
}

/* Moving, with undo ------------------------------------------------------- */

typedef struct
{
  ClPipelineView *view;
  ClPipelineMove *move;
  ClApplication  *archived;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->view);
  g_clear_pointer (&undo->move, cl_pipeline_move_free);
  g_clear_object (&undo->archived);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GError) error = NULL;
  ClPipelineView *self = undo->view;
  ClApplication *application = NULL;
  gboolean ok;

  if (self->store == NULL)
    return;

  if (undo->move != NULL)
    {
      ok = cl_pipeline_store_undo_move (self->store, undo->move, &error);
      application = cl_pipeline_store_find_application (self->store, undo->move->application_id);
    }
  else
    {
      ok = cl_pipeline_store_unarchive_application (self->store, undo->archived, &error);
      application = undo->archived;
    }

  if (!ok)
    show_error (self, error);
  else if (application != NULL)
    cl_pipeline_view_reveal_application (self, application);
}

static void
offer_undo (ClPipelineView *self,
            const char     *message,
            ClPipelineMove *move,
            ClApplication  *archived)
{
  AdwToast *toast = adw_toast_new (message);
  Undo *undo = g_new0 (Undo, 1);

  undo->view = g_object_ref (self);
  undo->move = move;
  undo->archived = archived != NULL ? g_object_ref (archived) : NULL;

  adw_toast_set_button_label (toast, _("Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         (GClosureNotify) (void (*) (void)) undo_free, 0);
  show_toast (self, toast);
}

gboolean
cl_pipeline_view_move_application (ClPipelineView *self,
                                   ClApplication  *application,
                                   gint64          stage_id,
                                   guint           position)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ClPipelineMove *move = NULL;
  ClStage *stage;

  g_return_val_if_fail (CL_IS_PIPELINE_VIEW (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (!cl_pipeline_store_move_application (self->store, application, stage_id, position, &move, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  if (move == NULL)
    return TRUE;

  stage = cl_pipeline_store_find_stage (self->store, stage_id);
  if (move->from_stage_id == move->to_stage_id)
    message = g_strdup_printf (_("Moved “%s” within %s"), cl_application_get_company_name (application),
                               cl_stage_get_name (stage));
  else
    message = g_strdup_printf (_("Moved “%s” to %s"), cl_application_get_company_name (application),
                               cl_stage_get_name (stage));
  offer_undo (self, message, move, NULL);
  return TRUE;
}

static void
archive_application (ClPipelineView *self,
                     ClApplication  *application)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(ClApplication) keep = g_object_ref (application);

  if (!cl_pipeline_store_archive_application (self->store, application, &error))
    {
      show_error (self, error);
      return;
    }

  message = g_strdup_printf (_("Archived “%s”"), cl_application_get_company_name (application));
  offer_undo (self, message, NULL, application);
}

static gboolean
drop_application_cb (ClStageColumn  *column,
                     ClApplication  *application,
                     guint           position,
                     ClPipelineView *self)
{
  ClStage *stage = cl_stage_column_get_stage (column);

  /* Reordering only means something in the manual order. */
  if (self->sort != CL_PIPELINE_SORT_MANUAL &&
      cl_application_get_stage_id (application) == cl_stage_get_id (stage))
    {
      show_toast (self, adw_toast_new (_("Sort the board by manual order to reorder cards")));
      return FALSE;
    }

  return cl_pipeline_view_move_application (self, application, cl_stage_get_id (stage), position);
}

/* The application whose card has the keyboard focus, if any. */
static ClApplication *
focused_application (ClPipelineView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

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

/* The visible column @delta places from @stage_id's, or NULL at the edges. */
static ClStage *
neighbour_stage (ClPipelineView *self,
                 gint64          stage_id,
                 int             delta)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (columns, child);

  for (guint i = 0; i < columns->len; i++)
    {
      ClStage *stage = cl_stage_column_get_stage (g_ptr_array_index (columns, i));
      int target = (int) i + delta;

      if (cl_stage_get_id (stage) == stage_id)
        return target >= 0 && target < (int) columns->len
          ? cl_stage_column_get_stage (g_ptr_array_index (columns, target))
          : NULL;
    }
  return NULL;
}

/* The manual position of the card shown just above (@dy < 0) or below
 * @application in its column; FALSE at the ends. */
static gboolean
shown_neighbour_position (ClPipelineView *self,
                          ClApplication  *application,
                          int             dy,
                          guint          *out_position)
{
  ClStageColumn *column = column_for_stage (self, cl_application_get_stage_id (application));
  GListModel *shown = column != NULL ? cl_stage_column_get_model (column) : NULL;
  guint n = shown != NULL ? g_list_model_get_n_items (shown) : 0;
  g_autoptr(ClApplication) neighbour = NULL;
  guint index;

  for (index = 0; index < n; index++)
    {
      g_autoptr(ClApplication) item = g_list_model_get_item (shown, index);

      if (item == application)
        break;
    }
  if (index >= n || (dy < 0 && index == 0) || (dy > 0 && index + 1 >= n))
    return FALSE;

  neighbour = g_list_model_get_item (shown, dy < 0 ? index - 1 : index + 1);
  *out_position = cl_application_get_position (neighbour);
  return TRUE;
}

/* Alt+arrows: a neighbouring stage (to its top) or a neighbouring place. */
static void
step_application (ClPipelineView *self,
                  ClApplication  *application,
                  int             dx,
                  int             dy)
{
  gint64 stage_id = cl_application_get_stage_id (application);
  guint position = cl_application_get_position (application);

  if (application == NULL)
    return;

  if (dx != 0)
    {
      ClStage *stage = neighbour_stage (self, stage_id, dx);

      if (stage == NULL)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
      stage_id = cl_stage_get_id (stage);
      position = 0;
    }
  else
    {
      if (self->sort != CL_PIPELINE_SORT_MANUAL)
        {
          show_toast (self, adw_toast_new (_("Sort the board by manual order to reorder cards")));
          return;
        }
      /* Swap places with the neighbour shown, stepping over the cards the
       * search and filters hide: the place of that neighbour in the manual
       * order is where the card goes. */
      if (!shown_neighbour_position (self, application, dy, &position))
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
    }

  if (cl_pipeline_view_move_application (self, application, stage_id, position))
    cl_pipeline_view_reveal_application (self, application);
}

/* Opening, menus, stages -------------------------------------------------- */

static void
activate_application_cb (ClPipelineView *self,
                         ClApplication  *application)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ClApplicationDetails *details;

  details = cl_application_details_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        self->context, application);
  gtk_window_present (GTK_WINDOW (details));
}

static GMenuModel *
build_card_menu (ClPipelineView *self,
                 ClApplication  *application)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) open_section = g_menu_new ();
  g_autoptr(GMenu) move_section = g_menu_new ();
  g_autoptr(GMenu) stages_menu = g_menu_new ();
  g_autoptr(GMenu) archive_section = g_menu_new ();
  GListModel *stages = cl_pipeline_store_get_stages (self->store);
  gint64 id = cl_application_get_id (application);
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_("_Open"), NULL);
  g_menu_item_set_action_and_target_value (item, "board.open", g_variant_new_int64 (id));
  g_menu_append_item (open_section, item);
  g_clear_object (&item);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      if (cl_stage_get_id (stage) == cl_application_get_stage_id (application))
        continue;
      item = g_menu_item_new (cl_stage_get_name (stage), NULL);
      g_menu_item_set_action_and_target_value (item, "board.move-to",
                                               g_variant_new ("(xx)", id, cl_stage_get_id (stage)));
      g_menu_append_item (stages_menu, item);
      g_clear_object (&item);
    }
  g_menu_append_submenu (move_section, _("_Move To"), G_MENU_MODEL (stages_menu));

  item = g_menu_item_new (_("_Archive"), NULL);
  g_menu_item_set_action_and_target_value (item, "board.archive", g_variant_new_int64 (id));
  g_menu_append_item (archive_section, item);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (open_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (archive_section));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
show_context_menu (ClPipelineView *self,
                   ClApplication  *application,
                   GtkWidget      *card,
                   double          x,
                   double          y)
{
  g_autoptr(GMenuModel) model = build_card_menu (self, application);
  graphene_point_t point;

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  self->context_menu = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);

  if (gtk_widget_compute_point (card, GTK_WIDGET (self), &GRAPHENE_POINT_INIT ((float) x, (float) y), &point))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                                 &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
context_menu_cb (ClStageColumn  *column,
                 ClApplication  *application,
                 GtkWidget      *card,
                 double          x,
                 double          y,
                 ClPipelineView *self)
{
  show_context_menu (self, application, card, x, y);
}

static ClApplication *
application_for_target (ClPipelineView *self,
                        GVariant       *target)
{
  return cl_pipeline_store_find_application (self->store, g_variant_get_int64 (target));
}

static void
open_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ClPipelineView *self = user_data;
  ClApplication *application = application_for_target (self, parameter);

  if (application != NULL)
    activate_application_cb (self, application);
}

static void
archive_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ClPipelineView *self = user_data;
  ClApplication *application = application_for_target (self, parameter);

  if (application != NULL)
    archive_application (self, application);
}

static void
move_to_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ClPipelineView *self = user_data;
  ClApplication *application;
  gint64 id, stage_id;

  g_variant_get (parameter, "(xx)", &id, &stage_id);
  application = cl_pipeline_store_find_application (self->store, id);
  if (application == NULL)
    return;

  /* A card sent to another stage by menu goes to its top, like Alt+arrow. */
  if (cl_pipeline_view_move_application (self, application, stage_id, 0))
    cl_pipeline_view_reveal_application (self, application);
}

static void
edit_stages_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  ClPipelineView *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ClStageEditor *editor;

  editor = cl_stage_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
reset_filters_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  ClPipelineView *self = user_data;

  gtk_drop_down_set_selected (self->company_type_dropdown, 0);
  gtk_drop_down_set_selected (self->interest_dropdown, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->level_entry), "");
  gtk_drop_down_set_selected (self->added_dropdown, 0);
  gtk_check_button_set_active (self->red_flags_check, FALSE);
  gtk_check_button_set_active (self->referral_check, FALSE);
}

/* Keyboard --------------------------------------------------------------- */

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  ClApplication *application = focused_application (self);
  const char *what = g_variant_get_string (args, NULL);

  if (application == NULL)
    return FALSE;

  if (g_str_equal (what, "left"))
    step_application (self, application, -1, 0);
  else if (g_str_equal (what, "right"))
    step_application (self, application, 1, 0);
  else if (g_str_equal (what, "up"))
    step_application (self, application, 0, -1);
  else if (g_str_equal (what, "down"))
    step_application (self, application, 0, 1);
  else if (g_str_equal (what, "archive"))
    archive_application (self, application);
  else if (g_str_equal (what, "menu"))
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

      show_context_menu (self, application, focus, 24, 24);
    }
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *accelerator,
              const char            *what)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string (accelerator),
                                                                         gtk_callback_action_new (shortcut_cb, NULL, NULL),
                                                                         "s", what));
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

  return cl_application_compare (CL_APPLICATION ((gpointer) a), CL_APPLICATION ((gpointer) b), self->sort);
}

static void
search_changed_cb (ClPipelineView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  cl_pipeline_query_set_text (self->query, text);
}

/* Tells the filter how the new text relates to the old, so typing more only
 * re-checks the cards still shown. */
static void
query_text_changed_cb (ClPipelineView *self)
{
  const char *text = cl_pipeline_query_get_text (self->query);
  const char *old = self->last_text != NULL ? self->last_text : "";
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
query_filters_changed_cb (ClPipelineView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (cl_pipeline_query_has_filters (self->query))
    gtk_widget_add_css_class (gtk_widget_get_parent (GTK_WIDGET (self->filter_popover)), "filters-active");
  else
    gtk_widget_remove_css_class (gtk_widget_get_parent (GTK_WIDGET (self->filter_popover)), "filters-active");
}

static void
filters_changed_cb (ClPipelineView *self)
{
  static const int added_days[] = { 0, 7, 30, 90, 365, -30 };
  guint company_type = gtk_drop_down_get_selected (self->company_type_dropdown);
  guint added = gtk_drop_down_get_selected (self->added_dropdown);
  gint64 now = self->context != NULL ? cl_clock_now (cl_context_get_clock (self->context)) : 0;
  gint64 after = 0, before = 0;

  if (added < G_N_ELEMENTS (added_days) && added_days[added] > 0)
    after = now - (gint64) added_days[added] * 24 * 3600;
  else if (added < G_N_ELEMENTS (added_days) && added_days[added] < 0)
    before = now + (gint64) added_days[added] * 24 * 3600;

  g_object_freeze_notify (G_OBJECT (self->query));
  g_object_set (self->query,
                "company-type", company_type == 0 || company_type == GTK_INVALID_LIST_POSITION
                                ? -1 : (int) company_type - 1,
                "min-interest", gtk_drop_down_get_selected (self->interest_dropdown) == GTK_INVALID_LIST_POSITION
                                ? 0u : gtk_drop_down_get_selected (self->interest_dropdown),
                "level", gtk_editable_get_text (GTK_EDITABLE (self->level_entry)),
                "red-flags-only", gtk_check_button_get_active (self->red_flags_check),
                "referral-only", gtk_check_button_get_active (self->referral_check),
                "added-after", after,
                "added-before", before,
                NULL);
  g_object_thaw_notify (G_OBJECT (self->query));
}

static void
query_notify_cb (ClPipelineView *self,
                 GParamSpec     *pspec)
{
  if (g_str_equal (pspec->name, "text"))
    query_text_changed_cb (self);
  else
    query_filters_changed_cb (self);
}

/* Board autoscroll while dragging ----------------------------------------- */

static gboolean
board_scroll_tick_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);

  if (self->board_scroll_speed == 0)
    {
      self->board_scroll_id = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + self->board_scroll_speed);
  return G_SOURCE_CONTINUE;
}

static void
board_drag_motion_cb (GtkDropControllerMotion *controller,
                      double                   x,
                      double                   y,
                      ClPipelineView          *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self->board_scroller));

  if (x < BOARD_SCROLL_EDGE)
    self->board_scroll_speed = -BOARD_SCROLL_SPEED * (BOARD_SCROLL_EDGE - x) / BOARD_SCROLL_EDGE;
  else if (x > width - BOARD_SCROLL_EDGE)
    self->board_scroll_speed = BOARD_SCROLL_SPEED * (x - (width - BOARD_SCROLL_EDGE)) / BOARD_SCROLL_EDGE;
  else
    self->board_scroll_speed = 0;

  if (self->board_scroll_speed != 0 && self->board_scroll_id == 0)
    self->board_scroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), board_scroll_tick_cb, NULL, NULL);
}

static void
board_drag_leave_cb (GtkDropControllerMotion *controller,
                     ClPipelineView          *self)
{
  self->board_scroll_speed = 0;
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

  if (self->board_scroll_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->board_scroll_id);
      self->board_scroll_id = 0;
    }
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
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/pipeline/cl-pipeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ClPipelineView, stack);
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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pipelineview");
}

static const GActionEntry board_actions[] = {
  { .name = "open", .activate = open_action_cb, .parameter_type = "x" },
  { .name = "archive", .activate = archive_action_cb, .parameter_type = "x" },
  { .name = "move-to", .activate = move_to_action_cb, .parameter_type = "(xx)" },
  { .name = "edit-stages", .activate = edit_stages_action_cb },
  { .name = "reset-filters", .activate = reset_filters_action_cb },
};

static void
cl_pipeline_view_init (ClPipelineView *self)
{
  g_autoptr(GtkStringList) company_types = gtk_string_list_new (NULL);
  g_autoptr(GPropertyAction) search = NULL;
  g_autoptr(GPropertyAction) sort = NULL;
  g_autoptr(GPropertyAction) show_closed = NULL;
  GtkEventController *shortcuts;
  GtkEventController *board_motion;

  self->show_closed = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  /* Typing anywhere on the board starts a search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  self->query = cl_pipeline_query_new ();
  g_signal_connect_object (self->query, "notify", G_CALLBACK (query_notify_cb), self, G_CONNECT_SWAPPED);
  self->filter = gtk_custom_filter_new (filter_match_cb, self->query, NULL);
  self->sorter = gtk_custom_sorter_new (sort_compare_cb, self, NULL);

  gtk_string_list_append (company_types, _("Any"));
  for (int type = CL_COMPANY_TYPE_UNKNOWN; type <= CL_COMPANY_TYPE_OTHER; type++)
    gtk_string_list_append (company_types, cl_company_type_get_label (type));
  gtk_drop_down_set_model (self->company_type_dropdown, G_LIST_MODEL (company_types));

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), board_actions,
                                   G_N_ELEMENTS (board_actions), self);
  search = g_property_action_new ("search", self->search_bar, "search-mode-enabled");
  sort = g_property_action_new ("sort", self, "sort");
  show_closed = g_property_action_new ("show-closed", self, "show-closed");
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (search));
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (sort));
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (show_closed));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "board", G_ACTION_GROUP (self->actions));

  /* Capture phase: the list views would take the arrows first otherwise. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Left", "left");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Right", "right");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Up", "up");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Down", "down");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Delete", "archive");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Menu", "menu");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Shift>F10", "menu");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  board_motion = gtk_drop_controller_motion_new ();
  g_signal_connect (board_motion, "motion", G_CALLBACK (board_drag_motion_cb), self);
  g_signal_connect (board_motion, "leave", G_CALLBACK (board_drag_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->board_scroller), board_motion);

  self->settings = g_settings_new (APPLICATION_ID_BASE);
  g_settings_bind (self->settings, "board-sort", self, "sort", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-closed-stages", self, "show-closed", G_SETTINGS_BIND_DEFAULT);
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

  g_signal_connect_object (cl_pipeline_store_get_stages (self->store), "items-changed",
                           G_CALLBACK (rebuild_columns), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cl_pipeline_store_get_applications (self->store), "items-changed",
                           G_CALLBACK (update_empty_state), self, G_CONNECT_SWAPPED);

  rebuild_columns (self);
  update_empty_state (self);
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

  update_empty_state (self);

  column = column_for_stage (self, cl_application_get_stage_id (application));
  if (column == NULL)
    return;

  if (cl_stage_column_focus_application (column, application))
    {
      graphene_rect_t bounds;
      GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);

      /* Bring the column into view too. */
      if (gtk_widget_compute_bounds (GTK_WIDGET (column), GTK_WIDGET (self->columns_box), &bounds))
        gtk_adjustment_clamp_page (adjustment, bounds.origin.x, bounds.origin.x + bounds.size.width);
    }
}
