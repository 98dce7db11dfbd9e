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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ... import viet
from ...errors import KehoachError
from ...problem import Problem
from ...timeexpr import TimeError, parse_time
from ...validate import run_validate
from ...vocab import BUDGET_TOTAL
from .draft import Draft
from .kept_words import Lost
from .repository import Repo

_MAX_ROUNDS = 3


def _orgs_text(repo: Repo, drafts: list[Draft]) -> str:
    proposals = {p.id: p for d in drafts for p in d.proposals}
    if not proposals and repo.orgs_text:
        return repo.orgs_text
    orgs = [dict(o) for o in repo.orgs]
    for p in proposals.values():
        entry = {"id": p.id, "name": p.name, "header": p.header, "code": p.code or "TODO",
                 "system": p.system}  # fmt: skip
        if p.parent:
            entry["parent"] = p.parent
        if p.place:
            entry["place"] = p.place
        orgs.append(entry)
    if not orgs:
        return "kind: orgs\norgs: []\n"
    return yaml.safe_dump({"kind": "orgs", "orgs": orgs}, allow_unicode=True, sort_keys=False)


@dataclass
class Job:
    """One draft to validate: ``render`` writes its text; ``text``, ``problems`` are the outcome."""

    draft: Draft
    stem: str
    render: Callable[[Draft], str]
    result: object = None  # the caller's record of this file
    text: str = ""
    problems: list[Problem] = field(default_factory=list)
    reprint: str = ""  # the draft printed as text (``render --to txt``) when it has no error
    lost: list[Lost] = field(default_factory=list)  # the source's words it did not hold


def check(jobs: list[Job], repo: Repo, batch: list[Draft] | None = None) -> None:
    """Validate the drafts of ``jobs`` together, as ``kehoach validate`` would, and give each
    job its own problems; ``batch``: every draft of the run, whose proposed orgs are known."""
    refs = {
        b.get("ref") for j in jobs for b in j.draft.data.get("bases") or [] if isinstance(b, dict)
    } | {j.draft.data.get("attached_to") for j in jobs}
    with tempfile.TemporaryDirectory(prefix="kehoach-import-") as tmp:
        root = Path(tmp)
        (root / "kehoach.yaml").write_text(
            repo.settings_text or "kind: settings\n", encoding="utf-8"
        )
        orgs = _orgs_text(repo, batch if batch is not None else [j.draft for j in jobs])
        (root / "orgs.yaml").write_text(orgs, encoding="utf-8")
        stems = {j.stem for j in jobs}
        shown: dict[str, str] = {}  # a path of this folder → the path the user knows
        for doc in repo.docs:
            if doc.id in refs and doc.id not in stems:  # a draft of this batch stands for it
                source = Path(doc.path)
                target = root / "cited" / f"{source.stem}.yaml"
                target.parent.mkdir(exist_ok=True)
                target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
                shown[str(target)] = doc.path  # a message names the repository's file
        paths: dict[Path, Job] = {}
        for job in jobs:
            path = root / "drafts" / f"{job.stem}.yaml"
            path.parent.mkdir(exist_ok=True)
            path.write_text(job.text, encoding="utf-8")
            paths[path.resolve()] = job
            job.problems, job.reprint = [], ""
            shown[str(path)] = str(getattr(job.result, "output", None) or f"{job.stem}.yaml")
        result = run_validate([str(root / "drafts")], use_cache=False, jobs=1, need_repo=True)
        for doc in result.repo.documents:
            printed = paths.get(Path(doc.path).resolve())
            if printed is not None:
                printed.reprint = _printed(doc, result.repo)
        for p in result.problems:
            found = paths.get(Path(p.path).resolve())
            if found is None:
                continue
            job = found
            if p.code == "KH404" and root.name in p.message:
                # two documents of this batch share a number: worth a warning, not a failure
                other = p.message.rsplit(" ", 1)[-1]
                twin = paths.get(Path(other).resolve())
                name = getattr(twin.result, "output", None) if twin else None
                message = p.message.replace(
                    other, f"bản nháp {name or Path(other).name} cùng lần nhập"
                )
                p = Problem(p.path, p.line, p.col, p.code, "warning", message, p.json_path)
            if str(root) in p.message or str(root.resolve()) in p.message:
                p = Problem(p.path, p.line, p.col, p.code, p.level, _shown(p.message, shown),
                            p.json_path)  # fmt: skip
            job.problems.append(p)


def _shown(message: str, shown: dict[str, str]) -> str:
    """``message`` naming the files the user knows, not the folder drafts are checked in."""
    for path, name in sorted(shown.items(), key=lambda kv: -len(kv[0])):
        for form in (path, str(Path(path).resolve())):
            message = message.replace(form, name)
    return message


def _printed(doc, repo) -> str:
    """``doc`` as ``kehoach render --to txt`` prints it; '' when it cannot be printed."""
    from ...render.document import render  # the templates, only once drafts are checked

    try:
        return render(doc, repo, "txt").decode("utf-8")
    except KehoachError:  # a template of the repository that fails: checked no further
        return ""


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


def _times(data: dict) -> list:
    acts = (data.get("contents") or {}).get("activities") or []
    sched = (data.get("reviews") or {}).get("schedule") or []
    return [x["time"] for x in [*acts, *sched] if isinstance(x, dict) and "time" in x]


def _widen(draft: Draft) -> bool:
    """A plan whose title names one year but whose activities run past it covers a period: the
    year becomes ``period`` from the first to the last year its times name (once)."""
    data = draft.data
    year = data.get("year")
    if draft.kind != "plan" or not isinstance(year, int):
        return False
    years = [year]
    for value in _times(data):
        try:
            t = parse_time(value)
        except TimeError:
            continue
        if t.start and t.end:
            years += [t.start.year, t.end.year]
    lo, hi = min(years), max(years)
    if lo == hi or hi - lo > 10:
        return False
    items = list(data.items())
    data.clear()
    for k, v in items:
        data[k if k != "year" else "period"] = v if k != "year" else {"from": lo, "to": hi}
    draft.todo(("period",), f"văn bản ghi năm {year}; thời hạn suy ra từ thời gian các hoạt động")
    return True


def mend(draft: Draft, problems: list[Problem]) -> bool:
    """Fix what can be fixed; True when the draft changed."""
    changed = False
    outside = [
        p for p in problems if p.code == "KH406" and tuple(p.json_path or ())[-1:] == ("time",)
    ]
    if outside and _widen(draft):
        return True  # checked again with the period before anything else is touched
    for p in problems:
        if p.level != "error":
            continue
        path = tuple(p.json_path or ())
        if p.code in ("KH406", "KH407", "KH414") and path and path[-1] == "time":
            changed |= _move_to_todo(draft, path, p.message)
        elif p.code == "KH411":
            budget = draft.data.get("budget")
            if isinstance(budget, dict) and isinstance(total := budget.get("total"), int):
                # the total typed stays in the print as the document's words (a section with
                # nothing under its heading before); the number goes to the TODO, to check
                label = budget.pop("total_label", None) or BUDGET_TOTAL
                if budget.get("print_total") is not False:  # else kept as typed already
                    budget.setdefault("paragraphs", []).append(
                        f"{label}: {viet.money(total)} đồng."
                    )
                changed |= _move_to_todo(draft, ("budget", "total"), p.message)
        elif p.code == "KH410":
            rec = draft.data.setdefault("recipients", {})
            if not rec.get("archive"):
                rec["archive"] = "TODO: dòng lưu (văn bản không ghi), ví dụ VT, VP"
                changed = True
        elif p.code == "KH202" and len(path) >= 2:
            # a key the importer should not have written: its value kept in a TODO, the draft
            # valid (a reader's slip must never leave a draft that cannot be printed)
            changed |= _move_to_todo(draft, path[:-1], p.message)
        elif p.code == "KH412" and len(path) >= 2 and path[0] == "signers":
            signer = _parent(draft.data, path[:2] + ("x",))
            if isinstance(signer, dict) and "authority" in signer:
                moved = {k: signer.pop(k) for k in ("authority", "for") if k in signer}
                draft.todo(path[:2] + ("title",), f"{p.message}; văn bản ghi {moved}")
                changed = True
    return changed


def validate_all(jobs: list[Job], repo: Repo) -> list[Job]:
    """Write, validate and mend every draft; a handful of validation runs for the whole batch (a
    draft checked again is checked with the orgs every draft of the batch proposes)."""
    for job in jobs:
        job.text = job.render(job.draft)
    pending = list(jobs)
    drafts = [j.draft for j in jobs]
    for round_ in range(_MAX_ROUNDS + 1):
        if not pending:
            break
        check(pending, repo, drafts)
        again = []
        for job in pending:
            if round_ < _MAX_ROUNDS and any(p.level == "error" for p in job.problems):
                if mend(job.draft, job.problems):
                    job.text = job.render(job.draft)
                    again.append(job)
        pending = again
    return jobs
