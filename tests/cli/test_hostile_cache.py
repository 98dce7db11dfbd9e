"""A stale or unsafe cache (issue 9, items 8–10): every test is named after what was done to the
files or the cache. The cache never answers for content it has not seen, never outlives the code
or settings that produced it, and never runs anything it reads."""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from helpers import PLAN, compared_repo
from kehoach import cachekey, load, resources, schema
from kehoach.io import cache, cachedir, cacheshard, limits, yamlio

HOUR_NS = 3600 * 10**9


@pytest.fixture
def at_repo(repo, monkeypatch):
    monkeypatch.chdir(repo)
    return repo


def _problems(cli, *args) -> list[str]:
    result = cli("validate", "-f", "parsable", *args)
    return [line.split()[2] for line in result.stdout.splitlines() if line.strip()]


def _same_size(old: str, new: str) -> str:
    assert len(new.encode()) <= len(old.encode())
    return new + " " * (len(old.encode()) - len(new.encode()))


def _cache_files() -> list[Path]:
    return sorted(Path(os.environ["KEHOACH_CACHE_DIR"]).glob("*.marshal"))


# -- 8: an edit that keeps size and modification time -------------------------------------------


def test_edit_within_the_same_second_keeping_size_and_mtime(cli, at_repo):
    plan = at_repo / "plans/2022/kh.yaml"
    assert _problems(cli) == []
    st = plan.stat()
    bad = PLAN.replace("lead: td", "lead: xx")  # same size
    assert len(bad) == len(PLAN)
    plan.write_text(bad, encoding="utf-8")
    os.utime(plan, ns=(st.st_atime_ns, st.st_mtime_ns))  # a coarse clock: mtime unchanged
    assert _problems(cli) == ["KH401"]
    out = cli("render", "plans/2022/kh.yaml", "--to", "txt", "-o", "-")
    assert out.exit_code == 1  # the new, wrong lead: not the old data


def test_touch_r_after_an_edit_of_an_old_file(cli, at_repo):
    """The file's stamp is old (not racy): the entry is trusted on its stamp, which includes the
    change time that ``touch -r`` cannot set back."""
    plan = at_repo / "plans/2022/kh.yaml"
    ref = at_repo / "ref"
    ref.write_text("x", encoding="utf-8")
    old = time.time_ns() - HOUR_NS
    os.utime(plan, ns=(old, old))
    os.utime(ref, ns=(old, old))
    text = PLAN.replace("title: Hội thi", "title: Hội thi A")
    plan.write_text(text, encoding="utf-8")
    os.utime(plan, ns=(old, old))
    assert cli("render", "plans/2022/kh.yaml", "--to", "txt", "-o", "-").stdout.count("Hội thi A")
    plan.write_text(text.replace("Hội thi A", "Hội thi B"), encoding="utf-8")  # same size
    subprocess.run(["touch", "-r", str(ref), str(plan)], check=True)
    out = cli("render", "plans/2022/kh.yaml", "--to", "txt", "-o", "-")
    assert "Hội thi B" in out.stdout and "Hội thi A" not in out.stdout


def test_old_unchanged_files_are_not_read_again(cli, at_repo, monkeypatch):
    """The content check costs only for racy files: a warm run reads nothing, not even for the
    source lines it shows (learnt by the first run). (Setting the times changes the files' change
    time; no slack, so that they are not racy without waiting.)"""
    monkeypatch.setattr(cachedir, "RACY_NS", 0)
    old = time.time_ns() - HOUR_NS
    for path in at_repo.rglob("*.yaml"):
        os.utime(path, ns=(old, old))
    assert cli("who", "-f", "json").exit_code == 0
    reads = []
    real = yamlio.read_bytes
    monkeypatch.setattr(
        "kehoach.io.cacheruns.read_bytes", lambda p: reads.append(p) or real(p), raising=True
    )
    monkeypatch.setattr("kehoach.loadfiles.read_bytes", lambda p: reads.append(p) or real(p))
    monkeypatch.setattr("kehoach.io.lines.read_bytes", lambda p: reads.append(p) or real(p))
    assert cli("who", "-f", "json").exit_code == 0
    assert reads == []


def test_racy_file_is_checked_by_content_and_kept(cli, at_repo, monkeypatch):
    assert _problems(cli) == []
    reads = []
    real = yamlio.read_bytes
    monkeypatch.setattr("kehoach.io.cacheruns.read_bytes", lambda p: reads.append(p) or real(p))
    monkeypatch.setattr("kehoach.loadfiles.read_bytes", lambda p: pytest.fail(f"parsed again: {p}"))
    assert cli("who", "-f", "json").exit_code == 0
    assert reads  # just written: racy, so the content was compared, and nothing parsed again


# -- 9: everything that changes results is part of the key --------------------------------------


def test_kehoach_max_file_bytes_lowered(cli, at_repo, monkeypatch):
    assert _problems(cli) == []
    monkeypatch.setattr(limits, "MAX_BYTES", 100)
    cachekey.environment_key.cache_clear()
    try:
        assert "KH104" in _problems(cli)
    finally:
        cachekey.environment_key.cache_clear()


def test_kehoach_max_file_bytes_not_a_number(monkeypatch):
    monkeypatch.setenv("KEHOACH_MAX_FILE_BYTES", "năm MB")
    assert limits._max_bytes() == 5 * 1024 * 1024


@pytest.mark.parametrize("part", ["code", "schemas", "holidays"])
def test_code_schemas_or_holidays_changed(part, monkeypatch, tmp_path):
    """``git pull`` in an editable install, a new schema, a new holidays release: a new key."""
    before = cachekey.environment_key()
    if part == "code":
        fake = tmp_path / "kehoach"
        fake.mkdir()
        (fake / "load.py").write_text("# pulled\n", encoding="utf-8")
        monkeypatch.setattr(cachekey, "_PACKAGE", fake)
    elif part == "schemas":  # one schema edited in place, its size kept
        edited = tmp_path / "schemas"
        shutil.copytree(resources.schemas_folder(), edited)
        monkeypatch.setattr(resources, "schemas_folder", lambda: str(edited))
        cachekey.environment_key.cache_clear()
        before = cachekey.environment_key()
        plan = edited / "plan.schema.json"
        plan.write_bytes(plan.read_bytes().replace(b"object", b"objecT", 1))
    else:
        monkeypatch.setattr(cachekey, "_holidays_stamp", lambda: [("version.py", 1, 2, 3)])
    cachekey.environment_key.cache_clear()
    try:
        assert cachekey.environment_key() != before
    finally:
        cachekey.environment_key.cache_clear()


def test_check_disabled_in_kehoach_yaml(cli, at_repo):
    plan = at_repo / "plans/2022/kh.yaml"
    plan.write_text(PLAN.replace("lead: td", "lead: xx"), encoding="utf-8")
    assert _problems(cli) == ["KH401"]
    (at_repo / "kehoach.yaml").write_text(
        "kind: settings\nchecks:\n  disable: [KH401]\n", encoding="utf-8"
    )
    assert _problems(cli) == []


@pytest.mark.parametrize(
    "shape",
    [
        "not-a-dict",
        "files-a-list",
        "entry-too-short",
        "stamp-of-strings",
        "problems-of-ints",
        "run-problems-wrong",
        "run-written-missing",
        "run-runs-a-list",
    ],
)
def test_cache_file_of_the_wrong_shape(cli, at_repo, shape):
    """Valid marshal, wrong structure: a cold run, not a crash on every run."""
    assert _problems(cli) == []
    env = cachekey.environment_key()
    head = {"version": __import__("kehoach").__version__, "env": env}
    key = str(at_repo / "plans/2022/kh.yaml")
    bad_files = {
        "not-a-dict": [1, 2, 3],
        "files-a-list": {**head, "files": [key]},
        "entry-too-short": {**head, "files": {key: (1, 2)}},
        "stamp-of-strings": {**head, "files": {key: (("a",) * 4, "d", 0, "plan", {}, [])}},
        "problems-of-ints": {**head, "files": {key: ((0, 0, 0, 0), "d", 0, "plan", {}, [1, 2])}},
    }
    for path in _cache_files():
        if path.name.startswith("files-") and shape in bad_files:
            path.write_bytes(marshal.dumps(bad_files[shape]))
        if path.name.startswith("run-") and shape.startswith("run-"):
            saved = marshal.loads(path.read_bytes())
            if shape == "run-runs-a-list":
                saved["runs"] = list(saved["runs"])
            for record in saved["runs"].values() if isinstance(saved["runs"], dict) else ():
                if shape == "run-problems-wrong":
                    record["problems"] = [("x",)]
                else:
                    del record["written"]
            path.write_bytes(marshal.dumps(saved))
        if path.name.startswith("run-") and not shape.startswith("run-"):
            path.unlink()
    (at_repo / "plans/2022/kh.yaml").write_text(
        PLAN.replace("lead: td", "lead: xx"), encoding="utf-8"
    )
    assert _problems(cli) == ["KH401"]
    assert cli("due", "--today", "2022-03-01").exit_code == 0


@pytest.mark.parametrize(
    "tail", [b"\x00not marshal", marshal.dumps([1, 2])], ids=["bytes", "shape"]
)
def test_activities_packed_apart_that_cannot_be_read_back(cli, at_repo, tail):
    """A slim view's activity lists (``model.tails``) that do not read back as they were packed:
    the run is made again without that cache file, and says what a run without cache says."""
    other = at_repo / "plans/2022/kh-khac.yaml"
    other.write_text(PLAN.replace("lead: td", "lead: xx"), encoding="utf-8")  # KH401
    assert _problems(cli) == ["KH401"]
    env = cachekey.environment_key()
    head = {"version": __import__("kehoach").__version__, "env": env}
    spoiled = 0
    for path in _cache_files():
        if not path.name.startswith("files-"):
            continue
        index = cacheshard.read_index(str(path), env) or {}
        bodies = cacheshard.read_bodies(str(path), env)
        entries = {}
        for key, entry in index.items():
            if key == str(other) and entry[8] is not None and entry[8][2] is not None:
                entry = (*entry[:8], (entry[8][0], entry[8][1], tail), entry[9])
                spoiled += 1
            if cacheshard.away(entry[4]):
                data, parts = cacheshard.body_of(bodies, key, entry[1])
                entry = (*entry[:4], data, *entry[5:9], parts)
            entries[key] = entry
        path.write_bytes(cacheshard.pack(head, entries))
    assert spoiled == 1
    with (at_repo / "plans/2022/kh.yaml").open("a", encoding="utf-8") as fh:
        fh.write("# sửa\n")  # not answered from the last run's record
    result = cli("validate", "-f", "parsable")
    assert result.exit_code == 1 and "Lỗi nội bộ" not in result.output
    assert result.stdout == cli("validate", "-f", "parsable", "--no-cache").stdout
    assert _problems(cli) == ["KH401"]  # and the run after it, from the cache written again


# -- 10: no code from the cache -------------------------------------------------------------------


def test_planted_code_object_in_the_cache_is_never_run(cli, at_repo, tmp_path):
    """What main used to load and exec: ``schema-<kind>-<digest>.marshal``, and every other name."""
    marker = tmp_path / "pwned"
    code = compile(f"open({str(marker)!r}, 'w').write('x')\nvalidate = lambda d: d", "x", "exec")
    folder = Path(os.environ["KEHOACH_CACHE_DIR"])
    for kind in schema.KINDS:
        (folder / f"schema-{kind}-{schema.schema_digest(kind)[:16]}.marshal").write_bytes(
            marshal.dumps(code)
        )
    for path in _cache_files():
        path.write_bytes(marshal.dumps(code))
    assert _problems(cli, "--no-cache") == []
    assert _problems(cli) == []
    assert not marker.exists()


def test_the_cache_holds_data_only(cli, at_repo):
    assert _problems(cli) == []
    assert cli("who").exit_code == 0

    def walk(value):
        if isinstance(value, bytes):  # a document's data as marshal bytes (``validate``): data too
            value = marshal.loads(value)
        assert isinstance(value, dict | list | tuple | str | int | float | bool | type(None)), value
        if isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    files = _cache_files()
    assert files
    env = cachekey.environment_key()
    for path in files:
        if path.name.startswith("files-"):  # an index part, then the bodies part
            walk(cacheshard.read_index(str(path), env))
            walk(cacheshard.read_bodies(str(path), env))
        else:
            walk(marshal.loads(path.read_bytes()))


def test_validators_come_from_the_package_not_the_cache():
    import kehoach._validators.plan as generated

    assert generated.SCHEMA_DIGEST == schema.schema_digest("plan")
    schema._fast.clear()
    assert schema._compiled("plan") is generated.valid


def test_cache_folder_others_can_write_to_is_not_used(monkeypatch, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(shared))
    cache.cache_dir.cache_clear()
    assert cache.cache_dir() is None
    shared.chmod(0o700)
    cache.cache_dir.cache_clear()
    assert cache.cache_dir() == str(shared)


def test_loaded_data_matches_the_file_after_every_kind_of_edit(at_repo):
    """The property behind items 8–9, through the loader itself."""
    plan = at_repo / "plans/2022/kh.yaml"
    for title in ("A", "B", "C"):
        text = PLAN.replace("title: Hội thi", f"title: Hội thi {title}")
        plan.write_text(text, encoding="utf-8")
        subprocess.run(["touch", "-d", "2020-01-01 00:00:00", str(plan)], check=True)
        loaded = load.load([str(at_repo)])
        doc = next(d for d in loaded.repo.documents if d.path.endswith("kh.yaml"))
        assert doc.data["contents"]["activities"][0]["title"] == f"Hội thi {title}"


def test_generated_validators_are_up_to_date():
    """``src/kehoach/_validators`` is what ``tools/validators.py`` writes from ``schemas/``."""
    import importlib.util

    from helpers import ROOT

    spec = importlib.util.spec_from_file_location("validators", ROOT / "tools" / "validators.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.sources().items():
        committed = (module.TARGET / name).read_text(encoding="utf-8")
        assert committed == text, f"{name}: run python tools/schema_src.py"


def test_run_record_with_a_racy_file_edited_in_the_same_tick(tmp_path):
    """The run's problems are reused only when each file racy at the time still has its content."""
    path = tmp_path / "kh.yaml"
    path.write_text("kind: plan\n", encoding="utf-8")
    st = cache.stamp(path)
    store = cache.ValidationCache(tmp_path, True, "env")
    store.save("key", [], st[0], {str(path): cache.content_digest(path)})
    assert store.previous_run("key", [(path, st)]) == []
    path.write_text("kind: plaN\n", encoding="utf-8")  # same size; the stamp is passed unchanged
    assert store.previous_run("key", [(path, st)]) is None


def test_a_run_record_found_by_hashing_files_racy_no_longer_is_renewed(tmp_path, monkeypatch):
    """Recorded while the file was racy: the first look-up stamped later than that hashes it and
    writes the record again as of its stamping; the next look-ups hash nothing."""
    path = tmp_path / "kh.yaml"
    path.write_text("kind: plan\n", encoding="utf-8")
    st = cache.stamp(path)
    digest = cache.content_digest(path)
    store = cache.ValidationCache(tmp_path, True, "env")
    store.save("key", [], st[0], {str(path): digest})
    later = st[0] + 10 * cache.RACY_NS
    assert store.previous_run("key", [(path, st)], later) == []
    reads = []
    real = yamlio.read_bytes
    monkeypatch.setattr("kehoach.io.cacheruns.read_bytes", lambda p: reads.append(p) or real(p))
    fresh = cache.ValidationCache(tmp_path, True, "env")
    assert fresh.previous_run("key", [(path, st)], later + 1) == []
    assert reads == []
    # still racy when looked up: kept as it was, hashed every time
    store.save("key", [], st[0], {str(path): digest})
    assert store.previous_run("key", [(path, st)], st[0]) == []
    assert store.previous_run("key", [(path, st)]) == [] and len(reads) == 2


# -- files a forked helper loaded -------------------------------------------------------------


def test_edit_of_one_file_after_a_cold_run_loaded_by_helpers_too(cli, tmp_path, monkeypatch):
    """The errors of the files a forked helper loaded in the cold run are cached with them: the
    run after an edit of another file, which takes them from the cache, reports them still."""
    root = compared_repo("generated", tmp_path, monkeypatch)  # batches of 3, two processes
    plans = sorted(root.glob("plans/**/*.yaml"))
    broken = plans[::4]
    for plan in broken:
        plan.write_text(plan.read_text(encoding="utf-8") + "bogus_key: 1\n", encoding="utf-8")
    cold = cli("validate", "-f", "parsable").stdout.splitlines()
    assert len(cold) == len(broken)
    for command in (("validate", "-f", "parsable"), ("due", ".", "--today", "2023-06-30")):
        edited = plans[1]
        edited.write_text(edited.read_text(encoding="utf-8") + "# sửa\n", encoding="utf-8")
        if command[0] == "validate":
            assert cli(*command).stdout.splitlines() == cold
        else:
            # validate's run before the edit no longer holds: what due's own loading saw
            assert f"có {len(broken)} lỗi đọc tệp hoặc lược đồ" in cli(*command).stderr
    cache.cache_dir.cache_clear()
    shutil.rmtree(os.environ["KEHOACH_CACHE_DIR"])
    cli("due", ".", "--today", "2023-06-30")  # cold, cut to the agenda's part by helpers too
    edited.write_text(edited.read_text(encoding="utf-8") + "# sửa lần nữa\n", encoding="utf-8")
    assert cli("validate", "-f", "parsable").stdout.splitlines() == cold
