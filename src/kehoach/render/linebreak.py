"""Where a title or a signature line may break: at phrase boundaries, never inside a word of two
or more syllables ("Khoa / học", "Thành / phố"), never inside a personal or place name
("Hồ Chí / Minh"), never leaving one syllable alone on the last line, never parting an authority
word from the collective or the head it signs for ("TM. BAN THƯỜNG TRỰC", "KT. GIÁM ĐỐC": such a
run wider than the line stands whole on a line of its own).

Vietnamese writes every syllable as a separate "word", so a line breaker that only looks at spaces
splits words. ``break_lines`` chooses the cut points with a cost per possible break (from the
syllables around it: a known compound, a run of capitalised syllables, a number after ``năm``, a
comma, a function word that opens a phrase…) plus how unequal the lines are; the fewest lines
win, and one more line only when it avoids a bad break. The same rules serve the DOCX (widths from
``metrics``) and the plain text (widths in characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .breakwords import AUTHORITY_WORDS, COMPOUNDS, ENDS_BADLY, NAME_STARTS, PHRASE_STARTS

_PAIRS: set[tuple[str, str]] = set()
for _phrase in COMPOUNDS:
    _syll = _phrase.split()
    _PAIRS.update(zip(_syll, _syll[1:], strict=False))
_STARTS = [tuple(p.split()) for p in NAME_STARTS if p]

FORBIDDEN = 10_000.0
BAD = 200.0  # inside a compound or a name
POOR = 60.0  # before a name that continues a place (“Thành phố / Hồ Chí Minh”)
GOOD = -10.0  # after a comma, before a function word

_STRIP = "()[]“”\"'‘’«»,.;:!?…"


def _core(word: str) -> str:
    return word.strip(_STRIP).casefold()


def _authority(word: str) -> bool:
    """``word`` is an authority word ("TM.", "KT.", "T/M"…): its dot is part of it."""
    return word.casefold().rstrip(",;:") in AUTHORITY_WORDS


def _capital(word: str) -> bool:
    letters = word.lstrip(_STRIP)
    return bool(letters) and letters[0].isupper()


def _starts_name(words: list[str], i: int) -> bool:
    """``words[i:]`` begins with a word that opens an organisation or place name."""
    low = [_core(w) for w in words[i : i + 3]]
    return any(tuple(low[: len(s)]) == s for s in _STARTS)


def _ends_name_head(words: list[str], i: int) -> bool:
    """``words[i]`` ends a word that opens a name ("Sở", "Thành phố"), so a name follows."""
    low = [_core(w) for w in words[max(0, i - 2) : i + 1]]
    return any(tuple(low[-len(s) :]) == s for s in _STARTS if len(s) <= len(low))


def _in_name(words: list[str], i: int) -> bool:
    """``words[i]`` belongs to a capitalised name (it or the word before it is capitalised)."""
    return any(_capital(w) for w in words[max(0, i - 1) : i + 1])


def _signs_for(words: list[str]) -> set[int]:
    """The words after an authority word ("TM.", "KT.") that the collective or the head it signs
    for runs through, but its last ("BAN", "THƯỜNG" of "TM. BAN THƯỜNG VỤ"): syllables of one
    word with the next ("ban thường vụ", "ủy ban nhân dân", "giám đốc")."""
    held: set[int] = set()
    for i, word in enumerate(words):
        if _authority(word):
            j = i + 1
            while j + 1 < len(words) and (_core(words[j]), _core(words[j + 1])) in _PAIRS:
                held.add(j)
                j += 1
    return held


def _place_runs(words: list[str]) -> set[int]:
    """In a line in capitals, the words after the head of a name ("HUYỆN ĐOÀN", "TỈNH") that run
    on into the place it serves ("HÀM THUẬN BẮC"): a break after one of them but the last would
    split the place's name, which capitals no longer show ("HÀM / THUẬN BẮC")."""
    held: set[int] = set()
    n = len(words)
    for i in range(n - 1):
        if not _ends_name_head(words, i) or _starts_name(words, i + 1):
            continue
        j = i + 1
        while (
            j + 1 < n
            and j - i < 4
            and _core(words[j + 1]).isalpha()
            and _core(words[j + 1]) not in PHRASE_STARTS
            and not _starts_name(words, j + 1)
            and not words[j].endswith((",", ";", ":"))
        ):
            held.add(j)
            j += 1
    return held


def break_costs(words: list[str]) -> list[float]:
    """``costs[i]``: how bad it is to end a line after ``words[i]`` (the last one is 0)."""
    n = len(words)
    costs = [0.0] * n
    upper = all(not w.strip(_STRIP) or w.upper() == w for w in words)
    held = _signs_for(words)
    places = _place_runs(words) if upper else set()
    for i in range(n - 1):
        a, b = words[i], words[i + 1]
        ca, cb = _core(a), _core(b)
        cost = 0.0
        if b in ("-", "–", "—") or re.match(r"^[)\].,;:]", b) or a.endswith(("(", "[", "“")):
            cost = FORBIDDEN  # never a line starting with a dash or closing punctuation
        elif _authority(a) or i in held:
            # "TM." never stands alone, nor leaves the collective or the head it signs for: "TM.
            # BAN THƯỜNG VỤ / TỈNH ĐOÀN", never "TM. BAN / THƯỜNG VỤ" nor "TM. ỦY BAN / NHÂN DÂN"
            cost = FORBIDDEN
        elif ca in ("số", "năm", "ngày", "tháng", "quý", "khóa", "khoá"):
            cost = FORBIDDEN if re.match(r"^[\dIVXL…]", b) else 0.0
        elif a in ("-", "–") and re.match(r"^\d", words[i - 1] if i else ""):
            cost = FORBIDDEN  # 2021 - / 2025
        elif i in places:
            cost = BAD  # "HUYỆN ĐOÀN HÀM / THUẬN BẮC": inside the place's name
        elif (ca, cb) in _PAIRS:
            # a compound opened by a capital (not in an all-caps line) is a word of a name: worse
            # than a lowercase one beside it ("Khoa / học sinh viên" vs "Khoa học / sinh viên")
            cost = BAD * 1.5 if not upper and _capital(a) else BAD
        elif ca in ENDS_BADLY:
            cost = POOR * 2  # a line ending with "và", "của", "các"…
        elif _ends_name_head(words, i) and not _starts_name(words, i + 1):
            cost = POOR * 2  # "Sở / Khoa học", "Thành phố / Hồ Chí Minh": after the head of a name
        elif a.endswith((",", ";", ":", ")")):
            cost = GOOD
        elif (
            cb == "và" and i + 2 < n and (upper or (_capital(words[i + 2]) and _in_name(words, i)))
        ):
            cost = POOR  # "Sở Khoa học / và Công nghệ": the "và" of a name
        elif _starts_name(words, i + 1):
            cost = GOOD / 2 if _capital(b) else 0.0
        elif not upper and _capital(a) and _capital(b):
            cost = BAD  # a run of capitalised syllables is a name
        elif not upper and _capital(b) and not _capital(a):
            cost = POOR  # a name that continues what precedes it
        elif not upper and _capital(a) and cb.isalpha() and i > 0:
            cost = POOR * 2  # "Sáng / tạo": a capitalised syllable opens a word of the name
        elif cb in PHRASE_STARTS:
            cost = GOOD
        costs[i] = cost
    return costs


def break_lines(
    text: str,
    measure: Callable[[str], float],
    limit: float,
    *,
    min_last: int = 2,
) -> list[str]:
    """``text`` in the fewest lines no wider than ``limit`` (as ``measure`` counts), broken at the
    best places; a line the author ended with a line break stays a line of its own."""
    out: list[str] = []
    for part in str(text or "").splitlines():
        words = _held_blanks(part).split()
        if words:
            lines = _break(words, lambda w: measure(w.replace(_HELD, " ")), limit, min_last)
            out.extend(line.replace(_HELD, " ") for line in lines)
    return out


def widest_unbroken(text: str, measure: Callable[[str], float]) -> float:
    """The width of the widest run of ``text`` that no line break may fall inside ("TM. BAN THƯỜNG
    TRỰC", a number with its "Số"), as ``measure`` counts: the least a column must hold."""
    best = 0.0
    for part in str(text or "").splitlines():
        words = part.split()
        costs = break_costs(words)
        start = 0
        for i in range(len(words)):
            if i == len(words) - 1 or costs[i] < FORBIDDEN:
                best = max(best, measure(" ".join(words[start : i + 1])))
                start = i + 1
    return best


# The blank of an undated document's date line ("ngày      tháng      năm", ``viet.BLANK_DATE``) is
# room to write the day and month in by hand: its spaces are kept and it is never broken. While
# the text is broken, a private-use character stands for each of its spaces.
_HELD = "\ue000"
# the blank of the day (and of the month): "ngày      tháng 3 năm 2027" keeps it too
_BLANK = re.compile(r"(?<=ngày)( {2,})(?=tháng)|(?<=tháng)( {2,})(?=năm)")


def _held_blanks(text: str) -> str:
    return _BLANK.sub(lambda m: m.group(0).replace(" ", _HELD), text) if "  " in text else text


def _break(words: list[str], measure: Callable[[str], float], limit: float, min_last: int):
    widths = [measure(w) for w in words]
    space = measure(" ")
    total = sum(widths) + space * (len(words) - 1)
    if total <= limit:
        return [" ".join(words)]
    costs = break_costs(words)
    lines = max(2, -int(-total // limit))
    if any(c >= FORBIDDEN for c in costs[:-1]):
        lines = 2  # a run never broken may stand wider than a line: fewer lines than the
        # widths say may do ("TM. BAN THƯỜNG TRỰC" / "LIÊN HIỆP CÁC HỘI" in a narrow column)
    best = None
    while best is None and lines <= len(words):
        best = _split(widths, space, costs, lines, limit, min_last)
        lines += 1
    if best is None and min_last > 1:  # a syllable alone on the last line, not "TM." alone
        return _break(words, measure, limit, 1)
    if best is None:  # nothing fits (a word longer than the line): one word a line, except
        return _glued(words, costs)  # where a break is forbidden (the line may overflow)
    # one more line when it avoids a bad break (judged by the worst break chosen, not the sum:
    # a good break elsewhere must not hide a cut inside "Khoa / học", and two medium breaks of
    # the longer split must not outweigh one cut inside "Hồ / Chí Minh")
    # one more line also when it keeps a name whole at the price of a cut inside a common word
    worst = _worst(costs, best[1])
    if worst >= BAD and lines <= len(words):
        more = _split(widths, space, costs, lines, limit, min_last)
        if more is not None and (
            _worst(costs, more[1]) < BAD or (worst > BAD and _worst(costs, more[1]) <= BAD)
        ):
            best = more
    return [" ".join(words[a:b]) for a, b in best[1]]


def _glued(words: list[str], costs: list[float]) -> list[str]:
    """One word a line, but a word whose break is forbidden ("TM.") keeps the next with it."""
    out = [words[0]]
    for i, word in enumerate(words[1:]):
        if costs[i] >= FORBIDDEN:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def _worst(costs: list[float], cuts: list[tuple[int, int]]) -> float:
    """The cost of the worst line break among ``cuts`` (the end of the text is no break)."""
    return max((costs[end - 1] for _, end in cuts[:-1]), default=0.0)


def _split(widths, space, costs, lines: int, limit: float, min_last: int):
    """Cut points making ``lines`` lines within ``limit``: the least sum of break costs and of
    the squared distance of each line from the mean (in per cent of the line); ``None`` when
    impossible."""
    n = len(widths)
    target = (sum(widths) + space * (n - lines)) / lines
    inf = float("inf")
    cost = [[inf] * (n + 1) for _ in range(lines + 1)]
    back = [[0] * (n + 1) for _ in range(lines + 1)]
    cost[0][0] = 0.0
    for k in range(1, lines + 1):
        for i in range(1, n + 1):
            width = -space
            for j in range(i - 1, -1, -1):
                width += widths[j] + space
                if width > limit and any(costs[m] < FORBIDDEN for m in range(j, i - 1)):
                    break  # too wide; but a run never broken ("TM. BAN THƯỜNG TRỰC" in a narrow
                    # column) stands on a line of its own rather than break every other line
                if cost[k - 1][j] == inf:
                    continue
                if k == lines and i == n and i - j < min(min_last, n):
                    continue  # one syllable alone on the last line
                brk = costs[i - 1] if i < n else 0.0
                if brk >= FORBIDDEN:
                    continue
                c = cost[k - 1][j] + brk + 400 * ((width - target) / limit) ** 2
                if c < cost[k][i]:
                    cost[k][i], back[k][i] = c, j
    if cost[lines][n] == inf:
        return None
    cuts, i = [], n
    for k in range(lines, 0, -1):
        j = back[k][i]
        cuts.append((j, i))
        i = j
    return cost[lines][n], cuts[::-1]
