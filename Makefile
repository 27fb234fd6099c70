# stagesh: `make run` opens the shell on the demo pipeline; `make test` runs every test.
# Both first install what is missing on a fresh Debian machine with Swift.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/stagesh
RELEASE_BIN := .build/release/stagesh

.PHONY: all deps build release run seeds test test-long crash-test lint bench bench-growth bench-history bench-odoo fuzz clean test-sanitize big-run install uninstall

all: build

# libedit's, libpq's and zlib's headers are the system dependencies; python3 runs the pty tests;
# PostgreSQL's server programs run the tests' own throwaway servers.
deps:
	@if ! [ -f /usr/include/histedit.h ] || ! pkg-config --exists libedit 2>/dev/null; then \
		echo "installing libedit-dev"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libedit-dev pkg-config; \
	fi
	@pkg-config --exists libpq 2>/dev/null || { echo "installing libpq-dev (import odoo reads PostgreSQL with libpq)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libpq-dev pkg-config; }
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "installing postgresql (the tests start their own server)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y postgresql; }
	@[ -f /usr/include/zlib.h ] || { echo "installing zlib1g-dev (the .xlsx reader inflates with zlib)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y zlib1g-dev; }
	@command -v python3 >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3; }
	@command -v sqlite3 >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y sqlite3; }

build: deps
	$(SWIFT) build

# A static Swift runtime starts faster (about 6 ms to the first prompt instead of 10).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# The optimised build on a copy of the demo: `save` writes to the data directory, never into the repository.
run: release
	$(RELEASE_BIN) --interactive --template seeds/demo.json

# Rebuilds the demo pipeline: the CSVs from the generator, then the snapshot `make run` opens.
seeds: build
	python3 tools/make_demo_seed.py
	$(BIN) --data-dir seeds -f seeds/demo.stg -c 'save seeds/demo.json'

test: build
	$(SWIFT) test
	tools/check_transcripts.sh $(BIN)
	python3 Tests/pty/run_pty_tests.py $(BIN)
	python3 Tests/cli/machine_formats.py $(BIN)
	python3 Tests/crash/kill_loop.py $(BIN) --resave 200
	python3 Tests/install/install_tests.py $(BIN)

# The slow terminal tests on the optimised build (CI runs them after `make test`): Ctrl-C during
# list, dwell by owner and funnel by owner over 1,000,000 records, and `make run` leaving
# `git status` as it was (Tests/long/run_long_tests.py).
test-long: release
	python3 Tests/long/run_long_tests.py $(RELEASE_BIN)

# Side by side with DuckDB and sqlite3 on 1,000,000 generated records (RECORDS=n to change);
# writes bench-results/ and the table in BENCHMARKS.md (see there).
bench: release
	python3 Benchmarks/bench.py --bin .build/release/stagesh $(if $(RECORDS),--records $(RECORDS)) --shared ../shared/bench --update-doc

# A Salesforce-shaped Opportunity export and a 3,500,000-row OpportunityHistory (field changes
# mixed in) from the same pipeline, imported by stagesh beside DuckDB's read_csv; peak memory.
bench-history: release
	python3 Benchmarks/history_bench.py --bin .build/release/stagesh $(if $(RECORDS),--records $(RECORDS))

# import odoo from a generated 1,000,000-lead Odoo 17 database (3.5M tracking rows) beside psql \copy and
# DuckDB's postgres extension; peak memory (LEADS=n to change).
bench-odoo: release
	python3 Benchmarks/odoo_bench.py --bin .build/release/stagesh $(if $(LEADS),--leads $(LEADS))

# The size-dependent steps at 100,000, 1,000,000 and 5,000,000 records: the growth table in BENCHMARKS.md.
bench-growth: release
	python3 Benchmarks/bench.py --bin .build/release/stagesh --growth 100000:3,1000000:3,5000000:1 --update-doc

# SIGKILL at random moments of save (200 kills), journal append (200) and a 200,000-row import (100):
# each time the next start finds the old state or the new one, with every acknowledged command
# (Tests/crash/kill_loop.py). On the release build: the debug build's checks make it far slower.
crash-test: release
	python3 Tests/crash/kill_loop.py .build/release/stagesh --save 200 --journal 200 --import 100

# swift-format (shipped with the toolchain) against .swift-format: layout, and the rules that file
# turns on. Not part of `make test`: the tree is not formatted to it yet (`swift format --in-place
# --recursive --configuration .swift-format Sources Tests Package.swift` would do that).
lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format Sources Tests Package.swift

# The Swift test suite under AddressSanitizer, then under ThreadSanitizer, each in its own
# build directory; fails if either fails. Long (a sanitized build of everything, twice), so
# not part of `make test`.
test-sanitize: deps
	@status=0; \
	LSAN_OPTIONS="suppressions=$(CURDIR)/Tests/sanitize/lsan.supp:print_suppressions=0" \
		nice -n 19 $(SWIFT) test --sanitize=address --scratch-path .build-asan || status=1; \
	nice -n 19 $(SWIFT) test --sanitize=thread --scratch-path .build-tsan || status=1; \
	exit $$status

# 10,000,000 generated records (cached in bench-data/10000000/) through a release build:
# both imports, every report, check, save and load!, with the total time and the peak RSS.
# Needs about 5 GB of memory (peak RSS 4.8 GB); not part of `make test`.
big-run: deps
	nice -n 19 $(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-big
	nice -n 19 tools/big_run.sh .build-big/release/stagesh 10000000

# libFuzzer (with AddressSanitizer) on the lexer+parser, the snapshot loader, the CSV
# importer and the evaluator, FUZZ_SECONDS each (default 120); a package of its own in
# Fuzz/ (see Fuzz/README.md), outside `make test`. Finds go to Fuzz/artifacts/<target>/.
FUZZ_SECONDS ?= 120
fuzz: deps
	$(SWIFT) build -c debug --package-path Fuzz --scratch-path Fuzz/.build -Xswiftc -sanitize=fuzzer,address
	python3 Fuzz/make_corpora.py --stagesh $(BIN)
	python3 Fuzz/run.py --seconds $(FUZZ_SECONDS)

# `make install PREFIX=/opt/stagesh DESTDIR=/tmp/pkg`, as GNU makefiles take them: the
# optimised binary, the man page and the bash, zsh and fish completions. INSTALL_BIN
# installs another binary without building (the install test uses the debug one).
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share
INSTALL = install
RELEASE_BIN := .build/release/stagesh
INSTALL_BIN = $(RELEASE_BIN)
INSTALLED = $(BINDIR)/stagesh $(MANDIR)/man1/stagesh.1 $(DATADIR)/bash-completion/completions/stagesh \
	$(DATADIR)/zsh/site-functions/_stagesh $(DATADIR)/fish/vendor_completions.d/stagesh.fish

install: $(if $(filter $(RELEASE_BIN),$(INSTALL_BIN)),release)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions $(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	$(INSTALL) -m 755 $(INSTALL_BIN) $(DESTDIR)$(BINDIR)/stagesh
	$(INSTALL) -m 644 man/stagesh.1 $(DESTDIR)$(MANDIR)/man1/stagesh.1
	$(INSTALL) -m 644 completions/stagesh.bash $(DESTDIR)$(DATADIR)/bash-completion/completions/stagesh
	$(INSTALL) -m 644 completions/_stagesh $(DESTDIR)$(DATADIR)/zsh/site-functions/_stagesh
	$(INSTALL) -m 644 completions/stagesh.fish $(DESTDIR)$(DATADIR)/fish/vendor_completions.d/stagesh.fish

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))

# Every build folder: the debug and release builds, the sanitizer, big-run and benchmark builds
# (.build-NAME, .build_NAME), the fuzzers' and the benchmark package's.
clean:
	rm -rf .build .build-* .build_* Fuzz/.build Benchmarks/XLSXBench/.build
