"""Source of the golden validation cases in tests/cases/ (run: python tests/cases/make_cases.py).

Each case is a small repository; ``expected.txt`` holds the exact ``kehoach validate --format
parsable`` output. Writing the cases here keeps them short; the files on disk are what the test
reads, so they stay easy to look at.
"""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for helpers
from helpers import ORGS, PLAN  # noqa: E402

SETTINGS = "kind: settings\nplace: Bình Thuận\n"

PROGRAM = """\
kind: program
id: ctph
parties: [td, skhcn]
date: 2021-12-30
period: {from: 2021, to: 2025}
title: Chương trình phối hợp
areas:
  - id: tuyen-truyen
    title: Tuyên truyền
reviews:
  schedule:
    - kind: interim
      every: year
      month: 12
signers:
  - org: td
    authority: TM.
    for: BAN THƯỜNG VỤ TỈNH ĐOÀN
    title: PHÓ BÍ THƯ
    name: Nguyễn Văn A
  - org: skhcn
    authority: KT.
    for: GIÁM ĐỐC
    title: PHÓ GIÁM ĐỐC
    name: Trần Thị B
recipients:
  archive: [VT]
"""


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed base vowels (â, ê, ơ…) plus combining tone marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def plan(**replace: str) -> str:
    text = PLAN
    for old, new in replace.items():
        old = old.replace("__", " ")
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


CASES: dict[str, dict[str, str]] = {
    "valid-minimal": {"plans/kh.yaml": PLAN},
    # dated before what it cites: the program of the repository, an external basis with a date
    "issued-before-basis": {
        "programs/ctph.yaml": PROGRAM,
        "plans/kh.yaml": plan(
            **{
                "date: 2022-01-10": "date: 2021-12-20\nbases:\n  - ref: ctph\n  - {doc_type: Quyết "
                "định, number: 12/QĐ-UBND, date: 2022-01-05, issuer: UBND tỉnh}",
            }
        ),
    },
    "valid-program-and-plan": {
        "programs/ctph.yaml": PROGRAM,
        "plans/kh.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        ).replace("      time: 2022-Q2\n", "      time: 2022-Q2\n      area: tuyen-truyen\n"),
    },
    "syntax-error": {"plans/kh.yaml": "kind: plan\ntitle: [Kế hoạch\nyear: 2022\n"},
    "tab-indent": {"plans/kh.yaml": "kind: plan\n\tyear: 2022\n"},
    # ': ' in a title right under '- id:' (the keys of the item start after its dash): the colon
    # is said, not the indentation; one indented deeper than the item's keys is the indentation
    "colon-under-dash": {
        "plans/kh.yaml": "kind: plan\nyear: 2022\ncontents:\n  activities:\n    - id: ky-yeu\n"
        "      title: Kỷ yếu: chương trình\n"
    },
    "indent-under-dash": {
        "plans/kh.yaml": "kind: plan\nyear: 2022\ncontents:\n  activities:\n    - id: ky-yeu\n"
        "        title: Kỷ yếu\n"
    },
    "empty-file": {"plans/kh.yaml": "# chỉ có chú thích\n"},
    "top-level-list": {"plans/kh.yaml": "- kind: plan\n- year: 2022\n"},
    "duplicate-key": {"plans/kh.yaml": PLAN.replace("year: 2022\n", "year: 2022\nyear: 2023\n")},
    "unknown-kind": {"plans/kh.yaml": "title: Không có loại\n"},
    "kind-typo": {
        "plans/kh.yaml": "kind: plann\ntitle: Loại gõ sai\n",
        "plans/so.yaml": "kind: 5\ntitle: Loại là số\n",
    },
    "missing-keys": {
        "plans/kh.yaml": "kind: plan\nyear: 2022\ncontents:\n  activities:\n    - title: Hội thi\n"
    },
    "unknown-key-typo": {
        "plans/kh.yaml": plan(**{"title: Kế hoạch thử": "tittle: Kế hoạch thử\ntitle: X"})
    },
    "wrong-types": {
        "plans/kh.yaml": plan(
            **{
                "year: 2022": 'year: "năm 2022"',
                "support: [skhcn]": "support: skhcn\n      budget: 20 triệu",
            }
        )
    },
    "bad-enum": {
        "plans/kh.yaml": plan(**{"authority: TM.": "authority: TM", "purpose: b/c": "purpose: bc"})
    },
    "bad-time-format": {"plans/kh.yaml": plan(**{"time: 2022-Q2": "time: Q2/2022"})},
    # a time and a date typed as documents print them: the message says how to write them
    "printed-time-format": {
        "plans/kh.yaml": plan(
            **{"date: 2022-01-10": "date: 10/01/2022", "time: 2022-Q2": "time: Quý II/2022"}
        )
    },
    "impossible-date": {
        "plans/kh.yaml": plan(
            **{"date: 2022-01-10": "date: 2022-02-30", "time: 2022-Q2": "time: 2022-04-31"}
        )
    },
    # a rotating chair that is not a party of the program, and a lead written beside a rotation
    "review-rotation": {
        "orgs.yaml": ORGS
        + "  - id: lhh\n    name: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Bình Thuận\n"
        "    short: Liên hiệp Hội\n    header: LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT\n"
        "    code: LHH\n    system: association\n",
        "programs/ctph.yaml": PROGRAM.replace(
            "      every: year\n      month: 12\n",
            "      every: year\n      month: 12\n      rotation: [td, skhcn, lhh]\n"
            "    - kind: meeting\n      every: quarter\n      lead: td\n      rotation: [skhcn, td]\n",
        ),
    },
    # a body proposed again by import under a new id, copied in beside the one already there
    "duplicate-org-name": {
        "orgs.yaml": ORGS
        + "  - id: tinh-doan-binh-thuan\n    name: Tỉnh Đoàn  Bình Thuận\n    header: BCH TỈNH ĐOÀN"
        " BÌNH THUẬN\n    code: TĐTN\n    system: doan\n",
        "plans/kh.yaml": PLAN,
    },
    # the draft's month left beside an issue date of another month
    "month-not-date": {
        "plans/kh.yaml": plan(**{"date: 2022-01-10": "date: 2022-01-10\nmonth: 2021-12"})
    },
    "reversed-range": {"plans/kh.yaml": plan(**{"time: 2022-Q2": "time: 2022-Q3..2022-Q1"})},
    "time-outside-period": {"plans/kh.yaml": plan(**{"time: 2022-Q2": "time: 2023-Q1"})},
    "deadline-before-issue": {
        "plans/kh.yaml": plan(
            **{"date: 2022-01-10": "date: 2022-05-10", "time: 2022-Q2": "time: 2022-03"}
        )
    },
    "unknown-org": {
        "plans/kh.yaml": plan(
            **{"lead: td": "lead: tinh-doan", "support: [skhcn]": "support: [sokhcn]"}
        )
    },
    "no-orgs-file": {"orgs.yaml": None, "plans/kh.yaml": PLAN},
    "empty-orgs-file": {"orgs.yaml": "# chưa khai báo tổ chức nào\n", "plans/kh.yaml": PLAN},
    "unresolved-ref": {
        "plans/kh.yaml": plan(
            **{"title: Kế hoạch thử\n": "title: Kế hoạch thử\nbases:\n  - ref: ctph-2021\n"}
        )
    },
    # the cited files exist but cannot be read as documents: not "missing", no other id suggested,
    # and the plan's area is not checked against a program that could not be read
    "ref-to-unreadable": {
        "programs/ctph.yaml": PROGRAM.replace("    title: Tuyên truyền", "\ttitle: Tuyên truyền"),
        "plans/kh-truoc.yaml": "kind: plann\ntitle: Loại gõ sai\n",
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử\n": "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
                "  - ref: kh-truoc\n",
                "time: 2022-Q2\n": "time: 2022-Q2\n      area: tuyen-truyen\n",
            }
        ),
    },
    "unknown-area": {
        "programs/ctph.yaml": PROGRAM,
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử\n": "title: Kế hoạch thử\nbases:\n  - ref: ctph\n",
                "time: 2022-Q2\n": "time: 2022-Q2\n      area: tuyen-truyen-2\n",
            }
        ),
        # citing a program that is not there (KH402): its areas cannot be checked, nothing more
        "plans/kh-sai-ref.yaml": plan(
            **{
                "title: Kế hoạch thử\n": "title: Kế hoạch thử\nbases:\n  - ref: ctph-khong-co\n",
                "time: 2022-Q2\n": "time: 2022-Q2\n      area: tuyen-truyen\n",
            }
        ),
    },
    # a program's own activities name areas of the program itself
    "unknown-area-in-program": {
        "programs/ctph.yaml": PROGRAM.replace(
            "    title: Tuyên truyền\n",
            "    title: Tuyên truyền\n    activities:\n"
            "      - {title: Hội thi, lead: td, area: tuyen-truyen}\n"
            "      - {title: Tọa đàm, lead: td, area: khac}\n",
        ),
    },
    "duplicate-id": {
        "plans/a/kh.yaml": PLAN,
        "plans/b/kh.yaml": PLAN.replace("date: 2022-01-10", "date: 2022-01-11"),
    },
    "duplicate-activity-id": {
        "plans/kh.yaml": PLAN + "",
        "plans/kh2.yaml": plan(
            **{
                "      time: 2022-Q2\n": "      time: 2022-Q2\n    - id: a1\n      title: Hội thảo\n      lead: td\n"
            }
        ),
    },
    # activities carried over from a plan that is not there, and from an activity that is not
    "carried-from-unknown": {
        "plans/kh.yaml": PLAN,
        "plans/kh2023.yaml": plan(
            **{
                "date: 2022-01-10\nyear: 2022": "date: 2023-01-10\nyear: 2023",
                "      time: 2022-Q2\n": "      time: 2023-Q2\n      carried_from: {plan: kh, "
                "activity: a9}\n    - id: a2\n      title: Hội thảo\n      lead: td\n"
                "      time: 2023-Q3\n      carried_from: {plan: kh-2021, activity: a1}\n",
            }
        ),
    },
    # a plan's activity with the id of an activity its program lists, not linked to it (counted
    # twice); one with its title only is not found (titles are not kept for the cross-document
    # checks); a third, linked, is not warned of
    "program-activity-unlinked": {
        "programs/ctph.yaml": PROGRAM.replace(
            "    title: Tuyên truyền\n",
            "    title: Tuyên truyền\n    activities:\n"
            "      - {id: a1, title: Hội thi, lead: td, time: 2022-Q2}\n"
            "      - {id: p2, title: Hội thảo khoa học, lead: td, time: 2022-Q3}\n"
            "      - {id: p3, title: Tập huấn, lead: td, time: 2022-Q4}\n",
        ),
        "plans/kh.yaml": plan(
            **{
                "date: 2022-01-10\n": "date: 2022-01-10\nbases: [{ref: ctph}]\n",
                "      time: 2022-Q2\n": "      time: 2022-Q2\n"
                "    - {id: b2, title: Hội thảo khoa học, lead: td, time: 2022-Q3}\n"
                "    - {id: p3, title: Tập huấn, lead: td, time: 2022-Q4, "
                "carried_from: {program: ctph, activity: p3}}\n",
            }
        ),
    },
    # two plans of 2022 (the Đoàn's and the Sở's) carrying out one activity of the program:
    # counted twice; the same plan carrying it out in two parts is not warned of
    "carried-twice": {
        "programs/ctph.yaml": PROGRAM.replace(
            "    title: Tuyên truyền\n",
            "    title: Tuyên truyền\n    activities:\n"
            "      - {id: p1, title: Hội thi, lead: td, support: [skhcn], time: 2022-Q2}\n",
        ),
        "plans/kh.yaml": plan(
            **{
                "date: 2022-01-10\n": "date: 2022-01-10\nbases: [{ref: ctph}]\n",
                "      time: 2022-Q2\n": "      time: 2022-Q2\n"
                "      carried_from: {program: ctph, activity: p1}\n"
                "    - {id: a2, title: Chung khảo Hội thi, lead: td, time: 2022-Q3, "
                "carried_from: {program: ctph, activity: p1}}\n",
            }
        ),
        "plans/kh-so.yaml": plan(
            **{
                "date: 2022-01-10\n": "date: 2022-01-12\nbases: [{ref: ctph}]\n",
                "      time: 2022-Q2\n": "      time: 2022-Q2\n"
                "      carried_from: {program: ctph, activity: p1}\n",
            }
        ),
    },
    # the program amended mid-cycle: the lead of an activity changed, the plan carrying it out
    # (carried_from) still names the old one — warned, naming both; the same leads (co-leads in
    # another order) and an activity of the plan's own are not
    "carried-lead-differs": {
        "programs/ctph.yaml": PROGRAM.replace(
            "    title: Tuyên truyền\n",
            "    title: Tuyên truyền\n    activities:\n"
            "      - {id: p1, title: Cuộc thi tìm hiểu, lead: skhcn, support: [td], time: 2022-Q3}\n"
            "      - {id: p2, title: Hội thi, lead: td, co_leads: [skhcn], time: 2022-Q4}\n",
        ),
        "plans/kh.yaml": plan(
            **{
                "date: 2022-01-10\n": "date: 2022-01-10\nbases: [{ref: ctph}]\n",
                "      time: 2022-Q2\n": "      time: 2022-Q2\n"
                "    - {id: p1, title: Cuộc thi tìm hiểu, lead: td, support: [skhcn], "
                "time: 2022-Q3, carried_from: {program: ctph, activity: p1}}\n"
                "    - {id: p2, title: Hội thi, lead: skhcn, co_leads: [td], time: 2022-Q4, "
                "carried_from: {program: ctph, activity: p2}}\n",
            }
        ),
    },
    # carried over from one another in a cycle (the 2022 copy from the 2023 one, the 2023 one from
    # the 2022 one), an activity carried over from itself: warned on each copy of the cycle; the
    # 2024 copy carried over from one of them is on no cycle itself, not warned
    "carried-cycle": {
        "plans/kh.yaml": plan(
            **{
                "      time: 2022-Q2\n": "      time: 2022-Q2\n"
                "      carried_from: {plan: kh2023, activity: a1}\n"
            }
        ),
        "plans/kh2023.yaml": plan(
            **{
                "date: 2022-01-10\nyear: 2022": "date: 2023-01-10\nyear: 2023",
                "      time: 2022-Q2\n": "      time: 2023-Q2\n"
                "      carried_from: {plan: kh, activity: a1}\n"
                "    - {id: a2, title: Tọa đàm, lead: td, time: 2023-Q3, "
                "carried_from: {plan: kh2023, activity: a2}}\n",
            }
        ),
        "plans/kh2024.yaml": plan(
            **{
                "date: 2022-01-10\nyear: 2022": "date: 2024-01-10\nyear: 2024",
                "      time: 2022-Q2\n": "      time: 2024-Q2\n"
                "      carried_from: {plan: kh2023, activity: a1}\n",
            }
        ),
    },
    # groups printed otherwise than written: an activity without a group after a group (under it,
    # printed), a group split by another (printed twice)
    "activity-group-order": {
        "plans/kh.yaml": plan(
            **{
                "    - id: a1\n": "    - id: a1\n      group: Tuyên truyền\n",
                "      time: 2022-Q2\n": "      time: 2022-Q2\n"
                "    - id: a2\n      group: Khởi nghiệp\n      title: Ngày hội\n      lead: td\n"
                "    - id: a3\n      group: Tuyên truyền\n      title: Tọa đàm\n      lead: td\n"
                "    - id: a4\n      title: Tổng kết\n      lead: td\n",
            }
        )
    },
    # a department given for a body that does not support the activity (the lead's belongs in
    # lead_unit); one given for a supporting body is fine; a unit left empty, a key that is no id
    "support-unit-not-support": {
        "plans/kh.yaml": plan(
            **{
                "support: [skhcn]": "support: [skhcn]\n"
                "      support_units: {td: Ban Phong trào, khong-co: Văn phòng}",
                "      time: 2022-Q2\n": "      time: 2022-Q2\n"
                "    - id: a2\n      title: Ngày hội\n      lead: skhcn\n      support: [td]\n"
                "      support_units: {td: Ban Phong trào}\n",
            }
        ),
        "plans/kh2.yaml": plan(
            **{"support: [skhcn]": "support: [skhcn]\n      support_units: {Sở: '', skhcn: 5}"}
        ),
    },
    # a text of spaces only is as empty as "" (a title, a group, a recipient printed as nothing)
    "blank-text": {
        "plans/kh.yaml": plan(
            **{"      title: Hội thi\n": '      title: "   "\n      group: " "\n'}
        )
    },
    # the lead listed in support too (after the lead was changed): a warning at the support entry
    "lead-in-support": {"plans/kh.yaml": plan(**{"support: [skhcn]": "support: [skhcn, td]"})},
    "duplicate-number": {
        "plans/kh1.yaml": plan(**{"kind: plan": "kind: plan\nnumber: 5"}),
        "plans/kh2.yaml": plan(
            **{"kind: plan": "kind: plan\nnumber: 5", "date: 2022-01-10": "date: 2022-03-01"}
        ),
    },
    # one register per body by default: a program and a plan of the same body and year share it
    "duplicate-number-shared-register": {
        "programs/ctph.yaml": PROGRAM.replace("date: 2021-12-30", "number: 5\ndate: 2022-01-05"),
        "plans/kh.yaml": plan(**{"kind: plan": "kind: plan\nnumber: 5"}),
    },
    # separate registers: the same number in two registers is fine, twice in one is not
    "number-registers": {
        "kehoach.yaml": SETTINGS + "numbering:\n  registers:\n    ke-hoach: [plan, joint_plan]\n",
        "programs/ctph.yaml": PROGRAM.replace("date: 2021-12-30", "number: 5\ndate: 2022-01-05"),
        "plans/kh.yaml": plan(**{"kind: plan": "kind: plan\nnumber: 5"}),
        "plans/kh2.yaml": plan(
            **{"kind: plan": "kind: plan\nnumber: 5", "date: 2022-01-10": "date: 2022-01-20"}
        ),
    },
    # numbers restart each year: 05 in 2022 and 05 in 2023 are two different numbers
    "number-not-restarted": {
        "plans/kh2022.yaml": plan(
            **{
                "kind: plan": "kind: plan\nnumber: 350",
                "date: 2022-01-10": "date: 2022-11-20",
                "time: 2022-Q2": "time: 2022-12",
            }
        ),
        "plans/kh2023.yaml": plan(
            **{"kind: plan": "kind: plan\nnumber: 355", "date: 2022-01-10": "date: 2023-01-05"}
        ).replace("2022", "2023"),
        "plans/kh2023b.yaml": plan(
            **{"kind: plan": "kind: plan\nnumber: 5", "date: 2022-01-10": "date: 2023-01-03"}
        ).replace("2022", "2023"),
    },
    "number-order": {
        "plans/kh1.yaml": plan(**{"kind: plan": "kind: plan\nnumber: 1"}),
        "plans/kh2.yaml": plan(
            **{"kind: plan": "kind: plan\nnumber: 50", "date: 2022-01-10": "date: 2022-02-01"}
        ),
        "plans/kh3.yaml": plan(
            **{"kind: plan": "kind: plan\nnumber: 3", "date: 2022-01-10": "date: 2022-03-15"}
        ),
        "plans/kh4.yaml": plan(
            **{"kind: plan": "kind: plan\nnumber: 4", "date: 2022-01-10": "date: 2022-03-20"}
        ),
    },
    "number-without-date": {"plans/kh.yaml": plan(**{"date: 2022-01-10": "number: 7"})},
    "number-leading-zero": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử\n": "title: Kế hoạch thử\nbases:\n"
                "  - {doc_type: Kế hoạch, number: 5/KH-UBND, date: 2021-12-01, issuer: UBND tỉnh}\n"
                "  - {doc_type: Chỉ thị, number: 05-CT/TU, date: 2021-03-01, issuer: Tỉnh ủy}\n"
                "  - text: Căn cứ Công văn số 7/SKHCN-VP ngày 02/01/2022 của Sở KH&CN\n"
            }
        )
    },
    "symbol-mismatch": {
        "plans/kh.yaml": plan(**{"kind: plan": "kind: plan\nnumber: 3\nsymbol: 03-KH/TĐTN"}),
        # a program's symbol with the code Decree 30 gives (CTr), beside the default CTPH: right
        "programs/ctph.yaml": PROGRAM.replace(
            "date: 2021-12-30", "number: 4\nsymbol: CTr/TĐTN-SKHCN\ndate: 2021-12-30"
        ),
        "plans/khlt.yaml": plan(
            **{
                "kind: plan": "kind: plan\nsymbol: TB/SKHCN",
                "issuers: [td]": "issuers: [td, skhcn]",
                "date: 2022-01-10": "date: 2022-01-12",
                "    name: Nguyễn Văn A\n": "    name: Nguyễn Văn A\n  - {org: skhcn, authority: KT., "
                "for: GIÁM ĐỐC, title: PHÓ GIÁM ĐỐC, name: Trần B}\n",
            }
        ),
    },
    # a decision's own type code (QĐ) is right; a plan's (KH) in a decision is not — before, every
    # kind but a plan was held to a program's codes (CTPH, CTr)
    "symbol-of-a-decision": {
        "decisions/qd.yaml": "kind: decision\nnumber: 25\nsymbol: QĐ/TĐTN\ndate: 2022-03-05\n"
        "issuers: [td]\ntitle: Thành lập Ban Tổ chức\narticles:\n  - text: Thành lập Ban Tổ chức.\n"
        "signers:\n  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, "
        "name: Nguyễn Văn A}\nrecipients: {groups: [{purpose: t/h, items: [Như Điều 1]}], "
        "archive: [VP]}\n",
        "decisions/qd2.yaml": "kind: decision\nnumber: 26\nsymbol: KH/TĐTN\ndate: 2022-03-06\n"
        "issuers: [td]\ntitle: Thành lập Tổ thư ký\narticles:\n  - text: Thành lập Tổ thư ký.\n"
        "signers:\n  - {org: td, authority: TM., for: BAN THƯỜNG VỤ TỈNH ĐOÀN, title: BÍ THƯ, "
        "name: Nguyễn Văn A}\nrecipients: {groups: [{purpose: t/h, items: [Như Điều 1]}], "
        "archive: [VP]}\n",
    },
    "signer-problems": {
        "plans/kh.yaml": plan(
            **{
                "org: td\n    authority: TM.": "org: skhcn\n    authority: KT.",
                "title: BÍ THƯ": "title: GIÁM ĐỐC",
            }
        )
    },
    "joint-missing-signer": {"plans/khlt.yaml": plan(**{"issuers: [td]": "issuers: [td, skhcn]"})},
    "no-archive": {
        "plans/kh.yaml": plan(**{"  archive: [VT]\n": ""}),
        "plans/kh2.yaml": PLAN.split("recipients:")[0].replace(
            "date: 2022-01-10", "date: 2022-01-12"
        ),
    },
    "budget-mismatch": {
        "plans/kh.yaml": plan(
            **{"      time: 2022-Q2\n": "      time: 2022-Q2\n      budget: 30000000\n"}
        )
        + "budget:\n  lines:\n    - item: Giải thưởng\n      amount: 10000000\n    - item: Tổ chức\n      amount: 15000000\n  total: 20000000\n"
    },
    # a program's Kinh phí is checked as a plan's: its lines, and its areas' activities
    "program-budget-mismatch": {
        "programs/ctph.yaml": PROGRAM.replace(
            "    title: Tuyên truyền\n",
            "    title: Tuyên truyền\n    activities:\n      - id: hoi-thi\n        title: Hội thi\n"
            "        lead: td\n        time: 2022\n        budget: 40000000\n",
        ).replace(
            "reviews:\n",
            "budget:\n  lines:\n    - {item: Giải thưởng, amount: 10000000}\n  total: 30000000\nreviews:\n",
        ),
    },
    "not-nfc": {
        "plans/kh.yaml": plan(**{"title: Kế hoạch thử": "title: Ke\u0302\u0301 hoa\u0323ch thử"})
    },
    # a few decomposed words, one of them after a quote: each reported, the word without the quote
    "not-nfc-words": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử": 'title: "Ke\u0302\u0301 hoa\u0323ch thử"',
                "title: Hội thi": "title: Ho\u0323\u0302i thi",
            }
        )
    },
    # the whole file saved decomposed (NFD): one warning; its values read as NFC ("thường xuyên"
    # is a time, the names are the orgs')
    "nfd-file": {
        "plans/kh.yaml": unicodedata.normalize(
            "NFD", plan(**{"time: 2022-Q2": "time: thường xuyên"})
        )
    },
    # two lead units: one lead, the others supporting (as a list, and quoted as the old hint said)
    "two-leads": {
        "plans/kh.yaml": plan(**{"lead: td": "lead: [td, skhcn]"}),
        "plans/kh2.yaml": plan(**{"lead: td": 'lead: "[td, skhcn]"'}),
    },
    # a name split at its commas by a one-line list, and a recipient written twice; recipients
    # that look alike but are whole names are not reported (kh-ok.yaml)
    "recipient-split": {
        "plans/kh.yaml": plan(
            **{
                "items: [TW Đoàn]": "items: [TW Đoàn, Các Huyện, Thị, Thành Đoàn]\n"
                "    - purpose: t/h\n      items: [UBND các xã, phường, thị trấn, TW Đoàn;]"
            }
        ),
        "plans/kh-ok.yaml": plan(
            **{
                "items: [TW Đoàn]": 'items: ["Các Huyện, Thị, Thành Đoàn", Huyện ủy, Thành ủy, '
                "UBND huyện Hàm Tân, Đoàn trường, Thành Đoàn, đ/c Bí thư]"
            }
        ),
    },
    # a sentence, a name YAML split at its commas in a one-line list (KH309); not: a piece ending a
    # sentence, in quotes, on its own line, a person ('đ/c'), short phrases (outputs), KH422's units
    "flow-list-split": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử\n": "title: Kế hoạch thử\npurpose:\n  items: [Thường trực Ban "
                "Tổ chức; ban hành Thể lệ, thành lập Hội đồng giám khảo.]\n  paragraphs: [Ngoài các "
                "hoạt động trên, các đơn vị chủ động tổ chức, hướng dẫn thêm.]\n",
                "      support: [skhcn]\n": "      support: [skhcn]\n      support_others: [Phòng "
                "GD&ĐT các huyện, thị xã, thành phố]\n",
                "items: [TW Đoàn]": "items: [TW Đoàn, Các ban, đơn vị trực thuộc Tỉnh Đoàn]",
            }
        ),
        "plans/kh-ok.yaml": plan(
            **{
                "title: Kế hoạch thử\n": "title: Kế hoạch thử\npurpose:\n  items: [Tổ chức chấm "
                'thi theo hai vòng;, vòng sơ khảo;, vòng chung khảo.]\n  paragraphs: ["Ngoài các hoạt động '
                'trên, các đơn vị chủ động tổ chức."]\n',
                "      support: [skhcn]\n": "      support: [skhcn]\n      outputs: [Mô hình, sản "
                "phẩm sáng tạo]\n      details:\n        - Tuyên truyền,\n        - vận động\n",
                "items: [TW Đoàn]": "items: [TW Đoàn, Thành Đoàn, đ/c Bí thư, UBND các xã, phường, "
                "thị trấn]",
            }
        ),
    },
    "legacy-encoding": {
        "plans/kh.yaml": plan(**{"title: Kế hoạch thử": "title: KÕ ho¹ch tæ chøc Héi thi"})
    },
    "double-utf8": {"plans/kh.yaml": plan(**{"title: Kế hoạch thử": "title: Káº¿ hoáº¡ch thá»­"})},
    "done-date-status": {
        "plans/kh.yaml": plan(
            **{"      time: 2022-Q2\n": "      time: 2022-Q2\n      done_date: 2022-05-02\n"}
        )
    },
    "spent-over-budget": {
        "plans/kh.yaml": plan(
            **{
                "      time: 2022-Q2\n": "      time: 2022-Q2\n      budget: 30000000\n"
                "      spent: 300000000\n"
            }
        )
    },
    "utf16": {"plans/kh.yaml": b"\xff\xfe" + PLAN.encode("utf-16-le")},
    "windows-1258": {"plans/kh.yaml": to_cp1258(PLAN)},
    "binary": {"plans/kh.yaml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
    "alias-bomb": {
        "plans/kh.yaml": "kind: plan\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
            for i in range(8)
        )
    },
    "empty-lists": {
        "plans/kh.yaml": plan(
            **{"issuers: [td]": "issuers: []", "title: Kế hoạch thử": 'title: ""'}
        )
    },
    "placeholder": {
        "plans/kh.yaml": plan(
            **{
                "title: Hội thi": 'title: "TODO: tên hoạt động"',
                "time: 2022-Q2": 'time: 2022  # TODO: điền thời gian\n      note: "TODO: ghi '
                'chú"  # TODO: một lần, không dấu nháy thừa',
            }
        )
    },
    "missing-annual-plan": {
        "programs/ctph.yaml": PROGRAM.replace(
            "      month: 12\n",
            "      month: 12\n    - kind: plan\n      every: year\n      start: 2022\n",
        ),
        "plans/kh2022.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        ),
        "plans/kh2024.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        ).replace("2022", "2024"),
    },
    # the 2023 plan is there but fails its schema (a key typo): its error, not a missing plan
    "annual-plan-with-schema-error": {
        "programs/ctph.yaml": PROGRAM.replace(
            "      month: 12\n",
            "      month: 12\n    - kind: plan\n      every: year\n      start: 2022\n",
        ),
        "plans/kh2022.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        ),
        "plans/kh2023.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbudjet: 5\nbases:\n  - ref: ctph\n"
        ).replace("2022", "2023"),
        "plans/kh2024.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        ).replace("2022", "2024"),
    },
    "plan-outside-program": {
        "programs/ctph.yaml": PROGRAM,
        "plans/kh2026.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        ).replace("2022", "2026"),
        "plans/kh2025.yaml": PLAN.replace(
            "title: Kế hoạch thử\n", "title: Kế hoạch thử\nbases:\n  - ref: ctph\n"
        )
        .replace("year: 2022", "period: 2025-07..2026-06")
        .replace("time: 2022-Q2", "time: 2026-Q1")
        .replace("2022", "2025"),
    },
    "number-format": {
        "plans/kh.yaml": plan(
            **{
                "kind: plan": "kind: plan\nnumber: 010",
                "      time: 2022-Q2\n": "      time: 2022-Q2\n      budget: 25.000\n",
            }
        )
        + "budget:\n  lines:\n    - {item: Giải thưởng, amount: 25.000.000}\n  total: 25000000\n"
    },
    "attached-rules": {
        # a rule issued with a plan of the repository: no number, no Nơi nhận, no signature of
        # its own; one pointing at a plan that is not there (KH421); a signer writing only
        # ``for`` (its own name) is valid (KH412)
        "plans/kh.yaml": PLAN.replace(
            "    authority: TM.\n    for: BAN THƯỜNG VỤ TỈNH ĐOÀN\n",
            "    for: TỈNH ĐOÀN BÌNH THUẬN\n",
        ),
        "rules/the-le.yaml": "kind: rules\ndoc_type: THỂ LỆ\nissuers: [td]\nattached_to: kh\n"
        "title: Hội thi\narticles:\n  - Thể lệ này áp dụng cho Hội thi.\n",
        "rules/the-le-2.yaml": "kind: rules\nissuers: [td, skhcn]\nattached_to: kh-khong-co\n"
        "title: Hội thi\nchapters:\n  - title: Chung\n    articles: [Điều thứ nhất]\n",
    },
    # a signature block with no name prints an empty name line (KH449); a name left empty on
    # purpose (``name: ""``) and a draft (``draft: true``) are not reported
    "signer-without-name": {
        "plans/kh.yaml": plan(**{"    name: Nguyễn Văn A\n": ""}),
        "plans/kh-trong.yaml": plan(
            **{"name: Nguyễn Văn A": 'name: ""', "date: 2022-01-10": "date: 2022-02-10"}
        ),
        "plans/kh-du-thao.yaml": plan(
            **{
                "    name: Nguyễn Văn A\n": "",
                "title: Kế hoạch thử": "title: Kế hoạch thử\ndraft: true",
                "date: 2022-01-10": "date: 2022-03-10",
            }
        ),
    },
    "table-shape": {
        "plans/kh.yaml": PLAN
        + "extra_sections:\n  - title: Số liệu\n    table:\n      columns: [Đơn vị, Số lượng]\n      rows:\n        - [Phan Thiết, 12]\n        - [Hàm Thuận Bắc]\n"
        # a table of an appendix, and of an appendix's subsection
        + "appendices:\n  - title: Phụ lục\n    table:\n      columns: [Đơn vị, Số lượng]\n      rows:\n        - [Tuy Phong, 3, 4]\n"
        + "    sections:\n      - title: Chi tiết\n        table:\n          columns: [A, B, C]\n          rows:\n            - [x, y]\n",
        # a table in the rules' own sections (as a report's)
        "rules/the-le.yaml": "kind: rules\ndoc_type: THỂ LỆ\nissuers: [td]\nattached_to: kh\n"
        "title: Hội thi\nsections:\n  - title: Giải thưởng\n    table:\n      columns: [Giải, Số lượng]\n"
        "      rows:\n        - [Nhất]\n",
    },
    "control-character": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử": 'title: "Kế hoạch\\x01 thử"',
                "title: Hội thi": 'title: "Hội\\fthi"',
            }
        )
    },
    # a duplicate key (the last value wins) hides neither the schema nor the repository checks
    "duplicate-key-and-checks": {
        "plans/kh.yaml": plan(
            **{"year: 2022\n": "year: 2022\nyear: 2022\n", "  archive: [VT]\n": ""}
        ),
        "plans/kh2.yaml": plan(
            **{
                "date: 2022-01-10": "date: 2022-01-12",
                "year: 2022\n": "year: 2022\nyear: năm 2022\n",
                "lead: td": "lead: tinh-doan",
            }
        ),
    },
    # words after " #" and a "&name" at the start of a value, both silently dropped by YAML; a
    # comment two spaces away, a comment line and "&" inside words are not reported
    "comment-in-value": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử": "title: Tọa đàm # số 1\n# chú thích riêng",
                "name: Nguyễn Văn A": "name: Nguyễn Văn A  # minh họa",
                "      title: Hội thi": "      title: Hội thi sáng tạo\n        trẻ # lần 2",
            }
        )
    },
    "unused-anchor": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử": "title: &KHCN Hội thi sáng tạo",
                "      title: Hội thi": "      title: Hội thi & Triển lãm Sở KH&CN",
            }
        )
    },
    # a conflict inside a quoted title: YAML reads it, marker lines and all (KH308, blocking)
    "merge-conflict-in-value": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử": 'title: "Kế hoạch\n<<<<<<< HEAD\n  thử\n=======\n'
                '  thử nghiệm\n>>>>>>> nhanh-b\n  "',
            }
        )
    },
    "schema-error-and-checks": {
        "plans/kh.yaml": plan(
            **{
                "title: Kế hoạch thử": "title: Kế hoạch thử\nbudjet: 5",
                "lead: td": "lead: skhcn-x",
                "time: 2022-Q2": "time: 2022-Q2\n      status: done\n      done_date: 2022-02-30",
            }
        )
    },
    "bad-orgs": {
        "orgs.yaml": ORGS.replace("short: Tỉnh Đoàn", "short: 5"),
        "plans/kh.yaml": plan(**{"lead: td": "lead: tinh-doan"}),
    },
    "bad-setting-value": {
        "kehoach.yaml": "kind: settings\ndue:\n  within: 2022-06..2021-01\n",
    },
    # a meeting held once, without a title of its own, is "Cuộc họp", not "Họp định kỳ"
    "one-off-meeting-day-off": {
        "programs/ctph.yaml": PROGRAM.replace(
            "      month: 12\n", "      month: 12\n    - {kind: meeting, time: 2022-09-02}\n"
        ),
    },
    "schedule-day-off": {
        "programs/ctph.yaml": PROGRAM.replace(
            "      month: 12\n",
            "      month: 12\n    - {kind: meeting, title: Họp chuyên đề, time: 2022-09-02}\n",
        ),
    },
    # a date written as printed (KH205) is removed: the checks that report only what is written
    # still run (a meeting on a day off, a cited number without its 0), not those that would
    # conclude from the removed date (KH442: "a number without a date")
    "schema-error-and-day-off": {
        "programs/ctph.yaml": PROGRAM.replace("date: 2021-12-30", "number: 5\ndate: 30/12/2021")
        .replace(
            "title: Chương trình phối hợp\n",
            "title: Chương trình phối hợp\nbases:\n  - {number: 5/KH-UBND, date: 2021-06-01, issuer: UBND tỉnh, summary: Về việc thử}\n",
        )
        .replace(
            "      month: 12\n",
            "      month: 12\n    - {kind: meeting, title: Họp chuyên đề, time: 2022-09-02}\n",
        ),
    },
    "bad-settings": {
        "kehoach.yaml": "kind: settings\nplace: Bình Thuận\ncodes:\n  plan: KH\n  joint: KHLT\ncalendar:\n  days_off: [2026-02-30]\n"
    },
}


def expected_output(folder: Path) -> str:
    """``kehoach validate --format parsable`` run inside ``folder`` (no cache)."""
    from typer.testing import CliRunner

    from kehoach.cli.app import app

    previous, env = Path.cwd(), os.environ.get("KEHOACH_NO_CACHE")
    os.environ["KEHOACH_NO_CACHE"] = "1"
    os.chdir(folder)
    try:
        return CliRunner().invoke(app, ["validate", "--format", "parsable"]).stdout
    finally:
        os.chdir(previous)
        if env is None:
            del os.environ["KEHOACH_NO_CACHE"]
        else:
            os.environ["KEHOACH_NO_CACHE"] = env


def build(target: Path) -> None:
    """Write every case under ``target``: its files, then ``expected.txt`` as validate prints it."""
    for name, files in CASES.items():
        folder = target / name
        if folder.exists():
            shutil.rmtree(folder)
        base = {"kehoach.yaml": SETTINGS, "orgs.yaml": ORGS}
        base.update(files)
        for rel, content in base.items():
            if content is None:
                continue
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        (folder / "expected.txt").write_text(expected_output(folder), encoding="utf-8")


def main() -> None:
    """Rewrite the case folders beside this file (``python tests/cases/make_cases.py``); folders
    of cases that no longer exist are removed. Then read ``git diff tests/cases``."""
    here = Path(__file__).resolve().parent
    for folder in here.iterdir():
        if folder.is_dir() and (folder / "expected.txt").exists() and folder.name not in CASES:
            shutil.rmtree(folder)
    build(here)


if __name__ == "__main__":
    main()
