#!/usr/bin/python3
"""e2e: the Offers page by keyboard alone, from a first offer to the prep sheet.

On an empty database two applications are added first (Ctrl+N on the
board).  Then, with keys only (AT-SPI finds nodes, says where the focus is
and reads values; it never clicks):
  1. Alt+4 opens the Offers page; Ctrl+Shift+N the New Offer dialog, where
     the search row picks the application and Return adds the offer;
  2. the editor gets a base salary of 200,000 USD, a 15 % target bonus, a
     30,000 sign-on bonus of which 10,000 is paid in year 2 and a 400,000
     grant on the standard 4-year schedule: the offers table holds them
     exactly (cents, basis points) and the totals by year read as the
     rounding rule gives them;
  3. "abc" as the base salary says why right below the field and saves
     nothing; Tab goes on to the next field past the message; typed right,
     the message goes;
  4. a second offer, in EUR, whose figures need the rounding rule; Compare
     Offers (Ctrl+Shift+C) asks for the missing rate, given in its dialog, and then shows
     both offers' year-1 totals in USD;
  5. Ctrl+Shift+E exports the prep sheet through the file chooser (the path
     typed in its name field): the PDF holds both offers and their figures
     as the app writes them;
  6. Ctrl+Q quits; the app's log must hold no warning or critical.

GTK 4.8 does not tell AT-SPI which text field has the focus: combo rows and
buttons between the fields say where Tab got to, and what was typed is read
back from the field or the database."""

import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cltest  # noqa: E402
from cltest import pyatspi  # noqa: E402

LATTICE = ("Deep Lattice", "ML Engineer")
BOREALIS = ("Borealis Labs", "Research Engineer")

# Offer 1, Deep Lattice, USD: base 200,000; bonus 15 % of base; sign-on
# 30,000 of which 10,000 in year 2; a 400,000 grant vesting 25 % a year
# (4 years, 12-month cliff: the cliff changes nothing).
#   bonus        = 15 % × 200,000            =  30,000 a year
#   sign-on      = 30,000 − 10,000 in year 1 =  20,000, then 10,000 in year 2
#   equity       = 400,000 × 1/4             = 100,000 a year
#   year 1       = 200,000 + 30,000 + 20,000 + 100,000 = 350,000
#   year 2       = 200,000 + 30,000 + 10,000 + 100,000 = 340,000
#   years 3, 4   = 200,000 + 30,000 + 100,000          = 330,000
#   4 years      = 350,000 + 340,000 + 330,000 + 330,000 = 1,350,000
#   yearly mean  = 1,350,000 / 4 = 337,500
LATTICE_ROW = (20000000, 1500, None, 3000000, 1000000, None, 40000000, None, None,
               "standard", 4, 12, "USD")
LATTICE_TOTALS = [
    "Base salary: year 1 $200,000, year 2 $200,000, year 3 $200,000, year 4 $200,000, "
    "4 years $800,000.",
    "Bonus: year 1 $30,000, year 2 $30,000, year 3 $30,000, year 4 $30,000, 4 years $120,000.",
    "Sign-on bonus: year 1 $20,000, year 2 $10,000, year 3 $0, year 4 $0, 4 years $30,000.",
    "Equity: year 1 $100,000, year 2 $100,000, year 3 $100,000, year 4 $100,000, "
    "4 years $400,000.",
    "Total: year 1 $350,000, year 2 $340,000, year 3 $330,000, year 4 $330,000, "
    "4 years $1,350,000.",
]
LATTICE_AVERAGE = "Yearly average: $337,500"

# Offer 2, Borealis Labs, EUR, in cents: base 12,345,678 (€123,456.78);
# bonus 12.5 %; a grant of 10,000,001 (€100,000.01), standard 4 years.
# The rule: a share is rounded to the nearest cent, halves away from zero;
# a year's vesting is the difference of the rounded amounts vested so far.
#   bonus   = 12,345,678 × 1250 / 10000 = 1,543,209.75  → 1,543,210 (€15,432.10)
#   vested  = 10,000,001 × k/4: 2,500,000.25 → 2,500,000; 5,000,000.5 → 5,000,001;
#             7,500,000.75 → 7,500,001; 10,000,001
#   equity  = 2,500,000, 2,500,001, 2,500,000, 2,500,000 (€25,000, €25,000.01, …)
#   year 1  = 12,345,678 + 1,543,210 + 2,500,000 = 16,388,888 (€163,888.88)
#   year 2  = 12,345,678 + 1,543,210 + 2,500,001 = 16,388,889 (€163,888.89)
#   4 years = 3 × 16,388,888 + 16,388,889 = 65,555,553 (€655,555.53)
#   mean    = 65,555,553 / 4 = 16,388,888.25 → 16,388,888 (€163,888.88)
BOREALIS_ROW = (12345678, 1250, None, None, None, None, 10000001, None, None,
                "standard", 4, 12, "EUR")
BOREALIS_TOTALS = [
    "Base salary: year 1 €123,456.78, year 2 €123,456.78, year 3 €123,456.78, "
    "year 4 €123,456.78, 4 years €493,827.12.",
    "Bonus: year 1 €15,432.10, year 2 €15,432.10, year 3 €15,432.10, year 4 €15,432.10, "
    "4 years €61,728.40.",
    "Equity: year 1 €25,000, year 2 €25,000.01, year 3 €25,000, year 4 €25,000, "
    "4 years €100,000.01.",
    "Total: year 1 €163,888.88, year 2 €163,888.89, year 3 €163,888.88, year 4 €163,888.88, "
    "4 years €655,555.53.",
]
BOREALIS_AVERAGE = "Yearly average: €163,888.88"

# 1 EUR = 1.085 USD, in millionths.  The comparison is in USD (the first
# offer's currency, on a tie); each cell is converted by the rule, then added:
#   base   12,345,678 × 1.085 = 13,395,060.63 → 13,395,061
#   bonus   1,543,210 × 1.085 =  1,674,382.85 →  1,674,383
#   equity  2,500,000 × 1.085 =  2,712,500
#   year 1 = 13,395,061 + 1,674,383 + 2,712,500 = 17,781,944 ($177,819.44)
RATE = "1.085"
RATE_MICRO = 1085000
COMPARED_YEAR1 = [
    "Deep Lattice, total for year 1: $350,000, the best",
    "Borealis Labs, total for year 1: $177,819.44",
]

# The prep sheet starts with the offer the page shows (Borealis Labs, the
# last one added); its comparison is in the currency the comparison showed
# (Compare In: USD), with the same figures as COMPARED_YEAR1.
SHEET_LINES = [
    "Borealis Labs — Research Engineer",
    "Total €163,888.88 €163,888.89 €163,888.88 €163,888.88 €655,555.53",
    "Yearly average €163,888.88.",
    "Deep Lattice — ML Engineer",
    "Total $350,000 $340,000 $330,000 $330,000 $1,350,000",
    "Yearly average $337,500.",
    "Comparison USD Borealis Labs — Research Engineer Deep Lattice — ML Engineer",
    "Year 1 $177,819.44 $350,000",
]

OFFER_COLUMNS = ("base_salary, bonus_basis_points, bonus_amount, sign_on, sign_on_year2, "
                 "sign_on_clawback_months, equity_amount, equity_shares, share_price, vesting, "
                 "vesting_years, cliff_months, currency")
ABC_MESSAGE = "Write the amount in digits, such as 120000 or 120,000.50."


def say(*args):
    print(*args, flush=True)


def key(keys):
    cltest.xdotool("key", "--clearmodifiers", keys)


def open_window(app, title):
    """Waits for the app's top-level window called title, on X then on AT-SPI,
    and gives it the keyboard."""
    cltest.wait_until("the %s window" % title, lambda: cltest.x_windows(title=title), timeout=15)

    def lookup():
        for i in range(app.app.childCount):
            window = app.app.getChildAtIndex(i)
            if window is not None and window.name == title and cltest.is_showing(window):
                return window
        return None
    window = cltest.wait_until("the %s window on AT-SPI" % title, lookup, timeout=15)
    cltest.focus_toplevel(app, title)
    return window


def closed_window(app, title):
    """Waits until the window called title is gone from the screen, then
    gives the keyboard back to the main window; the log must still be clean."""
    cltest.wait_until("the %s window to close" % title, lambda: not cltest.x_windows(title=title), timeout=15)
    cltest.focus_window(app)
    app.check_log()


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def is_invalid(node):
    """Told wrong: GTK 4.8 says "invalid" for GTK_ACCESSIBLE_STATE_INVALID."""
    return has_state(node, pyatspi.STATE_INVALID) or has_state(node, pyatspi.STATE_INVALID_ENTRY)


def wait_in(app, root, what, predicate, timeout=30):
    """Waits for a node under root matching predicate."""
    return cltest.wait_until(what, lambda: app.find_node(predicate, root), timeout)


def expect_focus(app, root, what, name, roles):
    cltest.wait_until(what + " to have the focus",
                      lambda: app.find_node(lambda n: cltest.showing(name, roles)(n)
                                            and cltest.is_focused(n), root), timeout=10)


def field(app, root, name):
    """The text field called name (an entry row, as AT-SPI sees it)."""
    return cltest.wait_until("the field " + name,
                             lambda: app.find_node(cltest.showing(name, ("text",)), root),
                             timeout=10)


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def expect_text(node, expected):
    cltest.wait_until("%r to read %r" % (node.name, expected),
                      lambda: text_of(node) == expected, timeout=10)


def offer_row(database, company):
    rows = cltest.query(database, "SELECT " + OFFER_COLUMNS + " FROM offers o"
                        " JOIN applications a ON a.id = o.application_id"
                        " JOIN companies c ON c.id = a.company_id WHERE c.name = ?", company)
    return rows[0] if len(rows) == 1 else rows


def expect_offer(database, company, expected):
    cltest.wait_until("the offer from %s in the database as %r" % (company, expected),
                      lambda: offer_row(database, company) == expected, timeout=10)


def new_offer(app, database, company, role, currency, base, count):
    """Ctrl+Shift+N, the application found by its company in the search row,
    the currency and the base salary, and Return (Add)."""
    key("ctrl+shift+n")
    dialog = open_window(app, "New Offer")
    # The dialog opens on the base salary, an application chosen already:
    # back to the search row, over the application's combo.
    cltest.tab_to(app, dialog, "the application", "Application", ("combo box",), key="shift+Tab")
    key("shift+Tab")
    cltest.type_text(company)
    key("Return")
    combo = app.find_node(cltest.showing("Application", ("combo box",)), dialog)
    expect_focus(app, dialog, "the application found", "Application", ("combo box",))
    cltest.wait_until("the combo to show " + company,
                      lambda: app.find_node(lambda n: n.getRoleName() == "label"
                                            and n.name == "%s — %s" % (company, role), combo),
                      timeout=10)
    key("Tab")
    key("ctrl+a")
    cltest.type_text(currency)
    key("Tab")
    key("ctrl+a")
    cltest.type_text(base)
    expect_text(field(app, dialog, "Currency"), currency)
    expect_text(field(app, dialog, "Base salary a year"), base)
    key("Return")
    closed_window(app, "New Offer")
    cltest.wait_until("offer %d in the database" % count,
                      lambda: cltest.query(database, "SELECT count(*) FROM offers") == [(count,)],
                      timeout=10)
    # The editor shows it, titled by its company.
    window = app.window()
    editor = app.wait_for_node("the offer editor",
                               lambda n: n.name == "Offer" and n.getRoleName() == "panel")
    wait_in(app, editor, "the editor of the offer from " + company,
            lambda n: n.getRoleName() == "label" and n.name == company and cltest.is_showing(n))
    return window, editor


def expect_totals(app, editor, lines, average):
    """The wide table of totals by year, line by line as screen readers hear
    it (no line for a component the offer lacks), and the yearly average
    below it."""
    def read():
        table = app.find_node(lambda n: n.getRoleName() == "list"
                              and n.name == "Total compensation by year", editor)
        if table is None:
            return None
        return [table.getChildAtIndex(i).name for i in range(table.childCount)]
    try:
        cltest.wait_until("the totals by year", lambda: read() == lines, timeout=10)
    except SystemExit:
        say("the table reads:", read())
        raise
    wait_in(app, editor, "the yearly average " + average,
            lambda n: n.getRoleName() == "label" and n.name == average)


def fill_terms(app, window, bonus, sign_on=None, year2=None, grant=None):
    """From the base salary: Tab over the currency to the bonus's form, then
    each field in turn; the combo rows between them say where Tab is."""
    key("Tab")
    key("Tab")
    expect_focus(app, window, "the form of the bonus", "Target bonus given as", ("combo box",))
    key("Tab")
    cltest.type_text(bonus)
    for value in (sign_on, year2, None):   # sign-on, its year-2 part, clawback
        key("Tab")
        if value is not None:
            cltest.type_text(value)
    key("Tab")
    expect_focus(app, window, "the form of the equity", "Equity given as", ("combo box",))
    key("Tab")
    cltest.type_text(grant)
    key("Tab")
    expect_focus(app, window, "the vesting schedule", "Vesting schedule", ("combo box",))
    combo = app.find_node(cltest.showing("Vesting schedule", ("combo box",)), window)
    if app.find_node(lambda n: n.name == "Standard, equal years", combo) is None:
        cltest.fail("the vesting schedule is not the standard one")


def message_below(app, window, list_name, field_name):
    """The text of the row right below the field called field_name in the
    list called list_name, when that row is a message (not a field)."""
    group = app.find_node(lambda n: n.getRoleName() == "list" and n.name == list_name, window)
    for i in range(group.childCount - 1):
        if group.getChildAtIndex(i).name == field_name:
            below = group.getChildAtIndex(i + 1)
            if below.getRoleName() != "list item" or not cltest.is_showing(below):
                return None
            labels = [n.name for n, _ in app.walk(below) if n.getRoleName() == "label"]
            return labels[0] if labels else None
    cltest.fail("no field %r in %r" % (field_name, list_name))


def wrong_base_salary(app, window, database):
    """Step 3: "abc" as the base salary, then 200000 again."""
    # Back over the currency to the base salary.
    cltest.tab_to(app, window, "the form of the bonus", "Target bonus given as", ("combo box",),
                  key="shift+Tab")
    key("shift+Tab")
    key("shift+Tab")
    key("ctrl+a")
    cltest.type_text("abc")
    base = field(app, window, "Base salary")
    expect_text(base, "abc")
    # Said as it is typed: right below the field, and to screen readers.
    cltest.wait_until("the message below the base salary",
                      lambda: message_below(app, window, "Salary and Bonus", "Base salary")
                      == ABC_MESSAGE, timeout=10)
    if base.description != ABC_MESSAGE or not is_invalid(base):
        cltest.fail("the base salary is not told wrong: %r" % base.description)

    # Leaving the field tries the save, which is refused: the database and
    # the totals keep 200,000, the message stays, and Tab goes on to the
    # currency past it (then to the bonus's form).
    key("Tab")
    key("Tab")
    expect_focus(app, window, "the form of the bonus after the message", "Target bonus given as",
                 ("combo box",))
    expect_offer(database, "Deep Lattice", LATTICE_ROW)
    if message_below(app, window, "Salary and Bonus", "Base salary") != ABC_MESSAGE:
        cltest.fail("the message went when the field was left")
    expect_text(base, "abc")
    say("ok: \"abc\" as the base salary says %r below it and saves nothing" % ABC_MESSAGE)

    # Back past the message, and typed right: saved, shown in its saved form.
    key("shift+Tab")
    key("shift+Tab")
    key("ctrl+a")
    cltest.type_text("200000")
    expect_text(base, "200000")
    key("Tab")
    key("Tab")
    expect_focus(app, window, "the form of the bonus", "Target bonus given as", ("combo box",))
    cltest.wait_until("the message to go",
                      lambda: message_below(app, window, "Salary and Bonus", "Base salary")
                      is None and not is_invalid(base), timeout=10)
    expect_text(base, "200,000")
    expect_offer(database, "Deep Lattice", LATTICE_ROW)


def compare(app, window, database):
    """Step 4's comparison: the header's toggle, by its shortcut, then the
    rate it asks for."""
    toggle = app.wait_for_node("the Compare Offers toggle",
                               lambda n: n.getRoleName() in ("push button", "toggle button")
                               and n.name == "Compare Offers" and cltest.is_showing(n))
    key("ctrl+shift+c")
    cltest.wait_until("Compare Offers pressed",
                      lambda: has_state(toggle, pyatspi.STATE_PRESSED)
                      or has_state(toggle, pyatspi.STATE_CHECKED), timeout=10)
    app.wait_for_node("the missing rate said",
                      lambda n: n.getRoleName() == "label"
                      and n.name == "Add an exchange rate from EUR to USD to compare these offers.")
    cltest.tab_to(app, window, "Add Exchange Rate…", "Add Exchange Rate…", ("push button",))
    key("Return")

    dialog = open_window(app, "New Exchange Rate")
    day = text_of(field(app, dialog, "Day Seen"))
    if (text_of(field(app, dialog, "From")), text_of(field(app, dialog, "To"))) != ("EUR", "USD") \
            or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        cltest.fail("the rate dialog does not start from EUR to USD today")
    # It opens on the rate, the one field left.
    cltest.type_text(RATE)
    expect_text(field(app, dialog, "Rate"), RATE)
    key("Return")
    closed_window(app, "New Exchange Rate")
    rates = cltest.query(database, "SELECT from_currency, to_currency, rate, observed_on"
                                   " FROM exchange_rates")
    if rates != [("EUR", "USD", RATE_MICRO, day)]:
        cltest.fail("unexpected exchange rates %r" % rates)

    for name in COMPARED_YEAR1:
        app.wait_for_node("%r in the comparison" % name, lambda n, name=name: n.name == name)
    app.wait_for_node("the rate used said",
                      lambda n: n.getRoleName() == "label"
                      and n.name == "Borealis Labs: Converted at 1 EUR = 1.085 USD (%s)." % day)
    say("ok: compared in USD: %s" % "; ".join(COMPARED_YEAR1))


def export_sheet(app, workdir):
    """Step 5: Ctrl+Shift+E, the path typed in the chooser's name field."""
    path = os.path.join(workdir, "prep-sheet.pdf")
    key("ctrl+shift+e")
    chooser = open_window(app, "Export Prep Sheet")
    cltest.wait_until("the file name field to have the focus",
                      lambda: app.find_node(lambda n: n.getRoleName() == "text"
                                            and n.name == "Name:" and cltest.is_focused(n),
                                            chooser), timeout=10)
    key("ctrl+a")
    cltest.type_text(path)
    expect_text(field(app, chooser, "Name:"), path)
    key("Return")
    closed_window(app, "Export Prep Sheet")
    app.wait_for_node("the toast saying it is exported",
                      lambda n: n.name == "Exported “prep-sheet.pdf”", timeout=15)
    if not os.path.exists(path):
        cltest.fail("no PDF at " + path)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    missing = [line for line in SHEET_LINES if line not in flat]
    if missing:
        cltest.fail("the prep sheet lacks %r; it reads:\n%s" % (missing, text))
    if flat.index(SHEET_LINES[0]) > flat.index(SHEET_LINES[3]):
        cltest.fail("the prep sheet does not start with the offer shown")
    say("ok: the prep sheet holds both offers, their totals and the comparison in USD")


def main():
    workdir = tempfile.mkdtemp(prefix="careerlens-e2e-")
    database = os.path.join(workdir, "careerlens.db")

    app = cltest.App(database)
    try:
        app.find()
        cltest.focus_window(app)
        for company, role in (LATTICE, BOREALIS):
            cltest.new_application(app, company, role)

        # 1. The Offers page, empty, and a first offer.
        key("alt+4")
        tab = app.wait_for_node("the Offers tab", lambda n: n.getRoleName() == "page tab"
                                and n.name == "Offers")
        cltest.wait_until("the Offers page", lambda: has_state(tab, pyatspi.STATE_SELECTED),
                          timeout=10)
        app.wait_for_node("the empty Offers page", lambda n: n.name == "No Offers Yet")
        window, editor = new_offer(app, database, *LATTICE, "USD", "185000", 1)
        expect_offer(database, "Deep Lattice", (18500000, None, None, None, None, None, None,
                                                None, None, "standard", 4, 12, "USD"))

        # 2. Its terms, the base salary first (the editor opens on it).
        key("ctrl+a")
        cltest.type_text("200000")
        fill_terms(app, window, "15", sign_on="30000", year2="10000", grant="400000")
        expect_offer(database, "Deep Lattice", LATTICE_ROW)
        expect_text(field(app, editor, "Base salary"), "200,000")
        expect_totals(app, editor, LATTICE_TOTALS, LATTICE_AVERAGE)
        app.wait_for_node("the offer in the list with its year-1 total",
                          lambda n: n.name == "Deep Lattice, ML Engineer, Received, "
                          "year 1 $350,000")
        say("ok: offer 1 saved exactly, year 1 $350,000, 4 years $1,350,000")

        # 3. A wrong base salary, then the right one.
        wrong_base_salary(app, window, database)
        expect_totals(app, editor, LATTICE_TOTALS, LATTICE_AVERAGE)

        # 4. A second offer, in EUR, then both compared.
        window, editor = new_offer(app, database, *BOREALIS, "EUR", "123456.78", 2)
        fill_terms(app, window, "12.5", grant="100000.01")
        expect_offer(database, "Borealis Labs", BOREALIS_ROW)
        expect_totals(app, editor, BOREALIS_TOTALS, BOREALIS_AVERAGE)
        say("ok: offer 2 saved exactly, year 1 €163,888.88, equity €25,000/€25,000.01/"
            "€25,000/€25,000")
        compare(app, window, database)

        # 5. The prep sheet as a PDF.
        export_sheet(app, workdir)

        # 6. Quit.
        key("ctrl+q")
        status = app.wait_exit()
        if status != 0:
            cltest.fail("careerlens exited with %d:\n%s" % (status, app.output()))
    finally:
        app.close()
    say("ok: two offers entered, checked, compared and exported by keyboard")


if __name__ == "__main__":
    main()
