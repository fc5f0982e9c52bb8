/* cl-stage-column.c — one stage of the board: a header and a list of cards
 *
 * The list view shows the stage's model through the board's shared filter and
 * sorter.  Cards are drag sources carrying their ClApplication (Escape
 * cancels a drag); the list is a drop target that shows where the card would
 * land (the column scrolls near its ends), and emits ::drop-application with the
 * position in the manual order.  Left and Right, which the list view would
 * swallow, go to the board's column-to-column actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage-column"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-card.h"
#include "cl-autoscroll.h"
#include "cl-drag-escape.h"
#include "cl-stage-column.h"

struct _ClStageColumn
{
  GtkWidget           parent_instance;

  ClStage            *stage;
  ClClock            *clock;
  GListModel         *applications; /* the stage's, in manual order */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  GtkFilter          *filter;
  GtkSorter          *sorter;

  GtkWidget          *header;
  GtkLabel           *title_label;
  GtkLabel           *count_label;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;

  ClApplicationCard  *hinted_card; /* weak: the list view recycles its rows */
  guint               hinted_index;
};

G_DEFINE_FINAL_TYPE (ClStageColumn, cl_stage_column, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_STAGE,
  PROP_APPLICATIONS,
  PROP_FILTER,
  PROP_SORTER,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  ACTIVATE_APPLICATION,
  CONTEXT_MENU,
  DROP_APPLICATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_header (ClStageColumn *self)
{
  guint            total = g_list_model_get_n_items (self->applications);
  guint            shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  g_autofree char *count = NULL;
  g_autofree char *accessible = NULL;
  const char      *name = cl_stage_get_name (self->stage);

  if (shown == total)
    {
      count = g_strdup_printf ("%u", total);
      accessible = g_strdup_printf (ngettext ("%s, %u application", "%s, %u applications", total),
                                    name, total);
    }
  else
    {
      /* Translators: cards shown of all cards in a column, e.g. "3 / 25" */
      count = g_strdup_printf (_ ("%u / %u"), shown, total);
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

static void set_hint (ClStageColumn *self, ClApplicationCard *card, int side);

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
  /* The drag's steps are logged at debug level: tests wait for them. */
  g_debug ("Drag began: %s",
           cl_application_get_company_name (cl_application_card_get_application (card)));
}

static void
drag_end_cb (GtkDragSource     *source,
             GdkDrag           *drag,
             gboolean           delete_data,
             ClApplicationCard *card)
{
  /* The drag outlives its card when the move took the card's row away: the
   * source then belongs to no widget, and @card is gone. */
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  if (widget != NULL)
    gtk_widget_remove_css_class (widget, "dragging");
  g_debug ("Drag ended: %s", delete_data ? "moved" : "not moved");
}

static gboolean
drag_cancel_cb (GtkDragSource      *source,
                GdkDrag            *drag,
                GdkDragCancelReason reason)
{
  g_debug ("Drag cancelled (%s)", reason == GDK_DRAG_CANCEL_USER_CANCELLED ? "by the user"
                                  : reason == GDK_DRAG_CANCEL_NO_TARGET    ? "no target"
                                                                           : "error");
  return FALSE;
}

static void
context_click_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  ClStageColumn   *self)
{
  GtkWidget     *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
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
  GtkWidget     *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
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
  GtkDragSource     *source = gtk_drag_source_new ();
  GtkGesture        *click = gtk_gesture_click_new ();
  GtkGesture        *long_press = gtk_gesture_long_press_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  cl_drag_escape_watch (source);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), card);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), card);
  g_signal_connect (source, "drag-end", G_CALLBACK (drag_end_cb), card);
  g_signal_connect (source, "drag-cancel", G_CALLBACK (drag_cancel_cb), card);
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
    set_hint (self, NULL, 0);
  cl_application_card_set_application (card, NULL, NULL);
}

static void
activate_cb (GtkListView   *list_view,
             guint          position,
             ClStageColumn *self)
{
  g_autoptr(ClApplication) application =
               g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

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

gboolean
cl_stage_column_find_shown (ClStageColumn *self,
                            ClApplication *application,
                            guint         *out_index)
{
  g_return_val_if_fail (CL_IS_STAGE_COLUMN (self), FALSE);

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
  graphene_rect_t    bounds;
  guint              index;

  *out_card = NULL;
  *out_side = 0;

  if (card == NULL || cl_application_card_get_application (card) == NULL ||
      !cl_stage_column_find_shown (self, cl_application_card_get_application (card), &index) ||
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
  /* A weak pointer: a card the list view dropped meanwhile is not touched. */
  if (self->hinted_card != NULL && self->hinted_card != card)
    cl_application_card_set_drop_hint (self->hinted_card, 0);
  g_set_weak_pointer (&self->hinted_card, card);
  if (card != NULL)
    cl_application_card_set_drop_hint (card, side);
}

static void
stop_drop_feedback (ClStageColumn *self)
{
  set_hint (self, NULL, 0);
  self->hinted_index = G_MAXUINT;
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
  guint              index;
  int                side;

  index = drop_index (self, x, y, &card, &side);
  if (card != self->hinted_card || index != self->hinted_index)
    g_debug ("Drop point: %s, #%u", cl_stage_get_name (self->stage), index);
  self->hinted_index = index;
  set_hint (self, card, side);
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
  ClApplication     *application = g_value_get_object (value);
  ClApplicationCard *card;
  gboolean           handled = FALSE;
  guint              index;
  int                side;

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
      g_autoptr(ClApplication) last =
                   g_list_model_get_item (G_LIST_MODEL (self->sorted), n_visible - 1);

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
cl_stage_column_constructed (GObject *object)
{
  ClStageColumn      *self = CL_STAGE_COLUMN (object);
  GtkListItemFactory *factory;
  GtkDropTarget      *drop_target;
  GtkEventController *keys;

  G_OBJECT_CLASS (cl_stage_column_parent_class)->constructed (object);

  g_return_if_fail (CL_IS_STAGE (self->stage));
  g_return_if_fail (G_IS_LIST_MODEL (self->applications));
  g_return_if_fail (CL_IS_CLOCK (self->clock));

  if (!cl_stage_get_is_open (self->stage))
    gtk_widget_add_css_class (GTK_WIDGET (self), "closed");

  self->filtered =
    gtk_filter_list_model_new (g_object_ref (self->applications),
                               self->filter != NULL ? g_object_ref (self->filter) : NULL);
  self->sorted =
    gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                             self->sorter != NULL ? g_object_ref (self->sorter) : NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), self);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);

  drop_target = gtk_drop_target_new (CL_TYPE_APPLICATION, GDK_ACTION_MOVE);
  g_signal_connect (drop_target, "enter", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (drop_target, "motion", G_CALLBACK (drop_motion_cb), self);
  g_signal_connect (drop_target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (drop_target));
  cl_autoscroll_attach (self->scroller, GTK_ORIENTATION_VERTICAL);

  /* The list view binds Left and Right (and does nothing with them in one
   * column): before it, they go to the board's actions, by name. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Left, 0),
                                                          gtk_named_action_new (
                                                            "pipeline.focus-left")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Right, 0),
                                                          gtk_named_action_new (
                                                            "pipeline.focus-right")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (update_header), self);
  g_signal_connect_swapped (self->applications, "items-changed", G_CALLBACK (update_header), self);
  g_signal_connect_swapped (self->stage, "notify::name", G_CALLBACK (update_header), self);
  update_header (self);
}

static void
cl_stage_column_dispose (GObject *object)
{
  ClStageColumn *self = CL_STAGE_COLUMN (object);

  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  if (self->applications != NULL)
    g_signal_handlers_disconnect_by_data (self->applications, self);
  if (self->stage != NULL)
    g_signal_handlers_disconnect_by_data (self->stage, self);

  g_clear_weak_pointer (&self->hinted_card);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_STAGE_COLUMN);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->applications);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->clock);
  g_clear_object (&self->stage);

  G_OBJECT_CLASS (cl_stage_column_parent_class)->dispose (object);
}

static void
cl_stage_column_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ClStageColumn *self = CL_STAGE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_STAGE: g_value_set_object (value, self->stage); break;
    case PROP_APPLICATIONS: g_value_set_object (value, self->applications); break;
    case PROP_FILTER: g_value_set_object (value, self->filter); break;
    case PROP_SORTER: g_value_set_object (value, self->sorter); break;
    case PROP_CLOCK: g_value_set_object (value, self->clock); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_stage_column_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ClStageColumn *self = CL_STAGE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_STAGE: self->stage = g_value_dup_object (value); break;
    case PROP_APPLICATIONS: self->applications = g_value_dup_object (value); break;
    case PROP_FILTER: self->filter = g_value_dup_object (value); break;
    case PROP_SORTER: cl_stage_column_set_sorter (self, g_value_get_object (value)); break;
    case PROP_CLOCK: self->clock = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_stage_column_class_init (ClStageColumnClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags     construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = cl_stage_column_constructed;
  object_class->dispose = cl_stage_column_dispose;
  object_class->get_property = cl_stage_column_get_property;
  object_class->set_property = cl_stage_column_set_property;

  properties[PROP_STAGE] = g_param_spec_object ("stage", NULL, NULL, CL_TYPE_STAGE, construct);
  properties[PROP_APPLICATIONS] =
    g_param_spec_object ("applications", NULL, NULL, G_TYPE_LIST_MODEL, construct);
  properties[PROP_FILTER] = g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER, construct);
  properties[PROP_SORTER] =
    g_param_spec_object ("sorter", NULL, NULL, GTK_TYPE_SORTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] = g_param_spec_object ("clock", NULL, NULL, CL_TYPE_CLOCK, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/gui/pipeline/cl-stage-column.ui");
  gtk_widget_class_bind_template_child (widget_class, ClStageColumn, header);
  gtk_widget_class_bind_template_child (widget_class, ClStageColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, ClStageColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, ClStageColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, ClStageColumn, list_view);

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
  gtk_widget_init_template (GTK_WIDGET (self));
  self->hinted_index = G_MAXUINT;
}

ClStageColumn *
cl_stage_column_new (ClStage    *stage,
                     GListModel *applications,
                     GtkFilter  *filter,
                     GtkSorter  *sorter,
                     ClClock    *clock)
{
  g_return_val_if_fail (CL_IS_STAGE (stage), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);
  g_return_val_if_fail (CL_IS_CLOCK (clock), NULL);

  return g_object_new (CL_TYPE_STAGE_COLUMN,
                       "stage", stage,
                       "applications", applications,
                       "filter", filter,
                       "sorter", sorter,
                       "clock", clock,
                       NULL);
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

  if (!g_set_object (&self->sorter, sorter))
    return;
  if (self->sorted != NULL)
    gtk_sort_list_model_set_sorter (self->sorted, sorter);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORTER]);
}

void
cl_stage_column_scroll_to_top (ClStageColumn *self)
{
  g_return_if_fail (CL_IS_STAGE_COLUMN (self));

  /* By item, not by offset: right after the items change, GTK 4.8 cannot map
   * an offset to an item yet and warns. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

gboolean
cl_stage_column_focus (ClStageColumn *self)
{
  g_return_val_if_fail (CL_IS_STAGE_COLUMN (self), FALSE);

  /* On its selected card, else its first, else the list itself. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0)
    {
      guint selected = gtk_single_selection_get_selected (self->selection);
      g_autoptr(ClApplication) application =
                   g_list_model_get_item (G_LIST_MODEL (self->sorted),
                                          selected != GTK_INVALID_LIST_POSITION ? selected : 0);

      return cl_stage_column_focus_application (self, application);
    }
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
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

  if (!cl_stage_column_find_shown (self, application, &index))
    return FALSE;

  gtk_single_selection_set_selected (self->selection, index);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", index);
  if (!focus_row (self, application))
    gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_after_layout_cb, NULL, NULL);
  return TRUE;
}
