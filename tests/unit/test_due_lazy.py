"""``due`` explains a date moved off a day off only for the items it lists (issue 14): the
occurrences keep the moved date and the scheduled one, and work out the reason and the sentence
(``WorkCalendar.reason``) when first read, with the same words as ``WorkCalendar.shift``."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import EXAMPLES, run
from kehoach.calendar_vn import WorkCalendar
from kehoach.due.filters import Keep
from kehoach.due.items import collect
from kehoach.due.run import DueOptions, build_query
from kehoach.io.lines import Text
from kehoach.model.schedule import occurrences, work_calendar
from kehoach.timeexpr import parse_period, parse_time


class Counting(WorkCalendar):
    """A calendar that records the days it was asked to explain."""

    def __init__(self, days_off=(), working_days=()):
        super().__init__(days_off, working_days)
        self.asked: list[date] = []

    def reason(self, d: date) -> str:
        self.asked.append(d)
        return super().reason(d)


def test_an_occurrence_explains_its_move_when_read_and_once():
    cal = Counting()
    found = occurrences({"kind": "meeting", "every": "month"}, parse_period(2025), cal)
    moved = [o for o in found if o.shifted_from is not None]
    assert len(moved) > 3 and cal.asked == []
    first = moved[0]
    assert first.shift_note == cal.shift(first.shifted_from)[1]
    assert first.shift_reason == "Tết Nguyên đán 25/01–02/02/2025"  # 31/01/2025
    asked = len(cal.asked)
    assert first.shift_note and first.shift_reason  # read again: kept, not worked out again
    assert len(cal.asked) == asked


@settings(max_examples=80, deadline=None)
@given(
    every=st.sampled_from(["month", "quarter", "half", "year"]),
    day=st.one_of(st.none(), st.integers(1, 31)),
    first=st.integers(2023, 2027),
    days_off=st.lists(st.dates(date(2023, 1, 1), date(2027, 12, 31)), max_size=5),
)
def test_the_lazy_words_are_those_of_shift(every, day, first, days_off):
    cal = WorkCalendar(days_off=days_off)
    item = {"kind": "meeting", "every": every, **({"day": day} if day else {})}
    for occ in occurrences(item, parse_period({"from": first, "to": first + 1}), cal):
        scheduled = occ.shifted_from or occ.date
        moved, note = cal.shift(scheduled, parse_time(occ.key).start)
        assert (occ.date, occ.shift_note) == (moved, note)
        assert occ.shift_reason == (cal.reason(scheduled) if note else None)


def test_due_explains_only_the_items_it_lists():
    repo = run([str(EXAMPLES)]).repo
    base = work_calendar(repo.settings)
    query = build_query(DueOptions(date(2024, 8, 20), within="1m"), repo)

    listed_cal = Counting(base.days_off, base.working_days)
    listed = collect(repo, repo.documents, listed_cal, query.today, Keep(query))
    every_cal = Counting(base.days_off, base.working_days)
    every = collect(repo, repo.documents, every_cal, query.today)
    assert listed_cal.asked == [] and every_cal.asked == []  # building items explains nothing

    moved = [i for i in listed if i.shifted_from is not None]
    assert moved, "the window lists a date moved off a day off"
    assert [i.shift_note for i in moved] == [every_cal.shift(i.shifted_from)[1] for i in moved]
    assert sorted(listed_cal.asked) == sorted(i.shifted_from for i in moved)
    assert sum(i.shifted_from is not None for i in every) > len(moved)


KEYS = st.sampled_from(["title", "lead", "time", "support", "activities", "a", "b_c", "x1"])
TREES = st.recursive(
    st.one_of(st.text(alphabet="ab -:#ê", max_size=6), st.integers(0, 99), st.booleans()),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3),
        st.dictionaries(KEYS, inner, min_size=1, max_size=3),
    ),
    max_leaves=12,
)


def _entries(node, prefix=()):
    """The JSON path of every list entry (what ``due`` and ``who`` point at)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _entries(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield prefix + (i,)
            yield from _entries(value, prefix + (i,))


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(KEYS, TREES, min_size=1, max_size=4),
    st.integers(2, 4),
    st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["", "# note", "   ", "  # x"]))),
)
def test_the_line_scan_finds_the_composed_node(data, indent, inserted):
    """Block YAML as people and tools write it (any indentation, blank and comment lines
    anywhere): for every list entry the scan gives the line of the node the YAML composer finds,
    or gives up."""
    import yaml

    from kehoach.io import positions
    from kehoach.io.lines import scan

    lines = yaml.safe_dump(data, indent=indent, sort_keys=False, allow_unicode=True).splitlines()
    for at, extra in inserted:
        lines.insert(min(at, len(lines)), extra)
    text = "\n".join(lines) + "\n"
    tree = positions.compose(text)
    if tree is None or yaml.safe_load(text) != data:  # a comment inside a scalar: not the case
        return
    found = Text(text)
    for jp in _entries(data):
        assert scan(found, jp) in (None, positions.locate(tree, jp)[0]), (jp, text)
