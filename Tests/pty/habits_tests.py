"""Habits from psql, sqlite3 and libedit at a real terminal: \\q and .quit, answers to
\\x and friends, ~/.editrc's vi mode, and the init script in $XDG_CONFIG_HOME.

Each test that writes a dot file gets a home of its own, so no other test sees it.
"""

import os
import re
import shutil
import subprocess
import tempfile
import time

from run_pty_tests import (BANNER, PROMPT, READ_TIMEOUT, ROOT, TAB, Failure, Session, check,
                           command, quit_session, run_line)

ESC = b"\x1b"


class Home:
    """A temporary home directory with its XDG directories, removed afterwards."""

    def __init__(self, env, files=None):
        self.path = tempfile.mkdtemp(prefix="stagesh-habits-")
        self.env = dict(env, HOME=self.path,
                        XDG_CONFIG_HOME=os.path.join(self.path, "xdg-config"),
                        XDG_DATA_HOME=os.path.join(self.path, "data"),
                        XDG_STATE_HOME=os.path.join(self.path, "state"))
        self.env.pop("EDITRC", None)
        for name, text in (files or {}).items():
            self.write(name, text)

    def write(self, name, text):
        path = os.path.join(self.path, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


def keys(s, *parts):
    """Types keys in separate writes, as a person would: libedit must see ESC alone,
    not as the start of an escape sequence."""
    for part in parts:
        s.send(part)
        time.sleep(0.15)


# psql's and sqlite3's commands.

def test_backslash_q_and_dot_quit(binary, env):
    """\\q asks about unsaved work as quit does ('n' stays); .quit then 'y' leaves with 0."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        command(s, "add lead A")
        start = len(s.text)
        s.send_line("\\q")
        s.read_until(lambda t: re.search(r"\[y/N\]\s*$", t[start:]) is not None, "the unsaved-changes question")
        s.send_line("n")
        s.expect_prompt(start, re.compile(r"stagesh\*> $"))
        start = len(s.text)
        s.send_line(".quit")
        s.read_until(lambda t: re.search(r"\[y/N\]\s*$", t[start:]) is not None, "the question again")
        s.send_line("y")
        check(s.wait_exit() == 0, "quitting with .quit exits 0", s)
    finally:
        s.close()


def test_exit_at_once_when_saved(binary, env):
    """.exit on a session with nothing unsaved ends it at once, status 0."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        s.send_line(".exit")
        check(s.wait_exit() == 0, ".exit exits 0", s)
        check("[y/N]" not in s.text, "nothing to ask about", s)
    finally:
        s.close()


def test_habit_answers(binary, env):
    """\\x and .mode csv answer with the stagesh command, the caret under the typed text;
    \\? shows help; Tab after a backslash or a dot offers nothing."""
    s = Session(binary, ["--no-init"], env)
    try:
        s.expect_prompt()
        out = command(s, "\\x auto", PROMPT)
        check(re.search(r"^error: \\x is psql's; stagesh says: expanded auto$", out, re.M) is not None,
              "\\x auto is answered 'expanded auto'", s)
        check(re.search(r"^ {9}\^~{6}$", out, re.M) is not None, "the caret spans '\\x auto' after the prompt", s)
        out = command(s, ".mode csv", PROMPT)
        check(re.search(r"^error: \.mode is sqlite3's; stagesh says: format csv$", out, re.M) is not None,
              ".mode csv is answered 'format csv'", s)
        out = command(s, "format", PROMPT)
        check(re.search(r"^table$", out, re.M) is not None, "the answer changed nothing: the format is still table", s)
        out = command(s, "\\?", PROMPT)
        check("quit" in out and "help" in out and "error:" not in out, "\\? shows the command list", s)
        for typed in (b"\\", b".", b".qu"):
            start = len(s.text)
            s.send(typed + TAB)
            time.sleep(0.3)
            s.drain()
            shown = s.text[start:]
            # On a busy machine the keys can arrive before the line editor takes the terminal, so the
            # terminal echoes them once itself (the Tab as a tab) before the editor shows the line:
            # what matters is that nothing but the typed text appears, no candidate.
            cleaned = shown.replace("\x07", "").replace("\t", "")
            check(cleaned != "" and cleaned.replace(typed.decode(), "") == "",
                  "Tab after %r offers nothing, got %r" % (typed, shown), s)
            s.send(b"\x15")  # Ctrl-U: kill the line
        quit_session(s)
    finally:
        s.close()


# ~/.editrc and vi mode.

def vi_edit(s):
    """In vi mode: types 'xhelp nw', ESC, 0 (line start), x (delete), $ (line end),
    i (insert) 'o', Enter; 'help now' is what should run. Returns the output."""
    start = len(s.text)
    keys(s, b"xhelp nw", ESC, b"0", b"x", b"$", b"i", b"o", b"\r")
    s.expect_prompt(start)
    return s.text[start:]


def ran_help_now(out):
    return re.search(r"^now \[clear\|DATE\]$", out, re.M) is not None and "error:" not in out


def test_editrc_vi_mode(binary, env):
    """~/.editrc with `bind -v`: ESC, 0, x, $, i edit the line as vi does, and Tab still completes."""
    with Home(env, {".editrc": "bind -v\n"}) as home:
        s = Session(binary, [], home.env)
        try:
            s.expect_prompt()
            out = vi_edit(s)
            check(ran_help_now(out), "vi editing should have made 'help now'", s)
            out = run_line(s, b"snapsh" + TAB)
            check(re.search(r"^ name \| saved_at", out, re.M) is not None, "Tab completes 'snapshots' in vi mode", s)
            quit_session(s)
        finally:
            s.close()


def vi_edit_with(binary, env, files, editrc=None):
    """The vi edit in a stagesh started in a home holding `files` (`editrc`, one of them,
    named by $EDITRC); returns its output."""
    with Home(env, files) as home:
        if editrc:
            home.env["EDITRC"] = os.path.join(home.path, editrc)
        s = Session(binary, [], home.env)
        try:
            s.expect_prompt()
            out = vi_edit(s)
            quit_session(s)
            return out
        finally:
            s.close()


def test_editrc_program_prefix(binary, env):
    """`stagesh:bind -v` applies to stagesh; `build:bind -v` does not, though the binary's
    path (.build/...) holds the word: the program's name is stagesh, not argv[0]."""
    check(ran_help_now(vi_edit_with(binary, env, {".editrc": "stagesh:bind -v\n"})), "'stagesh:bind -v' should give vi mode")
    out = vi_edit_with(binary, env, {".editrc": "build:bind -v\n"})
    check(not ran_help_now(out) and "error:" in out, "'build:bind -v' is not for stagesh: no vi mode; got:\n" + out)


def test_editrc_environment(binary, env):
    """$EDITRC names the file in place of ~/.editrc."""
    out = vi_edit_with(binary, env, {"elsewhere/editrc": "bind -v\n"}, editrc="elsewhere/editrc")
    check(ran_help_now(out), "$EDITRC with 'bind -v' should give vi mode; got:\n" + out)


# $XDG_CONFIG_HOME/stagesh/init.stg.

INIT = 'now 2026-11-29\nadd lead "From init"\nbogus\nadd lead "After the bad line"\n'


def saved_snapshot(binary, home, name):
    """A snapshot NAME with one lead in the home's data directory."""
    subprocess.run([binary, "-c", 'add lead "Saved lead"', "-c", "save " + name], cwd=ROOT, env=home.env,
                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=READ_TIMEOUT, check=True)


def test_init_stg(binary, env):
    """init.stg runs after the snapshot named on the command line opens, before the first
    prompt: every line, its problems named by file and line, and none of it unsaved work."""
    with Home(env) as home:
        home.write("xdg-config/stagesh/init.stg", INIT)
        saved_snapshot(binary, home, "base")
        s = Session(binary, ["base"], home.env)
        try:
            s.expect_prompt(prompt=re.compile(r"base\*?> $"))
            text = s.text
            check(re.search(r"^stagesh: ~/xdg-config/stagesh/init\.stg:3:1: error: unknown command \"bogus\"$",
                            text, re.M) is not None, "the bad line is named by file and line", s)
            m = BANNER.search(text)
            check(m is not None and m.group(1) == "3", "the banner counts the snapshot's lead and init's two", s)
            check(text.index("loaded base") < text.index("init.stg:3:1"), "the snapshot opens before init.stg runs", s)
            check(text.endswith("base> "), "what init.stg did is not unsaved work: 'base> ' without '*'", s)
            out = command(s, "now", re.compile(r"base> $"))
            check("2026-11-29" in out, "init.stg's clock holds", s)
            s.send_line("quit")
            check(s.wait_exit() == 0, "quit leaves at once: nothing unsaved", s)
        finally:
            s.close()


def test_init_stg_not_always(binary, env):
    """init.stg does not run with --no-init, nor in batch mode, nor with -c; it runs before --init FILE."""
    with Home(env) as home:
        home.write("xdg-config/stagesh/init.stg", 'add lead "From init"\n')
        s = Session(binary, ["--no-init"], home.env)
        try:
            s.expect_prompt()
            m = BANNER.search(s.text)
            check(m is not None and m.group(1) == "0", "--no-init: init.stg does not run", s)
            quit_session(s)
        finally:
            s.close()
        for args, stdin in (([], b"count\n"), (["-c", "count"], b"")):
            proc = subprocess.run([binary] + args, input=stdin, cwd=ROOT, env=home.env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=READ_TIMEOUT)
            out = proc.stdout.decode()
            if proc.returncode != 0 or re.search(r"^\s+0$", out, re.M) is None:
                raise Failure("%s: init.stg must not run outside the prompt; got %r %r" % (args or "batch", out, proc.stderr))
        script = home.write("session.stg", "count\n")
        s = Session(binary, ["--init", script], home.env)
        try:
            s.expect_prompt()
            check(re.search(r"^\s+1$", s.text, re.M) is not None, "--init FILE runs after init.stg (count 1)", s)
            quit_session(s)
        finally:
            s.close()


TESTS = [
    ("habits: \\q asks about unsaved work, .quit then y exits 0", test_backslash_q_and_dot_quit),
    ("habits: .exit on a saved session exits at once", test_exit_at_once_when_saved),
    ("habits: \\x and .mode csv answered, \\? shows help, Tab offers none", test_habit_answers),
    ("habits: ~/.editrc bind -v gives vi mode; Tab still completes", test_editrc_vi_mode),
    ("habits: ~/.editrc stagesh: prefix applies, build: does not", test_editrc_program_prefix),
    ("habits: $EDITRC names the editrc", test_editrc_environment),
    ("habits: init.stg runs after the snapshot, errors named, not unsaved", test_init_stg),
    ("habits: init.stg skipped by --no-init, batch and -c; before --init", test_init_stg_not_always),
]
