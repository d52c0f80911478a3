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

## The main job: extract the bundled example articles, score them against their gold, build
## the knowledge store out/fasail.db from them and print what it holds.
run: $(STAMP)
	$(BIN)/fasail extract examples/articles --manifest examples/manifest.csv --out out/examples.jsonl
	$(BIN)/fasail evaluate examples/gold.jsonl out/examples.jsonl
	$(BIN)/fasail ingest examples/articles --manifest examples/manifest.csv --db out/fasail.db
	$(BIN)/fasail query overview --db out/fasail.db
	@echo
	@echo "Next:  $(BIN)/fasail query profile \"جبهة النصرة\" --follow-renames --db out/fasail.db"
	@echo "       $(BIN)/fasail query snapshot --as-of 2018-03 --db out/fasail.db"
	@echo "       $(BIN)/fasail export --format gexf --out out/graph.gexf --db out/fasail.db"
	@echo "Web UI: make serve   (then open http://127.0.0.1:8000/)"

## Serve the web UI on the store `make run` built (built first if missing).
serve: $(STAMP)
	@test -f out/fasail.db || $(MAKE) run
	$(BIN)/fasail serve --db out/fasail.db

lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

## ruff, then pytest (exit code 5, "no tests collected", is not a failure).
test: lint
	$(BIN)/python -m pytest; code=$$?; [ $$code -eq 5 ] && exit 0 || exit $$code

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_memory.py --files 2000

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
