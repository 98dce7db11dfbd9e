"""Settings checked by the rules of the commands that read them, so that a ``kehoach.yaml`` that
validates never stops ``due`` or ``render`` later."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..timeexpr import TimeError
from ..within import WITHIN_HINT, window_end
from .registry import Finding, register


@register("KH207", "bad-setting", level="error", scope="data")
def bad_setting(path: str, kind: str, data: object, text: str) -> Iterator[Finding]:
    """Một giá trị trong `kehoach.yaml` đúng kiểu nhưng lệnh đọc nó không dùng được, ví dụ
    `due.within: 2022-06..2021-01` (cần một khoảng như `30d`, `8w`, `3m`). Tệp cấu hình có lỗi này
    bị coi như sai lược đồ: các lệnh khác dừng lại và chỉ ra nó."""
    if kind != "settings" or not isinstance(data, dict):
        return
    due = data.get("due")
    within = due.get("within") if isinstance(due, dict) else None
    if isinstance(within, str):
        try:
            window_end(within, date.today())
        except TimeError as exc:
            yield Finding(
                path,
                ("due", "within"),
                f'Khoảng "{within}" ở due.within {exc}: {WITHIN_HINT}',
            )
