"""The per-file cache in shards (issue 14, item 5): a run after one edit rewrites only the shard of
the edited file, a damaged shard is a cold read of its files with the same results, an edit that
keeps the stamp is still seen, and what is loaded is held once (texts dropped, strings shared).
Every test looks at the files on disk or at the objects loaded, never at timings."""

from __future__ import annotations

import marshal
import os
import time
from pathlib import Path

import pytest

from helpers import HOUR_NS, ORGS, PLAN, build_tree, made_old, uncached, written_old
from kehoach import cachekey, load, loadfiles, loadmany
from kehoach.io import cache, cachedir, cacheshard, yamlio

PLANS = 40  # enough files for several shards
NOW = time.time_ns()  # when the entries of the unit tests were checked: none is racy


LONG = "Hội thi tìm hiểu khoa học và công nghệ dành cho đoàn viên, thanh niên"


def _plan(n: int) -> str:
    text = PLAN.replace("title: Kế hoạch thử", f"id: kh-{n:02d}\ntitle: Kế hoạch thử số {n}")
    return text.replace("title: Hội thi", f"title: {LONG}")


@pytest.fixture
def big(tmp_path, monkeypatch):
    """A repository of ``PLANS`` plans, one with an unknown org (KH401), all older than the racy
    window (no entry is rewritten only because its stamp is recent)."""
    files = {"kehoach.yaml": "kind: settings\nplace: Bình Thuận\n", "orgs.yaml": ORGS}
    for n in range(PLANS):
        text = _plan(n)
        files[f"plans/2022/kh-{n:02d}.yaml"] = (
            text.replace("lead: td", "lead: xx") if n == 7 else text
        )
    root = build_tree(tmp_path / "repo", files)
    monkeypatch.setattr(cachedir, "RACY_NS", 0)
    made_old(root.rglob("*.yaml"))
    monkeypatch.chdir(root)
    return root


def _shards() -> dict[str, tuple[int, int]]:
    """Shard files of the cache: name -> (inode, mtime): a file replaced gets a new inode."""
    folder = Path(os.environ["KEHOACH_CACHE_DIR"])
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.glob("files-*.marshal")}


def _shard_name(path: Path) -> str:
    return f"-{cache.shard_of(str(path.resolve())):02x}.marshal"


def _parsed(monkeypatch) -> list[str]:
    """Names of the files read and parsed from now on (not answered by the cache)."""
    reads: list[str] = []
    real = loadfiles.read_bytes
    monkeypatch.setattr(loadfiles, "read_bytes", lambda p: reads.append(Path(p).name) or real(p))
    return reads


def test_one_edit_rewrites_only_the_shard_of_the_edited_file(cli, big, monkeypatch):
    first = cli("validate", "-f", "parsable")
    assert first.exit_code == 1 and "KH401" in first.stdout
    before = _shards()
    assert len(before) > 10  # the entries are spread over many shards
    edited = big / "plans/2022/kh-21.yaml"
    written_old(edited, _plan(21).replace("Hội thi", "Hội thi cấp tỉnh"))
    reads = _parsed(monkeypatch)
    again = cli("validate", "-f", "parsable")
    assert again.stdout == first.stdout
    assert reads == ["kh-21.yaml"]
    after = _shards()
    assert set(after) == set(before)
    changed = sorted(name for name in after if after[name] != before[name])
    assert len(changed) == 1 and changed[0].endswith(_shard_name(edited))


def test_a_damaged_shard_is_a_cold_read_of_its_files_with_the_same_results(cli, big, monkeypatch):
    first = cli("validate", "-f", "parsable")
    assert "KH401" in first.stdout
    damaged = big / "plans/2022/kh-07.yaml"  # the file with the problem
    folder = Path(os.environ["KEHOACH_CACHE_DIR"])
    (shard,) = [p for p in folder.glob("files-*.marshal") if p.name.endswith(_shard_name(damaged))]
    shard.write_bytes(b"\x00not marshal at all")
    for run in folder.glob("run-*.marshal"):
        run.unlink()  # so that the run is not answered from its record
    neighbours = sorted(
        p.name for p in big.rglob("*.yaml") if _shard_name(p) == _shard_name(damaged)
    )
    reads = _parsed(monkeypatch)
    again = cli("validate", "-f", "parsable")
    assert again.stdout == first.stdout and again.exit_code == first.exit_code
    assert sorted(reads) == neighbours  # only the files of that shard, read again
    reads.clear()
    for run in folder.glob("run-*.marshal"):
        run.unlink()
    assert cli("validate", "-f", "parsable").stdout == first.stdout
    assert reads == []  # the shard was written again, whole


def test_an_edit_keeping_size_and_stamp_is_seen_through_the_shards(cli, repo, monkeypatch):
    """A racy file (written within the clock's resolution of the run) is trusted only by its
    content hash, kept in its shard."""
    monkeypatch.chdir(repo)
    plan = repo / "plans/2022/kh.yaml"
    assert cli("validate", "-f", "parsable").exit_code == 0
    st = plan.stat()
    plan.write_text(PLAN.replace("lead: td", "lead: xx"), encoding="utf-8")  # same size
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert "KH401" in cli("validate", "-f", "parsable").stdout


def test_entries_of_files_gone_are_dropped_when_their_shard_is_written(tmp_path):
    store = cache.ValidationCache(tmp_path, True, "env")
    keys = [str(tmp_path / f"f{n}.yaml") for n in range(2000)]
    for key in keys:
        store.put(key, (1, 2, 3, 4), "d", NOW, "plan", {"k": key}, [])
    store.save(None, [])
    gone, kept = keys[-1], keys[:-1]  # the last file was deleted
    again = cache.ValidationCache(tmp_path, True, "env")
    assert all(again.entry(k, (1, 2, 3, 4)) is not None for k in kept)
    same = next(k for k in kept if cache.shard_of(k) == cache.shard_of(gone))
    other = next(k for k in kept if cache.shard_of(k) != cache.shard_of(gone))
    again.put(same, (1, 2, 3, 5), "d", NOW, "plan", {}, [])  # an edit: its shard is written again
    again.save(None, [])
    third = cache.ValidationCache(tmp_path, True, "env")
    assert third.entry(gone, (1, 2, 3, 4)) is None
    assert third.entry(same, (1, 2, 3, 5)) is not None
    assert third.entry(other, (1, 2, 3, 4)) is not None


def test_a_shard_written_under_another_environment_is_not_used(tmp_path):
    store = cache.ValidationCache(tmp_path, True, "env-a")
    key = str(tmp_path / "kh.yaml")
    store.put(key, (1, 2, 3, 4), "d", NOW, "plan", {}, [])
    store.save(None, [])
    assert cache.ValidationCache(tmp_path, True, "env-a").entry(key, (1, 2, 3, 4)) is not None
    assert cache.ValidationCache(tmp_path, True, "env-b").entry(key, (1, 2, 3, 4)) is None


@pytest.mark.parametrize("parallel", [False, True])
def test_texts_are_not_held_and_repeated_strings_are_shared(big, monkeypatch, parallel):
    """After loading, no file keeps its text (positions re-read a file with problems), and a
    sentence every plan repeats is one string in memory, also when the files were loaded in
    worker processes."""
    monkeypatch.setattr(loadmany, "PARALLEL_MIN_FILES", 2 if parallel else 10**9)
    loaded = load.open_session(use_cache=False, jobs=2).load()
    assert all(f.text is None for f in loaded.files)
    titles = [d.data["contents"]["activities"][0]["title"] for d in loaded.repo.documents]
    assert titles == [LONG] * PLANS
    assert len({id(t) for t in titles}) == 1
    assert (
        loaded.text_of("plans/2022/kh-07.yaml")
        == yamlio.read(str(big / "plans/2022/kh-07.yaml")).text
    )


def test_long_strings_are_shared_across_files_by_the_parser():
    sentence = "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh đã được Đại hội đại biểu toàn quốc thông qua"
    first = yamlio.parse("a.yaml", f"a: {sentence}\nb: '{sentence}'\n").data
    second = yamlio.parse("b.yaml", f'c: ["{sentence}"]\n').data
    composed = yamlio.parse_composed("c.yaml", f"d: &x {sentence}\ne: *x\n").data
    assert first["a"] is first["b"] is second["c"][0] is composed["d"]


# -- the index part and the bodies part of a shard file -------------------------------------------


def _bodies_read(monkeypatch) -> list[str]:
    """Names of the shard files whose bodies part is read from now on."""
    reads: list[str] = []
    real = cacheshard.read_bodies
    monkeypatch.setattr(
        cacheshard, "read_bodies", lambda p, env: reads.append(Path(p).name) or real(p, env)
    )
    return reads


def _shard_of(path: Path) -> Path:
    folder = Path(os.environ["KEHOACH_CACHE_DIR"])
    (shard,) = [p for p in folder.glob("files-*.marshal") if p.name.endswith(_shard_name(path))]
    return shard


DUE = ("due", "--today", "2022-03-01", "--all", "-f", "json")


def test_validate_after_an_edit_reads_the_bodies_of_the_rewritten_shard_only(cli, big, monkeypatch):
    """The documents' whole data and parts are read only to write the edited file's shard again:
    ``validate`` checks the rest of the repository from the index parts."""
    edited = big / "plans/2022/kh-21.yaml"
    # a plan in the same shard: its body is written again with the edited file's
    n = next(
        n for n in range(100, 10_000) if _shard_name(big / f"k{n}.yaml") == _shard_name(edited)
    )
    written_old(big / f"k{n}.yaml", _plan(n))
    first = cli("validate", "-f", "parsable")
    assert cli(*DUE).exit_code == 0  # the shards now hold parts too
    written_old(edited, _plan(21).replace("Hội thi", "Hội thi cấp tỉnh"))
    bodies = _bodies_read(monkeypatch)
    assert cli("validate", "-f", "parsable").stdout == first.stdout
    assert bodies == [_shard_of(edited).name]
    bodies.clear()
    reads = _parsed(monkeypatch)
    due = cli(*DUE)
    # every document from the bodies parts: parts, and the edited one cut from its whole data
    assert due.exit_code == 0 and reads == []
    plans = [*big.glob("plans/2022/*.yaml"), *big.glob("k[0-9]*.yaml")]
    assert set(bodies) == {_shard_of(plan).name for plan in plans}
    assert due.stdout == uncached(cli, monkeypatch, *DUE).stdout


def test_rewriting_every_shard_holds_the_bodies_of_one_shard_at_a_time(cli, big, monkeypatch):
    """Every entry re-stamped (each file racy when it was read: a run just after a clone or a pull
    of many files) rewrites every shard: each shard's bodies are let go of once it is written,
    before the next one's are read — over 100,000 plans, 835 MB of bodies were held at once and
    the run after took 1.6 GB."""
    first = cli("validate", "-f", "parsable")
    assert cli(*DUE).exit_code == 0  # the shards hold bodies (whole data, parts) apart
    before = _shards()
    # every stamp racy: each entry re-stamped
    monkeypatch.setattr(cachedir, "RACY_NS", 10 * HOUR_NS)
    edited = big / "plans/2022/kh-21.yaml"
    edited.write_text(_plan(21).replace("Hội thi", "Hội thi cấp tỉnh"), encoding="utf-8")
    held: list[int] = []
    real = cache.ValidationCache.body

    def body(self, key, entry):
        found = real(self, key, entry)
        held.append(len(self._bodies))  # shards whose bodies this cache holds now
        return found

    monkeypatch.setattr(cache.ValidationCache, "body", body)
    assert cli("validate", "-f", "parsable").stdout == first.stdout
    after = _shards()
    assert set(after) == set(before) and all(after[n] != before[n] for n in before)
    assert len(held) >= PLANS - 1 and max(held) == 1


def _rewrite_bodies(shard: Path, change) -> None:
    """Replace the bodies part of ``shard`` with ``change(bodies)``, the index part kept."""
    raw = shard.read_bytes()
    start = len(cacheshard.MAGIC) + 4
    end = start + int.from_bytes(raw[len(cacheshard.MAGIC) : start], "little")
    rest = marshal.loads(raw[end:])
    rest["bodies"] = change(rest["bodies"])
    shard.write_bytes(raw[:end] + marshal.dumps(rest))


@pytest.mark.parametrize("damage", ["digest", "cut"])
def test_a_body_that_is_not_its_entrys_is_a_cold_read_of_that_file(cli, big, monkeypatch, damage):
    """A body made from other content than its entry says (``digest``: another plan's), or a bodies part cut
    short (``cut``): the index is still used where it suffices, the files are read again where
    their data is needed, and every result is the run without the cache's."""
    assert cli(*DUE).exit_code == 0
    target = big / "plans/2022/kh-21.yaml"
    shard = _shard_of(target)
    if damage == "digest":  # the body of another plan in place of the target's
        other = big / "plans/2022/kh-22.yaml"
        env = cachekey.environment_key()
        theirs = cacheshard.read_bodies(str(_shard_of(other)), env)[str(other)]
        _rewrite_bodies(shard, lambda bodies: {**bodies, str(target): theirs})
    else:
        shard.write_bytes(shard.read_bytes()[:-10])
    for run in Path(os.environ["KEHOACH_CACHE_DIR"]).glob("run-*.marshal"):
        run.unlink()
    reads = _parsed(monkeypatch)
    assert (
        cli("validate", "-f", "parsable").stdout
        == uncached(cli, monkeypatch, "validate", "-f", "parsable").stdout
    )
    reads.clear()
    due = cli(*DUE)
    assert due.stdout == uncached(cli, monkeypatch, *DUE).stdout
    assert "kh-21.yaml" in reads


def test_a_shard_index_longer_than_the_first_read_is_read_whole(tmp_path):
    """The index is read with the magic in one call when it is short (``INDEX_GUESS``); a longer
    one is read to its end, and a file cut short anywhere is a cold read of its files."""
    store = cache.ValidationCache(tmp_path, True, "env")
    keys = [str(tmp_path / f"f{n}.yaml") for n in range(1000)]
    for key in keys:  # entries of one shard together longer than the first read
        store.put(key, (1, 2, 3, 4), "d", NOW, "plan", {"k": key + "x" * 8000}, [])
    store.save(None, [])
    path = store.shard_path(cache.shard_of(keys[0]))
    assert path is not None
    raw = Path(path).read_bytes()
    head = int.from_bytes(raw[len(cacheshard.MAGIC) : len(cacheshard.MAGIC) + 4], "little")
    assert head > cacheshard.INDEX_GUESS
    same = [k for k in keys if cache.shard_of(k) == cache.shard_of(keys[0])]
    index = cacheshard.read_index(path, "env")
    assert index is not None and sorted(index) == sorted(same)
    assert cache.ValidationCache(tmp_path, True, "env").entry(same[-1], (1, 2, 3, 4)) is not None
    at = len(cacheshard.MAGIC) + cachedir.LENGTH
    for cut in (3, at + 100, at + cacheshard.INDEX_GUESS + 10, at + head - 1, at + head + 10):
        Path(path).write_bytes(raw[:cut])
        inside_index = cut < at + head
        assert (cacheshard.read_index(path, "env") is None) == inside_index
        assert cacheshard.read_bodies(path, "env") == {}
        again = cache.ValidationCache(tmp_path, True, "env")
        assert (again.entry(same[-1], (1, 2, 3, 4)) is None) == inside_index
