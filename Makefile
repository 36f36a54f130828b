# Two commands on a fresh machine: `make site` builds the site, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Reproducible output: dates in the site come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test lint eval bench clean

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

site: $(BIN)/.installed
	$(BIN)/mkdocs build --strict

serve: $(BIN)/.installed
	$(BIN)/mkdocs serve

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

# Quality numbers beside baselines (needs ../shared/corpora/bbc): ROUGE, entities, dates.
eval: $(BIN)/.installed
	$(BIN)/python -m evaluation summaries
	$(BIN)/python -m evaluation annotations
	$(BIN)/python -m evaluation annotations --gold tests/eval/heldout
	$(BIN)/python -m evaluation related
	$(BIN)/python -m evaluation across
	$(BIN)/python -m evaluation splitters

# The briefing site beside a plain MkDocs site of the same documents: cold, warm, one seed edited,
# the corpus doubled; time, CPU, memory, size, against the targets of issue 10 (about 30 min on
# the 927 BBC articles; `make bench BENCH_ARGS=--quick` for a 100-document try).
CORPUS ?= ../shared/corpora/bbc/articles
REPEATS ?= 3
bench: $(BIN)/.installed
	$(BIN)/python -m evaluation.speed --corpus $(CORPUS) --repeats $(REPEATS) $(BENCH_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check hooks tests evaluation

clean:
	rm -rf site .pytest_cache
