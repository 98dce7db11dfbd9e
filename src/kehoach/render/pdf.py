"""PDF through LibreOffice: the DOCX is converted by ``soffice --headless``, so the PDF shows
exactly what a clerk printing the DOCX would get.

Many documents are converted by one LibreOffice process (``convert_many``: one ``soffice
--convert-to pdf`` over every DOCX), since starting LibreOffice costs more than converting a
document; a document it makes no PDF of is named, the others keep theirs.

Each conversion uses a private LibreOffice profile in a temporary folder
(``-env:UserInstallation``), so parallel renders (tests, CI jobs, a Makefile with ``-j``) never
wait for or corrupt one another's profile. ``KEHOACH_SOFFICE`` names another executable.

The folder (``kehoach-pdf-<pid>-…``) is removed when the conversion ends, also on ``SIGTERM``,
``SIGHUP`` or Ctrl-C (LibreOffice is stopped first); one left by a process killed outright is
removed by the next conversion, once that process is gone.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import KehoachError
from ..io.atomic import signals, stale

_OWNED = re.compile(r"^kehoach-pdf-(\d+)-")

TIMEOUT = 180  # seconds for LibreOffice to start and convert one document
PER_DOCUMENT = 30  # and for each further document of a batch
CANDIDATES = ("soffice", "libreoffice")
# PDF/A-2b through LibreOffice's PDF export filter (JSON filter options, LibreOffice ≥ 7.4)
PDF_A_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
VIETNAMESE_PROBE = "1ef1"  # ự: a font without it has no Vietnamese


def font_note() -> str | None:
    """One line for stderr when the PDF will not be set in Times New Roman: LibreOffice then embeds
    Liberation Serif (same widths, so the same lines and pages) or, without a Liberation Serif
    that has Vietnamese letters, another font. ``None`` when Times New Roman is there, or when
    fontconfig cannot tell (Windows, macOS)."""
    fc = shutil.which("fc-match")
    if not fc:
        return None
    try:
        family = subprocess.run(
            [fc, "-f", "%{family}", f"Times New Roman:charset={VIETNAMESE_PROBE}"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    if "Times New Roman" in family:
        return None
    if "Liberation Serif" in family:
        return (
            "Máy này không có phông Times New Roman: PDF nhúng phông Liberation Serif (cùng độ rộng "
            "chữ, nên cùng dòng, cùng trang); muốn đúng Times New Roman, cài gói "
            "ttf-mscorefonts-installer (Debian/Ubuntu) hoặc chép tệp times*.ttf vào ~/.fonts."
        )
    used = family.split(",")[0] or "phông khác"
    return (
        f"Máy này không có Times New Roman, cũng không có Liberation Serif có chữ Việt: PDF dùng "
        f"{used}, dòng và trang có thể khác bản in; cài gói fonts-liberation2 (Debian/Ubuntu) "
        "hoặc ttf-mscorefonts-installer."
    )


def find_soffice() -> str | None:
    override = os.environ.get("KEHOACH_SOFFICE")
    if override:
        return shutil.which(override) or (override if os.access(override, os.X_OK) else None)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing() -> KehoachError:
    """The error of a machine without LibreOffice, with the packages to install (as the README)."""
    return KehoachError(
        "Xuất PDF cần LibreOffice nhưng không tìm thấy lệnh `soffice` trên máy này.",
        hint="Cài LibreOffice (Debian/Ubuntu: `sudo apt-get install libreoffice-writer-nogui "
        "fonts-liberation2`; Windows, macOS: https://www.libreoffice.org) hoặc xuất DOCX "
        "(`--to docx`) rồi in từ Word. Biến KEHOACH_SOFFICE có thể chỉ đường dẫn tới soffice.",
    )


@dataclass(frozen=True)
class Converted:
    """One document of a conversion: its PDF, or why LibreOffice gave none (``error``)."""

    stem: str
    data: bytes | None
    error: str | None = None


def timeout_for(count: int) -> int:
    """LibreOffice starts once, then converts one document after another."""
    return TIMEOUT + PER_DOCUMENT * max(count - 1, 0)


def convert(
    docx: bytes, stem: str = "van-ban", *, timeout: int = TIMEOUT, pdf_a: bool = False
) -> bytes:
    """PDF bytes of a .docx; ``KehoachError`` (exit 2) when LibreOffice is missing or fails.
    ``pdf_a``: PDF/A-2b, for archives that keep documents for the long term."""
    done = convert_many([(stem, docx)], timeout=timeout, pdf_a=pdf_a)[0]
    if done.data is None:
        raise KehoachError(done.error or "LibreOffice không chuyển được văn bản sang PDF")
    return done.data


def convert_many(
    docs: Sequence[tuple[str, bytes]], *, timeout: int | None = None, pdf_a: bool = False
) -> list[Converted]:
    """Every ``(stem, docx)`` converted by ONE LibreOffice process (one start, one private
    profile), in order. A document LibreOffice made no complete PDF of gets ``error``; the others
    keep their PDF. ``KehoachError`` (exit 2) only when LibreOffice is missing or cannot start.
    When LibreOffice ends abnormally (a crash on one document), the documents after the first
    one without a PDF were never tried: they get one more process, so that only the document
    that failed is named. Stems must differ (each names its file in the conversion folder)."""
    stems = [stem for stem, _ in docs]
    if len(set(stems)) != len(stems):
        raise ValueError(f"duplicate stems in one conversion: {stems}")
    if not docs:
        return []
    soffice = find_soffice()
    if not soffice:
        raise missing()
    done, crashed = _once(soffice, docs, timeout or timeout_for(len(docs)), pdf_a)
    lost = [i for i, d in enumerate(done) if d.data is None]
    if crashed and len(lost) > 1:
        # LibreOffice converts in order: it stopped at the first document without a PDF, so the
        # ones after it were never tried; they get a process of their own
        again = convert_many([docs[i] for i in lost[1:]], pdf_a=pdf_a)
        for i, result in zip(lost[1:], again, strict=True):
            done[i] = result
    return done


def _once(
    soffice: str, docs: Sequence[tuple[str, bytes]], timeout: int, pdf_a: bool
) -> tuple[list[Converted], bool]:
    """One LibreOffice process over ``docs``; and whether it ended abnormally (not a timeout)."""
    sweep()
    with signals(), tempfile.TemporaryDirectory(prefix=f"kehoach-pdf-{os.getpid()}-") as tmp:
        folder = Path(tmp)
        sources = []
        for stem, docx in docs:
            source = folder / f"{stem}.docx"
            source.write_bytes(docx)
            sources.append(str(source))
        cmd = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            PDF_A_FILTER if pdf_a else "pdf",
            "--outdir",
            str(folder / "out"),
            *sources,
        ]
        failure, crashed = None, False
        try:
            proc = subprocess.run(
                cmd, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
            )
            if proc.returncode != 0:
                failure, crashed = f"mã {proc.returncode}", True
            detail = _said(proc.stderr or proc.stdout)
        except subprocess.TimeoutExpired:
            failure, detail = f"quá {timeout} giây chưa xong, LibreOffice bị dừng", ""
        except OSError as exc:
            raise KehoachError(f"Không chạy được LibreOffice ({soffice}): {exc.strerror}") from None
        out = folder / "out"
        return [_result(out / f"{stem}.pdf", stem, failure, detail) for stem, _ in docs], crashed


def _result(path: Path, stem: str, failure: str | None, detail: str) -> Converted:
    data = path.read_bytes() if path.is_file() else None
    if data is not None and _complete(data):
        return Converted(stem, data)
    why = ", ".join(part for part in (failure, detail[-500:]) if part)
    return Converted(
        stem,
        None,
        "LibreOffice không chuyển được văn bản sang PDF" + (f" ({why})" if why else ""),
    )


def _said(output: bytes) -> str:
    """What LibreOffice printed, without its Java warning (kehoach needs no Java)."""
    lines = output.decode("utf-8", "replace").strip().splitlines()
    return "\n".join(line for line in lines if "javaldx" not in line).strip()


def _complete(data: bytes) -> bool:
    """A whole PDF: a header, and the end-of-file marker a stopped writer never reaches."""
    return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def sweep() -> None:
    """Remove the conversion folders of killed processes."""
    base = tempfile.gettempdir()
    try:
        names = [n for n in os.listdir(base) if n.startswith("kehoach-pdf-")]
    except OSError:
        return
    for name in names:
        path = os.path.join(base, name)
        if stale(name, path, _OWNED) and os.path.isdir(path) and not os.path.islink(path):
            if os.stat(path).st_uid == getattr(os, "getuid", lambda: 0)():
                shutil.rmtree(path, ignore_errors=True)
