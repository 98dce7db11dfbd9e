"""What the plans already written for the year of a new draft carry (``Already``): a second ``new
plan`` of a year — the same command run again, a supplementary plan, another party's plan — does
not copy again the work one of them took up, which would then be two pieces of work (KH431: ``due``
reminds of it twice, a report counts it and its money twice).

Taken up: an activity of an earlier plan carried over (``carried_from: {plan: …}``), an activity
of the program carried out, directly or through the plans it continues (``carried_from: {program:
…}``, ``carry.program_roots``), and a recurring activity of last year repeated (a new activity, no
``carried_from``: the same title and lead in a plan of the year sharing an issuer)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Document, navigate
from ..model.carry import key as activity_key
from ..model.carry import source
from .carry import Carried

__all__ = ["Already"]


def _same(title: object) -> str:
    return " ".join(str(title or "").split()).casefold()


class Already:
    """The work the plans ``year_plans`` (of the draft's year, citing ``program``) carry;
    ``root``: the program activity an activity carries out (``carry.program_roots``);
    ``issuers``: the draft's."""

    def __init__(
        self,
        year_plans: Iterable[Document],
        program: Document,
        root: Callable[[dict], tuple[str, str] | None],
        issuers: list[str],
    ) -> None:
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
        self.left: list[Document] = []  # the plan that took up each activity the draft left out

    def _taken(self, item: Carried) -> Document | None:
        if item.doc.kind == "program":
            return self.program.get(activity_key(item.act))
        if item.repeat:
            return self._titles.get((_same(item.act.get("title")), item.act.get("lead")))
        return self._sources.get((item.doc.id, activity_key(item.act)))

    def keep(self, items: list[Carried]) -> list[Carried]:
        """``items`` (carried over, repeated, the program's) less those a plan of the year took
        up already, each noted (``left``)."""
        out = []
        for item in items:
            if (plan := self._taken(item)) is not None:
                self.left.append(plan)
            else:
                out.append(item)
        return out

    def note(self) -> str | None:
        """What the draft left to the plans of the year, and how to go on; None when nothing."""
        if not self.left:
            return None
        paths = ", ".join(sorted({d.path for d in self.left}))
        return (
            f"Không chép lại {len(self.left)} hoạt động mà kế hoạch đã có của năm ({paths}) đã "
            "chuyển tiếp, thực hiện hay lặp lại: mỗi việc một lần. Muốn soạn lại kế hoạch ấy thì "
            "sửa ngay tệp đó (hoặc xóa nó rồi chạy lại lệnh)."
        )
