"""An int written in octal or hexadecimal with more digits than Python prints in decimal (4,300)
is refused where it is written, like a decimal one (KH101): built without complaint, it broke
every command that printed it later ("Lỗi nội bộ")."""

from __future__ import annotations

import pytest

from helpers import ORGS, PLAN, build_tree
from kehoach.io import yamlfast, yamlio

OCTAL = "0" + "7" * 6000
HEX = "0x" + "f" * 4000


@pytest.mark.parametrize("written", [OCTAL, HEX, "9" * 6000])
def test_a_too_long_int_is_refused_at_its_position(written):
    loaded = yamlio.parse("x.yaml", f"kind: plan\nbudget: {written}\n")
    assert [(p.code, p.line, p.col, p.message) for p in loaded.problems] == [
        ("KH101", 2, 9, "Số quá dài (hơn 4.300 chữ số)")
    ]
    with pytest.raises(yamlfast.Unusual):
        yamlfast.load(f"budget: {written}\n")


def test_ints_short_enough_to_print_are_read(tmp_path):
    value = int("7" * 4000, 8)  # 3,613 decimal digits
    assert yamlio.parse("x.yaml", f"budget: 0{'7' * 4000}\n").data == {"budget": value}


def _repo(tmp_path, monkeypatch, budget: str):
    plan = PLAN.replace("      time: 2022-Q2", f"      time: 2022-Q2\n      budget: {budget}")
    files = {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": plan}
    monkeypatch.chdir(build_tree(tmp_path / "repo", files))


def test_commands_report_it_and_never_fail_inside(cli, tmp_path, monkeypatch):
    _repo(tmp_path, monkeypatch, OCTAL)
    result = cli("validate", "-f", "parsable")
    assert result.exit_code == 1
    assert "plans/kh.yaml:13:15: error KH101 Số quá dài (hơn 4.300 chữ số)" in result.stdout
    kh304 = [line for line in result.stdout.splitlines() if "KH304" in line]
    assert len(kh304) == 1 and len(kh304[0]) < 400  # the value quoted, cut at 70 characters
    assert "budget: 7777777777" in kh304[0]
    for args in (("due", "--today", "2022-06-01"), ("who",)):
        other = cli(*args)
        assert "nội bộ" not in other.stdout + other.stderr
        assert other.exit_code in (0, 1), other.stderr
