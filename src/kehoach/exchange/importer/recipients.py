"""Nơi nhận → ``recipients``: groups with their purpose (``b/c``, ``t/h``, ``p/h``, ``đ/b``) and
the archive line (``- Lưu: VT, BPT.``).

A purpose is read from a label beside a group (a brace column, or typed after a tab: ``b/c``,
``để t/h``). In kehoach's own brace table every row of a labelled group has the brace on its left
and the label stands against the group's middle row, which fixes the groups exactly; a typed label
is taken to stand in the middle of its group, groups meeting half-way between two labels (marked
TODO: check them). A purpose written after an item (``- Sở KH&CN (để p/h);``) closes its group
when the repository prints purposes that way (``recipient_notes: suffix``) in those very words;
otherwise the item keeps its words.

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


def _split_braced(rows: list[tuple[str, str | None]]) -> list[tuple[str, list[str]]]:
    """A run of braced rows → groups: each label at the middle row (``len // 2``) of its group.
    Two groups side by side can often be cut at two places; the cut that suits the purposes best
    (reports to superiors, orders to subordinates) wins."""
    labels = [i for i, (_, p) in enumerate(rows) if p]
    n = len(rows)

    def solve(start: int, k: int) -> list[list[int]]:
        if k == len(labels):
            return [[]] if start == n else []
        found = []
        for size in (2 * (labels[k] - start), 2 * (labels[k] - start) + 1):
            end = start + size
            if size > 0 and end <= n and start + size // 2 == labels[k]:
                found += [[end, *rest] for rest in solve(end, k + 1)]
        return found

    best, best_score = None, None
    for ends in solve(0, 0) if labels else []:
        groups, start = [], 0
        for k, end in enumerate(ends):
            groups.append((rows[labels[k]][1] or "", [t for t, _ in rows[start:end]]))
            start = end
        score = sum(_fit(p, texts) for p, texts in groups)
        if best_score is None or score > best_score:
            best, best_score = groups, score
    return best if best is not None else _split_typed(rows)[0]


def _split_typed(rows: list[tuple[str, str | None]]) -> tuple[list[tuple[str, list[str]]], bool]:
    """Groups of typed labels: boundaries half-way between labels; True when that was a guess."""
    labels = [i for i, (_, p) in enumerate(rows) if p]
    if not labels:
        return [("", [t for t, _ in rows])], False
    cuts = [0] + [(a + b) // 2 + 1 for a, b in zip(labels, labels[1:], strict=False)] + [len(rows)]
    out = [
        (rows[labels[k]][1] or "", [t for t, _ in rows[cuts[k] : cuts[k + 1]]])
        for k in range(len(labels))
    ]
    return out, len(rows) > len(labels)


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
    groups: list[dict] = []
    guessed = False
    run: list[tuple[str, str | None]] = []
    run_braced: bool | None = None
    run_group: int | None = None

    def flush() -> None:
        nonlocal run, guessed
        if not run:
            return
        if run_group is not None:  # one group, as the table row holds it
            parts = [(next((p for _, p in run if p), ""), [t for t, _ in run])]
        elif run_braced:
            parts = _split_braced(run)
        elif any(p for _, p in run):  # labels typed on the lines, or beside rows left unbraced
            parts, guess = _split_typed(run)
            guessed = guessed or guess
        else:
            parts = [("", [t for t, _ in run])]
        for purpose, texts in parts:
            names = [t for t in texts if _item(t)]
            if names:
                groups.append({"purpose": purpose, "items": names} if purpose else {"items": names})
        run = []

    for (text, purpose, braced), group in zip(items, exact, strict=True):
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
            run = []
            continue
        run.append((text, purpose))
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
    if guessed:
        draft.todo(("recipients",), "kiểm tra các nhóm Nơi nhận (b/c, t/h…)")
    return out
