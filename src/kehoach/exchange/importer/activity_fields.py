"""Activity rows and list items → activity mappings of the draft: organisations to ids, times to
time expressions, money to đồng; whatever is uncertain gets a ``# TODO`` and keeps its words."""

from __future__ import annotations

import re

from ... import viet
from . import roles
from .activities import NUMBERED, labelled_parts, typed_label
from .activity_cells import CellWords
from .coleads import add_co_leads, and_split, body_names
from .draft import Draft
from .money import read_money
from .names import split_names
from .orgs import UNIT_WORDS, OrgIndex
from .text import clean, key, slug, strip_end, unique
from .typed_lines import Typing, read, setting

# a body of its own by its words: what it is, then the place it serves ("Trung tâm Dịch vụ việc làm
# tỉnh", "Sở Lao động - Thương binh và Xã hội tỉnh Bình Định", "Trường THPT Chu Văn An")
_A_BODY = re.compile(
    # not many bodies named together ('Hội LHPN các huyện, thành phố', 'Phòng GD&ĐT các huyện')
    r"^(?!.*\bcác\s+(?:huyện|quận|xã|phường|thị|thành phố|tỉnh|trường|đơn vị|cơ sở|cấp)\b)"
    r"(?:sở|trung tâm|trường|bệnh viện|viện|hội|liên đoàn|đài|báo|cục|chi cục|ủy ban|uỷ ban|ubnd|"
    r"công an|bộ chỉ huy|ngân hàng|công ty)\s.+\s(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)(?:\s+\S.*)?$"
    r"|^(?:trường|bệnh viện)\s.+$",
    re.I,
)


class FieldWords(CellWords):
    """An activity's fields from its words (the lines' and cells' part of ``ActivityBuilder``)."""

    def __init__(
        self,
        draft: Draft,
        index: OrgIndex,
        issuers: list[str],
        year: int | None,
        span: tuple[int, int] | None = None,
    ):
        self.draft = draft
        self.index = index
        self.issuers = issuers
        self.year = year
        self.span = span  # a program's years: what "Hằng năm" spans there
        self.ids: set[str] = set()
        # the lines typed under each activity (by ``id``): "f" a field's, "d" a detail's
        self.lines: dict[int, list[str]] = {}
        # the field, label and stop of each labelled line typed under an activity (by ``id``)
        self.typed: dict[int, list[tuple[str, str, str]]] = {}
        # how each finished activity's lines were typed (None: no line; by ``id``)
        self.settings: dict[int, Typing | None] = {}

    def new(self, title: str, path: tuple) -> dict:
        title = strip_end(title) if title.endswith(";") else clean(title)
        act: dict = {"id": unique(slug(title or "hoat-dong"), self.ids), "title": title}
        if not title:
            act["title"] = "TODO: tên hoạt động"
        return act

    def from_sentence(self, text: str, path: tuple) -> dict | None:
        """An activity written in one sentence ('Lễ ra quân: Tỉnh Đoàn chủ trì, các huyện, thị,
        thành đoàn phối hợp; thời gian: 26/3/2027.', ``roles.sentence``), or None."""
        got = roles.sentence(text)
        if got is None:
            return None
        title, fields = got
        act = self.new(title, path)
        for name, value in fields:
            self.field(act, name, value, path)
        return act

    def lead(self, act: dict, text: str, path: tuple) -> None:
        """The lead of ``text`` and, when it says who supports too ("Thành Đoàn (chủ trì); Sở
        KH&CN (phối hợp)", "… chủ trì, phối hợp với …"), the supporting units."""
        lead_text, others = roles.split(text)
        self._lead(act, lead_text, path)
        if others:
            self.support(act, others, path)

    def _lead(self, act: dict, text: str, path: tuple) -> None:
        names = body_names(self.index, text)
        if not names:
            return
        # a department whose name holds a comma ("Ban Tư vấn, Phản biện"): what follows it is no
        # body of its own, nor a department
        while (
            len(names) > 1
            and UNIT_WORDS.match(names[0])
            and self.index.split_unit(names[0])[1] is None
            and not UNIT_WORDS.match(names[1])
            and self.index.find_unplaced(names[1]) is None
        ):
            names[0:2] = [f"{names[0]}, {names[1]}"]
        unit, org = self.index.split_unit(names[0])
        if org is not None and not unit and (board := _BOARD.match(clean(names[0]))):
            # "Ban Thường vụ Thành Đoàn": the org, through its standing committee, printed so
            unit = board.group(1)
        if org is None and (found := self.index.find_unplaced(names[0], self.issuers)):
            # an issuer named without its place ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")
            unit, org = "", found
        if org is None and _A_BODY.match(names[0]):
            # a body of its own that orgs.yaml does not know ("Trung tâm Dịch vụ việc làm tỉnh"):
            # proposed, not taken for a department of the issuer (which then lost its own part)
            prop = self.index.proposal(names[0], place=self.index.place or "", taken=set())
            if prop not in self.draft.proposals:
                self.draft.proposals.append(prop)
            unit, org = "", prop.id
        if org is None and unit and len(names) == 1:
            # "Ban Phong trào": a unit of the issuer
            if self.issuers and unit.split(" ")[0].lower() in ("ban", "văn", "phòng", "trung"):
                act["lead"] = self.issuers[0]
                act["lead_unit"] = strip_end(unit)
                act["lead_unit_alone"] = True  # typed without the body's name: printed so
                if len(self.issuers) > 1:  # a joint document: which issuer's department?
                    self.draft.todo(path + ("lead",), f'chủ trì ghi "{clean(text)}": đọc là bộ '
                                    f"phận của {self.issuers[0]}; nếu là bộ phận của cơ quan "
                                    "khác, sửa `lead` thành mã cơ quan ấy")  # fmt: skip
                return
        if org is None:
            if self.issuers:
                act["lead"] = self.issuers[0]
            # no body of its own ("Các cơ sở Đoàn"): printed as typed, in place of the lead's name;
            # ``lead`` (the issuer) is who answers for it in ``due``, ``who``
            words = strip_end(clean(text))
            act.setdefault("details", []).append(f"Đơn vị chủ trì: {words}")
            self.draft.todo(path + ("lead",), f'chủ trì ghi trong văn bản: "{clean(text)}" (bản in '
                            "giữ chữ này; `lead` là cơ quan theo dõi việc)")  # fmt: skip
            return
        act["lead"] = org
        if unit:
            act["lead_unit"] = strip_end(unit)  # "Trung tâm Thông tin KH&CN và Tin học."
            if not UNIT_WORDS.match(unit) or _ROLE_WORDS.search(unit):
                # not read as a department ("… phối hợp Văn phòng" before "Sở KH&CN"): said
                self.draft.todo(path + ("lead",), f'chủ trì ghi "{clean(text)}": đọc là '
                                f'"{strip_end(unit)}" (lead_unit) của {org}; nếu phần trước tên '
                                "cơ quan không phải bộ phận của nó, sửa lead_unit và support")  # fmt: skip
        if len(names) > 1:  # bodies leading with it: co-leads
            self.co_leads(act, names[1:], path)

    def co_leads(self, act: dict, names: list[str], path: tuple) -> None:
        """Bodies leading with the lead (``co_leads``): the names after it in its cell, or those
        of a line or a column of their own ("Đồng chủ trì: Sở KH&CN"); a name of no known body
        is kept in words (``support_others``), said at the lead: it stays there."""
        unknown = add_co_leads(self.index, act, [_unstopped(n) for n in names])
        if unknown:
            self.support(act, ", ".join(unknown), path)
            self.draft.todo(path + ("lead",), f"đồng chủ trì trong văn bản: {', '.join(unknown)}")

    def support(self, act: dict, text: str, path: tuple) -> None:
        ids: list[str] = act.setdefault("support", [])
        others: list[str] = act.setdefault("support_others", [])
        for name in split_names(text):
            name = _unstopped(name)
            found = self.index.find_unplaced(name)
            if found is None and " và " in name:
                # 'Tỉnh Đoàn và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh': two bodies, the
                # "và" of a body's own name kept (``and_split``)
                named = and_split(self.index, name, unplaced=True)
                parts = [self.index.find_unplaced(p) for p in named]
                if len(parts) > 1 and all(parts):
                    ids.extend(p for p in parts if p and p not in ids and p != act.get("lead"))
                    continue
                head, _, rest = name.rpartition(" và ")
                body = self.index.find_unplaced(head) if rest.startswith("các ") else None
                if body is not None:
                    # 'Hội LHPN tỉnh và các đơn vị liên quan': the body supports (``who`` counts
                    # it), the others stay words
                    if body not in ids and body != act.get("lead"):
                        ids.append(body)
                    others.append(rest)
                    continue
            if found and found != act.get("lead"):
                if found not in ids:
                    ids.append(found)
            elif not found and not self._unit_of_another(act, name, ids):
                others.append(name)
        for k in ("support", "support_others", "support_units"):
            if k in act and not act[k]:
                del act[k]

    def _unit_of_another(self, act: dict, name: str, ids: list[str]) -> bool:
        """'Ban Phong trào Tỉnh Đoàn' in the Phối hợp column of a plan another body leads: the
        Tỉnh Đoàn supports (``support``, counted by ``who``) through that unit
        (``support_units``). A unit of the lead itself stays words."""
        unit, org = self.index.split_unit(name)
        if not org or not unit or not UNIT_WORDS.match(unit) or org == act.get("lead"):
            return False
        if org not in ids:
            ids.append(org)
        units = act.setdefault("support_units", {})
        units[org] = f"{units[org]}, {unit}" if org in units else unit
        return True

    def extra(self, act: dict, line: str, path: tuple) -> None:
        """A line under the activity: labelled fields ('Địa điểm: …'; 'Chủ trì: …; phối hợp: …')
        or a detail paragraph."""
        parts = labelled_parts(line)
        seen = self.lines.setdefault(id(act), [])
        if parts is None or any(name in act for name, _ in parts):
            act.setdefault("details", []).append(clean(line))
            seen.append("d")
            return
        seen.append("f")
        if parts[0][0] != "co_leads":  # co-leads print on the lead's line
            self.typed.setdefault(id(act), []).append((parts[0][0], *typed_label(line)))
        before = len(act.get("details") or [])
        for name, value in parts:
            self.field(act, name, value, path)
        if NUMBERED.match(line):
            # "a) Thời gian: …": the line prints as typed, its letter with it (in place of the
            # line kehoach would print; words of it kept by a field are that line)
            act.setdefault("details", [])[before:] = [clean(line)]

    def field(self, act: dict, name: str, value: str, path: tuple) -> None:
        """One field of an activity from the words that give it."""
        if name == "outputs":
            act["outputs"] = [clean(v) for v in value.split("; ") if clean(v)]
        elif name == "lead":
            self.lead(act, value, path)
        elif name == "co_leads":
            self.co_leads(act, body_names(self.index, value), path)
        elif name == "support":
            self.support(act, value, path)
        elif name == "time":
            self.time(act, value, path)
        elif name == "budget":
            before = len(act.get("details") or [])
            self.budget(act, value, 1, path)
            money = act.get("budget")
            if (
                isinstance(money, int)
                and len(act.get("details") or []) == before
                and not read_money(value).rest  # no words beside it ('(Năm mươi triệu đồng)')
                and key(strip_end(value)) != key(f"{viet.money(money)} đồng")
            ):
                # '50 triệu đồng': the amount read, the line printed in the words typed
                act.setdefault("details", []).append(f"Kinh phí: {strip_end(value)}")
        else:
            act[name] = strip_end(value) if name in ("place", "participants") else value

    def finish(self, act: dict, path: tuple, why: str | None = None) -> dict:
        """``act`` complete: a lead (the issuer, with a TODO saying ``why`` — by default that the
        document names none) and its keys in the format's order."""
        if "lead" not in act:
            if self.issuers:
                act["lead"] = self.issuers[0]
            self.draft.todo(path + ("lead",), why or NO_LEAD)
        if "co_leads" in act:  # the lead named again on a "Đồng chủ trì" line: it leads
            if co := [o for o in act.pop("co_leads") if o != act.get("lead")]:
                act["co_leads"] = co
        seen = "".join(self.lines.pop(id(act), []))
        first = seen.find("f")
        if first > 0 and "d" not in seen[first:]:  # '- Nội dung: …' typed before 'Thời gian: …'
            act["details_first"] = True
        elif first > 0:
            self.draft.todo(path + ("details",), "dòng chi tiết gõ cả trước và sau các dòng thời "
                            "gian, chủ trì…: bản in đặt mọi dòng chi tiết sau các dòng ấy")  # fmt: skip
        typed = read(self.typed.pop(id(act), [])) if id(act) in self.typed else None
        if typed is not None and (lines := setting(typed)):
            act["field_lines"] = lines  # the order, labels, stops typed: printed so again
        ordered = {k: act[k] for k in _ORDER if k in act}
        out = ordered | act  # a field not in the order after them: never dropped
        self.settings[id(out)] = typed
        return out


NO_LEAD = "văn bản không ghi đơn vị chủ trì"


def unprinted(act: dict) -> dict:
    """``act`` with ``lead_printed: false`` after its ``lead``: the document named no lead, the
    issuer ``lead`` gives (who answers for it in ``due``, ``who``) is not printed as one."""
    if "lead_printed" in act or "lead" not in act:
        return act
    items = list(act.items())
    at = [k for k, _ in items].index("lead") + 1
    return dict([*items[:at], ("lead_printed", False), *items[at:]])


_ABBREVIATION = re.compile(r"(?:^|\s)(?:TP|Tp|TX|TT|Q|P)\.$")


_ROLE_WORDS = re.compile(r"\b(?:phối hợp|chủ trì|cùng với)\b", re.I)
# the org's own board before its name ("Ban Thường vụ Tỉnh Đoàn", "BCH Thành Đoàn"): read as
# the org (``orgs.core`` drops it), printed with it (``lead_unit``)
_BOARD = re.compile(r"^(Ban Thường vụ|Ban Chấp hành|BTV|BCH|Thường trực)\s+(?=\S)", re.I)

_ORDER = ("id", "group", "title", "lead", "lead_printed", "lead_unit", "lead_unit_alone", "co_leads", "support",
          "support_units", "support_others", "time", "every", "place", "participants", "outputs",
          "field_lines", "details_first", "details", "budget", "note")  # fmt: skip


def _unstopped(name: str) -> str:
    """A supporting unit without the sentence's closing stop ('… Thể thao huyện.' ends its line:
    kehoach prints its own ';'); an abbreviation's dot ('Công an TP.') stays."""
    if _ABBREVIATION.search(name):
        return name
    return name.rstrip(" .;")
