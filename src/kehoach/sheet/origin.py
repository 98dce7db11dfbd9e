"""Which repository a workbook was exported from, and whether the one ``update`` writes into is
that repository.

The export records, in the hidden ``kehoach`` sheet, the repository's folder name (for people: a
colleague's clone may live in a folder of any name, so it is never compared) and, when the
repository is in git, the commit checked out and the root commits of its history. Every clone of
a repository — on another machine, in another folder — has the same root commits; a repository
started on its own (``kehoach init``, files copied into a new ``git init``) has others. So:

- none of the documents the workbook's rows name (by file, or by the id in “Văn bản”) is in this
  repository: the workbook is another repository's — one message, not one per row;
- both repositories in git, their histories without a common root: another repository that
  happens to hold documents of the same names (the same template, the same examples) — refused,
  ``--force`` writes it anyway (a history made anew, ``git init`` again, of the same repository);
- the commit of the export is not in this repository: the workbook came from a clone with commits
  not pulled here, or a copy that went its own way — written, with a warning (rows of files
  changed since are matched by activity id, and their cells compared with the export's values).

A repository not in git (on either side), a shallow clone, or a workbook exported before the
commits were recorded: only the first test applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..io import git
from ..model import Repository
from .read import SheetRow

__all__ = ["Origin", "origin_rows", "read_origin", "foreign", "history", "OTHER_HINT"]

_HEAD, _ROOTS = "git_head", "git_roots"


@dataclass(frozen=True)
class Origin:
    """What the ``kehoach`` sheet says of the repository of the export."""

    folder: str = ""
    head: str = ""  # the commit checked out ('' outside git)
    roots: tuple[str, ...] = ()  # the root commits of its history


def origin_rows(root: Path) -> list[tuple[str, str]]:
    """The rows of the ``kehoach`` sheet that say which repository ``root`` is."""
    found = git.lineage(root)
    head, roots = found if found else ("", ())
    return [("repository", root.name), (_HEAD, head), (_ROOTS, " ".join(roots))]


def read_origin(meta: dict[str, str]) -> Origin:
    """The origin the ``kehoach`` sheet records (``Read.meta``; empty fields when it records
    none: a workbook exported before the commits were recorded)."""
    return Origin(
        meta.get("repository", ""), meta.get(_HEAD, ""), tuple(meta.get(_ROOTS, "").split())
    )


def _where(origin: Origin) -> str:
    return f" (thư mục “{origin.folder}”)" if origin.folder else ""


def foreign(origin: Origin, rows: Iterable[SheetRow], repo: Repository) -> str | None:
    """The message when none of the documents the rows name is in ``repo``: neither the file of a
    key nor a document of the id in the “Văn bản” cell (rows without a key are not counted)."""
    root = repo.root.resolve()
    named: dict[str, None] = {}
    for row in rows:
        if row.key is None:
            continue
        doc_id = row.locked_text("document")
        path = (root / row.key.file).resolve()
        if (path.is_relative_to(root) and path.is_file()) or (doc_id and repo.by_id(doc_id)):
            return None
        named[doc_id or row.key.file] = None
    if not named:
        return None
    names = sorted(named)
    shown = ", ".join(names[:3]) + (f" và {len(names) - 3} văn bản khác" if len(names) > 3 else "")
    return (
        f"bảng tính được xuất từ một kho khác{_where(origin)}: không văn bản nào bảng nêu ({shown}) "
        f"có trong kho này ({root})"
    )


# after the refusal of ``history``: what to do
OTHER_HINT = (
    "chạy lệnh trong kho đã xuất bảng tính (hay một bản sao của nó: git clone), hoặc --force nếu "
    "chắc đây là cùng một kho (lịch sử git đã được tạo lại)"
)


def history(origin: Origin, root: Path) -> tuple[str | None, str | None]:
    """(refusal, warning) from the git histories: refused when the workbook's repository and
    ``root``'s share no root commit; a warning when they do but the commit of the export is not
    in ``root``'s repository."""
    here = git.lineage(root) if origin.roots else None
    if here is None:
        return None, None
    if not set(here[1]) & set(origin.roots):
        return (
            f"bảng tính được xuất từ một kho khác{_where(origin)}: lịch sử git của kho ấy (bắt đầu "
            f"từ commit {_short(origin.roots)}) và của kho này ({root}, bắt đầu từ commit "
            f"{_short(here[1])}) không chung gốc, dù có văn bản cùng tên"
        ), None
    if origin.head and not git.has_commit(root, origin.head):
        return None, (
            f"bảng tính được xuất từ kho{_where(origin)} lúc ở commit {origin.head[:10]}, commit "
            "kho này không có (bản sao có commit chưa kéo về — git pull —, hay đã rẽ nhánh riêng): "
            "văn bản đã thay đổi từ lúc ấy được đối chiếu theo mã hoạt động và giá trị lúc xuất"
        )
    return None, None


def _short(commits: tuple[str, ...]) -> str:
    return ", ".join(c[:10] for c in commits)
