"""One filled cell back into a YAML value. A cell that cannot be read raises ``CellError`` with a
Vietnamese reason; the caller adds the sheet, row and column."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from .cellerror import CellError
from .columns import STATUS_LABELS
from .datecell import read_date

__all__ = [
    "CellError",
    "Uncalculated",
    "FormulaFailed",
    "reader",
    "read_status",
    "status_spellings",
    "read_date",
    "read_money",
    "read_party",
    "read_text",
]


@dataclass(frozen=True)
class Uncalculated:
    """A formula cell saved without its value (written by a script, never opened in a spreadsheet
    program): there is nothing to read."""

    formula: str


@dataclass(frozen=True)
class FormulaFailed:
    """A cell holding an error value (``#REF!``, ``#DIV/0!``, ``#N/A``…): a formula that failed
    when the spreadsheet program calculated it. Its text is no value to write."""

    shown: str
    formula: str | None


def reader(field_name: str, ids: dict[str, str]) -> Callable[[object], object]:
    """The reader of an editable column (``ids``: ``party_index`` of the parties)."""
    read: Callable[[object], object] = {
        "status": read_status,
        "done_date": read_date,
        "spent": read_money,
        "lead": lambda v: read_party(v, ids),
    }.get(field_name, read_text)

    def checked(value: object) -> object:
        if isinstance(value, Uncalculated):
            raise CellError(
                f"công thức chưa từng được tính ({value.formula}): mở tệp bằng Excel hoặc "
                "LibreOffice rồi lưu lại, hoặc gõ giá trị thay cho công thức"
            )
        if isinstance(value, FormulaFailed):
            where = f" ({value.formula})" if value.formula else ""
            raise CellError(
                f"ô có lỗi công thức {value.shown}{where}: sửa công thức, hoặc gõ giá trị thay "
                "cho công thức, rồi lưu lại"
            )
        return read(value)

    return checked


def _text(value: object) -> str:
    """A cell's value as text: a boolean as Excel and LibreOffice show it (``TRUE``: typed in a
    cell, it is stored as a boolean — LibreOffice writes ``=TRUE()``)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return unicodedata.normalize("NFC", str(value)).strip()


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


_STATUS_BY_TEXT = {_key(label): code for code, label in STATUS_LABELS.items()}
_STATUS_BY_TEXT.update({code: code for code in STATUS_LABELS})
_STATUS_BY_TEXT.update({"đã huỷ": "cancelled", "huỷ": "cancelled", "hủy": "cancelled"})


def _unmarked(text: str) -> str:
    """``text`` without any Vietnamese mark ('Đã hủy' → 'Da huy'): how a status is typed with the
    keyboard's Vietnamese input off. The four labels stay distinct without their marks."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


# the four labels typed without marks ('hoan thanh', 'da huy'); not the short 'hủy' ('huy' is
# also a name: a cell reading so is not taken for a cancellation)
_STATUS_BY_TEXT.update({_unmarked(_key(label)): code for code, label in STATUS_LABELS.items()})


# the Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _tones_apart(text: str) -> str:
    """``text`` with each tone mark a character of its own after its letter, the letter otherwise
    composed ('ự' → 'ư' + U+0323): what Vietnamese keyboards set to composed Unicode (Unikey's
    "Unicode tổ hợp", Windows' code page 1258) type — neither NFC nor NFD."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + "".join(c for c in parts if c in _TONES))
    return "".join(out)


def status_spellings(code: str) -> list[str]:
    """Every text ``read_status`` reads as ``code``, as a spreadsheet formula can compare it (case
    aside, spaces trimmed): the label, the code, other spellings (``huỷ``), and each in NFD and
    with the tone marks apart (the decomposed forms some keyboards and pastes give)."""
    texts = {text for text, found in _STATUS_BY_TEXT.items() if found == code}
    texts |= {unicodedata.normalize("NFD", text) for text in texts}
    texts |= {_tones_apart(text) for text in texts}
    return sorted(texts)


def read_status(value: object) -> str | None:
    if value is None or _text(value) == "":
        return None
    code = _STATUS_BY_TEXT.get(_key(_text(value)))
    if code is None:
        choices = ", ".join(STATUS_LABELS.values())
        raise CellError(f'trạng thái "{_text(value)}" không hợp lệ (chọn: {choices})')
    return code


def how_money(example: str = "48500000") -> str:
    """How to type an amount (the end of a message)."""
    return f"ghi số đồng liền, không dấu chấm, dấu phẩy, ví dụ {example}"


def read_money(value: object) -> int | None:
    """Whole đồng: a number, or text like '48.500.000', '48,500,000 đ', '125.000' (a separator
    before each three digits groups thousands: an amount in đồng has no decimals, so '1.500' is a
    thousand five hundred đồng whichever mark a writing uses for decimals). Refused: a text whose
    separators do not say which they are — '.' and ',' both ('12,500.000'). An amount that reads
    but cannot be right (``1e20``) is for ``plausible``: a cell left as exported is not doubted."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellError(f"số tiền không hợp lệ (ô ghi {_text(value)}; {how_money()})")
    if isinstance(value, int):
        amount = value
    elif isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise CellError(f"số tiền phải là số nguyên đồng ({value})")
        amount = int(value)
    else:
        amount = _money_text(_text(value))
    if amount < 0:
        raise CellError(f"số tiền không được âm ({amount})")
    return amount


def _money_text(text: str) -> int:
    # spaces between groups: the ordinary one, or the no-break ones some languages group with
    digits = re.sub(r"\s", "", re.sub(r"(?i)\s*(đồng|đ|vnd)\.?$", "", text))
    if not re.fullmatch(r"\d{1,3}([.,]\d{3})+|\d+", digits):
        raise CellError(f'số tiền không hợp lệ ("{text}"; {how_money()})')
    marks = re.findall(r"[.,]", digits)
    whole = re.sub(r"[.,]", "", digits)
    if len(set(marks)) > 1:
        raise CellError(
            f'số tiền "{text}" viết lẫn dấu chấm và dấu phẩy, không rõ dấu nào ngăn hàng nghìn; '
            + how_money(whole)
        )
    return int(whole)


def read_party(value: object, ids_by_label: dict[str, str]) -> str:
    """A party chosen in the list (its name as shown, or its id)."""
    text = _text(value) if value is not None else ""
    if not text:
        raise CellError("đơn vị chủ trì không được để trống")
    found = ids_by_label.get(_key(text))
    if found is None:
        # a short name several orgs share is listed with the id ("Sở KH&CN (skhcn-bt)"): the
        # name alone is not missing, it is ambiguous
        shared = sorted(
            {org for key, org in ids_by_label.items() if key.startswith(_key(text) + " (")}
        )
        if len(shared) > 1:
            raise CellError(
                f'"{text}" là tên của nhiều đơn vị ({", ".join(shared)}): chọn trong danh sách '
                "(tên kèm mã), hoặc ghi mã đơn vị"
            )
        raise CellError(f'không có đơn vị "{text}" trong orgs.yaml (chọn trong danh sách)')
    return found


def party_index(labels: dict[str, str]) -> dict[str, str]:
    """Name shown (case-insensitive) or id → org id."""
    out = {_key(label): org for org, label in labels.items()}
    out.update({_key(org): org for org in labels})
    return out


def read_text(value: object) -> str | None:
    """Free text (NFC, spaces around lines trimmed); empty → None."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        value = value.strftime("%d/%m/%Y")
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    lines = [
        ln.strip() for ln in _text(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    text = "\n".join(ln for ln in lines).strip("\n")
    return text or None
