"""``kehoach new plan`` and ``kehoach new program``: YAML drafts, valid against the schema as
written, with comments saying what to fill. Placeholders are strings starting with ``TODO`` (or a
time equal to the whole year, with a ``# TODO`` comment), so nothing invented reaches print
unnoticed."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import model
from ..errors import KehoachError
from ..repo import Document, Repository
from . import occur
from .init import modeline
from .yamltext import comment_block, dump, flow, list_item

TODO = "TODO"


@dataclass
class Draft:
    text: str
    path: Path  # default output path
    notes: list[str] = field(default_factory=list)
    doc_id: str | None = None  # the ``id`` written in the text; None: the file stem


def find_program(repo: Repository, program_id: str) -> Document:
    doc = repo.by_id(program_id)
    if doc is not None and doc.kind == "program":
        return doc
    if program_id in getattr(repo, "invalid_ids", set()):
        raise KehoachError(
            f'Chương trình "{program_id}" có lỗi lược đồ nên chưa dùng được.',
            hint="Chạy `kehoach validate` và sửa lỗi trước.",
        )
    known = sorted(d.id for d in repo.documents if d.kind == "program")
    what = "là kế hoạch, không phải chương trình" if doc is not None else "không có trong kho"
    hint = (
        f"Các chương trình trong kho: {', '.join(known)}"
        if known
        else "Kho chưa có chương trình nào: tạo bằng `kehoach new program`."
    )
    raise KehoachError(f'"{program_id}" {what}.', hint=hint)


def plan_year(doc: Document) -> int | None:
    if isinstance(doc.data.get("year"), int):
        return doc.data["year"]
    w = model.window(doc)
    if w and w.start and w.end and w.start.year == w.end.year:
        return w.start.year
    return None


def plans_citing(repo: Repository, program_id: str) -> list[Document]:
    return [
        d
        for d in repo.documents
        if d.kind == "plan" and any(ref == program_id for _, ref in model.cited_refs(d))
    ]


def _previous(plans: list[Document], year: int, issuers: list[str] | None) -> Document | None:
    """The most recent plan before ``year`` (sharing an issuer when issuers are given)."""
    best = None
    for doc in plans:
        y = plan_year(doc)
        if y is None or y >= year or (issuers and not set(issuers) & set(doc.issuers)):
            continue
        if best is None or y > plan_year(best):
            best = doc
    return best


def _reyear(value, old: int, new: int):
    """Copy of ``value`` with "năm <old>" in its strings made "năm <new>"."""
    if isinstance(value, str):
        return value.replace(f"năm {old}", f"năm {new}")
    if isinstance(value, list):
        return [_reyear(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _reyear(v, old, new) for k, v in value.items()}
    return value


def _signers_for(repo: Repository, program: Document, issuers: list[str]) -> list[dict]:
    by_org = {s.get("org"): s for s in program.data.get("signers") or [] if isinstance(s, dict)}
    return [by_org.get(org) or _signer_skeleton(repo, org) for org in issuers]


def _signer_skeleton(repo: Repository, org_id: str) -> dict:
    org = repo.orgs.get(org_id) or {}
    out: dict = {"org": org_id}
    if org.get("body"):
        out.update({"authority": "TM.", "for": org["body"]})
    out["title"] = org.get("head") or f"{TODO}: chức vụ người ký"
    out["name"] = f"{TODO}: họ tên người ký"
    return out


def _others(repo: Repository, parties: list[str], issuers: list[str]) -> str:
    names = [repo.org_name(p, short=False) for p in parties if p not in issuers]
    return " và ".join(names)


def draft_plan(
    repo: Repository, program_id: str, year: int, issuers: list[str] | None = None
) -> Draft:
    program = find_program(repo, program_id)
    period = model.window(program)
    if period and period.start and period.end and not period.start.year <= year <= period.end.year:
        raise KehoachError(f"Năm {year} nằm ngoài thời hạn của chương trình ({period.vi()}).")
    for org in issuers or []:
        if org not in repo.orgs:
            raise KehoachError(f'Không có tổ chức "{org}" trong orgs.yaml.')
    plans = plans_citing(repo, program.id)
    prev = _previous(plans, year, issuers)
    if not issuers:
        issuers = prev.issuers if prev else program.issuers[:1]
    notes = [
        f"Đã có kế hoạch năm {year} căn cứ chương trình này: {d.path}"
        for d in plans
        if plan_year(d) == year and set(d.issuers) & set(issuers)
    ]
    py = plan_year(prev) if prev else None
    carried = (lambda v: _reyear(v, py, year)) if prev else (lambda v: v)
    lead = issuers[0]
    support = [p for p in program.issuers if p not in issuers]
    pdata = prev.data if prev else {}

    out = [modeline("plan")]
    source = f", dựa trên {prev.path} (năm {py})" if prev else ""
    out.append(
        comment_block(
            f"Bản nháp kế hoạch năm {year} thực hiện chương trình {program.id}{source}.\n"
            f"Tạo bằng `kehoach new plan` ngày {date.today().isoformat()}. Điền các chỗ ghi {TODO}, "
            "rồi chạy `kehoach validate`."
        )
    )
    out.append("kind: plan\n")
    out.append(f"# number: 1          # {TODO}: số văn bản khi văn thư cấp\n")
    if "unit" in pdata:
        out.append(dump("unit", pdata["unit"]))
    out.append(f"# date: {year}-01-15   # {TODO}: ngày ban hành\n")
    out.append(flow("issuers", issuers))
    out.append(f"year: {year}\n")
    title = (
        carried(pdata["title"])
        if "title" in pdata
        else f"Thực hiện Chương trình phối hợp với {_others(repo, program.issuers, issuers)} năm {year}"
    )
    out.append(dump("title", title))
    out.append("\nbases:\n")
    out.append(f"  - ref: {program.id}\n")
    for base in pdata.get("bases") or []:
        if isinstance(base, dict) and base.get("ref") != program.id:
            out.append(list_item(carried(base), 2))
    out.append(f"  # {TODO}: thêm căn cứ khác nếu có (number, date, issuer, summary hoặc text)\n")
    for key in ("preamble", "purpose"):
        if key in pdata:
            out.append("\n" + dump(key, carried(pdata[key])))
    if "purpose" not in pdata:
        out.append("\n" + dump("purpose", {"items": [f"{TODO}: mục đích, yêu cầu của kế hoạch"]}))
    out.append("\ncontents:\n  layout: table\n  activities:\n")
    out.append(
        "    # Mỗi nội dung của chương trình một hoạt động: viết lại tên cho cụ thể, thêm hoặc bớt\n"
        "    # hoạt động; điền thời gian, kinh phí (budget, đồng), đơn vị phối hợp.\n"
    )
    for area in program.data.get("areas") or []:
        if not isinstance(area, dict):
            continue
        out.append(f"    - id: {area['id']}\n")
        out.append(dump("title", " ".join(str(area.get("title", "")).split()), 6))
        out.append(f"      area: {area['id']}\n      lead: {lead}\n")
        if support:
            out.append(flow("support", support, 6))
        out.append(
            f"      time: {year}  # {TODO}: điền thời gian, ví dụ {year}-Q2, {year}-06, "
            f"{year}-03..{year}-05\n"
        )
        out.append(f"      # budget: 0  # {TODO}: kinh phí (đồng)\n")
        out.append("      status: planned\n")
    if "implementation" in pdata:
        out.append("\n" + dump("implementation", carried(pdata["implementation"])))
    reviews = _reviews(repo, program, pdata, year, (year - py) if prev else 0)
    if reviews:
        out.append("\n" + dump("reviews", reviews))
    closing = (
        carried(pdata["closing"])
        if "closing" in pdata
        else [
            f"Trên đây là Kế hoạch thực hiện Chương trình phối hợp năm {year} của "
            f"{' và '.join(repo.org_name(o, short=False) for o in issuers)}"
        ]
    )
    out.append("\n" + dump("closing", closing))
    signers = pdata.get("signers") or _signers_for(repo, program, issuers)
    out.append("\n" + dump("signers", signers))
    recipients = pdata.get("recipients") or {
        "groups": [{"purpose": "b/c", "items": [f"{TODO}: nơi nhận để báo cáo"]}],
        "archive": ["VT"],
    }
    out.append("\n" + dump("recipients", recipients))
    path = repo.root / "plans" / str(year) / f"kh-{year}-{program.id}.yaml"
    return Draft("".join(out), path, notes)


def _shift_years(value, delta: int):
    """A time expression (or ``start`` year) moved by ``delta`` years: 2023-12 → 2024-12."""
    if isinstance(value, bool) or not delta:
        return value
    if isinstance(value, int):
        return value + delta
    if isinstance(value, str):
        return re.sub(r"\b(\d{4})\b", lambda m: str(int(m.group(1)) + delta), value)
    return value


def _reviews(repo: Repository, program: Document, pdata: dict, year: int, delta: int) -> dict:
    items = [it for _, it in model.schedule(program)]
    lines = occur.lines_for_year(items, model.window(program), year, repo.org_name)
    reviews: dict = {}
    if lines:
        reviews["items"] = lines
    prev = pdata.get("reviews")
    if isinstance(prev, dict) and prev.get("schedule"):
        # the previous plan's schedule, its fixed times and start years moved to this year
        reviews["schedule"] = [
            {
                k: (
                    _shift_years(v, delta)
                    if k in ("time", "start")
                    else _reyear(v, year - delta, year)
                )
                for k, v in item.items()
            }
            if isinstance(item, dict)
            else item
            for item in prev["schedule"]
        ]
    return reviews


def draft_program(
    repo: Repository, parties: list[str] | None, start: int, end: int, program_id: str | None = None
) -> Draft:
    if not parties:
        parties = list(repo.orgs)[:2]
        if len(parties) < 2:
            raise KehoachError(
                "orgs.yaml cần ít nhất hai tổ chức để lập chương trình phối hợp.",
                hint="Thêm tổ chức vào orgs.yaml hoặc ghi --parties A,B.",
            )
    if len(parties) < 2 or len(set(parties)) != len(parties):
        raise KehoachError("Chương trình phối hợp cần ít nhất hai bên khác nhau (--parties A,B).")
    for org in parties:
        if org not in repo.orgs:
            raise KehoachError(
                f'Không có tổ chức "{org}" trong orgs.yaml.',
                hint=f"Các mã có trong orgs.yaml: {', '.join(repo.orgs) or '(trống)'}",
            )
    if start > end:
        raise KehoachError(f"Năm bắt đầu {start} sau năm kết thúc {end}.")
    program_id = program_id or f"ctph-{start}-{end}-{'-'.join(parties)}"
    names = " và ".join(repo.org_name(p, short=False) for p in parties)
    out = [
        modeline("program"),
        comment_block(
            f"Khung chương trình phối hợp giai đoạn {start} – {end}, tạo bằng `kehoach new program` ngày "
            f"{date.today().isoformat()}.\nĐiền các chỗ ghi {TODO}, rồi chạy `kehoach validate`."
        ),
    ]
    out.append("kind: program\n")
    out.append(f"id: {program_id}\n")
    out.append(
        f"# number: 1          # {TODO}: số văn bản\n# date: {start}-01-15   # {TODO}: ngày ký\n"
    )
    out.append(
        dump(
            "title",
            f"Phối hợp hoạt động giữa {names} giai đoạn {start} – {end}",
            comment=f"{TODO}: trích yếu",
        )
    )
    out.append(flow("parties", parties))
    out.append(f"period: {{from: {start}, to: {end}}}\n\n")
    out.append(dump("goals", {"items": [f"{TODO}: mục đích, yêu cầu của chương trình"]}))
    out.append(
        "\n# Nội dung phối hợp: kế hoạch năm gắn mỗi hoạt động vào một nội dung bằng `area: <id>`.\n"
    )
    out.append(
        dump(
            "areas",
            [
                {"id": f"noi-dung-{i}", "title": f"{TODO}: nội dung phối hợp thứ {i}"}
                for i in (1, 2)
            ],
        )
    )
    out.append(
        "\n"
        + dump(
            "duties",
            [{"org": p, "items": [f"{TODO}: trách nhiệm của {repo.org_name(p)}"]} for p in parties],
        )
    )
    schedule = [
        {
            "id": "so-ket-nam",
            "kind": "interim",
            "title": "Sơ kết hằng năm",
            "every": "year",
            "month": 12,
        },
        {
            "id": "ke-hoach-nam",
            "kind": "plan",
            "title": "Thống nhất kế hoạch thực hiện năm tiếp theo",
            "every": "year",
            "year_offset": -1,
            "month": 12,
            "start": start + 1,
        },
        {
            "id": "tong-ket",
            "kind": "final",
            "title": f"Tổng kết Chương trình giai đoạn {start} – {end}",
            "time": f"{end}-Q4",
        },
    ]
    if start == end:
        schedule = schedule[2:]
    out.append("\n# Lịch sơ kết, tổng kết: các lần diễn ra được tính ra (`kehoach due`).\n")
    out.append(dump("reviews", {"schedule": schedule}))
    out.append("\n" + dump("signers", [_signer_skeleton(repo, p) for p in parties]))
    out.append(
        "\n"
        + dump(
            "recipients",
            {
                "groups": [
                    {"purpose": "b/c", "items": [f"{TODO}: nơi nhận để báo cáo"]},
                    {"purpose": "t/h", "items": [f"{TODO}: nơi nhận để thực hiện"]},
                ],
                "archive": ["VT"],
            },
        )
    )
    return Draft("".join(out), repo.root / "programs" / f"{program_id}.yaml", doc_id=program_id)


def write_new(path: Path, text: str) -> None:
    """Create ``path`` with ``text``; never overwrite (exit 2 when it exists)."""
    if path.exists():
        raise KehoachError(
            f"Tệp {path} đã có; kehoach không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc xóa tệp cũ nếu thật sự muốn tạo lại.",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except FileExistsError:
        raise KehoachError(f"Tệp {path} đã có; kehoach không ghi đè.") from None
    except OSError as exc:
        raise KehoachError(f"Không ghi được {path}: {exc.strerror}") from exc


def relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
