"""``run_render``: from a source file to a rendered document — the source validated first, the
output checked before any work (never over a source, a YAML file or a read-only file)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import KehoachError
from ..io.discover import display_path
from ..io.emit import Target, prepare
from ..model import navigate
from ..problem import Problem
from ..validate import run_validate
from .document import TEXT_FORMATS, render


@dataclass
class RenderResult:
    problems: list[Problem]  # validation problems of the source
    target: Target | None  # where the document goes; None: not rendered (the source has errors)
    data: bytes | None = None

    @property
    def failed(self) -> bool:
        return self.data is None


def default_output(source: Path, fmt: str, output: str | None) -> str:
    """``-o`` as given, ``<stem>.<fmt>`` in the working directory, or inside a given folder."""
    name = f"{source.stem}.{fmt}"
    if output is None:
        return str(Path.cwd() / name)
    if output != "-" and Path(output).is_dir():
        return str(Path(output) / name)
    return output


def run_render(
    source: Path, fmt: str, output: str | None, *, draft: bool = False, template: str | None = None
) -> RenderResult:
    if source.is_dir():
        raise KehoachError(f"{source} là thư mục; `render` cần một tệp chương trình hoặc kế hoạch")
    if not source.is_file():
        raise KehoachError(f"Không tìm thấy tệp: {source}")
    out = default_output(source, fmt, output)
    if out == "-" and fmt not in TEXT_FORMATS:
        raise KehoachError(f"Không in được {fmt} ra màn hình; chỉ txt, md, html dùng được `-o -`")
    target = prepare(out, sources=[source], binary=fmt not in TEXT_FORMATS)
    result = run_validate([str(source)], need_repo=True)
    if result.errors:
        return RenderResult(result.problems, None)
    assert result.repo is not None
    doc = next(
        (d for d in result.repo.documents if Path(d.path).resolve() == source.resolve()), None
    )
    if doc is None:
        raise KehoachError(
            f"{display_path(source)} không phải chương trình (`kind: program`) hay kế hoạch "
            "(`kind: plan`) nên không xuất văn bản được"
        )
    result.repo.require_usable(ref for _, ref in navigate.cited_refs(doc))
    data = render(doc, result.repo, fmt, draft=draft, template=template)
    return RenderResult(result.problems, target, data)
