"""Write the drafts of an import: every target checked first (nothing is written when one exists),
then each written atomically (a temporary file linked into place, which fails rather than replace a
file that appeared meanwhile)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ...errors import KehoachError
from .model import ImportResult


def write_drafts(result: ImportResult) -> list[str]:
    """Write every draft of ``result``; ``KehoachError`` (exit 2) if a target exists already."""
    targets = [(Path(f.output), f.text) for f in result.files if f.output and f.text is not None]
    existing = [str(p) for p, _ in targets if p.exists() or p.is_symlink()]
    if existing:
        raise KehoachError(
            f"Tệp đã có, kehoach không ghi đè: {', '.join(existing)}",
            hint="Chọn thư mục hoặc tên khác bằng -o, hoặc xóa tệp cũ nếu thật sự muốn nhập lại.",
        )
    written = []
    for path, text in targets:
        _write_new(path, text or "")
        written.append(str(path))
    return written


def _write_new(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".kehoach-", suffix=".yaml", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            os.link(tmp, path)
        finally:
            os.unlink(tmp)
    except FileExistsError:
        raise KehoachError(f"Tệp {path} đã có; kehoach không ghi đè.") from None
    except OSError as exc:
        raise KehoachError(f"Không ghi được {path}: {exc.strerror}") from None
