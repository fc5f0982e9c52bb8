/* cl-application-card.c — how one application looks on the board
 *
 * Cards are recycled by the column's list view factory: setting another
 * application rebinds the card's signal groups to it and to its company, so
 * the card follows what is saved (a renamed company, new card facts) and the
 * clock's day ("tomorrow" becomes "today" at midnight).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-application-card"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-application-card.h"
#include "cl-datetime.h"

struct _ClApplicationCard
{
  GtkWidget      parent_instance;

  ClClock       *clock;
  ClApplication *application;
  ClStage       *stage;
  char          *description;
  GSignalGroup  *application_signals;
  GSignalGroup  *company_signals;
  GSignalGroup  *stage_signals; /* its name is in the accessible description */

  /* A list view keeps ~200 cards per column alive in GTK 4.8 and rebinds
   * them as filters change, so a card is one label; badges and the next-date
   * line are made only for the cards that need them. */
  GtkLabel      *text_label;
  GtkWidget     *badges;
  GtkWidget     *referral_icon;
  GtkWidget     *flag_box;
  GtkLabel      *flag_label;
  GtkWidget     *next_box;
  GtkLabel      *next_label;
};

G_DEFINE_FINAL_TYPE (ClApplicationCard, cl_application_card, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_APPLICATION,
  PROP_STAGE,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* "ML system design · tomorrow 10:00"; NULL when nothing is dated. */
static char *
next_text (ClApplicationCard *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *relative = NULL;
  const char      *detail = cl_application_get_next_detail (self->application);
  gint64           at = cl_application_get_next_at (self->application);

  if (at == 0)
    return NULL;

  now = cl_clock_now_local (self->clock);
  when = g_date_time_new_from_unix_local (at);
  relative = cl_format_relative (when, now);

  switch (cl_application_get_next_kind (self->application))
    {
    case CL_NEXT_KIND_ROUND:
      /* Translators: an interview round and when it is, e.g. "Coding · tomorrow 10:00" */
      return g_strdup_printf (_ ("%s · %s"), detail != NULL ? detail : _ ("Interview"), relative);
    case CL_NEXT_KIND_FOLLOW_UP:
      return g_strdup_printf (_ ("Follow up · %s"), relative);
    case CL_NEXT_KIND_DEADLINE:
      return g_strdup_printf (_ ("Apply by · %s"), relative);
    case CL_NEXT_KIND_OFFER_DEADLINE:
      return g_strdup_printf (_ ("Offer answer due · %s"), relative);
    case CL_NEXT_KIND_NONE:
    default:
      return NULL;
    }
}

static void
place (ClApplicationCard *self,
       GtkWidget         *child,
       int                column,
       int                row,
       int                column_span)
{
  GtkLayoutManager   *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGridLayoutChild *cell =
    GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, child));

  gtk_grid_layout_child_set_column (cell, column);
  gtk_grid_layout_child_set_row (cell, row);
  gtk_grid_layout_child_set_column_span (cell, column_span);
}

static void
ensure_badges (ClApplicationCard *self)
{
  GtkWidget *flag_icon;

  if (self->badges != NULL)
    return;

  self->badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->badges, GTK_ALIGN_START);

  /* The icons say nothing the card's accessible name does not. */
  self->referral_icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "cl-referral-symbolic",
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  gtk_widget_add_css_class (self->referral_icon, "referral-badge");
  gtk_box_append (GTK_BOX (self->badges), self->referral_icon);

  self->flag_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_add_css_class (self->flag_box, "red-flag-badge");
  flag_icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "cl-flag-symbolic",
                            "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  self->flag_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->flag_label), "caption");
  gtk_box_append (GTK_BOX (self->flag_box), flag_icon);
  gtk_box_append (GTK_BOX (self->flag_box), GTK_WIDGET (self->flag_label));
  gtk_box_append (GTK_BOX (self->badges), self->flag_box);

  gtk_widget_insert_after (self->badges, GTK_WIDGET (self), GTK_WIDGET (self->text_label));
  place (self, self->badges, 1, 0, 1);
}

static void
ensure_next (ClApplicationCard *self)
{
  GtkWidget *icon;

  if (self->next_box != NULL)
    return;

  self->next_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_add_css_class (self->next_box, "next-date");
  icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "alarm-symbolic",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  self->next_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->next_label, 0);
  gtk_label_set_ellipsize (self->next_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->next_label), "caption");
  gtk_box_append (GTK_BOX (self->next_box), icon);
  gtk_box_append (GTK_BOX (self->next_box), GTK_WIDGET (self->next_label));
  gtk_widget_set_parent (self->next_box, GTK_WIDGET (self));
  place (self, self->next_box, 0, 1, 2);
}

/* The list view's row around the card is what takes the focus; GTK 4.8
 * gives it no name of its own, so it gets the card's. */
static void
name_row (ClApplicationCard *self)
{
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (self));

  if (row != NULL && self->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    self->description, -1);
}

/* Appends @sentence (taken) to @text, a space between sentences. */
static void
add_sentence (GString *text,
              char    *sentence)
{
  if (text->len > 0)
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
  g_free (sentence);
}

static void
update (ClApplicationCard *self)
{
  g_autofree char *dots = NULL;
  g_autofree char *details = NULL;
  g_autofree char *next = NULL;
  g_autofree char *markup = NULL;
  GString         *description;
  const char      *company;
  ClReferralStatus referral;
  gboolean         has_referral;
  const char      *level;
  guint            interest;
  guint            n_flags;

  if (self->application == NULL)
    return;

  company = cl_application_get_company_name (self->application);
  if (company == NULL)
    company = "";
  interest = cl_application_get_interest (self->application);
  level = cl_application_get_level (self->application);
  referral = cl_application_get_referral_status (self->application);
  has_referral = referral != CL_REFERRAL_STATUS_NONE && referral != CL_REFERRAL_STATUS_DECLINED;
  n_flags = cl_application_get_red_flag_count (self->application);

  dots = interest_dots (interest);
  if (level != NULL && *dots != '\0')
    details = g_strdup_printf ("%s · %s", level, dots);
  else
    details = g_strdup (level != NULL ? level : dots);

  /* Company in bold, the role, then level and interest dimmed and small. */
  if (*details != '\0')
    markup =
      g_markup_printf_escaped ("<b>%s</b>\n%s\n<span size=\"small\" alpha=\"60%%\">%s</span>",
                               company, cl_application_get_role (self->application), details);
  else
    markup = g_markup_printf_escaped ("<b>%s</b>\n%s", company,
                                      cl_application_get_role (self->application));
  gtk_label_set_markup (self->text_label, markup);

  if (has_referral || n_flags > 0)
    {
      g_autofree char *flags = g_strdup_printf ("%u", n_flags);

      ensure_badges (self);
      gtk_widget_set_visible (self->referral_icon, has_referral);
      gtk_label_set_text (self->flag_label, flags);
      gtk_widget_set_visible (self->flag_box, n_flags > 0);
      gtk_widget_set_visible (self->badges, TRUE);
    }
  else if (self->badges != NULL)
    gtk_widget_set_visible (self->badges, FALSE);

  next = next_text (self);
  if (next != NULL)
    {
      ensure_next (self);
      gtk_label_set_text (self->next_label, next);
      gtk_widget_set_visible (self->next_box, TRUE);
    }
  else if (self->next_box != NULL)
    gtk_widget_set_visible (self->next_box, FALSE);

  /* Screen readers get whole sentences: company, role and stage first. */
  description = g_string_new (NULL);
  /* Translators: company, role and the stage of an application on the board */
  add_sentence (description,
                g_strdup_printf (_ ("%s — %s, in %s."), company,
                                 cl_application_get_role (self->application),
                                 self->stage != NULL ? cl_stage_get_name (self->stage) : ""));
  if (level != NULL)
    /* Translators: the level of a job, e.g. "Level Senior." */
    add_sentence (description, g_strdup_printf (_ ("Level %s."), level));
  if (interest > 0)
    add_sentence (description, g_strdup_printf (_ ("Interest %u of 5."), interest));
  if (has_referral)
    /* Translators: where a referral stands, e.g. "Referral agreed." */
    add_sentence (description,
                  g_strdup_printf (_ ("%s."), cl_referral_status_get_label (referral)));
  if (n_flags > 0)
    add_sentence (description,
                  g_strdup_printf (ngettext ("%u red flag.", "%u red flags.", n_flags), n_flags));
  if (next != NULL)
    /* Translators: the next dated thing, e.g. "Next: Coding · tomorrow 10:00." */
    add_sentence (description, g_strdup_printf (_ ("Next: %s."), next));

  /* Each change reaches the accessibility bus: send only real ones. */
  if (g_strcmp0 (self->description, description->str) != 0)
    {
      g_free (self->description);
      self->description = g_string_free (description, FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, self->description,
                                      -1);
      name_row (self);
    }
  else
    g_string_free (description, TRUE);
}

/* The company object an application points to can change (it was linked to
 * another): follow the one it has. */
static void
follow_company (ClApplicationCard *self)
{
  g_signal_group_set_target (self->company_signals,
                             self->application != NULL
                               ? cl_application_get_company (self->application)
                               : NULL);
}

/* The manual position and times change often and show nowhere on the card. */
static void
notify_cb (ClApplicationCard *self,
           GParamSpec        *pspec)
{
  if (g_str_equal (pspec->name, "position") ||
      g_str_equal (pspec->name, "updated-at") ||
      g_str_equal (pspec->name, "stage-id"))
    return;
  if (g_str_equal (pspec->name, "company"))
    follow_company (self);
  update (self);
}

static gboolean
query_tooltip_cb (ClApplicationCard *self,
                  int                x,
                  int                y,
                  gboolean           keyboard,
                  GtkTooltip        *tooltip)
{
  graphene_rect_t bounds;

  if (self->application == NULL || self->badges == NULL || !gtk_widget_get_visible (self->badges) ||
      !gtk_widget_compute_bounds (self->badges, GTK_WIDGET (self), &bounds) ||
      !graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (x, y)))
    return FALSE;

  if (cl_application_get_red_flag_count (self->application) > 0 &&
      gtk_widget_get_visible (self->referral_icon))
    {
      g_autofree char *text =
        g_strdup_printf ("%s · %s",
                         cl_referral_status_get_label (
                           cl_application_get_referral_status (self->application)),
                         _ ("Red flags"));
      gtk_tooltip_set_text (tooltip, text);
    }
  else if (cl_application_get_red_flag_count (self->application) > 0)
    gtk_tooltip_set_text (tooltip, _ ("Red flags"));
  else
    gtk_tooltip_set_text (tooltip, cl_referral_status_get_label (
                                     cl_application_get_referral_status (self->application)));
  return TRUE;
}

/* The company's or the stage's: both show in what the card says. */
static void
name_changed_cb (ClApplicationCard *self)
{
  update (self);
}

void
cl_application_card_set_application (ClApplicationCard *self,
                                     ClApplication     *application,
                                     ClStage           *stage)
{
  gboolean application_changed, stage_changed;

  g_return_if_fail (CL_IS_APPLICATION_CARD (self));

  application_changed = g_set_object (&self->application, application);
  stage_changed = g_set_object (&self->stage, stage);
  g_signal_group_set_target (self->application_signals, application);
  g_signal_group_set_target (self->stage_signals, stage);
  follow_company (self);
  cl_application_card_set_drop_hint (self, 0);
  update (self);
  name_row (self);

  if (application_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
  if (stage_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

static void
set_clock (ClApplicationCard *self,
           ClClock           *clock)
{
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
  g_set_object (&self->clock, clock);
  /* Relative dates change with the day. */
  if (clock != NULL)
    g_signal_connect_object (clock, "day-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

ClApplication *
cl_application_card_get_application (ClApplicationCard *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION_CARD (self), NULL);

  return self->application;
}

const char *
cl_application_card_get_description (ClApplicationCard *self)
{
  g_return_val_if_fail (CL_IS_APPLICATION_CARD (self), NULL);

  return self->description;
}

void
cl_application_card_set_drop_hint (ClApplicationCard *self,
                                   int                side)
{
  g_return_if_fail (CL_IS_APPLICATION_CARD (self));

  if (side < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "drop-before");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-before");
  if (side > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "drop-after");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-after");
}

static void
cl_application_card_dispose (GObject *object)
{
  ClApplicationCard *self = CL_APPLICATION_CARD (object);
  GtkWidget         *child;

  if (self->application_signals != NULL)
    cl_application_card_set_application (self, NULL, NULL);
  g_clear_object (&self->application_signals);
  g_clear_object (&self->company_signals);
  g_clear_object (&self->stage_signals);
  /* The template's children, and the badges and next date made in code. */
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_APPLICATION_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  set_clock (self, NULL);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (cl_application_card_parent_class)->dispose (object);
}

static void
cl_application_card_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ClApplicationCard *self = CL_APPLICATION_CARD (object);

  switch (prop_id)
    {
    case PROP_APPLICATION: g_value_set_object (value, self->application); break;
    case PROP_STAGE: g_value_set_object (value, self->stage); break;
    case PROP_CLOCK: g_value_set_object (value, self->clock); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_application_card_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ClApplicationCard *self = CL_APPLICATION_CARD (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      cl_application_card_set_application (self, g_value_get_object (value), self->stage);
      break;
    case PROP_STAGE:
      cl_application_card_set_application (self, self->application, g_value_get_object (value));
      break;
    case PROP_CLOCK:
      set_clock (self, g_value_get_object (value));
      update (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_application_card_class_init (ClApplicationCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_application_card_dispose;
  object_class->get_property = cl_application_card_get_property;
  object_class->set_property = cl_application_card_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL, CL_TYPE_APPLICATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAGE] =
    g_param_spec_object ("stage", NULL, NULL, CL_TYPE_STAGE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, CL_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/pipeline/cl-application-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ClApplicationCard, text_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "applicationcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cl_application_card_init (ClApplicationCard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  /* The text and the badges side by side; the next date spans below. */
  gtk_grid_layout_set_column_spacing (GTK_GRID_LAYOUT (layout), 6);
  gtk_grid_layout_set_row_spacing (GTK_GRID_LAYOUT (layout), 2);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  self->application_signals = g_signal_group_new (CL_TYPE_APPLICATION);
  g_signal_group_connect_swapped (self->application_signals, "notify", G_CALLBACK (notify_cb),
                                  self);
  self->company_signals = g_signal_group_new (CL_TYPE_COMPANY);
  g_signal_group_connect_swapped (self->company_signals, "notify::name",
                                  G_CALLBACK (name_changed_cb), self);
  self->stage_signals = g_signal_group_new (CL_TYPE_STAGE);
  g_signal_group_connect_swapped (self->stage_signals, "notify::name",
                                  G_CALLBACK (name_changed_cb), self);
}

ClApplicationCard *
cl_application_card_new (ClClock *clock)
{
  return g_object_new (CL_TYPE_APPLICATION_CARD, "clock", clock, NULL);
}
