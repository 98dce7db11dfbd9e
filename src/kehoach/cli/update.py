"""``kehoach update``: write a filled progress spreadsheet back into the YAML files."""

from __future__ import annotations

import sys

import typer

from .options import style_for, warn


def update(
    paths: list[str] = typer.Argument(
        None, metavar="ĐƯỜNG_DẪN", help="Kho kế hoạch; mặc định là kho chứa thư mục hiện tại."
    ),
    source: str = typer.Option(
        ...,
        "--from",
        "-i",
        metavar="TỆP.xlsx",
        help="Bảng tiến độ đã điền (do `kehoach export` xuất).",
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", "-n", help="Chỉ cho xem các thay đổi, không ghi tệp nào."
    ),
    force: bool = typer.Option(
        False,
        "--force",
        help="Ô cả bảng và kho đều đã đổi sau khi xuất: lấy giá trị của bảng (báo từng ô); bảng "
        "xuất bằng phiên bản cũ: nhận cả dòng của văn bản đã thay đổi sau khi xuất; bảng xuất từ "
        "kho có lịch sử git khác: vẫn ghi.",
    ),
    today: str = typer.Option(
        None,
        "--today",
        metavar="NGÀY",
        help="Coi hôm nay là ngày này (YYYY-MM-DD) khi từ chối ngày hoàn thành sau hôm nay; cũng "
        "đọc từ biến KEHOACH_TODAY.",
    ),
) -> None:
    """Cập nhật trạng thái, ngày hoàn thành, kinh phí đã chi, ghi chú, đơn vị chủ trì từ bảng tiến
    độ đã điền vào các tệp YAML.

    Chỉ các giá trị đổi được ghi, sửa ngay tại chỗ: chú thích, thứ tự, dấu nháy và cách trình bày
    của phần còn lại giữ nguyên. Mỗi ô được so với giá trị lúc xuất: ô không sửa không đè lên giá
    trị kho đã đổi từ đó (bảng của đơn vị khác); ô cả bảng và kho cùng đổi khác nhau bị từ chối
    (trừ --force). Dòng không khớp cột khóa ẩn (sắp xếp thiếu cột ẩn), dòng chép kèm cột khóa, ô
    gộp bị từ chối; hoạt động bị xóa dòng được báo (không xóa gì trong kho). In các thay đổi
    (như `kehoach diff`) trước khi ghi; ô sai báo trang, dòng, cột; kiểm tra như `kehoach
    validate` trước khi ghi. Có lỗi thì không ghi tệp nào.

    Ví dụ: kehoach update --from tien-do-2022.xlsx --dry-run
    """
    from ..diff import compare_texts
    from ..diff.formats import as_text
    from ..due.filters import today_from
    from ..sheet.update import apply_update, run_update
    from ..validate.formats import problem_lines

    result = run_update(source, force=force, paths=paths or None, today=today_from(today))
    if result.files:
        texts = {f.rel: (f.old_text, f.new_text or f.old_text) for f in result.files}
        diff = compare_texts(result.root, texts, ("kho", f"bảng tính {result.workbook}"))
        sys.stdout.write(as_text(diff, style_for(None)))
    for line in result.ignored:
        sys.stderr.write(f"Cảnh báo: {result.workbook}: {line} — cột khóa, không ghi vào kho\n")
    if result.ignored:
        warn(
            f"Cảnh báo: bỏ qua {len(result.ignored)} ô sửa ở cột khóa (chỉ các cột nền vàng được "
            "đọc lại). "
            "Nội dung, thời gian, hạn, kinh phí dự kiến, đơn vị phối hợp… sửa trong tệp YAML của "
            "văn bản, không sửa trong bảng tính."
        )
    for line in result.cautions:
        sys.stderr.write(f"Cảnh báo: {result.workbook}: {line}\n")
    for line in result.missing:
        sys.stderr.write(f"Cảnh báo: {result.workbook}: {line}\n")
    if result.missing:
        warn(
            "Xóa dòng trong bảng tính không xóa hoạt động trong kho. Hoạt động thôi không làm: "
            "chọn Trạng thái “Đã hủy” ở dòng của nó; bỏ hẳn: xóa hoạt động trong tệp YAML của "
            "văn bản."
        )
    for line in result.problems:
        sys.stderr.write(f"{result.workbook}: {line}\n")
    if result.validation or result.warnings:
        sys.stderr.write(problem_lines(result.validation + result.warnings, words=True))
    if not result.ok:
        count = len(result.problems) + len(result.validation)
        warn(f"Không ghi tệp nào: {count} lỗi. Sửa bảng tính (hoặc kho) rồi chạy lại.")
        raise typer.Exit(1)
    if not result.files:
        warn(f"Không có ô nào khác với kho ({result.rows} dòng đã đọc); không có gì để ghi.")
        raise typer.Exit(0)
    summary = f"{result.changed_rows} hoạt động thay đổi trong {len(result.files)} tệp"
    if dry_run:
        warn(f"Chạy thử: {summary}; chưa ghi tệp nào (bỏ --dry-run để ghi).")
        raise typer.Exit(0)
    for shown in apply_update(result):
        warn(f"Đã ghi {shown}")
    warn(f"Xong: {summary}.")
