/* cl-dialog-focus.c — a form dialog opens with the focus in its field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-dialog-focus"

#include "config.h"

#include <adwaita.h>

#include "cl-dialog-focus.h"

typedef struct
{
  GtkWidget        *dialog; /* not owned: the data lives on it */
  GtkWidget        *fields;
  ClDialogFocusFunc pick;
  guint             idle_source;
} FocusData;

static void
focus_data_free (gpointer data)
{
  FocusData *focus = data;

  g_clear_handle_id (&focus->idle_source, g_source_remove);
  g_free (focus);
}

void
cl_dialog_focus_row (GtkWidget *row)
{
  GtkEditable *text;

  g_return_if_fail (GTK_IS_WIDGET (row));

  text = GTK_IS_EDITABLE (row) ? gtk_editable_get_delegate (GTK_EDITABLE (row)) : NULL;
  if (GTK_IS_TEXT (text))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
  else
    gtk_widget_grab_focus (row);
}

static gboolean
focus_idle_cb (gpointer data)
{
  FocusData *focus = data;
  GtkWidget *current = gtk_window_get_focus (GTK_WINDOW (focus->dialog));

  focus->idle_source = 0;
  if (current == NULL || !gtk_widget_is_ancestor (current, focus->fields))
    cl_dialog_focus_row (focus->pick (focus->dialog));
  return G_SOURCE_REMOVE;
}

static void
map_cb (GtkWidget *dialog,
        FocusData *focus)
{
  cl_dialog_focus_row (focus->pick (dialog));
  g_clear_handle_id (&focus->idle_source, g_source_remove);
  focus->idle_source = g_idle_add (focus_idle_cb, focus);
}

static void
unmap_cb (GtkWidget *dialog,
          FocusData *focus)
{
  g_clear_handle_id (&focus->idle_source, g_source_remove);
}

void
cl_dialog_focus_on_map (GtkWidget        *dialog,
                        GtkWidget        *fields,
                        ClDialogFocusFunc pick)
{
  FocusData *focus;

  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (GTK_IS_WIDGET (fields));
  g_return_if_fail (pick != NULL);

  focus = g_new0 (FocusData, 1);
  focus->dialog = dialog;
  focus->fields = fields;
  focus->pick = pick;
  g_object_set_data_full (G_OBJECT (dialog), "cl-dialog-focus", focus, focus_data_free);
  /* ::map runs first: the dialog is mapped when these run. */
  g_signal_connect (dialog, "map", G_CALLBACK (map_cb), focus);
  g_signal_connect (dialog, "unmap", G_CALLBACK (unmap_cb), focus);
}
