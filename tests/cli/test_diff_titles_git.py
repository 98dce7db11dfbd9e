"""``kehoach diff`` through git: an activity whose title another one of the plan shares is named
with its content area by the area's title, read from the program the plan cites even when the
program did not change (it is left out of the comparison): before, the area's id."""

from __future__ import annotations

import json

from cycle_data import PLAN_FILE, apply, build_cycle
from helpers import git

MEETINGS = """\
    - id: hop-tuyen-truyen
      title: Họp định kỳ
      area: tuyen-truyen
      lead: tinhdoan-ld
      time: 2024-06
    - id: hop-khoi-nghiep
      title: Họp định kỳ
      area: khoi-nghiep
      lead: skhcn-ld
      time: 2024-06
    - id: tuyen-duong
"""


def test_the_areas_of_an_unchanged_program_name_activities_of_one_title(tmp_path, cli, monkeypatch):
    root = build_cycle(tmp_path / "kho")
    apply(root, PLAN_FILE, [("    - id: tuyen-duong\n", MEETINGS)])
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kế hoạch 2024")
    apply(root, PLAN_FILE, [("      lead: skhcn-ld\n      time: 2024-06\n",
                             "      lead: skhcn-ld\n      time: 2024-06\n      status: done\n")])  # fmt: skip
    git(root, "commit", "-qam", "Họp định kỳ (khởi nghiệp) đã họp")
    monkeypatch.chdir(root)
    said = (
        '"Họp định kỳ" (nội dung "Hỗ trợ thanh niên khởi nghiệp"): chưa ghi trạng thái → hoàn thành'
    )
    text = cli("diff", "HEAD~1", "HEAD")
    assert text.exit_code == 0 and f"  {said}\n" in text.stdout, text.output
    data = json.loads(cli("diff", "HEAD~1", "HEAD", "--format", "json").stdout)
    (doc,) = data["documents"]  # the program is read for its areas, not compared
    assert doc["path"] == PLAN_FILE
    assert [(c["kind"], c["activity"], c["text"]) for c in doc["changes"]] == [
        ("status", "hop-khoi-nghiep", said)
    ]
    # the working tree against HEAD, the same; an activity moved to another area too (before:
    # 'chuyển sang nội dung "khoi-nghiep"')
    apply(root, PLAN_FILE, [("      lead: tinhdoan-ld\n      time: 2024-06\n",
                             "      lead: tinhdoan-ld\n      time: 2024-07\n"),
                            ("      area: sang-tao\n      lead: tinhdoan-ld\n      support",
                             "      area: khoi-nghiep\n      lead: tinhdoan-ld\n      support")])  # fmt: skip
    worktree = cli("diff").stdout
    assert (
        'Hạn của "Họp định kỳ" (nội dung "Tuyên truyền về khoa học, công nghệ trong thanh niên") '
        "dời từ tháng 6/2024 sang tháng 7/2024" in worktree
    ), worktree
    assert (
        '"Tổ chức Hội thi sáng tạo kỹ thuật cho thanh niên nông thôn": chuyển sang nội dung '
        '"Hỗ trợ thanh niên khởi nghiệp"' in worktree
    ), worktree
