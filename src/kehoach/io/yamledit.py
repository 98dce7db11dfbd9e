"""Minimal text edits of a YAML file: change a few values, leave every other character alone.

A user's file has comments, an order, a quoting style and line breaks chosen by hand; a dumper
would rewrite all of them. Here each edit names a value by its JSON path (keys and indexes from the
document's root, as ``model.navigate`` gives them) and only the characters of that value change:

- an existing scalar is replaced in place (its quoting style kept when the new value allows it);
- a missing key is inserted into its block or flow mapping (after a sibling named in ``after``,
  else last), with the siblings' indentation;
- ``DELETE`` removes a key and its value (its lines, or its part of a flow mapping).

Positions come from libyaml's composed nodes (``positions.compose``). Every new scalar is written
in the first style that reads back as exactly the value (plain, then single-quoted, then
double-quoted; a multi-line text in a block mapping as a ``|-`` literal), and the whole result is
parsed again and compared with the expected data before it is returned: an edit that would change
anything else raises ``EditError`` instead of producing a wrong file.

    new_text = apply_edits(text, [Edit(("contents", "activities", 2, "status"), "done"),
                                  Edit(("contents", "activities", 2, "done_date"), "2024-05-20",
                                       after=("status",))])
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from .positions import compose
from .yamlerrors import syntax_message
from .yamlload import Loader
from .yamlscalar import EditError, scalar_text

__all__ = ["DELETE", "Edit", "EditError", "apply_edits", "scalar_text"]


class _Delete:
    def __repr__(self) -> str:
        return "DELETE"


DELETE = _Delete()  # the value of an edit that removes its key


@dataclass(frozen=True)
class Edit:
    """Set the value at ``path`` (``DELETE``: remove the key). ``after``: when the key is missing,
    insert it after the first of these sibling keys that exists (else after the last key)."""

    path: tuple
    value: object
    after: tuple = ()


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


# ------------------------------------------------------------------------------- structure


def _content_end(text: str, node) -> int:
    """Index just after the last character of ``node``'s own content (block collections and
    block scalars end, for libyaml, at the next token: comments and blank lines excluded here)."""
    if isinstance(node, yaml.ScalarNode):
        if node.style in ("|", ">"):
            span = text[node.start_mark.index : node.end_mark.index]
            return node.start_mark.index + len(span.rstrip())
        return node.end_mark.index
    if getattr(node, "flow_style", False) or not node.value:
        return node.end_mark.index
    last = node.value[-1]
    return _content_end(text, last[1] if isinstance(node, yaml.MappingNode) else last)


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    """Index of the line break ending the line of ``index`` (or the end of the text)."""
    end = text.find("\n", index)
    if end < 0:
        return len(text)
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _find(root, path: Sequence):
    """(parent node, key node or None, value node or None) of ``path``."""
    node, parent, key_node = root, None, None
    for i, step in enumerate(path):
        parent, key_node = node, None
        if isinstance(node, yaml.MappingNode):
            found = None
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(step):
                    found = (k, v)
            if found is None:
                if i == len(path) - 1:
                    return node, None, None
                raise EditError(f"Không có khóa {'.'.join(map(str, path[: i + 1]))}")
            key_node, node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if not 0 <= step < len(node.value):
                raise EditError(f"Không có phần tử {'.'.join(map(str, path[: i + 1]))}")
            node = node.value[step]
        else:
            raise EditError(f"Không đi tới được {'.'.join(map(str, path[: i + 1]))}")
    return parent, key_node, node


def _replace(text: str, key_node, node, value: object) -> _Span:
    flow = _in_flow(text, node)
    if isinstance(node, yaml.ScalarNode):
        indent = (
            key_node.start_mark.column if key_node is not None else node.start_mark.column
        ) + 2
        end = _content_end(text, node) if node.style in ("|", ">") else node.end_mark.index
        # a block literal must end its line: not before a comment or a flow separator
        rest = text[end : _line_end(text, end)].strip() if end < len(text) else ""
        if node.style in ("|", ">"):
            rest = ""
        new = scalar_text(value, prefer=node.style or "", flow=flow, indent=indent, block=not rest)
        if new.startswith("|"):
            new = new.replace("\n", _newline(text))
        return _Span(node.start_mark.index, end, new)
    if getattr(node, "flow_style", False):
        return _Span(node.start_mark.index, node.end_mark.index, scalar_text(value, flow=True))
    raise EditError("Chỉ sửa được giá trị đơn hoặc danh sách viết trên một dòng")


def _in_flow(text: str, node) -> bool:
    """Whether ``node`` sits inside a flow collection (a crude but safe test: an unclosed ``{`` or
    ``[`` earlier on its line is enough to rule out block literals)."""
    start = _line_start(text, node.start_mark.index)
    before = text[start : node.start_mark.index]
    return before.count("{") > before.count("}") or before.count("[") > before.count("]")


def _insert(
    text: str,
    mapping,
    key: str,
    value: object,
    after: tuple,
    deleted: set | frozenset = frozenset(),
) -> _Span:
    """Insert ``key: value``; ``deleted``: sibling keys removed by the same edits (never an
    anchor)."""
    pairs = [p for p in mapping.value if p[0].value not in deleted]
    if not pairs:
        raise EditError(f"Không thêm được khóa {key} vào một ánh xạ rỗng")
    anchor = pairs[-1]
    for name in after:
        hit = [p for p in pairs if isinstance(p[0], yaml.ScalarNode) and p[0].value == name]
        if hit:
            anchor = hit[-1]
            break
    key_text = scalar_text(key, flow=True)
    if getattr(mapping, "flow_style", False):
        at = _content_end(text, anchor[1])
        return _Span(at, at, f", {key_text}: {scalar_text(value, flow=True)}")
    column = pairs[0][0].start_mark.column
    at = _line_end(text, _content_end(text, anchor[1]) - 1)
    new = scalar_text(value, indent=column + 2)
    nl = _newline(text)
    return _Span(at, at, nl + " " * column + f"{key_text}: {new}".replace("\n", nl))


def _delete(text: str, mapping, key_node, node) -> _Span:
    pairs = mapping.value
    index = next(i for i, (k, _) in enumerate(pairs) if k is key_node)
    if getattr(mapping, "flow_style", False):
        if index + 1 < len(pairs):
            return _Span(key_node.start_mark.index, pairs[index + 1][0].start_mark.index, "")
        if index == 0:
            return _Span(key_node.start_mark.index, _content_end(text, node), "")
        return _Span(_content_end(text, pairs[index - 1][1]), _content_end(text, node), "")
    start = _line_start(text, key_node.start_mark.index)
    if text[start : key_node.start_mark.index].strip():  # '- key: …': first key of an item
        if index + 1 >= len(pairs):
            raise EditError(f"Không xóa được khóa duy nhất {key_node.value} của một mục")
        return _Span(key_node.start_mark.index, pairs[index + 1][0].start_mark.index, "")
    content_end = _content_end(text, node)
    end = _line_end(text, content_end - 1)
    # the user's comment on the removed lines is kept, on a line of its own where the key was
    kept = "".join(
        " " * key_node.start_mark.column + comment + _newline(text)
        for comment in _comments(text, node, content_end, end)
    )
    return _Span(start, min(end + len(_newline(text)), len(text)), kept)


def _comments(text: str, node, content_end: int, end: int) -> list[str]:
    """The comments on the lines of a scalar value about to be removed: after a block scalar's
    header (``note: |-  # …``), and after the value on its last line (``note: abc  # …``)."""
    if not isinstance(node, yaml.ScalarNode):
        return []
    found = []
    if node.style in ("|", ">"):
        header = text[node.start_mark.index : _line_end(text, node.start_mark.index)]
        if (at := header.find(" #")) >= 0:
            found.append(header[at:].strip())
    else:
        tail = text[content_end:end].strip()
        if tail.startswith("#"):
            found.append(tail)
    return found


# ----------------------------------------------------------------------------------- apply


def _expected(data: object, edits: Iterable[Edit]) -> object:
    out = copy.deepcopy(data)
    for edit in edits:
        *head, last = edit.path
        parent: Any = out
        for step in head:
            parent = parent[step]
        if edit.value is DELETE:
            parent.pop(last, None)
        else:
            parent[last] = edit.value
    return out


def _load(text: str) -> object:
    loader = Loader(text)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        raise EditError(f"Tệp không đọc được sau khi sửa: {syntax_message(text, exc)}") from None
    finally:
        loader.dispose()


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with ``edits`` made (see the module docstring); ``EditError`` when one cannot be
    made as a minimal edit, or when the result would not read back as expected."""
    edits = list(edits)
    if not edits:
        return text
    paths = [e.path for e in edits]
    if len(set(paths)) != len(paths):
        raise EditError("Hai thay đổi cho cùng một giá trị")
    root = compose(text)
    if root is None:
        raise EditError("Tệp không phải YAML hợp lệ")
    spans: list[_Span] = []
    for edit in edits:
        if not edit.path:
            raise EditError("Thiếu đường dẫn của giá trị cần sửa")
        parent, key_node, node = _find(root, edit.path)
        if node is None:
            if edit.value is DELETE:
                continue
            gone = {
                str(e.path[-1])
                for e in edits
                if e.value is DELETE and e.path[:-1] == edit.path[:-1]
            }
            spans.append(_insert(text, parent, str(edit.path[-1]), edit.value, edit.after, gone))
        elif edit.value is DELETE:
            if not isinstance(parent, yaml.MappingNode):
                raise EditError("Chỉ xóa được khóa của ánh xạ")
            spans.append(_delete(text, parent, key_node, node))
        else:
            spans.append(_replace(text, key_node, node, edit.value))
    out = _splice(text, spans)
    data = _load(out)
    if data != _expected(_load(text), edits) or not _types_kept(data, edits):
        raise EditError("Sửa tệp cho ra dữ liệu khác dự kiến; tệp được giữ nguyên")
    return out


def _types_kept(data: object, edits: list[Edit]) -> bool:
    """``1 == True`` in Python: the values edited must also have the type asked for."""
    for edit in edits:
        if edit.value is DELETE:
            continue
        node = data
        for step in edit.path:
            node = node[step]  # type: ignore[index]
        if type(node) is not type(edit.value) or node != edit.value:
            return False
    return True


def _splice(text: str, spans: list[_Span]) -> str:
    spans = sorted(spans, key=lambda s: (s.start, s.end))
    for a, b in zip(spans, spans[1:], strict=False):
        if b.start < a.end:
            raise EditError("Hai thay đổi chồng lên nhau trong tệp")
    out, at = [], 0
    for s in spans:
        out.append(text[at : s.start])
        out.append(s.text)
        at = s.end
    out.append(text[at:])
    return "".join(out)
