#!/usr/bin/python3
"""e2e: create an application by keyboard only, quit, start again, find it."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402

COMPANY = "Deep Lattice"
ROLE = "Senior ML Engineer"
CARD = "%s — %s, in Wishlist" % (COMPANY, ROLE)


def is_card(node):
    return node.name == CARD


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")

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

        cltest.xdotool("key", "--clearmodifiers", "ctrl+q")
        status = app.wait_exit()
        if status != 0:
            cltest.fail("careerlens exited with %d:\n%s" % (status, app.output()))
    finally:
        app.close()

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
