"""The space for the signature and the seal in the text output: a block printed before its
signer's name is known (no ``name``) keeps the blank lines and the name's line, so Nơi nhận stands
where it would under a name (Decree 30/2020/NĐ-CP, Phụ lục I, mục II.7; DOCX, HTML and Markdown
keep that space too). Before: the blank lines were trimmed with the empty name and Nơi nhận
followed the title after one blank line."""

from __future__ import annotations

import re
import shutil

import pytest

from helpers import EXAMPLES, load, signers_plan
from kehoach.render.document import render

SIGNERS = [
    ("lhh", "TM.", "CHỦ TỊCH"),
    ("skhcn", "KT.", "PHÓ GIÁM ĐỐC"),
    ("ubnd", "TM.", "CHỦ TỊCH"),
]


def _text(tmp_path, signers, named: bool) -> list[str]:
    path = signers_plan(tmp_path / ("named" if named else "unnamed"), signers, named=named)
    return render(*load(path), "txt").decode("utf-8").splitlines()


@pytest.mark.parametrize("n", [1, 2, 3])
def test_nơi_nhận_stands_where_it_would_under_a_name(tmp_path, n):
    named = _text(tmp_path, SIGNERS[:n], named=True)
    unnamed = _text(tmp_path, SIGNERS[:n], named=False)
    at = named.index("Nơi nhận:")
    assert unnamed.index("Nơi nhận:") == at
    # the lines of the signature space and of the name are blank, the title above them is kept
    assert all(not line.strip() for line in unnamed[at - 5 : at])
    assert "CHỦ TỊCH" in unnamed[at - 6]
    assert unnamed[at:] == named[at:]


def test_nothing_after_the_signature_leaves_no_blank_lines_at_the_end(tmp_path):
    """Rules (no Nơi nhận) whose signer has no name end with the signer's title."""
    shutil.copytree(EXAMPLES, tmp_path / "repo")
    path = tmp_path / "repo/rules/qc-xet-chon-hoi-thi-2023-bt.yaml"
    source = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\n    name: .*", "", source), encoding="utf-8")
    lines = render(*load(path), "txt").decode("utf-8").splitlines()
    assert "Phạm Văn Dũng" not in lines
    assert lines[-1].strip() == "GIÁM ĐỐC"


def test_the_example_without_a_name_keeps_the_space():
    """kh-lhh-thuc-hien-5395: the original names no signer; its text leaves the space."""
    lines = render(*load(EXAMPLES / "plans/2023/kh-lhh-thuc-hien-5395.yaml"), "txt")
    lines = lines.decode("utf-8").splitlines()
    at = lines.index("Nơi nhận:")
    assert lines[at - 6].strip() == "CHỦ TỊCH"
    assert all(not line.strip() for line in lines[at - 5 : at])
