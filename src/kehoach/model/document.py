"""A document file (program, plan, decision, rules, report), loaded and valid against its schema
(or, for ``validate`` only, what is left of it once what its schema errors point at is removed:
``partial``)."""

from __future__ import annotations

import os

from ..once import cached

# every kind of document a repository holds (``kind:`` of a file; each has its schema)
DOCUMENT_KINDS = ("program", "plan", "decision", "rules", "report")


class Document:
    """A document: its display path, its kind (``DOCUMENT_KINDS``) and its data. (A plain class,
    not a ``dataclass``, as ``loadfiles.LoadedFile``: a document is never compared, nor printed.)"""

    def __init__(self, path: str, kind: str, data: dict, partial: bool = False) -> None:
        self.path = path  # display path
        self.kind = kind  # "program" | "plan" | "decision" | "rules" | "report"
        self.data = data
        self.partial = partial  # failed its schema: seen by validate's checks only

    @cached
    def id(self) -> str:
        value = self.data.get("id")
        if isinstance(value, str) and value:
            return value
        name = os.path.basename(self.path)  # the file's stem, as ``Path.stem`` (without a Path)
        dot = name.rfind(".")
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def issuers_key(self) -> str:
        """Where the issuing bodies are written: ``parties`` of a program, ``issuers`` of the rest."""
        return "parties" if self.kind == "program" else "issuers"

    @property
    def issuers(self) -> list[str]:
        """Issuers of a document, or parties of a program."""
        value = self.data.get(self.issuers_key) or []
        return [v for v in value if isinstance(v, str)]

    @property
    def is_joint(self) -> bool:
        return self.kind == "plan" and len(self.issuers) > 1
