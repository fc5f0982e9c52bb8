#!/usr/bin/python3
"""e2e: careerlens --keywords FILE|- prints the terms of a job description, one
"domain<TAB>term<TAB>count" line each, without a window or a database, and says what is
wrong with a file it cannot use."""

import os
import subprocess
import sys
import tempfile

BINARY = os.environ.get("CAREERLENS_BIN", "careerlens")
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures",
                        "job-descriptions")
EX_USAGE, EX_DATAERR, EX_NOINPUT = 64, 65, 66
failures = []


def run(*args, stdin=b"", env_extra=None):
    env = dict(os.environ)
    env.pop("DISPLAY", None)       # no display needed
    env.pop("WAYLAND_DISPLAY", None)
    env["LANGUAGE"] = "C"          # the names as in the taxonomy
    env.update(env_extra or {})
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, env=env, timeout=60)


def check(name, condition, detail=""):
    if not condition:
        failures.append(name)
        print("FAIL: %s %s" % (name, detail), file=sys.stderr)
    else:
        print("ok: %s" % name)


def main():
    with tempfile.TemporaryDirectory() as work:
        database = os.path.join(work, "never.db")
        env = {"CAREERLENS_DATABASE": database}

        for name in ("ml-engineer", "german-ml-engineer"):
            path = os.path.join(FIXTURES, name + ".txt")
            with open(os.path.join(FIXTURES, name + ".expected"), "rb") as f:
                expected = f.read()
            r = run("--keywords", path, env_extra=env)
            check("--keywords %s prints its expected terms" % name,
                  r.returncode == 0 and r.stdout == expected and r.stderr == b"",
                  repr((r.returncode, r.stdout[:200], r.stderr)))

        r = run("--keywords", "-", stdin="Go, Python and k8s. Python again.\n".encode(),
                env_extra=env)
        check("--keywords - reads standard input, most frequent first",
              r.returncode == 0 and r.stdout ==
              b"coding\tPython\t2\ncoding\tGo\t1\nml-system-design\tKubernetes\t1\n",
              repr((r.returncode, r.stdout, r.stderr)))

        r = run("--keywords=-", stdin=b"Nothing to see here.\n", env_extra=env)
        check("a description without terms prints nothing",
              r.returncode == 0 and r.stdout == b"" and r.stderr == b"",
              repr((r.returncode, r.stdout, r.stderr)))

        missing = os.path.join(work, "missing.txt")
        r = run("--keywords", missing, env_extra=env)
        err = r.stderr.decode()
        check("a missing file is an error naming it",
              r.returncode == EX_NOINPUT and r.stdout == b"" and err.startswith("careerlens: ")
              and missing in err and "No such file" in err, repr((r.returncode, err)))

        r = run("--keywords", work, env_extra=env)
        check("a folder is an error", r.returncode == EX_NOINPUT
              and r.stderr.decode().startswith("careerlens: "), repr((r.returncode, r.stderr)))

        latin1 = os.path.join(work, "latin1.txt")
        with open(latin1, "wb") as f:
            f.write("Erfahrung mit Python und Datenqualität\n".encode("latin-1"))
        r = run("--keywords", latin1, env_extra=env)
        err = r.stderr.decode()
        check("a non-UTF-8 file is an error saying so",
              r.returncode == EX_DATAERR and r.stdout == b"" and err ==
              "careerlens: “%s” is not UTF-8 text (byte 37 is not part of a character). "
              "Save it as UTF-8 and try again.\n" % latin1, repr((r.returncode, err)))

        r = run("--keywords", "-", stdin=b"Python \xff\n", env_extra=env)
        err = r.stderr.decode()
        check("non-UTF-8 standard input is an error saying so",
              r.returncode == EX_DATAERR and "standard input" in err and "UTF-8" in err,
              repr((r.returncode, err)))

        r = run("--keywords", "", env_extra=env)
        check("--keywords without a file is a usage error", r.returncode == EX_USAGE
              and b"--keywords needs" in r.stderr, repr((r.returncode, r.stderr)))

        r = run("--keywords", latin1, "--export", os.path.join(work, "x.json"), env_extra=env)
        check("--keywords with --export is a usage error", r.returncode == EX_USAGE
              and b"--keywords goes alone" in r.stderr, repr((r.returncode, r.stderr)))

        check("no database was created", not os.path.exists(database))

    if failures:
        print("%d failed: %s" % (len(failures), ", ".join(failures)), file=sys.stderr)
        sys.exit(1)


main()
