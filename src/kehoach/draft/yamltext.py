"""Write YAML text by hand, with comments, for drafts: values are dumped by PyYAML (so quoting is
always right), the layout and comments are ours."""

from __future__ import annotations

import yaml

WIDTH = 96


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow=False, indentless=False):  # indent list items under keys
        return super().increase_indent(flow, False)


def dump(key: str, value: object, indent: int = 0, comment: str | None = None) -> str:
    """``key: value`` at ``indent`` spaces, block style for mappings and lists, wrapped at WIDTH;
    ``comment`` goes at the end of a line, where KH418 sees a ``# TODO`` (a comment line of its
    own is not reported): after the key of a mapping or a list, after the last line of a text
    (a comment after a line of a multi-line text would end the text there)."""
    text = yaml.dump(
        {key: value},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=WIDTH - indent,
    )
    lines = text.rstrip("\n").split("\n")
    pad = " " * indent
    if comment:
        lines[0 if isinstance(value, (dict, list)) else -1] += f"  # {comment}"
    return "".join(pad + line + "\n" for line in lines)


def flow(key: str, values: list, indent: int = 0, comment: str | None = None) -> str:
    """``key: [a, b]`` on one line."""
    text = yaml.dump(
        list(values), Dumper=_Dumper, allow_unicode=True, default_flow_style=True, width=10**6
    ).strip()
    tail = f"  # {comment}" if comment else ""
    return f"{' ' * indent}{key}: {text}{tail}\n"


def comment_block(text: str, indent: int = 0) -> str:
    pad = " " * indent
    return "".join(f"{pad}# {line}".rstrip() + "\n" for line in text.split("\n"))


def list_item(mapping: dict, indent: int, comment: str | None = None, at: str = "") -> str:
    """A mapping as one ``- key: value`` item of a block list at ``indent``; ``comment`` after the
    value of the key ``at`` (else of the last key)."""
    keys = list(mapping)
    where = at if at in mapping else keys[-1] if keys else ""
    body = "".join(
        dump(k, v, indent + 2, comment if k == where else None) for k, v in mapping.items()
    )
    return " " * indent + "- " + body[indent + 2 :]
