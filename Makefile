# fasail: `make run` installs and runs the main job; `make test` installs dev extras and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint install install-dev bench serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(STAMP)

install: $(STAMP)
install-dev: $(DEV_STAMP)

## The main job: extract the bundled example articles into out/ and print a summary.
run: $(STAMP)
	$(BIN)/fasail extract examples/articles --manifest examples/manifest.csv --out out/examples.jsonl
	$(BIN)/fasail evaluate examples/gold.jsonl out/examples.jsonl

## Extract the examples and serve them with the web UI on http://127.0.0.1:8000/.
serve: $(STAMP)
	$(BIN)/fasail extract examples/articles --manifest examples/manifest.csv --out out/examples.jsonl
	$(BIN)/fasail serve --from out/examples.jsonl

lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

## ruff, then pytest (exit code 5, "no tests collected", is not a failure).
test: lint
	$(BIN)/python -m pytest; code=$$?; [ $$code -eq 5 ] && exit 0 || exit $$code

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_memory.py --files 2000

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
