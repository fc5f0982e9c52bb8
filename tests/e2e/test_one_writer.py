#!/usr/bin/python3
"""e2e: one writer.  With CareerLens running, the command line does not open
the database beside it: the running instance carries the transfer out, and
the caller gets its messages and exit status, without a display."""

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402

BINARY = os.environ.get("CAREERLENS_BIN", "careerlens")
SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")


def run_cli(*args):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=env, timeout=60)


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")
    other = os.path.join(workdir, "other.db")
    for path, seed in ((database, 3), (other, 4)):
        subprocess.run([SAMPLE_DATA, "--applications", "8", "--contacts", "2", "--seed", str(seed), path],
                       check=True, stdout=subprocess.DEVNULL)

    app = cltest.App(database, env_extra={"G_MESSAGES_DEBUG": "careerlens-app"})
    try:
        app.find()
        app.wait_for_node("the board", lambda n: n.name == "Pipeline board")

        backup = os.path.join(workdir, "backup.db")
        r = run_cli("--database", database, "--export", backup)
        if r.returncode != 0 or not os.path.exists(backup) or backup not in r.stdout:
            cltest.fail("export beside the window failed: %d %r %r" % (r.returncode, r.stdout, r.stderr))
        cltest.wait_until("the window to say it did the export",
                          lambda: "Carrying out an export for another process" in app.output(), timeout=10)
        print("ok: the running CareerLens carries out an export, the caller hears of it")

        r = run_cli("--database", database, "--export", backup)
        if r.returncode == 0 or "already exists" not in r.stderr:
            cltest.fail("a refused export should fail on the caller's side: %d %r" % (r.returncode, r.stderr))
        print("ok: a refusal reaches the caller's terminal and exit status")

        other_backup = os.path.join(workdir, "other-backup.db")
        r = run_cli("--database", other, "--export", other_backup)
        if r.returncode != 0 or not os.path.exists(other_backup):
            cltest.fail("export of another database beside the window failed: %r" % r.stderr)
        print("ok: another database is exported by the running CareerLens too")

        r = run_cli("--database", database, "--import", os.path.join(workdir, "missing.csv"))
        if r.returncode == 0 or "does not exist" not in r.stderr:
            cltest.fail("a missing import file should be said: %r" % r.stderr)

        cltest.focus_window(app)
        cltest.xdotool("key", "--clearmodifiers", "ctrl+q")
        if app.wait_exit() != 0:
            cltest.fail("careerlens did not exit cleanly:\n" + app.output())
        app.check_log()
    finally:
        app.close()


if __name__ == "__main__":
    main()
