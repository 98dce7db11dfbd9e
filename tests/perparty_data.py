"""A program that asks each party for its own annual plan, as a tester ran one through a whole
2027–2029 cycle: a Tỉnh Đoàn, a Sở KH&CN and a Liên hiệp Hội, each issuing its own plan of each
year (``reviews.schedule``: one ``kind: plan`` item per party), the program's activities led by
one party and supported (or co-led) by the others — single events, a model built over the three
years, yearly contests. ``perparty_repo`` writes the program alone (the repository before the
first plan), ``kho`` makes it the working directory; the tests draft the plans with ``kehoach new
plan``, or write them (``write_plan``) with the activities a plan holds (``mo_hinh``, ``hoi_thi``)
as the tester's plans held them."""

from __future__ import annotations

from pathlib import Path

from helpers import ORGS_QNG, build_tree, run

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


_SIGNER = {
    "td": "{org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, name: Lê Văn Hùng}",
    "skhcn": "{org: skhcn, title: GIÁM ĐỐC, name: Phạm Thị Lan}",
    "lhh": "{org: lhh, authority: TM., for: BAN THƯỜNG TRỰC, title: CHỦ TỊCH, name: Võ Minh Đức}",
}


def plan_text(year: int, party: str, activities: str) -> str:
    """``party``'s own plan of ``year``, issued on 20 January, citing the program, with
    ``activities`` (YAML list items at 4 spaces)."""
    return f"""\
kind: plan
date: {year}-01-20
issuers: [{party}]
year: {year}
title: Thực hiện Chương trình phối hợp năm {year}
bases: [{{ref: {PROGRAM_ID}}}]
contents:
  activities:
{activities}signers: [{_SIGNER[party]}]
recipients: {{groups: [{{purpose: b/c, items: [UBND tỉnh]}}], archive: [VT]}}
"""


def write_plan(root: Path, year: int, party: str, activities: str) -> Path:
    """``plan_text`` written where ``plan_file`` says (its folder made)."""
    path = root / plan_file(year, party)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(plan_text(year, party, activities), encoding="utf-8")
    return path


def kho(tmp_path, monkeypatch, today: str = "2027-01-20") -> Path:
    """``perparty_repo`` under ``tmp_path``, the working directory, ``today`` its day."""
    root = perparty_repo(tmp_path / "kho")
    monkeypatch.chdir(root)
    monkeypatch.setenv("KEHOACH_TODAY", today)
    return root


def warned(code: str) -> list:
    """The problems of code ``code`` ``validate`` finds in the working directory's repository."""
    return [p for p in run(None, use_cache=False).problems if p.code == code]


def mo_hinh(status: str = "in_progress", link: str = f"program: {PROGRAM_ID}", own="mo-hinh"):
    """The model as a plan carries it (``link``: what it is carried from)."""
    return (
        f"    - id: {own}\n"
        "      title: Xây dựng mô hình thanh niên ứng dụng khoa học kỹ thuật\n"
        "      area: khoi-nghiep\n      lead: lhh\n      support: [td]\n"
        f"      status: {status}\n" + ("      done_date: 2027-11-30\n" if status == "done" else "")
        + f"      carried_from: {{{link}, activity: mo-hinh}}\n"
    )  # fmt: skip


def hoi_thi(year: int, tail: str) -> str:
    """The yearly hội thi (led by the Liên hiệp Hội, co-led by the Tỉnh Đoàn) as a plan of
    ``year`` holds it, ``tail`` its last lines."""
    return (
        "    - id: hoi-thi\n      title: Hội thi Sáng tạo kỹ thuật\n      area: sang-tao\n"
        "      lead: lhh\n      co_leads: [td]\n      support: [skhcn]\n"
        f"      time: {year}\n      every: year\n{tail}"
    )


HOI_THI_DONE = "      status: done\n      done_date: 2028-10-20\n"
HOI_THI_LINK = f"      carried_from: {{program: {PROGRAM_ID}, activity: hoi-thi}}\n"
