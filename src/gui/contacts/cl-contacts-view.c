/* cl-contacts-view.c — the Contacts page: the people of the search, and the one chosen
 *
 * A leaflet, as the Offers page: the sidebar beside the chosen contact's
 * page when the window is wide, one of them at a time when it is narrow
 * (the page then has a back button).  The sidebar's list is the contact
 * store's model (sorted by name) behind a filter (the search and the role)
 * and a sorter (name, company, last contacted, next follow-up): GTK's list
 * models over thousands of contacts, with a row cheap to bind.  Above it,
 * "Follow up" lists the contacts due now, the longest overdue first, each
 * with Done and Snooze.  After each committed change to the contacts or
 * their interactions the filters and the order are run again, keeping the
 * chosen contact chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-contacts-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cl-a11y.h"
#include "cl-contact-page.h"
#include "cl-contact-row.h"
#include "cl-contact-search.h"
#include "cl-contacts-transfer.h"
#include "cl-contacts-view.h"
#include "cl-events-window.h"
#include "cl-follow-up-row.h"
#include "cl-follow-up.h"
#include "cl-slot-model.h"
#include "cl-toast.h"

typedef enum
{
  SORT_NAME,
  SORT_COMPANY,
  SORT_LAST_CONTACTED,
  SORT_NEXT_FOLLOW_UP,
} SortOrder;

struct _ClContactsView
{
  GtkWidget           parent_instance;

  ClContext          *context;
  GtkFilter          *filter;
  GtkFilterListModel *filtered;
  GtkSorter          *sorter;
  GtkSortListModel   *sorted;
  ClSlotModel        *slots;         /* over sorted, for the list view */
  guint               last_position; /* of the selection, while there was one */
  gboolean            choosing;      /* the view itself moves the selection */
  GtkSingleSelection *selection;     /* of slots */
  GtkFilter          *due_filter;
  GtkSortListModel   *due;
  char               *search;    /* casefolded; NULL: no search */
  guint               role_mask; /* 0: every role */
  ClContactSearch    *matcher;   /* of both; NULL: everyone */
  SortOrder           sort_order;
  gint64              now; /* of the last filtering */
  gint64              selected_id;
  gboolean            resorting;

  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *role_dropdown;
  GtkDropDown        *sort_dropdown;
  GtkWidget          *follow_up_box;
  GtkListView        *follow_up_view;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  ClContactPage      *page;
  ClEventsWindow     *events_window; /* weak: it is its own */
};

G_DEFINE_FINAL_TYPE (ClContactsView, cl_contacts_view, GTK_TYPE_WIDGET)

/* The role drop-down's items after "All roles", in its order. */
static const ClContactRole role_order[] = {
  CL_CONTACT_ROLE_RECRUITER,
  CL_CONTACT_ROLE_HIRING_MANAGER,
  CL_CONTACT_ROLE_REFERRER,
  CL_CONTACT_ROLE_INTERVIEWER,
  CL_CONTACT_ROLE_PEER,
  CL_CONTACT_ROLE_MENTOR,
  CL_CONTACT_ROLE_PRACTICE_PARTNER,
  CL_CONTACT_ROLE_OTHER,
};

static gint64
now_of (ClContactsView *self)
{
  return self->context != NULL ? cl_clock_now (cl_context_get_clock (self->context)) : 0;
}

/* Filtering ---------------------------------------------------------------- */

static gboolean
filter_contact (gpointer item,
                gpointer user_data)
{
  ClContactsView *self = user_data;

  return self->matcher == NULL || cl_contact_search_matches (self->matcher, item);
}

static gboolean
filter_due (gpointer item,
            gpointer user_data)
{
  ClContactsView *self = user_data;

  return cl_follow_up_is_due (CL_CONTACT (item), self->now);
}

static void keep_selection (ClContactsView *self);

/* The search of the Contacts page is the core's (cl-contact-search.h), so
 * that the benchmarks and tests of it hold for the page. */
static void
update_matcher (ClContactsView *self)
{
  g_clear_pointer (&self->matcher, cl_contact_search_free);
  self->matcher = cl_contact_search_new (self->search, self->role_mask);
  if (cl_contact_search_is_empty (self->matcher))
    g_clear_pointer (&self->matcher, cl_contact_search_free);
}

static void
search_changed_cb (ClContactsView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (
    self->search_entry))));
  g_autofree char *old = g_steal_pointer (&self->search);
  GtkFilterChange  change = GTK_FILTER_CHANGE_DIFFERENT;

  self->search = *text != '\0' ? g_utf8_casefold (text, -1) : NULL;
  if (g_strcmp0 (old, self->search) == 0)
    return;
  /* Typing on narrows what is listed, deleting widens it: GTK then looks
   * only at the contacts that may change sides. */
  if (self->search != NULL && (old == NULL || strstr (self->search, old) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->search == NULL || (old != NULL && strstr (old, self->search) != NULL))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  update_matcher (self);
  gtk_filter_changed (self->filter, change);
  keep_selection (self);
}

static void
role_changed_cb (ClContactsView *self)
{
  guint           position = gtk_drop_down_get_selected (self->role_dropdown);
  guint           old = self->role_mask;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->role_mask = position >= 1 && position <= G_N_ELEMENTS (role_order)
                      ? CL_CONTACT_ROLE_BIT (role_order[position - 1])
                      : 0;
  if (old == self->role_mask)
    return;
  if (old == 0)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->role_mask == 0)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  update_matcher (self);
  gtk_filter_changed (self->filter, change);
  keep_selection (self);
}

/* Sorting ------------------------------------------------------------------ */

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return a < b ? -1 : a > b ? 1
                            : 0;
}

/* Unknown (0 or empty) last; equal ones stay in the store's order, by
 * name, since GtkSortListModel sorts stably. */
static int
compare_contacts (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  ClContactsView *self = user_data;
  ClContact      *x = CL_CONTACT ((gpointer) a);
  ClContact      *y = CL_CONTACT ((gpointer) b);

  switch (self->sort_order)
    {
    case SORT_COMPANY:
      {
        const char *cx = cl_contact_get_company_name (x);
        const char *cy = cl_contact_get_company_name (y);
        gboolean    nx = cx == NULL || *cx == '\0';
        gboolean    ny = cy == NULL || *cy == '\0';

        if (nx || ny)
          return nx == ny ? 0 : nx ? 1
                                   : -1;
        return g_utf8_collate (cx, cy);
      }
    case SORT_LAST_CONTACTED:
      {
        gint64 lx = cl_contact_get_last_contacted (x);
        gint64 ly = cl_contact_get_last_contacted (y);

        if (lx == 0 || ly == 0)
          return lx == ly ? 0 : lx == 0 ? 1
                                        : -1;
        /* The latest first. */
        return compare_int64 (ly, lx);
      }
    case SORT_NEXT_FOLLOW_UP:
      {
        gint64 dx = cl_follow_up_get_due (x);
        gint64 dy = cl_follow_up_get_due (y);

        if (dx == 0 || dy == 0)
          return dx == dy ? 0 : dx == 0 ? 1
                                        : -1;
        return compare_int64 (dx, dy);
      }
    case SORT_NAME:
    default:
      return 0;
    }
}

static int
compare_due (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return cl_follow_up_compare (CL_CONTACT ((gpointer) a), CL_CONTACT ((gpointer) b));
}

static gboolean
find_position (ClContactsView *self,
               gint64          contact_id,
               guint          *out_position)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint       n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ClContact) contact = g_list_model_get_item (model, i);

      if (cl_contact_get_id (contact) == contact_id)
        {
          *out_position = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
sort_changed_cb (ClContactsView *self)
{
  SortOrder order = (SortOrder) gtk_drop_down_get_selected (self->sort_dropdown);

  if (order > SORT_NEXT_FOLLOW_UP || order == self->sort_order)
    return;
  self->sort_order = order;
  self->resorting = TRUE;
  /* By name is the store's own order: nothing to sort. */
  gtk_sort_list_model_set_sorter (self->sorted, order == SORT_NAME ? NULL : self->sorter);
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  self->resorting = FALSE;
  keep_selection (self);
}

/* Showing ------------------------------------------------------------------ */

static void
show_toast (ClContactsView *self,
            const char     *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), cl_toast_new (message));
}

static void
update_stack (ClContactsView *self)
{
  GListModel *all = self->context != NULL ? cl_contact_store_get_contacts (
                                              cl_context_get_contact_store (self->context))
                                          : NULL;
  guint       n_all = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint       n_listed = self->sorted != NULL ? g_list_model_get_n_items (
                                                  G_LIST_MODEL (self->sorted))
                                              : 0;
  guint       n_due = self->due != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->due)) : 0;

  gtk_stack_set_visible_child_name (self->stack, n_all == 0 ? "empty" : "contacts");
  gtk_stack_set_visible_child_name (self->list_stack, n_listed == 0 ? "no-results" : "list");
  gtk_widget_set_visible (self->follow_up_box, n_due > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.export-all", n_all > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.export-shown", n_listed > 0);
}

/* Contacts come (loaded, imported) or go: with none shown yet, the first
 * is. */
static void
listed_changed_cb (ClContactsView *self)
{
  update_stack (self);
  if (!self->resorting && cl_contact_page_get_contact (self->page) == NULL)
    keep_selection (self);
}

/* The page follows the selection; what it could not save of the contact
 * it leaves is said. */
static void
selected_changed_cb (ClContactsView *self)
{
  ClSlot          *slot;
  ClContact       *contact;
  ClContact       *shown = cl_contact_page_get_contact (self->page);
  g_autofree char *unsaved = NULL;

  if (self->resorting)
    return;

  slot = gtk_single_selection_get_selected_item (self->selection);
  contact = slot != NULL ? cl_slot_get_item (slot) : NULL;
  /* Searched away, the contact shown stays on the page: typing in the
   * search does not change the page under the user. */
  if (contact == NULL && shown != NULL &&
      cl_contact_store_find_contact (cl_context_get_contact_store (self->context),
                                     cl_contact_get_id (shown)) != NULL)
    return;
  /* Deleted: its neighbour is shown, not an empty page first. */
  if (contact == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0)
    {
      keep_selection (self);
      return;
    }
  if (slot != NULL)
    self->last_position = gtk_single_selection_get_selected (self->selection);
  if (contact == shown)
    return;

  /* A contact just deleted has nothing left to save. */
  if (shown != NULL && cl_contact_store_find_contact (cl_context_get_contact_store (self->context),
                                                      cl_contact_get_id (shown)) != NULL)
    {
      cl_contact_page_flush (self->page);
      unsaved = cl_contact_page_get_unsaved (self->page);
      if (unsaved != NULL)
        show_toast (self, unsaved);
    }
  self->selected_id = contact != NULL ? cl_contact_get_id (contact) : 0;
  cl_contact_page_set_contact (self->page, self->context, contact);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.export-contact", contact != NULL);
}

/* The selection moved.  A list that activates on a single click selects the
 * row under the pointer as it passes (GTK 4.8): the page must not change
 * with it, so the selection goes back to the contact shown, unless the
 * view itself chose (a click, Enter, a contact shown by its id). */
static void
selection_moved_cb (ClContactsView *self)
{
  if (self->resorting)
    return;
  if (self->choosing)
    selected_changed_cb (self);
  else
    keep_selection (self);
}

static void
choose_position (ClContactsView *self,
                 guint           position)
{
  self->choosing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->choosing = FALSE;
  selected_changed_cb (self);
}

/* The list's selection follows the contact shown: where it is now, none
 * while the search hides it, or a neighbour once it is gone. */
static void
keep_selection (ClContactsView *self)
{
  guint      position = gtk_single_selection_get_selected (self->selection);
  guint      n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint      found;

  ClContact *selected = self->selected_id != 0
                          ? cl_contact_store_find_contact (cl_context_get_contact_store (
                                                             self->context),
                                                           self->selected_id)
                          : NULL;
  ClSlot    *slot = gtk_single_selection_get_selected_item (self->selection);

  self->resorting = TRUE;
  /* Looked for only when it may have moved and is listed: each keystroke of
   * a search comes here. */
  if (selected != NULL && slot != NULL && cl_slot_get_item (slot) == selected)
    ;
  else if (selected != NULL && self->matcher != NULL &&
           !cl_contact_search_matches (self->matcher, selected))
    position = GTK_INVALID_LIST_POSITION;
  else if (selected != NULL && find_position (self, self->selected_id, &found))
    position = found;
  else if (selected != NULL)
    position = GTK_INVALID_LIST_POSITION;
  else if (n == 0)
    position = GTK_INVALID_LIST_POSITION;
  else
    position = MIN (position != GTK_INVALID_LIST_POSITION ? position : self->last_position, n - 1);
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->resorting = FALSE;
  selected_changed_cb (self);
}

/* What is due and the order depend on the contacts, their interactions and
 * the time: each is looked at again. */
static void
refresh (ClContactsView *self)
{
  self->now = now_of (self);
  self->resorting = TRUE;
  gtk_filter_changed (self->due_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->due), GTK_SORTER_CHANGE_DIFFERENT);
  if (self->search != NULL || self->role_mask != 0)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  if (self->sort_order != SORT_NAME)
    gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  self->resorting = FALSE;
  keep_selection (self);
  update_stack (self);
}

static void
database_changed_cb (ClContactsView *self,
                     ClChangeSet    *change_set)
{
  if (!cl_change_set_is_external (change_set) &&
      !cl_change_set_has_table (change_set, CL_TABLE_CONTACTS) &&
      !cl_change_set_has_table (change_set, CL_TABLE_INTERACTIONS) &&
      !cl_change_set_has_table (change_set, CL_TABLE_COMPANIES))
    return;
  refresh (self);
}

/* Navigation --------------------------------------------------------------- */

static void
show_page (ClContactsView *self,
           gboolean        focus)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "contact");
  if (focus)
    cl_contact_page_focus_name (self->page, FALSE);
}

static void
row_activated_cb (ClContactsView *self,
                  guint           position)
{
  choose_position (self, position);
  show_page (self, adw_leaflet_get_folded (self->leaflet));
}

static void
folded_changed_cb (ClContactsView *self)
{
  cl_contact_page_set_show_back (self->page, adw_leaflet_get_folded (self->leaflet));
}

static void
visible_child_changed_cb (ClContactsView *self)
{
  /* Back on the list alone: what waits for the pause is saved. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "list") == 0)
    cl_contact_page_flush (self->page);
}

static void
show_list_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ClContactsView *self = CL_CONTACTS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Ctrl+F: to the search, on the list (folded, it may be behind the page). */
static void
search_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClContactsView *self = CL_CONTACTS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
add_contact_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  cl_contacts_view_add_contact (CL_CONTACTS_VIEW (widget));
}

static void
show_events_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  cl_contacts_view_show_events (CL_CONTACTS_VIEW (widget), 0);
}

static void
show_event_action_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  cl_contacts_view_show_events (CL_CONTACTS_VIEW (widget), g_variant_get_int64 (parameter));
}

/* vCard files --------------------------------------------------------------- */

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClContactsView *self = CL_CONTACTS_VIEW (widget);

  if (self->context != NULL)
    cl_contacts_transfer_choose_import (widget, self->context);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ClContactsView  *self = CL_CONTACTS_VIEW (widget);
  ClContactsExport what = g_str_equal (action_name, "contacts.export-all")
                            ? CL_CONTACTS_EXPORT_ALL
                          : g_str_equal (action_name, "contacts.export-shown")
                            ? CL_CONTACTS_EXPORT_SHOWN
                            : CL_CONTACTS_EXPORT_SELECTED;
  g_autoptr(GListModel) contacts = cl_contacts_view_get_export (self, what);
  g_autofree char *name = NULL;
  ClContact       *selected = cl_contacts_view_get_selected (self);

  if (contacts == NULL || g_list_model_get_n_items (contacts) == 0)
    return;
  name = what == CL_CONTACTS_EXPORT_SELECTED ? cl_contacts_transfer_name_for_contact (selected)
                                             : g_strdup ("contacts.vcf");
  cl_contacts_transfer_choose_export (widget, contacts,
                                      what == CL_CONTACTS_EXPORT_ALL ? _ ("Export All Contacts")
                                      : what == CL_CONTACTS_EXPORT_SHOWN
                                        ? _ ("Export Shown Contacts")
                                        : _ ("Export Contact"),
                                      name);
}

/* A vCard file dropped on the page opens its preview, as Import does. */
static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         ClContactsView *self)
{
  GSList *files = g_value_get_boxed (value);

  if (self->context == NULL)
    return FALSE;
  for (GSList *l = files; l != NULL; l = l->next)
    if (cl_contacts_transfer_is_vcard_file (l->data))
      {
        cl_contacts_view_import_file (self, l->data);
        return TRUE;
      }
  show_toast (self, _ ("Only vCard files (.vcf) can be imported here."));
  return FALSE;
}

/* The rows ----------------------------------------------------------------- */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ClContactsView           *self)
{
  gtk_list_item_set_child (item, cl_contact_row_new ());
}

/* The row's slot shows another contact (the list was searched, sorted). */
static void
slot_item_changed_cb (ClSlot      *slot,
                      GParamSpec  *pspec,
                      GtkListItem *item)
{
  ClContactsView *self = g_object_get_data (G_OBJECT (item), "cl-contacts-view");

  cl_contact_row_set_contact (CL_CONTACT_ROW (gtk_list_item_get_child (item)),
                              cl_slot_get_item (slot), self->now);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ClContactsView           *self)
{
  ClSlot *slot = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (item), "cl-contacts-view", self);
  g_signal_connect (slot, "notify::item", G_CALLBACK (slot_item_changed_cb), item);
  slot_item_changed_cb (slot, NULL, item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ClContactsView           *self)
{
  ClSlot *slot = gtk_list_item_get_item (item);

  if (slot != NULL)
    g_signal_handlers_disconnect_by_func (slot, slot_item_changed_cb, item);
  cl_contact_row_set_contact (CL_CONTACT_ROW (gtk_list_item_get_child (item)), NULL, 0);
}

static void
setup_due_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ClContactsView           *self)
{
  /* The row's buttons take the focus, not the row. */
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, cl_follow_up_row_new ());
}

static void
bind_due_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             ClContactsView           *self)
{
  cl_follow_up_row_set_contact (CL_FOLLOW_UP_ROW (gtk_list_item_get_child (item)), self->context,
                                gtk_list_item_get_item (item));
}

static void
unbind_due_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ClContactsView           *self)
{
  cl_follow_up_row_set_contact (CL_FOLLOW_UP_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

static void
set_factory (GtkListView *view,
             GCallback    setup,
             GCallback    bind,
             GCallback    unbind,
             gpointer     self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", setup, self, 0);
  g_signal_connect_object (factory, "bind", bind, self, 0);
  g_signal_connect_object (factory, "unbind", unbind, self, 0);
  gtk_list_view_set_factory (view, factory);
  g_object_unref (factory);
}

/* GTK 4.8 leaves a drop-down's button unnamed: it takes the drop-down's. */
static void
name_drop_down (GtkDropDown *dropdown,
                const char  *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
}

/* The object --------------------------------------------------------------- */

static void
cl_contacts_view_dispose (GObject *object)
{
  ClContactsView *self = CL_CONTACTS_VIEW (object);

  if (self->page != NULL)
    cl_contact_page_set_contact (self->page, NULL, NULL);
  g_clear_weak_pointer (&self->events_window);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  if (self->follow_up_view != NULL)
    gtk_list_view_set_model (self->follow_up_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CL_TYPE_CONTACTS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->due);
  g_clear_object (&self->filter);
  g_clear_object (&self->due_filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cl_contacts_view_parent_class)->dispose (object);
}

static void
cl_contacts_view_finalize (GObject *object)
{
  ClContactsView *self = CL_CONTACTS_VIEW (object);

  g_free (self->search);
  g_clear_pointer (&self->matcher, cl_contact_search_free);

  G_OBJECT_CLASS (cl_contacts_view_parent_class)->finalize (object);
}

static void
cl_contacts_view_class_init (ClContactsViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_contacts_view_dispose;
  object_class->finalize = cl_contacts_view_finalize;

  g_type_ensure (CL_TYPE_CONTACT_PAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/contacts/cl-contacts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, stack);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, follow_up_box);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, follow_up_view);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, ClContactsView, page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_changed_cb);

  gtk_widget_class_install_action (widget_class, "contacts.add-contact", NULL,
                                   add_contact_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.show-list", NULL, show_list_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.search", NULL, search_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "contacts.search", NULL);
  gtk_widget_class_install_action (widget_class, "contacts.show-events", NULL,
                                   show_events_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.show-event", "x",
                                   show_event_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "contacts.add-contact", NULL);
  gtk_widget_class_install_action (widget_class, "contacts.import", NULL, import_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.export-all", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.export-shown", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "contacts.export-contact", NULL,
                                   export_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "contacts.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "contacts.export-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "contacts.export-shown", NULL);
}

static void
cl_contacts_view_init (ClContactsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_factory (self->list_view, G_CALLBACK (setup_row_cb), G_CALLBACK (bind_row_cb),
               G_CALLBACK (unbind_row_cb), self);
  set_factory (self->follow_up_view, G_CALLBACK (setup_due_cb), G_CALLBACK (bind_due_cb),
               G_CALLBACK (unbind_due_cb), self);

  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_contact, self, NULL));
  self->due_filter = GTK_FILTER (gtk_custom_filter_new (filter_due, self, NULL));
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_contacts, self, NULL));
  name_drop_down (self->role_dropdown, _ ("Role"));
  name_drop_down (self->sort_dropdown, _ ("Sort by"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.add-contact", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.show-events", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.show-event", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.export-contact", FALSE);
  {
    GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  }
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
  cl_a11y_name_menus_below (GTK_WIDGET (self));
  folded_changed_cb (self);
  update_stack (self);
}

void
cl_contacts_view_set_context (ClContactsView *self,
                              ClContext      *context)
{
  GListModel         *contacts;
  GtkFilterListModel *due_filtered;
  GtkNoSelection     *due_selection;

  g_return_if_fail (CL_IS_CONTACTS_VIEW (self));
  g_return_if_fail (CL_IS_CONTEXT (context));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  self->now = now_of (self);
  contacts = cl_contact_store_get_contacts (cl_context_get_contact_store (context));

  self->filtered = gtk_filter_list_model_new (g_object_ref (contacts), g_object_ref (self->filter));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  self->slots = cl_slot_model_new (G_LIST_MODEL (self->sorted));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  /* keep_selection() chooses, not GTK: the contact shown stays while the
   * search hides it. */
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (listed_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  due_filtered = gtk_filter_list_model_new (g_object_ref (contacts),
                                            g_object_ref (self->due_filter));
  self->due = gtk_sort_list_model_new (G_LIST_MODEL (due_filtered),
                                       GTK_SORTER (gtk_custom_sorter_new (compare_due, NULL,
                                                                          NULL)));
  g_signal_connect_object (self->due, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  due_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->due)));
  gtk_list_view_set_model (self->follow_up_view, GTK_SELECTION_MODEL (due_selection));
  g_object_unref (due_selection);

  g_signal_connect_object (cl_context_get_database (context), "changed",
                           G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  /* A follow-up falls due with time too. */
  g_signal_connect_object (cl_context_get_clock (context), "minute-changed", G_CALLBACK (refresh),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.add-contact", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.show-events", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.show-event", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.import", TRUE);
  update_stack (self);
  /* The first contact is shown to begin with. */
  keep_selection (self);
}

GListModel *
cl_contacts_view_get_contacts (ClContactsView *self)
{
  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

GListModel *
cl_contacts_view_get_due (ClContactsView *self)
{
  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), NULL);

  return G_LIST_MODEL (self->due);
}

ClContact *
cl_contacts_view_get_selected (ClContactsView *self)
{
  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), NULL);

  return cl_contact_page_get_contact (self->page);
}

gboolean
cl_contacts_view_show_contact (ClContactsView *self,
                               gint64          contact_id)
{
  guint position;

  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), FALSE);

  if (!find_position (self, contact_id, &position))
    return FALSE;
  choose_position (self, position);
  update_stack (self);
  show_page (self, FALSE);
  return TRUE;
}

void
cl_contacts_view_add_contact (ClContactsView *self)
{
  g_autoptr(ClContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CL_IS_CONTACTS_VIEW (self));

  if (self->context == NULL)
    return;

  /* A new contact must be listed to be shown: the search and the role
   * filter make way. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  gtk_drop_down_set_selected (self->role_dropdown, 0);

  contact = cl_contact_new (_ ("New Contact"));
  if (!cl_contact_store_add_contact (cl_context_get_contact_store (self->context), contact,
                                     &error))
    {
      show_toast (self, error->message);
      return;
    }
  if (cl_contacts_view_show_contact (self, cl_contact_get_id (contact)))
    cl_contact_page_focus_name (self->page, TRUE);
}

ClEventsWindow *
cl_contacts_view_show_events (ClContactsView *self,
                              gint64          event_id)
{
  GtkRoot *root;

  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), NULL);

  if (self->context == NULL)
    return NULL;
  /* One events window: asked again, it comes to the front. */
  if (self->events_window == NULL)
    {
      root = gtk_widget_get_root (GTK_WIDGET (self));
      g_set_weak_pointer (&self->events_window,
                          cl_events_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                self->context));
    }
  if (event_id != 0)
    cl_events_window_show_event (self->events_window, event_id);
  gtk_window_present (GTK_WINDOW (self->events_window));
  return self->events_window;
}

GListModel *
cl_contacts_view_get_export (ClContactsView  *self,
                             ClContactsExport what)
{
  ClContact  *selected;
  GListStore *one;

  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), NULL);

  if (self->context == NULL)
    return NULL;
  switch (what)
    {
    case CL_CONTACTS_EXPORT_ALL:
      return g_object_ref (
        cl_contact_store_get_contacts (cl_context_get_contact_store (self->context)));
    case CL_CONTACTS_EXPORT_SHOWN:
      return g_object_ref (G_LIST_MODEL (self->sorted));
    case CL_CONTACTS_EXPORT_SELECTED:
    default:
      one = g_list_store_new (CL_TYPE_CONTACT);
      selected = cl_contacts_view_get_selected (self);
      if (selected != NULL)
        g_list_store_append (one, selected);
      return G_LIST_MODEL (one);
    }
}

gboolean
cl_contacts_view_export_to (ClContactsView  *self,
                            ClContactsExport what,
                            GFile           *file,
                            GError         **error)
{
  g_autoptr(GListModel) contacts = NULL;

  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  contacts = cl_contacts_view_get_export (self, what);
  g_return_val_if_fail (contacts != NULL, FALSE);
  return cl_contacts_transfer_export (contacts, file, error);
}

GtkWindow *
cl_contacts_view_import_file (ClContactsView *self,
                              GFile          *file)
{
  g_return_val_if_fail (CL_IS_CONTACTS_VIEW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  return GTK_WINDOW (cl_contacts_transfer_import (GTK_WIDGET (self), self->context, file));
}
