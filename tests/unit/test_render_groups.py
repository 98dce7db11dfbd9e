"""Activities in groups (``group``): a row across the activity table (``I. Công tác tuyên
truyền``) before each run of activities of one group, numbered I., II. with the activities numbered
on through them; a subheading (``1.``, or ``3.1.`` under the activities' own heading) in a list —
in every output family, the Word table read back; and KH427 when the order prints otherwise."""

from __future__ import annotations

import docx
import pytest

from helpers import ORGS, PLAN, build_tree, render_file
from kehoach.validate.run import run_validate

ACTIVITIES = """contents:
  {layout}
  activities:
    - id: a1
      group: Công tác tuyên truyền
      title: Hội thi
      lead: td
      time: 2022-Q2
    - id: a2
      group: Công tác tuyên truyền
      title: Tọa đàm
      lead: skhcn
      time: 2022-09
    - id: a3
      group: Hỗ trợ khởi nghiệp
      title: Ngày hội khởi nghiệp
      lead: td
      time: 2022-10
"""


def _plan(tmp_path, layout: str = "", extra: str = ""):
    text = PLAN.split("contents:")[0] + ACTIVITIES.format(layout=layout) + extra
    text += "signers:" + PLAN.split("signers:")[1]
    build_tree(
        tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": text}
    )
    return tmp_path / "plans" / "kh.yaml"


def _render(path, fmt: str, tmp_path) -> str:
    out = tmp_path / f"o.{fmt}"
    render_file(path, fmt, str(out))
    return out.read_text(encoding="utf-8")


def test_group_rows_in_the_table_of_every_format(tmp_path):
    plan = _plan(tmp_path)
    txt = [line.strip() for line in _render(plan, "txt", tmp_path).splitlines() if line.strip()]
    at = txt.index("I. Công tác tuyên truyền")
    # underlined: a row of the table, not a heading of the document ("I. NỘI DUNG" above it)
    assert txt[at + 1] == "-" * len("I. Công tác tuyên truyền")
    assert txt[at + 2].startswith("1. Hội thi") and txt[at + 4].startswith("2. Tọa đàm")
    assert txt[at + 6] == "II. Hỗ trợ khởi nghiệp" and txt[at + 7] == "-" * 22
    assert txt[at + 8].startswith("3. Ngày hội")
    # no activity with a budget: five columns, no Kinh phí (đồng)
    md = _render(plan, "md", tmp_path)
    assert "| | **I. Công tác tuyên truyền** | | | |\n| 1 | Hội thi |" in md
    assert "| | **II. Hỗ trợ khởi nghiệp** | | | |\n| 3 | Ngày hội khởi nghiệp |" in md
    html = _render(plan, "html", tmp_path)
    assert '<tr class="group"><td colspan="5">II. Hỗ trợ khởi nghiệp</td></tr>' in html
    out = tmp_path / "o.docx"
    render_file(plan, "docx", str(out))
    (table,) = [t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "STT"]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[1] == ["I. Công tác tuyên truyền"] * 5  # one cell across the five columns
    assert rows[2][:2] == ["1", "Hội thi"] and rows[4] == ["II. Hỗ trợ khởi nghiệp"] * 5
    assert rows[5][:2] == ["3", "Ngày hội khởi nghiệp"]
    group = table.rows[1].cells[0].paragraphs[0]
    assert all(r.bold for r in group.runs) and group.paragraph_format.keep_with_next


def test_groups_of_a_list_are_its_subheadings(tmp_path):
    plan = _plan(tmp_path, "layout: list")
    txt = [line.strip() for line in _render(plan, "txt", tmp_path).splitlines() if line.strip()]
    at = txt.index("1. Công tác tuyên truyền")
    assert txt[at + 1 : at + 4] == ["- Hội thi", "- Tọa đàm", "2. Hỗ trợ khởi nghiệp"]
    assert txt[at + 4].startswith("- Ngày hội khởi nghiệp")  # the end mark ./. follows


def test_a_detailed_list_says_each_activitys_time_lead_and_budget(tmp_path):
    """``layout: detailed_list``: in a group, the activities lettered a), b) with '-' lines of
    time, lead and support, budget; without groups, '-' activities with '+' lines."""
    plan = _plan(tmp_path, "layout: detailed_list")
    text = (tmp_path / "plans" / "kh.yaml").read_text("utf-8")
    (tmp_path / "plans" / "kh.yaml").write_text(
        text.replace("      time: 2022-Q2\n", "      time: 2022-Q2\n      support: [skhcn]\n"
                     "      budget: 15000000\n", 1), "utf-8")  # fmt: skip
    txt = [line.strip() for line in _render(plan, "txt", tmp_path).splitlines() if line.strip()]
    at = txt.index("1. Công tác tuyên truyền")
    assert txt[at + 1 : at + 9] == [
        "a) Hội thi", "- Thời gian: Quý II/2022.",
        "- Đơn vị chủ trì: Tỉnh Đoàn; phối hợp: Sở KH&CN.", "- Kinh phí: 15.000.000 đồng.",
        "b) Tọa đàm", "- Thời gian: Tháng 9/2022.", "- Đơn vị chủ trì: Sở KH&CN.",
        "2. Hỗ trợ khởi nghiệp",
    ]  # fmt: skip
    assert txt[at + 9] == "a) Ngày hội khởi nghiệp"
    bare = (tmp_path / "plans" / "kh.yaml").read_text("utf-8")
    (tmp_path / "plans" / "kh.yaml").write_text(
        "\n".join(ln for ln in bare.splitlines() if "group:" not in ln) + "\n", "utf-8"
    )
    txt = [line.strip() for line in _render(plan, "txt", tmp_path).splitlines() if line.strip()]
    at = txt.index("- Hội thi")
    assert txt[at + 1] == "+ Thời gian: Quý II/2022." and txt[at + 4] == "- Tọa đàm"


def test_groups_under_the_activities_heading_are_numbered_under_it(tmp_path):
    """With a subsection of its own before them, the activities are the next subsection
    ('2. Các hoạt động cụ thể'), their groups '2.1.', '2.2.'."""
    plan = _plan(tmp_path, "layout: list\n  sections:\n    - title: Mục tiêu\n      items: [Một]")
    txt = [line.strip() for line in _render(plan, "txt", tmp_path).splitlines() if line.strip()]
    at = txt.index("2. Các hoạt động cụ thể")
    assert txt[at + 1] == "2.1. Công tác tuyên truyền" and "2.2. Hỗ trợ khởi nghiệp" in txt


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        ("      group: Hỗ trợ khởi nghiệp\n", "an activity without a group after one"),
        ("      group: Công tác tuyên truyền\n", "a group split by another"),
    ],
)
def test_an_order_that_prints_otherwise_is_warned(tmp_path, monkeypatch, edit, where):
    plan = _plan(tmp_path)
    text = plan.read_text("utf-8")
    if "without" in where:  # a4 after the last group, no group of its own
        more = "    - id: a4\n      title: Tổng kết\n      lead: td\n      time: 2022-12\n"
    else:  # a4 back in the first group, after the second
        more = (
            "    - id: a4\n" + edit + "      title: Tổng kết\n      lead: td\n      time: 2022-12\n"
        )
    plan.write_text(text.replace("signers:", more + "signers:", 1), "utf-8")
    monkeypatch.chdir(tmp_path)
    found = [p for p in run_validate(None, use_cache=False).problems if p.code == "KH427"]
    assert len(found) == 1 and found[0].level == "warning", where
    assert found[0].json_path[:3] == ("contents", "activities", 3)
    plan.write_text(text, "utf-8")  # the three activities in order: nothing to say
    assert not [p for p in run_validate(None, use_cache=False).problems if p.code == "KH427"]


def test_a_detailed_list_prints_the_documents_own_words_for_a_field_in_its_place(tmp_path):
    """A detail that says a field in the document's words ('Thời gian: Trước ngày 30/6/2022',
    kept by ``import``) stands in place of kehoach's line for it; one for a field without a value
    ('Kinh phí: mỗi đội 2 triệu đồng') joins the lines; other details follow as paragraphs."""
    plan = _plan(tmp_path, "layout: detailed_list")
    text = (tmp_path / "plans" / "kh.yaml").read_text("utf-8")
    details = (
        "      details:\n        - 'Thời gian: Trước ngày 30/6/2022.'\n        - 'Địa điểm:'\n"
        "        - 'Kinh phí: mỗi đội 2 triệu đồng.'\n        - Mỗi đơn vị cử một đội.\n"
    )
    (tmp_path / "plans" / "kh.yaml").write_text(
        text.replace("      time: 2022-Q2\n", "      time: 2022-Q2\n" + details, 1), "utf-8"
    )
    txt = [line.strip() for line in _render(plan, "txt", tmp_path).splitlines() if line.strip()]
    at = txt.index("a) Hội thi")
    assert txt[at + 1 : at + 6] == [
        "- Thời gian: Trước ngày 30/6/2022.", "- Đơn vị chủ trì: Tỉnh Đoàn.",
        "- Kinh phí: mỗi đội 2 triệu đồng.", "Địa điểm:", "Mỗi đơn vị cử một đội.",
    ]  # fmt: skip
