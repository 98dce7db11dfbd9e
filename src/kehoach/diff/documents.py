"""A semantic diff of programs and plans: what changed for the people who carry them out, as short
Vietnamese lines (and records for ``--format json``).

Documents are matched by id (the ``id`` key, else the file stem); activities by ``id``, else by
title. Deadlines are compared by the end of their time window.
"""

from __future__ import annotations

from pathlib import Path

from ..io.discover import classify
from ..model import Document
from ..timeexpr import TimeError, parse_period, parse_time
from ..vocab import clean, date_text
from .activities import activity_changes
from .change import Change, DiffResult, DocDiff
from .sides import Side


def _documents(side: Side, unreadable: list[str]) -> dict[str, Document]:
    out: dict[str, Document] = {}
    for path, loaded in side.files.items():
        if not loaded.ok:
            first = loaded.problems[0] if loaded.problems else None
            why = f"dòng {first.line}: {first.message}" if first else "không đọc được"
            unreadable.append(f"{path} ({side.label}): {why}")
            continue
        kind = classify(Path(path), loaded.data)
        if kind in ("program", "plan"):
            doc = Document(path, kind, loaded.data)
            out.setdefault(doc.id, doc)
    return out


def _same(org_id: str) -> str:
    return org_id


def compare(old: Side, new: Side, names=_same) -> DiffResult:
    """Documents added, removed and changed from ``old`` to ``new``; ``names`` shows an org id."""
    result = DiffResult(old.label, new.label)
    before = _documents(old, result.unreadable)
    after = _documents(new, result.unreadable)
    for doc_id in sorted(
        set(before) | set(after), key=lambda i: ((after.get(i) or before[i]).path, i)
    ):
        a, b = before.get(doc_id), after.get(doc_id)
        if a is None:
            result.documents.append(DocDiff(doc_id, b.kind, "added", b.path, title=_title(b)))
        elif b is None:
            result.documents.append(DocDiff(doc_id, a.kind, "removed", a.path, title=_title(a)))
        else:
            changes = document_changes(a, b, names)
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
    return result


def _title(doc: Document) -> str:
    return clean(doc.data.get("title") or "")


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


def document_changes(a: Document, b: Document, names=_same) -> list[Change]:
    out: list[Change] = []
    da, db = a.data, b.data
    simple = [
        ("number", "Số", str),
        ("date", "Ngày ban hành", _date_vi),
        ("title", "Trích yếu", clean),
        ("year", "Năm", str),
        ("period", "Thời hạn", _period_vi),
        ("symbol", "Ký hiệu", str),
        ("place", "Địa danh", str),
    ]
    for key, label, show in simple:
        if da.get(key) != db.get(key):
            old = show(da[key]) if key in da else "(trống)"
            new = show(db[key]) if key in db else "(trống)"
            out.append(Change(key, f"{label}: {old} → {new}", old=da.get(key), new=db.get(key)))
    key = a.issuers_key
    out += _set_change(
        key, "Cơ quan ban hành" if a.kind == "plan" else "Các bên", a.issuers, b.issuers, names
    )
    if a.kind == b.kind:
        out += activity_changes(a, b, names)
    out += _signer_changes(da.get("signers") or [], db.get("signers") or [], names)
    out += _recipient_changes(da.get("recipients") or {}, db.get("recipients") or {})
    return out


def _set_change(kind: str, label: str, old: list, new: list, names=_same) -> list[Change]:
    added = [x for x in new if x not in old]
    removed = [x for x in old if x not in new]
    if not added and not removed:
        return []
    parts = ([f"thêm {', '.join(map(names, added))}"] if added else []) + (
        [f"bỏ {', '.join(map(names, removed))}"] if removed else []
    )
    return [Change(kind, f"{label}: {'; '.join(parts)}", old=old, new=new)]


def signer_text(s: dict) -> str:
    head = " ".join(str(s.get(k)) for k in ("authority", "for") if s.get(k))
    parts = [p for p in (head, s.get("title"), s.get("name")) if p]
    return " ".join(map(str, parts))


def _signer_changes(old: list, new: list, names=_same) -> list[Change]:
    ob = {s.get("org"): s for s in old if isinstance(s, dict)}
    nb = {s.get("org"): s for s in new if isinstance(s, dict)}
    out = []
    for org in list(ob) + [o for o in nb if o not in ob]:
        a, b = ob.get(org), nb.get(org)
        if a == b:
            continue
        if a is None:
            out.append(Change("signers", f"Thêm người ký: {signer_text(b)}", new=b))
        elif b is None:
            out.append(Change("signers", f"Bỏ người ký: {signer_text(a)}", old=a))
        else:
            keys = {k for k in set(a) | set(b) if a.get(k) != b.get(k)}
            was, now = (
                (a.get("name"), b.get("name"))
                if keys == {"name"}
                else (signer_text(a), signer_text(b))
            )
            out.append(
                Change(
                    "signers",
                    f"Người ký ({names(org)}): {was or '(trống)'} → {now or '(trống)'}",
                    old=a,
                    new=b,
                )
            )
    return out


def _recipient_names(rec: dict) -> list[str]:
    names = []
    for group in rec.get("groups") or [] if isinstance(rec, dict) else []:
        for item in (group or {}).get("items") or []:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str):
                names.append(clean(name))
    return names


def _archive(rec: dict) -> str:
    value = rec.get("archive") if isinstance(rec, dict) else None
    return ", ".join(value) if isinstance(value, list) else str(value or "")


def _recipient_changes(old: dict, new: dict) -> list[Change]:
    a, b = _recipient_names(old), _recipient_names(new)
    out = []
    added = [n for n in b if n not in a]
    removed = [n for n in a if n not in b]
    if added:
        out.append(
            Change("recipients", "Nơi nhận: thêm " + "; ".join(f'"{n}"' for n in added), new=added)
        )
    if removed:
        out.append(
            Change(
                "recipients", "Nơi nhận: bỏ " + "; ".join(f'"{n}"' for n in removed), old=removed
            )
        )
    if _archive(old) != _archive(new):
        out.append(
            Change(
                "archive",
                f"Lưu: {_archive(old) or '(trống)'} → {_archive(new) or '(trống)'}",
                old=_archive(old),
                new=_archive(new),
            )
        )
    return out
