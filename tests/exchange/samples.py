"""Word documents as people type them, built with python-docx (not from kehoach's templates):
the header and body pieces the importer's tests combine."""

from __future__ import annotations

from . import wordmake as wm

STATE_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)]
DOAN_RIGHT = [("ĐOÀN TNCS HỒ CHÍ MINH", True)]


def body(d, *, table=True, signer=True):
    """Title, căn cứ, two sections, an activity table, closing, signature and Nơi nhận."""
    wm.para(d, "KẾ HOẠCH", bold=True, center=True)
    wm.para(d, "Tổ chức Ngày hội Sáng tạo trẻ\nThủ đô năm 2023", bold=True, center=True)
    wm.para(d, "-----------", center=True)
    wm.para(d, "Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020 của Quốc hội;", italic=True)
    wm.para(d, "Thực hiện Chương trình công tác Đoàn năm 2023,", italic=True)
    wm.para(d, "Ban Thường vụ Thành Đoàn xây dựng Kế hoạch như sau:")
    wm.para(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    wm.para(d, "Ngày hội là dịp để đoàn viên, thanh niên Thủ đô giới thiệu các sản phẩm, mô hình, "
               "giải pháp sáng tạo, ý tưởng khởi nghiệp; qua đó phát hiện, bồi dưỡng, tôn vinh "
               "những tài năng trẻ trong học tập, lao động và nghiên cứu khoa học.")  # fmt: skip
    wm.para(d, "- Khơi dậy tinh thần sáng tạo của thanh niên Thủ đô.")
    wm.para(d, "- Tổ chức thiết thực, hiệu quả.")
    wm.para(d, "II. NỘI DUNG", bold=True)
    if table:
        wm.grid_table(
            d,
            [
                ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí"],
                [
                    "1",
                    "Phát động Ngày hội",
                    "Ban Phong trào Thành Đoàn",
                    "Sở KH&CN",
                    "Quý II/2023",
                    "15.000.000 đ",
                ],
                [
                    "2",
                    "Trưng bày sản phẩm\nĐịa điểm: Cung Thanh niên",
                    "Sở KH&CN",
                    "Thành Đoàn, Các quận, huyện, thị đoàn",
                    "Tháng 9 – 10/2023",
                    "40 triệu",
                ],
            ],
        )
    wm.para(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    wm.para(d, "1. Thành Đoàn", bold=True)
    wm.para(d, "- Chủ trì, phối hợp tổ chức Ngày hội.")
    wm.para(d, "- Hướng dẫn các cơ sở Đoàn lựa chọn, giới thiệu sản phẩm tham gia trưng bày; tổng "
               "hợp, báo cáo kết quả về Ban Thường vụ Thành Đoàn sau khi kết thúc Ngày hội.")  # fmt: skip
    wm.para(d, "Trên đây là Kế hoạch tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023./.")
    if signer:
        t = d.add_table(rows=1, cols=2)
        wm.cell_lines(
            t.cell(0, 0),
            [
                ("Nơi nhận:", True),
                ("- Ban Bí thư TW Đoàn;", False),
                ("- Thường trực Thành ủy;\t(để b/c)", False),
                ("- Các quận, huyện, thị đoàn;\t(để t/h)", False),
                ("- Lưu: VP, BPT.", False),
            ],
            center=False,
        )
        wm.cell_lines(
            t.cell(0, 1),
            [
                ("TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", True),
                ("PHÓ BÍ THƯ", True),
                ("(Đã ký)", False),
                ("Nguyễn Văn Hùng", True),
            ],
        )


def doan_header_table(d, number="Số: 45-KH/TĐTN-VP", dated="Hà Nội, ngày 07 tháng 3 năm 2023"):
    wm.header_table(
        d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", True)], DOAN_RIGHT, number, dated
    )  # fmt: skip


def state_header_table(d, number: str, dated: str):
    wm.header_table(
        d, [("UBND THÀNH PHỐ HÀ NỘI", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)], STATE_RIGHT,
        number, dated,
    )  # fmt: skip


# The plan the decision and the rules below cite: put in the repository, it is turned into
# ``ref`` / ``attached_to`` by number and symbol.
PLAN_45 = """\
kind: plan
issuers: [tdhn]
number: 45
unit: VP
date: 2023-03-07
year: 2023
title: Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023
signers:
  - {org: tdhn, authority: TM., title: PHÓ BÍ THƯ, name: Nguyễn Văn Hùng}
"""


def signature(d, authority: str, title: str, name: str, recipients: list[str]):
    """The usual signature table: Nơi nhận on the left, the signer on the right."""
    t = d.add_table(rows=1, cols=2)
    lines = [("Nơi nhận:", True)] + [(r, False) for r in recipients]
    wm.cell_lines(t.cell(0, 0), lines, center=False)
    block = [(authority, True)] if authority else []
    wm.cell_lines(t.cell(0, 1), [*block, (title, True), ("(Đã ký)", False), (name, True)])


def doan_decision(d):
    """A Đoàn decision: the authority line above '- Căn cứ …;' bases (the last ending with a
    comma), 'QUYẾT ĐỊNH:', articles with clauses, 'Như Điều 3' and an archive line as typed."""
    doan_header_table(d, "Số: 58-QĐ/TĐTN-VP", "Hà Nội, ngày 15 tháng 3 năm 2023")
    wm.para(d, "QUYẾT ĐỊNH", bold=True, center=True)
    wm.para(d, "Về việc thành lập Ban Tổ chức Ngày hội\nSáng tạo trẻ Thủ đô năm 2023",
            bold=True, center=True)  # fmt: skip
    wm.para(d, "-----", center=True)
    wm.para(d, "BAN THƯỜNG VỤ THÀNH ĐOÀN HÀ NỘI", bold=True, center=True)
    wm.para(d, "- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;", italic=True)
    wm.para(d, "- Căn cứ Kế hoạch số 45-KH/TĐTN-VP ngày 07/3/2023 của Ban Thường vụ Thành Đoàn "
               "về tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023;", italic=True)  # fmt: skip
    wm.para(d, "- Xét đề nghị của Ban Phong trào Thành Đoàn,", italic=True)
    wm.para(d, "QUYẾT ĐỊNH:", bold=True, center=True)
    wm.para(d, "Điều 1. Thành lập Ban Tổ chức Ngày hội Sáng tạo trẻ Thủ đô năm 2023 gồm các đồng "
               "chí có tên sau:")  # fmt: skip
    wm.para(d, "1. Đồng chí Nguyễn Văn Hùng, Phó Bí thư Thành Đoàn - Trưởng ban;")
    wm.para(d, "2. Đồng chí Trần Thị Mai, Phó Giám đốc Sở KH&CN - Phó Trưởng ban.")
    wm.para(d, "Điều 2. Ban Tổ chức tự giải thể sau khi hoàn thành nhiệm vụ.")
    wm.para(d, "Điều 3. Văn phòng, Ban Phong trào Thành Đoàn và các đồng chí có tên tại Điều 1 "
               "căn cứ Quyết định thi hành./.")  # fmt: skip
    signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
              ["- Như Điều 3;", "- Lưu VP."])  # fmt: skip


def state_decision(d):
    """A state decision (Decree 30): Quốc hiệu, 'Số: 15/QĐ-SKHCN', the authority line the signer
    gives, plain italic bases, 'QUYẾT ĐỊNH:' and articles that are sentences."""
    state_header_table(d, "Số: 15/QĐ-SKHCN", "Hà Nội, ngày 20 tháng 3 năm 2023")
    wm.para(d, "QUYẾT ĐỊNH", bold=True, center=True)
    wm.para(d, "Ban hành Quy định xét chọn đề tài của sinh viên", bold=True, center=True)
    wm.para(d, "_______", center=True)
    wm.para(d, "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold=True, center=True)
    wm.para(d, "Căn cứ Luật Khoa học và Công nghệ số 29/2013/QH13 ngày 18/6/2013 của Quốc hội;",
            italic=True)  # fmt: skip
    wm.para(d, "Theo đề nghị của Trưởng phòng Quản lý khoa học.", italic=True)
    wm.para(d, "QUYẾT ĐỊNH:", bold=True, center=True)
    wm.para(d, "Điều 1. Ban hành kèm theo Quyết định này Quy định xét chọn đề tài của sinh viên.")
    wm.para(d, "Điều 2. Quyết định có hiệu lực kể từ ngày ký.")
    wm.para(d, "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học chịu trách nhiệm thi "
               "hành Quyết định này./.")  # fmt: skip
    signature(d, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai",
              ["- Như Điều 3;", "- Thành Đoàn Hà Nội;", "- Lưu: VT, QLKH."])  # fmt: skip


def doan_rules(d):
    """Đoàn contest rules attached to plan 45: no Số line of their own, the italic attached line
    under the title, sections I., II. with items, no signature."""
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 0), [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", True)])
    wm.cell_lines(t.cell(0, 1), DOAN_RIGHT)
    wm.para(d, "THỂ LỆ", bold=True, center=True)
    wm.para(d, "Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "(Ban hành kèm theo Kế hoạch số 45-KH/TĐTN-VP ngày 07/3/2023 của Ban Thường vụ "
               "Thành Đoàn Hà Nội)", italic=True, center=True)  # fmt: skip
    wm.para(d, "I. ĐỐI TƯỢNG THAM GIA", bold=True)
    wm.para(d, "Đoàn viên, thanh niên đang sinh sống, học tập, làm việc tại Thủ đô.")
    wm.para(d, "II. SẢN PHẨM DỰ THI", bold=True)
    wm.para(d, "- Sản phẩm là mô hình, giải pháp có tính mới, khả thi;")
    wm.para(d, "- Mỗi cá nhân, nhóm gửi tối đa 02 sản phẩm.")


def state_rules(d):
    """State rules issued on their own: 'Số: 20/QyĐ-SKHCN', chapters and articles numbered through
    the text, clauses with points, a signer without an authority word."""
    state_header_table(d, "Số: 20/QyĐ-SKHCN", "Hà Nội, ngày 20 tháng 3 năm 2023")
    wm.para(d, "QUY ĐỊNH", bold=True, center=True)
    wm.para(d, "Xét chọn đề tài nghiên cứu khoa học của sinh viên", bold=True, center=True)
    wm.para(d, "Chương I", bold=True, center=True)
    wm.para(d, "QUY ĐỊNH CHUNG", bold=True, center=True)
    wm.para(d, "Điều 1. Phạm vi điều chỉnh", bold=True)
    wm.para(d, "Quy định này quy định việc xét chọn đề tài nghiên cứu khoa học của sinh viên.")
    wm.para(d, "Điều 2. Nguyên tắc", bold=True)
    wm.para(d, "1. Khách quan, công bằng.")
    wm.para(d, "2. Mỗi đề tài được hai chuyên gia nhận xét, gồm:")
    wm.para(d, "a) một chuyên gia của Sở;")
    wm.para(d, "b) một chuyên gia của trường.")
    wm.para(d, "Chương II\nTỔ CHỨC THỰC HIỆN", bold=True, center=True)
    wm.para(d, "Điều 3. Phòng Quản lý khoa học hướng dẫn thực hiện Quy định này./.")
    t = d.add_table(rows=1, cols=2)
    wm.cell_lines(t.cell(0, 1), [("GIÁM ĐỐC", True), ("Lê Văn Nam", True)])


def doan_report(d):
    """A Đoàn report: sections I., II., III. with numbered subsections, a data table, dash items,
    the closing 'Trên đây là …' and Nơi nhận with brace-like labels typed after tabs."""
    doan_header_table(d, "Số: 30-BC/TĐTN-BPT", "Hà Nội, ngày 15 tháng 12 năm 2023")
    wm.para(d, "BÁO CÁO", bold=True, center=True)
    wm.para(d, "Kết quả Ngày hội Sáng tạo trẻ Thủ đô năm 2023", bold=True, center=True)
    wm.para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    wm.para(d, "1. Công tác tuyên truyền", bold=True)
    wm.para(d, "Tổ chức 12 buổi tuyên truyền cho hơn 2.000 đoàn viên, thanh niên.")
    wm.para(d, "2. Trưng bày sản phẩm", bold=True)
    wm.grid_table(d, [["Nội dung", "Kế hoạch", "Thực hiện"], ["Sản phẩm trưng bày", "100", "126"],
                      ["Đơn vị tham gia", "30", "32"]])  # fmt: skip
    wm.para(d, "II. ĐÁNH GIÁ CHUNG", bold=True)
    wm.para(d, "- Các hoạt động bám sát Kế hoạch, hoàn thành đúng tiến độ.")
    wm.para(d, "- Kinh phí còn hạn chế.")
    wm.para(d, "III. PHƯƠNG HƯỚNG NĂM 2024", bold=True)
    wm.para(d, "Tiếp tục tổ chức Ngày hội, mở rộng đối tượng tham gia.")
    wm.para(d, "Trên đây là báo cáo kết quả Ngày hội Sáng tạo trẻ Thủ đô năm 2023./.")
    signature(d, "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN", "PHÓ BÍ THƯ", "Nguyễn Văn Hùng",
              ["- Ban Bí thư TW Đoàn;", "- Thường trực Thành ủy;", "- Lưu: VP, BPT."])  # fmt: skip


def state_report(d):
    """A state report signed for the director, its last words a request ('… kính báo cáo …
    xem xét, chỉ đạo') that closes it."""
    state_header_table(d, "Số: 120/BC-SKHCN", "Hà Nội, ngày 30 tháng 11 năm 2023")
    wm.para(d, "BÁO CÁO", bold=True, center=True)
    wm.para(d, "Kết quả hỗ trợ thanh niên khởi nghiệp năm 2023", bold=True, center=True)
    wm.para(d, "I. KẾT QUẢ", bold=True)
    wm.para(d, "Hỗ trợ 15 dự án khởi nghiệp của thanh niên; 05 dự án được ươm tạo.")
    wm.para(d, "II. KIẾN NGHỊ", bold=True)
    wm.para(d, "Bố trí kinh phí hỗ trợ ươm tạo trong năm 2024.")
    wm.para(d, "Sở Khoa học và Công nghệ kính báo cáo Ủy ban nhân dân Thành phố xem xét, chỉ "
               "đạo./.")  # fmt: skip
    signature(d, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Mai",
              ["- UBND Thành phố;", "- Thành Đoàn Hà Nội;", "- Lưu: VT, QLKH."])  # fmt: skip


TYPED = """\
KẾ HOẠCH
Tổ chức các hoạt động phát huy vai trò xung kích,
sáng tạo của thanh niên trong học tập năm 2021
---------
Căn cứ chương trình phối hợp số 500/CTPH/UBND-MTTQ, ngày 13/12/2019 giữa Ủy ban nhân dân Tỉnh \
với Mặt trận Tổ quốc Việt Nam tỉnh.
Ban Thường vụ Tỉnh đoàn triển khai các hoạt động, cụ thể như sau:
I. Mục đích yêu cầu
Nhằm nâng cao nhận thức cho cán bộ, đoàn viên, thanh niên.
II. Nội dung thực hiện
- Tổ chức 01 lớp tập huấn về chính sách cho thanh niên.
- Tổ chức hội thi tin học trẻ năm 2021.
Trên đây là kế hoạch năm 2021./.
\tNơi nhận:
- TW Đoàn (02 nơi);
- Bộ KH&CN;     b/c
- UBND tỉnh;
- Các Huyện, Thị, Thành đoàn;
     t/h
- Lưu VP, TNNTCN&ĐT.
\tTM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ
(Ký tên và đóng dấu)
Huỳnh Minh Thức"""
