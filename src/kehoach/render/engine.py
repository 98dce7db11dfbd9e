"""The Jinja environment every output family renders through.

- Templates are looked up in the repository's ``templates/`` first, then in the built-in ones, so
  a repository overrides a built-in template (or one of its macro files) by giving a file the same
  relative name. ``builtin/<name>`` always reaches the built-in, e.g. to ``{% extends %}`` it.
- Undefined variables are errors (``StrictUndefined``); every template, built-in or not, runs in a
  bounded sandbox (``sandbox``): a repository's templates are code from whoever wrote the
  repository, so they read only regular files inside the template folders and cannot allocate or
  loop without bound.
- Templates whose name has a ``.html``, ``.xml`` or ``.docx`` part are autoescaped: ``&``, ``<``
  and quotes in the data print as text, in HTML and in WordprocessingML alike.
- Errors (syntax, undefined variable, sandbox violation) become a ``KehoachError`` naming the
  template and the line.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from .. import viet
from ..errors import KehoachError
from ..io.discover import display_path, inside
from ..resources import templates_dir
from . import metrics, sandbox, sidebyside, tables, text

if TYPE_CHECKING:  # jinja2 is imported by the functions that use it: a CLI start does not pay
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

ESCAPED_PARTS = {"html", "htm", "xml", "docx"}


def autoescape(name: str | None) -> bool:
    if not name:
        return False
    parts = Path(name).name.split(".")[1:]
    return any(p in ESCAPED_PARTS for p in parts)


def environment(repo_root: Path | None = None) -> SandboxedEnvironment:
    import jinja2

    confined, bounded_env, _ = sandbox.classes()
    builtin = templates_dir()
    search = []
    own = repo_root / "templates" if repo_root is not None else None
    if repo_root is not None and own is not None and own.is_dir():
        if not inside(own, repo_root.resolve()):
            raise KehoachError(
                f"{display_path(own)} trỏ ra ngoài kho; không dùng mẫu ở đó.",
                hint="templates/ phải là thư mục thật trong kho, không phải liên kết ra ngoài.",
            )
        search.append(own)
    search.append(builtin)
    loader = jinja2.ChoiceLoader(
        [confined(search), jinja2.PrefixLoader({"builtin": confined([builtin])})]
    )
    env = bounded_env(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(
        {
            "upper_vi": viet.upper,
            "money": viet.money,
            "roman": viet.roman,
            "amount_in_words": viet.amount_in_words,
            "md": text.md_escape,
            "wrapped": text.wrapped,
            "underlined": text.underlined,
            "broken": text.broken,
            "columns": text.columns,
            "pad": text.pad,
            "table_text": tables.as_text,
            "width_tw": metrics.text_width_twips,
            "balanced": metrics.balanced_lines,
            "signer_widths_tw": sidebyside.docx_widths,
            "signer_widths": sidebyside.text_widths,
            "signer_rows": sidebyside.rows,
        }
    )
    env.filters = {name: sandbox.bounded_filter(f) for name, f in env.filters.items()}
    env.globals.update(
        {
            "width_tw": metrics.text_width_twips,
            "date_line": viet.date_line,
            "number_line": viet.number_line,
        }
    )
    return env


def template_name(kind: str, family: str, override: str | None, env: jinja2.Environment) -> str:
    """The template to use: ``--template NAME`` (as given, or ``NAME.<family>.j2``), else
    ``<kind>.<family>.j2``."""
    import jinja2

    if not override:
        return f"{kind}.{family}.j2"
    for candidate in (override, f"{override}.{family}.j2"):
        try:
            env.get_template(candidate)
            return candidate
        except jinja2.TemplateNotFound:
            continue
        except jinja2.TemplateSyntaxError as exc:
            raise _syntax(exc) from None
    raise KehoachError(
        f"Không tìm thấy mẫu `{override}` (đã tìm `{override}` và `{override}.{family}.j2` "
        "trong templates/ của kho và các mẫu có sẵn)"
    )


def render(env: jinja2.Environment, name: str, context: dict) -> str:
    """Render template ``name`` with ``context`` (as ``doc``); errors name the template and line."""
    import jinja2

    _, _, limit = sandbox.classes()
    try:
        template = env.get_template(name)
        return sandbox.render_bounded(template, context)
    except jinja2.TemplateNotFound as exc:
        raise KehoachError(f"Không tìm thấy mẫu `{exc.name}` (cần cho `{name}`)") from None
    except jinja2.TemplateSyntaxError as exc:
        raise _syntax(exc) from None
    except limit as exc:
        where = _template_frame(exc)
        raise KehoachError(f"Mẫu {where or name} vượt giới hạn: {exc}") from None
    except RecursionError:
        raise KehoachError(f"Mẫu {name} gọi lồng nhau quá sâu (macro đệ quy?)") from None
    except (
        jinja2.TemplateError,
        TypeError,
        ValueError,
        AttributeError,
        LookupError,
        ArithmeticError,
    ) as exc:
        where = _template_frame(exc)
        kind = (
            "biến chưa định nghĩa"
            if isinstance(exc, jinja2.UndefinedError)
            else "lỗi khi dựng văn bản"
        )
        raise KehoachError(f"Lỗi trong mẫu {where or name}: {kind}: {exc}") from None


def _syntax(exc: jinja2.TemplateSyntaxError) -> KehoachError:
    where = _short(exc.filename) if exc.filename else exc.name
    return KehoachError(f"Lỗi cú pháp trong mẫu {where}, dòng {exc.lineno}: {exc.message}")


def _template_frame(exc: BaseException) -> str | None:
    """'plan.txt.j2, dòng 12' from the innermost traceback frame that is a template."""
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and frame.filename.endswith(".j2"):
            found = f"{_short(frame.filename)}, dòng {frame.lineno}"
    return found


def _short(filename: str) -> str:
    """'templates/plan.txt.j2' for a repository template, 'txt/macros.txt.j2 (mẫu có sẵn)' for a
    built-in one."""
    path = Path(filename)
    try:
        return f"{path.relative_to(templates_dir()).as_posix()} (mẫu có sẵn)"
    except ValueError:
        return display_path(path)
