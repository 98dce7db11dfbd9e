"""Hashes of bytes for kehoach's own bookkeeping: cache keys, the content of files, the C sources
and schemas that a build was made from. BLAKE2b from CPython's own ``_blake2``, not ``hashlib``:
``hashlib`` loads OpenSSL, ~2.5 ms of CPU in every process that imports it — a fortieth of the
editor's one-file ``validate`` (docs/performance.md). BLAKE2b is slower than OpenSSL's SHA-256
(1.3× on a Xeon without SHA instructions, 2.5× on an EPYC with them: 3–7 ms more per 10 MB), and a
cold ``validate`` hashes each file once: under 1 % of its CPU time."""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # another Python: the same function through hashlib
    from hashlib import blake2b

__all__ = ["blake2b", "hex_digest"]


def hex_digest(raw: bytes, size: int = 32) -> str:
    """The BLAKE2b hash of ``raw``, ``size`` bytes long, as ``2 × size`` hex digits."""
    return blake2b(raw, digest_size=size).hexdigest()
