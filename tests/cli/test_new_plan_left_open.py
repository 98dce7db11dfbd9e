"""``kehoach new plan`` over three years of a three-party program (``three_parties``): the
program's model, carried out by the 2022 plan and carried over to 2023, still open at the end of
2023, is offered again to the next plan that has none of it — carried over from its last copy, a
note naming where it came from — and never twice."""

from __future__ import annotations

import yaml

from helpers import run
from three_parties import PROGRAM_ID, three_parties

NEW = ("new", "plan", "--program", PROGRAM_ID)


def _draft(cli, root, year, out="kh.yaml"):
    res = cli(*NEW, "--year", str(year), "-o", out)
    assert res.exit_code == 0, res.output
    text = (root / out).read_text(encoding="utf-8")
    acts = yaml.load(text, Loader=yaml.BaseLoader)["contents"]["activities"]
    return text, [a for a in acts if a.get("area") == "chuyen-giao"], " ".join(res.output.split())


def _model(acts):
    return [a for a in acts if a.get("carried_from") or a.get("id") == "mo-hinh"]


def test_drafting_the_year_after_the_last_copy_carries_it_over(cli, tmp_path, monkeypatch):
    root = three_parties(tmp_path / "kho", years=(2022, 2023))
    monkeypatch.chdir(root)
    text, acts, _ = _draft(cli, root, 2024)
    (model,) = _model(acts)
    assert model["carried_from"] == {"plan": "kh-2023", "activity": "mo-hinh"}
    assert model["status"] == "in_progress"
    assert "# Chuyển tiếp từ plans/2023/kh-2023.yaml: chưa hoàn thành đến hết năm 2023." in text


def test_work_a_later_plan_dropped_is_offered_again_from_its_last_copy(cli, tmp_path, monkeypatch):
    # the 2024 plan holds a contest only: the model, open since 2023, is no plan's work in 2024
    root = three_parties(tmp_path / "kho")
    monkeypatch.chdir(root)
    text, acts, output = _draft(cli, root, 2025)
    (model,) = _model(acts)  # before: not in the draft, nor in any note
    assert model["title"] == "Xây dựng mô hình trình diễn (giai đoạn 2)"
    assert model["carried_from"] == {"plan": "kh-2023", "activity": "mo-hinh"}
    assert (model["lead"], model["support"], model["status"]) == (
        "skhcn",
        ["lhh", "td"],
        "in_progress",
    )
    assert (
        "# Chuyển tiếp từ plans/2023/kh-2023.yaml (năm 2023): chưa hoàn thành đến hết năm 2024, "
        "chưa kế hoạch nào sau đó chuyển tiếp." in text
    )
    assert (
        "time: 2025  # TODO: chưa hoàn thành từ năm 2023 đến hết năm 2024 (thời gian cũ: từ "
        "tháng 3/2023 đến tháng 10/2023); điền thời gian năm 2025" in text
    )
    assert (
        "Chuyển tiếp lại 1 hoạt động của chương trình chưa hoàn thành đến hết năm 2024 mà chưa kế "
        'hoạch nào sau đó chuyển tiếp: "Xây dựng mô hình trình diễn (giai đoạn 2)" '
        "(plans/2023/kh-2023.yaml, năm 2023)." in output
    )
    # the draft, written as a plan of 2025, links what it names: one piece of work
    (root / "plans/2025").mkdir()
    (root / "kh.yaml").rename(root / "plans/2025/kh-2025.yaml")
    result = run([str(root)], use_cache=False)
    assert not result.errors, result.errors
    assert not [p for p in result.problems if p.code in ("KH426", "KH431")], result.problems


def test_work_offered_again_is_never_offered_twice(cli, tmp_path, monkeypatch):
    root = three_parties(tmp_path / "kho")
    monkeypatch.chdir(root)
    (root / "plans/2025").mkdir()
    _draft(cli, root, 2025, "plans/2025/kh-2025.yaml")
    # drafting the year again (another party, a supplementary plan): the plan of 2025 has it
    _, acts, output = _draft(cli, root, 2025, "again.yaml")
    assert _model(acts) == []
    assert (
        "Không chép lại 1 hoạt động mà kế hoạch đã có của năm đã chuyển tiếp, thực hiện hay lặp "
        'lại (mỗi việc một lần): "Xây dựng mô hình trình diễn (giai đoạn 2)" '
        "(plans/2025/kh-2025.yaml)." in output
    )


def test_work_done_after_its_year_is_not_offered_again(cli, tmp_path, monkeypatch):
    # the 2023 copy was done in May 2024: the work is done, though its plan's year had ended
    root = three_parties(tmp_path / "kho", done_late=True)
    monkeypatch.chdir(root)
    _, acts, output = _draft(cli, root, 2025)
    assert _model(acts) == []
    assert "Chuyển tiếp lại" not in output
