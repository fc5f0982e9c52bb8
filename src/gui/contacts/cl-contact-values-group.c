/* cl-contact-values-group.c — a contact's email addresses or phone numbers, each with a label
 *
 * Each row remembers the value and label last saved for it.  A row's save
 * writes the list as the rows say, with the new text in that row and the
 * saved value in every other: a row still holding a refused text never
 * slips into another row's save, and a refusal is that row's alone, shown
 * below it by its ClInstantApply.  Empty rows (just added, or cleared) are
 * kept on screen but not saved, as cl_contact_values_format() leaves out
 * blank values.  The rows are built again from the contact only when what
 * it holds differs from what they saved (another contact, an import), so
 * the contact's own echo of a save leaves the row being typed in alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-values-group"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-contact-values-group.h"
#include "cl-instant-apply.h"
#include "cl-toast.h"

struct _ClContactValuesGroup
{
  AdwPreferencesGroup parent_instance;

  char               *property; /* "emails" or "phones" */
  gboolean            emails;
  ClContext          *context;
  ClContact          *contact;
  GSignalGroup       *contact_signals;
  GPtrArray          *rows; /* ValueRow */
  GtkStringList      *labels;
  GtkButton          *add_button;
  guint               saving;
};

enum
{
  PROP_0,
  PROP_PROPERTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClContactValuesGroup, cl_contact_values_group, ADW_TYPE_PREFERENCES_GROUP)

typedef struct
{
  ClContactValuesGroup *self;
  AdwEntryRow          *row;
  GtkDropDown          *label_drop;
  GtkButton            *remove_button;
  ClInstantApply       *apply;
  ClContactLabel        label; /* saved */
  char                 *value; /* saved, as cl_contact_values_format() keeps it; "" when none */
} ValueRow;

static void
value_row_free (gpointer data)
{
  ValueRow *row = data;

  g_signal_handlers_disconnect_by_data (row->label_drop, row);
  g_signal_handlers_disconnect_by_data (row->remove_button, row);
  /* First, so that losing the focus as the row goes saves nothing. */
  g_clear_object (&row->apply);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (row->self), GTK_WIDGET (row->row));
  g_free (row->value);
  g_free (row);
}

/* A value as cl_contact_values_format() keeps it. */
static char *
normalize (const char *text)
{
  char *value = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_strdelimit (value, "\t\n\r", ' ');
}

/* Saving ------------------------------------------------------------------- */

/* Saves the rows' values, with @text and @label in @changed (may be NULL)
 * and without @removed (may be NULL). */
static gboolean
save_values (ClContactValuesGroup *self,
             ValueRow             *changed,
             const char           *text,
             ClContactLabel        label,
             ValueRow             *removed,
             GError              **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (
    (GDestroyNotify) cl_contact_value_free);
  g_autoptr(ClContact) copy = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *current = NULL;
  gboolean         saved;

  if (self->contact == NULL)
    return TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      ValueRow *row = g_ptr_array_index (self->rows, i);

      if (row == removed)
        continue;
      g_ptr_array_add (values, cl_contact_value_new (row == changed ? label : row->label,
                                                     row == changed ? text : row->value));
    }
  formatted = cl_contact_values_format (values);
  g_object_get (self->contact, self->property, &current, NULL);

  /* A blank row, or the same text again, changes nothing stored. */
  if (g_strcmp0 (formatted, current) != 0)
    {
      copy = cl_contact_copy (self->contact);
      g_object_set (copy, self->property, formatted, NULL);
      if (!cl_model_validate_field (CL_MODEL (copy), self->property, error))
        return FALSE;

      /* The contact's notification is this save's echo: the rows stay. */
      self->saving++;
      saved = cl_contact_store_update_contact (cl_context_get_contact_store (self->context),
                                               copy, error);
      self->saving--;
      if (!saved)
        return FALSE;
    }

  if (changed != NULL)
    {
      /* @text may be changed->value itself (a new label for the same text). */
      char *value = normalize (text);

      g_free (changed->value);
      changed->value = value;
      changed->label = label;
    }
  return TRUE;
}

static gboolean
save_value_cb (const char *text,
               gpointer    data,
               GError    **error)
{
  ValueRow *row = data;

  if (!save_values (row->self, row, text, row->label, NULL, error))
    return FALSE;
  /* Shown once the user is done with the field: the value as kept. */
  cl_instant_apply_show (row->apply, row->value);
  return TRUE;
}

static void
show_error (ClContactValuesGroup *self,
            const GError         *error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

static void
label_changed_cb (GtkDropDown *drop,
                  GParamSpec  *pspec,
                  ValueRow    *row)
{
  g_autoptr(GError) error = NULL;
  ClContactLabel label = (ClContactLabel) gtk_drop_down_get_selected (drop);

  if (label == row->label || label > CL_CONTACT_LABEL_OTHER)
    return;
  if (!save_values (row->self, row, row->value, label, NULL, &error))
    {
      /* Back to the label kept. */
      g_signal_handlers_block_by_func (drop, label_changed_cb, row);
      gtk_drop_down_set_selected (drop, row->label);
      g_signal_handlers_unblock_by_func (drop, label_changed_cb, row);
      show_error (row->self, error);
    }
}

/* Rows --------------------------------------------------------------------- */

static void
name_drop_down (GtkDropDown *drop,
                const char  *name)
{
  /* GTK 4.8 leaves a drop-down's button unnamed: it takes the drop-down's. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
}

/* "Email", or "Email 1", "Email 2"… when there are several: each control
 * of a row is named after it. */
static void
number_rows (ClContactValuesGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      ValueRow        *row = g_ptr_array_index (self->rows, i);
      g_autofree char *title = NULL;
      g_autofree char *label_name = NULL;
      g_autofree char *remove_name = NULL;
      GtkEditable     *text = gtk_editable_get_delegate (GTK_EDITABLE (row->row));

      if (self->rows->len == 1)
        title = g_strdup (self->emails ? _ ("Email") : _ ("Phone"));
      else
        /* Translators: the number of an email address among several. */
        title = self->emails ? g_strdup_printf (_ ("Email %u"), i + 1)
                             /* Translators: the number of a phone number among several. */
                             : g_strdup_printf (_ ("Phone %u"), i + 1);
      /* Translators: names the work/home/mobile/other drop-down of "Email 2". */
      label_name = g_strdup_printf (_ ("Label of %s"), title);
      /* Translators: the button that removes "Email 2". */
      remove_name = g_strdup_printf (_ ("Remove %s"), title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      name_drop_down (row->label_drop, label_name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row->remove_button), remove_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
    }

  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (self),
    self->rows->len > 0 ? NULL
    : self->emails      ? _ ("No email address yet.")
                        : _ ("No phone number yet."));
}

static void
remove_clicked_cb (GtkButton *button,
                   ValueRow  *row)
{
  ClContactValuesGroup *self = row->self;
  g_autoptr(GError) error = NULL;
  guint      index = 0;
  GtkWidget *focus;

  if (!save_values (self, NULL, NULL, 0, row, &error))
    {
      show_error (self, error);
      return;
    }

  g_ptr_array_find (self->rows, row, &index);
  g_ptr_array_remove_index (self->rows, index);
  number_rows (self);

  /* The focus goes on to the row that took its place, or back to "Add". */
  if (index < self->rows->len)
    focus = GTK_WIDGET (((ValueRow *) g_ptr_array_index (self->rows, index))->row);
  else if (index > 0)
    focus = GTK_WIDGET (((ValueRow *) g_ptr_array_index (self->rows, index - 1))->row);
  else
    focus = GTK_WIDGET (self->add_button);
  gtk_widget_grab_focus (focus);
}

static ValueRow *
add_row (ClContactValuesGroup *self,
         ClContactLabel        label,
         const char           *value)
{
  ValueRow *row = g_new0 (ValueRow, 1);

  row->self = self;
  row->label = label;
  row->value = g_strdup (value != NULL ? value : "");

  row->row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_editable_set_text (GTK_EDITABLE (row->row), row->value);
  adw_entry_row_set_input_purpose (row->row, self->emails ? GTK_INPUT_PURPOSE_EMAIL
                                                          : GTK_INPUT_PURPOSE_PHONE);
  adw_entry_row_set_input_hints (row->row, GTK_INPUT_HINT_NO_SPELLCHECK);

  row->label_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->labels)),
                                                      NULL));
  gtk_drop_down_set_selected (row->label_drop, label);
  gtk_widget_set_valign (GTK_WIDGET (row->label_drop), GTK_ALIGN_CENTER);
  adw_entry_row_add_prefix (row->row, GTK_WIDGET (row->label_drop));

  row->remove_button = GTK_BUTTON (gtk_button_new_from_icon_name ("user-trash-symbolic"));
  gtk_widget_set_valign (GTK_WIDGET (row->remove_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (row->remove_button), "flat");
  adw_entry_row_add_suffix (row->row, GTK_WIDGET (row->remove_button));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row->row));
  row->apply = cl_instant_apply_new_for_text (GTK_WIDGET (row->row),
                                              self->emails ? _ ("The email address")
                                                           : _ ("The phone number"),
                                              save_value_cb, row, NULL);
  cl_instant_apply_show (row->apply, row->value);

  g_signal_connect (row->label_drop, "notify::selected", G_CALLBACK (label_changed_cb), row);
  g_signal_connect (row->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static gboolean
rows_show (ClContactValuesGroup *self,
           GPtrArray            *values)
{
  guint shown = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      ValueRow       *row = g_ptr_array_index (self->rows, i);
      ClContactValue *value;

      if (*row->value == '\0')
        continue;
      if (shown >= values->len)
        return FALSE;
      value = g_ptr_array_index (values, shown++);
      if (value->label != row->label || g_strcmp0 (value->value, row->value) != 0)
        return FALSE;
    }
  return shown == values->len;
}

static void
show_values (ClContactValuesGroup *self)
{
  g_autoptr(GPtrArray) values = NULL;
  g_autofree char *text = NULL;

  if (self->saving > 0 || self->contact == NULL)
    return;

  g_object_get (self->contact, self->property, &text, NULL);
  values = cl_contact_values_parse (text);
  if (rows_show (self, values))
    return;

  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < values->len; i++)
    {
      ClContactValue *value = g_ptr_array_index (values, i);

      add_row (self, value->label, value->value);
    }
  number_rows (self);
}

static void
add_clicked_cb (ClContactValuesGroup *self)
{
  cl_contact_values_group_add_row (self);
}

/* The object --------------------------------------------------------------- */

static void
cl_contact_values_group_constructed (GObject *object)
{
  ClContactValuesGroup *self = CL_CONTACT_VALUES_GROUP (object);
  GtkWidget            *content = adw_button_content_new ();
  const char           *add_label;

  G_OBJECT_CLASS (cl_contact_values_group_parent_class)->constructed (object);

  self->emails = g_strcmp0 (self->property, "phones") != 0;
  if (self->property == NULL)
    self->property = g_strdup ("emails");
  g_signal_group_connect_object (self->contact_signals,
                                 self->emails ? "notify::emails" : "notify::phones",
                                 G_CALLBACK (show_values), self, G_CONNECT_SWAPPED);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   self->emails ? _ ("Email") : _ ("Phone"));
  add_label = self->emails ? _ ("Add Email") : _ ("Add Phone");
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), add_label);
  self->add_button = GTK_BUTTON (gtk_button_new ());
  gtk_button_set_child (self->add_button, content);
  gtk_widget_set_valign (GTK_WIDGET (self->add_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->add_button), "flat");
  /* Named by its label alone: GTK 4.8 would add an explicit name to it. */
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self),
                                           GTK_WIDGET (self->add_button));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->emails ? _ ("Email") : _ ("Phone"), -1);
  number_rows (self);
}

static void
cl_contact_values_group_dispose (GObject *object)
{
  ClContactValuesGroup *self = CL_CONTACT_VALUES_GROUP (object);

  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->contact_signals);
  g_clear_object (&self->contact);
  g_clear_object (&self->context);
  g_clear_object (&self->labels);

  G_OBJECT_CLASS (cl_contact_values_group_parent_class)->dispose (object);
}

static void
cl_contact_values_group_finalize (GObject *object)
{
  ClContactValuesGroup *self = CL_CONTACT_VALUES_GROUP (object);

  g_free (self->property);

  G_OBJECT_CLASS (cl_contact_values_group_parent_class)->finalize (object);
}

static void
cl_contact_values_group_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ClContactValuesGroup *self = CL_CONTACT_VALUES_GROUP (object);

  switch (prop_id)
    {
    case PROP_PROPERTY:
      g_value_set_string (value, self->property);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_contact_values_group_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ClContactValuesGroup *self = CL_CONTACT_VALUES_GROUP (object);

  switch (prop_id)
    {
    case PROP_PROPERTY:
      g_free (self->property);
      self->property = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_contact_values_group_class_init (ClContactValuesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cl_contact_values_group_constructed;
  object_class->dispose = cl_contact_values_group_dispose;
  object_class->finalize = cl_contact_values_group_finalize;
  object_class->get_property = cl_contact_values_group_get_property;
  object_class->set_property = cl_contact_values_group_set_property;

  /* The contact's property edited: "emails" or "phones". */
  properties[PROP_PROPERTY] =
    g_param_spec_string ("property", NULL, NULL, "emails",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_contact_values_group_init (ClContactValuesGroup *self)
{
  self->rows = g_ptr_array_new_with_free_func (value_row_free);
  self->labels = gtk_string_list_new (NULL);
  for (ClContactLabel label = CL_CONTACT_LABEL_WORK; label <= CL_CONTACT_LABEL_OTHER; label++)
    gtk_string_list_append (self->labels, cl_contact_label_get_label (label));
  self->contact_signals = g_signal_group_new (CL_TYPE_CONTACT);
}

GtkWidget *
cl_contact_values_group_new (const char *property)
{
  g_return_val_if_fail (g_strcmp0 (property, "emails") == 0 ||
                          g_strcmp0 (property, "phones") == 0,
                        NULL);

  return g_object_new (CL_TYPE_CONTACT_VALUES_GROUP, "property", property, NULL);
}

void
cl_contact_values_group_set_contact (ClContactValuesGroup *self,
                                     ClContext            *context,
                                     ClContact            *contact)
{
  g_return_if_fail (CL_IS_CONTACT_VALUES_GROUP (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (contact == NULL || CL_IS_CONTACT (contact));

  /* What the rows held, unsaved, is not this contact's: built anew. */
  g_ptr_array_set_size (self->rows, 0);
  g_set_object (&self->context, context);
  g_set_object (&self->contact, contact);
  g_signal_group_set_target (self->contact_signals, contact);
  show_values (self);
  number_rows (self);
}

static GPtrArray *
dup_applies (ClContactValuesGroup *self)
{
  GPtrArray *applies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (applies,
                     g_object_ref (((ValueRow *) g_ptr_array_index (self->rows, i))->apply));
  return applies;
}

void
cl_contact_values_group_flush (ClContactValuesGroup *self)
{
  g_autoptr(GPtrArray) applies = NULL;

  g_return_if_fail (CL_IS_CONTACT_VALUES_GROUP (self));

  applies = dup_applies (self);
  cl_instant_apply_flush_all (applies);
}

char *
cl_contact_values_group_get_unsaved (ClContactValuesGroup *self)
{
  g_autoptr(GPtrArray) applies = NULL;

  g_return_val_if_fail (CL_IS_CONTACT_VALUES_GROUP (self), NULL);

  applies = dup_applies (self);
  return cl_instant_apply_get_unsaved_all (applies);
}

GPtrArray *
cl_contact_values_group_get_rows (ClContactValuesGroup *self)
{
  GPtrArray *rows;

  g_return_val_if_fail (CL_IS_CONTACT_VALUES_GROUP (self), NULL);

  rows = g_ptr_array_new ();
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_add (rows, ((ValueRow *) g_ptr_array_index (self->rows, i))->row);
  return rows;
}

void
cl_contact_values_group_add_row (ClContactValuesGroup *self)
{
  ValueRow *row;

  g_return_if_fail (CL_IS_CONTACT_VALUES_GROUP (self));

  if (self->contact == NULL)
    return;
  /* An email is most often a work one; a phone, a mobile one. */
  row = add_row (self, self->emails ? CL_CONTACT_LABEL_WORK : CL_CONTACT_LABEL_MOBILE, NULL);
  number_rows (self);
  gtk_widget_grab_focus (GTK_WIDGET (row->row));
}
