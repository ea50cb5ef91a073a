# Two commands (README): `make run` sets up and serves the app; `make test` sets up and tests.
# Both are idempotent: the virtualenv is (re)installed only when the dependency files change.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-12)

.PHONY: run test setup index lint eval clean

run: setup
	$(BIN)/redbrief serve

test: setup
	bash scripts/test.sh

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first, from the pinned CPU wheel; every later install honours the same pin.
	$(BIN)/pip install -q -c constraints.txt torch==2.13.0
	$(BIN)/pip install -q -c constraints.txt -e '.[dev,eval]'
	rm -f $(VENV)/.installed-*
	touch $@

index: setup
	$(BIN)/redbrief index

lint: setup
	$(BIN)/ruff check app evals tests scripts
	$(BIN)/mypy app evals

eval: setup
	$(BIN)/redbrief eval --set test

clean:
	rm -rf $(VENV) index/CURRENT index/builds .pytest_cache .mypy_cache .ruff_cache
