"""The closing at the end of a document's body (``Trên đây là …``, ``Kính báo cáo …``; in a
report, a last paragraph asking the body it reports to to consider it). The end mark ``./.`` is
kehoach's to print again. The căn cứ at its start: ``bases_split``."""

from __future__ import annotations

import re

from .model import Block, Para
from .text import clean

_CLOSING = re.compile(r"^(?:Trên đây là|Trên đây|Kính (?:báo cáo|đề nghị|trình))\b", re.I)
_REPORT_CLOSING = re.compile(r"\bbáo cáo\b.{0,200}\b(?:xem xét|chỉ đạo)\b", re.I)
_END = re.compile(r"\s*\./\.\s*$")
# a sentence to every unit typed last: "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị
# phản ánh về …" — the closing's (with what follows it), not the last duty's section
_TO_ALL = re.compile(
    r"^(?:trong\s+)?quá trình\s+(?:tổ chức\s+)?(?:triển khai|thực hiện)\b.{0,160}?"
    r"\b(?:vướng mắc|khó khăn|phát sinh)\b",
    re.I,
)


def _is_closing(text: str, kind: str, last: bool) -> bool:
    return bool(_CLOSING.match(text)) or (
        kind == "report" and last and bool(_REPORT_CLOSING.search(text))
    )


def split_closing(blocks: list[Block], kind: str) -> tuple[list[Block], list[str]]:
    paras = [(i, b) for i, b in enumerate(blocks) if isinstance(b, Para)]
    last = paras[-1][0] if paras else -1
    idx = next((i for i, b in reversed(paras) if _is_closing(clean(b.text), kind, i == last)), None)
    to_all = _to_all_before(blocks, len(blocks) if idx is None else idx)
    idx = idx if to_all is None else to_all
    if idx is None:
        if paras:
            b = paras[-1][1]
            if _END.search(b.text):  # "… hiện hành./." was "… hiện hành." (kehoach adds "/.")
                b.runs[-1].text = re.sub(r"/\.\s*$", "", b.runs[-1].text)
        return blocks, []
    closing = [clean(b.text) for b in blocks[idx:] if isinstance(b, Para)]
    if closing:
        closing[-1] = _END.sub("", closing[-1])
    return blocks[:idx], [c for c in closing if c]


def _to_all_before(blocks: list[Block], start: int) -> int | None:
    """The place of a sentence to every unit ('Trong quá trình thực hiện, nếu có vướng mắc, …')
    typed right before ``start`` (blank lines between), or None."""
    while start:
        b = blocks[start - 1]
        if not isinstance(b, Para):
            return None
        if clean(b.text):
            return start - 1 if _TO_ALL.match(clean(b.text)) else None
        start -= 1  # a blank line
    return None
