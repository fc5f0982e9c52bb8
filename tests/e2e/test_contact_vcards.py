#!/usr/bin/python3
"""e2e: vCards in and out of the Contacts page, as a user does it.

On a sample database (10 applications, 5 contacts, seed 11):
  1. Alt+3 opens the Contacts page; Tab reaches the search, and Ctrl+O asks
     for a file: the path is typed in the file chooser;
  2. the preview ("Import Contacts") lists the file's cards as a screen
     reader hears them: two new people, one that updates a contact of the
     database (the same address, in capitals), one without a name, said
     unreadable with the reason; every name in it is clear;
  3. Return imports: the window goes, the database holds two more
     contacts and the matched one's address once (the toast's words are
     checked by tests/ui/test-contact-import.c: AT-SPI does not always see
     a toast come here);
  3b. by keyboard only, an interaction is logged with an imported person:
     the search finds Grace Hopper, Tab and Return open her page, Tab
     reaches "Log Interaction", Return opens the dialog with the focus in
     its summary, Return saves; the database holds it, and her page says
     when she was last contacted;
  4. Export All Contacts… from the Contacts Menu writes the file named in
     the chooser, which python3-vobject (an independent parser) reads back:
     every contact, by name;
  5. a file of binary garbage says why it cannot be imported, and Escape
     closes that window, nothing written;
  6. Ctrl+Q quits; the app's log must hold no warning or critical."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402
from cltest import pyatspi  # noqa: E402
from test_a11y import ALLOWED  # noqa: E402

SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")


def say(*args):
    print(*args, flush=True)


def key(keys):
    cltest.xdotool("key", "--clearmodifiers", keys)


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def open_window(app, title):
    """Waits for the app's top-level window called title and gives it the keyboard."""
    cltest.wait_until("the %s window" % title, lambda: cltest.x_windows(title=title), timeout=15)

    def lookup():
        for i in range(app.app.childCount):
            window = app.app.getChildAtIndex(i)
            if window is not None and window.name == title and cltest.is_showing(window):
                return window
        return None
    window = cltest.wait_until("the %s window on AT-SPI" % title, lookup, timeout=15)
    cltest.focus_toplevel(app, title)
    return window


def closed_window(app, title):
    cltest.wait_until("the %s window to close" % title,
                      lambda: not cltest.x_windows(title=title), timeout=15)
    cltest.focus_window(app)
    app.check_log()


def choose_file(app, title, path):
    """Types path in the file chooser called title (GTK's own, as there is
    no portal here) and accepts it."""
    chooser = open_window(app, title)
    if title.startswith("Import"):
        # Its location field, where a path is typed.
        key("ctrl+l")
        cltest.wait_until("the location field", lambda: app.find_node(
            lambda n: n.getRoleName() in ("text", "entry") and cltest.is_showing(n), chooser),
            timeout=10)
    else:
        cltest.wait_until("the file name field to have the focus",
                          lambda: app.find_node(lambda n: n.getRoleName() == "text"
                                                and n.name == "Name:" and cltest.is_focused(n),
                                                chooser), timeout=10)
    key("ctrl+a")
    cltest.type_text(path)
    accept = "_Open" if title.startswith("Import") else "_Export"
    cltest.wait_until("%s to be enabled" % accept, lambda: app.find_node(
        lambda n: n.getRoleName() == "push button" and cltest.names_widget(n.name, accept[1:])
        and has_state(n, pyatspi.STATE_SENSITIVE), chooser), timeout=10)
    key("Return")
    closed_window(app, title)


def menu_item(app, label):
    """Opens the Contacts Menu and activates its item label."""
    button = app.wait_for_node("the Contacts Menu button",
                               lambda n: n.getRoleName() in ("push button", "toggle button")
                               and n.name == "Contacts Menu" and cltest.is_showing(n)
                               # The button inside the menu button, which GTK presses.
                               and has_state(n, pyatspi.STATE_FOCUSABLE))
    cltest.do_action(button)
    item = app.wait_for_node("the menu item " + label,
                             lambda n: n.getRoleName() == "menu item" and n.name == label
                             and cltest.is_showing(n), timeout=10)
    cltest.do_action(item)


def count(database, sql, *params):
    return cltest.query(database, sql, *params)[0][0]


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    subprocess.run([SAMPLE_DATA, "--applications", "10", "--contacts", "5", "--seed", "11",
                    database], check=True, capture_output=True)
    name, address = cltest.query(database, "SELECT c.name, e.address FROM contacts c"
                                           " JOIN contact_emails e ON e.contact_id = c.id"
                                           " ORDER BY c.name LIMIT 1")[0]
    n_before = count(database, "SELECT COUNT(*) FROM contacts")
    vcf = os.path.join(workdir, "people.vcf")
    with open(vcf, "w", newline="") as f:
        f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nORG:US Navy\r\n"
                "EMAIL:grace@navy.example\r\nEND:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alan Turing\r\nEND:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Else\r\nEMAIL:%s\r\nEND:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n"
                % address.upper())
    garbage = os.path.join(workdir, "garbage.vcf")
    with open(garbage, "wb") as f:
        f.write(bytes(range(256)) * 4)
    exported = os.path.join(workdir, "exported.vcf")

    app = cltest.App(database)
    try:
        app.find()
        cltest.focus_window(app)

        # 1. The page, the search, Ctrl+O.
        key("alt+3")
        tab = app.wait_for_node("the Contacts tab", lambda n: n.getRoleName() == "page tab"
                                and n.name == "Contacts")
        cltest.wait_until("the Contacts page", lambda: has_state(tab, pyatspi.STATE_SELECTED),
                          timeout=10)
        cltest.tab_to(app, app.window(), "the search", "Search contacts")
        key("ctrl+o")
        choose_file(app, "Import vCards", vcf)

        # 2. The preview.
        dialog = open_window(app, "Import Contacts")
        for row in ("Grace Hopper, US Navy: New", "Alan Turing: New",
                    "Someone Else: Updates %s" % name,
                    "Card 4: Unreadable: This card has no name."):
            app.wait_for_node("the row %r" % row, lambda n, row=row: n.name == row, timeout=10)
        app.wait_for_node("the summary",
                          lambda n: n.name == "2 new, 1 already present, 1 unreadable")
        problems = cltest.naming_problems(dialog, ALLOWED)
        if problems:
            cltest.fail("unclear names in the preview: %r" % problems)
        say("ok: the preview lists 2 new, 1 updating %s, 1 unreadable; every name is clear" % name)

        # 3. Return imports.
        key("Return")
        closed_window(app, "Import Contacts")
        if count(database, "SELECT COUNT(*) FROM contacts") != n_before + 2:
            cltest.fail("expected %d contacts" % (n_before + 2))
        if count(database, "SELECT COUNT(*) FROM contact_emails WHERE address = ? COLLATE NOCASE",
                 address) != 1:
            cltest.fail("%s is there more than once" % address)
        if count(database, "SELECT COUNT(*) FROM contacts WHERE name = 'Someone Else'") != 0:
            cltest.fail("the matching card was added rather than merged")
        say("ok: Return imported 2 contacts and updated %s in place" % name)

        # 3b. An interaction logged by keyboard.
        cltest.tab_to(app, app.window(), "the search", "Search contacts")
        cltest.type_text("grace hopper")
        row = cltest.tab_to(app, app.window(), "Grace Hopper's row", "Grace Hopper, US Navy",
                            roles=("list item",))
        key("Return")
        cltest.tab_to(app, app.window(), "Log Interaction", "Log Interaction",
                      roles=("push button",))
        key("Return")
        open_window(app, "Log Interaction")
        # The focus starts in the summary: typed there, or Return is refused.
        cltest.type_text("Coffee chat about the ML platform team")
        key("Return")
        closed_window(app, "Log Interaction")
        logged = cltest.query(database, "SELECT i.summary FROM interactions i JOIN contacts c"
                                        " ON c.id = i.contact_id WHERE c.name = 'Grace Hopper'")
        if logged != [("Coffee chat about the ML platform team",)]:
            cltest.fail("expected the interaction in the database, found %r" % logged)
        # "Last contacted" was "Never" for the imported card.
        app.wait_for_node("Grace's last contact today", lambda n: n.getRoleName() == "label"
                          and (n.name or "").startswith("Today — "), timeout=10)
        del row
        say("ok: an interaction logged by keyboard alone, and Last contacted says so")

        # 4. Export all, read back by another parser.
        menu_item(app, "Export All Contacts…")
        choose_file(app, "Export All Contacts", exported)
        n_all = count(database, "SELECT COUNT(*) FROM contacts")
        cltest.wait_until("the exported file", lambda: os.path.exists(exported), timeout=10)
        read = subprocess.run(["/usr/bin/python3", "-c",
                               "import sys, vobject\n"
                               "for c in vobject.readComponents(open(sys.argv[1]).read()):\n"
                               "    print(c.version.value, c.fn.value)", exported],
                              capture_output=True, text=True, check=True).stdout.splitlines()
        names = sorted(row[0] for row in cltest.query(database, "SELECT name FROM contacts"))
        if sorted(line.split(" ", 1)[1] for line in read) != names or \
                any(not line.startswith("4.0 ") for line in read):
            cltest.fail("vobject read %r, expected vCard 4.0 cards of %r" % (read, names))
        say("ok: %d contacts exported as vCard 4.0, read back by vobject" % n_all)

        # 5. Garbage: said why, Escape closes, nothing written.
        menu_item(app, "Import vCards…")
        choose_file(app, "Import vCards", garbage)
        open_window(app, "Import Contacts")
        app.wait_for_node("why", lambda n: n.name == "This file is not text, so it holds no "
                          "contact cards (vCard).", timeout=10)
        key("Escape")
        closed_window(app, "Import Contacts")
        if count(database, "SELECT COUNT(*) FROM contacts") != n_all:
            cltest.fail("the garbage changed the contacts")
        say("ok: a file of garbage says why; Escape closes it")

        # 6. Quit.
        key("ctrl+q")
        app.wait_exit()
        app.check_log()
        say("ok: quit with a clean log")
    finally:
        app.close()


if __name__ == "__main__":
    main()
