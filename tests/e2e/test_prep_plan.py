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
and the app logs no warning on the way."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402
from cltest import pyatspi  # noqa: E402

SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")
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


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    subprocess.run([SAMPLE_DATA, "--applications", "0", "--contacts", "0", database],
                   check=True, stdout=subprocess.DEVNULL)

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
        key("ctrl+q")
        if app.wait_exit() != 0:
            cltest.fail("careerlens did not quit cleanly")
    finally:
        app.close()


if __name__ == "__main__":
    main()
