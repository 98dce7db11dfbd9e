"""``kehoach diff`` sees every change: whatever field of whichever example is changed, added,
removed or reordered, the diff has a line for it — a dedicated one or a generic line naming the
field — and never falls back to the "data changed" safety net nor says "no change"."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES
from kehoach.diff.documents import compare, document_changes
from kehoach.diff.generic import canon, text_change
from kehoach.diff.sides import Side
from kehoach.io.discover import classify
from kehoach.io.yamlio import Loaded, read
from kehoach.model import Document

FILES = sorted(
    p for p in EXAMPLES.rglob("*.yaml") if not any(part.startswith(".") for part in p.parts)
)
DATA = {p.relative_to(EXAMPLES).as_posix(): read(str(p)).data for p in FILES}


def nodes(value: object, path: tuple = ()):
    """Every position in the data: the root, each mapping value and each list entry."""
    yield path
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from nodes(sub, path + (key,))
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            yield from nodes(sub, path + (i,))


def get(value, path):
    for step in path:
        value = value[step]
    return value


def put(root, path, new):
    if not path:
        return new
    get(root, path[:-1])[path[-1]] = new
    return root


@st.composite
def mutated(draw):
    """(relative path, old data, new data) with one random change anywhere in one example."""
    rel = draw(st.sampled_from(sorted(DATA)))
    old = DATA[rel]
    new = copy.deepcopy(old)
    where = draw(st.sampled_from(list(nodes(old))))
    node = get(new, where)
    if isinstance(node, bool):
        change = not node
    elif isinstance(node, int):
        change = node + draw(st.integers(min_value=1, max_value=10**9))
    elif isinstance(node, str):
        extra = draw(st.text(min_size=1, max_size=12).filter(lambda t: t.strip()))
        how = draw(st.sampled_from(["append", "prepend", "replace", "middle"]))
        words = node.split(" ")
        change = {
            "append": f"{node}, {extra}",
            "prepend": f"{extra} {node}",
            "replace": extra,
            "middle": " ".join([*words[: len(words) // 2], extra, *words[len(words) // 2 :]]),
        }[how]
    elif isinstance(node, dict):
        how = draw(st.sampled_from(["drop", "add"] if node else ["add"]))
        change = dict(node)
        if how == "drop":
            del change[draw(st.sampled_from(sorted(node)))]
        else:
            change[draw(st.sampled_from(["note", "place", "x_moi", "title"]))] = draw(
                st.text(min_size=1, max_size=8).filter(lambda t: t.strip())
            )
    elif isinstance(node, list):
        ops = ["append"] + (["drop", "duplicate", "swap"] if node else [])
        how = draw(st.sampled_from(ops))
        change = list(node)
        if how == "append":
            change.append(copy.deepcopy(node[-1]) if node and draw(st.booleans()) else "Mục mới")
        elif how == "drop":
            del change[draw(st.integers(0, len(node) - 1))]
        elif how == "duplicate":
            i = draw(st.integers(0, len(node) - 1))
            change.insert(i, copy.deepcopy(node[i]))
        else:
            i, j = draw(st.integers(0, len(node) - 1)), draw(st.integers(0, len(node) - 1))
            change[i], change[j] = change[j], change[i]
    else:  # None
        change = "giá trị mới"
    new = put(new, where, change)
    return rel, old, new


def _side(label: str, rel: str, data) -> Side:
    return Side(label, {rel: Loaded(rel, text="…", data=data)})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_any_change_to_any_field_of_any_example_is_reported(case):
    rel, old, new = case
    if canon(old) == canon(new):  # e.g. two equal list entries swapped
        return
    result = compare(_side("a", rel, old), _side("b", rel, new))
    assert result.has_changes, (rel, old, new)
    changes = [c for d in result.documents for c in d.changes]
    statuses = {d.status for d in result.documents}
    assert changes or statuses & {"added", "removed"}, (rel, new)
    assert all(c.kind != "other" for c in changes), [c.text for c in changes]
    for c in changes:
        assert c.text.strip() and "từ từ" not in c.text, c.text


def test_text_changes_show_the_changed_words_never_a_cut_title():
    old = (
        "Tổ chức Hội thi sáng tạo kỹ thuật dành cho thanh niên nông thôn trên địa bàn tỉnh Bình "
        "Thuận giai đoạn 2024 - 2026, với nhiều hoạt động thiết thực nhằm nâng cao nhận thức"
    )
    new = old.replace("nông thôn", "nông thôn, miền núi")
    shown = text_change(old, new)
    assert "miền núi+}" in shown and "nông" in shown
    assert text_change("Hội thi", "Hội thi sáng tạo") == '"Hội thi" → "Hội thi sáng tạo"'


@pytest.mark.parametrize("rel", ["plans/2022/kh-2022-tinhdoan-bt.yaml"])
def test_rename_shows_both_titles_whole(rel):
    old = DATA[rel]
    new = copy.deepcopy(old)
    act = new["contents"]["activities"][0]
    act["title"] = act["title"] + ", miền núi"
    path = Path(rel)
    a, b = (Document(rel, classify(path, d), d) for d in (old, new))
    (line,) = [c.text for c in document_changes(a, b) if c.kind == "title"]
    assert old["contents"]["activities"][0]["title"] in line and ", miền núi" in line
    assert not re.search(r"…", line)


@pytest.mark.parametrize("done_date", ["ongoing", "thường xuyên", "2022-11-20"])
def test_status_done_with_a_done_date_that_names_no_day(done_date):
    """diff reads files before any schema check: a ``done_date`` that is a time but names no day
    shows the status alone (it used to stop diff with an internal error)."""
    rel = "plans/2022/kh-2022-tinhdoan-bt.yaml"
    old = DATA[rel]
    new = copy.deepcopy(old)
    act = new["contents"]["activities"][0]
    act.update(status="done", done_date=done_date)
    a, b = (Document(rel, "plan", d) for d in (old, new))
    (line,) = [c.text for c in document_changes(a, b) if c.kind == "status"]
    day = " (ngày 20/11/2022)" if done_date == "2022-11-20" else ""
    assert line.endswith(f": đang thực hiện → hoàn thành{day}"), line


def test_a_supporting_department_is_named_by_its_body_and_words():
    """``support_units`` is keyed by org id: the diff names the body, not its id, and says the
    department's words (before: "Bộ phận phối hợp: thêm mục")."""
    rel = "plans/2022/kh-2022-tinhdoan-bt.yaml"
    old = copy.deepcopy(DATA[rel])
    new = copy.deepcopy(old)
    names = {"tinhdoan-bt": "Tỉnh Đoàn"}.get
    act = new["contents"]["activities"][2]
    act["support_units"] = {"tinhdoan-bt": "Ban Phong trào"}
    path = Path(rel)

    def lines(before, after):
        a, b = (Document(rel, classify(path, d), d) for d in (before, after))
        return [c.text for c in document_changes(a, b, lambda o: names(o) or o)]

    (added,) = lines(old, new)
    assert added.endswith('Bộ phận phối hợp: thêm Tỉnh Đoàn: "Ban Phong trào"'), added
    changed = copy.deepcopy(new)
    changed["contents"]["activities"][2]["support_units"]["tinhdoan-bt"] = "Ban Tuyên giáo"
    (line,) = lines(new, changed)
    assert line.endswith('Bộ phận phối hợp › Tỉnh Đoàn: "Ban Phong trào" → "Ban Tuyên giáo"'), line
    (removed,) = lines(new, old)
    assert removed.endswith('Bộ phận phối hợp: bỏ Tỉnh Đoàn: "Ban Phong trào"'), removed


def test_codes_are_said_in_words():
    """How the activities print and how subsections are numbered are codes in the file; the diff
    says them in words (before: '"table" → "detailed_list"', '(trống) → "letter"')."""
    rel = "plans/2022/kh-2022-tinhdoan-bt.yaml"
    old = copy.deepcopy(DATA[rel])
    new = copy.deepcopy(old)
    new["contents"]["layout"] = "detailed_list"
    new["purpose"]["sections_style"] = "letter"
    path = Path(rel)
    a, b = (Document(rel, classify(path, d), d) for d in (old, new))
    lines = [c.text for c in document_changes(a, b)]
    assert any(ln.endswith("bảng → danh sách kèm thời gian, chủ trì, kinh phí") for ln in lines)
    assert any(ln.endswith("(trống) → a), b)") for ln in lines), lines


def test_a_note_and_the_title_are_said_as_every_other_text():
    """A note added, changed, removed: 'old → new' with '(trống)' for the side without one, as
    every other field (before: the new note alone, "Bỏ ghi chú"); the title quoted like other texts,
    a long one by the words that changed (before: both whole, unquoted)."""
    rel = "plans/2022/kh-2022-tinhdoan-bt.yaml"
    old = copy.deepcopy(DATA[rel])
    old["contents"]["activities"][2].pop("note", None)
    new = copy.deepcopy(old)
    new["contents"]["activities"][2]["note"] = "Mời báo chí đưa tin"
    path = Path(rel)

    def lines(before, after):
        a, b = (Document(rel, classify(path, d), d) for d in (before, after))
        return [c.text for c in document_changes(a, b)]

    (added,) = lines(old, new)
    assert added.endswith(': (trống) → "Mời báo chí đưa tin"'), added
    changed = copy.deepcopy(new)
    changed["contents"]["activities"][2]["note"] = "Mời báo chí, truyền hình đưa tin"
    (line,) = lines(new, changed)
    assert line.endswith(': "Mời báo chí đưa tin" → "Mời báo chí, truyền hình đưa tin"'), line
    (removed,) = lines(new, old)
    assert removed.endswith(': "Mời báo chí đưa tin" → (trống)'), removed
    retitled = copy.deepcopy(old)
    retitled["title"] = old["title"] + " (sửa đổi)"
    (title,) = lines(old, retitled)
    assert title == f'Trích yếu: "{old["title"]}" → "{retitled["title"]}"', title


@pytest.mark.parametrize(
    ("typed", "shown", "why"),
    [
        ('"20000000"', '"20000000" (không hợp lệ: cần số nguyên)', "Sai kiểu"),
        ("20000000.0", "20000000.0 (không hợp lệ: cần số nguyên)", "bị YAML hiểu sai"),
    ],
)
def test_a_budget_typed_the_wrong_way_is_shown_as_typed_and_the_file_said_invalid(
    typed, shown, why
):
    """Not "20.000.000 đồng → (chưa ghi)" (a budget removed): the value as typed, and a line saying
    that this version of the file is not valid, at its line — as ``validate`` finds it."""
    from kehoach.io.yamlio import parse

    rel = "plans/2022/kh-2022-tinhdoan-bt.yaml"
    text = (EXAMPLES / rel).read_text(encoding="utf-8")
    assert "      budget: 20000000\n" in text
    bad = text.replace("      budget: 20000000\n", f"      budget: {typed}\n", 1)
    line = text[: text.index("      budget: 20000000\n")].count("\n") + 1
    result = compare(Side("HEAD", {rel: parse(rel, text)}), Side("sửa", {rel: parse(rel, bad)}))
    (change,) = [c.text for d in result.documents for c in d.changes]
    assert change.endswith(f"20.000.000 đồng → {shown}"), change
    (said,) = result.invalid
    assert said.startswith(f"{rel} (sửa): tệp không hợp lệ, dòng {line}: "), said
    assert why in said, said
    assert result.has_changes
    fixed = compare(Side("HEAD", {rel: parse(rel, bad)}), Side("sửa", {rel: parse(rel, text)}))
    assert [s.split(":")[0] for s in fixed.invalid] == [f"{rel} (HEAD)"]  # the fix is said too


def _cycle_diff(edits: dict[str, list[tuple[str, str]]]) -> list[str]:
    """The lines of ``compare`` between the cycle's program and 2024 plan and the same with
    ``edits`` ({file: [(old, new)]}) made."""
    from cycle_data import PLAN_2024, PLAN_FILE, PROGRAM, PROGRAM_FILE
    from kehoach.io.yamlio import parse

    texts = {PROGRAM_FILE: PROGRAM, PLAN_FILE: PLAN_2024}
    after = dict(texts)
    for rel, pairs in edits.items():
        for old, new in pairs:
            assert old in after[rel], old
            after[rel] = after[rel].replace(old, new, 1)
    result = compare(
        Side("a", {rel: parse(rel, text) for rel, text in texts.items()}),
        Side("b", {rel: parse(rel, text) for rel, text in after.items()}),
        {"tinhdoan-ld": "Tỉnh Đoàn", "skhcn-ld": "Sở KH&CN"}.get,
    )
    return [c.text for d in result.documents for c in d.changes]


def test_ids_and_codes_are_said_by_their_titles_and_words():
    """A plan activity's ``area`` by the program's titles of the areas, as a program's activity
    moved under another area is said (before: '"sang-tao" → "khoi-nghiep"'); a schedule's
    recurrence in words (before: '"quarter" → "half"')."""
    from cycle_data import PLAN_FILE, PROGRAM_FILE

    lines = _cycle_diff(
        {
            PLAN_FILE: [("      area: sang-tao\n      lead: tinhdoan-ld\n      support",
                         "      area: khoi-nghiep\n      lead: tinhdoan-ld\n      support")],
            PROGRAM_FILE: [("every: quarter", "every: half")],
        }
    )  # fmt: skip
    assert (
        '"Tổ chức Hội thi sáng tạo kỹ thuật cho thanh niên nông thôn": chuyển sang nội dung '
        '"Hỗ trợ thanh niên khởi nghiệp"' in lines
    ), lines
    assert any(ln.endswith("Định kỳ: hằng quý → 6 tháng một lần") for ln in lines), lines
    assert not any("sang-tao" in ln or "khoi-nghiep" in ln or "quarter" in ln for ln in lines)


def test_an_activity_added_is_said_with_its_details():
    """Its lead, supporting units (orgs and others named in words), time and budget — the details
    the lines of a changed activity give (before: the lead and time only)."""
    from cycle_data import PLAN_FILE

    added = (
        "    - id: moi\n      title: Hoạt động mới\n      lead: skhcn-ld\n"
        "      support: [tinhdoan-ld]\n      support_others: [Trường Đại học Đà Lạt]\n"
        "      time: 2024-10\n      budget: 15000000\n"
    )
    lines = _cycle_diff({PLAN_FILE: [("  activities:\n", "  activities:\n" + added)]})
    assert (
        'Thêm hoạt động "Hoạt động mới" (chủ trì Sở KH&CN, phối hợp Tỉnh Đoàn, Trường Đại học Đà '
        "Lạt, tháng 10/2024, kinh phí 15.000.000 đồng)" in lines
    ), lines
