# Two commands on a fresh machine: `make site` builds the site, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Reproducible output: dates in the site come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test lint eval bench compare shapes shapes-across clean e2e lighthouse check zensical scaling

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
# the corpus doubled; time, CPU, memory, size, against the targets of issue 10 (about 4 min on
# the 927 BBC articles; `make bench BENCH_ARGS=--quick` for a 100-document try).
CORPUS ?= ../shared/corpora/bbc/articles
REPEATS ?= 3
bench: $(BIN)/.installed
	$(BIN)/python -m evaluation.speed --corpus $(CORPUS) --repeats $(REPEATS) $(BENCH_ARGS)

# Seeds shaped to make the analysis do more than the text's worth of work (quotes in one paragraph,
# thousands of names, ...), each analysed at a quarter of 1 MB and at 1 MB: fails when one grows
# faster than its text (about 2 min; `make shapes SHAPES_ARGS="--bytes 2000000"` at the largest seed).
shapes: $(BIN)/.installed
	$(BIN)/python -m evaluation.shapes $(SHAPES_ARGS)

# Corpora shaped to make the steps across briefings meet (one event every seed tells, one office
# with a holder in each, figures chained by shared names, ...), each built cold at 200 and 800 seeds:
# fails when a step, a bucket of pages or the site's bytes grows over 7x for 4x the seeds (about 4 min;
# `make shapes-across SHAPES_ARGS="--seeds 100 --shape ..."`).
shapes-across: $(BIN)/.installed
	$(BIN)/python -m evaluation.shapes_across $(SHAPES_ARGS)

# Two versions of the hooks side by side, their builds interleaved (medians, head/base ratios, and
# whether both made the same site): a revision against the working tree, e.g.
# `make compare COMPARE_ARGS="--base HEAD~1 --kind edited --documents 1298"` (kinds: edited, warm, cold).
compare: $(BIN)/.installed
	$(BIN)/python -m evaluation.compare --corpus $(CORPUS) $(COMPARE_ARGS)

# Browser checks of the built site in headless Chromium (the system's: Playwright's download is not
# used). `make e2e`: the tests in tests/e2e (links, search, layout, metadata, axe-core, requests),
# screenshots and axe results in .e2e/artifacts/. `make lighthouse`: the four Lighthouse scores of
# the home page and a briefing (not asserted). Node packages pinned in tests/e2e/package-lock.json
# are installed into .e2e/ (ignored); so is the site they check, built with the cache off.
E2E        := .e2e
E2E_SITE   := $(CURDIR)/$(E2E)/site
CHROMIUM   ?= /usr/bin/chromium
AXE        := $(E2E)/node_modules/axe-core/axe.min.js
LIGHTHOUSE := $(E2E)/node_modules/lighthouse/cli/index.js
NODE_LOCK  := tests/e2e/package.json tests/e2e/package-lock.json
LIGHTHOUSE_ARGS ?=

# A tool from its Debian package when it is missing: installed if we are root and the missing tool
# is the one the package provides ($(1) = $(4)), else a clear error. $(1) the command or path needed,
# $(2) the package, $(3) what to tell the user, $(4) what the package provides.
define debian_tool
	@if ! command -v $(1) >/dev/null 2>&1 && [ "$(1)" = "$(4)" ] && [ "$$(id -u)" = 0 ] \
	  && command -v apt-get >/dev/null 2>&1; then echo "installing $(2) with apt-get"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(2); fi
	@command -v $(1) >/dev/null 2>&1 || { echo "make: $(1) not found. $(3)" >&2; exit 1; }
endef
NEED_CHROMIUM = $(call debian_tool,$(CHROMIUM),chromium,Install Chromium (as root: apt-get install -y \
  chromium; make does it when run as root) or pass CHROMIUM=/path/to/chromium.,/usr/bin/chromium)
NEED_NPM      = $(call debian_tool,npm,npm,Install Node.js and npm (as root: apt-get install -y npm).,npm)

$(BIN)/.e2e-installed: $(BIN)/.installed requirements-e2e.txt
	$(BIN)/python -m pip install --quiet -r requirements-e2e.txt
	touch $@

# axe-core only (the lockfile's dependencies); Lighthouse, a devDependency, only for make lighthouse.
$(AXE): $(NODE_LOCK)
	$(NEED_NPM)
	mkdir -p $(E2E) && cp $(NODE_LOCK) $(E2E)/
	npm ci --prefix $(E2E) --omit=dev --no-audit --no-fund
	touch $@

$(LIGHTHOUSE): $(NODE_LOCK)
	$(NEED_NPM)
	mkdir -p $(E2E) && cp $(NODE_LOCK) $(E2E)/
	npm ci --prefix $(E2E) --no-audit --no-fund
	touch $@ $(AXE)

# The site is rebuilt on every run, so the checks are of the current tree.
e2e: $(BIN)/.e2e-installed $(AXE)
	$(NEED_CHROMIUM)
	rm -rf $(E2E_SITE)
	BRIEFING_CACHE=off $(BIN)/mkdocs build --strict -d $(E2E_SITE)
	E2E_SITE=$(E2E_SITE) E2E_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest tests/e2e -q -rfE

lighthouse: $(BIN)/.installed $(LIGHTHOUSE)
	$(NEED_CHROMIUM)
	rm -rf $(E2E_SITE)
	BRIEFING_CACHE=off $(BIN)/mkdocs build --strict -d $(E2E_SITE)
	CHROME_PATH=$(CHROMIUM) $(BIN)/python tests/e2e/lighthouse.py --site $(E2E_SITE) \
	  --lighthouse $(E2E)/node_modules/.bin/lighthouse -- $(LIGHTHOUSE_ARGS)

# What a reviewer should look at in each seed before publishing; fails only for the check ids in
# extra.briefing.require. `make check CHECK_ARGS="--format json"` for tools.
check: $(BIN)/.installed
	PYTHONPATH=hooks $(BIN)/python -m briefing_site check $(CHECK_ARGS)

# The same site published by Zensical (Material's successor) from `write-docs`: docs/life-after-material.md.
ZENSICAL_OUT ?= $(CURDIR)/.zensical
zensical: $(BIN)/.installed requirements-zensical.txt
	$(BIN)/python -m pip install --quiet -r requirements-zensical.txt
	rm -rf $(ZENSICAL_OUT) && mkdir -p $(ZENSICAL_OUT)
	cp -r docs overrides mkdocs.yml $(ZENSICAL_OUT)/
	PYTHONPATH=hooks $(BIN)/python -m briefing_site write-docs $(ZENSICAL_OUT)/docs --strict
	$(BIN)/zensical build --strict -f $(ZENSICAL_OUT)/mkdocs.yml

# The table of docs/scaling.md: cold and warm builds of the briefing site and plain builds at several sizes
# (~1 min; SCALING_ARGS=--repeats 3 for medians, ~4 min).
scaling: $(BIN)/.installed
	$(BIN)/python -m evaluation.scaling --corpus $(CORPUS) $(SCALING_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check hooks tests evaluation

clean:
	rm -rf site .pytest_cache
