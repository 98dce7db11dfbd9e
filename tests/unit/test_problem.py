"""``Problem`` behaves as the frozen, ordered dataclass it was written out from: the same order,
equality, hash, text and immutability (``kehoach.problem``)."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import pickle
import random

import pytest

from kehoach.problem import Problem


@dataclasses.dataclass(frozen=True, order=True)
class Reference:
    """The dataclass ``Problem`` was."""

    path: str
    line: int
    col: int
    code: str
    level: str = dataclasses.field(compare=False)
    message: str = dataclasses.field(compare=False)
    json_path: tuple = dataclasses.field(default=(), compare=False, repr=False)


def _pairs(n: int = 400) -> list[tuple[Problem, Reference]]:
    r = random.Random(7)
    out = []
    for _ in range(n):
        args = (
            r.choice(["a.yaml", "b.yaml", "plans/c.yaml"]),
            r.randrange(3),
            r.randrange(3),
            r.choice(["KH101", "KH401", "KH404"]),
            r.choice(["error", "warning"]),
            r.choice(["một", "hai", 'có "ngoặc"']),
            r.choice([(), ("contents", 1)]),
        )
        out.append((Problem(*args), Reference(*args)))
    return out


def test_order_equality_and_hash_are_the_dataclasses():
    pairs = _pairs()
    problems = [p for p, _ in pairs]
    order = sorted(range(len(pairs)), key=lambda i: problems[i])
    assert order == sorted(range(len(pairs)), key=lambda i: pairs[i][1])  # sorted() is stable
    for (p, ref), (q, ref_q) in itertools.islice(itertools.product(pairs, pairs), 40_000):
        assert (p == q, p != q, p < q, p <= q, p > q, p >= q) == (
            ref == ref_q,
            ref != ref_q,
            ref < ref_q,
            ref <= ref_q,
            ref > ref_q,
            ref >= ref_q,
        )
        assert (hash(p) == hash(q)) == (hash(ref) == hash(ref_q))
    assert len(set(problems)) == len({ref for _, ref in pairs})


def test_text_fields_and_keyword_arguments_are_the_dataclasses():
    for p, ref in _pairs(50):
        assert repr(p) == repr(ref).replace("Reference(", "Problem(", 1)
        assert p.as_dict() == {k: v for k, v in dataclasses.asdict(ref).items() if k != "json_path"}
        assert p.json_path == ref.json_path
    p = Problem("a.yaml", 1, 2, "KH101", level="error", message="m", json_path=("x",))
    assert (p.level, p.message, p.json_path) == ("error", "m", ("x",))
    assert Problem.__match_args__ == Reference.__match_args__  # type: ignore[attr-defined]
    moved = p.at(3, 4)
    assert (moved.line, moved.col, moved.json_path, moved.message) == (3, 4, ("x",), "m")


def test_a_problem_cannot_be_changed_and_copies_as_itself():
    p = Problem("a.yaml", 1, 2, "KH101", "error", "m", ("x",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.line = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.message
    for again in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert again == p and repr(again) == repr(p) and again.json_path == p.json_path
        assert hash(again) == hash(p)


def test_a_problem_is_not_equal_to_another_kind_of_object():
    p = Problem("a.yaml", 1, 2, "KH101", "error", "m")
    assert p != ("a.yaml", 1, 2, "KH101") and p != Reference("a.yaml", 1, 2, "KH101", "error", "m")
    with pytest.raises(TypeError):
        _ = p < ("a.yaml", 1, 2, "KH101")  # type: ignore[operator]
