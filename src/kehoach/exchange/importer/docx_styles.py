"""What styles and numbering.xml add to the text of a paragraph: the font, bold and italic a run
inherits (needed to recognise TCVN3/VNI runs and headings), and the label Word prints for an
automatically numbered paragraph ("I.", "1.", "1.1.", "a)", "-").

Numbering follows Word: counters per list (``w:num``), a level restarts when a level above it
advances, ``w:lvlText`` ("%1.%2.") is filled with each level's counter in its own format, and a
``w:startOverride`` restarts a list. Bullets print as "-" ("+" stays "+").
"""

from __future__ import annotations

from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ON = {None, "1", "true", "on"}


def wval(el, tag: str) -> str | None:
    """The ``w:val`` of child ``tag`` of ``el`` (None when absent)."""
    if el is None:
        return None
    child = el.find(W + tag)
    return None if child is None else child.get(W + "val")


def flag(el, tag: str) -> bool | None:
    """A toggle property (``w:b``, ``w:i``): True, False, or None when not set here."""
    if el is None:
        return None
    child = el.find(W + tag)
    if child is None:
        return None
    return child.get(W + "val") in _ON


def font_of(rpr) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(W + "rFonts")
    if fonts is None:
        return None
    return fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or fonts.get(W + "cs")


@dataclass
class _Style:
    based_on: str | None = None
    font: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    num: tuple[str, int] | None = None
    outline: int | None = None


class Styles:
    """Style properties with ``w:basedOn`` followed; unknown ids resolve to the defaults."""

    def __init__(self, root) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_font: str | None = None
        self.default_para: str | None = None
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_font = font_of(defaults)
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId")
            if not sid:
                continue
            rpr, ppr = st.find(W + "rPr"), st.find(W + "pPr")
            num = None
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if numpr is not None and wval(numpr, "numId"):
                num = (wval(numpr, "numId") or "0", int(wval(numpr, "ilvl") or 0))
            outline = wval(ppr, "outlineLvl")
            self._styles[sid] = _Style(
                wval(st, "basedOn"),
                font_of(rpr),
                flag(rpr, "b"),
                flag(rpr, "i"),
                num,
                int(outline) if outline and outline.isdigit() else None,
            )
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true"):
                self.default_para = sid

    def get(self, sid: str | None, attr: str):
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            st = self._styles.get(sid)
            if st is None:
                break
            value = getattr(st, attr)
            if value is not None:
                return value
            sid = st.based_on
        return None


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        count, n = divmod(n, value)
        out += sym * count
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class Numbering:
    """Labels of automatically numbered paragraphs, computed in document order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → levels
    starts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → start overrides
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def load(cls, root) -> Numbering:
        out = cls()
        if root is None:
            return out
        abstract: dict[str, dict[int, _Level]] = {}
        for an in root.iter(W + "abstractNum"):
            levels = {}
            for lvl in an.iter(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl") or 0)
                start = wval(lvl, "start")
                levels[ilvl] = _Level(
                    int(start) if start and start.lstrip("-").isdigit() else 1,
                    wval(lvl, "numFmt") or "decimal",
                    wval(lvl, "lvlText") or "",
                )
            abstract[an.get(W + "abstractNumId") or ""] = levels
        for num in root.iter(W + "num"):
            nid = num.get(W + "numId") or ""
            out.levels[nid] = abstract.get(wval(num, "abstractNumId") or "", {})
            for ov in num.iter(W + "lvlOverride"):
                start = wval(ov, "startOverride")
                if start and start.isdigit():
                    out.starts.setdefault(nid, {})[int(ov.get(W + "ilvl") or 0)] = int(start)
        return out

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph of list ``num_id`` at level ``ilvl``."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        level = levels.get(ilvl) or _Level()
        counters = self.counters.setdefault(num_id, {})
        start = self.starts.get(num_id, {}).get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "+" if level.text.strip() == "+" else "-"
        text = level.text
        for k in range(ilvl, -1, -1):
            lv = levels.get(k) or _Level()
            value = counters.get(k, self.starts.get(num_id, {}).get(k, lv.start))
            text = text.replace(f"%{k + 1}", _format(value, lv.fmt))
        return text.strip()
