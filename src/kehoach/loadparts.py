"""What a command reads of each document, and nothing else (``Part``), cut where the file is loaded.

``due`` reads, of a plan of 10–20 KB, its id, dates, issuers, citations, review schedule and a
few fields of each activity: a third of its data. Loading a repository for it, each document is
cut down to its ``Part`` right where it is parsed (``loadmany``, in this process or a forked
helper): the process that builds the agenda receives, holds and decodes only that, and the cache
keeps the part's bytes beside the document's full data, so that the next run after an edit
decodes only the parts too. The command's code must read nothing outside its part: its tests
compare its output on whole documents and on parts (``tests/unit/test_load_parts.py``).

A part is a tree of paths (``checks.slim.tree``) projected as ``checks.slim.slim`` does: every
list keeps its length and every kept item its place, so JSON paths and indexes (source lines,
item ids) are those of the whole document.

A part also names the lists whose items the command shows with their source lines (``lines``:
every activity, every review…). The C line scanner that reads nearly every file gives the line of
each item of every block sequence it builds (``yamlio.parse(marks=…)``): a file read for the
command has the lines of those lists taken from there as it is cut (``marked``), in the helper
that read it. A file it did not read (the libyaml loop or the composing loader did: anchors, a
sequence in a sequence…), or a document cut from the whole data the cache kept, has them found
in one pass the first time the file is read for one of its lines (``index``:
``io.lines.item_lines``). Either way they are kept beside the cache (``io.cachelines``,
``Loaded.line_finder``): a later run shows them without reading the file again.
"""

from __future__ import annotations

import marshal
from functools import lru_cache

from .checks.slim import ANY, Tree, slim, tree
from .model import DOCUMENT_KINDS

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import NamedTuple, Protocol

    from .io.lines import Index
    from .loadfiles import LoadedFile
    from .model import Document, Repository
else:
    from ._typing import NamedTuple, Protocol


__all__ = ["Part", "Taker", "cut", "hollowed", "index", "marked", "skeleton"]


class Part(NamedTuple):
    """What a command reads of every document: ``reads`` (a tree of paths) under ``name`` (its
    key in the cache entry; change it when ``reads`` or ``lines`` change — the code fingerprint of
    the cache key does too); ``lines``: the paths of the lists (``ANY`` for every item of a list on
    the way) whose items' source lines the command shows."""

    name: str
    reads: Tree
    lines: tuple[tuple, ...] = ()

    @classmethod
    def of(cls, name: str, paths, lines=()) -> Part:
        return cls(name, tree(paths), tuple(tuple(p) for p in lines))


class Taker(Protocol):
    """What a command builds of each document as it is loaded (``load.Session.load(taker=…)``), so
    that the run never holds the whole of every document at once: ``start`` is given the
    repository of the root ``kehoach.yaml`` and ``orgs.yaml`` (loaded first), before any other
    file is read; ``take`` every file asked for whose document the ``Repository`` lists (it passes
    its schema), as that ``Document``, once it is loaded and cached, in no set order. It may
    replace the file's ``data`` with less of it (``hollowed``, ``skeleton``): what the
    ``Repository`` then holds."""

    def start(self, root: Repository) -> None: ...

    def take(self, state: LoadedFile, doc: Document) -> None: ...


def cut(state, part: Part, *, blob: bool = True, marks: list | None = None) -> bool:
    """Keep of the document of ``state`` (a ``loadfiles.LoadedFile``) only ``part``: ``data``
    becomes the part, ``part_bytes`` its marshal bytes (for the cache) and, with ``blob``, ``blob``
    the whole data's (for the cache too); with ``marks`` (the lines of the sequences of the data
    the C line scanner read, ``yamlio.parse``), ``lines`` the lines of the items of the part's
    lists. False, and ``state`` left whole, for a file that is not a document or holds a value
    marshal cannot (then it is used and cached whole, as before)."""
    if state.slim or state.kind not in DOCUMENT_KINDS or not isinstance(state.data, dict):
        return False
    if marks:
        state.lines = marked(state.data, part.lines, marks)
    kept = slim(state.data, part.reads)
    try:
        whole = marshal.dumps(state.data) if blob else None
        state.part_bytes = marshal.dumps(kept)
    except ValueError:
        return False
    state.blob, state.data, state.slim = whole, kept, True
    return True


# every item of a hollowed list (``hollowed``, ``skeleton``): one shared object, never changed
# (nothing writes to the data a command keeps)
_HOLLOW: dict = {}


def hollowed(data: dict, lists: tuple[tuple, ...]) -> dict:
    """``data`` with every item of the lists at the paths ``lists`` the same shared empty dict,
    every list its length (so that JSON paths and source lines stay those of the file), the rest
    as it is: new dicts on the way to those lists, ``data`` not changed."""
    return _emptied(data, _steps(lists), keep_rest=True)


def skeleton(data: dict, lists: tuple[tuple, ...]) -> dict:
    """What is left of ``data`` once a command has taken what it needs of it (``Taker``): its
    ``id`` (``Document.id``) and the lists at the paths ``lists`` (``Part.lines``), every item the
    same shared empty dict save for the keys a deeper one of those lists is reached through. Every
    list keeps its length, so that the lines of its items are found as in the whole document
    (``index``). ``data`` is not changed."""
    out = {k: _emptied(data[k], below, False) for k, below in _steps(lists).items() if k in data}
    if "id" in data:
        out["id"] = data["id"]
    return out


@lru_cache(maxsize=16)
def _steps(lists: tuple[tuple, ...]) -> dict:
    """The paths ``lists`` as a tree of keys, every path kept whole (unlike ``checks.slim.tree``,
    where a shorter path wins): a list that is shown and reached through keeps both."""
    steps: dict = {}
    for path in lists:
        node = steps
        for key in path:
            node = node.setdefault(key, {})
    return steps


def _emptied(value, steps: dict, keep_rest: bool):
    """``value`` with the items of the lists ``steps`` leads to the shared empty dict, each list
    its length; of a dict on the way, the other keys too (``keep_rest``: ``hollowed``) or only
    the keys on the way, or the empty dict when none is (``skeleton``)."""
    if isinstance(value, dict):
        changed = {
            k: _emptied(value[k], below, keep_rest) for k, below in steps.items() if k in value
        }
        if keep_rest:
            return {**value, **changed} if changed else value
        return changed or _HOLLOW
    if isinstance(value, list):
        below = steps.get(ANY)
        if below:
            return [
                _emptied(item, below, keep_rest) if isinstance(item, dict) else item
                for item in value
            ]
        return [_HOLLOW] * len(value)
    return value


def marked(data: dict, lists: tuple[tuple, ...], marks: list) -> Index:
    """The lines of the items of every list of ``data`` at one of the paths ``lists``, from the
    ``marks`` of the C line scanner that built ``data`` (each sequence with the lines of its
    items: the line of each item's dash, as ``io.lines.scan`` finds it)."""
    by_id = {id(seq): lines for seq, lines in marks}
    out: Index = {}
    for pattern in lists:
        for path, seq in _lists(data, pattern, ()):
            lines = by_id.get(id(seq))
            if lines is not None and len(lines) == len(seq):
                out[path] = lines
    return out


def index(source: str, data: dict, lists: tuple[tuple, ...]) -> Index:
    """The lines of the items of every list of ``data`` at one of the paths ``lists``, as the scan
    of ``io.lines`` finds them in ``source`` (the text ``data`` was read from; ``data`` may be a
    part: it keeps every list's length); a list the scan cannot follow is left out (its items'
    lines are then found one by one, as before). Imported here: ``validate`` never asks (its
    runs, the editor's among them, do not import the scan)."""
    from .io.lines import Text, item_lines

    text = Text(source)
    out: Index = {}
    for pattern in lists:
        for path, _ in _lists(data, pattern, ()):
            found = item_lines(text, path)
            if found:
                out[path] = found
    return out


def _lists(value, pattern: tuple, at: tuple):
    """The non-empty lists at ``pattern`` in ``value``, each with its path."""
    if not pattern:
        if isinstance(value, list) and value:
            yield at, value
        return
    step, rest = pattern[0], pattern[1:]
    if step == ANY:
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _lists(item, rest, (*at, i))
    elif isinstance(value, dict) and step in value:
        yield from _lists(value[step], rest, (*at, step))
