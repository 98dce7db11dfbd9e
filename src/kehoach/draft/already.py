"""What the plans already written carry, which a new draft does not copy again — it would then be
two pieces of work (KH431: ``due`` reminds of it twice, a report counts it and its money twice).

``Already``: the plans of the draft's own year. A second ``new plan`` of a year — the same command
run again, a supplementary plan, another party's plan — does not copy again the work one of them
took up: an activity of an earlier plan carried over (``carried_from: {plan: …}``), an activity of
the program carried out, directly or through the plans it continues (``carried_from: {program:
…}``, ``carry.program_roots``), and a recurring activity of last year repeated (a new activity, no
``carried_from``: the same title and lead in a plan of the year sharing an issuer).

``Earlier``: the plans of the years before. An activity of the program that one of them carried
out is not copied from the program again: it was done or cancelled, or it goes on, carried over
by the next plan of the party whose plan it is — another party's, or the draft's own, which
carries it over itself (``carry.unfinished``). A recurring one (``every``) is the program's again
each year, unless last year's edition is still going on at the year's end (carried over).

Each note says what was left out and which file holds it."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document, navigate
from ..model.carry import key as activity_key
from ..model.carry import source
from ..model.progress import state_at
from ..timeexpr import parse_time
from .carry import Carried, Root, program_copies, recurring_keys

__all__ = ["Already", "Earlier"]


def _same(title: object) -> str:
    return " ".join(str(title or "").split()).casefold()


def _title(act: dict) -> str:
    return '"' + " ".join(str(act.get("title") or "").split()) + '"'


def _listed(left: list[tuple[str, Document]]) -> str:
    """'"A", "B" (plans/x.yaml); "C" (plans/y.yaml)': the titles left out, by the file holding
    them, in the order met."""
    by_path: dict[str, list[str]] = {}
    for what, doc in left:
        by_path.setdefault(doc.path, []).append(what)
    return "; ".join(f"{', '.join(titles)} ({path})" for path, titles in by_path.items())


class Already:
    """The work the plans ``year_plans`` (of the draft's year, citing ``program``) carry;
    ``root``: the program activity an activity carries out (``carry.program_roots``);
    ``issuers``: the draft's."""

    def __init__(
        self, year_plans: Iterable[Document], program: Document, root: Root, issuers: list[str]
    ) -> None:
        self._root = root
        self._program = program.id
        # (plan or program id, activity key) of what they carry over or out -> the plan
        self._sources: dict[tuple[str, str], Document] = {}
        # the keys of the program's activities they carry out, directly or down a chain
        self.program: dict[str, Document] = {}
        # (title, lead) of the activities of the plans sharing an issuer with the draft
        self._titles: dict[tuple[str, object], Document] = {}
        for doc in year_plans:
            shares = bool(set(doc.issuers) & set(issuers))
            for _, act in navigate.activities(doc):
                if (found := source(act)) is not None:
                    self._sources.setdefault(found, doc)
                if (top := root(act)) is not None and top[0] == program.id:
                    self.program.setdefault(top[1], doc)
                if shares:
                    self._titles.setdefault((_same(act.get("title")), act.get("lead")), doc)
        # each activity the draft left out (its title), with the plan that took it up
        self.left: list[tuple[str, Document]] = []

    def _taken(self, item: Carried) -> Document | None:
        if item.doc.kind == "program":
            return self.program.get(activity_key(item.act))
        if item.repeat:
            return self._titles.get((_same(item.act.get("title")), item.act.get("lead")))
        found = self._sources.get((item.doc.id, activity_key(item.act)))
        if found is None and (top := self._root(item.act)) is not None and top[0] == self._program:
            # carried over from another party's copy of a program activity (the Tỉnh Đoàn's and
            # the Liên hiệp Hội's 2028 plans both carried it out): a plan of the year that
            # carries it on, from either copy, has it
            found = self.program.get(top[1])
        return found

    def keep(self, items: list[Carried]) -> list[Carried]:
        """``items`` (carried over, repeated, the program's) less those a plan of the year took
        up already, each noted (``left``)."""
        out = []
        for item in items:
            if (plan := self._taken(item)) is not None:
                self.left.append((_title(item.act), plan))
            else:
                out.append(item)
        return out

    def note(self) -> str | None:
        """What the draft left to the plans of the year, where, and how to go on; None when
        nothing."""
        if not self.left:
            return None
        return (
            f"Không chép lại {len(self.left)} hoạt động mà kế hoạch đã có của năm đã chuyển tiếp, "
            f"thực hiện hay lặp lại (mỗi việc một lần): {_listed(self.left)}. Muốn soạn lại kế "
            "hoạch ấy thì sửa ngay tệp đó (hoặc xóa nó rồi chạy lại lệnh)."
        )


# how the latest copy of a program's activity stood at the end of the year before the draft's
_STATE = {"done": "đã hoàn thành", "cancelled": "đã hủy"}


class Earlier:
    """The activities of ``program`` that a plan of ``plans`` of a year before ``year`` carried
    out (``root``: ``carry.program_roots``), each with its latest copy."""

    def __init__(self, plans: Iterable[Document], program: Document, root: Root, year: int):
        self.year = year
        end = parse_time(year - 1).end
        recurring = recurring_keys(program)
        # program activity key -> (plan year, the plan, its copy) of the latest copy
        self._latest: dict[str, tuple[int, Document, dict]] = {}
        for y, doc, act, k in program_copies(plans, program, root, year):
            # a recurring activity: only last year's edition still going on is carried on
            if k in recurring and (
                y != year - 1
                or act.get("status") == "done"
                or state_at(act, end) not in ("planned", "in_progress")
            ):
                continue
            if k not in self._latest or y > self._latest[k][0]:
                self._latest[k] = (y, doc, act)
        self._end = end
        # each activity the draft left out: its title, the plan of its latest copy, how it stood
        self.left: list[str] = []

    def keep(self, items: list[Carried]) -> list[Carried]:
        """``items`` (the program's activities of the year) less those an earlier plan carried
        out, each noted (``left``)."""
        out = []
        for item in items:
            found = self._latest.get(activity_key(item.act))
            if found is None:
                out.append(item)
                continue
            _, doc, copy = found
            state = state_at(copy, self._end)
            how = _STATE.get(state, f"chưa hoàn thành đến hết năm {self.year - 1}")
            self.left.append(f"{_title(item.act)} ({doc.path}: {how})")
        return out

    def note(self) -> str | None:
        """What the draft did not copy from the program, and which plan carried it out."""
        if not self.left:
            return None
        return (
            f"Không chép từ chương trình {len(self.left)} hoạt động mà kế hoạch năm trước đã thực "
            f"hiện (mỗi việc một lần; việc chưa hoàn thành do kế hoạch năm {self.year} của bên ấy "
            f"chuyển tiếp): {'; '.join(self.left)}."
        )
