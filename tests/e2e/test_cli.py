#!/usr/bin/python3
"""e2e: the command line works without a window and says what is wrong."""

import os
import sqlite3
import subprocess
import sys
import tempfile

BINARY = os.environ.get("CAREERLENS_BIN", "careerlens")
failures = []


def run(*args, env_extra=None):
    env = dict(os.environ)
    env.pop("DISPLAY", None)       # none of these may need a display
    env.pop("WAYLAND_DISPLAY", None)
    env.update(env_extra or {})
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=env, timeout=60)


def check(name, condition, detail=""):
    if not condition:
        failures.append(name)
        print("FAIL: %s %s" % (name, detail), file=sys.stderr)
    else:
        print("ok: %s" % name)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    work = tempfile.mkdtemp(prefix="careerlens-cli-")
    db = os.path.join(work, "data.db")

    r = run("--version")
    check("--version prints the version", r.returncode == 0 and r.stdout.startswith("careerlens "),
          repr(r.stdout + r.stderr))

    r = run("--help")
    check("--help lists --database, --import and --export",
          r.returncode == 0 and all(o in r.stdout for o in ("--database", "--import", "--export")),
          repr(r.stdout))

    r = run("--no-such-option")
    check("an unknown option fails with a message",
          r.returncode != 0 and "no-such-option" in r.stderr, repr(r.stderr))

    r = run("--database", db, "--export", os.path.join(work, "out.unknown"))
    check("export to an unknown extension fails and names the supported ones",
          r.returncode != 0 and "“.db”" in r.stderr, repr(r.stderr))

    backup = os.path.join(work, "backup.db")
    r = run("--database", db, "--export", backup)
    check("export to .db writes a backup", r.returncode == 0 and os.path.exists(backup), repr(r.stderr))
    if os.path.exists(backup):
        with sqlite3.connect(backup) as b:
            stages = b.execute("SELECT count(*) FROM stages").fetchone()[0]
        check("the backup holds the data", stages == 10, str(stages))

    r = run("--database", db, "--import", backup)
    check("importing a .db says it cannot", r.returncode != 0 and "cannot import" in r.stderr, repr(r.stderr))

    r = run("--database", db, "--import", os.path.join(work, "missing.csv"))
    check("importing an unknown format fails clearly", r.returncode != 0 and r.stderr.strip() != "",
          repr(r.stderr))

    # A file that is not ours is refused and left exactly as it was.
    foreign = os.path.join(work, "notes.db")
    with open(foreign, "w") as f:
        f.write("my private notes, not a database\n" * 10)
    before = read_bytes(foreign)
    r = run("--database", foreign, "--export", os.path.join(work, "x.db"))
    check("a foreign file is refused with a message",
          r.returncode != 0 and "not a CareerLens database" in r.stderr, repr(r.stderr))
    check("the foreign file is unchanged", read_bytes(foreign) == before)

    # The environment variable chooses the database too.
    env_db = os.path.join(work, "env.db")
    r = run("--export", os.path.join(work, "env-backup.db"), env_extra={"CAREERLENS_DATABASE": env_db})
    check("CAREERLENS_DATABASE selects the database", r.returncode == 0 and os.path.exists(env_db),
          repr(r.stderr))
    check("a new database file is private", oct(os.stat(env_db).st_mode & 0o777) == "0o600",
          oct(os.stat(env_db).st_mode))

    if failures:
        print("%d check(s) failed" % len(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
