"""The end of a document: where the body stops and the signature area begins, and the signature
area read as columns of lines (signature blocks) and the Nơi nhận lines.

The area starts at the first table or paragraph holding ``Nơi nhận`` or an authority line
(``TM.``, ``KT.``…). It may be a borderless table (Nơi nhận left, signature right; or joint blocks
side by side, names in a row of their own, Nơi nhận below), or lines laid out with tabs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .brace_table import table_rows
from .model import Block, Cell, Para, Table
from .recipient_rows import PURPOSE, RecipientRow, purpose_of
from .text import Line, clean, is_rule, is_upper, para_lines

# TM., KT., Q., TL., TUQ. (Decree 30); T/M, K/T, T/L, T/UQ (Party documents, Hướng dẫn 36-HD/VPTW)
AUTHORITY = re.compile(r"^(?:(TM|KT|Q|TL|TUQ|T\.M|K\.T)\s*\.|(T/M|K/T|T/L|T/UQ)\.?)\s*(.*)$")
RECIPIENTS = re.compile(r"^\s*N[ơo]i\s+nh[ậa]n\s*:?", re.I)
SIGN_NOTE = re.compile(
    r"^\(?\s*(?:đã ký|ký tên|ký,|ký và|ký\)|chữ ký|ký, đóng dấu|ký tên và đóng dấu|ký, ghi rõ|đã ký và đóng dấu)",
    re.I,
)


@dataclass
class Tail:
    columns: dict[int, list[Line]] = field(default_factory=dict)  # signature lines per column
    recipients: list[RecipientRow] = field(default_factory=list)
    has_recipients: bool = False
    leftovers: list[Line] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    after: list[Block] = field(default_factory=list)  # what follows the signature (appendices)
    signed_at: set[int] = field(default_factory=set)  # columns whose next line follows '(Đã ký)'


def _starts_area(text: str) -> bool:
    for raw in text.split("\n"):
        for piece in re.split(r"\t+| {4,}", raw):
            t = clean(piece)
            if RECIPIENTS.match(t) or AUTHORITY.match(t):
                return True
    return False


_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){1,5}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*$")


def _signed_cell(cell: Cell) -> bool:
    """A cell laid out as a signature without an authority word: bold upper-case lines (the
    title, 'GIÁM ĐỐC'), then a name ('Phạm Văn Dũng')."""
    texts = [(clean(p.text), p.bold) for p in cell.paras if clean(p.text)]
    texts = [(t, b) for t, b in texts if not SIGN_NOTE.match(t)]
    if len(texts) < 2 or not _NAME.match(texts[-1][0]) or texts[-1][0].isupper():
        return False
    return all(b and t.isupper() for t, b in texts[:-1])


def find_start(blocks: list[Block]) -> int:
    """Index of the first block of the signature area (len(blocks) when there is none): the first
    holding ``Nơi nhận`` or an authority line, else a borderless table laid out as a signature."""
    for i, b in enumerate(blocks):
        if isinstance(b, Table):
            if any(_starts_area(p.text) for row in b.rows for c in row for p in c.paras):
                return i
        elif _starts_area(b.text):
            return i
    for i, b in enumerate(blocks):
        if isinstance(b, Table) and not b.borders and not b.boxes:
            if any(_signed_cell(c) for row in b.rows for c in row):
                return i
    return len(blocks)


def _recipient_cell(cell: Cell, tail: Tail) -> None:
    """A cell holding 'Nơi nhận': its lines, with the brace table's labels and borders."""
    nested_ids = {id(p) for t in cell.tables for row in t.rows for c in row for p in c.paras}
    tail.has_recipients = True
    done_tables = False
    for p in cell.paras:
        if id(p) in nested_ids:
            if not done_tables:
                groups = [r.group for r in tail.recipients if r.group is not None]
                tail.recipients += table_rows(cell.tables, max(groups, default=0))
                done_tables = True
            continue
        for ln in para_lines(p):
            _recipient_line(ln.text, tail)


def _recipient_line(text: str, tail: Tail) -> None:
    m = RECIPIENTS.match(text)
    if m:
        tail.has_recipients = True
        text = text[m.end() :].strip()
        if not text:
            return
    tail.recipients.append(RecipientRow(clean(text)))


_AFTER = re.compile(r"^(?:PHỤ LỤC|Phụ lục|DANH SÁCH|DỰ TRÙ|BẢNG)\b|^(?:[IVX]+|\d+)\.\s+\S")


def _after_signature(b: Block, tail: Tail) -> bool:
    """An appendix after the signature area: a bordered table, a heading, "PHỤ LỤC"."""
    if not (tail.columns or tail.recipients):
        return False
    if isinstance(b, Table):
        return (
            b.borders
            and not b.boxes
            and not any(
                RECIPIENTS.match(clean(p.text)) for row in b.rows for c in row for p in c.paras
            )
        )
    return bool(_AFTER.match(clean(b.text)))


def read_tail(blocks: list[Block]) -> Tail:
    tail = Tail()
    in_recipients = False
    signed = False  # an authority line was met
    typed: list[list[Line]] = []  # signature pieces of each typed line
    note = False  # '(Đã ký)' was just met: the next line is under the space to sign
    for i, b in enumerate(blocks):
        if _after_signature(b, tail):
            tail.after = blocks[i:]
            break
        if isinstance(b, Table):
            shift: dict[int, int] = {}  # grid column → how far its blocks moved (rows of blocks)
            for row in b.rows:
                for cell in row:
                    if any(RECIPIENTS.match(clean(p.text)) for p in cell.paras):
                        _recipient_cell(cell, tail)
                        continue
                    lines = [ln for p in cell.paras for ln in para_lines(p, cell.col, split=False)]
                    key = cell.col + shift.get(cell.col, 0)
                    if _opens_block(lines) and _named(tail.columns.get(key, [])):
                        # a second row of blocks (four parties signing two by two): new blocks,
                        # not more lines of the ones above (a row of names alone continues them)
                        shift[cell.col] = shift.get(cell.col, 0) + ROW_OF_BLOCKS
                        key = cell.col + shift[cell.col]
                    for ln in lines:
                        ln.in_table, ln.col = True, key
                        _sign_line(ln, tail)
            continue
        pieces: list[Line] = []
        for ln in para_lines(b, tabs=True):
            text = ln.text
            if (signed or tail.columns or typed) and is_note(text):
                tail.leftovers.append(ln)  # kept for the author to place, never a signer
            elif RECIPIENTS.match(text):
                in_recipients = True
                _recipient_line(text, tail)
            elif in_recipients and _is_label(text) and tail.recipients:
                tail.recipients[-1].label = clean(text)
            elif in_recipients and tail.recipients and _BRACE.match(text):
                # a brace typed after a tab ("- Ban Bí thư TW Đoàn;⇥}", "…;⇥} để b/c"): the row
                # is in a group, the label (if any) stands against it
                last = tail.recipients[-1]
                last.braced = True
                if (label := clean(text.lstrip("}"))) and purpose_of(label):
                    last.label = label
                elif label:  # words naming no purpose ("} để phối hợp, đưa tin"): kept beside it
                    end = re.search(r"\s*[;.,]?$", last.text)
                    cut = end.start() if end else len(last.text)
                    last.text = f"{last.text[:cut]} ({label}){last.text[cut:].strip()}"
            elif (
                AUTHORITY.match(text)
                or ln.col > 0
                or not in_recipients
                or signed
                and text[:1] not in "-+•"
            ):
                signed = signed or bool(AUTHORITY.match(text))
                if is_rule(text) or SIGN_NOTE.match(text):
                    tail.skipped.append(text)
                    note = note or bool(SIGN_NOTE.match(text))
                else:
                    ln.gap, note = ln.gap or note, False
                    pieces.append(ln)
            else:
                _recipient_line(text, tail)
        if pieces:
            typed.append(pieces)
    if any(r.braced for r in tail.recipients):  # typed braces: the rows without one stand alone
        for r in tail.recipients:
            r.braced = bool(r.braced)
    # blocks side by side: a paragraph whose signature pieces stand in different columns (tabs);
    # lines of one paragraph broken by Shift+Enter ("TM. BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ") are one
    # block's lines, in one column. A line of one piece belongs to the column its leading tabs
    # reach ("\t\tPHÓ CHỦ TỊCH" under "\tA\tB": the right one), of those the lines of several
    # pieces show
    side_by_side = any(len({ln.col for ln in p}) > 1 for p in typed)
    ranks: dict[int, int] = {}  # the block of a piece by its tabs, as lines of several show it
    for pieces in typed:
        for i, c in enumerate(sorted({ln.col for ln in pieces}) if len(pieces) > 1 else []):
            ranks[c] = min(ranks.get(c, i), i)
    for pieces in typed:
        own = sorted({ln.col for ln in pieces})
        rank = {c: i for i, c in enumerate(own)}
        if len(own) == 1:  # a lone piece: the block of the nearest tabs at or before its own
            below = [c for c in sorted(ranks) if c <= own[0]]
            rank = {own[0]: ranks[below[-1]] if below else 0}
        for ln in pieces:
            ln.col = rank[ln.col] if side_by_side else 0
            tail.columns.setdefault(ln.col, []).append(ln)
    return tail


ROW_OF_BLOCKS = 100  # the column numbers of a second row of signature blocks start here


def _opens_block(lines: list[Line]) -> bool:
    """A cell's first line opens a signature block: an authority line or a title in capitals."""
    texts = [clean(ln.text) for ln in lines]
    texts = [t for t in texts if t and not is_rule(t) and not SIGN_NOTE.match(t)]
    return bool(texts) and (bool(AUTHORITY.match(texts[0])) or is_upper(texts[0]))


def _named(lines: list[Line]) -> bool:
    """The block already has its signer's name (a line not in capitals after its title)."""
    texts = [clean(ln.text) for ln in lines if clean(ln.text)]
    return any(not is_upper(t) and not AUTHORITY.match(t) for t in texts[1:])


_LABEL = re.compile(PURPOSE, re.I)
_BRACE = re.compile(r"^\}")  # a brace typed after a tab, "} để b/c", "} để đưa tin"


def _is_label(text: str) -> bool:
    return bool(_LABEL.fullmatch(clean(text)))


def _sign_line(ln: Line, tail: Tail) -> None:
    text = clean(ln.text)
    if not text:
        return
    if is_rule(text) or SIGN_NOTE.match(text):
        tail.skipped.append(text)
        if SIGN_NOTE.match(text):  # it stands in the space left to sign
            tail.signed_at.add(ln.col)
        return
    if is_note(text):
        tail.leftovers.append(ln)
        return
    if ln.col in tail.signed_at:
        ln.gap = True
        tail.signed_at.discard(ln.col)
    tail.columns.setdefault(ln.col, []).append(ln)


_NOTE = re.compile(r"^(?:\*|\(\*+\)|(?:ghi chú|lưu ý|chú ý|chú thích)\b)", re.I)


def is_note(text: str) -> bool:
    """A note typed in or after the signature area ('Ghi chú: …', '* Kèm theo …', a sentence of a
    dozen words): no line of a signature block nor a recipient ('- Lưu: VT.')."""
    text = clean(text)
    if _NOTE.match(text):
        return True
    return len(text.split()) >= 12 and text[:1] not in "-–+•" and text.endswith(".")


def first_line_para(blocks: list[Block]) -> Para | None:
    return next((b for b in blocks if isinstance(b, Para)), None)
