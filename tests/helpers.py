"""What the tests share: the project's paths, a minimal repository, building a repository from
texts, loading and validating it, rendering a document, and reading a DOCX back."""

from __future__ import annotations

import functools
import importlib.util
import io
import os
import shutil
import subprocess
import textwrap
import time
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from kehoach.io import yamlfast
from kehoach.render import context
from kehoach.render.document import render
from kehoach.render.run import run_render
from kehoach.validate import run_validate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

ORGS = """\
kind: orgs
orgs:
  - id: td
    name: Tỉnh Đoàn Bình Thuận
    short: Tỉnh Đoàn
    header: BCH TỈNH ĐOÀN BÌNH THUẬN
    code: TĐTN
    system: doan
    place: Bình Thuận
    body: BAN THƯỜNG VỤ TỈNH ĐOÀN
  - id: skhcn
    name: Sở Khoa học và Công nghệ tỉnh Bình Thuận
    short: Sở KH&CN
    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ
    parent: UBND TỈNH BÌNH THUẬN
    code: SKHCN
    system: state
    place: Bình Thuận
"""

# Quảng Ngãi: long header names, a parent line, every kind of signing body
ORGS_QNG = """\
kind: orgs
orgs:
  - id: lhh
    name: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi
    short: Liên hiệp Hội
    header: LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH QUẢNG NGÃI
    parent: UBND TỈNH QUẢNG NGÃI
    code: LHH
    body: BAN THƯỜNG TRỰC
    head: CHỦ TỊCH
    system: association
  - id: td
    name: Tỉnh Đoàn Quảng Ngãi
    short: Tỉnh Đoàn
    header: BCH TỈNH ĐOÀN QUẢNG NGÃI
    code: TĐTN
    body: BAN THƯỜNG VỤ TỈNH ĐOÀN
    head: BÍ THƯ
    system: doan
  - id: skhcn
    name: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi
    short: Sở KH&CN
    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ
    parent: UBND TỈNH QUẢNG NGÃI
    code: SKHCN
    head: GIÁM ĐỐC
    system: state
  - id: ubnd
    name: Ủy ban nhân dân tỉnh Quảng Ngãi
    short: UBND tỉnh
    header: ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
    code: UBND
    body: ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
    head: CHỦ TỊCH
    system: state
"""

# the signature block and Nơi nhận of a document of the three Quảng Ngãi parties of ORGS_QNG (Sở
# KH&CN, Liên hiệp Hội, Tỉnh Đoàn), each signing
SIGNED_QNG = """\
signers:
  - {org: skhcn, title: GIÁM ĐỐC, name: Trần Văn Minh}
  - {org: lhh, authority: TM., for: BAN THƯỜNG TRỰC, title: CHỦ TỊCH, name: Nguyễn Đức Thắng}
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Võ Văn Lâm}
recipients:
  groups:
    - {purpose: b/c, items: [UBND tỉnh]}
  archive: [VT Sở KH&CN, VP Liên hiệp Hội, VP Tỉnh Đoàn]
"""

PLAN = """\
kind: plan
issuers: [td]
date: 2022-01-10
year: 2022
title: Kế hoạch thử
contents:
  activities:
    - id: a1
      title: Hội thi
      lead: td
      support: [skhcn]
      time: 2022-Q2
signers:
  - org: td
    authority: TM.
    for: BAN THƯỜNG VỤ TỈNH ĐOÀN
    title: BÍ THƯ
    name: Nguyễn Văn A
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""


MISSING_BASIS = "bases:\n  - ref: ctph-khong-co\n"  # a program that is not there (KH402)


def numbered_plan(n: int, basis: str = "", time: str = "2022-Q2") -> str:
    """``PLAN`` as plan ``kh-N`` (with the ``bases`` lines ``basis``), its one activity due by
    ``time``."""
    return PLAN.replace(
        "title: Kế hoạch thử", f"id: kh-{n}\n{basis}title: Kế hoạch thử số {n}"
    ).replace("time: 2022-Q2", f"time: {time}")


@functools.cache
def bench_module():
    """``bench/generate.py`` (the seeded repository generator) as a module."""
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_generate(root: Path, files: int, seed: int):
    """A repository of ``files`` generated plans in ``root`` (``bench/generate.py``): what
    ``generate`` returns."""
    return bench_module().generate(root, files, seed)


def fresh_cache(monkeypatch, folder: Path) -> None:
    """A new, empty cache folder for what follows."""
    from kehoach.io import cache

    folder.mkdir(parents=True)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(folder))
    cache.cache_dir.cache_clear()


HOUR_NS = 3600 * 10**9


def made_old(paths) -> None:
    """Set the times of every file of ``paths`` an hour back: none is racy (``io.cachedir``), so
    a run trusts its cache entry on its stamp alone."""
    old = time.time_ns() - HOUR_NS
    for path in paths:
        os.utime(path, ns=(old, old))


def written_old(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, its times then set an hour back: not racy, only its new stamp
    (size, change time) tells the edit."""
    path.write_text(text, encoding="utf-8")
    made_old([path])


def uncached(cli, monkeypatch, *args: str):
    """``cli(*args)`` without any cache (``KEHOACH_NO_CACHE``): what a first run prints."""
    from kehoach.io import cachedir

    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
    cachedir.cache_dir.cache_clear()
    try:
        return cli(*args)
    finally:
        monkeypatch.delenv("KEHOACH_NO_CACHE")
        cachedir.cache_dir.cache_clear()


def compared_repo(kind: str, tmp_path: Path, monkeypatch, own=None) -> Path:
    """A repository to compare a command's outputs on, made in ``tmp_path / kind`` and entered,
    loaded in forked helpers too: a copy of the examples, the agenda test repository, a generated
    one, or ``own(root)``."""
    from agenda_data import agenda_repo

    root = tmp_path / kind
    if kind == "examples":
        shutil.copytree(EXAMPLES, root)
    elif kind == "agenda":
        agenda_repo(root)
    elif kind == "generated":
        bench_generate(root, 40, 5)
    else:
        own(root)
    monkeypatch.chdir(root)
    forked_helpers(monkeypatch)
    return root


def forked_helpers(monkeypatch) -> None:
    """Load even a small repository in forked helpers too, a few files per batch."""
    from kehoach import loadmany

    monkeypatch.setattr(loadmany, "PARALLEL_MIN_FILES", 4)
    monkeypatch.setattr(loadmany, "BATCH", 3)
    monkeypatch.setenv("KEHOACH_JOBS", "2")


def build_tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` under ``root`` (text dedented) and return ``root``."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def signers_plan(root: Path, signers, *, named: bool = True) -> Path:
    """A plan of the Quảng Ngãi bodies (``ORGS_QNG``) signed by ``signers`` — (org, authority,
    title) each, named Nguyễn Văn A, B… unless not ``named`` — in a repository built at ``root``:
    the plan's path."""
    issuers = list(dict.fromkeys(org for org, _, _ in signers))
    lines = "\n".join(
        f"  - {{org: {org}, authority: {auth}, title: {title}"
        + (f", name: Nguyễn Văn {chr(65 + i)}}}" if named else "}")
        for i, (org, auth, title) in enumerate(signers)
    )
    plan = f"""\
kind: plan
issuers: [{", ".join(issuers)}]
date: 2027-01-10
year: 2027
title: Kế hoạch thử
purpose: {{items: [Một ý]}}
signers:
{lines}
recipients:
  groups:
    - items: [Như trên]
  archive: [VT]
"""
    build_tree(
        root, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS_QNG, "plans/kh.yaml": plan}
    )
    return root / "plans/kh.yaml"


def run(paths: list[str] | None = None, *, use_cache: bool = True):
    """``kehoach validate`` of ``paths`` with the repository loaded (``result.repo``)."""
    return run_validate(paths, use_cache=use_cache, need_repo=True)


def render_file(source: Path, fmt: str, output: str) -> None:
    """``kehoach render SOURCE --to FMT -o OUTPUT`` through its use case (the file is written)."""
    result = run_render(Path(source), fmt, output)
    assert not result.failed and result.target is not None, result.problems
    result.target.write(result.data, quiet=True)


def load(path: Path):
    """The document at ``path`` and its repository (the document must be valid)."""
    result = run([str(path)], use_cache=False)
    assert not result.errors, result.errors
    doc = next(d for d in result.repo.documents if Path(d.path).resolve() == path.resolve())
    return doc, result.repo


def rendered(path: Path, fmt: str, **kw) -> bytes:
    return render(*load(path), fmt, **kw)


def view(path: Path, **kw) -> dict:
    doc, repo = load(path)
    return context.build(doc, repo, **kw)


def texts(v: dict) -> list[str]:
    return [
        (b.get("number", b.get("marker", "")) + " " + b["text"]).strip()
        for b in v["blocks"]
        if b["type"] != "activities"
    ]


# -- PDF read back -------------------------------------------------------------------------------


def pdf_pages(pdf: bytes, folder: Path) -> list[str]:
    """The text of each page of a PDF, as poppler lays it out (``pdftotext -layout -f N -l N``)."""
    import re

    path = folder / "pages.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, encoding="utf-8", check=True
    )
    count = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


# -- DOCX read back ------------------------------------------------------------------------------

DT = EXAMPLES / "plans/2021/kh-khcn-2021-tinhdoan-dt.yaml"
KHLT = EXAMPLES / "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
LHH = EXAMPLES / "plans/2023/kh-lhh-thuc-hien-5395.yaml"
CTPH_BT = EXAMPLES / "programs/ctph-2021-2025-tinhdoan-skhcn-bt.yaml"
ALL = sorted(  # every document of the example repository, whatever its kind
    p for p in EXAMPLES.rglob("*.yaml") if p.name not in ("kehoach.yaml", "orgs.yaml")
)
CENTER, JUSTIFY, LEFT = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
    WD_ALIGN_PARAGRAPH.LEFT,
)


def document_xml(data: bytes) -> list[str]:
    """The body of a DOCX as XML text, one paragraph or table row per line (blank lines left
    out): two documents that print the same have the same lines."""
    import re
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    return [ln for ln in re.sub(r"(</w:p>|</w:tr>)", r"\1\n", xml).splitlines() if ln.strip()]


def docx_bytes(path: Path, **kw) -> bytes:
    return rendered(path, "docx", **kw)


def open_docx(path: Path, **kw):
    return docx.Document(io.BytesIO(docx_bytes(path, **kw)))


def blocks(parent, d):
    """Paragraphs and tables of ``parent`` (a body or a cell element) in document order."""
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, d)
        elif child.tag == qn("w:tbl"):
            yield Table(child, d)


def reading_text(parent, d) -> list[str]:
    """Every paragraph's text in reading order: tables row by row, cells left to right."""
    out = []
    for b in blocks(parent, d):
        if isinstance(b, Paragraph):
            out.append(b.text)
        else:
            for row in b.rows:
                for cell in row.cells:
                    out += reading_text(cell._tc, d)
    return out


def top(d):
    return list(blocks(d.element.body, d))


def size(p: Paragraph) -> float:
    sizes = {r.font.size.pt for r in p.runs if r.text}
    assert len(sizes) == 1, (p.text, sizes)
    return sizes.pop()


def all_runs(p: Paragraph, attr: str) -> bool:
    return all(getattr(r, attr) for r in p.runs if r.text)


def no_run(p: Paragraph, attr: str) -> bool:
    return not any(getattr(r, attr) for r in p.runs if r.text)


def has_rule(p: Paragraph) -> bool:
    ppr = p._p.pPr
    return ppr is not None and ppr.find(qn("w:pBdr")) is not None and not p.text


def rule_width(p: Paragraph, box: int) -> int:
    ind = p._p.pPr.find(qn("w:ind"))
    return box - int(ind.get(qn("w:left"))) - int(ind.get(qn("w:right")))


def cell_width(cell) -> int:
    return int(cell._tc.tcPr.find(qn("w:tcW")).get(qn("w:w")))


def nil_borders(table: Table) -> bool:
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    return borders is not None and all(b.get(qn("w:val")) in ("nil", "none") for b in borders)


def escaping_repo(tmp_path: Path) -> Path:
    long_name = "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT " * 4 + '<TỈNH> & "QUỐC TẾ"'
    orgs = ORGS.replace("header: BCH TỈNH ĐOÀN BÌNH THUẬN", f"header: '{long_name}'")
    plan = PLAN.replace(
        "title: Kế hoạch thử", "title: 'Hợp tác <KH&CN> \"đặc biệt\" & ''nháy đơn'' </w:t></w:r>'"
    )
    plan = plan.replace("title: Hội thi", "title: Hội thi A<B & C>D ]]> &amp;")
    plan = plan.replace("items: [TW Đoàn]", "items: ['Sở KH&CN <phối hợp>']")
    return build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": orgs, "plans/kh.yaml": plan}
    )


# ---------------------------------------------------------------- the C YAML loader's line scanner
# held to the libyaml-event loader: tests/unit/test_cyaml_lines*.py
CYAML_BUILD_HINT = (
    "the C YAML loader (src/kehoach/io/_cyaml.c) is not built or is stale: install libyaml-dev "
    "(apt-get install libyaml-dev) and a C compiler, then rerun `make setup`"
)


@functools.cache
def cyaml():
    """The ``_cyaml`` module, set up (``yamlfast._accelerator`` hands it its resolvers)."""
    assert yamlfast._accelerator() is not None, CYAML_BUILD_HINT
    from kehoach.io import _cyaml  # type: ignore[attr-defined]

    return _cyaml


def canon(data) -> list:
    """``data`` as a flat list of (type, value) — ``1`` and ``True``, ``1.0`` and ``1`` differ —
    built without recursion: a thousand nested lists have no ``repr``."""
    out: list = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            out.append(("dict", len(item)))
            for key, value in reversed(list(item.items())):
                stack.append(value)
                stack.append(("key", key))
        elif isinstance(item, list):
            out.append(("list", len(item)))
            stack.extend(reversed(item))
        elif isinstance(item, tuple) and item[:1] == ("key",):
            out.append(item)
        elif type(item) is int:  # an octal or hexadecimal int may have more digits than repr allows
            out.append(("int", hex(item)))
        else:
            out.append((type(item).__name__, repr(item)))
    return out


def load_outcome(load, text: str):
    """What a loader makes of ``text``: its data, or that it gave up — too deep (``Deep``: then
    ``yamlfast.load`` asks the Python loop) or for any other reason (``yamlfast.load`` words every
    other exception ``Unusual``: a parse error, a scalar its resolver refuses, whichever comes
    first)."""
    try:
        data = load(text)
    except yamlfast.Deep:
        return ("gave up", "Deep")
    except Exception:  # noqa: BLE001 - Unusual, PyYAML's errors, a constructor's KeyError
        return ("gave up", "error")
    if data is NotImplemented:
        return ("declined", None)
    return ("data", canon(data))


def read_alike(text: str, *, python: bool = False) -> tuple:
    """The differential property for ``text``; its outcome by ``lines``.

    ``lines`` declines, or gives exactly what ``load_events`` gives, or gives up (raises) where
    ``load_events`` gives up too — and ``load`` (``lines``, else ``load_events``) gives what
    ``load_events`` gives. With ``python``, ``load`` is also held to the Python loop over PyYAML
    (``yamlfast._load``), like ``tests/unit/test_cyaml.py`` holds ``load_events``."""
    c = cyaml()
    events = load_outcome(c.load_events, text)
    fast = load_outcome(c.lines, text)
    if fast[0] == "data":
        assert events == fast, f"lines reads it, libyaml differs: {text!r}"
    elif fast[0] == "gave up":
        assert events == fast, f"lines gave up ({fast[1]}), libyaml gives {events}: {text!r}"
    assert load_outcome(c.load, text) == events, f"load differs from load_events: {text!r}"
    if python and events[1] != "Deep":  # deeper than the C loader builds: the Python loop decides
        slow = load_outcome(yamlfast._load, text)
        # the C loader may give up where the Python loop reads the text: it is linked with the
        # system's libyaml, which may be older than PyYAML's ('[?]' fails in 0.2.5); the slow path
        # then reads the file. Never the reverse, and never other data.
        assert events[0] != "data" or slow[0] == "data", (
            f"load reads it, the Python loop gives up: {text!r}"
        )
        assert events[0] != "data" or events == slow, f"the Python loop differs: {text!r}"
    return fast


def git(root, *args) -> str:
    """Run git in ``root`` as a fixed author; its standard output."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    proc = subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)
    return proc.stdout.decode("utf-8")


def save_workbook(wb, path) -> None:
    """Save an openpyxl workbook. openpyxl names its temporary files through a text-mode
    NamedTemporaryFile (never written): its EncodingWarning (an error under ``make test``,
    ``-X warn_default_encoding``) is the library's."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", EncodingWarning)
        wb.save(path)
