"""An org's name as documents print it after one of its units (``lead_unit``, ``support_units``):
'Ban Phong trào Tỉnh Đoàn' — said once, never '… Tỉnh Đoàn Tỉnh Đoàn'."""

from __future__ import annotations

from collections.abc import Iterable


def with_unit(name: str, unit: object, known: Iterable[object] = ()) -> str:
    """``name`` (an org's, as printed) after one of its units: 'Ban Phong trào Tỉnh Đoàn'; the unit
    alone when it names the org already (``name`` or one of ``known``: 'Ban Tuyên giáo Tỉnh Đoàn',
    not '… Tỉnh Đoàn Tỉnh Đoàn'); said once when it ends with the name's first words ('Văn phòng
    Sở' + 'Sở KH&CN': 'Văn phòng Sở KH&CN')."""
    unit = " ".join(unit.split()) if isinstance(unit, str) else ""
    if not unit:
        return name
    padded = f" {unit.casefold()} "
    for n in (name, *known):
        if isinstance(n, str) and n.strip() and f" {' '.join(n.split()).casefold()} " in padded:
            return unit
    words, head = unit.split(), name.split()
    for k in range(min(len(words), len(head) - 1), 0, -1):
        if [w.casefold() for w in words[-k:]] == [w.casefold() for w in head[:k]]:
            return " ".join([*words[:-k], *head])
    return f"{unit} {name}"
