/* cl-instant-apply.c — a field saved as soon as the user is done with it
 *
 * The helper remembers the text it last loaded or saved ("applied"): a save
 * is only tried when the field says something else, so leaving a field
 * untouched saves nothing, and typing back what was saved clears an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-instant-apply"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-instant-apply.h"
#include "cl-message-row.h"
#include "cl-row-error.h"

/* How much of a typed value a sentence quotes. */
#define QUOTE_MAX_CHARS 40

struct _ClInstantApply
{
  GObject                 parent_instance;

  GtkWidget              *field;
  GtkEventController     *focus;
  GtkTextBuffer          *buffer;   /* a text view's */
  GParamSpec             *property; /* of a value field */
  char                   *what;

  ClInstantApplyTextFunc  text_func;
  ClInstantApplyValueFunc value_func;
  ClInstantApplyTextFunc  check_func;
  gpointer                user_data;
  GDestroyNotify          destroy;

  char                   *applied; /* text loaded or saved */
  char                   *saved;   /* what the store says, shown when free */
  guint                   applied_value;
  guint                   saved_value;
  char                   *error_message;

  GtkLabel               *message_label;
  GtkWidget              *message_row; /* inserted below the field, ours */

  guint                   timeout_id;
  guint                   blocked;
  guint                   loading : 1;
  guint                   applying : 1;
  guint                   focused : 1;
  guint                   valid : 1;
  guint                   checked : 1; /* the problem shown is the check's */
};

enum
{
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClInstantApply, cl_instant_apply, G_TYPE_OBJECT)

/* Reading and writing the field */

static char *
read_text (ClInstantApply *self)
{
  if (self->buffer != NULL)
    {
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->field)));
}

static void
write_text (ClInstantApply *self,
            const char     *text)
{
  self->loading = TRUE;
  if (self->buffer != NULL)
    gtk_text_buffer_set_text (self->buffer, text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->field), text);
  self->loading = FALSE;
}

static guint
read_value (ClInstantApply *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, self->property->value_type);
  g_object_get_property (G_OBJECT (self->field), self->property->name, &value);

  switch (G_TYPE_FUNDAMENTAL (self->property->value_type))
    {
    case G_TYPE_BOOLEAN: return g_value_get_boolean (&value) ? 1 : 0;
    case G_TYPE_ENUM: return (guint) g_value_get_enum (&value);
    case G_TYPE_INT: return (guint) g_value_get_int (&value);
    case G_TYPE_UINT: return g_value_get_uint (&value);
    default: g_assert_not_reached ();
    }
}

static void
write_value (ClInstantApply *self,
             guint           number)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, self->property->value_type);
  switch (G_TYPE_FUNDAMENTAL (self->property->value_type))
    {
    case G_TYPE_BOOLEAN: g_value_set_boolean (&value, number != 0); break;
    case G_TYPE_ENUM: g_value_set_enum (&value, (int) number); break;
    case G_TYPE_INT: g_value_set_int (&value, (int) number); break;
    case G_TYPE_UINT: g_value_set_uint (&value, number); break;
    default: g_assert_not_reached ();
    }

  self->loading = TRUE;
  g_object_set_property (G_OBJECT (self->field), self->property->name, &value);
  self->loading = FALSE;
}

/* Showing what is wrong */

static GtkLabel *
ensure_message_label (ClInstantApply *self)
{
  GtkWidget *parent = gtk_widget_get_parent (self->field);
  GtkWidget *label;

  if (self->message_label != NULL || !GTK_IS_LIST_BOX (parent) ||
      !GTK_IS_LIST_BOX_ROW (self->field))
    return self->message_label;

  label = GTK_WIDGET (cl_message_row_add_below (GTK_LIST_BOX_ROW (self->field),
                                                &self->message_row));
  g_object_ref (self->message_row);
  gtk_widget_set_visible (self->message_row, FALSE);

  g_set_weak_pointer (&self->message_label, GTK_LABEL (label));
  return self->message_label;
}

static void
set_problem (ClInstantApply *self,
             const char     *message)
{
  GtkLabel *label;
  gboolean  valid = message == NULL;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  self->checked = FALSE;

  cl_row_error_mark (self->field, message);
  label = message != NULL ? ensure_message_label (self) : self->message_label;
  if (label != NULL)
    {
      gtk_label_set_text (label, message != NULL ? message : "");
      gtk_widget_set_visible (self->message_row != NULL ? self->message_row : GTK_WIDGET (label),
                              message != NULL);
    }

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

/* Saving */

static void
cancel_pending (ClInstantApply *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/* The field is the user's while they edit it: what the store says waits. */
static gboolean
is_free (ClInstantApply *self)
{
  return !self->focused && self->timeout_id == 0 && self->valid;
}

static void
apply_text (ClInstantApply *self)
{
  g_autofree char *text = read_text (self);
  g_autoptr(GError) error = NULL;

  cancel_pending (self);
  if (self->applying || self->blocked > 0)
    return;
  if (g_strcmp0 (text, self->applied) == 0)
    {
      set_problem (self, NULL);
      return;
    }

  /* The save may come back at once through cl_instant_apply_show(): this
   * object lives through it whatever the owner does. */
  g_object_ref (self);
  self->applying = TRUE;
  if (self->text_func (text, self->user_data, &error))
    {
      /* What the field says now: the saved form, if the save's echo was
       * shown meanwhile. */
      g_free (self->applied);
      self->applied = read_text (self);
      set_problem (self, NULL);
    }
  else
    {
      set_problem (self, error != NULL ? error->message : _ ("This could not be saved."));
    }
  self->applying = FALSE;
  g_object_unref (self);
}

static void
apply_value (ClInstantApply *self)
{
  guint value = read_value (self);
  g_autoptr(GError) error = NULL;

  if (self->applying || self->blocked > 0)
    return;
  if (value == self->applied_value)
    {
      set_problem (self, NULL);
      return;
    }

  g_object_ref (self);
  self->applying = TRUE;
  if (self->value_func (value, self->user_data, &error))
    {
      self->applied_value = read_value (self);
      set_problem (self, NULL);
    }
  else
    {
      set_problem (self, error != NULL ? error->message : _ ("This could not be saved."));
    }
  self->applying = FALSE;
  g_object_unref (self);
}

/* What the store said meanwhile, once the field is free again (the saved
 * text may be trimmed). */
static void
show_saved (ClInstantApply *self)
{
  if (!is_free (self))
    return;

  if (self->property != NULL)
    {
      if (read_value (self) != self->saved_value)
        write_value (self, self->saved_value);
      self->applied_value = self->saved_value;
    }
  else
    {
      g_autofree char *text = read_text (self);
      const char      *saved = self->saved != NULL ? self->saved : "";

      if (g_strcmp0 (text, saved) != 0)
        write_text (self, saved);
      g_free (self->applied);
      self->applied = g_strdup (saved);
    }
}

static gboolean
pause_ended_cb (gpointer data)
{
  ClInstantApply *self = data;

  self->timeout_id = 0;
  apply_text (self);
  show_saved (self);
  return G_SOURCE_REMOVE;
}

/* What the check says of the text as typed: its message now, or none
 * once the text reads again (a problem the save found stays until the next
 * save). */
static void
check_text (ClInstantApply *self)
{
  g_autofree char *text = read_text (self);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (text, self->applied) == 0 || self->check_func (text, self->user_data, &error))
    {
      if (self->checked || g_strcmp0 (text, self->applied) == 0)
        set_problem (self, NULL);
      return;
    }
  set_problem (self, error != NULL ? error->message : _ ("This could not be saved."));
  self->checked = TRUE;
}

static void
text_changed_cb (ClInstantApply *self)
{
  if (self->loading || self->blocked > 0)
    return;

  cancel_pending (self);
  self->timeout_id = g_timeout_add (CL_INSTANT_APPLY_DELAY_MS, pause_ended_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[careerlens] instant apply");
  if (self->check_func != NULL)
    check_text (self);
}

static void
text_activated_cb (ClInstantApply *self)
{
  apply_text (self);
  /* Enter is "done": the field may show the saved form. */
  if (self->timeout_id == 0 && self->valid)
    {
      gboolean focused = self->focused;

      self->focused = FALSE;
      show_saved (self);
      self->focused = focused;
    }
}

static void
value_changed_cb (ClInstantApply *self)
{
  if (!self->loading && self->blocked == 0)
    apply_value (self);
}

static void
focus_enter_cb (ClInstantApply *self)
{
  self->focused = TRUE;
}

static void
focus_leave_cb (ClInstantApply *self)
{
  /* GtkEventControllerFocus says "leave" before it stops containing the
   * focus: our own flag lets the save's echo reach the field. */
  self->focused = FALSE;
  if (self->property == NULL)
    apply_text (self);
  show_saved (self);
}

/* The object */

static void
cl_instant_apply_dispose (GObject *object)
{
  ClInstantApply *self = CL_INSTANT_APPLY (object);

  cancel_pending (self);
  if (self->message_row != NULL)
    {
      GtkWidget *parent = gtk_widget_get_parent (self->message_row);

      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), self->message_row);
      g_clear_object (&self->message_row);
    }
  g_clear_weak_pointer (&self->message_label);
  if (self->field != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->field, self);
      gtk_widget_remove_controller (self->field, g_steal_pointer (&self->focus));
    }
  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_clear_object (&self->buffer);
  g_clear_object (&self->field);
  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);

  G_OBJECT_CLASS (cl_instant_apply_parent_class)->dispose (object);
}

static void
cl_instant_apply_finalize (GObject *object)
{
  ClInstantApply *self = CL_INSTANT_APPLY (object);

  g_free (self->what);
  g_free (self->applied);
  g_free (self->saved);
  g_free (self->error_message);

  G_OBJECT_CLASS (cl_instant_apply_parent_class)->finalize (object);
}

static void
cl_instant_apply_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ClInstantApply *self = CL_INSTANT_APPLY (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_instant_apply_class_init (ClInstantApplyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cl_instant_apply_dispose;
  object_class->finalize = cl_instant_apply_finalize;
  object_class->get_property = cl_instant_apply_get_property;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cl_instant_apply_init (ClInstantApply *self)
{
  self->valid = TRUE;
}

static ClInstantApply *
instant_apply_new (GtkWidget     *field,
                   const char    *what,
                   gpointer       user_data,
                   GDestroyNotify destroy)
{
  ClInstantApply     *self = g_object_new (CL_TYPE_INSTANT_APPLY, NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->field = g_object_ref (field);
  self->what = g_strdup (what);
  self->user_data = user_data;
  self->destroy = destroy;

  gtk_event_controller_set_name (focus, "cl-instant-apply");
  g_signal_connect_object (focus, "enter", G_CALLBACK (focus_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (field, focus);
  self->focus = focus;
  return self;
}

ClInstantApply *
cl_instant_apply_new_for_text (GtkWidget             *field,
                               const char            *what,
                               ClInstantApplyTextFunc func,
                               gpointer               user_data,
                               GDestroyNotify         destroy)
{
  ClInstantApply *self;

  g_return_val_if_fail (GTK_IS_EDITABLE (field) || GTK_IS_TEXT_VIEW (field), NULL);
  g_return_val_if_fail (what != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = instant_apply_new (field, what, user_data, destroy);
  self->text_func = func;
  if (GTK_IS_TEXT_VIEW (field))
    self->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)));
  self->applied = read_text (self);
  self->saved = g_strdup (self->applied);

  if (self->buffer != NULL)
    {
      g_signal_connect_object (self->buffer, "changed", G_CALLBACK (text_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      g_signal_connect_object (field, "changed", G_CALLBACK (text_changed_cb), self,
                               G_CONNECT_SWAPPED);
      if (ADW_IS_ENTRY_ROW (field))
        g_signal_connect_object (field, "entry-activated", G_CALLBACK (text_activated_cb), self,
                                 G_CONNECT_SWAPPED);
      else if (g_signal_lookup ("activate", G_OBJECT_TYPE (field)) != 0)
        g_signal_connect_object (field, "activate", G_CALLBACK (text_activated_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  return self;
}

ClInstantApply *
cl_instant_apply_new_for_value (GtkWidget              *field,
                                const char             *property,
                                const char             *what,
                                ClInstantApplyValueFunc func,
                                gpointer                user_data,
                                GDestroyNotify          destroy)
{
  ClInstantApply  *self;
  GParamSpec      *pspec;
  g_autofree char *signal = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (field), NULL);
  g_return_val_if_fail (what != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (field), property);
  g_return_val_if_fail (pspec != NULL, NULL);
  g_return_val_if_fail (G_TYPE_FUNDAMENTAL (pspec->value_type) == G_TYPE_BOOLEAN ||
                          G_TYPE_FUNDAMENTAL (pspec->value_type) == G_TYPE_ENUM ||
                          G_TYPE_FUNDAMENTAL (pspec->value_type) == G_TYPE_INT ||
                          G_TYPE_FUNDAMENTAL (pspec->value_type) == G_TYPE_UINT,
                        NULL);

  self = instant_apply_new (field, what, user_data, destroy);
  self->value_func = func;
  self->property = pspec;
  self->applied_value = self->saved_value = read_value (self);

  signal = g_strconcat ("notify::", pspec->name, NULL);
  g_signal_connect_object (field, signal, G_CALLBACK (value_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

GtkWidget *
cl_instant_apply_get_field (ClInstantApply *self)
{
  g_return_val_if_fail (CL_IS_INSTANT_APPLY (self), NULL);

  return self->field;
}

void
cl_instant_apply_show (ClInstantApply *self,
                       const char     *text)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));
  g_return_if_fail (self->property == NULL);

  g_free (self->saved);
  self->saved = g_strdup (text != NULL ? text : "");
  show_saved (self);
}

void
cl_instant_apply_show_value (ClInstantApply *self,
                             guint           value)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));
  g_return_if_fail (self->property != NULL);

  self->saved_value = value;
  show_saved (self);
}

void
cl_instant_apply_block (ClInstantApply *self)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));

  cancel_pending (self);
  self->blocked++;
}

void
cl_instant_apply_unblock (ClInstantApply *self)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));
  g_return_if_fail (self->blocked > 0);

  if (--self->blocked > 0)
    return;
  if (self->property != NULL)
    self->applied_value = read_value (self);
  else
    {
      g_free (self->applied);
      self->applied = read_text (self);
    }
}

void
cl_instant_apply_set_message_label (ClInstantApply *self,
                                    GtkLabel       *label)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));
  g_return_if_fail (label == NULL || GTK_IS_LABEL (label));

  g_set_weak_pointer (&self->message_label, label);
  if (label != NULL)
    {
      gtk_label_set_text (label, self->error_message != NULL ? self->error_message : "");
      gtk_widget_set_visible (GTK_WIDGET (label), self->error_message != NULL);
    }
}

void
cl_instant_apply_set_check (ClInstantApply        *self,
                            ClInstantApplyTextFunc check)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));
  g_return_if_fail (self->property == NULL);

  self->check_func = check;
}

void
cl_instant_apply_discard (ClInstantApply *self)
{
  gboolean focused;

  g_return_if_fail (CL_IS_INSTANT_APPLY (self));

  cancel_pending (self);
  set_problem (self, NULL);
  focused = self->focused;
  self->focused = FALSE;
  show_saved (self);
  self->focused = focused;
}

gboolean
cl_instant_apply_get_valid (ClInstantApply *self)
{
  g_return_val_if_fail (CL_IS_INSTANT_APPLY (self), TRUE);

  return self->valid;
}

gboolean
cl_instant_apply_get_pending (ClInstantApply *self)
{
  g_return_val_if_fail (CL_IS_INSTANT_APPLY (self), FALSE);

  return self->timeout_id != 0;
}

void
cl_instant_apply_flush (ClInstantApply *self)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));

  if (self->timeout_id != 0)
    apply_text (self);
}

void
cl_instant_apply_retry (ClInstantApply *self)
{
  g_return_if_fail (CL_IS_INSTANT_APPLY (self));

  if (self->valid || self->timeout_id != 0 || self->applying)
    return;

  /* Forget what was applied, so the same text is tried again. */
  if (self->property != NULL)
    {
      guint applied = self->applied_value;

      self->applied_value = G_MAXUINT;
      apply_value (self);
      if (!self->valid)
        self->applied_value = applied;
    }
  else
    {
      g_autofree char *applied = g_steal_pointer (&self->applied);

      apply_text (self);
      if (!self->valid)
        {
          g_free (self->applied);
          self->applied = g_steal_pointer (&applied);
        }
    }
  show_saved (self);
}

/* @text's first line, cut short. */
static char *
quote (const char *text)
{
  const char      *end = strchr (text, '\n');
  gsize            length = end != NULL ? (gsize) (end - text) : strlen (text);
  g_autofree char *line = g_strstrip (g_strndup (text, length));
  g_autofree char *cut = NULL;

  if (end == NULL && g_utf8_strlen (line, -1) <= QUOTE_MAX_CHARS)
    return g_steal_pointer (&line);

  cut = g_utf8_substring (line, 0, MIN (g_utf8_strlen (line, -1), QUOTE_MAX_CHARS));
  /* Translators: a quoted value cut short. */
  return g_strdup_printf (_ ("%s…"), cut);
}

char *
cl_instant_apply_get_unsaved (ClInstantApply *self)
{
  g_autofree char *typed = NULL;
  g_autofree char *typed_quote = NULL;
  g_autofree char *kept_quote = NULL;

  g_return_val_if_fail (CL_IS_INSTANT_APPLY (self), NULL);

  if (self->valid)
    return NULL;

  if (self->property != NULL)
    /* Translators: "The interest was not saved: <why>" */
    return g_strdup_printf (_ ("%s was not saved: %s"), self->what, self->error_message);

  typed = read_text (self);
  typed_quote = quote (typed);
  kept_quote = quote (self->saved != NULL ? self->saved : "");

  if (*typed_quote == '\0' && *kept_quote != '\0')
    /* Translators: "The role was left empty, so it stays “ML Engineer”." */
    return g_strdup_printf (_ ("%s was left empty, so it stays “%s”."), self->what, kept_quote);
  if (*kept_quote == '\0')
    /* Translators: "The deadline “2026-02-30” was not saved, so it stays empty." */
    return g_strdup_printf (_ ("%s “%s” was not saved, so it stays empty."), self->what,
                            typed_quote);
  /* Translators: "The currency “EURO” was not saved, so it stays “EUR”." */
  return g_strdup_printf (_ ("%s “%s” was not saved, so it stays “%s”."), self->what, typed_quote,
                          kept_quote);
}

gboolean
cl_instant_apply_all_valid (GPtrArray *applies)
{
  for (guint i = 0; applies != NULL && i < applies->len; i++)
    if (!cl_instant_apply_get_valid (g_ptr_array_index (applies, i)))
      return FALSE;
  return TRUE;
}

void
cl_instant_apply_flush_all (GPtrArray *applies)
{
  for (guint i = 0; applies != NULL && i < applies->len; i++)
    cl_instant_apply_flush (g_ptr_array_index (applies, i));
}

char *
cl_instant_apply_get_unsaved_all (GPtrArray *applies)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; applies != NULL && i < applies->len; i++)
    {
      char *sentence = cl_instant_apply_get_unsaved (g_ptr_array_index (applies, i));

      if (sentence != NULL)
        g_ptr_array_add (sentences, sentence);
    }
  if (sentences->len == 0)
    return NULL;

  g_ptr_array_add (sentences, NULL);
  return g_strjoinv (" ", (char **) sentences->pdata);
}
