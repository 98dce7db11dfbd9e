"""``kehoach issue``: the number and date written into a document as minimal edits, checked
against the repository first; then ``validate``, ``render`` and ``git diff`` of the result."""

from __future__ import annotations

import difflib
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import ALL, ORGS, PLAN, build_tree
from kehoach.io.yamlload import Loader
from kehoach.issue.edit import write_values

DRAFT = PLAN.replace(
    "kind: plan\nissuers: [td]\ndate: 2022-01-10\n",
    "# Bản nháp kế hoạch (kehoach new)\nkind: plan\n"
    "# number: 1          # TODO: số văn bản khi văn thư cấp\n"
    "# date: 2022-01-15   # TODO: ngày ban hành\n"
    "issuers: [td]  # cơ quan ban hành\n",
).replace("title: Hội thi", "title: 'Hội thi  “Sáng tạo”'   # nháy đơn, hai dấu cách")

NUMBERED = PLAN.replace("kind: plan\n", "kind: plan\nnumber: 4\n")


def load(text: str):
    loader = Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@pytest.fixture
def office(tmp_path, monkeypatch):
    root = build_tree(
        tmp_path / "kho",
        {
            "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
            "orgs.yaml": ORGS,
            "plans/2022/kh-du-thao.yaml": DRAFT,
            "plans/2022/kh-so-4.yaml": NUMBERED,
        },
    )
    monkeypatch.chdir(root)
    return root


def git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@e", *args],
        cwd=root,
        capture_output=True,
        encoding="utf-8",
        check=True,
    ).stdout


@pytest.mark.external
def test_issue_a_draft_then_validate_render_and_git_diff(cli, office):
    git(office, "init", "-q")
    git(office, "add", "-A")
    git(office, "commit", "-qm", "nháp")
    result = cli("issue", "plans/2022/kh-du-thao.yaml", "--number", "07", "--date", "2022-01-20")
    assert result.exit_code == 0, result.output
    assert (
        "Đã ghi số 07 (07-KH/TĐTN), ngày 20/01/2022 vào plans/2022/kh-du-thao.yaml" in result.stderr
    )
    changed = [
        line
        for line in git(office, "diff", "-U0").splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        "-# number: 1          # TODO: số văn bản khi văn thư cấp",
        "-# date: 2022-01-15   # TODO: ngày ban hành",
        "+number: 7",
        "+date: 2022-01-20",
    ]
    assert "+number: 7\n" in result.stdout and "-# number: 1" in result.stdout  # the diff shown

    check = cli("validate", "--format", "parsable")
    assert check.exit_code == 0 and check.stdout == ""
    text = cli("render", "plans/2022/kh-du-thao.yaml", "--to", "txt", "-o", "-").stdout
    assert "Số: 07-KH/TĐTN" in text and "ngày 20 tháng 01 năm 2022" in text


def test_existing_values_are_replaced_in_place(cli, office):
    path = office / "plans/2022/kh-so-4.yaml"
    path.write_text(
        NUMBERED.replace("number: 4\n", "number: 4  # TODO: số chính thức\n"), encoding="utf-8"
    )
    before = path.read_text(encoding="utf-8")
    result = cli("issue", str(path), "--number", "9", "--date", "2022-02-01")
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    diff = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert diff == [
        "-number: 4  # TODO: số chính thức",
        "+number: 9",
        "-date: 2022-01-10",
        "+date: 2022-02-01",
    ]


def test_number_in_use_is_refused_with_the_next_free(cli, office):
    path = office / "plans/2022/kh-du-thao.yaml"
    before = path.read_bytes()
    result = cli("issue", str(path), "--number", "4", "--date", "2022-01-20")
    assert result.exit_code == 1  # the data refuse it: not a usage error
    assert 'Số 04 của "td" năm 2022 đã dùng ở plans/2022/kh-so-4.yaml' in result.stderr
    assert "Số tiếp theo còn trống: 05" in result.stderr
    assert path.read_bytes() == before
    # the same number in another year is free: registers restart at 01 (issued in December 2021)
    result = cli("issue", str(path), "--number", "4", "--date", "2021-12-20", "--dry-run")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before and "Chưa ghi (--dry-run)" in result.stderr


def test_a_number_out_of_order_is_warned_where_validate_would_warn(cli, office):
    """Number 01 dated after number 04 of the same register and year: accepted, but the KH441
    warning validate gives (at the number 04, issued first) is printed, with and without
    --dry-run."""
    draft = "plans/2022/kh-du-thao.yaml"
    expected = (
        "plans/2022/kh-so-4.yaml:2:9: cảnh báo KH441 Số 04 ngày 10/01/2022 lớn hơn số 01 ngày "
        "01/3/2022 (plans/2022/kh-du-thao.yaml) ban hành sau"
    )
    dry = cli("issue", draft, "--number", "1", "--date", "2022-03-01", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert expected in dry.stderr and "Chưa ghi (--dry-run)" in dry.stderr
    run = cli("issue", draft, "--number", "1", "--date", "2022-03-01")
    assert run.exit_code == 0, run.output
    assert expected in run.stderr and "Đã ghi số 01" in run.stderr
    check = cli("validate", "--format", "parsable")  # for editors and CI: the level in English
    assert expected.replace(": cảnh báo KH441", ": warning KH441") in check.stdout
    same = cli("issue", draft, "--number", "1", "--date", "2022-03-01")  # nothing new to write
    assert same.exit_code == 0 and expected in same.stderr and "không có gì để ghi" in same.stderr
    # in order: nothing to warn about
    again = cli("issue", draft, "--number", "5", "--date", "2022-03-01", "--dry-run", "--renumber")
    assert again.exit_code == 0 and "KH441" not in again.stderr


def test_next_follows_the_register_and_the_year(cli, office):
    draft = "plans/2022/kh-du-thao.yaml"
    result = cli("issue", draft, "--next", "--date", "2022-03-01", "--dry-run")
    assert result.exit_code == 0 and "số tiếp theo còn trống: số 05" in result.stderr
    result = cli("issue", draft, "--next", "--date", "2021-12-20", "--dry-run")
    assert "số tiếp theo còn trống: số 01" in result.stderr
    # a program of the same body shares the register, unless the office keeps one for programs
    (office / "plans/2022/kh-so-4.yaml").write_text(
        NUMBERED.replace("number: 4", "number: 30"), encoding="utf-8"
    )
    result = cli("issue", draft, "--next", "--date", "2022-03-01", "--dry-run")
    assert "số 31" in result.stderr
    (office / "kehoach.yaml").write_text(
        "kind: settings\nnumbering:\n  registers:\n    rieng: [joint_plan]\n", encoding="utf-8"
    )
    joint = DRAFT.replace("issuers: [td]", "issuers: [td, skhcn]").replace(
        "    name: Nguyễn Văn A\n",
        "    name: Nguyễn Văn A\n  - {org: skhcn, authority: KT., for: GIÁM ĐỐC, "
        "title: PHÓ GIÁM ĐỐC, name: Trần B}\n",
    )
    (office / "plans/2022/khlt.yaml").write_text(joint, encoding="utf-8")
    result = cli("issue", "plans/2022/khlt.yaml", "--next", "--date", "2022-03-01")
    assert result.exit_code == 0, result.output
    assert "số 01 (01-KHLT/TĐTN-SKHCN)" in result.stderr  # its own register, Đoàn-led form


def test_date_before_a_cited_document_is_refused(cli, office):
    path = office / "plans/2022/kh-du-thao.yaml"
    path.write_text(
        DRAFT.replace(
            "title: Kế hoạch thử\n",
            "title: Kế hoạch thử\nbases:\n  - {doc_type: Kế hoạch, number: 15/KH-UBND, "
            "date: 2022-01-18, issuer: UBND tỉnh}\n",
        ),
        encoding="utf-8",
    )
    result = cli("issue", str(path), "--number", "7", "--date", "2022-01-12")
    assert result.exit_code == 1
    assert (
        "Ngày ban hành 12/01/2022 trước ngày 18/01/2022 của căn cứ số 15/KH-UBND" in result.stderr
    )
    result = cli("issue", str(path), "--number", "7", "--date", "2022-02-30")
    assert result.exit_code == 2 and "Ngày không hợp lệ cho --date: '2022-02-30'" in result.stderr
    # written as clerks write it, day first: read so, checked so (30/02 is no day either)
    result = cli("issue", str(path), "--number", "7", "--date", "30/02/2022")
    assert result.exit_code == 2 and "Ngày không hợp lệ cho --date: '30/02/2022'" in result.stderr
    result = cli("issue", str(path), "--number", "7", "--date", "12/01/2022")
    assert result.exit_code == 1
    assert "Ngày ban hành 12/01/2022 trước ngày 18/01/2022" in result.stderr


def test_symbol_is_checked_then_written_after_the_number(cli, office):
    path = office / "plans/2022/kh-du-thao.yaml"
    bad = cli("issue", str(path), "-n", "7", "-d", "2022-01-20", "--symbol", "CV/TĐTN")
    assert bad.exit_code == 2 and "không bắt đầu bằng mã loại văn bản" in bad.stderr
    good = cli("issue", str(path), "-n", "7", "-d", "2022-01-20", "--symbol", "KH/TĐTN-BPT")
    assert good.exit_code == 0, good.output
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    assert (data["number"], data["symbol"], data["date"]) == (7, "KH/TĐTN-BPT", "2022-01-20")
    assert "07-KH/TĐTN-BPT" in good.stderr
    # the symbol kehoach computes anyway is not written
    path.write_text(DRAFT, encoding="utf-8")
    same = cli("issue", str(path), "-n", "7", "-d", "2022-01-20", "--symbol", "KH/TĐTN")
    assert same.exit_code == 0 and "symbol" not in path.read_text(encoding="utf-8")


def test_documents_with_errors_are_not_issued(cli, office):
    path = office / "plans/2022/kh-du-thao.yaml"
    path.write_text(DRAFT.replace("lead: td", "lead: tdx"), encoding="utf-8")
    before = path.read_bytes()
    result = cli("issue", str(path), "--number", "7", "--date", "2022-01-20")
    assert result.exit_code == 1
    assert "KH401" in result.stderr and "Không ghi plans/2022/kh-du-thao.yaml" in result.stderr
    assert path.read_bytes() == before
    # an error that the new date itself would cause: a deadline already past when issued
    path.write_text(DRAFT, encoding="utf-8")
    result = cli("issue", str(path), "--number", "7", "--date", "2022-07-20")
    assert result.exit_code == 1 and "KH407" in result.stderr
    assert path.read_text(encoding="utf-8") == DRAFT


def test_options_and_line_endings(cli, office):
    path = office / "plans/2022/kh-du-thao.yaml"
    assert cli("issue", str(path)).exit_code == 2
    assert cli("issue", str(path), "--number", "3", "--next").exit_code == 2
    assert cli("issue", "khong-co.yaml", "--next").exit_code == 2
    path.write_bytes(DRAFT.replace("\n", "\r\n").encode("utf-8"))
    result = cli("issue", str(path), "--number", "8", "--date", "2022-01-20")
    assert result.exit_code == 0, result.output
    raw = path.read_bytes()
    assert b"\r\nnumber: 8\r\ndate: 2022-01-20\r\n" in raw and b"\n" not in raw.replace(
        b"\r\n", b""
    )


EXAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in ALL]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(EXAMPLE_TEXTS),
    st.integers(min_value=1, max_value=9999),
    st.dates().map(lambda d: d.isoformat()),
    st.one_of(st.none(), st.sampled_from(["KH-TĐTN", "KHLT/SKHCN-BPT", "CTPH-LHH-HHDN"])),
)
def test_write_values_changes_only_those_lines(text, number, when, symbol):
    data = load(text)
    values = {"number": number, "date": when} | ({"symbol": symbol} if symbol else {})
    new = write_values(text, data, values)
    assert load(new) == {**data, **values}
    removed = [ln for ln in difflib.ndiff(text.splitlines(), new.splitlines()) if ln[:2] == "- "]
    added = [ln for ln in difflib.ndiff(text.splitlines(), new.splitlines()) if ln[:2] == "+ "]
    assert all(ln[2:].split(":")[0] in values for ln in removed + added)
    changed = [k for k, v in values.items() if data.get(k) != v]  # a value already there stays
    assert len(added) == len(changed) and len(removed) <= len(changed)
    comments = [ln for ln in text.splitlines() if ln.lstrip().startswith("#")]
    assert all(c in new.splitlines() for c in comments)


def test_a_document_issued_already_keeps_its_number_and_date(cli, office):
    """Giving a document that has its number another one, or another date, changes the register
    after the fact: refused (exit 1, nothing written) unless ``--renumber`` says it was written
    wrongly. Issuing it again as it is changes nothing; a stand-in (``number: 4  # TODO``) is
    replaced (``test_existing_values_are_replaced_in_place``)."""
    path = office / "plans/2022/kh-so-4.yaml"
    before = path.read_bytes()
    for args in (("--number", "9"), ("--number", "4", "--date", "2022-02-01")):
        result = cli("issue", str(path), *args)
        assert result.exit_code == 1, result.output
        assert (
            "plans/2022/kh-so-4.yaml đã có số 04" in result.stderr and "--renumber" in result.stderr
        )
        assert path.read_bytes() == before
    same = cli("issue", str(path), "--number", "4", "--date", "2022-01-10")
    assert same.exit_code == 0 and "không có gì để ghi" in same.stderr
    fixed = cli("issue", str(path), "--number", "9", "--date", "2022-02-01", "--renumber")
    assert fixed.exit_code == 0, fixed.output
    assert "number: 9" in path.read_text(encoding="utf-8")


def test_a_wrong_kehoach_today_is_said_as_every_command_says_it(cli, office, monkeypatch):
    """No --date and a day in $KEHOACH_TODAY that is not one: the message and hint of ``due``,
    ``report`` and the others (one reader, ``kehoach.today``), exit 2, the file untouched."""
    path = office / "plans/2022/kh-du-thao.yaml"
    before = path.read_bytes()
    monkeypatch.setenv("KEHOACH_TODAY", "2022-13-01")
    result = cli("issue", str(path), "--number", "07")
    assert result.exit_code == 2, result.output
    assert "Ngày không hợp lệ cho biến môi trường KEHOACH_TODAY: '2022-13-01'" in result.output
    assert "YYYY-MM-DD" in result.output and "Traceback" not in result.output
    assert path.read_bytes() == before


def test_the_draft_s_month_goes_once_the_date_is_written(cli, office):
    """A draft that decided its month ('ngày      tháng 01 năm 2022'): issued, its `month` line goes
    with the date written (before, it stayed, and KH446 warned when the date fell in another
    month)."""
    path = office / "plans" / "2022" / "kh-du-thao.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("kind: plan\n", "kind: plan\nmonth: 2022-01\n", 1), "utf-8")
    result = cli("issue", "plans/2022/kh-du-thao.yaml", "--number", "07", "--date", "2022-02-03")
    assert result.exit_code == 0, result.output
    after = path.read_text(encoding="utf-8")
    assert "month:" not in after and "date: 2022-02-03" in after
    assert load(after) == {**load(text), "number": 7, "date": "2022-02-03"}
    check = cli("validate", "--format", "parsable")
    assert check.exit_code == 0 and check.stdout == ""


def test_today_is_an_option_as_in_every_command(cli, office, monkeypatch):
    """`--today` as `due`, `report`, `export` take it (before: 'Không có tùy chọn --today', only
    $KEHOACH_TODAY): the issue date of a draft that names none; a wrong day said, nothing written."""
    monkeypatch.delenv("KEHOACH_TODAY", raising=False)
    path = office / "plans" / "2022" / "kh-du-thao.yaml"
    before = path.read_bytes()
    bad = cli("issue", "plans/2022/kh-du-thao.yaml", "--number", "07", "--today", "2022-13-01")
    assert bad.exit_code == 2 and "--today" in bad.output and "Traceback" not in bad.output
    assert path.read_bytes() == before
    result = cli("issue", "plans/2022/kh-du-thao.yaml", "--number", "07", "--today", "2022-02-03")
    assert result.exit_code == 0, result.output
    assert "date: 2022-02-03" in path.read_text(encoding="utf-8")


def test_a_read_only_document_is_not_issued(cli, office, monkeypatch):
    """Before: the atomic replace (a rename, allowed by the folder) wrote over a file made
    read-only and dropped its read-only mark; a folder that refused the write was "Lỗi nội bộ"."""
    path = office / "plans/2022/kh-du-thao.yaml"
    before = path.read_bytes()
    path.chmod(0o444)
    result = cli("issue", str(path), "--number", "7", "--date", "2022-01-20")
    assert result.exit_code == 2, result.output
    assert "Tệp plans/2022/kh-du-thao.yaml chỉ đọc (read-only); kehoach không sửa" in result.stderr
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444
    # a file kept 0640 stays 0640 once issued
    path.chmod(0o640)
    assert cli("issue", str(path), "--number", "7", "--date", "2022-01-20").exit_code == 0
    assert path.stat().st_mode & 0o777 == 0o640

    # the write itself fails (a read-only folder for a user who is not root): said, not internal
    import kehoach.issue.run as run

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(run, "write_atomic", refused)
    other = office / "plans/2022/kh-so-4.yaml"
    result = cli("issue", str(other), "--renumber", "--number", "8", "--date", "2022-02-01")
    assert result.exit_code == 2, result.output
    assert "Không ghi được plans/2022/kh-so-4.yaml: Permission denied" in result.stderr
    assert "Lỗi nội bộ" not in result.output


def test_a_draft_outside_any_repository_is_refused_not_its_folder_scanned(cli, tmp_path):
    """A draft saved in Downloads (no kehoach.yaml, orgs.yaml above it). Before: the folder and
    all below it were read as a repository — errors of every unrelated YAML file found there,
    and the draft numbered against whatever documents lay around."""
    downloads = tmp_path / "Tải về"
    other = downloads / "kho cũ" / "plans"
    other.mkdir(parents=True)
    (other / "kh-khac.yaml").write_text("kind: plan\nissuers: [x]\nnumber: [\n", encoding="utf-8")
    draft = downloads / "kh-du-thao.yaml"
    draft.write_text(DRAFT, encoding="utf-8")
    before = draft.read_bytes()
    result = cli("issue", str(draft), "--next", "--date", "2022-01-20")
    assert result.exit_code == 2, result.output
    assert "không tìm thấy kehoach.yaml hay orgs.yaml" in result.stderr
    assert "Chép tệp vào kho kế hoạch" in result.stderr
    assert "kh-khac.yaml" not in result.output
    assert draft.read_bytes() == before


def test_a_document_with_values_left_to_fill_in_gets_no_number(cli, office):
    """A signer's name still 'TODO: …' (KH418): no number is written — the document is not the one
    signed, and the placeholder would go into the register as it stands. The TODO of a number or
    date line, which ``issue`` writes itself, does not stop it."""
    path = office / "plans/2022/kh-du-thao.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("name: ", "name: 'TODO: họ tên người ký'  # ", 1), encoding="utf-8"
    )
    before = path.read_bytes()
    result = cli("issue", str(path), "--number", "7", "--date", "2022-01-20")
    assert result.exit_code == 1
    assert "KH418" in result.stderr
    assert "còn chỗ chưa điền (TODO); điền rồi chạy lại `kehoach issue`" in result.stderr
    assert path.read_bytes() == before
    path.write_text(text, encoding="utf-8")  # filled in: issued, its own TODO lines replaced
    assert cli("issue", str(path), "--number", "7", "--date", "2022-01-20").exit_code == 0
