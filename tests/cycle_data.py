"""A whole program cycle for the tests: a 2024–2026 coordination program of a Tỉnh Đoàn and a Sở
KH&CN, its 2024 plan, and the series of real edits a year brings (``EDITS``: each one a commit
with the line ``kehoach diff`` must print for it). ``build_cycle`` writes the starting files."""

from __future__ import annotations

from helpers import build_tree

SETTINGS = """\
kind: settings
place: Lâm Đồng
system: doan
calendar:
  days_off: [2025-05-02, 2026-01-02, 2026-08-31]
  working_days: [2025-04-26, 2026-01-10, 2026-08-22]
"""

ORGS = """\
kind: orgs
orgs:
  - id: tinhdoan-ld
    name: Tỉnh Đoàn Lâm Đồng
    short: Tỉnh Đoàn
    header: BCH TỈNH ĐOÀN LÂM ĐỒNG
    code: TĐTN
    system: doan
    place: Lâm Đồng
    body: BAN THƯỜNG VỤ TỈNH ĐOÀN
    head: BÍ THƯ
  - id: skhcn-ld
    name: Sở Khoa học và Công nghệ tỉnh Lâm Đồng
    short: Sở KH&CN
    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ
    parent: UBND TỈNH LÂM ĐỒNG
    code: SKHCN
    system: state
    place: Lâm Đồng
    head: GIÁM ĐỐC
"""

PROGRAM = """\
kind: program
number: 12
date: 2023-12-20
parties: [tinhdoan-ld, skhcn-ld]
period: {from: 2024, to: 2026}
title: Phối hợp đẩy mạnh ứng dụng khoa học, công nghệ trong thanh niên giai đoạn 2024 - 2026
goals:
  paragraphs:
    - Phát huy vai trò xung kích của thanh niên trong nghiên cứu, ứng dụng khoa học, công nghệ.
areas:
  - id: tuyen-truyen
    title: Tuyên truyền về khoa học, công nghệ trong thanh niên
  - id: sang-tao
    title: Hỗ trợ thanh niên nghiên cứu, sáng tạo
  - id: khoi-nghiep
    title: Hỗ trợ thanh niên khởi nghiệp
duties:
  - org: tinhdoan-ld
    items:
      - Chủ trì triển khai các hoạt động trong đoàn viên, thanh niên.
  - org: skhcn-ld
    items:
      - Hỗ trợ chuyên môn, kinh phí sự nghiệp khoa học.
focal:
  - {org: tinhdoan-ld, unit: Ban Phong trào, person: Trần Thị Lan}
  - {org: skhcn-ld, unit: Phòng Quản lý khoa học, person: Lê Văn Minh}
reviews:
  paragraphs:
    - Hằng quý giao ban; hằng năm sơ kết; tổng kết vào quý IV năm 2026.
  schedule:
    - {id: giao-ban, kind: meeting, title: Giao ban quý, every: quarter, lead: tinhdoan-ld}
    - {id: so-ket, kind: interim, title: Sơ kết năm, every: year, month: 12, until: 2025}
    - {id: ke-hoach, kind: plan, every: year, year_offset: -1, month: 12, start: 2025}
    - {id: tong-ket, kind: final, title: Tổng kết Chương trình, time: 2026-Q4}
signers:
  - {org: tinhdoan-ld, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Nguyễn Văn An}
  - {org: skhcn-ld, title: GIÁM ĐỐC, name: Phạm Thị Bình}
recipients:
  groups:
    - {purpose: b/c, items: [Ban Bí thư Trung ương Đoàn, UBND tỉnh]}
  archive: [VT]
"""

PLAN_2024 = """\
kind: plan
number: 5
date: 2024-01-10
issuers: [tinhdoan-ld]
year: 2024
title: Thực hiện Chương trình phối hợp với Sở Khoa học và Công nghệ năm 2024
bases:
  - ref: ctph-2024-2026
contents:
  layout: table
  activities:
    - id: tuyen-truyen
      title: Tuyên truyền về khoa học, công nghệ trên trang thông tin của Tỉnh Đoàn
      area: tuyen-truyen
      lead: tinhdoan-ld
      time: ongoing
      status: in_progress
    - id: hoi-thi
      title: Tổ chức Hội thi sáng tạo kỹ thuật cho thanh niên nông thôn
      area: sang-tao
      lead: tinhdoan-ld
      support: [skhcn-ld]
      time: 2024-04..2024-09
      place: Thành phố Đà Lạt
      budget: 80000000
      status: planned
    - id: tap-huan
      title: Tập huấn khởi nghiệp cho thanh niên
      area: khoi-nghiep
      lead: skhcn-ld
      support: [tinhdoan-ld]
      time: 2024-Q2
      budget: 30000000
      status: planned
    - id: tuyen-duong
      title: Tuyên dương thanh niên tiêu biểu trong ứng dụng khoa học, công nghệ
      area: sang-tao
      lead: tinhdoan-ld
      time: 2024-12
      budget: 20000000
      status: planned
budget:
  paragraphs:
    - Kinh phí từ ngân sách tỉnh năm 2024.
  lines:
    - {item: Hội thi, amount: 80000000}
    - {item: Tập huấn, amount: 30000000}
    - {item: Tuyên dương, amount: 20000000}
  total: 130000000
reviews:
  schedule:
    - {id: hop-dau-nam, kind: meeting, title: Họp triển khai kế hoạch, time: 2024-02-02}
    - {id: so-ket-6-thang, kind: interim, title: Sơ kết 6 tháng, time: 2024-07}
signers:
  - {org: tinhdoan-ld, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: PHÓ BÍ THƯ, name: Hoàng Văn Cường}
recipients:
  groups:
    - {purpose: b/c, items: [Ban Bí thư Trung ương Đoàn]}
    - {purpose: t/h, items: [Các Huyện đoàn, Thành đoàn]}
  archive: [VT, BPT]
"""

PLAN_FILE = "plans/2024/kh-2024.yaml"
PROGRAM_FILE = "programs/ctph-2024-2026.yaml"

# (message, file, [(old, new)], a piece of the line `kehoach diff` must print)
EDITS = [
    (
        "Chương trình: thêm lịch họp chuyên đề",
        PROGRAM_FILE,
        [
            (
                "    - {id: tong-ket,",
                "    - {id: chuyen-de, kind: meeting, title: Họp chuyên đề, time: 2025-06}\n"
                "    - {id: tong-ket,",
            )
        ],
        'Sơ kết, tổng kết › Lịch: thêm "Họp chuyên đề"',
    ),
    (
        "Kế hoạch 2024: hội thi chuyển nội dung, đổi địa điểm",
        PLAN_FILE,
        [
            (
                "      area: sang-tao\n      lead: tinhdoan-ld\n      support",
                "      area: khoi-nghiep\n      lead: tinhdoan-ld\n      support",
            ),
            ("      place: Thành phố Đà Lạt", "      place: Huyện Lạc Dương"),
        ],
        'Địa điểm: "Thành phố Đà Lạt" → "Huyện Lạc Dương"',
    ),
    (
        "Kế hoạch 2024: dự toán",
        PLAN_FILE,
        [
            (
                "    - {item: Tuyên dương, amount: 20000000}\n  total: 130000000",
                "    - {item: Tuyên dương, amount: 25000000}\n  total: 135000000\n  source: ngân sách sự nghiệp khoa học",
            ),
            (
                "    - Kinh phí từ ngân sách tỉnh năm 2024.",
                "    - Kinh phí từ ngân sách tỉnh và nguồn xã hội hóa năm 2024.",
            ),
        ],
        "Kinh phí › Tổng cộng (đồng): 130.000.000 đồng → 135.000.000 đồng",
    ),
    (
        "Kế hoạch 2024: dời sơ kết 6 tháng",
        PLAN_FILE,
        [("title: Sơ kết 6 tháng, time: 2024-07}", "title: Sơ kết 6 tháng, time: 2024-08}")],
        "Thời gian cố định: tháng 7/2024 → tháng 8/2024",
    ),
    (
        "Chương trình: trách nhiệm Sở KH&CN",
        PROGRAM_FILE,
        [
            (
                "      - Hỗ trợ chuyên môn, kinh phí sự nghiệp khoa học.",
                "      - Hỗ trợ chuyên môn, kinh phí sự nghiệp khoa học.\n      - Cử cán bộ tham gia Ban Giám khảo Hội thi.",
            )
        ],
        'Trách nhiệm các bên › Sở KH&CN › Các ý gạch đầu dòng: thêm "Cử cán bộ tham gia Ban Giám khảo Hội thi."',
    ),
    (
        "Kế hoạch 2024: hội thi lùi một tháng, mở rộng miền núi",
        PLAN_FILE,
        [
            ("      time: 2024-04..2024-09", "      time: 2024-05..2024-10"),
            ("cho thanh niên nông thôn\n", "cho thanh niên nông thôn, miền núi\n"),
        ],
        "từ tháng 4/2024 đến tháng 9/2024 → từ tháng 5/2024 đến tháng 10/2024 (hạn dời muộn từ 30/9/2024 sang 31/10/2024)",
    ),
    (
        "Kế hoạch 2024: đổi người ký",
        PLAN_FILE,
        [("title: PHÓ BÍ THƯ, name: Hoàng Văn Cường}", "title: BÍ THƯ, name: Nguyễn Văn An}")],
        '"TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ / Hoàng Văn Cường" → "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / BÍ THƯ / Nguyễn Văn An"',
    ),
    (
        "Kế hoạch 2024: cập nhật tiến độ",
        PLAN_FILE,
        [
            (
                "      budget: 30000000\n      status: planned",
                "      budget: 30000000\n      status: done\n      done_date: 2024-06-20\n      spent: 28000000",
            ),
            (
                "      budget: 80000000\n      status: planned",
                "      budget: 80000000\n      status: done\n      done_date: 2024-10-25\n      spent: 76000000",
            ),
        ],
        '"Tập huấn khởi nghiệp cho thanh niên": chưa thực hiện → hoàn thành (ngày 20/6/2024)',
    ),
    (
        "Kế hoạch 2024: họp ngày Quốc khánh",
        PLAN_FILE,
        [
            (
                "title: Họp triển khai kế hoạch, time: 2024-02-02}",
                "title: Họp triển khai kế hoạch, time: 2024-09-02}",
            )
        ],
        "Thời gian cố định: ngày 02/02/2024 → ngày 02/9/2024",
    ),
    (
        "orgs.yaml: tên Sở",
        "orgs.yaml",
        [
            (
                "    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ\n",
                "    header: SỞ KHOA HỌC VÀ CÔNG NGHỆ LÂM ĐỒNG\n",
            )
        ],
        'Tên in ở tiêu đề: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" → "SỞ KHOA HỌC VÀ CÔNG NGHỆ LÂM ĐỒNG"',
    ),
]


def build_cycle(root):
    """The starting repository: settings, orgs, the 2024–2026 program and its 2024 plan."""
    return build_tree(
        root,
        {
            "kehoach.yaml": SETTINGS,
            "orgs.yaml": ORGS,
            PROGRAM_FILE: PROGRAM,
            PLAN_FILE: PLAN_2024,
        },
    )


def apply(root, rel: str, pairs) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, (rel, old)
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
