"""validate stands for the other commands: a document that validates without errors renders in
every format. Documents are the examples cut down and mutated at random (keys dropped anywhere,
lists emptied or shortened, texts replaced by awkward ones, numbers zeroed); those that still pass
the schema and every repository check must render to txt, md, html and docx without any error."""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES
from kehoach import checks, schema
from kehoach.io.discover import classify
from kehoach.io.yamlio import read
from kehoach.model import Repository
from kehoach.render.document import render

FILES = {
    p.relative_to(EXAMPLES).as_posix(): read(str(p)).data for p in sorted(EXAMPLES.rglob("*.yaml"))
}
DOCUMENTS = sorted(r for r in FILES if r.startswith(("plans/", "programs/")))
TEXTS = ["A", 'Hội thi <B & C> "x"', "dòng một\ndòng hai", "{{ x }} {% y %}", "…", "50%", "./."]
FORMATS = ("txt", "md", "html", "docx")


@dataclass
class _File:
    path: Path
    shown: str
    kind: str
    data: object
    schema_ok: bool = True
    slim: bool = False  # the whole document, as ``render`` loads it
    kept: object = None
    tail: bytes | None = None


def _repo(changed: str, data: dict) -> Repository:
    files = []
    for rel, value in FILES.items():
        value = data if rel == changed else value
        path = EXAMPLES / rel
        files.append(_File(path, rel, classify(path, value), value))
    return Repository.from_files(EXAMPLES, files)


def _positions(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _positions(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _positions(v, path + (i,))


@st.composite
def mutated_document(draw):
    rel = draw(st.sampled_from(DOCUMENTS))
    data = copy.deepcopy(FILES[rel])
    for _ in range(draw(st.integers(1, 4))):
        spots = list(_positions(data))
        path, node = draw(st.sampled_from(spots))
        if not path:
            continue
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        op = draw(st.sampled_from(["drop", "empty", "text", "zero", "shorten"]))
        if op == "drop":
            del parent[key]
        elif op == "empty" and isinstance(node, (list, dict)):
            parent[key] = type(node)()
        elif op == "text" and isinstance(node, str):
            parent[key] = draw(st.sampled_from(TEXTS))
        elif op == "zero" and isinstance(node, int) and not isinstance(node, bool):
            parent[key] = 0
        elif op == "shorten" and isinstance(node, list) and node:
            parent[key] = node[: draw(st.integers(0, len(node) - 1))]
    return rel, data


def _valid(rel: str, data: dict, repo: Repository) -> bool:
    kind = classify(Path(rel), data)
    if kind not in ("plan", "program") or schema.validate(kind, data, rel):
        return False
    found = checks.run_repo_checks(repo)
    return not any(p.level == "error" and p.path == rel for p in found)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_document())
def test_what_validates_renders_in_every_format(case):
    rel, data = case
    repo = _repo(rel, data)
    if not _valid(rel, data, repo):
        return
    doc = next(d for d in repo.documents if d.path == rel)
    for fmt in FORMATS:
        out = render(doc, repo, fmt, draft=True)
        assert out, fmt
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(out)) as z:
                assert "word/document.xml" in z.namelist()
        else:
            assert "./." in out.decode("utf-8")


def test_a_plan_without_any_body_section_renders():
    """The case that used to fail with "zip() argument 2 is longer than argument 1"."""
    rel = "plans/2022/kh-2022-tinhdoan-bt.yaml"
    data = {
        k: v
        for k, v in FILES[rel].items()
        if k not in ("purpose", "contents", "budget", "implementation", "reviews", "closing")
        and k not in ("extra_sections", "preamble")
    }
    repo = _repo(rel, data)
    assert _valid(rel, data, repo)
    doc = next(d for d in repo.documents if d.path == rel)
    for fmt in FORMATS:
        assert render(doc, repo, fmt)
