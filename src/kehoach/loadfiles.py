"""One file of a repository, read, parsed, checked and validated against its schema
(``load_file``); many of them, in several processes when there are many: ``loadmany``. ``load``
decides which files need it (the cache holds the others)."""

from __future__ import annotations

from . import checks, schema
from .io import positions
from .io.cache import digest
from .io.discover import KINDS, classify
from .io.yamlio import decode, parse, read_bytes, without_bom
from .problem import Problem
from .viet import close_matches
from .vocab import clean, quoted, visible

SCHEMA_KINDS = KINDS  # each kind is validated against schemas/<kind>.schema.json
# problems that keep a file's data from the commands: reading, parsing, schema, characters no
# document can hold (KH305) and a git merge conflict read into a value (KH308)
BLOCKING = ("KH1", "KH2", "KH305", "KH308")
# ...except a duplicate key: its data is well defined (the last value wins, as YAML says), so it is
# reported as an error and the file still takes part in the schema and repository checks
NOT_BLOCKING = ("KH106",)


class LoadedFile:
    """One file of the repository: where it is, what it holds, what is wrong with it. (A plain
    class, not a ``dataclass``, as the other records a one-file ``validate`` imports: making one
    compiles its generated methods, ~0.4 ms of every run.)"""

    def __init__(self, path: str, shown: str, stamp: tuple, refused: str | None = None) -> None:
        self.path = path  # absolute (``Scope.files``)
        self.shown = shown  # as shown to the user
        self.stamp = stamp
        # not a regular file inside the repository: why it is not read
        self.refused = refused
        # settings | orgs | program | plan | decision | rules | report | unknown
        self.kind = "unknown"
        self.data: object = None
        self.problems: list[Problem] = []
        # kept only until the problems that need positions are resolved
        self.text: str | None = None
        self.digest = ""  # hash of the bytes read
        # the per-document repository checks (``validate``): the key of the context they ran
        # with (``Context.key``; None: not run) and their problems, positioned, every code
        self.checked: str | None = None
        self.doc_problems: list[Problem] = []
        # ``validate`` without the repository (``slim_down``): ``data`` holds only what the
        # cross-document checks read, ``kept`` the same of what is left once the schema errors
        # are removed, ``blob`` the full data as marshal bytes, only until it is cached
        self.slim = False
        self.kept: object = None
        self.blob: bytes | None = None
        # ... and its activity lists packed apart, ``data`` holding skeletons of them
        # (``model.tails``)
        self.tail: bytes | None = None
        # a command's part of a document (``loadparts``): ``data`` holds only that (``slim`` is
        # set), ``part_bytes`` its marshal bytes, only until it is cached; ``lines``: the source
        # lines of the items of the lists the command shows, when the file was just read
        # (``io.lines.Index``)
        self.part_bytes: bytes | None = None
        self.lines: dict | None = None

    @property
    def schema_ok(self) -> bool:
        """Read, parsed, valid against its schema, no character a document cannot hold: safe to
        consume."""
        problems = self.problems  # most files have none: asked of every file several times
        return not problems or not any(blocks(p) for p in problems)

    @property
    def first_error(self) -> Problem | None:
        errors = [p for p in self.problems if blocks(p)]
        return min(errors) if errors else None


def blocks(p: Problem) -> bool:
    """``p`` keeps its file's data from the commands."""
    return p.level == "error" and p.code.startswith(BLOCKING) and p.code not in NOT_BLOCKING


def load_file(state: LoadedFile, marks: list | None = None) -> None:
    """Read, parse, check the text of and schema-validate one file, in place (``marks``: see
    ``yamlio.parse``)."""
    state.kind = classify(state.path, None)  # kehoach.yaml and orgs.yaml are known by name
    if state.refused is not None:  # never opened: its content is never shown
        state.problems = [Problem(state.shown, 1, 1, "KH104", "error", f"Bỏ qua: {state.refused}")]
        return
    raw, why = read_bytes(str(state.path))
    if raw is None:
        state.problems = [Problem(state.shown, 1, 1, "KH104", "error", why)]
        return
    state.digest = digest(raw)
    text, problems = decode(state.shown, raw)
    if text is None:
        state.problems = problems
        return
    load_text(state, text, problems, without_bom(raw), marks)


def load_text(
    state: LoadedFile,
    text: str,
    problems: list[Problem] | None = None,
    utf8: bytes | None = None,
    marks: list | None = None,
) -> None:
    """Parse, check the text of and schema-validate ``text`` as the content of ``state``'s file,
    in place: also a file as an edit would leave it, before it is written (``utf8``: the bytes
    ``text`` was decoded from, when it was read from the file)."""
    state.text = text
    loaded = parse(state.shown, text, utf8, marks)
    problems = (problems or []) + loaded.problems + checks.run_text_checks(state.shown, text)
    if not isinstance(loaded.data, dict):
        state.problems = problems
        return
    state.data = loaded.data
    state.kind = classify(state.path, loaded.data)
    found = checks.run_data_checks(state.shown, state.kind, loaded.data, text)
    if state.kind == "unknown":
        found.append(_unknown_kind(state.shown, loaded.data))
    else:
        found += schema.validate(state.kind, loaded.data, state.shown)
    state.problems = [
        _visible(p) for p in _one_per_number(problems + positions.resolve(text, found))
    ]


def _one_per_number(problems: list[Problem]) -> list[Problem]:
    """A number written as documents write it (``budget: 80.000.000``) is a string to YAML: its
    schema error (KH203, which keeps the file from the commands) and KH304 (what YAML read, how
    to write it) are at the same place. One problem: the KH203, with KH304's words."""
    numbers = {(p.line, p.col): p for p in problems if p.code == "KH304"}
    if not numbers:
        return problems
    merged: set = set()
    out = []
    for p in problems:
        number = numbers.get((p.line, p.col)) if p.code == "KH203" else None
        what, sep, hint = number.message.partition(_MISREAD) if number else ("", "", "")
        if sep and what.startswith("Số "):
            message = f"{p.message} {what[3:].strip()}; {hint}"
            p = Problem(p.path, p.line, p.col, p.code, p.level, message, p.json_path)
            merged.add((p.line, p.col))
        out.append(p)
    return [p for p in out if not (p.code == "KH304" and (p.line, p.col) in merged)]


_MISREAD = " bị YAML hiểu sai; "  # KH304's words: "Số "…" bị YAML hiểu sai; <how to write it>"


DOCUMENT_KINDS = ("program", "plan", "decision", "rules", "report")


def _unknown_kind(shown: str, data: dict) -> Problem:
    """KH109 for a document whose kind is not known: missing (at the start of the file), or a
    value that is not a kind (at the value, with the closest kind)."""
    listed = ", ".join(DOCUMENT_KINDS)
    if "kind" not in data or data["kind"] is None:
        return Problem(
            shown, 1, 1, "KH109", "error", f"Không rõ loại tệp: thiếu `kind:` ({listed})"
        )
    value = data["kind"]
    message = f"Loại tệp `kind: {clean(value)}` không hợp lệ; cần một trong: {listed}"
    if isinstance(value, str):
        near = close_matches(value.strip().lower(), DOCUMENT_KINDS, n=1)
        if near:
            message = (
                f"Loại tệp {quoted(value)} không hợp lệ; có phải {quoted(near[0])}? ({listed})"
            )
    return Problem(shown, 0, 0, "KH109", "error", message, ("kind",))


def _visible(p: Problem) -> Problem:
    """Messages quote what the file says: control characters are shown as escapes."""
    message = visible(p.message)
    if message == p.message:
        return p
    return Problem(p.path, p.line, p.col, p.code, p.level, message, p.json_path)
