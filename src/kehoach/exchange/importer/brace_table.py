"""A Nơi nhận laid out in a table inside its cell: recipients on the left, on the right a brace and
the purpose of the recipients beside it ("}" / "để b/c", "để thực hiện").

Two ways of typing it. kehoach's own (and Word's when one recipient is typed per row): a row per
recipient, the brace drawn as the left border of the label cell, the label against the group's
middle row — rows are ``braced`` and the groups found from the labels' places. As offices type it:
a row per group, its recipients as the lines of the left cell, a brace glyph and the purpose in the
right one — each row is then one group exactly (``RecipientRow.group``)."""

from __future__ import annotations

import re

from .model import Table
from .recipient_rows import RecipientRow, purpose_of
from .text import clean

_BRACE_GLYPH = re.compile(r"[}\u23ab\u23ac\u23ad\u23b1\u2774\u2775\u3015\uff5d]")


def table_rows(tables: list[Table], first_group: int = 0) -> list[RecipientRow]:
    """The recipient rows of the tables nested in a Nơi nhận cell."""
    out: list[RecipientRow] = []
    group = first_group
    for t in tables:
        for row in t.rows:
            if not any(clean(c.text) for c in row):
                if out and out[-1].braced:
                    # the gap kehoach leaves between two braces (or a blank row typed there):
                    # the group above ends here, the rows below are the next group's
                    out.append(RecipientRow("", "", False))
                continue
            lines = [clean(x) for p in row[0].paras for x in p.text.split("\n") if clean(x)]
            label_cell = row[1] if len(row) > 1 else None
            raw = label_cell.text if label_cell is not None else ""
            glyph = bool(_BRACE_GLYPH.search(raw))
            label = clean(_BRACE_GLYPH.sub(" ", raw))
            # words that name no purpose cannot mark a group's middle row: a row of one recipient
            # beside them ("- Báo Tuổi Trẻ, Báo Thanh Niên;" / "} để phối hợp, đưa tin") is a
            # group of its own, the words kept after it as for a group of several lines
            alone = len(lines) > 1 or (label and purpose_of(label) is None)
            if lines and alone and (glyph or label):
                # a group in one row: its recipients the lines, its purpose beside them
                group += 1
                if label and purpose_of(label) is None:
                    # words kehoach has no purpose for ("để phối hợp, theo dõi"): printed after
                    # the group's last recipient, before its stop
                    end = re.search(r"\s*[;.,]?$", lines[-1])
                    cut = end.start() if end else len(lines[-1])
                    lines[-1] = f"{lines[-1][:cut]} ({label}){lines[-1][cut:].strip()}"
                    label = ""
                out += [RecipientRow(ln, label if i == 0 else "", None, group)
                        for i, ln in enumerate(lines)]  # fmt: skip
                continue
            braced = True if glyph else (label_cell.left_border if label_cell else None)
            # kehoach's own table (the brace a cell border) puts the label exactly at the middle
            out.append(
                RecipientRow(" ".join(lines), label, braced, exact=bool(braced and not glyph))
            )
    return out
