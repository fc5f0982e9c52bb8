#!/usr/bin/python3
"""e2e: a job-site account and its password, which lives in the keyring alone.

On a new database, with password-clear-seconds set to 2 in a keyfile
GSettings backend and every debug message logged:
  1. Ctrl+Shift+A opens Accounts, Ctrl+N the "Add Account" form, its focus
     in Site; site, address, username and password are typed there by
     keyboard alone (Tab between the fields), Enter saves: the form closes
     once the keyring has the password, and the accounts table has the row
     (site, username, address) but the password in none of its columns;
  2. after quitting and starting again, the LinkedIn row's "Copy Password for
     LinkedIn" button, reached by Tab and pressed with Space, puts the
     password on the X clipboard (as xclip reads it), and the toast says it
     is cleared in 2 seconds;
  3. the clipboard no longer holds it a little later (well before the
     default 30 seconds);
  4. after quitting, no regular file under $HOME, $XDG_RUNTIME_DIR or the
     test's directory (the database, its -wal, the settings keyfile), nor the
     app's logs, holds the password's bytes;
and the app logs no warning on the way."""

import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402

SITE = "LinkedIn"
URL = "https://www.linkedin.com/login"
USERNAME = "ada@example.com"
# Distinctive, so that finding its bytes anywhere means it leaked.
PASSWORD = "Zq7-e2e-horse-CL-5151"
CLEAR_SECONDS = 2
COPY_BUTTON = "Copy Password for %s" % SITE
TOAST = "Password copied; the clipboard is cleared in %d seconds" % CLEAR_SECONDS
ENV = {"GSETTINGS_BACKEND": "keyfile", "G_MESSAGES_DEBUG": "all"}
TEXT_ROLES = ("text", "entry", "password text")


def key(keys):
    cltest.xdotool("key", "--clearmodifiers", keys)


def toplevel(app, title):
    """The app's top-level called title, over AT-SPI, or None."""
    for i in range(app.app.childCount):
        frame = app.app.getChildAtIndex(i)
        if frame is not None and frame.name == title:
            return frame
    return None


def wait_toplevel(app, title):
    cltest.wait_until("the %s window on X" % title,
                      lambda: cltest.x_windows(app.proc.pid, title), timeout=15)
    frame = cltest.wait_until("the %s window on AT-SPI" % title,
                              lambda: toplevel(app, title), timeout=15)
    cltest.focus_toplevel(app, title)
    return frame


def focused_name(app, root):
    node = app.find_node(lambda n: cltest.is_focused(n) and n.getRoleName() != "frame", root)
    return node and "%s %r" % (node.getRoleName(), node.name)


def is_editing(app, row):
    """Whether the text of an AdwEntryRow has the keyboard focus.  GTK 4.8
    says so of no accessible (the row's GtkText has none), but libadwaita
    hides the row's pencil icon while its text is focused: a row without a
    shown image (other than inside its suffix buttons) is being edited."""
    if not cltest.is_showing(row):
        return False
    for node, _parent in app.walk(row, prune=lambda n: n.getRoleName() in ("push button",
                                                                           "toggle button")):
        if node is not row and node.getRoleName() == "image" and cltest.is_showing(node):
            return False
    return True


def editing(app, form):
    """The names of the form's text fields being edited, for messages."""
    return [node.name for node, _parent in app.walk(form)
            if node.getRoleName() in TEXT_ROLES and is_editing(app, node)]


def lengths(app, form):
    return {node.name: node.queryText().characterCount for node, _parent in app.walk(form)
            if node.getRoleName() in TEXT_ROLES}


def tab_to_field(app, form, name, limit=8):
    """Tab until the field called name is being edited, as a keyboard user
    gets there past the rows' suffix buttons (Open Site, the peek button)."""
    row = app.wait_for_node("the %s field" % name, cltest.showing(name, TEXT_ROLES), timeout=15)
    for _ in range(limit):
        if is_editing(app, row):
            return row
        key("Tab")
        deadline = time.monotonic() + 0.4
        while time.monotonic() < deadline and not is_editing(app, row):
            time.sleep(0.02)
    cltest.fail("Tab never reached the %s field (the focus is on %s, fields being edited: %s)"
                % (name, focused_name(app, form), editing(app, form)))


def type_into(app, form, name, text):
    """Types text where the focus is and checks it landed in the field called
    name, and nowhere else."""
    before = lengths(app, form)
    cltest.type_text(text)
    expected = dict(before, **{name: before[name] + len(text)})
    deadline = time.monotonic() + 10
    while lengths(app, form) != expected:
        if time.monotonic() > deadline:
            cltest.fail("typing %d characters into %s left the fields with %r characters, not %r"
                        % (len(text), name, lengths(app, form), expected))
        time.sleep(0.05)


def write_settings():
    """password-clear-seconds=2 in the keyfile the keyfile backend reads."""
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    directory = os.path.join(config, "glib-2.0", "settings")
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, "keyfile")
    with open(path, "w", encoding="utf-8") as f:
        f.write("[com/example/CareerLens]\npassword-clear-seconds=uint32 %d\n" % CLEAR_SECONDS)
    return path


def clipboard():
    """What the X clipboard holds, as xclip reads it; None if nothing."""
    try:
        done = subprocess.run(["xclip", "-o", "-selection", "clipboard"],
                              capture_output=True, timeout=10)
    except subprocess.TimeoutExpired:
        cltest.fail("xclip did not answer within 10 s")
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def quit_app(app, logs):
    """Ctrl+Q in the main window, a clean exit, and the log searched for the
    password.  (Ctrl+Q does nothing in the Accounts window, which is no
    application window; and without a window manager nothing gives a window
    the keyboard back when the one above it closes: park it on the main one.)"""
    cltest.focus_window(app)
    key("ctrl+q")
    status = app.wait_exit()
    if status != 0:
        cltest.fail("careerlens exited with %d:\n%s" % (status, app.output()))
    check_log_clean(app, logs)


def check_log_clean(app, logs):
    """The app's log file (before close() removes it) must not hold the password."""
    app.log.flush()
    with open(app.log.name, "rb") as f:
        data = f.read()
    if PASSWORD.encode() in data:
        cltest.fail("the app's log %s holds the password" % app.log.name)
    if "-DEBUG" not in data.decode("utf-8", errors="replace"):
        cltest.fail("the app's log has no debug messages: G_MESSAGES_DEBUG=all did not apply")
    logs.append((app.log.name, len(data)))


def add_account(app, database):
    cltest.focus_window(app)
    key("ctrl+shift+a")
    wait_toplevel(app, "Accounts")
    app.wait_for_node("the empty Accounts list", cltest.showing("No Accounts"), timeout=15)
    key("ctrl+n")
    form = wait_toplevel(app, "Add Account")
    site = app.wait_for_node("the Site field", cltest.showing("Site", TEXT_ROLES), timeout=15)
    deadline = time.monotonic() + 10
    while not is_editing(app, site):
        if time.monotonic() > deadline:
            cltest.fail("the Add Account form opened with the focus on %s, fields being edited: %s,"
                        " not in Site" % (focused_name(app, form), editing(app, form)))
        time.sleep(0.05)
    type_into(app, form, "Site", SITE)
    print("ok: Ctrl+Shift+A opened Accounts, Ctrl+N the Add Account form, its focus in Site")

    for name, text in (("Address", URL), ("Username", USERNAME), ("Password", PASSWORD)):
        tab_to_field(app, form, name)
        type_into(app, form, name, text)
    print("ok: typed %s, %s, %s and the password (%d characters), Tab between the fields"
          % (SITE, URL, USERNAME, len(PASSWORD)))
    key("Return")

    cltest.wait_until("the Add Account form to close once saved",
                      lambda: not cltest.x_windows(app.proc.pid, "Add Account"), timeout=30)
    rows = cltest.wait_until("the account row in the database", lambda: cltest.query(
        database, "SELECT site, username, url FROM accounts"), timeout=10)
    if rows != [(SITE, USERNAME, URL)]:
        cltest.fail("the accounts table holds %r, not %r" % (rows, [(SITE, USERNAME, URL)]))
    for table, in cltest.query(database, "SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in cltest.query(database, 'SELECT * FROM "%s"' % table.replace('"', '""')):
            for value in row:
                raw = value if isinstance(value, bytes) else str(value).encode()
                if PASSWORD.encode() in raw:
                    cltest.fail("the %s table holds the password in a column" % table)
    app.wait_for_node("the LinkedIn row in Accounts", cltest.showing(SITE, ("list item",)),
                      timeout=15)
    print("ok: typed by keyboard and saved with Enter: accounts holds %r, the password in no column"
          % rows)


def copy_password(app):
    cltest.focus_window(app)
    key("ctrl+shift+a")
    accounts = wait_toplevel(app, "Accounts")
    app.wait_for_node("the LinkedIn row", cltest.showing(SITE, ("list item",)), timeout=15)
    if clipboard() == PASSWORD:
        cltest.fail("the clipboard holds the password before it was copied")
    cltest.tab_to(app, accounts, "the %s button" % COPY_BUTTON, COPY_BUTTON,
                  roles=("push button",), limit=20)
    key("space")
    copied_at = time.monotonic()
    cltest.wait_until("the password on the clipboard", lambda: clipboard() == PASSWORD,
                      timeout=15, interval=0.02)
    seen_at = time.monotonic()
    print("ok: Tab to %r and Space put the password on the clipboard (%.2f s)"
          % (COPY_BUTTON, seen_at - copied_at))
    app.wait_for_node("the toast %r" % TOAST, lambda n: (n.name or "") == TOAST, timeout=15)
    print("ok: the toast says %r: the keyfile setting was read" % TOAST)

    cltest.wait_until("the clipboard to be cleared (within 15 s)", lambda: clipboard() != PASSWORD,
                      timeout=15, interval=0.05)
    cleared_at = time.monotonic()
    left = clipboard()
    # The app's own timeout did it (it says so at debug level).
    cltest.wait_until("the app to log that it cleared the clipboard",
                      lambda: "Clearing the copied password from the clipboard" in app.output(),
                      timeout=10)
    print("ok: the clipboard no longer holds the password %.2f s after Space (xclip reads %s)"
          % (cleared_at - copied_at, "nothing" if left is None else "%d characters" % len(left)))


def files_holding(roots, needle):
    """The regular files under roots whose bytes contain needle, and how many were read."""
    found, count, seen = [], 0, set()
    for root in roots:
        for directory, _dirs, names in os.walk(root):
            for name in names:
                path = os.path.join(directory, name)
                try:
                    if not os.path.isfile(path) or os.path.islink(path):
                        continue
                    real = os.path.realpath(path)
                    if real in seen:
                        continue
                    seen.add(real)
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError:
                    continue
                count += 1
                if needle in data:
                    found.append(path)
    return found, count


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    keyfile = write_settings()
    logs = []

    app = cltest.App(database, env_extra=ENV)
    try:
        app.find()
        add_account(app, database)
        quit_app(app, logs)
    finally:
        app.close()

    app = cltest.App(database, env_extra=ENV)
    try:
        app.find()
        copy_password(app)
        quit_app(app, logs)
    finally:
        app.close()

    roots = [os.path.expanduser("~"), workdir]
    if os.environ.get("XDG_RUNTIME_DIR"):
        roots.append(os.environ["XDG_RUNTIME_DIR"])
    found, count = files_holding(roots, PASSWORD.encode())
    if found:
        cltest.fail("the password is in %s" % ", ".join(found))
    # The search does read what the app wrote: the username is in the database.
    where, _count = files_holding([workdir], USERNAME.encode())
    if not where:
        cltest.fail("the search found the username in no file of %s: it reads nothing" % workdir)
    keyrings = os.path.join(os.path.expanduser("~"), ".local", "share", "keyrings")
    stored = sorted(os.listdir(keyrings)) if os.path.isdir(keyrings) else []
    print("ok: the password is in none of %d files under %s, nor in the app's two logs (%s)"
          % (count, ", ".join(roots), ", ".join("%d bytes" % size for _name, size in logs)))
    print("ok: among them the settings keyfile %s, the keyrings %s, and %s (the username found in %s)"
          % (keyfile, stored or "(none on disk)",
             ", ".join("%s (%d bytes)" % (name, os.path.getsize(os.path.join(workdir, name)))
                       for name in sorted(os.listdir(workdir))),
             ", ".join(os.path.basename(path) for path in where)))


if __name__ == "__main__":
    main()
