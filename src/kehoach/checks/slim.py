"""What the cross-document checks read of a document, and nothing else (``slim``).

``validate`` keeps every document in memory while the cross-document checks run (numbers per body
and year, ids, citations…). They read a few fields of each; the rest — activities, sections,
budgets, signers — is what makes a document 10–20 KB of Python objects. Each cross-document check
declares the paths it reads (``register(..., reads=...)``); ``slim(data)`` keeps exactly those, with
every list keeping its length and every kept item its place, so that the JSON paths and indexes
the checks report are those of the full document. ``tests/unit/test_check_split.py`` shows the
cross-document checks find the same on slim documents as on full ones.
"""

from __future__ import annotations

from .registry import REGISTRY

ANY = "*"  # every item of a list

Tree = dict  # key (or ANY) -> subtree; an empty subtree: the whole value


def tree(paths) -> Tree:
    """The paths as a tree of keys (the first path that asks for a whole value wins)."""
    root: Tree = {}
    # a whole value asked for by one path wins over parts of it asked for by another
    for path in sorted(paths, key=len, reverse=True):
        node = root
        for i, key in enumerate(path):
            if i == len(path) - 1:
                node[key] = {}  # the whole value, whatever was asked below it before
                break
            node = node.setdefault(key, {})
    return root


def _reads() -> Tree:
    paths = [p for c in REGISTRY.values() if c.repo_func is not None for p in c.reads]
    return tree(paths)


READS = _reads()
# what is left of a dict none of whose keys is read (an activity without `area`): one shared
# object, not one per activity — the checks never change the data they read
_NOTHING: dict = {}


def slim(data: dict, reads: Tree | None = None) -> dict:
    """``data`` with only what the cross-document checks read (or the paths of ``reads``)."""
    return _project(data, READS if reads is None else reads)


def _project(value, tree: Tree):
    if not tree:
        return value
    sub = tree.get(ANY)
    if isinstance(value, dict) and (sub is None or len(tree) > 1):
        if len(tree) == 1:  # one key asked for (an activity's `area`): looked up, not searched for
            ((key, below),) = tree.items()
            if key not in value:
                return _NOTHING
            return {key: _project(value[key], below) if below else value[key]}
        # a value wanted whole is taken as it is, without a call (most of them)
        kept = {k: _project(v, t) if (t := tree[k]) else v for k, v in value.items() if k in tree}
        return kept or _NOTHING
    if sub is not None and isinstance(value, list):
        # an item of another shape than the path expects is kept whole: the checks skip it
        if sub and ANY not in sub and not any(sub.values()):
            # items of whole values only (an activity's fields): each projected here, not by a call
            return [
                ({k: v for k, v in item.items() if k in sub} or _NOTHING)
                if item.__class__ is dict
                else _project(item, sub)
                if isinstance(item, dict)
                else item
                for item in value
            ]
        return [_project(item, sub) if isinstance(item, dict) else item for item in value]
    return value  # another shape than the path expects: kept whole, as the checks see it
