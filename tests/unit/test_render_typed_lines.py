"""An activity's lines typed in the document's own words (kept by ``import`` in ``details``) are
printed once each, in the order they were typed: a lead typed in words ('Đơn vị chủ trì: Chi cục
…') joined with the supporting bodies kehoach holds is that line, not printed again under the
activity; 'Thời gian' typed before 'Đơn vị chủ trì' stays before it. Before, the lead's line came
first and the typed line was printed a second time after the list."""

from __future__ import annotations

from helpers import ORGS, build_tree, load
from kehoach.render.document import render

PLAN = """\
kind: plan
issuers: [skhcn]
date: 2027-01-20
year: 2027
title: Kế hoạch thử
contents:
  layout: detailed_list
  activities:
    - id: kiem-tra
      title: Kiểm tra nhà nước về đo lường đối với cột đo xăng dầu.
      lead: skhcn
      support_others: [Công an tỉnh, Sở Công Thương]
      details:
        - "Thời gian: Tháng 4/2027 và tháng 11/2027."
        - "Đơn vị chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng"
    - id: bao-cao
      title: Tổng hợp, báo cáo kết quả.
      lead: skhcn
      time: 2027-12-05
      details:
        - "Đơn vị chủ trì: Văn phòng Sở."
        - "Thời gian: Trước ngày 05/12/2027."
signers:
  - {org: skhcn, authority: KT., for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần Văn B}
recipients:
  archive: [VT]
"""


def test_typed_lines_print_once_in_the_order_typed(tmp_path):
    root = build_tree(tmp_path, {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS,
                                 "plans/kh.yaml": PLAN})  # fmt: skip
    doc, repo = load(root / "plans" / "kh.yaml")
    text = render(doc, repo, "txt").decode("utf-8")
    flat = " ".join(text.split())
    assert flat.count("Chi cục Tiêu chuẩn Đo lường Chất lượng") == 1
    assert (
        "+ Thời gian: Tháng 4/2027 và tháng 11/2027. + Đơn vị chủ trì: Chi cục Tiêu chuẩn Đo "
        "lường Chất lượng; phối hợp: Công an tỉnh, Sở Công Thương." in flat
    )
    # typed lead first, then the time: as typed
    assert "+ Đơn vị chủ trì: Văn phòng Sở. + Thời gian: Trước ngày 05/12/2027." in flat
    assert flat.count("Văn phòng Sở") == 1
