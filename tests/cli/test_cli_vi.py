"""The help screens and usage errors typer draws itself speak Vietnamese too."""

from __future__ import annotations

import pytest

from kehoach.cli import main
from kehoach.cli._vi import translate_error


def test_help_screen_is_vietnamese(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: kehoach")
    assert "Tùy chọn:" in out and "Lệnh:" in out and "In hướng dẫn này rồi thoát." in out


def test_command_help_lists_arguments_in_vietnamese(capsys):
    assert main(["render", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Đối số:" in out and "bắt buộc" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["validate", "--nope"], "Lỗi: Không có tùy chọn --nope (có phải: --no-cache?)"),
        (["render"], "Lỗi: Thiếu đối số TỆP."),
        (["nothing"], "Lỗi: Không có lệnh 'nothing'."),
    ],
)
def test_usage_errors_are_vietnamese_with_exit_2(capsys, args, expected):
    assert main(args) == 2
    assert expected in capsys.readouterr().err


def test_unknown_messages_pass_through():
    assert translate_error("Something new") == "Something new"
    assert translate_error("Got unexpected extra argument(s) (y z)") == "Thừa đối số: y z"
