"""A plan's contents that point at its activity table printed as an appendix ("(Chi tiết tại Phụ
lục kèm theo)"): the pointing line found where it was typed (a last bullet, the last paragraph, the
last subsection), and the contents made to print the appendix (``layout: appendix``)."""

from __future__ import annotations

import re

from ...vocab import ACTIVITIES_APPENDIX, ACTIVITIES_TITLE, APPENDIX_NOTE
from .draft import Draft
from .text import clean, key


def note_from_bullets(contents: dict, label: str, draft: Draft) -> None:
    """The line pointing at the appendix typed as the last bullet of the contents ('- Chi tiết
    các hoạt động tại Phụ lục kèm theo.'): the bullets are the contents' prose, not activities
    (read so when they said nothing but their titles: the lead was the issuer's, in a TODO), and
    the line its last paragraph, as typed — where ``points_at`` looks for it."""
    acts = contents.get("activities") or []
    base = ("contents", "activities")
    bare = contents.get("layout") == "list" and all(
        set(a) <= {"id", "title", "lead"} and (set(a) == {"id", "title"} or base + (i, "lead")
                                               in draft.todos)
        for i, a in enumerate(acts)
    )  # fmt: skip
    if acts and bare and label in clean(acts[-1].get("title")):
        contents.pop("layout")
        contents["items"] = [*(contents.get("items") or []), *(a["title"] for a in contents.pop(
            "activities"))]  # fmt: skip
        for path in [p for p in draft.todos if p[:2] == base]:
            del draft.todos[path]
    items = contents.get("items") or []
    if items and label in items[-1] and not contents.get("activities"):
        note = items.pop()
        if not items:
            contents.pop("items")
        contents.setdefault("paragraphs", []).append(f"- {note}")


def points_at(contents: dict, label: str) -> bool:
    """The plan's contents end with the line pointing at the appendix ``label`` and have no
    activities of their own."""
    paragraphs = contents.get("paragraphs") or []
    return not contents.get("activities") and bool(paragraphs) and label in paragraphs[-1]


def lift_note(contents: dict, label: str) -> bool:
    """The line pointing at the appendix ``label`` closes the plan's last subsection ('3. Tiến độ
    thực hiện' / '(Chi tiết tại Phụ lục kèm theo)'): made the contents' own last paragraph, where
    ``as_contents`` takes it from, and the subsection the place kehoach prints it at. Beside other
    subsections, the subsection holding the line alone is the activities' heading
    (``activities_title``); alone, its heading and lead-in stay as typed paragraphs (printed so,
    with the number typed after the numbered paragraphs before it). False (nothing changed) when
    the line is not there or the subsection holds more."""
    subs = contents.get("sections") or []
    last = subs[-1] if subs and not contents.get("activities") else {}
    if _inline(last, label) and len(subs) == 1:
        # '2. Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)': the line pointing at the
        # appendix is the subsection's own heading; kept whole as the contents' last paragraph,
        # numbered as typed after the numbered paragraphs before it
        subs.pop()
        contents.pop("sections")
        start = contents.pop("sections_start", None)
        typed = contents.setdefault("paragraphs", [])
        numbers = [int(m.group(1)) for t in typed if (m := _TYPED.match(t))]
        number = numbers[-1] + 1 if numbers else start or 1
        typed.append(f"{number}. {clean(last['title'])}")
        return True
    paragraphs = last.get("paragraphs") or []
    if not paragraphs or label not in paragraphs[-1] or set(last) - {"title", "paragraphs"}:
        return False
    lead_in = paragraphs[:-1]
    if len(subs) > 1 and lead_in:
        return False
    subs.pop()
    title = clean(last.get("title"))
    if subs:
        if title and key(title) != key(ACTIVITIES_TITLE):
            contents["activities_title"] = title
    else:
        contents.pop("sections")
        typed = contents.setdefault("paragraphs", [])
        numbers = [int(m.group(1)) for t in typed if (m := _TYPED.match(t))]
        if title:
            typed.append(f"{numbers[-1] + 1 if numbers else 1}. {title}")
        typed += lead_in
    contents.setdefault("paragraphs", []).append(paragraphs[-1])
    return True


_TYPED = re.compile(r"^(\d+)\.\s")


def _inline(sub: dict, label: str) -> bool:
    """``sub`` is a subsection with nothing but a heading that ends pointing at the appendix
    ``label`` ('Các hoạt động cụ thể: (Chi tiết tại Phụ lục kèm theo)')."""
    title = clean(sub.get("title"))
    return set(sub) == {"title"} and bool(
        re.search(rf"\([^()]*\b{re.escape(label)}\b[^()]*\)\.?$", title)
    )


def as_contents(contents: dict, title: str, label: str, acts: list[dict]) -> None:
    """Make the plan's ``contents`` print its activity table as the appendix titled ``title``."""
    paragraphs = contents["paragraphs"]
    note = paragraphs.pop()
    if not paragraphs:
        contents.pop("paragraphs")
    moved = {k: contents.pop(k) for k in list(contents) if k not in ("title", "paragraphs")}
    contents["layout"] = "appendix"
    if key(title) != key(ACTIVITIES_APPENDIX):
        contents["appendix_title"] = title
    if note != APPENDIX_NOTE.format(label=label):
        contents["appendix_note"] = note.replace(label, "{label}")
    contents["activities"] = acts
    contents.update(moved)
