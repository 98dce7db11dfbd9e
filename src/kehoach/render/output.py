"""From a source file to a written document: validate first, choose where the output goes (never
over a source), render, write atomically or to stdout."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..cache import write_output
from ..errors import KehoachError
from ..formatters import parsable
from ..repo import YAML_SUFFIXES, display_path
from . import TEXT_FORMATS, render


@dataclass
class Outcome:
    problems: str = ""  # validation problems, parsable, for stderr
    failed: bool = False  # the document has errors: nothing was written
    written: str = ""  # the path written, as shown to the user
    data: bytes | None = None  # the document, when it goes to stdout


def target(source: Path, fmt: str, output: str | None) -> Path | None:
    """Where to write: ``None`` for stdout; refuses a source file or a YAML file."""
    if output == "-":
        if fmt not in TEXT_FORMATS:
            raise KehoachError(
                f"Không in được {fmt} ra màn hình; chỉ txt, md, html dùng được `-o -`"
            )
        return None
    name = f"{source.stem}.{fmt}"
    out = Path(output) if output else Path.cwd() / name
    if out.is_dir():
        out = out / name
    if out.suffix.lower() in YAML_SUFFIXES or (out.exists() and out.resolve() == source.resolve()):
        raise KehoachError(f"Không ghi đè tệp nguồn: {out}", hint="Chọn tệp kết quả khác với -o.")
    if not out.parent.is_dir():
        raise KehoachError(f"Không có thư mục {out.parent} để ghi {out.name}")
    return out


def render_file(
    source: Path, fmt: str, output: str | None, *, draft: bool = False, template: str | None = None
) -> Outcome:
    from ..validate import run

    if source.is_dir():
        raise KehoachError(f"{source} là thư mục; `render` cần một tệp chương trình hoặc kế hoạch")
    if not source.is_file():
        raise KehoachError(f"Không tìm thấy tệp: {source}")
    out = target(source, fmt, output)
    result = run([str(source)])
    shown = parsable(result.problems, result.files)
    if result.errors:
        return Outcome(shown, failed=True)
    doc = next(
        (d for d in result.repo.documents if Path(d.path).resolve() == source.resolve()), None
    )
    if doc is None:
        raise KehoachError(
            f"{display_path(source)} không phải chương trình (`kind: program`) hay kế hoạch "
            "(`kind: plan`) nên không xuất văn bản được"
        )
    data = render(doc, result.repo, fmt, draft=draft, template=template)
    if out is None:
        return Outcome(shown, data=data)
    try:
        write_output(str(out), data)
    except OSError as exc:
        raise KehoachError(f"Không ghi được {out}: {exc.strerror}") from None
    return Outcome(shown, written=display_path(out.resolve()))
