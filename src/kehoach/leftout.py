"""The one wording of the warning a command gives when files it was asked about could not be
used — unreadable (a syntax error, a git merge conflict) or failing their schema — and what else
the command's errors are: each such file named at its first error (``path:line``), a few of them,
then how many more. ``due``, ``who``, ``export``, ``register``, ``site``, ``report`` and
``timeline`` all say it through ``left_out_warning``."""

from __future__ import annotations

from collections.abc import Sequence

from .problem import Problem
from .vocab import visible

__all__ = ["SHOWN", "left_out_warning", "named"]

SHOWN = 3  # files named; the others are counted


def named(found: Sequence[Problem], shown: int = SHOWN) -> str:
    """``path:line`` of each problem (the first error of a file), the first ``shown`` of them, then
    ``và N tệp khác``."""
    names = "; ".join(f"{visible(p.path)}:{p.line}" for p in found[:shown])
    return names + (f" và {len(found) - shown} tệp khác" if len(found) > shown else "")


def left_out_warning(
    found: Sequence[Problem],
    *,
    errors: int | None = None,
    checked: bool = False,
    what: str | None = None,
) -> str | None:
    """The warning line (None when there is nothing to say).

    ``found``: the first error of each file left out (``Loaded.left_out``); ``errors``: how many
    errors the command counts, when it counts them — those its own loading saw (unreadable files,
    schema), or with ``checked`` every error ``validate`` reports (the repository checks too);
    ``what``: the output that does not count the files left out (``số liệu báo cáo``)."""
    if not found and not errors:
        return None
    parts = []
    if errors:
        parts.append(
            f"kho có {errors} lỗi kiểm tra" if checked else f"có {errors} lỗi đọc tệp hoặc lược đồ"
        )
    if found:
        scope = f", {what} không tính văn bản trong đó" if what else ""
        parts.append(
            f"bỏ qua {len(found)} tệp không đọc được hoặc sai lược đồ{scope}: {named(found)}"
        )
    more = " và mọi lỗi kiểm tra khác" if errors is not None and not checked else ""
    return f"Cảnh báo: {'; '.join(parts)}. Chạy `kehoach validate` để xem chi tiết{more}."
