"""Who signs and who receives: signer blocks compared per org (each field named, blocks shown with
their lines separated), Nơi nhận compared per group (names added, removed, moved between groups,
notes) and the archive line."""

from __future__ import annotations

from collections.abc import Callable

from ..vocab import clean, quoted
from .change import Change
from .generic import Walker, canon

SIGNER_FIELDS = (
    ("authority", "thẩm quyền"),
    ("for", "ký cho"),
    ("title", "chức vụ"),
    ("name", "họ và tên"),
)
PURPOSE_VI = {
    "b/c": "để báo cáo",
    "t/h": "để thực hiện",
    "p/h": "để phối hợp",
    "đ/b": "để biết",
    "": "không ghi mục đích",
}


def signer_text(s: dict) -> str:
    """A signer block as its printed lines, separated: 'TM. BAN THƯỜNG VỤ / BÍ THƯ / Nguyễn Văn A'."""
    head = " ".join(clean(s.get(k)) for k in ("authority", "for") if s.get(k))
    parts = [p for p in (head, clean(s.get("title")), clean(s.get("name"))) if p]
    return " / ".join(parts)


def _keyed(items: list, field: str) -> dict[tuple[object, int], dict]:
    """Dicts of ``items`` by (their ``field``, its n-th occurrence)."""
    out: dict[tuple[object, int], dict] = {}
    for s in items:
        if not isinstance(s, dict):
            continue
        key, n = s.get(field), 1
        while (key, n) in out:
            n += 1
        out[(key, n)] = s
    return out


def signer_changes(
    old: object, new: object, names: Callable[[str], str] = str, kind: str = "plan"
) -> list[Change]:
    if not isinstance(old, list) or not isinstance(new, list):
        return Walker(kind, names).walk(old, new, ("signers",), ["Người ký"])
    ob, nb = _keyed(old, "org"), _keyed(new, "org")
    out = []
    for key in list(ob) + [k for k in nb if k not in ob]:
        a, b = ob.get(key), nb.get(key)
        if a is None and b is not None:
            out.append(Change("signers", f"Thêm người ký: {signer_text(b)}", new=b))
        elif b is None and a is not None:
            out.append(Change("signers", f"Bỏ người ký: {signer_text(a)}", old=a))
        elif a is not None and b is not None and canon(a) != canon(b):
            parts = [
                f"{label} {clean(a.get(k)) or '(trống)'} → {clean(b.get(k)) or '(trống)'}"
                for k, label in SIGNER_FIELDS
                if canon(a.get(k)) != canon(b.get(k))
            ]
            # one field: say which; several: the two blocks, each quoted, its lines separated
            text = (
                parts[0]
                if len(parts) == 1
                else f"{quoted(signer_text(a))} → {quoted(signer_text(b))}"
                if parts
                else "đổi cách ghi"
            )
            out.append(Change("signers", f"Người ký ({names(str(key[0]))}): {text}", old=a, new=b))
    common_old = [k for k in ob if k in nb]
    common_new = [k for k in nb if k in ob]
    if common_old != common_new:
        order = ", ".join(names(str(k[0])) for k in common_new)
        out.append(Change("signers_order", f"Đổi thứ tự các khối chữ ký: {order}"))
    if not out and canon(old) != canon(new):  # entries that are not signer blocks
        out = Walker(kind, names).walk(old, new, ("signers",), ["Người ký"])
    return out


def _entries(rec: object) -> list[tuple[str, str, str]]:
    """(group purpose, name, note) of every recipient, in order."""
    out = []
    groups = rec.get("groups") if isinstance(rec, dict) else None
    for group in groups if isinstance(groups, list) else []:
        if not isinstance(group, dict):
            continue
        purpose = p if isinstance(p := group.get("purpose"), str) else ""
        for item in group.get("items") or []:
            name = item.get("name") if isinstance(item, dict) else item
            note = item.get("note") if isinstance(item, dict) else None
            out.append((purpose, clean(name), clean(note)))
    return out


def _archive(rec: object) -> str:
    value = rec.get("archive") if isinstance(rec, dict) else None
    return ", ".join(map(str, value)) if isinstance(value, list) else clean(value)


def _group(purpose: str) -> str:
    return f"nhóm {purpose or '(không ghi)'} ({PURPOSE_VI.get(purpose, purpose)})"


def recipient_changes(old: object, new: object, kind: str = "plan") -> list[Change]:
    a, b = _entries(old), _entries(new)
    where_a = {name: purpose for purpose, name, _ in a}
    where_b = {name: purpose for purpose, name, _ in b}
    out = []
    added = [n for _, n, _ in b if n not in where_a]
    removed = [n for _, n, _ in a if n not in where_b]
    if added:
        out.append(
            Change("recipients", "Nơi nhận: thêm " + "; ".join(quoted(n) for n in added), new=added)
        )
    if removed:
        out.append(
            Change(
                "recipients", "Nơi nhận: bỏ " + "; ".join(quoted(n) for n in removed), old=removed
            )
        )
    for name, purpose in where_b.items():
        if name in where_a and where_a[name] != purpose:
            out.append(
                Change(
                    "recipients",
                    f"Nơi nhận: {quoted(name)} chuyển từ {_group(where_a[name])} sang {_group(purpose)}",
                    old=where_a[name],
                    new=purpose,
                )
            )
    notes_a = {n: note for _, n, note in a}
    for _, name, note in b:
        if name in notes_a and notes_a[name] != note:
            out.append(
                Change(
                    "recipients",
                    f'Nơi nhận: ghi chú của {quoted(name)}: "{notes_a[name]}" → "{note}"',
                    old=notes_a[name],
                    new=note,
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
    if not out and canon(old) != canon(new):
        # same names, groups and notes: the groups or names were reordered, or a purpose changed
        rest = Walker(kind).walk(old, new, ("recipients",), ["Nơi nhận"])
        out += rest or [Change("recipients", "Nơi nhận: đổi thứ tự", old=old, new=new)]
    return out
