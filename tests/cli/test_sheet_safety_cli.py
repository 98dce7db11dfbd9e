"""``update`` never writes a value onto the wrong activity nor over another's work: rows moved
without their hidden key are refused; two files exported for two units (``--party``) are written
back one after the other, each cell compared with its value at the export; a renamed column is an
error, not a column silently skipped. Each workbook is a real
``export``, edited with openpyxl as a colleague would."""

from __future__ import annotations

import openpyxl
import yaml
from test_sheet_cli import (
    diff_lines,
    fill,
    git,
    save,
)

PLAN23 = "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
PLAN22 = "plans/2022/kh-2022-tinhdoan-bt.yaml"


def _rows(path) -> tuple[openpyxl.Workbook, dict[str, int], dict[str, int]]:
    wb = openpyxl.load_workbook(path)
    ws = wb["Hoạt động"]
    head = {c.value: c.column for c in ws[1]}
    rows = {
        ws.cell(r, head["Mã hoạt động"]).value: r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, head["Mã hoạt động"]).value
    }
    return wb, head, rows


def test_rows_swapped_without_the_hidden_key_are_refused(cli, kho):
    """Rows sorted (or pasted) in the visible columns only: the keys stay, the activities move.
    Before, the cells of one activity were written into the other (lead changed, lead_unit lost,
    notes swapped) with exit 0."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    wb, head, rows = _rows(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    a, b = rows["tong-ket-trao-giai"], rows["uom-tao-y-tuong"]
    key = head["Khóa (không sửa)"]
    for col in range(1, key):  # A:M, not the hidden key
        ws.cell(a, col).value, ws.cell(b, col).value = ws.cell(b, col).value, ws.cell(a, col).value
    ws.cell(a, head["Trạng thái"]).value = "Đang thực hiện"
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    id_col = openpyxl.utils.get_column_letter(head["Mã hoạt động"])
    assert (
        f"Hoạt động!{a}: dòng không khớp với cột ẩn “Khóa (không sửa)”: Hoạt động!{id_col}{a} "
        '(Mã hoạt động) ghi "uom-tao-y-tuong", khóa ẩn của dòng là "tong-ket-trao-giai"'
    ) in run.stderr
    assert f"Hoạt động!{b}: dòng không khớp" in run.stderr
    assert "Sắp xếp lại cả trang" in run.stderr and "xuất lại bảng" in run.stderr
    assert git(kho, "status", "--porcelain", "--", "plans") == ""
    # the whole rows swapped (key included, as sorting the whole sheet does): read right
    for col in range(key, key + 1):
        ws.cell(a, col).value, ws.cell(b, col).value = ws.cell(b, col).value, ws.cell(a, col).value
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    assert diff_lines(kho) == (
        ["      status: planned"],
        ["      status: in_progress"],
    )
    text = (kho / PLAN23).read_text(encoding="utf-8")
    first = text[text.index("id: tong-ket-trao-giai") : text.index("id: uom-tao-y-tuong")]
    assert "status: planned" in first  # the activity whose row was edited got the status


def _export_both(cli):
    for party, name in (("tinhdoan-bt", "pa.xlsx"), ("skhcn-bt", "pb.xlsx")):
        assert cli("export", "--party", party, "--year", "2023", "-o", name).exit_code == 0


def test_two_party_files_written_back_one_after_the_other(cli, kho):
    """The docs' workflow: one file per unit, both holding the activities the two share. The
    second file's cells left as exported are no change (before: the whole row refused, and
    --force put back the first unit's values)."""
    _export_both(cli)
    fill(
        kho / "pa.xlsx",
        {"tong-ket-trao-giai": {"Trạng thái": "Đang thực hiện", "Ghi chú": "Tỉnh Đoàn: chuẩn bị"}},
    )
    fill(
        kho / "pb.xlsx", {"uom-tao-y-tuong": {"Trạng thái": "Đang thực hiện", "Đã chi (đồng)": 10}}
    )
    assert cli("update", "--from", "pa.xlsx").exit_code == 0
    for args in (("--dry-run",), ("--force", "--dry-run"), ()):
        run = cli("update", "--from", "pb.xlsx", *args)
        assert run.exit_code == 0, run.output
        assert "Tổng kết" not in run.stdout  # the first unit's activity: untouched
        assert "Hỗ trợ ươm tạo" in run.stdout
    text = (kho / PLAN23).read_text(encoding="utf-8")
    first = text[text.index("id: tong-ket-trao-giai") : text.index("id: uom-tao-y-tuong")]
    second = text[text.index("id: uom-tao-y-tuong") :]
    assert "status: in_progress" in first and "note: 'Tỉnh Đoàn: chuẩn bị'" in first
    assert "status: in_progress" in second and "spent: 10\n" in second
    assert cli("validate").exit_code == 0


def test_both_units_changed_the_same_cell_is_a_conflict(cli, kho):
    _export_both(cli)
    fill(kho / "pa.xlsx", {"tong-ket-trao-giai": {"Trạng thái": "Đang thực hiện"}})
    fill(kho / "pb.xlsx", {"tong-ket-trao-giai": {"Trạng thái": "Hoàn thành", "Ghi chú": "Xong"}})
    assert cli("update", "--from", "pa.xlsx").exit_code == 0
    before = (kho / PLAN23).read_text(encoding="utf-8")
    _, head, rows = _rows(kho / "pb.xlsx")
    cell = f"{openpyxl.utils.get_column_letter(head['Trạng thái'])}{rows['tong-ket-trao-giai']}"
    run = cli("update", "--from", "pb.xlsx")
    assert run.exit_code == 1, run.output
    assert (
        f"pb.xlsx: Hoạt động!{cell}: cả bảng tính và kho đều đã đổi ô này sau khi xuất — lúc xuất "
        '"Chưa thực hiện", kho nay "Đang thực hiện", bảng ghi "Hoàn thành"'
    ) in run.stderr
    assert (kho / PLAN23).read_text(encoding="utf-8") == before  # nothing written, not the note
    forced = cli("update", "--from", "pb.xlsx", "--force")
    assert forced.exit_code == 0, forced.output
    assert f"Hoạt động!{cell}: ghi đè" in forced.stderr and "(--force)" in forced.stderr
    assert "đang thực hiện → hoàn thành" in forced.stdout


def test_a_workbook_without_export_values_keeps_refusing_a_changed_file(cli, kho):
    """A workbook exported before the values at the export were kept: a file changed since is
    refused (nothing tells a cell the person changed from an old value), --force takes the sheet."""
    assert cli("export", "-o", "t.xlsx").exit_code == 0
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    del wb["kehoach-lúc-xuất"]
    save(wb, kho / "t.xlsx")
    fill(kho / "t.xlsx", {"tuyen-duong-tai-nang-tre": {"Trạng thái": "Đang thực hiện"}})
    plan = kho / "plans/2022/kh-2022-tinhdoan-bt.yaml"
    plan.write_text("# sửa sau khi xuất\n" + plan.read_text(encoding="utf-8"), encoding="utf-8")
    git(kho, "commit", "-qam", "v2")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1 and "không ghi giá trị lúc xuất" in run.stderr
    assert cli("update", "--from", "t.xlsx", "--force").exit_code == 0
    assert diff_lines(kho) == (["      status: planned"], ["      status: in_progress"])


def test_a_renamed_column_to_fill_in_is_an_error_with_its_header_cell(cli, kho):
    """Before: the renamed columns were skipped and update said there was nothing to write."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    wb, head, rows = _rows(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    status, spent = head["Trạng thái"], head["Đã chi (đồng)"]
    ws.cell(1, status).value = "Tình trạng"
    ws.cell(1, spent).value = None
    ws.cell(rows["uom-tao-y-tuong"], status).value = "Hoàn thành"
    ws.cell(rows["uom-tao-y-tuong"], spent).value = 5000000
    save(wb, kho / "t.xlsx")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 1, run.output
    letter = openpyxl.utils.get_column_letter
    assert (
        f"t.xlsx: Hoạt động!{letter(status)}1: không thấy cột cần điền “Trạng thái” "
        "(ô này ghi “Tình trạng”)"
    ) in run.stderr
    assert f"Hoạt động!{letter(spent)}1: không thấy cột cần điền “Đã chi (đồng)” (ô trống)" in (
        run.stderr
    )
    assert "Không ghi tệp nào: 2 lỗi" in run.stderr
    assert git(kho, "status", "--porcelain", "--", "plans") == ""


def test_a_file_with_a_yaml_error_is_not_written(cli, kho):
    """A key written twice (KH106) keeps the file's data readable (the last value wins), but
    update wrote into it ("Xong: 1 hoạt động thay đổi") while showing only the duplicate key."""
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    fill(kho / "t.xlsx", {"uom-tao-y-tuong": {"Trạng thái": "Đang thực hiện"}})
    plan = kho / PLAN23
    text = plan.read_text(encoding="utf-8")
    title = "      title: Hỗ trợ ươm tạo 03 ý tưởng khởi nghiệp đoạt giải\n"
    text = text.replace(title, title + title)
    plan.write_text(text, encoding="utf-8")
    line = text[: text.index(title) + len(title)].count("\n") + 1  # the second one
    for args in ((), ("--force",)):
        run = cli("update", "--from", "t.xlsx", *args)
        assert run.exit_code == 1, run.output
        assert f"văn bản {PLAN23} có lỗi YAML ở dòng {line} (KH106:" in run.stderr
        assert "không ghi vào tệp đang có lỗi" in run.stderr
        assert plan.read_text(encoding="utf-8") == text


def test_an_activity_without_id_in_a_file_changed_since_is_found_by_its_title(cli, kho):
    """Activities without ids, an activity inserted above them after the export: each row is
    written into the activity of its title, never into the one now at its old place (before:
    the inserted activity got the first row's note and spending, exit 0)."""
    path = kho / PLAN22
    text = path.read_text(encoding="utf-8")
    for own in (
        "    - id: tuyen-truyen-khcn\n      title:",
        "    - id: y-tuong-khoi-nghiep\n      title:",
    ):
        assert own in text
        text = text.replace(own, "    - title:")
    path.write_text(text, encoding="utf-8")
    git(kho, "commit", "-qam", "no ids")
    assert cli("export", "--year", "2022", "-o", "t.xlsx").exit_code == 0
    wb = openpyxl.load_workbook(kho / "t.xlsx")
    ws = wb["Hoạt động"]
    head = {c.value: c.column for c in ws[1]}
    row = next(
        r
        for r in range(2, ws.max_row + 1)
        if str(ws.cell(r, head["Nội dung hoạt động"]).value).startswith("Tuyên truyền chủ trương")
    )
    ws.cell(row, head["Ghi chú"]).value = "Đã đăng 12 tin"
    save(wb, kho / "t.xlsx")
    inserted = "  activities:\n    - title: Hội thi tin học trẻ\n      lead: tinhdoan-bt\n"
    text = path.read_text(encoding="utf-8").replace("  activities:\n", inserted, 1)
    path.write_text(text, encoding="utf-8")
    git(kho, "commit", "-qam", "inserted")
    run = cli("update", "--from", "t.xlsx")
    assert run.exit_code == 0, run.output
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    acts = data["contents"]["activities"]
    assert "note" not in acts[0]  # the inserted one
    assert acts[1]["title"].startswith("Tuyên truyền chủ trương") and acts[1]["note"] == (
        "Đã đăng 12 tin"
    )
