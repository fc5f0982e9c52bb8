#!/usr/bin/python3
"""e2e: the command line works without a window and says what is wrong.

No CareerLens runs here: each command carries the transfer out itself (see
test_one_writer.py for the case where one does)."""

import os
import sqlite3
import stat
import subprocess
import sys
import tempfile

BINARY = os.environ.get("CAREERLENS_BIN", "careerlens")
SAMPLE_DATA = os.environ.get("CAREERLENS_SAMPLE_DATA", "cl-sample-data")
EX_USAGE = 64
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


def has_sidecars(path):
    return any(os.path.exists(path + suffix) for suffix in ("-wal", "-shm", "-journal"))


def main():
    work = tempfile.mkdtemp(prefix="careerlens-cli-")
    db = os.path.join(work, "data.db")

    r = run("--version")
    check("--version prints the version", r.returncode == 0 and r.stdout.startswith("careerlens "),
          repr(r.stdout + r.stderr))

    r = run("--help")
    check("--help lists --database, --import, --export and --force",
          r.returncode == 0 and all(o in r.stdout for o in ("--database", "--import", "--export", "--force")),
          repr(r.stdout))

    r = run("--no-such-option")
    check("an unknown option fails with a message",
          r.returncode != 0 and "no-such-option" in r.stderr, repr(r.stderr))

    # Exporting reads a database: it never creates one.
    r = run("--database", db, "--export", os.path.join(work, "nothing.db"))
    check("export from a missing database says so and creates nothing",
          r.returncode != 0 and "no CareerLens database" in r.stderr and not os.path.exists(db),
          repr(r.stderr))

    subprocess.run([SAMPLE_DATA, "--applications", "12", "--contacts", "4", "--seed", "5", db],
                   check=True, stdout=subprocess.DEVNULL)

    r = run("--database", db, "--export", os.path.join(work, "out.unknown"))
    check("export to an unknown extension fails and names the supported ones",
          r.returncode != 0 and "“.db”" in r.stderr, repr(r.stderr))

    backup = os.path.join(work, "backup.db")
    r = run("--database", db, "--export", backup)
    check("export to .db writes a backup", r.returncode == 0 and os.path.exists(backup), repr(r.stderr))
    check("the export says where it went", backup in r.stdout, repr(r.stdout))
    if os.path.exists(backup):
        with sqlite3.connect(backup) as b:
            applications = b.execute("SELECT count(*) FROM applications").fetchone()[0]
        check("the backup holds the data", applications == 12, str(applications))
        check("the backup is one file", not has_sidecars(backup))

    # An existing file is not replaced unless asked.
    before = read_bytes(backup)
    r = run("--database", db, "--export", backup)
    check("export refuses to overwrite an existing file",
          r.returncode != 0 and "already exists" in r.stderr and "--force" in r.stderr, repr(r.stderr))
    check("the existing file is unchanged", read_bytes(backup) == before)
    with open(backup, "wb") as f:
        f.write(b"old")
    r = run("--database", db, "--export", backup, "--force")
    check("--force replaces it", r.returncode == 0 and read_bytes(backup)[:15] == b"SQLite format 3",
          repr(r.stderr))

    # Usage errors.
    r = run("--database", db, "--import", backup, "--export", os.path.join(work, "both.db"))
    check("--import with --export is a usage error",
          r.returncode == EX_USAGE and "together" in r.stderr and not os.path.exists(os.path.join(work, "both.db")),
          "%d %r" % (r.returncode, r.stderr))
    r = run("--database", db, "--force")
    check("--force alone is a usage error", r.returncode == EX_USAGE and "--force" in r.stderr,
          "%d %r" % (r.returncode, r.stderr))

    r = run("--database", db, "--import", backup)
    check("importing a .db says it cannot", r.returncode != 0 and "cannot import" in r.stderr, repr(r.stderr))

    missing = os.path.join(work, "missing.csv")
    r = run("--database", db, "--import", missing)
    check("importing a missing file says it is missing",
          r.returncode != 0 and "does not exist" in r.stderr and "format" not in r.stderr, repr(r.stderr))

    # An empty file is nobody's database: an export does not make it one (nor
    # does an import: tests/test-database.c, open-flags).
    empty = os.path.join(work, "empty.db")
    open(empty, "wb").close()
    os.chmod(empty, 0o644)
    r = run("--database", empty, "--export", os.path.join(work, "from-empty.db"))
    check("--export from an empty file is refused", r.returncode != 0 and "empty file" in r.stderr,
          repr(r.stderr))
    check("the empty file stays empty, with its mode",
          os.path.getsize(empty) == 0 and stat.S_IMODE(os.stat(empty).st_mode) == 0o644
          and not has_sidecars(empty))

    # A file that is not ours is refused and left exactly as it was.
    foreign = os.path.join(work, "notes.db")
    with open(foreign, "w") as f:
        f.write("my private notes, not a database\n" * 10)
    before = read_bytes(foreign)
    r = run("--database", foreign, "--export", os.path.join(work, "x.db"))
    check("a foreign file is refused with a message",
          r.returncode != 0 and "not a CareerLens database" in r.stderr, repr(r.stderr))
    check("the foreign file is unchanged", read_bytes(foreign) == before)

    # The environment variable chooses the database too, and a relative
    # path is the caller's.
    r = subprocess.run([BINARY, "--export", "env-backup.db"], cwd=work, capture_output=True, text=True,
                       env={**{k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")},
                            "CAREERLENS_DATABASE": db}, timeout=60)
    check("CAREERLENS_DATABASE selects the database, and a relative path is the caller's",
          r.returncode == 0 and os.path.exists(os.path.join(work, "env-backup.db")), repr(r.stderr))

    if failures:
        print("%d check(s) failed" % len(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
