"""What ``validate`` does to a file right where it is loaded (``loadmany``, in this process or a
forked helper), so that the process running the cross-document checks never needs a document's
full data: the per-document repository checks (``check_document``, with the ``Context`` of the
root ``kehoach.yaml`` and ``orgs.yaml``), then, when the repository is not wanted, the document
slimmed down to what the cross-document checks read (``slim_down``)."""

from __future__ import annotations

import marshal

from . import checks, schema
from .checks.slim import slim
from .io import positions
from .io.yamlio import read
from .model import DOCUMENT_KINDS, Document, Repository
from .model.tails import split
from .problem import Problem

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import NamedTuple, Protocol
else:
    from ._typing import NamedTuple, Protocol


class FileState(Protocol):
    """A file as ``loadfiles.LoadedFile`` holds it."""

    path: str
    shown: str
    kind: str
    data: object
    text: str | None
    refused: str | None
    checked: str | None
    doc_problems: list[Problem]
    slim: bool
    kept: object
    blob: bytes | None
    tail: bytes | None

    @property
    def schema_ok(self) -> bool: ...

    @property
    def first_error(self) -> Problem | None: ...


class Context(NamedTuple):
    """What the per-document checks see besides the document: the root ``kehoach.yaml`` and
    ``orgs.yaml`` (``repo``: a repository of those two, no document) and a key of their content."""

    repo: Repository
    key: str


def check_document(state: FileState, context: Context) -> Document | None:
    """Run the per-document repository checks on the loaded file ``state``, in place; positions
    from its text (in hand right after loading, else read again, only when something is found).
    Returns the document checked (``Repository.checked_document``: pruned when ``state`` fails
    its schema), for ``slim_down``."""
    state.checked = context.key
    doc = Repository.checked_document(state)
    found = checks.run_document_checks(context.repo, doc) if doc is not None else []
    if not found:
        state.doc_problems = []
        return doc
    text = state.text
    if text is None:
        text = read(str(state.path)).text if state.refused is None else None
    state.doc_problems = positions.resolve(text or "", found)
    return doc


# ``slim_down``'s ``checked`` when ``check_document`` did not run: it prunes a failing file itself
UNCHECKED = object()


def slim_down(state: FileState, reads: dict | None = None, checked: object = UNCHECKED) -> None:
    """Keep of a document only what the cross-document checks read (``checks.slim``), its
    activity lists packed apart in ``tail`` (``model.tails``), and of what is left of it once its
    schema errors are removed the same, whole (a file failing its schema); its full data goes to
    ``blob`` as marshal bytes, for the cache. Other files are left as they
    are (settings, orgs: small, read by every check). ``reads``: other paths than those of every
    cross-document check (``checks.slim.tree``); ``checked``: what ``check_document`` returned
    for ``state`` (its pruned data, or None when nothing was left), not computed again."""
    if state.slim or state.kind not in DOCUMENT_KINDS or not isinstance(state.data, dict):
        return
    try:
        blob = marshal.dumps(state.data)
    except ValueError:  # a value marshal cannot hold: kept whole, as before
        return
    kept = None
    if not state.schema_ok:
        if checked is UNCHECKED:
            pruned = schema.pruned(state.kind, state.data)
        else:  # check_document's document of a failing file: pruned, or None when nothing was left
            pruned = checked.data if isinstance(checked, Document) else None
        kept = slim(pruned, reads) if isinstance(pruned, dict) else None
    head, tail = split(slim(state.data, reads))
    state.blob, state.data, state.tail, state.kept, state.slim = blob, head, tail, kept, True
