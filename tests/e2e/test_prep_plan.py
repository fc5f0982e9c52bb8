#!/usr/bin/python3
"""e2e: the Prep Plan page, from a pasted job description to objectives that last.

On a new database:
  1. Alt+2 opens the Prep Plan; "Job Description Keywords" opens the page
     where a description is pasted (typed here, through X);
  2. the terms found are listed ("Feature store", which an objective of
     the sample data covers, among them); "Add" on two others makes two
     objectives, kept with their taxonomy keys;
  3. after quitting and starting again, each objective is listed on its
     domain's page (ML system design; ML fundamentals), as the database says;
  4. on the Coding page, a practice session is logged by keyboard alone
     (Tab to "Log Session…", Enter; Tab to a score, Space; Shift+Tab to the
     dialog's "Log Session", Enter),
     and the trend chart's description goes from the one session logged
     before to two;
and the app logs no warning on the way."""

import os
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402
from cltest import pyatspi  # noqa: E402

SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")
DAY = 86400
DESCRIPTION = ("We train recommender systems in PyTorch and serve them from a feature store; "
               "feature store design is the heart of the job.")


def key(keys):
    cltest.xdotool("key", "--clearmodifiers", keys)


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def show_prep(app):
    switcher = app.wait_for_node("the view switcher", lambda n: n.getRoleName() == "page tab list"
                                 and cltest.is_showing(n))
    tabs = {tab.name: tab for tab in (switcher.getChildAtIndex(i) for i in range(switcher.childCount))}
    key("alt+2")
    cltest.wait_until("the Prep Plan page",
                      lambda: has_state(tabs["Prep Plan"], pyatspi.STATE_SELECTED), timeout=10)


def open_row(app, name):
    """Activates the sidebar row called name, as Enter on it does."""
    row = app.wait_for_node("the %r row" % name, cltest.showing(name, ("list item",)))
    if "activate" in actions(row):
        cltest.do_action(row, "activate")
    else:
        cltest.click(*app.to_screen(*cltest.center(row)))
    return row


def actions(node):
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except Exception:
        return []


def term_row(app, name):
    return app.wait_for_node("the term %r" % name, lambda n: n.getRoleName() == "list item"
                             and n.name == name and cltest.is_showing(n), timeout=15)


def add_term(app, name):
    row = term_row(app, name)
    button = app.find_node(lambda n: n.getRoleName() == "push button"
                           and cltest.names_widget(n.name or "", "Add"), row)
    if button is None:
        cltest.fail("the term %r has no Add button" % name)
    cltest.do_action(button)


def count_new(database):
    """The objectives made from a term (the sample data's have none)."""
    return cltest.query(database, "SELECT count(*) FROM objectives WHERE term_key IS NOT NULL")[0][0]


def add_partner_and_session(database):
    """A partner, and one Coding session of hers three days ago scored 2 on
    the first two default criteria."""
    now = int(time.time())
    with sqlite3.connect(database) as db:
        partnership = db.execute("INSERT INTO practice_partnerships (contact_id, started_at, active)"
                                 " VALUES (1, ?, 1)", (now - 30 * DAY,)).lastrowid
        session = db.execute("INSERT INTO practice_sessions (partnership_id, domain_id, held_at,"
                             " duration_minutes, role) VALUES (?, 1, ?, 60, 'candidate')",
                             (partnership, now - 3 * DAY)).lastrowid
        db.executemany("INSERT INTO practice_scores (session_id, criterion_id, score) VALUES (?, ?, 2)",
                       [(session, 1), (session, 2)])


def trend_chart(app):
    return app.find_node(lambda n: n.getRoleName() == "image" and n.name == "Coding"
                         and cltest.is_showing(n))


def log_session(app, database):
    open_row(app, "Coding")
    chart = cltest.wait_until("the Coding trend chart", lambda: trend_chart(app), timeout=15)
    before = chart.description
    if not before.startswith("Coding: 1 session, 2.0 on"):
        cltest.fail("the trend says %r before the session" % before)
    button = cltest.tab_to(app, app.window(), "Log Session…", "Log Session…",
                           roles=("push button",))
    key("Return")
    dialog = cltest.wait_until("the session dialog", lambda: dialog_node(app), timeout=15)
    level = cltest.tab_to(app, dialog, "the first criterion's 4", "Communication: 4",
                          roles=("toggle button", "push button"))
    key("space")
    cltest.wait_until("the 4 to be chosen", lambda: level.getState().contains(pyatspi.STATE_CHECKED)
                      or level.getState().contains(pyatspi.STATE_PRESSED), timeout=10)
    # Enter on a toggle would toggle it: on to the dialog's button.
    cltest.tab_to(app, dialog, "Log Session", "Log Session", roles=("push button",),
                  key="shift+Tab")
    key("Return")
    cltest.wait_until("the session saved", lambda: cltest.query(
        database, "SELECT count(*) FROM practice_sessions")[0][0] == 2, timeout=15)

    def changed():
        node = trend_chart(app)
        return node is not None and node.description.startswith("Coding: 2 sessions, from 2.0 on")
    cltest.wait_until("the trend to count the session", changed, timeout=15)
    print("ok: logged by keyboard; the trend went from %r to %r" % (before, trend_chart(app).description))
    del button


def dialog_node(app):
    for i in range(app.app.childCount):
        frame = app.app.getChildAtIndex(i)
        if frame is not None and frame.name == "Log Practice Session":
            return frame
    return None


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    subprocess.run([SAMPLE_DATA, "--applications", "0", "--contacts", "2", database],
                   check=True, stdout=subprocess.DEVNULL)
    add_partner_and_session(database)

    app = cltest.App(database)
    try:
        app.find()
        cltest.focus_window(app)
        show_prep(app)
        open_row(app, "Job Description Keywords")
        text = app.wait_for_node("the description field",
                                 cltest.showing("Job description", ("text", "entry")))
        cltest.click(*app.to_screen(*cltest.center(text)))
        cltest.wait_until("the description field to take the focus",
                          lambda: cltest.is_focused(text), timeout=10)
        cltest.type_text(DESCRIPTION)
        term_row(app, "Feature store")
        term_row(app, "Recommender systems")
        term_row(app, "PyTorch")
        print("ok: the pasted description lists Feature store, Recommender systems and PyTorch")

        add_term(app, "Recommender systems")
        cltest.wait_until("the first objective", lambda: count_new(database) == 1, timeout=10)
        add_term(app, "PyTorch")
        cltest.wait_until("the second objective", lambda: count_new(database) == 2, timeout=10)
        saved = cltest.query(database, "SELECT d.key, o.title, o.term_key FROM objectives o"
                             " JOIN prep_domains d ON d.id = o.domain_id"
                             " WHERE o.term_key IS NOT NULL ORDER BY o.id")
        expected = [("ml-system-design", "Prepare Recommender systems", "recommender-systems"),
                    ("ml-fundamentals", "Prepare PyTorch", "pytorch")]
        if saved != expected:
            cltest.fail("the objectives saved are %r, not %r" % (saved, expected))
        print("ok: Add made %s" % saved)
        key("ctrl+q")
        if app.wait_exit() != 0:
            cltest.fail("careerlens did not quit cleanly")
    finally:
        app.close()

    app = cltest.App(database)
    try:
        app.find()
        cltest.focus_window(app)
        show_prep(app)
        for domain, title in (("ML system design", "Prepare Recommender systems"),
                              ("ML fundamentals / deep learning", "Prepare PyTorch")):
            open_row(app, domain)
            app.wait_for_node("%r on the %s page" % (title, domain),
                              lambda n, title=title: n.getRoleName() == "list item"
                              and n.name == title and cltest.is_showing(n), timeout=15)
            print("ok: after a restart %s lists %r" % (domain, title))
        log_session(app, database)
        key("ctrl+q")
        if app.wait_exit() != 0:
            cltest.fail("careerlens did not quit cleanly")
    finally:
        app.close()


if __name__ == "__main__":
    main()
