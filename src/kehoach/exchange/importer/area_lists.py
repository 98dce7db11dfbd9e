"""The activities a program lists under a content area as items with their lines — how kehoach
prints them (``areas_layout: detailed_list``) and how offices type them in Word::

    - Tổ chức Cuộc thi tìm hiểu …
    + Thời gian: Quý II/2025.
    + Đơn vị chủ trì: Tỉnh Đoàn; phối hợp: Sở KH&CN.

The area's own items before the first such activity stay its words."""

from __future__ import annotations

from .activities import labelled_parts
from .activity_rows import ActivityBuilder
from .sections import Item, Section


def _told(text: str) -> bool:
    return labelled_parts(text) is not None


def area_activities(area: Section, acts: ActivityBuilder, base: tuple) -> list[dict]:
    """The activities of ``area``'s items followed by labelled lines (``Thời gian: …``, ``Đơn vị
    chủ trì: …``), most of them told so; the items they are made of are taken out of its
    content. None of them (``[]``) when it does not read so."""
    content = area.content
    lines = [c for c in content if c.kind in ("para", "item")]
    if any(c.kind not in ("para", "item") for c in content):
        return []
    first = next(
        (
            i
            for i, c in enumerate(lines[:-1])
            if c.kind == "item" and not _told(c.text) and _told(lines[i + 1].text)
        ),
        None,
    )
    if first is None:
        return []
    heads: list[tuple[Item, list[Item]]] = []
    for c in lines[first:]:
        if c.kind == "item" and not _told(c.text):
            heads.append((c, []))
        else:
            heads[-1][1].append(c)
    told = sum(1 for _, under in heads if under and _told(under[0].text))
    if told * 2 <= len(heads):
        return []
    out: list[dict] = []
    for head, under in heads:
        path = (*base, len(out))
        act = acts.new(head.text, path)
        for c in under:
            acts.extra(act, c.text, path)
        out.append(acts.finish(act, path))
    area.content = lines[:first]
    return out
