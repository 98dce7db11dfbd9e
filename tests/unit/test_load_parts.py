"""``due`` loads only what the agenda reads of each document (``due.part.AGENDA``, cut where each
file is loaded: ``loadparts``), and prints exactly what it prints from whole documents — every
format and window, on the examples, the agenda test repository and a generated repository; cold
(cut in this process and in forked helpers), after ``validate`` filled the cache with whole
documents only, and from the parts the cache then keeps; each document's activity items built
as it is loaded and its activities let go of (``due.taken``)."""

from __future__ import annotations

import copy
import marshal
from datetime import date
from pathlib import Path

import pytest

import kehoach
from agenda_data import PROGRAM, agenda_repo
from helpers import compared_repo, fresh_cache
from kehoach import cachekey, loadmany
from kehoach.due import DueOptions, run_due
from kehoach.due.formats import FORMATS
from kehoach.due.part import AGENDA
from kehoach.io import cache, cacheshard, lines
from kehoach.loadfiles import LoadedFile
from kehoach.model import navigate
from kehoach.output import Style
from kehoach.validate import run_validate

WINDOWS = [
    DueOptions(date(2023, 6, 30)),
    DueOptions(date(2024, 1, 15), include_closed=True),
    DueOptions(date(2025, 3, 1), within="90d", kinds=["plan", "final", "interim"]),
    DueOptions(date(2024, 5, 1), overdue_only=True),
    DueOptions(date(2022, 1, 1), start="2021-01-01", end="2026-12-31", include_closed=True),
]


def _printed(agenda_only: bool) -> dict:
    out = {}
    for n, opts in enumerate(WINDOWS):
        result = run_due(None, opts, agenda_only=agenda_only)
        for name, fmt in FORMATS.items():
            pieces = list((fmt.stream or fmt.write)(result, Style()))
            out[n, name] = (b"" if pieces and isinstance(pieces[0], bytes) else "").join(pieces)
        out[n, "errors"] = (result.errors, result.skipped)
    return out


def _cut(result) -> bool:
    """Every document of the result's repository holds only the agenda's part of it."""
    docs = result.repo.documents
    return bool(docs) and not any(
        key in d.data for d in docs for key in ("recipients", "signers", "budget", "purpose")
    )


def _hollow(result) -> bool:
    """Every activity of every document of the result's repository was let go of once its items
    were taken (``due.taken``), every list kept at its length."""
    acts = [a for d in result.repo.documents for _, a in navigate.activities(d)]
    lists = [
        d.data["contents"]["activities"]
        for d in result.repo.documents
        if d.kind == "plan" and isinstance(d.data.get("contents"), dict)
    ]
    return bool(acts) and not any(acts) and all(len(set(map(id, a))) <= 1 for a in lists)


def _no_reading(path, *args, **kwargs):
    raise AssertionError(f"{path} read again for its source lines")


# activities written in a program's areas, in a file not named after the program's id
AREA_ACTIVITIES = """\
    activities:
      - id: hoi-thao
        title: Hội thảo khởi nghiệp
        lead: skhcn
        support: [td]
        time: 2023-Q3
        note: Tại Phan Thiết.
      - title: Tập huấn
        lead: td
        time: 2024-05
        status: done
        done_date: 2024-05-20
"""


def _program_repo(root: Path) -> Path:
    agenda_repo(root)
    text = PROGRAM.replace(
        "    title: Hỗ trợ thanh niên khởi nghiệp\n",
        "    title: Hỗ trợ thanh niên khởi nghiệp\n" + AREA_ACTIVITIES,
    )
    assert text != PROGRAM
    (root / "programs" / "ctph.yaml").unlink()
    (root / "programs" / "chuong-trinh-phoi-hop.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(params=["examples", "agenda", "program", "generated"])
def repo(request, tmp_path, monkeypatch):
    return compared_repo(request.param, tmp_path, monkeypatch, _program_repo)


def test_the_agenda_of_parts_is_the_agenda_of_whole_documents(repo, tmp_path, monkeypatch):
    fresh_cache(monkeypatch, tmp_path / "whole")
    whole = _printed(agenda_only=False)
    assert any(v for k, v in whole.items() if k[1] == "json")

    fresh_cache(monkeypatch, tmp_path / "parts")
    cold = run_due(None, WINDOWS[0], agenda_only=True)
    assert _cut(cold) and _hollow(cold)  # cold: cut where loaded, activities taken as loaded
    assert _hollow(run_due(None, WINDOWS[1], agenda_only=True))  # from the cache too
    assert _printed(agenda_only=True) == whole  # from the parts the cache keeps
    fresh_cache(monkeypatch, tmp_path / "cold")
    with monkeypatch.context() as m:  # the lines the line scanner gave as each file was read
        m.setattr(lines, "read_bytes", _no_reading)
        assert _printed(agenda_only=True) == whole

    fresh_cache(monkeypatch, tmp_path / "after-validate")
    run_validate(None)  # whole documents only in the cache
    assert _printed(agenda_only=True) == whole  # cut here, from the whole data
    with monkeypatch.context() as m:
        m.setattr(lines, "read_bytes", _no_reading)
        assert _printed(agenda_only=True) == whole

    fresh_cache(monkeypatch, tmp_path / "none")
    assert _printed(agenda_only=False) == whole  # the cache of the parts is never read whole


def test_helpers_send_the_parts_this_process_cuts(tmp_path, monkeypatch):
    root = agenda_repo(tmp_path / "agenda")
    monkeypatch.setattr(loadmany, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(loadmany, "BATCH", 1)

    def load(jobs: int) -> list:
        states = [LoadedFile(str(p), p.name, ()) for p in sorted(root.rglob("*.yaml"))]
        loadmany.load_many(states, jobs, part=AGENDA)
        return [(s.kind, s.data, s.slim, s.problems) for s in states]

    alone = load(1)
    assert sum(slim for _, _, slim, _ in alone) >= 4  # every document is cut
    assert load(2) == alone


def test_a_part_the_cache_cannot_give_is_cut_again(tmp_path, monkeypatch):
    """A cache file may hold anything: a part that is not a marshalled mapping is passed over
    and the document is cut again from its whole data."""
    root = agenda_repo(tmp_path / "agenda")
    monkeypatch.chdir(root)
    reference = _printed(agenda_only=True)
    shards = sorted(Path(cache.cache_dir()).glob("files-*.marshal"))
    assert shards
    env, damaged = cachekey.environment_key(), 0
    for shard in shards:
        entries = cacheshard.read_index(str(shard), env)
        bodies = cacheshard.read_bodies(str(shard), env)
        for key, entry in entries.items():
            data, parts = cacheshard.body_of(bodies, key, entry[1]) or (entry[4], entry[9])
            if AGENDA.name in parts:
                parts = {AGENDA.name: b"\x00garbage" if len(key) % 2 else marshal.dumps(7)}
                damaged += 1
            entries[key] = (*entry[:4], data, *entry[5:9], parts)
        head = {"version": kehoach.__version__, "env": env}
        shard.write_bytes(cacheshard.pack(head, entries))
    assert damaged
    assert _printed(agenda_only=True) == reference


def test_the_cache_keeps_a_part_through_every_later_change_of_its_entry(tmp_path):
    """A part stays with its entry when ``validate`` adds its checks' problems or its slim view
    (set aside on disk until written, read back the same), and goes with the entry when the
    file changes."""
    now = 10**18
    store = cache.ValidationCache(tmp_path, True, "env")
    key, st = str(tmp_path / "kh.yaml"), (1, 2, 3, 4)
    part = marshal.dumps({"id": "kh"})
    store.put(key, st, "d", now, "plan", marshal.dumps({"id": "kh", "x": 1}), [], parts={"a": part})
    assert store.entry(key, st)[9] == {"a": part}  # read back from where it was set aside
    store.put_checked(key, "context", [])
    store.put_view(key, ({"id": "kh"}, None, None))
    store.put_part(key, "b", marshal.dumps([]))
    store.save(None, [])
    again = cache.ValidationCache(tmp_path, True, "env")
    entry = again.entry(key, st)
    assert entry[6] == "context" and entry[8] == ({"id": "kh"}, None, None)
    assert again.body(key, entry)[1] == {"a": part, "b": marshal.dumps([])}
    again.put(key, (1, 2, 3, 5), "e", now, "plan", {"id": "kh"}, [])  # the file changed
    assert again.entry(key, (1, 2, 3, 5))[9] == {}


class _Recorder:
    """A taker that records what it is given, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def start(self, root) -> None:
        self.calls.append(("start", sorted(root.orgs), root.settings.get("place"), None))

    def take(self, state, doc) -> None:
        assert doc.data is state.data and doc.path == state.shown
        self.calls.append(("take", doc.path, doc.kind, isinstance(doc.data, dict)))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_taker_is_started_with_the_root_files_then_given_every_document_asked_for_once(
    tmp_path, monkeypatch, jobs
):
    from kehoach.load import open_session

    root = agenda_repo(tmp_path / "agenda")
    monkeypatch.chdir(root)
    monkeypatch.setattr(loadmany, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(loadmany, "BATCH", 1)
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.yaml"))
    others = [f for f in files if f not in ("kehoach.yaml", "orgs.yaml")]
    (root / "broken.yaml").write_text("kind: plan\nid: hong\nbogus_key: 1\n", encoding="utf-8")
    for run in ("cold", "from the cache"):
        taker = _Recorder()
        loaded = open_session(None, jobs=jobs).load(part=AGENDA, taker=taker)
        loaded.cache.save(None, [])
        first, *taken = taker.calls
        assert first[0] == "start" and first[1] and first[2] == "Bình Thuận", run
        # every document asked for, once; not the one failing its schema
        assert sorted(shown for _, shown, _, _ in taken) == others, run
        assert all(kind == "plan" or kind == "program" for _, _, kind, _ in taken), run
        assert all(is_dict for *_, is_dict in taken), run
    asked = others[:2]
    taker = _Recorder()
    open_session(asked, jobs=jobs).load(part=AGENDA, taker=taker)
    assert sorted(shown for _, shown, _, _ in taker.calls[1:]) == asked  # only those asked for


def test_hollowed_keeps_everything_but_the_items_of_the_lists():
    from kehoach.checks.slim import ANY
    from kehoach.loadparts import hollowed

    data = {
        "id": "ct",
        "areas": [{"title": "A", "activities": [{"title": "a"}, {"title": "b"}]}, "x", {}],
        "reviews": {"schedule": [{"kind": "final"}]},
    }
    before = copy.deepcopy(data)
    kept = hollowed(data, (("contents", "activities"), ("areas", ANY, "activities")))
    assert data == before  # not changed
    assert kept == {**data, "areas": [{"title": "A", "activities": [{}, {}]}, "x", {}]}
    assert kept["reviews"] is data["reviews"] and kept["areas"][2] is data["areas"][2]
    acts = kept["areas"][0]["activities"]
    assert acts[0] is acts[1]  # one shared empty item


def test_a_skeleton_keeps_the_id_and_every_list_of_the_lines_at_its_length():
    """What ``who`` keeps of a document once its entries are taken (``loadparts.skeleton``): the
    lines of every item are found in it as in the whole document."""
    from kehoach.checks.slim import ANY
    from kehoach.loadparts import skeleton

    data = {
        "id": "kh-1",
        "title": "Kế hoạch",
        "contents": {"activities": [{"title": "a"}, {"title": "b"}, "x"], "note": "n"},
        "extra_sections": [
            {"title": "I", "sections": [{"title": "1", "org": "td"}, {"title": "2"}]},
            {"title": "II"},
        ],
        "duties": [],
    }
    lists = (
        ("contents", "activities"),
        ("extra_sections",),
        ("extra_sections", ANY, "sections"),
        ("duties",),
        ("focal",),
    )
    before = copy.deepcopy(data)
    kept = skeleton(data, lists)
    assert data == before  # not changed
    assert kept == {
        "id": "kh-1",
        "contents": {"activities": [{}, {}, {}]},
        "extra_sections": [{"sections": [{}, {}]}, {}],
        "duties": [],
    }
    hollow = kept["contents"]["activities"]
    assert hollow[0] is hollow[1] is kept["extra_sections"][1]  # one shared empty item
    assert skeleton({"title": "không có danh sách"}, lists) == {}
    assert skeleton({"title": "x"}, lists) is not hollow[0]
