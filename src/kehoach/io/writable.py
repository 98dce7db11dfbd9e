"""Refuse to edit a data file the user made read-only: the atomic replace (a new file renamed over
the old) would otherwise succeed whatever the file's own permission, since only the folder's
counts for a rename — the read-only mark lost with the file's old contents."""

from __future__ import annotations

import os
import stat

from ..errors import KehoachError

__all__ = ["refuse_read_only"]


def refuse_read_only(path: str | os.PathLike, shown: str) -> None:
    """``KehoachError`` (exit 2) when ``path`` exists and no one may write it; ``shown`` is the
    path as messages name it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # gone or unreadable: the write itself says what is wrong
    if stat.S_ISREG(mode) and not mode & 0o222:
        raise KehoachError(
            f"Tệp {shown} chỉ đọc (read-only); kehoach không sửa tệp này, không ghi tệp nào.",
            hint="Bỏ thuộc tính chỉ đọc (chmod u+w; trên Windows: Properties → bỏ chọn "
            "Read-only) rồi chạy lại.",
        )
