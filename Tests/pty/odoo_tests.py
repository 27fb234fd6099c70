"""`import odoo` at a terminal (issue 16): a password typed in the connection string
is shown to nobody. The connections fail (no server at the socket named), which is
where a password would most easily slip out: the error, its caret line, the history
file. Run by run_pty_tests.py.
"""

import os
import re

from play_tests import own_home
from run_pty_tests import Session, check, command, quit_session

PASSWORD = "hunter2"


def odoo_home(env, name):
    """A home of the test's own (its history file starts empty), without the caller's
    PG* settings, which libpq would read."""
    return {k: v for k, v in own_home(env, name).items() if not k.startswith("PG")}


def history_lines(env):
    """The history file's entries, with libedit's octal escapes (`\\040` for a space) undone."""
    path = os.path.join(env["XDG_STATE_HOME"], "stagesh", "history")
    with open(path, "rb") as f:
        data = f.read()
    check(PASSWORD.encode() not in data, "the password is in the history file: %r" % data)
    text = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), data).decode("utf-8")
    return text.split("\n")


def after_echo(s, out):
    """What stagesh wrote for a command: everything from its first error line on (the
    terminal's echo of the typed line, password and all, comes before it)."""
    m = re.search(r"^error: ", out, re.M)
    check(m is not None, "expected an error line", s)
    return out[m.start():]


def test_odoo_keyword_password_hidden(binary, env):
    """A keyword/value string: the error shows `password=***`, the history keeps the command without it."""
    env = odoo_home(env, "odoo-keyword")
    typed = 'import odoo "host=/nonexistent-stagesh-socket dbname=odoo user=u password=%s"' % PASSWORD
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        shown = after_echo(s, command(s, typed))
        check(shown.startswith("error: cannot connect to host=/nonexistent-stagesh-socket dbname=odoo user=u "
                               "password=***: "), "the error names the connection string without its password", s)
        check(PASSWORD not in shown, "the password is in the error", s)
        check(shown.endswith("stagesh> "), "a failed import changes nothing", s)
        quit_session(s)
    finally:
        s.close()
    check(s.status == 0, "quit exits 0, got %s" % s.status, s)
    lines = history_lines(env)
    kept = typed.replace(" password=%s" % PASSWORD, "")
    check(kept in lines, "the history keeps the command without its password: %r" % lines)


def test_odoo_uri_password_hidden(binary, env):
    """A URI with `user:password@`: `u:***@` in the error, `u@` in the history; typed bare, its
    `?host=` is a syntax error, and that one hides the password too."""
    env = odoo_home(env, "odoo-uri")
    quoted = 'import odoo "postgresql://u:%s@/odoo?host=/nonexistent"' % PASSWORD
    bare = "import odoo postgresql://u:%s@/odoo?host=/nonexistent" % PASSWORD
    s = Session(binary, [], env)
    try:
        s.expect_prompt()
        shown = after_echo(s, command(s, quoted))
        check(shown.startswith("error: cannot connect to postgresql://u:***@/odoo?host=/nonexistent: "),
              "the error names the URI without its password", s)
        check(PASSWORD not in shown, "the password is in the error", s)
        shown = after_echo(s, command(s, bare))
        check(shown.startswith('error: unexpected "="'), "a bare URI ends at its `=`", s)
        check(PASSWORD not in shown, "the password is in the syntax error", s)
        quit_session(s)
    finally:
        s.close()
    check(s.status == 0, "quit exits 0, got %s" % s.status, s)
    lines = history_lines(env)
    kept = quoted.replace(":" + PASSWORD, "")
    check(kept in lines, "the history keeps the URI as u@, without its password: %r" % lines)
    check(any(l.startswith("import odoo ") and "u@/odoo" in l for l in lines if l != kept),
          "the bare URI is in the history too, without its password: %r" % lines)


def test_odoo_echo_hides_password(binary, env):
    """`--echo` repeats a script's lines: an import's password starred there too."""
    import subprocess
    import tempfile
    env = odoo_home(env, "odoo-echo")
    with tempfile.TemporaryDirectory() as d:
        script = os.path.join(d, "import.stg")
        with open(script, "w") as f:
            f.write('import odoo "host=/nonexistent-stagesh-socket dbname=odoo password=%s"\n' % PASSWORD)
        r = subprocess.run([binary, "--echo", "-f", script], env=env, capture_output=True, text=True, timeout=60)
    check(r.returncode != 0, "the import fails (no server): %r" % r.stdout)
    check(PASSWORD not in r.stdout + r.stderr, "the password is echoed: %r %r" % (r.stdout, r.stderr))
    check('password=***' in r.stdout, "the echoed line shows password=***: %r" % r.stdout)


TESTS = [
    ("import odoo: a keyword/value password is neither shown nor kept in the history",
     test_odoo_keyword_password_hidden),
    ("import odoo: a URI's password is neither shown nor kept in the history", test_odoo_uri_password_hidden),
    ("import odoo: --echo stars a script's password", test_odoo_echo_hides_password),
]
