# Two commands do all set-up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
# A second torch release: every snippet and helper doctest also runs under it, and what it
# prints differently is kept in records/ (tools/record_releases.py, tests/test_releases.py).
OTHER_TORCH := 2.13.0
OTHER_VENV := .venv-2.13
OTHER_STAMP := $(OTHER_VENV)/.installed

.PHONY: serve test site clean other-release record-releases dev bench record-cuda

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python >= 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# constraints.txt pins torch/torchvision to the builds pip takes from this machine's disk
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Exact pins, no constraints file (constraints.txt pins the main release): no spec here admits
# a newer torch, and pip takes the CPU wheel of torch $(OTHER_TORCH) from this machine's disk.
# No torchvision: its wheels for $(OTHER_TORCH) only load with the CUDA build of torch, so
# tests that need it are listed as not compared in the record.
$(OTHER_STAMP): Makefile
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python >= 3.11)"; exit 1; }
	test -x $(OTHER_VENV)/bin/python || $(PYTHON) -m venv $(OTHER_VENV)
	$(OTHER_VENV)/bin/python -m pip install -q --upgrade pip
	$(OTHER_VENV)/bin/python -m pip install -q torch==$(OTHER_TORCH) numpy==2.4.6 einops==0.8.2 pillow==13.0.0
	touch $(OTHER_STAMP)

other-release: $(OTHER_STAMP)

# Re-record what torch $(OTHER_TORCH) prints differently (records/torch-$(OTHER_TORCH).json).
record-releases: $(STAMP) $(OTHER_STAMP)
	$(BIN)/python tools/record_releases.py

# On a machine with a GPU: run the REQUIRES = "cuda" snippets and record their output.
record-cuda: $(STAMP)
	$(BIN)/python tools/record_cuda.py

# Both languages, strict, in one process (`mkdocs build --strict` per config does the same);
# unchanged pages come from .cache/pages.
site: $(STAMP)
	$(BIN)/python tools/build_site.py

serve: site
	@echo "serving http://127.0.0.1:8000/ (中文) and http://127.0.0.1:8000/en/ (English)"
	$(BIN)/python -m http.server 8000 --bind 127.0.0.1 --directory site

# Author loop: one language with live reload (LANG_CONFIG=mkdocs.yml for zh). Each edit rebuilds
# the whole language, but unchanged pages come from .cache/pages, so every page stays right
# (nav, search, pages that embed an edited snippet) and an edit shows in a second or two.
# Snippets, records, the zh API text and the gallery are watched besides the pages; an edit
# to the package or to docs/hooks needs a restart, as MkDocs keeps the modules it imported.
LANG_CONFIG ?= mkdocs.en.yml
DEV_ADDR ?= 127.0.0.1:8000
dev: $(STAMP)
	$(BIN)/mkdocs serve -f $(LANG_CONFIG) -a $(DEV_ADDR) -w snippets -w records -w docs/api -w docs/gallery

bench: $(STAMP) $(OTHER_STAMP)
	$(BIN)/python bench/run.py

test: $(STAMP) $(OTHER_STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf site .cache
