"""``export`` then ``update``, as an office does it: the sheet filled by openpyxl and by
LibreOffice Calc (headless), read back; ``git diff`` shows exactly the edited lines, comments
survive, ``validate`` passes; bad cells are refused with their address and nothing is written;
rows of a document changed since the export are refused unless ``--force``."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import openpyxl

from helpers import git
from helpers import save_workbook as save
from libreoffice import convert

PLAN = "plans/2022/kh-2022-tinhdoan-bt.yaml"


def fill(path: Path, changes: dict[str, dict[str, object]]) -> None:
    """Set cells by activity id and column header, as a person would, with openpyxl."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        head = {c.value: c.column for c in ws[1]}
        if "Mã hoạt động" not in head:
            continue
        for r in range(2, ws.max_row + 1):
            for name, value in changes.get(ws.cell(r, head["Mã hoạt động"]).value, {}).items():
                ws.cell(r, head[name]).value = value
    save(wb, path)


def diff_lines(root) -> tuple[list[str], list[str]]:
    out = git(root, "diff", "-U0")
    removed = [ln[1:] for ln in out.splitlines() if ln.startswith("-") and not ln.startswith("---")]
    added = [ln[1:] for ln in out.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    return removed, added


def test_round_trip_with_openpyxl(cli, kho):
    assert cli("export", "-o", "tien-do.xlsx", "--today", "2023-06-15").exit_code == 0
    fill(
        kho / "tien-do.xlsx",
        {
            "tuyen-duong-tai-nang-tre": {
                "Trạng thái": "Hoàn thành",
                "Ngày hoàn thành": datetime(2022, 12, 20),
                "Đã chi (đồng)": 19500000,
                "Ghi chú": 'Tuyên dương: 20 gương mặt "trẻ" # tiêu biểu',
            },
            "chuyen-giao-mo-hinh": {"Đã chi (đồng)": "78.000.000"},
            "y-tuong-khoi-nghiep": {"Ghi chú": None},  # emptied: the note goes
        },
    )
    before = (kho / PLAN).read_text(encoding="utf-8")
    dry = cli("update", "--from", "tien-do.xlsx", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "chưa thực hiện → hoàn thành (ngày 20/12/2022)" in dry.stdout
    assert "(chưa ghi) → 78.000.000 đồng" in dry.stdout
    assert (kho / PLAN).read_text(encoding="utf-8") == before  # dry run: nothing written
    assert "cột khóa" not in dry.stderr  # no locked cell touched: none reported
    run = cli("update", "--from", "tien-do.xlsx")
    assert run.exit_code == 0, run.output
    removed, added = diff_lines(kho)
    assert removed == [
        "      note: 46 ý tưởng dự thi; trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba.",
        "      status: planned",
    ]
    assert added == [
        "      spent: 78000000",
        "      spent: 19500000",
        "      status: done",
        "      done_date: 2022-12-20",
        "      note: 'Tuyên dương: 20 gương mặt \"trẻ\" # tiêu biểu'",
    ]
    after = (kho / PLAN).read_text(encoding="utf-8")
    assert [ln for ln in before.splitlines() if ln.lstrip().startswith("#")] == [
        ln for ln in after.splitlines() if ln.lstrip().startswith("#")
    ]
    assert cli("validate").exit_code == 0
    # the same sheet again: everything already there, nothing to write
    again = cli("update", "--from", "tien-do.xlsx")
    assert again.exit_code == 0 and "Không có ô nào khác với kho" in again.stderr


def test_edits_in_locked_columns_are_reported_and_the_editable_ones_applied(cli, kho):
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    # the office unprotected the sheet and moved a deadline, renamed an activity
    fill(
        kho / "t.xlsx",
        {
            "tuyen-duong-tai-nang-tre": {
                "Hạn": datetime(2022, 11, 30),
                "Trạng thái": "Đang thực hiện",
            },
            "chuyen-giao-mo-hinh": {"Nội dung hoạt động": "Chuyển giao 02 mô hình"},
        },
    )
    sheet = openpyxl.load_workbook(kho / "t.xlsx")["Hoạt động"]
    head = {c.value: c.column_letter for c in sheet[1]}
    row = next(c.row for c in sheet[head["Mã hoạt động"]] if c.value == "tuyen-duong-tai-nang-tre")
    for args in (("--dry-run",), ()):
        run = cli("update", "--from", "t.xlsx", *args)
        assert run.exit_code == 0, run.output
        err = run.stderr
        assert (
            f"Cảnh báo: t.xlsx: Hoạt động!{head['Hạn']}{row} (Hạn): 31/12/2022 → 30/11/2022 — "
            "cột khóa, không ghi vào kho"
        ) in err
        assert re.search(
            rf'Hoạt động!{head["Nội dung hoạt động"]}\d+ \(Nội dung hoạt động\): "[^"]+" → '
            r'"Chuyển giao 02 mô hình"',
            err,
        )
        assert "bỏ qua 2 ô sửa ở cột khóa" in err and "sửa trong tệp YAML" in err
        assert "chưa thực hiện → đang thực hiện" in run.stdout  # the editable cell still goes
    assert diff_lines(kho) == (["      status: planned"], ["      status: in_progress"])


def test_a_note_on_two_lines_keeps_its_line_break_in_what_is_printed(cli, kho):
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    note = "Đã tổ chức 12 lớp\nCòn 4 huyện chưa triển khai"
    fill(kho / "t.xlsx", {"tuyen-duong-tai-nang-tre": {"Ghi chú": note}})
    shown = ': (trống) → "Đã tổ chức 12 lớp / Còn 4 huyện chưa triển khai"'
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    assert shown in run.stdout, run.stdout
    assert "note: |-" in (kho / PLAN).read_text(encoding="utf-8")  # the YAML keeps two lines
    assert shown in cli("diff").stdout
    for fmt in ("md", "txt"):
        report = cli("report", "ctph-2021-2025-tinhdoan-skhcn-bt", "--period", "2022", "--to", fmt)
        assert report.exit_code == 0, report.output
        assert "Đã tổ chức 12 lớp. Còn 4 huyện chưa triển khai" in " ".join(report.stdout.split())


def test_bad_cells_refused_with_address_nothing_written(cli, kho):
    cli("export", "-o", "t.xlsx")
    fill(
        kho / "t.xlsx",
        {
            "tuyen-duong-tai-nang-tre": {"Ngày hoàn thành": "31/02/2022", "Trạng thái": "Xong rồi"},
            "chuyen-giao-mo-hinh": {"Đã chi (đồng)": "78 triệu", "Đơn vị chủ trì": "Sở GD&ĐT"},
            "tap-huan-khoi-nghiep": {"Ghi chú": "Đã xong"},  # a good cell: not written either
        },
    )
    head = {
        c.value: c.column_letter for c in openpyxl.load_workbook(kho / "t.xlsx")["Hoạt động"][1]
    }
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1
    err = run.stderr
    assert re.search(rf"t\.xlsx: Hoạt động!{head['Ngày hoàn thành']}\d+: ngày không hợp lệ", err)
    assert re.search(
        rf"Hoạt động!{head['Trạng thái']}\d+: trạng thái \"Xong rồi\" không hợp lệ", err
    )
    assert re.search(rf"Hoạt động!{head['Đã chi (đồng)']}\d+: số tiền không hợp lệ", err)
    assert re.search(rf"Hoạt động!{head['Đơn vị chủ trì']}\d+: không có đơn vị \"Sở GD&ĐT\"", err)
    assert "Không ghi tệp nào: 4 lỗi" in err
    assert git(kho, "status", "--porcelain", "--", "plans", "programs") == ""


def test_changed_document_keeps_its_change_and_takes_the_sheets(cli, kho):
    """The plan edited after the export (by hand, or another sheet's update): cells the person
    changed are written, found by the activity's id; cells left as exported change nothing."""
    cli("export", "-o", "t.xlsx")
    fill(kho / "t.xlsx", {"tuyen-duong-tai-nang-tre": {"Trạng thái": "Đang thực hiện"}})
    # someone edits the plan after the export: a comment line added, a note changed
    path = kho / PLAN
    text = path.read_text(encoding="utf-8")
    old = "      note: 46 ý tưởng dự thi; trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba."
    assert old in text
    text = "# sửa sau khi xuất\n" + text.replace(old, "      note: 48 ý tưởng dự thi")
    path.write_text(text, encoding="utf-8")
    git(kho, "commit", "-qam", "v2")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    assert diff_lines(kho) == (["      status: planned"], ["      status: in_progress"])


def test_document_broken_since_the_export_is_named_not_read(cli, kho):
    """A file saved in another encoding after the export (found by bench/fuzz.py): update names it,
    writes nothing, and never stops on the bytes."""
    cli("export", "-o", "t.xlsx")
    fill(kho / "t.xlsx", {"tuyen-duong-tai-nang-tre": {"Trạng thái": "Đang thực hiện"}})
    path = kho / PLAN
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1258", "replace"))
    before = path.read_bytes()
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    # the file's first error and its line, as for a key written twice (before: "đang có lỗi
    # (chạy kehoach validate)", no line)
    assert f"văn bản {PLAN} có lỗi ở dòng 2 (KH102: Tệp không phải UTF-8" in run.stderr
    assert "không ghi vào tệp đang có lỗi" in run.stderr
    assert path.read_bytes() == before


def test_a_syntax_error_since_the_export_is_named_with_its_line(cli, kho):
    """A list left open in the YAML after the export: each row of the file is refused with the
    error's line. Before: "đang có lỗi (chạy kehoach validate)", no line."""
    cli("export", "-o", "t.xlsx")
    fill(kho / "t.xlsx", {"tuyen-duong-tai-nang-tre": {"Trạng thái": "Đang thực hiện"}})
    path = kho / PLAN
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "extra: [\n", encoding="utf-8")
    last = len(text.splitlines()) + 2
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    assert f"văn bản {PLAN} có lỗi ở dòng {last} (KH101: Lỗi cú pháp YAML" in run.stderr
    assert "Traceback" not in run.output and "Lỗi nội bộ" not in run.output


def test_edit_that_breaks_validation_is_refused(cli, kho):
    cli("export", "-o", "t.xlsx")
    # a note pasted from a page decoded twice (UTF-8 read as Latin-1): KH303 would fire
    fill(kho / "t.xlsx", {"tuyen-duong-tai-nang-tre": {"Ghi chú": "Hoáº¡t Ä‘á»™ng tá»‘t"}})
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1
    assert re.search(rf"{re.escape(PLAN)}:\d+:\d+: lỗi KH303", run.stderr)
    assert "Không ghi tệp nào" in run.stderr
    assert git(kho, "status", "--porcelain", "--", "plans") == ""


def test_key_tampered_or_not_a_kehoach_sheet(cli, kho):
    cli("export", "-o", "t.xlsx")
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    ws["N2"].value = "sửa bậy"
    ws["I2"].value = "Hoàn thành"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1 and "Hoạt động!2: khóa của dòng bị sửa hoặc mất" in run.stderr
    other = openpyxl.Workbook()
    other.active["A1"] = "Tên"
    save(other, kho / "khac.xlsx")
    run = cli("update", "--from", "khac.xlsx")
    assert run.exit_code == 2 and "không phải bảng tiến độ do kehoach xuất" in run.output
    (kho / "hong.xlsx").write_bytes(b"not a zip")
    assert cli("update", "--from", "hong.xlsx").exit_code == 2


def test_a_line_added_by_the_clerk_is_told_where_activities_are_added(cli, kho):
    cli("export", "--year", "2022", "-o", "t.xlsx")
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    head = {c.value: c.column for c in ws[1]}
    doc_id = ws.cell(2, head["Văn bản"]).value
    act_id = ws.cell(2, head["Mã hoạt động"]).value
    new, bare, emptied = ws.max_row + 1, ws.max_row + 2, 2
    for column, value in {
        "Văn bản": doc_id,
        "Nội dung hoạt động": "Hội trại sáng tạo",
        "Đơn vị chủ trì": ws.cell(2, head["Đơn vị chủ trì"]).value,
        "Trạng thái": "Đang thực hiện",
    }.items():
        ws.cell(new, head[column]).value = value
    ws.cell(bare, head["Nội dung hoạt động"]).value = "Chỉ ghi tên"  # locked cells only
    ws.cell(emptied, head["Khóa (không sửa)"]).value = None  # an exported row, its key emptied
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1 and act_id
    plan = next(p for p in (kho / "plans").rglob("*.yaml") if p.stem == doc_id)
    assert (
        f"Hoạt động!{new}: dòng thêm mới “Hội trại sáng tạo” không được nhận: thêm hoạt động vào "
        f"tệp YAML của kế hoạch ({plan.relative_to(kho).as_posix()}) rồi xuất lại bảng tính"
    ) in run.stderr
    assert f"Hoạt động!{bare}: dòng thêm mới “Chỉ ghi tên” không được nhận" in run.stderr
    assert f"Hoạt động!{emptied}: khóa của dòng bị sửa hoặc mất" in run.stderr
    assert f"Hoạt động!{new}: khóa" not in run.stderr


def test_export_refuses_to_overwrite_a_filled_sheet(cli, kho):
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    run = cli("export", "-o", "t.xlsx")
    assert run.exit_code == 2 and "không ghi đè" in run.output
    assert cli("export", "-o", "t.xlsx", "--force").exit_code == 0
    assert cli("export", "--party", "khong-co").exit_code == 2


def test_export_help_and_messages_name_only_what_it_has(cli, kho):
    """export writes xlsx only and its option is --to: it said "chọn định dạng bằng --format
    (--to)" and its help promised ".csv, .json…"."""
    run = cli("export", "-o", "x.csv")
    assert run.exit_code == 2 and not (kho / "x.csv").exists()
    assert "Đổi đuôi của tệp ghi ra thành .xlsx." in run.output
    assert "--format" not in run.output
    shown = " ".join(cli("export", "--help").output.split())
    assert ".json" not in shown and "Định dạng duy nhất" in shown


def _fods_edit(text: str, activity: str, old: str, new: str) -> str:
    """Replace ``old`` by ``new`` inside the table row of ``activity`` (flat ODS XML)."""
    start = text.index(f"<text:p>{activity}</text:p>")
    row_start = text.rindex("<table:table-row", 0, start)
    row_end = text.index("</table:table-row>", start)
    row = text[row_start:row_end]
    assert old in row, old
    return text[:row_start] + row.replace(old, new, 1) + text[row_end:]


def test_round_trip_through_libreoffice_calc(cli, kho, tmp_path):
    """The sheet opened and saved by LibreOffice Calc (headless, no macro): exported, turned into
    Calc's flat XML, cells changed there, saved back to .xlsx by Calc, then updated."""
    cli("export", "-o", "t.xlsx")
    work = tmp_path / "calc"
    work.mkdir()
    fods = convert(kho / "t.xlsx", "fods", work)
    text = fods.read_text(encoding="utf-8")
    text = _fods_edit(
        text, "y-tuong-khoi-nghiep", 'office:value="47200000"', 'office:value="47500000"'
    )
    text = _fods_edit(
        text,
        "y-tuong-khoi-nghiep",
        "<text:p>46 ý tưởng dự thi; trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba.</text:p>",
        "<text:p>48 ý tưởng dự thi: trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba.</text:p>",
    )
    text = _fods_edit(
        text,
        "tuyen-duong-tai-nang-tre",
        "<text:p>Chưa thực hiện</text:p>",
        "<text:p>Đang thực hiện</text:p>",
    )
    fods.write_text(text, encoding="utf-8")
    convert(fods, "xlsx", work)
    run = cli("update", "--from", str(work / "t.xlsx"))
    assert run.exit_code == 0, run.output
    assert "cột khóa" not in run.stderr  # Calc's cells read back as the export wrote them
    assert diff_lines(kho) == (
        [
            "      spent: 47200000",
            "      note: 46 ý tưởng dự thi; trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba.",
            "      status: planned",
        ],
        [
            "      spent: 47500000",
            "      note: '48 ý tưởng dự thi: trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba.'",
            "      status: in_progress",
        ],
    )
    assert cli("validate").exit_code == 0


def test_a_new_lead_drops_the_department_of_the_old_one(cli, kho):
    """The lead changed in the sheet: the old lead's department (``lead_unit``) goes with it —
    before, the plan printed "Ban Phong trào Sở KH&CN" (the Tỉnh Đoàn's department under the
    Sở)."""
    assert cli("export", "-o", "tien-do.xlsx", "--today", "2023-06-15").exit_code == 0
    before = (kho / PLAN).read_text(encoding="utf-8")
    assert "      lead_unit: Ban Phong trào\n" in before
    fill(kho / "tien-do.xlsx", {"y-tuong-khoi-nghiep": {"Đơn vị chủ trì": "skhcn-bt"}})
    run = cli("update", "--from", "tien-do.xlsx")
    assert run.exit_code == 0, run.output
    removed, added = diff_lines(kho)
    # the Sở, which supported, now leads: the Tỉnh Đoàn takes its place in support (before, the Sở
    # stood in both, the Tỉnh Đoàn in neither: KH425 after "Đã ghi")
    assert removed == [
        "      lead: tinhdoan-bt",
        "      lead_unit: Ban Phong trào",
        "      support: [skhcn-bt]",
    ]
    assert added == ["      lead: skhcn-bt", "      support: [tinhdoan-bt]"]
    assert "(tinhdoan-bt) chuyển sang phối hợp" in run.output
    assert "KH425" not in run.output


def test_a_new_lead_drops_how_the_old_ones_department_printed(cli, kho):
    """``lead_unit_alone`` (the department printed without its body's name) goes with the
    ``lead_unit`` it is about — before, it stayed, saying nothing of the new lead."""
    plan = kho / PLAN
    text = plan.read_text(encoding="utf-8")
    unit = "      lead_unit: Ban Phong trào\n"
    assert text.count(unit) == 1
    plan.write_text(text.replace(unit, unit + "      lead_unit_alone: true\n"), encoding="utf-8")
    git(kho, "commit", "-qam", "v2")
    assert cli("export", "-o", "tien-do.xlsx", "--today", "2023-06-15").exit_code == 0
    fill(kho / "tien-do.xlsx", {"y-tuong-khoi-nghiep": {"Đơn vị chủ trì": "skhcn-bt"}})
    run = cli("update", "--from", "tien-do.xlsx")
    assert run.exit_code == 0, run.output
    removed, _ = diff_lines(kho)
    assert removed[:3] == [
        "      lead: tinhdoan-bt",
        "      lead_unit: Ban Phong trào",
        "      lead_unit_alone: true",
    ]
    assert cli("validate").exit_code == 0


def test_many_lines_added_are_one_message_naming_the_first_ten(cli, kho):
    """Forty lines typed under the table (a block pasted): one message naming ten of them and
    counting the rest — before, a line of its own each (10,000 pasted: 2 MB of messages)."""
    cli("export", "--year", "2022", "-o", "t.xlsx")
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    head = {c.value: c.column for c in ws[1]}
    first = ws.max_row + 1
    for r in range(first, first + 40):
        ws.cell(r, head["Nội dung hoạt động"]).value = f"Việc mới {r}"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1
    said = [ln for ln in run.stderr.splitlines() if "dòng thêm mới" in ln]
    assert said == [
        "t.xlsx: "
        + ", ".join(f"Hoạt động!{r}" for r in range(first, first + 10))
        + " và 30 dòng khác: 40 dòng thêm mới không được nhận: thêm hoạt động vào tệp YAML của "
        "kế hoạch rồi xuất lại bảng tính (`kehoach export`)"
    ], said
