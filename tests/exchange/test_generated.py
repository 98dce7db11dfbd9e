"""Property test on generated documents: for any seed of the benchmark's generator (programs and
plans of every shape), render every document to DOCX, import the folder in one batch, put the
drafts in place of the originals: the repository still validates and every document prints
the same DOCX body as before, and the same words in plain text (so every word of the source is
in the draft)."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import bench_generate, document_xml, run
from kehoach.exchange.importer import run_import
from kehoach.render.document import render


@settings(
    max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000))
def test_generated_documents_round_trip(tmp_path_factory, seed):
    tmp = tmp_path_factory.mktemp("gen")
    root = tmp / "kho"
    bench_generate(root, 8, seed=seed)
    before = run([str(root)], use_cache=False)
    docs = {d.id: d for d in before.repo.documents}
    word = tmp / "word"
    word.mkdir()
    for doc in docs.values():
        (word / f"{doc.id}.docx").write_bytes(render(doc, before.repo, "docx"))
    (tmp / "out").mkdir(exist_ok=True)
    result = run_import([str(word)], output=str(tmp / "out"), repo_root=str(root))
    assert result.count("failed") == 0, result.problems
    copy = tmp / "copy"
    shutil.copytree(root, copy)
    for f in result.files:
        original = Path(docs[Path(f.source).stem].path).resolve()
        (copy / original.relative_to(root.resolve())).write_text(f.text, encoding="utf-8")
    after = run([str(copy)], use_cache=False)
    assert [p for p in after.problems if p.level == "error"] == []
    printed = {d.id: d for d in after.repo.documents}
    for doc_id, doc in docs.items():
        new, old = printed[doc_id], doc
        assert document_xml(render(new, after.repo, "docx")) == document_xml(
            render(old, before.repo, "docx")
        ), doc_id
        # a title comes back as the lines the DOCX printed; plain text keeps every word
        assert render(new, after.repo, "txt").split() == render(old, before.repo, "txt").split()
