"""Text formats of ``kehoach render``: golden txt for every example, the Đồng Tháp plan against its
original, Markdown and HTML escaping.

Regenerate the golden files after an intended change: ``KEHOACH_UPDATE_GOLDEN=1 pytest tests/unit/test_render_text.py``
and review the diff.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from html.parser import HTMLParser

import docx
import pytest

from helpers import DT, EXAMPLES, ROOT, escaping_repo, reading_text, rendered

GOLDEN = ROOT / "tests" / "golden"
ALL = sorted(  # every document of the example repository, whatever its kind
    p for p in EXAMPLES.rglob("*.yaml") if p.name not in ("kehoach.yaml", "orgs.yaml")
)
# The original as published (web copy), kept here so that the comparison runs in any clone; it is
# the file of ../shared/seeds/ the example was transcribed from.
SEED = GOLDEN / "seeds" / "dong-thap-ke-hoach-2021.txt"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_golden_txt(path):
    text = rendered(path, "txt").decode("utf-8")
    golden = GOLDEN / f"{path.stem}.txt"
    if os.environ.get("KEHOACH_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"thiếu {golden}; chạy với KEHOACH_UPDATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8")


def test_every_example_has_a_golden_file():
    assert sorted(p.stem for p in GOLDEN.glob("*.txt")) == sorted(p.stem for p in ALL)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_txt_fits_78_columns(path):
    for line in rendered(path, "txt").decode("utf-8").splitlines():
        assert len(line) <= 78, line


# -- the Đồng Tháp plan against the original ---------------------------------------------------------

# Lines of the web copy that are not words of the document:
#  - "---------" is the rule under the title, drawn as a line (DOCX) or "________" (txt);
#  - "(Ký tên và đóng dấu)" is how the web copy marks the blank space left for the signature and
#    the seal; the document leaves that space empty, as Decree 30 wants.
ARTEFACTS = {"---------", "(Ký tên và đóng dấu)"}


def norm(text: str) -> str:
    """Spacing normalised (runs of blanks, '( phối hợp)'); NFC."""
    text = unicodedata.normalize("NFC", text)
    text = " ".join(text.split())
    return text.replace("( ", "(").replace(" )", ")")


def seed_lines() -> list[str]:
    """The original's content lines, with the only differences Decree 30 imposes undone:

    - the bases end with ';' (the last with '.'); the web copy ends each with '.': the final
      punctuation of the two bases is not compared (the test below checks ours);
    - section headings I.–IV. are printed in upper case;
    - the archive line reads '- Lưu: VP, …' (with the colon of Decree 30, Phụ lục I); the copy
      has '- Lưu VP, …'.
    """
    out = []
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        line = norm(raw)
        if not line or line in ARTEFACTS:
            continue
        if line.startswith(("Căn cứ chương trình phối hợp", "Thực hiện kế hoạch số")):
            line = line.rstrip(".;")
        if re.match(r"^[IVX]+\. ", line):
            line = line.upper()
        if line.startswith("- Lưu "):
            line = line.replace("- Lưu ", "- Lưu: ", 1)
        out.append(line)
    return out


def assert_in_order(lines: list[str], text: str) -> None:
    pos = 0
    for line in lines:
        found = text.find(line, pos)
        assert found >= 0, f"không thấy (sau vị trí {pos}): {line!r}\n…{text[pos : pos + 300]!r}"
        pos = found + len(line)


def test_dong_thap_docx_contains_the_original_in_order():
    """Reading order of the DOCX (tables left to right: Nơi nhận, then the signature) is the order
    of the original, line for line."""
    d = docx.Document(io.BytesIO(rendered(DT, "docx")))
    assert_in_order(seed_lines(), norm(" ".join(reading_text(d.element.body, d))))


def test_dong_thap_txt_contains_the_original_in_order():
    """The text file prints the signature before Nơi nhận (its reading order, issue 3); the lines of
    each part are in the original's order."""
    lines = seed_lines()
    start = lines.index("Nơi nhận:")
    sign = lines.index("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN")
    text = norm(rendered(DT, "txt").decode("utf-8"))
    assert_in_order(lines[:start] + lines[sign:] + lines[start:sign], text)
    assert "2020 - 2024; Thực hiện kế hoạch số 50/KH-LHH-SKHCN" in text
    assert "giai đoạn 2020 – 2024. Ban Thường vụ Tỉnh đoàn triển khai" in text


# -- markdown and html ------------------------------------------------------------------------------


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_and_has_print_rules(tmp_path):
    root = escaping_repo(tmp_path)
    html = rendered(root / "plans/kh.yaml", "html").decode("utf-8")
    assert "</w:t>" not in html and "<KH&CN>" not in html and "<TỈNH>" not in html
    assert "&lt;KH&amp;CN&gt;" in html and "&#34;đặc biệt&#34;" in html
    parser = _Collect()
    parser.feed(html)
    text = " ".join("".join(parser.text).split())
    assert "Hợp tác <KH&CN> \"đặc biệt\" & 'nháy đơn' </w:t></w:r>" in text
    assert "Hội thi A<B & C>D ]]> &amp;" in text
    assert "script" not in parser.tags
    # Decree 30 margins: the screen page's; printed, the page's margins less the 5 mm the header
    # and the joint signatures reach into, padded back (test_render_html_signatures prints it)
    assert "@page" in html and "size: A4" in html and "padding: 20mm 15mm 20mm 30mm" in html
    assert "margin: 20mm 10mm 20mm 25mm" in html and "padding: 0 5mm" in html
    assert "Times New Roman" in html and "@page :first" in html


def test_markdown_escapes(tmp_path):
    root = escaping_repo(tmp_path)
    md = rendered(root / "plans/kh.yaml", "md").decode("utf-8")
    assert "Hợp tác \\<KH&CN\\> \"đặc biệt\" & 'nháy đơn' \\</w:t\\>\\</w:r\\>" in md
    assert "&amp;amp;" in md  # an entity in the data prints as typed
    assert "\\- Sở KH&CN \\<phối hợp\\>;" in md


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_md_and_html_carry_the_same_words(path):
    raw = rendered(path, "txt").decode("utf-8")
    md = norm(rendered(path, "md").decode("utf-8").replace("\\", "").replace("**", ""))
    parser = _Collect()
    parser.feed(rendered(path, "html").decode("utf-8"))
    html = norm(" ".join(parser.text))
    headings = re.findall(r"^(?:[IVX]+\.|Điều \d+\.) .+$", raw, flags=re.M)
    assert len(headings) >= 2
    ends = ["Nơi nhận:"] if "Nơi nhận:" in raw else []
    for needle in headings + ends + ["./."]:
        assert needle in md and needle in html, needle


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_text_and_markdown_lines_carry_no_trailing_spaces(path):
    # the signature table's row ended "| " (git diff flags it when the .md is kept in a repo)
    for fmt in ("txt", "md"):
        text = rendered(path, fmt).decode("utf-8")
        assert [line for line in text.split("\n") if line.endswith(" ")] == [], fmt
