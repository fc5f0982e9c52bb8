/* cl-account.c — a job-site account: where, who, for which application
 *
 * The object mirrors a row of `accounts`.  Views edit a copy and hand it to
 * ClAccountStore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-account"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cl-account.h"
#include "cl-model-private.h"

struct _ClAccount
{
  ClModel parent_instance;

  gint64  id;
  char   *uuid;
  char   *site;
  char   *url;
  char   *username;
  gint64  application_id;
  char   *notes;
  gint64  created_at;
};

G_DEFINE_FINAL_TYPE (ClAccount, cl_account, CL_TYPE_MODEL)

static const ClField fields[] = {
  CL_FIELD_ID (ClAccount, id),
  /* Given by the store when the row is added; never edited. */
  { "uuid", "uuid", CL_FIELD_STRING, G_STRUCT_OFFSET (ClAccount, uuid),
    .flags = CL_FIELD_READ_ONLY },
  { "site", "site", CL_FIELD_STRING, G_STRUCT_OFFSET (ClAccount, site),
    .flags = CL_FIELD_REQUIRED | CL_FIELD_TRIM, .max_length = 100, .label = N_ ("The site"),
    .message = N_ ("Enter the site this account is on, such as LinkedIn or Acme Careers.") },
  { "url", "url", CL_FIELD_STRING, G_STRUCT_OFFSET (ClAccount, url),
    .flags = CL_FIELD_TRIM, .check = CL_CHECK_WEB_URL,
    .message = N_ ("The address must start with https:// or http://, name a site and hold no "
                   "spaces, such as https://www.linkedin.com/login.") },
  { "username", "username", CL_FIELD_STRING, G_STRUCT_OFFSET (ClAccount, username),
    .flags = CL_FIELD_TRIM, .max_length = 254, .label = N_ ("The username") },
  { "application-id", "application_id", CL_FIELD_INT64,
    G_STRUCT_OFFSET (ClAccount, application_id), .flags = CL_FIELD_OPTIONAL, .none = 0 },
  { "notes", "notes", CL_FIELD_STRING, G_STRUCT_OFFSET (ClAccount, notes) },
  { "created-at", "created_at", CL_FIELD_INT64, G_STRUCT_OFFSET (ClAccount, created_at),
    .flags = CL_FIELD_READ_ONLY },
};

static void
cl_account_class_init (ClAccountClass *klass)
{
  cl_model_class_set_fields (CL_MODEL_CLASS (klass), "accounts", fields, G_N_ELEMENTS (fields));
}

static void
cl_account_init (ClAccount *self)
{
}

ClAccount *
cl_account_new (const char *site)
{
  return g_object_new (CL_TYPE_ACCOUNT, "site", site, NULL);
}

ClAccount *
cl_account_copy (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), NULL);

  return CL_MODEL_COPY (self, ClAccount);
}

gint64
cl_account_get_id (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), 0);
  return self->id;
}
const char *
cl_account_get_uuid (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), NULL);
  return self->uuid;
}
const char *
cl_account_get_site (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), NULL);
  return self->site;
}
const char *
cl_account_get_url (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), NULL);
  return self->url;
}
const char *
cl_account_get_username (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), NULL);
  return self->username;
}
gint64
cl_account_get_application_id (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), 0);
  return self->application_id;
}
const char *
cl_account_get_notes (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), NULL);
  return self->notes;
}
gint64
cl_account_get_created_at (ClAccount *self)
{
  g_return_val_if_fail (CL_IS_ACCOUNT (self), 0);
  return self->created_at;
}

char *
cl_account_dup_keyring_label (ClAccount *self)
{
  g_autofree char *site = NULL;
  g_autofree char *username = NULL;

  g_return_val_if_fail (CL_IS_ACCOUNT (self), NULL);

  /* What the user typed, as it will be saved. */
  site = g_strstrip (g_strdup (self->site != NULL ? self->site : ""));
  username = g_strstrip (g_strdup (self->username != NULL ? self->username : ""));
  if (*username == '\0')
    /* Translators: the label of a password in GNOME Passwords and Keys; %s
     * is the site, "LinkedIn". */
    return g_strdup_printf (_ ("CareerLens: %s"), site);
  /* Translators: the label of a password in GNOME Passwords and Keys: the
   * site and the username, "CareerLens: LinkedIn (name@example.com)". */
  return g_strdup_printf (_ ("CareerLens: %s (%s)"), site, username);
}
