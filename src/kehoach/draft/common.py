"""What both drafts share: the ``Draft`` record, finding the program, signer skeletons, and
writing a new file that never replaces an existing one."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from ..model import Document, Repository

TODO = "TODO"


@dataclass
class Draft:
    text: str
    path: Path  # default output path
    notes: list[str] = field(default_factory=list)
    doc_id: str | None = None  # the ``id`` written in the text; None: the file stem


def find_program(repo: Repository, program_id: str) -> Document:
    doc = repo.by_id(program_id)
    if doc is not None and doc.kind == "program":
        return doc
    if program_id in repo.invalid_ids:
        raise KehoachError(
            f'Chương trình "{program_id}" có lỗi lược đồ nên chưa dùng được.',
            hint="Chạy `kehoach validate` và sửa lỗi trước.",
        )
    known = sorted(d.id for d in repo.documents if d.kind == "program")
    what = "là kế hoạch, không phải chương trình" if doc is not None else "không có trong kho"
    hint = (
        f"Các chương trình trong kho: {', '.join(known)}"
        if known
        else "Kho chưa có chương trình nào: tạo bằng `kehoach new program`."
    )
    raise KehoachError(f'"{program_id}" {what}.', hint=hint)


def signer_skeleton(repo: Repository, org_id: str) -> dict:
    org = repo.orgs.get(org_id) or {}
    out: dict = {"org": org_id}
    if org.get("body"):
        out.update({"authority": "TM.", "for": org["body"]})
    out["title"] = org.get("head") or f"{TODO}: chức vụ người ký"
    out["name"] = f"{TODO}: họ tên người ký"
    return out


def write_new(path: Path, text: str) -> None:
    """Create ``path`` with ``text``; never overwrite (exit 2 when it exists)."""
    if path.exists():
        raise KehoachError(
            f"Tệp {path} đã có; kehoach không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc xóa tệp cũ nếu thật sự muốn tạo lại.",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except FileExistsError:
        raise KehoachError(f"Tệp {path} đã có; kehoach không ghi đè.") from None
    except OSError as exc:
        raise KehoachError(f"Không ghi được {path}: {exc.strerror}") from exc


def relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
