#!/usr/bin/python3
"""e2e: move cards on the board as a user does, and undo.

On a sample database (30 applications, seed 11), with the real pointer:
  (a) drag the first Wishlist card onto the upper half of the third card of
      the next column: it lands between the second and the third;
  (b) drag it down within Wishlist onto the upper half of the third card;
  (c) drag Wishlist's third card up onto the lower half of the first;
each followed by Undo from its toast, checking the database is back exactly;
Escape during a drag, which cancels it; then the same kind of moves by
keyboard: Alt+Right to the next stage's top, Alt+Down one place down,
Ctrl+Z, and Alt+Down with a search on, which swaps places with the next
card shown, not with a hidden one.

After each step the database is read (read-only) and compared with the
expected state, worked out here from the state before: the stage and the
dense positions of every application, the updated times of the cards that
did not move, and exactly one new stage-history row describing the move."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402
import pyatspi  # noqa: E402

SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")
SEARCH = "scientist"    # shows some of Applied's cards, hides those between


def make_database(workdir):
    database = os.path.join(workdir, "careerlens.db")
    subprocess.run([SAMPLE_DATA, "--applications", "30", "--contacts", "5", "--seed", "11", database],
                   check=True, stdout=subprocess.DEVNULL)
    return database


class Board:
    """What the database says the board is."""

    def __init__(self, database):
        self.database = database

    def dump(self):
        """Everything a move or its undo may change."""
        applications = cltest.query(self.database,
                                    "SELECT id, stage_id, position, updated_at FROM applications ORDER BY id")
        history = cltest.query(self.database,
                               "SELECT id, application_id, from_stage_id, to_stage_id, from_position,"
                               " to_position, moved_at FROM stage_history ORDER BY id")
        return applications, history

    def stages(self):
        """Open and closed stages on the board, in order: [(id, name)]."""
        return cltest.query(self.database,
                            "SELECT id, name FROM stages WHERE archived = 0 ORDER BY position")

    def stage_ids(self, stage_id):
        """The ids of the applications of a stage, in manual order."""
        return [row[0] for row in cltest.query(self.database,
                                               "SELECT id FROM applications WHERE stage_id = ?"
                                               " AND archived_at IS NULL ORDER BY position",
                                               stage_id)]

    def card_name(self, application_id):
        """The start of the card's accessible name: "Company — Role, in Stage"."""
        company, role, stage = cltest.query(self.database,
                                            "SELECT c.name, a.role, s.name FROM applications a"
                                            " JOIN companies c ON c.id = a.company_id"
                                            " JOIN stages s ON s.id = a.stage_id WHERE a.id = ?",
                                            application_id)[0]
        return "%s — %s, in %s" % (company, role, stage)


def expected_after(before, application_id, to_stage, to_position):
    """The applications rows after a move, from the rows before: the card
    leaves a dense gap and lands at to_position (clamped) of to_stage."""
    rows = {row[0]: list(row) for row in before}
    from_stage = rows[application_id][1]
    lanes = {}
    for row in sorted(before, key=lambda r: (r[1], r[2])):
        lanes.setdefault(row[1], []).append(row[0])
    lanes[from_stage].remove(application_id)
    lane = lanes.setdefault(to_stage, [])
    lane.insert(min(to_position, len(lane)), application_id)
    for stage in (from_stage, to_stage):
        for position, app_id in enumerate(lanes[stage]):
            rows[app_id][1] = stage
            rows[app_id][2] = position
    return [tuple(rows[k]) for k in sorted(rows)]


def check_move(board, before, application_id, to_stage, to_position, what):
    """Waits for the move to reach the database and checks it was exactly it."""
    apps_before, history_before = before
    from_stage = dict((r[0], r[1]) for r in apps_before)[application_id]
    from_position = dict((r[0], r[2]) for r in apps_before)[application_id]
    expected = expected_after(apps_before, application_id, to_stage, to_position)
    expected_positions = [r[:3] for r in expected]

    def moved():
        state = board.dump()
        return state if [r[:3] for r in state[0]] == expected_positions else None

    apps, history = cltest.wait_until(what + " in the database", moved, timeout=15)

    # Dense positions in both stages, whatever else happened.
    for stage in {from_stage, to_stage}:
        positions = [r[2] for r in sorted((r for r in apps if r[1] == stage), key=lambda r: r[2])]
        if positions != list(range(len(positions))):
            cltest.fail("%s: positions of stage %d are not dense: %r" % (what, stage, positions))

    # Only the moved card's updated time changes.
    for row, old in zip(apps, apps_before):
        if row[0] != application_id and row[3] != old[3]:
            cltest.fail("%s: application %d's updated_at changed too" % (what, row[0]))
        if row[0] == application_id and row[3] < old[3]:
            cltest.fail("%s: updated_at went back in time" % what)

    # Exactly one new history row, and it describes this move.
    if history[:len(history_before)] != history_before:
        cltest.fail("%s: earlier stage history changed:\n%r\n%r" % (what, history_before, history))
    added = history[len(history_before):]
    if len(added) != 1:
        cltest.fail("%s: expected one new stage_history row, got %r" % (what, added))
    _id, app_id, h_from, h_to, h_from_position, h_to_position, _moved_at = added[0]
    if (app_id, h_from, h_to, h_from_position, h_to_position) != \
            (application_id, from_stage, to_stage, from_position, to_position):
        cltest.fail("%s: history row %r does not describe the move %r"
                    % (what, added[0], (application_id, from_stage, to_stage, from_position, to_position)))
    print("ok: %s (application %d: stage %d #%d -> stage %d #%d)"
          % (what, application_id, from_stage, from_position, to_stage, to_position))
    return apps, history


def card_point(app, card, fraction):
    """A screen point at the card's horizontal middle, fraction of its height down."""
    x, y, width, height = cltest.extents(card)
    return app.to_screen(x + width // 2, y + int(height * fraction))


def drag_card(app, board, application_id, target_id, fraction, release=True):
    """Drags one card with the real pointer onto a point of another card."""
    source = app.wait_for_card("the card to drag", board.card_name(application_id))
    target = app.wait_for_card("the card to drop on", board.card_name(target_id))
    start = card_point(app, source, 0.5)
    end = card_point(app, target, fraction)
    stage = cltest.query(board.database, "SELECT s.name FROM applications a JOIN stages s ON s.id = a.stage_id"
                         " WHERE a.id = ?", target_id)[0][0]
    cltest.drag(app, *start, *end, over=stage, release=release)


def undo_button(app):
    """The shown toast's "Undo" push button."""
    def lookup():
        # Pages that are not shown (the Offers page…) are not walked: the toast
        # must be found before it times out, also under the sanitizers.
        for node, _parent in app.walk(prune=lambda n: n.name == "Pipeline board"
                                      or not cltest.is_showing(n)):
            try:
                if cltest.names_widget(node.name, "Undo") and node.getRoleName() == "push button" \
                        and cltest.is_showing(node):
                    return node
            except Exception:
                continue
        return None
    return cltest.wait_until("a toast with an Undo button", lookup, timeout=10)


def click_undo(app):
    """Clicks Undo on the toast shown, and waits for the toast to go."""
    button = undo_button(app)
    cltest.click(*app.to_screen(*cltest.center(button)))
    cltest.wait_until("the clicked toast to go away", lambda: not cltest.is_showing(button), timeout=10)


def wait_for_state(board, state, what):
    cltest.wait_until(what, lambda: board.dump() == state, timeout=15)
    print("ok: " + what)


def wait_for_focus(app, board, application_id):
    """The card's row has the keyboard focus (after a click or a move)."""
    name = board.card_name(application_id)

    def focused():
        for node, parent in app.walk():
            try:
                if parent is not None and parent.getRoleName() == "list item" and node.name.startswith(name):
                    return parent.getState().contains(pyatspi.STATE_FOCUSED)
            except Exception:
                continue
        return False
    cltest.wait_until("the keyboard focus on " + name, focused, timeout=10)


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = make_database(workdir)
    board = Board(database)

    stages = board.stages()
    wishlist, applied = stages[0][0], stages[1][0]
    wish_ids = board.stage_ids(wishlist)
    applied_ids = board.stage_ids(applied)
    if len(wish_ids) < 3 or len(applied_ids) < 6:
        cltest.fail("the sample data changed: Wishlist %r, Applied %r" % (wish_ids, applied_ids))

    app = cltest.App(database, env_extra=cltest.DRAG_LOG)
    try:
        app.find()
        app.wait_for_card("the board", board.card_name(wish_ids[0]))
        cltest.focus_window(app)
        original = board.dump()

        # Each move is undone from its own toast at once: a toast times out.
        # (a) Wishlist's first card onto the upper half of Applied's third.
        drag_card(app, board, wish_ids[0], applied_ids[2], 0.25)
        check_move(board, original, wish_ids[0], applied, 2, "(a) drag to another column, between two cards")
        click_undo(app)
        wait_for_state(board, original, "Undo restores the database exactly as before (a)")

        # (b) Down within Wishlist: onto the upper half of the third card; it
        # lands between the second and the third, #1 once it has left #0.
        drag_card(app, board, wish_ids[0], wish_ids[2], 0.25)
        check_move(board, original, wish_ids[0], wishlist, 1, "(b) drag down within its column, between two cards")
        click_undo(app)
        wait_for_state(board, original, "Undo restores the database exactly as before (b)")

        # (c) Up within Wishlist: the third card onto the lower half of the first.
        drag_card(app, board, wish_ids[2], wish_ids[0], 0.75)
        check_move(board, original, wish_ids[2], wishlist, 1, "(c) drag up within its column, lower half of a card")
        click_undo(app)
        wait_for_state(board, original, "Undo restores the database exactly as before (c)")

        # Escape during a drag cancels it: nothing is dropped, nothing moves.
        drag_card(app, board, wish_ids[0], applied_ids[2], 0.25, release=False)
        mark = len(app.output())
        cltest.xdotool("key", "Escape")
        try:
            cltest.wait_until("Escape to cancel the drag",
                              lambda: "Drag cancelled (by the user)" in app.output()[mark:], timeout=10)
        finally:
            cltest.xdotool("mouseup", 1)
        cltest.wait_until("the drag to end", lambda: "Drag ended: not moved" in app.output()[mark:], timeout=10)
        if board.dump() != original:
            cltest.fail("Escape during a drag still moved the card")
        print("ok: Escape during a drag cancels it")

        # By keyboard: click a card to focus it, Alt+Right, then Alt+Down.
        moving = board.stage_ids(wishlist)[1]
        card = app.wait_for_card("the card to move by keyboard", board.card_name(moving))
        cltest.click(*app.to_screen(*cltest.center(card)))
        wait_for_focus(app, board, moving)
        cltest.xdotool("key", "--clearmodifiers", "alt+Right")
        after_right = check_move(board, original, moving, applied, 0, "Alt+Right moves to the next stage's top")
        wait_for_focus(app, board, moving)
        cltest.xdotool("key", "--clearmodifiers", "alt+Down")
        after_down = check_move(board, after_right, moving, applied, 1, "Alt+Down moves one place down")

        # Ctrl+Z takes back the last move, not only the toast's button.
        cltest.xdotool("key", "--clearmodifiers", "ctrl+z")
        wait_for_state(board, after_right, "Ctrl+Z undoes the last move exactly")
        wait_for_focus(app, board, moving)
        cltest.xdotool("key", "--clearmodifiers", "alt+Down")
        after_down = check_move(board, after_right, moving, applied, 1, "Alt+Down again after the undo")

        # With a search on, Alt+Down swaps places with the card shown below,
        # stepping over the cards the search hides.
        cltest.xdotool("key", "--clearmodifiers", "ctrl+f")
        app.wait_for_node("the search entry",
                          lambda n: n.name == "Search applications" and cltest.is_showing(n))
        cltest.xdotool("type", "--delay", "20", SEARCH)
        cltest.wait_until("the search to hide cards in Applied",
                          lambda: [c for c in app.columns() if c[0].startswith(stages[1][1] + ",")
                                   and "shown" in c[0]])
        shown = [node for name, node in app.cards()
                 if (", in %s." % stages[1][1]) in name and cltest.is_showing(node)]
        if len(shown) < 2:
            cltest.fail("the search %r shows %d cards in Applied" % (SEARCH, len(shown)))
        ids = board.stage_ids(applied)
        by_name = {board.card_name(i): i for i in ids}
        first, second = (next(i for n, i in by_name.items() if node.name.startswith(n + "."))
                         for node in shown[:2])
        if ids.index(second) - ids.index(first) < 2:
            cltest.fail("the sample data changed: no hidden card between %d and %d" % (first, second))
        cltest.click(*app.to_screen(*cltest.center(shown[0])))
        wait_for_focus(app, board, first)
        cltest.xdotool("key", "--clearmodifiers", "alt+Down")
        check_move(board, after_down, first, applied, ids.index(second),
                   "Alt+Down with a search on steps over hidden cards")

        cltest.xdotool("key", "--clearmodifiers", "ctrl+q")
        status = app.wait_exit()
        if status != 0:
            cltest.fail("careerlens exited with %d:\n%s" % (status, app.output()))
    finally:
        app.close()


if __name__ == "__main__":
    main()
