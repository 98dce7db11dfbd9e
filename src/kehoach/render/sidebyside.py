"""The rows of signature blocks (``rows``: up to three side by side; four two by two) and the
widths of the blocks side by side in a row (a joint document's two or three signers):
equal, unless a block holds a line that may not break ("TM. BAN THƯỜNG TRỰC", "TM. ỦY BAN NHÂN
DÂN", a signer's name: ``linebreak.widest_unbroken``) wider than its share — that block is given
the width of it and the others share the rest, so that neither kehoach nor Word breaks it. When
the row cannot hold every such line, the blocks stay equal (the line stands whole on a line of its
own, wider than its column)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from . import linebreak, metrics

if TYPE_CHECKING:
    from .signature import SignerBlock

# ``metrics.balanced_lines`` fills 95 % of a column, so that Word never wraps a line it measured
# as fitting (Ơ and Ư print a little wider than measured)
_FILL = 0.95


def rows(signers: Sequence[SignerBlock]) -> list[list[SignerBlock]]:
    """The signature blocks in rows, as joint documents print them: two or three side by side;
    four bodies two by two (four in a row leave each block a quarter of the page, and "TM. BAN
    THƯỜNG VỤ TỈNH ĐOÀN" breaks into four lines); five or more three to a row."""
    n = len(signers)
    per = n if n <= 3 else 2 if n == 4 else 3
    return [list(signers[i : i + per]) for i in range(0, n, per)] if n else []


def widths(needs: Sequence[float], total: int) -> list[int]:
    """Columns for blocks that need ``needs`` within ``total``: equal when every block fits its
    share; else each block wider than its share gets its need, the others share what is left."""
    n = len(needs)
    if not n:
        return []
    equal = int(total / n)
    wanted = [math.ceil(x) for x in needs]
    if all(w <= equal for w in wanted) or sum(wanted) > total:
        return [equal] * n
    fixed: dict[int, int] = {}
    share = equal
    while True:
        free = [i for i in range(n) if i not in fixed]
        if not free:
            break
        share = int((total - sum(fixed.values())) / len(free))
        more = {i: wanted[i] for i in free if wanted[i] > share}
        if not more:
            break
        fixed.update(more)
    return [fixed.get(i, share) for i in range(n)]


def _needs(signers: Sequence[SignerBlock], measure: Callable[[str], float]) -> list[float]:
    """Per block, the widest line or run of a line it may not break: its name is never broken."""
    return [
        max(
            *(
                linebreak.widest_unbroken(text, measure)
                for text in (s["org"], s["authority"], s["title"])
            ),
            measure(s["name"]),
        )
        for s in signers
    ]


def docx_widths(
    signers: Sequence[SignerBlock], size_pt: float, total: int, inner: int
) -> list[int]:
    """Column widths in twips (``inner``: the cell's left and right margins together) of the
    blocks printed in bold at ``size_pt``."""
    needs = _needs(signers, lambda t: metrics.text_width_twips(t, size_pt, True))
    return widths([x / _FILL + inner for x in needs], total)


def text_widths(signers: Sequence[SignerBlock], total: int) -> list[int]:
    """Column widths in characters of the plain-text blocks (``total``: the row without the gaps
    between the columns)."""
    return widths(_needs(signers, len), total)
