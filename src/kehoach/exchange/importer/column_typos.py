"""A column heading of an activity table typed with a slip — a tone mark missing or wrong (``Chủ
tri``, ``Thơi gian``), one letter more, less or other (``Phối hơp``, ``Kinh phi``) — is still the
column it names: its words compared without tone marks, or within one letter of a known heading.
The importer says so in a TODO, since the heading prints corrected."""

from __future__ import annotations

import re

from ...viet import unaccented

# the headings a one-letter slip is measured against (tone marks left out)
_KNOWN = {
    "stt": "no",
    "noi dung": "title",
    "chu tri": "lead",
    "don vi chu tri": "lead",
    "phoi hop": "support",
    "don vi phoi hop": "support",
    "thoi gian": "time",
    "thoi gian thuc hien": "time",
    "kinh phi": "budget",
    "dia diem": "place",
    "ghi chu": "note",
}
# what each field's column is called in a TODO
NAMES = {"no": "STT", "title": "Nội dung", "lead": "Chủ trì", "support": "Phối hợp",
         "time": "Thời gian", "budget": "Kinh phí", "place": "Địa điểm",
         "participants": "Thành phần", "outputs": "Sản phẩm", "note": "Ghi chú"}  # fmt: skip


def near_field(heading: str, columns: list[tuple[str, str]]) -> str | None:
    """The field of ``columns`` ([(field, pattern)], the patterns on headings in lower case) that
    ``heading`` names with a slip, or None."""
    plain = unaccented(heading).strip(" .:")
    if len(plain) < 3:
        return None
    for name, rx in columns:
        if re.search(unaccented(rx), plain):
            return name
    if len(plain) < 5:
        return None
    found = {name for known, name in _KNOWN.items() if _one_apart(plain, known)}
    return found.pop() if len(found) == 1 else None


def _one_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter: one more, one less or one other."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
