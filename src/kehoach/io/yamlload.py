"""The YAML loader: libyaml's parser (``CSafeLoader``) with the timestamp resolver removed (dates
stay strings), duplicate keys recorded, and the expanded size of aliases bounded so that a "billion
laughs" file cannot exhaust memory in the checks that walk the data.

Only JSON-shaped data comes out: mappings with string keys (a key is kept as written: ``yes:``
is the key "yes", ``1:`` the key "1"), lists, strings, integers, floats, booleans and null.
Explicit tags that would build anything else (``!!binary``, ``!!timestamp``, ``!!set``,
``!!omap``, ``!!pairs``, local tags) and values their tag cannot hold (``!!int x``, an integer of
more than 4,300 digits) are refused with the position of the node (``Refused``), never an
exception from deep inside PyYAML."""

from __future__ import annotations

import sys

import yaml

from .yamlplain import RESOLVED, STR, printable

MAX_EXPANDED_NODES = 100_000
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class AliasBomb(Exception):
    pass


class Refused(yaml.constructor.ConstructorError):
    """A node kehoach does not load, with a Vietnamese reason (``vi``) and the node's position."""

    def __init__(self, vi: str, mark):
        super().__init__(None, None, vi, mark)
        self.vi = vi


SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TAG_VI = {
    "tag:yaml.org,2002:int": "số nguyên",
    "tag:yaml.org,2002:float": "số thập phân",
    "tag:yaml.org,2002:bool": "true/false",
}


def short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:") :] if tag.startswith("tag:yaml.org,2002:") else tag


def _scalar(loader, constructors, node):
    """The value of a scalar node whose tag is not plain ``str``: only JSON scalar types."""
    tag = node.tag
    if tag not in SCALAR_TAGS:
        raise Refused(f"thẻ YAML {short_tag(tag)} không được hỗ trợ", node.start_mark)
    try:
        return printable(constructors[tag](loader, node))
    except ValueError as exc:
        if "digits" in str(exc):  # int(): more digits than Python converts (4,300)
            raise Refused("số quá dài (hơn 4.300 chữ số)", node.start_mark) from None
        raise Refused(_not_a(node), node.start_mark) from None
    except (LookupError, TypeError, AttributeError, ArithmeticError):
        raise Refused(_not_a(node), node.start_mark) from None


def _not_a(node) -> str:
    value = node.value if len(node.value) <= 40 else node.value[:40] + "…"
    return f'giá trị "{value}" không phải {_TAG_VI.get(node.tag, short_tag(node.tag))}'


class Loader(yaml.CSafeLoader):
    """libyaml loader: no timestamp resolution, duplicate keys recorded, alias expansion bounded."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
    }

    check_aliases = False

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicates: list[tuple[str, yaml.Mark]] = []

    # Plain scalars resolve to the same tag every time: remember it (no path resolvers are used,
    # so the descend/ascend bookkeeping the C composer calls for every node is skipped).
    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return _STR
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(_RESOLVED) < 65536:
                    _RESOLVED[value] = tag
            return tag
        return super().resolve(kind, value, implicit)

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass

    def get_single_data(self):
        node = self.get_single_node()
        if node is None:
            return None
        if self.check_aliases:
            _bounded_size(node)
        return self._build(node)

    def _build(self, root):
        """Construct Python data from the node graph.

        Equivalent to SafeConstructor for plain mappings, sequences and scalars, without its
        generic per-node bookkeeping; records duplicate keys; shares aliased collections like
        PyYAML does; applies merge keys (``<<``). Anything that is not JSON-shaped is refused.
        """
        constructors = self.yaml_constructors
        memo: dict[int, object] = {}
        dups = self.duplicates
        scalar_cls, mapping_cls, sequence_cls = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
        intern = sys.intern

        def build(node):
            cls = node.__class__
            tag = node.tag
            if cls is scalar_cls:
                if tag == _STR:
                    value = node.value
                    # keys, ids, statuses, dates, repeated sentences: one string for every file
                    return intern(value)
                return _scalar(self, constructors, node)
            known = memo.get(id(node))
            if known is not None:
                return known
            if cls is mapping_cls and tag == _MAP:
                out: dict = {}
                memo[id(node)] = out
                merged: dict = {}
                for key_node, value_node in node.value:
                    if key_node.tag == _MERGE:  # "<<: *defaults": keys written here win
                        for source in _merge_sources(value_node):
                            for k, v in build(source).items():
                                merged.setdefault(k, v)
                        continue
                    if key_node.__class__ is not scalar_cls:
                        raise yaml.constructor.ConstructorError(
                            "while constructing a mapping",
                            node.start_mark,
                            "found unhashable key",
                            key_node.start_mark,
                        )
                    key = intern(key_node.value)  # as written: "yes", "1", "~" stay text
                    if key in out:
                        dups.append((key, key_node.start_mark))
                    out[key] = build(value_node)
                for k, v in merged.items():
                    out.setdefault(k, v)
                return out
            if cls is sequence_cls and tag == _SEQ:
                items: list = []
                memo[id(node)] = items
                items.extend(build(child) for child in node.value)
                return items
            raise Refused(f"thẻ YAML {short_tag(tag)} không được hỗ trợ", node.start_mark)

        try:
            return build(root)
        finally:
            # ``build`` refers to itself through its closure: break that cycle so the loader (and
            # the text it holds) is freed now rather than at the next full garbage collection
            build = None


_RESOLVED = RESOLVED  # plain scalar → tag; bounded, shared by every Loader and the one pass
_STR = STR
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"


def _merge_sources(node) -> list:
    """The mappings a merge key (``<<``) names: one mapping, or a list of them (first wins)."""
    if isinstance(node, yaml.MappingNode):
        return [node]
    if isinstance(node, yaml.SequenceNode) and all(
        isinstance(n, yaml.MappingNode) for n in node.value
    ):
        return list(node.value)
    raise Refused("sau `<<:` phải là một ánh xạ hoặc danh sách ánh xạ", node.start_mark)


def _bounded_size(root) -> None:
    """Raise AliasBomb when the node graph, with aliases expanded, exceeds the bound."""
    memo: dict[int, int] = {}

    def size(node) -> int:
        known = memo.get(id(node))
        if known is not None:
            return known
        memo[id(node)] = 1  # cycles count once
        total = 1
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                total += size(k) + size(v)
        elif isinstance(node, yaml.SequenceNode):
            for v in node.value:
                total += size(v)
        if total > MAX_EXPANDED_NODES:
            raise AliasBomb
        memo[id(node)] = total
        return total

    size(root)
