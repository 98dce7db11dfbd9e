"""Bad input never crashes: each case gets a positioned problem or a clear message and the right
exit code, in bounded time and memory."""

from __future__ import annotations

import os

from typer.testing import CliRunner

from helpers import run
from kehoach.cli import main
from kehoach.cli.app import app
from kehoach.io import yamlio
from kehoach.io.atomic import write_atomic


def _validate(path, *args):
    return CliRunner().invoke(app, ["validate", "--format", "parsable", *args, str(path)])


def test_huge_file_is_refused_without_reading_it(repo):
    big = repo / "plans" / "big.yaml"
    with open(big, "wb") as fh:
        fh.write(b"kind: plan\n")
        fh.seek(50 * 1024 * 1024)
        fh.write(b"\n")
    result = _validate(big)
    assert result.exit_code == 1
    assert ":1:1: error KH104 Tệp quá lớn (50 MB; tối đa 5 MB)" in result.stdout


def test_directory_instead_of_file_is_reported(repo):
    (repo / "plans" / "thu-muc.yaml").mkdir()
    loaded = yamlio.read(str(repo / "plans" / "thu-muc.yaml"))
    assert [p.code for p in loaded.problems] == ["KH104"]
    assert "Không đọc được tệp" in loaded.problems[0].message


def test_unreadable_file(repo, monkeypatch):
    """A file the user may not read (chmod 0; simulated, since CI runs as root, who reads anything)."""
    target = repo / "plans" / "2022" / "kh.yaml"
    real_open = os.open

    def deny(file, *args, **kwargs):
        if str(file) == str(target):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("os.open", deny)
    result = _validate(target)
    assert result.exit_code == 1
    assert "KH104 Không đọc được tệp: Permission denied" in result.stdout


def test_unreadable_file_via_read_error(repo, monkeypatch):
    """The same path as an unreadable file, simulated (tests also run as root)."""

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.open", deny)
    loaded = yamlio.read(str(repo / "plans" / "2022" / "kh.yaml"))
    assert [p.code for p in loaded.problems] == ["KH104"]
    assert "Permission denied" in loaded.problems[0].message


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    code = main(["validate", str(tmp_path / "khong-co.yaml")])
    assert code == 2
    assert "Không tìm thấy đường dẫn" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(repo, capsys):
    assert main(["validate", "--format", "xml", str(repo)]) == 2
    assert (
        "'xml' không phải một trong 'text', 'parsable', 'json', 'github'" in capsys.readouterr().err
    )


def test_deep_nesting_is_bounded(repo):
    path = repo / "plans" / "deep.yaml"
    path.write_text("kind: plan\nx: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = run([str(path)])
    assert result.problems and result.problems[0].code in ("KH101", "KH105", "KH202")


def test_control_characters(repo):
    path = repo / "plans" / "ctrl.yaml"
    path.write_bytes(b"kind: plan\ntitle: a\x07b\n")
    result = run([str(path)])
    assert result.problems[0].code == "KH101"
    assert (result.problems[0].line, result.problems[0].col) == (2, 9)


def test_alias_bomb_memory_is_bounded():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 30):
        prev, cur = f"n{i - 1}" if i > 1 else "a", f"n{i}"
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    loaded = yamlio.parse("bomb.yaml", "\n".join(lines) + "\n")
    assert [p.code for p in loaded.problems] == ["KH105"]


def test_small_aliases_are_fine():
    loaded = yamlio.parse("ok.yaml", "kind: plan\nx: &o [td]\ny: *o\n")
    assert loaded.problems == [] and loaded.data["y"] == ["td"]


def test_bom_is_accepted():
    text, problems = yamlio.decode("x.yaml", b"\xef\xbb\xbfkind: plan\n")
    assert problems == [] and text == "kind: plan\n"


def test_dates_stay_strings():
    loaded = yamlio.parse("x.yaml", "date: 2021-02-05\nyear: 2021\n")
    assert loaded.data == {"date": "2021-02-05", "year": 2021}


def test_outputs_are_written_atomically_with_normal_permissions(tmp_path):

    target = tmp_path / "out.txt"
    write_atomic(str(target), b"a")
    write_atomic(str(target), b"b")
    assert target.read_bytes() == b"b"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_current_umask())
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary file left


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_no_command_writes_over_a_yaml_file(repo, monkeypatch):
    monkeypatch.chdir(repo)
    plan = repo / "plans" / "2022" / "kh.yaml"
    before = plan.read_bytes()
    for args in (
        ["due", "--today", "2022-03-01", "-f", "json", "-o", str(plan)],
        ["who", "-f", "json", "-o", str(plan)],
        ["render", str(plan), "--to", "txt", "-o", str(plan)],
    ):
        assert main(args) == 2, args
    assert plan.read_bytes() == before


def test_an_error_quoting_emoji_codes_says_them_as_typed(repo, monkeypatch, cli):
    """The error line is rich ``Text``: ``:smile:`` and ``[b]`` in a value are not rich's codes."""
    monkeypatch.chdir(repo)
    result = cli("due", "--party", ":smile:[b]x[/b]")
    assert result.exit_code == 2
    assert ":smile:[b]x[/b]" in result.output and "😄" not in result.output


def test_a_missing_option_with_a_short_name_is_said_without_stray_quotes(repo, monkeypatch, cli):
    monkeypatch.chdir(repo)
    result = cli("new", "plan", "--year", "2024")
    assert result.exit_code == 2
    assert "Thiếu tùy chọn --program / -p." in result.output and "'" not in result.output
