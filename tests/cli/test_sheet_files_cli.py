"""A file ``update --from`` cannot read is said for what it is, in Vietnamese, exit code 2, nothing
written: a workbook encrypted with a password, an Excel 97–2003 workbook, an OpenDocument sheet,
another file renamed .xlsx, a damaged .xlsx (a sheet cut short, shared strings that do not match,
a zip cut short), a folder. Before: "File is not a zip file", or an internal error of kehoach
(ParseError, IndexError) asking to report it to the developers."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

import pytest
from test_sheet_cli import git

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
RESAVE = "mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx"


def _ole(*streams: str) -> bytes:
    """A compound file (the container of .xls files and of encrypted .xlsx): its header, then a
    directory sector of 128-byte entries, each a name in UTF-16 and its length."""
    header = OLE_MAGIC + bytes(16) + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9) + bytes(6)
    header += bytes(512 - len(header))
    entries = b""
    for name in ("Root Entry", *streams):
        raw = name.encode("utf-16-le") + b"\0\0"
        entries += raw + bytes(64 - len(raw)) + struct.pack("<H", len(raw)) + bytes(62)
    return header + entries + bytes(512 - len(entries) % 512)


def _rezip(src: Path, dst: Path, change) -> None:
    """``src`` copied to ``dst``, each member's bytes through ``change(name, data)``; members
    ``change`` adds come back from it under the name ``None``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info.filename)))
        for name, data in change(None, b"") or ():
            zout.writestr(name, data)


def _refused(cli, name: str) -> str:
    run = cli("update", "--from", name)
    assert isinstance(run.exception, SystemExit), run.exception  # never an internal error
    assert run.exit_code == 2, run.output
    assert "Lỗi nội bộ" not in run.output and "File is not a zip" not in run.output
    return " ".join(run.output.split())


@pytest.fixture
def exported(cli, kho) -> Path:
    assert cli("export", "--year", "2023", "-o", "t.xlsx").exit_code == 0
    return kho / "t.xlsx"


def test_a_workbook_encrypted_with_a_password(cli, kho):
    (kho / "mat-khau.xlsx").write_bytes(
        _ole("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")
    )
    out = _refused(cli, "mat-khau.xlsx")
    assert (
        "Không đọc được mat-khau.xlsx: tệp được đặt mật khẩu: mở bằng Excel, bỏ mật khẩu (File → "
        "Info → Protect Workbook"
    ) in out, out
    assert "rồi lưu lại" in out


def test_an_excel_97_2003_workbook_renamed_or_not(cli, kho):
    for name in ("cu.xlsx", "cu.xls"):
        (kho / name).write_bytes(_ole("Workbook", "\x05SummaryInformation"))
        out = _refused(cli, name)
        assert (
            f"Không đọc được {name}: tệp là bảng tính Excel 97–2003 (.xls), không phải .xlsx: "
            "mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx"
        ) in out, out
        assert "mật khẩu" not in out


def test_other_files_named_xlsx(cli, kho, exported):
    (kho / "html.xlsx").write_text("<html><table><tr><td>1</td></tr></table></html>", "utf-8")
    out = _refused(cli, "html.xlsx")
    assert "Không đọc được html.xlsx: nội dung tệp không phải bảng tính .xlsx" in out, out
    assert RESAVE in out
    with zipfile.ZipFile(kho / "calc.xlsx", "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    out = _refused(cli, "calc.xlsx")
    assert "calc.xlsx: tệp là bảng tính OpenDocument (.ods), không phải .xlsx" in out, out
    with zipfile.ZipFile(kho / "word.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    out = _refused(cli, "word.xlsx")
    assert "word.xlsx: tệp không phải bảng tính Excel" in out, out


def test_a_damaged_xlsx(cli, kho, exported):
    """Each part broken as a bad copy or a crashed save leaves it: the sheet's XML cut short, a
    cell naming a shared string that is not there, the shared strings not XML, the zip cut."""

    def cut_sheet(name, data):
        return data[: len(data) // 2] if name == "xl/worksheets/sheet1.xml" else data

    def shared_index(name, data):
        if name == "xl/worksheets/sheet1.xml":  # the first title: shared string 99, of none
            return re.sub(
                rb'(<c r="C2"[^>]*?) t="inlineStr"(.*?)</c>', rb'\1 t="s"><v>99</v></c>', data
            )
        return data

    def shared_garbled(name, data):
        if name is None:
            return [("xl/sharedStrings.xml", b"<sst><si><t>Ho\xe1\xba\xa1t</si")]
        if name == "[Content_Types].xml":
            part = (
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            )
            return data.replace(b"</Types>", part + b"</Types>")
        return data

    for name, change, detail in (
        ("cat.xlsx", cut_sheet, "ParseError"),
        ("chuoi.xlsx", shared_index, "IndexError"),
        ("chuoi2.xlsx", shared_garbled, "Error"),
    ):
        _rezip(exported, kho / name, change)
        out = _refused(cli, name)
        assert f"Không đọc được {name}: tệp .xlsx bị hỏng (" in out, out
        assert detail in out and f"): {RESAVE}" in out
    data = exported.read_bytes()
    (kho / "dut.xlsx").write_bytes(data[: len(data) // 2])
    out = _refused(cli, "dut.xlsx")
    assert "Không đọc được dut.xlsx: tệp .xlsx bị hỏng (tệp nén bị cắt cụt" in out, out
    assert git(kho, "status", "--porcelain", "--", "plans") == ""


def test_a_folder(cli, kho):
    (kho / "tien-do.xlsx").mkdir()
    out = _refused(cli, "tien-do.xlsx")
    assert "tien-do.xlsx là một thư mục, không phải tệp .xlsx" in out, out
    assert "Không tìm thấy" not in out
