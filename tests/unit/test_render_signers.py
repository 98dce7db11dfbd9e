"""Signature blocks: an authority word (``TM.``, ``KT.``, ``TL.``, ``TUQ.``, ``Q.``) never stands
alone on a line, in any layout of one to four signers (Decree 30/2020/NĐ-CP, Phụ lục I, mục II.7:
"TM. BAN THƯỜNG TRỰC" is one phrase; a line break may fall inside the body's name only)."""

from __future__ import annotations

import io

import docx
import pytest

from helpers import ORGS_QNG, build_tree, load
from kehoach.render import linebreak, metrics
from kehoach.render.document import render

AUTHORITIES = ["TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T"]


# (org, authority, title): every authority word, with bodies and heads long enough to break
SIGNERS = [
    ("lhh", "TM.", "CHỦ TỊCH"),
    ("skhcn", "KT.", "PHÓ GIÁM ĐỐC"),
    ("ubnd", "TM.", "CHỦ TỊCH"),
    ("td", "TL.", "CHÁNH VĂN PHÒNG"),
    ("skhcn", "TUQ.", "CHÁNH VĂN PHÒNG"),
    ("lhh", "Q.", "PHÓ CHỦ TỊCH"),
]


def _plan(tmp_path, signers) -> str:
    issuers = list(dict.fromkeys(org for org, _, _ in signers))
    lines = "\n".join(
        f"  - {{org: {org}, authority: {auth}, title: {title}, name: Nguyễn Văn {chr(65 + i)}}}"
        for i, (org, auth, title) in enumerate(signers)
    )
    plan = f"""\
kind: plan
issuers: [{", ".join(issuers)}]
date: 2027-01-10
year: 2027
title: Kế hoạch thử
purpose: {{items: [Một ý]}}
signers:
{lines}
recipients:
  groups:
    - items: [Như trên]
  archive: [VT]
"""
    root = build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS_QNG, "plans/kh.yaml": plan}
    )
    return root / "plans/kh.yaml"


def _signature_lines(data: bytes) -> list[list[str]]:
    """The lines of each signature block of a DOCX (the cells of the last table's first row;
    with one signer, the right cell of that table)."""
    d = docx.Document(io.BytesIO(data))
    row = d.tables[-1].rows[0]
    cells = row.cells[1:] if len(row.cells) == 2 and "Nơi nhận" in row.cells[0].text else row.cells
    return [cell.text.split("\n") for cell in cells]


@pytest.mark.parametrize(
    "signers",
    [
        SIGNERS[:1],
        SIGNERS[:2],
        SIGNERS[:3],
        SIGNERS[:4],
        SIGNERS[2:6],
        [SIGNERS[0], SIGNERS[2], ("td", "TM.", "BÍ THƯ")],
    ],
    ids=lambda s: "-".join(a for _, a, _ in s),
)
def test_authority_never_alone_in_docx(tmp_path, signers):
    blocks = _signature_lines(render(*load(_plan(tmp_path, signers)), "docx"))
    assert len(blocks) == len(signers)
    for lines, (_, auth, _) in zip(blocks, signers, strict=True):
        assert auth not in lines, lines  # never "TM." alone on a line
        start = next(line for line in lines if line.startswith(auth + " "))
        assert len(start) > len(auth) + 1, lines


def test_three_signers_keep_tm_with_the_body(tmp_path):
    """The user's case: three signers, the third ``TM.`` of ``BAN THƯỜNG TRỰC``."""
    signers = [("td", "TM.", "BÍ THƯ"), ("skhcn", "KT.", "PHÓ GIÁM ĐỐC"), SIGNERS[0]]
    blocks = _signature_lines(render(*load(_plan(tmp_path, signers)), "docx"))
    assert "TM." not in blocks[2]
    assert any(line.startswith("TM. BAN") for line in blocks[2]), blocks[2]


@pytest.mark.parametrize("auth", AUTHORITIES)
@pytest.mark.parametrize("body", ["BAN THƯỜNG TRỰC", "BAN THƯỜNG VỤ TỈNH ĐOÀN", "GIÁM ĐỐC SỞ"])
def test_break_never_after_the_authority_word(auth, body):
    line = f"{auth} {body}"
    full = metrics.text_width_twips(line, 13, True)
    # down to columns too narrow for "TM. BAN": the line then overflows rather than part them
    for box in range(full // 3, full + 400, 40):
        lines = metrics.balanced_lines(line, 13, True, box)
        assert " ".join(lines) == line
        assert lines[0] != auth, (box, lines)
    assert linebreak.break_costs(line.split())[0] >= linebreak.FORBIDDEN


def test_a_collective_typed_with_its_body_prints_the_body_once(tmp_path):
    """Blocks side by side print the body's name above each block unless the authority line
    names it; 'TM. BAN THƯỜNG TRỰC LIÊN HIỆP CÁC HỘI KH&KT TỈNH' (as a Liên hiệp Hội types it,
    shorter than its header) names it: before, the header was printed above it as well."""
    path = _plan(tmp_path, [SIGNERS[0], ("skhcn", "KT.", "PHÓ GIÁM ĐỐC")])
    text = path.read_text(encoding="utf-8").replace(
        "{org: lhh, authority: TM., title:",
        "{org: lhh, authority: TM., for: BAN THƯỜNG TRỰC LIÊN HIỆP CÁC HỘI KH&KT TỈNH, title:",
    )
    path.write_text(text, encoding="utf-8")
    blocks = _signature_lines(render(*load(path), "docx"))
    assert [b[:3] for b in blocks] == [
        ["TM. BAN THƯỜNG TRỰC", "LIÊN HIỆP CÁC HỘI KH&KT TỈNH", "CHỦ TỊCH"],
        # an authority line that does not name its body: the body's line above it, as before
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    ]


def test_a_second_authority_line_above_the_block_s(tmp_path):
    """``above``: 'TM. BAN THƯỜNG TRỰC' over 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH', as Liên hiệp Hội
    blocks are typed — printed above the authority line, in place of the body's line."""
    path = _plan(tmp_path, [("lhh", "KT.", "PHÓ CHỦ TỊCH"), ("td", "TM.", "BÍ THƯ")])
    text = path.read_text(encoding="utf-8").replace(
        "{org: lhh, authority: KT., title:",
        "{org: lhh, authority: KT., above: TM. BAN THƯỜNG TRỰC, for: CHỦ TỊCH, title:",
    )
    path.write_text(text, encoding="utf-8")
    blocks = _signature_lines(render(*load(path), "docx"))
    assert blocks[0][:3] == ["TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    txt = render(*load(path), "txt").decode("utf-8")
    assert "TM. BAN THƯỜNG TRỰC" in txt and txt.index("TM. BAN THƯỜNG TRỰC") < txt.index(
        "KT. CHỦ TỊCH"
    )
