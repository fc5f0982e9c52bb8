/* cl-pipeline-view-actions.c — what the user does to cards
 *
 * Widget actions ("pipeline.*", bound to keys on the class) act on the card
 * with the keyboard focus or on the one a menu was opened for; the "board"
 * group holds what the window's header and menus reach (search, sort,
 * closed stages, the stage editor, clearing filters, undo).  Every move —
 * drop, keyboard or menu — goes through one store call and offers Undo in
 * the board's toast; Ctrl+Z undoes it too, for as long as it is the card's
 * latest move.  On an error a toast says why and the card stays, since the store
 * changes its models only after the database has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-pipeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-page.h"
#include "cl-pipeline-view-private.h"
#include "cl-stage-editor.h"

struct _ClPipelineUndo
{
  ClPipelineMove *move;     /* a move to take back… */
  ClApplication  *archived; /* …or an archived card to bring back… */
  ClDeletion     *deletion; /* …or a deleted one, with all that was its */
  char           *name;     /* the deleted one's company */
};

static void
undo_free (ClPipelineUndo *undo)
{
  g_clear_pointer (&undo->move, cl_pipeline_move_free);
  g_clear_object (&undo->archived);
  g_clear_pointer (&undo->deletion, cl_deletion_unref);
  g_free (undo->name);
  g_free (undo);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClPipelineUndo, undo_free)

static void
update_undo_action (ClPipelineView *self)
{
  GAction *action = self->actions != NULL
                      ? g_action_map_lookup_action (G_ACTION_MAP (self->actions), "undo")
                      : NULL;

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->undo != NULL);
}

void
cl_pipeline_view_forget_undo (ClPipelineView *self)
{
  g_clear_pointer (&self->undo, undo_free);
  update_undo_action (self);
  /* The toast stays, but no longer offers what cannot be done. */
  if (self->toast != NULL)
    adw_toast_set_button_label (self->toast, NULL);
}

AdwToast *
cl_pipeline_view_get_undo_toast (ClPipelineView *self)
{
  g_return_val_if_fail (CL_IS_PIPELINE_VIEW (self), NULL);

  return self->toast != NULL && adw_toast_get_button_label (self->toast) != NULL ? self->toast
                                                                                 : NULL;
}

void
cl_pipeline_view_undo (ClPipelineView *self)
{
  g_autoptr(ClPipelineUndo) undo = g_steal_pointer (&self->undo);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ClApplication   *application;

  cl_pipeline_view_forget_undo (self);
  if (undo == NULL || self->store == NULL)
    return;

  if (undo->move != NULL)
    {
      ClStage *stage = cl_pipeline_store_find_stage (self->store, undo->move->from_stage_id);

      if (!cl_pipeline_store_undo_move (self->store, undo->move, &error))
        {
          cl_pipeline_view_show_error (self, error);
          return;
        }
      application = cl_pipeline_store_find_application (self->store, undo->move->application_id);
      if (application != NULL && stage != NULL)
        message = g_strdup_printf (_ ("Moved “%s” back to %s"),
                                   cl_application_get_company_name (application),
                                   cl_stage_get_name (stage));
    }
  else if (undo->deletion != NULL)
    {
      if (!cl_pipeline_store_undo_delete (self->store, undo->deletion, &error))
        {
          cl_pipeline_view_show_error (self, error);
          return;
        }
      application =
        cl_pipeline_store_find_application (self->store, cl_deletion_get_id (undo->deletion));
      message = g_strdup_printf (_ ("“%s” is back on the board"), undo->name);
    }
  else
    {
      if (!cl_pipeline_store_unarchive_application (self->store, undo->archived, &error))
        {
          cl_pipeline_view_show_error (self, error);
          return;
        }
      application = undo->archived;
      message = g_strdup_printf (_ ("“%s” is back on the board"),
                                 cl_application_get_company_name (application));
    }

  /* The toast says what the undo did, in place of its offer. */
  if (message != NULL)
    cl_pipeline_view_say (self, message, FALSE);
  if (application != NULL)
    cl_pipeline_view_reveal_application (self, application);
}

/* One undo at a time, offered by the board's one toast. */
static void
offer_undo (ClPipelineView *self,
            const char     *message,
            ClPipelineMove *move,
            ClApplication  *archived)
{
  g_clear_pointer (&self->undo, undo_free);
  self->undo = g_new0 (ClPipelineUndo, 1);
  self->undo->move = move;
  self->undo->archived = archived != NULL ? g_object_ref (archived) : NULL;
  update_undo_action (self);
  cl_pipeline_view_say (self, message, TRUE);
}

/* Moving and archiving ---------------------------------------------------- */

gboolean
cl_pipeline_view_move_application (ClPipelineView *self,
                                   ClApplication  *application,
                                   gint64          stage_id,
                                   guint           position)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  ClPipelineMove  *move = NULL;
  ClStage         *stage;

  g_return_val_if_fail (CL_IS_PIPELINE_VIEW (self), FALSE);
  g_return_val_if_fail (CL_IS_APPLICATION (application), FALSE);

  if (!cl_pipeline_store_move_application (self->store, application, stage_id, position, &move,
                                           &error))
    {
      cl_pipeline_view_show_error (self, error);
      return FALSE;
    }
  if (move == NULL)
    return TRUE;

  stage = cl_pipeline_store_find_stage (self->store, stage_id);
  if (move->from_stage_id == move->to_stage_id)
    message =
      g_strdup_printf (_ ("Moved “%s” within %s"), cl_application_get_company_name (application),
                       cl_stage_get_name (stage));
  else
    message =
      g_strdup_printf (_ ("Moved “%s” to %s"), cl_application_get_company_name (application),
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
      cl_pipeline_view_show_error (self, error);
      return;
    }

  message = g_strdup_printf (_ ("Archived “%s”"), cl_application_get_company_name (application));
  offer_undo (self, message, NULL, application);
}

/* The manual position of the card shown just above (@dy < 0) or below
 * @application in its column; FALSE at the ends. */
static gboolean
shown_neighbour_position (ClPipelineView *self,
                          ClApplication  *application,
                          int             dy,
                          guint          *out_position)
{
  ClStageColumn *column =
    cl_pipeline_view_find_column (self, cl_application_get_stage_id (application));
  GListModel *shown = column != NULL ? cl_stage_column_get_model (column) : NULL;
  g_autoptr(ClApplication) neighbour = NULL;
  guint index;

  if (shown == NULL || !cl_stage_column_find_shown (column, application, &index) ||
      (dy < 0 && index == 0) || (dy > 0 && index + 1 >= g_list_model_get_n_items (shown)))
    return FALSE;

  neighbour = g_list_model_get_item (shown, dy < 0 ? index - 1 : index + 1);
  *out_position = cl_application_get_position (neighbour);
  return TRUE;
}

/* Alt+arrows: to the top of the stage shown left or right (whatever the text
 * direction), or one place up or down among the cards shown. */
static void
step_focused_application (ClPipelineView *self,
                          int             dx,
                          int             dy)
{
  ClApplication *application = cl_pipeline_view_get_focused_application (self);
  gint64         stage_id;
  guint          position;

  if (application == NULL)
    return;

  stage_id = cl_application_get_stage_id (application);
  if (dx != 0)
    {
      ClStageColumn *column = cl_pipeline_view_find_column (self, stage_id);
      ClStageColumn *neighbour =
        column != NULL ? cl_pipeline_view_get_neighbour_column (self, column, dx) : NULL;

      if (neighbour == NULL)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
      stage_id = cl_stage_get_id (cl_stage_column_get_stage (neighbour));
      position = 0;
    }
  else
    {
      if (self->sort != CL_PIPELINE_SORT_MANUAL)
        {
          cl_pipeline_view_say (self, _ ("Sort the board by manual order to reorder cards"), FALSE);
          return;
        }
      /* Swap places with the neighbour shown, stepping over the cards the
       * search and filters hide: that neighbour's place in the manual order
       * is where the card goes. */
      if (!shown_neighbour_position (self, application, dy, &position))
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
    }

  if (cl_pipeline_view_move_application (self, application, stage_id, position))
    cl_pipeline_view_reveal_application (self, application);
}

/* Opening, menus ---------------------------------------------------------- */

/* The application's page: the board offers Undo for what it does, and says
 * what it could not save. */

static void
page_archived_cb (ClApplicationPage *page,
                  ClApplication     *application,
                  ClPipelineView    *self)
{
  g_autofree char *message =
    g_strdup_printf (_ ("Archived “%s”"), cl_application_get_company_name (application));

  offer_undo (self, message, NULL, application);
}

static void
page_unarchived_cb (ClApplicationPage *page,
                    ClApplication     *application,
                    ClPipelineView    *self)
{
  g_autofree char *message = g_strdup_printf (_ ("“%s” is back on the board"),
                                              cl_application_get_company_name (application));

  /* The archive the toast offered to undo is undone. */
  cl_pipeline_view_forget_undo (self);
  cl_pipeline_view_say (self, message, FALSE);
}

static void
page_deleted_cb (ClApplicationPage *page,
                 ClApplication     *application,
                 ClDeletion        *deletion,
                 ClPipelineView    *self)
{
  g_autofree char *message =
    g_strdup_printf (_ ("Deleted “%s”"), cl_application_get_company_name (application));

  offer_undo (self, message, NULL, NULL);
  self->undo->deletion = cl_deletion_ref (deletion);
  self->undo->name = g_strdup (cl_application_get_company_name (application));
}

static void
page_unsaved_cb (ClApplicationPage *page,
                 const char        *message,
                 ClPipelineView    *self)
{
  cl_pipeline_view_say (self, message, FALSE);
}

void
cl_pipeline_view_open_application (ClPipelineView *self,
                                   ClApplication  *application)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  ClApplicationPage *page;

  /* One page per application: opening it again shows the one open. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (CL_IS_APPLICATION_PAGE (l->data) &&
        gtk_window_get_transient_for (l->data) == parent &&
        cl_application_page_get_application_id (l->data) == cl_application_get_id (application))
      {
        gtk_window_present (l->data);
        return;
      }

  page = cl_application_page_new (parent, self->context, application);
  g_signal_connect_object (page, "archived", G_CALLBACK (page_archived_cb), self, 0);
  g_signal_connect_object (page, "unarchived", G_CALLBACK (page_unarchived_cb), self, 0);
  g_signal_connect_object (page, "deleted", G_CALLBACK (page_deleted_cb), self, 0);
  g_signal_connect_object (page, "unsaved", G_CALLBACK (page_unsaved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (page));
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
  GListModel *stages = cl_stage_store_get_stages (cl_pipeline_store_get_stage_store (self->store));
  gint64      id = cl_application_get_id (application);
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_ ("_Open"), NULL);
  g_menu_item_set_action_and_target_value (item, "pipeline.open", g_variant_new_int64 (id));
  g_menu_append_item (open_section, item);
  g_clear_object (&item);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(ClStage) stage = g_list_model_get_item (stages, i);

      if (cl_stage_get_id (stage) == cl_application_get_stage_id (application))
        continue;
      item = g_menu_item_new (cl_stage_get_name (stage), NULL);
      g_menu_item_set_action_and_target_value (item, "pipeline.move-to",
                                               g_variant_new ("(xx)", id, cl_stage_get_id (stage)));
      g_menu_append_item (stages_menu, item);
      g_clear_object (&item);
    }
  g_menu_append_submenu (move_section, _ ("_Move To"), G_MENU_MODEL (stages_menu));

  item = g_menu_item_new (_ ("_Archive"), NULL);
  g_menu_item_set_action_and_target_value (item, "pipeline.archive", g_variant_new_int64 (id));
  g_menu_append_item (archive_section, item);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (open_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (archive_section));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

void
cl_pipeline_view_show_card_menu (ClPipelineView *self,
                                 ClApplication  *application,
                                 GtkWidget      *widget,
                                 double          x,
                                 double          y)
{
  g_autoptr(GMenuModel) model = build_card_menu (self, application);
  g_autofree char *name = NULL;
  graphene_point_t point;

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  self->context_menu = gtk_popover_menu_new_from_model (model);
  name = g_strdup_printf (_ ("%s — %s"), cl_application_get_company_name (application),
                          cl_application_get_role (application));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->context_menu),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);

  if (gtk_widget_compute_point (widget, GTK_WIDGET (self),
                                &GRAPHENE_POINT_INIT ((float) x, (float) y), &point))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                                 &(GdkRectangle){ (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* Widget actions ----------------------------------------------------------- */

static ClApplication *
application_for_target (ClPipelineView *self,
                        GVariant       *target)
{
  return self->store != NULL
           ? cl_pipeline_store_find_application (self->store, g_variant_get_int64 (target))
           : NULL;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  ClApplication  *application = application_for_target (self, parameter);

  if (application != NULL)
    cl_pipeline_view_open_application (self, application);
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  ClApplication  *application = application_for_target (self, parameter);

  if (application != NULL)
    archive_application (self, application);
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  ClApplication  *application;
  gint64          id, stage_id;

  g_variant_get (parameter, "(xx)", &id, &stage_id);
  application = self->store != NULL ? cl_pipeline_store_find_application (self->store, id) : NULL;
  if (application == NULL)
    return;

  /* A card sent to another stage by menu goes to its top, like Alt+arrow. */
  if (cl_pipeline_view_move_application (self, application, stage_id, 0))
    cl_pipeline_view_reveal_application (self, application);
}

static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);

  if (g_str_equal (action_name, "pipeline.move-left"))
    step_focused_application (self, -1, 0);
  else if (g_str_equal (action_name, "pipeline.move-right"))
    step_focused_application (self, 1, 0);
  else if (g_str_equal (action_name, "pipeline.move-up"))
    step_focused_application (self, 0, -1);
  else
    step_focused_application (self, 0, 1);
}

static void
archive_focused_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  ClApplication  *application = cl_pipeline_view_get_focused_application (self);

  if (application != NULL)
    archive_application (self, application);
}

static void
card_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  ClApplication  *application = cl_pipeline_view_get_focused_application (self);
  GtkWidget      *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  /* Below the card's top-left corner, where a pointer would have been. */
  if (application != NULL && focus != NULL)
    cl_pipeline_view_show_card_menu (self, application, focus, 24, 24);
}

/* Left and Right without a modifier: the same card's neighbour column, on
 * its selected card (else its first), skipping columns showing none. */
static void
focus_column_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (widget);
  ClStageColumn  *column = cl_pipeline_view_get_focus_column (self);
  int             delta = g_str_equal (action_name, "pipeline.focus-left") ? -1 : 1;

  if (column == NULL)
    return;
  for (column = cl_pipeline_view_get_neighbour_column (self, column, delta);
       column != NULL;
       column = cl_pipeline_view_get_neighbour_column (self, column, delta))
    if (g_list_model_get_n_items (cl_stage_column_get_model (column)) > 0 &&
        cl_stage_column_focus (column))
      return;
  gtk_widget_error_bell (widget);
}

void
cl_pipeline_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pipeline.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "pipeline.archive", "x", archive_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-to", "(xx)", move_to_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-left", NULL, move_focused_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-right", NULL, move_focused_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-up", NULL, move_focused_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-down", NULL, move_focused_action);
  gtk_widget_class_install_action (widget_class, "pipeline.archive-focused", NULL,
                                   archive_focused_action);
  gtk_widget_class_install_action (widget_class, "pipeline.card-menu", NULL, card_menu_action);
  gtk_widget_class_install_action (widget_class, "pipeline.focus-left", NULL, focus_column_action);
  gtk_widget_class_install_action (widget_class, "pipeline.focus-right", NULL, focus_column_action);

  /* The list views leave these keys alone, so they reach the board. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "pipeline.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "pipeline.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "pipeline.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "pipeline.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "pipeline.archive-focused",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0,
                                       "pipeline.archive-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "pipeline.card-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "pipeline.card-menu", NULL);
}

/* The "board" group ------------------------------------------------------- */

static void
edit_stages_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  ClPipelineView *self = user_data;
  GtkRoot        *root = gtk_widget_get_root (GTK_WIDGET (self));
  ClStageEditor  *editor;

  editor = cl_stage_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
reset_filters_action_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  cl_pipeline_view_reset_filters (CL_PIPELINE_VIEW (user_data));
}

/* The banner's "Filters": the search bar and the filters in it, open. */
static void
show_filters_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  ClPipelineView *self = CL_PIPELINE_VIEW (user_data);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_menu_button_popup (self->filter_button);
}

static void
clear_search_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  cl_pipeline_view_clear_search (CL_PIPELINE_VIEW (user_data));
}

static void
undo_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  cl_pipeline_view_undo (CL_PIPELINE_VIEW (user_data));
}

static const GActionEntry board_actions[] = {
  { .name = "edit-stages", .activate = edit_stages_action_cb },
  { .name = "reset-filters", .activate = reset_filters_action_cb },
  { .name = "clear-search", .activate = clear_search_action_cb },
  { .name = "show-filters", .activate = show_filters_action_cb },
  { .name = "undo", .activate = undo_action_cb },
};

void
cl_pipeline_view_init_actions (ClPipelineView *self)
{
  g_autoptr(GPropertyAction) search = NULL;
  g_autoptr(GPropertyAction) sort = NULL;
  g_autoptr(GPropertyAction) show_closed = NULL;

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
  update_undo_action (self);
}
