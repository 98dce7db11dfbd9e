"""Checks on the registers of document numbers (Decree 30/2020/NĐ-CP, Art. 15): one number once per
body, register and year; numbers that restart at 01 each year and grow with the issue dates; a
number given a date. How numbers and symbols are written: ``checks.symbols``.

Registers and years come from ``model.numbering``: the year of a number is the year of the issue
date, and an office may keep separate registers per document type (``numbering.registers``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date

from ..model import Document, Repository, numbering
from ..vocab import date_text
from .registry import Finding, register

ARTICLE = "Nghị định 30/2020/NĐ-CP, Điều 15"
# what the register checks read of a document (``numbering.numbered``: number, issuers or parties,
# date, year; the path of the first holder of a number)
_NUMBERED_READS = (("id",), ("number",), ("issuers",), ("parties",), ("date",), ("year",))


def _key(repo: Repository, name: str) -> str:
    """The key under which ``name`` is kept in ``repo.derived``: one per focus (a focused view
    shares its repository's ``derived``)."""
    return name if repo.focus is None else name + "\0" + "\0".join(sorted(repo.focus))


def _bodies(repo: Repository) -> list[Document]:
    """The documents whose numbers the checks compare: every one; when the repository is focused
    (``validate FILE``), those of the numbering bodies of the documents examined — a finding in a
    document compares it with documents of its own register only, which are all among them."""
    if repo.focus is None:
        return repo.documents
    bodies = {d.issuers[0] for d in repo.examined() if d.issuers}
    return [d for d in repo.documents if d.issuers[:1] and d.issuers[0] in bodies]


def _numbered(repo: Repository) -> Iterator[tuple[Document, int, numbering.Slot, date | None]]:
    """(document, number, slot, issue date) of every numbered document whose slot is known (of
    ``_bodies``): worked out once per repository, for the three checks that read it."""
    key = _key(repo, "numbered")
    found = repo.derived.get(key)
    if found is None:
        found = repo.derived[key] = list(numbering.numbered(_bodies(repo), repo.settings or {}))
    return iter(found)  # type: ignore[call-overload]


def _wanted(repo: Repository, reach: int = 0) -> Callable[[Document, numbering.Slot, int], bool]:
    """Whether a finding in a document (of ``slot``, with ``number``) is wanted: every one; when
    the repository is focused, one in a document examined — and one in a document the examined
    ones may have put it on: of the same slot and number (``reach=0``: KH404, "already used in
    ‹examined›"), of the same register and year (``1``: KH441, the order of a year), or of the
    same register and the year or the year after (``2``: KH440, a register that seems to go on
    from the year before). ``validate FILE`` after giving a plan a number that a document issued
    later also holds shows that document's KH404: the whole run does."""
    if repo.focus is None:
        return lambda doc, slot, number: True
    focus = repo.focus
    held = [(where, number) for doc, number, where, _ in _numbered(repo) if doc.path in focus]
    if reach == 0:
        numbers = set(held)
        return lambda doc, slot, number: doc.path in focus or (slot, number) in numbers
    slots = {where for where, _ in held}
    if reach == 2:
        slots |= {where._replace(year=where.year + 1) for where in slots}
    return lambda doc, slot, number: doc.path in focus or slot in slots


@register(
    "KH404",
    "duplicate-number",
    reads=_NUMBERED_READS,
    focused=True,
)
def duplicate_number(repo: Repository) -> Iterator[Finding]:
    """Hai văn bản của cùng cơ quan (cơ quan chủ trì với văn bản liên tịch), cùng năm ban hành, cùng
    sổ có cùng số. Số văn bản là số thứ tự trong năm, đánh từ 01 ngày 01 tháng 01 (Nghị định
    30/2020/NĐ-CP, Điều 15): mặc định mỗi cơ quan một sổ cho mọi loại văn bản; nơi nào cấp số riêng
    cho từng loại thì khai báo `numbering.registers` trong `kehoach.yaml`."""
    seen: dict = {}
    wanted = _wanted(repo)
    first_issued = sorted(_numbered(repo), key=lambda t: (str(t[0].data.get("date")), t[0].path))
    for doc, number, where, _ in first_issued:
        first = seen.setdefault((where, number), doc)
        if first is not doc and wanted(doc, where, number):
            yield Finding(
                doc.path,
                ("number",),
                f"Số {numbering.padded(number)} của {where.words()} đã dùng ở {first.path}",
            )


def _dated(repo: Repository) -> dict[tuple[str, str], list[tuple[date, int, Document]]]:
    """Numbered documents with an issue date, grouped by body and register: {(issuer, register):
    [(date, number, doc)]}, sorted by date then number (once per repository; read, not changed)."""
    key = _key(repo, "dated")
    found = repo.derived.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    groups: dict[tuple[str, str], list[tuple[date, int, Document]]] = defaultdict(list)
    for doc, number, where, when in _numbered(repo):
        if when is not None:
            groups[(where.issuer, where.register)].append((when, number, doc))
    for items in groups.values():
        items.sort(key=lambda t: (t[0], t[1], t[2].path))
    repo.derived[key] = groups
    return groups


@register(
    "KH440",
    "number-not-restarted",
    level="warning",
    reads=_NUMBERED_READS,
    focused=True,
)
def number_not_restarted(repo: Repository) -> Iterator[Finding]:
    """Số văn bản không bắt đầu lại từ 01 khi sang năm mới (Nghị định 30/2020/NĐ-CP, Điều 15: số
    được cấp liên tiếp từ 01 ngày 01 tháng 01 đến 31 tháng 12 hằng năm). Kiểm tra báo khi một văn
    bản mang số lớn hơn số của một văn bản năm trước (cùng cơ quan, cùng sổ) dù được ban hành chưa
    tới nửa quãng thời gian trong năm mà văn bản năm trước đã cần để đạt số ấy — ví dụ số 355 ngày
    05/01/2023 sau số 350 ngày 20/11/2022: số có vẻ nối tiếp sổ năm trước. Chỉ báo khi phần nối tiếp
    giữ đúng nhịp cấp số năm trước (số cấp thêm từ số năm trước không quá hai lần số nhịp ấy cho
    trong những ngày đã qua của năm, ít nhất 1): số 10 ngày 10/01 sau số 05 ngày 30/12 năm trước
    không bị báo — sổ cấp năm số cả năm không cho biết gì về việc nối tiếp."""
    wanted = _wanted(repo, 2)
    for (issuer, book), items in _dated(repo).items():
        by_year: dict = defaultdict(list)
        for when, number, doc in items:
            by_year[when.year].append((when, number, doc))
        for year, docs in by_year.items():
            found = _continued(by_year.get(year - 1) or [], docs)
            for (when, number, doc), (n, w, d) in found:
                if not _keeps_pace(number, when, n, w):
                    continue
                if not wanted(doc, numbering.Slot(issuer, book, year), number):
                    continue
                yield Finding(
                    doc.path,
                    ("number",),
                    f"Số {numbering.padded(number)} ngày {date_text(when)} lớn hơn số "
                    f"{numbering.padded(n)} ngày {date_text(w)} ({d.path}) của năm {year - 1}: "
                    f"số văn bản bắt đầu lại từ 01 mỗi năm ({ARTICLE}); "
                    f"số này có vẻ nối tiếp sổ năm {year - 1}",
                )


def _continued(before: list[tuple], docs: list[tuple]) -> list[tuple[tuple, tuple]]:
    """The documents of ``docs`` (``(date, number, doc)`` of one year, in order) that seem to go
    on with the register of the year before (``before``, the same shape, in order), each with
    the one of ``before`` it goes on from: the highest ``(number, date)`` below its number, issued
    at least twice as far into its year (the first such in ``before``'s order).

    A sweep, not a comparison of every pair: the documents by day of the year from the latest,
    the ones of ``before`` admitted as the day halves, and the answer found by bisection in the
    admitted ones kept sorted by (number, date, position)."""
    if not before:
        return []
    older = sorted(((_yday(w), n, w, i) for i, (w, n, _) in enumerate(before)), reverse=True)
    admitted: list[tuple[int, date, int]] = []  # (number, date, position in before), sorted
    out: dict[int, tuple[tuple, tuple]] = {}
    k = 0
    for j in sorted(range(len(docs)), key=lambda j: _yday(docs[j][0]), reverse=True):
        when, number, _ = docs[j]
        day = _yday(when)
        while k < len(older) and older[k][0] >= day * 2:
            _, n, w, i = older[k]
            insort(admitted, (n, w, i))
            k += 1
        below = bisect_left(admitted, (number,))
        if below:
            n, w, _ = admitted[below - 1]
            w, n, d = before[admitted[bisect_left(admitted, (n, w))][2]]
            out[j] = (docs[j], (n, w, d))
    return [out[j] for j in sorted(out)]


def _keeps_pace(number: int, when: date, n: int, w: date) -> bool:
    """Going on from number ``n`` of ``w`` (last year), ``number`` on ``when`` keeps about last
    year's pace: the numbers since ``n`` (at least one) are not more than twice what that pace
    gives in the days of this year so far. 355 on 05/01 after 350 on 20/11 does (5 numbers, 11 at
    last year's pace); 10 on 10/01 after 05 on 30/12 does not (5 numbers where the pace gives
    none): a register that gave a few numbers in a year says nothing of going on."""
    return number - n <= max(1.0, 2 * n * _yday(when) / _yday(w))


def _yday(when: date) -> int:
    return when.toordinal() - date(when.year, 1, 1).toordinal() + 1


def _longest_increasing(numbers: list[int]) -> set[int]:
    """Indexes of one longest non-decreasing subsequence of ``numbers`` (O(n log n))."""
    tails: list[int] = []  # smallest tail value of a run of each length
    tail_at: list[int] = []  # index of that tail
    back = [-1] * len(numbers)
    for i, n in enumerate(numbers):
        k = bisect_right(tails, n)
        if k == len(tails):
            tails.append(n)
            tail_at.append(i)
        else:
            tails[k], tail_at[k] = n, i
        back[i] = tail_at[k - 1] if k else -1
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(i)
        i = back[i]
    return keep


@register(
    "KH441",
    "number-order",
    level="warning",
    reads=_NUMBERED_READS,
    focused=True,
)
def number_order(repo: Repository) -> Iterator[Finding]:
    """Số văn bản không tăng theo ngày ban hành: cùng cơ quan, cùng sổ, cùng năm, văn bản ban hành
    sau lại mang số nhỏ hơn (Nghị định 30/2020/NĐ-CP, Điều 15: số và thời gian ban hành được lấy
    theo thứ tự và trình tự thời gian ban hành). Kiểm tra chỉ báo những văn bản ít nhất phải sửa để
    thứ tự đúng lại (số gõ nhầm, ngày gõ nhầm), không báo cả dãy phía sau."""
    wanted = _wanted(repo, 1)
    for (issuer, book), items in _dated(repo).items():
        by_year: dict = defaultdict(list)
        for item in items:
            by_year[item[0].year].append(item)
        for year, docs in by_year.items():
            keep = _longest_increasing([n for _, n, _ in docs])
            where = numbering.Slot(issuer, book, year)
            for i, (when, number, doc) in enumerate(docs):
                if i in keep or not wanted(doc, where, number):
                    continue
                later = [(w, n, d) for j, (w, n, d) in enumerate(docs) if j in keep and j > i]
                later_smaller = [t for t in later if t[1] < number and t[0] > when]
                if later_smaller:
                    w, n, d = later_smaller[0]
                    relation = f"lớn hơn số {numbering.padded(n)} ngày {date_text(w)} ({d.path}) ban hành sau"
                else:
                    earlier = [
                        (w, n, d)
                        for j, (w, n, d) in enumerate(docs)
                        if j in keep and j < i and n > number and w < when
                    ]
                    if not earlier:
                        continue
                    w, n, d = earlier[-1]
                    relation = f"nhỏ hơn số {numbering.padded(n)} ngày {date_text(w)} ({d.path}) ban hành trước"
                yield Finding(
                    doc.path,
                    ("number",),
                    f"Số {numbering.padded(number)} ngày {date_text(when)} {relation}: "
                    f"số văn bản tăng dần theo ngày ban hành ({ARTICLE})",
                )


@register("KH442", "number-without-date", level="warning", per_document=True)
def number_without_date(repo: Repository) -> Iterator[Finding]:
    """Văn bản đã có số (`number`) nhưng chưa có ngày ban hành (`date`). Văn thư cấp số và ngày
    cùng lúc, số thuộc sổ của năm ban hành; thiếu ngày thì không biết số thuộc năm nào, không kiểm
    tra được số trùng, thứ tự số. Ghi cả hai bằng `kehoach issue`."""
    for doc in repo.documents:
        if numbering.number_of(doc) is not None and "date" not in doc.data:
            yield Finding(
                doc.path,
                ("number",),
                f"Văn bản có số {numbering.padded(numbering.number_of(doc) or 0)} "
                "nhưng chưa có ngày ban hành (`date`)",
            )
