"""Paragraphs that open with a dash in the text output (a căn cứ printed ``- Căn cứ …;`` under
``bases_style: dash``, a paragraph typed ``- …`` or ``+ …``): their lines hang under their words,
as the items of the body do, so that a wrapped line never reads as a paragraph of its own. Before:
the second line of such a basis started at the margin."""

from __future__ import annotations

from helpers import EXAMPLES, ORGS, PLAN, build_tree, load
from kehoach.render.document import render

LONG = (
    "Căn cứ Kế hoạch số 225-KH/TWĐTN-CTTN ngày 26/02/2024 của Trung ương Đoàn TNCS Hồ Chí Minh về"
    " tổ chức Giải thưởng Khoa học công nghệ Quả Cầu Vàng năm 2024"
)
WORDS = "tổ chức các hoạt động phát huy vai trò xung kích, sáng tạo của thanh niên trong học tập"


def _lines(tmp_path) -> list[str]:
    plan = PLAN.replace(
        "title: Kế hoạch thử\n",
        f"title: Kế hoạch thử\nbases_style: dash\nbases:\n  - text: {LONG}\n"
        f"purpose:\n  paragraphs:\n    - '- Một: {WORDS}.'\n    - '+ Hai: {WORDS}.'\n"
        f"    - 'Ba: {WORDS}.'\n",
    )
    build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": plan}
    )
    return render(*load(tmp_path / "plans/kh.yaml"), "txt").decode("utf-8").splitlines()


def _following(lines: list[str], start: str) -> list[str]:
    """The lines of the paragraph that begins with ``start`` after its first."""
    at = next(i for i, line in enumerate(lines) if line.startswith(start))
    end = lines.index("", at)
    assert end - at > 1, "the paragraph was meant to wrap"
    return lines[at + 1 : end]


def test_a_dash_basis_and_dash_paragraphs_hang(tmp_path):
    lines = _lines(tmp_path)
    for start in ("- Căn cứ Kế hoạch", "- Một:", "+ Hai:"):
        assert all(line.startswith("  ") and line[2] != " " for line in _following(lines, start))
    # a paragraph with no dash keeps its lines at the margin
    assert all(not line.startswith(" ") for line in _following(lines, "Ba:"))


def test_the_example_decision_bases_hang():
    """qd-twd-ban-to-chuc-qua-cau-vang-2024 prints its bases with dashes (a Đoàn decision)."""
    lines = render(*load(EXAMPLES / "decisions/qd-twd-ban-to-chuc-qua-cau-vang-2024.yaml"), "txt")
    lines = lines.decode("utf-8").splitlines()
    assert _following(lines, "- Căn cứ Kế hoạch số 225") == [
        "  TNCS Hồ Chí Minh về tổ chức Giải thưởng Khoa học công nghệ Quả Cầu Vàng năm",
        "  2024;",
    ]
