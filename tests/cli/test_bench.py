"""The benchmark's generator writes a realistic repository that validates clean (no timings here:
timings belong to ``bench/run.py``)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, run


def _generate():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def test_generated_repository_validates_clean(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
    plans = _generate()(tmp_path / "repo", 60, seed=3)
    assert len(plans) == 60
    monkeypatch.chdir(tmp_path / "repo")
    result = run(None, use_cache=False)
    assert result.problems == []
    kinds = {d.kind for d in result.repo.documents}
    assert kinds == {"plan", "program"}
    assert len(result.repo.orgs) == 30


def test_generated_plans_are_varied(tmp_path):
    plans = _generate()(tmp_path, 80, seed=5)
    docs = [yaml.safe_load(p.read_text("utf-8")) for p in plans]
    times = {str(a.get("time")) for d in docs for a in d["contents"]["activities"]}
    assert any(".." in t for t in times) and "ongoing" in times
    assert any("-Q" in t for t in times) and any("-H" in t for t in times)
    assert {a["status"] for d in docs for a in d["contents"]["activities"]} == {
        "planned",
        "in_progress",
        "done",
        "cancelled",
    }
    assert any(len(d["issuers"]) == 2 for d in docs)
    assert any("period" in d for d in docs) and any("year" in d for d in docs)
    assert any(b.get("ref") for d in docs for b in d["bases"])
    sizes = sorted(os.path.getsize(p) for p in plans)
    assert sizes[-1] > 3 * sizes[0]


def test_generation_is_deterministic(tmp_path):
    gen = _generate()
    first = gen(tmp_path / "a", 15, seed=9)
    second = gen(tmp_path / "b", 15, seed=9)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert (tmp_path / "a" / "orgs.yaml").read_bytes() == (
        tmp_path / "b" / "orgs.yaml"
    ).read_bytes()
    assert Path(first[0]).suffix == ".yaml"


def test_percpu_reports_every_phase(tmp_path, capsys):
    """``bench/percpu.py`` runs the phases of a cold load on a repository and prints their table
    (what it measures is not checked here)."""
    _generate()(tmp_path / "repo", 12, seed=3)
    spec = importlib.util.spec_from_file_location("bench_percpu", ROOT / "bench" / "percpu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([str(tmp_path / "repo"), "--repeat", "1"]) == 0
    table = capsys.readouterr().out
    for phase in [*module.PHASES, "per-file total", "validate"]:
        assert f"| {phase} (" in table


def test_due_cold_compares_two_codes(tmp_path):
    """``bench/due_cold.py`` runs both commands on each copy of the code, cold and after an edit,
    and checks they print the same bytes (no timing is checked here, only that every measure is
    reported)."""
    import subprocess
    import sys

    repo = tmp_path / "repo"
    _generate()(repo, 12, seed=3)
    script = str(ROOT / "bench" / "due_cold.py")
    code = [f"--code=a={ROOT / 'src'}", f"--code=b={ROOT / 'src'}"]
    env = {k: v for k, v in os.environ.items() if k != "KEHOACH_CACHE_DIR"}
    whole = subprocess.run(
        [sys.executable, script, str(repo), "--repeat", "1", *code],
        capture_output=True,
        encoding="utf-8",
        env=env,
        check=True,
    )
    assert [line.split(" | ")[0] for line in whole.stdout.splitlines()[2:4]] == ["| a", "| b"]
    assert "giống hệt nhau giữa các bản mã: có" in whole.stdout
    before = {p: p.read_bytes() for p in repo.rglob("*.yaml")}
    edited = subprocess.run(
        [sys.executable, script, str(repo), "--repeat", "2", "--edited", *code],
        capture_output=True,
        encoding="utf-8",
        env=env,
        check=True,
    )
    assert "sau khi sửa một tệp" in edited.stdout.splitlines()[0]
    assert [line.split(" | ")[0] for line in edited.stdout.splitlines()[2:4]] == ["| a", "| b"]
    assert "giống hệt nhau giữa các bản mã: có" in edited.stdout
    assert {p: p.read_bytes() for p in repo.rglob("*.yaml")} == before  # edits on a copy


@pytest.mark.parametrize("cold", [False, True])
def test_due_phases_reports_every_phase_of_each_command(tmp_path, cold):
    """``bench/due_phases.py`` runs the phases of ``due``, ``who`` and ``validate`` on their own
    paths and prints one table each (what it measures is not checked here)."""
    import subprocess
    import sys

    repo = tmp_path / "repo"
    _generate()(repo, 12, seed=3)
    spec = importlib.util.spec_from_file_location("bench_phases", ROOT / "bench" / "due_phases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    env = {k: v for k, v in os.environ.items() if k != "KEHOACH_CACHE_DIR"}
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "due_phases.py"), "--repo", str(repo)]
        + ["--repeat", "1", "--commands", "due,who,validate", *(["--cold"] if cold else [])],
        capture_output=True,
        encoding="utf-8",
        env=env,
        check=True,
    ).stdout
    for command, (_, names, _) in module.SCRIPTS.items():
        assert f"| Giai đoạn (`{command}` {'nguội' if cold else 'ấm'}) |" in out
        for name in names:
            assert f"| {name} | " in out
    assert out.count("| **tổng** |") == 3


def test_a_comparison_not_counted_never_fails_the_run(tmp_path):
    """``bench/run.py`` exits 1 when a target fails on CPU; a comparison measured beside the
    targets (``counted=False``: ``who``) shows its verdict in parentheses and fails nothing."""
    import argparse
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "bench"))
    bench = module.Bench(argparse.Namespace(data=tmp_path, seed=7, reuse=False))
    bench.target("đo thêm", 3.0, 3.0, "≤ 1×", lambda r: r <= 1, counted=False)
    assert not bench.failed
    assert bench.targets[-1][3] == "(FAIL, không tính)"
    bench.target("mục tiêu", 0.5, 3.0, "≤ 1×", lambda r: r <= 1)
    assert bench.failed
    assert bench.targets[-1][2:] == ("0.50×", "PASS", "3.00×", "FAIL")
    bench.tmp.rmdir()


def test_the_scale_run_measures_every_edit_and_leaves_the_repository_as_generated(tmp_path):
    """``bench/run.py --scale N``: cold, warm, then three edits of one plan (its wording, an
    activity's deadline, an activity added), each a row; the plan written back as it was."""
    import subprocess
    import sys

    report = tmp_path / "report.md"
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--scale", "40", "--data", str(data)]
        + ["--reuse", "--output", str(report)],
        capture_output=True,
        encoding="utf-8",
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in report.read_text("utf-8").splitlines() if line.startswith("| g.")]
    assert [row.split(",")[1].split("|")[0].strip() for row in rows] == [
        "nguội",
        "ấm",
        "sửa một tệp (lời văn)",
        "lần kế tiếp",
        "sửa hạn một hoạt động",
        "thêm một hoạt động",
    ]
    (repo,) = data.iterdir()
    again = tmp_path / "again"
    _generate()(again, 40, seed=7)
    for path in again.rglob("*.yaml"):
        assert path.read_bytes() == (repo / path.relative_to(again)).read_bytes(), path
