"""The words of the source a draft does not print (``kept_words``) kept in it: an import never
drops what was typed, whatever the reading missed."""

from __future__ import annotations

from .assemble import ordered
from .kept_words import lost_words
from .orgs import unplaced_names
from .repository import Repo
from .validation import Job, check


def keep_lost(jobs: list[Job], repo: Repo) -> None:
    """The words of each source its draft lost (``kept_words``, in ``Job.lost``): added to the
    draft's "Nội dung chưa xếp được" with a TODO, and the drafts changed checked again — an
    import never drops what was typed, whatever the reading missed."""
    for job in jobs:
        if not job.reprint:  # not printable (an error left): the reader has TODOs to go by
            continue
        names = [n for o in [*repo.orgs, *(vars(p) for p in job.draft.proposals)]
                 for n in (o.get("name"), o.get("short"), o.get("header"), o.get("seen_as"))
                 if isinstance(n, str)]  # fmt: skip
        names += unplaced_names(repo.orgs)
        job.lost = lost_words(job.draft.source, [job.reprint, job.text], job.draft.skipped, names)
        if job.lost:
            job.draft.keep_unplaced(
                [piece.text for piece in job.lost],
                "chữ của văn bản gốc mà bản nháp không in ra (kehoach không đọc được chỗ của "
                "nó): chuyển đúng chỗ hoặc xóa",
            )
            ordered(job.draft.data)
            job.text = job.render(job.draft)
    if any(job.lost for job in jobs):
        check([job for job in jobs if job.lost], repo)
