"""Hostile input while loading (issue 9, items 1–7 and 13): every test is named after the input.
Each ends in positioned problems (exit 1) or a clear message naming the file (exit 2), never an
internal error, a hang or data from a file that failed its schema."""

from __future__ import annotations

import os

import pytest

from helpers import ORGS, PLAN, build_tree

TODAY = "2022-03-01"


def _lines(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.strip()]


def _validate(cli, repo, *paths):
    return cli("validate", "--format", "parsable", *(str(p) for p in paths or [repo]))


@pytest.fixture
def at_repo(repo, monkeypatch):
    monkeypatch.chdir(repo)
    return repo


# -- 1–4: values PyYAML would build but no document can hold ------------------------------------


def test_integer_of_5000_digits(cli, at_repo):
    (at_repo / "plans/2022/kh.yaml").write_text(
        PLAN.replace("year: 2022", "year: " + "9" * 5000), encoding="utf-8"
    )
    result = _validate(cli, at_repo)
    assert result.exit_code == 1, result.output
    assert _lines(result) == ["plans/2022/kh.yaml:4:7: error KH101 Số quá dài (hơn 4.300 chữ số)"]
    # the rest of the repository still works
    assert cli("who", "-f", "json").exit_code == 0


@pytest.mark.parametrize(
    "value, message",
    [
        ("!!binary aGk=", "Thẻ YAML !!binary không được hỗ trợ"),
        ("!!timestamp x", "Thẻ YAML !!timestamp không được hỗ trợ"),
        ("!!set {a, b}", "Thẻ YAML !!set không được hỗ trợ"),
        ("!!omap [{a: 1}]", "Thẻ YAML !!omap không được hỗ trợ"),
        ("!!python/object:os.system x", "Thẻ YAML !!python/object:os.system không được hỗ trợ"),
        ("!!int x", 'Giá trị "x" không phải số nguyên'),
        ("!!bool maybe", 'Giá trị "maybe" không phải true/false'),
        ("!!int", 'Giá trị "" không phải số nguyên'),  # found by the property below
    ],
)
def test_explicit_tag_building_a_non_json_value(cli, at_repo, value, message):
    """``kind: !!binary aGk=`` (bytes where the schema has an enum), ``title: !!timestamp x``…"""
    (at_repo / "plans/2022/kh.yaml").write_text(
        PLAN.replace("title: Kế hoạch thử", f"title: {value}"), encoding="utf-8"
    )
    result = _validate(cli, at_repo)
    assert result.exit_code == 1, result.output
    assert _lines(result) == [f"plans/2022/kh.yaml:5:8: error KH101 {message}"]


def test_kind_binary_in_the_kind_key(cli, at_repo):
    (at_repo / "plans/2022/kh.yaml").write_text(
        PLAN.replace("kind: plan", "kind: !!binary aGk="), encoding="utf-8"
    )
    result = _validate(cli, at_repo)
    assert result.exit_code == 1
    assert "1:7: error KH101 Thẻ YAML !!binary không được hỗ trợ" in result.stdout


def test_keys_yes_1_and_tilde_stay_text(cli, at_repo):
    """YAML 1.1 reads ``yes:`` as True and ``~:`` as None; a key is kept as written."""
    (at_repo / "plans/2022/kh.yaml").write_text(PLAN + "yes: 1\n1: 2\n~: 3\n", encoding="utf-8")
    result = _validate(cli, at_repo)
    assert result.exit_code == 1
    codes = [(line.split(":")[1], line.split()[2]) for line in _lines(result)]
    assert codes == [("24", "KH202"), ("25", "KH202"), ("26", "KH202")]


def test_orgs_1_in_orgs_yaml(cli, at_repo):
    (at_repo / "orgs.yaml").write_text("kind: orgs\norgs: 1\n", encoding="utf-8")
    result = _validate(cli, at_repo)
    assert result.exit_code == 1
    assert "orgs.yaml:2:7: error KH203 Sai kiểu ở orgs" in result.stdout
    for args in (["due", "--today", TODAY], ["who"], ["report", "kh", "--period", "2022"]):
        out = cli(*args)
        assert out.exit_code == 2, (args, out.output)
        assert "Không dùng được orgs.yaml vì tệp có lỗi: orgs.yaml:2:7:" in out.stderr


# -- 5: no command consumes data that failed its schema ------------------------------------------

_BAD_ORGS = {
    "short-5": ("short: Tỉnh Đoàn", "short: 5", "orgs.yaml:5:12"),
    "short-binary": ("short: Tỉnh Đoàn", "short: !!binary aGk=", "orgs.yaml:5:12"),
    "place-5": ("place: Bình Thuận\n    body", "place: 5\n    body", "orgs.yaml:9:12"),
    "parent-5": ("parent: UBND TỈNH BÌNH THUẬN", "parent: 5", "orgs.yaml:15:13"),
    "no-header": ("    header: BCH TỈNH ĐOÀN BÌNH THUẬN\n", "", "orgs.yaml:3:5"),
    "list-name": ("name: Tỉnh Đoàn Bình Thuận", "name: [Tỉnh, Đoàn]", "orgs.yaml:4:11"),
}
_CONSUMERS = [
    ["due", "--today", TODAY],
    ["due", "--today", TODAY, "-f", "json"],
    ["due", "--today", TODAY, "-f", "ics", "-o", "-"],
    ["who"],
    ["who", "-f", "md"],
    ["who", "-f", "json"],
    ["report", "kh", "--period", "2022"],
    ["report", "kh", "--period", "2022", "--to", "docx", "-o", "bc.docx"],
    ["render", "plans/2022/kh.yaml", "--to", "docx", "-o", "kh.docx"],
    ["render", "plans/2022/kh.yaml", "--to", "txt", "-o", "-"],
]


@pytest.mark.parametrize("case", sorted(_BAD_ORGS))
def test_schema_invalid_orgs_yaml_is_never_consumed(cli, at_repo, case):
    old, new, where = _BAD_ORGS[case]
    assert old in ORGS
    (at_repo / "orgs.yaml").write_text(ORGS.replace(old, new, 1), encoding="utf-8")
    result = _validate(cli, at_repo)
    assert result.exit_code == 1 and where in result.stdout, result.output
    for args in _CONSUMERS:
        out = cli(*args)
        assert out.exit_code == 2, (args, out.output)
        assert f"Không dùng được orgs.yaml vì tệp có lỗi: {where}:" in out.stderr, args
        assert "Lỗi nội bộ" not in out.output
    assert not (at_repo / "kh.docx").exists() and not (at_repo / "bc.docx").exists()


def test_schema_invalid_kehoach_yaml_is_never_consumed(cli, at_repo):
    (at_repo / "kehoach.yaml").write_text("kind: settings\nplace: [Bình Thuận]\n", encoding="utf-8")
    out = cli("render", "plans/2022/kh.yaml", "--to", "txt", "-o", "-")
    assert out.exit_code == 2
    assert "Không dùng được kehoach.yaml vì tệp có lỗi: kehoach.yaml:2:8:" in out.stderr


def test_plan_citing_a_schema_invalid_program(cli, at_repo):
    build_tree(
        at_repo,
        {
            "programs/ctph.yaml": "kind: program\nid: ctph\nparties: td\n",
            "plans/2022/kh.yaml": PLAN.replace(
                "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
            ),
        },
    )
    result = _validate(cli, at_repo, "plans/2022/kh.yaml")
    assert result.exit_code == 0, result.output  # the plan itself is right
    out = cli("render", "plans/2022/kh.yaml", "--to", "txt", "-o", "-")
    assert out.exit_code == 2
    assert (
        'Không dùng được căn cứ "ctph" (programs/ctph.yaml) vì tệp có lỗi: programs/ctph.yaml:'
        in (out.stderr)
    )
    assert "không có trong kho" not in out.output


def test_key_typo_does_not_hide_the_checks_of_the_same_file(cli, at_repo):
    """``budjet:`` (KH202), ``lead: skhcn-x`` (KH401) and ``done_date: 2022-02-30`` (KH405): one run."""
    text = (
        PLAN.replace("title: Kế hoạch thử", "title: Kế hoạch thử\nbudjet: 5")
        .replace("lead: td", "lead: skhcn-x")
        .replace("time: 2022-Q2", "time: 2022-Q2\n      status: done\n      done_date: 2022-02-30")
    )
    (at_repo / "plans/2022/kh.yaml").write_text(text, encoding="utf-8")
    result = _validate(cli, at_repo)
    assert [line.split()[2] for line in _lines(result)] == ["KH202", "KH401", "KH405"]


def test_wrong_enum_does_not_fake_a_missing_value(cli, at_repo):
    """``authority: TM`` (not in the enum) is reported once, not also as "no authority"."""
    (at_repo / "plans/2022/kh.yaml").write_text(
        PLAN.replace("authority: TM.", "authority: TM"), encoding="utf-8"
    )
    result = _validate(cli, at_repo)
    assert [line.split()[2] for line in _lines(result)] == ["KH204"]


# -- 6: characters no document can hold ------------------------------------------------------------


@pytest.mark.parametrize(
    "escape, point",
    [("\\x00", "0000"), ("\\x01", "0001"), ("\\b", "0008"), ("\\f", "000C"), ("\\uFFFE", "FFFE")],
)
def test_control_character_in_a_text_value(cli, at_repo, escape, point):
    (at_repo / "plans/2022/kh.yaml").write_text(
        PLAN.replace("title: Hội thi", f'title: "Hội{escape}thi"'), encoding="utf-8"
    )
    result = _validate(cli, at_repo)
    assert result.exit_code == 1
    assert _lines(result) == [
        f"plans/2022/kh.yaml:9:14: error KH305 Giá trị có ký tự U+{point} "
        + result.stdout.split(f"U+{point} ", 1)[1].strip()
    ]
    out = cli("render", "plans/2022/kh.yaml", "--to", "docx", "-o", "kh.docx")
    assert out.exit_code == 1 and "KH305" in out.stderr
    assert not (at_repo / "kh.docx").exists()
    due = cli("due", "--today", TODAY, "-f", "json")
    assert "plans/2022/kh.yaml" in due.stderr  # skipped, and said so


def test_control_character_in_a_key(cli, at_repo):
    (at_repo / "plans/2022/kh.yaml").write_text(PLAN + '"x\\x01": 1\n', encoding="utf-8")
    result = _validate(cli, at_repo)
    assert "plans/2022/kh.yaml:24:1: error KH305 Tên khóa có ký tự U+0001" in result.stdout
    assert "\x01" not in result.stdout  # quoted in messages as an escape


# -- 7: settings checked by the rules of the commands that read them ------------------------------


def test_due_within_2022_06_to_2021_01_in_kehoach_yaml(cli, at_repo):
    (at_repo / "kehoach.yaml").write_text(
        "kind: settings\ndue:\n  within: 2022-06..2021-01\n", encoding="utf-8"
    )
    result = _validate(cli, at_repo)
    assert result.exit_code == 1
    assert _lines(result) == [
        'kehoach.yaml:3:11: error KH207 Khoảng "2022-06..2021-01" ở due.within không hợp lệ: '
        "viết số kèm đơn vị: 30d (ngày), 8w (tuần), 3m (tháng)"
    ]
    out = cli("due", "--today", TODAY)
    assert out.exit_code == 2 and "kehoach.yaml:3:11:" in out.stderr


# -- 13: the file system: only regular files inside the repository are read -----------------------


def test_fifo_named_yaml_does_not_block(cli, at_repo):
    os.mkfifo(at_repo / "plans" / "ong.yaml")
    result = _validate(cli, at_repo)  # would block forever on open() or read()
    assert result.exit_code == 1
    assert _lines(result) == [
        "plans/ong.yaml:1:1: error KH104 Bỏ qua: là ống dẫn (FIFO), không phải tệp thường; không đọc"
    ]
    due = cli("due", "--today", TODAY)
    assert due.exit_code == 0 and "plans/ong.yaml" in due.stderr


def test_fifo_named_on_the_command_line(cli, at_repo):
    os.mkfifo(at_repo / "plans" / "ong.yaml")
    result = _validate(cli, at_repo, "plans/ong.yaml")
    assert result.exit_code == 1 and "KH104 Bỏ qua" in result.stdout


def test_symlink_to_dev_stdin_named_yaml(cli, at_repo):
    os.symlink("/dev/stdin", at_repo / "plans" / "stdin.yaml")
    result = cli("validate", "--format", "parsable", input="kind: plan\n")
    assert result.exit_code == 1
    assert "plans/stdin.yaml:1:1: error KH104 Bỏ qua: liên kết (symlink) trỏ ra ngoài kho" in (
        result.stdout
    )


def test_symlink_to_a_secret_outside_the_repository(cli, tmp_path, monkeypatch):
    secret = tmp_path / "secret.yaml"
    secret.write_text("kind: plan\nsecret_token: TODO-sk-live-4242\n", encoding="utf-8")
    repo = build_tree(tmp_path / "repo", {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS})
    (repo / "plans").mkdir()
    os.symlink(secret, repo / "plans" / "la.yaml")
    monkeypatch.chdir(repo)
    for args in (["validate", "-f", "parsable"], ["validate", "-f", "json", "plans/la.yaml"]):
        result = cli(*args)
        assert "sk-live-4242" not in result.output, args
        assert "trỏ ra ngoài kho" in result.output
    assert "sk-live-4242" not in cli("due", "--today", TODAY, "--all", "-f", "json").output


def test_symlink_inside_the_repository_is_followed(cli, at_repo):
    os.symlink("2022/kh.yaml", at_repo / "plans" / "cung-kho.yaml")
    result = _validate(cli, at_repo)
    assert "KH104" not in result.stdout  # a link inside the repository is an ordinary file


def test_file_name_with_an_escape_sequence_and_a_line_break(cli, at_repo):
    name = "x\x1b[31mđỏ\nxuống dòng.yaml"
    (at_repo / "plans" / name).write_text(PLAN, encoding="utf-8")
    result = _validate(cli, at_repo)
    assert "\x1b" not in result.output
    assert _lines(result) == [
        "plans/x\\x1b[31mđỏ\\nxuống dòng.yaml:1:1: error KH104 Bỏ qua: tên tệp hoặc thư mục có "
        "ký tự điều khiển; hãy đổi tên"
    ]
    for args in (
        ["due", "--today", TODAY, "--all"],
        ["who"],
        ["due", "--today", TODAY, "-f", "csv"],
    ):
        out = cli(*args)
        assert out.exit_code == 0 and "\x1b" not in out.output, args


def test_kehoach_yaml_symlink_out_of_the_repository(cli, tmp_path_factory, monkeypatch):
    outside = tmp_path_factory.mktemp("outside") / "kehoach.yaml"
    outside.write_text("kind: settings\nexclude: ['**']\nplace: bí mật\n", encoding="utf-8")
    repo = build_tree(tmp_path_factory.mktemp("repo"), {"orgs.yaml": ORGS, "plans/kh.yaml": PLAN})
    os.symlink(outside, repo / "kehoach.yaml")
    monkeypatch.chdir(repo)
    result = cli("validate", "-f", "parsable")
    assert (
        "kehoach.yaml:1:1: error KH104 Bỏ qua: liên kết (symlink) trỏ ra ngoài kho" in result.stdout
    )
    assert "plans/kh.yaml" not in result.stdout  # its exclude was not applied, and the plan is fine
    out = cli("render", "plans/kh.yaml", "--to", "txt", "-o", "-")
    assert out.exit_code == 2 and "bí mật" not in out.output


def test_nesting_100000_deep(cli, at_repo):
    (at_repo / "plans" / "sau.yaml").write_text(
        "kind: plan\nx: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8"
    )
    result = _validate(cli, at_repo)
    assert "plans/sau.yaml:2:1003: error KH101 Lỗi cú pháp YAML: cấu trúc lồng nhau quá sâu" in (
        result.stdout
    )


def test_a_megabyte_of_cedillas(cli, at_repo):
    """A long run of TCVN3 symbols made the legacy-encoding check backtrack quadratically (hang)."""
    (at_repo / "plans/2022/kh.yaml").write_text(
        PLAN.replace("title: Kế hoạch thử", "title: Kế hoạch thử " + "¸" * 1_000_000),
        encoding="utf-8",
    )
    result = _validate(cli, at_repo)
    assert result.exit_code == 0, result.output


def test_file_and_folder_names_that_are_not_utf8(cli, at_repo):
    os.rename(
        at_repo / "plans/2022/kh.yaml", os.fsencode(at_repo / "plans/2022") + b"/kh-\xff.yaml"
    )
    os.makedirs(os.fsencode(at_repo / "plans") + b"/\xfe")
    (at_repo / "plans" / os.fsdecode(b"\xfe") / "kh2.yaml").write_text(PLAN, encoding="utf-8")
    for fmt in ("parsable", "json", "github", "text"):
        result = cli("validate", "-f", fmt, "-o", "ket-qua.txt")
        assert result.exit_code == 1, (fmt, result.output)
        text = (at_repo / "ket-qua.txt").read_text(encoding="utf-8")
        assert text.count("không phải UTF-8") == 2, fmt
    for args in (
        ["due", "--today", TODAY, "-f", "json", "-o", "d.json"],
        ["who", "-f", "md", "-o", "w.md"],
    ):
        assert cli(*args).exit_code == 0, args


def test_folder_of_the_repository_linked_out_and_named_on_the_command_line(
    cli, at_repo, tmp_path_factory
):
    outside = tmp_path_factory.mktemp("outside")
    (outside / "bi-mat.yaml").write_text(
        "kind: plan\nsecret_token: sk-live-4242\n", encoding="utf-8"
    )
    os.symlink(outside, at_repo / "plans" / "ngoai")
    for args in (["plans/ngoai"], ["plans/ngoai/bi-mat.yaml"], []):
        result = cli("validate", "-f", "parsable", *args)
        assert "sk-live" not in result.output and "secret_token" not in result.output, args
        if args:
            assert "KH104 Bỏ qua:" in result.stdout and "trỏ ra ngoài kho" in result.stdout


def test_repository_reached_through_a_link(cli, repo, tmp_path_factory, monkeypatch):
    link = tmp_path_factory.mktemp("links") / "kho"
    os.symlink(repo, link)
    result = cli("validate", "-f", "parsable", str(link / "plans/2022/kh.yaml"))
    assert result.exit_code == 0 and result.stdout == "", result.output
    monkeypatch.chdir(link)
    assert cli("validate", "-f", "parsable").exit_code == 0
