"""Map a JSON path inside a document to ``line:col``, lazily.

Only when a file has problems is it composed again with marks (libyaml, fast); each problem's JSON
path is then resolved to the node it names: the offending value, or, for a missing key, the mapping
that should hold it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..once import once
from ..problem import Problem

# ``yaml`` is imported when a file with problems is composed again (``compose``), not by every run


@once
def _structure_loader():
    """A loader that composes nodes with marks, skipping implicit tag resolution (only structure
    is needed)."""
    import yaml

    tags = {
        yaml.ScalarNode: "tag:yaml.org,2002:str",
        yaml.SequenceNode: "tag:yaml.org,2002:seq",
        yaml.MappingNode: "tag:yaml.org,2002:map",
    }

    class StructureLoader(yaml.CSafeLoader):
        def resolve(self, kind, value, implicit):
            return tags[kind]

    return StructureLoader


def compose(text: str):
    """The node tree of ``text`` with marks (libyaml), or None when it is not valid YAML."""
    import yaml

    loader = _structure_loader()(text)
    try:
        return loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def locate(root, path: Iterable, *, key: bool = False) -> tuple[int, int]:
    """Position of the node at ``path`` (1-based). With ``key``, the position of the last key
    itself rather than its value. Unresolvable tails stop at the deepest node found."""
    import yaml

    node = root
    if node is None:
        return 1, 1
    mark = node.start_mark
    steps = list(path)
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(step):
                    found = (k, v)
            if found is None:
                break
            if last and key:
                mark = found[0].start_mark
                break
            node = found[1]
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(step, int)
            and 0 <= step < len(node.value)
        ):
            node = node.value[step]
        else:
            break
        mark = node.start_mark
    return mark.line + 1, mark.column + 1


def resolve(text: str, problems: list[Problem]) -> list[Problem]:
    """Give every problem that carries a JSON path its line and column."""
    pending = [p for p in problems if p.json_path is not None and p.line == 0]
    if not pending:
        return problems
    root = compose(text)
    out = []
    for p in problems:
        if p.line == 0:
            path, is_key = _split(p.json_path)
            line, col = locate(root, path, key=is_key)
            p = p.at(line, col)
            if _LINE_OPEN in p.message:
                message = _lines_in(root, p.message)
                p = Problem(p.path, p.line, p.col, p.code, p.level, message, p.json_path)
        out.append(p)
    return out


# ``line_of``: the line of another place of the same file, written into a message where the
# problem is positioned (a check sees the data, not the text)
_LINE_OPEN, _LINE_CLOSE = "\u27e6dòng ", "\u27e7"


def line_of(json_path: tuple) -> str:
    """A mark in a message that ``resolve`` replaces with the line of ``json_path`` in the same
    file (``(đã có ở dòng {line_of(path)})``)."""
    steps = ",".join(f"#{s}" if isinstance(s, int) else s for s in json_path)
    return f"{_LINE_OPEN}{steps}{_LINE_CLOSE}"


def _lines_in(root, message: str) -> str:
    parts = message.split(_LINE_OPEN)
    out = [parts[0]]
    for part in parts[1:]:
        steps, close, rest = part.partition(_LINE_CLOSE)
        if not close:
            out.append(_LINE_OPEN + part)
            continue
        path = tuple(int(s[1:]) if s[:1] == "#" else s for s in steps.split(",") if s)
        out.append(f"{locate(root, path)[0]}{rest}")
    return "".join(out)


def _split(json_path: tuple) -> tuple[tuple, bool]:
    """A trailing ``("key",)`` marker means "point at the key, not its value"."""
    if json_path and json_path[-1] == KEY:
        return json_path[:-1], True
    return json_path, False


KEY = "\0key"  # marker: point at the key itself, not its value
