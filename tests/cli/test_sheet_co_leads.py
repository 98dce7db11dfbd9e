"""``export --by-party`` with a co-led activity (``co_leads``): the activity is on the sheet of each
of its leads — as ``who``, ``due --party`` and ``export --party`` count it —, a column says which
sheet leads it, the summary counts it once (from its lead's sheet), and ``update`` reads every
sheet back: an edit on either sheet is written once, the same edit on both too, and two different
edits of one cell are refused with both cells, nothing written. Before, a co-lead's sheet lacked
the activity it co-leads."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from test_co_leads import _co
from test_program_activity_link import cli

from helpers import save_workbook
from libreoffice import recalculated

PLAN = "plans/kh-2025.yaml"
CO_LED = ("kh-2025", "cuoc-thi")  # led by td with skhcn


def _export(root) -> openpyxl.Workbook:
    code, output = cli("export", "--by-party", "-o", "t.xlsx", "--today", "2025-07-01")
    assert code == 0, output
    return openpyxl.load_workbook(root / "t.xlsx")


def _rows(ws) -> dict[tuple[str, str], int]:
    """(document, activity id) → row number."""
    return {(ws.cell(r, 1).value, ws.cell(r, 2).value): r for r in range(2, ws.max_row + 1)}


def _col(ws, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def _fill(root, changes: dict[str, dict[str, object]]) -> None:
    """Set cells of the co-led activity's row on each sheet named: {sheet: {header: value}}."""
    wb = openpyxl.load_workbook(root / "t.xlsx")
    for sheet, cells in changes.items():
        ws = wb[sheet]
        for header, value in cells.items():
            ws.cell(_rows(ws)[CO_LED], _col(ws, header)).value = value
    save_workbook(wb, root / "t.xlsx")


def _undone(root) -> str:
    """The co-led activity not done yet; the plan's text as written."""
    plan = root / PLAN
    text = plan.read_text(encoding="utf-8").replace(
        "      status: done\n      done_date: 2025-06-20\n", "      status: in_progress\n"
    )
    plan.write_text(text, encoding="utf-8")
    return text


def test_a_co_led_activity_is_on_each_lead_s_sheet_and_counted_once(tmp_path, monkeypatch):
    root = _co(tmp_path, monkeypatch)
    wb = _export(root)
    assert wb.sheetnames[:3] == ["Tỉnh Đoàn", "Sở KH&CN", "Tổng hợp"]
    lead, co = wb["Tỉnh Đoàn"], wb["Sở KH&CN"]
    assert CO_LED in _rows(lead) and CO_LED in _rows(co)
    # the Phối hợp cell names the co-lead first, as one (before: it was in no column at all)
    support = lead.cell(_rows(lead)[CO_LED], _col(lead, "Đơn vị phối hợp")).value
    assert support.startswith("Sở KH&CN (cùng chủ trì)"), support
    assert ("ctph", "tap-huan") in _rows(co)  # what the co-lead leads itself
    # the role of the sheet's party, after the hidden key: sorted and filtered with the rows
    role = _col(co, "Vai trò (đơn vị của trang)")
    assert role == _col(co, "Khóa (không sửa)") + 1
    assert co.cell(_rows(co)[CO_LED], role).value == "Đồng chủ trì"
    assert co.cell(_rows(co)[("ctph", "tap-huan")], role).value == "Chủ trì"
    assert lead.cell(_rows(lead)[CO_LED], _col(lead, "Vai trò (đơn vị của trang)")).value == (
        "Chủ trì"
    )
    assert co.auto_filter.ref == f"A1:O{co.max_row}"
    assert co.cell(2, role).protection.locked
    # the summary counts the rows its lead's sheet holds: every count and sum of every sheet
    # is limited to the rows marked as led there
    formulas = [
        c.value
        for row in wb["Tổng hợp"].iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=SUMPRODUCT")
    ]
    assert formulas
    for formula in formulas:
        for sheet in ("Tỉnh Đoàn", "Sở KH&CN"):
            assert f"EXACT('{sheet}'!$O$2:$O$3,\"Chủ trì\")" in formula, formula
    # the values at the export: one row per activity, not one per sheet
    keys = [r[0] for r in wb["kehoach-lúc-xuất"].iter_rows(min_row=2, values_only=True)]
    assert len(keys) == len(set(keys)) == 3
    assert "Đồng chủ trì" in "\n".join(c.value or "" for c in wb["Hướng dẫn"]["A"])


def test_an_edit_on_the_co_lead_s_sheet_is_written_once(tmp_path, monkeypatch):
    root = _co(tmp_path, monkeypatch)
    _undone(root)
    _export(root)
    done = {"Trạng thái": "Hoàn thành", "Ngày hoàn thành": datetime(2025, 6, 28)}
    _fill(root, {"Sở KH&CN": done})
    code, output = cli("update", "--from", "t.xlsx")
    assert code == 0, output
    text = (root / PLAN).read_text(encoding="utf-8")
    assert text.count("status: done\n") == 1 and text.count("done_date: 2025-06-28\n") == 1
    # the same edit on both sheets: written once, no conflict
    root = _co(tmp_path / "again", monkeypatch)
    _undone(root)
    _export(root)
    _fill(root, {"Tỉnh Đoàn": done, "Sở KH&CN": done})
    code, output = cli("update", "--from", "t.xlsx")
    assert code == 0, output
    text = (root / PLAN).read_text(encoding="utf-8")
    assert text.count("status: done\n") == 1 and text.count("done_date: 2025-06-28\n") == 1
    assert cli("validate")[0] == 0


def test_two_sheets_editing_one_cell_differently_are_refused(tmp_path, monkeypatch):
    root = _co(tmp_path, monkeypatch)
    before = _undone(root)
    wb = _export(root)
    lead, co = wb["Tỉnh Đoàn"], wb["Sở KH&CN"]
    status = f"{openpyxl.utils.get_column_letter(_col(lead, 'Trạng thái'))}"
    _fill(
        root,
        {
            "Tỉnh Đoàn": {"Trạng thái": "Hoàn thành", "Ghi chú": "Trao 12 giải"},
            "Sở KH&CN": {"Trạng thái": "Đã hủy", "Ghi chú": "Trao 12 giải"},
        },
    )
    code, output = cli("update", "--from", "t.xlsx")
    assert code == 1, output
    flat = " ".join(output.split())
    first = f"Tỉnh Đoàn!{status}{_rows(lead)[CO_LED]}"
    second = f"Sở KH&CN!{status}{_rows(co)[CO_LED]}"
    assert (
        f'{second}: mâu thuẫn với {first} (cùng một hoạt động): {first} ghi "Hoàn thành", ô này '
        'ghi "Đã hủy"' in flat
    ), flat
    assert (root / PLAN).read_text(encoding="utf-8") == before  # nothing written, the note neither


NOTE = (
    "Ghi chú: hoạt động có đơn vị đồng chủ trì (1 hoạt động) được tính cho mỗi đơn vị chủ trì, "
    "nên cộng các dòng trên có thể lớn hơn dòng Cộng; dòng Cộng tính mỗi hoạt động một lần."
)


def _by_lead(ws) -> list[tuple]:
    """The rows of the summary's table by lead, its Cộng row and the line under it."""
    rows = [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]
    start = next(i for i, r in enumerate(rows) if r[0] == "Đơn vị chủ trì") + 1
    return rows[start:]


@pytest.mark.parametrize("by_party", [True, False])
def test_the_table_by_lead_counts_it_for_each_of_its_leads(tmp_path, monkeypatch, by_party):
    """As ``who``, ``due --party`` and ``report`` do; the tables by status and by area still count
    it once, and so does the Cộng row of the table by lead, a note under it saying so. Before, only
    under its ``lead``: the Sở KH&CN's row counted 1 activity of the 2 it leads."""
    root = _co(tmp_path, monkeypatch)
    code, output = cli(
        "export", *(["--by-party"] if by_party else []), "-o", "t.xlsx", "--today", "2025-07-01"
    )
    assert code == 0, output
    ws = openpyxl.load_workbook(root / "t.xlsx")["Tổng hợp"]
    rows = _by_lead(ws)
    assert [r[0] for r in rows] == ["Tỉnh Đoàn", "Sở KH&CN", "Cộng", NOTE]
    first = "Tỉnh Đoàn" if by_party else "Hoạt động"
    # formulas still: a row counts for the party its Đơn vị phối hợp cell names as co-leading
    co_lead = rows[1][1]
    assert co_lead.startswith("=SUMPRODUCT(") and "(cùng chủ trì)" in co_lead, co_lead
    assert f"'{first}'!$F$2:$F$" in co_lead, co_lead  # the Đơn vị phối hợp column
    # the Cộng row: every activity once, not the sum of the rows above
    assert all(str(v).startswith("=SUMPRODUCT(") for v in rows[2][1:]), rows[2]
    note = next(c for r in ws.iter_rows() for c in r if c.value == NOTE)
    assert any(note.coordinate in str(m) for m in ws.merged_cells.ranges)


@pytest.mark.external
def test_the_summary_as_calculated_by_libreoffice_counts_it_once(tmp_path, monkeypatch):
    root = _co(tmp_path / "kho", monkeypatch)
    _export(root)
    ws = recalculated(root / "t.xlsx", tmp_path / "out")["Tổng hợp"]
    rows = list(ws.iter_rows(values_only=True))
    # three activities, the co-led one (done) once: by status, by area, and the Cộng row by lead
    assert next(row[1] for row in rows if row[0] == "Hoàn thành") == 1
    assert [row[1] for row in rows if row[0] == "Cộng"] == [3, 3, 3]
    # by lead: the co-led one (done, 30 million) under each of its leads
    assert _by_lead(ws)[:3] == [
        ("Tỉnh Đoàn", 2, 0, 0, 1, 0, 60000000, 0),
        ("Sở KH&CN", 2, 0, 0, 1, 0, 30000000, 0),
        ("Cộng", 3, 0, 0, 1, 0, 60000000, 0),
    ]


@pytest.mark.external
def test_the_summary_recalculates_a_co_lead_s_count_as_cells_change(tmp_path, monkeypatch):
    """One sheet (no ``--by-party``): the co-led activity marked done on the sheet counts as done
    for both its leads once LibreOffice recalculates."""
    root = _co(tmp_path / "kho", monkeypatch)
    _undone(root)
    code, output = cli("export", "-o", "t.xlsx", "--today", "2025-07-01")
    assert code == 0, output
    _fill(root, {"Hoạt động": {"Trạng thái": "Hoàn thành"}})
    ws = recalculated(root / "t.xlsx", tmp_path / "out")["Tổng hợp"]
    done = {r[0]: (r[1], r[4]) for r in _by_lead(ws)[:3]}  # activities, of them done
    assert done == {"Tỉnh Đoàn": (2, 1), "Sở KH&CN": (2, 1), "Cộng": (3, 1)}


def test_a_copy_of_a_co_lead_s_sheet_is_one_row_too_many(tmp_path, monkeypatch):
    """The co-led activity is on two sheets, as exported; a copied sheet (Move or Copy → Create
    a copy) puts it on a third, where a cell edited would be written as the co-lead's: refused,
    with the three rows, nothing written."""
    root = _co(tmp_path, monkeypatch)
    before = _undone(root)
    wb = _export(root)
    copy = wb.copy_worksheet(wb["Sở KH&CN"])
    copy.title = "Sở KH&CN (2)"
    row = _rows(copy)[CO_LED]
    copy.cell(row, _col(copy, "Trạng thái")).value = "Hoàn thành"
    save_workbook(wb, root / "t.xlsx")
    code, output = cli("update", "--from", "t.xlsx")
    assert code == 1, output
    flat = " ".join(output.split())
    lead_row = _rows(wb["Tỉnh Đoàn"])[CO_LED]
    assert (
        f"Tỉnh Đoàn!{lead_row}, Sở KH&CN!{row}, Sở KH&CN (2)!{row}: ba dòng cùng mang khóa ẩn"
    ) in flat, flat
    assert "bảng xuất ra chỉ có hai dòng của hoạt động này" in flat
    assert "Có lẽ dòng (hay cả trang) được chép" in flat
    assert (root / PLAN).read_text(encoding="utf-8") == before


@pytest.mark.parametrize("sheet", ["Sở KH&CN", "Tỉnh Đoàn"])
def test_a_co_lead_made_the_lead_swaps_places_with_the_lead(tmp_path, monkeypatch, sheet):
    """The co-lead chosen as Đơn vị chủ trì (on either sheet): the lead that was takes its place
    in ``co_leads``, as a supporter made the lead swaps with it in ``support``; the printed changes
    and a warning say so. Before, ``lead: skhcn`` with ``co_leads: [skhcn]`` (KH425), Tỉnh Đoàn
    dropped from the activity and the printed diff silent about it."""
    root = _co(tmp_path, monkeypatch)
    _export(root)
    _fill(root, {sheet: {"Đơn vị chủ trì": "Sở KH&CN"}})
    code, output = cli("update", "--from", "t.xlsx")
    assert code == 0, output
    text = (root / PLAN).read_text(encoding="utf-8")
    assert "      lead: skhcn\n      co_leads: [td]\n" in text, text
    flat = " ".join(output.split())
    assert "chủ trì Tỉnh Đoàn → Sở KH&CN" in flat, flat
    assert "Đồng chủ trì › thứ 1: Sở KH&CN → Tỉnh Đoàn" in flat, flat
    assert "Tỉnh Đoàn chuyển sang đồng chủ trì (chỗ của Sở KH&CN trong co_leads)" in flat, flat
    code, output = cli("validate")
    assert code == 0 and "KH425" not in output, output
