#!/usr/bin/python3
"""e2e: every view tells a screen reader one clear name per thing.

Starts the real window on a sample database (30 applications, 5 contacts,
seed 11), opens each view as a user would, mostly by keyboard, and walks its AT-SPI
subtree: the main window on each of its five pages, the board with its search
bar and filter popover open, a card's context menu, the New Application
dialog, the New Offer dialog and an offer's delete confirmation, the offers compared and the exchange
rate dialog, an application's page with its menu and delete confirmation, the
stage editor, the keyboard shortcuts window, and the toast a move shows.  A problem is
  - a control (button, check box, field, menu item, list item, tab…) that is
    shown and has no name;
  - any name that is doubled ("Undo Undo"), holds a mnemonic underscore
    ("_Cancel") or is a type name ("GtkImage"), GTK 4.8's name for what has
    none.
Each is printed as "FAIL: <where>: <role> <name> <problem>"; the test fails
at the end if there was any."""

import os
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402
from cltest import pyatspi  # noqa: E402

SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")

# What GTK 4.8 and libadwaita 1.2 build inside their own widgets and name by
# its type, for want of a name: (role, name, inside), inside being the role
# or the name of an ancestor (None: anywhere).  No API reaches these, and our
# code makes none of them: each is the library's.
SHORTCUTS = "Keyboard Shortcuts"  # GtkShortcutsWindow, ours by title only
STAGE_EDITOR = "Stages"  # an AdwPreferencesWindow
ALLOWED = {
    # Private types: only the libraries make them.
    ("filler", "AdwGizmo", None),
    ("filler", "AdwIndicatorBin", None),
    ("filler", "GtkBuiltinIcon", None),  # check marks and arrows
    ("filler", "GtkPopoverContent", None),
    ("filler", "AdwToastWidget", None),
    ("filler", "AdwBin", "AdwToastWidget"),
    # Every GtkScrolledWindow's scroll bars, and the range inside each.
    ("scroll bar", "GtkScrollbar", "scroll pane"),
    ("filler", "GtkRange", "scroll bar"),
    # A view switcher's button: a stack of two layouts, each with its icon.
    ("panel", "GtkStackPage", "page tab"),
    ("image", "GtkImage", "page tab"),
    # AdwViewSwitcherTitle (and AdwMessageDialog's responses) squeeze their
    # parts in an AdwSqueezer; the title's own window title; the action bar
    # of AdwViewSwitcherBar.  We make no squeezer nor action bar.
    ("filler", "AdwSqueezer", None),
    ("filler", "AdwWindowTitle", "AdwSqueezer"),
    ("filler", "GtkActionBar", None),
    # An entry row's pencil icon.
    ("image", "GtkImage", "text"),
    # A combo row's arrow and the list showing its value; a drop-down's stack
    # and item.
    ("image", "GtkImage", "combo box"),
    ("list", "GtkListView", "combo box"),
    ("list item", "", "combo box"),
    ("panel", "GtkStackPage", "combo box"),
    ("filler", "GtkListItemWidget", "combo box"),
    # A popover menu's stack of submenus.
    ("panel", "GtkStackPage", "menu"),
    # The shortcuts window: its stacks, the keys of each shortcut, the icon
    # of its search page, and its pages, titled "_1", "_2"… for a switcher.
    ("panel", "GtkStackPage", SHORTCUTS),
    ("filler", "GtkShortcutLabel", SHORTCUTS),
    ("image", "GtkImage", SHORTCUTS),  # and that of its search's status page
    ("panel", "_1", SHORTCUTS),
    # A preferences window: its leaflet, header, search and search results.
    ("filler", "AdwLeaflet", STAGE_EDITOR),
    ("filler", "AdwViewSwitcherTitle", STAGE_EDITOR),
    ("filler", "AdwViewSwitcherBar", STAGE_EDITOR),
    ("entry", "GtkSearchEntry", STAGE_EDITOR),
    ("panel", "GtkStackPage", STAGE_EDITOR),
    ("list", "GtkListBox", STAGE_EDITOR),
}

failures = []
# Where no control is looked for: the board's lists and the view switchers.
BULKY_ROLES = ("list", "page tab list")


def say(*args):
    print(*args, flush=True)


def check(where, root):
    """Prints each naming problem under root once, with how many nodes have it."""
    problems = cltest.naming_problems(root, ALLOWED)
    for problem in sorted(set(problems), key=problems.index):
        role, name, what = problem
        count = problems.count(problem)
        say("FAIL: %s: %s %r %s%s" % (where, role, name, what,
                                      " (%d times)" % count if count > 1 else ""))
    failures.extend(problems)
    if not problems:
        say("ok: %s: every name is clear" % where)


def key(keys):
    cltest.xdotool("key", "--clearmodifiers", keys)


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def showing_node(app, role, name, root=None):
    """The shown node of that role and name under root (the main window),
    or None; the board's lists and the view switchers are not looked in."""
    for node, _parent in app.walk(root, prune=lambda n: n.getRoleName() in BULKY_ROLES):
        try:
            if node.getRoleName() == role and node.name == name and cltest.is_showing(node):
                return node
        except Exception:
            continue
    return None


def ancestor(node, role):
    """node's nearest ancestor (or node itself) of that role, or None."""
    while node is not None and node.getRoleName() != role:
        node = node.parent
    return node


def top_level(app, name=None):
    """The app's shown top-level window called name, or else any but the
    main window; None if there is none."""
    for i in range(app.app.childCount):
        window = app.app.getChildAtIndex(i)
        if window is None or not cltest.is_showing(window):
            continue
        if window.name == name or (name is None and window.name != "CareerLens"):
            return window
    return None


def close_window(app, what, name):
    """Closes the top-level window called name with Escape, and waits until
    the main window is the only one the app shows."""
    key("Escape")
    cltest.wait_x_windows(what + " to close", app.proc.pid, 1, timeout=10)
    cltest.focus_window(app)


def focus_card(app, prefix):
    """Clicks the card whose name starts with prefix; waits for its row to have the focus."""
    card = app.wait_for_card("the card " + prefix, prefix)
    cltest.click(*app.to_screen(*cltest.center(card)))
    cltest.wait_until("the card's row to take the focus",
                      lambda: has_state(card.parent, pyatspi.STATE_FOCUSED), timeout=10)


def first_card(database):
    """(company, role, stage) of the first card of the first stage."""
    return cltest.query(database,
                        "SELECT c.name, a.role, s.name FROM applications a"
                        " JOIN companies c ON c.id = a.company_id"
                        " JOIN stages s ON s.id = a.stage_id"
                        " WHERE s.archived = 0 AND a.archived_at IS NULL"
                        " ORDER BY s.position, a.position LIMIT 1")[0]


def check_pages(app, width="", switcher=None):
    """The main window on each page, switched to by keyboard (Alt+1…Alt+5)."""
    window = app.window()
    if switcher is None:
        switcher = app.find_node(lambda n: n.getRoleName() == "page tab list"
                                 and cltest.is_showing(n))
    tabs = {tab.name: tab for tab in (switcher.getChildAtIndex(i)
                                      for i in range(switcher.childCount))}
    check("main window%s, Pipeline page" % width, window)
    for keys, title in (("alt+2", "Prep Plan"), ("alt+3", "Contacts"), ("alt+4", "Offers"),
                        ("alt+5", "Insights"), ("alt+1", "Pipeline")):
        key(keys)
        cltest.wait_until("the %s page" % title,
                          lambda: has_state(tabs[title], pyatspi.STATE_SELECTED), timeout=10)
        if title != "Pipeline":
            check("main window%s, %s page" % (width, title), window)


def quit_app(app, where=""):
    """Ctrl+Q, and the exit status it ends with."""
    key("ctrl+q")
    status = app.wait_exit()
    if status != 0:
        say("FAIL: careerlens%s exited with status %d" % (where, status))
        failures.append(status)


def check_narrow(database):
    """The five pages again in a window 360 px wide, a new launch: the pages
    fold to one column and the view switcher moves to the bottom bar.  The
    Offers page is shown wide first, so that its list and offer fold while
    it is hidden (GTK 4.8 once drew a frame without an allocation then)."""
    app = cltest.App(database)
    try:
        app.find()
        cltest.focus_window(app)
        key("alt+4")
        compare = app.wait_for_node("the Offers page's Compare Offers toggle",
                                    lambda n: n.getRoleName() in ("push button", "toggle button")
                                    and n.name == "Compare Offers" and cltest.is_showing(n))
        key("alt+1")
        cltest.wait_until("the Pipeline page", lambda: not cltest.is_showing(compare), timeout=10)
        cltest.xdotool("windowsize", cltest.x_window(app.proc.pid), 360, 720)
        window = app.window()
        cltest.wait_until("the window 360 px wide",
                          lambda: window.queryComponent().getExtents(pyatspi.WINDOW_COORDS).width
                          <= 400, timeout=10)

        def bottom_switcher():
            return app.find_node(lambda n: n.getRoleName() == "page tab list"
                                 and cltest.is_showing(n)
                                 and n.queryComponent().getExtents(pyatspi.WINDOW_COORDS).y > 500)
        switcher = cltest.wait_until("the view switcher bar", bottom_switcher, timeout=10)
        check_pages(app, " at 360 px", switcher)
        quit_app(app, " at 360 px")
    finally:
        app.close()


def check_search_and_filters(app):
    """The search bar (Ctrl+F), then the filter popover its Filters button opens."""
    entry = app.find_node(lambda n: n.getRoleName() == "entry" and n.name == "Search applications")
    key("ctrl+f")
    cltest.wait_until("the search bar", lambda: cltest.is_showing(entry), timeout=10)
    search_bar = ancestor(entry, "form")
    check("search bar", search_bar)

    filters = app.find_node(lambda n: n.getRoleName() == "push button" and n.name == "Filters"
                            and has_state(n, pyatspi.STATE_FOCUSABLE), search_bar)
    cltest.do_action(filters)
    # The menu button holds the (focusable) button it shows and its popover.
    menu_button = filters.parent
    reset = cltest.wait_until("the filter popover",
                              lambda: showing_node(app, "push button", "Reset Filters",
                                                   menu_button),
                              timeout=10)
    popover = reset
    while popover.parent is not None and popover.parent != menu_button:
        popover = popover.parent
    check("filter popover", popover)

    key("Escape")
    cltest.wait_until("the filter popover to close", lambda: not cltest.is_showing(popover),
                      timeout=10)
    # Ctrl+F toggles the bar (Escape closes it from the entry only); the
    # header's Search button is pressed while it is open.
    search = app.find_node(lambda n: n.getRoleName() == "push button" and n.name == "Search")
    key("ctrl+f")
    cltest.wait_until("the search bar to close",
                      lambda: not has_state(search, pyatspi.STATE_PRESSED), timeout=10)


def check_card_menu(app, prefix):
    """A card's context menu (Shift+F10 on the card)."""
    focus_card(app, prefix)
    key("shift+F10")
    item = cltest.wait_until("the card menu", lambda: showing_node(app, "menu item", "Archive"),
                             timeout=10)
    menu = ancestor(item, "menu")
    check("card menu", menu)
    key("Escape")
    cltest.wait_until("the card menu to close", lambda: not cltest.is_showing(menu), timeout=10)


def check_window(app, where, keys):
    """A window opened by keyboard, then closed with Escape."""
    key(keys)
    window = cltest.wait_until(where, lambda: top_level(app), timeout=10)
    name = window.name
    check("%s (%s %r)" % (where, window.getRoleName(), name), window)
    close_window(app, where, name)


def other_window(app, *names):
    """A shown top-level window of the app called none of names, or None."""
    for i in range(app.app.childCount):
        window = app.app.getChildAtIndex(i)
        if window is not None and cltest.is_showing(window) and window.name not in names:
            return window
    return None


def check_offers(app):
    """The Offers page's New Offer dialog and an offer's delete confirmation,
    each opened from its button."""
    key("alt+4")
    for what, button_name in (("New Offer dialog", "New Offer"),
                              ("offer delete confirmation", "Delete Offer")):
        button = cltest.wait_until("the %s button" % button_name,
                                   lambda: showing_node(app, "push button", button_name),
                                   timeout=10)
        cltest.do_action(button)
        window = cltest.wait_until(what, lambda: top_level(app), timeout=10)
        name = window.name
        check("%s (%s %r)" % (what, window.getRoleName(), name), window)
        close_window(app, what, name)
    check_comparison(app)
    key("alt+1")


def check_comparison(app):
    """The offers side by side, from the header's toggle, and the exchange
    rate dialog opened from it."""
    window = app.window()
    # GTK 4.8 shows a toggle button as a push button, pressed or not.
    toggle = cltest.wait_until("the Compare Offers toggle",
                               lambda: showing_node(app, "push button", "Compare Offers"),
                               timeout=10)
    cltest.do_action(toggle)
    cltest.wait_until("the offers compared",
                      lambda: showing_node(app, "list item", "Offers compared")
                      or showing_node(app, "push button", "Add Rate…"), timeout=10)
    check("main window, offers compared", window)
    button = cltest.wait_until("the Add Rate button",
                               lambda: showing_node(app, "push button", "Add Rate…"), timeout=10)
    cltest.do_action(button)
    dialog = cltest.wait_until("the exchange rate dialog", lambda: top_level(app), timeout=10)
    name = dialog.name
    check("exchange rate dialog (%s %r)" % (dialog.getRoleName(), name), dialog)
    close_window(app, "the exchange rate dialog", name)
    cltest.do_action(toggle)


ROUND_TITLE = "Pair programming"
ENTRY = "Practise graph problems"


def add_round_and_entry(database, company, role):
    """A round and a journal entry for the first card, whose page is walked."""
    with sqlite3.connect(database) as db:
        (app_id,) = db.execute("SELECT a.id FROM applications a JOIN companies c"
                               " ON c.id = a.company_id WHERE c.name = ? AND a.role = ?",
                               (company, role)).fetchone()
        db.execute("INSERT INTO interview_rounds (application_id, position, kind, title,"
                   " scheduled_at, duration_minutes) VALUES (?, 0, 'coding', ?, 1796000000, 60)",
                   (app_id, ROUND_TITLE))
        db.execute("INSERT INTO journal_entries (application_id, written_at, kind, body)"
                   " VALUES (?, 1796000000, 'lesson', ?)", (app_id, ENTRY))


def check_page_rows(app, page, title):
    """A round and a journal entry, opened by keyboard (Tab, then Return):
    their fields are built when a row first opens, and are walked too."""
    cltest.focus_toplevel(app, title)
    cltest.tab_to(app, page, "the round", "1. " + ROUND_TITLE, ("list item",))
    key("Return")
    cltest.wait_until("the round's fields",
                      lambda: app.find_node(cltest.showing("Kind", ("combo box",)), page),
                      timeout=10)
    cltest.tab_to(app, page, "the journal entry", ENTRY, ("list item",))
    key("Return")
    cltest.wait_until("the entry's fields",
                      lambda: app.find_node(cltest.showing("Kind of entry", ("combo box",)), page)
                      or app.find_node(lambda n: (n.name or "").startswith("Make a Learning")
                                       and cltest.is_showing(n), page),
                      timeout=10)
    check("application page, a round and a journal entry open", page)


def check_page(app, prefix, company, role):
    """An application's page (Return on its card), titled "role at company";
    its menu, and the confirmation its Delete… item asks for (Escape: no)."""
    title = "%s at %s" % (role, company)
    focus_card(app, prefix)
    key("Return")
    page = cltest.wait_until("the application page", lambda: top_level(app, title), timeout=10)
    check("application page", page)
    check_page_rows(app, page, title)

    menu = app.find_node(lambda n: n.getRoleName() == "push button"
                         and n.name == "Application Menu"
                         and has_state(n, pyatspi.STATE_FOCUSABLE), page)
    cltest.do_action(menu)
    item = cltest.wait_until("the page's menu",
                             lambda: showing_node(app, "menu item", "Delete…", page), timeout=10)
    check("application page menu", ancestor(item, "menu"))
    cltest.do_action(item)
    dialog = cltest.wait_until("the delete confirmation",
                               lambda: other_window(app, "CareerLens", title), timeout=10)
    check("delete confirmation", dialog)
    key("Escape")
    cltest.wait_until("the delete confirmation to close",
                      lambda: other_window(app, "CareerLens", title) is None, timeout=10)
    cltest.wait_until("the page to stay", lambda: top_level(app, title) is not None, timeout=10)
    close_window(app, "the application page", title)


def check_stage_fields(app, editor, database):
    """Each stage's name field is named after its stage, not by the count
    its row's title shows ("10 applications")."""
    stages = [name for (name,) in cltest.query(database,
                                               "SELECT name FROM stages WHERE archived = 0")]
    fields = [node.name for node, _parent in app.walk(editor) if node.getRoleName() == "text"]
    for name in fields:
        if name != "New stage name" and not any(name.startswith(stage + " stage, ")
                                                for stage in stages):
            say("FAIL: stage editor: text %r does not name its stage" % name)
            failures.append(name)
    if len(fields) != len(stages) + 1:
        say("FAIL: stage editor: %d fields for %d stages" % (len(fields) - 1, len(stages)))
        failures.append(fields)
    else:
        say("ok: stage editor: each of the %d stage fields names its stage" % len(stages))


def check_stage_editor(app, database):
    """The board's menu (Board Options), then the stage editor (its Edit Stages… item)."""
    options = app.find_node(lambda n: n.getRoleName() == "push button" and n.name == "Board Options"
                            and has_state(n, pyatspi.STATE_FOCUSABLE))
    cltest.do_action(options)
    item = cltest.wait_until("the board menu",
                             lambda: showing_node(app, "menu item", "Edit Stages…",
                                                  options.parent),
                             timeout=10)
    check("board menu", ancestor(item, "menu"))
    cltest.do_action(item)
    editor = cltest.wait_until("the stage editor", lambda: top_level(app, "Stages"), timeout=10)
    check("stage editor", editor)
    check_stage_fields(app, editor, database)
    close_window(app, "the stage editor", "Stages")


def check_toast(app, prefix):
    """The toast a move by keyboard (Alt+Right) shows, with its Undo button."""
    focus_card(app, prefix)
    key("alt+Right")

    def find_toast():
        # Looked up again until found whole: the tree may change under a slow build.
        undo = showing_node(app, "push button", "Undo")
        node = undo.parent if undo is not None else None
        while node is not None and app.find_node(
                lambda n: (n.name or "").startswith("Moved "), node) is None:
            node = node.parent
        return node

    toast = cltest.wait_until("the toast with its Undo button", find_toast, timeout=10)
    check("toast", toast)


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    subprocess.run([SAMPLE_DATA, "--applications", "30", "--contacts", "5", "--seed", "11",
                    database], check=True, stdout=subprocess.DEVNULL)
    company, role, stage = first_card(database)
    add_round_and_entry(database, company, role)
    prefix = "%s — %s, in %s." % (company, role, stage)

    app = cltest.App(database)
    try:
        app.find()
        app.wait_for_card("the board", prefix)
        cltest.focus_window(app)

        check_pages(app)
        check_search_and_filters(app)
        check_card_menu(app, prefix)
        check_window(app, "New Application dialog", "ctrl+n")
        check_offers(app)
        check_page(app, prefix, company, role)
        check_stage_editor(app, database)
        check_window(app, "keyboard shortcuts", "ctrl+question")
        check_toast(app, prefix)
        quit_app(app)
    finally:
        app.close()
    check_narrow(database)

    if failures:
        say("FAIL: %d problems" % len(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
