"""LibreOffice (headless) for the tests that need a real spreadsheet or word processor: one way to
call ``soffice``, with a profile of the test's own (two runs at once do not share one, and the
user's is never touched)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

__all__ = ["soffice", "convert", "recalculated"]


def soffice() -> str:
    """The LibreOffice program; a test marked ``external`` fails (never skips) without it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice (soffice) is required by these tests"
    return found


def convert(src: Path, fmt: str, outdir: Path, profile: Path | None = None) -> Path:
    """``src`` converted to ``fmt`` (``xlsx``, ``fods``, ``odt``, ``doc``…) in ``outdir``, as
    LibreOffice saves it (a workbook's formulas calculated); the path of the new file.
    ``profile``: the user profile's folder (default: ``lo-profile`` beside ``outdir``)."""
    profile = profile or outdir.parent / "lo-profile"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = outdir / f"{src.stem}.{fmt.split(':', 1)[0]}"
    assert out.is_file(), f"LibreOffice wrote no {out.name}"
    return out


def recalculated(src: Path, outdir: Path):
    """The workbook ``src`` as LibreOffice Calc calculates and saves it, read with its values
    (openpyxl, ``data_only``)."""
    import openpyxl

    return openpyxl.load_workbook(convert(src, "xlsx", outdir), data_only=True)
