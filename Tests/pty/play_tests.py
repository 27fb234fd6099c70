"""--play at a real terminal: the keyboard read raw while a command is typed, a lesson's own
data directory, and the Vietnamese lessons. Run by run_pty_tests.py (its harness, its TESTS)."""

import os
import re
import signal
import termios

from run_pty_tests import ANY_PROMPT, BANNER, CTRL_C, HINT, Session, check, command, play_script, quit_session

STOPPED = "(the presentation stopped; the shell is live)"
# Typed slowly enough that the test's keys land mid-line; the pty is read as it goes.
LONG_COMMAND = 'add lead "Gõ phím giữa dòng" owner="Nguyễn Lan" value=12k'
SCRIPT = "# Keys mid-line.\n%s\n# Then a count.\ncount\n" % LONG_COMMAND


def typing_started(s):
    """Waits until the play has typed the first character of LONG_COMMAND after its prompt."""
    s.read_until(lambda t: "stagesh> a" in t, "the first command being typed")


def echo_is_off(s):
    """Whether the terminal's line discipline echoes keys now (the pty's mode, read from our side)."""
    return not termios.tcgetattr(s.fd)[3] & termios.ECHO


def own_home(env, name):
    """The harness's environment with HOME, XDG_* and TMPDIR in a fresh directory of this test's own."""
    home = os.path.join(env["HOME"], name)
    mine = dict(env)
    mine.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                 "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_STATE_HOME": os.path.join(home, "state"),
                 "XDG_CACHE_HOME": os.path.join(home, "cache"), "TMPDIR": os.path.join(home, "tmp")})
    for key in ("config", "data", "state", "cache", "tmp"):
        os.makedirs(os.path.join(home, key), exist_ok=True)
    return mine


def test_play_keys_mid_line_swallowed(binary, env):
    """Keys pressed while a command is typed are neither echoed into it nor run; Enter goes on; live is clean."""
    s = Session(binary, ["--play", play_script(env, SCRIPT, "keys.stg"), "--delay", "60"], env)
    try:
        typing_started(s)
        check(echo_is_off(s), "while typing, the terminal does not echo", s)
        s.send(b"xyz")
        s.send(b"\x1b[A")  # an arrow key: its letters are not keys either
        s.read_until(lambda t: HINT.search(t) is not None, "the wait after the first command")
        out = s.text
        check(re.search(r"^stagesh> %s$" % re.escape(LONG_COMMAND), out, re.M) is not None,
              "the command is shown exactly as written, with no key inside it", s)
        check("xyz" not in out and "[A" not in out, "the keys pressed mid-line are not echoed", s)
        check(re.search(r"^added lead 1$", out, re.M) is not None, "the command ran as written", s)
        check(echo_is_off(s), "while waiting, the terminal does not echo either", s)
        start = len(s.text)
        s.send(b"abc")
        s.send(b"\r")
        s.expect_prompt(start, ANY_PROMPT)
        out = s.text[start:]
        check(re.search(r"^stagesh\*> count$", out, re.M) is not None, "Enter at the wait goes on to count", s)
        check("abc" not in out, "keys pressed at the wait are not echoed", s)
        check(BANNER.search(out) is not None, "after the last step the shell goes live", s)
        out = command(s, "count")
        check(out.split("\n")[0] == "count", "the first live line holds only what was typed live", s)
        check(re.search(r"^\s*1\s*$", out, re.M) is not None, "live, count answers 1: only the lead was added", s)
        check("xyz" not in out and "abc" not in out, "no stray key reaches the live prompt", s)
        quit_session(s)
    finally:
        s.close()


def stopped_mid_line(binary, env, key, name):
    """Sends `key` while a command is typed: the play stops at once, the command cut off and not run,
    the rest not shown; the shell goes live with nothing typed."""
    s = Session(binary, ["--play", play_script(env, SCRIPT, name), "--delay", "60"], env)
    try:
        typing_started(s)
        s.send(key)
        s.expect_prompt(0)
        out = s.text
        check(STOPPED in out, "the play says it stopped", s)
        typed = re.search(r"^stagesh> (a[^\n]*)$", out, re.M)
        check(typed is not None and LONG_COMMAND.startswith(typed.group(1)) and typed.group(1) != LONG_COMMAND,
              "the command was cut off where the key was pressed", s)
        check("added lead" not in out and "Then a count." not in out, "neither the command nor the rest ran", s)
        out = command(s, "count")
        check(out.split("\n")[0] == "count", "the key is not left for the live prompt", s)
        check(re.search(r"^\s*0\s*$", out, re.M) is not None, "live, count answers 0", s)
        quit_session(s)
    finally:
        s.close()


def test_play_q_mid_line_stops(binary, env):
    """q while a command is being typed stops the play at once."""
    stopped_mid_line(binary, env, b"q", "q-mid.stg")


def test_play_ctrl_c_mid_line(binary, env):
    """Ctrl-C while a command is being typed stops the play as it does at the wait."""
    stopped_mid_line(binary, env, CTRL_C, "ctrl-c-mid.stg")


def test_play_enter_mid_line_finishes(binary, env):
    """Enter while a command is typed prints the rest at once and runs it (5 s a character otherwise)."""
    s = Session(binary, ["--play", play_script(env, SCRIPT, "enter-mid.stg"), "--delay", "5000"], env)
    try:
        typing_started(s)
        s.send(b"\r")
        s.read_until(lambda t: HINT.search(t) is not None, "the rest of the command, its output and the wait")
        out = s.text
        check(re.search(r"^stagesh> %s$" % re.escape(LONG_COMMAND), out, re.M) is not None,
              "the whole command is shown, on one line", s)
        check(re.search(r"^added lead 1$", out, re.M) is not None, "then it ran", s)
        start = len(s.text)
        s.send(b"q")
        s.expect_prompt(start)
        check(STOPPED in s.text[start:], "q at the wait stops the play", s)
        quit_session(s)
    finally:
        s.close()


def test_play_signal_restores_terminal(binary, env):
    """SIGTERM while a command is typed ends the process with the terminal's echo back on."""
    s = Session(binary, ["--play", play_script(env, SCRIPT, "term-mid.stg"), "--delay", "60"], env)
    try:
        typing_started(s)
        check(echo_is_off(s), "while typing, the terminal does not echo", s)
        os.kill(s.pid, signal.SIGTERM)
        status = s.wait_exit()
        check(status == -signal.SIGTERM, "SIGTERM ends the play as SIGTERM does (got %s)" % status, s)
        mode = termios.tcgetattr(s.fd)[3]
        check(mode & termios.ECHO and mode & termios.ICANON, "echo and line editing are back on the terminal", s)
    finally:
        s.close()


def test_play_lesson_data_directory(binary, env):
    """A lesson in a HOME with a crashed session's journal: no recovery question; its save stays
    in its own directory, removed at the end; live, save says where it went and keeps it."""
    mine = own_home(env, "lesson-home")
    default_data = os.path.join(mine["XDG_DATA_HOME"], "stagesh")
    s = Session(binary, [], mine)
    try:
        s.expect_prompt()
        command(s, 'add lead "Unsaved elsewhere"')
        s.kill()
    finally:
        s.close()
    journals = os.path.join(default_data, "journal")
    check(os.path.isdir(journals) and os.listdir(journals), "the crashed session left its journal in %s" % journals)
    s = Session(binary, [], mine)
    try:
        s.expect_prompt()
        check("unsaved work" in s.text, "a plain start does offer the crashed session's work")
        s.close()
        lesson = play_script(mine, "now 2026-11-29\nadd lead A\nsave lesson-snap\n", "lesson.stg")
        s = Session(binary, ["--play", lesson, "--delay", "0", "--no-wait"], mine)
        status = s.wait_exit()
        check(status == 0, "the lesson runs and exits 0, got %s" % status, s)
        check("unsaved work" not in s.text and "recover" not in s.text, "the lesson offers nothing to recover", s)
        check(re.search(r"^saved lesson-snap: 1 record", s.text, re.M) is not None, "the lesson saved", s)
        check(not os.path.exists(os.path.join(default_data, "lesson-snap.json")),
              "the lesson's save did not go to the user's data directory")
        check(os.listdir(mine["TMPDIR"]) == [], "the lesson's directory is removed at the end: %r" % os.listdir(mine["TMPDIR"]))
        s.close()
        s = Session(binary, ["--play", play_script(mine, "add lead B\n", "live.stg"), "--delay", "0"], mine)
        s.expect_prompt(0, ANY_PROMPT)
        check("unsaved work" not in s.text, "going live offers nothing to recover either", s)
        out = command(s, "save mine", re.compile(r"mine> $"))
        m = re.search(r"^\(in this lesson's own data directory, (\S+), which is kept when you quit\)$", out, re.M)
        check(m is not None and m.group(1).startswith(mine["TMPDIR"]), "a live save says where it went", s)
        directory = m.group(1)
        check(os.path.exists(os.path.join(directory, "mine.json")), "the snapshot is there", s)
        start = len(s.text)
        check(quit_session(s) == 0, "quit exits 0", s)
        check("the snapshots you saved stay in %s" % directory in s.text[start:], "at the end it says they stay", s)
        check(os.path.exists(os.path.join(directory, "mine.json")), "and they do", s)
        check(not os.path.exists(os.path.join(default_data, "mine.json")), "nothing went to the user's data directory")
    finally:
        s.close()


def test_play_vietnamese_lesson(binary, env):
    """--lang vi plays Examples/vi/'s lesson; a Vietnamese lesson played by its path speaks Vietnamese."""
    for args in (["--lang", "vi", "--play", "Examples/01-first-steps.stg"], ["--play", "Examples/vi/01-first-steps.stg"]):
        s = Session(binary, args + ["--delay", "0", "--no-wait"], env)
        try:
            status = s.wait_exit()
            out = s.text
            check(status == 0, "%s exits 0, got %s" % (args, status), s)
            check("Bài 1" in out and "Lesson 1" not in out, "%s narrates the Vietnamese lesson" % args, s)
            check("stagesh-args" not in out, "the directive line is not narration", s)
            check(re.search(r"^đã thêm khách hàng tiềm năng 1$", out, re.M) is not None, "messages are in Vietnamese", s)
            # A table, or at 80 columns one record per block (expanded auto): headings in Vietnamese either way.
            check(re.search(r"^ mã +\| loại +\| tên |^mã +\| 1$", out, re.M) is not None, "headings are in Vietnamese", s)
        finally:
            s.close()


TESTS = [
    ("--play: keys mid-line are not echoed or run; Enter at the wait; nothing stray live", test_play_keys_mid_line_swallowed),
    ("--play: q mid-line stops at once", test_play_q_mid_line_stops),
    ("--play: Enter mid-line finishes the line at once and runs it", test_play_enter_mid_line_finishes),
    ("--play: Ctrl-C mid-line stops the play", test_play_ctrl_c_mid_line),
    ("--play: SIGTERM mid-line leaves the terminal echoing", test_play_signal_restores_terminal),
    ("--play: a lesson's own data directory, no recovery question", test_play_lesson_data_directory),
    ("--play: Vietnamese lessons with --lang vi", test_play_vietnamese_lesson),
]
