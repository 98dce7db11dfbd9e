"""KH309: a sentence YAML split at its commas in a list written on one line (``[…]``).

``items: [Thường trực Ban Tổ chức; ban hành Thể lệ, thành lập Hội đồng giám khảo.]`` is two items
to YAML, printed ``- Thường trực …; ban hành Thể lệ`` and ``- thành lập Hội đồng giám khảo.``. The
piece after the comma gives it away: it starts in lower case, and the piece before it does not end
a sentence. Only the lists of sentences and names are looked at (``items``, ``paragraphs``,
``details``, ``support_others``): a list of short phrases (``outputs: [Mô hình, sản phẩm sáng
tạo]``) may well start an entry in lower case.

The check reads libyaml's events, and only of a file where a quick look at the text finds a
candidate (one of those keys, a ``[`` and, after a comma on the same line, a lower-case letter)."""

from __future__ import annotations

from collections.abc import Iterator

from ..problem import Problem
from .recipients import _ends_with_unit, _fragment
from .registry import register
from .yamltext import MAX_PER_FILE, _at, _read, _short

# the lists whose entries are sentences or names: never begun in lower case on their own
PROSE_LISTS = frozenset({"items", "paragraphs", "details", "support_others"})
# a sentence or a name ends so before a new entry starts in lower case ('vòng sơ khảo;', 'a:')
_ENDS = ".;:!?…,"


def _candidate(text: str) -> bool:
    """Some one-line list under one of ``PROSE_LISTS`` (``key: [``) has a plain entry that reads
    as the rest of the plain entry before it (``_entries``: quotes respected, so that
    ``["Các huyện, thị, thành đoàn"]`` is one entry; ``str.find`` from one ': [' to the next: most
    files cost next to nothing, and only a file with a likely split is read by libyaml)."""
    at = text.find(": [")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        words = text[line_start:at].rsplit(None, 1)
        if words and words[-1].lstrip("{,-") in PROSE_LISTS:
            end = text.find("\n", at)
            entries = _entries(text[at + 3 : end if end >= 0 else len(text)])
            if entries is None:
                return True  # a list this reading cannot follow: libyaml reads it
            for prev, cur in zip(entries, entries[1:], strict=False):
                if prev is not None and cur is not None and _reads_on(prev, cur):
                    return True
        at = text.find(": [", at + 3)
    return False


def _entries(line: str) -> list[str | None] | None:
    """The entries of a one-line flow list, from just after its ``[``: each plain one stripped,
    None for a quoted one; None when the list holds a nested list or map or does not close on
    the line (what libyaml alone reads right)."""
    out: list[str | None] = []
    piece, i, n = "", 0, len(line)
    quoted = False
    while i < n:
        c = line[i]
        if c in "\"'" and not piece.strip():
            close = _closing(line, i)
            if close < 0:
                return None
            quoted, piece, i = True, "", close + 1
            continue
        if c in ",]":
            out.append(None if quoted else piece.strip())
            if c == "]":
                return out
            piece, quoted = "", False
        elif c in "[{":
            return None
        else:
            piece += c
        i += 1
    return None


def _closing(line: str, at: int) -> int:
    """Where the quoted scalar opened at ``at`` closes ('' inside single quotes, \\" inside double
    ones are the quote itself); -1 when not on this line."""
    q, i = line[at], at + 1
    while i < len(line):
        if q == "'" and line.startswith("''", i):
            i += 2
            continue
        if q == '"' and line[i] == "\\":
            i += 2
            continue
        if line[i] == q:
            return i
        i += 1
    return -1


def _reads_on(prev: str, cur: str) -> bool:
    """The plain entry ``cur`` reads as the rest of the plain entry ``prev`` (``_continues``,
    on the text of the two)."""
    return (
        bool(prev)
        and cur[:1].islower()
        and not cur.startswith("đ/c")
        and not prev.rstrip().endswith(tuple(_ENDS))
    )


@register("KH309", "flow-list-split", level="warning", scope="text")
def flow_list_split(path: str, text: str) -> list[Problem]:
    """Một câu (hay một tên) bị YAML tách ở dấu phẩy: trong danh sách viết trên một dòng `[…]`,
    dấu phẩy ngăn các phần tử, nên `items: [Thường trực Ban Tổ chức; ban hành Thể lệ, thành lập Hội
    đồng giám khảo.]` là hai ý, in thành `- Thường trực Ban Tổ chức; ban hành Thể lệ` và `- thành
    lập Hội đồng giám khảo.`. Kiểm tra báo ở `items`, `paragraphs`, `details`, `support_others` khi
    một phần tử (không trong nháy) bắt đầu bằng chữ thường ngay sau một phần tử trên cùng dòng không
    kết thúc bằng dấu câu (`.`, `;`, `:`, `!`, `?`) — một ý, một tên không tự bắt đầu như thế. Viết
    cả câu trong nháy kép (`["Thường trực …, thành lập Hội đồng giám khảo."]`) hoặc mỗi ý một dòng
    (`- …`). Các ý gõ chữ thường có dấu câu ở cuối (`[vòng sơ khảo;, vòng chung khảo.]`) không bị
    báo. Tên bị tách ở một cấp hành chính viết hoa trong Nơi nhận (`[Các Huyện, Thị, Thành Đoàn]`)
    là KH422."""
    return _scan(path, text) if _candidate(text) else []


def _scan(path: str, text: str) -> list[Problem]:
    """KH309's findings, read from libyaml's events (``_candidate`` says when to)."""
    import yaml  # here: only a file with a candidate is scanned

    events, _ = _read(text, events=True)  # up to a syntax error (KH101's)
    out: list[Problem] = []
    for keys, entries in _flow_lists(yaml, events):
        for run in _runs(entries):
            if "recipients" in keys and _split_unit(run):
                continue  # a list of administrative units: KH422 says it
            whole = ", ".join(e.value for e in run)
            shown = ", ".join(f'"{_short(e.value)}"' for e in run[1:])
            out.append(
                _at(
                    path,
                    text,
                    run[1].start_mark.index,
                    "KH309",
                    f'{shown} có vẻ là phần tiếp của "{_short(run[0].value)}" bị YAML tách ở dấu '
                    f"phẩy (danh sách `[…]` viết trên một dòng: YAML đọc thành {len(run)} mục); "
                    f'nếu là một câu, một tên, viết cả trong nháy kép: ["{_short(whole)}"], hoặc '
                    f"mỗi mục một dòng `- …`",
                )
            )
            if len(out) >= MAX_PER_FILE:
                return out
    return out


def _flow_lists(yaml, events: list) -> Iterator[tuple[tuple, list]]:
    """(the keys above it, its entries) of every list written in ``[…]`` under one of
    ``PROSE_LISTS``: each entry its scalar event, or None for anything else (a nested list, a
    map)."""
    stack: list[_Frame] = []
    for e in events:
        if isinstance(e, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            key = None
            top = stack[-1] if stack else None
            if top is not None and top.mapping:
                if top.expect_key:  # a key: a scalar names what follows
                    top.key, top.expect_key = (
                        e.value if isinstance(e, yaml.ScalarEvent) else None,
                        False,
                    )
                    if isinstance(e, yaml.ScalarEvent):
                        continue
                else:
                    key, top.expect_key = top.key, True
            elif top is not None and top.entries is not None:
                top.entries.append(e if isinstance(e, yaml.ScalarEvent) else None)
            keys = (*top.keys, key) if top is not None else ()
            if isinstance(e, yaml.MappingStartEvent):
                stack.append(_Frame(keys, mapping=True))
            elif isinstance(e, yaml.SequenceStartEvent):
                watched = bool(e.flow_style) and key in PROSE_LISTS
                stack.append(_Frame(keys, entries=[] if watched else None))
        elif isinstance(e, (yaml.MappingEndEvent, yaml.SequenceEndEvent)) and stack:
            frame = stack.pop()
            if frame.entries is not None:
                yield frame.keys, frame.entries


class _Frame:
    """A map or a list being read: the keys above it; a map's last key and whether a key comes
    next; a watched list's entries."""

    __slots__ = ("keys", "mapping", "key", "expect_key", "entries")

    def __init__(self, keys: tuple, *, mapping: bool = False, entries: list | None = None):
        self.keys, self.mapping, self.entries = keys, mapping, entries
        self.key: object = None
        self.expect_key = True


def _runs(entries: list) -> Iterator[list]:
    """The runs of entries that read as one text: each entry after the first on the same line as
    the one before it, starting in lower case, with no stop between them."""
    run: list = []
    for prev, cur in zip([None, *entries], entries, strict=False):
        if run and _continues(prev, cur):
            run.append(cur)
            continue
        if len(run) > 1:
            yield run
        run = [cur] if _plain(cur) else []
    if len(run) > 1:
        yield run


def _continues(prev, cur) -> bool:
    """``cur`` reads as the rest of ``prev``: both plain, on one line, ``cur`` in lower case (not
    a person, 'đ/c Bí thư') and ``prev`` not ending a sentence."""
    return (
        _plain(prev)
        and _plain(cur)
        and prev.end_mark.line == cur.start_mark.line
        and cur.value[:1].islower()
        and not cur.value.startswith("đ/c")
        and not prev.value.rstrip().endswith(tuple(_ENDS))
    )


def _plain(event) -> bool:
    """A scalar written without quotes, not empty."""
    return event is not None and event.style in (None, "") and bool(event.value)


def _split_unit(run: list) -> bool:
    """Every piece after the first is a unit word after a name ending in a unit (KH422's)."""
    names = [e.value.rstrip(" ;,.") for e in run]
    return all(_fragment(b) and _ends_with_unit(a) for a, b in zip(names, names[1:], strict=False))
