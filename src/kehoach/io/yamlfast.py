"""The one-pass YAML loader: Python objects built straight from libyaml's event stream, with no
node graph in between.

It handles what kehoach files are made of — mappings with plain keys, lists, untagged scalars
(resolved like ``yamlload.Loader``: YAML 1.1 ints, floats, booleans and null, dates left as
strings) — and gives up (``Unusual``) on anything else: an anchor or alias, an explicit tag, a
merge key, a duplicate or non-scalar key, more than one document, any error of the parser. The
caller (``yamlio.parse``) then parses the text again with ``yamlload.Loader``, which composes the
node graph and holds every rule for those cases (bounded aliases, refused tags, duplicate keys
with their positions, the parse error and its position): one code path decides what an unusual
file means, and the common file is read at the speed of the parser.

The result for a file the fast path accepts is exactly what ``Loader`` builds (checked by the
differential tests in ``tests/unit/test_yamlfast.py``), every string interned (shared by all the
files loaded, in the main process too: ``marshal`` keeps them interned).

The same loop exists twice: ``_load`` below, over PyYAML's ``CParser`` (one Python event object
and two marks per node), and ``_cyaml.load``, a C extension over libyaml's parser that builds the
objects directly (``_cyaml.c``, compiled by ``hatch_build.py``; about 3× faster), in front of
which a line scanner (``_cyaml_lines.h``) reads the common kehoach file without libyaml, about 3×
faster again, and declines anything else to the libyaml loop. ``_LOAD`` is the
one choice between them: the C one when it is built from the source next to it, ``_load``
otherwise. Both give the same data and give up on the same texts (the tests run both).
"""

from __future__ import annotations

import os
import sys

from ..hashes import blake2b
from .yamlplain import LENGTHS, STR, construct, printable, resolve

TYPE_CHECKING = False  # as typing's, without importing typing (``_typing``)
if TYPE_CHECKING:
    from typing import Any

# ``yaml`` is imported only by the loop over PyYAML's parser (``_load``: no C loader, or nesting
# deeper than it builds), never by a run the C loader reads every file of


class Unusual(Exception):
    """The text holds something the fast path leaves to the composing loader."""


class Deep(Unusual):
    """Nested deeper than the C loader builds (``_cyaml.c``, ``MAX_DEPTH``): ``load`` runs the
    Python loop, whose parser (PyYAML's libyaml) decides where nesting stops being accepted."""


# the C sources of the extension, as ``hatch_build.SOURCES``: their digest is its SOURCE_DIGEST
SOURCES = ("_cyaml.c", "_cyaml_lines.h")
_NOKEY = object()
_CONSTRUCTED: dict[tuple[str, str], object] = {}  # (tag, plain scalar) → value; bounded
_PLAIN: dict[str, object] = {}  # short plain scalar → its value (interned string, int…); bounded


def _plain(value: str):
    """The value of an untagged plain scalar other than a string (int, float, bool, null), or
    ``value`` itself when it resolves to a string."""
    tag = resolve(value)
    if tag == STR:
        return value
    key = (tag, value)
    try:
        return _CONSTRUCTED[key]
    except KeyError:
        pass
    # a tag left to the composing loader (``<<``, ``=``), a value its constructor refuses, or an
    # int too long to print (4,300 digits), raises: Unusual
    made = printable(construct(tag, value))
    if len(_CONSTRUCTED) < 65536:
        _CONSTRUCTED[key] = made
    return made


def _accelerator(folder: str = os.path.dirname(__file__)):
    """``_cyaml.load`` (the same loader in C, over libyaml: ``hatch_build.py``) when it is built,
    from the C source in ``folder`` (a source tree) or wherever there is no such source (a wheel),
    for these resolvers, and ``KEHOACH_NO_C_YAML`` is not set; ``None`` otherwise (then
    ``_load``). With ``KEHOACH_NO_YAML_LINES`` set: the extension's libyaml loop without the line
    scanner in front of it (``_cyaml.load_events``)."""
    if os.environ.get("KEHOACH_NO_C_YAML"):  # measuring the difference, or ruling it out
        return None
    try:
        from . import _cyaml  # type: ignore[attr-defined]
    except ImportError:
        return None
    # no source installed alongside (a wheel built without it): the build's own
    digest = source_digest(folder) or _cyaml.SOURCE_DIGEST
    if digest != _cyaml.SOURCE_DIGEST:  # a binary left from an older source: not used
        return None
    _cyaml.setup(Unusual, Deep, _plain, _PLAIN, LENGTHS)
    if os.environ.get("KEHOACH_NO_YAML_LINES"):  # the libyaml loop alone: measuring, ruling out
        return _cyaml.load_events
    return _cyaml.load


def source_digest(folder: str = os.path.dirname(__file__)) -> str | None:
    """The BLAKE2b hash of the extension's C sources in ``folder`` (``SOURCES``, hashed one after the
    other, as ``hatch_build.source_digest`` does when it compiles them); None when one is
    missing."""
    sha = blake2b(digest_size=32)
    try:
        for name in SOURCES:
            with open(os.path.join(folder, name), "rb") as f:
                sha.update(f.read())
    except OSError:
        return None
    return sha.hexdigest()


def load(text: str, utf8: bytes | None = None, marks: list | None = None):
    """The data of ``text``; ``Unusual`` when the composing loader must decide. ``utf8``: the
    UTF-8 bytes ``text`` was decoded from, when in hand (a file just read): the C loader takes
    them instead of encoding the text again. ``marks``: a list that gets ``(sequence, lines of
    its items)`` for every block sequence of the data when the C line scanner built it (else it
    is left empty: ``_cyaml_lines.h``)."""
    if _LOAD is None:
        raise Unusual
    arg = utf8 if utf8 is not None and _BYTES else text
    try:
        try:
            return _LOAD(arg) if marks is None or not _MARKS else _LOAD(arg, marks)
        except Deep:
            return _load(text)  # the libyaml loop raised it: ``marks`` were left empty
    except Unusual:
        raise
    except Exception as exc:  # noqa: BLE001 - parse errors, encoding errors: the slow path words them
        raise Unusual from exc


def _events():
    """PyYAML's libyaml parser and the event classes ``_load`` tells apart, imported on first use;
    ``Unusual`` when PyYAML was built without libyaml (the composing loader then does all)."""
    try:
        from yaml import events
        from yaml._yaml import CParser
    except ImportError:
        raise Unusual from None
    return CParser, (
        events.ScalarEvent,
        events.MappingStartEvent,
        events.MappingEndEvent,
        events.SequenceStartEvent,
        events.SequenceEndEvent,
        events.DocumentEndEvent,
        events.StreamEndEvent,
    )


def _load(text: str):
    parser, classes = _events()
    scalar, map_start, map_end, seq_start, seq_end, doc_end, stream_end = classes
    get = parser(text).get_event
    get()  # stream start
    if get().__class__ is stream_end:  # empty, or comments only
        return None
    intern, plain = sys.intern, _PLAIN
    stack: list = []
    cur: Any = None
    is_map = False
    key: object = _NOKEY
    root: object = None
    while True:
        ev: Any = get()
        cls = ev.__class__
        if cls is scalar:
            if ev.tag is not None or ev.anchor is not None:
                raise Unusual
            value = ev.value
            if is_map and key is _NOKEY:  # a key, kept as written ("yes", "1", "~" stay text)
                if value == "<<" and ev.implicit[0]:
                    raise Unusual  # merge key
                key = intern(value)
                continue
            if ev.implicit[0]:
                known = plain.get(value, _NOKEY)
                if known is _NOKEY:
                    known = _plain(value)
                    if known.__class__ is str:
                        known = intern(known)
                    if len(value) <= 32 and len(plain) < 65536:
                        plain[value] = known
                value = known
            else:
                # keys, ids, statuses, dates, and the sentences every plan of a body repeats
                # (legal bases, recipients, signers' titles): one string for all the files loaded
                value = intern(value)
        elif cls is map_start or cls is seq_start:
            if ev.tag is not None or ev.anchor is not None or (is_map and key is _NOKEY):
                raise Unusual  # tagged, anchored, or a mapping used as a key
            stack.append((cur, is_map, key))
            if cls is map_start:
                cur, is_map = {}, True
            else:
                cur, is_map = [], False
            key = _NOKEY
            continue
        elif cls is map_end or cls is seq_end:
            value = cur
            cur, is_map, key = stack.pop()
        elif cls is doc_end:
            break
        else:  # an alias, a second document…
            raise Unusual
        if cur is None:
            root = value
        elif is_map:
            if key in cur:
                raise Unusual  # duplicate key: reported with its position by the slow path
            cur[key] = value
            key = _NOKEY
        else:
            cur.append(value)
    if get().__class__ is not stream_end:
        raise Unusual  # more than one document
    return root


# the one place that chooses: the C loader when built and current, else the loop above over
# PyYAML's parser, else (PyYAML without libyaml) nothing: every file goes to the composing loader
_LOAD: Any = _accelerator() or _load
# the same extension's one pass over a text for the text checks (``checks.text``), when its loader
# is the one chosen (a C function's ``__self__`` is its module); None otherwise
SCAN = getattr(getattr(_LOAD, "__self__", None), "scan", None)
_BYTES = SCAN is not None  # the C loader: it also takes UTF-8 bytes
# the C loader with its line scanner in front: it gives the lines of sequence items
_MARKS = _BYTES and _LOAD is getattr(_LOAD.__self__, "load", None)
