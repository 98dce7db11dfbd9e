"""Output of ``kehoach diff``: short Vietnamese lines, or JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .semdiff import KIND, DiffResult, short


def org_names(start: Path):
    """A function showing an org id as its short name, from the repository's orgs.yaml."""
    from ..repo import ORGS_FILE, find_root
    from ..yamlio import read

    loaded = read(str(find_root(start) / ORGS_FILE))
    names: dict[str, str] = {}
    if loaded.ok and isinstance(loaded.data, dict):
        for org in loaded.data.get("orgs") or []:
            if isinstance(org, dict) and isinstance(org.get("id"), str):
                names[org["id"]] = str(org.get("short") or org.get("name") or org["id"])
    return lambda org_id: names.get(org_id, str(org_id))


def shown(top: Path, rel: str) -> str:
    try:
        return os.path.relpath(top / rel)
    except ValueError:
        return str(top / rel)


def as_text(result: DiffResult, top: Path) -> str:
    lines = [f"So sánh {result.old} → {result.new}"]
    for doc in result.documents:
        kind = KIND.get(doc.kind, doc.kind)
        title = f' "{short(doc.title, 80)}"' if doc.title else ""
        if doc.status == "added":
            lines.append(f"+ {shown(top, doc.path)}: thêm {kind}{title}")
        elif doc.status == "removed":
            lines.append(f"- {shown(top, doc.path)}: bỏ {kind}{title}")
        else:
            moved = f" (chuyển từ {shown(top, doc.old_path)})" if doc.old_path else ""
            lines.append(f"~ {shown(top, doc.path)}{moved}: {kind}{title}")
            lines.extend(f"  {c.text}" for c in doc.changes)
    for item in result.unreadable:
        lines.append(f"! {item}")
    if not result.documents:
        lines.append("Không có thay đổi nào về chương trình, kế hoạch.")
    return "\n".join(lines) + "\n"


def as_json(result: DiffResult, top: Path) -> str:
    docs = []
    for doc in result.documents:
        item = doc.as_dict()
        item["path"] = shown(top, doc.path)
        if doc.old_path:
            item["old_path"] = shown(top, doc.old_path)
        docs.append(item)
    out = {
        "old": result.old,
        "new": result.new,
        "documents": docs,
        "unreadable": result.unreadable,
        "summary": {
            s: sum(d.status == s for d in result.documents) for s in ("added", "removed", "changed")
        },
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
