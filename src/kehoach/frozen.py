"""``Frozen``: the base of the records written out instead of frozen ``dataclass``es (``Problem``,
``schedule.Occurrence``): compared and hashed by their ``_key``, immutable once made."""

from __future__ import annotations


class Frozen:
    """An immutable record equal to, and hashed as, another of its class with the same ``_key``
    (set, like every field, with ``object.__setattr__`` in ``__init__``). Assigning or deleting a
    field raises ``dataclasses.FrozenInstanceError``, as a frozen dataclass does."""

    __slots__ = ()
    _key: tuple

    def __eq__(self, other: object) -> bool:
        return self._key == other._key if other.__class__ is self.__class__ else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key)

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError  # the error a frozen dataclass raises

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")
