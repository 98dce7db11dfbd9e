"""``run_render_many``: several documents at once (``kehoach render A.yaml B.yaml plans/ --to pdf
-o out/``), each into ``<folder>/<tên tệp>.<đuôi>``.

A folder given stands for every document file under it (as ``validate`` walks it: hidden folders,
``templates/`` and the repository's ``exclude`` left out; ``kehoach.yaml`` and ``orgs.yaml`` are
not documents). Every target is checked before any work; each repository is validated once for
all its files asked for; a file with errors, or one that cannot be rendered, is reported and
skipped while the others are rendered. For PDF every DOCX goes through ONE LibreOffice process
(``pdf.convert_many``): LibreOffice starts once instead of once per document.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from ..io.discover import ORGS_FILE, SETTINGS_FILE, discover, display_path, find_root
from ..io.emit import Target, prepare
from ..model import Document, Repository, navigate
from ..problem import Problem
from ..validate import run_validate
from . import document, handoff, pdf
from .run import check_options, not_a_document


@dataclass
class Rendered:
    """One source of a batch: rendered (``data``), or not (its ``problems`` or ``error``)."""

    source: Path
    target: Target
    named: bool = True  # named on the command line (False: found in a folder)
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None  # why it was not rendered, when its problems do not say
    data: bytes | None = None
    beside: Target | None = None  # where the hand-off .json goes (--metadata)
    extra: list[tuple[Target, str]] = field(default_factory=list)  # files beside the document
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.data is None


@dataclass
class BatchResult:
    items: list[Rendered]
    notes: list[str] = field(default_factory=list)  # once for the batch (fonts of the PDFs)

    @property
    def failed(self) -> list[Rendered]:
        return [item for item in self.items if item.failed]


def is_batch(paths: list[str]) -> bool:
    """More than one path, or a folder: several documents into one folder."""
    return len(paths) > 1 or any(Path(p).is_dir() for p in paths)


def run_render_many(
    paths: list[str],
    fmt: str,
    output: str | None,
    *,
    draft: bool = False,
    template: str | None = None,
    pdf_a: bool = False,
    metadata: bool = False,
) -> BatchResult:
    check_options(fmt, pdf_a=pdf_a, metadata=metadata)
    found = sources(paths)
    folder = output_folder(output)
    result = BatchResult(_targets(found, folder, fmt, metadata))
    ready: list[tuple[Rendered, Document, Repository]] = []
    quiet: list[Rendered] = []
    for repo, doc, item in _validated(result.items):
        if doc is None:
            if not item.named:  # found in a folder: a valid file that is no document
                quiet.append(item)
            item.error = not_a_document(item.source).message
            continue
        try:
            repo.require_usable(ref for _, ref in navigate.cited_refs(doc))
        except KehoachError as exc:
            item.error = exc.message
            continue
        ready.append((item, doc, repo))
    if quiet:
        skipped = {id(item) for item in quiet}
        result.items = [item for item in result.items if id(item) not in skipped]
        if not result.items:
            raise KehoachError("Không có văn bản nào (chương trình, kế hoạch…) để xuất")
    rendered = _render(ready, fmt, draft=draft, template=template)
    if fmt == "pdf" and rendered:
        _convert(rendered, pdf_a=pdf_a, metadata=metadata)
        note = pdf.font_note()
        result.notes = [note] if note else []
    return result


def sources(paths: list[str]) -> list[tuple[Path, bool]]:
    """The files asked for, in order, each once: ``(path, named)``; a folder gives its documents
    (``named`` False)."""
    out: list[tuple[Path, bool]] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise KehoachError(f"Không tìm thấy tệp: {given}")
        if path.is_dir():
            scope = discover([given])
            inside = sorted(
                Path(f)
                for f in scope.targets
                if os.path.basename(f) not in (SETTINGS_FILE, ORGS_FILE)
            )
            if not inside:
                raise KehoachError(f"Thư mục {given} không có tệp văn bản (.yaml) nào")
            found = [(f, False) for f in inside]
        else:
            found = [(path, True)]
        for file, named in found:
            real = file.resolve()
            if real not in seen:
                seen.add(real)
                out.append((file, named))
    return out


def output_folder(output: str | None) -> Path:
    """Where several documents go: ``-o`` must be an existing folder (default: the working
    directory); a file name, ``-`` or a missing folder is refused (exit 2) before any work."""
    if output is None:
        return Path.cwd()
    example = "Ví dụ: mkdir -p out && kehoach render plans/ --to pdf -o out/"
    if output == "-":
        raise KehoachError(
            "Xuất nhiều văn bản thì không in ra màn hình được (-o -); -o phải là một thư mục.",
            hint=example,
        )
    path = Path(output)
    if path.is_dir():
        return path
    if path.exists():
        raise KehoachError(
            f"{output} là tệp, không phải thư mục; xuất nhiều văn bản thì -o phải là một thư mục "
            "(mỗi văn bản một tệp <tên tệp>.<đuôi> trong đó).",
            hint=example,
        )
    raise KehoachError(
        f"Không có thư mục {output}; xuất nhiều văn bản thì -o phải là một thư mục có sẵn.",
        hint=f"Tạo thư mục trước: mkdir -p {output.rstrip('/' + os.sep) or output}",
    )


def _targets(
    found: list[tuple[Path, bool]], folder: Path, fmt: str, metadata: bool
) -> list[Rendered]:
    """Each source's output, checked before any work; two sources of the same name are refused
    (one would replace the other's output)."""
    every = [source for source, _ in found]
    by_name: dict[str, Path] = {}
    items = []
    for source, named in found:
        name = f"{source.stem}.{fmt}"
        if name in by_name:
            raise KehoachError(
                f"{display_path(by_name[name])} và {display_path(source)} cùng cho ra "
                f"{name} trong {display_path(folder)}; tệp sau sẽ ghi đè tệp trước.",
                hint="Đổi tên một tệp, hoặc xuất riêng từng tệp với -o TỆP.",
            )
        by_name[name] = source
        item = Rendered(source, prepare(str(folder / name), sources=every, binary=True), named)
        if metadata:  # the hand-off file beside the PDF
            item.beside = prepare(str(folder / f"{source.stem}.json"), sources=every)
        items.append(item)
    return items


def _validated(
    items: list[Rendered],
) -> Iterator[tuple[Repository, Document | None, Rendered]]:
    """``(repo, document or None, item)`` for each item without errors, its problems set; each
    repository is validated once for all its files asked for (problems and documents are looked
    up by path once, not once per file)."""
    groups: dict[Path, list[Rendered]] = {}
    for item in items:
        groups.setdefault(find_root(item.source.parent), []).append(item)
    for group in groups.values():
        result = run_validate([str(item.source) for item in group], need_repo=True)
        assert result.repo is not None
        # a broken kehoach.yaml or orgs.yaml stops with its own first error (as for one file)
        result.repo.require_usable()
        problems: dict[Path, list[Problem]] = {}
        for problem in result.problems:
            problems.setdefault(Path(problem.path).resolve(), []).append(problem)
        docs = {Path(d.path).resolve(): d for d in result.repo.documents}
        for item in group:
            real = item.source.resolve()
            item.problems = problems.get(real, [])
            if not any(p.level == "error" for p in item.problems):
                yield result.repo, docs.get(real), item


def _render(
    ready: list[tuple[Rendered, Document, Repository]],
    fmt: str,
    *,
    draft: bool,
    template: str | None,
) -> list[tuple[Rendered, Document, Repository]]:
    """The bytes of each document (for PDF, the DOCX to convert); the templates of a repository
    are compiled once. A template error stops only its document."""
    renderers: dict[int, Callable[..., bytes]] = {}
    done = []
    family = "docx" if fmt == "pdf" else fmt
    for item, doc, repo in ready:
        make = renderers.setdefault(id(repo), document.batch(repo))
        try:
            item.data = make(doc, family, draft=draft, template=template)
        except KehoachError as exc:
            item.error = exc.message
            continue
        done.append((item, doc, repo))
    return done


def _convert(
    rendered: list[tuple[Rendered, Document, Repository]], *, pdf_a: bool, metadata: bool
) -> None:
    """Every DOCX to PDF in one LibreOffice process; then each PDF's hand-off file."""
    converted = pdf.convert_many(
        [(item.source.stem, item.data or b"") for item, _, _ in rendered], pdf_a=pdf_a
    )
    for (item, doc, repo), result in zip(rendered, converted, strict=True):
        item.data = result.data
        if result.data is None:
            item.error = result.error
            continue
        if metadata and item.beside is not None:
            name = f"{item.source.stem}.pdf"
            text, item.warnings = handoff.metadata(doc, repo, result.data, name)
            item.extra.append((item.beside, text))
