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
    ``comment`` goes at the end of the line when the value fits on it, else on the line above."""
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
    if comment and len(lines) == 1:
        lines[0] += f"  # {comment}"
    elif comment:  # a comment must not split a multi-line scalar: put it above
        lines.insert(0, f"# {comment}")
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


def list_item(mapping: dict, indent: int) -> str:
    """A mapping as one ``- key: value`` item of a block list at ``indent``."""
    body = "".join(dump(k, v, indent + 2) for k, v in mapping.items())
    return " " * indent + "- " + body[indent + 2 :]
