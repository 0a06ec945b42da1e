# 一窗通 — the two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test bench screenshots lint i18n clean sysdeps-run sysdeps-test

sysdeps-run:
	@PYTHON=$(PYTHON) bash tools/sysdeps.sh run

sysdeps-test:
	@PYTHON=$(PYTHON) bash tools/sysdeps.sh test

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[test,dev]'
	@touch $@ $(VENV)/.installed-run

## make run: install, set up the local database on first start, open the window.
run: sysdeps-run $(VENV)/.installed-run
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "No display found. On a machine without a screen run: xvfb-run -a make run"; exit 1; fi
	$(PY) -m desktop.cli $(ARGS)

## make test: the same install plus test tools, then the whole suite headless.
test: sysdeps-test $(VENV)/.installed-test
	@$(PY) tools/check_pg.py
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q $(PYTEST_ARGS)

## make bench: the performance figures the issues ask for; writes bench.json.
bench: sysdeps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.bench

## make screenshots: PNGs of the main screens (in Chinese) into docs/screenshots/.
screenshots: sysdeps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

lint: $(VENV)/.installed-test
	$(PY) -m ruff check desktop ui models printing tests tools
	$(PY) -m ruff format --check desktop ui models printing tests tools

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache bench.json
