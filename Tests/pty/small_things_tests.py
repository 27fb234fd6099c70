"""Small things found at a terminal (issue 13, item 8): curly quotes typed at the
prompt, `load` of a missing snapshot with unsaved changes, `--help` saying each
default once, `--check` naming a misspelt stage. Run by run_pty_tests.py."""

import os
import re
import subprocess

from run_pty_tests import PROMPT, READ_TIMEOUT, ROOT, Session, check, command, quit_session


def run(binary, env, args):
    proc = subprocess.run([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, cwd=ROOT, env=env, timeout=READ_TIMEOUT)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_curly_quotes_at_the_prompt(binary, env):
    """Curly quotes typed at the prompt quote; the caret of an error stands under the curly-quoted word."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        out = command(s, "add opp \u201cĐông Á Bank\u201d owner=\u2018Trần Minh\u2019")
        check(re.search(r"^added opportunity 1$", out, re.M) is not None, "expected 'added opportunity 1'", s)
        out = command(s, "count where owner = \u201eTrần Minh\u201c")
        check(re.search(r"^\s+1$", out, re.M) is not None, "the German-quoted owner matches the record", s)
        line = "move 1 to \u201cProposal Snet\u201d"
        out = command(s, line)
        check("error: unknown stage \"Proposal Snet\"" in out, "a curly-quoted stage is read as the stage name", s)
        caret = [l for l in out.split("\n") if re.fullmatch(r" *\^~*", l)]
        check(len(caret) == 1, "one caret line", s)
        # The caret line starts under the prompt: its column is the prompt's width plus the word's.
        column = len("stagesh*> ") + line.index("\u201c")
        check(caret[0].index("^") == column and len(caret[0].strip()) == len("\u201cProposal Snet\u201d"),
              "the caret marks the curly-quoted word, at column %d" % column, s)
        check(re.search(r"^hint: did you mean \"Proposal Sent\"\?$", out, re.M) is not None, "with its hint", s)
        quit_session(s)
    finally:
        s.close()


def test_load_missing_before_asking(binary, env):
    """`load nosuch` with unsaved changes says the file is missing at once, without asking about the changes."""
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        command(s, "add lead A")
        start = len(s.text)
        s.send_line("load nosuch")
        s.read_until(lambda t: PROMPT.search(t[start:]) is not None or re.search(r"\[y/N\]\s*$", t[start:]),
                     "the prompt or a question")
        out = s.text[start:]
        check("[y/N]" not in out, "no question about unsaved changes for a snapshot that is not there", s)
        check("error: cannot load nosuch: no such file or directory" in out, "the missing file is named", s)
        check(out.endswith("stagesh*> "), "the unsaved change is still there", s)
        quit_session(s)
    finally:
        s.close()


def test_help_says_each_default_once(binary, env):
    """`stagesh --help`: no option mentions its default twice (ours and swift-argument-parser's)."""
    code, out, err = run(binary, env, ["--help"])
    check(code == 0, "--help exits 0, got %d: %r" % (code, err))
    # Each option's help: its first line and the indented lines after it.
    entries = re.split(r"\n(?=  -)", out.split("OPTIONS:", 1)[1])
    check(len(entries) > 10, "the options are listed: %r" % out)
    for entry in entries:
        text = " ".join(entry.split())
        check(len(re.findall(r"\bdefault\b", text)) <= 1, "a default said twice: %r" % text)
    delay = [e for e in entries if "--delay" in e]
    check(len(delay) == 1 and "(default: 35)" in " ".join(delay[0].split()), "--delay shows its default: %r" % delay)


def test_check_names_a_misspelt_stage(binary, env):
    """`--check` on a script for the default pipeline: the misspelt stage at its line and column, exit 1."""
    path = os.path.join(env["HOME"], "stage-typo.stg")
    with open(path, "w", encoding="utf-8") as f:
        f.write("now 2026-11-29\nstage add opportunity Demo\nadd opp Acme\nmove 1 to Demo\nmove 1 to Negociation\n")
    code, out, err = run(binary, env, ["--check", path])
    check(code == 1, "a misspelt stage fails the check, got %d: %r" % (code, err))
    check(out == "%s: 5 commands, 1 error\n" % path, "summary: %r" % out)
    check(err == ("stagesh: %s:5:11: error: unknown stage \"Negociation\"\n"
                  "    move 1 to Negociation\n"
                  "              ^~~~~~~~~~~\n"
                  "hint: did you mean \"Negotiation\"?\n") % path, "the diagnostic: %r" % err)
    code, out, err = run(binary, env, ["seeds/demo.json", "--check", path])
    check(code == 1 and "unknown stage \"Negociation\"" in err, "from a snapshot too: %d %r" % (code, err))


TESTS = [
    ("curly quotes typed at the prompt quote, with the caret under them", test_curly_quotes_at_the_prompt),
    ("load of a missing snapshot with unsaved changes says so without asking", test_load_missing_before_asking),
    ("--help says each option's default once", test_help_says_each_default_once),
    ("--check names a misspelt stage at its line and column", test_check_names_a_misspelt_stage),
]
