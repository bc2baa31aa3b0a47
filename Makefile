# kolom: two commands on a fresh clone: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RAW    ?= raw
# Debian packages. Building needs fonts and Pango (WeasyPrint) and zip; only the tests and the bench
# need the browser and poppler (PDF read-back).
BUILD_PACKAGES := fonts-ebgaramond fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 zip
TEST_PACKAGES  := chromium poppler-utils
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: setup setup-test system-deps test-deps site serve offline pdf deploy test test-fast lint bench eval clean

setup: system-deps $(VENV)/.installed

setup-test: setup test-deps

system-deps:
	@scripts/install-system-deps.sh $(BUILD_PACKAGES)

test-deps:
	@scripts/install-system-deps.sh $(TEST_PACKAGES)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

site: setup            ## clean raw/, build site/ (pages, search index) and site/pdf/
	$(BIN)/kolom site --raw $(RAW)

serve: setup           ## live preview; rebuilds when raw/ or docs/ change
	KOLOM_RAW=$(RAW) NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --livereload

offline: setup         ## kolom-offline.zip: the site for file://, with Material's own search
	$(BIN)/kolom offline --raw $(RAW)

pdf: setup             ## only the PDFs, into site/pdf/
	$(BIN)/kolom pdf --raw $(RAW) --out site/pdf

deploy: site           ## publish site/ (with PDFs) to the gh-pages branch of this repository
	$(BIN)/ghp-import --no-jekyll --push --force site

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check kolom scripts bench tests

test: setup-test lint       ## every test: unit, seeds, property, site in Chromium, PDF read-back
	$(BIN)/pytest -q

test-fast: setup-test       ## the tests without browser and PDF rendering
	$(BIN)/pytest -q -m "not browser and not pdf and not slow"

eval: setup            ## per set: metadata accuracy, line F1, leaks, and how well "te controleren" finds errors
	KOLOM_CACHE=off $(BIN)/python -m bench.evaluate

bench: setup-test           ## ingest, site build and PDF throughput on generated corpora
	$(BIN)/python bench/run.py

clean:
	rm -rf site build kolom-offline.zip .pytest_cache
