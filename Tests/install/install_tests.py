#!/usr/bin/env python3
"""`make install` and what it installs: the layout under PREFIX and DESTDIR, the man
page (mandoc -Tlint, man -l, every flag of --help in its SYNOPSIS), and the bash, zsh
and fish completions, each driven for real by its shell.

Usage: python3 Tests/install/install_tests.py BINARY [NAME-SUBSTRING]

BINARY (the debug build in `make test`) is what `make install INSTALL_BIN=BINARY`
copies, so no release build is needed. mandoc, zsh and fish are installed with
apt-get when missing; a check whose tool cannot be had is reported as skipped
(zsh and fish then fall back to reading the script file). Prints one line per test
and "N passed, M failed, K skipped"; exits 1 on any failure.
"""

import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 60
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")
INSTALLED = ["bin/stagesh", "share/man/man1/stagesh.1", "share/bash-completion/completions/stagesh",
             "share/zsh/site-functions/_stagesh", "share/fish/vendor_completions.d/stagesh.fish"]
SCRIPTS = {"bash": "completions/stagesh.bash", "zsh": "completions/_stagesh", "fish": "completions/stagesh.fish"}


class Failure(Exception):
    pass


class Skipped(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def run(args, **kw):
    kw.setdefault("cwd", ROOT)
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=TIMEOUT, **kw)


def ensure(tool, package):
    """Whether `tool` is on PATH, installing Debian's `package` first when it is missing."""
    if shutil.which(tool):
        return True
    if not shutil.which("apt-get"):
        return False
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = sudo + ["apt-get", "install", "-y", "-q", "--no-install-recommends", package]
    try:
        if subprocess.run(install, capture_output=True, env=env, timeout=600).returncode != 0:
            subprocess.run(sudo + ["apt-get", "update", "-q"], capture_output=True, env=env, timeout=600)
            subprocess.run(install, capture_output=True, env=env, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return shutil.which(tool) is not None


def help_flags(binary):
    """Every flag `stagesh --help` lists."""
    text = run([binary, "--help"]).stdout
    options = text[text.index("OPTIONS:"):]
    flags = set(re.findall(r"^\s+(-{1,2}[a-z][a-z-]*)", options, re.M))
    flags |= set(re.findall(r", (--[a-z][a-z-]*)", options))
    check({"-c", "-f", "--format", "--help", "-h", "--init", "--no-init"} <= flags, "flags read from --help: %s" % sorted(flags))
    return flags


def snapshots_dir(base):
    """A data directory with two snapshots and a hidden file."""
    d = os.path.join(base, "data")
    os.makedirs(d)
    for name in ("monday.json", "q3-review.json", ".tmp-save.json", "notes.txt"):
        open(os.path.join(d, name), "w").close()
    return d


# make install / uninstall

def test_install_layout(binary, tmp):
    """make install DESTDIR=... PREFIX=... puts the binary, the man page and the three
    completions in their places; the installed binary runs; make uninstall removes them."""
    stage = os.path.join(tmp, "stage")
    variables = ["DESTDIR=" + stage, "PREFIX=/opt/stagesh", "INSTALL_BIN=" + binary]
    p = run(["make", "--no-print-directory", "install"] + variables)
    check(p.returncode == 0, "make install failed: %s%s" % (p.stdout, p.stderr))
    check("swift build" not in p.stdout, "with INSTALL_BIN nothing is built:\n" + p.stdout)
    for path in INSTALLED:
        full = os.path.join(stage, "opt/stagesh", path)
        check(os.path.isfile(full), "missing " + full)
        executable = os.access(full, os.X_OK)
        check(executable == path.startswith("bin/"), "%s should %sbe executable" % (path, "" if path.startswith("bin/") else "not "))
    for ours, installed in ((SCRIPTS["bash"], INSTALLED[2]), (SCRIPTS["zsh"], INSTALLED[3]),
                            (SCRIPTS["fish"], INSTALLED[4]), ("man/stagesh.1", INSTALLED[1])):
        with open(os.path.join(ROOT, ours), "rb") as a, open(os.path.join(stage, "opt/stagesh", installed), "rb") as b:
            check(a.read() == b.read(), "%s is installed as it is" % ours)
    p = run([os.path.join(stage, "opt/stagesh/bin/stagesh"), "-c", "count"], stdin=subprocess.DEVNULL)
    check(p.returncode == 0 and re.search(r"^\s+0$", p.stdout, re.M), "the installed binary runs: %r %r" % (p.stdout, p.stderr))
    p = run(["make", "--no-print-directory", "uninstall"] + variables)
    check(p.returncode == 0, "make uninstall failed: " + p.stderr)
    left = [os.path.join(d, f) for d, _, files in os.walk(stage) for f in files]
    check(not left, "make uninstall left %s" % left)


def test_install_default_prefix(binary, tmp):
    """Without PREFIX, make install aims at /usr/local (checked with make -n, nothing written),
    and with INSTALL_BIN unset it builds the optimised binary first."""
    p = run(["make", "-n", "--no-print-directory", "install", "INSTALL_BIN=" + binary])
    check("/usr/local/bin/stagesh" in p.stdout and "/usr/local/share/man/man1/stagesh.1" in p.stdout,
          "the default prefix is /usr/local:\n" + p.stdout)
    p = run(["make", "-n", "--no-print-directory", "install"])
    check("swift build -c release --static-swift-stdlib" in p.stdout and ".build/release/stagesh" in p.stdout,
          "a plain make install builds and installs the release binary:\n" + p.stdout)


# The man page

def rendered_man(path):
    p = run(["man", "-l", path], env=dict(os.environ, MANWIDTH="100", MANPAGER="cat", PAGER="cat"))
    check(p.returncode == 0, "man -l failed: " + p.stderr)
    return re.sub(r".\x08", "", p.stdout)


def test_man_page(binary, tmp):
    """stagesh.1 is clean mdoc (mandoc -Tlint), renders with man -l, its SYNOPSIS holds every
    flag of --help, and it has the sections a manual page needs."""
    page = os.path.join(ROOT, "man/stagesh.1")
    with open(page, encoding="utf-8") as f:
        source = f.read()
    check(source.count(".Sh NAME") == 1 and ".Dt STAGESH 1" in source, "an mdoc page: .Dt and .Sh NAME")
    if ensure("mandoc", "mandoc"):
        p = run(["mandoc", "-Tlint", page])
        # Debian indexes pages with man-db, not mandoc.db: that one message is about the machine.
        problems = [l for l in (p.stdout + p.stderr).split("\n") if l and "outdated mandoc.db" not in l]
        check(p.returncode == 0 and not problems, "mandoc -Tlint:\n" + "\n".join(problems))
    else:
        print("     (mandoc could not be installed: -Tlint not run)")
    text = rendered_man(page) if shutil.which("man") else None
    if text is None:
        raise Skipped("no man command")
    sections = re.findall(r"^([A-Z][A-Z ]+)$", text, re.M)
    for name in ("NAME", "SYNOPSIS", "DESCRIPTION", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "SEE ALSO"):
        check(name in sections, "section %s missing; sections: %s" % (name, sections))
    synopsis = text[text.index("SYNOPSIS"):text.index("DESCRIPTION")]
    missing = [f for f in sorted(help_flags(binary)) if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(f), synopsis)]
    check(not missing, "flags of --help missing from the SYNOPSIS: %s" % missing)
    for word in ("STAGESH_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "PAGER", "STAGESH_PAGER",
                 "NO_COLOR", "EDITRC", "LANG", "LC_ALL", "init.stg"):
        check(word in text, "%s is documented" % word)


# Completions

def bash_complete(script, words, env=None):
    """COMPREPLY of the bash completion for `stagesh WORDS...` (the last word being completed)."""
    driver = r'''
source "$1"; shift
complete -p stagesh || exit 3
COMP_WORDS=(stagesh "$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
_stagesh stagesh "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
'''
    p = run(["bash", "--norc", "-c", driver, "bash", script] + words, env=env or os.environ)
    check(p.returncode == 0, "bash completion of %r: %s" % (words, p.stderr))
    lines = p.stdout.split("\n")
    check(lines[0] == "complete -F _stagesh stagesh", "complete -p: %r" % lines[0])
    return sorted(l for l in lines[1:] if l)


def test_bash_completion(binary, tmp):
    """The bash script, sourced: complete -p names _stagesh; flags, --format and --lang values,
    .stg files for -f/--init/--play/--check, snapshot names from the data directory."""
    script = os.path.join(ROOT, SCRIPTS["bash"])
    data = snapshots_dir(tmp)
    env = {k: v for k, v in os.environ.items() if k not in ("STAGESH_HOME", "XDG_DATA_HOME")}
    env["HOME"] = tmp
    flags = help_flags(binary)
    got = bash_complete(script, ["-"], env)
    check(set(got) == flags, "'-' offers every flag of --help: missing %s, extra %s" % (sorted(flags - set(got)), sorted(set(got) - flags)))
    check(bash_complete(script, ["--form"], env) == ["--format"], "--form completes --format")
    check(bash_complete(script, ["--format", ""], env) == ["csv", "json", "markdown", "table", "tsv"], "--format values")
    check(bash_complete(script, ["--format", "=", "j"], env) == ["json"], "--format=j")
    check(bash_complete(script, ["--lang", ""], env) == ["en", "vi"], "--lang values")
    check(bash_complete(script, ["-c", ""], env) == [], "-c takes a command: nothing to list")
    for flag in ("-f", "--init", "--play", "--check"):
        got = bash_complete(script, [flag, "Examples/0"], env)
        check(got and all(g.endswith(".stg") for g in got) and "Examples/01-first-steps.stg" in got,
              "%s offers .stg files only: %s" % (flag, got))
    got = bash_complete(script, ["--data-dir", "Examples/"], env)
    check(got == ["Examples/vi"], "--data-dir offers directories only: %s" % got)
    check(bash_complete(script, ["--data-dir", data, ""], env) == ["monday", "q3-review"], "names in --data-dir")
    check(bash_complete(script, ["--data-dir", "=", data, "q"], env) == ["q3-review"], "--data-dir=DIR")
    check(bash_complete(script, ["--format", "csv", ""], dict(env, STAGESH_HOME=data)) == ["monday", "q3-review"],
          "names in $STAGESH_HOME, after an option and its value")
    xdg = os.path.join(tmp, "xdg")
    os.makedirs(xdg)
    os.symlink(data, os.path.join(xdg, "stagesh"))
    check(bash_complete(script, [""], dict(env, XDG_DATA_HOME=xdg)) == ["monday", "q3-review"], "names in $XDG_DATA_HOME/stagesh")
    check(bash_complete(script, ["--data-dir", data, "monday", ""], env) == [], "one snapshot at most")
    got = bash_complete(script, ["seeds/de"], env)
    check("seeds/demo.json" in got, "a path once the word looks like one: %s" % got)


def fish_complete(line, env):
    p = run(["fish", "--no-config", "-c", "source %s; complete -C %s" % (os.path.join(ROOT, SCRIPTS["fish"]), shell_quote(line))], env=env)
    check(p.returncode == 0, "fish: " + p.stderr)
    return sorted(l.split("\t")[0] for l in p.stdout.split("\n") if l)


def shell_quote(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def script_offers_every_flag(shell, binary):
    with open(os.path.join(ROOT, SCRIPTS[shell]), encoding="utf-8") as f:
        text = f.read()
    if shell == "fish":
        present = {"-" + s for s in re.findall(r"-s (\w)\b", text)} | {"--" + l for l in re.findall(r"-l ([a-z-]+)", text)}
    else:
        present = set(re.findall(r"(?<![\w-])(-{1,2}[a-z][a-z-]*)\[", text)) | {f for pair in re.findall(r"\{(-\w),(--[a-z-]+)\}", text) for f in pair}
    missing = help_flags(binary) - present
    check(not missing, "%s script lacks %s" % (shell, sorted(missing)))


def test_fish_completion(binary, tmp):
    """fish's complete -C with the fish script: flags, values, .stg files, snapshot names."""
    script_offers_every_flag("fish", binary)
    if not ensure("fish", "fish"):
        raise Skipped("fish could not be installed; the script's flags were checked")
    data = snapshots_dir(tmp)
    env = {k: v for k, v in os.environ.items() if k not in ("STAGESH_HOME", "XDG_DATA_HOME")}
    env["HOME"] = tmp
    flags = help_flags(binary)
    got = set(fish_complete("stagesh -", env))
    check(flags <= got, "'-' offers every flag: missing %s" % sorted(flags - got))
    check(fish_complete("stagesh --format ", env) == ["csv", "json", "markdown", "table", "tsv"], "--format values")
    check(fish_complete("stagesh --lang ", env) == ["en", "vi"], "--lang values")
    got = fish_complete("stagesh -f Examples/0", env)
    check(got and all(g.endswith(".stg") for g in got), "-f offers .stg files: %s" % got)
    check(fish_complete("stagesh --data-dir %s " % data, env) == ["monday", "q3-review"], "names in --data-dir")
    check(fish_complete("stagesh ", dict(env, STAGESH_HOME=data)) == ["monday", "q3-review"], "names in $STAGESH_HOME")
    check(fish_complete("stagesh --data-dir %s monday " % data, env) == [], "one snapshot at most")


def zsh_tab(line, env, home):
    """What zsh shows after typing `line` and Tab, in a pseudo-terminal (zsh completes only in zle)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.chdir(ROOT)
            os.execve(shutil.which("zsh"), ["zsh", "-f", "-i"], env)
        finally:
            os._exit(127)

    def read(until, timeout=10.0, settle=None):
        """Reads until `until(text)` holds, or with `settle` until nothing more came for that long."""
        out, deadline, last = b"", time.monotonic() + timeout, time.monotonic()
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    out += os.read(fd, 4096)
                except OSError:
                    break
                last = time.monotonic()
            text = ANSI.sub("", out.decode("utf-8", "replace")).replace("\r", "")
            if until(text) and (settle is None or time.monotonic() - last > settle):
                return text
        raise Failure("zsh: timed out; output so far: %r" % ANSI.sub("", out.decode("utf-8", "replace")))

    try:
        os.write(fd, ("PS1='ready> '; fpath=(%s $fpath); autoload -Uz compinit; compinit -u -d %s/zcompdump; print lo''aded\r"
                      % (os.path.join(ROOT, "completions"), home)).encode())
        read(lambda t: "\nloaded\n" in t and t.endswith("ready> "))
        os.write(fd, line.encode() + b"\t")
        # Tab either lists the choices below the line (and redraws it) or completes the word:
        # whichever it did, it is done once zsh has written past the typed line and gone quiet.
        return read(lambda t: len(t) > len(line), settle=0.5)
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)


def test_zsh_completion(binary, tmp):
    """zsh with _stagesh in fpath, at a real line editor: --format values, every flag,
    snapshot names, .stg files."""
    script_offers_every_flag("zsh", binary)
    if not ensure("zsh", "zsh"):
        raise Skipped("zsh could not be installed; the script's flags were checked")
    data = snapshots_dir(tmp)
    env = {k: v for k, v in os.environ.items() if k not in ("STAGESH_HOME", "XDG_DATA_HOME")}
    env.update(HOME=tmp, TERM="dumb", STAGESH_HOME=data)
    out = zsh_tab("stagesh --format ", env, tmp)
    check(re.search(r"csv\s+json\s+markdown\s+table\s+tsv", out), "--format values listed: %r" % out)
    out = zsh_tab("stagesh ", env, tmp)
    check(re.search(r"monday\s+q3-review", out), "snapshot names listed: %r" % out)
    out = zsh_tab("stagesh monday --", env, tmp)
    long_flags = {f for f in help_flags(binary) if f.startswith("--")}
    listed = set(re.findall(r"(--[a-z][a-z-]*)", out.split("\n", 1)[-1]))
    check(long_flags <= listed, "every long flag listed: missing %s in %r" % (sorted(long_flags - listed), out))
    out = zsh_tab("stagesh -f Examples/01", env, tmp)
    check("Examples/01-first-steps.stg" in out, "-f completes a .stg file: %r" % out)


TESTS = [
    ("make install DESTDIR PREFIX: the layout; make uninstall removes it", test_install_layout),
    ("make install: /usr/local and the release build by default", test_install_default_prefix),
    ("man page: mandoc -Tlint clean, man -l, every --help flag in SYNOPSIS", test_man_page),
    ("bash completion: complete -p, flags, values, .stg files, snapshots", test_bash_completion),
    ("fish completion: complete -C", test_fish_completion),
    ("zsh completion: Tab at a zsh prompt", test_zsh_completion),
]


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: install_tests.py BINARY [NAME-SUBSTRING]", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        print("install_tests: %s is not an executable (run swift build first)" % sys.argv[1], file=sys.stderr)
        return 2
    wanted = sys.argv[2] if len(sys.argv) == 3 else ""
    passed = failed = skipped = 0
    for name, test in TESTS:
        if wanted not in name:
            continue
        tmp = tempfile.mkdtemp(prefix="stagesh-install-")
        try:
            test(binary, tmp)
        except Skipped as e:
            skipped += 1
            print("skip %s (%s)" % (name, e))
        except Failure as e:
            failed += 1
            print("FAIL %s\n    %s" % (name, str(e).replace("\n", "\n    ")))
        except Exception:
            failed += 1
            print("FAIL %s\n%s" % (name, traceback.format_exc()))
        else:
            passed += 1
            print("ok   %s" % name)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        sys.stdout.flush()
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
