/* cl-stage-column.c — one stage of the board: a header and a list of cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-stage-column"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-card.h"
#include "cl-stage-column.h"

struct _ClStageColumn
{
  GtkWidget       parent_instance;

  ClStage        *stage;
  GListModel     *applications;
  GtkSelectionModel *selection;

  GtkLabel       *title_label;
  GtkLabel       *count_label;
  GtkListView    *list_view;
};

G_DEFINE_FINAL_TYPE (ClStageColumn, cl_stage_column, GTK_TYPE_WIDGET)

static void
update_header (ClStageColumn *self)
{
  guint n = g_list_model_get_n_items (self->applications);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (self->title_label, cl_stage_get_name (self->stage));
  gtk_label_set_text (self->count_label, count);

  accessible = g_strdup_printf (ngettext ("%s, %u application", "%s, %u applications", n),
                                cl_stage_get_name (self->stage), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ClStageColumn            *self)
{
  gtk_list_item_set_child (item, GTK_WIDGET (cl_application_card_new ()));
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

  cl_application_card_set_application (card, NULL, NULL);
}

static void
cl_stage_column_dispose (GObject *object)
{
  ClStageColumn *self = CL_STAGE_COLUMN (object);
  GtkWidget *child;

  if (self->applications != NULL)
    g_signal_handlers_disconnect_by_data (self->applications, self);
  if (self->stage != NULL)
    g_signal_handlers_disconnect_by_data (self->stage, self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->applications);
  g_clear_object (&self->stage);

  G_OBJECT_CLASS (cl_stage_column_parent_class)->dispose (object);
}

static void
cl_stage_column_class_init (ClStageColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_stage_column_dispose;

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
                     GListModel *applications)
{
  ClStageColumn *self;
  GtkWidget *header;
  GtkWidget *scroller;
  GtkListItemFactory *factory;

  g_return_val_if_fail (CL_IS_STAGE (stage), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);

  self = g_object_new (CL_TYPE_STAGE_COLUMN, NULL);
  self->stage = g_object_ref (stage);
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

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), self);

  self->selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (applications)));
  gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (self->selection), FALSE);
  gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (self->selection), TRUE);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (self->selection), GTK_INVALID_LIST_POSITION);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (self->selection), factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "stage-list");

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_parent (scroller, GTK_WIDGET (self));

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

void
cl_stage_column_focus_application (ClStageColumn *self,
                                   ClApplication *application)
{
  guint n;

  g_return_if_fail (CL_IS_STAGE_COLUMN (self));

  n = g_list_model_get_n_items (self->applications);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClApplication) item = g_list_model_get_item (self->applications, i);

      if (item == application)
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (self->selection), i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
          break;
        }
    }
}
