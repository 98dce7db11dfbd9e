"""Bodies named in a document → ids of the repository's ``orgs.yaml``.

An org is known by its ``name``, ``short``, ``header``, ``code`` and an ``aliases`` list when it has
one, compared without case, spacing or surrounding punctuation. Several orgs may share a name
(every province has a "Sở KH&CN"): the document's own issuers win, then the orgs of the same
place (the date line's place, or the province in an issuer's name), then the first in
``orgs.yaml``. A body that is not in ``orgs.yaml`` is proposed as a new entry (``Proposal``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Proposal
from .proposed import proposed_names
from .text import clean, key, slug, unique

_PROVINCE = re.compile(r"\b(?:tỉnh|thành phố|tp\.?)\s+(.+)$", re.I)
UNIT_WORDS = re.compile(r"^(?:ban|văn phòng|phòng|trung tâm|bộ phận|tổ|đội)\b", re.I)
_BRACKETED_UNIT = re.compile(r"^(?P<org>[^()]+?)\s*\((?P<unit>[^()]+)\)$")


# old-style tone placement ("hoà", "uỷ") and common abbreviations, for a second, looser key
_OLD_TONES = [("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("oè", "òe"),
              ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"), ("uỳ", "ùy"), ("uý", "úy"),
              ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")]  # fmt: skip
_ABBREVIATIONS = [("ban chấp hành", "bch"), ("ủy ban nhân dân", "ubnd"), ("hội đồng nhân dân", "hđnd"),
                  ("khoa học và công nghệ", "kh&cn"), ("khoa học và kỹ thuật", "kh&kt"),
                  ("khoa học - công nghệ", "kh&cn"), ("khoa học – công nghệ", "kh&cn"),
                  ("liên hiệp phụ nữ", "lhpn"), ("liên hiệp thanh niên", "lhtn"),
                  ("cựu chiến binh", "ccb"), ("mặt trận tổ quốc", "mttq"),
                  ("thành phố", "tp."), ("đoàn tncs hồ chí minh", "đoàn"),
                  ("đoàn thanh niên cộng sản hồ chí minh", "đoàn")]  # fmt: skip


def core(text: str | None) -> str:
    """A looser key: tone marks placed alike, long names abbreviated, a leading 'bch' dropped
    ('BAN CHẤP HÀNH TỈNH ĐOÀN BÌNH THUẬN' ~ 'Tỉnh Đoàn Bình Thuận')."""
    k = _tones(key(text))
    for long, short in _ABBREVIATIONS:
        k = k.replace(_tones(long), _tones(short))
    k = re.sub(r"^(?:bch|ban thường vụ|btv)\s+", "", k)
    # 'Đoàn tỉnh X', 'Đoàn TNCS Hồ Chí Minh thành phố X': the Tỉnh Đoàn, the Thành Đoàn of X
    return _DOAN_LEVEL.sub(lambda m: f"{_DOAN_KIND[m.group(1)]} {_tones('đoàn')} ", k)


# a Đoàn body named by the level of its place after 'đoàn' (after ``_ABBREVIATIONS``): the
# order its name is usually written in ('tỉnh đoàn', 'thành đoàn')
_DOAN_LEVEL = re.compile(r"^(?:đoàn|đòan) (tỉnh|tp\.|huyện|quận|thị xã) ")
_DOAN_KIND = {"tỉnh": "tỉnh", "tp.": "thành", "huyện": "huyện", "quận": "quận", "thị xã": "thị"}


def _tones(k: str) -> str:
    for old, new in _OLD_TONES:
        k = k.replace(old, new)
    return k


def locality(org: dict) -> str:
    """The province an org belongs to: its ``place``, or the words after 'tỉnh' in its name."""
    if org.get("place"):
        return key(org["place"])
    m = _PROVINCE.search(clean(org.get("name")))
    return key(m.group(1)) if m else ""


class OrgIndex:
    def __init__(self, orgs: list[dict]):
        self.orgs = [o for o in orgs if isinstance(o, dict) and isinstance(o.get("id"), str)]
        self.by_id = {o["id"]: o for o in self.orgs}
        self.names: dict[str, list[str]] = {}
        self.cores: dict[str, list[str]] = {}
        for o in self.orgs:
            for text in self._names(o):
                for table, k in ((self.names, key(text)), (self.cores, core(text))):
                    ids = table.setdefault(k, [])
                    if o["id"] not in ids:
                        ids.append(o["id"])
        self.people = {
            key(p.get("name")): o["id"]
            for o in self.orgs
            for p in o.get("people") or []
            if isinstance(p, dict) and p.get("name")
        }
        self.proposed: dict[str, Proposal] = {}  # new bodies met in this run, by name
        self.preferred: list[str] = []  # the document's issuers, once known
        self.place = ""  # the document's place, once known
        self.home = ""  # the repository's place (kehoach.yaml)

    @staticmethod
    def _names(o: dict) -> list[str]:
        names = [o.get(k) for k in ("name", "short", "header")]
        aliases = o.get("aliases")
        if isinstance(aliases, list):
            names += [a for a in aliases if isinstance(a, str)]
        return [n for n in names if isinstance(n, str) and n.strip()]

    def add(self, org: dict) -> None:
        """Know one more org (a proposed one) by its names."""
        self.orgs.append(org)
        self.by_id[org["id"]] = org
        for text in self._names(org):
            for table, k in ((self.names, key(text)), (self.cores, core(text))):
                ids = table.setdefault(k, [])
                if org["id"] not in ids:
                    ids.append(org["id"])

    def proposed_ids(self) -> set[str]:
        return {p.id for p in self.proposed.values()}

    def names_of(self, org_id: str) -> list[str]:
        return self._names(self.by_id.get(org_id) or {})

    def of_unknown_province(self, org_id: str) -> bool:
        """``org_id`` is a province's body named without its province ("Liên hiệp các Hội Khoa
        học và Kỹ thuật tỉnh": kept for a document that did not say which), and this document is
        issued by bodies of a province and not by it: not the body it names so. (The date line
        alone does not settle it: a document of that body shows a place too.)"""
        org = self.by_id[org_id]
        return (
            not locality(org)
            and bool(_UNPLACED.search(key(org.get("name"))))
            and org_id not in self.preferred
            and any(locality(self.by_id[i]) for i in self.preferred if i in self.by_id)
        )

    def _here(self) -> set[str]:
        """The places this document belongs to: its issuers', its date line's; when it shows
        none, the repository's (``place`` of kehoach.yaml)."""
        here = {locality(self.by_id[i]) for i in self.preferred if i in self.by_id}
        here = (here | {key(self.place)}) - {""}
        return here or ({key(self.home)} - {""})

    def _elsewhere(self, org_id: str, text: str, here: set[str]) -> bool:
        """``org_id`` is a body of another province than this document's, and ``text`` does not
        name that province ("Hiệp hội Doanh nghiệp tỉnh" in a Bình Thuận plan is not the one of
        Thái Bình). A body with no place in its names (Trung ương Đoàn, a Bộ) is of none."""
        org = self.by_id[org_id]
        place = locality(org)
        if not place:
            return self.of_unknown_province(org_id)
        if place in here or place in key(text):
            return False
        names = self._names(org) + [org.get("parent") or ""]
        return any(place in key(n) for n in names)

    def _pick(self, ids: list[str], text: str | None = None) -> str | None:
        """One of ``ids``: the document's issuers first, then the bodies of its place. Looking
        up ``text`` (a name the document prints), never a body of another province."""
        here = self._here()
        if text is not None and here:
            ids = [i for i in ids if not self._elsewhere(i, text, here)]
            if not ids:
                return None
        if len(ids) == 1:
            return ids[0]
        for pref in self.preferred:
            if pref in ids:
                return pref
        local = [i for i in ids if locality(self.by_id[i]) in here]
        if local:
            return local[0]
        blank = [i for i in ids if not locality(self.by_id[i])]
        if blank and "" in {locality(self.by_id[i]) for i in self.preferred if i in self.by_id}:
            return blank[0]
        return ids[0]

    def find(self, text: str) -> str | None:
        """The org named exactly ``text`` (any of its names), or None. A name written without its
        place ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh") is one of the document's issuers
        whose name starts so, before a body of ``orgs.yaml`` named exactly so but with no place
        (kept for a document of a province not in the repository)."""
        exact = self.names.get(key(text)) or []
        ids = exact + [i for i in self.cores.get(core(text)) or [] if i not in exact]
        if ids and self.preferred and not set(ids) & set(self.preferred):
            mine = self._issuer_unplaced(text)
            if mine is not None:
                return mine
        return self._pick(ids, text) if ids else self._issuer_without_place(text)

    def _issuer_without_place(self, text: str) -> str | None:
        """The document's issuer whose name is ``text`` and its place ('Sở Giáo dục và Đào tạo'
        for '… tỉnh Bến Tre', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh' for '… tỉnh Nghệ An':
        a joint plan names its issuers so in its activities, its headings), or None."""
        k = core(text)
        if len(k) < 8:
            return None
        unplaced = _UNPLACED.search(k) is not None  # '… Kỹ thuật tỉnh': its level, no place
        for org_id in self.preferred:
            for name in self.names_of(org_id):
                full = core(name)
                rest = full[len(k) :] if full.startswith(k) else ""
                if _PLACE_AFTER.match(rest) or unplaced and re.match(r"^\s+\S", rest):
                    return org_id
        return None

    def _issuer_unplaced(self, text: str) -> str | None:
        """The first of the document's issuers one of whose names starts with ``text`` written
        without its place (``text`` ending in 'tỉnh', 'thành phố'), or None."""
        if not _UNPLACED.search(core(text)):
            return None
        return next(iter(self._starting(text, self.preferred)), None)

    def _starting(self, text: str, among: list[str] | None = None) -> list[str]:
        """The orgs (of ``among``, else all, in that order) one of whose names starts with
        ``text`` without its place ("… KH&KT tỉnh" ~ "… Khoa học và Kỹ thuật tỉnh X")."""
        short = _UNPLACED.sub("", core(text))
        if len(short) < 8:
            return []
        ids = among if among is not None else [o["id"] for o in self.orgs]
        return [i for i in ids if any(core(n).startswith(short) for n in self.names_of(i))]

    def find_unplaced(self, text: str, among: list[str] | None = None) -> str | None:
        """The org named ``text`` (``find``), or written as people do without its place
        ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh" for "… tỉnh Nghệ An"): the orgs (of
        ``among``, else all) one of whose names starts so, the one of this document's place when
        several do."""
        found = self.find(text)
        if found is not None:
            return found
        among = None if among is None else [o["id"] for o in self.orgs if o["id"] in among]
        ids = self._starting(text, among)
        return self._pick(ids, text) if ids else None

    def by_person(self, name: str) -> str | None:
        return self.people.get(key(name))

    def split_unit(self, text: str) -> tuple[str, str | None]:
        """'Ban Phong trào Tỉnh Đoàn' → ('Ban Phong trào', 'tinhdoan-…'): a unit before an org's
        name, or in brackets after it ('Tỉnh Đoàn (Ban Phong trào)'). ('', id) when the whole text
        names the org; (text, None) when no org is named."""
        found = self.find(text)
        if found:
            return "", found
        bracket = _BRACKETED_UNIT.match(clean(text))
        if bracket and UNIT_WORDS.match(bracket.group("unit")):
            found = self.find(bracket.group("org"))
            if found:
                return clean(bracket.group("unit")), found
        words = clean(text).split(" ")
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            found = self.find(tail)
            if found:
                return " ".join(words[:i]), found
        return clean(text), None

    def mentioned(self, text: str) -> str | None:
        """The org a heading is about: 'Đề nghị Sở Khoa học và Công nghệ', 'Tỉnh đoàn:',
        'Ban Thường trực Liên hiệp Hội' (its name at the end, after an optional unit)."""
        text = re.sub(r"^(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+", "", clean(text))
        text = re.sub(r"^(?:đề nghị|trách nhiệm của|nhiệm vụ của|giao)\s+", "", text, flags=re.I)
        unit, found = self.split_unit(text.rstrip(":. "))
        if found and (not unit or UNIT_WORDS.match(unit)):
            return found
        return None

    def proposal(self, header: str, *, parent: str = "", code: str = "", system: str = "",
                 place: str = "", taken: set[str]) -> Proposal:  # fmt: skip
        """A new orgs.yaml entry for a body printed as ``header``."""
        header = clean(header)
        code = code or "".join(w[0] for w in header.split() if w[:1].isalpha())[:8].upper()
        known = self.proposed.get(core(header))
        if known is not None and (not parent or key(known.parent) == key(parent)):
            return known  # the same new body met again in this batch
        # the id from the looser key: long names abbreviated (hoi-lhpn-tinh-binh-thuan), whole
        new_id = unique(slug(core(header), 40), taken | set(self.by_id))
        taken.add(new_id)
        name, short, kind_system = proposed_names(header, clean(place))
        prop = Proposal(new_id, name, header.upper(), code, kind_system or system or "state",
                        clean(parent), clean(place), header, short)  # fmt: skip
        self.proposed[core(header)] = prop
        # known from now on, so the activities, signers of the document can name it ("Ban Tuyên
        # giáo Huyện Đoàn": its short name)
        self.add({"id": new_id, "name": name, "header": header, "place": prop.place,
                  "parent": prop.parent, "short": short})  # fmt: skip
        return prop


# a level of place ending a name ('… tỉnh', '… Thành phố'): the name written without its place
_UNPLACED = re.compile(r"\s+(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)$", re.I)
_PLACE_AFTER = re.compile(r"^\s+(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s+\S")


def unplaced_names(orgs: Iterable[dict]) -> list[str]:
    """The names of ``orgs`` written without their place, as a document of that province writes
    them ('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh' for '… tỉnh Quảng Ngãi'): with the level
    word ('tỉnh') and without it (``_UNPLACED``). The importer reads them as those orgs
    (``OrgIndex.find_unplaced``)."""
    out = []
    for org in orgs:
        name, place = org.get("name"), org.get("place")
        if not isinstance(name, str) or not isinstance(place, str) or not place.strip():
            continue
        if name.casefold().endswith(" " + place.strip().casefold()):
            bare = name[: -len(place.strip())].rstrip()
            out += [bare, _UNPLACED.sub("", bare)]
    return [n for n in out if len(n.split()) >= 2]
