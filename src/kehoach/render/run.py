"""``run_render``: from a source file to a rendered document — the source validated first, the
output checked before any work (never over a source, a YAML file or a read-only file)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from ..io.discover import display_path
from ..io.emit import Target, prepare
from ..model import Document, Repository, navigate
from ..problem import Problem
from ..validate import run_validate
from . import handoff, pdf
from .document import TEXT_FORMATS, render


@dataclass
class RenderResult:
    problems: list[Problem]  # validation problems of the source
    target: Target | None  # where the document goes; None: not rendered (the source has errors)
    data: bytes | None = None
    notes: list[str] = field(default_factory=list)  # one line each, for stderr (fonts of a PDF)
    extra: list[tuple[Target, str]] = field(default_factory=list)  # files beside the document
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.data is None


def default_output(source: Path, fmt: str, output: str | None) -> str:
    """``-o`` as given, ``<stem>.<fmt>`` in the working directory, or inside a given folder
    (``-o out/`` names a folder: it must exist, it is never taken for a file name)."""
    name = f"{source.stem}.{fmt}"
    if output is None:
        return str(Path.cwd() / name)
    if output != "-" and (Path(output).is_dir() or output.endswith(("/", os.sep))):
        return str(Path(output) / name)  # a missing folder is refused by emit.prepare
    return output


def run_render(
    source: Path,
    fmt: str,
    output: str | None,
    *,
    draft: bool = False,
    template: str | None = None,
    pdf_a: bool = False,
    metadata: bool = False,
) -> RenderResult:
    if source.is_dir():
        raise KehoachError(f"{source} là thư mục; `render` cần một tệp chương trình hoặc kế hoạch")
    if not source.is_file():
        raise KehoachError(f"Không tìm thấy tệp: {source}")
    out = default_output(source, fmt, output)
    check_options(fmt, pdf_a=pdf_a, metadata=metadata)
    target = prepare(out, sources=[source], binary=fmt not in TEXT_FORMATS)
    beside = _metadata_target(source, out) if metadata else None
    result = run_validate([str(source)], need_repo=True)
    own = own_problems(result.problems, source)
    assert result.repo is not None
    # a broken kehoach.yaml or orgs.yaml stops every command with its own first error, before the
    # document's problems that follow from it (KH417: no orgs to check the ids against)
    result.repo.require_usable()
    if any(p.level == "error" for p in own):
        return RenderResult(own, None)
    doc = find_document(result.repo, source)
    result.repo.require_usable(ref for _, ref in navigate.cited_refs(doc))
    data = render(doc, result.repo, fmt, draft=draft, template=template, pdf_a=pdf_a)
    note = pdf.font_note() if fmt == "pdf" else None
    done = RenderResult(own, target, data, [note] if note else [])
    if beside is not None:
        text, done.warnings = handoff.metadata(doc, result.repo, data, Path(out).name)
        done.extra.append((beside, text))
    return done


def own_problems(problems: list[Problem], source: Path) -> list[Problem]:
    """The problems of ``source`` itself: validate FILE also reports the files that depend on it
    (a plan citing this program), which do not change what this document prints."""
    real = source.resolve()
    return [p for p in problems if Path(p.path).resolve() == real]


def find_document(repo: Repository, source: Path) -> Document:
    """The document ``source`` holds; ``KehoachError`` when it holds none (orgs.yaml…)."""
    real = source.resolve()
    doc = next((d for d in repo.documents if Path(d.path).resolve() == real), None)
    if doc is None:
        raise not_a_document(source)
    return doc


def not_a_document(source: Path) -> KehoachError:
    return KehoachError(
        f"{display_path(source)} không phải văn bản (`kind:` program, plan, decision, rules, "
        "report) nên không xuất văn bản được"
    )


def check_options(fmt: str, *, pdf_a: bool, metadata: bool) -> None:
    if pdf_a and fmt != "pdf":
        raise KehoachError("`--pdf-a` chỉ dùng với `--to pdf`")
    if metadata and fmt != "pdf":
        raise KehoachError("--metadata chỉ dùng với --to pdf (vị trí chữ ký đo trên tệp PDF)")


def _metadata_target(source: Path, out: str) -> Target:
    """Where the hand-off metadata of a PDF goes: beside it, ``<name>.json``."""
    if out == "-":
        raise KehoachError("--metadata cần tệp PDF (-o TỆP.pdf) để ghi tệp .json bên cạnh")
    return prepare(str(Path(out).with_suffix(".json")), sources=[source])
