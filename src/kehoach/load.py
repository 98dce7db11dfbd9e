"""The loader every command uses: files → read/parse → text checks → schema → ``Repository``.

``open_session(paths)`` finds the repository and the files asked for and stamps them (cheap);
``Session.load()`` reads what the cache does not already hold — in several processes when there
are many files — and returns a ``Loaded``: every file with its data and file-level problems
(reading, parsing, text and schema: KH1xx, KH2xx, KH3xx), and the ``Repository`` built from the
files that passed their schema. Per-file results are cached (``io.cache``: stamp, content hash
when the stamp is racy, and the environment key of ``cachekey``).

``Loaded`` (``loaded``) is what a command then works on. ``load(paths)`` is what the commands
that *consume* data use: it stops with a ``KehoachError`` when ``kehoach.yaml`` or ``orgs.yaml``
fails its schema (``Repository.require_usable``).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

from .hashes import hex_digest
from .io.cache import MISSING, ValidationCache, racy, shard_of
from .io.discover import ORGS_FILE, SETTINGS_FILE, Scope
from .loadchecks import Context
from .loaded import Loaded
from .loadfiles import BLOCKING, LoadedFile, load_text
from .loadhit import checked_again, cut_to, taken
from .loadmany import jobs_wanted, load_many
from .loadparts import Part, Taker
from .model import DOCUMENT_KINDS, Document, Repository
from .nogc import paused
from .stamps import Stamped, stamp_files

FREEZE_MIN_FILES = 1000  # files loaded at once from which what they hold is frozen (``gc.freeze``)

__all__ = ["BLOCKING", "Loaded", "LoadedFile", "Session", "load", "load_text", "open_session"]


class Session:
    """The files of one command run, stamped but not read yet. (A plain class, not a
    ``dataclass``: see ``loadfiles.LoadedFile``.)"""

    def __init__(
        self,
        scope: Scope,
        files: list[LoadedFile],
        targets: set[str],
        cache: ValidationCache,
        run_key: str,
        jobs: int | None = None,
        stamped_ns: int = 0,
    ) -> None:
        self.scope = scope
        self.files = files
        self.targets = targets
        self.cache = cache
        self.run_key = run_key
        self.jobs = jobs
        self.stamped_ns = stamped_ns  # when the files were stamped (racy stamps are judged by it)
        self._part: Part | None = None  # of the running ``load``
        self._taker: Taker | None = None  # of the running ``load``, once started

    @property
    def stamps(self) -> list[tuple]:
        """(path, stamp) of every file."""
        return [(f.path, f.stamp) for f in self.files]

    def racy_digests(self) -> dict[str, str]:
        """Content hashes of the files whose stamps are racy (after ``load``)."""
        return {
            str(f.path): f.digest for f in self.files if f.digest and racy(f.stamp, self.stamped_ns)
        }

    def load(
        self,
        *,
        checks: bool = False,
        slim: bool = False,
        part: Part | None = None,
        taker: Taker | None = None,
    ) -> Loaded:
        """Read the files (from the cache where it holds). With ``checks`` (``validate``), the
        per-document repository checks also run on every document where it is loaded, with the
        root ``kehoach.yaml`` and ``orgs.yaml`` loaded first; their problems are cached with each
        file under a key of those two files' content, and run again for a file whose cached
        ones were found with other settings or orgs. With ``slim`` (``validate`` without the
        repository), each document keeps only what the cross-document checks read
        (``loadchecks.slim_down``): ``repo`` then holds slim documents. With ``part`` (without
        ``checks``: a command that reads only that of each document, ``loadparts``), ``repo``
        holds each document cut to it. With ``taker`` (without ``checks``), the root files are
        loaded first and the taker is started with them, then given every document asked for as
        it is loaded (``Taker``)."""
        context = None
        self._part = None if checks else part
        self._taker = None
        if checks or taker is not None:
            root, others = _root_files(self.files, self.scope)
            self._load(root, None, False)
            if checks:
                context = _context(self.scope, root)
            else:
                assert taker is not None
                taker.start(Repository.from_files(self.scope.root, root))
                self._taker = taker
            self._load(others, context, slim)
        else:
            self._load(self.files, None, False)
        repo = Repository.from_files(self.scope.root, self.files)
        checks_setting = repo.settings.get("checks")
        disabled = checks_setting.get("disable") if isinstance(checks_setting, dict) else None
        return Loaded(
            self.scope,
            self.files,
            repo,
            self.targets,
            self.cache,
            self.run_key,
            frozenset(d for d in disabled or [] if isinstance(d, str)),
            context,
            self._part,
        )

    def _load(self, files: list[LoadedFile], context: Context | None, slim: bool) -> None:
        misses = []
        shard = -1
        # what is decoded, what a taker builds of it and what is read is acyclic (``nogc``): no
        # collection in between, which would walk every document decoded so far
        with paused():
            # shard by shard, each let go of once its files are taken (unless changed): a run
            # after one edit holds one shard of the cache at a time, not every document's bytes
            by_shard = sorted(((shard_of(str(f.path)), f) for f in files), key=lambda t: t[0])
            for number, state in by_shard:
                if number != shard:
                    self.cache.release(shard)
                    shard = number
                if not taken(self.cache, state, context, slim, self._part):
                    misses.append(state)
                    continue
                if not state.slim and (slim or state.checked != (context and context.key)):
                    checked_again(self.cache, state, context, slim)
                elif self._part is not None and not state.slim:
                    cut_to(self.cache, state, self._part)
                self._give(state)
            self.cache.release(shard)
            try:
                load_many(misses, jobs_wanted(self.jobs), context, slim, self._put, self._part)
            finally:
                if len(files) >= FREEZE_MIN_FILES:
                    # what was just built, or decoded from the cache, lives until the command
                    # ends and holds no cycle (freed by reference counts as ever): taken out of
                    # the collector's generations, so that no later collection walks it again
                    # (over 100,000 documents, seconds each time; after one edit in a repository
                    # of a thousand plans, the first collection alone ~0.5 ms)
                    gc.freeze()

    def _put(self, state: LoadedFile) -> None:
        """Cache a file just loaded (a document's full data as bytes, set aside on disk by the
        cache until written: not held here)."""
        if state.stamp != MISSING and state.digest:
            self.cache.put(
                str(state.path),
                state.stamp,
                state.digest,
                self.stamped_ns,
                state.kind,
                state.blob if state.slim else state.data,
                state.problems,
                state.checked or "",
                state.doc_problems,
                # validate's slim view; a document cut to a part (``self._part``) has none
                (state.data, state.kept, state.tail) if state.slim and self._part is None else None,
                None
                if self._part is None or state.part_bytes is None
                else {self._part.name: state.part_bytes},
            )
        state.blob = state.part_bytes = None
        self._give(state)

    def _give(self, state: LoadedFile) -> None:
        """Hand the taker a file just loaded when it is asked for and holds a document the
        ``Repository`` lists (as ``Repository.from_files`` decides: passing its schema)."""
        if (
            self._taker is not None
            and state.shown in self.targets
            and state.kind in DOCUMENT_KINDS
            and isinstance(state.data, dict)
            and state.schema_ok
        ):
            self._taker.take(state, Document(state.shown, state.kind, state.data))


def _root_files(files: list[LoadedFile], scope: Scope) -> tuple[list[LoadedFile], list[LoadedFile]]:
    """(``kehoach.yaml`` and ``orgs.yaml`` at the root: what every document's checks read, every
    other file). The files' paths are absolute and normal (``Scope.files``): a root file's path
    is the root's joined with its name."""
    top = str(scope.root)
    names = {os.path.join(top, SETTINGS_FILE), os.path.join(top, ORGS_FILE)}
    root: list[LoadedFile] = []
    others: list[LoadedFile] = []
    for f in files:
        (root if f.path in names else others).append(f)
    return root, others


def _context(scope: Scope, root: list[LoadedFile]) -> Context:
    """The context of the per-document checks, keyed by the root files' content."""
    key = "|".join(f"{f.shown}\0{f.digest}\0{f.refused}" for f in root)
    return Context(
        Repository.from_files(scope.root, root, partial=True),
        hex_digest(key.encode("utf-8", "surrogatepass"), 20),
    )


def open_session(
    paths: list[str] | None = None,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    stamped: Stamped | None = None,
) -> Session:
    """Find the repository around ``paths`` (default: the working directory) and stamp its files
    (or take them as ``stamped`` already, with the same ``use_cache``)."""
    if stamped is None:
        stamped = stamp_files(paths, use_cache=use_cache)
    with paused():  # one record per file, no cycle (``nogc``)
        files = [LoadedFile(p, shown, st, refused=why) for p, st, why, shown in stamped.entries]
    return Session(
        stamped.scope,
        files,
        stamped.targets,
        stamped.cache,
        stamped.run_key,
        jobs,
        stamped.stamped_ns,
    )


def load(
    paths: list[str] | None = None, *, use_cache: bool = True, jobs: int | None = None
) -> Loaded:
    """Load the repository around ``paths`` for a command that consumes its data: stops
    (``KehoachError``) when ``kehoach.yaml`` or ``orgs.yaml`` fails its schema."""
    loaded = open_session(paths, use_cache=use_cache, jobs=jobs).load()
    loaded.cache.save(None, [])
    loaded.require_usable()
    return loaded


@contextmanager
def loading(
    paths: list[str] | None = None,
    *,
    use_cache: bool = True,
    jobs: int | None = None,
    part: Part | None = None,
    taker: Taker | None = None,
) -> Iterator[Loaded]:
    """``load`` for a command that then works on the data (``due``, ``who``): the cache of a cold
    run of a large repository is written by a child process on the other core meanwhile
    (``ValidationCache.start_saving``), and finished when the block ends, whatever happens in it.
    ``part``: the command reads only that of each document (``loadparts``); ``taker``: it builds
    what it needs of each as it is loaded (``Taker``)."""
    loaded = open_session(paths, use_cache=use_cache, jobs=jobs).load(part=part, taker=taker)
    loaded.cache.start_saving()
    try:
        loaded.require_usable()
        yield loaded
    finally:
        loaded.cache.save(None, [])
        loaded.save_lines()
