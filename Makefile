# newsgraph: `make run` processes the bundled examples; `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install web run test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP) web

# The analyst's page: npm packages (web/package-lock.json) bundled by esbuild into the package data.
WEB_OUT := src/newsgraph/api/web/index.html
web: $(WEB_OUT)

$(WEB_OUT): web/package.json web/package-lock.json web/build.mjs web/index.html $(wildcard web/src/*)
	cd web && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build

run: install
	$(BIN)/newsgraph extract examples/*.txt --out-dir out --format table
	@echo "JSON of each example written to out/"
	$(BIN)/newsgraph ingest 'examples/*.txt' --db out/examples.duckdb
	$(BIN)/newsgraph export --db out/examples.duckdb --format csv -o out/events.csv
	$(BIN)/newsgraph export --db out/examples.duckdb --format geojson -o out/events.geojson
	@echo "database out/examples.duckdb, exports out/events.csv and out/events.geojson"

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out build dist src/*.egg-info web/node_modules src/newsgraph/api/web
