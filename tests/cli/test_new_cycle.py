"""``kehoach new plan`` over a three-party program cycle (``tri_cycle_data``), each test a finding
of a tester's 2026–2030 cycle, fixed: citations of other documents copied as they are (with a
TODO) instead of moved on to the new year, the first-year joint plan's title and closing, and an
output path in a folder that does not exist."""

from __future__ import annotations

import yaml

from helpers import git, run
from tri_cycle_data import PROGRAM_ID, tri_repo


def _load(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def _todos(root, path):
    problems = run([str(path)], use_cache=False).problems
    assert not [p for p in problems if p.level == "error"], problems
    return [p.message for p in problems if p.code == "KH418"]


def test_citations_keep_their_year_with_a_todo(cli, tmp_path, monkeypatch):
    root = tri_repo(tmp_path / "kho", plan_2027=False)
    monkeypatch.chdir(root)
    (root / "plans/2027").mkdir()
    res = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2027", "-o", "plans/2027/kh.yaml")
    assert res.exit_code == 0, res.output
    data = _load(root / "plans/2027/kh.yaml")
    # the căn cứ name documents as they are: the 2026 budget decision is not made a 2027 one
    decision, work_program = data["bases"][1], data["bases"][2]
    assert decision == {
        "doc_type": "Quyết định",
        "number": "156/QĐ-UBND",
        "date": "2026-01-28",
        "issuer": "UBND tỉnh Quảng Ngãi",
        "summary": "giao dự toán ngân sách nhà nước năm 2026",
    }
    assert (
        work_program["text"] == "Căn cứ Chương trình công tác năm 2026 của Ban Thường vụ Tỉnh Đoàn"
    )
    # a sentence quoting the decision keeps its year; the plan's own sentence moves on
    assert data["preamble"][0] == (
        "Thực hiện Quyết định số 156/QĐ-UBND ngày 28/01/2026 của UBND tỉnh về giao dự toán ngân "
        "sách nhà nước năm 2026. Các bên thống nhất ban hành Kế hoạch năm 2027 như sau:"
    )
    # kehoach's own sentences: the title, the purpose, the closing
    assert data["title"].endswith("ứng dụng khoa học và công nghệ năm 2027")
    assert data["purpose"]["items"] == ["Cụ thể hóa Chương trình phối hợp trong năm 2027."]
    assert data["closing"] == ["Trên đây là Kế hoạch liên tịch năm 2027 của các bên."]
    # each thing kept as written is a TODO validate reminds of (KH418), not a silent comment
    todos = _todos(root, root / "plans/2027/kh.yaml")
    checks = [m for m in todos if "kiểm tra căn cứ còn hiệu lực / thay bằng văn bản năm 2027" in m]
    assert len(checks) == 2, todos
    assert any('"number: 156/QĐ-UBND"' in m for m in checks)
    assert any('câu dẫn văn bản khác giữ nguyên "năm 2026"' in m for m in todos), todos


SKHCN = "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"
LHH = "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi"
TD = "Tỉnh Đoàn Quảng Ngãi"


def test_first_year_plan_names_its_program_for_any_number_of_parties(cli, tmp_path, monkeypatch):
    root = tri_repo(tmp_path / "kho", program_only=True)
    monkeypatch.chdir(root)
    (root / "plans/2026").mkdir(parents=True)
    args = ["new", "plan", "--program", PROGRAM_ID, "--year", "2026"]
    # issued by all three parties: no party is left to be "với"; the program's subject names it
    res = cli(*args, "--issuer", "skhcn,lhh,td", "-o", "plans/2026/khlt.yaml")
    assert res.exit_code == 0, res.output
    joint = _load(root / "plans/2026/khlt.yaml")
    assert joint["title"] == (
        "Thực hiện Chương trình phối hợp hỗ trợ thanh niên ứng dụng khoa học và công nghệ năm 2026"
    )
    assert joint["closing"] == [
        "Trên đây là Kế hoạch liên tịch thực hiện Chương trình phối hợp năm 2026 của "
        f"{SKHCN}, {LHH} và {TD}"
    ]
    # issued by one party: the program is the one with the two others, named as a list is
    res = cli(*args, "--issuer", "skhcn", "-o", "plans/2026/kh.yaml")
    assert res.exit_code == 0, res.output
    own = _load(root / "plans/2026/kh.yaml")
    assert own["title"] == f"Thực hiện Chương trình phối hợp với {LHH} và {TD} năm 2026"
    assert own["closing"] == [
        f"Trên đây là Kế hoạch thực hiện Chương trình phối hợp năm 2026 của {SKHCN}"
    ]


def test_output_in_a_missing_folder_is_refused(cli, tmp_path, monkeypatch):
    root = tri_repo(tmp_path / "kho", program_only=True)
    monkeypatch.chdir(root)
    res = cli("new", "plan", "--program", PROGRAM_ID, "--year", "2026", "-o", "plans/2028/x.yaml")
    assert res.exit_code == 2 and "Không có thư mục plans/2028 để ghi x.yaml" in res.output
    assert "mkdir -p plans/2028" in res.output
    res = cli("new", "program", "--parties", "skhcn,lhh", "-o", "chuong-trinh/ctph.yaml")
    assert res.exit_code == 2 and "Không có thư mục chuong-trinh" in res.output
    assert not (root / "plans/2028").exists() and not (root / "chuong-trinh").exists()
    # the default file's folder (plans/<year>/ of the repository) is made when missing
    assert cli("new", "plan", "--program", PROGRAM_ID, "--year", "2026").exit_code == 0
    assert (root / f"plans/2026/kh-2026-{PROGRAM_ID}.yaml").is_file()


# a routine of the Tỉnh Đoàn's, done every quarter of 2026: the 2027 plan repeats it (a new
# activity, no ``carried_from``)
ROUTINE = """\
    - id: giao-ban
      title: Giao ban công tác phối hợp
      area: tuyen-truyen
      lead: td
      every: quarter
      status: done
"""


def test_a_second_plan_of_the_year_copies_no_work_the_first_took_up(cli, tmp_path, monkeypatch):
    """The Tỉnh Đoàn drafts its own 2027 plan, commits it; ``new plan`` for 2027 is run again
    without ``--issuer`` (the joint plan's issuers, as last year). Before, the second draft carried
    over the 2026 work again and repeated the routine again: two pieces of work each (KH431), due
    reminding twice, reports counting the money twice. Now it leaves them to the Tỉnh Đoàn's plan
    and says so; that plan is never written to."""
    root = tri_repo(tmp_path / "kho", plan_2027=False)
    plan_2026 = root / "plans/2026/kh-2026.yaml"
    text = plan_2026.read_text(encoding="utf-8")
    plan_2026.write_text(
        text.replace("    - id: hoi-thi\n", ROUTINE + "    - id: hoi-thi\n"), encoding="utf-8"
    )
    monkeypatch.chdir(root)
    (root / "plans/2027").mkdir()
    args = ["new", "plan", "--program", PROGRAM_ID, "--year", "2027"]
    first = cli(*args, "--issuer", "td", "-o", "plans/2027/kh-2027-td.yaml")
    assert first.exit_code == 0, first.output
    own = root / "plans/2027/kh-2027-td.yaml"
    taken_up = [a["id"] for a in _load(own)["contents"]["activities"]]
    assert {"tuyen-truyen-chuyen-tiep", "mo-hinh", "giao-ban"} <= set(taken_up), taken_up
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kế hoạch 2027 của Tỉnh Đoàn")
    written = own.read_bytes()

    second = cli(*args)
    assert second.exit_code == 0, second.output
    assert (
        "Không chép lại 3 hoạt động mà kế hoạch đã có của năm đã chuyển tiếp, thực hiện hay lặp "
        'lại (mỗi việc một lần): "Tuyên truyền trên trang thông tin điện tử của các bên", "Xây '
        'dựng mô hình trình diễn (giai đoạn 1)", "Giao ban công tác phối hợp" '
        "(plans/2027/kh-2027-td.yaml)." in " ".join(second.output.split())
    ), second.output
    draft = _load(root / f"plans/2027/kh-2027-{PROGRAM_ID}.yaml")
    assert draft["issuers"] == ["skhcn", "lhh", "td"]
    acts = draft["contents"]["activities"]
    assert not [a for a in acts if "carried_from" in a], acts
    assert [a["title"] for a in acts] == [  # the program's areas, to write the year's work in
        "Tuyên truyền về khoa học, công nghệ",
        "Chuyển giao tiến bộ khoa học và công nghệ",
    ]
    problems = run(None, use_cache=False).problems
    assert not [p for p in problems if p.code == "KH431"], problems
    # run once more: its file is there, never written over; nor is the Tỉnh Đoàn's
    again = cli(*args)
    assert again.exit_code == 2 and "kehoach không ghi đè" in again.output, again.output
    assert own.read_bytes() == written


def test_the_program_s_activity_of_the_year_is_carried_out_once(cli, tmp_path, monkeypatch):
    """The first year: the joint plan carries out the program's two-year model; a second draft of
    the year (the Sở KH&CN's own) does not carry it out again."""
    root = tri_repo(tmp_path / "kho", program_only=True)
    monkeypatch.chdir(root)
    (root / "plans/2026").mkdir(parents=True)
    args = ["new", "plan", "--program", PROGRAM_ID, "--year", "2026"]
    joint = cli(*args, "--issuer", "skhcn,lhh,td", "-o", "plans/2026/khlt.yaml")
    assert joint.exit_code == 0, joint.output
    carried = [a for a in _load(root / "plans/2026/khlt.yaml")["contents"]["activities"]]
    assert [a["carried_from"] for a in carried if "carried_from" in a] == [
        {"program": PROGRAM_ID, "activity": "mo-hinh"}
    ]
    own = cli(*args, "--issuer", "skhcn", "-o", "plans/2026/kh.yaml")
    assert own.exit_code == 0, own.output
    assert (
        "Không chép lại 1 hoạt động mà kế hoạch đã có của năm đã chuyển tiếp, thực hiện hay lặp "
        'lại (mỗi việc một lần): "Xây dựng mô hình trình diễn" (plans/2026/khlt.yaml).'
    ) in " ".join(own.output.split())
    acts = _load(root / "plans/2026/kh.yaml")["contents"]["activities"]
    assert not [a for a in acts if "carried_from" in a], acts
