/* cl-banner.c — a message across a page with one button to act on it
 *
 * The layout is the widget's own rather than a box's: whether the button
 * fits beside the message depends on the width given, which a box cannot
 * decide.  The message keeps at least MIN_MESSAGE_WIDTH beside the button
 * (or its whole width when shorter); below that the button goes under it,
 * at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-banner"

#include "config.h"

#include "cl-a11y.h"
#include "cl-banner.h"

#define SPACING 12
#define ROW_SPACING 6
#define MIN_MESSAGE_WIDTH 240

struct _ClBanner
{
  GtkWidget  parent_instance;

  GtkWidget *label;
  GtkWidget *button;
};

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_BUTTON_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClBanner, cl_banner, GTK_TYPE_WIDGET)

/* Layout ------------------------------------------------------------------- */

static int
natural_width (GtkWidget *widget)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static int
height_for (GtkWidget *widget,
            int        width)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

static gboolean
side_by_side (ClBanner *self,
              int       width)
{
  int message = width - SPACING - natural_width (self->button);

  if (!gtk_widget_get_visible (self->button))
    return TRUE;
  return message >= MIN (natural_width (self->label), MIN_MESSAGE_WIDTH);
}

static GtkSizeRequestMode
cl_banner_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
cl_banner_measure (GtkWidget     *widget,
                   GtkOrientation orientation,
                   int            for_size,
                   int           *minimum,
                   int           *natural,
                   int           *minimum_baseline,
                   int           *natural_baseline)
{
  ClBanner *self = CL_BANNER (widget);
  gboolean  has_button = gtk_widget_get_visible (self->button);
  int       label_min = 0, label_nat = 0, button_min = 0, button_nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->label, orientation, -1, &label_min, &label_nat, NULL, NULL);
      if (has_button)
        gtk_widget_measure (self->button, orientation, -1, &button_min, &button_nat, NULL, NULL);
      *minimum = MAX (label_min, button_min);
      *natural = label_nat + (has_button ? SPACING + button_nat : 0);
      return;
    }

  if (for_size < 0)
    for_size = natural_width (self->label) + (has_button ? SPACING + natural_width (self->button)
                                                         : 0);
  if (!has_button)
    {
      *minimum = *natural = height_for (self->label, for_size);
    }
  else if (side_by_side (self, for_size))
    {
      int message = for_size - SPACING - natural_width (self->button);

      *minimum = *natural = MAX (height_for (self->label, message),
                                 height_for (self->button, natural_width (self->button)));
    }
  else
    {
      *minimum = *natural = height_for (self->label, for_size) + ROW_SPACING +
                            height_for (self->button, natural_width (self->button));
    }
}

static void
place (GtkWidget *child,
       gboolean   rtl,
       int        width,
       int        x,
       int        y,
       int        child_width,
       int        child_height)
{
  GtkAllocation allocation = {
    .x = rtl ? width - x - child_width : x,
    .y = y,
    .width = child_width,
    .height = child_height,
  };

  gtk_widget_size_allocate (child, &allocation, -1);
}

static void
cl_banner_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  ClBanner *self = CL_BANNER (widget);
  gboolean  rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int       button_width, button_height, label_height, message;

  if (!gtk_widget_get_visible (self->button))
    {
      place (self->label, rtl, width, 0, 0, width, height);
      return;
    }

  button_width = MIN (natural_width (self->button), width);
  button_height = height_for (self->button, button_width);
  if (side_by_side (self, width))
    {
      message = width - SPACING - button_width;
      label_height = MIN (height_for (self->label, message), height);
      place (self->label, rtl, width, 0, (height - label_height) / 2, message, label_height);
      place (self->button, rtl, width, width - button_width, (height - button_height) / 2,
             button_width, button_height);
    }
  else
    {
      label_height = height_for (self->label, width);
      place (self->label, rtl, width, 0, 0, width, label_height);
      place (self->button, rtl, width, width - button_width, label_height + ROW_SPACING,
             button_width, button_height);
    }
}

/* The object --------------------------------------------------------------- */

static void
cl_banner_dispose (GObject *object)
{
  ClBanner *self = CL_BANNER (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (cl_banner_parent_class)->dispose (object);
}

static void
cl_banner_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ClBanner *self = CL_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, cl_banner_get_title (self));
      break;

    case PROP_BUTTON_LABEL:
      g_value_set_string (value, cl_banner_get_button_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_banner_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ClBanner *self = CL_BANNER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      cl_banner_set_title (self, g_value_get_string (value));
      break;

    case PROP_BUTTON_LABEL:
      cl_banner_set_button_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_banner_class_init (ClBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_banner_dispose;
  object_class->get_property = cl_banner_get_property;
  object_class->set_property = cl_banner_set_property;
  widget_class->get_request_mode = cl_banner_get_request_mode;
  widget_class->measure = cl_banner_measure;
  widget_class->size_allocate = cl_banner_size_allocate;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUTTON_LABEL] =
    g_param_spec_string ("button-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "banner");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cl_banner_init (ClBanner *self)
{
  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  self->button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (self->button), TRUE);
  gtk_widget_set_visible (self->button, FALSE);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
}

GtkWidget *
cl_banner_new (const char *title,
               const char *button_label)
{
  return g_object_new (CL_TYPE_BANNER, "title", title, "button-label", button_label, NULL);
}

const char *
cl_banner_get_title (ClBanner *self)
{
  g_return_val_if_fail (CL_IS_BANNER (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->label));
}

void
cl_banner_set_title (ClBanner   *self,
                     const char *title)
{
  g_return_if_fail (CL_IS_BANNER (self));

  if (g_strcmp0 (title, cl_banner_get_title (self)) == 0)
    return;

  gtk_label_set_text (GTK_LABEL (self->label), title != NULL ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title != NULL ? title : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
cl_banner_get_button_label (ClBanner *self)
{
  g_return_val_if_fail (CL_IS_BANNER (self), NULL);

  return gtk_widget_get_visible (self->button) ? gtk_button_get_label (GTK_BUTTON (self->button))
                                               : NULL;
}

void
cl_banner_set_button_label (ClBanner   *self,
                            const char *label)
{
  g_return_if_fail (CL_IS_BANNER (self));

  if (g_strcmp0 (label, cl_banner_get_button_label (self)) == 0)
    return;

  gtk_button_set_label (GTK_BUTTON (self->button), label);
  gtk_widget_set_visible (self->button, label != NULL);
  /* "Edit Target", not "_Edit Target Edit Target". */
  cl_a11y_fix_mnemonic (self->button);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUTTON_LABEL]);
}

GtkButton *
cl_banner_get_button (ClBanner *self)
{
  g_return_val_if_fail (CL_IS_BANNER (self), NULL);

  return GTK_BUTTON (self->button);
}
