"""What every command pays before it starts: the CLI does not load the features it is not running
(the importer's Word readers, the diff engine) — issue 14, start-up of every typer command."""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "kehoach.exchange.importer.usecase",
    "kehoach.exchange.importer.docx_package",
    "kehoach.diff.run",
)


def test_building_the_cli_loads_no_unused_feature():
    code = f"import sys, kehoach.cli.app; print([m for m in {HEAVY!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_features_still_load_when_used():
    from kehoach import diff
    from kehoach.exchange import importer

    assert callable(importer.run_import) and callable(diff.run_diff)
    assert callable(diff.compare_texts)


LIGHT_PATH_NEVER = (
    "yaml",
    "typer",
    "rich",
    "pathlib",
    "dataclasses",
    "tempfile",
    "re",
    "json",
    "typing",
    "kehoach.io.yamlio",
    "kehoach.io.discover",
    "kehoach.problem",
    "kehoach.validate",
)


def test_a_remembered_answer_imports_nothing_heavy(tmp_path):
    """The look-up of a remembered answer (``answers``) and the hit itself stay on the light path:
    no YAML reader, no typer, no ``pathlib``/``dataclasses``/``re``/``typing`` beyond what Python
    itself loads at start-up."""
    import shutil

    from helpers import EXAMPLES

    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    env = {"KEHOACH_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    code = (
        "import sys; before = set(sys.modules); from kehoach.cli import main;"
        "c = main(['validate', '-f', 'parsable', 'orgs.yaml']); sys.stdout.flush();"
        "print(c, sorted(set(sys.modules) - before), file=sys.stderr)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, encoding="utf-8"
        )
        for _ in range(2)
    ]
    first, hit = runs
    assert (first.stdout, hit.stdout) == ("", "")
    assert "yaml" in first.stderr  # a real run: it read the files
    code_, _, loaded = hit.stderr.strip().partition(" ")
    assert code_ == "0"
    imported = set(eval(loaded))  # noqa: S307 - a list of names printed just above
    assert "kehoach.answers" in imported
    assert imported.isdisjoint(LIGHT_PATH_NEVER), sorted(imported & set(LIGHT_PATH_NEVER))
