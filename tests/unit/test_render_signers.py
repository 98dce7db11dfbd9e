"""Signature blocks: an authority word (``TM.``, ``KT.``, ``TL.``, ``TUQ.``, ``Q.``) never stands
alone on a line, in any layout of one to four signers (Decree 30/2020/NĐ-CP, Phụ lục I, mục II.7:
"TM. BAN THƯỜNG TRỰC" is one phrase; a line break may fall inside the body's name only)."""

from __future__ import annotations

import io

import docx
import pytest

from helpers import load, signers_plan
from kehoach.render import linebreak, metrics, sidebyside
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


def _signature_lines(data: bytes) -> list[list[str]]:
    """The lines of each signature block of a DOCX (the cells of the first row of each table after
    the header's — one table per row of blocks; with one signer, the right cell of that table)."""
    d = docx.Document(io.BytesIO(data))
    out = []
    for table in d.tables[1:]:
        row = table.rows[0]
        cells = row.cells
        if len(cells) == 2 and "Nơi nhận" in cells[0].text:
            cells = cells[1:]
        out += [cell.text.split("\n") for cell in cells]
    return out


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
    blocks = _signature_lines(render(*load(signers_plan(tmp_path, signers)), "docx"))
    assert len(blocks) == len(signers)
    for lines, (_, auth, _) in zip(blocks, signers, strict=True):
        assert auth not in lines, lines  # never "TM." alone on a line
        start = next(line for line in lines if line.startswith(auth + " "))
        assert len(start) > len(auth) + 1, lines


def test_three_signers_keep_tm_with_the_body(tmp_path):
    """The user's case: three signers, the third ``TM.`` of ``BAN THƯỜNG TRỰC``."""
    signers = [("td", "TM.", "BÍ THƯ"), ("skhcn", "KT.", "PHÓ GIÁM ĐỐC"), SIGNERS[0]]
    blocks = _signature_lines(render(*load(signers_plan(tmp_path, signers)), "docx"))
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
    path = signers_plan(tmp_path, [SIGNERS[0], ("skhcn", "KT.", "PHÓ GIÁM ĐỐC")])
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
    path = signers_plan(tmp_path, [("lhh", "KT.", "PHÓ CHỦ TỊCH"), ("td", "TM.", "BÍ THƯ")])
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


# three bodies of a joint plan, each signing for its collective ("TM. BAN THƯỜNG TRỰC" does not
# fit a third of the row at 13 pt: before, it printed "TM. BAN / THƯỜNG TRỰC", and Word or
# LibreOffice wrapped "TM. ỦY BAN NHÂN DÂN" and what kehoach measured as just fitting by itself)
THREE = [
    [("td", "TM.", "BÍ THƯ"), ("lhh", "TM.", "CHỦ TỊCH"), ("skhcn", "KT.", "PHÓ GIÁM ĐỐC")],
    [("lhh", "TM.", "CHỦ TỊCH"), ("td", "TM.", "PHÓ BÍ THƯ"), ("ubnd", "TM.", "CHỦ TỊCH")],
]
COLLECTIVES = {"td": "TM. BAN THƯỜNG VỤ", "lhh": "TM. BAN THƯỜNG TRỰC", "ubnd": "TM. ỦY BAN NHÂN DÂN",
               "skhcn": "KT. GIÁM ĐỐC"}  # fmt: skip


@pytest.mark.parametrize("signers", THREE, ids=["td-lhh-skhcn", "lhh-td-ubnd"])
def test_three_signers_never_break_inside_the_collective(tmp_path, signers):
    """Read back from the DOCX and the text: each authority line starts with the whole
    collective (or head) it signs for, and its DOCX column holds that line with the room
    ``balanced`` keeps free, so that Word does not wrap it either."""
    path = signers_plan(tmp_path, signers)
    data = render(*load(path), "docx")
    blocks = _signature_lines(data)
    cells = docx.Document(io.BytesIO(data)).tables[-1].rows[0].cells
    for lines, cell, (org, _, _) in zip(blocks, cells, signers, strict=True):
        head = COLLECTIVES[org]
        (line,) = [line for line in lines if line.startswith(head.split()[0] + " ")]
        assert line.startswith(head), lines
        room = cell.width / 635 - 170  # EMU → twips, less the cell's margins
        assert metrics.text_width_twips(head, 13, True) <= room * 0.95, (head, room)
    text = render(*load(path), "txt").decode("utf-8")
    for org, _, _ in signers:
        assert COLLECTIVES[org] in text


def test_four_signers_in_text_keep_the_collectives_whole(tmp_path):
    """Four blocks side by side in the text output (columns of 18 characters): the blocks of
    'TM. BAN THƯỜNG TRỰC' and 'TM. ỦY BAN NHÂN DÂN' (19) are as wide as that line, the others
    narrower, the row no wider than the page. Before: 'TM. BAN / THƯỜNG TRỰC'."""
    signers = [("td", "TM.", "BÍ THƯ"), *THREE[1][::2], ("skhcn", "KT.", "PHÓ GIÁM ĐỐC")]
    text = render(*load(signers_plan(tmp_path, signers)), "txt").decode("utf-8")
    for head in ("TM. BAN THƯỜNG VỤ", "TM. BAN THƯỜNG TRỰC", "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"):
        assert head in text
    assert max(len(line) for line in text.splitlines()) <= 78


@pytest.mark.parametrize(
    ("line", "head"),
    [("TM. BAN THƯỜNG TRỰC LIÊN HIỆP CÁC HỘI KH&KT TỈNH", "TM. BAN THƯỜNG TRỰC"),
     ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "TM. BAN THƯỜNG VỤ"),
     ("TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "TM. ỦY BAN NHÂN DÂN"),
     ("T/M BAN CHẤP HÀNH ĐẢNG BỘ", "T/M BAN CHẤP HÀNH")],
)  # fmt: skip
def test_the_collective_after_the_authority_is_never_broken(line, head):
    """In any column, 'TM. BAN THƯỜNG VỤ' stays one line: a column narrower than it gets it whole
    on its first line (wider than the column) — the rest broken as it would be by itself, not one
    word a line."""
    full = metrics.text_width_twips(line, 13, True)
    for box in range(full // 3, full + 400, 40):
        lines = metrics.balanced_lines(line, 13, True, box)
        assert " ".join(lines) == line and lines[0].startswith(head), (box, lines)
        if lines[0] == head:  # the rest as it breaks by itself
            rest = line.removeprefix(head).strip()
            assert lines[1:] == metrics.balanced_lines(rest, 13, True, box), (box, lines)


def test_side_by_side_widths():
    assert sidebyside.widths([2000, 2500, 3000], 9900) == [3300] * 3  # all fit: equal, as before
    assert sidebyside.widths([2000, 3454.2, 3000], 9900) == [3222, 3455, 3222]
    assert sidebyside.widths([3400, 3400, 3400], 9900) == [3300] * 3  # cannot: equal


def test_four_signers_sign_two_by_two(tmp_path):
    """Four bodies sign in two rows of two (as joint documents of four print them): each block
    half the row, so that its collective keeps to one or two lines — four in one row left each a
    quarter ("TM. ỦY BAN / NHÂN DÂN / TỈNH / QUẢNG NGÃI"). Nơi nhận stands under the last row;
    the text, HTML and Markdown outputs print the same two rows."""
    path = signers_plan(tmp_path, SIGNERS[:4])
    d = docx.Document(io.BytesIO(render(*load(path), "docx")))
    rows = d.tables[1:]
    assert [len(t.rows[0].cells) for t in rows] == [2, 2]
    for table in rows:
        for cell in table.rows[0].cells:
            lines = cell.text.split("\n")
            assert 3 <= len(lines) <= 4, lines  # body line(s), authority line, title
    names = [c.text for t in rows for c in t.rows[1].cells]
    assert names == ["Nguyễn Văn A", "Nguyễn Văn B", "Nguyễn Văn C", "Nguyễn Văn D"]
    assert "Nơi nhận" in rows[-1].rows[2].cells[0].text and len(rows[0].rows) == 2
    text = render(*load(path), "txt").decode("utf-8")
    a, b, c = text.index("Nguyễn Văn A"), text.index("Nguyễn Văn B"), text.index("Nguyễn Văn C")
    assert text.count("\n", 0, a) == text.count("\n", 0, b) < text.count("\n", 0, c)
    html = render(*load(path), "html").decode("utf-8")
    assert html.count('class="closing-table joint"') == 2
    md = render(*load(path), "md").decode("utf-8")
    (first,) = [line for line in md.splitlines() if "Nguyễn Văn A" in line]
    assert "Nguyễn Văn B" in first and "Nguyễn Văn C" not in first


def test_four_signers_two_by_two_read_back_in_order(tmp_path):
    """``import`` reads the two rows of blocks back as the four signers, in their order."""
    import yaml

    from kehoach.exchange.importer import run_import

    path = signers_plan(tmp_path, SIGNERS[:4])
    src = tmp_path / "kh.docx"
    src.write_bytes(render(*load(path), "docx"))
    (tmp_path / "back").mkdir()
    got = run_import([str(src)], repo_root=str(tmp_path), output=str(tmp_path / "back"))
    data = yaml.safe_load(got.files[0].text)
    assert [(s["org"], s["authority"], s["title"], s["name"]) for s in data["signers"]] == [
        (org, auth, title, f"Nguyễn Văn {chr(65 + i)}")
        for i, (org, auth, title) in enumerate(SIGNERS[:4])
    ]
