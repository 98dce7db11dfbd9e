"""The importer's records: what a Word file reads as (paragraphs, tables), what an import gives
back (drafts, proposals, problems), and the one exception for a file that cannot be read."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...problem import Problem


class ImportFailure(Exception):
    """This file cannot be imported (not Word, empty, protected, too big…); the batch goes on."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


# -- what a document reads as -------------------------------------------------------------------


@dataclass
class Run:
    text: str  # "\t" for tabs, "\n" for soft line breaks
    bold: bool = False
    italic: bool = False


@dataclass
class Para:
    runs: list[Run]
    align: str = ""  # left | center | right | both | ""
    label: str = ""  # Word's automatic numbering, as printed ("1.", "a)", "-")
    where: str = ""  # "đoạn 12", "bảng 2, dòng 3"
    outline: int | None = None  # heading level from the style (0 = Heading 1)
    rule_below: bool = False  # a line drawn under it (a bottom border, an empty bordered line)
    section: int = 0  # the Word section it stands in (0, 1… in order)
    landscape: bool = False  # that section's pages are landscape
    blank_above: bool = False  # an empty paragraph stands right above it (the space to sign)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    def _all(self, attr: str) -> bool:
        runs = [r for r in self.runs if r.text.strip()]
        return bool(runs) and all(getattr(r, attr) for r in runs)

    @property
    def bold(self) -> bool:
        return self._all("bold")

    @property
    def italic(self) -> bool:
        return self._all("italic")


@dataclass
class Cell:
    paras: list[Para]
    col: int = 0  # first grid column
    span: int = 1  # grid columns covered
    vmerge: str = ""  # "restart" | "continue" | ""
    left_border: bool = False
    tables: list[Table] = field(default_factory=list)  # tables nested in the cell (also in paras)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


@dataclass
class Table:
    rows: list[list[Cell]]
    header_rows: int = 0  # rows marked "repeat as header row"
    where: str = ""
    borders: bool = True  # False: a layout table (header, signature)
    boxes: bool = False  # True: text boxes side by side, not a real table
    section: int = 0  # the Word section it stands in
    landscape: bool = False  # that section's pages are landscape
    unit: int = 1  # đồng per amount a line above it gives ("Đơn vị tính: nghìn đồng")


Block = Para | Table


# -- what an import gives back ------------------------------------------------------------------


@dataclass
class Proposal:
    """An issuing body or partner that is not in orgs.yaml, proposed as a new entry."""

    # the header of a body standing in for issuers the document does not show ('TODO cơ quan 1')
    PLACEHOLDER = "TODO cơ quan"

    id: str
    name: str
    header: str
    code: str
    system: str
    parent: str = ""
    place: str = ""
    seen_as: str = ""  # the words of the document it was found from
    short: str = ""  # the short name ("Huyện Đoàn"), when the header tells it


@dataclass
class FileResult:
    source: str  # the file as given
    output: str | None = None  # the draft's path (None: failed)
    text: str | None = None  # the draft (YAML)
    kind: str = ""  # plan | program
    todos: int = 0  # "# TODO" marks in the draft
    proposals: list[Proposal] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.text is None or any(p.level == "error" for p in self.problems)

    @property
    def status(self) -> str:
        """'imported' | 'todo' (imported with things to check) | 'failed'."""
        if self.failed:
            return "failed"
        return "todo" if self.todos or self.proposals or self.problems else "imported"


@dataclass
class ImportResult:
    files: list[FileResult] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return sorted(p for f in self.files for p in f.problems)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)
