"""PDF through LibreOffice, read back with poppler: a signature never stands alone on a page, the
fonts are embedded, ``--pdf-a`` writes PDF/A-2b (XMP metadata). Needs soffice, pdftotext, pdffonts,
pdfinfo (LibreOffice and poppler-utils, installed by .ci/run)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from helpers import ORGS, build_tree, load, pdf_pages
from kehoach.render import pdf
from kehoach.render.document import render

DECISION = """\
kind: decision
issuers: [td]
number: 5
date: 2024-03-05
title: Về việc thành lập Ban Tổ chức Hội thi
authority: BAN THƯỜNG VỤ TỈNH ĐOÀN BÌNH THUẬN
bases:
  - text: Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh
articles:
{articles}
signers:
  - {{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn Ký}}
recipients:
  groups:
    - items: [Như Điều 3]
  archive: Lưu VT.
"""


def _decision(tmp_path: Path, count: int) -> Path:
    """A decision whose body is ``count`` one-line articles: the last is not a closing paragraph,
    the case where the signature used to land alone on the next page."""
    articles = "\n".join(f"  - Nội dung ngắn của điều thứ {i}." for i in range(1, count + 1))
    root = build_tree(
        tmp_path / f"r{count}",
        {
            "kehoach.yaml": "kind: settings\n",
            "orgs.yaml": ORGS,
            "decisions/qd.yaml": DECISION.format(articles=articles),
        },
    )
    return root / "decisions/qd.yaml"


def _articles_on(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"Điều (\d+)\.", page)]


def test_signature_never_alone_when_the_body_ends_at_the_page_bottom(tmp_path):
    # a long probe tells how many one-line articles fill the first page exactly
    probe = pdf_pages(render(*load(_decision(tmp_path, 70)), "pdf"), tmp_path)
    full = max(_articles_on(probe[0]))
    # that many articles: the body ends at the foot of page 1, the signature does not fit there
    pages = pdf_pages(render(*load(_decision(tmp_path, full)), "pdf"), tmp_path)
    signed = next(i for i, p in enumerate(pages) if "Nguyễn Văn Ký" in p)
    assert signed > 0, "the probe should push the signature to the next page"
    body_lines = _articles_on(pages[signed])
    assert len(body_lines) >= 2, pages[signed]  # at least two lines of body with the signature
    assert full in body_lines and "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" in pages[signed]
    assert "Nơi nhận:" in pages[signed]
    for page in pages:  # no page is only a signature
        assert _articles_on(page) or "QUYẾT ĐỊNH" in page


def test_pdf_a_and_embedded_fonts(tmp_path):
    data = render(*load(_decision(tmp_path, 3)), "pdf", pdf_a=True)
    path = tmp_path / "a.pdf"
    path.write_bytes(data)
    meta = subprocess.run(
        ["pdfinfo", "-meta", str(path)], capture_output=True, text=True, encoding="utf-8"
    ).stdout
    assert "<pdfaid:part>2</pdfaid:part>" in meta and "<pdfaid:conformance>B" in meta
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, encoding="utf-8"
    ).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" == row[-5] for row in rows), fonts  # every font embedded
    # Times New Roman where installed, else its metric twin; never a fallback for Vietnamese
    assert all(re.search(r"TimesNewRoman|LiberationSerif", row[0]) for row in rows), fonts
    plain = render(*load(_decision(tmp_path, 3)), "pdf")
    (tmp_path / "b.pdf").write_bytes(plain)
    meta = subprocess.run(
        ["pdfinfo", "-meta", str(tmp_path / "b.pdf")],
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    assert "pdfaid" not in meta


def test_font_note(monkeypatch):
    def fake(family):
        class Done:
            stdout = family

        return lambda *a, **k: Done()

    monkeypatch.setattr(pdf.shutil, "which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr(pdf.subprocess, "run", fake("Times New Roman"))
    assert pdf.font_note() is None
    monkeypatch.setattr(pdf.subprocess, "run", fake("Liberation Serif"))
    note = pdf.font_note()
    assert "Liberation Serif" in note and "ttf-mscorefonts-installer" in note and "\n" not in note
    monkeypatch.setattr(pdf.subprocess, "run", fake("DejaVu Serif"))
    note = pdf.font_note()
    assert "DejaVu Serif" in note and "fonts-liberation2" in note
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    assert pdf.font_note() is None


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_pdf_a_only_with_pdf(tmp_path, fmt):
    from kehoach.errors import KehoachError
    from kehoach.render.run import run_render

    with pytest.raises(KehoachError, match="--pdf-a"):
        run_render(_decision(tmp_path, 2), fmt, str(tmp_path / f"x.{fmt}"), pdf_a=True)
