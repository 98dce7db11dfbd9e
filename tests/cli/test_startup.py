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
