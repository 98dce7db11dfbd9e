"""A program that asks each party for its own annual plan, as a tester ran one through a whole
2027–2029 cycle: a Tỉnh Đoàn, a Sở KH&CN and a Liên hiệp Hội, each issuing its own plan of each
year (``reviews.schedule``: one ``kind: plan`` item per party), the program's activities led by
one party and supported (or co-led) by the others — single events, a model built over the three
years, yearly contests. ``perparty_repo`` writes the program alone (the repository before the
first plan); the plans are drafted by the tests with ``kehoach new plan``."""

from __future__ import annotations

from pathlib import Path

from helpers import ORGS_QNG, build_tree

PROGRAM_ID = "ctph-2027-2029"
PROGRAM_FILE = f"programs/{PROGRAM_ID}.yaml"

SETTINGS = "kind: settings\nplace: Quảng Ngãi\n"

PROGRAM = """\
kind: program
number: 1
date: 2027-01-15
title: Phối hợp phát huy vai trò của tuổi trẻ trong khoa học và công nghệ giai đoạn 2027 – 2029
parties: [td, skhcn, lhh]
period: {from: 2027, to: 2029}
areas:
  - id: tuyen-truyen
    title: Tuyên truyền về khoa học và công nghệ
    activities:
      - id: chuyen-muc
        title: Duy trì chuyên mục "Tuổi trẻ với khoa học"
        lead: td
        support: [skhcn, lhh]
        every: year
      - id: toa-dam
        title: Tọa đàm "Tuổi trẻ với khoa học và công nghệ"
        lead: skhcn
        co_leads: [td]
        support: [lhh]
        time: 2027-Q2
        budget: 20000000
  - id: sang-tao
    title: Khơi dậy tinh thần sáng tạo
    activities:
      - id: hoi-thi
        title: Hội thi Sáng tạo kỹ thuật
        lead: lhh
        co_leads: [td]
        support: [skhcn]
        every: year
      - id: trien-lam
        title: Triển lãm sản phẩm sáng tạo
        lead: skhcn
        support: [td, lhh]
        time: 2027-11
        budget: 40000000
  - id: khoi-nghiep
    title: Hỗ trợ thanh niên khởi nghiệp
    activities:
      - id: tap-huan
        title: Tập huấn khởi nghiệp cho thanh niên
        lead: td
        support: [skhcn]
        time: 2027-H2
      - id: mo-hinh
        title: Xây dựng mô hình thanh niên ứng dụng khoa học kỹ thuật
        lead: lhh
        support: [td]
        time: 2027..2029
        budget: 60000000
reviews:
  schedule:
    - {id: kh-dau-td, kind: plan, title: Kế hoạch năm 2027, lead: td, every: year, month: 2,
       start: 2027, until: 2027}
    - {id: kh-dau-so, kind: plan, title: Kế hoạch năm 2027, lead: skhcn, every: year, month: 2,
       start: 2027, until: 2027}
    - {id: kh-dau-lhh, kind: plan, title: Kế hoạch năm 2027, lead: lhh, every: year, month: 2,
       start: 2027, until: 2027}
    - {id: kh-td, kind: plan, title: Kế hoạch năm tiếp theo, lead: td, every: year,
       year_offset: -1, month: 12, start: 2028}
    - {id: kh-so, kind: plan, title: Kế hoạch năm tiếp theo, lead: skhcn, every: year,
       year_offset: -1, month: 12, start: 2028}
    - {id: kh-lhh, kind: plan, title: Kế hoạch năm tiếp theo, lead: lhh, every: year,
       year_offset: -1, month: 12, start: 2028}
    - {id: so-ket, kind: interim, title: Sơ kết hằng năm, every: year, month: 11,
       rotation: [td, skhcn, lhh]}
signers:
  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Lê Văn Hùng}
  - {org: skhcn, title: GIÁM ĐỐC, name: Phạm Thị Lan}
  - {org: lhh, authority: TM., for: BAN THƯỜNG TRỰC, title: CHỦ TỊCH, name: Võ Minh Đức}
recipients:
  groups:
    - {purpose: b/c, items: [UBND tỉnh]}
  archive: [VT Tỉnh Đoàn, VT Sở KH&CN, VT LHH]
"""

# each party's own plan: (--issuer, the file ``new plan`` is asked to write)
PARTIES = {"td": "td", "skhcn": "so", "lhh": "lhh"}


def perparty_repo(root: Path) -> Path:
    """The repository at ``root``: settings, orgs (``ORGS_QNG``) and the program."""
    return build_tree(
        root, {"kehoach.yaml": SETTINGS, "orgs.yaml": ORGS_QNG, PROGRAM_FILE: PROGRAM}
    )


def plan_file(year: int, party: str) -> str:
    """Where a test writes ``party``'s own plan of ``year`` (``-o``)."""
    return f"plans/{year}/kh-{year}-{PARTIES[party]}.yaml"
