#!/usr/bin/python3
"""e2e: the Insights page tells a screen reader what the funnel says.

Writes a small search into a new database — applications whose stage
histories are known, one archived, two rejected at different steps, some
still on the wishlist — and works out here, from those histories and the
rule in the help ("reached a step when its stage, or any stage in its
history, is that step or a later one"), what the funnel must say.  Then:
  - Alt+5 opens Insights; the funnel chart (an image to AT-SPI) is named
    "Funnel" and its description gives those counts and rates;
  - a card moved by keyboard on the board (Alt+1, Alt+Right) changes the
    description, without reopening anything;
  - the "Show as Table" switch shows the funnel as rows that read the same;
and the app logs no warning on the way."""

import os
import subprocess
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402
from cltest import pyatspi  # noqa: E402

SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")
DAY = 86400

# The funnel's steps and the board position of the stage that carries each
# (the default stages: Wishlist 0, Applied 1 … Offer 5, Accepted 6,
# Rejected 7, Withdrawn 8, Ghosted 9).
STEPS = [("Applied", 1), ("Recruiter screen", 2), ("Technical screen", 3), ("Onsite", 4),
         ("Offer", 5), ("Accepted", 6)]

# Each application's stages in the order it went through them; the last is
# where it is now.  (company, stages, archived)
SEARCH = [
    ("Wish One", [0], False),
    ("Wish Two", [0], False),
    ("Applied One", [0, 1], False),
    ("Applied Two", [1], False),
    ("Applied Three", [1], False),
    ("Applied Four", [1], False),
    ("Screen One", [1, 2], False),
    ("Screen Two", [1, 2], False),
    ("Screen Three", [0, 1, 2], False),
    ("Tech One", [1, 2, 3], False),
    ("Tech Two", [1, 2, 3], False),
    ("Tech Archived", [1, 2, 3], True),
    ("Onsite One", [1, 2, 3, 4], False),
    ("Offer One", [1, 2, 3, 4, 5], False),
    ("Accepted One", [1, 2, 3, 4, 5, 6], False),
    ("Rejected Early", [1, 7], False),
    ("Rejected Later", [1, 2, 7], False),
    ("Wish Rejected", [0, 7], False),
]
MOVED = "Applied Two"  # moved on to Recruiter screen by keyboard


def reached(stages):
    """The index of the last funnel step these stages reach, or -1."""
    last = -1
    for position in stages:
        for index, (_label, step_position) in enumerate(STEPS):
            if position == step_position:
                last = max(last, index)
    return last


def funnel_description(search):
    """What the funnel chart must say, worked out from the histories."""
    counts = [sum(1 for _c, stages, _a in search if reached(stages) >= i) for i in range(len(STEPS))]
    parts = []
    for i, (label, _position) in enumerate(STEPS):
        if i == 0 or counts[i - 1] == 0:
            parts.append("%s %d" % (label, counts[i]))
        else:
            parts.append("%s %d (%d %%)" % (label, counts[i], int(counts[i] * 100 / counts[i - 1] + 0.5)))
    return ", ".join(parts), parts


def make_database(workdir):
    database = os.path.join(workdir, "careerlens.db")
    subprocess.run([SAMPLE_DATA, "--applications", "0", "--contacts", "0", database],
                   check=True, stdout=subprocess.DEVNULL)
    now = int(time.time())
    with sqlite3.connect(database) as db:
        stage_ids = dict(db.execute("SELECT position, id FROM stages WHERE archived = 0"))
        used = {}
        for i, (company, stages, archived) in enumerate(SEARCH):
            created = now - 60 * DAY + i * 3600
            company_id = db.execute("INSERT INTO companies (name) VALUES (?)", (company,)).lastrowid
            stage = stages[-1]
            position = used.get(stage, 0)
            used[stage] = position + 1
            application_id = db.execute(
                "INSERT INTO applications (company_id, role, stage_id, position, created_at,"
                " updated_at, archived_at) VALUES (?, 'ML Engineer', ?, ?, ?, ?, ?)",
                (company_id, stage_ids[stage], position, created, created,
                 created + 50 * DAY if archived else None)).lastrowid
            previous = None
            for step, to in enumerate(stages):
                db.execute("INSERT INTO stage_history (application_id, from_stage_id, to_stage_id,"
                           " from_position, to_position, moved_at) VALUES (?, ?, ?, ?, 0, ?)",
                           (application_id, previous, stage_ids[to], None if previous is None else 0,
                            created + step * 3 * DAY))
                previous = stage_ids[to]
    return database


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def key(keys):
    cltest.xdotool("key", "--clearmodifiers", keys)


def funnel_chart(app):
    return app.find_node(lambda n: n.getRoleName() == "image" and n.name == "Funnel"
                         and cltest.is_showing(n))


def wait_for_description(app, expected, what):
    def described():
        chart = funnel_chart(app)
        return chart is not None and chart.description == expected
    try:
        cltest.wait_until(what, described, timeout=15)
    except SystemExit:
        chart = funnel_chart(app)
        print("FAIL: the funnel says %r, not %r" % (chart.description if chart else None, expected),
              file=sys.stderr)
        raise


def show_page(app, keys, title):
    switcher = app.find_node(lambda n: n.getRoleName() == "page tab list" and cltest.is_showing(n))
    tabs = {tab.name: tab for tab in (switcher.getChildAtIndex(i) for i in range(switcher.childCount))}
    key(keys)
    cltest.wait_until("the %s page" % title,
                      lambda: has_state(tabs[title], pyatspi.STATE_SELECTED), timeout=10)


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = make_database(workdir)
    expected, _parts = funnel_description(SEARCH)
    # The numbers as a reader can check them: 15 applied, 10 screened…
    assert expected.startswith("Applied 15, Recruiter screen 10 (67 %)"), expected

    app = cltest.App(database)
    try:
        app.find()
        app.wait_for_card("the board", "%s — ML Engineer, in Applied." % MOVED)
        cltest.focus_window(app)

        show_page(app, "alt+5", "Insights")
        wait_for_description(app, expected, "the funnel's description")
        print("ok: Alt+5 shows the funnel: %s" % expected)

        # A move on the board reaches the page.
        show_page(app, "alt+1", "Pipeline")
        card = app.wait_for_card("the card to move", "%s — ML Engineer, in Applied." % MOVED)
        cltest.click(*app.to_screen(*cltest.center(card)))
        cltest.wait_until("the card's row to take the focus",
                          lambda: has_state(card.parent, pyatspi.STATE_FOCUSED), timeout=10)
        key("alt+Right")
        app.wait_for_card("the moved card", "%s — ML Engineer, in Recruiter screen." % MOVED)
        moved = [(c, s + [2] if c == MOVED else s, a) for c, s, a in SEARCH]
        expected, parts = funnel_description(moved)
        show_page(app, "alt+5", "Insights")
        wait_for_description(app, expected, "the funnel to count the move")
        print("ok: after the move the funnel says: %s" % expected)

        # The same numbers as a table, a row a step.
        switch = app.wait_for_node("the table switch",
                                   lambda n: n.getRoleName() == "check box" and n.name == "Show as Table")
        cltest.do_action(switch, "toggle")
        for part in parts:
            app.wait_for_node("the table row %r" % part,
                              lambda n, part=part: n.getRoleName() == "list item" and n.name == part
                              and cltest.is_showing(n), timeout=10)
        print("ok: the table reads %s" % "; ".join(parts))

        key("ctrl+q")
        status = app.wait_exit()
        if status != 0:
            cltest.fail("careerlens exited with status %d" % status)
    finally:
        app.close()


if __name__ == "__main__":
    main()
