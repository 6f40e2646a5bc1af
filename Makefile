# Debrief — the two commands: `make run` and `make test`. Everything else is set-up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ADDR ?= 127.0.0.1:8000
PYTHON_CANDIDATES := python3.13 python3.12 python3 python
PYTEST_ARGS ?=
# pytest-xdist processes; `make test PYTEST_WORKERS=0` runs everything in one process.
PYTEST_WORKERS ?= auto

.PHONY: help run test setup migrate demo lint format bench lock clean

help:
	@echo "make run    set up, load demo data and start web + worker + beat at http://$(ADDR)"
	@echo "make test   set up and run the whole test suite"
	@echo "make lint   ruff check and format check"
	@echo "make bench  benchmarks (ratios against a bare Django view)"

# Find Python >= 3.12, make the virtualenv, install the pinned lock. Re-runs only when a lock changes.
$(STAMP): requirements/base.lock requirements/dev.lock
	@py=""; \
	for candidate in $(PYTHON_CANDIDATES); do \
	  if command -v $$candidate >/dev/null 2>&1 && \
	     $$candidate -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then \
	    py=$$candidate; break; \
	  fi; \
	done; \
	if [ -z "$$py" ]; then \
	  echo "Debrief needs Python 3.12 or newer (3.13 recommended). Install it (for example with pyenv: 'pyenv install 3.13') and run make again." >&2; \
	  exit 1; \
	fi; \
	if [ ! -x $(PY) ]; then echo "Creating $(VENV) with $$($$py --version)"; $$py -m venv $(VENV); fi
	@$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/dev.lock
	@touch $(STAMP)

setup: $(STAMP)

# Settings create no folder on import: make DATA_DIR's folders (SQLite, broker, cache) first.
migrate: setup
	@$(PY) -m config.paths
	@$(PY) manage.py migrate --noinput -v 0

# E-mail links point where the server listens: SITE_URL follows ADDR unless you set it.
demo: migrate
	@SITE_URL="$${SITE_URL:-http://$(ADDR)}" $(PY) manage.py seed_demo

run: demo
	@SITE_URL="$${SITE_URL:-http://$(ADDR)}" $(PY) manage.py runstack --addr $(ADDR)

# Real-process tests share one xdist group (--dist loadgroup), so they never run side by side.
# pytest's exit 5 ("no tests collected") fails the target like any other failure.
test: setup
	@$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests, so nothing was tested." >&2; fi; \
	exit $$status

lint: setup
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

format: setup
	@$(VENV)/bin/ruff format .
	@$(VENV)/bin/ruff check --fix .

bench: setup
	@$(PY) -m bench

# Re-pin after editing requirements/*.in (needs the network to the package registry). pip-compile
# keeps every pin that still fits (`make lock LOCK_ARGS=--upgrade` moves them all, or
# `LOCK_ARGS="--upgrade-package NAME"` one), records sha256 hashes and no index address.
# dev.in is constrained by base.lock, so the app's packages have the same version in both.
LOCK_ARGS ?=
PIP_TOOLS := pip-tools==7.6.2
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" ../.venv-lock/bin/pip-compile --quiet --generate-hashes \
	--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --no-emit-trusted-host $(LOCK_ARGS)
lock: setup
	@rm -rf .venv-lock && $(PY) -m venv .venv-lock
	@.venv-lock/bin/pip install --quiet --disable-pip-version-check "$(PIP_TOOLS)"
	@cd requirements && $(PIP_COMPILE) --output-file base.lock base.in
	@cd requirements && $(PIP_COMPILE) --output-file dev.lock dev.in
	@rm -rf .venv-lock

clean:
	rm -rf $(VENV) data staticfiles .pytest_cache .ruff_cache
