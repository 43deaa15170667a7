# The two commands of the README:
#   make run   - a working portal with demo content on SQLite at http://127.0.0.1:8000
#   make test  - the whole test suite (PostgreSQL when DATABASE_URL is set, else SQLite)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test trace install install-dev browser-tools messages check-deploy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

install: $(VENV)/.runtime-installed
install-dev: $(VENV)/.dev-installed

# Debian's Chromium drives the browser tests; Playwright never downloads a browser here.
browser-tools: node_modules/.installed
	@command -v chromium >/dev/null 2>&1 || scripts/install-chromium.sh
	@command -v java >/dev/null 2>&1 || scripts/install-java.sh

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py setup_portal --demo
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py ensure_admin --demo-editors
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev browser-tools
	$(BIN)/python -m pytest $(PYTEST_ARGS)

trace: install-dev
	$(BIN)/python -m pytest --collect-only -q --trace-requirements

# Regenerate the interface catalogues after changing {% translate %} / gettext strings.
messages: install-dev
	$(BIN)/python manage.py makemessages --locale vi --ignore '.venv/*' --ignore 'node_modules/*' --no-obsolete
	$(BIN)/python manage.py compilemessages --locale vi --ignore '.venv/*'

check-deploy: install
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$$(openssl rand -hex 32) \
	ALLOWED_HOSTS=portal.example.gov.vn $(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) node_modules db.sqlite3 static_collected .pytest_cache
