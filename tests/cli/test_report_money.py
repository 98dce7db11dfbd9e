"""A report's planned money says what part of it is the budget of activities whose time runs past
the period: a program's contest of 2025–2026 with 150 million for both years, in a report of
2025 alone, was counted whole without a word (found over a whole program cycle: a half-year
report planned 325 million, 150 of them a three-year contest's)."""

from __future__ import annotations

from test_program_activity_link import _repo, cli

LONG = (
    "      - id: hoi-thi\n        title: Hội thi sáng tạo\n        lead: skhcn\n"
    "        time: 2025..2026\n        budget: 150000000\n"
)


def _report(period: str) -> str:
    code, output = cli(
        "report", "ctph", "--period", period, "--to", "txt", "--today", "2027-01-10", "-o", "-"
    )
    assert code == 0, output
    return " ".join(output.split())


def test_the_budget_of_an_activity_longer_than_the_period_is_said(tmp_path, monkeypatch):
    root = _repo(tmp_path, monkeypatch)
    program = root / "programs/ctph.yaml"
    text = program.read_text(encoding="utf-8").replace("signers:\n", LONG + "signers:\n", 1)
    program.write_text(text, encoding="utf-8")
    assert (
        "(không tính hoạt động hủy): 180.000.000 đồng, trong đó 150.000.000 đồng là kinh phí "
        "cho cả thời gian của 1 hoạt động kéo dài ra ngoài kỳ báo cáo." in _report("2025")
    )
    # the whole program's period holds it: nothing to say
    assert "180.000.000 đồng. " in _report("2025..2026")
