# LeanOn: `make run` serves the app with sample content; `make test` runs
# every test. Both set themselves up on first use.

PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# The first Python 3.12+ found; pyenv users get the one .python-version names.
PYTHON ?= $(shell for p in python3 python3.13 python3.12; do \
	$$p -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null \
	&& echo $$p && break; done)

.PHONY: run test install install-dev lint format lock clean crisis-model

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "LeanOn needs Python 3.12 or newer (see .python-version)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.txt
	@touch $@ $(VENV)/.run-installed

install: $(VENV)/.run-installed
install-dev: $(VENV)/.dev-installed

run: install
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py seed_demo
	DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install-dev
	scripts/test

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Retrain the crisis model from ../shared/data (not in the repository) and
# rewrite helpapp/guidance/crisis_model.json; then see bench/crisis.py.
crisis-model: install-dev
	$(BIN)/pip install --quiet scikit-learn==1.9.1
	$(BIN)/python scripts/train_crisis_model.py

# Re-pin every dependency (with hashes) from pyproject.toml.
lock: | $(BIN)/python
	$(BIN)/pip install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links -o requirements.txt pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links --extra dev \
		-o requirements-dev.txt pyproject.toml

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .test-results
