/* cl-career-lens-section.c — how the job fits the user: career map, interest, gut feeling
 *
 * The article's "career lens": where the job fits the user's career map (a
 * score and their words), how much they want it, and whether they like the
 * future team.  Each is saved as soon as it is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-career-lens-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-career-lens-section.h"
#include "cl-rating-row.h"

struct _ClCareerLensSection
{
  ClSectionBase parent_instance;

  ClRatingRow  *career_fit_row;
  ClRatingRow  *interest_row;
  ClRatingRow  *gut_feeling_row;
  GtkTextView  *career_notes_view;
  GtkLabel     *career_notes_error;
};

G_DEFINE_FINAL_TYPE (ClCareerLensSection, cl_career_lens_section, CL_TYPE_SECTION_BASE)

static void
cl_career_lens_section_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_CAREER_LENS_SECTION);

  G_OBJECT_CLASS (cl_career_lens_section_parent_class)->dispose (object);
}

static void
cl_career_lens_section_class_init (ClCareerLensSectionClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_career_lens_section_dispose;

  g_type_ensure (CL_TYPE_RATING_ROW);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-career-lens-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClCareerLensSection, career_fit_row);
  gtk_widget_class_bind_template_child (widget_class, ClCareerLensSection, interest_row);
  gtk_widget_class_bind_template_child (widget_class, ClCareerLensSection, gut_feeling_row);
  gtk_widget_class_bind_template_child (widget_class, ClCareerLensSection, career_notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClCareerLensSection, career_notes_error);
}

static void
cl_career_lens_section_init (ClCareerLensSection *self)
{
  ClSectionBase  *base = CL_SECTION_BASE (self);
  ClInstantApply *notes;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Screen readers name the section as its heading does. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Career Lens"), -1);
  /* The frame draws the card; the text lies on it. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->career_notes_view), "view");

  cl_section_base_bind_value (base, GTK_WIDGET (self->career_fit_row), "value",
                              _ ("The career fit"), "career-fit");
  cl_section_base_bind_value (base, GTK_WIDGET (self->interest_row), "value", _ ("The interest"),
                              "interest");
  cl_section_base_bind_value (base, GTK_WIDGET (self->gut_feeling_row), "value",
                              _ ("The gut feeling"), "gut-feeling");
  notes = cl_section_base_bind_text (base, GTK_WIDGET (self->career_notes_view),
                                     _ ("How the job fits your career map"), "career-notes");
  cl_instant_apply_set_message_label (notes, self->career_notes_error);
}

GtkWidget *
cl_career_lens_section_new (void)
{
  return g_object_new (CL_TYPE_CAREER_LENS_SECTION, NULL);
}
