#!/usr/bin/env python3
"""A pager for the tests: appends what it reads on standard input to the file named by its
argument (a line "=== page" before each document), then says so on the terminal and exits,
as `less -F` does with what fits. Standard library only."""
import sys

data = sys.stdin.buffer.read()
with open(sys.argv[1], "ab") as f:
    f.write(b"=== page\n" + data)
sys.stdout.write("[fake pager: %d lines]\n" % data.count(b"\n"))
