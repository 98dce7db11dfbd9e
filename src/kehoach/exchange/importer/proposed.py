"""The names of a body ``import`` proposes for ``orgs.yaml`` (one the repository does not have),
read from its header as orgs.yaml writes them: its name, short name and system."""

from __future__ import annotations

import re
import unicodedata

from .text import clean, key

# a Đoàn body's header: 'BCH HUYỆN ĐOÀN HÀM THUẬN BẮC', 'BAN CHẤP HÀNH THÀNH ĐOÀN …', and
# the order some write it in: 'BCH ĐOÀN TỈNH QUẢNG NGÃI', 'BAN CHẤP HÀNH ĐOÀN HUYỆN …'
_DOAN_HEADER = re.compile(
    r"^(?:bch|ban chấp hành)?\s*(?P<kind>tỉnh đoàn|thành đoàn|huyện đoàn|quận đoàn|thị đoàn)"
    r"\s+(?P<place>\S.*)$",
    re.I,
)
_DOAN_AFTER = re.compile(
    r"^(?:bch|ban chấp hành)?\s*đoàn\s+(?:tncs hồ chí minh\s+)?(?P<level>tỉnh|thành phố|tp\.?|huyện|"
    r"quận|thị xã)\s+(?P<place>\S.*)$",
    re.I,
)
_LEVEL_KIND = {"tỉnh": "Tỉnh Đoàn", "thành phố": "Thành Đoàn", "tp": "Thành Đoàn",
               "tp.": "Thành Đoàn", "huyện": "Huyện Đoàn", "quận": "Quận Đoàn",
               "thị xã": "Thị Đoàn"}  # fmt: skip


# bodies of the same kind in every province, by the words their header starts with: (name, short,
# system)
_KINDS = [
    (re.compile(r"^liên hiệp các hội (?:khoa học và kỹ thuật|kh\s*&\s*kt|khkt)(?!\w)(?P<rest>.*)$",
                re.I),
     "Liên hiệp các Hội Khoa học và Kỹ thuật", "Liên hiệp Hội", "association"),
    (re.compile(r"^sở (?:khoa học và công nghệ|kh\s*&\s*cn|khcn)(?!\w)(?P<rest>.*)$", re.I),
     "Sở Khoa học và Công nghệ", "Sở KH&CN", "state"),
]  # fmt: skip
# the centrally run cities ("thành phố Hà Nội"); every other place is a province ("tỉnh")
_CITIES = frozenset({"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"})


_CITY_PREFIX = re.compile(r"^(?:(tỉnh)|thành phố|tp\.?)\s*(?P<name>\S.*)$", re.I)


def _placed(place: str) -> str:
    """'tỉnh Bình Thuận', 'thành phố Hà Nội' for the document's place however it is written
    ('Bình Thuận', 'TP. Hồ Chí Minh', 'Thành phố Huế', 'TỈNH BẾN TRE')."""
    place = clean(place)
    if place.isupper():
        place = place.lower().title()
    m = _CITY_PREFIX.match(place)
    if m:
        return f"{'tỉnh' if m.group(1) else 'thành phố'} {m.group('name')}"
    return f"{'thành phố' if key(place) in _CITIES else 'tỉnh'} {clean(place)}"


_PLACE_PREFIX = re.compile(r"^(tỉnh|thành phố|huyện|quận|thị xã)\s+", re.I)


def proposed_names(header: str, place: str = "") -> tuple[str, str, str]:
    """(name, short, system) of a body proposed from its header, as orgs.yaml writes them: a Đoàn
    body ('BCH HUYỆN ĐOÀN HÀM THUẬN BẮC' → 'Huyện Đoàn Hàm Thuận Bắc', 'Huyện Đoàn'), a Liên
    hiệp Hội or a Sở KH&CN ('… tỉnh Hà Giang', 'Liên hiệp Hội', 'association'; a header that
    leaves its province out, '… KỸ THUẬT TỈNH', takes the document's ``place``); another Sở by its
    fields ('Sở Giáo dục và Đào tạo tỉnh Bến Tre', 'Sở GD&ĐT'); any other body written as names are,
    with no short name (``_other``) — so that the short name a document uses ('Liên hiệp Hội chủ
    trì') is this body, not one of the same kind orgs.yaml holds for another or no province."""
    text = clean(header)
    m = _DOAN_HEADER.match(text)
    if m is not None:
        kind = m.group("kind").lower().capitalize().replace(" đoàn", " Đoàn")
        return f"{kind} {m.group('place').lower().title()}", kind, "doan"
    m = _DOAN_AFTER.match(text)
    if m is not None:
        kind = _LEVEL_KIND[m.group("level").lower()]
        return f"{kind} {m.group('place').lower().title()}", kind, "doan"
    for rx, name, short, system in _KINDS:
        k = rx.match(text)
        if k is not None:
            rest = k.group("rest").strip().lower()
            if rest in ("", "tỉnh", "thành phố") and place:
                # the header leaves its province out (a Sở's stands under "UBND TỈNH …"): the
                # document's, so that the name tells this body from another province's
                rest = _placed(place)
            elif rest not in ("tỉnh", "thành phố"):
                rest = _PLACE_PREFIX.sub(lambda p: p.group(1).lower() + " ", rest.title())
            return f"{name} {rest}".strip(), short, system
    department = _department(text, place)
    if department is not None:
        return department
    return _other(text)


# the first words of a body's name, by the system its documents follow
_PARTY = re.compile(r"^(?:đảng ủy|đảng uỷ|đảng bộ|ban chấp hành đảng bộ|tỉnh ủy|tỉnh uỷ|thành ủy|"
                    r"thành uỷ|huyện ủy|huyện uỷ|chi bộ)\b", re.I)  # fmt: skip
_ASSOCIATION = re.compile(r"^(?:hội|liên hiệp hội|câu lạc bộ)\b", re.I)
# the kinds of body whose own name starts after them ("Hội Nông dân", "Đảng ủy Khối", "Trung tâm
# Dịch vụ …", "Phòng Giáo dục …")
_HEADS = ("trường đại học", "trường cao đẳng", "trường trung học phổ thông", "trường thpt",
          "học viện", "đại học", "đảng ủy", "đảng uỷ", "ban chấp hành", "hội", "trung tâm", "phòng",
          "trường", "ban", "ủy ban", "uỷ ban", "liên đoàn", "đoàn", "viện", "chi cục", "cục",
          "bệnh viện")  # fmt: skip  # longest first: 'Trường Đại học Vinh', not '… đại học vinh'

_PLACE_WORD = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(.+)$")


def _other(text: str) -> tuple[str, str, str]:
    """Any other body: a header in capitals written as names are (its first word, and the first
    word of its own name after what kind of body it is, capitalised; its place in title case:
    'HỘI NÔNG DÂN TỈNH BÌNH THUẬN' → 'Hội Nông dân tỉnh Bình Thuận'), no short name, the system its
    first words tell ('party' for a Đảng ủy, 'association' for a Hội); a header not in capitals as
    it is."""
    system = "party" if _PARTY.match(text) else "association" if _ASSOCIATION.match(text) else ""
    if not text.isupper():
        return text, "", system
    low = re.sub(r"^(?:bch|ban chấp hành)\s+(?=đoàn\b)", "", text.lower())  # 'BCH ĐOÀN KHỐI …'
    if low.startswith("đoàn "):
        system = "doan"
    if low.startswith("phòng "):  # a district's department: its fields, as a Sở's
        place = _PLACE_WORD.search(low)
        name = "".join(_fields(low[len("phòng ") : place.start() if place else None].strip()))
        where = f" {place.group(1)} {place.group(2).title()}" if place else ""
        return f"Phòng {name}{where}", "", system
    place = _PLACE_WORD.search(low)
    head, tail = (low[: place.start()].strip(), place.group(0)) if place else (low, "")
    words = head.split()
    kind = next((h for h in _HEADS if head.startswith(h + " ")), "")
    at = len(kind.split()) if kind else 0
    if at < len(words):
        words[at] = words[at].capitalize()
    for i in range(1, at):  # 'Trường Đại học', 'Trường Cao đẳng': the kind's own second word
        if words[i] in ("đại", "cao", "trung", "thpt"):
            words[i] = words[i].upper() if words[i] == "thpt" else words[i].capitalize()
    if words:  # a header that is only a place ('TỈNH QUẢNG TRỊ') has no name of its own
        words[0] = words[0].capitalize()
    words = [w.upper() if _acronym(w) else w for w in words]  # 'HỘI LHPN …': 'Hội LHPN …'
    if tail:
        level, name = _PLACE_WORD.match(tail).groups()  # type: ignore[union-attr]
        tail = f"{level} {name.title()}"
    name = " ".join([*words, tail]).strip().replace("việt nam", "Việt Nam")
    return name, "", system


def _acronym(word: str) -> bool:
    """``word`` (lower case) is an abbreviation, written in capitals ('lhpn', 'kh&cn', 'tncs'): a
    Vietnamese word has a vowel, an abbreviation of consonants has none."""
    letters = [c for c in unicodedata.normalize("NFD", word) if c.isalpha()]
    return len(letters) > 1 and not any(c in "aeiouy" for c in letters)


_SO = re.compile(
    r"^sở\s+(?P<field>.+?)(?:\s+(?P<place>(?:tỉnh|thành phố|tp\.?)\s+.+|tỉnh|thành phố))?$", re.I
)
_JOINS = re.compile(r"(\s+và\s+|\s*,\s*|\s+-\s+)")
_SHORT_JOIN = {"và": "&", ",": "", "-": "-"}


def _fields(text: str) -> list[str]:
    """The fields of a department's name (lower case) as they are written, their joins between
    them ('giáo dục và đào tạo' → ['Giáo dục', ' và ', 'Đào tạo'])."""
    return [p.capitalize() if i % 2 == 0 else p for i, p in enumerate(_JOINS.split(text))]


def _department(text: str, place: str) -> tuple[str, str, str] | None:
    """A department of a province written in capitals ('SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE') as
    its name is written ('Sở Giáo dục và Đào tạo tỉnh Bến Tre': the first word of each field
    capitalised), its short name ('Sở GD&ĐT', the fields' initials, when it has two or more) and
    its system; None for any other header."""
    m = _SO.match(text)
    if m is None or not text.isupper():
        return None
    fields = _fields(m.group("field").lower())
    field = "".join(fields)
    where = m.group("place")
    placed = _placed(where) if where and where.lower() not in ("tỉnh", "thành phố") else (
        _placed(place) if place else "")  # fmt: skip
    # the initials of each field, '&' for 'và', '-' kept, ',' dropped: 'Sở VHTT&DL', 'Sở LĐ-TB&XH'
    short = "Sở " + "".join(
        "".join(w[0].upper() for w in p.split()) if i % 2 == 0 else _SHORT_JOIN[p.strip()]
        for i, p in enumerate(fields)
    )
    return f"Sở {field} {placed}".strip(), short if len(fields) > 1 else "", "state"
