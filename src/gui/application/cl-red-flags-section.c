/* cl-red-flags-section.c — the warning signs noticed about an employer
 *
 * The checklist is the red flag store's: every listed kind, stored or not,
 * then the user's own flags.  Each flag is a row that expands to its note
 * (and, for one's own, its words and a Remove button); checking it, or
 * leaving its note, saves a copy through the store.  The rows stay as they
 * are when the store says the flags changed — each takes its flag's new
 * state — so the keyboard focus and what is being typed are kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-red-flags-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-red-flags-section.h"
#include "cl-row-error.h"

typedef struct _FlagRow FlagRow;

struct _ClRedFlagsSection
{
  ClSectionBase parent_instance;

  GPtrArray    *rows; /* FlagRow, in the list's order */
  GSignalGroup *store_signals;

  GtkListBox   *flags_list;
  AdwEntryRow  *new_flag_row;
  GtkTextView  *notes_view;
  GtkLabel     *notes_error;
};

struct _FlagRow
{
  ClRedFlagsSection *self;
  ClRedFlag         *flag; /* as the store last said */
  AdwExpanderRow    *row;
  GtkCheckButton    *check;
  AdwEntryRow       *label_row; /* one's own flags only */
  AdwEntryRow       *note_row;
  ClInstantApply    *check_apply;
  ClInstantApply    *label_apply;
  ClInstantApply    *note_apply;
};

G_DEFINE_FINAL_TYPE (ClRedFlagsSection, cl_red_flags_section, CL_TYPE_SECTION_BASE)

static ClRedFlagStore *
flag_store (ClRedFlagsSection *self)
{
  return cl_context_get_red_flag_store (cl_section_base_get_context (CL_SECTION_BASE (self)));
}

/* What each listed kind means, as the article says it. */
static const char *
describe_kind (ClRedFlagKind kind)
{
  switch (kind)
    {
    case CL_RED_FLAG_KIND_OVERWORK: return _ ("They ask you to overwork");
    case CL_RED_FLAG_KIND_GHOSTING: return _ ("Ghosting or long silences");
    case CL_RED_FLAG_KIND_TURNOVER: return _ ("Hints of high turnover");
    case CL_RED_FLAG_KIND_SCRIPTED_INTERVIEWERS:
      return _ ("Interviewers only read prepared questions");
    case CL_RED_FLAG_KIND_EVASIVE_ANSWERS: return _ ("Your questions were not really answered");
    case CL_RED_FLAG_KIND_VAGUE_ROLE: return _ ("What the job is stays vague");
    case CL_RED_FLAG_KIND_OTHER:
    default: return NULL;
    }
}

static gboolean
is_own (ClRedFlag *flag)
{
  return cl_red_flag_get_kind (flag) == CL_RED_FLAG_KIND_OTHER;
}

/* Whether @row shows @flag: a listed kind is one row whatever its id; one's
 * own flags are told apart by their ids. */
static gboolean
row_shows (FlagRow   *row,
           ClRedFlag *flag)
{
  if (cl_red_flag_get_kind (row->flag) != cl_red_flag_get_kind (flag))
    return FALSE;
  return !is_own (flag) || cl_red_flag_get_id (row->flag) == cl_red_flag_get_id (flag);
}

/* Saving ------------------------------------------------------------------- */

static gboolean
save_copy (FlagRow    *row,
           const char *field,
           GError    **error,
           const char *first_property,
           ...)
{
  g_autoptr(ClRedFlag) copy = cl_red_flag_copy (row->flag);
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);

  return (field == NULL || cl_model_validate_field (CL_MODEL (copy), field, error)) &&
         cl_red_flag_store_save_flag (flag_store (row->self), copy, error);
}

static gboolean
save_checked_cb (guint    checked,
                 gpointer data,
                 GError **error)
{
  return save_copy (data, NULL, error, "checked", checked != 0, NULL);
}

static gboolean
save_note_cb (const char *text,
              gpointer    data,
              GError    **error)
{
  return save_copy (data, "note", error, "note", text, NULL);
}

static gboolean
save_label_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  return save_copy (data, "label", error, "label", text, NULL);
}

static void
remove_clicked_cb (GtkButton *button,
                   FlagRow   *row)
{
  g_autoptr(GError) error = NULL;

  if (!cl_red_flag_store_delete_flag (flag_store (row->self), row->flag, &error))
    cl_row_error_mark (GTK_WIDGET (row->row), error->message);
}

static void
add_flag_cb (ClRedFlagsSection *self)
{
  ClApplication   *application = cl_section_base_get_application (CL_SECTION_BASE (self));
  g_autofree char *label = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_flag_row)));
  g_autoptr(ClRedFlag) flag = NULL;
  g_autoptr(GError) error = NULL;

  if (application == NULL)
    return;

  flag = cl_red_flag_new (cl_application_get_id (application), CL_RED_FLAG_KIND_OTHER, label);
  if (!cl_model_validate (CL_MODEL (flag), &error) ||
      !cl_red_flag_store_save_flag (flag_store (self), flag, &error))
    {
      cl_row_error_mark (GTK_WIDGET (self->new_flag_row), error->message);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_flag_row), error->message);
      return;
    }

  cl_row_error_mark (GTK_WIDGET (self->new_flag_row), NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_flag_row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_flag_row), "");
}

/* The rows ----------------------------------------------------------------- */

static void
show_flag (FlagRow   *row,
           ClRedFlag *flag)
{
  const char *note = cl_red_flag_get_note (flag);
  const char *subtitle = describe_kind (cl_red_flag_get_kind (flag));

  /* The note, once there is one, says more than the kind. */
  if (note != NULL && *note != '\0')
    subtitle = note;

  g_set_object (&row->flag, flag);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), cl_red_flag_get_title (flag));
  adw_expander_row_set_subtitle (row->row, subtitle != NULL ? subtitle : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cl_red_flag_get_title (flag), -1);
  cl_instant_apply_show_value (row->check_apply, cl_red_flag_get_checked (flag));
  cl_instant_apply_show (row->note_apply, note);
  if (row->label_apply != NULL)
    cl_instant_apply_show (row->label_apply, cl_red_flag_get_label (flag));
}

static void
flag_row_free (gpointer data)
{
  FlagRow       *row = data;
  ClSectionBase *base;

  if (row == NULL)
    return;

  base = CL_SECTION_BASE (row->self);
  cl_section_base_remove (base, row->check_apply);
  cl_section_base_remove (base, row->note_apply);
  if (row->label_apply != NULL)
    cl_section_base_remove (base, row->label_apply);
  if (gtk_widget_get_parent (GTK_WIDGET (row->row)) == GTK_WIDGET (row->self->flags_list))
    gtk_list_box_remove (row->self->flags_list, GTK_WIDGET (row->row));
  g_clear_object (&row->flag);
  g_free (row);
}

static AdwEntryRow *
add_entry_row (AdwExpanderRow *expander,
               const char     *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_expander_row_add_row (expander, entry);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (GTK_EDITABLE (entry))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return ADW_ENTRY_ROW (entry);
}

static FlagRow *
flag_row_new (ClRedFlagsSection *self,
              ClRedFlag         *flag)
{
  ClSectionBase *base = CL_SECTION_BASE (self);
  FlagRow       *row = g_new0 (FlagRow, 1);
  GtkWidget     *check = gtk_check_button_new ();

  row->self = self;
  row->flag = g_object_ref (flag);
  row->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  row->check = GTK_CHECK_BUTTON (check);
  adw_expander_row_add_prefix (row->row, check);
  row->check_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_value (check, "active", cl_red_flag_get_title (flag),
                                          save_checked_cb, row, NULL));

  if (is_own (flag))
    {
      row->label_row = add_entry_row (row->row, _ ("Flag"));
      row->label_apply = cl_section_base_add (
        base, cl_instant_apply_new_for_text (GTK_WIDGET (row->label_row), _ ("The flag’s words"),
                                             save_label_cb, row, NULL));
    }
  row->note_row = add_entry_row (row->row, _ ("Note"));
  row->note_apply = cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (row->note_row), _ ("The flag’s note"),
                                         save_note_cb, row, NULL));

  if (is_own (flag))
    {
      GtkWidget *action = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_with_label (_ ("Remove Flag"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action), _ ("A flag of your own"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "destructive-action");
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), row);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action), remove);
      adw_expander_row_add_row (row->row, action);
    }

  show_flag (row, flag);
  return row;
}

static void
load_flags (ClRedFlagsSection *self)
{
  ClApplication *application = cl_section_base_get_application (CL_SECTION_BASE (self));
  g_autoptr(GListModel) flags = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GError) error = NULL;
  guint n_flags;

  if (application == NULL)
    {
      g_ptr_array_set_size (self->rows, 0);
      return;
    }

  flags = cl_red_flag_store_list_for_application (flag_store (self),
                                                  cl_application_get_id (application), &error);
  if (flags == NULL)
    {
      g_warning ("Could not read the red flags: %s", error->message);
      return;
    }

  /* Rows in the store's order: those already shown keep their widgets
   * (and the focus), those of removed flags go before new ones come. */
  n_flags = g_list_model_get_n_items (flags);
  kept = g_ptr_array_new_full (n_flags, NULL);
  for (guint i = 0; i < n_flags; i++)
    {
      g_autoptr(ClRedFlag) flag = g_list_model_get_item (flags, i);
      FlagRow *row = NULL;

      for (guint j = 0; j < self->rows->len && row == NULL; j++)
        {
          FlagRow *candidate = g_ptr_array_index (self->rows, j);

          if (candidate != NULL && row_shows (candidate, flag))
            {
              row = candidate;
              g_ptr_array_index (self->rows, j) = NULL;
              show_flag (row, flag);
            }
        }
      g_ptr_array_add (kept, row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n_flags; i++)
    {
      FlagRow *row = g_ptr_array_index (kept, i);

      if (row == NULL)
        {
          g_autoptr(ClRedFlag) flag = g_list_model_get_item (flags, i);

          row = flag_row_new (self, flag);
          gtk_list_box_insert (self->flags_list, GTK_WIDGET (row->row), (int) i);
        }
      g_ptr_array_add (self->rows, row);
    }
}

static void
flags_changed_cb (ClRedFlagsSection *self,
                  gint64             application_id)
{
  ClApplication *application = cl_section_base_get_application (CL_SECTION_BASE (self));

  if (application != NULL &&
      (application_id == 0 || application_id == cl_application_get_id (application)))
    load_flags (self);
}

/* The section -------------------------------------------------------------- */

static void
cl_red_flags_section_bind (ClSectionBase *base)
{
  ClRedFlagsSection *self = CL_RED_FLAGS_SECTION (base);
  ClContext         *context = cl_section_base_get_context (base);

  g_signal_group_set_target (self->store_signals,
                             context != NULL ? cl_context_get_red_flag_store (context) : NULL);
  load_flags (self);
}

static void
cl_red_flags_section_dispose (GObject *object)
{
  ClRedFlagsSection *self = CL_RED_FLAGS_SECTION (object);

  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);
  g_clear_object (&self->store_signals);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_RED_FLAGS_SECTION);

  G_OBJECT_CLASS (cl_red_flags_section_parent_class)->dispose (object);
}

static void
cl_red_flags_section_class_init (ClRedFlagsSectionClass *klass)
{
  GObjectClass       *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass     *widget_class = GTK_WIDGET_CLASS (klass);
  ClSectionBaseClass *base_class = CL_SECTION_BASE_CLASS (klass);

  object_class->dispose = cl_red_flags_section_dispose;
  base_class->bind = cl_red_flags_section_bind;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/application/cl-red-flags-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClRedFlagsSection, flags_list);
  gtk_widget_class_bind_template_child (widget_class, ClRedFlagsSection, new_flag_row);
  gtk_widget_class_bind_template_child (widget_class, ClRedFlagsSection, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ClRedFlagsSection, notes_error);
  gtk_widget_class_bind_template_callback (widget_class, add_flag_cb);
}

static void
cl_red_flags_section_init (ClRedFlagsSection *self)
{
  ClInstantApply *notes;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_view), "view");
  cl_application_section_name_fields (GTK_WIDGET (self->new_flag_row));

  self->rows = g_ptr_array_new_with_free_func (flag_row_free);
  notes = cl_section_base_bind_text (CL_SECTION_BASE (self), GTK_WIDGET (self->notes_view),
                                     _ ("The notes on red flags"), "red-flag-notes");
  cl_instant_apply_set_message_label (notes, self->notes_error);

  self->store_signals = g_signal_group_new (CL_TYPE_RED_FLAG_STORE);
  g_signal_group_connect_object (self->store_signals, "flags-changed",
                                 G_CALLBACK (flags_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
cl_red_flags_section_new (void)
{
  return g_object_new (CL_TYPE_RED_FLAGS_SECTION, NULL);
}
