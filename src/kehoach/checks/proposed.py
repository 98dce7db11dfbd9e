"""The orgs a draft of ``kehoach import`` proposes for orgs.yaml, in the comment block at its end
(``importer.usecase._trailer``): read from the file's text, only when a document names an org
orgs.yaml does not have (KH401), so that the message points at the proposal instead of guessing a
look-alike id — often the same kind of body of another province."""

from __future__ import annotations

import re

__all__ = ["proposed_orgs"]

# the block's first line, as the importer writes it (a comment: '# ' before it)
_BLOCK = "Tổ chức chưa có trong orgs.yaml (đề xuất)"
_ENTRY = re.compile(r"^#\s+-\s+id:\s*(['\"]?)([^'\"\s#]+)\1\s*$")


def proposed_orgs(path: str) -> dict[str, int]:
    """Each org id proposed in the file at ``path`` → the line (1-based) of its ``- id:``; empty
    when the file has no such block or cannot be read (the check then says what it always said)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError):
        return {}
    at = text.find(_BLOCK)
    if at < 0:
        return {}
    first = text.count("\n", 0, at) + 1
    found: dict[str, int] = {}
    for n, line in enumerate(text[at:].splitlines(), start=first):
        m = _ENTRY.match(line.strip())
        if m:
            found.setdefault(m.group(2), n)
    return found
