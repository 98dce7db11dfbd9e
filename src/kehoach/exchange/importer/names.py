"""The names in a cell of supporting (or leading) units, split as people type them
(``split_names``): at commas, semicolons and line breaks — but a body's name that holds a comma
("Sở Văn hóa, Thể thao và Du lịch"), a name of many bodies with its kinds ("Các trường THCS, THPT",
"Các huyện, thị, thành đoàn") stay one name."""

from __future__ import annotations

import re

from .text import clean

# the names of bodies that hold a comma: "Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động,
# Thương binh và Xã hội", "Sở Văn hóa, Thông tin"; a piece starting so continues the one before
_NAME_GOES_ON = re.compile(r"^(?:Thể thao|Thương binh|Thông tin|Du lịch|Gia đình)\b")


# "Các trường THCS, THPT": the schools of both kinds, one name — an acronym after a name of many
# bodies of one kind ending with one
_ACRONYM = re.compile(r"^[A-ZĐ]{2,6}$")
_KINDS_OF = re.compile(r"^(?:các|những)\s.*\s[A-ZĐ]{2,6}$", re.I)
# "Các trường THPT, Cao đẳng trên địa bàn tỉnh", "Các trường Đại học, Cao đẳng": another kind of
# the same bodies (a school's level, then words in lower case only), after a name of many bodies —
# not a body of its own ("Đại học Quy Nhơn", a name, is one)
_LEVEL = re.compile(
    r"^(?:[Đđ]ại học|[Cc]ao đẳng|[Tt]rung cấp|[Tt]rung học(?: cơ sở| phổ thông)?|[Tt]iểu học|"
    r"[Mm]ầm non|THCS|THPT|PTDTNT|CĐ|ĐH)(?=\s|$)"
)


def _a_level(piece: str) -> bool:
    """'Cao đẳng trên địa bàn tỉnh', 'THCS': a school's level, then words in lower case only."""
    m = _LEVEL.match(piece)
    return m is not None and all(w[:1].islower() for w in piece[m.end() :].split())


# a phrase of many bodies starts a name of its own, after another name too: 'Sở KH&CN, các hội
# thành viên' (as kehoach prints it: ``viet.names_list``)
_PLURAL = re.compile(r"^(?:các|những|mọi)\s")
_MANY = re.compile(_PLURAL.pattern, re.I)  # 'Các trường THPT' as a cell starts it


def split_names(text: str) -> list[str]:
    """'Sở KH&CN, Các huyện, thị, thành đoàn; UBND tỉnh' → ['Sở KH&CN', 'Các huyện, thị, thành
    đoàn', 'UBND tỉnh']: pieces split at ',', ';' and line breaks; a piece starting in lower case
    (or as the second part of a body's name with a comma: 'Thể thao và Du lịch') continues the
    one before it — but for 'các …', 'những …', 'mọi …', which start a name of many bodies."""
    out: list[str] = []
    for chunk in (text or "").split(";"):
        first = True  # a piece goes on from the one before within its chunk only: after ';',
        # 'các huyện, thị đoàn' is a new name (a line break may wrap a name in a narrow cell)
        for piece in re.split(r"[,\n]", chunk):
            piece = clean(piece).lstrip("-+•").strip()
            if not piece:
                continue
            goes_on = not first and (
                (piece[:1].islower() and not _PLURAL.match(piece))
                or _NAME_GOES_ON.match(piece)
                or bool(out and _ACRONYM.match(piece) and _KINDS_OF.match(out[-1]))
                or bool(out and _a_level(piece) and _MANY.match(out[-1]))
            )
            first = False
            if out and goes_on:
                out[-1] = f"{out[-1]}, {piece}"
            elif out and _PLURAL.match(piece):  # written in lower case after another name (as
                # kehoach prints it): a name of its own, as a cell would start it
                out.append(piece[:1].upper() + piece[1:])
            else:
                out.append(piece)
    return out
