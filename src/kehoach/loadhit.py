"""What a run takes of a file from its cache entry (``load.Session``): its data, problems and
per-document problems when the entry is still true (``taken``), its checks run again when they
ran with other settings or orgs (``checked_again``), or it cut to the part a command reads
(``cut_to``) — what changes is put back into the cache."""

from __future__ import annotations

from .io.cache import ValidationCache, unpack
from .io.cacherows import decoded
from .loadchecks import UNCHECKED, Context, check_document, slim_down
from .loadfiles import LoadedFile
from .loadparts import Part, cut


def taken(
    cache: ValidationCache,
    state: LoadedFile,
    context: Context | None,
    slim: bool,
    part: Part | None,
) -> bool:
    """Take ``state`` from the cache when its entry is still true: only its slim view when
    that is all the run needs and its per-document problems are current."""
    entry = None if state.refused is not None else cache.entry(str(state.path), state.stamp)
    if entry is None:
        return False
    state.kind, state.problems, state.digest = entry[3], unpack(entry[5]), entry[1]
    if context is not None:
        state.checked, state.doc_problems = entry[6], unpack(entry[7])
    if slim and entry[8] is not None and (context is None or entry[6] == context.key):
        (state.data, state.kept, state.tail), state.slim = entry[8], True
        return True
    body = cache.body(str(state.path), entry)  # (data, parts): the shard's bodies
    if body is None:
        return False
    whole, parts = body
    if part is not None and isinstance(parts.get(part.name), bytes):
        ok, data = decoded(parts[part.name])
        if ok and isinstance(data, dict):  # a cache file may hold anything
            state.data = data
            state.slim = True
            return True
    ok, state.data = decoded(whole)
    return ok


def checked_again(
    cache: ValidationCache, state: LoadedFile, context: Context | None, slim: bool
) -> None:
    """A file cached whole: its per-document checks run again when they ran with other
    settings or orgs; slimmed down when the run keeps only that (one file at a time)."""
    checked: object = UNCHECKED
    if context is not None and state.checked != context.key:
        checked = check_document(state, context)
        cache.put_checked(str(state.path), context.key, state.doc_problems)
    if slim:
        slim_down(state, checked=checked)
        state.blob = None
        if state.slim:
            cache.put_view(str(state.path), (state.data, state.kept, state.tail))


def cut_to(cache: ValidationCache, state: LoadedFile, part: Part) -> None:
    """A document cached whole only (by ``validate``): cut to ``part``, which the cache keeps
    from now on."""
    if cut(state, part, blob=False) and state.part_bytes is not None:
        cache.put_part(str(state.path), part.name, state.part_bytes)
    state.part_bytes = None
