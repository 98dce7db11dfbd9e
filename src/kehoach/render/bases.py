"""The legal bases (căn cứ) of a document as printed: each sentence worded by
``model.citation`` (a document of the repository, an external one, or free text), each ending
with ``;`` and the last with ``.`` (Decree 30/2020/NĐ-CP)."""

from __future__ import annotations

import re

from ..model import Repository
from ..model.citation import basis


def lines(bases: list, repo: Repository, marker: str = "") -> list[str]:
    """The printed lines of ``bases`` (``marker`` '-' for the dash style)."""
    return punctuate([basis(b, repo) for b in bases if isinstance(b, dict)], marker)


def punctuate(lines: list[str], marker: str = "") -> list[str]:
    """Each basis ends with ';', the last one with '.' (Decree 30); one the author ended with ','
    or ':' ('- Xét đề nghị của Văn phòng,') keeps it. ``marker`` ('-') starts each line, as Party
    and Đoàn decisions write them ('- Căn cứ Điều lệ Đoàn;')."""
    out = []
    for i, line in enumerate(lines):
        kept = re.search(r"[,:]$", line.strip())
        line = re.sub(r"[\s;.,:]+$", "", line)
        end = kept.group(0) if kept else ("." if i == len(lines) - 1 else ";")
        line = re.sub(r"^-\s+", "", line)
        out.append(f"{marker} {line}{end}" if marker else line + end)
    return out
