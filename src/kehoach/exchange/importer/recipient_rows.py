"""A row of a Nơi nhận as read (``RecipientRow``) and the purpose of a group of recipients as typed
beside it ("b/c", "(để t/h)", "phối hợp;": ``PURPOSE``, ``purpose_of``) — what the readers of the
tail (``tail``), of a table nested in its cell (``brace_table``) and of the groups
(``recipients``) share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import clean


@dataclass
class RecipientRow:
    text: str
    label: str = ""
    braced: bool | None = None  # from a brace table: the row is inside a labelled group
    group: int | None = None  # a group of its own, exactly (a row of a brace table typed by hand)
    # braced by kehoach's own table: the label at row ``len // 2`` of its group, exactly
    exact: bool = False


# the purpose of a group of recipients as typed beside it, its words in the group ``purpose``
PURPOSE = r"\(?\s*(?:để\s+)?(?P<purpose>b/c|t/h|p/h|đ/b|báo cáo|thực hiện|phối hợp|biết)\s*\)?[;.]?"
_PURPOSES = {"b/c": "b/c", "báo cáo": "b/c", "t/h": "t/h", "thực hiện": "t/h", "p/h": "p/h",
             "phối hợp": "p/h", "đ/b": "đ/b", "biết": "đ/b"}  # fmt: skip
_LABEL = re.compile(rf"^{PURPOSE}$", re.I)


def purpose_of(label: str) -> str | None:
    """The purpose a label typed beside a group names ('để b/c' → 'b/c'), or None."""
    m = _LABEL.match(clean(label))
    return _PURPOSES[m.group("purpose").lower()] if m else None
