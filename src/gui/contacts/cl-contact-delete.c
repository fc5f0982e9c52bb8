/* cl-contact-delete.c — "Delete this contact?", and where its referrals go
 *
 * The question counts what goes (cl_contact_store_count_links()).  A
 * contact with referrals, interviews or practice sessions gets three
 * answers: move them to another contact, chosen in a second dialog from a
 * searchable list; delete them too; or cancel.  Either way the deletion is
 * one transaction (cl_contact_store_delete_contact_moving()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contact-delete"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-contact-delete.h"
#include "cl-placeholder.h"
#include "cl-toast.h"
#include "cl-transient.h"

/* A list of thousands of names helps nobody: typing narrows it. */
#define MAX_SHOWN 50

typedef struct
{
  ClContext       *context;
  ClContact       *contact;
  AdwToastOverlay *overlay; /* weak */
  GtkWindow       *parent;  /* weak */
  /* The picker of "Move to Another Contact…" */
  GtkStringFilter *filter;
  GtkListBox      *list;
  gboolean         closed; /* the dialog is going: its responses may be gone */
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_clear_object (&deletion->context);
  g_clear_object (&deletion->contact);
  g_clear_weak_pointer (&deletion->overlay);
  g_clear_weak_pointer (&deletion->parent);
  g_clear_object (&deletion->filter);
  g_free (deletion);
}

static Deletion *
deletion_copy (Deletion *deletion)
{
  Deletion *copy = g_new0 (Deletion, 1);

  copy->context = g_object_ref (deletion->context);
  copy->contact = g_object_ref (deletion->contact);
  g_set_weak_pointer (&copy->overlay, deletion->overlay);
  g_set_weak_pointer (&copy->parent, deletion->parent);
  return copy;
}

static void
toast (Deletion   *deletion,
       const char *text)
{
  if (deletion->overlay != NULL)
    adw_toast_overlay_add_toast (deletion->overlay, cl_toast_new (text));
  else
    g_warning ("%s", text);
}

static void
delete_now (Deletion  *deletion,
            ClContact *heir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (cl_contact_get_name (deletion->contact));
  g_autofree char *done = NULL;

  if (!cl_contact_store_delete_contact_moving (cl_context_get_contact_store (deletion->context),
                                               deletion->contact, heir, &error))
    {
      toast (deletion, error->message);
      return;
    }
  if (heir != NULL)
    /* Translators: a toast, "Deleted Ada Lovelace; Grace Hopper has their referrals". */
    done = g_strdup_printf (_ ("Deleted %s; %s has their referrals and interviews"), name,
                            cl_contact_get_name (heir));
  else
    /* Translators: a toast, "Deleted Ada Lovelace". */
    done = g_strdup_printf (_ ("Deleted %s"), name);
  toast (deletion, done);
}

/* The second question: to whom ------------------------------------------------ */

static char *
contact_label (ClContact *contact)
{
  const char *company = cl_contact_get_company_name (contact);

  if (company == NULL || *company == '\0')
    return g_strdup (cl_contact_get_name (contact));
  /* Translators: a contact in a list, "Ada Lovelace — Analytical Engines". */
  return g_strdup_printf (_ ("%s — %s"), cl_contact_get_name (contact), company);
}

static char *
contact_label_cb (ClContact *contact)
{
  return contact != NULL ? contact_label (contact) : NULL;
}

static gboolean
not_deleted_cb (gpointer item,
                gpointer data)
{
  return item != data;
}

static GtkWidget *
create_contact_row_cb (gpointer item,
                       gpointer data)
{
  g_autofree char *name = contact_label (item);
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "cl-contact", g_object_ref (item), g_object_unref);
  return row;
}

static ClContact *
chosen_heir (Deletion *deletion)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (deletion->list);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "cl-contact") : NULL;
}

static void
move_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Deletion         *deletion)
{
  ClContact *heir = chosen_heir (deletion);

  if (g_strcmp0 (response, "move") == 0 && heir != NULL)
    delete_now (deletion, heir);
}

static void
heir_selected_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  Deletion      *deletion)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_MESSAGE_DIALOG);

  /* The list empties as the dialog goes, its responses gone already. */
  if (deletion->closed || dialog == NULL)
    return;
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move", row != NULL);
}

static void
dialog_unmap_cb (Deletion *deletion)
{
  deletion->closed = TRUE;
}

static void
heir_activated_cb (GtkListBox       *list,
                   GtkListBoxRow    *row,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "move");
}

static void
heir_search_changed_cb (GtkSearchEntry *entry,
                        Deletion       *deletion)
{
  gtk_string_filter_set_search (deletion->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Enter picks the first contact listed. */
static void
heir_search_activate_cb (GtkSearchEntry *entry,
                         Deletion       *deletion)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (deletion->list, 0);

  if (first != NULL)
    gtk_list_box_select_row (deletion->list, first);
}

static AdwMessageDialog *
ask_heir (Deletion *asked)
{
  Deletion   *deletion = deletion_copy (asked);
  GListModel *contacts = cl_contact_store_get_contacts (
    cl_context_get_contact_store (deletion->context));
  const char      *name = cl_contact_get_name (deletion->contact);
  g_autofree char *body = NULL;
  GtkEveryFilter  *every;
  GListModel      *shown;
  GtkWidget       *dialog, *box, *entry, *scroller, *list;

  /* Translators: the dialog that asks who takes over a deleted contact's links. */
  body = g_strdup_printf (_ ("Choose who takes over the referrals, interviews and practice "
                             "sessions of %s. Then %s is deleted, with their interactions."),
                          name, name);
  dialog = adw_message_dialog_new (NULL, _ ("Move to Another Contact"), body);
  cl_transient_set_parent (GTK_WINDOW (dialog), deletion->parent);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);

  deletion->filter = gtk_string_filter_new (gtk_cclosure_expression_new (
    G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (contact_label_cb), NULL, NULL));
  gtk_string_filter_set_match_mode (deletion->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (deletion->filter, TRUE);
  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every),
                           GTK_FILTER (gtk_custom_filter_new (not_deleted_cb, deletion->contact,
                                                              NULL)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (deletion->filter)));
  shown = G_LIST_MODEL (gtk_slice_list_model_new (
    G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (contacts), GTK_FILTER (every))), 0,
    MAX_SHOWN));

  entry = gtk_search_entry_new ();
  g_object_set (entry, "placeholder-text", _ ("Name or company"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Find the contact by name or company"), -1);
  g_signal_connect (entry, "search-changed", G_CALLBACK (heir_search_changed_cb), deletion);
  g_signal_connect (entry, "activate", G_CALLBACK (heir_search_activate_cb), deletion);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Contacts"), -1);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list),
                                cl_placeholder_new (_ ("No other contact matches.")));
  gtk_list_box_bind_model (GTK_LIST_BOX (list), shown, create_contact_row_cb, NULL, NULL);
  g_object_unref (shown);
  deletion->list = GTK_LIST_BOX (list);
  g_signal_connect (list, "row-selected", G_CALLBACK (heir_selected_cb), deletion);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (heir_activated_cb), dialog, 0);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "move",
                                    _ ("_Move and Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "move",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "move");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cl-deletion", deletion, deletion_free);
  g_signal_connect (dialog, "response", G_CALLBACK (move_response_cb), deletion);
  g_signal_connect_swapped (dialog, "unmap", G_CALLBACK (dialog_unmap_cb), deletion);
  gtk_window_set_focus (GTK_WINDOW (dialog), entry);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

/* The first question ------------------------------------------------------------ */

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Deletion         *deletion)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_now (deletion, NULL);
  else if (g_strcmp0 (response, "move") == 0)
    ask_heir (deletion);
}

/* Takes @sentence (NULL: nothing to say). */
static void
append_sentence (GString *body,
                 char    *sentence)
{
  if (sentence == NULL)
    return;
  if (body->len > 0)
    g_string_append_c (body, ' ');
  g_string_append (body, sentence);
  g_free (sentence);
}

AdwMessageDialog *
cl_contact_delete_ask (GtkWidget *parent,
                       ClContext *context,
                       ClContact *contact)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *heading = NULL;
  ClContactLinks   links;
  Deletion        *deletion;
  GtkRoot         *root;
  GtkWidget       *overlay, *dialog;
  gboolean         movable;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (CL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CL_IS_CONTACT (contact), NULL);

  deletion = g_new0 (Deletion, 1);
  deletion->context = g_object_ref (context);
  deletion->contact = g_object_ref (contact);
  overlay = gtk_widget_get_ancestor (parent, ADW_TYPE_TOAST_OVERLAY);
  g_set_weak_pointer (&deletion->overlay, overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : NULL);
  root = gtk_widget_get_root (parent);
  g_set_weak_pointer (&deletion->parent, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);

  /* Unknown counts still let the question be asked, without them. */
  if (!cl_contact_store_count_links (cl_context_get_contact_store (context), contact, &links,
                                     &error))
    {
      g_warning ("Could not count what goes with the contact: %s", error->message);
      links = (ClContactLinks){ 0 };
    }
  movable = links.n_referrals + links.n_rounds + links.n_practice_sessions > 0;

  if (links.n_referrals > 0)
    append_sentence (body, g_strdup_printf (ngettext ("They refer you to %u application.",
                                                      "They refer you to %u applications.",
                                                      links.n_referrals),
                                            links.n_referrals));
  if (links.n_rounds > 0)
    append_sentence (body, g_strdup_printf (ngettext ("They interviewed you in %u round.",
                                                      "They interviewed you in %u rounds.",
                                                      links.n_rounds),
                                            links.n_rounds));
  if (links.n_practice_sessions > 0)
    append_sentence (body, g_strdup_printf (ngettext ("You practised with them in %u session.",
                                                      "You practised with them in %u sessions.",
                                                      links.n_practice_sessions),
                                            links.n_practice_sessions));
  if (links.n_interactions > 0)
    append_sentence (body, g_strdup_printf (ngettext ("Their %u logged interaction goes with them.",
                                                      "Their %u logged interactions go with them.",
                                                      links.n_interactions),
                                            links.n_interactions));
  if (links.n_events > 0)
    append_sentence (body, g_strdup_printf (ngettext ("Their place at %u event goes too.",
                                                      "Their places at %u events go too.",
                                                      links.n_events),
                                            links.n_events));
  if (movable)
    append_sentence (body, g_strdup (_ ("Move the referrals, interviews and practice sessions "
                                        "to another contact, or delete them too? This cannot "
                                        "be undone.")));
  else
    append_sentence (body, g_strdup (_ ("This cannot be undone.")));

  /* Translators: the question before deleting a contact, "Delete Ada Lovelace?". */
  heading = g_strdup_printf (_ ("Delete %s?"), cl_contact_get_name (contact));
  dialog = adw_message_dialog_new (NULL, heading, body->str);
  cl_transient_set_parent (GTK_WINDOW (dialog), deletion->parent);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  if (movable)
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                      "move", _ ("_Move to Another Contact…"), "delete",
                                      _ ("_Delete All"), NULL);
  else
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                      "delete", _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* The contact asked about, whatever the page shows by the answer. */
  g_object_set_data_full (G_OBJECT (dialog), "cl-deletion", deletion, deletion_free);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), deletion);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}
