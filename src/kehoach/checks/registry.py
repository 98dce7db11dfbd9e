"""The registry of checks: each has a stable code, a short name, a level, a scope and a docstring
that becomes its documentation (``kehoach checks``, ``docs/checks.md``).

Scopes:
- ``file``: reading and parsing (KH1xx) — produced by ``io.yamlio``; documented in ``loading``.
- ``schema``: JSON Schema (KH2xx) — produced by ``schema``; documented in ``loading``.
- ``text``: the raw text of a file (KH3xx): ``func(path, text) -> list[Problem]`` with positions.
- ``data``: the parsed data of one file, before its schema (KH305, KH207):
  ``func(path, kind, data, text) -> Iterable[Finding]``; positions are found from each finding's
  JSON path.
- ``repo``: the whole repository (KH4xx): ``func(repo) -> Iterable[Finding]``; positions are found
  later from each finding's JSON path. Each declares what it needs: ``per_document=True`` when its
  findings in a document depend only on that document, ``kehoach.yaml`` and ``orgs.yaml`` (it
  then runs where the file is loaded, once per file, its findings cached with the file); else it
  is *cross-document* and declares in ``reads`` the document paths it reads (``validate`` keeps
  only those of every document, see ``checks.slim``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Repository
from ..problem import Level, Problem

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Any, Literal, NamedTuple, overload

    Scope = Literal["file", "schema", "text", "data", "repo"]
else:
    from .._typing import NamedTuple

    Scope = str


class Finding(NamedTuple):
    path: str  # display path of the file
    json_path: tuple  # where in the file
    message: str


RepoCheck = Callable[[Repository], Iterable[Finding]]
TextCheck = Callable[[str, str], list[Problem]]
DataCheck = Callable[[str, str, object, str], Iterable[Finding]]


class Check(NamedTuple):
    """One registered check: its code, short name, level, scope and function; ``docstring`` as
    written (``doc``: cleaned, for ``kehoach checks``)."""

    code: str
    name: str
    level: Level
    scope: Scope
    docstring: str
    repo_func: RepoCheck | None = None  # scope ``repo``
    text_func: TextCheck | None = None  # scope ``text``
    data_func: DataCheck | None = None  # scope ``data``; none of the three: documented only
    # scope ``repo``: findings in a document depend only on it, kehoach.yaml and orgs.yaml
    per_document: bool = False
    # scope ``repo``, cross-document: the paths of a document's data it reads ("*": every item of a
    # list; "**": every activity, as ``model.navigate.activities`` walks them)
    reads: tuple[tuple[str, ...], ...] = ()
    # scope ``repo``, cross-document: it reports findings in the documents of
    # ``Repository.examined()`` (``validate FILE``: the files asked for), reading of the others
    # what it compares them with — and, beyond them, only findings the whole run gives too (the
    # numbering checks: those a number taken puts on others of its register;
    # ``tests/unit/test_check_focus.py``)
    focused: bool = False

    @property
    def doc(self) -> str:
        """The documentation, its indentation removed (only ``kehoach checks`` reads it: every
        command registers every check, and ``inspect`` is not imported for that)."""
        import inspect

        return inspect.cleandoc(self.docstring).strip()


REGISTRY: dict[str, Check] = {}


if TYPE_CHECKING:  # the overloads are the type checker's only

    @overload
    def register(
        code: str,
        name: str,
        *,
        level: Level = ...,
        scope: Literal["repo"] = ...,
        per_document: bool = ...,
        reads: tuple[tuple[str, ...], ...] = ...,
        focused: bool = ...,
    ) -> Callable[[RepoCheck], RepoCheck]: ...
    @overload
    def register(
        code: str, name: str, *, level: Level = ..., scope: Literal["text"]
    ) -> Callable[[TextCheck], TextCheck]: ...
    @overload
    def register(
        code: str, name: str, *, level: Level = ..., scope: Literal["data"]
    ) -> Callable[[DataCheck], DataCheck]: ...


def register(
    code: str,
    name: str,
    *,
    level: Level = "error",
    scope: Literal["repo", "text", "data"] = "repo",
    per_document: bool = False,
    reads: tuple[tuple[str, ...], ...] = (),
    focused: bool = False,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator registering a check function under ``code``."""
    if scope == "repo" and per_document == bool(reads):
        raise RuntimeError(f"{code}: a repository check is per document or declares its reads")
    if focused and not reads:
        raise RuntimeError(f"{code}: only a cross-document check is focused")

    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        if code in REGISTRY:
            raise RuntimeError(f"duplicate check code {code}")
        doc = func.__doc__ or ""
        if scope == "text":
            REGISTRY[code] = Check(code, name, level, scope, doc, text_func=func)
        elif scope == "data":
            REGISTRY[code] = Check(code, name, level, scope, doc, data_func=func)
        else:
            REGISTRY[code] = Check(
                code,
                name,
                level,
                scope,
                doc,
                func,
                per_document=per_document,
                reads=reads,
                focused=focused,
            )
        return func

    return wrap


def describe(code: str, name: str, doc: str, *, scope: Scope, level: Level = "error") -> None:
    """Document a problem code produced outside the registry (parsing, schema)."""
    REGISTRY[code] = Check(code, name, level, scope, doc)
