"""Where the căn cứ at the start of a body are, line by line.

The lines of a paragraph broken by Shift+Enter are read as paragraphs of their own (as
``sections`` reads the body), so two căn cứ typed in one paragraph are two, and a preamble typed
after the last one is not a căn cứ. A căn cứ wrapped by a stray Enter goes on in the next line:
a line after a căn cứ not closed by a stop (``;``, ``.``, ``,``, ``:``) continues it when it
opens with a small letter (``… hướng dẫn thi hành`` ⏎ ``một số điều của Luật …;``, even
``thực hiện …``), and also — less surely, so the join is reported — when, being no căn cứ, no
heading and no list item, a căn cứ follows it, it is italic as every căn cứ above, or it closes as
a căn cứ does (``;``). The list goes on after a joined line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .bases import is_basis
from .model import Block, Para, Run
from .sections import classify, lines
from .text import clean

MAX_BASIS = 700  # longer: a paragraph of prose that happens to open with 'Theo' or 'Thực hiện'
_OPEN = (";", ".", ",", ":", "!", "?")  # a căn cứ closed by one of these is complete


@dataclass
class Bases:
    paras: list[Para] = field(default_factory=list)  # each căn cứ, its wrapped lines joined
    rest: list[Block] = field(default_factory=list)  # the body after them
    unsure: dict[int, list[str]] = field(default_factory=dict)  # căn cứ → lines joined unsurely

    def todos(self) -> dict[int, str]:
        """What to check, by căn cứ: the lines joined to it on weaker evidence."""
        return {
            at: "; ".join(
                f"dòng “{line}” được nối vào căn cứ trên (căn cứ gõ xuống dòng giữa câu?): "
                "kiểm tra, tách ra nếu đó không phải phần tiếp của căn cứ"
                for line in joined
            )
            for at, joined in self.unsure.items()
        }


def split_bases(blocks: list[Block]) -> Bases:
    """The căn cứ at the start of ``blocks`` and the blocks after them."""
    flat: list[tuple[Para, int]] = []  # the lines of the leading paragraphs, with their block
    for n, b in enumerate(blocks):
        if not isinstance(b, Para):
            break
        flat += [(ln, n) for ln in lines(b)]
    out = Bases()
    j = 0
    while j < len(flat):
        line = flat[j][0]
        text = clean(line.text)
        after = flat[j + 1][0] if j + 1 < len(flat) else None
        sure = _goes_on(out.paras, line, after) if out.paras else None
        if sure is not None:
            last = out.paras[-1]
            out.paras[-1] = replace(last, runs=[*last.runs, Run(" "), *line.runs])
            if not sure:
                out.unsure.setdefault(len(out.paras) - 1, []).append(text)
        elif is_basis(text) and len(text) <= MAX_BASIS:
            if not (line.italic or text.endswith((";", ".", ",")) or out.paras):
                break
            out.paras.append(line)
        else:
            break
        j += 1
    out.rest = _rest(blocks, flat, j)
    return out


def _goes_on(bases: list[Para], line: Para, after: Para | None) -> bool | None:
    """Whether ``line`` continues the last căn cứ: True (surely), False (likely: report it), None
    (it does not)."""
    before = clean(bases[-1].text)
    text = clean(line.text)
    if not text or before.endswith(_OPEN) or len(before) + len(text) > MAX_BASIS:
        return None
    if classify(line)[0] != "para":  # a heading, an item ('a) …'): the body has begun
        return None
    if text[0].islower():  # 'thực hiện …' too: the words of the sentence, not a new căn cứ
        return True
    if is_basis(text):
        return None
    followed = after is not None and is_basis(clean(after.text))
    italic = line.italic and all(b.italic for b in bases)
    return False if followed or italic or text.endswith(";") else None


def _rest(blocks: list[Block], flat: list[tuple[Para, int]], j: int) -> list[Block]:
    """The blocks from line ``j`` of ``flat`` on: a paragraph partly taken goes on with its lines
    not taken, each a paragraph."""
    if j == len(flat):
        return blocks[flat[-1][1] + 1 :] if flat else list(blocks)
    n = flat[j][1]
    if j and flat[j - 1][1] == n:
        return [ln for ln, m in flat[j:] if m == n] + blocks[n + 1 :]
    return blocks[n:]
