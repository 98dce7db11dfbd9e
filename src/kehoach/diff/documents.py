"""A semantic diff of programs and plans (and of ``orgs.yaml`` and ``kehoach.yaml``): what changed
for the people who carry them out, as short Vietnamese lines (and records for ``--format json``).

Documents are matched by id (the ``id`` key, else the file stem); activities by ``id``, else by
title. Deadlines are compared by the end of their time window.

Rule: whenever the data of two versions differs, there is at least one line. The fields with a
dedicated phrasing keep it; every other field gets a generic line naming it (``generic``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from ..io.discover import classify
from ..model import DOCUMENT_KINDS, Document, navigate
from ..timeexpr import TimeError, parse_period, parse_time
from ..vocab import DOC_KIND, clean, date_text
from .activities import activity_changes
from .change import Change, DiffResult, DocDiff
from .generic import Walker, canon, text_change
from .invalid import invalid_lines
from .people import recipient_changes, signer_changes
from .sides import Side


def _documents(side: Side, unreadable: list[str], broken: set[str]) -> dict[str, Document]:
    """The documents of ``side`` by id; each file that cannot be read is added to ``unreadable``
    (its ``!`` line) and its path to ``broken``."""
    out: dict[str, Document] = {}
    for path, loaded in side.files.items():
        if not loaded.ok:
            first = loaded.problems[0] if loaded.problems else None
            why = f"dòng {first.line}: {first.message}" if first else "không đọc được"
            unreadable.append(f"{path} ({side.label}): {why}")
            broken.add(path)
            continue
        kind = classify(Path(path), loaded.data)
        if kind in DOCUMENT_KINDS and isinstance(loaded.data, dict):
            doc = Document(path, kind, loaded.data)
            out.setdefault(doc.id, doc)
        elif kind in ("orgs", "settings") and isinstance(loaded.data, dict):
            out.setdefault(f"{kind}:{path}", Document(path, kind, loaded.data))
    return out


def _same(org_id: str) -> str:
    return org_id


def compare(old: Side, new: Side, names: Callable[[str], str] = _same) -> DiffResult:
    """Documents added, removed and changed from ``old`` to ``new``; ``names`` shows an org id.
    A document whose file is there on both sides but cannot be read on one is neither added nor
    removed: it is ``unreadable`` (its ``!`` line says why)."""
    result = DiffResult(old.label, new.label)
    broken_before: set[str] = set()
    broken_after: set[str] = set()
    before = _documents(old, result.unreadable, broken_before)
    after = _documents(new, result.unreadable, broken_after)
    # the programs the documents cite, unchanged (``Side.cited``): their areas' titles
    cited = _documents(Side(new.label, old.cited | new.cited), [], set())
    for doc_id in sorted(
        set(before) | set(after), key=lambda i: ((after.get(i) or before[i]).path, i)
    ):
        a, b = before.get(doc_id), after.get(doc_id)
        one = a or b
        if (
            one is not None
            and (a is None or b is None)
            and one.path in broken_before | broken_after
        ):
            result.documents.append(
                DocDiff(doc_id, one.kind, "unreadable", one.path, title=_title(one))
            )
        elif a is None and b is not None:
            result.documents.append(DocDiff(doc_id, b.kind, "added", b.path, title=_title(b)))
        elif b is None and a is not None:
            result.documents.append(DocDiff(doc_id, a.kind, "removed", a.path, title=_title(a)))
        elif a is not None and b is not None:
            changes = (
                document_changes(a, b, names, area_titles(b, after, before, cited))
                if b.kind in DOCUMENT_KINDS and a.kind in DOCUMENT_KINDS
                else registry_changes(a, b, names)
            )
            if changes or a.path != b.path:
                result.documents.append(
                    DocDiff(
                        doc_id,
                        b.kind,
                        "changed",
                        b.path,
                        a.path if a.path != b.path else None,
                        _title(b),
                        changes,
                    )
                )
    _renamed(result, before, after, names)
    for doc in result.documents:
        if doc.status in ("changed", "added"):
            result.invalid += invalid_lines(doc, old, new)
    return result


def _renamed(
    result: DiffResult,
    before: dict[str, Document],
    after: dict[str, Document],
    names: Callable[[str], str],
) -> None:
    """A document removed and one added of the same kind, each with no ``id`` of its own (the id
    is its file's name) and the same title: the file renamed, its id changed with it — one
    document changed, saying so, and that what carries work over from the old id must follow."""
    added = {d.id: d for d in result.documents if d.status == "added"}
    for gone in [d for d in result.documents if d.status == "removed"]:
        a = before[gone.id]
        if "id" in a.data:
            continue
        match = next(
            (b for b in (after[i] for i in added) if b.kind == a.kind and "id" not in b.data
             and _title(b) == _title(a)),
            None,
        )  # fmt: skip
        if match is None:
            continue
        del added[match.id]
        result.documents.remove(gone)
        # the id's change itself is one of ``document_changes`` (the id the file name gives);
        # what names the old id elsewhere is unchanged, hence not loaded here: said as a rule
        changes = document_changes(a, match, names, area_titles(match, after, before))
        changes.append(
            Change(
                "carried_from",
                f"Hoạt động nào ghi `carried_from` tới mã cũ {a.id} (kế hoạch "
                f"sau, `kehoach validate` báo KH426) cần sửa thành {match.id}; hoặc ghi "
                f"`id: {a.id}` trong tệp để giữ mã",
                old=a.id,
                new=match.id,
            )  # fmt: skip
        )
        at = next(i for i, d in enumerate(result.documents) if d.id == match.id)
        result.documents[at] = DocDiff(
            match.id, match.kind, "changed", match.path, a.path, _title(match), changes
        )


def _title(doc: Document) -> str:
    return clean(doc.data.get("title") or "")


def registry_changes(a: Document, b: Document, names: Callable[[str], str] = _same) -> list[Change]:
    """``orgs.yaml`` (orgs matched by id) and ``kehoach.yaml``, field by field."""
    out = Walker(b.kind, names).walk(a.data, b.data, (), [])
    if not out and canon(a.data) != canon(b.data):
        out.append(Change("other", "Dữ liệu thay đổi (chạy git diff để xem chi tiết)"))
    return out


def _date_vi(value: object) -> str:
    try:
        d = parse_time(value).start
        return date_text(d) if d else str(value)
    except (TimeError, TypeError):
        return str(value)


def _period_vi(value: object) -> str:
    try:
        return parse_period(value).vi()
    except (TimeError, TypeError):
        return str(value)


# the document fields with a dedicated line (activities, signers, recipients have their own)
SIMPLE = (
    ("number", "Số", str),
    ("date", "Ngày ban hành", _date_vi),
    ("title", "Trích yếu", clean),
    ("year", "Năm", str),
    ("period", "Thời hạn", _period_vi),
    ("symbol", "Ký hiệu", str),
    ("place", "Địa danh", str),
)
COVERED = frozenset({k for k, _, _ in SIMPLE} | {"issuers", "parties", "signers", "recipients"})


def document_changes(
    a: Document,
    b: Document,
    names: Callable[[str], str] = _same,
    areas: Mapping[str, str] | None = None,
) -> list[Change]:
    """Every difference between two versions of a program or plan: the dedicated Vietnamese lines,
    then a generic line for each other field that changed (``generic``); ``areas``: the titles of
    the content areas a plan's activities name (``area_titles``)."""
    out: list[Change] = []
    da, db = a.data, b.data
    if a.kind != b.kind:
        out.append(
            Change(
                "kind",
                f"Loại văn bản: {DOC_KIND[a.kind]} → {DOC_KIND[b.kind]}",
                old=a.kind,
                new=b.kind,
            )
        )
    for key, label, show in SIMPLE:
        if canon(da.get(key)) != canon(db.get(key)):
            old = show(da[key]) if key in da else "(trống)"
            new = show(db[key]) if key in db else "(trống)"
            said = f"{old} → {new}"
            if key == "title":  # a text: quoted, a long one by the words that changed
                said = text_change(old, new) if key in da and key in db else said
            out.append(Change(key, f"{label}: {said}", old=da.get(key), new=db.get(key)))
    out += _issuer_changes(a, b, names)
    if a.kind == b.kind:
        out += activity_changes(a, b, names, areas or {})
    if canon(da.get("signers")) != canon(db.get("signers")):
        out += signer_changes(da.get("signers"), db.get("signers"), names, b.kind)
    if canon(da.get("recipients")) != canon(db.get("recipients")):
        out += recipient_changes(da.get("recipients"), db.get("recipients"), b.kind)
    walker = Walker(b.kind, names)
    out += walker.walk(_rest(a), _rest(b), (), [])
    # a safety net: never "no change" for changed data (the id compared as it is in effect)
    if not out and canon(_effective(a)) != canon(_effective(b)):
        out.append(Change("other", "Dữ liệu thay đổi (chạy git diff để xem chi tiết)"))
    return out


def area_titles(doc: Document, *sides: dict[str, Document]) -> dict[str, str]:
    """The titles of the content areas of the programs ``doc`` cites (by area id), as the first of
    ``sides`` (documents by id: the new version, then the old) holds them; a program on neither
    side (a diff of some paths only) leaves its areas to be shown by id."""
    out: dict[str, str] = {}
    for ref in reversed([r for _, r in navigate.cited_refs(doc)]):
        program = next((s[ref] for s in sides if ref in s and s[ref].kind == "program"), None)
        for area in (program.data.get("areas") if program else None) or []:
            if isinstance(area, dict) and isinstance(area.get("id"), str) and area.get("title"):
                out[area["id"]] = clean(area["title"])
    return out


def _effective(doc: Document) -> dict:
    """The document's data with the id it has in effect (written, else its file name): both
    sides of a diff have the same one (documents are matched by it), so writing out the id a file
    name gave is no change."""
    return {**doc.data, "id": doc.id}


def _rest(doc: Document) -> dict:
    """The document without what the dedicated lines cover (activities stay out of their areas
    and of ``contents``: ``activities`` compares them), with the id in effect."""
    out = {k: v for k, v in _effective(doc).items() if k not in COVERED}
    if doc.kind == "program" and isinstance(out.get("areas"), list):
        out["areas"] = [_without_activities(area) for area in out["areas"]]
    if doc.kind == "plan":
        out["contents"] = _without_activities(out.get("contents"))
    return out


def _without_activities(node: object) -> object:
    """``node`` with its activity records left out (entries that are not records stay: only the
    generic lines can speak of them)."""
    if not isinstance(node, dict) or not isinstance(node.get("activities"), list):
        return node
    rest = [a for a in node["activities"] if not isinstance(a, dict)]
    out = {k: v for k, v in node.items() if k != "activities"}
    if rest:
        out["activities"] = rest
    return out


def _issuer_changes(a: Document, b: Document, names: Callable[[str], str] = _same) -> list[Change]:
    label = "Cơ quan ban hành" if b.kind == "plan" else "Các bên"
    old, new = a.data.get(a.issuers_key), b.data.get(b.issuers_key)
    if canon(old) == canon(new):
        return []
    out = _set_change(b.issuers_key, label, a.issuers, b.issuers, names)
    if not out:
        order = ", ".join(map(names, b.issuers))
        out = [Change(b.issuers_key, f"{label}: đổi thứ tự ({order})", old=old, new=new)]
    return out


def _set_change(
    kind: str, label: str, old: list, new: list, names: Callable[[str], str] = _same
) -> list[Change]:
    added = [x for x in new if x not in old]
    removed = [x for x in old if x not in new]
    if not added and not removed:
        return []
    parts = ([f"thêm {', '.join(map(names, added))}"] if added else []) + (
        [f"bỏ {', '.join(map(names, removed))}"] if removed else []
    )
    return [Change(kind, f"{label}: {'; '.join(parts)}", old=old, new=new)]
