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


def doan_header_table(d, number="Số: 45-KH/TĐTN-VP"):
    wm.header_table(
        d, [("BCH THÀNH ĐOÀN HÀ NỘI", True), ("***", True)], DOAN_RIGHT, number,
        "Hà Nội, ngày 07 tháng 3 năm 2023",
    )  # fmt: skip


TYPED = """\
KẾ HOẠCH
Tổ chức các hoạt động phát huy vai trò xung kích,
sáng tạo của thanh niên trong học tập năm 2021
---------
Căn cứ chương trình phối hợp số 500/CTPH/UBND-MTTQ, ngày 13/12/2019 giữa Ủy ban nhân dân Tỉnh với Mặt trận Tổ quốc Việt Nam tỉnh.
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
