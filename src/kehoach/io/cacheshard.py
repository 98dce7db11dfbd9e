"""One shard file of the cache's per-file entries (``io.cache``), in two parts: the *index* — each
entry's stamp, content hash, problems, the checks' results and what ``validate`` keeps of the
document (``checks.slim``) — then the *bodies*: each document's whole data and the parts other
commands read of it (``loadparts``), as marshal bytes. ::

    MAGIC  index length (4 bytes, little-endian)  index (marshal)  bodies (marshal)

``validate`` after an edit reads the index of every shard and the bodies of none (a fourteenth of
the bytes in the bench repository: 0.6 of 8.3 MB for 1,000 plans); ``due``, ``who``, ``render``
read the bodies when they need them. One file, written at once (``save_bytes``: atomically), so
the two parts always belong together; a body is still used only when its content hash and the
environment key are its entry's.
"""

from __future__ import annotations

import marshal
import os

from .. import __version__
from .cachedir import LENGTH, framed, open_framed, read_head

MAGIC = b"KHSHARD\x02"
# the data of an entry whose data and parts are in the bodies part (``AWAY``; its parts then
# ``{}``): a tuple, which no YAML document's data is
AWAY = ("in the bodies part",)
# bytes read at once with the magic: the whole index of a shard of a repository of a thousand
# plans (~4 KB; a larger one is read in a second call)
INDEX_GUESS = 16 << 10


def away(data: object) -> bool:
    """``data`` (an entry's) says its data and parts are in the bodies part (read back from the
    file, ``AWAY`` is an equal tuple, not the same object)."""
    return type(data) is tuple and data == AWAY


def pack(head: dict, entries: dict) -> bytes:
    """The shard file of ``entries`` (key → 10-tuple, bodies in hand: none ``away``) under
    ``head`` (version, environment key); ``ValueError`` for a value marshal cannot hold."""
    index: dict = {}
    bodies: dict = {}
    for key, entry in entries.items():
        data, parts = entry[4], entry[9]
        if isinstance(data, bytes) or parts:
            index[key] = (*entry[:4], AWAY, *entry[5:9], {})
            bodies[key] = (entry[1], data, parts)
        else:
            index[key] = entry
    packed = marshal.dumps({**head, "files": index})
    rest = marshal.dumps({"version": head.get("version"), "env": head.get("env"), "bodies": bodies})
    return framed(packed, MAGIC) + rest


def _loads(raw: bytes | None, env: str) -> dict | None:
    if raw is None:
        return None
    try:
        value = marshal.loads(raw)
    except (ValueError, EOFError, TypeError, OverflowError):
        return None
    ok = isinstance(value, dict) and value.get("version") == __version__
    return value if ok and value.get("env") == env else None


def _rest(fd: int, at: int) -> bytes | None:
    try:
        return os.pread(fd, os.fstat(fd).st_size - at, at)
    except (OSError, ValueError, OverflowError):  # ValueError: a file shorter than its head says
        return None


def read_index(path: str | None, env: str) -> dict | None:
    """The entries of the index part of the shard file at ``path`` (key → 10-tuple, bodies maybe
    ``AWAY``), when it was written by this version under ``env``; else None."""
    value = _loads(read_head(path, MAGIC, INDEX_GUESS), env)
    files = value.get("files") if value is not None else None
    return files if isinstance(files, dict) else None


def read_bodies(path: str | None, env: str) -> dict:
    """The bodies part of the shard file at ``path``: key → (content hash, data, parts); empty
    when it cannot be read (then every ``AWAY`` entry of it is a cold read)."""
    found = open_framed(path, MAGIC)
    if found is None:
        return {}
    fd, size = found
    try:
        value = _loads(_rest(fd, len(MAGIC) + LENGTH + size), env)
    finally:
        os.close(fd)
    bodies = value.get("bodies") if value is not None else None
    return bodies if isinstance(bodies, dict) else {}


def body_of(bodies: dict, key: str, digest: str) -> tuple[object, dict] | None:
    """(data, parts) of ``key`` in ``bodies`` when they were made from the content hashed
    ``digest`` (its entry's), else None."""
    found = bodies.get(key)
    if (
        isinstance(found, tuple)
        and len(found) == 3
        and found[0] == digest
        and isinstance(found[2], dict)
    ):
        return found[1], found[2]
    return None
