"""Opening the workbook ``update --from`` reads. A file that is not a readable .xlsx is said for
what it is, in words an office understands — a folder, a workbook encrypted with a password, an
Excel 97–2003 workbook (.xls), an OpenDocument sheet, another kind of file, a damaged .xlsx —
never with a library's English message nor as an internal error of kehoach."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import KehoachError
from ..io.filekind import OLE_MAGIC, encrypted

__all__ = ["check_file", "open_workbook"]

ZIP_MAGIC = b"PK"
_RESAVE = "mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx (Excel Workbook), rồi chạy lại"
_HINT = "`kehoach update --from` đọc bảng tiến độ do `kehoach export` tạo, đã điền."


def _refuse(path: Path, why: str, hint: str | None = _HINT) -> KehoachError:
    return KehoachError(f"Không đọc được {path.name}: {why}", hint=hint)


def _ole(path: Path) -> KehoachError:
    """An OLE file: an .xlsx encrypted with a password (``io.filekind.encrypted``), or an .xls."""
    if encrypted(path.read_bytes()):
        return _refuse(
            path,
            "tệp được đặt mật khẩu: mở bằng Excel, bỏ mật khẩu (File → Info → Protect Workbook → "
            "Encrypt with Password, xóa mật khẩu; bản tiếng Việt: Tệp → Thông tin → Bảo vệ Sổ "
            "làm việc → Mã hóa bằng Mật khẩu) rồi lưu lại và chạy lại",
        )
    return _refuse(
        path,
        "tệp là bảng tính Excel 97–2003 (.xls), không phải .xlsx: mở bằng Excel hoặc LibreOffice, "
        "lưu lại dạng .xlsx (File → Save As → Excel Workbook) rồi chạy lại",
    )


def _zip_kind(path: Path) -> KehoachError | None:
    """A zip file that is not an .xlsx (an OpenDocument sheet, a Word file renamed), or one whose
    directory is damaged; None when it looks like a workbook."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype")[:80] if "mimetype" in names else b""
    except zipfile.BadZipFile:  # no directory at the end: cut short
        return _refuse(
            path,
            "tệp .xlsx bị hỏng (tệp nén bị cắt cụt hoặc hỏng, có lẽ chép hay tải về chưa xong): "
            f"{_RESAVE}; không mở được thì xin gửi lại tệp",
            hint=None,
        )
    except (OSError, EOFError, ValueError) as exc:
        return _refuse(path, f"tệp .xlsx bị hỏng ({_detail(exc)}): {_RESAVE}", hint=None)
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return _refuse(path, f"tệp là bảng tính OpenDocument (.ods), không phải .xlsx: {_RESAVE}")
    if not any(name.startswith("xl/") for name in names):
        return _refuse(path, "tệp không phải bảng tính Excel (tệp nén không có phần bảng tính nào)")
    return None


def check_file(path: Path) -> None:
    """Refuse, with what it is, a path that cannot be an .xlsx the export wrote."""
    if path.is_dir():
        raise KehoachError(f"{path} là một thư mục, không phải tệp .xlsx.", hint=_HINT)
    if not path.is_file():
        raise KehoachError(f"Không tìm thấy tệp: {path}")
    try:
        with path.open("rb") as f:
            head = f.read(len(OLE_MAGIC))
    except OSError as exc:
        raise _refuse(path, f"không mở được tệp ({exc.strerror or exc})") from None
    if head == OLE_MAGIC:
        raise _ole(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise KehoachError(f"{path.name} không phải bảng tính Excel (.xlsx).", hint=_HINT)
    if not head.startswith(ZIP_MAGIC):
        raise _refuse(
            path,
            "nội dung tệp không phải bảng tính .xlsx (tệp bị hỏng, hoặc là loại tệp khác được đổi "
            f"tên thành .xlsx): {_RESAVE}",
        )
    if (problem := _zip_kind(path)) is not None:
        raise problem


def _detail(exc: BaseException) -> str:
    """What the library said, kept short: a technical detail for whoever repairs the file."""
    text = " ".join(str(exc).split())
    if len(text) > 120:
        text = text[:117] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def open_workbook(path: Path, data_only: bool):
    """The workbook at ``path`` (checked by ``check_file``), every cell loaded. Whatever the
    reading of a part of it raises (a sheet's XML cut short, shared strings that do not match the
    cells, a corrupt zip entry) is a damaged file: the user's, not an error of kehoach."""
    from openpyxl import load_workbook

    try:
        # the file opened here, closed here: openpyxl leaves it open when its reading fails
        with path.open("rb") as f:
            return load_workbook(f, data_only=data_only, read_only=False)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure to parse the user's file
        raise _refuse(path, f"tệp .xlsx bị hỏng ({_detail(exc)}): {_RESAVE}", hint=None) from None
