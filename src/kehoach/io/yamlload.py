"""The YAML loader: libyaml's parser (``CSafeLoader``) with the timestamp resolver removed (dates
stay strings), duplicate keys recorded, and the expanded size of aliases bounded so that a "billion
laughs" file cannot exhaust memory in the checks that walk the data."""

from __future__ import annotations

import sys

import yaml

MAX_EXPANDED_NODES = 100_000
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class AliasBomb(Exception):
    pass


class Loader(yaml.CSafeLoader):  # type: ignore[misc]
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
        PyYAML does. Merge keys and explicit collection tags fall back to SafeConstructor.
        """
        constructors = self.yaml_constructors
        undefined = constructors.get(None)
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
                    # keys, ids, statuses, dates repeat across thousands of files: share them
                    return intern(value) if len(value) <= 32 else value
                return constructors.get(tag, undefined)(self, node)
            known = memo.get(id(node))
            if known is not None:
                return known
            if cls is mapping_cls and tag == _MAP:
                out: dict = {}
                memo[id(node)] = out
                for key_node, value_node in node.value:
                    if key_node.tag == _MERGE:
                        del memo[id(node)]
                        return self.construct_object(node, deep=True)
                    key = build(key_node)
                    try:
                        if key in out:
                            dups.append((key, key_node.start_mark))
                    except TypeError:
                        raise yaml.constructor.ConstructorError(
                            "while constructing a mapping",
                            node.start_mark,
                            "found unhashable key",
                            key_node.start_mark,
                        ) from None
                    out[key] = build(value_node)
                return out
            if cls is sequence_cls and tag == _SEQ:
                items: list = []
                memo[id(node)] = items
                items.extend(build(child) for child in node.value)
                return items
            return self.construct_object(node, deep=True)

        try:
            return build(root)
        finally:
            # ``build`` refers to itself through its closure: break that cycle so the loader (and
            # the text it holds) is freed now rather than at the next full garbage collection
            build = None

    def construct_mapping(self, node, deep=False):
        # used by the SafeConstructor fallback (merge keys, !!omap…): still report duplicates
        mapping = super().construct_mapping(node, deep=deep)
        if len(mapping) != len(node.value):
            seen: set = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if key is not None and key != "<<" and key in seen:
                    self.duplicates.append((key, key_node.start_mark))
                seen.add(key)
        return mapping


_RESOLVED: dict[str, str] = {}  # plain scalar → tag; bounded, shared by every Loader
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"


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
