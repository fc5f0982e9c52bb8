"""Helpers for the end-to-end tests: run the real careerlens binary and drive
it as a user would, over AT-SPI and real X input.  Every wait polls for a
condition with a deadline; nothing sleeps for a fixed time to let things happen."""

import os
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


class App:
    """One running careerlens process on a given database."""

    def __init__(self, database, *extra_args):
        self.database = database
        self.log = tempfile.NamedTemporaryFile(prefix="careerlens-e2e-", suffix=".log", delete=False)
        self.proc = subprocess.Popen([BINARY, "--database", database, *extra_args],
                                     stdout=self.log, stderr=subprocess.STDOUT)
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

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.unlink(self.log.name)


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def focus_window(app):
    """Without a window manager X focus follows the pointer: park it on the window."""
    extents = app.window().queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    xdotool("mousemove", str(extents.x + 200), str(extents.y + 200))
    wid = wait_until("an X window named CareerLens",
                     lambda: subprocess.run(["xdotool", "search", "--name", "^CareerLens$"],
                                            capture_output=True, text=True).stdout.split())
    subprocess.run(["xdotool", "windowfocus", "--sync", wid[0]], check=False)


def query(database, sql, *params):
    with sqlite3.connect("file:%s?mode=ro" % database, uri=True) as db:
        return db.execute(sql, params).fetchall()
