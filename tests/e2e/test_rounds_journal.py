#!/usr/bin/python3
"""e2e: on an application's page, add a round with a day, times and an
interviewer, and a journal entry, typing every value, and check a red flag
(the card on the board shows its badge); quit, start again on the same
database, open the card again and find the round and the entry.

A click puts the focus on the card; from there on it is keys alone: Return
opens the card, Tab goes from control to control (and leaving a field saves
it), Return on Add Round adds one, Return adds the interviewer, Return on
Add Entry adds the entry, Space checks the flag."""

import os
import sys
import tempfile

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402

COMPANY = "Deep Lattice"
ROLE = "ML Engineer"
CARD = "%s — %s, in Wishlist." % (COMPANY, ROLE)
PAGE = "%s at %s" % (ROLE, COMPANY)
ROUND_TITLE = "Coding with the team lead"
INTERVIEWER = "Ana Diaz"
# 2026-11-20 14:00 in the tests' time zone (UTC).
STARTS_AT = 1795183200
ENTRY = "They liked the trie; next time draw it before coding."


def page_window(app):
    def lookup():
        for i in range(app.app.childCount):
            frame = app.app.getChildAtIndex(i)
            if frame is not None and frame.name == PAGE:
                return frame
        return None
    return cltest.wait_until("the application page", lookup)


def tab_and_type(key, text):
    cltest.xdotool("key", key)
    cltest.type_text(text)


def expect_focus(app, root, what, name, roles):
    """Waits for a control called name (there may be several: the focused one)."""
    def focused():
        return app.find_node(lambda n: cltest.showing(name, roles)(n) and cltest.is_focused(n), root)
    cltest.wait_until(what + " to have the focus", focused, timeout=10)


def open_card(app):
    """Clicks the card to put the focus on it, then opens it with Return."""
    card = app.wait_for_card("the card", CARD)
    cltest.click(*app.to_screen(*cltest.center(card)))
    cltest.wait_until("the card's row to take the focus",
                      lambda: card.parent.getState().contains(pyatspi.STATE_FOCUSED), timeout=10)
    cltest.xdotool("key", "Return")
    page = page_window(app)
    cltest.focus_toplevel(app, PAGE)
    return page


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")

    app = cltest.App(database)
    try:
        app.find()
        cltest.focus_window(app)
        cltest.new_application(app, COMPANY, ROLE)
        page = open_card(app)

        # Add Round, by Return: the new round opens with its Kind focused.
        cltest.tab_to(app, page, "Add Round", "Add Round", ("push button",))
        cltest.xdotool("key", "Return")
        cltest.wait_until("the new round",
                          lambda: cltest.query(database, "SELECT count(*) FROM interview_rounds")
                          == [(1,)])
        expect_focus(app, page, "the new round's kind", "Kind", ("combo box",))

        # GTK 4.8 does not tell AT-SPI which text field has the focus, so the
        # buttons and lists between them say where Tab got to.
        tab_and_type("Tab", ROUND_TITLE)      # Title
        tab_and_type("Tab", "2026-11-20")     # Day
        cltest.xdotool("key", "Tab")
        expect_focus(app, page, "the calendar button", "Choose a Day", ("push button",))
        tab_and_type("Tab", "14:00")          # Starts at
        tab_and_type("Tab", "15:30")          # Ends at, or lasts
        cltest.xdotool("key", "Tab")
        expect_focus(app, page, "the round's status", "Status", ("combo box",))
        cltest.wait_until(
            "the round's title, day and times in the database",
            lambda: cltest.query(database, "SELECT title, scheduled_at, duration_minutes "
                                           "FROM interview_rounds")
            == [(ROUND_TITLE, STARTS_AT, 90)])

        tab_and_type("Tab", INTERVIEWER)      # Add an interviewer by name
        cltest.xdotool("key", "Return")
        cltest.wait_until("the interviewer in the database",
                          lambda: cltest.query(database,
                                               "SELECT c.name FROM round_interviewers ri "
                                               "JOIN contacts c ON c.id = ri.contact_id")
                          == [(INTERVIEWER,)])

        # The journal: the entry's text, then Add Entry by Return.
        cltest.tab_to(app, page, "the new entry", "New entry")
        cltest.type_text(ENTRY)
        cltest.tab_to(app, page, "Add Entry", "Add Entry", ("push button",))
        cltest.xdotool("key", "Return")
        cltest.wait_until("the journal entry in the database",
                          lambda: cltest.query(database, "SELECT body FROM journal_entries")
                          == [(ENTRY,)])

        # A red flag, checked by Space: the card on the board shows its badge.
        cltest.tab_to(app, page, "the red flag", "Long hours expected", ("check box",))
        cltest.xdotool("key", "space")
        cltest.wait_until("the red flag in the database",
                          lambda: cltest.query(database, "SELECT kind, checked FROM red_flags")
                          == [("overwork", 1)])
        app.wait_for_node("the card's red flag badge",
                          lambda n: (n.name or "").startswith(CARD) and "1 red flag." in n.name)

        # Quit from the board's window, as the page stays open.
        cltest.focus_window(app)
        cltest.xdotool("key", "--clearmodifiers", "ctrl+q")
        status = app.wait_exit()
        if status != 0:
            cltest.fail("careerlens exited with %d:\n%s" % (status, app.output()))
    finally:
        app.close()

    again = cltest.App(database)
    try:
        again.find()
        cltest.focus_window(again)
        page = open_card(again)
        heading = "1. %s" % ROUND_TITLE
        again.wait_for_node("the round after a restart",
                            lambda n: (n.name or "").startswith(heading) and cltest.is_showing(n))
        again.wait_for_node("its interviewer and time after a restart",
                            lambda n: INTERVIEWER in (n.name or "") + (n.description or "")
                            and "14:00–15:30" in (n.name or "") + (n.description or ""))
        again.wait_for_node("the journal entry after a restart",
                            lambda n: (n.name or "").startswith(ENTRY[:40]) and cltest.is_showing(n))
        cltest.focus_window(again)
        cltest.xdotool("key", "--clearmodifiers", "ctrl+q")
        again.wait_exit()
    finally:
        again.close()

    print("ok: a round (%s, 90 min, with %s) and a journal entry typed on the page, "
          "found after a restart; a red flag checked shows on the card" % (ROUND_TITLE, INTERVIEWER))


if __name__ == "__main__":
    main()
