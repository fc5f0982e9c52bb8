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


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", path, "-"], capture_output=True,
                          text=True, timeout=60).stdout


def pdf_page_size(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, timeout=60).stdout
    return next((line.split(":", 1)[1].strip() for line in info.splitlines()
                 if line.startswith("Page size:")), "")


def check_prep_sheet(work):
    """--export sheet.pdf writes the prep sheet of the open offers, on the paper and in the
    currency asked for."""
    db = os.path.join(work, "offers.db")
    subprocess.run([SAMPLE_DATA, "--applications", "300", "--contacts", "20", "--seed", "3", db],
                   check=True, capture_output=True)
    with sqlite3.connect(db) as conn:
        # One offer declined, its company renamed so that it can be looked for.
        declined = conn.execute(
            "SELECT o.id, a.company_id FROM offers o JOIN applications a ON a.id = o.application_id"
            " WHERE o.status IN ('received', 'negotiating') AND (SELECT count(*) FROM offers o2"
            " JOIN applications a2 ON a2.id = o2.application_id"
            " WHERE a2.company_id = a.company_id) = 1 LIMIT 1").fetchone()
        conn.execute("UPDATE offers SET status = 'declined' WHERE id = ?", (declined[0],))
        conn.execute("UPDATE companies SET name = 'Declined Offer Company' WHERE id = ?",
                     (declined[1],))
        open_companies = [row[0] for row in conn.execute(
            "SELECT c.name FROM offers o JOIN applications a ON a.id = o.application_id"
            " JOIN companies c ON c.id = a.company_id"
            " WHERE o.status IN ('received', 'negotiating')")]
    check("the sample has open offers to print", len(open_companies) >= 2, str(open_companies))

    sheet = os.path.join(work, "sheet.pdf")
    r = run("--database", db, "--export", sheet, "--paper", "letter")
    check("--export sheet.pdf --paper letter writes the sheet", r.returncode == 0
          and os.path.exists(sheet), repr(r.stderr))
    check("the sheet is on Letter paper", pdf_page_size(sheet) == "612 x 792 pts (letter)",
          pdf_page_size(sheet))
    text = pdf_text(sheet)
    check("the sheet has its title and every open offer's company",
          "Negotiation Prep Sheet" in text and all(c in text for c in open_companies),
          text[:400])
    check("the sheet has the totals by year and the comparison",
          "Total compensation by year" in text and "Comparison" in text and "Year 4" in text)
    check("a declined offer is not on the sheet", "Declined Offer Company" not in text)

    a4 = os.path.join(work, "sheet-a4.pdf")
    r = run("--database", db, "--export", a4, "--paper", "A4")
    check("--paper A4 (any case) writes A4", r.returncode == 0
          and pdf_page_size(a4) == "595.276 x 841.89 pts (A4)", repr(r.stderr))

    # Without --paper the locale decides, by its territory when it is not installed.
    for lang, size in (("en_US.UTF-8", "612 x 792 pts (letter)"),
                       ("de_DE.UTF-8", "595.276 x 841.89 pts (A4)")):
        path = os.path.join(work, "sheet-%s.pdf" % lang[:5])
        r = run("--database", db, "--export", path,
                env_extra={"LANG": lang, "LC_ALL": "", "LC_PAPER": ""})
        check("the default paper for %s" % lang, r.returncode == 0 and pdf_page_size(path) == size,
              repr(r.stderr) + pdf_page_size(path))

    # --currency: the comparison in the code asked for (any case), through the
    # stored rates; an unknown code or one without --export is a usage error.
    with sqlite3.connect(db) as conn:
        currencies = [row[0] for row in conn.execute(
            "SELECT currency FROM offers WHERE status IN ('received', 'negotiating')"
            " GROUP BY currency ORDER BY count(*), currency")]
    chosen = currencies[0]
    path = os.path.join(work, "sheet-norate.pdf")
    r = run("--database", db, "--export", path, "--currency", chosen)
    flat = " ".join(pdf_text(path).split()) if r.returncode == 0 else ""
    check("without the rates, the sheet says which to add",
          "Add an exchange rate from " in flat and " to %s " % chosen in flat,
          repr(r.stderr) + flat[-300:])
    with sqlite3.connect(db) as conn:
        conn.executemany("INSERT INTO exchange_rates (from_currency, to_currency, rate,"
                         " observed_on) VALUES (?, ?, 2000000, '2026-11-30')",
                         [(other, chosen) for other in currencies[1:]])
    for code in (chosen, chosen.lower()):
        path = os.path.join(work, "sheet-%s.pdf" % code)
        r = run("--database", db, "--export", path, "--currency", code)
        flat = " ".join(pdf_text(path).split()) if r.returncode == 0 else ""
        check("--currency %s compares in %s" % (code, chosen),
              "Comparison %s " % chosen in flat and "Add an exchange rate" not in flat,
              repr(r.stderr) + flat[-300:])
    r = run("--database", db, "--export", os.path.join(work, "y.pdf"), "--currency", "XYZ")
    check("an unknown currency is a usage error that names it",
          r.returncode == EX_USAGE and "XYZ" in r.stderr and "ISO 4217" in r.stderr,
          repr(r.stderr))
    check("nothing is written for an unknown currency",
          not os.path.exists(os.path.join(work, "y.pdf")))
    r = run("--database", db, "--currency", "EUR")
    check("--currency without --export is a usage error",
          r.returncode == EX_USAGE and "--currency" in r.stderr, repr(r.stderr))

    r = run("--database", db, "--export", os.path.join(work, "x.pdf"), "--paper", "a5")
    check("an unknown paper is a usage error that names it",
          r.returncode == EX_USAGE and "a5" in r.stderr and "letter" in r.stderr, repr(r.stderr))
    check("nothing is written for an unknown paper", not os.path.exists(os.path.join(work, "x.pdf")))
    r = run("--database", db, "--paper", "a4")
    check("--paper without --export is a usage error",
          r.returncode == EX_USAGE and "--paper" in r.stderr, repr(r.stderr))

    r = run("--database", db, "--export", os.path.join(work, "missing", "sheet.pdf"))
    check("an unwritable path fails with a message naming it",
          r.returncode != 0 and "missing" in r.stderr, repr(r.stderr))

    none_db = os.path.join(work, "no-open-offers.db")
    subprocess.run([SAMPLE_DATA, "--applications", "300", "--contacts", "20", "--seed", "3", none_db],
                   check=True, capture_output=True)
    with sqlite3.connect(none_db) as conn:
        conn.execute("UPDATE offers SET status = 'accepted'")
    none = os.path.join(work, "none.pdf")
    r = run("--database", none_db, "--export", none)
    check("no open offers: a message, a failure and no file",
          r.returncode != 0 and "no offer" in r.stderr and not os.path.exists(none), repr(r.stderr))


GOOGLE_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"
    "ORG:Engines Ltd\r\nTITLE:Analyst\r\nEMAIL;TYPE=INTERNET;TYPE=WORK:ada@engines.example\r\n"
    "TEL;TYPE=CELL:+44 20 7946 0000\r\nURL:https://www.linkedin.com/in/ada\r\n"
    "NOTE:Met at NeurIPS\\, keen on referrals\r\nCATEGORIES:mentors,ml\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hopper;Grace;;;\r\nEMAIL:grace@navy.example\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a card without any name\r\nEND:VCARD\r\n")


def check_vcards(work):
    """--import contacts.vcf adds the cards (and says what it did); --export contacts.vcf
    writes vCard 4.0 that another program (python3-vobject) reads back."""
    import vobject

    db = os.path.join(work, "vcards.db")
    subprocess.run([SAMPLE_DATA, "--applications", "10", "--contacts", "5", "--seed", "4", db],
                   check=True, stdout=subprocess.DEVNULL)
    cards = os.path.join(work, "google.vcf")
    with open(cards, "w", encoding="utf-8", newline="") as f:
        f.write(GOOGLE_CARDS)
    r = run("--database", db, "--import", cards)
    check("importing a .vcf says what it did",
          r.returncode == 0 and "2 new contacts" in r.stdout and "1 card could not be read" in r.stdout
          and "no name" in r.stdout, repr(r.stdout + r.stderr))
    with sqlite3.connect(db) as c:
        row = c.execute("SELECT c.title, co.name, e.label, e.address, c.linkedin_url, c.notes"
                        " FROM contacts c JOIN companies co ON co.id = c.company_id"
                        " JOIN contact_emails e ON e.contact_id = c.id"
                        " WHERE c.name = 'Ada Lovelace'").fetchone()
        total = c.execute("SELECT count(*) FROM contacts").fetchone()[0]
    check("the imported card is a contact with its fields",
          row == ("Analyst", "Engines Ltd", "work", "ada@engines.example",
                  "https://www.linkedin.com/in/ada", "Met at NeurIPS, keen on referrals"), repr(row))
    check("a card without FN takes its name from N", total == 7, str(total))

    r = run("--database", db, "--import", cards)
    check("importing the same file again adds no one",
          r.returncode == 0 and "0 new contacts, 2 already there" in r.stdout, repr(r.stdout))

    bad = os.path.join(work, "photo.vcf")
    with open(bad, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    r = run("--database", db, "--import", bad)
    check("a file that holds no cards is refused with a message",
          r.returncode != 0 and "vCard" in r.stderr, repr(r.stderr))

    out = os.path.join(work, "contacts.vcf")
    r = run("--database", db, "--export", out)
    check("export to .vcf works", r.returncode == 0 and os.path.exists(out), repr(r.stderr))
    if not os.path.exists(out):
        return
    raw = read_bytes(out)
    check("the export uses CRLF and lines of at most 75 octets",
          b"\n" not in raw.replace(b"\r\n", b"") and
          all(len(line) <= 75 for line in raw.split(b"\r\n")))
    read_back = list(vobject.readComponents(raw.decode("utf-8")))
    names = sorted(card.fn.value for card in read_back)
    check("vobject reads every contact back", len(read_back) == 7 and "Ada Lovelace" in names
          and "Grace Hopper" in names, repr(names))
    ada = next(card for card in read_back if card.fn.value == "Ada Lovelace")
    check("the exported card is vCard 4.0 with its fields",
          ada.version.value == "4.0" and ada.email.value == "ada@engines.example"
          and ada.note.value == "Met at NeurIPS, keen on referrals"
          and ada.org.value[0] == "Engines Ltd", repr(ada.serialize()))
    with sqlite3.connect(db) as c:
        uids = {r[0] for r in c.execute("SELECT vcard_uid FROM contacts")}
    check("each contact keeps its UID in the export",
          {card.uid.value for card in read_back} == uids, repr(uids))


def main():
    work = tempfile.mkdtemp(prefix="careerlens-cli-")
    db = os.path.join(work, "data.db")

    check_vcards(work)

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

    check_prep_sheet(work)

    if failures:
        print("%d check(s) failed" % len(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
