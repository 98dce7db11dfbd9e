"""``model.walk``: the one walk over ``carried_from`` links — back to the earlier copies, on to the
later ones — each node once, a missing link or a cycle ending it."""

from __future__ import annotations

from kehoach.model.walk import back, on

A, B, C, P = ("kh-2024", "x"), ("kh-2023", "x"), ("kh-2022", "x"), ("ctph", "x")


def test_back_follows_the_links_to_the_end_of_the_chain():
    parent = {A: B, B: C, C: P}
    assert list(back(B, parent.get, (A,))) == [B, C, P]
    assert list(back(None, parent.get)) == []


def test_back_stops_at_a_missing_link():
    parent = {A: B, B: ("kh-xoa", "x")}  # names a plan no longer there
    assert list(back(B, parent.get, (A,))) == [B, ("kh-xoa", "x")]


def test_back_ends_a_cycle_at_the_first_node_met_again():
    parent = {A: B, B: A}
    # from A: its copy B, never A itself (nor B again)
    assert list(back(B, parent.get, (A,))) == [B]
    parent = {A: B, B: C, C: B}  # a cycle further back
    assert list(back(B, parent.get, (A,))) == [B, C]


def test_back_asks_for_a_parent_only_once_the_node_is_taken():
    asked = []

    def parent(node):
        asked.append(node)
        return {A: B, B: C}.get(node)

    walk = back(A, parent)
    assert next(walk) == A and asked == []
    assert next(walk) == B and asked == [A]


def test_on_yields_every_later_copy_once_whatever_the_cycles():
    later = {C: [B], B: [A, ("kh-2024-td", "x")], A: [C]}  # A carried back into C: a cycle
    assert sorted(on(C, later)) == sorted([B, A, ("kh-2024-td", "x")])
    assert list(on(A, {A: [B], B: [A]})) == [B]
    assert list(on(P, {})) == []
