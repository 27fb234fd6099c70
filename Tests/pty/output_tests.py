"""Long output at a terminal: the pager, expanded display, tables fitted to
the window, and Ctrl-C while rows stream. Run by run_pty_tests.py, whose harness they share.

The pager is Tests/pty/fake_pager.py, which records what it was given in a file."""

import contextlib
import csv
import fcntl
import io
import os
import re
import shutil
import struct
import subprocess
import tempfile
import termios

from run_pty_tests import ROOT, Session, check, command, quit_session

PROMPT = re.compile(r"\S*\*?> $")

FAKE_PAGER = os.path.join(ROOT, "Tests", "pty", "fake_pager.py")
PAGES = re.compile(r"^=== page\n", re.M)


@contextlib.contextmanager
def paged_session(binary, env, args=(), columns=None):
    """A session whose pager appends what it gets to a fresh file: yields (session, that file),
    then closes the session and removes the file."""
    record = tempfile.mktemp(prefix="stagesh-pager-")
    s = Session(binary, list(args), dict(env, STAGESH_PAGER="python3 %s %s" % (FAKE_PAGER, record)))
    try:
        if columns:
            fcntl.ioctl(s.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        s.expect_prompt(prompt=PROMPT)
        yield s, record
    finally:
        s.close()
        if os.path.exists(record):
            os.unlink(record)


def first_name(binary):
    """The name of the demo's first record, as `list` gives it in CSV."""
    out = subprocess.run([binary, "-q", "seeds/demo.json", "--format", "csv", "-c", "list limit 1"], cwd=ROOT,
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return list(csv.DictReader(io.StringIO(out)))[0]["name"]


def pages(record):
    if not os.path.exists(record):
        return []
    with open(record, encoding="utf-8") as f:
        return PAGES.split(f.read())[1:]


def line(s, text):
    """Types a command; its output up to the next prompt, whatever snapshot the prompt names."""
    return command(s, text, PROMPT)


def test_pager_takes_long_output(binary, env):
    """Output taller than the window goes to $STAGESH_PAGER, whole and in order; short output does not."""
    with paged_session(binary, env, ["seeds/demo.json"]) as (s, record):
        out = line(s, "count by owner")
        check("[fake pager" not in out and "Nguyễn Lan" in out, "8 rows fit a 24-line window: no pager", s)
        check(pages(record) == [], "nothing was paged yet", s)
        # A list is wider than 80 columns: whole lines for the pager, not records in blocks.
        line(s, "expanded off")
        out = line(s, "list opportunities limit 40")
        check("[fake pager: 43 lines]" in out, "40 rows, a header, a rule and a footer went to the pager", s)
        got = pages(record)
        check(len(got) == 1, "one page document", s)
        rows = [l for l in got[0].split("\n") if re.match(r"^ \d+ +\| opportunity", l)]
        check(len(rows) == 40 and got[0].rstrip().endswith("(40 rows)"), "every row and the footer, in order", s)
        check(not re.search(r"\x1b\[", got[0]), "no escapes in a table sent to the pager", s)
        # `pager off` prints in place; `pager on` pages even a line.
        out = line(s, "pager off")
        out = line(s, "list opportunities limit 40")
        check("[fake pager" not in out and "(40 rows)" in out, "pager off: printed in place", s)
        line(s, "pager on")
        out = line(s, "count")
        check("[fake pager: 4 lines]" in out, "pager on: even a short answer is paged", s)
        check(line(s, "pager").count("on") >= 1, "pager shows its setting", s)
        quit_session(s)


def test_pager_empty_means_none(binary, env):
    """An empty $STAGESH_PAGER (or $PAGER) turns paging off, as an empty PSQL_PAGER does."""
    s = Session(binary, ["seeds/demo.json"], dict(env, STAGESH_PAGER=""))
    try:
        s.expect_prompt(prompt=PROMPT)
        out = line(s, "list limit 60")
        check("(60 rows)" in out, "printed in place", s)
        quit_session(s)
    finally:
        s.close()


def test_expanded_at_40_columns(binary, env):
    """At 40 columns a wide table shows a record per block (expanded auto); `expanded off`
    leaves it whole for the pager rather than cutting every name to a stub."""
    with paged_session(binary, env, ["seeds/demo.json"], columns=40) as (s, record):
        out = line(s, "count by owner")
        check("Nguyễn Lan" in out and "-[ RECORD" not in out, "a table that fits 40 columns stays a table", s)
        out = line(s, "list limit 2")
        # Values are never cut in blocks; a name longer than the window sends them to the pager.
        check("[fake pager: 23 lines]" in out, "two blocks of ten fields, each under its rule, and the footer", s)
        block = pages(record)[-1]
        check(block.startswith("-[ RECORD 1 ]") and "-[ RECORD 2 ]" in block, "expanded blocks at 40 columns", s)
        name = first_name(binary)
        check(len(name) > 30 and re.search(r"^name +\| %s$" % re.escape(name), block, re.M) is not None,
              "a whole 'name | value' line", s)
        check(re.search(r"^kind +\| opportunity$", block, re.M) is not None, "one field a line", s)
        out = line(s, "expanded off")
        out = line(s, "list limit 2")
        check("[fake pager" in out, "a table wider than the window goes to the pager", s)
        got = pages(record)[-1]
        check(name in got, "names whole, not cut to 8 columns", s)
        out = line(s, "expanded on")
        out = line(s, "count by stage")
        check("-[ RECORD 7 ]" in "".join(pages(record)) + out, "expanded on: every table by records", s)
        quit_session(s)


def test_ctrl_c_while_rows_stream(binary, env):
    """Ctrl-C while `list` prints 200,000 rows stops the printing and leaves the session as it was."""
    data = tempfile.mkdtemp(prefix="stagesh-out-")
    s = Session(binary, ["--data-dir", data], dict(env, STAGESH_PAGER=""), check_invariants=False)
    try:
        s.expect_prompt()
        out = line(s, "generate 200000 seed 3")
        check("200,000" in out or "200000" in out, "generated", s)
        line(s, "expanded off")
        start = len(s.text)
        s.send_line("list")
        s.read_until(lambda t: t[start:].count("\n") > 50, "the first rows")
        s.send(b"\x03")
        s.expect_prompt(start, PROMPT)
        out = s.text[start:]
        rows = len(re.findall(r"^ \d+ +\| ", out, re.M))
        check("interrupted" in out, "the shell says it was interrupted", s)
        check(rows < 200000 and "(200000 rows)" not in out, "printing stopped (%d rows printed)" % rows, s)
        out = line(s, "count")
        check(re.search(r"^ +200,000$", out, re.M) is not None, "the session is as it was", s)
        quit_session(s)
    finally:
        s.close()
        shutil.rmtree(data, ignore_errors=True)


TESTS = [
    ("pager: long output to $STAGESH_PAGER, short not; pager on|off", test_pager_takes_long_output),
    ("pager: an empty $STAGESH_PAGER pages nothing", test_pager_empty_means_none),
    ("expanded auto at 40 columns; expanded off pages whole names", test_expanded_at_40_columns),
    ("Ctrl-C while 200,000 rows stream stops them", test_ctrl_c_while_rows_stream),
]
