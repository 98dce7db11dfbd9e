"""``run_site``: every page of the overview site, as ``{relative path: bytes}``; ``write_site``
puts them in a folder (a folder kehoach made before is refreshed, any other non-empty folder is
refused: nothing a user made is overwritten)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..due.formats import FORMATS as DUE_FORMATS
from ..errors import KehoachError
from ..io.atomic import write_atomic
from ..io.discover import display_path
from ..output import Style
from ..problem import Problem
from ..render.document import batch
from .data import SiteData, gather
from .entities import area_page, areas_index, document_page, parties_index, party_page
from .html import CSS
from .pages import documents_index, home, search_page, slug, timeline_index, timeline_page
from .svg import svg

__all__ = ["SiteResult", "run_site", "write_site", "MARKER"]

MARKER = ".kehoach-site.json"


@dataclass
class SiteResult:
    files: dict[str, bytes] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # documents whose rendering failed, and why
    errors: int = 0
    pages: int = 0
    left_out: list[Problem] = field(default_factory=list)  # first error of each file not read


def _text(result: SiteResult, rel: str, text: str) -> None:
    result.files[rel] = text.encode("utf-8")
    result.pages += rel.endswith(".html")


def _document_files(
    doc, data: SiteData, result: SiteResult, render, with_docx: bool
) -> dict[str, str]:
    base = slug(doc.id)
    files: dict[str, str] = {}
    try:
        result.files[f"van-ban/{base}.ban-in.html"] = render(doc, "html")
        files["html"] = f"{base}.ban-in.html"
        if with_docx:
            result.files[f"van-ban/{base}.docx"] = render(doc, "docx")
            files["docx"] = f"{base}.docx"
    except KehoachError as exc:
        result.skipped.append(f"{doc.path}: {exc.message}")
    source = Path(doc.path)
    for fmt in ("docx", "pdf"):  # a signed or scanned copy kept beside the YAML file
        beside = source.with_suffix(f".{fmt}")
        if beside.is_file() and fmt not in files:
            result.files[f"van-ban/{base}.{fmt}"] = beside.read_bytes()
            files[fmt] = f"{base}.{fmt}"
    return files


def run_site(paths: list[str] | None, today: date, *, with_docx: bool = False) -> SiteResult:
    data = gather(paths, today)
    result = SiteResult(errors=data.errors, left_out=data.left_out)
    result.files["style.css"] = CSS.lstrip().encode("utf-8")
    _text(result, "index.html", home(data))
    _text(result, "tim-kiem.html", search_page(data))
    _text(result, "van-ban/index.html", documents_index(data))
    render = batch(data.repo)
    for doc in data.docs:
        files = _document_files(doc, data, result, render, with_docx)
        _text(result, f"van-ban/{slug(doc.id)}.html", document_page(doc, data, files))
    _text(result, "dong-thoi-gian/index.html", timeline_index(data))
    for tl in data.timelines:
        _text(result, f"dong-thoi-gian/{slug(tl.key)}.html", timeline_page(tl, data))
        chart = '<?xml version="1.0" encoding="UTF-8"?>\n' + svg(tl) + "\n"
        result.files[f"dong-thoi-gian/{slug(tl.key)}.svg"] = chart.encode("utf-8")
    _text(result, "don-vi/index.html", parties_index(data))
    ics = DUE_FORMATS["ics"]
    for p in data.parties:
        _text(result, f"don-vi/{slug(p.org)}.html", party_page(p, data))
        agenda = data.agenda
        items = [i for i in data.party_items(p.org) if _in_feed(i, data.today)]
        calendar = ics.write(_replace(agenda, items), Style())
        result.files[f"don-vi/{slug(p.org)}.ics"] = (
            calendar if isinstance(calendar, bytes) else calendar.encode("utf-8")
        )
    _text(result, "noi-dung/index.html", areas_index(data))
    for area, acts in data.areas:
        _text(
            result,
            f"noi-dung/{slug(area.program)}--{slug(area.id)}.html",
            area_page(area, acts, data),
        )
    return result


FEED_DAYS_BACK, FEED_DAYS_AHEAD = 90, 366


def _in_feed(item, today: date) -> bool:
    """A party's calendar: the coming year, the last three months, and whatever is overdue."""
    days = (item.date - today).days
    return days <= FEED_DAYS_AHEAD and (days >= -FEED_DAYS_BACK or item.is_overdue(today))


def _replace(agenda, items):
    from dataclasses import replace

    return replace(agenda, items=items)


def write_site(result: SiteResult, out: Path) -> list[str]:
    """Write the site into ``out``; returns the files removed from a previous build."""
    marker = out / MARKER
    previous: list[str] = []
    parent = out.resolve().parent
    if not out.exists() and not parent.is_dir():  # the site's folder is made, never its parents
        raise KehoachError(
            f"Không có thư mục {display_path(parent)} để tạo {out.name}.",
            hint=f"Tạo thư mục trước: mkdir -p {display_path(parent)}",
        )
    if out.exists():
        if not out.is_dir():
            raise KehoachError(f"{display_path(out)} là tệp, không phải thư mục.")
        if marker.is_file():
            try:
                previous = list(json.loads(marker.read_text(encoding="utf-8")).get("files", []))
            except (ValueError, AttributeError):
                previous = []
        elif any(out.iterdir()):
            raise KehoachError(
                f"Thư mục {display_path(out)} đã có tệp không do kehoach tạo; không ghi vào đó.",
                hint="Chọn thư mục trống hoặc thư mục mới với -o.",
            )
    try:
        for rel, data in sorted(result.files.items()):
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(str(path), data)
        removed = []
        for rel in previous:
            path = out / rel
            if (
                rel not in result.files
                and path.is_file()
                and out.resolve() in path.resolve().parents
            ):
                path.unlink()
                removed.append(rel)
        write_atomic(
            str(marker), json.dumps({"files": sorted(result.files)}, ensure_ascii=False).encode()
        )
    except OSError as exc:
        raise KehoachError(f"Không ghi được vào {display_path(out)}: {exc.strerror}") from None
    for folder in sorted({(out / r).parent for r in removed}, reverse=True):
        if folder != out and folder.is_dir() and not any(folder.iterdir()):
            shutil.rmtree(folder, ignore_errors=True)
    return removed
