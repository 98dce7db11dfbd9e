"""Option values without pydantic where typer would build a pydantic ``TypeAdapter`` for them.

typer (0.2x) coerces every option value through a pydantic ``TypeAdapter``, built — and pydantic
imported, ~0.2 s of CPU — the first time a command parses its options, even for a ``str`` that
click already gives as a ``str`` (and for ``--help``). An option typed ``str``, ``bool`` or
``list[str]`` gets a coercion that gives what the adapter gives for click's values (the string,
the flag, the strings as a list); any other value, and any other type, goes to typer's own
coercion, in typer's words. With a typer that
coerces otherwise (no ``typer._coercion``), nothing is changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["plain_coercion"]

_PLAIN = (str, bool, list[str])


@cache
def _strings_class() -> type | None:
    try:
        from typer._coercion import RuntimeParam, build_runtime_param, resolve_type_descriptor
    except ImportError:
        return None

    @dataclass(frozen=True)
    class Strings(RuntimeParam):
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, self.annotation if self.annotation in (str, bool) else ()):
                return value
            if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
                return list(value)
            typed = build_runtime_param(
                resolve_type_descriptor(self.annotation, self.parameter_info)
            )
            return typed._coerce_value(value, param=param, ctx=ctx)

    return Strings


def plain_coercion(command: Any) -> Any:
    """``command`` (and its subcommands built so far) with the ``str``, ``bool`` and ``list[str]``
    options — its help option too, once click has made it — coerced without pydantic; returns
    ``command``."""
    strings = _strings_class()
    for sub in getattr(command, "commands", {}).values():
        plain_coercion(sub)
    if strings is None:
        return command
    help_option = getattr(command, "_help_option", None)  # made by click on first use
    for param in [*command.params, *([help_option] if help_option is not None else [])]:
        desc = getattr(param, "type_descriptor", None)
        if (
            desc is not None
            and getattr(param, "_runtime_param", False) is None
            and getattr(desc, "file_annotation", None) is None
            and desc.annotation in _PLAIN
        ):
            param._runtime_param = strings(
                parameter_info=desc.parameter_info, annotation=desc.annotation
            )
    return command
