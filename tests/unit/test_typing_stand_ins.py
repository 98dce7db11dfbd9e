"""``kehoach._typing``: the run-time stand-ins for ``typing`` on the editor's path make the same
records as ``typing`` makes."""

from __future__ import annotations

import typing

import pytest

from kehoach import _typing


def _records(base):
    class Point(base):
        """A point, with a default."""

        x: int
        y: int = 0
        label: str = "gốc"

        def moved(self, dx: int):
            return self._replace(x=self.x + dx)

        @property
        def far(self) -> bool:
            return abs(self.x) + abs(self.y) > 10

    return Point


def test_a_record_is_the_namedtuple_typing_makes():
    ours, theirs = _records(_typing.NamedTuple), _records(typing.NamedTuple)
    for made in (ours, theirs):
        p = made(3)
        assert p == (3, 0, "gốc") and p.y == 0 and p.label == "gốc"
        assert p.moved(20) == made(23) and p.moved(20).far and not p.far
        assert made(1, 2, "a")._asdict() == {"x": 1, "y": 2, "label": "a"}
        assert repr(made(1)) == "Point(x=1, y=0, label='gốc')"
        assert isinstance(p, tuple) and hash(p) == hash((3, 0, "gốc"))
    assert ours._fields == theirs._fields and ours._field_defaults == theirs._field_defaults
    assert ours.__doc__ == theirs.__doc__ == "A point, with a default."
    assert ours.__module__ == theirs.__module__ == __name__
    assert ours.__qualname__ == "_records.<locals>.Point"


def test_a_field_without_a_default_after_one_with_a_default_is_refused_as_typing_does():
    for base in (_typing.NamedTuple, typing.NamedTuple):
        with pytest.raises(TypeError):

            class Bad(base):  # type: ignore[misc, valid-type]
                a: int = 1
                b: int


def test_overload_keeps_the_function_and_protocol_is_a_plain_base():
    def f(x):
        return x

    assert _typing.overload(f) is f
    assert _typing.Protocol is object


def test_the_records_on_the_editors_path_are_made_by_the_stand_in():
    from kehoach.checks.registry import Finding
    from kehoach.io.spool import Spooled
    from kehoach.model.numbering import Slot

    for record in (Finding, Spooled, Slot):
        assert issubclass(record, tuple) and record._fields
    assert Slot("td", "", 2024).words() == '"td" năm 2024'


def test_a_record_keeps_its_str_and_class_methods():
    """``TimeExpr`` prints as written (``__str__``), ``Part.of`` builds a part: both survive
    being made into a namedtuple."""
    from kehoach.loadparts import Part
    from kehoach.timeexpr import parse_time as parse

    t = parse("2023-Q2")
    assert str(t) == "2023-Q2" and t.end is not None and t == parse("2023-Q2")
    part = Part.of("p", [("id",)], lines=[["a", "b"]])
    assert isinstance(part, Part) and part.lines == (("a", "b"),) and part.name == "p"
