"""The year or the period of an imported document, read from its title ("… năm 2023", "giai đoạn
2021–2025") or, failing that, guessed from its date with a TODO for the reader of the draft."""

from __future__ import annotations

import re

from .draft import Draft
from .header import Header


def year_of(title: str, header: Header, kind: str, draft: Draft) -> dict:
    period = re.search(r"(?:giai đoạn|thời kỳ)\s*(\d{4})\s*[-–—]\s*(\d{4})", title, re.I) or (
        re.search(r"\b(\d{4})\s*[-–—]\s*(\d{4})\b", title) if kind == "program" else None
    )
    year = re.findall(r"\bnăm\s+(\d{4})\b", title, re.I)
    if kind in ("plan", "report") and year:
        # a report is of the first year it names ("kết quả năm 2026 và phương hướng nhiệm vụ năm
        # 2027"), a plan of the last ("tổng kết năm 2026, triển khai nhiệm vụ năm 2027")
        return {"year": int(year[0] if kind == "report" else year[-1])}
    if kind in ("decision", "rules", "report"):
        # printed only on an undated document ("ngày … tháng … năm 2024")
        return {"year": header.year} if header.year and not header.date else {}
    if period and int(period.group(1)) <= int(period.group(2)):
        return {"period": {"from": int(period.group(1)), "to": int(period.group(2))}}
    guess = header.year or (int(header.date[:4]) if header.date else None)
    if kind == "plan":
        draft.todo(("year",), "năm của kế hoạch suy ra từ ngày ban hành")
        return {"year": guess or 2000}
    draft.todo(("period",), "thời hạn của chương trình chưa rõ trong văn bản")
    start = guess or 2000
    return {"period": {"from": start, "to": start + 4}}
