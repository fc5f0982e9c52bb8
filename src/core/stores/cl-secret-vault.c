/* cl-secret-vault.c — account passwords in the Secret Service, and nowhere else
 *
 * Each call is one GTask over libsecret's asynchronous "password" API.  The
 * error it ends with is turned into a sentence for people and, unless the
 * caller cancelled, becomes the vault's "problem".  Nothing here logs a
 * secret, nor keeps one longer than the call that carries it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "careerlens-secret-vault"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "cl-secret-vault.h"

struct _ClSecretVault
{
  GObject parent_instance;

  char   *problem;
  guint   n_busy;
  guint   n_forgetting;
};

G_DEFINE_FINAL_TYPE (ClSecretVault, cl_secret_vault, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PROBLEM,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  FORGET_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ATTRIBUTE_UUID "account-uuid"
#define ATTRIBUTE_SITE "site"
#define ATTRIBUTE_USERNAME "username"

static const SecretSchema *
account_schema (void)
{
  static const SecretSchema schema = {
    CL_SECRET_VAULT_SCHEMA_NAME,
    SECRET_SCHEMA_NONE,
    {
      { ATTRIBUTE_UUID, SECRET_SCHEMA_ATTRIBUTE_STRING },
      { ATTRIBUTE_SITE, SECRET_SCHEMA_ATTRIBUTE_STRING },
      { ATTRIBUTE_USERNAME, SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

/* What the keyring knows the account by: its UUID, and site and username
 * as saved (trimmed), so that people can find it in Passwords and Keys. */
static GHashTable *
account_attributes (ClAccount *account)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *username = cl_account_get_username (account);

  g_hash_table_insert (attributes, (gpointer) ATTRIBUTE_UUID,
                       g_strdup (cl_account_get_uuid (account)));
  g_hash_table_insert (attributes, (gpointer) ATTRIBUTE_SITE,
                       g_strstrip (g_strdup (cl_account_get_site (account))));
  g_hash_table_insert (attributes, (gpointer) ATTRIBUTE_USERNAME,
                       g_strstrip (g_strdup (username != NULL ? username : "")));
  return attributes;
}

static GHashTable *
uuid_attributes (const char *uuid)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  g_hash_table_insert (attributes, (gpointer) ATTRIBUTE_UUID, g_strdup (uuid));
  return attributes;
}

/* Problems ------------------------------------------------------------------- */

/* Why the keyring could not be used, for people, as the middle of "Passwords
 * can't be saved: …, and CareerLens will not keep them anywhere else".
 * NULL with no error stands for a prompt that was dismissed. */
static char *
describe_problem (const GError *error)
{
  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED))
    return g_strdup (_ ("the keyring is locked and was not unlocked"));
  if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SPAWN_CHILD_EXITED))
    return g_strdup (_ ("no keyring (Secret Service) is running on this desktop"));
  if (error->domain == G_IO_ERROR)
    return g_strdup (_ ("CareerLens cannot reach the desktop’s session bus to talk to a keyring"));
  /* Translators: %s is the keyring's own message. */
  return g_strdup_printf (_ ("the keyring answered “%s”"), error->message);
}

static char *
problem_sentence (const char *problem)
{
  /* Translators: %s says why, "no keyring (Secret Service) is running on
   * this desktop". */
  return g_strdup_printf (_ ("Passwords can’t be saved: %s, and CareerLens will not keep them "
                             "anywhere else."),
                          problem);
}

char *
cl_secret_vault_dup_problem_sentence (ClSecretVault *self)
{
  g_return_val_if_fail (CL_IS_SECRET_VAULT (self), NULL);

  return self->problem != NULL ? problem_sentence (self->problem) : NULL;
}

static void
set_problem (ClSecretVault *self,
             const char    *problem)
{
  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

static void
set_busy (ClSecretVault *self,
          gboolean       busy)
{
  gboolean was_busy = self->n_busy > 0;

  if (busy)
    self->n_busy++;
  else if (self->n_busy > 0)
    self->n_busy--;
  if (was_busy != (self->n_busy > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Ends @task after libsecret said @ok with @error (taken, may be NULL):
 * success clears the problem, a failure sets it and returns an error that
 * says all of it — unless the caller cancelled, which is no problem. */
static void
finish_task (GTask   *task,
             gboolean ok,
             GError  *error)
{
  ClSecretVault   *self = g_task_get_source_object (task);
  GCancellable    *cancellable = g_task_get_cancellable (task);
  g_autofree char *problem = NULL;
  g_autofree char *sentence = NULL;

  set_busy (self, FALSE);
  if (ok)
    {
      set_problem (self, NULL);
      g_clear_error (&error);
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (cancellable != NULL && g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (&error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s",
                               _ ("Cancelled"));
      return;
    }

  problem = describe_problem (error);
  g_clear_error (&error);
  set_problem (self, problem);
  sentence = problem_sentence (problem);
  g_task_return_error (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, sentence));
}

static GTask *
start_task (ClSecretVault      *self,
            GCancellable       *cancellable,
            gpointer            source_tag,
            GAsyncReadyCallback callback,
            gpointer            user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  set_busy (self, TRUE);
  return task;
}

/* Checking -------------------------------------------------------------------- */

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(SecretService) service = NULL;
  GError *error = NULL;

  service = secret_service_get_finish (result, &error);
  finish_task (task, service != NULL, error);
}

void
cl_secret_vault_check_async (ClSecretVault      *self,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  GTask *task;

  g_return_if_fail (CL_IS_SECRET_VAULT (self));

  task = start_task (self, cancellable, cl_secret_vault_check_async, callback, user_data);
  /* Opening a session makes the service answer (or be found missing). */
  secret_service_get (SECRET_SERVICE_OPEN_SESSION, cancellable, check_done_cb, task);
}

gboolean
cl_secret_vault_check_finish (ClSecretVault *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Storing ---------------------------------------------------------------------- */

static void
store_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError  *error = NULL;
  gboolean ok = secret_password_store_finish (result, &error);

  finish_task (task, ok, error);
}

void
cl_secret_vault_store_async (ClSecretVault      *self,
                             ClAccount          *account,
                             const char         *secret,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *label = NULL;
  GTask           *task;

  g_return_if_fail (CL_IS_SECRET_VAULT (self));
  g_return_if_fail (CL_IS_ACCOUNT (account));
  g_return_if_fail (cl_account_get_uuid (account) != NULL);
  g_return_if_fail (secret != NULL && *secret != '\0');

  task = start_task (self, cancellable, cl_secret_vault_store_async, callback, user_data);
  attributes = account_attributes (account);
  label = cl_account_dup_keyring_label (account);
  secret_password_storev (account_schema (), attributes, SECRET_COLLECTION_DEFAULT, label, secret,
                          cancellable, store_done_cb, task);
}

gboolean
cl_secret_vault_store_finish (ClSecretVault *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Looking up ------------------------------------------------------------------- */

static void
lookup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char   *secret = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    {
      finish_task (task, FALSE, error);
      return;
    }
  set_busy (g_task_get_source_object (task), FALSE);
  set_problem (g_task_get_source_object (task), NULL);
  g_task_return_pointer (task, secret, (GDestroyNotify) secret_password_free);
}

void
cl_secret_vault_lookup_async (ClSecretVault      *self,
                              const char         *uuid,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_autoptr(GHashTable) attributes = NULL;
  GTask *task;

  g_return_if_fail (CL_IS_SECRET_VAULT (self));
  g_return_if_fail (uuid != NULL);

  task = start_task (self, cancellable, cl_secret_vault_lookup_async, callback, user_data);
  attributes = uuid_attributes (uuid);
  secret_password_lookupv (account_schema (), attributes, cancellable, lookup_done_cb, task);
}

char *
cl_secret_vault_lookup_finish (ClSecretVault *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  GTask *task = G_TASK (result);

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  /* A boolean result is finish_task()'s error. */
  if (g_task_had_error (task))
    {
      g_task_propagate_boolean (task, error);
      return NULL;
    }
  return g_task_propagate_pointer (task, error);
}

void
cl_secret_vault_free_secret (char *secret)
{
  if (secret != NULL)
    secret_password_free (secret);
}

/* Clearing -------------------------------------------------------------------- */

static void
clear_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE with no error: there was nothing to remove, which is fine. */
  secret_password_clear_finish (result, &error);
  finish_task (task, error == NULL, error);
}

static void
clear_attributes_async (ClSecretVault      *self,
                        GHashTable         *attributes,
                        gpointer            source_tag,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  GTask *task = start_task (self, cancellable, source_tag, callback, user_data);

  secret_password_clearv (account_schema (), attributes, cancellable, clear_done_cb, task);
}

void
cl_secret_vault_clear_async (ClSecretVault      *self,
                             const char         *uuid,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_autoptr(GHashTable) attributes = NULL;

  g_return_if_fail (CL_IS_SECRET_VAULT (self));
  g_return_if_fail (uuid != NULL);

  attributes = uuid_attributes (uuid);
  clear_attributes_async (self, attributes, cl_secret_vault_clear_async, cancellable, callback,
                          user_data);
}

gboolean
cl_secret_vault_clear_finish (ClSecretVault *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Relabelling ------------------------------------------------------------------- */

/* lookup (by UUID) → store under the new attributes → clear the old item
 * (matched by all its old attributes, so never the new one).  The password
 * exists in the keyring at every step. */
typedef struct
{
  GHashTable *old_attributes;
  ClAccount  *after;
} Relabel;

static void
relabel_free (gpointer data)
{
  Relabel *relabel = data;

  g_hash_table_unref (relabel->old_attributes);
  g_object_unref (relabel->after);
  g_free (relabel);
}

static void
relabel_cleared_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  set_busy (g_task_get_source_object (task), FALSE);
  if (!cl_secret_vault_clear_finish (CL_SECRET_VAULT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
relabel_stored_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ClSecretVault *self = g_task_get_source_object (task);
  Relabel       *relabel = g_task_get_task_data (task);
  GError        *error = NULL;

  if (!cl_secret_vault_store_finish (self, result, &error))
    {
      set_busy (self, FALSE);
      g_task_return_error (task, error);
      return;
    }
  clear_attributes_async (self, relabel->old_attributes, cl_secret_vault_relabel_async,
                          g_task_get_cancellable (task), relabel_cleared_cb,
                          g_object_ref (task));
}

static void
relabel_looked_up_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ClSecretVault *self = g_task_get_source_object (task);
  Relabel       *relabel = g_task_get_task_data (task);
  GError        *error = NULL;
  char          *secret = cl_secret_vault_lookup_finish (self, result, &error);

  if (secret == NULL)
    {
      set_busy (self, FALSE);
      if (error != NULL)
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE); /* no password: nothing to move */
      return;
    }
  cl_secret_vault_store_async (self, relabel->after, secret, g_task_get_cancellable (task),
                               relabel_stored_cb, g_object_ref (task));
  cl_secret_vault_free_secret (secret);
}

void
cl_secret_vault_relabel_async (ClSecretVault      *self,
                               ClAccount          *before,
                               ClAccount          *after,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GHashTable) new_attributes = NULL;
  GHashTable    *old_attributes;
  gboolean       same = TRUE;
  GHashTableIter iter;
  gpointer       key, value;
  Relabel       *relabel;

  g_return_if_fail (CL_IS_SECRET_VAULT (self));
  g_return_if_fail (CL_IS_ACCOUNT (before));
  g_return_if_fail (CL_IS_ACCOUNT (after));
  g_return_if_fail (g_strcmp0 (cl_account_get_uuid (before), cl_account_get_uuid (after)) == 0);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cl_secret_vault_relabel_async);
  old_attributes = account_attributes (before);
  new_attributes = account_attributes (after);
  g_hash_table_iter_init (&iter, old_attributes);
  while (same && g_hash_table_iter_next (&iter, &key, &value))
    same = g_strcmp0 (value, g_hash_table_lookup (new_attributes, key)) == 0;
  if (same)
    {
      g_hash_table_unref (old_attributes);
      g_task_return_boolean (task, TRUE);
      return;
    }

  relabel = g_new0 (Relabel, 1);
  relabel->old_attributes = old_attributes;
  relabel->after = g_object_ref (after);
  g_task_set_task_data (task, relabel, relabel_free);
  /* Busy from the first step to the last. */
  set_busy (self, TRUE);
  cl_secret_vault_lookup_async (self, cl_account_get_uuid (before), cancellable,
                                relabel_looked_up_cb, g_steal_pointer (&task));
}

gboolean
cl_secret_vault_relabel_finish (ClSecretVault *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Forgetting ------------------------------------------------------------------- */

static void
forget_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ClSecretVault   *self = CL_SECRET_VAULT (source);
  g_autofree char *uuid = user_data;
  g_autoptr(GError) error = NULL;
  GApplication *application = g_application_get_default ();

  if (!cl_secret_vault_clear_finish (self, result, &error))
    {
      /* Translators: %s says why, "the keyring is locked and was not
       * unlocked". */
      g_autofree char *message = g_strdup_printf (
        _ ("The deleted account’s password could not be removed from the keyring: %s. Passwords "
           "and Keys can remove it."),
        self->problem != NULL ? self->problem : error->message);

      g_signal_emit (self, signals[FORGET_FAILED], 0, uuid, message);
    }
  self->n_forgetting--;
  if (application != NULL)
    g_application_release (application);
  g_object_unref (self);
}

void
cl_secret_vault_forget (ClSecretVault *self,
                        const char    *uuid)
{
  GApplication *application = g_application_get_default ();

  g_return_if_fail (CL_IS_SECRET_VAULT (self));
  g_return_if_fail (uuid != NULL);

  /* Quitting now would leave the password behind. */
  if (application != NULL)
    g_application_hold (application);
  self->n_forgetting++;
  cl_secret_vault_clear_async (g_object_ref (self), uuid, NULL, forget_done_cb, g_strdup (uuid));
}

guint
cl_secret_vault_get_n_forgetting (ClSecretVault *self)
{
  g_return_val_if_fail (CL_IS_SECRET_VAULT (self), 0);
  return self->n_forgetting;
}

/* The object ------------------------------------------------------------------- */

const char *
cl_secret_vault_get_problem (ClSecretVault *self)
{
  g_return_val_if_fail (CL_IS_SECRET_VAULT (self), NULL);
  return self->problem;
}

gboolean
cl_secret_vault_get_busy (ClSecretVault *self)
{
  g_return_val_if_fail (CL_IS_SECRET_VAULT (self), FALSE);
  return self->n_busy > 0;
}

static void
cl_secret_vault_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ClSecretVault *self = CL_SECRET_VAULT (object);

  switch (prop_id)
    {
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->n_busy > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cl_secret_vault_finalize (GObject *object)
{
  ClSecretVault *self = CL_SECRET_VAULT (object);

  g_free (self->problem);
  G_OBJECT_CLASS (cl_secret_vault_parent_class)->finalize (object);
}

static void
cl_secret_vault_class_init (ClSecretVaultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cl_secret_vault_get_property;
  object_class->finalize = cl_secret_vault_finalize;

  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* (uuid, message): a deleted account's password could not be removed. */
  signals[FORGET_FAILED] = g_signal_new ("forget-failed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                         G_TYPE_STRING, G_TYPE_STRING);
}

static void
cl_secret_vault_init (ClSecretVault *self)
{
}

ClSecretVault *
cl_secret_vault_new (void)
{
  return g_object_new (CL_TYPE_SECRET_VAULT, NULL);
}
