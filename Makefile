# Two commands do all set-up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test site clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python >= 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# constraints.txt pins torch/torchvision to the builds pip takes from this machine's disk
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/mkdocs build --strict -q -f mkdocs.yml
	$(BIN)/mkdocs build --strict -q -f mkdocs.en.yml

serve: site
	@echo "serving http://127.0.0.1:8000/ (中文) and http://127.0.0.1:8000/en/ (English)"
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory site

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf site .cache
