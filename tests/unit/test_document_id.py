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
