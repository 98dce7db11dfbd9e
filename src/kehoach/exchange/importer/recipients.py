"""Nơi nhận → ``recipients``: groups with their purpose (``b/c``, ``t/h``, ``p/h``, ``đ/b``) and
the archive line (``- Lưu: VT, BPT.``).

A purpose is read from a label beside a group (a brace column, or typed after a tab: ``b/c``,
``để t/h``). In kehoach's own brace table every row of a labelled group has the brace on its left
and the label stands against the group's middle row (``len // 2``). A brace typed by hand (after a
tab, or a ``}`` in each row of a table) has its label against a middle row too, either one of a
group of an even number of rows: each row goes with its nearest label, and a row as near to the
label above as to the one below is placed by the purposes, with a TODO naming it. Labels typed
without braces are taken to stand in the middle of their groups, groups meeting half-way between
two labels (marked TODO: check them); so are labels typed on the rows after a braced group. A
purpose written after an item (``- Sở KH&CN (để p/h);``) closes its group when the repository
prints purposes that way (``recipient_notes: suffix``) in those very words; otherwise the item
keeps its words.

Items and the archive line are kept as written where kehoach would print them otherwise: an item
with its own punctuation (``- Như Điều 3,``), an archive line that is not ``- Lưu: A, B.``
(``- Lưu VT-LT.`` stays a sentence).
"""

from __future__ import annotations

import re

from ...vocab import RECIPIENT_PURPOSE
from .draft import Draft
from .recipient_rows import RecipientRow, purpose_of
from .text import clean

_ARCHIVE = re.compile(r"^[-+•]?\s*(Lưu\b.*)$", re.I)
_ARCHIVE_LIST = re.compile(r"^Lưu\s*:\s*(?P<list>[^;:]+?)\s*\.?$", re.I)
_PRINTED_SUFFIX = {f"({words})": purpose for purpose, words in RECIPIENT_PURPOSE.items()}


def _item(text: str) -> str:
    text = re.sub(r"^[-+•]\s*", "", clean(text))
    return re.sub(r"[\s;.,]+$", "", text).strip()


_ABOVE = re.compile(
    r"trung ương|\btw\b|\bbộ\b|tỉnh ủy|tỉnh uỷ|ubnd|hđnd|thường trực|ban bí thư|"
    r"ban thường vụ|đảng ủy|đảng uỷ|lãnh đạo",
    re.I,
)
_BELOW = re.compile(r"^các\b|trực thuộc|cơ sở|thành viên|đơn vị thuộc", re.I)


def _fit(purpose: str, texts: list[str]) -> int:
    """How well items suit a purpose: reports go up (TW, Bộ, UBND…), orders go down (Các …)."""
    score = 0
    for t in texts:
        up, down = bool(_ABOVE.search(t)), bool(_BELOW.search(_item(t)))
        if purpose == "b/c":
            score += up - down
        elif purpose in ("t/h", "p/h"):
            score += down - up
    return score


def _middles(size: int, exact: bool) -> tuple[int, ...]:
    """Where a group's label may stand: kehoach's own table puts it at row ``size // 2``; typed by
    hand, the label of a group of an even number of rows stands against either middle row."""
    if exact or size % 2:
        return (size // 2,)
    return (size // 2 - 1, size // 2)


def _split_braced(
    rows: list[tuple[str, str | None]], exact: bool = True
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """A run of braced rows → groups, each label at a middle row of its group (``_middles``), and
    the rows whose group is a guess. Of the ways to cut, the one keeping rows nearest their labels
    wins (typed by hand); between equally near ways (a row as near to the label above as to the one below), the
    one that suits the purposes best (reports to superiors, orders to subordinates) — a guess."""
    labels = [i for i, (_, p) in enumerate(rows) if p]
    n = len(rows)

    def solve(start: int, k: int) -> list[list[int]]:
        if k == len(labels):
            return [[]] if start == n else []
        found = []
        for size in range(labels[k] - start + 1, n - start + 1):
            if labels[k] - start in _middles(size, exact):
                found += [[start + size, *rest] for rest in solve(start + size, k + 1)]
        return found

    ways = solve(0, 0) if labels else []
    if not ways:
        groups, guess, _ = _split_typed(rows)
        return groups, [t for t, p in rows if not p] if guess else []

    def groups_of(ends: list[int]) -> list[tuple[str, list[str]]]:
        starts = [0, *ends[:-1]]
        return [(rows[labels[k]][1] or "", [t for t, _ in rows[a:b]])
                for k, (a, b) in enumerate(zip(starts, ends, strict=True))]  # fmt: skip

    def rank(ends: list[int]) -> tuple[int, int]:
        starts = [0, *ends[:-1]]
        far = sum(abs(i - labels[k]) for k, (a, b) in enumerate(zip(starts, ends, strict=True))
                  for i in range(a, b))  # fmt: skip
        # kehoach's own table: its label rows say nothing of the distance, only purposes decide
        return 0 if exact else far, -sum(_fit(p, texts) for p, texts in groups_of(ends))

    best = min(ways, key=rank)  # the first of equals: the smaller groups first
    # rows as near to one label as to another: their group is a guess, the reader checks it
    ties = [w for w in ways if rank(w)[0] == rank(best)[0]]
    unsure = [rows[i][0] for i in range(n) if len({sum(e <= i for e in w) for w in ties}) > 1]
    return groups_of(best), unsure


def _split_typed(
    rows: list[tuple[str, str | None]],
) -> tuple[list[tuple[str, list[str]]], bool, list[str]]:
    """Groups of typed labels: boundaries half-way between labels; True when that was a guess;
    and the rows exactly half-way between two labels, each placed by the purposes (``_fit``:
    'Các huyện, thị, thành đoàn' between '(để b/c)' and '(để t/h)' goes with t/h), a guess the
    TODO names."""
    labels = [i for i, (_, p) in enumerate(rows) if p]
    if not labels:
        return [("", [t for t, _ in rows])], False, []
    cuts = [0]
    unsure: list[str] = []
    for a, b in zip(labels, labels[1:], strict=False):
        cut = (a + b) // 2 + 1
        if (b - a) % 2 == 0:  # row (a + b) // 2 as near to the label above as to the one below
            middle = rows[(a + b) // 2][0]
            above, below = rows[a][1] or "", rows[b][1] or ""
            if _fit(below, [middle]) > _fit(above, [middle]):
                cut -= 1
            if _item(middle):
                unsure.append(middle)
        cuts.append(cut)
    cuts.append(len(rows))
    out = [
        (rows[labels[k]][1] or "", [t for t, _ in rows[cuts[k] : cuts[k + 1]]])
        for k in range(len(labels))
    ]
    return out, len(rows) > len(labels), unsure


def _suffix(text: str, style: str) -> str | None:
    """The purpose written after an item, when the repository prints purposes so, in its words."""
    if style != "suffix":
        return None
    m = re.search(r"\s*(\([^()]*\))\s*[;.,]?\s*$", text)
    return _PRINTED_SUFFIX.get(m.group(1)) if m else None


def _archive(text: str) -> list[str] | str:
    """``- Lưu: VT, BPT.`` → ['VT', 'BPT']; any other archive line stays as written."""
    m = _ARCHIVE_LIST.match(text)
    if m:
        # "VT (HLHPN, SGDĐT, TĐTN)": no split inside brackets
        entries = [a.strip() for a in re.split(r",(?![^()]*\))", m.group("list"))]
        if all(entries):
            return entries
    return text


def _punctuated(groups: list[dict], archive: bool) -> None:
    """Items whose own punctuation differs from what kehoach adds (';', '.' for the last) keep it."""
    flat = [(g, i) for g in groups for i in range(len(g["items"]))]
    for n, (g, i) in enumerate(flat):
        raw = re.sub(r"^[-+•]\s*", "", clean(g["items"][i]))
        expected = "." if n == len(flat) - 1 and not archive else ";"
        end = raw[-1:] if raw[-1:] in (";", ".", ",", ":") else ""
        g["items"][i] = _item(raw) if end in ("", expected) else raw


def _merged(groups: list[dict]) -> list[dict]:
    """Neighbouring groups of one purpose are one group: each item labelled on its own line
    ('- UBND tỉnh;<Tab>(để b/c)', '- Trung ương Đoàn;<Tab>(để b/c)') is one group of two."""
    out: list[dict] = []
    for g in groups:
        if out and g.get("purpose") and out[-1].get("purpose") == g.get("purpose"):
            out[-1]["items"] += g["items"]
        else:
            out.append(g)
    return out


def build_recipients(rows: list[RecipientRow], draft: Draft, style: str = "brace") -> dict | None:
    archive = ""
    items: list[tuple[str, str | None, bool | None]] = []
    exact: list[int | None] = []  # the group of each item, when the source fixes it (a table row)
    own: list[bool] = []  # each item braced by kehoach's own table (its labels exactly placed)
    for row in rows:
        m = _ARCHIVE.match(clean(row.text))
        if m:
            archive = clean(m.group(1))
            continue
        label_only = purpose_of(row.text)
        if label_only and items:
            items[-1] = (items[-1][0], label_only, items[-1][2])
            continue
        text, purpose = clean(row.text), purpose_of(row.label) if row.label else None
        if (
            not text.startswith(("-", "+", "•"))
            and items
            and row.braced is None
            and not purpose
            and exact[-1] == row.group
        ):
            items[-1] = (f"{items[-1][0]} {text}", items[-1][1], items[-1][2])  # a wrapped line
            continue
        items.append((text, purpose, row.braced))
        exact.append(row.group)
        own.append(row.exact)
    groups: list[dict] = []
    guessed = False
    run: list[tuple[str, str | None]] = []
    run_braced: bool | None = None
    run_group: int | None = None
    run_exact = True
    unsure: list[str] = []  # braced rows that could belong to the group above or below
    between: list[str] = []  # rows half-way between two typed labels (placed by the purposes)

    def flush() -> None:
        nonlocal run, guessed, run_exact
        if not run:
            return
        if run_group is not None:  # one group, as the table row holds it
            parts = [(next((p for _, p in run if p), ""), [t for t, _ in run])]
        elif run_braced:
            parts, unsure_rows = _split_braced(run, run_exact)
            unsure.extend(_item(t) for t in unsure_rows)
        elif any(p for _, p in run):  # labels typed on the lines, or beside rows left unbraced
            parts, guess, halfway = _split_typed(run)
            guessed = guessed or guess
            between.extend(_item(t) for t in halfway)
        else:
            parts = [("", [t for t, _ in run])]
        for purpose, texts in parts:
            names = [t for t in texts if _item(t)]
            if names:
                groups.append({"purpose": purpose, "items": names} if purpose else {"items": names})
        run, run_exact = [], True

    for (text, purpose, braced), group, is_own in zip(items, exact, own, strict=True):
        suffix = _suffix(text, style)
        if group != run_group:
            flush()
            run_group, run_braced = group, None
        if braced is not None and braced != run_braced:
            flush()
            run_braced = braced
        if suffix and braced is None:
            run.append((re.sub(r"\s*\([^()]*\)\s*([;.,]?)\s*$", r"\1", text), None))
            names = [t for t, _ in run if _item(t)]
            groups.append({"purpose": suffix, "items": names})
            run, run_exact = [], True
            continue
        run.append((text, purpose))
        run_exact = run_exact and is_own
    flush()
    if not groups and not archive:
        return None
    groups = _merged(groups)
    _punctuated(groups, bool(archive))
    out: dict = {}
    if groups:
        out["groups"] = groups
    if archive:
        out["archive"] = _archive(archive)
    if between:
        _between_todo(draft, "(b/c, t/h…)", between)
    elif guessed:
        draft.todo(("recipients",), "kiểm tra các nhóm Nơi nhận (b/c, t/h…)")
    if unsure:
        _between_todo(draft, "(ngoặc nhọn gõ tay)", unsure)
    return out


def _between_todo(draft: Draft, which: str, rows: list[str]) -> None:
    """The TODO naming the rows whose group is a guess: each between two labels."""
    named = ", ".join(f"'{t}'" for t in rows)
    draft.todo(
        ("recipients",),
        f"kiểm tra các nhóm Nơi nhận {which}: {named} đứng giữa hai nhãn, có thể thuộc nhóm trên "
        "hay nhóm dưới",
    )
