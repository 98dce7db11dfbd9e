"""A program or plan file, loaded and valid against its schema (or, for ``validate`` only, what is
left of it once what its schema errors point at is removed: ``partial``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path


@dataclass
class Document:
    """A program or plan: its display path, its kind and its data."""

    path: str  # display path
    kind: str  # "program" | "plan"
    data: dict
    partial: bool = False  # failed its schema: seen by validate's checks only

    @cached_property
    def id(self) -> str:
        value = self.data.get("id")
        return value if isinstance(value, str) and value else Path(self.path).stem

    @property
    def issuers_key(self) -> str:
        """Where the issuing bodies are written: ``issuers`` of a plan, ``parties`` of a program."""
        return "issuers" if self.kind == "plan" else "parties"

    @property
    def issuers(self) -> list[str]:
        """Issuers of a plan, or parties of a program."""
        value = self.data.get(self.issuers_key) or []
        return [v for v in value if isinstance(v, str)]

    @property
    def is_joint(self) -> bool:
        return self.kind == "plan" and len(self.issuers) > 1
