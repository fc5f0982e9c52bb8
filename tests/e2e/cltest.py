"""Helpers for the end-to-end tests: run the real careerlens binary and drive
it as a user would, over AT-SPI and real X input.  Every wait polls for a
condition with a deadline; nothing sleeps for a fixed time to let things happen."""

import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time

import pyatspi

BINARY = os.environ.get("CAREERLENS_BIN", "careerlens")


def fail(message):
    print("FAIL:", message, file=sys.stderr)
    sys.exit(1)


def wait_until(what, check, timeout=30.0, interval=0.05):
    """Polls check() until it returns something truthy; fails after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            fail("timed out waiting for " + what)
        time.sleep(interval)


# What GLib prints for a warning or a critical: any of them fails a test.
LOG_PROBLEMS = ("-WARNING **", "-CRITICAL **", "Gtk-WARNING", "Gtk-CRITICAL", "GLib-GObject-WARNING",
                "GLib-GObject-CRITICAL", "Adwaita-WARNING", "Adwaita-CRITICAL")


def log_problems(text):
    """The lines of a log that report a warning or a critical."""
    return [line for line in text.splitlines() if any(p in line for p in LOG_PROBLEMS)]


class App:
    """One running careerlens process on a given database.  Its log must stay
    free of warnings and criticals: close() fails the test otherwise."""

    def __init__(self, database, *extra_args, env_extra=None):
        self.database = database
        self.log = tempfile.NamedTemporaryFile(prefix="careerlens-e2e-", suffix=".log", delete=False)
        env = dict(os.environ)
        env.update(env_extra or {})
        self.proc = subprocess.Popen([BINARY, "--database", database, *extra_args],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self.app = None

    def find(self):
        """The AT-SPI application object, once its window is registered."""
        desktop = pyatspi.Registry.getDesktop(0)

        def lookup():
            desktop.clear_cache()
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is None:
                    continue
                try:
                    if app.get_process_id() != self.proc.pid:
                        continue
                    for j in range(app.childCount):
                        frame = app.getChildAtIndex(j)
                        if frame is not None and frame.name == "CareerLens":
                            return app
                except Exception:
                    continue
            if self.proc.poll() is not None:
                fail("careerlens exited early with status %s:\n%s" % (self.proc.returncode, self.output()))
            return None

        self.app = wait_until("the CareerLens window on AT-SPI", lookup)
        return self.app

    def window(self):
        for j in range(self.app.childCount):
            frame = self.app.getChildAtIndex(j)
            if frame is not None and frame.name == "CareerLens":
                return frame
        return None

    def find_node(self, predicate, root=None):
        """Depth-first search of the accessible tree for a node matching predicate."""
        root = root or self.app
        stack = [root]
        while stack:
            node = stack.pop()
            try:
                if predicate(node):
                    return node
                count = node.childCount
            except Exception:
                continue
            for i in range(count - 1, -1, -1):
                try:
                    child = node.getChildAtIndex(i)
                except Exception:
                    child = None
                if child is not None:
                    stack.append(child)
        return None

    def wait_for_node(self, what, predicate, timeout=30.0):
        return wait_until(what, lambda: self.find_node(predicate), timeout)

    def walk(self, root=None, prune=None):
        """Every node under root (the window by default), depth first in
        child order, as (node, parent) pairs; nodes that vanish are skipped,
        and so is what is under a node for which prune(node) is true."""
        root = root or self.window()
        stack = [(root, None)]
        while stack:
            node, parent = stack.pop()
            try:
                count = node.childCount
                yield node, parent
                if prune is not None and prune(node):
                    continue
            except Exception:
                continue
            children = []
            for i in range(count):
                try:
                    child = node.getChildAtIndex(i)
                except Exception:
                    child = None
                if child is not None:
                    children.append((child, node))
            stack.extend(reversed(children))

    def cards(self):
        """The cards the board has built, as (name, node) in board order.  A
        GtkListView row is a nameless "list item"; the card inside it carries
        the name.  Rows scrolled far out of view do not exist at all."""
        found = []
        for node, parent in self.walk():
            try:
                if parent is not None and parent.getRoleName() == "list item" and node.name:
                    found.append((node.name, node))
            except Exception:
                continue
        return found

    def card(self, prefix):
        """The shown card whose accessible name starts with prefix, or None."""
        for name, node in self.cards():
            if name.startswith(prefix) and is_showing(node):
                return node
        return None

    def wait_for_card(self, what, prefix, timeout=30.0):
        return wait_until(what, lambda: self.card(prefix), timeout)

    def columns(self):
        """The board's columns as (name, node, list_node): each column and the
        list view inside it are labelled "Stage, N applications"."""
        board = self.find_node(lambda n: n.name == "Pipeline board")
        if board is None:
            return []
        found = []
        for i in range(board.childCount):
            column = board.getChildAtIndex(i)
            if column is None:
                continue
            lists = [n for n, _ in self.walk(column) if n.getRoleName() == "list"]
            found.append((column.name, column, lists[0] if lists else None))
        return found

    def window_origin(self):
        """Where the window's (0, 0) of AT-SPI's WINDOW_COORDS is on the X
        screen.  GTK draws client-side decorations: the X window is larger
        than the frame AT-SPI reports by _GTK_FRAME_EXTENTS (shadow or resize
        border), so window coordinates are not quite pointer coordinates."""
        wid = x_window(self.proc.pid)
        geometry = dict(line.split("=", 1) for line in
                        subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid],
                                       capture_output=True, text=True, check=True).stdout.split())
        x, y = int(geometry["X"]), int(geometry["Y"])
        prop = subprocess.run(["xprop", "-id", wid, "_GTK_FRAME_EXTENTS"],
                              capture_output=True, text=True).stdout
        if "=" in prop:
            left, _right, top, _bottom = (int(v) for v in prop.split("=", 1)[1].split(","))
        else:
            frame = extents(self.window())
            left = (int(geometry["WIDTH"]) - frame[2]) // 2
            top = (int(geometry["HEIGHT"]) - frame[3]) // 2
        return x + left, y + top

    def to_screen(self, x, y):
        ox, oy = self.window_origin()
        return ox + int(x), oy + int(y)

    def wait_exit(self, timeout=30.0):
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            fail("careerlens did not exit:\n" + self.output())

    def output(self):
        self.log.flush()
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def check_log(self):
        problems = log_problems(self.output())
        if problems:
            fail("careerlens logged warnings or criticals:\n" + "\n".join(problems))

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        problems = log_problems(self.output())
        # CLTEST_KEEP_LOG=1 keeps the app's log to read after a failure.
        if os.environ.get("CLTEST_KEEP_LOG"):
            print("log kept:", self.log.name, file=sys.stderr)
        else:
            os.unlink(self.log.name)
        if problems and sys.exc_info()[0] is None:
            fail("careerlens logged warnings or criticals:\n" + "\n".join(problems))


def xdotool(*args):
    subprocess.run(["xdotool", *(str(a) for a in args)], check=True)


def x_window(pid=None):
    """The X window id of the visible top-level named CareerLens."""
    args = ["xdotool", "search", "--onlyvisible", "--name", "^CareerLens$"]
    if pid is not None:
        args[2:2] = ["--all", "--pid", str(pid)]
    found = wait_until("an X window named CareerLens",
                       lambda: subprocess.run(args, capture_output=True, text=True).stdout.split())
    return found[0]


def x_windows(pid=None, title=None):
    """The ids of the visible X windows of process pid (top-levels and
    popups), or called title, or both."""
    args = ["xdotool", "search", "--all", "--onlyvisible"]
    if pid is not None:
        args += ["--pid", str(pid)]
    if title is not None:
        args += ["--name", "^%s$" % re.escape(title)]
    return subprocess.run(args, capture_output=True, text=True).stdout.split()


def wait_x_windows(what, pid, count, timeout=30.0):
    """Waits until process pid shows count X windows.  Asking X, not AT-SPI,
    is on purpose: GTK 4.8 can crash (a NULL object path) when a client lists
    the app's windows over AT-SPI while one of them is being hidden."""
    wait_until(what, lambda: len(x_windows(pid)) == count, timeout=timeout)


def type_text(text):
    xdotool("type", "--delay", "15", text)


def new_application(app, company, role):
    """A new application by keyboard: Ctrl+N, the company, Return, the role,
    Return; waits for its card in Wishlist."""
    xdotool("key", "--clearmodifiers", "ctrl+n")
    app.wait_for_node("the New Application dialog",
                      lambda n: n.name == "Company" and n.getRoleName() in ("text", "entry"))
    type_text(company)
    xdotool("key", "Return")
    type_text(role)
    xdotool("key", "Return")
    app.wait_for_card("the card of " + company, "%s — %s, in Wishlist." % (company, role))


def extents(node):
    """(x, y, width, height) of node in window coordinates."""
    e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return e.x, e.y, e.width, e.height


def center(node):
    x, y, width, height = extents(node)
    return x + width // 2, y + height // 2


def is_showing(node):
    """Visible with a real size: rows a list view keeps for later have none.
    (GTK 4.8 reports "visible" but never "showing".)"""
    try:
        if not node.getState().contains(pyatspi.STATE_VISIBLE):
            return False
        _x, _y, width, height = extents(node)
        return width > 0 and height > 0
    except Exception:
        return False


def click(x, y, button=1):
    """A real click at screen coordinates (x, y)."""
    xdotool("mousemove", x, y)
    xdotool("click", button)


# The board logs each step of a drag at debug level (careerlens-stage-column):
# the drag helpers wait for those lines instead of sleeping.
DRAG_LOG = {"G_MESSAGES_DEBUG": "careerlens-stage-column"}


def drag(app, x1, y1, x2, y2, over, steps=12, release=True):
    """A real pointer drag from (x1, y1) to (x2, y2), in screen coordinates,
    of a card in an App started with env_extra=DRAG_LOG.  It waits until the
    app says the drag began, then until it says the pointer is over the stage
    named over, and releases the button (unless release is False: then the
    caller ends the drag, with Escape for instance, and must release it)."""
    mark = len(app.output())

    def logged(text):
        return lambda: text in app.output()[mark:]

    xdotool("mousemove", x1, y1)
    xdotool("mousedown", 1)
    try:
        # GTK starts a drag after motion past its threshold: nudge until it has.
        nudge = 0

        def began():
            nonlocal nudge
            if "Drag began: " in app.output()[mark:]:
                return True
            nudge += 2
            xdotool("mousemove", x1, y1 + min(nudge, 24))
            return False
        wait_until("the drag to begin", began, timeout=10, interval=0.02)
        for i in range(1, steps + 1):
            xdotool("mousemove", x1 + (x2 - x1) * i // steps, y1 + (y2 - y1) * i // steps)
        wait_until("the pointer over %s" % over, logged("Drop point: %s, " % over), timeout=10)
    except BaseException:
        xdotool("mouseup", 1)
        raise
    if release:
        xdotool("mouseup", 1)
        wait_until("the drag to end", logged("Drag ended: "), timeout=10)


def names_widget(name, label):
    """Whether an accessible name is that of a widget showing label.  GTK 4.8
    names a button with a mnemonic label "_Undo Undo": the raw label, then
    the label's text."""
    return name.replace("_", "", 1) in (label, "%s %s" % (label, label))


def do_action(node, name="click"):
    """Runs the accessible action called name (GTK 4.8 buttons offer "click")."""
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            return action.doAction(i)
    fail("%s %r has no %r action" % (node.getRoleName(), node.name, name))


def focus_window(app):
    """Without a window manager X focus follows the pointer: park it on the window."""
    xdotool("mousemove", *app.to_screen(200, 200))
    subprocess.run(["xdotool", "windowfocus", "--sync", x_window(app.proc.pid)], check=False)


def query(database, sql, *params):
    with sqlite3.connect("file:%s?mode=ro" % database, uri=True) as db:
        return db.execute(sql, params).fetchall()


# Accessible names, as a screen reader would read them out

# The roles (as GTK 4.8 reports them) of what a user can act on: each must say what it is.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "menu item",
    "check menu item", "radio menu item", "text", "entry", "password text", "spin button",
    "combo box", "list item", "page tab", "slider", "switch", "link",
}
# GTK 4.8 names what has no name of its own by its type: "GtkImage", "AdwGizmo",
# or one of ours, "ClPipelineView".
TYPE_NAME = re.compile(r"^(Gtk|Adw|Cl)[A-Z]")
# A mnemonic left in: "_Cancel", "Re_set Filters".
MNEMONIC = re.compile(r"_[^\W_]")


def is_doubled(name):
    """Whether name is the same words twice: "Undo Undo", "X, Y X, Y"."""
    words = name.split()
    half = len(words) // 2
    return half > 0 and len(words) % 2 == 0 and words[:half] == words[half:]


def name_problem(role, name, showing):
    """What is wrong with a node's name ('' if nothing)."""
    if not name:
        return "is empty" if role in INTERACTIVE_ROLES and showing() else ""
    if TYPE_NAME.match(name):
        return "is a type name"
    if MNEMONIC.search(name):
        return "has a mnemonic underscore"
    if is_doubled(name.replace("_", "")):
        return "is doubled"
    return ""


def naming_problems(root, allowed=()):
    """The naming problems of root and the nodes under it, as (role, name,
    problem) triples.  allowed holds (role, name, inside) triples to leave out:
    a node of that role and name below one whose role or name is inside (any
    node if inside is None)."""
    problems = []
    stack = [(root, {None})]
    while stack:
        node, ancestors = stack.pop()
        try:
            role, name, count = node.getRoleName(), node.name or "", node.childCount
            problem = name_problem(role, name, lambda: is_showing(node))
            children = [node.getChildAtIndex(i) for i in range(count)]
        except Exception:
            continue  # it went away meanwhile
        if problem and not any((role, name, inside) in allowed for inside in ancestors):
            problems.append((role, name, problem))
        inner = ancestors | {role, name}
        stack.extend((child, inner) for child in reversed(children) if child is not None)
    return problems


# Keyboard journeys

def showing(name, roles=None):
    """A node test: called name, of one of roles (None: any), and shown."""
    def check(node):
        try:
            return (node.name == name and (roles is None or node.getRoleName() in roles)
                    and is_showing(node))
        except Exception:
            return False
    return check


def is_focused(node):
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def tab_to(app, root, what, name, roles=("text", "entry"), limit=150, key="Tab"):
    """Presses Tab (or key, such as "shift+Tab") until the control called
    name (of one of roles) has the keyboard focus: the way a keyboard user
    gets there.  After each press it waits a moment for that control to say
    it has the focus, then goes on."""
    wait_until(what, lambda: app.find_node(showing(name, roles), root))
    # Several nodes may carry the name (a row and the row inside it): any of
    # them taking the focus will do.
    nodes = [node for node, _parent in app.walk(root) if showing(name, roles)(node)]
    for _ in range(limit):
        for node in nodes:
            if is_focused(node):
                return node
        if os.environ.get("CLTEST_DEBUG_FOCUS"):
            f = app.find_node(lambda n: is_focused(n) and n.getRoleName() != "frame", root)
            print("  focus on", f and (f.getRoleName(), f.name), file=sys.stderr)
        xdotool("key", key)
        deadline = time.monotonic() + 0.4
        while time.monotonic() < deadline and not any(is_focused(node) for node in nodes):
            time.sleep(0.02)
    fail("%s never reached %s" % (key, what))


def focus_toplevel(app, title):
    """Without a window manager the keyboard follows the pointer: park it on
    the top-level window called title, and give that window the focus."""
    wid = wait_until("the X window " + title, lambda: subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^%s$" % re.escape(title)],
        capture_output=True, text=True).stdout.split())[0]
    geometry = dict(line.split("=", 1) for line in subprocess.run(
        ["xdotool", "getwindowgeometry", "--shell", wid],
        capture_output=True, text=True, check=True).stdout.split())
    xdotool("mousemove", int(geometry["X"]) + 40, int(geometry["Y"]) + 20)
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=False)
