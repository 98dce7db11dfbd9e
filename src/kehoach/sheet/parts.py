"""The other sheets of the workbook (instructions, the hidden drop-down lists, the hidden
description ``update`` reads) and the last step: identical bytes for identical data."""

from __future__ import annotations

import io
import re

from .. import __version__
from ..xlsxcell import text_cell
from .columns import FORMAT_VERSION, HELP_SHEET, LISTS, META_SHEET, STATUS_LABELS
from .export import ExportResult
from .origin import origin_rows
from .style import FONT

__all__ = ["lists_sheet", "help_sheet", "meta_sheet", "stable"]


def lists_sheet(wb, result: ExportResult) -> int:
    ws = wb.create_sheet(LISTS)
    ws["A1"], ws["B1"] = "Đơn vị", "Trạng thái"
    labels = list(result.labels.values())
    for i, label in enumerate(labels, start=2):
        text_cell(ws.cell(row=i, column=1, value=label))
    for i, label in enumerate(STATUS_LABELS.values(), start=2):
        ws.cell(row=i, column=2, value=label)
    ws.sheet_state = "hidden"
    return len(labels)


HELP = [
    "CÁCH ĐIỀN BẢNG TIẾN ĐỘ",
    "",
    "1. Chỉ điền các cột màu vàng: Đơn vị chủ trì, Trạng thái, Ngày hoàn thành, Đã chi, Ghi chú.",
    "   Các cột khác lấy từ kế hoạch đã ký và được khóa (trang không đặt mật khẩu).",
    "2. Trạng thái và Đơn vị chủ trì: chọn trong danh sách thả xuống.",
    "3. Ngày hoàn thành: nhập ngày/tháng/năm, ví dụ 20/9/2022.",
    "4. Đã chi: số tiền bằng số, đơn vị đồng, ví dụ 48500000 (hiện 48.500.000).",
    "5. Không thêm, xóa hay sắp lại dòng bằng cách chép dán; không gộp ô; không sửa cột Khóa (bị ẩn).",
    "   Được lọc, sắp xếp (chọn cả bảng, kể cả cột ẩn), đổi độ rộng cột; không đổi tên cột.",
    "   Việc thôi không làm: chọn Trạng thái Đã hủy (xóa dòng không xóa việc trong kế hoạch).",
    "6. Dòng tô đỏ: hoạt động đã quá hạn mà chưa hoàn thành hoặc hủy.",
    "7. Trang Tổng hợp tự tính lại số hoạt động và kinh phí theo trạng thái, nội dung, đơn vị.",
    "   Hoạt động có đơn vị cùng chủ trì được tính cho mỗi đơn vị chủ trì (bảng theo đơn vị);",
    "   dòng Cộng của mỗi bảng tính mỗi hoạt động một lần.",
    "",
    "Gửi lại tệp này cho người tổng hợp; họ cập nhật vào kho kế hoạch bằng lệnh",
    "    kehoach update --from <tệp này>",
    "Lệnh chỉ ghi các ô đã đổi, cho xem trước các thay đổi và từ chối ô sai (báo trang, dòng, cột).",
]


# only in a workbook where a co-led activity is on the sheet of each of its leads (``--by-party``)
SHARED = [
    "8. Hoạt động do nhiều đơn vị cùng chủ trì có ở trang của mỗi đơn vị ấy (cột Vai trò: Chủ trì,",
    "   Đồng chủ trì). Trang Tổng hợp tính nó theo dòng ở trang của đơn vị chủ trì.",
    "   Hai trang ghi khác nhau ở cùng một ô thì lệnh cập nhật từ chối, chỉ ra hai ô để sửa cho khớp.",
]
_STEPS_END = HELP.index("", 2)  # the blank line after the numbered steps


def help_sheet(wb, shared: bool = False) -> None:
    """How to fill in the workbook; ``shared``: an activity is on several sheets (``SHARED``)."""
    from openpyxl.styles import Font

    ws = wb.create_sheet(HELP_SHEET)
    ws.column_dimensions["A"].width = 100
    lines = [*HELP[:_STEPS_END], *(SHARED if shared else ()), *HELP[_STEPS_END:]]
    for i, line in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=line).font = Font(
            name=FONT, bold=i == 1, size=14 if i == 1 else 12
        )


def meta_sheet(wb, result: ExportResult) -> None:
    ws = wb.create_sheet(META_SHEET)
    rows = [
        ("format", "kehoach-progress"),
        ("version", FORMAT_VERSION),
        ("kehoach", __version__),
        ("exported", result.today.isoformat()),
        *origin_rows(result.repo.root),
        ("party", result.party or ""),
        ("year", result.year or ""),
    ]
    for i, (k, v) in enumerate(rows, start=1):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v)
    ws.sheet_state = "hidden"


def stable(data: bytes) -> bytes:
    """The same repository gives the same bytes: zip entry times and the document's timestamps
    fixed (openpyxl writes the current time)."""
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                    rb"<dcterms:\1\2>2000-01-01T00:00:00Z<",
                    body,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()
