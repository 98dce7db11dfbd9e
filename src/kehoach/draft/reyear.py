"""Last year's words for the new year, in a draft of next year's plan (``kehoach new plan``):
"năm 2026" becomes "năm 2027" in the plan's own sentences only.

A sentence that cites another document — by its number and symbol (``156/QĐ-UBND``, ``57-NQ/TW``,
``93/2025/QH15``) or as "<loại văn bản> số …" — quotes that document, and the year in it is that
document's: moved on, the draft would cite a document that does not exist ("Quyết định số
156/QĐ-UBND ngày 28/01/2026 … giao dự toán ngân sách nhà nước năm 2027"). Such a sentence is kept
as written and remembered (``Reyear.kept``), for the draft to say what to check (``todo``). The
căn cứ themselves are never moved on (``base_todo``): each one names a document as it is."""

from __future__ import annotations

import re

from .common import TODO

# a document's number and symbol (156/QĐ-UBND, 57-NQ/TW, 93/2025/QH15, 05-KH/TĐTN), or "số 12"
_CITES = re.compile(r"\d+(?:/\d{4})?[/-][A-ZĐ]|\b[Ss]ố\s+\d")
# the spaces after a sentence, or after a clause set apart by a semicolon
_BETWEEN = re.compile(r"(?<=[.;!?])(\s+)")
_SHOWN = 60  # characters of a kept sentence quoted in the TODO


def cites(text: str) -> bool:
    """Whether ``text`` names another document by its number (and symbol)."""
    return _CITES.search(text) is not None


def base_todo(year: int) -> str:
    """The ``# TODO`` of a căn cứ copied from last year's plan, unchanged."""
    return f"{TODO}: kiểm tra căn cứ còn hiệu lực / thay bằng văn bản năm {year}"


class Reyear:
    """``reyear(value)``: ``value`` with "năm <old>" made "năm <new>" in the sentences of its
    strings that cite no other document; the sentences that do are kept as written, in
    ``kept``."""

    def __init__(self, old: int, new: int) -> None:
        self.old, self.new = f"năm {old}", f"năm {new}"
        self.kept: list[str] = []

    def __call__(self, value):
        if isinstance(value, str):
            return self._text(value)
        if isinstance(value, list):
            return [self(v) for v in value]
        if isinstance(value, dict):
            return {k: self(v) for k, v in value.items()}
        return value

    def _text(self, text: str) -> str:
        if self.old not in text or self.old == self.new:
            return text
        parts = _BETWEEN.split(text)  # sentences, with the spaces between them at odd places
        for i in range(0, len(parts), 2):
            if self.old not in parts[i]:
                continue
            if cites(parts[i]):
                self.kept.append(" ".join(parts[i].split()))
            else:
                parts[i] = parts[i].replace(self.old, self.new)
        return "".join(parts)

    def todo(self) -> str | None:
        """The ``# TODO`` of a value with sentences kept (``kept``), None when none was."""
        if not self.kept:
            return None
        first = self.kept[0]
        shown = first if len(first) <= _SHOWN else first[:_SHOWN].rstrip() + "…"
        more = f" (và {len(self.kept) - 1} câu khác)" if len(self.kept) > 1 else ""
        return (
            f'{TODO}: câu dẫn văn bản khác giữ nguyên "{self.old}", kiểm tra: "{shown}"{more}; '
            f"thay bằng văn bản {self.new} nếu cần"
        )
