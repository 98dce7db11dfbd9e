"""``ActivityBuilder``: the rows of an activity table → activities (``FieldWords`` reads each
cell, ``CellWords`` its time and budget): a column
heading read through a slip (``Chủ tri``) is said in a TODO on the table's first activity, and an
activity whose lead no column gave, beside a column kehoach did not read, is never said to have
none ("văn bản không ghi đơn vị chủ trì"): that column may hold it. A row whose Chủ trì cell is
empty, or a table with no Chủ trì column: ``lead_printed: false``, the issuer that ``lead`` names
for ``due``, ``who`` never printed in its cell."""

from __future__ import annotations

from .activities import ActivityTable
from .activity_fields import FieldWords, unprinted
from .coleads import body_names
from .column_typos import NAMES
from .text import clean


class ActivityBuilder(FieldWords):
    """Activities from the rows of a table, the lines of a list or a sentence."""

    def from_table(self, table: ActivityTable, base: tuple, start: int = 0) -> list[dict]:
        """The activities of the rows of ``table``, numbered from ``start`` under ``base``."""
        return _from_table(self, table, base, start)


def _from_table(acts: FieldWords, table: ActivityTable, base: tuple, start: int) -> list[dict]:
    out = []
    for i, row in enumerate(table.rows):
        path = base + (start + i,)
        act = acts.new(row.title_lines[0] if row.title_lines else "", path)
        cells = row.cells
        if cells.get("lead"):
            acts.lead(act, cells["lead"], path)
        if cells.get("co_leads"):
            acts.co_leads(act, body_names(acts.index, cells["co_leads"]), path)
        if cells.get("support"):
            acts.support(act, cells["support"], path)
        acts.time(act, cells.get("time", ""), path)
        acts.budget(act, cells.get("budget", ""), table.budget_unit, path)
        for name in ("place", "participants"):
            if cells.get(name):
                act[name] = clean(cells[name])
        if cells.get("outputs"):
            act["outputs"] = [clean(x) for x in cells["outputs"].split("\n") if clean(x)]
        if cells.get("note"):
            # printed as the source printed it: ``note`` is the progress note kehoach keeps
            # off the document (``update`` writes it), so the column goes to ``details``
            act.setdefault("details", []).append(f"Ghi chú: {clean(cells['note'])}")
        for line in row.title_lines[1:]:
            acts.extra(act, line, path)
        acts.lines.pop(id(act), None)  # a cell prints its lines before the fields' columns
        acts.typed.pop(id(act), None)  # and the lines of a table's cell as its columns say
        for header, value in row.others.items():
            act.setdefault("details", []).append(f"{header}: {value}")
        why = None
        unnamed = "lead" not in act  # no Chủ trì cell said one (empty, or no such column)
        if "lead" not in act and "lead" not in table.columns and row.others:
            named = ", ".join(f'"{h}"' for h in row.others)
            why = (f"không nhận ra cột chủ trì trong bảng; kiểm tra cột {named} (giữ trong "
                   "details)")  # fmt: skip
        act = acts.finish(act, path, why)
        out.append(unprinted(act) if unnamed and "lead" in act else act)
    first = next((at for at, _ in table.groups if at < len(out)), None)
    if table.group_column and first is not None:
        acts.draft.todo(base + (start + first, "group"), f'cột "{table.group_column}" (ô gộp '
                        "dọc) đọc là nhóm của các hoạt động bên cạnh: bản in thành dòng nhóm")  # fmt: skip
    elif table.lettered and first is not None:  # the group is set on its first activity later
        acts.draft.todo(base + (start + first, "group"), "văn bản đánh nhóm bằng chữ cái "
                        f'("{table.lettered}" …): bản in đánh số nhóm I, II…')  # fmt: skip
    for head, name in table.typos:
        if out:
            at = name if name in out[0] else "title"
            acts.draft.todo(base + (start, at), f'tiêu đề cột "{head}" (gõ sai?) đọc là cột '
                            f'"{NAMES.get(name, name)}"; bản in ghi "{NAMES.get(name, name)}"')  # fmt: skip
    return out
