/* cl-application-card.c — how one application looks on the board
 *
 * Cards are recycled by the column's list view factory: set_application()
 * rebinds one to another application, and follows its property changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application-card"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-card.h"

struct _ClApplicationCard
{
  GtkWidget      parent_instance;

  ClApplication *application;
  ClStage       *stage;

  GtkLabel      *company_label;
  GtkLabel      *role_label;
  GtkLabel      *details_label;
};

G_DEFINE_FINAL_TYPE (ClApplicationCard, cl_application_card, GTK_TYPE_WIDGET)

/* "●●●○○" for an interest of 3; empty when not rated. */
static char *
interest_dots (guint interest)
{
  GString *dots = g_string_new (NULL);

  if (interest == 0)
    return g_string_free (dots, FALSE);

  for (guint i = 1; i <= 5; i++)
    g_string_append (dots, i <= interest ? "●" : "○");
  return g_string_free (dots, FALSE);
}

static void
update (ClApplicationCard *self)
{
  g_autofree char *dots = NULL;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *interest_text = NULL;
  const char *level;
  guint interest;

  if (self->application == NULL)
    return;

  interest = cl_application_get_interest (self->application);
  level = cl_application_get_target_level (self->application);
  if (level == NULL)
    level = cl_application_get_posted_level (self->application);

  gtk_label_set_text (self->company_label, cl_application_get_company (self->application));
  gtk_label_set_text (self->role_label, cl_application_get_role (self->application));

  dots = interest_dots (interest);
  if (level != NULL && *dots != '\0')
    details = g_strdup_printf ("%s · %s", level, dots);
  else
    details = g_strdup (level != NULL ? level : dots);
  gtk_label_set_text (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), *details != '\0');

  /* Screen readers get one sentence with company, role and stage. */
  if (interest > 0)
    interest_text = g_strdup_printf (_(", interest %u of 5"), interest);
  accessible = g_strdup_printf (_("%s — %s, in %s%s"),
                                cl_application_get_company (self->application),
                                cl_application_get_role (self->application),
                                self->stage != NULL ? cl_stage_get_name (self->stage) : "",
                                interest_text != NULL ? interest_text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

void
cl_application_card_set_application (ClApplicationCard *self,
                                     ClApplication     *application,
                                     ClStage           *stage)
{
  g_return_if_fail (CL_IS_APPLICATION_CARD (self));

  if (self->application != NULL)
    g_signal_handlers_disconnect_by_data (self->application, self);

  g_set_object (&self->application, application);
  g_set_object (&self->stage, stage);

  if (application != NULL)
    {
      g_signal_connect_swapped (application, "notify", G_CALLBACK (update), self);
      update (self);
    }
}

ClApplication *
cl_application_card_get_application (ClApplicationCard *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION_CARD (self), NULL);

  return self->application;
}

static void
cl_application_card_dispose (GObject *object)
{
  ClApplicationCard *self = CL_APPLICATION_CARD (object);
  GtkWidget *child;

  cl_application_card_set_application (self, NULL, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cl_application_card_parent_class)->dispose (object);
}

static void
cl_application_card_class_init (ClApplicationCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_application_card_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "applicationcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (ClApplicationCard *self,
           const char        *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  return GTK_LABEL (label);
}

static void
cl_application_card_init (ClApplicationCard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->company_label = add_label (self, "heading");
  self->role_label = add_label (self, NULL);
  self->details_label = add_label (self, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "caption");
}

ClApplicationCard *
cl_application_card_new (void)
{
  return g_object_new (CL_TYPE_APPLICATION_CARD, NULL);
}
