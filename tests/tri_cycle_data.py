"""A three-party program cycle for the tests, as a tester ran one: a 2026–2030 program of a Sở
KH&CN, a Liên hiệp Hội and a Tỉnh Đoàn whose own activity (a two-year model, 350 million) the 2026
joint plan carries out (phase 1: 180 million, 95 million spent, not finished in 2026), carried
over to the 2027 plan (phase 2: 170 million, 165 million spent, done in 2027). ``tri_repo``
writes it; ``program_only`` leaves the plans out (the repository before the first plan)."""

from __future__ import annotations

from pathlib import Path

from helpers import ORGS_QNG, SIGNED_QNG, build_tree

PROGRAM_ID = "ctph-2026-2030"

SETTINGS = "kind: settings\nplace: Quảng Ngãi\n"

PROGRAM = (
    """\
kind: program
number: 5
date: 2026-01-22
title: Phối hợp hỗ trợ thanh niên ứng dụng khoa học và công nghệ giai đoạn 2026 – 2030
parties: [skhcn, lhh, td]
period: {from: 2026, to: 2030}
areas:
  - id: tuyen-truyen
    title: Tuyên truyền về khoa học, công nghệ
  - id: chuyen-giao
    title: Chuyển giao tiến bộ khoa học và công nghệ
    activities:
      - id: mo-hinh
        title: Xây dựng mô hình trình diễn
        lead: skhcn
        support: [lhh, td]
        time: 2026..2027
        budget: 350000000
reviews:
  schedule:
    - {id: giao-ban, kind: meeting, title: Họp giao ban 6 tháng, every: half, lead: skhcn}
    - {id: so-ket-nam, kind: interim, title: Sơ kết hằng năm, every: year, month: 12}
    - {id: ke-hoach-nam-dau, kind: plan, title: Xây dựng kế hoạch năm 2026, every: year, month: 2,
       start: 2026, until: 2026}
    - {id: tong-ket, kind: final, title: Tổng kết Chương trình, time: 2030-Q4}
"""
    + SIGNED_QNG
)

PLAN_2026 = (
    """\
kind: plan
number: 12
date: 2026-02-10
issuers: [skhcn, lhh, td]
year: 2026
title: Thực hiện Chương trình phối hợp hỗ trợ thanh niên ứng dụng khoa học và công nghệ năm 2026
bases:
  - ref: ctph-2026-2030
  - doc_type: Quyết định
    number: 156/QĐ-UBND
    date: 2026-01-28
    issuer: UBND tỉnh Quảng Ngãi
    summary: giao dự toán ngân sách nhà nước năm 2026
  - text: Căn cứ Chương trình công tác năm 2026 của Ban Thường vụ Tỉnh Đoàn
preamble:
  - >-
    Thực hiện Quyết định số 156/QĐ-UBND ngày 28/01/2026 của UBND tỉnh về giao dự toán ngân sách
    nhà nước năm 2026. Các bên thống nhất ban hành Kế hoạch năm 2026 như sau:
purpose:
  items:
    - Cụ thể hóa Chương trình phối hợp trong năm 2026.
contents:
  activities:
    - id: tuyen-truyen
      title: Tuyên truyền trên trang thông tin điện tử của các bên
      area: tuyen-truyen
      lead: td
      support: [skhcn, lhh]
      time: ongoing
      status: in_progress
    - id: mo-hinh
      title: Xây dựng mô hình trình diễn (giai đoạn 1)
      area: chuyen-giao
      lead: skhcn
      support: [lhh, td]
      time: 2026-03..2026-11
      budget: 180000000
      spent: 95000000
      status: in_progress
      carried_from: {program: ctph-2026-2030, activity: mo-hinh}
    - id: hoi-thi
      title: Hội thi sáng tạo lần thứ I
      area: tuyen-truyen
      lead: td
      support: [skhcn, lhh]
      time: 2026-10
      budget: 120000000
      spent: 115000000
      status: done
      done_date: 2026-10-28
closing:
  - Trên đây là Kế hoạch liên tịch năm 2026 của các bên.
"""
    + SIGNED_QNG
)

PLAN_2027 = (
    """\
kind: plan
number: 1
date: 2027-01-28
issuers: [skhcn, lhh, td]
year: 2027
title: Thực hiện Chương trình phối hợp hỗ trợ thanh niên ứng dụng khoa học và công nghệ năm 2027
bases:
  - ref: ctph-2026-2030
contents:
  activities:
    - id: tuyen-truyen-chuyen-tiep
      title: Tuyên truyền trên trang thông tin điện tử của các bên
      area: tuyen-truyen
      lead: td
      support: [skhcn, lhh]
      time: ongoing
      status: in_progress
      carried_from: {plan: kh-2026, activity: tuyen-truyen}
    - id: mo-hinh
      title: Xây dựng mô hình trình diễn (giai đoạn 2)
      area: chuyen-giao
      lead: skhcn
      support: [lhh, td]
      time: 2027-02..2027-09
      budget: 170000000
      spent: 165000000
      status: done
      done_date: 2027-09-25
      carried_from: {plan: kh-2026, activity: mo-hinh}
"""
    + SIGNED_QNG
)


def tri_repo(root: Path, *, program_only: bool = False, plan_2027: bool = True) -> Path:
    """The cycle's repository at ``root`` (see the module docstring)."""
    files = {
        "kehoach.yaml": SETTINGS,
        "orgs.yaml": ORGS_QNG,
        f"programs/{PROGRAM_ID}.yaml": PROGRAM,
    }
    if not program_only:
        files["plans/2026/kh-2026.yaml"] = PLAN_2026
        if plan_2027:
            files["plans/2027/kh-2027.yaml"] = PLAN_2027
    return build_tree(root, files)
