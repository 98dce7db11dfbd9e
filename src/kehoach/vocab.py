"""The Vietnamese vocabulary every output shares: labels of statuses, review kinds, problem levels
and document kinds; whitespace cleaning; dates in running text.

One place for each word, so ``due``, ``who``, ``diff``, ``report`` and the documents say the same
thing. Dates follow the Decree 30/2020/NĐ-CP rule everywhere: a leading zero for days below 10
and for months 1 and 2 only ("05/02/2021", "15/3/2021", "01/5/2026").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from .once import LazyPattern

# activity status (schema enum) -> words
STATUS = {
    "planned": "chưa thực hiện",
    "in_progress": "đang thực hiện",
    "done": "hoàn thành",
    "cancelled": "đã hủy",
}
NO_STATUS = "chưa ghi trạng thái"

# review schedule kinds (schema enum ``reviews.schedule[].kind``)
REVIEW_KIND = {"meeting": "Họp", "interim": "Sơ kết", "final": "Tổng kết", "plan": "Kế hoạch năm"}
# the title printed when a schedule item has none of its own
REVIEW_TITLE = {
    "meeting": "Họp định kỳ",
    "interim": "Sơ kết",
    "final": "Tổng kết",
    "plan": "Xây dựng kế hoạch năm",
}
# a meeting held once (``time:``, no ``every``) is not periodic
ONE_MEETING = "Cuộc họp"


def review_kind_title(item: Mapping, default: str = "") -> str:
    """The title of a schedule item that has none of its own: by its kind (``REVIEW_TITLE``), a
    one-off meeting "Cuộc họp" rather than "Họp định kỳ"; ``default`` for an unknown kind."""
    kind = item.get("kind")
    if kind == "meeting" and not item.get("every"):
        return ONE_MEETING
    return label(REVIEW_TITLE, kind, default)


# recurrence of a schedule item (``every``)
EVERY = {
    "month": "hằng tháng",
    "quarter": "hằng quý",
    "half": "6 tháng một lần",
    "year": "hằng năm",
}

# problem levels
LEVEL = {"error": "lỗi", "warning": "cảnh báo", "info": "ghi chú"}

# document kinds in running text
DOC_KIND = {
    "plan": "kế hoạch",
    "program": "chương trình",
    "decision": "quyết định",
    "rules": "quy chế, thể lệ",
    "report": "báo cáo",
}
# document types as registers and citations name them (type keys of ``model.numbering``)
DOC_TYPE_NAME = {
    "plan": "Kế hoạch",
    "joint_plan": "Kế hoạch liên tịch",
    "program": "Chương trình phối hợp",
    "decision": "Quyết định",
    "joint_decision": "Quyết định liên tịch",
    "report": "Báo cáo",
    "joint_report": "Báo cáo liên tịch",
    "rules": "Quy chế",
    "joint_rules": "Quy chế",
}
# the same, as printed at the top of the document (Decree 30: upper case, bold)
DOC_TYPE_TITLE = {
    "plan": "KẾ HOẠCH",
    "joint_plan": "KẾ HOẠCH LIÊN TỊCH",
    "program": "CHƯƠNG TRÌNH PHỐI HỢP",
    "decision": "QUYẾT ĐỊNH",
    "joint_decision": "QUYẾT ĐỊNH LIÊN TỊCH",
    "report": "BÁO CÁO",
    "joint_report": "BÁO CÁO LIÊN TỊCH",
    "rules": "QUY CHẾ",
    "joint_rules": "QUY CHẾ",
}
# the purpose of a group of Nơi nhận, as printed after it (``recipient_notes: suffix``)
RECIPIENT_PURPOSE = {"b/c": "để b/c", "t/h": "để t/h", "p/h": "để p/h", "đ/b": "để biết"}
# a plan's activity table printed as an appendix (``contents.layout: appendix``): its title, and
# the line left in the body ({label} becomes "Phụ lục" or "Phụ lục I" once they are numbered)
ACTIVITIES_APPENDIX = "DANH MỤC CÁC HOẠT ĐỘNG"
APPENDIX_NOTE = "(Chi tiết tại {label} kèm theo)"
APPENDIX_LABEL = "Phụ lục"
# a program's area activities gathered in one appendix (``areas_layout: appendix``): its title,
# followed by the program's period ("… GIAI ĐOẠN 2026 – 2030", ``model.layout``)
AREAS_APPENDIX = "DANH MỤC CÁC HOẠT ĐỘNG PHỐI HỢP"
# the subsection a plan's activities are printed under when its contents also has subsections
ACTIVITIES_TITLE = "Các hoạt động cụ thể"
# the titles of the sections of plans and programs when the document gives none of its own
SECTION_TITLE = {
    "purpose": "MỤC ĐÍCH, YÊU CẦU",
    "contents": "NỘI DUNG",
    "budget": "KINH PHÍ",
    "implementation": "TỔ CHỨC THỰC HIỆN",
    "reviews": "CHẾ ĐỘ THÔNG TIN, SƠ KẾT, TỔNG KẾT",
    "areas": "NỘI DUNG PHỐI HỢP",
    "duties": "TRÁCH NHIỆM CỦA CÁC BÊN",
    "focal": "ĐẦU MỐI PHỐI HỢP",
}
# a budget's total line ("Tổng kinh phí: … đồng (Bằng chữ: …).") and the columns of its lines as a
# dự toán table (``budget.layout: table``; the source column when a line has one)
BUDGET_TOTAL = "Tổng kinh phí"
BUDGET_COLUMNS = ("STT", "Nội dung", "Kinh phí (đồng)", "Nguồn")
BUDGET_NOTE = "Ghi chú"  # the title of a dự toán table's column of notes (``budget.note_column``)
# the titles of the columns of an activity table, by field (``contents.columns`` replaces any)
ACTIVITY_COLUMNS = {"number": "STT", "title": "Nội dung", "lead": "Chủ trì", "support": "Phối hợp",
                    "time": "Thời gian", "budget": "Kinh phí (đồng)"}  # fmt: skip
# the order the sections of a plan and of a program print in; an extra section's ``after`` names
# one of them, or ``preamble`` (before the first), to print where the document typed it
SECTION_ORDER = {
    "plan": ("purpose", "contents", "budget", "implementation", "reviews"),
    "program": ("goals", "areas", "duties", "budget", "reviews", "focal"),
}
EXTRA_AFTER = "preamble"
# the title of a program's duties common to every party (``duties_common``) when it gives none
COMMON_DUTIES = "Trách nhiệm chung"


def clean(value: object) -> str:
    """Text as printed: runs of spaces and line breaks become one space; ``None`` is empty."""
    return " ".join(str(value if value is not None else "").split())


def one_line(value: object, sep: str = " / ") -> str:
    """Text written on several lines (a note typed as two lines in a sheet cell) on one line of a
    message: each line as ``clean`` prints it, the line breaks shown as ``sep`` (" / ", as ``diff``
    shows the lines of a signer block) instead of vanishing into a space."""
    lines = (clean(line) for line in str(value if value is not None else "").splitlines())
    return sep.join(line for line in lines if line)


def as_sentences(value: object) -> str:
    """Text written on several lines in running prose (a report): each line a sentence, a full
    stop added where the line does not end with one ("Đã tổ chức 12 lớp. Còn 4 huyện …")."""
    lines = [clean(line) for line in str(value if value is not None else "").splitlines()]
    lines = [line for line in lines if line]
    return " ".join(
        line if i == len(lines) - 1 or line[-1] in ".;:!?…" else line + "."
        for i, line in enumerate(lines)
    )


def clean_str(value: object) -> str:
    """Like ``clean`` but only for strings: anything else (a list, a number) is empty."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def label(table: Mapping[str, str], key: object, default: str = "") -> str:
    """The words of ``key`` in ``table`` (``STATUS``, ``REVIEW_KIND``…); ``default`` when ``key``
    is not one of its keys (absent, a number, a list: data that failed its schema)."""
    return table.get(key, default) if isinstance(key, str) else default


def status_text(status: object) -> str:
    return label(STATUS, status, NO_STATUS)


def date_text(d: date) -> str:
    """'05/02/2021', '15/3/2021': dates in running text, padded as Decree 30 pads them."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def capitalize(text: str) -> str:
    """First letter upper case, the rest untouched ('quý II/2023' -> 'Quý II/2023')."""
    return text[:1].upper() + text[1:]


def shorten(text: object, limit: int = 70) -> str:
    """One line of at most ``limit`` characters, cut between words (never inside one) with '…'.
    For naming a thing already known; a changed text is shown whole, never shortened."""
    line = clean(text)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if line[limit - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-–") + "…"


def shorten_middle(text: object, limit: int = 70) -> str:
    """One line of at most ``limit`` characters with its middle words replaced by '…': the start
    and the end survive, so that names differing only at the end ("… năm 2026", "… năm 2027")
    stay apart. Cut between words, the end given up to two fifths of the room."""
    line = clean(text)
    if len(line) <= limit:
        return line
    words = line.split(" ")
    tail: list[str] = []
    while words and len(" ".join([words[-1], *tail])) <= max(2 * limit // 5, 1):
        tail.insert(0, words.pop())
    end = " ".join(tail)
    room = limit - len(end) - (3 if end else 2)  # " … " between, or "…" and a space
    head = shorten(" ".join(words), room + 1)
    head = head[:-1] if head.endswith("…") else head
    return f"{head.rstrip(' ,;:.-–')} … {end}".strip() if end else head.rstrip() + "…"


# Characters XML 1.0 forbids (so Word refuses them) and browsers do not show: every control
# character but tab and line breaks, UTF-16 surrogate halves, U+FFFE and U+FFFF. Written as the
# characters themselves, not as the complement of XML's Char (the same set, tested): a negated
# class reaching the astral planes takes ~3 ms to compile, in every run that imports this module;
# even so ~0.5 ms: compiled when first used (a one-file ``validate`` of a clean file never does)
XML_INVALID = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CONTROL_NAMES = {0: "NUL", 0x08: "xóa lùi", 0x0B: "tab dọc", 0x0C: "sang trang", 0x1B: "ESC"}


def describe_char(ch: str) -> str:
    """'U+0001 (ký tự điều khiển)': a character named by its code point, in Vietnamese."""
    point = ord(ch)
    if 0xD800 <= point <= 0xDFFF:
        what = "nửa cặp thay thế UTF-16"
    elif point in (0xFFFE, 0xFFFF):
        what = "không phải ký tự"
    else:
        what = "ký tự điều khiển" + (f" {_CONTROL_NAMES[point]}" if point in _CONTROL_NAMES else "")
    return f"U+{point:04X} ({what})"


_INVISIBLE = LazyPattern("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def visible(text: str) -> str:
    """``text`` on one line with control characters written as escapes (``\\n``, ``\\x1b``), for
    messages that quote what a user wrote: one problem stays one line, and nothing a file holds can
    move the cursor or recolour a terminal."""
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(lambda m: ascii(m.group(0))[1:-1], text)


def json_path_text(path: Iterable[object]) -> str:
    """A place in a file as users count: ``contents.activities[3].title`` (list positions from 1,
    as people count them, not from 0 as JSON paths do)."""
    out = ""
    for step in path:
        if isinstance(step, int) and not isinstance(step, bool):
            out += f"[{step + 1}]"
        else:
            out += f".{step}" if out else str(step)
    return out


def quoted(value: object) -> str:
    """``value`` in quotation marks for a message: "…", or “…” when it holds a '"' itself, so that
    quotes inside stay readable (`“Hội thi "Sáng tạo"”`, not `"Hội thi "Sáng tạo""`)."""
    text = clean(value)
    return f"“{text}”" if '"' in text else f'"{text}"'
