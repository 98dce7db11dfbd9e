"""The DOCX read back with python-docx: every layout rule of Decree 30/2020/NĐ-CP (listed in docs/render.md) that
a clerk would otherwise fix by hand, measured from the file itself."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from helpers import (
    ALL,
    CENTER,
    CTPH_BT,
    DT,
    EXAMPLES,
    JUSTIFY,
    KHLT,
    LHH,
    all_runs,
    cell_width,
    docx_bytes,
    escaping_repo,
    has_rule,
    nil_borders,
    no_run,
    open_docx,
    reading_text,
    render_file,
    rule_width,
    size,
    top,
)
from kehoach.render import metrics


@pytest.fixture(scope="module")
def dt():
    return open_docx(DT)


@pytest.fixture(scope="module")
def khlt():
    return open_docx(KHLT)


# -- page ---------------------------------------------------------------------------------------------


def test_page_a4_margins_and_page_numbers(dt):
    s = dt.sections[0]
    assert (s.page_width.twips, s.page_height.twips) == (11906, 16838)  # A4 portrait
    assert 20 <= round(s.top_margin.mm) <= 25 and 20 <= round(s.bottom_margin.mm) <= 25
    assert 30 <= round(s.left_margin.mm) <= 35 and 15 <= round(s.right_margin.mm) <= 20
    assert s.different_first_page_header_footer  # titlePg: no number on page 1
    assert "".join(p.text for p in s.first_page_header.paragraphs) == ""
    (number,) = s.header.paragraphs
    assert number.alignment == CENTER
    xml = number._p.xml
    assert "PAGE" in "".join(t.text for t in number._p.iter(qn("w:instrText")))
    assert 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
    assert all(13 <= r.font.size.pt <= 14 for r in number.runs)


def test_times_new_roman_everywhere(dt):
    assert dt.styles["Normal"].font.name == "Times New Roman"
    fonts = dt.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{k}")) for k in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "Times New Roman"
    }
    # no run or style names another font
    for part in (dt.element, dt.styles.element, dt.sections[0].header._element):
        assert {f.get(qn("w:ascii")) for f in part.iter(qn("w:rFonts"))} <= {"Times New Roman"}


# -- header -------------------------------------------------------------------------------------------


def test_header_table_doan(dt):
    header = top(dt)[0]
    assert isinstance(header, Table) and nil_borders(header)
    (left, right), (number, date) = header.rows[0].cells, header.rows[1].cells
    name, mark = left.paragraphs
    assert (name.text, mark.text) == ("BCH TỈNH ĐOÀN ĐỒNG THÁP", "***")
    assert all_runs(name, "bold") and 12 <= size(name) <= 13 and name.alignment == CENTER
    motto, rule = right.paragraphs
    assert motto.text == "ĐOÀN TNCS HỒ CHÍ MINH" and all_runs(motto, "bold")
    assert has_rule(rule)  # rule under the motto, as long as the text
    assert (
        abs(
            rule_width(rule, cell_width(right))
            - metrics.text_width_twips(motto.text, size(motto), True)
        )
        < 30
    )
    # the number and the italic date on the same row
    assert (
        number.paragraphs[0].text == "Số: …-KH/TĐTN-TNNTCN&ĐT" and size(number.paragraphs[0]) == 13
    )
    assert no_run(number.paragraphs[0], "italic")
    (when,) = date.paragraphs
    assert when.text == "Đồng Tháp, ngày 05 tháng 02 năm 2021"
    assert all_runs(when, "italic") and 13 <= size(when) <= 14 and when.alignment == CENTER


def test_header_table_state():
    d = open_docx(LHH)
    header = top(d)[0]
    left, right = header.rows[0].cells
    *names, rule = left.paragraphs
    # a name too long for the column breaks between phrases ("… KHOA HỌC / VÀ KỸ THUẬT TỈNH")
    assert [p.text.split("\n") for p in names] == [
        ["LIÊN HIỆP CÁC HỘI KHOA HỌC", "VÀ KỸ THUẬT TỈNH"]
    ]
    assert has_rule(rule)  # short rule under the issuing body: 1/3 to 1/2 of its line
    longest = max(metrics.text_width_twips(t, 13, True) for t in names[0].text.split("\n"))
    line = min(longest, cell_width(left))
    assert line / 3 <= rule_width(rule, cell_width(left)) <= line / 2
    national, motto, motto_rule = right.paragraphs
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and all_runs(national, "bold")
    assert 12 <= size(national) <= 13
    assert (
        motto.text == "Độc lập - Tự do - Hạnh phúc"
        and all_runs(motto, "bold")
        and 13 <= size(motto) <= 14
    )
    assert has_rule(motto_rule)
    assert header.rows[1].cells[0].paragraphs[0].text == "Số: 02/KH-LHH"


def test_joint_header_stacks_issuers(khlt):
    """Tỉnh Đoàn with a Sở: a joint document with a state body is headed and numbered state-style
    (Quốc hiệu, Tiêu ngữ, a rule under the bodies, `Số: 12/KHLT-…`)."""
    header = top(khlt)[0]
    left = header.rows[0].cells[0]
    # each body with its parent line and its own ornament, stacked
    assert [p.text for p in left.paragraphs] == [
        "BCH TỈNH ĐOÀN BÌNH THUẬN",
        "***",
        "UBND TỈNH BÌNH THUẬN",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "",
    ]
    assert has_rule(left.paragraphs[-1])  # the Sở's rule
    assert header.rows[0].cells[1].paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    number = header.rows[1].cells[0].paragraphs[0]
    assert number.text == "Số: 12-KHLT/TĐTN-SKHCN"
    # Word never breaks the number after one of its hyphens: every one is non-breaking
    run = number.runs[0]._r
    assert len(run.findall(qn("w:noBreakHyphen"))) == 2
    assert "-" not in "".join(t.text for t in run.findall(qn("w:t")))


# -- title, bases, body -------------------------------------------------------------------------------


def body_paragraphs(d) -> list[Paragraph]:
    return [b for b in top(d) if isinstance(b, Paragraph)]


def test_title_block(dt):
    paras = body_paragraphs(dt)
    kind = next(p for p in paras if p.text == "KẾ HOẠCH")
    i = paras.index(kind)
    title, rule = paras[i + 1], paras[i + 2]
    assert all_runs(kind, "bold") and kind.alignment == CENTER and 13 <= size(kind) <= 14
    assert " ".join(title.text.split()) == (
        "Tổ chức các hoạt động phát huy vai trò xung kích, sáng tạo của thanh "
        "niên trong học tập, nghiên cứu, ứng dụng tiến bộ khoa học và công "
        "nghệ vào sản xuất và đời sống năm 2021"
    )
    assert all_runs(title, "bold") and title.alignment == CENTER and 13 <= size(title) <= 14
    lines = title.text.split("\n")
    assert len(lines) == 3  # broken into even lines, none left with one word
    assert has_rule(rule)
    longest = max(metrics.text_width_twips(t, 14, True) for t in lines)
    assert longest / 3 - 5 <= rule_width(rule, 9355) <= longest / 2


def test_bases_italic_one_per_line(dt):
    bases = [p for p in body_paragraphs(dt) if p.text.startswith(("Căn cứ", "Thực hiện kế hoạch"))]
    assert [p.text[-1] for p in bases] == [";", "."]
    for p in bases:
        assert all_runs(p, "italic") and p.alignment == JUSTIFY and size(p) == 14


def test_body_paragraphs(dt):
    paras = body_paragraphs(dt)
    start = next(
        i for i, p in enumerate(paras) if p.text.startswith("Ban Thường vụ Tỉnh đoàn triển khai")
    )
    body = [p for p in paras[start:] if p.text]
    assert len(body) > 25
    for p in body:
        f = p.paragraph_format
        assert p.alignment == JUSTIFY, p.text
        assert 1.0 <= f.first_line_indent.cm <= 1.27
        assert f.space_after.pt >= 6 or (f.space_before and f.space_before.pt >= 6)
        assert 1.0 <= f.line_spacing <= 1.5
        assert 13 <= size(p) <= 14
    headings = [p for p in body if re.match(r"^[IVX]+\. ", p.text)]
    assert [p.text for p in headings] == [
        "I. MỤC ĐÍCH YÊU CẦU",
        "II. NỘI DUNG THỰC HIỆN",
        "III. KINH PHÍ THỰC HIỆN",
        "IV. TỔ CHỨC THỰC HIỆN",
    ]
    for h in headings:
        assert (
            all_runs(h, "bold") and h.text == h.text.upper() and h.paragraph_format.keep_with_next
        )
    sub = next(p for p in body if p.text == "1. Cấp Tỉnh")
    assert all_runs(sub, "bold")
    subsub = next(p for p in body if p.text == "1.1. Tỉnh đoàn:")
    assert all_runs(subsub, "bold") and all_runs(subsub, "italic")
    assert any(p.text.startswith("- Tổ chức 01 lớp tập huấn") for p in body)
    assert body[-1].text.endswith("năm 2021./.")  # the body ends with ./.


def test_activities_table(khlt):
    table = next(b for b in top(khlt) if isinstance(b, Table) and b.rows[0].cells[0].text == "STT")
    head = [c.text for c in table.rows[0].cells]
    assert head == ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí (đồng)"]
    assert all(all_runs(c.paragraphs[0], "bold") for c in table.rows[0].cells)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on every page
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"single"}
    first = [c.text for c in table.rows[1].cells]
    assert first == [
        "1",
        "Ban hành thể lệ, phát động Hội thi Sáng tạo trẻ tỉnh Bình Thuận năm 2023",
        "Ban Phong trào Tỉnh Đoàn",
        "Sở KH&CN",
        "Tháng 4/2023",
        "5.000.000",
    ]
    assert table.rows[1].cells[5].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    last = table.rows[-1].cells
    assert last[0].text == "Tổng cộng" and last[-1].text == "210.000.000"
    assert sum(cell_width(c) for c in table.rows[1].cells) == 9355  # the width of the text


# -- signature and Nơi nhận ---------------------------------------------------------------------------


def test_single_signature_and_recipients(dt):
    tables = [b for b in top(dt) if isinstance(b, Table)]
    sign = tables[-1]
    assert nil_borders(sign) and len(sign.columns) == 2 and len(sign.rows) == 1
    left, right = sign.rows[0].cells
    heading = left.paragraphs[0]
    assert heading.text == "Nơi nhận:" and all_runs(heading, "bold") and all_runs(heading, "italic")
    assert size(heading) == 12
    inner = left.tables[0]  # the lines and the purpose of each group (brace)
    lines = [r.cells[0].text for r in inner.rows]
    labels = [r.cells[1].text for r in inner.rows]
    assert lines[:3] == ["- TW Đoàn (02 nơi);", "- Bộ KH&CN;", "- Ban TNCN &ĐT TW Đoàn;"]
    assert labels == ["", "", "b/c", "", "", "", "", "t/h"]
    braced = [r.cells[1]._tc.tcPr.find(qn("w:tcBorders")) is not None for r in inner.rows]
    assert (
        braced == [True] * 5 + [False] + [True] * 2
    )  # a line beside each group that has a purpose
    for r in inner.rows:
        assert size(r.cells[0].paragraphs[0]) == 11
    archive = left.paragraphs[-1]
    assert archive.text == "- Lưu: VP, TNNTCN&ĐT." and size(archive) == 11
    texts = [p.text for p in right.paragraphs]
    assert texts == ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Huỳnh Minh Thức"]
    for p in right.paragraphs:
        assert all_runs(p, "bold") and p.alignment == CENTER and 13 <= size(p) <= 14
    name = right.paragraphs[-1]
    assert name.paragraph_format.space_before.cm >= 2.5  # room for the signature and the seal
    assert sign.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None


def test_joint_signatures_side_by_side(khlt):
    sign = [b for b in top(khlt) if isinstance(b, Table)][-1]
    assert nil_borders(sign) and len(sign.columns) == 2
    titles, names, rec = sign.rows
    assert [c.text for c in names.cells] == [
        "Thái Thành Bi",
        "Nguyễn Hoài Trung",
    ]  # names on one row
    # a line too long for its column breaks between phrases, not "… CÔNG / NGHỆ"
    assert [c.paragraphs[0].text for c in titles.cells] == [
        "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
        "KT. GIÁM ĐỐC\nSỞ KHOA HỌC VÀ CÔNG NGHỆ",
    ]
    assert "Nơi nhận:" in rec.cells[0].text  # below the signatures
    assert rec.cells[0].paragraphs[-1].text == "- Lưu: VP Tỉnh Đoàn, BPT, VT Sở KH&CN."


def test_joint_signer_named_by_body():
    sign = [b for b in top(open_docx(CTPH_BT)) if isinstance(b, Table)][-1]
    assert [p.text for p in sign.rows[0].cells[1].paragraphs] == [
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    ]


def test_draft_mark():
    d = open_docx(DT, draft=True)
    first = top(d)[0]
    assert isinstance(first, Paragraph) and first.text == "DỰ THẢO" and all_runs(first, "bold")


# -- every example, the package, escaping ------------------------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_every_example_is_a_valid_package(path):
    data = docx_bytes(path)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        assert {
            "[Content_Types].xml",
            "word/document.xml",
            "word/styles.xml",
            "word/header1.xml",
        } <= names
    d = docx.Document(io.BytesIO(data))
    assert reading_text(d.element.body, d)[-1] == ""  # a paragraph after the last table
    assert data == docx_bytes(path)  # same input, same bytes


def test_docx_escapes_text(tmp_path):
    root = escaping_repo(tmp_path)
    d = open_docx(root / "plans/kh.yaml")
    text = "\n".join(reading_text(d.element.body, d))
    assert "Hợp tác <KH&CN> \"đặc biệt\" & 'nháy đơn' </w:t></w:r>" in " ".join(text.split())
    assert "Hội thi A<B & C>D ]]> &amp;" in text
    assert "- Sở KH&CN <phối hợp>;" in text
    assert '<TỈNH> & "QUỐC TẾ"' in text


@pytest.mark.external
@pytest.mark.parametrize("path", [DT, KHLT, CTPH_BT], ids=lambda p: p.stem)
def test_libreoffice_opens_it(path, tmp_path):
    """LibreOffice converts the file without complaint and the text survives (PDF → pdftotext)."""
    from kehoach.render.pdf import convert

    pdf = convert(docx_bytes(path), path.stem)
    assert pdf.startswith(b"%PDF")
    (tmp_path / "d.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "d.pdf"), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert "Nơi nhận:" in text and "./." in text


def test_trailing_paragraph_cannot_spill_onto_a_blank_page(tmp_path):
    """Word needs a paragraph after the signature table; it must be hidden and one twip high, or a
    signature table ending at the foot of a page pushes it onto an otherwise blank page."""

    out = tmp_path / "dt.docx"
    render_file(EXAMPLES / "plans" / "2021" / "kh-khcn-2021-tinhdoan-dt.yaml", "docx", str(out))
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    last = re.findall(r"<w:p>.*?</w:p>|<w:p/>", xml.split("</w:tbl>")[-1], flags=re.S)
    assert len(last) == 1 and "<w:vanish/>" in last[0] and 'w:lineRule="exact"' in last[0]


def test_two_braces_one_under_the_other_are_apart(khlt):
    """Two groups with a purpose one after the other (b/c, then t/h): a 4 pt row without the line
    between them, so that each brace reads as its own — before, one line ran down both groups and
    nobody could tell where the first ended."""
    sign = [b for b in top(khlt) if isinstance(b, Table)][-1]
    inner = next(t for row in sign.rows for c in row.cells for t in c.tables)
    labels = [r.cells[1].text for r in inner.rows]
    braced = [r.cells[1]._tc.tcPr.find(qn("w:tcBorders")) is not None for r in inner.rows]
    assert labels == ["", "", "b/c", "", "", "", "t/h"]
    assert braced == [True] * 4 + [False] + [True] * 2
    gap = inner.rows[4]._tr.trPr.find(qn("w:trHeight"))
    assert (
        gap is not None and gap.get(qn("w:hRule")) == "exact" and int(gap.get(qn("w:val"))) <= 100
    )
    assert inner.rows[4].cells[0].text == ""
