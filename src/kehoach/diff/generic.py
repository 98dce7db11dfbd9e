"""Every change the dedicated phrasings do not cover, as a generic line naming the field in
Vietnamese (from the schema titles) with old → new: "Sơ kết, tổng kết › Lịch › "Sơ kết năm" ›
Thời gian cố định: tháng 11/2024 → tháng 12/2024".

Mappings are compared key by key; lists of records by their ``id`` (or ``org``, ``item``,
``name`` when every record has a distinct one), other lists by position after aligning equal
entries; a list whose entries only moved says so ("đổi thứ tự"). Long texts show only the words
that changed, marked as ``git diff --word-diff`` marks them: ``[-bỏ-]{+thêm+}``.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Callable

from ..timeexpr import TimeError, parse_date, parse_period, parse_time
from ..viet import money
from ..vocab import EVERY, REVIEW_TITLE, STATUS, clean, date_text, quoted, review_kind_title
from .change import Change
from .labels import label

ORG_KEYS = frozenset({"lead", "co_leads", "org", "support", "issuers", "parties"})
MONEY_KEYS = frozenset({"budget", "spent", "amount", "total"})
BY_ORG_KEYS = frozenset({"support_units"})  # mappings keyed by org id
# codes a person reads as words: how the activities print, how subsections are numbered
CODE_WORDS = {
    "layout": {"table": "bảng", "list": "danh sách", "detailed_list": "danh sách kèm thời gian, "
               "chủ trì, kinh phí", "appendix": "bảng ở phụ lục"},
    "sections_style": {"outline": "1.1., 1.2.", "letter": "a), b)"},
    "every": EVERY,  # a schedule item's recurrence: "6 tháng một lần", not "half"
    "status": STATUS,
    "orientation": {"portrait": "trang dọc", "landscape": "trang ngang"},
}  # fmt: skip
DATE_KEYS = frozenset({"date", "done_date", "days_off", "working_days"})
RECORD_KEYS = ("id", "org", "item", "name")
NAME_KEYS = ("title", "name", "item", "id", "ref", "number", "text")
FULL_TEXT = 160  # texts up to this long are shown whole on both sides
CONTEXT_WORDS = 6
SEP = " › "


def canon(value: object) -> str:
    """A comparable form of YAML data: mapping order ignored, types kept (1 ≠ true ≠ "1")."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def text_change(old: str, new: str) -> str:
    """'"old" → "new"' for short texts; for long ones the changed words in their context."""
    a, b = clean(old), clean(new)
    if len(a) <= FULL_TEXT and len(b) <= FULL_TEXT:
        return f"{quoted(a)} → {quoted(b)}"
    wa, wb = a.split(" "), b.split(" ")
    parts: list[str] = []
    ops = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            words = wa[i1:i2]
            head = words[:CONTEXT_WORDS] if n > 0 else []
            tail = words[-CONTEXT_WORDS:] if n < len(ops) - 1 else []
            if n > 0 and n < len(ops) - 1 and len(words) <= 2 * CONTEXT_WORDS:
                parts.append(" ".join(words))
                continue
            if head:
                parts.append(" ".join(head) + (" …" if len(words) > len(head) else ""))
            if tail:
                parts.append(("… " if len(words) > len(tail) else "") + " ".join(tail))
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(wa[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(wb[j1:j2]) + "+}")
    if ops and ops[0][0] != "equal":
        parts.insert(0, "")
    return "sửa: " + " ".join(p for p in parts if p).strip()


class Walker:
    """Compares two values of a document of ``kind`` (plan, program, orgs, settings) and says
    what changed, field by field; ``names`` shows an org id."""

    def __init__(self, kind: str, names: Callable[[str], str] = str, activity: str | None = None):
        self.kind = kind
        self.names = names
        self.activity = activity

    # -- wording --

    def name_of(self, value: object, position: int) -> str:
        """How a list entry is named in a line: its title, name, org… or its position."""
        if isinstance(value, dict):
            if isinstance(value.get("org"), str) and not value.get("title"):
                return self.names(value["org"])
            if value.get("kind") in REVIEW_TITLE and not value.get("title"):
                ident = value.get("id")
                kind_name = review_kind_title(value)
                return f"{kind_name} ({ident})" if isinstance(ident, str) else kind_name
            for key in NAME_KEYS:
                if isinstance(value.get(key), (str, int)) and not isinstance(value.get(key), bool):
                    text = clean(value[key])
                    return quoted(text) if key in ("title", "name", "item", "text") else text
        elif isinstance(value, str):
            return quoted(value)
        return f"mục thứ {position + 1}"

    def show(self, key: object, value: object) -> str:
        """A value as words: org names, money in đồng, dates by the Decree 30 rule, times."""
        if value is None:
            return "(trống)"
        if isinstance(value, bool):
            return "có" if value else "không"
        if isinstance(value, list):
            if not value:
                return "(trống)"
            return "; ".join(self.show(key, v) for v in value)
        if isinstance(value, dict) and key in BY_ORG_KEYS:  # {org id: words}
            return "; ".join(
                f"{self.names(str(k))}: {self.show(None, v)}" for k, v in value.items()
            )
        if isinstance(value, dict):
            if _named(value) or value.get("kind") in REVIEW_TITLE:
                return self.name_of(value, 0)
            scalars = [
                f"{k}: {self.show(k, v)}"
                for k, v in value.items()
                if not isinstance(v, (dict, list))
            ]
            return "{" + "; ".join(scalars) + "}" if scalars else "(một mục)"
        if isinstance(value, str) and value in CODE_WORDS.get(str(key), {}):
            return CODE_WORDS[str(key)][value]
        if key in ORG_KEYS and isinstance(value, str):
            return self.names(value)
        if key in MONEY_KEYS and isinstance(value, int):
            return f"{money(value)} đồng"
        if key in DATE_KEYS and isinstance(value, str):
            try:
                return date_text(parse_date(value))
            except TimeError:
                return quoted(value)
        if key in ("time", "period"):
            try:
                return (parse_time(value) if key == "time" else parse_period(value)).vi()
            except (TimeError, TypeError):
                return quoted(value)
        if isinstance(value, str):
            return quoted(value)
        return str(value)

    def line(self, kind: str, where: list[str], text: str, path: tuple, old, new) -> Change:
        head = SEP.join(w for w in where if w)
        return Change(kind, f"{head}: {text}" if head else text, self.activity, old, new, path)

    # -- walking --

    def walk(self, old: object, new: object, path: tuple, where: list[str]) -> list[Change]:
        if canon(old) == canon(new):
            return []
        if isinstance(old, dict) and isinstance(new, dict):
            out: list[Change] = []
            for key in [*new, *(k for k in old if k not in new)]:
                named = bool(path) and path[-1] in BY_ORG_KEYS  # {org id: …}: the org's name
                step = self.names(str(key)) if named else label(self.kind, path + (key,))
                sub, seg = path + (key,), [*where, step]
                if key not in old:
                    out.append(self.added(sub, seg, key, new[key]))
                elif key not in new:
                    out.append(self.removed(sub, seg, key, old[key]))
                else:
                    out += self.walk(old[key], new[key], sub, seg)
            return out
        if isinstance(old, list) and isinstance(new, list):
            return self.walk_list(old, new, path, where)
        key = _last_key(path)
        words = CODE_WORDS.get(str(key), {})
        if isinstance(old, str) and isinstance(new, str) and key not in ORG_KEYS | DATE_KEYS:
            if key not in ("time", "period") and not (old in words and new in words):
                return [self.line("field", where, text_change(old, new), path, old, new)]
        text = f"{self.show(key, old)} → {self.show(key, new)}"
        return [self.line("field", where, text, path, old, new)]

    def added(self, path: tuple, where: list[str], key: object, value: object) -> Change:
        if isinstance(value, (dict, list)):
            text = f"thêm {self.show(key, value)}" if isinstance(value, list) else "thêm"
            if isinstance(value, dict):
                text = f"thêm {self.name_of(value, 0)}" if _named(value) else "thêm mục"
                text = f"thêm {self.show(key, value)}" if key in BY_ORG_KEYS else text
            return self.line("field_added", where, text, path, None, value)
        return self.line("field", where, f"(trống) → {self.show(key, value)}", path, None, value)

    def removed(self, path: tuple, where: list[str], key: object, value: object) -> Change:
        if isinstance(value, (dict, list)):
            text = f"bỏ {self.show(key, value)}" if isinstance(value, list) else "bỏ"
            if isinstance(value, dict):
                text = f"bỏ {self.name_of(value, 0)}" if _named(value) else "bỏ mục"
                text = f"bỏ {self.show(key, value)}" if key in BY_ORG_KEYS else text
            return self.line("field_removed", where, text, path, value, None)
        return self.line("field", where, f"{self.show(key, value)} → (trống)", path, value, None)

    def walk_list(self, old: list, new: list, path: tuple, where: list[str]) -> list[Change]:
        key = _record_key(old, new)
        if key is not None:
            return self._keyed(old, new, key, path, where)
        return self._aligned(old, new, path, where)

    def _keyed(self, old: list, new: list, key: str, path: tuple, where: list[str]):
        before = {x[key]: (i, x) for i, x in enumerate(old)}
        after = {x[key]: (j, x) for j, x in enumerate(new)}
        out: list[Change] = []
        for k, (j, x) in after.items():
            if k not in before:
                out.append(self._entry("field_added", "thêm", path + (j,), where, x, j))
        for k, (i, x) in before.items():
            if k not in after:
                out.append(self._entry("field_removed", "bỏ", path + (i,), where, x, i))
        for k, (j, x) in after.items():
            if k in before:
                out += self.walk(before[k][1], x, path + (j,), [*where, self.name_of(x, j)])
        common_old = [k for k in before if k in after]
        common_new = [k for k in after if k in before]
        if common_old != common_new:
            out.append(self.line("order", where, "đổi thứ tự", path, old, new))
        return out

    def _aligned(self, old: list, new: list, path: tuple, where: list[str]) -> list[Change]:
        ca, cb = [canon(x) for x in old], [canon(x) for x in new]
        out: list[Change] = []
        matcher = difflib.SequenceMatcher(None, ca, cb, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            if tag == "replace" and i2 - i1 == j2 - j1:
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                    named = isinstance(new[j], dict) and _named(new[j])
                    seg = [*where, self.name_of(new[j], j) if named else f"thứ {j + 1}"]
                    out += self.walk(old[i], new[j], path + (j,), seg)
                continue
            for i in range(i1, i2):
                out.append(self._entry("field_removed", "bỏ", path + (i,), where, old[i], i))
            for j in range(j1, j2):
                out.append(self._entry("field_added", "thêm", path + (j,), where, new[j], j))
        if not out or _only_moves(out, ca, cb):
            out = [self.line("order", where, "đổi thứ tự", path, old, new)]
        return out

    def _entry(self, kind: str, verb: str, path: tuple, where: list[str], value, pos: int):
        key = _last_key(path)
        shown = self.name_of(value, pos) if isinstance(value, dict) else self.show(key, value)
        old, new = (None, value) if verb == "thêm" else (value, None)
        return self.line(kind, where, f"{verb} {shown}", path, old, new)


def _last_key(path: tuple) -> object:
    return next((p for p in reversed(path) if isinstance(p, str)), None)


def _named(value: object) -> bool:
    return isinstance(value, str) or (
        isinstance(value, dict) and any(isinstance(value.get(k), str) for k in (*NAME_KEYS, "org"))
    )


def _record_key(old: list, new: list) -> str | None:
    """The field that identifies the records of both lists, if every record has a distinct one."""
    both = old + new
    if not both or not all(isinstance(x, dict) for x in both):
        return None
    for key in RECORD_KEYS:
        if all(isinstance(x.get(key), str) for x in both) and all(
            len({x[key] for x in side}) == len(side) for side in (old, new)
        ):
            return key
    return None


def _only_moves(out: list[Change], ca: list[str], cb: list[str]) -> bool:
    """True when the entries reported added and removed are the same (a move, not an edit)."""
    return Counter(ca) == Counter(cb) and all(
        c.kind in ("field_added", "field_removed") for c in out
    )
