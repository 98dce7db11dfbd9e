"""Generate a realistic plan repository for the benchmark (seeded, deterministic).

``python bench/generate.py OUT --files 1000 [--seed 7]`` writes ``OUT/kehoach.yaml``,
``OUT/orgs.yaml`` (30 orgs: five bodies in six provinces), two coordination programs per province
and N plan files of varied size and shape, modelled on ``examples/``: Vietnamese text, bases
(references and external citations), sections, activities with every kind of time expression,
budgets, statuses, review schedules, signers and recipients. Every generated repository validates
clean (``kehoach validate`` reports no problem); the benchmark checks this on each run.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import textwrap
import unicodedata
from datetime import date
from pathlib import Path

import yaml

WIDTH = 100
DATA_TODAY = (
    2023  # the year the data is "seen" in (bench/run.py runs `kehoach due --today 2023-06-30`)
)
sys.path.insert(0, str(Path(__file__).resolve().parent))  # vocab.py lives beside this script
from vocab import (  # noqa: E402
    AREAS,
    AUDIENCES,
    DUTIES,
    EXTERNAL,
    FAMILY,
    GIVEN,
    KINDS,
    MIDDLE,
    PARAGRAPHS,
    PLACES,
    PROGRAMS,
    PROVINCES,
    RECIPIENTS,
    SOURCES,
    TOPICS,
    VERBS,
)


class Flow(list):
    """A list written in flow style: ``[a, b]``."""


class FlowMap(dict):
    """A mapping written in flow style: ``{from: 2021, to: 2025}``."""


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# ---------------------------------------------------------------- a small YAML emitter (block style)
_PLAIN_BAD = re.compile(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`]|: | #|:$|\s$")
_FLOW_BAD = re.compile(r"[,\[\]{}]")
_RESOLVER = yaml.resolver.Resolver()
_KEEP = (
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:timestamp",
)  # dates stay plain, as people write them


def scalar(value, flow: bool = False) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    plain = (
        value
        and not _PLAIN_BAD.search(value)
        and not (flow and _FLOW_BAD.search(value))
        and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) in _KEEP
    )
    return value if plain else json.dumps(value, ensure_ascii=False)


def _folded(text: str, ind: int) -> list[str]:
    return [
        " " * ind + line
        for line in textwrap.wrap(
            text, max(40, WIDTH - ind), break_long_words=False, break_on_hyphens=False
        )
    ]


def block(node, ind: int = 0) -> list[str]:
    pad = " " * ind
    out: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key.startswith("#"):
                out += [""] if ind == 0 else []
                out += [pad + "# " + line for line in textwrap.wrap(value, WIDTH - ind - 2)]
            elif isinstance(value, FlowMap):
                out.append(
                    f"{pad}{key}: {{{', '.join(f'{k}: {scalar(v, True)}' for k, v in value.items())}}}"
                )
            elif isinstance(value, Flow):
                out.append(f"{pad}{key}: [{', '.join(scalar(v, True) for v in value)}]")
            elif isinstance(value, (dict, list)):
                if ind == 0 and not (out and out[-1].startswith("#")):
                    out.append("")
                out.append(f"{pad}{key}:")
                out += block(value, ind + 2)
            elif isinstance(value, str) and len(pad) + len(key) + len(value) + 2 > WIDTH:
                out.append(f"{pad}{key}: >-")
                out += _folded(value, ind + 2)
            else:
                out.append(f"{pad}{key}: {scalar(value)}")
    else:
        for item in node:
            if isinstance(item, dict) and not isinstance(item, FlowMap):
                lines = block(item, ind + 2)
                out.append(pad + "- " + lines[0].lstrip())
                out += lines[1:]
            elif isinstance(item, FlowMap):
                out.append(
                    pad
                    + "- {"
                    + ", ".join(f"{k}: {scalar(v, True)}" for k, v in item.items())
                    + "}"
                )
            elif isinstance(item, str) and len(pad) + len(item) + 2 > WIDTH:
                out.append(pad + "- >-")
                out += _folded(item, ind + 2)
            else:
                out.append(pad + "- " + scalar(item))
    return out


def dump(header: list[str], data: dict) -> str:
    text = "\n".join([f"# {line}" for line in header] + block(data)) + "\n"
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------- the repository
class Generator:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.orgs: dict[str, dict] = {}
        self.by_province: dict[str, list[str]] = {}
        self.programs: list[dict] = []  # {id, parties, areas}
        self.numbers: dict = {}
        self.plans_of: dict[str, list[tuple[int, str]]] = {}

    def person(self) -> str:
        r = self.r
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def some(self, pool, lo, hi):
        return self.r.sample(pool, self.r.randint(lo, min(hi, len(pool))))

    def make_orgs(self) -> dict:
        items = []
        for code, name in PROVINCES:
            for prefix, (full, header, abbr, system, body, head) in KINDS.items():
                oid = f"{prefix}-{code}"
                org = {
                    "id": oid,
                    "name": full.format(p=name),
                    "short": full.split(" tỉnh")[0].replace(" {p}", ""),
                    "header": header.format(P=name.upper()),
                }
                if system == "state":
                    org["parent"] = f"UBND TỈNH {name.upper()}"
                org.update({"code": abbr, "system": system, "place": name, "head": head})
                if body:
                    org["body"] = body
                org["people"] = [
                    {"name": self.person(), "title": t}
                    for t in (head.capitalize(), "Phó " + head.lower())
                ]
                self.orgs[oid] = org
                self.by_province.setdefault(code, []).append(oid)
                items.append(org)
        return {"kind": "orgs", "orgs": items}

    def signer(self, oid: str) -> dict:
        org, r = self.orgs[oid], self.r
        deputy = r.random() < 0.5
        title = ("PHÓ " if deputy else "") + org["head"]
        if org.get("body"):
            out = {"org": oid, "authority": "TM.", "for": org["body"], "title": title}
        elif deputy:
            out = {"org": oid, "authority": "KT.", "for": org["head"], "title": title}
        else:
            out = {"org": oid, "title": title}
        # one block in ten with its name line left empty on purpose (KH449 is not raised)
        out["name"] = self.person() if r.random() < 0.9 else ""
        return out

    def recipients(self, others: list[str]) -> dict:
        r = self.r
        groups = [{"purpose": "b/c", "items": self.some(RECIPIENTS[:5], 1, 4)}]
        if others:
            groups.append({"purpose": "p/h", "items": [self.orgs[o]["name"] for o in others]})
        if r.random() < 0.3:
            groups.append({"items": [FlowMap(name="Báo, Đài tỉnh", note="đưa tin")]})
        groups.append({"purpose": "t/h", "items": self.some(RECIPIENTS[5:], 1, 3)})
        if r.random() < 0.2:
            groups.append({"purpose": "đ/b", "items": ["Các đồng chí Ủy viên Ban Thường vụ"]})
        return {
            "groups": groups,
            "archive": Flow(["VT", r.choice(["VP", "BPT", "TNNTCN&ĐT", "KHTC"])]),
        }

    def number(self, issuers: list[str], issued: str) -> int:
        """A number that grows with the issue date in the lead issuer's one register for the year
        (Decree 30, Art. 15; kehoach checks KH404, KH440, KH441): the day of the year, times 1000,
        plus the documents already numbered that day."""
        key = (issuers[0], issued)
        self.numbers[key] = self.numbers.get(key, 0) + self.r.randint(1, 3)
        day = date.fromisoformat(issued).timetuple().tm_yday
        return day * 1000 + self.numbers[key]

    def make_program(self, province: str, pair: tuple[str, str]) -> tuple[str, dict]:
        r = self.r
        parties = [f"{p}-{province}" for p in pair]
        pid = f"ctph-2021-2025-{pair[0]}-{pair[1]}-{province}"
        issued = f"2020-12-{r.randint(10, 30)}"
        areas = [{"id": slug(t)[:24].rstrip("-"), "title": t} for t in self.some(AREAS, 3, 6)]
        for area in areas:
            if r.random() < 0.4:
                area["items"] = self.some(DUTIES, 1, 3)
        self.programs.append({"id": pid, "parties": parties, "areas": [a["id"] for a in areas]})
        names = " và ".join(self.orgs[p]["name"] for p in parties)
        data = {
            "kind": "program",
            "number": self.number(parties, issued),
            "date": issued,
            "place": self.orgs[parties[0]]["place"],
            "title": f"Phối hợp phát triển khoa học, công nghệ và đổi mới sáng tạo giữa {names} giai đoạn 2021 – 2025",
            "parties": Flow(parties),
            "period": FlowMap({"from": 2021, "to": 2025}),
            "bases": [self.external(issued) for _ in range(r.randint(1, 3))],
            "goals": {"paragraphs": self.some(PARAGRAPHS, 1, 3)},
            "areas": areas,
            "duties": [{"org": p, "items": self.some(DUTIES, 2, 4)} for p in parties],
            "focal": [{"org": parties[0], "unit": "Ban Phong trào", "person": self.person()}],
            "reviews": {
                "schedule": [
                    {
                        "id": "so-ket-nam",
                        "kind": "interim",
                        "title": "Sơ kết hằng năm",
                        "every": "year",
                        "month": 12,
                    },
                    {
                        "id": "giao-ban",
                        "kind": "meeting",
                        "title": "Họp giao ban 6 tháng",
                        "every": "half",
                    },
                    {
                        "id": "tong-ket",
                        "kind": "final",
                        "title": "Tổng kết Chương trình",
                        "time": "2025-Q4",
                    },
                ]
            },
            "signers": [self.signer(p) for p in parties],
            "recipients": self.recipients([]),
        }
        return pid, data

    def external(self, before: str) -> dict:
        """An external basis issued by ``before`` (a document cites none issued after it, KH445):
        the one drawn, or the latest of those issued by then."""
        doc_type, number, date, issuer, summary = self.r.choice(EXTERNAL)
        if date > before:
            doc_type, number, date, issuer, summary = max(
                (e for e in EXTERNAL if e[2] <= before), key=lambda e: e[2]
            )
        return {
            "verb": self.r.choice(["Căn cứ", "Căn cứ", "Thực hiện"]),
            "doc_type": doc_type,
            "number": number,
            "date": date,
            "issuer": issuer,
            "summary": summary,
        }

    def time(self, year: int, years: int) -> object:
        """A time expression inside [year, year+years-1] whose deadline is on or after 1 March of
        ``year`` (plans are issued before 15 February)."""
        r = self.r
        y = year + r.randrange(years)
        kind = r.choices(
            ["date", "month", "quarter", "half", "year", "range", "ongoing"], [3, 4, 4, 2, 1, 2, 1]
        )[0]
        if kind == "date":
            return f"{y}-{r.randint(3, 12):02d}-{r.randint(1, 28):02d}"
        if kind == "month":
            return f"{y}-{r.randint(3, 12):02d}"
        if kind == "quarter":
            return f"{y}-Q{r.randint(1, 4)}"
        if kind == "half":
            return f"{y}-H{r.randint(1, 2)}"
        if kind == "year":
            return y
        if kind == "range":
            a = r.randint(3, 10)
            b = r.randint(a + 1, 12)
            return r.choice(
                [
                    f"{y}-{a:02d}..{y}-{b:02d}",
                    f"{y}-Q{(a - 1) // 3 + 1}..{y}-Q4",
                    f"{y}-{a:02d}-01..{y}-{b:02d}-15",
                ]
            )
        return r.choice(["ongoing", "ongoing", "thường xuyên"])

    def activity(self, i: int, year: int, years: int, issuers: list[str], areas: list[str]) -> dict:
        r = self.r
        verb, topic, who = r.choice(VERBS), r.choice(TOPICS), r.choice(AUDIENCES)
        lead = r.choice(issuers)
        province = lead.rsplit("-", 1)[1]
        city = self.orgs[lead]["place"]
        act = {
            "id": f"{slug(verb)[:12].rstrip('-')}-{i + 1:02d}",
            "title": f"{verb} {topic} {who}".strip(),
        }
        if areas and r.random() < 0.8:
            act["area"] = r.choice(areas)
        act["lead"] = lead
        if r.random() < 0.4:
            act["lead_unit"] = r.choice(
                ["Ban Phong trào", "Văn phòng", "Phòng Quản lý khoa học", "Ban Tuyên giáo"]
            )
        others = [o for o in self.by_province[province] if o != lead]
        if r.random() < 0.8:
            act["support"] = Flow(self.some(others, 1, 3))
        if r.random() < 0.3:
            act["support_others"] = Flow(
                ["Các huyện, thị, thành đoàn"] if r.random() < 0.5 else ["Các hội thành viên"]
            )
        act["time"] = t = self.time(year, years)
        if r.random() < 0.4:
            act["place"] = r.choice(PLACES).format(city=city)
        if r.random() < 0.4:
            act["participants"] = (
                f"{r.randint(3, 40) * 10} "
                f"{r.choice(['đoàn viên, thanh niên', 'cán bộ, hội viên', 'học sinh, sinh viên'])}"
            )
        if r.random() < 0.2:
            act["outputs"] = [f"Báo cáo kết quả {topic}", "Tài liệu, ấn phẩm tuyên truyền"][
                : r.randint(1, 2)
            ]
        if r.random() < 0.15:
            act["details"] = self.some(PARAGRAPHS, 1, 2)
        if r.random() < 0.7:
            act["budget"] = r.randint(2, 400) * 500_000
        # as a repository looks on DATA_TODAY: past years mostly done, future years planned
        weights = (
            [1, 1, 17, 1]
            if year < DATA_TODAY
            else [4, 3, 4, 1]
            if year == DATA_TODAY
            else [9, 1, 0, 0]
        )
        status = r.choices(["planned", "in_progress", "done", "cancelled"], weights)[0]
        if status == "done" and (isinstance(t, str) and t in ("ongoing", "thường xuyên")):
            status = "in_progress"
        act["status"] = status
        if status == "done":
            act["done_date"] = f"{year}-{r.randint(3, 12):02d}-{r.randint(1, 28):02d}"
            if "budget" in act and r.random() < 0.5:
                act["spent"] = (
                    act["budget"] - r.randint(0, 10) * 100_000
                    if act["budget"] > 1_000_000
                    else act["budget"]
                )
        if status in ("cancelled", "in_progress") or r.random() < 0.2:
            act["note"] = r.choice(
                [
                    "Lồng ghép vào Hội nghị sơ kết.",
                    "Đã hoàn thành phần chuẩn bị; chờ kinh phí.",
                    "Không tổ chức riêng do trùng lịch với hoạt động cấp trên.",
                    "Đã ban hành thể lệ và phát động đến các đơn vị.",
                ]
            )
        return act

    def plan(self, k: int) -> tuple[str, dict]:
        r = self.r
        province, _ = r.choice(PROVINCES)
        local = self.by_province[province]
        joint = r.random() < 0.2
        issuers = r.sample(local, 2) if joint else [r.choice(local)]
        year = r.randint(2021, 2025)
        years = 2 if year < 2025 and r.random() < 0.1 else 1
        late = r.random() < 0.25  # issued in December of the year before
        issued = (
            # (2021's in January: December 2020 comes before the programs they cite, KH445)
            f"{year - 1 if year > 2021 else year}-{12 if year > 2021 else 1:02d}-{r.randint(1, 28):02d}"
            if late
            else f"{year}-{r.randint(1, 2):02d}-{r.randint(2, 14):02d}"
        )
        pid = f"kh{'lt' if joint else ''}-{year}-{issuers[0]}-{k:05d}"
        programs = [p for p in self.programs if set(issuers) & set(p["parties"])]
        cited = [p for p in programs if r.random() < 0.7]
        areas = [a for p in cited for a in p["areas"]]
        bases: list = [
            {"ref": p["id"], "verb": "Căn cứ"} if r.random() < 0.5 else {"ref": p["id"]}
            for p in cited
        ]
        bases += [self.external(issued) for _ in range(r.randint(0, 3))]
        earlier = [i for y, i in self.plans_of.get(issuers[0], []) if y < year]
        if earlier and r.random() < 0.3:
            bases.append({"ref": r.choice(earlier), "verb": "Thực hiện"})
        if not bases or r.random() < 0.3:
            bases.append(
                {
                    "verb": "Căn cứ",
                    "text": f"Căn cứ Chương trình công tác năm {year} của {self.orgs[issuers[0]]['name']}",
                }
            )
        topic = r.choice(TOPICS)
        names = " và ".join(self.orgs[o]["short"] for o in issuers)
        size = r.choices([(2, 5), (6, 12), (13, 40)], [3, 5, 2])[0]
        acts = [self.activity(i, year, years, issuers, areas) for i in range(r.randint(*size))]
        data: dict = {"kind": "plan"}
        if joint:
            data["doc_type"] = "KẾ HOẠCH LIÊN TỊCH"
        if r.random() < 0.9:
            data["number"] = self.number(issuers, issued)
        if r.random() < 0.4:
            data["unit"] = r.choice(["BPT", "VP", "TNNTCN&ĐT", "QLKH"])
        data["date"] = issued
        if r.random() < 0.5:
            data["place"] = self.orgs[issuers[0]]["place"]
        data["issuers"] = Flow(issuers)
        if years == 1:
            data["year"] = year
        else:
            data["period"] = r.choice(
                [f"{year}..{year + 1}", FlowMap({"from": year, "to": year + 1})]
            )
        data["title"] = f"Thực hiện {topic} của {names} năm {year}"
        data["bases"] = bases
        data["preamble"] = [f"{names} xây dựng Kế hoạch thực hiện năm {year}, cụ thể như sau:"]
        purpose = self.some(PARAGRAPHS, 2, 4)
        data["purpose"] = r.choice(
            [
                {"items": purpose},
                {"title": "Mục đích, yêu cầu", "paragraphs": purpose},
                {
                    "sections": [
                        {"title": "Mục đích", "items": purpose[:1]},
                        {"title": "Yêu cầu", "items": purpose[1:]},
                    ]
                },
            ]
        )
        if r.random() < 0.3:
            data["#c"] = (
                "Thời gian, kinh phí từng hoạt động là dự kiến; trạng thái cập nhật theo tiến độ."
            )
        data["contents"] = {
            "title": "Nội dung và tiến độ thực hiện",
            "layout": r.choice(["table", "list"]),
            "activities": acts,
        }
        budgeted = [a for a in acts if "budget" in a]
        if budgeted:
            short = self.orgs[issuers[0]]["short"]
            lines = [
                {
                    "item": a["title"][:60].rsplit(" ", 1)[0],
                    "amount": a["budget"],
                    "source": r.choice(SOURCES).format(short=short),
                }
                for a in budgeted
            ]
            data["budget"] = {
                "paragraphs": [
                    "Kinh phí thực hiện từ dự toán được giao và các nguồn hợp pháp khác."
                ],
                "lines": lines,
                "total": sum(a["budget"] for a in budgeted),
            }
        elif r.random() < 0.5:
            data["budget"] = {"paragraphs": ["Các đơn vị sử dụng kinh phí hoạt động thường xuyên."]}
        sections = [
            {"title": self.orgs[o]["name"], "org": o, "items": self.some(DUTIES, 1, 3)}
            for o in issuers
        ]
        if r.random() < 0.4:
            sections = [{"title": "Cấp tỉnh", "sections": sections}]
        sections.append(
            {
                "title": "Các huyện, thị, thành đoàn, Đoàn trực thuộc",
                "items": self.some(DUTIES, 1, 2),
            }
        )
        data["implementation"] = {"title": "Tổ chức thực hiện", "sections": sections}
        schedule = [
            {
                "id": "tong-ket",
                "kind": "final",
                "title": f"Tổng kết năm {year}",
                "time": f"{year + years - 1}-12",
                "lead": issuers[0],
            }
        ]
        if r.random() < 0.6:
            schedule.insert(
                0,
                r.choice(
                    [
                        {
                            "id": "so-ket",
                            "kind": "interim",
                            "title": "Sơ kết 6 tháng",
                            "time": f"{year}-07",
                            "lead": issuers[0],
                        },
                        {
                            "id": "so-ket",
                            "kind": "interim",
                            "title": "Sơ kết 6 tháng, năm",
                            "every": "half",
                            "month": 6,
                            "lead": issuers[0],
                        },
                        {
                            "id": "giao-ban",
                            "kind": "meeting",
                            "title": "Họp giao ban quý",
                            "every": "quarter",
                            "lead": issuers[-1],
                        },
                    ]
                ),
            )
        data["reviews"] = {"schedule": schedule}
        data["closing"] = [f"Trên đây là Kế hoạch thực hiện {topic} năm {year} của {names}"]
        data["signers"] = [self.signer(o) for o in issuers]
        data["recipients"] = self.recipients(
            [o for o in local if o not in issuers][: r.randint(0, 2)]
        )
        self.plans_of.setdefault(issuers[0], []).append((year, pid))
        return f"plans/{year}/{pid}.yaml", data


SETTINGS = {
    "kind": "settings",
    "place": "Bình Thuận",
    "system": "doan",
    "codes": {"plan": "KH", "joint_plan": "KHLT", "program": "CTPH", "report": "BC"},
    "recipient_notes": "brace",
    "calendar": {
        "days_off": ["2025-05-02", "2026-01-02"],
        "working_days": ["2025-04-26", "2026-01-10"],
    },
    "due": {"within": "30d", "alarm_days": 3},
}


def generate(out: Path, files: int, seed: int = 7) -> list[Path]:
    """Write a repository with ``files`` plan files into ``out``; return the plan files' paths."""
    gen = Generator(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "kehoach.yaml").write_text(
        dump(["Kho kế hoạch sinh tự động cho phép đo hiệu năng."], SETTINGS), "utf-8"
    )
    (out / "orgs.yaml").write_text(
        dump(["Danh mục tổ chức (sinh tự động)."], gen.make_orgs()), "utf-8"
    )
    (out / "programs").mkdir(exist_ok=True)
    for code, _ in PROVINCES:
        for pair in PROGRAMS:
            pid, data = gen.make_program(code, pair)
            (out / "programs" / f"{pid}.yaml").write_text(
                dump(["yaml-language-server: $schema=../../schemas/program.schema.json"], data),
                "utf-8",
            )
    paths = []
    for k in range(files):
        rel, data = gen.plan(k)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        header = [
            "yaml-language-server: $schema=../../../schemas/plan.schema.json",
            "Kế hoạch VÍ DỤ sinh tự động cho phép đo hiệu năng: số, ngày, hoạt động, kinh phí là minh họa.",
        ]
        path.write_text(dump(header, data), "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description="Sinh một kho kế hoạch giả lập để đo hiệu năng.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    paths = generate(args.out, args.files, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} kế hoạch, {total / 1024:.0f} KB → {args.out}")


if __name__ == "__main__":
    main()
