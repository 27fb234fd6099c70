#!/usr/bin/env python3
"""Drive the real stagesh binary in a pseudo-terminal, as a user at a terminal would.

Usage: python3 Tests/pty/run_pty_tests.py BINARY [NAME-SUBSTRING]

More tests live in Tests/pty/*_tests.py, each with its own TESTS list; a
second argument runs only the tests whose name contains it.

Standard library only (pty, os, select, subprocess). Each test starts the binary
in a fresh pseudo-terminal from the repository root, with HOME and XDG_* in a
temporary directory, TERM=xterm and an 80x24 window. Every read waits at most
READ_TIMEOUT seconds, so a missing prompt fails the test instead of hanging.
Prints one line per test and a last line "N passed, M failed"; exits 1 on any failure.
"""

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
import traceback

READ_TIMEOUT = 10.0
COLUMNS, LINES = 80, 24
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROMPT = re.compile(r"stagesh\*?> $")
# Colour, cursor movement and other terminal escapes a line editor may write.
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")


class Failure(Exception):
    pass


def clean(data):
    """Terminal output as text: escapes removed, CR LF as LF, stray CR dropped."""
    text = ANSI.sub("", data.decode("utf-8", errors="replace"))
    return text.replace("\r\n", "\n").replace("\r", "")


class Session:
    """One stagesh process on a pseudo-terminal."""

    def __init__(self, binary, args, env, check_invariants=True):
        # The data's invariants checked after every command, as in every test (not on big pipelines).
        args = (["--check-invariants"] if check_invariants else []) + list(args)
        pid, fd = pty.fork()
        if pid == 0:  # the child: its stdin, stdout and stderr are the terminal
            try:
                os.chdir(ROOT)
                os.execve(binary, [binary] + args, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.raw = b""
        self.status = None

    @property
    def text(self):
        return clean(self.raw)

    def read_until(self, predicate, what, timeout=READ_TIMEOUT):
        """Reads until predicate(text so far) holds; fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not predicate(self.text):
            left = deadline - time.monotonic()
            if left <= 0:
                raise Failure("timed out after %.0fs waiting for %s; output so far:\n%s"
                              % (timeout, what, self.text))
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                data = b""
            if not data:
                if predicate(self.text):
                    return
                raise Failure("the terminal closed while waiting for %s; output so far:\n%s" % (what, self.text))
            self.raw += data

    def expect_prompt(self, after=0, prompt=PROMPT):
        """Waits for a prompt at the end of the output, past offset `after` of the text."""
        self.read_until(lambda t: len(t) > after and prompt.search(t[after:]) is not None,
                        "the prompt /%s/" % prompt.pattern)

    def send(self, data):
        # libedit prints the prompt just before it puts the terminal in raw
        # mode; a Ctrl-D that arrives in between is taken by the kernel's
        # line discipline as an end of file nobody reads, and lost. A person
        # cannot type that fast, so wait a moment before a leading Ctrl-D.
        if data[:1] == b"\x04":
            time.sleep(0.05)
        os.write(self.fd, data)

    def send_line(self, line):
        """Types a line and Enter (a terminal sends CR; the line discipline or editor turns it into a newline)."""
        self.send(line.encode("utf-8") + b"\r")

    def wait_exit(self, timeout=READ_TIMEOUT):
        """Waits for the process to end, draining its output; returns its exit status."""
        deadline = time.monotonic() + timeout
        while True:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.drain()
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
            if time.monotonic() > deadline:
                raise Failure("the process did not exit within %.0fs; output so far:\n%s" % (timeout, self.text))
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.fd, 4096)
                except OSError:
                    data = b""
                self.raw += data

    def drain(self):
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if not ready:
                return
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                return
            if not data:
                return
            self.raw += data

    def kill(self):
        """SIGKILL, as a crash or a power cut would end it: no chance to clean up."""
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        self.status = -signal.SIGKILL

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.status = -signal.SIGKILL
        try:
            os.close(self.fd)
        except OSError:
            pass


def quit_session(s):
    """Types quit and answers a possible 'unsaved changes' question; returns the exit status."""
    start = len(s.text)
    s.send_line("quit")
    deadline = time.monotonic() + READ_TIMEOUT
    while time.monotonic() < deadline:
        pid, status = os.waitpid(s.pid, os.WNOHANG)
        if pid == s.pid:
            s.drain()
            s.status = os.waitstatus_to_exitcode(status)
            return s.status
        if re.search(r"\[y/N\]\s*$", s.text[start:]):
            s.send_line("y")
            return s.wait_exit()
        ready, _, _ = select.select([s.fd], [], [], 0.05)
        if ready:
            try:
                s.raw += os.read(s.fd, 4096)
            except OSError:
                pass
    raise Failure("quit did not end the session; output so far:\n%s" % s.text)


def check(condition, message, s=None):
    if not condition:
        raise Failure(message + ("" if s is None else "; output:\n" + s.text))


# The tests. Each gets (binary, env) and raises Failure (or anything) to fail.

BANNER = re.compile(r"^stagesh \S+: (\d+) records? in \d+ stages\.", re.M)


def test_banner_and_prompt(binary, env):
    """(a) on a terminal: a banner, then the prompt `stagesh> `."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        m = BANNER.search(s.text)
        check(m is not None, "no banner", s)
        check(m.group(1) == "0", "the banner should count 0 records", s)
        check(s.text.endswith("stagesh> "), "the prompt of a fresh session is 'stagesh> '", s)
        check(s.text.index(m.group(0)) < s.text.rindex("stagesh> "), "the banner comes before the prompt", s)
        quit_session(s)
    finally:
        s.close()


def test_add_marks_unsaved(binary, env):
    """(b) adding a lead answers `added lead 1` and the prompt becomes `stagesh*> `."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        start = len(s.text)
        s.send_line('add lead "Nguyễn Văn An"')
        s.expect_prompt(start)
        out = s.text[start:]
        check("Nguyễn Văn An" in out, "the typed line (with its Vietnamese letters) is echoed", s)
        check(re.search(r"^added lead 1$", out, re.M) is not None, "expected 'added lead 1'", s)
        check(out.endswith("stagesh*> "), "after a change the prompt is 'stagesh*> '", s)
        quit_session(s)
    finally:
        s.close()


def test_error_with_caret(binary, env):
    """(c) a bad command: `error: ...` and a caret line under the typed text."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        start = len(s.text)
        s.send_line("move 1 to Negociation")
        s.expect_prompt(start)
        out = s.text[start:]
        check(re.search(r"^error: \S", out, re.M) is not None, "expected a line starting 'error: '", s)
        carets = [l for l in out.split("\n") if re.fullmatch(r" *\^~*", l)]
        check(carets, "expected a caret line (spaces, ^, ~)", s)
        check(not re.search(r"^stagesh: ", out, re.M), "interactively an error is not prefixed with the source", s)
        check(out.endswith("stagesh> "), "a failed command changes nothing: the prompt stays 'stagesh> '", s)
        quit_session(s)
    finally:
        s.close()


def test_quit(binary, env):
    """(d) `quit` exits with status 0."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        s.send_line("quit")
        status = s.wait_exit()
        check(status == 0, "quit should exit 0, got %s" % status, s)
    finally:
        s.close()


def test_end_of_input(binary, env):
    """(e) Ctrl-D on an empty line (nothing unsaved) exits with status 0."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        s.send(b"\x04")
        status = s.wait_exit()
        check(status == 0, "Ctrl-D should exit 0, got %s" % status, s)
    finally:
        s.close()


def test_init_script(binary, env):
    """(f) `--init seeds/demo.stg` runs the demo script, then the banner counts its 300 records."""
    s = Session(binary, ["--init", "seeds/demo.stg"], env)
    try:
        s.expect_prompt()
        m = BANNER.search(s.text)
        check(m is not None, "no banner", s)
        check(m.group(1) == "300", "the banner should count 300 records", s)
        start = len(s.text)
        s.send_line("count")
        s.expect_prompt(start)
        check(re.search(r"^\s*300\s*$", s.text[start:], re.M) is not None, "count should answer 300", s)
        quit_session(s)
    finally:
        s.close()


def test_batch_on_pipe(binary, env):
    """(g) stdin a pipe: batch mode, no banner and no prompt, only results."""
    proc = subprocess.run([binary], input='add lead "Nguyễn Văn An"\ncount\n'.encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env,
                          timeout=READ_TIMEOUT)
    out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    expected = "added lead 1\n count\n-------\n     1\n(1 row)\n"
    if proc.returncode != 0 or out != expected or err != "":
        raise Failure("batch mode: status %d, stdout %r (expected %r), stderr %r"
                      % (proc.returncode, out, expected, err))


# Line editing, completion, history and signals (libedit).

LEFT, BACKSPACE, UP, TAB, CTRL_C, CTRL_D = b"\x1b[D", b"\x7f", b"\x1b[A", b"\t", b"\x03", b"\x04"


def run_line(s, data):
    """Sends raw keys ending in Enter and returns the output up to the next prompt."""
    start = len(s.text)
    s.send(data + b"\r")
    s.expect_prompt(start)
    return s.text[start:]


def test_vietnamese_editing(binary, env):
    """Typing Vietnamese, moving left over it and deleting one letter edits by character."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        # Left twice puts the cursor before `a"`; Backspace deletes `ụ` (three bytes), then `u` is typed.
        run_line(s, 'add lead "Trần Thị Lụa"'.encode() + LEFT + LEFT + BACKSPACE + b"u")
        out = run_line(s, b"show 1")
        check(re.search(r"^ name +\| Trần Thị Lua$", out, re.M) is not None, "the edited name should be 'Trần Thị Lua'", s)
        quit_session(s)
    finally:
        s.close()


def test_complete_command(binary, env):
    """Tab completes a unique command name."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        out = run_line(s, b"cou" + TAB)
        check(re.search(r"^ count$", out, re.M) is not None, "'cou' + Tab should run count", s)
        quit_session(s)
    finally:
        s.close()


def test_complete_stage_with_space(binary, env):
    """Tab completes a stage whose name has a space, quoting it."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        run_line(s, b"add opp X")
        out = run_line(s, b"move 1 to Pro" + TAB)
        check('"Proposal Sent"' in out, "the completed stage is quoted", s)
        check("moved 1 from Negotiation to Proposal Sent" in out, "the completed command runs", s)
        quit_session(s)
    finally:
        s.close()


def test_complete_id(binary, env):
    """Tab completes a record id."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        run_line(s, b"add lead Alpha id=D0000042")
        out = run_line(s, b"show D00" + TAB)
        check(re.search(r"^ id +\| D0000042$", out, re.M) is not None, "'show D00' + Tab should show D0000042", s)
        quit_session(s)
    finally:
        s.close()


def test_complete_path(binary, env):
    """Tab completes a file path after import."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        out = run_line(s, b"import records seeds/demo/rec" + TAB)
        check("imported 300 records from seeds/demo/records.csv" in out, "the completed path is imported", s)
        quit_session(s)
    finally:
        s.close()


def test_history_after_restart(binary, env):
    """A command is in the history file at once, and Up recalls it after a restart."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        run_line(s, b"count where stage = Won")
        history = os.path.join(env["XDG_STATE_HOME"], "stagesh", "history")
        check(os.path.exists(history), "the history file should exist after one command", s)
        with open(history, "rb") as f:
            check(b"count" in f.read(), "the command should be saved before the session ends", s)
        quit_session(s)
    finally:
        s.close()
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        # The last entry is the `quit` that ended the first session; the one before is the count.
        out = run_line(s, UP + UP)
        check("count where stage = Won" in out, "Up should recall the commands of the previous session", s)
        check(re.search(r"^ +0$", out, re.M) is not None, "the recalled command runs", s)
        quit_session(s)
    finally:
        s.close()


def test_ctrl_c_at_prompt(binary, env):
    """Ctrl-C discards the line being typed and gives a fresh prompt; it never quits."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        start = len(s.text)
        s.send(b"add lead Zed" + CTRL_C)
        s.expect_prompt(start)
        out = run_line(s, b"count")
        check(re.search(r"^ +0$", out, re.M) is not None, "the discarded line must not run", s)
        check(out.endswith("stagesh> "), "nothing changed, so no '*'", s)
        quit_session(s)
    finally:
        s.close()


def test_ctrl_c_during_command(binary, env):
    """Ctrl-C during a long import interrupts it and leaves the session as it was."""
    big = os.path.join(env["HOME"], "big.csv")
    with open(big, "w", encoding="utf-8") as f:
        f.write("id,kind,name,account,owner,source,value,stage,created_at,updated_at\n")
        for i in range(1, 1_500_001):
            f.write("B%d,lead,Deal %d,Acme,Lan,web,1000,New,2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\n" % (i, i))
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        start = len(s.text)
        s.send_line("import records " + big)
        time.sleep(0.5)
        s.send(CTRL_C)
        s.expect_prompt(start)
        out = s.text[start:]
        check("interrupted" in out, "the import should report it was interrupted", s)
        check("imported" not in out, "the import must not finish", s)
        out = run_line(s, b"count")
        check(re.search(r"^ +0$", out, re.M) is not None, "the interrupted import leaves no record", s)
        check(out.endswith("stagesh> "), "and no unsaved change", s)
        quit_session(s)
    finally:
        s.close()


def asks_before_ending(binary, env, end):
    """With unsaved changes, `end(s)` asks first: 'n' keeps the session and its
    record, 'y' quits with status 0."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        run_line(s, b"add lead X")
        start = len(s.text)
        end(s)
        s.read_until(lambda t: re.search(r"\[y/N\] $", t[start:]) is not None, "the question")
        start = len(s.text)
        s.send_line("n")
        s.expect_prompt(start)
        out = run_line(s, b"count")
        check("1" in out, "the session should still hold its record", s)
        start = len(s.text)
        end(s)
        s.read_until(lambda t: re.search(r"\[y/N\] $", t[start:]) is not None, "the question again")
        s.send_line("y")
        status = s.wait_exit()
        check(status == 0, "answering y should exit 0, got %s" % status, s)
    finally:
        s.close()


def test_ctrl_d_with_unsaved_changes(binary, env):
    """Ctrl-D with unsaved changes asks first: 'n' stays, 'y' quits."""
    asks_before_ending(binary, env, lambda s: s.send(CTRL_D))


def test_quit_with_unsaved_changes(binary, env):
    """`quit` with unsaved changes asks first, as Ctrl-D does: 'n' stays, 'y' quits."""
    asks_before_ending(binary, env, lambda s: s.send_line("quit"))


def test_colour_and_no_color(binary, env):
    """On a terminal the prompt and errors are coloured; NO_COLOR turns every colour off."""
    for no_color in (False, True):
        e = dict(env)
        if no_color:
            e["NO_COLOR"] = "1"
        s = Session(binary, [], e)
        try:
            s.expect_prompt()
            run_line(s, b"bogus")
            coloured = b"\x1b[1m" in s.raw or b"\x1b[1;31m" in s.raw
            if no_color:
                check(not re.search(rb"\x1b\[[0-9;]*m", s.raw), "NO_COLOR: no colour escapes at all", s)
            else:
                check(coloured, "without NO_COLOR the prompt or the error is coloured", s)
            quit_session(s)
        finally:
            s.close()


def test_term_dumb(binary, env):
    """TERM=dumb: a plain prompt with no escape sequences, and commands still run."""
    e = dict(env)
    e["TERM"] = "dumb"
    s = Session(binary, [], e)
    try:
        s.expect_prompt()
        out = run_line(s, b"count")
        check(re.search(r"^ +0$", out, re.M) is not None, "count runs", s)
        check(b"\x1b" not in s.raw, "no escape sequence may be written for TERM=dumb", s)
        quit_session(s)
    finally:
        s.close()


def test_term_dumb_ctrl_c_ends_once(binary, env):
    """TERM=dumb: Ctrl-C at the prompt gives a fresh prompt, and the next commands run, quit included."""
    e = dict(env)
    e["TERM"] = "dumb"
    s = Session(binary, [], e)
    try:
        s.expect_prompt()
        start = len(s.text)
        s.send(CTRL_C)
        s.expect_prompt(start)
        out = run_line(s, b"count")
        check(re.search(r"^ +0$", out, re.M) is not None, "count runs after Ctrl-C", s)
        check("interrupted" not in out, "the Ctrl-C at the prompt must not stop the next command", s)
        quit_session(s)
    finally:
        s.close()


def test_resize(binary, env):
    """After the window shrinks, tables are fitted to the new width."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        long_name = "Công ty TNHH Thương mại Dịch vụ Hưng Thịnh Phát"
        run_line(s, ('add lead "%s"' % long_name).encode())
        out = run_line(s, b"show 1")
        check(long_name in out, "at 80 columns the whole name is shown", s)
        # The kernel sends SIGWINCH to the foreground process when the size changes.
        fcntl.ioctl(s.fd, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, 40, 0, 0))
        time.sleep(0.2)
        out = run_line(s, b"show 1")
        check(long_name not in out and "…" in out, "at 40 columns the name is cut with an ellipsis", s)
        quit_session(s)
    finally:
        s.close()


# Snapshots and the journal: every acknowledged change survives a crash.

# A prompt with or without a snapshot open, with or without unsaved changes.
ANY_PROMPT = re.compile(r"(?:stagesh|pipe)\*?> $")
FOUND_JOURNAL = re.compile(r"unsaved work.*\brecover\b.*\bdiscard\b", re.S)
# The three acknowledged changes the crash tests make on the demo snapshot `pipe`.
CHANGES = [
    ('add lead "Khách hàng Phục Hồi" owner="Nguyễn Lan"', r"^added lead 301$"),
    ("move 301 to Contacted", r"^moved 301 from New to Contacted$"),
    ("set 26 value=77k", r"^updated 26 \(1 field\)$"),
]


def command(s, line, prompt=ANY_PROMPT):
    """Types a command and returns its output up to the next prompt (the command acknowledged)."""
    start = len(s.text)
    s.send_line(line)
    s.expect_prompt(start, prompt)
    return s.text[start:]


def journal_files(data):
    d = os.path.join(data, "journal")
    return sorted(f for f in os.listdir(d) if f.endswith(".journal")) if os.path.isdir(d) else []


def saved_demo(binary, env, name):
    """A data directory under the test's HOME holding the demo pipeline saved as `pipe`."""
    data = os.path.join(env["HOME"], name)
    proc = subprocess.run([binary, "--data-dir", data, "-f", "seeds/demo.stg", "-c", "save pipe"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                          cwd=ROOT, env=env, timeout=READ_TIMEOUT)
    if proc.returncode != 0 or b"saved pipe: 300 records" not in proc.stdout:
        raise Failure("saving the demo failed: status %d, stderr %r" % (proc.returncode, proc.stderr))
    return data


def crash_after_changes(binary, env, data):
    """Loads `pipe`, makes the three changes (waiting for each prompt), then SIGKILLs the shell."""
    s = Session(binary, ["--data-dir", data], env)
    try:
        s.expect_prompt(0, ANY_PROMPT)
        check(not FOUND_JOURNAL.search(s.text), "a fresh data directory holds no unsaved work", s)
        out = command(s, "load pipe")
        check("loaded pipe: 300 records" in out and out.endswith("pipe> "), "load opens the snapshot: 'pipe> '", s)
        for line, answer in CHANGES:
            out = command(s, line)
            check(re.search(answer, out, re.M) is not None, "%r should answer /%s/" % (line, answer), s)
            check(out.endswith("pipe*> "), "after a change the prompt is 'pipe*> '", s)
        # Each change is on disk before its prompt came back.
        files = journal_files(data)
        check(len(files) == 1, "one live journal expected in %s/journal, found %r" % (data, files), s)
        with open(os.path.join(data, "journal", files[0]), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l and not l.startswith("#")]
        check(len(lines) == 3, "the journal should hold the 3 changes, it holds %r" % lines, s)
        s.kill()
    finally:
        s.close()


def start_with_found_journal(binary, env, data, commands=3):
    """Starts a shell on `data` and checks it offers the crashed session's work."""
    s = Session(binary, ["--data-dir", data], env)
    s.expect_prompt(0, ANY_PROMPT)
    check(FOUND_JOURNAL.search(s.text) is not None, "the start should offer to recover or discard the unsaved work", s)
    if commands is not None:
        check(re.search(r"\b%d commands\b" % commands, s.text) is not None, "the offer counts %d commands" % commands, s)
    return s


def check_changes_back(s):
    out = command(s, "count")
    check(re.search(r"^ +301$", out, re.M) is not None, "count should be 301 after recover", s)
    out = command(s, "show 301")
    check(re.search(r"^ name +\| Khách hàng Phục Hồi$", out, re.M) is not None, "lead 301 is back", s)
    check(re.search(r"^ stage +\| Contacted$", out, re.M) is not None, "lead 301 is in Contacted again", s)
    out = command(s, "show 26")
    check(re.search(r"^ value +\| +77,000$", out, re.M) is not None, "deal 26 is worth 77,000 again", s)
    check(out.endswith("pipe*> "), "the recovered work is unsaved on top of pipe: 'pipe*> '", s)


def test_journal_recover(binary, env):
    """kill -9 after three acknowledged changes; the next start offers them and `recover` brings them back."""
    data = saved_demo(binary, env, "data-recover")
    crash_after_changes(binary, env, data)
    s = start_with_found_journal(binary, env, data)
    try:
        check(s.text.endswith("stagesh> "), "nothing is loaded before the answer", s)
        out = command(s, "recover")
        check(re.search(r"^recovered 3 commands\b", out, re.M) is not None, "expected 'recovered 3 commands'", s)
        check(out.endswith("pipe*> "), "after recover the prompt shows the snapshot and '*': 'pipe*> '", s)
        check_changes_back(s)
        # `quit` (answering y should it ask about the unsaved work) leaves the recovered work.
        status = quit_session(s)
        check(status == 0, "quit should exit 0, got %s" % status, s)
    finally:
        s.close()
    check(journal_files(data) == [], "after recover and quit no journal is left: %r" % journal_files(data))


def test_journal_discard(binary, env):
    """kill -9, then `discard` drops the work; the start after that offers nothing."""
    data = saved_demo(binary, env, "data-discard")
    crash_after_changes(binary, env, data)
    s = start_with_found_journal(binary, env, data)
    try:
        out = command(s, "discard")
        check(re.search(r"^discarded 3 unsaved commands$", out, re.M) is not None, "expected 'discarded 3 ...'", s)
        check(out.endswith("stagesh> "), "nothing was recovered, so nothing is unsaved: 'stagesh> '", s)
        out = command(s, "recover")
        check("no unsaved work" in out, "after discard there is nothing to recover", s)
        out = command(s, "load pipe")
        check(out.endswith("pipe> "), "the snapshot loads", s)
        out = command(s, "count")
        check(re.search(r"^ +300$", out, re.M) is not None, "the snapshot never had the dropped changes", s)
        out = command(s, "show 26")
        check(re.search(r"^ value +\| +30,000$", out, re.M) is not None, "deal 26 keeps its saved value (the demo's 30,000)", s)
        status = quit_session(s)
        check(status == 0, "quit should exit 0, got %s" % status, s)
    finally:
        s.close()
    check(journal_files(data) == [], "after discard and quit no journal is left: %r" % journal_files(data))
    s = Session(binary, ["--data-dir", data], env)
    try:
        s.expect_prompt(0, ANY_PROMPT)
        check(not FOUND_JOURNAL.search(s.text) and "unsaved" not in s.text, "the third start offers nothing", s)
        out = command(s, "recover")
        check("no unsaved work" in out, "and there is nothing to recover", s)
        quit_session(s)
    finally:
        s.close()


def test_quit_leaves_no_journal(binary, env):
    """A session that ends with `quit` leaves no journal, so the next start offers nothing."""
    data = saved_demo(binary, env, "data-quit")
    s = Session(binary, ["--data-dir", data], env)
    try:
        s.expect_prompt(0, ANY_PROMPT)
        command(s, "load pipe")
        command(s, CHANGES[0][0])
        check(len(journal_files(data)) == 1, "a live session has its journal", s)
        status = quit_session(s)  # answers y: the unsaved change is given up on purpose
        check(status == 0, "quit should exit 0, got %s" % status, s)
    finally:
        s.close()
    check(journal_files(data) == [], "after quit no journal is left: %r" % journal_files(data))
    s = Session(binary, ["--data-dir", data], env)
    try:
        s.expect_prompt(0, ANY_PROMPT)
        check(not FOUND_JOURNAL.search(s.text) and "unsaved" not in s.text, "the next start offers nothing", s)
        quit_session(s)
    finally:
        s.close()
    check(journal_files(data) == [], "nor after a session that changed nothing: %r" % journal_files(data))


def test_crash_after_save_offers_nothing(binary, env):
    """A crash right after `save` loses nothing, so the next start offers nothing to recover."""
    data = saved_demo(binary, env, "data-saved-then-killed")
    s = Session(binary, ["--data-dir", data], env)
    try:
        s.expect_prompt(0, ANY_PROMPT)
        command(s, "load pipe")
        command(s, "set 26 value=77k")
        out = command(s, "save")
        check("saved pipe" in out and out.endswith("pipe> "), "save: 'saved pipe', then 'pipe> ' (nothing unsaved)", s)
        s.kill()
    finally:
        s.close()
    s = Session(binary, ["--data-dir", data], env)
    try:
        s.expect_prompt(0, ANY_PROMPT)
        check(not FOUND_JOURNAL.search(s.text) and "unsaved" not in s.text,
              "everything was saved before the kill: the start should offer nothing", s)
        command(s, "load pipe")
        out = command(s, "show 26")
        check(re.search(r"^ value +\| +77,000$", out, re.M) is not None, "the saved value is in the snapshot", s)
        quit_session(s)
    finally:
        s.close()


def test_journal_recover_twice(binary, env):
    """A recovered session that crashes too loses nothing: the next start recovers the same work."""
    data = saved_demo(binary, env, "data-recover-twice")
    crash_after_changes(binary, env, data)
    s = start_with_found_journal(binary, env, data)
    try:
        command(s, "recover")
        s.kill()
    finally:
        s.close()
    # The offer may count the commands differently; what matters is that they all come back.
    s = start_with_found_journal(binary, env, data, commands=None)
    try:
        out = command(s, "recover")
        check(re.search(r"^recovered 3 commands\b", out, re.M) is not None,
              "the second recover should replay the same 3 commands", s)
        check_changes_back(s)
        quit_session(s)
    finally:
        s.close()


def test_recover_keeps_clock(binary, env):
    """The recovered session has the clock the crashed one had (the snapshot's frozen clock)."""
    data = saved_demo(binary, env, "data-recover-clock")
    crash_after_changes(binary, env, data)
    s = start_with_found_journal(binary, env, data)
    try:
        command(s, "recover")
        out = command(s, "now")
        check(re.search(r"^2026-11-29 \(frozen\)$", out, re.M) is not None,
              "pipe was saved with the clock frozen at 2026-11-29, as the crashed session had it", s)
        quit_session(s)
    finally:
        s.close()



# Presenter mode (--play) and --check.

PLAY_SCRIPT = """# Presenter test: narration first.
add lead "Trình diễn" value=1k

# Then a list.
list
# The last step.
count
"""

HINT = re.compile(r"\u23ce\s*$")


def play_script(env, text=PLAY_SCRIPT, name="play.stg"):
    path = os.path.join(env["HOME"], name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def test_play_waits_then_goes_live(binary, env):
    """--play: narration, each command typed after the prompt, its output, a wait for Enter; then live."""
    s = Session(binary, ["--play", play_script(env), "--delay", "0"], env)
    try:
        s.read_until(lambda t: HINT.search(t) is not None, "the wait after the first command")
        out = s.text
        check("Presenter test: narration first." in out, "the first comment is shown as narration", s)
        check("# Presenter test" not in out, "narration is shown without its #", s)
        check(re.search(r"^stagesh> add lead \"Trình diễn\" value=1k$", out, re.M) is not None,
              "the first command is shown after the prompt", s)
        check(re.search(r"^added lead 1$", out, re.M) is not None, "the first command ran", s)
        check("Then a list." not in out, "nothing after the first command before Enter", s)
        time.sleep(0.5)
        s.drain()
        check("Then a list." not in s.text, "the play waits for Enter", s)
        start = len(s.text)
        s.send_line("")
        s.read_until(lambda t: HINT.search(t[start:]) is not None, "the wait after the second command")
        out = s.text[start:]
        check("Then a list." in out, "the second narration after Enter", s)
        check(re.search(r"^stagesh\*> list$", out, re.M) is not None, "list is typed after the prompt", s)
        check("Trình" in out.split("stagesh*> list", 1)[1], "list shows the lead", s)
        check("The last step." not in out, "the play waits again", s)
        start = len(s.text)
        s.send_line("")
        s.expect_prompt(start)
        out = s.text[start:]
        check(re.search(r"^stagesh\*> count$", out, re.M) is not None, "count is typed after the prompt", s)
        check(re.search(r"^\s*1\s*$", out, re.M) is not None, "count answers 1", s)
        check(BANNER.search(out) is not None, "after the last step the shell goes live", s)
        start = len(s.text)
        s.send_line('add lead "Live"')
        s.expect_prompt(start)
        start = len(s.text)
        s.send_line("count")
        s.expect_prompt(start)
        check(re.search(r"^\s*2\s*$", s.text[start:], re.M) is not None,
              "live, count sees the play's session and answers 2", s)
        status = quit_session(s)
        check(status == 0, "quit after the play exits 0, got %s" % status, s)
    finally:
        s.close()


def test_play_q_stops(binary, env):
    """--play: q + Enter at the wait stops the play; the rest is not run; the shell stays live."""
    s = Session(binary, ["--play", play_script(env), "--delay", "0"], env)
    try:
        s.read_until(lambda t: HINT.search(t) is not None, "the wait after the first command")
        start = len(s.text)
        s.send_line("q")
        s.expect_prompt(start)
        out = s.text[start:]
        check("Then a list." not in out and "> list" not in out, "q stops the play before the next step", s)
        start = len(s.text)
        s.send_line("count")
        s.expect_prompt(start)
        check(re.search(r"^\s*1\s*$", s.text[start:], re.M) is not None, "only the first command ran", s)
        quit_session(s)
    finally:
        s.close()


def test_play_ctrl_c_stops(binary, env):
    """--play: Ctrl-C at the wait stops the play; the shell stays live with the session so far."""
    s = Session(binary, ["--play", play_script(env), "--delay", "0"], env)
    try:
        s.read_until(lambda t: HINT.search(t) is not None, "the wait after the first command")
        start = len(s.text)
        s.send(CTRL_C)
        s.expect_prompt(start)
        check("> list" not in s.text[start:], "Ctrl-C stops the play before the next step", s)
        start = len(s.text)
        s.send_line("count")
        s.expect_prompt(start)
        check(re.search(r"^\s*1\s*$", s.text[start:], re.M) is not None, "only the first command ran", s)
        quit_session(s)
    finally:
        s.close()


def test_play_no_wait(binary, env):
    """--play --no-wait --delay 0 runs straight through and exits 0 (1 when a command failed)."""
    s = Session(binary, ["--play", play_script(env), "--no-wait", "--delay", "0"], env)
    try:
        status = s.wait_exit()
        out = s.text
        check(status == 0, "--no-wait exits 0, got %s" % status, s)
        check("The last step." in out and re.search(r"^stagesh\*> count$", out, re.M) is not None,
              "every step is shown", s)
        check(HINT.search(out) is None and "\u23ce" not in out, "--no-wait never waits", s)
        check(BANNER.search(out) is None, "--no-wait does not go live", s)
    finally:
        s.close()
    s = Session(binary, ["--play", play_script(env, "move 9 to Won\ncount\n", "bad.stg"), "--no-wait", "--delay", "0"], env)
    try:
        status = s.wait_exit()
        check(status == 1, "a failed command makes --no-wait exit 1, got %s" % status, s)
        check(re.search(r"^error: ", s.text, re.M) is not None, "the error is shown as an interactive error", s)
        check(re.search(r"^stagesh> count$", s.text, re.M) is not None, "the play goes on after an error", s)
    finally:
        s.close()


def test_check(binary, env):
    """--check: a good script exits 0; a broken one reports every error and exits 1; nothing runs."""
    def run(args):
        proc = subprocess.run([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, cwd=ROOT, env=env, timeout=READ_TIMEOUT)
        return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")

    code, out, err = run(["--check", "Examples/01-first-steps.stg"])
    if code != 0 or not re.fullmatch(r"Examples/01-first-steps\.stg: \d+ commands, 0 errors\n", out) or err:
        raise Failure("--check on a good example: status %d, stdout %r, stderr %r" % (code, out, err))
    broken = play_script(env, 'now 2026-11-29\nadd lead "A" value=1k\nmove 1 to\nsave checked\nfoo bar\n'
                         'list ; lst\n', "broken.stg")
    code, out, err = run(["--data-dir", os.path.join(env["HOME"], "checkdata"), "--check", broken])
    expected_err = [
        "stagesh: %s:3:10: error: expected STAGE at the end of the command" % broken,
        "stagesh: %s:5:1: error: unknown command \"foo\"" % broken,
        "stagesh: %s:6:8: error: unknown command \"lst\"" % broken,
    ]
    got = [l for l in err.split("\n") if l.startswith("stagesh: ")]
    if code != 1 or got != expected_err or out != "%s: 7 commands, 3 errors\n" % broken:
        raise Failure("--check on a broken script: status %d, stdout %r, stderr %r" % (code, out, err))
    if os.path.exists(os.path.join(env["HOME"], "checkdata")):
        raise Failure("--check ran the script: it saved a snapshot")
    code, out, err = run(["--check", broken, "-c", "list"])
    if code != 2:
        raise Failure("--check with -c is a usage error (2), got %d: %r" % (code, err))

TESTS = [
    ("banner and prompt on a terminal", test_banner_and_prompt),
    ("add lead: 'added lead 1' and prompt 'stagesh*> '", test_add_marks_unsaved),
    ("bad command: 'error: ...' with a caret", test_error_with_caret),
    ("quit exits 0", test_quit),
    ("quit with unsaved changes asks first: 'n' stays, 'y' quits", test_quit_with_unsaved_changes),
    ("Ctrl-D on an empty line exits 0", test_end_of_input),
    ("--init seeds/demo.stg: banner counts 300 records", test_init_script),
    ("stdin a pipe: batch mode, no banner, no prompt", test_batch_on_pipe),
    ("Vietnamese text edits by character", test_vietnamese_editing),
    ("Tab completes a command", test_complete_command),
    ("Tab completes a stage with a space, quoted", test_complete_stage_with_space),
    ("Tab completes an id", test_complete_id),
    ("Tab completes a path", test_complete_path),
    ("history saved at once and recalled with Up after a restart", test_history_after_restart),
    ("Ctrl-C at the prompt discards the line", test_ctrl_c_at_prompt),
    ("Ctrl-C during an import leaves the session as it was", test_ctrl_c_during_command),
    ("Ctrl-D with unsaved changes asks first", test_ctrl_d_with_unsaved_changes),
    ("colour on a terminal, none with NO_COLOR", test_colour_and_no_color),
    ("TERM=dumb: no escape sequences", test_term_dumb),
    ("TERM=dumb: a Ctrl-C at the prompt stops nothing after it", test_term_dumb_ctrl_c_ends_once),
    ("tables follow a terminal resize", test_resize),
    ("kill -9 after 3 changes: the next start offers them, recover brings them back", test_journal_recover),
    ("kill -9, then discard drops the work; the next start offers nothing", test_journal_discard),
    ("quit leaves no journal; the next start offers nothing", test_quit_leaves_no_journal),
    ("kill -9 right after save: the next start offers nothing", test_crash_after_save_offers_nothing),
    ("a recovered session killed again recovers again", test_journal_recover_twice),
    ("recover keeps the crashed session's frozen clock", test_recover_keeps_clock),
    ("--play: narration, typed commands, waits for Enter, then live", test_play_waits_then_goes_live),
    ("--play: q at the wait stops the play", test_play_q_stops),
    ("--play: Ctrl-C at the wait stops the play", test_play_ctrl_c_stops),
    ("--play --no-wait runs straight through and exits", test_play_no_wait),
    ("--check reports every error without running anything", test_check),
]


def all_tests():
    """The tests above, then those of every Tests/pty/*_tests.py module (its own TESTS list),
    which import the harness from this file."""
    import importlib
    tests = list(TESTS)
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    sys.modules.setdefault("run_pty_tests", sys.modules[__name__])
    for name in sorted(os.listdir(here)):
        if name.endswith("_tests.py") and name != "run_pty_tests.py":
            tests += importlib.import_module(name[:-3]).TESTS
    return tests


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: run_pty_tests.py BINARY [NAME-SUBSTRING]", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        print("run_pty_tests: %s is not an executable (run swift build first)" % sys.argv[1], file=sys.stderr)
        return 2
    wanted = sys.argv[2] if len(sys.argv) == 3 else ""
    return run_tests([(name, test) for name, test in all_tests() if wanted in name], binary)


def test_environment(home):
    """The environment every test starts from: HOME and XDG_* in `home`, TERM=xterm, an 80x24
    window, UTF-8, and no setting of the caller's that would change what stagesh does."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and k not in ("STAGESH_HOME", "NO_COLOR", "COLUMNS", "LINES", "PAGER")}
    env.update({
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_STATE_HOME": os.path.join(home, "state"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "TERM": "xterm",
        "COLUMNS": str(COLUMNS),
        "LINES": str(LINES),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        # Long output goes through a pager at a terminal: `cat` passes it straight on, so each
        # test reads it as it would read the terminal (the pager tests set their own).
        "STAGESH_PAGER": "cat",
    })
    return env


def run_tests(tests, binary):
    """Runs (name, test) pairs in a temporary home; prints a line each and a summary; returns the exit status."""
    home = tempfile.mkdtemp(prefix="stagesh-pty-")
    try:
        env = test_environment(home)
        passed = failed = 0
        for name, test in tests:
            try:
                test(binary, env)
            except Failure as e:
                failed += 1
                print("FAIL %s\n%s" % (name, "\n".join("    " + l for l in str(e).split("\n"))))
            except Exception:  # a bug in the test itself counts as a failure too
                failed += 1
                print("FAIL %s\n%s" % (name, traceback.format_exc()))
            else:
                passed += 1
                print("ok   %s" % name)
            sys.stdout.flush()
        print("%d passed, %d failed" % (passed, failed))
        return 1 if failed else 0
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
