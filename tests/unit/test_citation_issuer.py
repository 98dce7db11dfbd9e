"""Who issued a decision, as a document citing it names them ('… của …'): a head deciding alone
by post and body, a collective by the body's name, ``cited_issuer`` as written."""

from __future__ import annotations

import pytest

from helpers import ORGS_QNG, build_tree, load
from kehoach.model import citation

DECISION = """\
kind: decision
issuers: [{org}]
number: 35
date: 2023-04-10
title: Ban hành Quy chế xét chọn
{extra}articles:
  - Ban hành kèm theo Quyết định này Quy chế.
signers:
  - org: {org}
{signer}    name: Nguyễn Văn A
recipients:
  archive: [VT]
"""


@pytest.mark.parametrize(
    ("org", "extra", "signer", "expected"),
    [
        # the head signs himself: 'Giám đốc Sở …'
        ("skhcn", "", "    title: GIÁM ĐỐC\n", "Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"),
        # a deputy signs for the head (KT.): still the head's decision
        ("skhcn", "", "    authority: KT.\n    for: GIÁM ĐỐC\n    title: PHÓ GIÁM ĐỐC\n",
         "Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"),
        # the authority line names the head's post
        ("skhcn", "authority: GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ\n", "    title: GIÁM ĐỐC\n",
         "Giám đốc Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"),
        # a collective decides (TM.): the body's name
        ("td", "", "    authority: TM.\n    for: BAN THƯỜNG VỤ TỈNH ĐOÀN\n    title: BÍ THƯ\n",
         "Tỉnh Đoàn Quảng Ngãi"),
        ("td", "authority: BAN THƯỜNG VỤ TỈNH ĐOÀN QUẢNG NGÃI\n",
         "    authority: TM.\n    for: BAN THƯỜNG VỤ TỈNH ĐOÀN\n    title: BÍ THƯ\n", "Tỉnh Đoàn Quảng Ngãi"),
        # as written
        ("td", "cited_issuer: Ban Thường vụ Tỉnh Đoàn\n",
         "    authority: TM.\n    for: BAN THƯỜNG VỤ TỈNH ĐOÀN\n    title: BÍ THƯ\n", "Ban Thường vụ Tỉnh Đoàn"),
    ],
)  # fmt: skip
def test_a_decision_is_cited_by_who_decided(tmp_path, org, extra, signer, expected):
    text = DECISION.format(org=org, extra=extra, signer=signer)
    root = build_tree(tmp_path, {"orgs.yaml": ORGS_QNG, "decisions/qd.yaml": text})
    doc, repo = load(root / "decisions" / "qd.yaml")
    assert citation.issued_by(doc, repo) == expected
    assert citation.issued_with(doc, repo).endswith(f"ngày 10/4/2023 của {expected}")
    assert citation.cite("Căn cứ", doc, repo).endswith(
        f"của {expected} về ban hành Quy chế xét chọn"
    )


def test_without_a_head_in_orgs_the_signers_own_post(tmp_path):
    from helpers import ORGS

    text = DECISION.format(org="skhcn", extra="", signer="    title: GIÁM ĐỐC\n")
    root = build_tree(tmp_path, {"orgs.yaml": ORGS, "decisions/qd.yaml": text})
    doc, repo = load(root / "decisions" / "qd.yaml")
    assert citation.issued_by(doc, repo) == "Giám đốc Sở Khoa học và Công nghệ tỉnh Bình Thuận"


def test_a_plan_is_cited_by_its_bodies(tmp_path):
    from helpers import PLAN

    root = build_tree(tmp_path, {"orgs.yaml": ORGS_QNG, "plans/kh.yaml": PLAN})
    doc, repo = load(root / "plans" / "kh.yaml")
    assert citation.issued_by(doc, repo) == "Tỉnh Đoàn Quảng Ngãi"
