# stagesh: `make run` opens the shell on the demo pipeline; `make test` runs every test.
# Both first install what is missing on a fresh Debian machine with Swift.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/stagesh

.PHONY: all deps build release run seeds test crash-test bench bench-growth clean

all: build

# libedit's header is the one system dependency; python3 runs the pty tests.
deps:
	@if ! [ -f /usr/include/histedit.h ] || ! pkg-config --exists libedit 2>/dev/null; then \
		echo "installing libedit-dev"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libedit-dev pkg-config; \
	fi
	@command -v python3 >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3; }
	@command -v sqlite3 >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y sqlite3; }

build: deps
	$(SWIFT) build

# A static Swift runtime starts faster (about 6 ms to the first prompt instead of 10).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

run: build
	$(BIN) --interactive seeds/demo.json

# Rebuilds the demo pipeline: the CSVs from the generator, then the snapshot `make run` opens.
seeds: build
	python3 tools/make_demo_seed.py
	$(BIN) --data-dir seeds -f seeds/demo.stg -c 'save seeds/demo.json'

test: build
	$(SWIFT) test
	tools/check_transcripts.sh $(BIN)
	python3 Tests/pty/run_pty_tests.py $(BIN)
	python3 Tests/crash/save_kill_loop.py $(BIN) --iterations 200

# SIGKILL during `save`, 200 times: the snapshot is always the old or the new one
# (about 2 minutes in a debug build; `make test` runs it too).
# Side by side with DuckDB and sqlite3 on 1,000,000 generated records (RECORDS=n to change);
# writes bench-results/ and the table in BENCHMARKS.md (see there).
bench: release
	python3 Benchmarks/bench.py --bin .build/release/stagesh $(if $(RECORDS),--records $(RECORDS)) --shared ../shared/bench --update-doc

# The size-dependent steps at 100,000, 1,000,000 and 5,000,000 records: the growth table in BENCHMARKS.md.
bench-growth: release
	python3 Benchmarks/bench.py --bin .build/release/stagesh --growth 100000:3,1000000:3,5000000:1 --update-doc

crash-test: build
	python3 Tests/crash/save_kill_loop.py $(BIN) --iterations 200

clean:
	rm -rf .build
