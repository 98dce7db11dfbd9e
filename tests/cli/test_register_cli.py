"""``kehoach register``: the outgoing register read back column by column from xlsx, docx and
csv, against the ten columns of Decree 30/2020/NĐ-CP, Phụ lục IV, mục I.2."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import docx
import openpyxl
import pytest

from helpers import ORGS, PLAN, build_tree, save_workbook

# Phụ lục IV, I.2 "Nội dung đăng ký văn bản đi — tối thiểu gồm 10 nội dung", in its order
APPENDIX_IV = [
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Người ký",
    "Nơi nhận văn bản",
    "Đơn vị, người nhận bản lưu",
    "Số lượng bản",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
]


def plan(number: int | None, when: str | None, title: str, **replace: str) -> str:
    text = PLAN.replace("title: Kế hoạch thử", f"title: {title}")
    text = text.replace("date: 2022-01-10\n", f"date: {when}\n" if when else "")
    if number is not None:
        text = text.replace("kind: plan\n", f"kind: plan\nnumber: {number}\n")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


@pytest.fixture
def office(tmp_path, monkeypatch):
    build_tree(
        tmp_path,
        {
            "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
            "orgs.yaml": ORGS,
            "plans/kh-b.yaml": plan(
                12,
                "2022-03-01",
                "Tổ chức Hội thi Sáng tạo",
                **{
                    "items: [TW Đoàn]": "items: [TW Đoàn (02 bản), Thường trực Tỉnh ủy]",
                    "archive: [VT]": "archive: [VT, BPT]",
                    "kind: plan\n": "kind: plan\nurgency: khẩn\n",
                },
            ),
            "plans/kh-a.yaml": plan(3, "2022-01-10", "Thực hiện Chương trình phối hợp năm 2022"),
            "plans/khlt.yaml": plan(
                20,
                "2022-06-01",
                "Tập huấn khởi nghiệp",
                **{
                    "issuers: [td]": "issuers: [td, skhcn]",
                    "    name: Nguyễn Văn A\n": "    name: Nguyễn Văn A\n  - {org: skhcn, "
                    "authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Thị B}\n",
                },
            ),
            "plans/draft.yaml": plan(None, None, "Bản nháp chưa có số"),
            "plans/old.yaml": plan(40, "2021-12-20", "Kế hoạch năm trước"),
            "plans/so-skhcn.yaml": plan(
                5,
                "2022-02-01",
                "Kế hoạch của Sở",
                **{
                    "issuers: [td]": "issuers: [skhcn]",
                    (
                        "org: td\n    authority: TM.\n    for: BAN THƯỜNG VỤ TỈNH ĐOÀN\n"
                        "    title: BÍ THƯ"
                    ): "org: skhcn\n    title: GIÁM ĐỐC",
                    "lead: td": "lead: skhcn",
                    "support: [skhcn]": "support: [td]",
                },
            ),
        },
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_xlsx_column_by_column(cli, office):
    result = cli("register", "--year", "2022", "--issuer", "td", "--to", "xlsx", "-o", "so.xlsx")
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(office / "so.xlsx").active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    head = next(i for i, r in enumerate(rows) if r[0] == APPENDIX_IV[0])
    assert rows[head] == APPENDIX_IV
    assert rows[head + 1] == [f"({n})" for n in range(1, 11)]
    cover = [r[0] for r in rows[:head] if r[0]]
    assert cover[:2] == ["BCH TỈNH ĐOÀN BÌNH THUẬN", "SỔ ĐĂNG KÝ VĂN BẢN ĐI"]
    assert "Năm: 2022" in cover
    assert "Từ ngày 10/01/2022 đến ngày 01/6/2022" in cover
    assert "Từ số 03 đến số 20" in cover
    data = rows[head + 2 :]
    assert [r[0] for r in data] == ["03-KH/TĐTN", "12-KH/TĐTN", "20-KHLT/TĐTN-SKHCN"]
    assert [r[1] for r in data] == [
        datetime(2022, 1, 10),
        datetime(2022, 3, 1),
        datetime(2022, 6, 1),
    ]
    assert ws.cell(row=head + 3, column=2).number_format == "dd/mm/yyyy"
    assert data[0][2] == "Kế hoạch thực hiện Chương trình phối hợp năm 2022"
    assert data[2][2] == "Kế hoạch liên tịch tập huấn khởi nghiệp"
    assert data[2][3] == "Nguyễn Văn A; Trần Thị B"
    assert data[1][4] == "TW Đoàn (02 bản)\nThường trực Tỉnh ủy"
    assert data[1][5] == "VT, BPT"
    assert [r[6] for r in data] == [2, 5, 2]  # (02 bản) counts 2, + 1, + 2 archive copies
    assert [r[7] for r in data] == [None, None, None]  # sent and signed for: by hand
    assert [r[8] for r in data] == [None, None, None]
    assert data[1][9] == "Khẩn"
    assert data[2][9] == "Liên tịch với Sở KH&CN"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${head + 1}:${head + 2}"
    assert "Chưa vào sổ" not in result.stdout


def test_docx_is_the_printable_book(cli, office):
    result = cli("register", "-y", "2022", "-i", "td", "--to", "docx", "-o", "so.docx")
    assert result.exit_code == 0, result.output
    d = docx.Document(str(office / "so.docx"))
    section = d.sections[0]
    assert section.page_width > section.page_height  # landscape
    texts = [p.text for p in d.paragraphs]
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in texts and "Quyển số: ……" in texts
    [table] = d.tables
    assert [c.text for c in table.rows[0].cells] == APPENDIX_IV
    assert [c.text for c in table.rows[1].cells] == [f"({n})" for n in range(1, 11)]
    for row in table.rows[:2]:  # the headings repeat on every page
        assert row._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    body = [[c.text for c in r.cells] for r in table.rows[2:]]
    assert [r[0] for r in body] == ["03-KH/TĐTN", "12-KH/TĐTN", "20-KHLT/TĐTN-SKHCN"]
    assert [r[1] for r in body] == ["10/01/2022", "01/3/2022", "01/6/2022"]  # Decree 30 padding
    assert body[1][4] == "TW Đoàn (02 bản)\nThường trực Tỉnh ủy"
    assert [r[6] for r in body] == ["2", "5", "2"]


def test_csv_opens_in_excel(cli, office):
    result = cli("register", "--year", "2022", "--issuer", "td", "--to", "csv", "-o", "so.csv")
    assert result.exit_code == 0
    raw = (office / "so.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == APPENDIX_IV
    assert [r[0] for r in rows[1:]] == ["03-KH/TĐTN", "12-KH/TĐTN", "20-KHLT/TĐTN-SKHCN"]
    assert [date.fromisoformat(r[1]) for r in rows[1:]] == [
        date(2022, 1, 10),
        date(2022, 3, 1),
        date(2022, 6, 1),
    ]
    assert rows[2][4] == "TW Đoàn (02 bản); Thường trực Tỉnh ủy"


def test_left_out_documents_are_named(cli, office):
    (office / "plans/nodate.yaml").write_text(plan(7, None, "Có số chưa có ngày"), encoding="utf-8")
    (office / "plans/nonumber.yaml").write_text(
        plan(None, "2022-04-04", "Có ngày chưa có số"), encoding="utf-8"
    )
    result = cli("register", "--year", "2022", "--issuer", "td", "--to", "csv")
    assert result.exit_code == 0
    assert "Chưa vào sổ: plans/nodate.yaml (có số nhưng chưa có ngày ban hành)" in result.stderr
    assert "Chưa vào sổ: plans/nonumber.yaml (chưa có số)" in result.stderr
    assert "Chưa vào sổ: plans/draft.yaml (chưa có số, ngày ban hành)" in result.stderr
    assert "Có số chưa có ngày" not in result.stdout


def test_choosing_the_body_and_the_book(cli, office):
    result = cli("register", "--year", "2022", "--to", "csv")
    assert result.exit_code == 2
    assert "nhiều cơ quan: skhcn, td" in result.stderr and "--issuer" in result.stderr
    result = cli("register", "--year", "2022", "--issuer", "skhcn", "--to", "csv")
    assert result.exit_code == 0 and "05/KH-SKHCN" in result.stdout
    result = cli("register", "--year", "2021", "--to", "csv")
    assert "40-KH/TĐTN" in result.stdout  # the body is clear: one only that year
    result = cli("register", "--year", "2030", "--to", "csv")
    assert result.exit_code == 2 and "chưa có văn bản nào có số" in result.stderr
    result = cli("register", "--year", "2022", "--issuer", "tdx", "--to", "csv")
    assert result.exit_code == 2 and "--issuer" in result.stderr

    # separate registers: the joint plans in their own book
    (office / "kehoach.yaml").write_text(
        "kind: settings\nnumbering:\n  registers:\n    lien-tich: [joint_plan]\n", encoding="utf-8"
    )
    result = cli("register", "--year", "2022", "--issuer", "td", "--to", "csv")
    assert result.exit_code == 2 and "--book" in result.stderr
    result = cli("register", "-y", "2022", "-i", "td", "--book", "lien-tich", "--to", "csv")
    assert result.exit_code == 0
    assert "20-KHLT/TĐTN-SKHCN" in result.stdout and "03-KH/TĐTN" not in result.stdout
    result = cli("register", "-y", "2022", "-i", "td", "--book", "khac", "--to", "csv")
    assert result.exit_code == 2 and "Không có sổ 'khac'" in result.stderr


def test_a_body_with_nothing_numbered_that_year_is_named(cli, office):
    # 2021: one numbered document, of td; the register of skhcn is empty, not the repository
    result = cli("register", "--year", "2021", "--issuer", "skhcn", "--to", "csv")
    assert result.exit_code == 2
    assert (
        "Năm 2021 chưa có văn bản nào của Sở Khoa học và Công nghệ tỉnh Bình Thuận có số và ngày "
        "ban hành trong kho" in result.stderr
    )
    assert "Năm 2021 có văn bản có số của: td." in result.stderr
    # 2022 without its own plan: skhcn signed only a joint plan, which td's register holds
    (office / "plans/so-skhcn.yaml").unlink()
    result = cli("register", "--year", "2022", "--issuer", "skhcn", "--to", "csv")
    assert result.exit_code == 2
    assert "của: td (văn bản liên tịch vào sổ của cơ quan chủ trì)" in result.stderr


def test_binary_formats_need_a_file_on_a_terminal(cli, office):
    result = cli("register", "--year", "2022", "--issuer", "td", "--to", "pdf")
    assert result.exit_code == 2  # not a format of the register
    result = cli("register", "--year", "2022", "--issuer", "td", "--to", "xlsx", "-o", "x.yaml")
    assert result.exit_code == 2 and "YAML" in result.stderr


def test_a_number_given_twice_is_said_in_the_book_and_on_stderr(cli, office):
    """Two documents numbered 03 in the same register and year (KH404): both rows are in the book,
    each saying in its Ghi chú the other that carries its number, and stderr names them —
    before, the book held two rows "03" with only "kho có 1 lỗi kiểm tra"."""
    (office / "plans/kh-a2.yaml").write_text(
        plan(3, "2022-02-10", "Kế hoạch trùng số"), encoding="utf-8"
    )
    result = cli("register", "--year", "2022", "--issuer", "td", "--to", "csv")
    assert result.exit_code == 0
    assert (
        "Số 03 ghi cho 2 văn bản trong sổ: plans/kh-a.yaml, plans/kh-a2.yaml (KH404)"
        in result.stderr
    )
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    notes = {r[2]: r[9] for r in rows[1:] if r[0].startswith("03")}
    assert notes == {
        "Kế hoạch thực hiện Chương trình phối hợp năm 2022": "Trùng số với plans/kh-a2.yaml",
        "Kế hoạch trùng số": "Trùng số với plans/kh-a.yaml",
    }, notes
    strict = cli("register", "--year", "2022", "--issuer", "td", "--to", "csv", "--strict")
    assert strict.exit_code == 1


def test_a_register_the_clerk_wrote_on_is_not_overwritten(cli, office):
    """The xlsx register is kept, the clerk writes the date sent and the signature column in it.
    Before: running the command again with the same -o replaced it silently."""
    args = ("register", "--year", "2022", "--issuer", "td", "-o", "so.xlsx")
    assert cli(*args).exit_code == 0
    wb = openpyxl.load_workbook(office / "so.xlsx")
    wb.active["H12"] = "12/01/2022"  # (8) Ngày chuyển, by hand
    save_workbook(wb, office / "so.xlsx")
    before = (office / "so.xlsx").read_bytes()
    again = cli(*args)
    assert again.exit_code == 2, again.output
    assert "Tệp so.xlsx đã có" in again.stderr and "--force" in again.stderr
    assert (office / "so.xlsx").read_bytes() == before
    assert cli(*args, "--force").exit_code == 0
    assert (office / "so.xlsx").read_bytes() != before
    assert cli("register", "--year", "2022", "--issuer", "td", "--to", "csv").exit_code == 0
