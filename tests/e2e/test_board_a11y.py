#!/usr/bin/python3
"""e2e: what a screen reader is told about the board.

Walks the AT-SPI tree of the real window on a sample database (30
applications, seed 11) and checks against the database that
  - every column, and the list view inside it, is named "Stage, N
    applications" with the stage's name and count, in the stages' order;
  - every row of a column holds a card named "Company — Role, in Stage."
    (then "Level …", "Interest n of 5." as sentences) for an application of that
    stage, in the stage's manual order, and every application has its card;
  - after a card moves by keyboard (Alt+Right) its name says its new stage
    and both columns' names give their new counts."""

import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402

SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")
COLUMN_NAME = re.compile(r"^(?P<stage>.+), (?P<count>\d+) applications?$")

failures = []


def check(what, condition, detail=""):
    if condition:
        return True
    failures.append(what)
    print("FAIL: %s %s" % (what, detail), file=sys.stderr)
    return False


def column_name(stage, count):
    return "%s, %d application%s" % (stage, count, "" if count == 1 else "s")


def board_in_database(database):
    """[(stage_name, [(id, company, role, interest)] in manual order)]."""
    stages = cltest.query(database, "SELECT id, name FROM stages WHERE archived = 0 ORDER BY position")
    board = []
    for stage_id, stage_name in stages:
        rows = cltest.query(database,
                            "SELECT a.id, c.name, a.role, a.interest FROM applications a"
                            " JOIN companies c ON c.id = a.company_id"
                            " WHERE a.stage_id = ? AND a.archived_at IS NULL ORDER BY a.position",
                            stage_id)
        board.append((stage_name, rows))
    return board


def card_names_of(app, list_node):
    """The rows of a list view: the name of each row's card ('' if none)."""
    names = []
    for i in range(list_node.childCount):
        row = list_node.getChildAtIndex(i)
        if row is None or row.getRoleName() != "list item":
            continue
        named = [row.getChildAtIndex(j).name for j in range(row.childCount)
                 if row.getChildAtIndex(j) is not None and row.getChildAtIndex(j).name]
        names.append(named[0] if named else "")
    return names


def check_board(app, database, label):
    expected = board_in_database(database)
    columns = app.columns()
    check("%s: one column per stage" % label, len(columns) == len(expected),
          "%d columns for %d stages" % (len(columns), len(expected)))
    seen_ids = set()

    for (stage_name, rows), (column_name, column, list_node) in zip(expected, columns):
        m = COLUMN_NAME.match(column_name or "")
        check("%s: column %r is named after its stage and count" % (label, column_name),
              m is not None and m.group("stage") == stage_name and int(m.group("count")) == len(rows),
              "expected %r, %d applications" % (stage_name, len(rows)))
        if not check("%s: column %r has a list view" % (label, column_name), list_node is not None):
            continue
        check("%s: the list view of %r is named like its column" % (label, column_name),
              list_node.name == column_name, repr(list_node.name))

        names = card_names_of(app, list_node)
        check("%s: every row of %r holds a named card" % (label, stage_name), all(names), repr(names))
        check("%s: no more cards in %r than applications" % (label, stage_name), len(names) <= len(rows),
              "%d cards, %d applications" % (len(names), len(rows)))
        for name, (app_id, company, role, interest) in zip(names, rows):
            start = "%s — %s, in %s." % (company, role, stage_name)
            check("%s: card %r says company, role and stage" % (label, name),
                  name.startswith(start), "expected it to start with %r" % start)
            if interest > 0:
                check("%s: card %r says the interest" % (label, name),
                      (" Interest %d of 5." % interest) in name)
            seen_ids.add(app_id)

    all_ids = {row[0] for _stage, rows in expected for row in rows}
    check("%s: every application has a card" % label, seen_ids == all_ids,
          "missing %r" % sorted(all_ids - seen_ids))
    return expected


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    subprocess.run([SAMPLE_DATA, "--applications", "30", "--contacts", "5", "--seed", "11", database],
                   check=True, stdout=subprocess.DEVNULL)

    app = cltest.App(database)
    try:
        app.find()
        expected = board_in_database(database)
        first_stage, first_rows = expected[0]
        next_stage = expected[1][0]
        _id, company, role, _interest = first_rows[0]
        app.wait_for_card("the board", "%s — %s, in %s" % (company, role, first_stage))
        cltest.focus_window(app)

        check_board(app, database, "on opening")
        print("ok: columns and cards are named on opening (%d stages)" % len(expected))

        # Move the first card by keyboard; its name must follow it.
        card = app.wait_for_card("the first card", "%s — %s, in %s" % (company, role, first_stage))
        cltest.click(*app.to_screen(*cltest.center(card)))
        cltest.wait_until("the card's row to take the focus",
                          lambda: app.find_node(lambda n: n.getRoleName() == "list item" and n.childCount > 0
                                                and (n.getChildAtIndex(0).name or "").startswith(
                                                    "%s — %s, in %s" % (company, role, first_stage))
                                                and n.getState().contains(cltest.pyatspi.STATE_FOCUSED)),
                          timeout=10)
        cltest.xdotool("key", "--clearmodifiers", "alt+Right")
        app.wait_for_card("the card named after its new stage", "%s — %s, in %s" % (company, role, next_stage))
        cltest.wait_until("the column names to give the new counts",
                          lambda: app.find_node(lambda n: n.name == column_name(first_stage, len(first_rows) - 1)),
                          timeout=10)
        check_board(app, database, "after Alt+Right")
        print("ok: names follow a move")

        cltest.xdotool("key", "--clearmodifiers", "ctrl+q")
        status = app.wait_exit()
        check("careerlens exits cleanly", status == 0, app.output())
    finally:
        app.close()

    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
