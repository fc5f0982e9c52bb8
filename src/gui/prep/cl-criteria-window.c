/* cl-criteria-window.c — what a domain's practice sessions are scored on
 *
 * A domain is scored on the four default criteria until it has criteria of
 * its own.  The defaults are listed with what each level means, to read;
 * the domain's own are edited in place (their name and the meaning of
 * each level, saved as each field is left) and removed with their scores.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-criteria-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-criteria-window.h"
#include "cl-instant-apply.h"
#include "cl-practice-store.h"
#include "cl-row-error.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClCriteriaWindow
{
  AdwWindow            parent_instance;

  ClContext           *context;
  ClPrepDomain         domain;
  GPtrArray           *applies;
  GSignalGroup        *criteria_signals;

  AdwToastOverlay     *overlay;
  AdwPreferencesGroup *group;
  GtkListBox          *list;
  AdwEntryRow         *name_row;
};

G_DEFINE_FINAL_TYPE (ClCriteriaWindow, cl_criteria_window, ADW_TYPE_WINDOW)

#define CRITERION_KEY "cl-criterion"
#define LEVEL_KEY "cl-level"

static ClPracticeStore *
practice_store (ClCriteriaWindow *self)
{
  return cl_context_get_practice_store (self->context);
}

static void show_criteria (ClCriteriaWindow *self);

/* What a field saves: the name (level 0) or a level's meaning. */
static gboolean
save_field_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  GtkWidget         *field = data;
  ClRubricCriterion *criterion = g_object_get_data (G_OBJECT (field), CRITERION_KEY);
  ClCriteriaWindow  *self = CL_CRITERIA_WINDOW (gtk_widget_get_root (field));
  guint              level = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (field), LEVEL_KEY));
  g_autoptr(ClRubricCriterion) copy = cl_rubric_criterion_copy (criterion);

  if (level == 0)
    g_object_set (copy, "name", text, NULL);
  else
    cl_rubric_criterion_set_level (copy, level, text);
  return cl_practice_store_update_criterion (practice_store (self), copy, error);
}

static void
remove_cb (GtkButton        *button,
           ClCriteriaWindow *self)
{
  ClRubricCriterion *criterion = g_object_get_data (G_OBJECT (button), CRITERION_KEY);
  g_autoptr(GError) error = NULL;

  if (!cl_practice_store_delete_criterion (practice_store (self), criterion, &error))
    adw_toast_overlay_add_toast (self->overlay, cl_toast_new (error->message));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static GtkWidget *
own_field (ClCriteriaWindow  *self,
           AdwExpanderRow    *row,
           ClRubricCriterion *criterion,
           guint              level,
           const char        *title,
           const char        *text)
{
  GtkWidget *field = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (field), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (field), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (
                                    GTK_EDITABLE (field))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (field), CRITERION_KEY, g_object_ref (criterion),
                          g_object_unref);
  g_object_set_data (G_OBJECT (field), LEVEL_KEY, GUINT_TO_POINTER (level));
  adw_expander_row_add_row (row, field);
  g_ptr_array_add (self->applies, cl_instant_apply_new_for_text (field, title, save_field_cb,
                                                                 field, NULL));
  return field;
}

static GtkWidget *
criterion_row (ClCriteriaWindow  *self,
               ClRubricCriterion *criterion)
{
  const char *name = cl_rubric_criterion_get_name (criterion);
  GtkWidget  *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (cl_rubric_criterion_is_default (criterion))
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), _ ("Default"));
      for (guint level = 1; level <= CL_RUBRIC_N_LEVELS; level++)
        {
          GtkWidget       *line = adw_action_row_new ();
          g_autofree char *title = g_strdup_printf ("%u", level);

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (line),
                                       cl_rubric_criterion_get_level (criterion, level));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), line);
        }
      return row;
    }

  own_field (self, ADW_EXPANDER_ROW (row), criterion, 0, _ ("Name"), name);
  for (guint level = 1; level <= CL_RUBRIC_N_LEVELS; level++)
    {
      /* Translators: the field saying what a level of a criterion means. */
      g_autofree char *title = g_strdup_printf (_ ("What %u means"), level);

      own_field (self, ADW_EXPANDER_ROW (row), criterion, level, title,
                 cl_rubric_criterion_get_level (criterion, level));
    }
  {
    GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
    g_autoptr(GString) label = g_string_new (_ ("Remove “%s”"));

    g_string_replace (label, "%s", name, 1);
    gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (remove, "flat");
    gtk_widget_set_tooltip_text (remove, label->str);
    gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label->str, -1);
    g_object_set_data_full (G_OBJECT (remove), CRITERION_KEY, g_object_ref (criterion),
                            g_object_unref);
    g_signal_connect (remove, "clicked", G_CALLBACK (remove_cb), self);
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  }
  return row;
}

static void
show_criteria (ClCriteriaWindow *self)
{
  GListModel *criteria = cl_practice_store_get_criteria (practice_store (self), self->domain);
  GtkWidget  *child;
  gboolean    defaults = FALSE;

  g_ptr_array_set_size (self->applies, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(ClRubricCriterion) criterion = g_list_model_get_item (criteria, i);

      defaults = defaults || cl_rubric_criterion_is_default (criterion);
      gtk_list_box_append (self->list, criterion_row (self, criterion));
    }
  adw_preferences_group_set_description (
    self->group, defaults ? _ ("This domain is scored on the default criteria. Add one of its "
                               "own to score it on yours instead; the scores already given "
                               "stay.")
                          : _ ("This domain is scored on its own criteria. Remove them all to "
                               "go back to the defaults."));
}

/* An edit keeps the list as it is (the field being typed in stays); a
 * criterion added or removed rebuilds it. */
static void
criteria_changed_cb (ClCriteriaWindow *self,
                     guint             position,
                     guint             removed,
                     guint             added)
{
  if (removed != added)
    show_criteria (self);
}

gboolean
cl_criteria_window_add (ClCriteriaWindow *self,
                        const char       *name)
{
  g_autoptr(ClRubricCriterion) criterion = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CL_IS_CRITERIA_WINDOW (self), FALSE);

  criterion = cl_rubric_criterion_new (self->domain, name);
  if (!cl_practice_store_add_criterion (practice_store (self), criterion, &error))
    {
      cl_row_error_mark (GTK_WIDGET (self->name_row), error->message);
      return FALSE;
    }
  cl_row_error_mark (GTK_WIDGET (self->name_row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  return TRUE;
}

static void
name_activated_cb (ClCriteriaWindow *self)
{
  cl_criteria_window_add (self, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

static gboolean
cl_criteria_window_close_request (GtkWindow *window)
{
  ClCriteriaWindow *self = CL_CRITERIA_WINDOW (window);

  cl_instant_apply_flush_all (self->applies);
  return GTK_WINDOW_CLASS (cl_criteria_window_parent_class)->close_request (window);
}

static void
cl_criteria_window_dispose (GObject *object)
{
  ClCriteriaWindow *self = CL_CRITERIA_WINDOW (object);

  if (self->criteria_signals != NULL)
    g_signal_group_set_target (self->criteria_signals, NULL);
  g_clear_pointer (&self->applies, g_ptr_array_unref);

  G_OBJECT_CLASS (cl_criteria_window_parent_class)->dispose (object);
}

static void
cl_criteria_window_finalize (GObject *object)
{
  ClCriteriaWindow *self = CL_CRITERIA_WINDOW (object);

  g_clear_object (&self->criteria_signals);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_criteria_window_parent_class)->finalize (object);
}

static void
cl_criteria_window_class_init (ClCriteriaWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_criteria_window_dispose;
  object_class->finalize = cl_criteria_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = cl_criteria_window_close_request;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cl_criteria_window_init (ClCriteriaWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *add_group = adw_preferences_group_new ();

  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->criteria_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->criteria_signals, "items-changed",
                                 G_CALLBACK (criteria_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_title (GTK_WINDOW (self), _ ("Scoring Criteria"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 620);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 360);

  self->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_box_append (GTK_BOX (box), header);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  g_object_set (clamp, "maximum-size", 600, "margin-top", 12, "margin-bottom", 24,
                "margin-start", 12, "margin-end", 12, NULL);

  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row),
                                 _ ("New criterion’s name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->name_row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (
                                    GTK_EDITABLE (self->name_row))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("New criterion’s name"), -1);
  adw_entry_row_set_show_apply_button (self->name_row, FALSE);
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (name_activated_cb),
                            self);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (add_group), _ ("Add a Criterion"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (add_group),
                                         _ ("Type its name and press Enter."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), GTK_WIDGET (self->name_row));

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Scoring criteria"), -1);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));

  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->group));
  gtk_box_append (GTK_BOX (content), add_group);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_toast_overlay_set_child (self->overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->overlay));
}

ClCriteriaWindow *
cl_criteria_window_new (GtkWindow   *parent,
                        ClContext   *context,
                        ClPrepDomain domain)
{
  ClCriteriaWindow *self;

  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);

  self = g_object_new (CL_TYPE_CRITERIA_WINDOW, NULL);
  cl_transient_set_parent (GTK_WINDOW (self), parent);
  self->context = g_object_ref (context);
  self->domain = domain;
  /* Translators: the title of the group listing a domain's criteria. */
  adw_preferences_group_set_title (self->group, cl_prep_domain_get_label (domain));
  g_signal_group_set_target (self->criteria_signals,
                             cl_practice_store_get_criteria (practice_store (self), domain));
  show_criteria (self);
  return self;
}
