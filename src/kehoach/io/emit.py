"""The one output policy of every command: standard output, or a file written safely.

- ``-o -`` or no ``-o``: standard output (text as text, bytes as bytes).
- A file: never a YAML file nor one of the command's sources (nothing a user wrote is replaced);
  the folder must exist (a typo in a path does not silently create folders); a read-only file is
  refused with the reason; a regular file is replaced atomically (temporary file, then rename); a
  device or pipe (``/dev/null``, ``/dev/stdout``) is written directly, never replaced.
- "Đã ghi …" goes to standard error, so standard output stays clean for pipes.

``prepare`` checks the target before any work is done (a PDF is not converted for nothing);
``Target.write`` writes; ``emit`` does both.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import KehoachError
from .atomic import temporary, write_atomic
from .discover import YAML_SUFFIXES
from .discover import display_path as shown

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from .._typing import NamedTuple

STDOUT = "-"


class Target(NamedTuple):
    """Where one output goes: ``path`` None is standard output."""

    path: Path | None

    def write(self, data: str | bytes | Iterable[str | bytes], *, quiet: bool = False) -> None:
        """Write ``data``: text, bytes, or text in pieces (written as they come)."""
        if self.path is None:
            _to_stdout(data)
            return
        raw = _encoded(data)
        try:
            if self.path.exists() and not stat.S_ISREG(self.path.stat().st_mode):
                with open(self.path, "wb") as fh:  # a device or a pipe: write through
                    for piece in [raw] if isinstance(raw, bytes) else raw:
                        fh.write(piece)
            else:
                write_atomic(str(self.path), raw)
        except OSError as exc:
            raise KehoachError(f"Không ghi được {shown(self.path)}: {exc.strerror}") from None
        if not quiet:
            sys.stderr.write(f"Đã ghi {shown(self.path)}\n")


def _encoded(data: str | bytes | Iterable[str | bytes]) -> bytes | Iterator[bytes]:
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        return data.encode("utf-8")
    return (p if isinstance(p, bytes) else p.encode("utf-8") for p in data)


def _to_stdout(data: str | bytes | Iterable[str | bytes]) -> None:
    if isinstance(data, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    elif isinstance(data, str):
        sys.stdout.write(data)
        sys.stdout.flush()
    else:
        for piece in data:
            if isinstance(piece, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(piece)
            else:
                sys.stdout.write(piece)
        sys.stdout.flush()


def is_stdout(output: str | None) -> bool:
    return output is None or output == STDOUT


def prepare(output: str | None, *, sources: Iterable[Path] = (), binary: bool = False) -> Target:
    """Check where ``output`` goes before working; ``KehoachError`` (exit 2) when it cannot."""
    if is_stdout(output):
        if binary and sys.stdout.isatty():
            raise KehoachError("Không in tệp nhị phân ra màn hình.", hint="Ghi ra tệp bằng -o TỆP.")
        return Target(None)
    assert output is not None
    path = Path(output)
    if path.is_dir():
        raise KehoachError(f"{output} là thư mục; cần tên tệp.", hint="Ví dụ: -o out/ket-qua.json")
    resolved = path.resolve()
    for source in sources:
        if source.resolve() == resolved:
            raise KehoachError(
                f"Không ghi đè tệp nguồn: {output}", hint="Chọn tệp kết quả khác với -o."
            )
    if path.suffix.lower() in YAML_SUFFIXES:
        # .yaml, .yml are the repository's data: output never goes there, whether it exists or not
        said = "Không ghi đè tệp YAML" if path.exists() else "Không ghi kết quả ra tệp YAML"
        raise KehoachError(
            f"{said}: {output}",
            hint="Tệp .yaml, .yml là dữ liệu của kho; chọn -o có đuôi khác (.md, .txt, .json…).",
        )
    folder = existing_folder(path)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        return Target(path)  # a device or a pipe: written through
    if path.exists() and not path.stat().st_mode & 0o222:
        raise KehoachError(
            f"Tệp {output} chỉ đọc (read-only); kehoach không ghi đè.",
            hint="Bỏ thuộc tính chỉ đọc hoặc chọn tệp khác với -o.",
        )
    _probe(folder)
    return Target(path)


def existing_folder(path: Path) -> Path:
    """The folder a file named on the command line goes in; ``KehoachError`` (exit 2) when it does
    not exist: a typo in a path does not silently create folders."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise KehoachError(
            f"Không có thư mục {shown(folder)} để ghi {path.name}.",
            hint=f"Tạo thư mục trước: mkdir -p {shown(folder)}",
        )
    return folder


def _probe(folder: Path) -> None:
    """The folder takes a new file (the temporary file of the atomic write): tried, not guessed
    from permission bits, which say nothing of a read-only file system or of root."""
    try:
        fd, tmp = temporary(str(folder))  # as the atomic write will make it
    except OSError as exc:
        raise KehoachError(
            f"Không ghi được vào thư mục {shown(folder)}: {exc.strerror}.",
            hint="Chọn thư mục khác với -o.",
        ) from None
    os.close(fd)
    os.unlink(tmp)


def emit(
    data: str | bytes | Iterable[str | bytes],
    output: str | None,
    *,
    sources: Iterable[Path] = (),
    binary: bool = False,
) -> None:
    """Write ``data`` where ``output`` says (see the module docstring); ``binary``: bytes that a
    terminal cannot show (DOCX, PDF)."""
    prepare(output, sources=sources, binary=binary).write(data)
