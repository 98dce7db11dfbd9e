"""``kehoach diff``: semantic changes between git revisions, run through real git in a temporary
repository; safe handling of bad revisions and folders outside git."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from helpers import EXAMPLES
from kehoach.cli.app import app
from kehoach.errors import KehoachError
from kehoach.io import git as gitio

pytestmark = pytest.mark.external  # needs git
runner = CliRunner()
PLAN = "plans/2022/kh-2022-tinhdoan-bt.yaml"


def cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if isinstance(result.exception, KehoachError):
        return 2, result.output + result.exception.message + (result.exception.hint or "")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def git(root, *args):
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def edit(root, rel, *pairs):
    path = root / rel
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def history(tmp_path, monkeypatch):
    """The example repository committed once (tag v1), then edited in the working tree."""
    root = tmp_path / "kho"
    shutil.copytree(EXAMPLES, root)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "v1")
    git(root, "tag", "v1")
    monkeypatch.chdir(root)
    return root


def _move_forward(root):
    edit(
        root,
        PLAN,
        ("      time: 2022-Q2\n", "      time: 2022-Q3\n"),
        (
            "      time: 2022-12\n      budget: 20000000\n      status: planned",
            "      time: 2022-11\n      budget: 25000000\n      status: done\n      done_date: 2022-11-20",
        ),
        ("    name: Thái Thành Bi\n", "    name: Nguyễn Văn B\n"),
        ("        - Thường trực Tỉnh ủy\n", "        - Thường trực Tỉnh ủy\n        - UBND tỉnh\n"),
        (
            "      lead: skhcn-bt\n      support: [tinhdoan-bt]\n      time: 2022-H2",
            "      lead: tinhdoan-bt\n      support: [skhcn-bt]\n      time: 2022-H2",
        ),
        (
            "    - id: hoi-thao-chinh-sach\n",
            "    - id: moi\n      title: Hoạt động mới\n      lead: skhcn-bt\n"
            "      time: 2022-10\n    - id: hoi-thao-chinh-sach\n",
        ),
        ("    - id: tuyen-truyen-khcn\n", "    - id: tuyen-truyen-khcn-2\n"),
        ("number: 10\n", "number: 12\n"),
    )


def test_working_tree_against_head(history):
    _move_forward(history)
    code, out = cli("diff")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "So sánh HEAD → thư mục làm việc"
    assert (
        f'~ {PLAN}: kế hoạch "Thực hiện Chương trình phối hợp với Sở Khoa học và Công nghệ năm 2022"'
        in lines
    )
    expected = [
        "  Số: 10 → 12",
        '  Thêm hoạt động "Hoạt động mới" (chủ trì Sở KH&CN, tháng 10/2022)',
        (
            '  Hạn của "Tập huấn kiến thức khởi nghiệp, sở hữu trí tuệ cho thanh niên" '
            "dời từ quý II/2022 sang quý III/2022"
        ),
        (
            '  "Tuyên dương thanh niên tiêu biểu trong nghiên cứu, ứng dụng khoa học…": '
            "chưa thực hiện → hoàn thành (ngày 20/11/2022)"
        ),
        (
            '  Hạn của "Tuyên dương thanh niên tiêu biểu trong nghiên cứu, ứng dụng khoa học…" '
            "đưa sớm từ tháng 12/2022 lên tháng 11/2022"
        ),
        (
            '  Kinh phí của "Tuyên dương thanh niên tiêu biểu trong nghiên cứu, ứng dụng khoa học…": '
            "20.000.000 đồng → 25.000.000 đồng"
        ),
        "  Người ký (Tỉnh Đoàn): họ và tên Thái Thành Bi → Nguyễn Văn B",
        '  Nơi nhận: thêm "UBND tỉnh"',
    ]
    for line in expected:
        assert line in lines, line
    assert any(
        ln.startswith('  "Hỗ trợ, chuyển giao 02 mô hình') and "chủ trì Sở KH&CN → Tỉnh Đoàn" in ln
        for ln in lines
    )
    assert any("phối hợp thêm Sở KH&CN; bỏ Tỉnh Đoàn" in ln for ln in lines)
    # an activity whose id alone changed (same title, the only one added and gone with it): said
    # as a new id — the documents citing the old one must follow — not one removed, one added
    assert any(
        ln.startswith('  Đổi mã hoạt động "Tuyên truyền chủ trương')
        and ln.endswith(": tuyen-truyen-khcn → tuyen-truyen-khcn-2 (nơi ghi mã cũ, như "
                        "`carried_from`, phải sửa theo)")
        for ln in lines
    ), lines  # fmt: skip
    assert not any(
        ln.startswith(('  Bỏ hoạt động "Tuyên', '  Thêm hoạt động "Tuyên')) for ln in lines
    )
    assert len([ln for ln in lines if ln.startswith(("~", "+", "-"))]) == 1


def test_documents_added_removed_and_json(history):
    os.remove(history / "plans/2021/kh-khcn-2021-tinhdoan-dt.yaml")
    (history / "plans/2024").mkdir(exist_ok=True)
    shutil.copy(history / PLAN, history / "plans/2024/kh-2024.yaml")
    code, out = cli("diff", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"] == {"added": 1, "removed": 1, "changed": 0, "unreadable": 0}
    by_status = {d["status"]: d for d in data["documents"]}
    assert by_status["added"]["path"] == "plans/2024/kh-2024.yaml"
    assert by_status["removed"]["id"] == "kh-khcn-2021-tinhdoan-dt"
    assert cli("diff", "--exit-code")[0] == 1


def test_between_two_revisions_and_paths(history):
    _move_forward(history)
    git(history, "commit", "-qam", "v2")
    edit(
        history, PLAN, ("      status: in_progress\n", "      status: done\n")
    )  # working tree only
    code, out = cli("diff", "v1", "HEAD")
    assert code == 0
    assert out.splitlines()[0] == "So sánh v1 → HEAD"
    assert "dời từ quý II/2022 sang quý III/2022" in out
    assert "đang thực hiện → hoàn thành" not in out  # not committed
    code, out = cli("diff", "HEAD")
    assert "đang thực hiện → hoàn thành" in out and "quý III/2022" not in out
    code, out = cli("diff", "v1", "HEAD", "programs")
    assert "Không có thay đổi nào" in out
    code, out = cli("diff", "v1", "HEAD", "plans/2022")
    assert "dời từ" in out
    assert cli("diff", "v1", "HEAD", "--exit-code", "programs")[0] == 0


def test_renamed_file_is_the_same_document(history):
    git(history, "mv", PLAN, "plans/2022/doi-ten.yaml")
    edit(
        history,
        "plans/2022/doi-ten.yaml",
        ("kind: plan\n", "kind: plan\nid: kh-2022-tinhdoan-bt\n"),
    )
    code, out = cli("diff")
    assert f"~ plans/2022/doi-ten.yaml (chuyển từ {PLAN})" in out


def test_a_file_renamed_without_an_id_of_its_own_is_one_document_renamed(history):
    """The file renamed with no ``id`` in it: its id (the file's name) changes with it — one
    document whose id changed, saying that what carries work over from the old id must follow
    (the link is broken: KH426); before: "bỏ kế hoạch …" and "thêm kế hoạch …"."""
    later = "plans/2023/kh-2023-tiep.yaml"
    text = (history / PLAN).read_text(encoding="utf-8")
    (history / later).parent.mkdir(exist_ok=True)
    (history / later).write_text(
        text.replace("year: 2022", "year: 2023").replace("date: 2022-", "date: 2023-")
        .replace("title: >-", "title: >-\n  Năm sau:", 1)
        .replace("  activities:\n", "  activities:\n    - id: tiep\n      title: Việc tiếp\n"
                 "      lead: tinhdoan-bt\n      time: 2023-Q2\n"
                 "      carried_from: {plan: kh-2022-tinhdoan-bt, activity: x}\n", 1),
        encoding="utf-8",
    )  # fmt: skip
    git(history, "add", "-A")
    git(history, "commit", "-qm", "v2")
    git(history, "mv", PLAN, "plans/2022/kh-2022-tinhdoan.yaml")
    code, out = cli("diff")
    assert f"~ plans/2022/kh-2022-tinhdoan.yaml (chuyển từ {PLAN})" in out, out
    assert 'Mã văn bản: "kh-2022-tinhdoan-bt" → "kh-2022-tinhdoan"' in out
    assert "ghi `carried_from` tới mã cũ kh-2022-tinhdoan-bt" in out, out
    assert "bỏ kế hoạch" not in out and "thêm kế hoạch" not in out


def test_writing_out_the_id_the_file_name_gave_is_no_change(history):
    """The id written is the one the file name gave before: the document's id did not change."""
    git(history, "mv", PLAN, "plans/2022/doi-ten.yaml")
    edit(
        history,
        "plans/2022/doi-ten.yaml",
        ("kind: plan\n", "kind: plan\nid: kh-2022-tinhdoan-bt\n"),
    )
    code, out = cli("diff")
    assert f"~ plans/2022/doi-ten.yaml (chuyển từ {PLAN})" in out
    assert "Mã văn bản" not in out and "(trống)" not in out, out
    git(history, "mv", "plans/2022/doi-ten.yaml", PLAN)  # the id written, the file in place
    code, out = cli("diff", "--exit-code")
    assert code == 0 and "Không có thay đổi" in out, out


def test_syntax_error_is_reported_not_raised(history):
    (history / PLAN).write_text("kind: plan\ntitle: [\n", encoding="utf-8")
    code, out = cli("diff")
    assert code == 0
    assert f"! {PLAN} (thư mục làm việc): dòng" in out


def _conflict(root) -> None:
    edit(
        root,
        PLAN,
        (
            "      time: 2022-Q2\n",
            "<<<<<<< HEAD\n      time: 2022-Q2\n=======\n      time: 2022-Q3\n>>>>>>> nhanh\n",
        ),
    )


def test_a_plan_unreadable_on_one_side_is_not_removed_nor_added(history):
    _conflict(history)
    code, out = cli("diff")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "So sánh HEAD → thư mục làm việc"
    assert len(lines) == 2 and lines[1].startswith(f"! {PLAN} (thư mục làm việc): dòng "), out
    assert "Xung đột hợp nhất git" in lines[1]
    data = json.loads(cli("diff", "--format", "json")[1])
    assert [(d["status"], d["path"], d["id"]) for d in data["documents"]] == [
        ("unreadable", PLAN, "kh-2022-tinhdoan-bt")
    ]
    assert data["summary"] == {"added": 0, "removed": 0, "changed": 0, "unreadable": 1}
    assert cli("diff", "--exit-code")[0] == 1  # the file changed: nothing says it did not
    git(history, "commit", "-qam", "conflict")  # the old side unreadable: not "added"
    git(history, "checkout", "-q", "v1", "--", PLAN)
    code, out = cli("diff")
    assert "+ " not in out and out.splitlines()[1].startswith(f"! {PLAN} (HEAD): dòng "), out


def test_a_conflict_read_into_a_quoted_value_is_unreadable_not_a_rename(history):
    """A conflict inside a quoted title parses (KH308): not "Đổi tên … thành … <<<<<<< …"."""
    title = "      title: Cuộc thi Ý tưởng khởi nghiệp sáng tạo thanh niên Bình Thuận năm 2022"
    conflict = (
        '      title: "Cuộc thi\n<<<<<<< HEAD\n        A\n=======\n        B\n>>>>>>> b\n        "'
    )
    edit(history, PLAN, (title, conflict))
    code, out = cli("diff")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2, out
    assert lines[1].startswith(f"! {PLAN} (thư mục làm việc): dòng "), out
    assert "Xung đột hợp nhất git" in lines[1] and "Đổi tên" not in out


def test_bad_revision_and_not_a_repository(history, tmp_path, monkeypatch):
    code, out = cli("diff", "khong-co-phien-ban")
    assert code == 2 and 'Không có phiên bản git "khong-co-phien-ban"' in out
    code, out = cli("diff", "--", "--output=/tmp/x")
    assert code == 2
    outside = tmp_path / "ngoai"
    outside.mkdir()
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, out = cli("diff")
    assert code == 2 and "không nằm trong một kho git" in out


def test_repository_without_commits(tmp_path, monkeypatch):
    git(tmp_path, "init", "-q")
    monkeypatch.chdir(tmp_path)
    code, out = cli("diff")
    assert code == 2 and "chưa có commit" in out


def test_resolve_rejects_option_like_revisions(tmp_path):
    git(tmp_path, "init", "-q")
    for bad in ("-p", "--all", "", "a\x00b"):
        with pytest.raises(KehoachError):
            gitio.resolve(tmp_path, bad)
    assert not gitio.is_revision(tmp_path, "--all")
