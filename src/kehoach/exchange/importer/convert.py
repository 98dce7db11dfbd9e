"""Old Word (.doc), OpenDocument (.odt) and RTF files → .docx through LibreOffice
(``soffice --headless --convert-to docx``), with a private profile in a temporary folder so that
parallel runs never share one. ``KEHOACH_SOFFICE`` names another executable."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ...errors import KehoachError
from .model import ImportFailure

TIMEOUT = 180
CONVERTED = (".doc", ".odt", ".rtf", ".docm", ".dot", ".ott", ".wpd")


def find_soffice() -> str | None:
    override = os.environ.get("KEHOACH_SOFFICE")
    if override:
        return shutil.which(override) or (override if os.access(override, os.X_OK) else None)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def missing_soffice() -> KehoachError:
    return KehoachError(
        "Nhập tệp .doc, .odt cần LibreOffice nhưng không tìm thấy lệnh `soffice` trên máy này.",
        hint="Cài LibreOffice (Debian/Ubuntu: `sudo apt-get install libreoffice-writer`) hoặc mở "
        "tệp bằng Word và lưu lại thành .docx. Biến KEHOACH_SOFFICE có thể chỉ đường dẫn tới soffice.",
    )


def to_docx_many(
    sources: list[Path], *, timeout: int = TIMEOUT
) -> dict[Path, bytes | ImportFailure]:
    """Every file of ``sources`` as .docx bytes, converted by one LibreOffice process."""
    soffice = find_soffice()
    if not soffice:
        raise missing_soffice()
    out: dict[Path, bytes | ImportFailure] = {}
    with tempfile.TemporaryDirectory(prefix="kehoach-import-") as tmp:
        folder = Path(tmp)
        inputs = []
        for i, src in enumerate(sources):
            # copies with plain names: LibreOffice writes <stem>.docx, names must not collide
            copy = folder / "in" / f"f{i}{src.suffix.lower()}"
            copy.parent.mkdir(exist_ok=True)
            shutil.copyfile(src, copy)
            inputs.append(copy)
        cmd = [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
               "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "out"),
               *map(str, inputs)]  # fmt: skip
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout * max(1, len(inputs)),
                                  check=False, stdin=subprocess.DEVNULL)  # fmt: skip
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()[-300:]
        except subprocess.TimeoutExpired:
            detail = f"LibreOffice không chuyển xong sau {timeout} giây"
        except OSError as exc:
            raise KehoachError(f"Không chạy được LibreOffice ({soffice}): {exc.strerror}") from None
        for src, copy in zip(sources, inputs, strict=True):
            result = folder / "out" / f"{copy.stem}.docx"
            if result.is_file():
                out[src] = result.read_bytes()
            else:
                out[src] = ImportFailure(
                    "KH607",
                    "LibreOffice không chuyển được tệp sang .docx"
                    + (f" ({detail})" if detail else ""),
                )
    return out
