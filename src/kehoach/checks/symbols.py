"""Checks on how numbers and symbols are written (Decree 30/2020/NĐ-CP, Appendix I): a cited number
below 10 with its leading zero; a document's own symbol that fits it. The registers the numbers
are kept in: ``checks.numbering``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..model import Repository, numbering
from ..once import LazyPattern
from ..vocab import clean
from .registry import Finding, register

# a citation's number: digits first, then '/' or '-' and the symbol ('5/KH-UBND', '7-CT/TW')
_CITED_NUMBER = re.compile(r"^(?P<n>\d+)(?P<rest>[/-]\S+)")
_NUMBER_IN_TEXT = LazyPattern(
    r"(?<![\w/.-])(?:[Ss]ố|[Ss]ố hiệu)\s+(?P<n>\d)(?P<rest>[/-][^\s,;.]+)"
)


@lru_cache(maxsize=4096)
def _single_digit(number: str) -> tuple[str, str] | None:
    """The digit and the rest of a cited number written with one digit (``5/KH-UBND``); the same
    citations recur across a repository's documents."""
    m = _CITED_NUMBER.match(clean(number))
    return (m.group("n"), m.group("rest")) if m and len(m.group("n")) == 1 else None


@register("KH443", "number-leading-zero", level="warning", per_document=True)
def number_leading_zero(repo: Repository) -> Iterator[Finding]:
    """Số của văn bản được dẫn (căn cứ) nhỏ hơn 10 mà thiếu số 0 ở trước: Nghị định 30/2020/NĐ-CP
    (Phụ lục I) ghi số nhỏ hơn 10 có thêm số 0 ở trước — `05/KH-UBND`, `07-CT/TU`, không phải
    `5/KH-UBND`. Kiểm tra xem `number` của căn cứ bên ngoài và câu căn cứ viết sẵn (`text`). Số của
    chính văn bản (`number: 5`) là số nguyên: kehoach tự in thành `05`."""
    for doc in repo.documents:
        for i, base in enumerate(doc.data.get("bases") or []):
            if not isinstance(base, dict):
                continue
            number = base.get("number")
            found: tuple[str, str] | None
            if isinstance(number, int) and not isinstance(number, bool) and 0 < number < 10:
                found = (str(number), "")
            elif isinstance(number, str):
                found = _single_digit(number)
            else:
                found = None
            if found and found[0] != "0":
                n, rest = found
                yield Finding(
                    doc.path,
                    ("bases", i, "number"),
                    f'Số "{n}{rest}" nhỏ hơn 10 viết có số 0 ở trước: "0{n}{rest}" '
                    "(Nghị định 30/2020/NĐ-CP, Phụ lục I)",
                )
            text = base.get("text")
            if isinstance(text, str):
                for m in _NUMBER_IN_TEXT.finditer(text):
                    if m.group("n") != "0":
                        yield Finding(
                            doc.path,
                            ("bases", i, "text"),
                            f'Số "{m.group("n")}{m.group("rest")}" nhỏ hơn 10 viết có số 0 ở trước: '
                            f'"0{m.group("n")}{m.group("rest")}" (Nghị định 30/2020/NĐ-CP, Phụ lục I)',
                        )


@register("KH444", "symbol-mismatch", level="warning", per_document=True)
def symbol_mismatch(repo: Repository) -> Iterator[Finding]:
    """Ký hiệu ghi đè (`symbol`) không khớp với văn bản: chứa cả số (chỉ ghi phần sau số), không bắt
    đầu bằng mã loại văn bản của văn bản (`KH`, `KHLT` với kế hoạch; `CTPH` với chương trình — theo
    `codes` trong `kehoach.yaml`), hoặc thiếu mã (`code`) của một cơ quan ban hành."""
    settings = repo.settings or {}
    for doc in repo.documents:
        symbol = doc.data.get("symbol")
        if not isinstance(symbol, str):
            continue
        for reason in numbering.symbol_problems(symbol, doc, repo.orgs, settings):
            yield Finding(doc.path, ("symbol",), reason[:1].upper() + reason[1:])
