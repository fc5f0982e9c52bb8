/* cl-red-flags-section.c — the warning signs noticed about an employer
 *
 * The checklist is the red flag store's: every listed kind, stored or not,
 * then the user's own flags (with a Remove button).  Each flag is a row with
 * a check box, and below it, while it is checked, a row for its note;
 * checking it, or leaving its note, saves a copy through the store.  The rows stay as they
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
  AdwActionRow      *row;
  GtkCheckButton    *check;
  GtkWidget         *remove_button; /* one's own flags only */
  AdwEntryRow       *note_row;      /* shown while checked */
  ClInstantApply    *check_apply;
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
  const char      *title = cl_red_flag_get_title (flag);
  g_autofree char *note_title = NULL;
  g_autofree char *remove_name = NULL;

  g_set_object (&row->flag, flag);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);

  /* Translators: the note of a red flag, "Note on “High turnover”". */
  note_title = g_strdup_printf (_ ("Note on “%s”"), title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->note_row), note_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (
                                    GTK_EDITABLE (row->note_row))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, note_title, -1);
  if (row->remove_button != NULL)
    {
      /* Translators: a button removing a red flag of the user's own. */
      remove_name = g_strdup_printf (_ ("Remove “%s”"), title);
      gtk_widget_set_tooltip_text (row->remove_button, remove_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
    }

  cl_instant_apply_show_value (row->check_apply, cl_red_flag_get_checked (flag));
  cl_instant_apply_show (row->note_apply, cl_red_flag_get_note (flag));
  /* A note is for a flag that is checked; unchecking keeps it. */
  gtk_widget_set_visible (GTK_WIDGET (row->note_row),
                          gtk_check_button_get_active (row->check) ||
                            !cl_instant_apply_get_valid (row->note_apply));
}

static void
flag_row_free (gpointer data)
{
  FlagRow       *row = data;
  ClSectionBase *base;
  GtkListBox    *list;

  if (row == NULL)
    return;

  base = CL_SECTION_BASE (row->self);
  list = row->self->flags_list;
  cl_section_base_remove (base, row->check_apply);
  cl_section_base_remove (base, row->note_apply);
  /* The note's message row goes with its helper. */
  g_clear_object (&row->check_apply);
  g_clear_object (&row->note_apply);
  if (gtk_widget_get_parent (GTK_WIDGET (row->row)) == GTK_WIDGET (list))
    gtk_list_box_remove (list, GTK_WIDGET (row->row));
  if (gtk_widget_get_parent (GTK_WIDGET (row->note_row)) == GTK_WIDGET (list))
    gtk_list_box_remove (list, GTK_WIDGET (row->note_row));
  g_clear_object (&row->flag);
  g_free (row);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  FlagRow        *row)
{
  if (gtk_check_button_get_active (check))
    gtk_widget_set_visible (GTK_WIDGET (row->note_row), TRUE);
}

/* A flag's row, and its note's below it, at the end of the list (before
 * the row that adds one). */
static FlagRow *
flag_row_new (ClRedFlagsSection *self,
              ClRedFlag         *flag)
{
  ClSectionBase *base = CL_SECTION_BASE (self);
  FlagRow       *row = g_new0 (FlagRow, 1);
  GtkWidget     *check = gtk_check_button_new ();
  const char    *description = describe_kind (cl_red_flag_get_kind (flag));

  row->self = self;
  row->flag = g_object_ref (flag);
  row->row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  if (description != NULL)
    adw_action_row_set_subtitle (row->row, description);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  row->check = GTK_CHECK_BUTTON (check);
  adw_action_row_add_prefix (row->row, check);
  adw_action_row_set_activatable_widget (row->row, check);
  /* The row's title names the check box (GTK 4.8 would read both). */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), row);

  if (is_own (flag))
    {
      row->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (row->remove_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (row->remove_button, "flat");
      g_signal_connect (row->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), row);
      adw_action_row_add_suffix (row->row, row->remove_button);
    }

  row->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->note_row), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (row->note_row), "red-flag-note");

  {
    int last = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->new_flag_row));

    gtk_list_box_insert (self->flags_list, GTK_WIDGET (row->row), last);
    gtk_list_box_insert (self->flags_list, GTK_WIDGET (row->note_row), last + 1);
  }

  row->check_apply = g_object_ref (cl_section_base_add (
    base, cl_instant_apply_new_for_value (check, "active", cl_red_flag_get_title (flag),
                                          save_checked_cb, row, NULL)));
  row->note_apply = g_object_ref (cl_section_base_add (
    base, cl_instant_apply_new_for_text (GTK_WIDGET (row->note_row), _ ("The flag’s note"),
                                         save_note_cb, row, NULL)));

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
   * (and the focus), those of removed flags go. */
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

          /* New flags come last: the store lists one's own flags in the
           * order they were added. */
          row = flag_row_new (self, flag);
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

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
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
  /* Screen readers name the section as its heading does. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Red Flags"), -1);
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
