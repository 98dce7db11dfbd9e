"""The words of a Word file that its draft lost: what the importer read but placed nowhere.

The draft is printed again (as ``kehoach render --to txt`` prints it) and the words of every
paragraph and table cell of the source are looked for in that print and in the draft's own text
(its values, its ``# TODO`` comments, which keep what was read but not placed). A run of words of
the source none of whose three-word sequences (trigrams) is found in either is lost: the importer
keeps it in "Nội dung chưa xếp được" and says so. Looking for trigrams, not for the source's
order, lets kehoach print its sections in its own order; a few words it prints its own way (money,
a date) are shorter than a run. The names of orgs (printed by their short name, or as a column)
and the labels of an activity's lines (``Đơn vị chủ trì:``, ``Thời gian:``: the columns of the
activity table) are what the draft holds as data: they count as kept wherever they stand.

The letterhead (what stands before the document's title) is not looked at: kehoach prints it from
``orgs.yaml``, and the importer says in TODOs what it does not print of it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .model import Block, Para, Table

__all__ = ["Lost", "lost_words", "pieces"]

# a run shorter than this is kehoach writing a few words its own way, not text left out; a
# paragraph of which this share of the words is not found is lost even in shorter runs (a
# sentence that shares its first words with another: "Hai bên thống nhất …")
MIN_RUN = 4
SHARE = 0.4
# the labels of an activity's lines and of the columns of an activity table
LABELS = ("đơn vị chủ trì", "đơn vị thực hiện", "đơn vị phối hợp", "cơ quan chủ trì",
          "cơ quan phối hợp", "chủ trì", "phối hợp", "phối hợp với", "đồng chủ trì",
          "đơn vị đồng chủ trì", "cơ quan đồng chủ trì", "cùng chủ trì", "thời gian",
          "thời gian thực hiện", "địa điểm", "kinh phí", "kinh phí dự kiến", "nguồn kinh phí",
          "dự kiến", "ghi chú", "nội dung", "sản phẩm", "stt", "tt",
          # the purposes of a group of recipients, printed by a brace or a note of kehoach's own
          "để b/c", "để t/h", "để p/h", "để biết", "để báo cáo", "để thực hiện", "để phối hợp",
          "b/c", "t/h", "p/h", "đ/b", "để", "để chỉ đạo", "để theo dõi")  # fmt: skip
# an amount in words ("Năm mươi triệu đồng"), beside the amount kehoach prints in digits
_NUMBER_WORDS = frozenset(("không", "một", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy",
                           "tám", "chín", "mười", "mươi", "mốt", "trăm", "nghìn", "ngàn", "triệu",
                           "tỷ", "tỉ", "linh", "lẻ", "đồng", "chẵn", "bằng", "chữ"))  # fmt: skip
_MAGNITUDE = frozenset(("mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"))
# the words of a time phrase (with its numbers), which an activity prints as a time expression
_TIME_WORDS = frozenset(("từ", "đến", "tới", "ngày", "tháng", "quý", "năm", "trước", "sau", "đầu",
                         "giữa", "cuối", "i", "ii", "iii", "iv", "và", "hằng", "hàng", "t"))  # fmt: skip
_WORD = re.compile(r"\w+")
_ZEROS = re.compile(r"^0+(?=\d)")


@dataclass(frozen=True)
class Lost:
    where: str  # "đoạn 12", "bảng 2, dòng 3"
    text: str  # the source's paragraph or cell, whole


# the abbreviated fields of bodies' names, as the words they stand for ("Liên hiệp các Hội KH&KT
# tỉnh" is the name kehoach prints "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh …")
_FIELDS = {"kh&kt": "khoa học và kỹ thuật", "kh&cn": "khoa học và công nghệ",
           "gd&đt": "giáo dục và đào tạo", "tt&tt": "thông tin và truyền thông",
           "lđ-tb&xh": "lao động thương binh và xã hội", "lđtb&xh": "lao động thương binh và xã hội",
           "vh-tt&dl": "văn hóa thể thao và du lịch", "vhtt&dl": "văn hóa thể thao và du lịch",
           "tn&mt": "tài nguyên và môi trường", "nn&ptnt": "nông nghiệp và phát triển nông thôn",
           "kh&đt": "kế hoạch và đầu tư",
           # and of the bodies themselves ("Hội LHPN tỉnh" printed for "Hội Liên hiệp Phụ nữ tỉnh")
           "lhpn": "liên hiệp phụ nữ", "lhtn": "liên hiệp thanh niên", "ccb": "cựu chiến binh",
           "ubnd": "ủy ban nhân dân", "mttq": "mặt trận tổ quốc"}  # fmt: skip
_ABBREVIATED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(a).replace("\\&", r"\s*&\s*").replace("\\-", r"\s*-\s*") for a in _FIELDS)
    + r")(?!\w)"
)


def words(text: str) -> list[str]:
    """The words of ``text`` as compared: case folded, composed, numbers without leading zeros,
    the abbreviated fields of names written out (``_FIELDS``)."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _ABBREVIATED.sub(lambda m: _FIELDS[re.sub(r"\s+", "", m.group(0))], text)
    return [_ZEROS.sub("", w) for w in _WORD.findall(text)]


def _trigrams(ws: list[str]) -> Iterator[tuple[str, ...]]:
    return (tuple(ws[i : i + 3]) for i in range(len(ws) - 2))


def pieces(blocks: Iterable[Block]) -> Iterator[tuple[str, str]]:
    """(text, where) of every paragraph of ``blocks``, those of table cells included."""
    for block in blocks:
        if isinstance(block, Para):
            # columns laid out with Tab ('⇥BÍ THƯ⇥CHỦ TỊCH' of two signature blocks side by
            # side) are texts of their own: kehoach prints each in its column
            for column in re.split(r"\t+", block.text):
                if column.strip():
                    yield column, block.where
        elif isinstance(block, Table):
            for r, row in enumerate(block.rows, 1):
                for cell in row:
                    if cell.vmerge == "continue":
                        continue
                    where = f"{block.where}, dòng {r}" if block.where else f"dòng {r}"
                    for para in cell.paras:
                        yield para.text, para.where or where
                    yield from pieces(cell.tables)


def _phrases(texts: Iterable[str]) -> dict[int, set[tuple[str, ...]]]:
    """The word sequences of ``texts`` by their length."""
    out: dict[int, set[tuple[str, ...]]] = {}
    for text in texts:
        ws = tuple(words(text))
        if ws:
            out.setdefault(len(ws), set()).add(ws)
    return out


def _runs(ws: list[str], covered: list[bool], words: frozenset[str], enough) -> None:
    """Mark as kept the runs of ``ws`` made of ``words`` (and numbers) that ``enough`` accepts."""
    i = 0
    while i < len(ws):
        j = i
        while j < len(ws) and (ws[j] in words or ws[j].isdigit()):
            j += 1
        if j - i >= 2 and enough(ws[i:j]):
            covered[i:j] = [True] * (j - i)
        i = max(j, i + 1)


def _amounts_in_words(ws: list[str], covered: list[bool]) -> None:
    """Mark the amounts written in words ("năm mươi triệu đồng") of ``ws`` as kept, and the
    times kehoach writes its own way ("từ tháng 2 đến tháng 12/2025": "Tháng 2 – 12/2025")."""
    _runs(ws, covered, _NUMBER_WORDS, lambda run: bool(_MAGNITUDE & set(run)))
    _runs(ws, covered, _TIME_WORDS, lambda run: any(w.isdigit() for w in run))


def lost_words(
    source: Iterable[tuple[str, str]],
    kept: Iterable[str],
    skipped: Iterable[str] = (),
    names: Iterable[str] = (),
) -> list[Lost]:
    """The pieces of ``source`` ((text, where)) with a run of at least ``MIN_RUN`` words found in
    none of the ``kept`` texts (the draft printed again, the draft's text); ``skipped``: texts the
    importer left out on purpose (decorations, notes under a signature); ``names``: the names of
    the orgs (kept as data wherever they stand, as the ``LABELS`` are)."""
    found = {t for text in kept for t in _trigrams(words(text))}
    left_out = {" ".join(words(s)) for s in skipped}
    phrases = _phrases([*names, *LABELS])
    lengths = sorted(phrases, reverse=True)
    out: list[Lost] = []
    for text, where in source:
        ws = words(text)
        if len(ws) < MIN_RUN or " ".join(ws) in left_out:
            continue
        covered = [False] * len(ws)
        for i, tri in enumerate(_trigrams(ws)):
            if tri in found:
                covered[i] = covered[i + 1] = covered[i + 2] = True
        for i in range(len(ws)):
            n = next((n for n in lengths if tuple(ws[i : i + n]) in phrases[n]), 0)
            covered[i : i + n] = [True] * n
        _amounts_in_words(ws, covered)
        run = longest = 0
        for c in covered:
            run = 0 if c else run + 1
            longest = max(longest, run)
        missing = covered.count(False)
        if longest >= MIN_RUN or missing >= 3 and missing >= SHARE * len(ws):
            out.append(Lost(where, " ".join(text.split())))
    return out
