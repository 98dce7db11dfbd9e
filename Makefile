# Two commands do all the set-up (README, "Bắt đầu nhanh"):
#   make demo   — create .venv, install kehoach, run it on examples/
#   make test   — create .venv, install kehoach with its test tools, lint and run every test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
OUT ?= out
TODAY ?= 2023-06-15

.PHONY: setup demo test lint docs clean bench bench-scale gallery

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("kehoach cần Python ≥ 3.11") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

# the C YAML loader (hatch_build.py; pip install -e builds it too): rebuilt when its source or the
# build hook changed. Without a compiler or libyaml-dev it warns and kehoach reads YAML in Python.
CYAML := src/kehoach/io/_cyaml$(shell $(PYTHON) -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX") or ".so")')
$(CYAML): src/kehoach/io/_cyaml.c src/kehoach/io/_cyaml_lines.h hatch_build.py | $(STAMP)
	$(BIN)/python hatch_build.py

setup: $(STAMP) $(CYAML)

EXAMPLE_DOCS := $(wildcard examples/programs/*.yaml examples/plans/*/*.yaml examples/decisions/*.yaml examples/rules/*.yaml examples/reports/*.yaml)

demo: setup
	@echo "== kehoach validate (kho mẫu examples/)"
	cd examples && ../$(BIN)/kehoach validate
	@mkdir -p $(OUT)
	@echo "== kehoach render: DOCX, văn bản thuần, HTML vào $(OUT)/"
	@for f in $(EXAMPLE_DOCS); do for fmt in docx txt html; do \
	  $(BIN)/kehoach render $$f --to $$fmt -o $(OUT)/$$(basename $$f .yaml).$$fmt || exit 1; done; done
	@if command -v soffice >/dev/null 2>&1; then \
	  $(BIN)/kehoach render examples/plans/2021/kh-khcn-2021-tinhdoan-dt.yaml --to pdf -o $(OUT)/kh-khcn-2021-tinhdoan-dt.pdf; \
	else echo "(bỏ qua PDF: chưa cài LibreOffice)"; fi
	@echo "== kehoach due (ngày $(TODAY), 3 tháng tới) và lịch .ics"
	cd examples && ../$(BIN)/kehoach due --today $(TODAY) --within 3m
	cd examples && ../$(BIN)/kehoach due --today $(TODAY) --all --format ics -o $(abspath $(OUT))/lich-kehoach.ics
	@echo "== kehoach who: trách nhiệm của Sở KH&CN Bình Thuận"
	cd examples && ../$(BIN)/kehoach who --party skhcn-bt
	@echo "== kehoach report: dự thảo báo cáo sơ kết năm 2022"
	cd examples && ../$(BIN)/kehoach report ctph-2021-2025-tinhdoan-skhcn-bt --period 2022 --to docx --today $(TODAY) -o $(abspath $(OUT))/bao-cao-so-ket-2022.docx
	@echo "== kehoach register: sổ đăng ký văn bản đi năm 2023 của Tỉnh Đoàn Bình Thuận"
	cd examples && ../$(BIN)/kehoach register --year 2023 --issuer tinhdoan-bt --to xlsx --force -o $(abspath $(OUT))/so-van-ban-di-2023.xlsx
	@echo "== kehoach export: bảng tiến độ Excel để các đơn vị điền"
	cd examples && ../$(BIN)/kehoach export --today $(TODAY) --force -o $(abspath $(OUT))/tien-do.xlsx
	@echo "== kehoach site: trang tổng quan tĩnh (mở $(OUT)/trang-tong-quan/index.html)"
	cd examples && ../$(BIN)/kehoach site --today $(TODAY) -o $(abspath $(OUT))/trang-tong-quan
	@echo "Xong: xem các tệp trong $(OUT)/"

lint: setup
	$(BIN)/ruff format --check src tests tools bench hatch_build.py
	$(BIN)/ruff check src tests tools bench hatch_build.py
	$(BIN)/mypy src

# every test, the external ones too (LibreOffice, git, pre-commit, a wheel build): a missing tool
# fails the run, it is never skipped. The quick loop while working: .venv/bin/pytest -m "not external"
test: lint
	PYTHONWARNDEFAULTENCODING=1 $(BIN)/python -X warn_default_encoding -W error::EncodingWarning \
	  -m pytest --cov=kehoach --cov-report=term:skip-covered

docs: $(STAMP)
	$(BIN)/python tools/schema_src.py
	$(BIN)/python tools/holidays_table.py
	$(BIN)/kehoach checks --format md > docs/checks.md

bench: setup
	$(BIN)/python bench/run.py --files 1000

# national scale: 100,000 generated plans (~1 GB, not kept), cold, warm, one file changed, memory
bench-scale: setup
	$(BIN)/python bench/run.py --scale 100000

gallery: $(STAMP)
	$(BIN)/python tools/gallery.py

clean:
	rm -rf $(VENV) $(OUT) build dist .pytest_cache .ruff_cache src/kehoach/io/_cyaml*.so
