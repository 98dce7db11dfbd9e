"""A document without an ``id`` is known by its file's stem, worked out from the display path
without building a ``Path`` (100,000 documents in a national repository): the same as
``Path.stem`` for every display path."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kehoach.model.document import Document

_PART = st.text(alphabet="ab._- đ", min_size=1, max_size=8).filter(lambda s: s not in (".", ".."))


@given(st.lists(_PART, min_size=1, max_size=4), st.sampled_from(["", "../", "../../"]))
def test_id_is_the_stem_of_the_display_path(parts, up):
    shown = up + "/".join(parts)
    assert Document(shown, "plan", {}).id == Path(shown).stem


def test_id_written_wins_over_the_file_name():
    assert Document("ke-hoach/a.yaml", "plan", {"id": "kh-2025"}).id == "kh-2025"
    assert Document("ke-hoach/a.yaml", "plan", {"id": ""}).id == "a"
    assert Document("ke-hoach/..yaml", "plan", {}).id == "."
    assert Document("ke-hoach/.an.yaml", "plan", {}).id == ".an"


def test_the_id_is_worked_out_once_and_kept_on_the_document():
    """``once.cached`` (``cached_property`` without its lock): worked out on first use, then read
    from the document itself; each document its own."""
    calls = []
    data = {"id": "kh-1"}
    doc, other = Document("a.yaml", "plan", data), Document("b.yaml", "plan", {})
    real = Document.__dict__["id"].function
    Document.__dict__["id"].function = lambda d: calls.append(d.path) or real(d)
    try:
        assert (doc.id, doc.id, other.id, other.id) == ("kh-1", "kh-1", "b", "b")
    finally:
        Document.__dict__["id"].function = real
    assert calls == ["a.yaml", "b.yaml"] and vars(doc)["id"] == "kh-1"
    data["id"] = "kh-2"  # documents are not changed once built: the id stays as first worked out
    assert doc.id == "kh-1"
