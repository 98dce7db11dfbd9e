"""The wheel carries schemas and templates and works from any directory, without the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from helpers import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    hatchling = os.path.join(os.path.dirname(sys.executable), "hatchling")
    assert os.path.exists(hatchling), (
        "hatchling is a declared test dependency: pip install -e '.[test]'"
    )
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [hatchling, "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    [whl] = out.glob("*.whl")
    return whl


@pytest.mark.external
def test_wheel_contains_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for schema in ("settings", "orgs", "program", "plan"):
        assert f"kehoach/data/schemas/{schema}.schema.json" in names
    assert any(n.startswith("kehoach/data/templates/") for n in names)


@pytest.mark.external
def test_wheel_carries_the_c_yaml_loader_and_is_tagged_for_this_platform(wheel):
    import sysconfig

    names = zipfile.ZipFile(wheel).namelist()
    extension = "kehoach/io/_cyaml" + sysconfig.get_config_var("EXT_SUFFIX")
    assert extension in names, (
        "the wheel has no C YAML loader: install libyaml-dev and a C compiler (hatch_build.py)"
    )
    # its sources: the stale-binary guard compares with them
    assert {"kehoach/io/_cyaml.c", "kehoach/io/_cyaml_lines.h"} <= set(names)
    assert not wheel.name.endswith("-none-any.whl"), wheel.name


@pytest.mark.external
def test_installed_wheel_runs_elsewhere(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    work = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLES, work)
    env = {**os.environ, "PYTHONPATH": str(target), "KEHOACH_NO_CACHE": "1"}
    code = (
        "import kehoach, sys; from kehoach.cli import main; from kehoach.resources import schemas_dir;"
        "assert str(schemas_dir()).startswith(sys.argv[1]), schemas_dir();"
        "from kehoach.io import yamlfast; assert yamlfast._LOAD is not yamlfast._load;"
        "sys.exit(main(['validate', '--format', 'parsable']))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert proc.stdout == ""


def test_a_build_without_a_working_compiler_says_why(tmp_path, monkeypatch):
    """No C loader can be built (here: a compiler that fails silently): the build hook gives a
    Vietnamese reason that names the compiler and its exit code, never an empty one."""
    monkeypatch.syspath_prepend(str(ROOT))
    import hatch_build

    monkeypatch.setenv("CC", shutil.which("false") or "/bin/false")
    reason = hatch_build.compile_extension(tmp_path / hatch_build.extension_name())
    assert reason is not None and "biên dịch thất bại" in reason
    assert "thoát với mã 1" in reason
    assert not list(tmp_path.iterdir())  # no half-written extension left behind
