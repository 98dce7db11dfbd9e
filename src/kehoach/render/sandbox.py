"""The Jinja sandbox every template runs in, with bounds: a repository's templates are code from
whoever wrote the repository, and rendering one must neither read outside the template folders nor
exhaust memory or time.

- Templates are read only from the repository's ``templates/`` and the shipped templates: a path
  that resolves outside them (a symbolic link to ``/``) is refused, and only regular files are
  read (``ConfinedLoader``).
- Every string a template builds — joined with ``~``, multiplied, formatted, padded — and the
  output itself stay under ``MAX_TEXT`` characters; ``range`` stays under ``MAX_RANGE`` items;
  powers under ``MAX_POWER_BITS``; a render stops after ``MAX_SECONDS``.

A bound that is hit is a ``TemplateLimit`` (a ``SecurityError``); ``engine.render`` turns it into a
Vietnamese message naming the template and the line.
"""

from __future__ import annotations

import math
import os
import re
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ..errors import KehoachError
from ..io.discover import display_path, inside
from ..io.yamlio import read_bytes

MAX_TEXT = 10_000_000  # characters: a long plan is well under 1 MB
MAX_RANGE = 100_000
MAX_POWER_BITS = 65_536
MAX_SECONDS = 60.0
_PADDING = {"center", "ljust", "rjust", "zfill", "expandtabs"}
# a width or precision of seven digits or more, or one taken from an argument ("*")
_WIDE_PERCENT = re.compile(r"%[-#0 +]*(?:\*|\d{7,})|%[-#0 +]*\d*\.(?:\*|\d{7,})")
_WIDE_FORMAT = re.compile(r"\{[^{}]*:[^{}]*(?:\d{7,}|\{)")


@cache
def classes():
    """(``ConfinedLoader``, ``BoundedEnvironment``, ``TemplateLimit``): built on first use, so that
    jinja2 is imported only by the commands that render."""
    import jinja2
    from jinja2.compiler import CodeGenerator
    from jinja2.loaders import split_template_path
    from jinja2.sandbox import SandboxedEnvironment, SecurityError

    class TemplateLimit(SecurityError):
        pass

    class ConfinedLoader(jinja2.BaseLoader):
        """Templates from ``roots`` only: regular files whose real path stays inside the root."""

        def __init__(self, roots: list[Path]):
            self.roots = [Path(os.path.realpath(r)) for r in roots]

        def get_source(self, environment, template):
            pieces = split_template_path(template)  # refuses "..": TemplateNotFound
            for root in self.roots:
                path = os.path.join(root, *pieces)
                if not os.path.lexists(path):
                    continue
                if not inside(path, root):
                    raise KehoachError(
                        f"Mẫu {display_path(Path(path))} trỏ ra ngoài thư mục mẫu; không dùng.",
                        hint="Mẫu chỉ được nằm trong templates/ của kho (không dùng liên kết ra ngoài).",
                    )
                raw, why = read_bytes(path)
                if raw is None:
                    raise KehoachError(f"Mẫu {display_path(Path(path))}: {why}")
                try:
                    source = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise KehoachError(
                        f"Mẫu {display_path(Path(path))} không phải UTF-8; hãy lưu lại bằng UTF-8."
                    ) from None
                mtime = os.path.getmtime(path)
                return source, path, lambda p=path, m=mtime: os.path.getmtime(p) == m
            raise jinja2.TemplateNotFound(template)

    class BoundedCodeGenerator(CodeGenerator):
        def visit_Concat(self, node, frame):  # "a ~ b": the joined string is bounded
            self.write("environment.bounded(")
            super().visit_Concat(node, frame)
            self.write(")")

    class BoundedEnvironment(SandboxedEnvironment):
        code_generator_class = BoundedCodeGenerator
        # the operators call_binop sees (and constant folding leaves to run time)
        intercepted_binops = frozenset({"*", "**", "%", "+"})

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.deadline = time.monotonic() + MAX_SECONDS
            self.globals["range"] = self.bounded_range

        def start(self) -> None:
            self.deadline = time.monotonic() + MAX_SECONDS

        def tick(self) -> None:
            if time.monotonic() > self.deadline:
                raise TemplateLimit(f"dựng văn bản quá {MAX_SECONDS:.0f} giây")

        def bounded(self, value):
            if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
                raise TemplateLimit(f"chuỗi dài quá {MAX_TEXT:,} ký tự".replace(",", "."))
            return value

        def bounded_range(self, *args):
            rng = range(*args)
            if len(rng) > MAX_RANGE:
                raise TemplateLimit(f"range() quá {MAX_RANGE:,} phần tử".replace(",", "."))
            return BoundedRange(rng, self.tick)

        def call_binop(self, context, operator, left, right):
            if operator == "*":
                for seq, n in ((left, right), (right, left)):
                    if isinstance(seq, str | list | tuple) and isinstance(n, int):
                        if len(seq) * n > MAX_TEXT:
                            raise TemplateLimit("phép nhân tạo chuỗi quá dài")
            elif operator == "**" and isinstance(left, int) and isinstance(right, int):
                if right > 0 and abs(left) > 1 and right * math.log2(abs(left)) > MAX_POWER_BITS:
                    raise TemplateLimit("lũy thừa quá lớn")
            elif operator == "%" and isinstance(left, str) and _WIDE_PERCENT.search(left):
                raise TemplateLimit("định dạng '%' có độ rộng quá lớn")
            return self.bounded(super().call_binop(context, operator, left, right))

        def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - jinja's signature
            __self.tick()
            if getattr(__obj, "__name__", "") in _PADDING and isinstance(
                getattr(__obj, "__self__", None), str
            ):
                if any(isinstance(a, int) and a > MAX_TEXT for a in args):
                    raise TemplateLimit("độ rộng quá lớn")
            return __self.bounded(super().call(__context, __obj, *args, **kwargs))

        def wrap_str_format(self, value):
            fn = super().wrap_str_format(value)
            if fn is None:
                return None
            spec = getattr(value, "__self__", "")

            def bounded_format(*args, **kwargs):
                if isinstance(spec, str) and _WIDE_FORMAT.search(spec):
                    raise TemplateLimit("định dạng có độ rộng quá lớn")
                return self.bounded(fn(*args, **kwargs))

            return bounded_format

    return ConfinedLoader, BoundedEnvironment, TemplateLimit


class BoundedRange(Sequence):
    """A ``range`` whose iteration checks the render's deadline (nested loops that print nothing
    would otherwise run for hours)."""

    def __init__(self, rng: range, tick):
        self._rng, self._tick = rng, tick

    def __len__(self) -> int:
        return len(self._rng)

    def __getitem__(self, index):
        return self._rng[index]

    def __iter__(self):
        for i, value in enumerate(self._rng):
            if not i % 1024:
                self._tick()
            yield value


def bounded_filter(func):
    """A filter whose whole-number arguments (widths, counts) and result are bounded."""
    _, _, limit = classes()

    skip = 2 if hasattr(func, "jinja_pass_arg") else 1  # (context or environment,) value

    def wrapper(*args, **kwargs):
        values = list(args[skip:]) + list(kwargs.values())
        if any(isinstance(a, int) and not isinstance(a, bool) and a > MAX_TEXT for a in values):
            raise limit("tham số của bộ lọc quá lớn")
        result = func(*args, **kwargs)
        if isinstance(result, str) and len(result) > MAX_TEXT:
            raise limit(f"chuỗi dài quá {MAX_TEXT:,} ký tự".replace(",", "."))
        return result

    for attr in ("jinja_pass_arg",):  # keep @pass_environment / @pass_context markers
        if hasattr(func, attr):
            setattr(wrapper, attr, getattr(func, attr))
    wrapper.__name__ = getattr(func, "__name__", "filter")
    return wrapper


def render_bounded(template, context: dict) -> str:
    """The output of ``template``, stopped when it exceeds ``MAX_TEXT`` characters."""
    _, _, limit = classes()
    env = template.environment
    if hasattr(env, "start"):
        env.start()
    parts, size = [], 0
    for chunk in template.generate(doc=context):
        size += len(chunk)
        if size > MAX_TEXT:
            raise limit(f"văn bản dài quá {MAX_TEXT:,} ký tự".replace(",", "."))
        parts.append(chunk)
    return "".join(parts)
