"""The running text of the page headers and footers (``Tỉnh Đoàn … - Hồ sơ Cuộc thi …``): kehoach
prints its own page header and footer, so this text is kept with what the importer could not place,
with a TODO saying where it stood. Page numbers (a PAGE field's result, ``- 2 -``, ``Trang 2/5``)
are left out: kehoach numbers the pages itself."""

from __future__ import annotations

import re

from .docx_blocks import read_paragraphs
from .docx_package import Package
from .text import clean

WHERE = {"header": "Đầu trang", "footer": "Chân trang"}
TODO = (
    "chữ gõ ở đầu trang, chân trang (header, footer) của văn bản Word: kehoach không in phần này, "
    "tự đánh số trang; chuyển vào đúng chỗ hoặc xóa"
)
_PAGE_NUMBER = re.compile(
    r"^(?:trang|page|tr\.)?\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:/|trên|of)\s*\d{1,4})?$", re.I
)


def margin_texts(pkg: Package) -> list[str]:
    """Each paragraph of running text of the page headers and footers, once, labelled with where
    it stood ('Đầu trang: …')."""
    out: list[str] = []
    for kind, root in pkg.margins:
        for p in read_paragraphs(pkg, root):
            text = clean(p.text)
            if text and not _PAGE_NUMBER.match(text):
                out.append(f"{WHERE[kind]}: {text}")
    return list(dict.fromkeys(out))
