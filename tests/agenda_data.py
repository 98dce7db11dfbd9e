"""Shared data for the agenda tests: a small repository with a 2021–2025 program
expecting a plan each year, plans covering some of those years, activities in every status."""

from __future__ import annotations

from helpers import ORGS, build_tree

SETTINGS = """\
kind: settings
place: Bình Thuận
calendar:
  days_off: [2022-06-29]
due:
  within: 8w
  alarm_days: 5
"""

PROGRAM = """\
kind: program
id: ctph
date: 2021-12-30
title: Chương trình phối hợp thử
parties: [td, skhcn]
period: {from: 2021, to: 2025}
areas:
  - id: khoi-nghiep
    title: Hỗ trợ thanh niên khởi nghiệp
duties:
  - org: skhcn
    items:
      - Phối hợp triển khai các nội dung của Chương trình.
reviews:
  schedule:
    - id: so-ket
      kind: interim
      title: Sơ kết năm
      every: year
      month: 12
      start: 2022
    - id: ke-hoach
      kind: plan
      title: Kế hoạch năm sau
      every: year
      year_offset: -1
      month: 12
      start: 2022
    - kind: final
      title: Tổng kết Chương trình
signers:
  - org: td
    title: BÍ THƯ
  - org: skhcn
    title: GIÁM ĐỐC
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""

PLAN_2022 = """\
kind: plan
id: kh-2022
issuers: [td]
date: 2022-01-10
year: 2022
title: Kế hoạch năm 2022
bases:
  - ref: ctph
contents:
  activities:
    - id: hoi-thi
      title: Hội thi sáng tạo, "Ý tưởng; trẻ"
      lead: td
      support: [skhcn]
      time: 2022-Q2
    - id: phat-dong
      title: Phát động
      lead: td
      time: 2022-03
      status: done
      done_date: 2022-03-20
    - id: hoi-thao
      title: Hội thảo chính sách
      lead: td
      time: 2022-09-15
      status: cancelled
    - id: tuyen-truyen
      title: Tuyên truyền
      lead: td
      time: ongoing
    - id: chuyen-giao
      title: Chuyển giao mô hình
      lead: skhcn
      support: [td]
      time: 2022-H2
      status: in_progress
    - title: Tập huấn không mã
      lead: skhcn
      time: 2022-05
implementation:
  sections:
    - title: Sở Khoa học và Công nghệ
      org: skhcn
      items:
        - Chủ trì tập huấn.
reviews:
  schedule:
    - id: giao-ban
      kind: meeting
      title: Giao ban
      every: quarter
      month: 3
      day: 29
signers:
  - org: td
    title: BÍ THƯ
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""

PLAN_2024 = """\
kind: plan
id: kh-2024-2025
issuers: [td, skhcn]
date: 2024-06-01
period: 2024-07..2025-06
title: Kế hoạch liên tịch 2024 - 2025
bases:
  - ref: ctph
signers:
  - org: td
    title: BÍ THƯ
  - org: skhcn
    title: GIÁM ĐỐC
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""

PLAN_2023_UNRELATED = """\
kind: plan
id: kh-2023-khac
issuers: [td]
date: 2023-01-05
year: 2023
title: Kế hoạch không căn cứ chương trình
signers:
  - org: td
    title: BÍ THƯ
recipients:
  groups:
    - purpose: b/c
      items: [TW Đoàn]
  archive: [VT]
"""


def agenda_repo(root):
    return build_tree(
        root,
        {
            "kehoach.yaml": SETTINGS,
            "orgs.yaml": ORGS,
            "programs/ctph.yaml": PROGRAM,
            "plans/2022/kh-2022.yaml": PLAN_2022,
            "plans/2023/kh-2023-khac.yaml": PLAN_2023_UNRELATED,
            "plans/2024/kh-2024-2025.yaml": PLAN_2024,
        },
    )
