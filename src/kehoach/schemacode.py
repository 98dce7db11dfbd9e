"""The source of a fast schema validator: a JSON Schema turned into Python code that answers
valid or not (``valid(data) -> bool``) without building a message or a path — a document that
fails is validated again by jsonschema for its problems (``schema.validate``).

One function per definition, called where the schema says ``$ref`` (the same calls, so the same
depth of recursion, as fastjsonschema's code); everything else inline: one ``if not (…)`` per
value, properties looked up only when present, the allowed keys as one frozenset, string enums
as frozensets, patterns compiled once. Only the keywords the shipped schemas use are compiled
here; a schema with any other keyword raises ``Unsupported`` and ``schema`` falls back to
fastjsonschema's code. The answers are fastjsonschema's on every document (its ``$`` ends a match
only at the very end: ``\\Z``), checked by a differential test over random documents.
"""

from __future__ import annotations

import re

from .schemaleaf import Unsupported, set_source, value_tests

KNOWN = frozenset(  # the keywords compiled here
    "type $ref definitions enum allOf anyOf minLength pattern minimum maximum items minItems maxItems"
    " uniqueItems properties required additionalProperties propertyNames".split()
)
HEADER = """\
import re

from kehoach.schemarun import Fail as _Fail, freeze as _freeze, matches as _matches, unique as _unique
"""


class _Gen:
    def __init__(self, root: dict):
        self.root = root
        self.consts: dict[str, str] = {}  # source of a constant → its name
        self.annotations: dict[str, str] = {}  # name → type, where mypy cannot tell
        self.functions: dict[str, str] = {}  # definition → function name
        self.queue: list[str] = []
        self.counter = 0

    def const(self, source: str, annotation: str = "") -> str:
        name = self.consts.get(source)
        if name is None:
            name = f"_C{len(self.consts)}"
            self.consts[source] = name
            if annotation:
                self.annotations[name] = annotation
        return name

    def fresh(self, stem: str) -> str:
        self.counter += 1
        return f"{stem}{self.counter}"

    def call(self, ref: object, v: str) -> str:
        prefix = "#/definitions/"
        if not isinstance(ref, str) or not ref.startswith(prefix):
            raise Unsupported(f"$ref {ref!r}")
        name = ref[len(prefix) :]
        if name not in self.root.get("definitions", {}):
            raise Unsupported(f"$ref {ref!r}")
        definition = self.root["definitions"][name]
        if not _has_ref(definition):  # a leaf: inline (it is never part of a recursion)
            inline = self.expressions(definition, v)
            if inline is not None:
                return "(" + _joined(inline) + ")"
        fn = self.functions.get(name)
        if fn is None:
            fn = self.functions[name] = (
                f"_d_{re.sub(r'[^0-9A-Za-z_]', '_', name)}_{len(self.functions)}"
            )
            self.queue.append(name)
        return f"{fn}({v})"

    # -- one schema: a list of expressions (all must hold) and statement blocks ----------------

    def expressions(self, s: object, v: str) -> list[str] | None:
        """``s`` at ``v`` as expressions that must all hold, or None when it needs statements."""
        if not isinstance(s, dict):
            raise Unsupported(f"schema {s!r}")
        unknown = set(s) - KNOWN
        if unknown:
            raise Unsupported(", ".join(sorted(unknown)))
        if any(k in s for k in ("items", "properties", "propertyNames")):
            return None
        if isinstance(s.get("additionalProperties", False), dict):
            return None
        out = value_tests(s, v, self.const)
        if "$ref" in s:
            out.append(self.call(s["$ref"], v))
        for sub in s.get("allOf", []):
            inner = self.expressions(sub, v)
            if inner is None:
                return None
            out.extend(inner)
        if "anyOf" in s:
            branches = [self.expressions(sub, v) for sub in s["anyOf"]]
            done = [b for b in branches if b is not None]
            if len(done) < len(branches):
                return None
            out.append("(" + " or ".join(_joined(b) for b in done) + ")")
        return out

    def block(self, s: dict, v: str, ind: int, fail: str, lines: list[str]) -> None:
        """Statements that run ``fail`` when ``v`` does not hold against ``s``."""
        pad = "    " * ind
        exprs = self.expressions(s, v)
        if exprs is not None:
            if exprs:
                lines.append(f"{pad}if not ({_joined(exprs)}):")
                lines.append(f"{pad}    {fail}")
            return
        # statements: the same keywords, those needing loops written out
        flat = {k: x for k, x in s.items() if k not in ("allOf", "anyOf")}
        for key in ("items", "properties", "required", "additionalProperties", "propertyNames"):
            flat.pop(key, None)
        simple = self.expressions(flat, v) or []
        if simple:
            lines.append(f"{pad}if not ({_joined(simple)}):")
            lines.append(f"{pad}    {fail}")
        for sub in s.get("allOf", []):
            self.block(sub, v, ind, fail, lines)
        if "anyOf" in s:
            self.any_of(s["anyOf"], v, ind, fail, lines)
        if "items" in s:
            self.items(s, v, ind, fail, lines)
        if any(k in s for k in ("properties", "required", "additionalProperties", "propertyNames")):
            self.mapping(s, v, ind, fail, lines)

    def any_of(self, branches: list, v: str, ind: int, fail: str, lines: list[str]) -> None:
        pad = "    " * ind
        ok = self.fresh("ok")
        lines.append(f"{pad}{ok} = False")
        for sub in branches:
            lines.append(f"{pad}if not {ok}:")
            exprs = self.expressions(sub, v)
            if exprs is not None:
                lines.append(f"{pad}    {ok} = bool({_joined(exprs) if exprs else 'True'})")
                continue
            lines.append(f"{pad}    try:")
            self.block(sub, v, ind + 2, "raise _Fail", lines)
            lines.append(f"{pad}        {ok} = True")
            lines.append(f"{pad}    except _Fail:")
            lines.append(f"{pad}        pass")
        lines.append(f"{pad}if not {ok}:")
        lines.append(f"{pad}    {fail}")

    def items(self, s: dict, v: str, ind: int, fail: str, lines: list[str]) -> None:
        sub = s["items"]
        if not isinstance(sub, dict):
            raise Unsupported("items as a list")
        pad = "    " * ind
        if s.get("type") != "array":
            lines.append(f"{pad}if isinstance({v}, (list, tuple)):")
            ind += 1
            pad += "    "
        x = self.fresh("x")
        lines.append(f"{pad}for {x} in {v}:")
        body: list[str] = []
        self.block(sub, x, ind + 1, fail, body)
        lines.extend(body or [f"{pad}    pass"])

    def mapping(self, s: dict, v: str, ind: int, fail: str, lines: list[str]) -> None:
        pad = "    " * ind
        if s.get("type") != "object":
            lines.append(f"{pad}if isinstance({v}, dict):")
            ind += 1
            pad += "    "
        props = s.get("properties", {})
        if not isinstance(props, dict):
            raise Unsupported("properties")
        required = s.get("required", [])
        if required:
            test = " and ".join(f"{k!r} in {v}" for k in required)
            lines.append(f"{pad}if not ({test}):")
            lines.append(f"{pad}    {fail}")
        extra = s.get("additionalProperties", True)
        if extra is False:
            allowed = self.const(set_source(props), "frozenset[str]")
            lines.append(f"{pad}if not ({v}.keys() <= {allowed}):")
            lines.append(f"{pad}    {fail}")
        for name, sub in props.items():
            x = self.fresh("p")
            lines.append(f"{pad}if {name!r} in {v}:")
            lines.append(f"{pad}    {x} = {v}[{name!r}]")
            body: list[str] = []
            self.block(sub, x, ind + 1, fail, body)
            lines.extend(body or [f"{pad}    pass"])
        if isinstance(extra, dict):
            key = self.fresh("k")
            lines.append(f"{pad}for {key} in {v}:")
            known = self.const(set_source(props), "frozenset[str]")
            lines.append(f"{pad}    if {key} not in {known}:")
            self.block(extra, f"{v}[{key}]", ind + 2, fail, lines)
        elif extra is not True and extra is not False:
            raise Unsupported("additionalProperties")
        if "propertyNames" in s:
            key = self.fresh("k")
            lines.append(f"{pad}for {key} in {v}:")
            body = []
            self.block(s["propertyNames"], key, ind + 1, fail, body)
            lines.extend(body or [f"{pad}    pass"])

    def function(self, name: str, s: object) -> list[str]:
        lines = [f"def {name}(data):"]
        if not isinstance(s, dict):
            raise Unsupported(f"schema {s!r}")
        self.block(s, "data", 1, "return False", lines)
        lines.append("    return True")
        return lines


def _has_ref(schema: object) -> bool:
    if isinstance(schema, dict):
        return "$ref" in schema or any(_has_ref(v) for v in schema.values())
    if isinstance(schema, list):
        return any(_has_ref(v) for v in schema)
    return False


def _joined(exprs: list[str]) -> str:
    return " and ".join(exprs) if exprs else "True"


def source(schema: dict) -> str:
    """Python source defining ``valid(data) -> bool`` for ``schema`` (``Unsupported`` when it uses
    a keyword this generator does not compile)."""
    gen = _Gen(schema)
    body = gen.function("valid", schema)
    done: set[str] = set()
    while gen.queue:
        name = gen.queue.pop(0)
        if name in done:
            continue
        done.add(name)
        body += ["", ""] + gen.function(gen.functions[name], schema["definitions"][name])
    consts = [
        f"{name}: {gen.annotations[name]} = {src}" if name in gen.annotations else f"{name} = {src}"
        for src, name in gen.consts.items()
    ]
    return HEADER + "\n" + "\n".join(consts) + "\n\n\n" + "\n".join(body) + "\n"
