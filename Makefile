# Tarjotin: `make run` serves the demo tray, `make test` runs every test. Everything else is set-up.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
DEMO := tarjotin/demo/ptv
DEVSET ?= ../shared/search/devset.json
HOST ?= 127.0.0.1
PORT ?= 8000
LEAFLET := tarjotin/web/static/vendor/leaflet/leaflet.js

.PHONY: run test setup lint system-deps messages bench-search bench-scale api-fuzz hostile faults load backup-test clean

run: setup $(LEAFLET)
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) reference_load
	$(MANAGE) trays_load
	$(MANAGE) guidance_demo_user
	$(MANAGE) synonyms_load
	$(MANAGE) source_sync ptv --files $(DEMO)
	$(MANAGE) demo_events
	$(MANAGE) index_rebuild
	$(MANAGE) collectstatic --noinput -v0
	@echo "Tarjotin serves the demo tray at http://$(HOST):$(PORT)/"
	$(BIN)/gunicorn tarjotin.wsgi --bind $(HOST):$(PORT) --workers 2 --log-level warning

test: setup node_modules/.installed $(LEAFLET)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

setup: $(VENV)/.installed .system-deps

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $@

# Voikko (Finnish analysis), Chromium (page tests) and gettext come from the system's package manager.
# Without root or apt the project still runs: search falls back to a pip-only analyser.
.system-deps:
	@sh tools/system-deps.sh
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Leaflet for the map page, copied from node_modules into the static files: build output, ignored by git.
$(LEAFLET): node_modules/.installed tools/vendor-static.sh
	sh tools/vendor-static.sh

# The relevance set (R@5, MRR@10, nDCG@10 by category and language); any set in its format: DEVSET=path.
bench-search: setup
	$(BIN)/python tools/bench_search.py $(DEVSET)

# A generated national-scale catalogue (100k items): import, index, query latency, memory, page throughput.
bench-scale: setup
	$(BIN)/python tools/bench_scale/run.py

# Evidence (docs/evidence.md): generated API requests, hostile content in Chromium, importer faults,
# 50 concurrent users on SQLite and PostgreSQL (PGURL, default postgresql://postgres@127.0.0.1:5432),
# backup and restore on both.
api-fuzz: setup
	$(BIN)/python tools/evidence/api_fuzz.py

hostile: setup node_modules/.installed
	$(BIN)/python tools/evidence/hostile.py

faults: setup
	$(BIN)/python tools/evidence/faults.py

load: setup
	$(BIN)/python tools/evidence/load.py --database $(or $(LOAD_DB),both)

backup-test: setup
	$(BIN)/python tools/evidence/backup.py
	PYTHON=$(BIN)/python sh tools/evidence/backup_pg.sh

lint: setup
	$(BIN)/ruff check .

messages: setup
	$(MANAGE) makemessages -l fi -l sv --no-obsolete --add-location file -i ".venv/*" -i "node_modules/*" -i "tests/*" -i "tools/*"
	$(MANAGE) compilemessages -i .venv -i node_modules

clean:
	rm -rf $(VENV) node_modules var .system-deps tarjotin/web/static/vendor
