"""Old Word (.doc) and OpenDocument (.odt) files go through LibreOffice, which is installed for
these tests (they fail, not skip, without it) and read exactly like the .docx they came from."""

from __future__ import annotations

import pytest

from kehoach.exchange.importer import run_import
from libreoffice import convert

from . import wordmake as wm
from .samples import body, doan_header_table


@pytest.mark.external
def test_doc_and_odt_through_libreoffice(word_repo, tmp_path):
    d = wm.new()
    doan_header_table(d)
    body(d)
    src = tmp_path / "ke-hoach.docx"
    src.write_bytes(wm.save(d))
    for fmt in ("odt", "doc"):
        convert(src, fmt, tmp_path / "cu", tmp_path / "lo")
    files = [src, tmp_path / "cu" / "ke-hoach.odt", tmp_path / "cu" / "ke-hoach.doc"]
    (tmp_path / "out").mkdir()
    result = run_import(
        [str(f) for f in files], output=str(tmp_path / "out"), repo_root=str(word_repo)
    )
    direct, odt, doc = result.files
    assert [f.status for f in result.files] == [direct.status] * 3 and not direct.failed
    for other in (odt, doc):
        body_of = other.text.split("\n", 2)[2]  # the first two lines name the source file
        assert body_of == direct.text.split("\n", 2)[2]
