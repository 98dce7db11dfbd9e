"""A three-party, three-year repository for the tests of ``carried_from`` chains: a 2022–2025
program of a Sở KH&CN, a Liên hiệp Hội and a Tỉnh Đoàn whose model (``mo-hinh``, 2022–2023, 300
million) the 2022 joint plan carries out (phase 1: 60 million spent, not finished in 2022), the
2023 plan carries over (phase 2: 50 million spent, still not finished at the end of 2023), and the
2024 plan drops — it holds a contest only. ``three_parties`` writes it:

- ``years``: the plans written (2022, 2023, 2024 by default);
- ``done_late``: the 2023 copy was done in May 2024, after its plan's year (the work is done, no
  plan carries it again);
- ``cycle``: the 2022 copy says it is carried over from the 2023 one, which says it is carried
  over from the 2022 one (A → B → A, a mistake): one piece of work still, never two, nor a loop."""

from __future__ import annotations

from pathlib import Path

from helpers import ORGS_QNG, SIGNED_QNG, build_tree

PROGRAM_ID = "ctph-2022-2025"
SETTINGS = "kind: settings\nplace: Quảng Ngãi\n"

PROGRAM = (
    """\
kind: program
number: 3
date: 2022-01-20
title: Phối hợp hỗ trợ thanh niên ứng dụng khoa học và công nghệ giai đoạn 2022 – 2025
parties: [skhcn, lhh, td]
period: {from: 2022, to: 2025}
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
        time: 2022..2023
        budget: 300000000
"""
    + SIGNED_QNG
)


def _head(year: int, number: int) -> str:
    return f"""\
kind: plan
number: {number}
date: {year}-02-10
issuers: [skhcn, lhh, td]
year: {year}
title: Thực hiện Chương trình phối hợp hỗ trợ thanh niên ứng dụng khoa học và công nghệ năm {year}
bases:
  - ref: {PROGRAM_ID}
contents:
  activities:
"""


def _model(year: int, phase: int, spent: int, carried_from: str, status: str) -> str:
    return f"""\
    - id: mo-hinh
      title: Xây dựng mô hình trình diễn (giai đoạn {phase})
      area: chuyen-giao
      lead: skhcn
      support: [lhh, td]
      time: {year}-03..{year}-10
      budget: 150000000
      spent: {spent}
{status}      carried_from: {carried_from}
"""


def _contest(year: int) -> str:
    return f"""\
    - id: hoi-thi
      title: Hội thi sáng tạo thanh thiếu niên năm {year}
      area: tuyen-truyen
      lead: td
      support: [skhcn, lhh]
      time: {year}-09
      budget: 80000000
      status: done
      done_date: {year}-09-25
"""


def plan_text(year: int, *, done_late: bool = False, cycle: bool = False) -> str:
    """The joint plan of ``year`` (2022, 2023 or 2024), as ``three_parties`` writes it."""
    out = _head(year, year - 2010)
    if year == 2022:
        link = (
            "{plan: kh-2023, activity: mo-hinh}"
            if cycle
            else f"{{program: {PROGRAM_ID}, activity: mo-hinh}}"
        )
        out += _model(2022, 1, 60000000, link, "      status: in_progress\n")
    elif year == 2023:
        status = (
            "      status: done\n      done_date: 2024-05-10\n"
            if done_late
            else "      status: in_progress\n"
        )
        out += _model(2023, 2, 50000000, "{plan: kh-2022, activity: mo-hinh}", status)
    out += _contest(year)
    return out + SIGNED_QNG


def three_parties(
    root: Path,
    *,
    years: tuple[int, ...] = (2022, 2023, 2024),
    done_late: bool = False,
    cycle: bool = False,
) -> Path:
    """The repository at ``root`` (see the module docstring)."""
    files = {
        "kehoach.yaml": SETTINGS,
        "orgs.yaml": ORGS_QNG,
        f"programs/{PROGRAM_ID}.yaml": PROGRAM,
    }
    for year in years:
        files[f"plans/{year}/kh-{year}.yaml"] = plan_text(year, done_late=done_late, cycle=cycle)
    return build_tree(root, files)
