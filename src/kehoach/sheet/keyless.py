"""What ``update`` says of a row without a usable key (the hidden “Khóa” column): a line the user
added (no key, an activity of the repository not named) is told that activities are added in the
plan's YAML file; an exported row whose key was altered or emptied, that its key is damaged."""

from __future__ import annotations

from ..model import Document, Repository, navigate
from .read import SheetRow

__all__ = ["added_lines", "keyless", "user_added"]

SHOWN = 10  # new lines each named in a message of its own; more are one message


def user_added(repo: Repository, row: SheetRow) -> bool:
    """``row``, whose key cannot be read, is a line the user added (not an exported row whose key
    was damaged)."""
    return row.added and not _exported(repo, row)


def added_lines(repo: Repository, rows: list[SheetRow]) -> list[str]:
    """The problems of the lines the user added: each its own (``keyless``) up to ``SHOWN``, else
    one naming the first of them and counting the rest — 10,000 lines pasted are not 10,000
    messages."""
    if len(rows) <= SHOWN:
        return [keyless(repo, row) for row in rows]
    named = ", ".join(row.where for row in rows[:SHOWN])
    more = f"{len(rows) - SHOWN:,}".replace(",", ".")
    total = f"{len(rows):,}".replace(",", ".")
    return [
        f"{named} và {more} dòng khác: {total} dòng thêm mới không được nhận: thêm hoạt động vào "
        "tệp YAML của kế hoạch rồi xuất lại bảng tính (`kehoach export`)"
    ]


def keyless(repo: Repository, row: SheetRow) -> str:
    """The problem of ``row``, whose key cannot be read, with its place (``Hoạt động!6``)."""
    if user_added(repo, row):
        title = row.locked_text("title")
        named = f" “{title}”" if title else ""
        doc = _document(repo, row)
        where = f" ({doc.path})" if doc is not None else ""
        return (
            f"{row.where}: dòng thêm mới{named} không được nhận: thêm hoạt động vào tệp YAML của "
            f"kế hoạch{where} rồi xuất lại bảng tính (`kehoach export`)"
        )
    return (
        f"{row.where}: khóa của dòng bị sửa hoặc mất (cột ẩn “Khóa”); "
        "không biết dòng này là hoạt động nào"
    )


def _document(repo: Repository, row: SheetRow) -> Document | None:
    """The document the row's “Văn bản” cell names (by id), when the repository has it."""
    doc_id = row.locked_text("document")
    return repo.by_id(doc_id) if doc_id else None


def _exported(repo: Repository, row: SheetRow) -> bool:
    """The row's “Văn bản” and “Mã hoạt động” name an activity of the repository: an exported row
    whose key was emptied, not a line the user added."""
    doc, act_id = _document(repo, row), row.locked_text("id")
    if doc is None or not act_id:
        return False
    return any(act.get("id") == act_id for _, act in navigate.activities(doc))
