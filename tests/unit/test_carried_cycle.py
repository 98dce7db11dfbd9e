"""A ``carried_from`` cycle (the 2022 copy carried over from the 2023 one, the 2023 copy from the
2022 one: ``three_parties(cycle=True)``) is one piece of work still: a report counts it once, as
its latest copy, with each earlier copy's money once — never twice, never zero times, and no
command loops on it."""

from __future__ import annotations

from datetime import date

from helpers import run
from kehoach.report.build import build
from three_parties import PROGRAM_ID, three_parties

MODEL_2023 = "Xây dựng mô hình trình diễn (giai đoạn 2)"


def _repo(tmp_path, **kw):
    result = run([str(three_parties(tmp_path / "kho", **kw))], use_cache=False)
    assert not result.errors, result.errors
    return result.repo


def _models(report):
    return [i for i in report.items if i.doc.kind == "plan" and i.area == "chuyen-giao"]


def test_a_cycle_is_counted_once_with_each_copys_money_once(tmp_path):
    repo = _repo(tmp_path, cycle=True)
    both = build(repo, PROGRAM_ID, "2022..2023", date(2024, 1, 5))
    # one piece of work, as its latest copy (before: each copy reached the other, both dropped)
    (model,) = _models(both)
    assert (model.doc.id, model.title) == ("kh-2023", MODEL_2023)
    assert [d.id for d, _ in model.earlier] == ["kh-2022"]
    # 2023's 50 million and 2022's 60 million, each once; 2023's budget and 2022's spending
    assert (model.spent, model.budget) == (110_000_000, 150_000_000 + 60_000_000)
    assert [i.spent for i in both.budget()["later"]] == [110_000_000]
    # 2023 alone: the 2023 copy is not an earlier copy of itself (before: 160 million)
    (model,) = _models(build(repo, PROGRAM_ID, "2023", date(2024, 1, 5)))
    assert [d.id for d, _ in model.earlier] == ["kh-2022"]
    assert model.spent == 110_000_000


def test_the_same_chain_without_the_cycle_counts_the_same(tmp_path):
    # the cycle changes nothing of the plans' money: the chain as the program's model, 2022 → 2023
    (model,) = _models(build(_repo(tmp_path), PROGRAM_ID, "2022..2023", date(2024, 1, 5)))
    assert (model.doc.id, model.spent, model.budget) == ("kh-2023", 110_000_000, 210_000_000)


def test_no_command_loops_on_a_cycle(cli, tmp_path, monkeypatch):
    root = three_parties(tmp_path / "kho", cycle=True)
    monkeypatch.chdir(root)
    for args in (
        ("report", PROGRAM_ID, "--period", "2022..2023", "--today", "2024-01-05"),
        ("due", ".", "--today", "2023-06-30"),
        ("who", "."),
        ("new", "plan", "--program", PROGRAM_ID, "--year", "2025", "-o", "kh-2025.yaml"),
    ):
        res = cli(*args)
        assert res.exit_code == 0, (args, res.output)
    # a cycle leads back to no program activity: not the program's work left open, not offered
    assert "mo-hinh" not in (root / "kh-2025.yaml").read_text(encoding="utf-8")


def test_validate_warns_of_the_cycle_on_each_copy(tmp_path):
    result = run([str(three_parties(tmp_path / "kho", cycle=True))], use_cache=False)
    found = sorted((p.path, p.message) for p in result.problems if p.code == "KH450")
    assert [path.split("/kho/")[-1] for path, _ in found] == [
        "plans/2022/kh-2022.yaml",
        "plans/2023/kh-2023.yaml",
    ]
    assert found[0][1].startswith(
        'Chuỗi `carried_from` quay về chính hoạt động này: "mo-hinh" (kh-2022) chuyển tiếp từ '
        '"mo-hinh" (kh-2023) chuyển tiếp từ "mo-hinh" (kh-2022)'
    )
    # the same chain the right way round (the program's model, 2022 → 2023): no warning
    result = run([str(three_parties(tmp_path / "thuong"))], use_cache=False)
    assert not [p for p in result.problems if p.code == "KH450"]
