"""The names of a body ``import`` proposes for ``orgs.yaml`` (one the repository does not have),
read from its header as orgs.yaml writes them: its name, short name and system."""

from __future__ import annotations

import re

from .text import clean, key

# a Đoàn body's header: 'BCH HUYỆN ĐOÀN HÀM THUẬN BẮC', 'BAN CHẤP HÀNH THÀNH ĐOÀN …'
_DOAN_HEADER = re.compile(
    r"^(?:bch|ban chấp hành)?\s*(?P<kind>tỉnh đoàn|thành đoàn|huyện đoàn|quận đoàn|thị đoàn)"
    r"\s+(?P<place>\S.*)$",
    re.I,
)


# bodies of the same kind in every province, by the words their header starts with: (name, short,
# system)
_KINDS = [
    (re.compile(r"^liên hiệp các hội khoa học và kỹ thuật\b(?P<rest>.*)$", re.I),
     "Liên hiệp các Hội Khoa học và Kỹ thuật", "Liên hiệp Hội", "association"),
    (re.compile(r"^sở khoa học và công nghệ\b(?P<rest>.*)$", re.I),
     "Sở Khoa học và Công nghệ", "Sở KH&CN", "state"),
]  # fmt: skip
# the centrally run cities ("thành phố Hà Nội"); every other place is a province ("tỉnh")
_CITIES = frozenset({"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"})


_CITY_PREFIX = re.compile(r"^(?:(tỉnh)|thành phố|tp\.?)\s*(?P<name>\S.*)$", re.I)


def _placed(place: str) -> str:
    """'tỉnh Bình Thuận', 'thành phố Hà Nội' for the document's place however it is written
    ('Bình Thuận', 'TP. Hồ Chí Minh', 'Thành phố Huế')."""
    m = _CITY_PREFIX.match(clean(place))
    if m:
        return f"{'tỉnh' if m.group(1) else 'thành phố'} {m.group('name')}"
    return f"{'thành phố' if key(place) in _CITIES else 'tỉnh'} {clean(place)}"


_PLACE_PREFIX = re.compile(r"^(tỉnh|thành phố|huyện|quận|thị xã)\s+", re.I)


def proposed_names(header: str, place: str = "") -> tuple[str, str, str]:
    """(name, short, system) of a body proposed from its header, as orgs.yaml writes them: a Đoàn
    body ('BCH HUYỆN ĐOÀN HÀM THUẬN BẮC' → 'Huyện Đoàn Hàm Thuận Bắc', 'Huyện Đoàn'), a Liên
    hiệp Hội or a Sở KH&CN ('… tỉnh Hà Giang', 'Liên hiệp Hội', 'association'; a header that
    leaves its province out, '… KỸ THUẬT TỈNH', takes the document's ``place``); any other keeps
    its header's words, no short name and no system — so that the short name a document uses
    ('Liên hiệp Hội chủ trì') is this body, not one of the same kind orgs.yaml holds for another
    or no province."""
    text = clean(header)
    m = _DOAN_HEADER.match(text)
    if m is not None:
        kind = m.group("kind").lower().capitalize().replace(" đoàn", " Đoàn")
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
    return text, "", ""
