/* cl-negotiation-section.c — an offer's negotiation: checks, plan, asks,
 * talking points, the log of rounds, and what changed since the start
 *
 * Everything shown follows the store.  ::negotiation-changed of the offer
 * brings the plan, its asks, rounds and revisions; the database's
 * ::changed (after the stores applied it) brings the other offers and the
 * market ranges, which the checks and the leverage choices depend on; the
 * clock's minute brings the deadline closer.  Asks and rounds keep their
 * rows across those reads (a row is the same for the same id), so what the
 * user is typing, what is expanded and the keyboard focus all stay.
 *
 * The plan's fields edit a copy of the shared plan (or a new one, the first
 * time) and hand it to cl_offer_store_save_plan().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-negotiation-section"

#include "config.h"

#include <glib/gi18n.h>

#include "cl-a11y.h"
#include "cl-banner.h"
#include "cl-instant-apply.h"
#include "cl-money.h"
#include "cl-negotiation-ask-dialog.h"
#include "cl-negotiation-ask-row.h"
#include "cl-negotiation-fields.h"
#include "cl-negotiation-round-dialog.h"
#include "cl-negotiation-round-row.h"
#include "cl-negotiation-section.h"
#include "cl-negotiation.h"
#include "cl-offer-section.h"
#include "cl-toast.h"
#include "cl-transient.h"

struct _ClNegotiationSection
{
  AdwBin          parent_instance;

  ClContext      *context;
  ClOffer        *offer;
  GSignalGroup   *store_signals;
  GSignalGroup   *database_signals;
  GSignalGroup   *clock_signals;
  GSignalGroup   *offer_signals;
  GPtrArray      *applies; /* the plan's fields */
  ClInstantApply *target_apply;
  ClInstantApply *walk_away_apply;
  ClInstantApply *leverage_apply;
  ClInstantApply *points_apply;
  GArray         *leverage_ids; /* gint64 offer id of each choice; 0: none */
  GStrv           leverage_labels;
  GHashTable     *ask_rows;      /* ask id → ClNegotiationAskRow (owned by the list) */
  GHashTable     *round_rows;    /* round id → ClNegotiationRoundRow (owned by the list) */
  GPtrArray      *banners;       /* ClBanner, shown in order */
  GPtrArray      *revision_rows; /* AdwActionRow, owned by the list */
  gboolean        valid;

  GtkWidget      *checks_group;
  GtkBox         *checks_box;
  AdwEntryRow    *target_row;
  AdwEntryRow    *walk_away_row;
  AdwComboRow    *leverage_row;
  GtkWidget      *add_ask_button;
  GtkListBox     *asks_list;
  GtkTextView    *points_view;
  GtkLabel       *points_message;
  GtkWidget      *log_button;
  GtkListBox     *rounds_list;
  GtkWidget      *revisions_group;
  GtkListBox     *revisions_list;
};

enum
{
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static void section_iface_init (ClOfferSectionInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (ClNegotiationSection, cl_negotiation_section, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (CL_TYPE_OFFER_SECTION, section_iface_init))
/* clang-format on */

#define BANNER_KIND "cl-negotiation-check-kind"

static ClOfferStore *
get_store (ClNegotiationSection *self)
{
  return cl_context_get_offer_store (self->context);
}

static gboolean
has_offer (ClNegotiationSection *self)
{
  return self->context != NULL && self->offer != NULL;
}

static ClNegotiationPlan *
get_plan (ClNegotiationSection *self)
{
  return cl_offer_store_get_plan (get_store (self), cl_offer_get_id (self->offer));
}

/* Every field's helper: the plan's, then each row's. */
static GPtrArray *
all_applies (ClNegotiationSection *self)
{
  GPtrArray     *applies = g_ptr_array_new ();
  GHashTable    *tables[] = { self->ask_rows, self->round_rows };
  GHashTableIter iter;
  gpointer       row;

  g_ptr_array_extend (applies, self->applies, NULL, NULL);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_hash_table_iter_init (&iter, tables[t]);
      while (g_hash_table_iter_next (&iter, NULL, &row))
        g_ptr_array_extend (applies,
                            CL_IS_NEGOTIATION_ASK_ROW (row)
                              ? cl_negotiation_ask_row_get_applies (row)
                              : cl_negotiation_round_row_get_applies (row),
                            NULL, NULL);
    }
  return applies;
}

static void
update_valid (ClNegotiationSection *self)
{
  g_autoptr(GPtrArray) applies = all_applies (self);
  gboolean valid = cl_instant_apply_all_valid (applies);

  if (valid == self->valid)
    return;
  self->valid = valid;
  g_object_notify (G_OBJECT (self), "valid");
}

static void
watch_applies (ClNegotiationSection *self,
               GPtrArray            *applies)
{
  for (guint i = 0; i < applies->len; i++)
    g_signal_connect_object (g_ptr_array_index (applies, i), "notify::valid",
                             G_CALLBACK (update_valid), self, G_CONNECT_SWAPPED);
}

static void
unwatch_applies (ClNegotiationSection *self,
                 GPtrArray            *applies)
{
  for (guint i = 0; i < applies->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (applies, i), self);
}

static void
show_toast (ClNegotiationSection *self,
            AdwToast             *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (ClNegotiationSection *self,
            const GError         *error)
{
  show_toast (self, cl_toast_new (error->message));
}

/* Gives the keyboard focus to @widget; to an expander row's heading, since
 * the row takes no focus itself. */
static void
focus_widget (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (widget);
}

/* An Undo toast keeps the offer whose row it brings back: another offer may
 * be shown by then. */
static gint64
toast_offer_id (AdwToast *toast)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "cl-offer-id");

  return id != NULL ? *id : 0;
}

/* The checks ----------------------------------------------------------------- */

static void
focus_target_cb (ClNegotiationSection *self)
{
  focus_widget (GTK_WIDGET (self->target_row));
}

static void
focus_walk_away_cb (ClNegotiationSection *self)
{
  focus_widget (GTK_WIDGET (self->walk_away_row));
}

static void
focus_leverage_cb (ClNegotiationSection *self)
{
  focus_widget (GTK_WIDGET (self->leverage_row));
}

/* What a check's banner offers to do about it. */
static void
set_up_banner (ClNegotiationSection  *self,
               ClBanner              *banner,
               ClNegotiationCheckKind kind)
{
  GtkButton *button = cl_banner_get_button (banner);
  GCallback  focus = NULL;

  switch (kind)
    {
    case CL_NEGOTIATION_CHECK_FEW_OFFERS:
      cl_banner_set_button_label (banner, _ ("New Offer…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), CL_NEGOTIATION_NEW_OFFER_ACTION);
      break;
    case CL_NEGOTIATION_CHECK_TARGET_BELOW_MARKET:
      cl_banner_set_button_label (banner, _ ("Edit Target"));
      focus = G_CALLBACK (focus_target_cb);
      break;
    case CL_NEGOTIATION_CHECK_WALK_AWAY_ABOVE_TARGET:
      cl_banner_set_button_label (banner, _ ("Edit Walk-Away Point"));
      focus = G_CALLBACK (focus_walk_away_cb);
      break;
    case CL_NEGOTIATION_CHECK_LEVERAGE_EXPIRED:
    case CL_NEGOTIATION_CHECK_LEVERAGE_DECLINED:
      cl_banner_set_button_label (banner, _ ("Choose Another"));
      focus = G_CALLBACK (focus_leverage_cb);
      break;
    case CL_NEGOTIATION_CHECK_DEADLINE_SOON:
    case CL_NEGOTIATION_CHECK_DEADLINE_PASSED:
      cl_banner_set_button_label (banner, _ ("Export Prep Sheet…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button),
                                      CL_NEGOTIATION_EXPORT_SHEET_ACTION);
      break;
    default:
      break;
    }
  if (focus != NULL)
    g_signal_connect_object (button, "clicked", focus, self, G_CONNECT_SWAPPED);
  gtk_widget_add_css_class (GTK_WIDGET (banner),
                            kind == CL_NEGOTIATION_CHECK_DEADLINE_PASSED ? "alert" : "caution");
}

static ClBanner *
find_banner (ClNegotiationSection  *self,
             ClNegotiationCheckKind kind)
{
  for (guint i = 0; i < self->banners->len; i++)
    {
      ClBanner *banner = g_ptr_array_index (self->banners, i);

      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (banner), BANNER_KIND)) == (int) kind)
        return banner;
    }
  return NULL;
}

/* The banner of each check that applies, in order; a check that still
 * applies keeps its banner (and the keyboard focus on its button). */
static void
update_checks (ClNegotiationSection *self)
{
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *previous = NULL;

  if (has_offer (self))
    checks = cl_offer_store_check_negotiation (get_store (self), self->offer);

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      ClNegotiationCheck *check = g_ptr_array_index (checks, i);
      ClBanner           *banner = find_banner (self, check->kind);

      if (banner == NULL)
        {
          banner = CL_BANNER (cl_banner_new (check->message, NULL));
          g_object_set_data (G_OBJECT (banner), BANNER_KIND, GINT_TO_POINTER (check->kind));
          set_up_banner (self, banner, check->kind);
          gtk_box_append (self->checks_box, GTK_WIDGET (banner));
        }
      cl_banner_set_title (banner, check->message);
      gtk_box_reorder_child_after (self->checks_box, GTK_WIDGET (banner), previous);
      previous = GTK_WIDGET (banner);
      g_ptr_array_add (shown, g_object_ref (banner));
    }

  for (guint i = 0; i < self->banners->len; i++)
    {
      GtkWidget *banner = g_ptr_array_index (self->banners, i);

      if (!g_ptr_array_find (shown, banner, NULL))
        gtk_box_remove (self->checks_box, banner);
    }
  g_ptr_array_unref (self->banners);
  self->banners = g_steal_pointer (&shown);
  gtk_widget_set_visible (self->checks_group, self->banners->len > 0);
}

/* The plan ------------------------------------------------------------------- */

/* Saves the plan with @first_property… set (g_object_set() style), making
 * it the first time; @field is checked alone first. */
static gboolean
save_plan (ClNegotiationSection *self,
           const char           *field,
           GError              **error,
           const char           *first_property,
           ...)
{
  ClNegotiationPlan *plan = get_plan (self);
  g_autoptr(ClNegotiationPlan) copy = NULL;
  va_list args;

  copy = plan != NULL ? cl_negotiation_plan_copy (plan)
                      : cl_negotiation_plan_new (cl_offer_get_id (self->offer));
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (copy), first_property, args);
  va_end (args);

  return cl_model_validate_field (CL_MODEL (copy), field, error) &&
         cl_offer_store_save_plan (get_store (self), copy, error);
}

static gboolean
check_amount_cb (const char *text,
                 gpointer    data,
                 GError    **error)
{
  ClNegotiationSection *self = data;
  gint64                cents;

  return !has_offer (self) ||
         cl_money_parse (text, cl_offer_get_currency (self->offer), &cents, error);
}

static gboolean
save_amount (ClNegotiationSection *self,
             const char           *property,
             const char           *text,
             GError              **error)
{
  gint64 cents;

  return cl_money_parse (text, cl_offer_get_currency (self->offer), &cents, error) &&
         save_plan (self, property, error, property, cents, NULL);
}

static gboolean
save_target_cb (const char *text,
                gpointer    data,
                GError    **error)
{
  return save_amount (data, "target-total", text, error);
}

static gboolean
save_walk_away_cb (const char *text,
                   gpointer    data,
                   GError    **error)
{
  return save_amount (data, "walk-away-total", text, error);
}

static gboolean
save_leverage_cb (guint    position,
                  gpointer data,
                  GError **error)
{
  ClNegotiationSection *self = data;
  gint64                id = position < self->leverage_ids->len
                               ? g_array_index (self->leverage_ids, gint64, position)
                               : 0;

  return save_plan (self, "leverage-offer-id", error, "leverage-offer-id", id, NULL);
}

static gboolean
save_points_cb (const char *text,
                gpointer    data,
                GError    **error)
{
  ClNegotiationSection *self = data;

  return save_plan (self, "talking-points", error, "talking-points", text, NULL);
}

static guint
leverage_position (ClNegotiationSection *self,
                   gint64                offer_id)
{
  for (guint i = 0; i < self->leverage_ids->len; i++)
    if (g_array_index (self->leverage_ids, gint64, i) == offer_id)
      return i;
  return 0;
}

/* The other offers of the store, as "Company — title (status)", after
 * "None"; the list is made again only when what it says changed. */
static void
fill_leverage (ClNegotiationSection *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) labels = NULL;
  g_autoptr(GtkStringList) model = NULL;
  ClNegotiationPlan *plan;
  GListModel        *offers;
  gint64             none = 0;

  g_strv_builder_add (builder, _ ("None"));
  g_array_append_val (ids, none);
  if (has_offer (self))
    {
      offers = cl_offer_store_get_offers (get_store (self));
      for (guint i = 0; i < g_list_model_get_n_items (offers); i++)
        {
          g_autoptr(ClOffer) other = g_list_model_get_item (offers, i);
          g_autofree char *label = NULL;
          gint64           id = cl_offer_get_id (other);

          if (id == cl_offer_get_id (self->offer))
            continue;
          label = cl_negotiation_describe_offer (self->context, other);
          g_strv_builder_add (builder, label);
          g_array_append_val (ids, id);
        }
    }
  labels = g_strv_builder_end (builder);

  if (self->leverage_labels != NULL && g_strv_equal ((const char *const *) labels,
                                                     (const char *const *) self->leverage_labels))
    {
      g_array_unref (self->leverage_ids);
      self->leverage_ids = g_steal_pointer (&ids);
      return;
    }

  g_strfreev (self->leverage_labels);
  self->leverage_labels = g_steal_pointer (&labels);
  g_array_unref (self->leverage_ids);
  self->leverage_ids = g_steal_pointer (&ids);

  /* A new list is the program's doing, not a choice to save; it shows the
   * plan's choice even while the field has the focus. */
  model = gtk_string_list_new ((const char *const *) self->leverage_labels);
  plan = has_offer (self) ? get_plan (self) : NULL;
  cl_instant_apply_block (self->leverage_apply);
  adw_combo_row_set_model (self->leverage_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (
    self->leverage_row,
    leverage_position (self, plan != NULL ? cl_negotiation_plan_get_leverage_offer_id (plan) : 0));
  cl_instant_apply_unblock (self->leverage_apply);
}

static void
show_plan (ClNegotiationSection *self)
{
  ClNegotiationPlan *plan;
  const char        *currency;
  g_autofree char   *target = NULL;
  g_autofree char   *walk_away = NULL;

  if (!has_offer (self))
    return;

  plan = get_plan (self);
  currency = cl_offer_get_currency (self->offer);
  cl_negotiation_title_money_row (self->target_row, _ ("Target total"), currency);
  cl_negotiation_title_money_row (self->walk_away_row, _ ("Walk-away point"), currency);
  target = cl_negotiation_format_amount (plan != NULL ? cl_negotiation_plan_get_target_total (plan)
                                                      : -1,
                                         currency);
  walk_away = cl_negotiation_format_amount (
    plan != NULL ? cl_negotiation_plan_get_walk_away_total (plan) : -1, currency);
  cl_instant_apply_show (self->target_apply, target);
  cl_instant_apply_show (self->walk_away_apply, walk_away);
  cl_instant_apply_show_value (
    self->leverage_apply,
    leverage_position (self, plan != NULL ? cl_negotiation_plan_get_leverage_offer_id (plan) : 0));
  cl_instant_apply_show (self->points_apply,
                         plan != NULL ? cl_negotiation_plan_get_talking_points (plan) : NULL);
}

/* Asks ----------------------------------------------------------------------- */

static void sync_asks (ClNegotiationSection *self);

static int
sort_asks_cb (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       data)
{
  ClNegotiationAsk *x = cl_negotiation_ask_row_get_ask (CL_NEGOTIATION_ASK_ROW (a));
  ClNegotiationAsk *y = cl_negotiation_ask_row_get_ask (CL_NEGOTIATION_ASK_ROW (b));
  ClAskPriority     px = cl_negotiation_ask_get_priority (x);
  ClAskPriority     py = cl_negotiation_ask_get_priority (y);
  guint             ox = cl_negotiation_ask_get_position (x);
  guint             oy = cl_negotiation_ask_get_position (y);

  /* The most important first; in the order they were added within each. */
  if (px != py)
    return px < py ? -1 : 1;
  return (ox > oy) - (ox < oy);
}

static void
ask_undo_cb (AdwToast             *toast,
             ClNegotiationSection *self)
{
  ClNegotiationAsk *deleted = g_object_get_data (G_OBJECT (toast), "cl-ask");
  g_autoptr(ClNegotiationAsk) ask = NULL;
  g_autoptr(GError) error = NULL;
  gint64               offer_id = toast_offer_id (toast);
  ClNegotiationAskRow *row;

  if (self->context == NULL || deleted == NULL)
    return;
  ask = cl_negotiation_ask_new (cl_negotiation_ask_get_kind (deleted),
                                cl_negotiation_ask_get_amount (deleted),
                                cl_negotiation_ask_get_details (deleted));
  g_object_set (ask, "priority", cl_negotiation_ask_get_priority (deleted), NULL);
  if (!cl_offer_store_add_ask (get_store (self), offer_id, ask, &error))
    {
      show_error (self, error);
      return;
    }
  sync_asks (self);
  row = g_hash_table_lookup (self->ask_rows, &(gint64){ cl_negotiation_ask_get_id (ask) });
  if (row != NULL)
    focus_widget (GTK_WIDGET (row));
}

static void
ask_delete_requested_cb (ClNegotiationAskRow  *row,
                         ClNegotiationSection *self)
{
  g_autoptr(ClNegotiationAsk) deleted = cl_negotiation_ask_copy (
    cl_negotiation_ask_row_get_ask (row));
  g_autofree char *heading = g_strdup (cl_negotiation_ask_row_get_heading (row));
  g_autoptr(GError) error = NULL;
  GtkWidget *next;
  AdwToast  *toast;

  /* The focus goes to the next ask, or the one before, or Add Ask. */
  next = gtk_widget_get_next_sibling (GTK_WIDGET (row));
  if (!CL_IS_NEGOTIATION_ASK_ROW (next))
    next = gtk_widget_get_prev_sibling (GTK_WIDGET (row));
  if (!CL_IS_NEGOTIATION_ASK_ROW (next))
    next = self->add_ask_button;

  if (!cl_offer_store_delete_ask (get_store (self), cl_negotiation_ask_row_get_ask (row), &error))
    {
      show_error (self, error);
      return;
    }
  focus_widget (next);
  sync_asks (self);

  /* Translators: a toast after deleting an ask, "Ask “Base salary: $200,000” deleted". */
  toast = cl_toast_new_printf (_ ("Ask “%s” deleted"), heading);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "cl-ask", g_steal_pointer (&deleted),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "cl-offer-id",
                          g_memdup2 (&(gint64){ cl_offer_get_id (self->offer) }, sizeof (gint64)),
                          g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (ask_undo_cb), self, 0);
  show_toast (self, toast);
}

static void
remove_row (ClNegotiationSection *self,
            GtkListBox           *list,
            GtkWidget            *row)
{
  unwatch_applies (self, CL_IS_NEGOTIATION_ASK_ROW (row)
                           ? cl_negotiation_ask_row_get_applies (CL_NEGOTIATION_ASK_ROW (row))
                           : cl_negotiation_round_row_get_applies (
                               CL_NEGOTIATION_ROUND_ROW (row)));
  g_signal_handlers_disconnect_by_data (row, self);
  gtk_list_box_remove (list, row);
}

static void
remove_all_rows (ClNegotiationSection *self,
                 GHashTable           *rows,
                 GtkListBox           *list)
{
  GHashTableIter iter;
  gpointer       row;

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      remove_row (self, list, row);
      g_hash_table_iter_remove (&iter);
    }
  update_valid (self);
}

static void
sync_asks (ClNegotiationSection *self)
{
  GListModel *asks;
  g_autoptr(GHashTable) seen = NULL;
  GHashTableIter iter;
  gpointer       key, row;

  if (!has_offer (self))
    {
      remove_all_rows (self, self->ask_rows, self->asks_list);
      return;
    }

  asks = cl_offer_store_get_asks (get_store (self), cl_offer_get_id (self->offer));
  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (asks); i++)
    {
      g_autoptr(ClNegotiationAsk) ask = g_list_model_get_item (asks, i);
      gint64 id = cl_negotiation_ask_get_id (ask);

      if (!g_hash_table_contains (self->ask_rows, &id))
        {
          ClNegotiationAskRow *new_row = cl_negotiation_ask_row_new (self->context, self->offer,
                                                                     ask);

          g_signal_connect_object (new_row, "delete-requested",
                                   G_CALLBACK (ask_delete_requested_cb), self, 0);
          watch_applies (self, cl_negotiation_ask_row_get_applies (new_row));
          gtk_list_box_append (self->asks_list, GTK_WIDGET (new_row));
          g_hash_table_insert (self->ask_rows, g_memdup2 (&id, sizeof id), new_row);
        }
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }

  g_hash_table_iter_init (&iter, self->ask_rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    if (!g_hash_table_contains (seen, key))
      {
        remove_row (self, self->asks_list, row);
        g_hash_table_iter_remove (&iter);
      }
  gtk_list_box_invalidate_sort (self->asks_list);
  update_valid (self);
}

static void
ask_added_cb (ClNegotiationAskDialog *dialog,
              ClNegotiationAsk       *ask,
              ClNegotiationSection   *self)
{
  ClNegotiationAskRow *row;

  sync_asks (self);
  row = g_hash_table_lookup (self->ask_rows, &(gint64){ cl_negotiation_ask_get_id (ask) });
  if (row != NULL)
    focus_widget (GTK_WIDGET (row));
}

static void
add_ask_cb (ClNegotiationSection *self)
{
  GtkRoot                *root = gtk_widget_get_root (GTK_WIDGET (self));
  ClNegotiationAskDialog *dialog;

  if (!has_offer (self))
    return;
  dialog = cl_negotiation_ask_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                          self->context, self->offer);
  g_signal_connect_object (dialog, "ask-added", G_CALLBACK (ask_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rounds --------------------------------------------------------------------- */

static void sync_rounds (ClNegotiationSection *self);

static int
sort_rounds_cb (GtkListBoxRow *a,
                GtkListBoxRow *b,
                gpointer       data)
{
  ClNegotiationRound *x = cl_negotiation_round_row_get_round (CL_NEGOTIATION_ROUND_ROW (a));
  ClNegotiationRound *y = cl_negotiation_round_row_get_round (CL_NEGOTIATION_ROUND_ROW (b));
  gint64              tx = cl_negotiation_round_get_happened_at (x);
  gint64              ty = cl_negotiation_round_get_happened_at (y);

  /* The latest first; of two at once, the one logged last. */
  if (tx == ty)
    {
      tx = cl_negotiation_round_get_id (x);
      ty = cl_negotiation_round_get_id (y);
    }
  return (tx < ty) - (tx > ty);
}

static void
round_undo_cb (AdwToast             *toast,
               ClNegotiationSection *self)
{
  ClNegotiationRound *deleted = g_object_get_data (G_OBJECT (toast), "cl-round");
  gint64              offer_id = toast_offer_id (toast);
  g_autoptr(ClNegotiationRound) round = NULL;
  g_autoptr(GError) error = NULL;
  ClNegotiationRoundRow *row;

  if (self->context == NULL || deleted == NULL)
    return;
  round = cl_negotiation_round_new (cl_negotiation_round_get_happened_at (deleted));
  g_object_set (round, "asked", cl_negotiation_round_get_asked (deleted), "response",
                cl_negotiation_round_get_response (deleted), "outcome",
                cl_negotiation_round_get_outcome (deleted), "offered-base",
                cl_negotiation_round_get_offered_base (deleted), "offered-bonus",
                cl_negotiation_round_get_offered_bonus (deleted), "offered-sign-on",
                cl_negotiation_round_get_offered_sign_on (deleted), "offered-equity",
                cl_negotiation_round_get_offered_equity (deleted), NULL);
  /* Its numbers were written into the offer when it was first logged. */
  if (!cl_offer_store_add_negotiation_round (get_store (self), offer_id, round, FALSE, &error))
    {
      show_error (self, error);
      return;
    }
  sync_rounds (self);
  row = g_hash_table_lookup (self->round_rows,
                             &(gint64){ cl_negotiation_round_get_id (round) });
  if (row != NULL)
    focus_widget (GTK_WIDGET (row));
}

static void
round_delete_requested_cb (ClNegotiationRoundRow *row,
                           ClNegotiationSection  *self)
{
  g_autoptr(ClNegotiationRound) deleted = cl_negotiation_round_copy (
    cl_negotiation_round_row_get_round (row));
  g_autofree char *heading = g_strdup (cl_negotiation_round_row_get_heading (row));
  g_autoptr(GError) error = NULL;
  GtkWidget *next;
  AdwToast  *toast;

  next = gtk_widget_get_next_sibling (GTK_WIDGET (row));
  if (!CL_IS_NEGOTIATION_ROUND_ROW (next))
    next = gtk_widget_get_prev_sibling (GTK_WIDGET (row));
  if (!CL_IS_NEGOTIATION_ROUND_ROW (next))
    next = self->log_button;

  if (!cl_offer_store_delete_negotiation_round (get_store (self),
                                                cl_negotiation_round_row_get_round (row), &error))
    {
      show_error (self, error);
      return;
    }
  focus_widget (next);
  sync_rounds (self);

  /* Translators: a toast after deleting a negotiation round, named by its day and outcome. */
  toast = cl_toast_new_printf (_ ("Round of %s deleted"), heading);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "cl-round", g_steal_pointer (&deleted),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "cl-offer-id",
                          g_memdup2 (&(gint64){ cl_offer_get_id (self->offer) }, sizeof (gint64)),
                          g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (round_undo_cb), self, 0);
  show_toast (self, toast);
}

static void
sync_rounds (ClNegotiationSection *self)
{
  GListModel *rounds;
  g_autoptr(GHashTable) seen = NULL;
  GHashTableIter iter;
  gpointer       key, row;

  if (!has_offer (self))
    {
      remove_all_rows (self, self->round_rows, self->rounds_list);
      return;
    }

  rounds = cl_offer_store_get_negotiation_rounds (get_store (self), cl_offer_get_id (self->offer));
  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(ClNegotiationRound) round = g_list_model_get_item (rounds, i);
      gint64 id = cl_negotiation_round_get_id (round);

      if (!g_hash_table_contains (self->round_rows, &id))
        {
          ClNegotiationRoundRow *new_row = cl_negotiation_round_row_new (self->context,
                                                                         self->offer, round);

          g_signal_connect_object (new_row, "delete-requested",
                                   G_CALLBACK (round_delete_requested_cb), self, 0);
          watch_applies (self, cl_negotiation_round_row_get_applies (new_row));
          gtk_list_box_append (self->rounds_list, GTK_WIDGET (new_row));
          g_hash_table_insert (self->round_rows, g_memdup2 (&id, sizeof id), new_row);
        }
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }

  g_hash_table_iter_init (&iter, self->round_rows);
  while (g_hash_table_iter_next (&iter, &key, &row))
    if (!g_hash_table_contains (seen, key))
      {
        remove_row (self, self->rounds_list, row);
        g_hash_table_iter_remove (&iter);
      }
  gtk_list_box_invalidate_sort (self->rounds_list);
  update_valid (self);
}

static void
round_added_cb (ClNegotiationRoundDialog *dialog,
                ClNegotiationRound       *round,
                ClNegotiationSection     *self)
{
  ClNegotiationRoundRow *row;

  sync_rounds (self);
  row = g_hash_table_lookup (self->round_rows, &(gint64){ cl_negotiation_round_get_id (round) });
  if (row != NULL)
    focus_widget (GTK_WIDGET (row));
}

static void
log_round_cb (ClNegotiationSection *self)
{
  GtkRoot                  *root = gtk_widget_get_root (GTK_WIDGET (self));
  ClNegotiationRoundDialog *dialog;

  if (!has_offer (self))
    return;
  dialog = cl_negotiation_round_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                            self->context, self->offer);
  g_signal_connect_object (dialog, "round-added", G_CALLBACK (round_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Initial → now ------------------------------------------------------------------ */

/* The terms a revision and an offer both keep. */
typedef struct
{
  gint64 base;
  gint64 bonus_bp;
  gint64 bonus;
  gint64 sign_on;
  gint64 equity;
  gint64 shares;
  gint64 price;
} Terms;

static void
terms_of_revision (ClOfferRevision *revision,
                   Terms           *terms)
{
  terms->base = cl_offer_revision_get_base_salary (revision);
  terms->bonus_bp = cl_offer_revision_get_bonus_basis_points (revision);
  terms->bonus = cl_offer_revision_get_bonus_amount (revision);
  terms->sign_on = cl_offer_revision_get_sign_on (revision);
  terms->equity = cl_offer_revision_get_equity_amount (revision);
  terms->shares = cl_offer_revision_get_equity_shares (revision);
  terms->price = cl_offer_revision_get_share_price (revision);
}

static void
terms_of_offer (ClOffer *offer,
                Terms   *terms)
{
  terms->base = cl_offer_get_base_salary (offer);
  terms->bonus_bp = cl_offer_get_bonus_basis_points (offer);
  terms->bonus = cl_offer_get_bonus_amount (offer);
  terms->sign_on = cl_offer_get_sign_on (offer);
  terms->equity = cl_offer_get_equity_amount (offer);
  terms->shares = cl_offer_get_equity_shares (offer);
  terms->price = cl_offer_get_share_price (offer);
}

/* One component of @terms as the user reads it, or NULL for none. */
static char *
describe_component (const Terms *terms,
                    guint        component,
                    const char  *currency)
{
  switch (component)
    {
    case 0:
      return cl_negotiation_format_money (terms->base, currency);
    case 1:
      if (terms->bonus >= 0)
        return cl_negotiation_format_money (terms->bonus, currency);
      if (terms->bonus_bp >= 0)
        {
          g_autofree char *percent = cl_percent_format (terms->bonus_bp);

          /* Translators: a bonus given as a percentage, "15% of base". */
          return g_strdup_printf (_ ("%s of base"), percent);
        }
      return NULL;
    case 2:
      return cl_negotiation_format_money (terms->sign_on, currency);
    case 3:
      if (terms->equity >= 0)
        return cl_negotiation_format_money (terms->equity, currency);
      if (terms->shares >= 0 && terms->price >= 0)
        {
          g_autofree char *shares = cl_shares_format (terms->shares);
          g_autofree char *price = cl_share_price_format (terms->price);

          /* Translators: an equity grant as shares and their price, "1,000 shares × 12.50 USD". */
          return g_strdup_printf (_ ("%s shares × %s %s"), shares, price, currency);
        }
      return NULL;
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
show_revisions (ClNegotiationSection *self)
{
  static const char *const titles[] = {
    N_ ("Base salary"),
    N_ ("Bonus"),
    N_ ("Sign-on bonus"),
    N_ ("Equity grant"),
  };
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  const char *currency;
  Terms       initial, now;

  for (guint i = 0; i < self->revision_rows->len; i++)
    gtk_list_box_remove (self->revisions_list, g_ptr_array_index (self->revision_rows, i));
  g_ptr_array_set_size (self->revision_rows, 0);
  gtk_widget_set_visible (self->revisions_group, FALSE);

  if (!has_offer (self))
    return;
  revisions = cl_offer_store_get_revisions (get_store (self), cl_offer_get_id (self->offer),
                                            &error);
  if (revisions == NULL)
    {
      g_warning ("Could not read the revisions of offer %" G_GINT64_FORMAT ": %s",
                 cl_offer_get_id (self->offer), error->message);
      return;
    }
  if (revisions->len == 0)
    return;

  currency = cl_offer_get_currency (self->offer);
  terms_of_revision (g_ptr_array_index (revisions, 0), &initial);
  terms_of_offer (self->offer, &now);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *before = describe_component (&initial, i, currency);
      g_autofree char *after = describe_component (&now, i, currency);
      g_autofree char *change = NULL;
      GtkWidget       *row;

      if (before == NULL && after == NULL)
        continue;
      if (g_strcmp0 (before, after) == 0)
        /* Translators: a part of an offer that did not change in the negotiation. */
        change = g_strdup_printf (_ ("%s, unchanged"), before);
      else
        /* Translators: a part of an offer as first received and now, "$185,000 → $200,000". */
        change = g_strdup_printf (_ ("%s → %s"), before != NULL ? before : _ ("none"),
                                  after != NULL ? after : _ ("none"));

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ (titles[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), change);
      gtk_list_box_append (self->revisions_list, row);
      g_ptr_array_add (self->revision_rows, row);
    }
  gtk_widget_set_visible (self->revisions_group, self->revision_rows->len > 0);
}

/* Following the store -------------------------------------------------------------- */

static void
negotiation_changed_cb (ClNegotiationSection *self,
                        gint64                offer_id)
{
  if (!has_offer (self) || (offer_id != 0 && offer_id != cl_offer_get_id (self->offer)))
    return;
  show_plan (self);
  sync_asks (self);
  sync_rounds (self);
  show_revisions (self);
  update_checks (self);
}

/* Other offers, market ranges and names: what the checks and the leverage
 * choices say.  The stores connected first, so they have applied it. */
static void
database_changed_cb (ClNegotiationSection *self,
                     ClChangeSet          *change_set)
{
  gboolean offers = cl_change_set_has_table (change_set, CL_TABLE_OFFERS);

  if (!has_offer (self))
    return;
  if (offers || cl_change_set_has_table (change_set, CL_TABLE_APPLICATIONS) ||
      cl_change_set_has_table (change_set, CL_TABLE_COMPANIES))
    {
      fill_leverage (self);
      show_plan (self);
    }
  if (offers)
    show_revisions (self);
  if (offers || cl_change_set_has_table (change_set, CL_TABLE_NEGOTIATION))
    update_checks (self);
}

/* The offer's own currency, title and deadline. */
static void
offer_notify_cb (ClNegotiationSection *self)
{
  show_plan (self);
  update_checks (self);
}

/* The object --------------------------------------------------------------------- */

static void
section_set_offer (ClOfferSection *section,
                   ClContext      *context,
                   ClOffer        *offer)
{
  cl_negotiation_section_set_offer (CL_NEGOTIATION_SECTION (section), context, offer);
}

static void
section_flush (ClOfferSection *section)
{
  cl_negotiation_section_flush (CL_NEGOTIATION_SECTION (section));
}

static char *
section_get_unsaved (ClOfferSection *section)
{
  return cl_negotiation_section_get_unsaved (CL_NEGOTIATION_SECTION (section));
}

static void
section_iface_init (ClOfferSectionInterface *iface)
{
  iface->set_offer = section_set_offer;
  iface->flush = section_flush;
  iface->get_unsaved = section_get_unsaved;
}

static void
cl_negotiation_section_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ClNegotiationSection *self = CL_NEGOTIATION_SECTION (object);

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
cl_negotiation_section_dispose (GObject *object)
{
  ClNegotiationSection *self = CL_NEGOTIATION_SECTION (object);

  if (self->store_signals != NULL)
    {
      g_signal_group_set_target (self->store_signals, NULL);
      g_signal_group_set_target (self->database_signals, NULL);
      g_signal_group_set_target (self->clock_signals, NULL);
      g_signal_group_set_target (self->offer_signals, NULL);
    }
  if (self->ask_rows != NULL)
    remove_all_rows (self, self->ask_rows, self->asks_list);
  if (self->round_rows != NULL)
    remove_all_rows (self, self->round_rows, self->rounds_list);
  g_clear_pointer (&self->ask_rows, g_hash_table_unref);
  g_clear_pointer (&self->round_rows, g_hash_table_unref);
  g_clear_pointer (&self->banners, g_ptr_array_unref);
  g_clear_pointer (&self->revision_rows, g_ptr_array_unref);
  g_clear_pointer (&self->applies, g_ptr_array_unref);
  g_clear_pointer (&self->leverage_ids, g_array_unref);
  g_clear_pointer (&self->leverage_labels, g_strfreev);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->clock_signals);
  g_clear_object (&self->offer_signals);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (object), CL_TYPE_NEGOTIATION_SECTION);

  G_OBJECT_CLASS (cl_negotiation_section_parent_class)->dispose (object);
}

static void
cl_negotiation_section_class_init (ClNegotiationSectionClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cl_negotiation_section_dispose;
  object_class->get_property = cl_negotiation_section_get_property;

  g_object_class_override_property (object_class, PROP_VALID, "valid");

  g_type_ensure (CL_TYPE_NEGOTIATION_ASK_ROW);
  g_type_ensure (CL_TYPE_NEGOTIATION_ROUND_ROW);
  g_type_ensure (CL_TYPE_NEGOTIATION_ASK_DIALOG);
  g_type_ensure (CL_TYPE_NEGOTIATION_ROUND_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/gui/offers/cl-negotiation-section.ui");
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, checks_group);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, checks_box);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, target_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, walk_away_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, leverage_row);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, add_ask_button);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, asks_list);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, points_view);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, points_message);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, log_button);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, rounds_list);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, revisions_group);
  gtk_widget_class_bind_template_child (widget_class, ClNegotiationSection, revisions_list);
  gtk_widget_class_bind_template_callback (widget_class, add_ask_cb);
  gtk_widget_class_bind_template_callback (widget_class, log_round_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static ClInstantApply *
add_apply (ClNegotiationSection *self,
           ClInstantApply       *apply)
{
  g_ptr_array_add (self->applies, apply);
  g_signal_connect_object (apply, "notify::valid", G_CALLBACK (update_valid), self,
                           G_CONNECT_SWAPPED);
  /* Nothing to save into until an offer is shown. */
  cl_instant_apply_block (apply);
  return apply;
}

static void
cl_negotiation_section_init (ClNegotiationSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Negotiation"), -1);

  self->valid = TRUE;
  self->applies = g_ptr_array_new_with_free_func (g_object_unref);
  self->leverage_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->ask_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->round_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->banners = g_ptr_array_new_with_free_func (g_object_unref);
  self->revision_rows = g_ptr_array_new ();
  gtk_list_box_set_sort_func (self->asks_list, sort_asks_cb, NULL, NULL);
  gtk_list_box_set_sort_func (self->rounds_list, sort_rounds_cb, NULL, NULL);

  self->target_apply = add_apply (self, cl_instant_apply_new_for_text (
                                          GTK_WIDGET (self->target_row), _ ("The target total"),
                                          save_target_cb, self, NULL));
  cl_instant_apply_set_check (self->target_apply, check_amount_cb);
  self->walk_away_apply = add_apply (self, cl_instant_apply_new_for_text (
                                             GTK_WIDGET (self->walk_away_row),
                                             _ ("The walk-away point"), save_walk_away_cb, self,
                                             NULL));
  cl_instant_apply_set_check (self->walk_away_apply, check_amount_cb);
  self->leverage_apply = add_apply (self, cl_instant_apply_new_for_value (
                                            GTK_WIDGET (self->leverage_row), "selected",
                                            _ ("The leverage offer"), save_leverage_cb, self,
                                            NULL));
  self->points_apply = add_apply (self, cl_instant_apply_new_for_text (
                                          GTK_WIDGET (self->points_view),
                                          _ ("The talking points"), save_points_cb, self, NULL));
  cl_instant_apply_set_message_label (self->points_apply, self->points_message);
  fill_leverage (self);

  self->store_signals = g_signal_group_new (CL_TYPE_OFFER_STORE);
  g_signal_group_connect_object (self->store_signals, "negotiation-changed",
                                 G_CALLBACK (negotiation_changed_cb), self, G_CONNECT_SWAPPED);
  self->database_signals = g_signal_group_new (CL_TYPE_DATABASE);
  g_signal_group_connect_object (self->database_signals, "changed",
                                 G_CALLBACK (database_changed_cb), self, G_CONNECT_SWAPPED);
  self->clock_signals = g_signal_group_new (CL_TYPE_CLOCK);
  g_signal_group_connect_object (self->clock_signals, "minute-changed",
                                 G_CALLBACK (update_checks), self, G_CONNECT_SWAPPED);
  self->offer_signals = g_signal_group_new (CL_TYPE_OFFER);
  g_signal_group_connect_object (self->offer_signals, "notify", G_CALLBACK (offer_notify_cb),
                                 self, G_CONNECT_SWAPPED);

  cl_negotiation_name_fields (GTK_WIDGET (self));
  cl_a11y_fix_mnemonics_below (GTK_WIDGET (self));
}

GtkWidget *
cl_negotiation_section_new (void)
{
  return g_object_new (CL_TYPE_NEGOTIATION_SECTION, NULL);
}

void
cl_negotiation_section_set_offer (ClNegotiationSection *self,
                                  ClContext            *context,
                                  ClOffer              *offer)
{
  gboolean had, has;

  g_return_if_fail (CL_IS_NEGOTIATION_SECTION (self));
  g_return_if_fail (context == NULL || CL_IS_CONTEXT (context));
  g_return_if_fail (offer == NULL || CL_IS_OFFER (offer));

  if (context == self->context && offer == self->offer)
    return;

  /* What waits for the pause belongs to the offer shown until now. */
  cl_negotiation_section_flush (self);

  had = has_offer (self);
  has = context != NULL && offer != NULL;
  for (guint i = 0; had && i < self->applies->len; i++)
    cl_instant_apply_block (g_ptr_array_index (self->applies, i));

  /* Rows belong to one offer. */
  remove_all_rows (self, self->ask_rows, self->asks_list);
  remove_all_rows (self, self->round_rows, self->rounds_list);

  g_set_object (&self->context, context);
  g_set_object (&self->offer, offer);
  g_signal_group_set_target (self->store_signals, context != NULL ? get_store (self) : NULL);
  g_signal_group_set_target (self->database_signals,
                             context != NULL ? cl_context_get_database (context) : NULL);
  g_signal_group_set_target (self->clock_signals,
                             context != NULL ? cl_context_get_clock (context) : NULL);
  g_signal_group_set_target (self->offer_signals, offer);

  fill_leverage (self);
  if (has)
    {
      show_plan (self);
    }
  else
    {
      for (guint i = 0; i < self->applies->len; i++)
        {
          ClInstantApply *apply = g_ptr_array_index (self->applies, i);

          if (apply == self->leverage_apply)
            cl_instant_apply_show_value (apply, 0);
          else
            cl_instant_apply_show (apply, NULL);
        }
    }
  /* The fields say what this offer's plan says, even the one with the
   * keyboard focus: it was the other offer's text. */
  for (guint i = 0; i < self->applies->len; i++)
    {
      cl_instant_apply_discard (g_ptr_array_index (self->applies, i));
      if (has)
        cl_instant_apply_unblock (g_ptr_array_index (self->applies, i));
    }
  gtk_widget_set_sensitive (self->add_ask_button, has);
  gtk_widget_set_sensitive (self->log_button, has);
  sync_asks (self);
  sync_rounds (self);
  show_revisions (self);
  update_checks (self);
  update_valid (self);
}

ClOffer *
cl_negotiation_section_get_offer (ClNegotiationSection *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_SECTION (self), NULL);

  return self->offer;
}

gboolean
cl_negotiation_section_get_valid (ClNegotiationSection *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_SECTION (self), TRUE);

  return self->valid;
}

void
cl_negotiation_section_flush (ClNegotiationSection *self)
{
  g_autoptr(GPtrArray) applies = NULL;

  g_return_if_fail (CL_IS_NEGOTIATION_SECTION (self));

  applies = all_applies (self);
  cl_instant_apply_flush_all (applies);
}

char *
cl_negotiation_section_get_unsaved (ClNegotiationSection *self)
{
  g_autoptr(GPtrArray) applies = NULL;

  g_return_val_if_fail (CL_IS_NEGOTIATION_SECTION (self), NULL);

  applies = all_applies (self);
  return cl_instant_apply_get_unsaved_all (applies);
}

GPtrArray *
cl_negotiation_section_get_banners (ClNegotiationSection *self)
{
  g_return_val_if_fail (CL_IS_NEGOTIATION_SECTION (self), NULL);

  return self->banners;
}
