/* cl-stage-column.c — one stage of the board: a header and a list of cards
 *
 * The list view shows the stage's model through the board's shared filter and
 * sorter.  Cards are drag sources carrying their ClApplication; the list is a
 * drop target that shows where the card would land, scrolls near its edges,
 * and emits ::drop-application with the position in the manual order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage-column"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-card.h"
#include "cl-stage-column.h"

#define AUTOSCROLL_EDGE 48.0   /* px from the edge where scrolling starts */
#define AUTOSCROLL_SPEED 18.0  /* px per frame at the very edge */

struct _ClStageColumn
{
  GtkWidget           parent_instance;

  ClStage            *stage;
  ClClock            *clock;
  GListModel         *applications;   /* the stage's, in manual order */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  GtkLabel           *title_label;
  GtkLabel           *count_label;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;

  ClApplicationCard  *hinted_card;
  double              autoscroll_speed;
  guint               autoscroll_id;
};

G_DEFINE_FINAL_TYPE (ClStageColumn, cl_stage_column, GTK_TYPE_WIDGET)

enum {
  ACTIVATE_APPLICATION,
  CONTEXT_MENU,
  DROP_APPLICATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_header (ClStageColumn *self)
{
  guint total = g_list_model_get_n_items (self->applications);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  g_autofree char *count = NULL;
  g_autofree char *accessible = NULL;
  const char *name = cl_stage_get_name (self->stage);

  if (shown == total)
    {
      count = g_strdup_printf ("%u", total);
      accessible = g_strdup_printf (ngettext ("%s, %u application", "%s, %u applications", total),
                                    name, total);
    }
  else
    {
      /* Translators: cards shown of all cards in a column, e.g. "3 / 25" */
      count = g_strdup_printf (_("%u / %u"), shown, total);
      accessible = g_strdup_printf (ngettext ("%s, %u of %u application shown",
                                              "%s, %u of %u applications shown", total),
                                    name, shown, total);
    }

  gtk_label_set_text (self->title_label, name);
  gtk_label_set_text (self->count_label, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* Cards ----------------------------------------------------------------- */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource     *source,
                 double             x,
                 double             y,
                 ClApplicationCard *card)
{
  ClApplication *application = cl_application_card_get_application (card);

  if (application == NULL)
    return NULL;
  return gdk_content_provider_new_typed (CL_TYPE_APPLICATION, application);
}

static void
drag_begin_cb (GtkDragSource     *source,
               GdkDrag           *drag,
               ClApplicationCard *card)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (card));
  double x, y;

  gtk_gesture_get_point (GTK_GESTURE (source), NULL, &x, &y);
  gtk_drag_source_set_icon (source, paintable, (int) x, (int) y);
  gtk_widget_add_css_class (GTK_WIDGET (card), "dragging");
}

static void
drag_end_cb (GtkDragSource     *source,
             GdkDrag           *drag,
             gboolean           delete_data,
             ClApplicationCard *card)
{
  gtk_widget_remove_css_class (GTK_WIDGET (card), "dragging");
}

static void
context_click_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  ClStageColumn   *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  ClApplication *application = cl_application_card_get_application (CL_APPLICATION_CARD (card));

  if (application == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[CONTEXT_MENU], 0, application, card, x, y);
}

static void
long_press_cb (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               ClStageColumn       *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  ClApplication *application = cl_application_card_get_application (CL_APPLICATION_CARD (card));

  if (application != NULL)
    g_signal_emit (self, signals[CONTEXT_MENU], 0, application, card, x, y);
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ClStageColumn            *self)
{
  ClApplicationCard *card = cl_application_card_new (self->clock);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), card);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), card);
  g_signal_connect (source, "drag-end", G_CALLBACK (drag_end_cb), card);
  gtk_widget_add_controller (GTK_WIDGET (card), GTK_EVENT_CONTROLLER (source));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (context_click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (card), GTK_EVENT_CONTROLLER (click));

  /* Touch only, so a held mouse button still starts a drag. */
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_press_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (card), GTK_EVENT_CONTROLLER (long_press));

  gtk_list_item_set_child (item, GTK_WIDGET (card));
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ClStageColumn            *self)
{
  ClApplicationCard *card = CL_APPLICATION_CARD (gtk_list_item_get_child (item));

  cl_application_card_set_application (card, gtk_list_item_get_item (item), self->stage);
}

static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ClStageColumn            *self)
{
  ClApplicationCard *card = CL_APPLICATION_CARD (gtk_list_item_get_child (item));

  if (card == self->hinted_card)
    self->hinted_card = NULL;
  cl_application_card_set_application (card, NULL, NULL);
}

static void
activate_cb (GtkListView   *list_view,
             guint          position,
             ClStageColumn *self)
{
  g_autoptr(ClApplication) application = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (application != NULL)
    g_signal_emit (self, signals[ACTIVATE_APPLICATION], 0, application);
}

/* Dropping -------------------------------------------------------------- */

/* The card under (@x, @y) of the list view, if any. */
static ClApplicationCard *
card_at (ClStageColumn *self,
         double         x,
         double         y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  /* Climb to the row, the list view's child, whose child is the card. */
  while (widget != NULL && gtk_widget_get_parent (widget) != GTK_WIDGET (self->list_view))
    {
      if (CL_IS_APPLICATION_CARD (widget))
        return CL_APPLICATION_CARD (widget);
      widget = gtk_widget_get_parent (widget);
    }
  if (widget != NULL && CL_IS_APPLICATION_CARD (gtk_widget_get_first_child (widget)))
    return CL_APPLICATION_CARD (gtk_widget_get_first_child (widget));
  return NULL;
}

static gboolean
find_visible (ClStageColumn *self,
              ClApplication *application,
              guint         *out_index)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClApplication) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (item == application)
        {
          *out_index = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Where a drop at (@x, @y) inserts, as an index into the visible items; also
 * tells which card to mark and on which side. */
static guint
drop_index (ClStageColumn      *self,
            double              x,
            double              y,
            ClApplicationCard **out_card,
            int                *out_side)
{
  ClApplicationCard *card = card_at (self, x, y);
  graphene_rect_t bounds;
  guint index;

  *out_card = NULL;
  *out_side = 0;

  if (card == NULL || cl_application_card_get_application (card) == NULL ||
      !find_visible (self, cl_application_card_get_application (card), &index) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (card), GTK_WIDGET (self->list_view), &bounds))
    {
      /* Below the last card, or an empty column: the end. */
      return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
    }

  *out_card = card;
  if (y < bounds.origin.y + bounds.size.height / 2)
    {
      *out_side = -1;
      return index;
    }
  *out_side = 1;
  return index + 1;
}

static void
set_hint (ClStageColumn     *self,
          ClApplicationCard *card,
          int                side)
{
  if (self->hinted_card != NULL && self->hinted_card != card)
    cl_application_card_set_drop_hint (self->hinted_card, 0);
  self->hinted_card = card;
  if (card != NULL)
    cl_application_card_set_drop_hint (card, side);
}

static gboolean
autoscroll_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  ClStageColumn *self = CL_STAGE_COLUMN (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  if (self->autoscroll_speed == 0)
    {
      self->autoscroll_id = 0;
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + self->autoscroll_speed);
  return G_SOURCE_CONTINUE;
}

static void
update_autoscroll (ClStageColumn *self,
                   double         y)
{
  double height = gtk_widget_get_height (GTK_WIDGET (self->list_view));

  if (y < AUTOSCROLL_EDGE)
    self->autoscroll_speed = -AUTOSCROLL_SPEED * (AUTOSCROLL_EDGE - y) / AUTOSCROLL_EDGE;
  else if (y > height - AUTOSCROLL_EDGE)
    self->autoscroll_speed = AUTOSCROLL_SPEED * (y - (height - AUTOSCROLL_EDGE)) / AUTOSCROLL_EDGE;
  else
    self->autoscroll_speed = 0;

  if (self->autoscroll_speed != 0 && self->autoscroll_id == 0)
    self->autoscroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_tick_cb, NULL, NULL);
}

static void
stop_drop_feedback (ClStageColumn *self)
{
  set_hint (self, NULL, 0);
  self->autoscroll_speed = 0;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-target");
}

/* The list view's coordinates are the scroller's viewport, so y is on screen. */
static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                ClStageColumn *self)
{
  ClApplicationCard *card;
  int side;

  drop_index (self, x, y, &card, &side);
  set_hint (self, card, side);
  update_autoscroll (self, y);
  gtk_widget_add_css_class (GTK_WIDGET (self), "drop-target");
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target,
               ClStageColumn *self)
{
  stop_drop_feedback (self);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         ClStageColumn *self)
{
  ClApplication *application = g_value_get_object (value);
  ClApplicationCard *card;
  gboolean handled = FALSE;
  guint index;
  int side;

  stop_drop_feedback (self);
  if (!CL_IS_APPLICATION (application))
    return FALSE;

  index = drop_index (self, x, y, &card, &side);
  g_signal_emit (self, signals[DROP_APPLICATION], 0, application,
                 cl_stage_column_get_drop_position (self, application, index), &handled);
  return handled;
}

guint
cl_stage_column_get_drop_position (ClStageColumn *self,
                                   ClApplication *dragged,
                                   guint          index)
{
  guint n_visible;
  guint position;

  g_return_val_if_fail (CL_IS_STAGE_COLUMN (self), 0);

  n_visible = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  if (index < n_visible)
    {
      g_autoptr(ClApplication) target = g_list_model_get_item (G_LIST_MODEL (self->sorted), index);

      position = cl_application_get_position (target);
    }
  else if (n_visible > 0)
    {
      g_autoptr(ClApplication) last = g_list_model_get_item (G_LIST_MODEL (self->sorted), n_visible - 1);

      position = cl_application_get_position (last) + 1;
    }
  else
    {
      position = g_list_model_get_n_items (self->applications);
    }

  /* Within its own stage the card leaves a gap above the place it lands. */
  if (cl_application_get_stage_id (dragged) == cl_stage_get_id (self->stage) &&
      cl_application_get_position (dragged) < position)
    position--;

  return position;
}

/* Object ---------------------------------------------------------------- */

static void
cl_stage_column_dispose (GObject *object)
{
  ClStageColumn *self = CL_STAGE_COLUMN (object);
  GtkWidget *child;

  if (self->autoscroll_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_id);
      self->autoscroll_id = 0;
    }
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  if (self->applications != NULL)
    g_signal_handlers_disconnect_by_data (self->applications, self);
  if (self->stage != NULL)
    g_signal_handlers_disconnect_by_data (self->stage, self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  self->hinted_card = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->applications);
  g_clear_object (&self->clock);
  g_clear_object (&self->stage);

  G_OBJECT_CLASS (cl_stage_column_parent_class)->dispose (object);
}

static void
cl_stage_column_class_init (ClStageColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_stage_column_dispose;

  /* A card was activated (Enter, or a double click): open it. */
  signals[ACTIVATE_APPLICATION] =
    g_signal_new ("activate-application", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CL_TYPE_APPLICATION);
  /* Right click or long press on a card at (x, y) of the card widget. */
  signals[CONTEXT_MENU] =
    g_signal_new ("context-menu", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                  CL_TYPE_APPLICATION, GTK_TYPE_WIDGET, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /* A card was dropped: move it to this stage at the given manual position.
   * Returns whether the move was made. */
  signals[DROP_APPLICATION] =
    g_signal_new ("drop-application", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, g_signal_accumulator_true_handled, NULL, NULL, G_TYPE_BOOLEAN, 2,
                  CL_TYPE_APPLICATION, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stagecolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cl_stage_column_init (ClStageColumn *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
}

ClStageColumn *
cl_stage_column_new (ClStage    *stage,
                     GListModel *applications,
                     GtkFilter  *filter,
                     GtkSorter  *sorter,
                     ClClock    *clock)
{
  ClStageColumn *self;
  GtkWidget *header;
  GtkListItemFactory *factory;
  GtkDropTarget *drop_target;

  g_return_val_if_fail (CL_IS_STAGE (stage), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  self = g_object_new (CL_TYPE_STAGE_COLUMN, NULL);
  self->stage = g_object_ref (stage);
  self->clock = g_object_ref (clock);
  self->applications = g_object_ref (applications);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (header, "stage-header");
  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_ellipsize (self->title_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "stage-count");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->count_label));
  gtk_widget_set_parent (header, GTK_WIDGET (self));
  if (!cl_stage_get_is_open (stage))
    gtk_widget_add_css_class (GTK_WIDGET (self), "closed");

  self->filtered = gtk_filter_list_model_new (g_object_ref (applications),
                                              filter != NULL ? g_object_ref (filter) : NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          sorter != NULL ? g_object_ref (sorter) : NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), self);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                                      factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "stage-list");
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  drop_target = gtk_drop_target_new (CL_TYPE_APPLICATION, GDK_ACTION_MOVE);
  g_signal_connect (drop_target, "enter", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (drop_target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (drop_target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (drop_target));

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));

  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (update_header), self);
  g_signal_connect_swapped (applications, "items-changed", G_CALLBACK (update_header), self);
  g_signal_connect_swapped (stage, "notify::name", G_CALLBACK (update_header), self);
  update_header (self);

  return self;
}

ClStage *
cl_stage_column_get_stage (ClStageColumn *self)
{
  g_return_val_if_fail (CL_IS_STAGE_COLUMN (self), NULL);

  return self->stage;
}

GListModel *
cl_stage_column_get_model (ClStageColumn *self)
{
  g_return_val_if_fail (CL_IS_STAGE_COLUMN (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

void
cl_stage_column_set_sorter (ClStageColumn *self,
                            GtkSorter     *sorter)
{
  g_return_if_fail (CL_IS_STAGE_COLUMN (self));

  gtk_sort_list_model_set_sorter (self->sorted, sorter);
}

/* Gives the keyboard focus to the row showing @application, if it exists. */
static gboolean
focus_row (ClStageColumn *self,
           ClApplication *application)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (CL_IS_APPLICATION_CARD (card) &&
          cl_application_card_get_application (CL_APPLICATION_CARD (card)) == application)
        return gtk_widget_grab_focus (row);
    }
  return FALSE;
}

/* Rows for items scrolled into view exist only after the next layout. */
static gboolean
focus_after_layout_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  ClStageColumn *self = CL_STAGE_COLUMN (widget);
  g_autoptr(ClApplication) application = NULL;
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected != GTK_INVALID_LIST_POSITION)
    {
      application = g_list_model_get_item (G_LIST_MODEL (self->sorted), selected);
      focus_row (self, application);
    }
  return G_SOURCE_REMOVE;
}

gboolean
cl_stage_column_focus_application (ClStageColumn *self,
                                   ClApplication *application)
{
  guint index;

  g_return_val_if_fail (CL_IS_STAGE_COLUMN (self), FALSE);

  if (!find_visible (self, application, &index))
    return FALSE;

  gtk_single_selection_set_selected (self->selection, index);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", index);
  if (!focus_row (self, application))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_after_layout_cb, NULL, NULL);
  return TRUE;
}
