"""``model.chains.twins``: two activities of one year whose ``carried_from`` chains lead back to
one piece of work are two copies of it (KH431), unless one carries the other on or they part
where one plan split the work in two."""

from __future__ import annotations

from kehoach.model.chains import twins

P = ("ctph", "mo-hinh")  # the program's model


def test_the_same_work_reached_two_ways_is_twice():
    direct = [("kh-2028-td", "mo-hinh"), P]
    through = [("kh-2028-lhh", "mo-hinh"), ("kh-2027-lhh", "mo-hinh"), P]
    assert twins(direct, through) and twins(through, direct)
    # both carried over from one activity: twice, as KH431 always said
    a = [("kh-2028-td", "x"), ("kh-2027", "x")]
    b = [("kh-2028-so", "x"), ("kh-2027", "x")]
    assert twins(a, b)


def test_the_halves_of_work_one_plan_split_are_not_twins():
    half_1 = [("kh-2028-td", "p1"), ("kh-2027", "p1"), P]
    half_2 = [("kh-2028-lhh", "p2"), ("kh-2027", "p2"), P]
    assert not twins(half_1, half_2)


def test_a_copy_carrying_on_the_other_is_not_its_twin():
    main = [("kh-2028", "mo-hinh"), P]
    extra = [("kh-2028-bo-sung", "mo-hinh"), ("kh-2028", "mo-hinh"), P]
    assert not twins(main, extra) and not twins(extra, main)


def test_chains_that_never_meet_are_not_twins():
    assert not twins([("a", "1"), ("ctph", "x")], [("b", "1"), ("ctph", "y")])
