"""A loaded repository (``Loaded``): what ``load.Session.load`` gives every command — each file
with its data and file-level problems, the ``Repository`` of the files that passed their schema,
the files asked for — and what is worked out from it afterwards: positions of problems found
later (``locate``), source lines of the entries a command shows (``line_finder``)."""

from __future__ import annotations

from .io import positions
from .io.cache import ValidationCache, digest
from .io.discover import Scope
from .io.yamlio import read
from .loadchecks import Context
from .loadfiles import LoadedFile
from .loadparts import Part, index
from .model import Repository, navigate
from .problem import Problem

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from .io.cachelines import LineTable
    from .io.lines import LineFinder

__all__ = ["Loaded"]


class Loaded:
    """A loaded repository: its files and problems, and the files the command was asked about.
    (A plain class, not a ``dataclass``: see ``loadfiles.LoadedFile``.)"""

    def __init__(
        self,
        scope: Scope,
        files: list[LoadedFile],
        repo: Repository,
        targets: set[str],
        cache: ValidationCache,
        run_key: str,
        disabled: frozenset[str],
        context: Context | None = None,
        part: Part | None = None,
    ) -> None:
        self.scope = scope
        self.files = files
        self.repo = repo
        self.targets = targets  # display paths of the files asked for
        self.cache = cache
        self.run_key = run_key
        self.disabled = disabled
        self.context = context  # when the per-document checks ran (``load(checks=True)``)
        self.part = part  # what was kept of each document (``load(part=...)``)
        self._lines: LineTable | None = None  # of ``line_finder``

    @property
    def problems(self) -> list[Problem]:
        """File-level problems of every file, disabled codes left out."""
        return [p for f in self.files for p in f.problems if p.code not in self.disabled]

    @property
    def document_problems(self) -> list[Problem]:
        """Problems of the per-document repository checks in every file (positioned), disabled
        codes left out (after ``load(checks=True)``)."""
        return [p for f in self.files for p in f.doc_problems if p.code not in self.disabled]

    def target_problems(self) -> list[Problem]:
        return sorted(p for p in self.problems if p.path in self.targets)

    def validated_errors(self) -> int | None:
        """How many errors ``validate`` reported for the same files, when its last run of them
        still holds (the cache's record of it, against the stamps this load took: no file is
        stamped again); None when it does not."""
        problems = self.cache.previous_run(self.run_key, [(f.path, f.stamp) for f in self.files])
        return None if problems is None else sum(p.level == "error" for p in problems)

    def target_documents(self) -> list:
        return [d for d in self.repo.documents if d.path in self.targets]

    def left_out(self, cited: str | None = None) -> list[Problem]:
        """The first error of each file asked for that holds no usable document (unreadable, or
        failing its schema), for a command to say what its numbers leave out. With ``cited``
        (a document's id): only the files that may cite it — every unreadable one (nothing
        tells what it cites) and those whose data, once their schema errors are removed, cite
        it or are it — or whose data names it where the schema refused it (``ref:
        [ctph-…]``, a misspelt key around it: nothing is sure then, the file is named)."""
        used = {d.path for d in self.repo.documents if not d.partial}
        out = []
        for f in self.files:
            first = f.first_error
            if first is None or f.shown not in self.targets or f.shown in used:
                continue
            if f.kind in ("settings", "orgs"):
                continue  # the load stops on these at the root; elsewhere they hold no document
            if cited is not None and f.data is not None:
                doc = Repository.checked_document(f)
                if doc is not None and doc.id != cited:
                    if cited not in {ref for _, ref in navigate.cited_refs(doc)}:
                        if not _names(f.data, cited):
                            continue
            out.append(first)
        return sorted(out)

    def line_finder(self) -> LineFinder:
        """Source lines of the entries of the documents, for a command loaded with a ``part``
        that names the lists it shows (``Part.lines``): those learnt before are given without
        reading the file (``io.cachelines``); a file read for one gets every item of those lists
        found in the same pass (``_learn``), kept when the run ends (``save_lines``). Imported
        here: ``validate`` never asks (its runs, the editor's among them, do not import them)."""
        from .io.cachelines import LineTable
        from .io.lines import LineFinder

        part = self.part
        if part is None or not part.lines:
            return LineFinder()
        self._lines = table = LineTable(self.cache.lines_path(part.name), self.cache.env)
        by_shown = {f.shown: f for f in self.files}
        for f in self.files:  # found as the files were read (``loadparts.marked``): kept too
            if f.lines is not None and f.digest:
                table.put(f.path, f.digest, f.lines)

        def lookup(shown: str) -> dict | None:
            found = by_shown.get(shown)
            if found is None:
                return None
            return found.lines if found.lines is not None else table.get(found.path, found.digest)

        def learn(shown: str, raw: bytes, text: str) -> dict | None:
            found = by_shown.get(shown)
            return None if found is None else _learn(part, table, found, raw, text)

        return LineFinder(lookup, learn)

    def save_lines(self) -> None:
        """Keep the source lines learnt in this run (``line_finder``)."""
        if self._lines is not None:
            self._lines.save({f.path for f in self.files})

    def text_of(self, shown: str) -> str | None:
        """The text of a file (re-read when it was not kept), for positions of later problems."""
        for f in self.files:
            if f.shown == shown and f.refused is None:
                return f.text if f.text is not None else read(str(f.path)).text
        return None

    def require_usable(self, doc_ids=()) -> None:
        """``KehoachError`` when data a command would consume failed its schema (see
        ``Repository.require_usable``)."""
        self.repo.require_usable(doc_ids)

    def locate(self, found: list[Problem]) -> list[Problem]:
        """Give the problems found after loading (repository checks) their line and column."""
        by_path: dict[str, list[Problem]] = {}
        for p in found:
            by_path.setdefault(p.path, []).append(p)
        out: list[Problem] = []
        for path, items in by_path.items():
            out.extend(positions.resolve(self.text_of(path) or "", items))
        return out


def _learn(part: Part, table: LineTable, found: LoadedFile, raw: bytes, text: str) -> dict | None:
    """The lines of the lists of ``part`` in the file of ``found``, just read as ``raw`` (``text``),
    kept in ``table`` — when it still holds the bytes its data was read from (else None: no line
    is taken from other content)."""
    if not isinstance(found.data, dict) or not found.digest or digest(raw) != found.digest:
        return None
    lines = index(text, found.data, part.lines)
    table.put(found.path, found.digest, lines)
    return lines


def _names(data: object, value: str) -> bool:
    """Some string of ``data`` (values, not keys) is ``value``; aliases visited once."""
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if node == value:
                return True
        elif isinstance(node, dict | list) and id(node) not in seen:
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)
    return False
