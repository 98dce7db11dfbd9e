"""Batch PDF through the real LibreOffice (issue 14, item 4), read back with poppler: one valid PDF
per document with its own title, a broken file among good ones, ``--pdf-a`` and ``--metadata`` per
file, a DOCX LibreOffice cannot load named among good ones."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import EXAMPLES, docx_bytes
from kehoach.io.yamlio import read
from kehoach.render import pdf

pytestmark = pytest.mark.external

SOME = [
    "plans/2021/kh-khcn-2021-tinhdoan-dt.yaml",
    "plans/2023/khlt-sang-tao-tre-2023-bt.yaml",
    "programs/ctph-2021-2025-tinhdoan-skhcn-bt.yaml",
    "decisions/qd-twd-ban-to-chuc-qua-cau-vang-2024.yaml",
]


@pytest.fixture
def examples(tmp_path, monkeypatch):
    """A copy of the example repository (it is written to), the working directory at its root."""
    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(root)
    return root


def _text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    return " ".join(text.split())


def _title(source: Path) -> str:
    return " ".join(read(str(source)).data["title"].split())


def test_batch_yields_one_valid_pdf_per_document(cli, examples, tmp_path):
    out = cli("render", *SOME, "--to", "pdf", "-o", str(tmp_path / "out"))
    assert out.exit_code == 0, out.output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{Path(s).stem}.pdf" for s in SOME)
    for source in SOME:
        text = _text(tmp_path / "out" / f"{Path(source).stem}.pdf")
        assert _title(examples / source) in text, source  # each PDF is its own document


def test_broken_file_among_good_ones(cli, examples, tmp_path):
    broken = examples / SOME[1]
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("issuers:", "issuers: [khong-co]\nx:", 1),
        encoding="utf-8",
    )
    out = cli("render", *SOME, "--to", "pdf", "-o", str(tmp_path / "out"))
    assert out.exit_code == 1
    assert f"{SOME[1]}:" in out.stderr and ": lỗi " in out.stderr
    assert f"không xuất: {SOME[1]}" in out.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(f"{Path(s).stem}.pdf" for s in SOME if s != SOME[1])
    for name in written:
        assert (tmp_path / "out" / name).read_bytes().startswith(b"%PDF")


def test_pdf_a_and_metadata_per_file(cli, examples, tmp_path):
    out = cli(
        "render", "decisions", "programs", "--to", "pdf", "--pdf-a", "--metadata",
        "-o", str(tmp_path / "out"),
    )  # fmt: skip
    assert out.exit_code == 0, out.output
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 4
    for path in pdfs:
        meta = subprocess.run(
            ["pdfinfo", "-meta", str(path)], capture_output=True, text=True, encoding="utf-8"
        ).stdout
        assert "<pdfaid:part>2</pdfaid:part>" in meta, path.name
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, encoding="utf-8"
        ).stdout
        pages = int(next(ln for ln in info.splitlines() if ln.startswith("Pages:")).split()[1])
        handoff = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert handoff["file"] == path.name  # measured on this very PDF
        assert handoff["document"]["PageAmount"] == pages
        assert handoff["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert all(s["found"] for s in handoff["signatures"]), path.name


def test_a_docx_libreoffice_cannot_load_is_named():
    good = docx_bytes(EXAMPLES / SOME[0])
    done = pdf.convert_many([("a", good), ("hong", good[:3000]), ("c", good)])
    assert [d.stem for d in done] == ["a", "hong", "c"]
    assert done[0].data is not None and done[2].data is not None
    assert done[0].data.startswith(b"%PDF") and done[1].data is None
    assert "LibreOffice không chuyển được" in (done[1].error or "")
