"""After an edit to what the cross-document checks read, only the checks that read what changed run
again; the others' findings are the previous run's.

``crossmemo`` answers a run in which nothing the checks read changed. An edit to a deadline, a
lead, a number changes what some of them read — and over 100,000 plans every one of them ran
again (~7 s), though each declares the paths it reads of a document (``register(reads=...)``,
``checks.slim``) and finds the same on documents cut down to them (``test_check_split``). So when
this run differs from the previous one only in some documents' data, and the cache still held what
that run kept of each of them (``ValidationCache.replaced``: its slim view, whose hash is the one
that run kept, ``crossmemo.document_hash``), each check whose paths read the same in the old and
new data of every edited document keeps its findings from that run; the others run over the whole
repository. A document whose kind, id or schema outcome changed, a new or removed document, other
settings, orgs or failures: every check runs (``rerun`` gives None).

The findings come in the order a whole run gives them: check by check, in the registry's order,
each check's in the order it found them.
"""

from __future__ import annotations

import marshal

from .. import checks
from ..checks.slim import slim, tree
from ..model import Document, Repository
from ..model.tails import join
from ..problem import Problem
from .crossmemo import Memo, document_hash, earlier_key

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from collections.abc import Iterable


def rerun(
    memo: Memo, repo: Repository, disabled: Iterable[str], before: dict[str, tuple]
) -> list[Problem] | None:
    """The findings of the cross-document checks over ``repo`` (every document examined), the
    checks that read nothing the edit changed answered from the previous run; None when that
    run cannot be used (then every check runs). ``before``: (kind, slim view) of the documents
    whose cache entry this run replaced, by display path; ``memo``: its document hashes made
    (``Memo.key``) for this run."""
    off = set(disabled)
    previous_key = earlier_key(repo, off, None, memo.known)
    found = memo.found(previous_key) if previous_key is not None else None
    if found is None:
        return None
    pairs = _edited(memo, repo, before)
    if pairs is None:
        return None
    cross = [
        c for c in checks.all_checks() if c.repo_func and not c.per_document and c.code not in off
    ]
    again = {c.code for c in cross if any(_differs(c.reads, old, new) for old, new in pairs)}
    if len(again) == len(cross):
        return None  # nothing to keep
    kept: dict[str, list[Problem]] = {}
    for problem in found:
        kept.setdefault(problem.code, []).append(problem)
    fresh: dict[str, list[Problem]] = {}
    skipped = off | {c.code for c in cross if c.code not in again}
    for problem in checks.run_cross_checks(repo, skipped):
        fresh.setdefault(problem.code, []).append(problem)
    out: list[Problem] = []
    for check in cross:
        out += (fresh if check.code in again else kept).get(check.code, [])
    return out


def _edited(
    memo: Memo, repo: Repository, before: dict[str, tuple]
) -> list[tuple[dict, dict]] | None:
    """(old data, new data), whole, of each document of ``repo`` whose hash is not the one the
    previous run kept; None when one of them cannot be compared so."""
    pairs = []
    for doc in repo.documents:
        # (every document's kept hashes are of the right shape: ``earlier_key`` found them so)
        made, known = memo.made.get(doc.path), memo.known[doc.path]
        if made is None:
            return None  # not hashed this run (no content hash)
        if made[1] == known[1]:
            continue
        old = _old(doc, before.get(doc.path), known[1])
        new = join(doc.data, repo.tails[doc.path]) if doc.path in repo.tails else doc.data
        if old is None or new is None or doc.partial:
            return None
        if old.get("id") != doc.data.get("id"):
            return None  # what every check may look a document up by (``Repository.by_id``)
        pairs.append((old, new))
    return pairs


def _old(doc: Document, before: tuple | None, known: str) -> dict | None:
    """The whole data the previous run had of ``doc`` — from its slim view replaced in the cache,
    ``before`` —, when its hash is the one that run kept (``known``) and it passed its schema, of
    the same kind."""
    if before is None:
        return None
    kind, (data, _, tail) = before
    if kind != doc.kind or document_hash(Document(doc.path, kind, data), tail) != known:
        return None
    return data if tail is None else join(data, tail)


_TREES: dict[tuple, dict] = {}


def _differs(reads: tuple, old: dict, new: dict) -> bool:
    """The paths ``reads`` read differently in ``old`` and ``new`` (values compared as marshal
    writes them: ``1``, ``1.0`` and ``true`` differ)."""
    paths = _TREES.get(reads)
    if paths is None:
        paths = _TREES[reads] = tree(reads)
    try:
        return marshal.dumps(slim(old, paths), 0) != marshal.dumps(slim(new, paths), 0)
    except ValueError:  # a value marshal cannot hold
        return True
