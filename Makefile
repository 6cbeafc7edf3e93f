# make run: set up and scrub the shipped examples; make test: set up (with the Ray extra,
# which the Ray test uses, and the bench extra) and run the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# setuptools tells of its editable mode (a flat layout) through a warning: information, not a problem
$(STAMP): pyproject.toml | $(BIN)/python
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install -q -e ".[test,ray,bench]"
	touch $(STAMP)

install: $(STAMP)

run: install
	rm -rf redacted
	$(BIN)/redact scrub examples -o redacted --report redact-report.json

# network tests (pre-commit installs this package from the repo) run apart, sockets allowed
test: install
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest -m network --force-enable-socket

clean:
	rm -rf redacted redact-report.json build dist *.egg-info
