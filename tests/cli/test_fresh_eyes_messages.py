"""Findings of a new user running the README, each fixed as a class: sizes in bytes/KB/MB, UTF-16
without BOM, no repository around the working directory, an empty orgs.yaml, list positions
counted from 1, import's -o into a missing folder and outside a repository, quotes inside quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import DT, PLAN, build_tree, rendered
from kehoach.diff.formats import as_text
from kehoach.diff.run import compare_texts
from kehoach.io import limits
from kehoach.io.yamlerrors import size_text
from kehoach.output import Style
from kehoach.vocab import json_path_text, quoted


def _parsable(cli, *args):
    return cli("validate", "--format", "parsable", "--no-cache", *args)


@pytest.mark.parametrize(
    ("size", "text"),
    [(0, "0 byte"), (10, "10 byte"), (1023, "1023 byte"), (1536, "1,5 KB"), (5 << 20, "5 MB")],
)
def test_sizes_are_shown_as_people_read_them(size, text):
    assert size_text(size) == text


def test_a_small_size_limit_says_bytes_not_zero_megabytes(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    monkeypatch.setattr(limits, "MAX_BYTES", 10)
    size = (repo / "plans/2022/kh.yaml").stat().st_size
    result = _parsable(cli, "plans/2022/kh.yaml")
    assert result.exit_code == 1
    expected = f"KH104 Tệp quá lớn ({size_text(size)}; tối đa 10 byte)"
    assert expected in result.stdout
    assert "0 MB" not in result.stdout


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_named_not_called_binary(cli, repo, monkeypatch, encoding):
    monkeypatch.chdir(repo)
    (repo / "plans/2022/kh.yaml").write_bytes(PLAN.encode(encoding))
    result = _parsable(cli, "plans/2022/kh.yaml")
    assert result.exit_code == 1
    name = encoding[:6].upper()
    assert f"KH102 Tệp được lưu bằng bảng mã {name}; hãy lưu lại bằng UTF-8" in result.stdout
    assert "nhị phân" not in result.stdout


def test_real_binary_is_still_binary(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "plans/2022/kh.yaml").write_bytes(bytes(range(256)) * 4)
    assert "KH103" in _parsable(cli, "plans/2022/kh.yaml").stdout


def test_validate_outside_any_repository_refuses_to_walk_the_folder(cli, tmp_path, monkeypatch):
    build_tree(tmp_path, {"ghi-chu/a.yaml": "x: 1\n", "kh.yaml": PLAN})
    monkeypatch.chdir(tmp_path)
    result = _parsable(cli)
    assert result.exit_code == 2
    assert "Không tìm thấy kehoach.yaml hay orgs.yaml" in result.stderr
    assert "kehoach init" in result.stderr
    assert result.stdout == ""


def test_validate_of_a_named_file_outside_a_repository_says_where_the_root_is(
    cli, tmp_path, monkeypatch
):
    build_tree(tmp_path, {"kh.yaml": PLAN})
    monkeypatch.chdir(tmp_path)
    result = _parsable(cli, "kh.yaml")
    assert result.exit_code == 1
    assert f"Lưu ý: không tìm thấy kehoach.yaml hay orgs.yaml ở {tmp_path}" in result.stderr
    assert "KH417" in result.stdout


def test_an_empty_orgs_file_is_named_as_such_even_when_one_plan_is_checked(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "orgs.yaml").write_text("", encoding="utf-8")
    result = _parsable(cli, "plans/2022/kh.yaml")
    assert result.exit_code == 1
    assert "KH417 orgs.yaml chưa có tổ chức nào dùng được (tệp rỗng" in result.stdout


def test_list_positions_are_counted_from_one():
    assert json_path_text(("contents", "activities", 2, "title")) == "contents.activities[3].title"
    assert json_path_text((0,)) == "[1]"
    assert json_path_text(()) == ""


def test_schema_messages_count_list_positions_from_one(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    text = PLAN.replace("time: 2022-Q2", "time: Q2/2022")
    (repo / "plans/2022/kh.yaml").write_text(text, encoding="utf-8")
    result = _parsable(cli)
    assert "contents.activities[1].time" in result.stdout
    assert "activities.0" not in result.stdout


def test_a_value_read_as_a_mapping_says_to_quote_it(cli, repo, monkeypatch):
    monkeypatch.chdir(repo)
    text = PLAN.replace("title: Kế hoạch thử", "title: {Hội thi: Sáng tạo}")
    (repo / "plans/2022/kh.yaml").write_text(text, encoding="utf-8")
    result = _parsable(cli)
    assert "mở đầu bằng '{' bị YAML đọc thành ánh xạ" in result.stdout


def test_quotes_inside_a_quoted_value_stay_readable():
    assert quoted("Hội thi") == '"Hội thi"'
    assert quoted('Hội thi "Sáng tạo"') == '“Hội thi "Sáng tạo"”'


def test_a_note_with_quotes_is_shown_without_nested_straight_quotes(repo):
    old = (repo / "plans/2022/kh.yaml").read_text(encoding="utf-8")
    new = old.replace(
        "      time: 2022-Q2\n",
        "      time: 2022-Q2\n      note: 'Đã tổ chức \"Ngày hội\" lần 2'\n",
    ).replace("title: Hội thi", 'title: Hội thi "Sáng tạo"')
    result = compare_texts(repo, {"plans/2022/kh.yaml": (old, new)}, ("cũ", "mới"))
    text = as_text(result, Style())
    assert '“Đã tổ chức "Ngày hội" lần 2”' in text
    assert '""' not in text


@pytest.fixture
def docx_file(tmp_path) -> Path:
    path = tmp_path / "nguon" / "kh.docx"
    path.parent.mkdir()
    path.write_bytes(rendered(DT, "docx"))
    return path


def test_import_into_a_missing_folder_is_refused_like_render(cli, repo, docx_file, monkeypatch):
    monkeypatch.chdir(repo)
    result = cli("import", str(docx_file), "-o", "nhap/moi/")
    assert result.exit_code == 2
    assert "Không có thư mục nhap/moi để ghi bản nháp" in result.stderr
    assert "mkdir -p nhap/moi" in result.stderr
    assert not (repo / "nhap").exists()
    result = cli("import", str(docx_file), "-o", "nhap/kh.yaml")
    assert result.exit_code == 2
    assert not (repo / "nhap").exists()


def test_import_outside_a_repository_says_there_is_no_orgs_file(
    cli, tmp_path, docx_file, monkeypatch
):
    (tmp_path / "ra").mkdir()
    monkeypatch.chdir(tmp_path)
    result = cli("import", str(docx_file), "-o", "ra/")
    assert result.exit_code == 0, result.output
    assert "KH611 Tổ chức “BCH TỈNH ĐOÀN ĐỒNG THÁP”" not in result.stderr  # no quotes inside
    assert 'KH611 Tổ chức "BCH TỈNH ĐOÀN ĐỒNG THÁP" chưa khai báo ở đâu: không có orgs.yaml' in (
        result.stderr
    )
    assert "--repo" in result.stderr
