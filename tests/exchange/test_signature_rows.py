"""The signature area as a borderless table (``tail.read_tail``): four parties signing two by two
(a second row of blocks), and joint blocks with the names in a row of their own (the same
blocks, continued)."""

from __future__ import annotations

from kehoach.exchange.importer.model import Cell, Para, Run, Table
from kehoach.exchange.importer.signatures import read_block
from kehoach.exchange.importer.tail import read_tail


def _cell(col: int, *lines: str) -> Cell:
    return Cell([Para([Run(t, bold=t.isupper())]) for t in lines], col=col)


def _blocks(table: Table) -> list[dict]:
    columns = read_tail([table]).columns
    return [read_block(columns[c]) for c in sorted(columns)]


def test_four_parties_two_by_two_are_four_blocks():
    table = Table(
        [
            [_cell(0, "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Hoàng Văn Minh"),
             _cell(1, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Đình Hải")],
            [_cell(0, "GIÁM ĐỐC", "Thái Văn Thành"),
             _cell(1, "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Phan Xuân Lĩnh")],
        ],
        borders=False,
    )  # fmt: skip
    blocks = _blocks(table)
    assert [(b["authority"], b["title"], b["name"]) for b in blocks] == [
        ("TM.", "BÍ THƯ", "Hoàng Văn Minh"),
        ("KT.", "PHÓ GIÁM ĐỐC", "Lê Đình Hải"),
        ("", "GIÁM ĐỐC", "Thái Văn Thành"),
        ("TM.", "CHỦ TỊCH", "Phan Xuân Lĩnh"),
    ]


def test_names_in_a_row_of_their_own_continue_the_blocks():
    table = Table(
        [
            [_cell(0, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ"),
             _cell(1, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")],
            [_cell(0, "Nguyễn Văn Hùng"), _cell(1, "Trần Thị Mai")],
        ],
        borders=False,
    )  # fmt: skip
    blocks = _blocks(table)
    assert [(b["title"], b["name"]) for b in blocks] == [
        ("PHÓ BÍ THƯ", "Nguyễn Văn Hùng"),
        ("PHÓ GIÁM ĐỐC", "Trần Thị Mai"),
    ]


def test_each_recipient_labelled_on_its_line_makes_one_group_per_purpose():
    """'- UBND tỉnh;<Tab>(để b/c)' on every line: the neighbours of one purpose are one group."""
    from kehoach.exchange.importer.draft import Draft
    from kehoach.exchange.importer.recipient_rows import RecipientRow
    from kehoach.exchange.importer.recipients import build_recipients

    rows = [RecipientRow("- Thường trực Tỉnh ủy;", "(để b/c)"), RecipientRow("- UBND tỉnh;", "(để b/c)"),
            RecipientRow("- Các huyện, thị đoàn;", "(để t/h)"), RecipientRow("- Lưu: VT.")]  # fmt: skip
    got = build_recipients(rows, Draft("plan"))
    assert got == {
        "groups": [
            {"purpose": "b/c", "items": ["Thường trực Tỉnh ủy", "UBND tỉnh"]},
            {"purpose": "t/h", "items": ["Các huyện, thị đoàn"]},
        ],
        "archive": ["VT"],
    }


def test_a_draft_with_only_warnings_is_to_review_not_said_to_have_todos():
    """The summary row of a draft without any TODO but with a warning (KH612, already imported?):
    "cần xem lại" and the warning counted, never "có TODO" beside 0 TODOs."""
    from kehoach.exchange.importer.model import FileResult, ImportResult
    from kehoach.exchange.importer.summary import rows
    from kehoach.problem import Problem

    warned = FileResult("a.docx", "nhap/a.yaml", "kind: plan\n", "plan", todos=0,
                        problems=[Problem("nhap/a.yaml", 1, 1, "KH612", "warning", "…")])  # fmt: skip
    assert rows(ImportResult([warned]))[0][1:] == ["cần xem lại", "nhap/a.yaml", "1 cảnh báo"]
