#!/usr/bin/python3
"""e2e: create an application by keyboard only, quit, start again, find it.

The database starts as an empty file someone made (mode 0644): CareerLens
makes it its database, private (0600).  After a clean quit the .db file alone
holds everything: a copy of it without its -wal has the new application."""

import os
import shutil
import sqlite3
import stat
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402

COMPANY = "Deep Lattice"
ROLE = "Senior ML Engineer"
CARD = "%s — %s, in Wishlist." % (COMPANY, ROLE)


def is_card(node):
    return node.name == CARD


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    open(database, "wb").close()
    os.chmod(database, 0o644)

    app = cltest.App(database)
    try:
        app.find()
        app.wait_for_node("the empty pipeline", lambda n: n.name == "No Applications Yet")
        cltest.focus_window(app)

        cltest.xdotool("key", "--clearmodifiers", "ctrl+n")
        app.wait_for_node("the New Application dialog",
                          lambda n: n.name == "Company" and n.getRoleName() in ("text", "entry"))
        cltest.xdotool("type", "--delay", "20", COMPANY)
        cltest.xdotool("key", "Return")
        cltest.xdotool("type", "--delay", "20", ROLE)
        cltest.xdotool("key", "Return")

        app.wait_for_node("the new card on the board", is_card)
        rows = cltest.wait_until("the application row in the database",
                                 lambda: cltest.query(database,
                                                      "SELECT c.name, a.role, s.name FROM applications a "
                                                      "JOIN companies c ON c.id = a.company_id "
                                                      "JOIN stages s ON s.id = a.stage_id"))
        if rows != [(COMPANY, ROLE, "Wishlist")]:
            cltest.fail("unexpected rows %r" % rows)

        mode = stat.S_IMODE(os.stat(database).st_mode)
        if mode != 0o600:
            cltest.fail("the database made from an empty file has mode %o, not 600" % mode)

        cltest.xdotool("key", "--clearmodifiers", "ctrl+q")
        status = app.wait_exit()
        if status != 0:
            cltest.fail("careerlens exited with %d:\n%s" % (status, app.output()))
    finally:
        app.close()

    # One file: the .db alone, copied as a user would, holds the application.
    copy_dir = tempfile.mkdtemp(prefix="careerlens-e2e-copy-")
    copy = os.path.join(copy_dir, "copy.db")
    shutil.copyfile(database, copy)
    with sqlite3.connect(copy) as db:
        rows = db.execute("SELECT c.name, a.role FROM applications a JOIN companies c ON c.id = a.company_id").fetchall()
    if rows != [(COMPANY, ROLE)]:
        cltest.fail("a copy of the .db alone after quitting holds %r" % rows)
    print("ok: after a clean quit, the .db file alone holds everything")

    again = cltest.App(database)
    try:
        again.find()
        again.wait_for_node("the card after a restart", is_card)
        history = cltest.query(database, "SELECT count(*) FROM stage_history")
        if history != [(1,)]:
            cltest.fail("expected one stage-history row, got %r" % history)
    finally:
        again.close()

    print("ok: created %r by keyboard, found it after a restart" % CARD)


if __name__ == "__main__":
    main()
