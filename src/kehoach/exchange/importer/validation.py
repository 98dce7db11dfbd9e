"""Validate a draft as ``kehoach validate`` would, before anything is written, and mend what the
source itself got wrong.

The draft is checked in a scratch copy of the repository: its ``kehoach.yaml``, its ``orgs.yaml``
with the proposed orgs added (so a draft validates as soon as the proposals are copied into
``orgs.yaml``), and the documents the draft cites by ``ref``. Errors that come from the source
document (a time outside the plan's year, a total that does not add up, a signer's authority that
does not fit the title, no archive line…) are mended by moving the doubtful value into a
``# TODO`` comment, and the draft is checked again.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml

from ._kernel import Problem, validate_files
from .draft import Draft
from .repository import Repo

_MAX_ROUNDS = 3


def _orgs_text(repo: Repo, draft: Draft) -> str:
    if not draft.proposals and repo.orgs_text:
        return repo.orgs_text
    orgs = [dict(o) for o in repo.orgs]
    for p in draft.proposals:
        entry = {
            "id": p.id,
            "name": p.name,
            "header": p.header,
            "code": p.code or "TODO",
            "system": p.system,
        }
        if p.parent:
            entry["parent"] = p.parent
        if p.place:
            entry["place"] = p.place
        orgs.append(entry)
    if not orgs:
        return "kind: orgs\norgs: []\n"
    return yaml.safe_dump({"kind": "orgs", "orgs": orgs}, allow_unicode=True, sort_keys=False)


def check(text: str, draft: Draft, repo: Repo, stem: str) -> list[Problem]:
    """Every problem ``kehoach validate`` reports for the draft ``text`` (paths point at ``stem``)."""
    refs = {b.get("ref") for b in draft.data.get("bases") or [] if isinstance(b, dict)}
    with tempfile.TemporaryDirectory(prefix="kehoach-import-") as tmp:
        root = Path(tmp)
        (root / "kehoach.yaml").write_text(
            repo.settings_text or "kind: settings\n", encoding="utf-8"
        )
        (root / "orgs.yaml").write_text(_orgs_text(repo, draft), encoding="utf-8")
        for doc in repo.docs:
            if doc.id in refs:
                target = root / "cited" / f"{doc.path.stem}.yaml"
                target.parent.mkdir(exist_ok=True)
                target.write_text(doc.path.read_text(encoding="utf-8"), encoding="utf-8")
        path = root / f"{stem}.yaml"
        path.write_text(text, encoding="utf-8")
        found = validate_files([str(path)])
        mine = path.resolve()
        return [p for p in found if Path(p.path).resolve() == mine]


def _parent(data, path: tuple):
    node = data
    for step in path[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _move_to_todo(draft: Draft, path: tuple, why: str) -> bool:
    parent = _parent(draft.data, path)
    last = path[-1] if path else None
    if not isinstance(parent, dict) or last not in parent:
        return False
    value = parent.pop(last)
    where = path[:-1] + (next(iter(parent)),) if parent else path[:-1]
    draft.todo(where, f"{why}; văn bản ghi {last}: {value}")
    return True


def mend(draft: Draft, problems: list[Problem]) -> bool:
    """Fix what can be fixed; True when the draft changed."""
    changed = False
    for p in problems:
        if p.level != "error":
            continue
        path = tuple(p.json_path or ())
        if p.code in ("KH406", "KH407", "KH414") and path and path[-1] == "time":
            changed |= _move_to_todo(draft, path, p.message)
        elif p.code == "KH411":
            budget = draft.data.get("budget")
            if isinstance(budget, dict) and "total" in budget:
                changed |= _move_to_todo(draft, ("budget", "total"), p.message)
        elif p.code == "KH410":
            rec = draft.data.setdefault("recipients", {})
            if not rec.get("archive"):
                rec["archive"] = ["VT"]
                draft.todo(("recipients", "archive"), "văn bản không ghi dòng lưu; kiểm tra")
                changed = True
        elif p.code == "KH412" and len(path) >= 2 and path[0] == "signers":
            signer = _parent(draft.data, path[:2] + ("x",))
            if isinstance(signer, dict) and "authority" in signer:
                moved = {k: signer.pop(k) for k in ("authority", "for") if k in signer}
                draft.todo(path[:2] + ("title",), f"{p.message}; văn bản ghi {moved}")
                changed = True
    return changed


def validate(draft: Draft, repo: Repo, stem: str, render) -> tuple[str, list[Problem]]:
    """The final text of the draft and its remaining problems (``render`` writes the text)."""
    text = render(draft)
    problems = check(text, draft, repo, stem)
    for _ in range(_MAX_ROUNDS):
        if not any(p.level == "error" for p in problems) or not mend(draft, problems):
            break
        text = render(draft)
        problems = check(text, draft, repo, stem)
    return text, problems
