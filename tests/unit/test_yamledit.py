"""Minimal YAML text edits: only the edited values change; comments, order, quoting and layout of
everything else stay; the result reads back as the expected data. A property test makes random
edits to the example files and checks the line diff, the data and the comments."""

from __future__ import annotations

import copy
import difflib

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES
from kehoach.io.positions import compose
from kehoach.io.yamledit import DELETE, Edit, EditError, apply_edits, scalar_text
from kehoach.io.yamlload import Loader


def load(text: str):
    loader = Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def changed_lines(old: str, new: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    return removed, added


DOC = """\
# đầu tệp: chú thích giữ nguyên
kind: plan   # loại văn bản
title: "Kế hoạch: năm 2022"
contents:
  activities:
    - id: a1
      title: Hội thi   # tên ngắn
      status: planned
      budget: 5000000
    - {id: a2, title: 'Tập huấn', status: done}
    - id: a3
      title: >-
        Một tiêu đề dài
        viết trên hai dòng
      note: |
        Dòng một
        Dòng hai

      # chú thích sau khối
signers: []
"""


@pytest.mark.parametrize(
    "value",
    [
        "Tuyên dương: 20 gương mặt",
        "Đạt # giải",
        "'nháy đơn'",
        '"nháy kép"',
        "- gạch đầu dòng",
        "2022",
        "yes",
        "",
        " cách đầu",
        "cuối ",
        "Dòng một\nDòng hai: có dấu",
        "{không phải ánh xạ}",
        "a: b, c: d",
        "& neo * bí danh ! thẻ | > % @ `",
        "null",
        "~",
        "0x1F",
        "1e3",
        "tab\tở giữa",
        "\x01 điều khiển",
    ],
)
@pytest.mark.parametrize("flow", [False, True])
def test_scalar_text_reads_back(value, flow):
    text = scalar_text(value, flow=flow)
    snippet = f"k: [{text}]" if flow else f"k: {text}"
    data = load(snippet)
    assert data == {"k": [value] if flow else value}


def test_plain_when_plain_is_safe():
    assert scalar_text("Hội thi sáng tạo") == "Hội thi sáng tạo"
    assert scalar_text("2022-09-20") == "2022-09-20"  # dates stay strings for kehoach's loader
    assert scalar_text(48500000) == "48500000"
    assert scalar_text("Đạt: giải Nhất") == "'Đạt: giải Nhất'"


def test_replace_keeps_everything_else():
    edits = [
        Edit(("contents", "activities", 0, "status"), "done"),
        Edit(("contents", "activities", 0, "title"), "Hội thi: vòng tỉnh"),
    ]
    out = apply_edits(DOC, edits)
    removed, added = changed_lines(DOC, out)
    assert removed == ["      title: Hội thi   # tên ngắn", "      status: planned"]
    assert added == ["      title: 'Hội thi: vòng tỉnh'   # tên ngắn", "      status: done"]


def test_quoting_style_kept():
    out = apply_edits(DOC, [Edit(("title",), "Kế hoạch năm 2023")])
    assert 'title: "Kế hoạch năm 2023"' in out
    out = apply_edits(DOC, [Edit(("contents", "activities", 1, "title"), "Tập huấn lại")])
    assert "{id: a2, title: 'Tập huấn lại', status: done}" in out


def test_insert_after_sibling_with_its_indentation():
    out = apply_edits(
        DOC,
        [
            Edit(("contents", "activities", 0, "done_date"), "2022-05-20", after=("status",)),
            Edit(("contents", "activities", 0, "spent"), 4800000, after=("budget",)),
            Edit(("contents", "activities", 1, "note"), "ghi chú: có dấu hai chấm"),
        ],
    )
    removed, added = changed_lines(DOC, out)
    assert removed == ["    - {id: a2, title: 'Tập huấn', status: done}"]
    assert "      done_date: 2022-05-20" in added and "      spent: 4800000" in added
    lines = out.splitlines()
    assert lines[lines.index("      status: planned") + 1] == "      done_date: 2022-05-20"
    assert "status: done, note: 'ghi chú: có dấu hai chấm'}" in out


def test_insert_after_block_scalar_and_before_its_comment():
    out = apply_edits(DOC, [Edit(("contents", "activities", 2, "status"), "done")])
    assert "        Dòng hai\n      status: done\n\n      # chú thích sau khối" in out


def test_replace_block_scalar():
    out = apply_edits(DOC, [Edit(("contents", "activities", 2, "note"), "Một dòng")])
    assert "      note: Một dòng\n\n      # chú thích sau khối\n" in out
    multi = apply_edits(DOC, [Edit(("contents", "activities", 0, "status"), "Một\nHai")])
    assert "      status: |-\n        Một\n        Hai\n      budget" in multi
    # a comment follows on the line: no block literal there
    commented = apply_edits(DOC, [Edit(("contents", "activities", 0, "title"), "Một\nHai")])
    assert '      title: "Một\\nHai"   # tên ngắn\n' in commented


def test_delete_keys():
    out = apply_edits(
        DOC,
        [
            Edit(("contents", "activities", 0, "budget"), DELETE),
            Edit(("contents", "activities", 1, "status"), DELETE),
            Edit(("contents", "activities", 2, "note"), DELETE),
            Edit(("contents", "activities", 2, "spent"), DELETE),  # absent: nothing to do
        ],
    )
    data = load(out)
    acts = data["contents"]["activities"]
    assert "budget" not in acts[0] and acts[1] == {"id": "a2", "title": "Tập huấn"}
    assert "note" not in acts[2]
    assert "      # chú thích sau khối" in out and "# đầu tệp" in out


def test_a_removed_value_keeps_the_user_s_comment():
    """A note emptied in the spreadsheet: before, its line went with the comment written on it
    ('# theo biên bản'), and nothing said so."""
    text = (
        "a:\n  note: Một dòng  # theo biên bản\n  x: 1\n"
        "  b: |-  # khối\n    dòng 1\n    dòng 2\n  c: 'q'\n  d: 5\n"
    )
    out = apply_edits(text, [Edit(("a", "note"), DELETE), Edit(("a", "b"), DELETE)])
    assert out == "a:\n  # theo biên bản\n  x: 1\n  # khối\n  c: 'q'\n  d: 5\n"
    crlf = text.replace("\n", "\r\n")
    assert apply_edits(crlf, [Edit(("a", "note"), DELETE)]).startswith(
        "a:\r\n  # theo biên bản\r\n  x: 1\r\n"
    )
    # no comment: the lines go, nothing added
    assert apply_edits(text, [Edit(("a", "c"), DELETE)]).endswith("dòng 2\n  d: 5\n")


def test_delete_first_key_of_an_item():
    out = apply_edits(DOC, [Edit(("contents", "activities", 0, "id"), DELETE)])
    assert "    - title: Hội thi   # tên ngắn\n      status: planned" in out


def test_refused_edits_raise():
    with pytest.raises(EditError):
        apply_edits(DOC, [Edit(("contents", "missing", 0, "x"), 1)])
    with pytest.raises(EditError):
        apply_edits(DOC, [Edit(("contents", "activities", 9, "status"), "done")])
    with pytest.raises(EditError):  # a block collection is not replaced by a scalar
        apply_edits(DOC, [Edit(("contents",), "x")])
    with pytest.raises(EditError):
        apply_edits(DOC, [Edit(("title",), "a"), Edit(("title",), "b")])
    with pytest.raises(EditError):
        apply_edits("a: [1\n", [Edit(("a",), 1)])


# ----------------------------------------------------------------------- property over examples

EXAMPLE_FILES = sorted(EXAMPLES.glob("plans/*/*.yaml")) + sorted(EXAMPLES.glob("programs/*.yaml"))
TEXTS = {p.name: p.read_text(encoding="utf-8") for p in EXAMPLE_FILES}

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
text_values = st.text(
    alphabet=st.sampled_from(list(VIET + VIET.upper() + " 0123456789:#'\"-,.;!?&*[]{}|>%@\n")),
    min_size=0,
    max_size=40,
)
values = st.one_of(
    text_values,
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["planned", "in_progress", "done", "cancelled", "2024-05-20", "yes", "2022"]),
    st.just(DELETE),
)
FIELDS = ["status", "done_date", "spent", "note", "title", "budget", "place", "lead_unit"]


def activity_paths(data: dict) -> list[tuple]:
    out = []
    for i, _ in enumerate((data.get("contents") or {}).get("activities") or []):
        out.append(("contents", "activities", i))
    for j, area in enumerate(data.get("areas") or []):
        for i, _ in enumerate(area.get("activities") or []):
            out.append(("areas", j, "activities", i))
    return out


def node_lines(text: str, path: tuple) -> set[int]:
    """0-based lines an existing key and its value occupy (to the value's last content line)."""
    root = compose(text)
    node, key = root, None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            key, node = next((k, v) for k, v in node.value if k.value == str(step))
        else:
            node = node.value[step]
    end = node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
        end = node.start_mark.index + len(text[node.start_mark.index : end].rstrip())
    first = (key or node).start_mark.line
    last = text.count("\n", 0, max(end - 1, node.start_mark.index))
    return set(range(first, last + 1))


WITH_ACTIVITIES = sorted(n for n, t in TEXTS.items() if activity_paths(load(t)))


@st.composite
def edit_sets(draw):
    name = draw(st.sampled_from(WITH_ACTIVITIES))
    data = load(TEXTS[name])
    acts = activity_paths(data)
    chosen = draw(st.lists(st.sampled_from(acts), min_size=1, max_size=4, unique=True))
    edits = []
    for path in chosen:
        for field in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=3, unique=True)):
            edits.append(Edit(path + (field,), draw(values), after=("status", "budget")))
    return name, edits


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_sets())
def test_random_edits_change_exactly_those_lines(case):
    name, edits = case
    text = TEXTS[name]
    data = load(text)
    try:
        out = apply_edits(text, edits)
    except EditError as exc:  # only refusals we expect: deleting the only key of an item
        assert "duy nhất" in str(exc)
        return
    # the data: exactly the edits
    expected = copy.deepcopy(data)
    for e in edits:
        parent = expected
        for step in e.path[:-1]:
            parent = parent[step]
        if e.value is DELETE:
            parent.pop(e.path[-1], None)
        else:
            parent[e.path[-1]] = e.value
    assert load(out) == expected
    # the text: every removed line belongs to an edited key; comments all survive
    allowed: set[int] = set()
    for e in edits:
        parent = data
        for step in e.path[:-1]:
            parent = parent[step]
        if e.path[-1] in parent:
            allowed |= node_lines(text, e.path)
        else:  # insertion into a flow mapping rewrites its line
            allowed |= node_lines(text, e.path[:-1]) if "{" in text else set()
    old_lines = text.splitlines()
    matcher = difflib.SequenceMatcher(a=old_lines, b=out.splitlines(), autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            assert set(range(i1, i2)) <= allowed, (name, edits, old_lines[i1:i2])
    comments = [ln.strip() for ln in old_lines if ln.strip().startswith("#")]
    new_lines = [ln.strip() for ln in out.splitlines()]
    for c in comments:
        assert c in new_lines
    # editing back restores the original data
    assert apply_edits(out, []) == out


def test_windows_line_endings_kept():
    crlf = DOC.replace("\n", "\r\n")
    out = apply_edits(
        crlf,
        [
            Edit(("contents", "activities", 0, "status"), "done"),
            Edit(("contents", "activities", 0, "done_date"), "2022-05-20", after=("status",)),
            Edit(("contents", "activities", 0, "budget"), DELETE),
            Edit(("contents", "activities", 1, "title"), "Một\nHai"),
        ],
    )
    assert "\n" not in out.replace("\r\n", "")
    assert "      status: done\r\n      done_date: 2022-05-20\r\n    - {id: a2" in out


def test_a_text_with_a_tab_is_written_double_quoted_for_every_yaml_reader():
    """A note typed with a tab (a cell of the progress sheet): written ``"…\\t…"``, which every
    YAML reader reads back — written plain, libyaml read it, PyYAML's own reader refused it."""
    import yaml as pyyaml

    from kehoach.io.yamlscalar import scalar_text

    for value in ["Đã xong\tđợt 1", "a\tb\nc", "\tđầu dòng"]:
        text = scalar_text(value)
        assert text.startswith('"') and "\\t" in text, text
        assert pyyaml.load(f"k: {text}\n", Loader=pyyaml.SafeLoader) == {"k": value}
        assert pyyaml.load(f"k: [{scalar_text(value, flow=True)}]\n", Loader=pyyaml.SafeLoader) == {
            "k": [value]
        }
