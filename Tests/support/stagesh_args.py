#!/usr/bin/env python3
"""The one reading of a transcript's first line `# stagesh-args: ...` for the Python tests and tools.

A script whose first line is `# stagesh-args: --keep-going --lang vi` is run with those flags;
transcripts take only --keep-going and --lang en|vi (or --lang=en|vi). The Swift tests read it
with StageTestSupport's `transcriptDirectives`, which refuses the same arguments.

As a program, for tools/check_transcripts.sh:

    python3 Tests/support/stagesh_args.py SCRIPT

prints the arguments to run SCRIPT with, one per line, --lang always among them (en unless the
directive says vi), so the caller's LANG cannot change the output; on a directive it does not take
it prints why and exits 1.

Standard library only.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

PREFIX = "# stagesh-args:"
LANGUAGES = ("en", "vi")


class DirectiveError(ValueError):
    """A `# stagesh-args:` line asks for something transcripts do not take."""


@dataclass
class Directives:
    keep_going: bool = False
    lang: str | None = None

    def arguments(self, default_lang="en"):
        """The command-line arguments these ask for; --lang is always given."""
        return (["--keep-going"] if self.keep_going else []) + ["--lang", self.lang or default_lang]


def parse(text):
    """The directives of a script whose text starts with `text`; none unless its first line is one."""
    first = text.split("\n", 1)[0]
    directives = Directives()
    if not first.startswith(PREFIX):
        return directives
    expect_lang = False
    for arg in first[len(PREFIX):].split():
        if expect_lang:
            expect_lang = False
            if arg in LANGUAGES:
                directives.lang = arg
                continue
            arg = "--lang " + arg
        elif arg == "--keep-going":
            directives.keep_going = True
            continue
        elif arg == "--lang":
            expect_lang = True
            continue
        elif arg.startswith("--lang=") and arg[len("--lang="):] in LANGUAGES:
            directives.lang = arg[len("--lang="):]
            continue
        raise DirectiveError("stagesh-args: only --keep-going and --lang en|vi are understood, not %s" % arg)
    if expect_lang:
        raise DirectiveError("stagesh-args: --lang needs en or vi")
    return directives


def read(path):
    """The directives of the script at `path` (only its first line is read)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse(f.readline())


def main(argv):
    if len(argv) != 2:
        print("usage: stagesh_args.py SCRIPT", file=sys.stderr)
        return 2
    try:
        directives = read(argv[1])
    except DirectiveError as e:
        print(e)
        return 1
    print("\n".join(directives.arguments()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
