/* cl-rating-row.c — a row that rates something from 1 to 5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-rating-row"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-rating-row.h"

struct _ClRatingRow
{
  AdwActionRow     parent_instance;

  GtkToggleButton *stars[CL_RATING_MAX];
  guint            value;
  gboolean         syncing;
};

enum
{
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClRatingRow, cl_rating_row, ADW_TYPE_ACTION_ROW)

/* A star's name. */
static char *
name_star (guint value)
{
  /* Translators: a star of a rating, "3 of 5". */
  return g_strdup_printf (_ ("%u of %u"), value, CL_RATING_MAX);
}

/* The rating, as every star describes it. */
static char *
describe (guint value)
{
  if (value == 0)
    return g_strdup (_ ("Not rated"));
  /* Translators: a rating, "Rated 3 of 5". */
  return g_strdup_printf (_ ("Rated %u of %u"), value, CL_RATING_MAX);
}

/* The stars up to the rating are filled; the rated one is pressed, so a
 * screen reader says which is chosen. */
static void
sync_stars (ClRatingRow *self)
{
  g_autofree char *text = describe (self->value);

  self->syncing = TRUE;
  for (guint i = 0; i < CL_RATING_MAX; i++)
    {
      GtkWidget *star = GTK_WIDGET (self->stars[i]);

      gtk_button_set_icon_name (GTK_BUTTON (star),
                                i < self->value ? "starred-symbolic" : "non-starred-symbolic");
      if (i < self->value)
        gtk_widget_add_css_class (star, "filled");
      else
        gtk_widget_remove_css_class (star, "filled");
      gtk_toggle_button_set_active (self->stars[i], i + 1 == self->value);
    }
  self->syncing = FALSE;

  for (guint i = 0; i < CL_RATING_MAX; i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->stars[i]),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                    -1);
}

static void
star_toggled_cb (GtkToggleButton *star,
                 ClRatingRow     *self)
{
  guint rating = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (star), "cl-rating"));

  if (self->syncing)
    return;

  /* Pressing the rated star again takes the rating back. */
  cl_rating_row_set_value (self, gtk_toggle_button_get_active (star) ? rating : 0);
}

static void
focus_star (ClRatingRow *self)
{
  if (self->value > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->stars[self->value - 1]));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                ClRatingRow           *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int      value = (int) self->value;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left: value += rtl ? 1 : -1; break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right: value += rtl ? -1 : 1; break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home: value = 0; break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End: value = CL_RATING_MAX; break;
    default:
      if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_0 + CL_RATING_MAX)
        value = (int) (keyval - GDK_KEY_0);
      else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_0 + CL_RATING_MAX)
        value = (int) (keyval - GDK_KEY_KP_0);
      else
        return FALSE;
    }

  cl_rating_row_set_value (self, (guint) CLAMP (value, 0, CL_RATING_MAX));
  focus_star (self);
  return TRUE;
}

static void
cl_rating_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ClRatingRow *self = CL_RATING_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_uint (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_rating_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ClRatingRow *self = CL_RATING_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      cl_rating_row_set_value (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_rating_row_class_init (ClRatingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cl_rating_row_get_property;
  object_class->set_property = cl_rating_row_set_property;

  properties[PROP_VALUE] =
    g_param_spec_uint ("value", NULL, NULL, 0, CL_RATING_MAX, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_rating_row_init (ClRatingRow *self)
{
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "rating");
  for (guint i = 0; i < CL_RATING_MAX; i++)
    {
      GtkWidget       *star = gtk_toggle_button_new ();
      g_autofree char *name = name_star (i + 1);

      gtk_button_set_icon_name (GTK_BUTTON (star), "non-starred-symbolic");
      gtk_widget_add_css_class (star, "flat");
      gtk_widget_add_css_class (star, "circular");
      gtk_widget_set_tooltip_text (star, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      g_object_set_data (G_OBJECT (star), "cl-rating", GUINT_TO_POINTER (i + 1));
      g_signal_connect (star, "toggled", G_CALLBACK (star_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), star);
      self->stars[i] = GTK_TOGGLE_BUTTON (star);
    }

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (box, keys);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  sync_stars (self);
}

GtkWidget *
cl_rating_row_new (void)
{
  return g_object_new (CL_TYPE_RATING_ROW, NULL);
}

guint
cl_rating_row_get_value (ClRatingRow *self)
{
  g_return_val_if_fail (CL_IS_RATING_ROW (self), 0);

  return self->value;
}

void
cl_rating_row_set_value (ClRatingRow *self,
                         guint        value)
{
  g_return_if_fail (CL_IS_RATING_ROW (self));

  value = MIN (value, CL_RATING_MAX);
  if (self->value == value)
    {
      sync_stars (self); /* a pressed star stays pressed */
      return;
    }

  self->value = value;
  sync_stars (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
