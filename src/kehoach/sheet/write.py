"""``apply_update``: write the files ``run_update`` edited, all or nothing."""

from __future__ import annotations

from ..errors import KehoachError
from ..io.atomic import write_atomic
from ..io.discover import display_path
from ..io.writable import refuse_read_only
from .rows import file_hash
from .updates import FileUpdate, UpdateResult

__all__ = ["apply_update"]


def apply_update(result: UpdateResult) -> list[str]:
    """Write every edited file, all or nothing: each file is checked unchanged since it was read,
    then replaced atomically; if one cannot be written, those already written are put back."""
    if not result.ok:
        raise KehoachError("Bảng tính còn lỗi; không ghi tệp nào.")
    for f in result.files:
        if file_hash(f.path) != f.sha:
            raise KehoachError(
                f"{display_path(f.path)} vừa bị sửa trong lúc cập nhật; không ghi tệp nào.",
                hint="Chạy lại lệnh.",
            )
        refuse_read_only(f.path, display_path(f.path))  # before any file is written
    done: list[FileUpdate] = []
    try:
        for f in result.files:
            write_atomic(str(f.path), f.data(f.new_text))
            done.append(f)
    except OSError as exc:
        for f in done:
            try:
                write_atomic(str(f.path), f.data(f.old_text))
            except OSError:
                pass
        raise KehoachError(
            f"Không ghi được {display_path(f.path)}: {exc.strerror}; các tệp đã ghi được trả lại như cũ."
        ) from None
    return [display_path(f.path) for f in done]
