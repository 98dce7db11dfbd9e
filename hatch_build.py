"""Build hook: compile the C one-pass YAML loader (``src/kehoach/io/_cyaml.c``) over libyaml.

- wheel: the extension is compiled in a temporary folder and added to the wheel, which is then
  tagged for this Python and platform;
- editable install (``pip install -e``, ``make setup``): the extension is written next to its
  source in ``src/kehoach/io/`` (git-ignored);
- ``python hatch_build.py``: the same as the editable install, without pip (``make setup`` runs it
  when the C source changed).

The BLAKE2b hash of the C sources (``SOURCES``) is compiled into the module (``SOURCE_DIGEST``): ``io.yamlfast`` uses
the extension only when it matches the source next to it, so a binary left from an older source is
never used. Without a C compiler or libyaml's header (Debian: ``libyaml-dev``) the build prints a
warning and goes on: kehoach then reads YAML with the pure-Python loader (same results, slower).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SOURCE = ROOT / "src" / "kehoach" / "io" / "_cyaml.c"
PACKAGE_PATH = "kehoach/io/"
NAME = "_cyaml"


def extension_name() -> str:
    return NAME + (sysconfig.get_config_var("EXT_SUFFIX") or ".so")


# the files the extension is compiled from (``_cyaml.c`` includes the others), in the order their
# bytes are hashed for SOURCE_DIGEST; ``io.yamlfast.SOURCES`` is the same list
SOURCES = ("_cyaml.c", "_cyaml_lines.h")


def source_digest(source: Path = SOURCE) -> str:
    """The BLAKE2b hash (32 bytes) of the C sources next to ``source``, one after the other: as
    ``kehoach.io.yamlfast.source_digest`` computes it without ``hashlib``'s OpenSSL."""
    sha = hashlib.blake2b(digest_size=32)
    for name in SOURCES:
        sha.update((source.parent / name).read_bytes())
    return sha.hexdigest()


def _var(name: str) -> list[str]:
    return shlex.split(sysconfig.get_config_var(name) or "")


def compile_extension(target: Path, source: Path = SOURCE) -> str | None:
    """Compile ``source`` into ``target`` (written atomically); the reason when it cannot be."""
    if os.name == "nt" or not _var("LDSHARED"):
        return "không có trình biên dịch C kiểu Unix (LDSHARED) cho Python này"
    include = sysconfig.get_paths()["include"]
    if not (Path(include) / "Python.h").exists():
        return f"thiếu tệp tiêu đề của Python ({include}/Python.h)"
    ldshared = _var("LDSHARED")
    if os.environ.get("CC"):  # the compiler the user chose, with the linker flags of Python's
        ldshared = shlex.split(os.environ["CC"]) + ldshared[1:]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=NAME + "-", suffix=".so", dir=target.parent)
    os.close(fd)
    cmd = [
        *ldshared,
        *_var("CFLAGS"),
        *_var("CCSHARED"),
        "-O2",
        f"-I{include}",
        *shlex.split(os.environ.get("KEHOACH_CYAML_CFLAGS", "")),
        f'-DKEHOACH_CYAML_DIGEST="{source_digest(source)}"',
        str(source),
        "-o",
        tmp,
        *shlex.split(os.environ.get("KEHOACH_CYAML_LDFLAGS", "")),
        "-lyaml",
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    except OSError as exc:
        os.unlink(tmp)
        return f"không chạy được trình biên dịch C ({exc})"
    if proc.returncode != 0:
        os.unlink(tmp)
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        missing = "yaml.h" in proc.stderr
        hint = " (thiếu libyaml: cài libyaml-dev)" if missing else ""
        said = " / ".join(detail[-3:]) or f"{cmd[0]} thoát với mã {proc.returncode}, không nói gì"
        return f"biên dịch thất bại{hint}: {said}"
    os.chmod(tmp, 0o755)  # mkstemp made it private
    os.replace(tmp, target)
    return None


def warn(reason: str) -> None:
    print(
        f"kehoach: CẢNH BÁO — không dựng được bộ đọc YAML bằng C ({reason}). kehoach vẫn chạy "
        "với bộ đọc Python (cùng kết quả, chậm hơn). Cài libyaml-dev và trình biên dịch C rồi "
        "chạy lại `make setup` (hoặc `pip install -e .`).",
        file=sys.stderr,
    )


def build_in_place() -> bool:
    """The extension next to its source (editable install, source tree)."""
    reason = compile_extension(SOURCE.parent / extension_name())
    if reason:
        warn(reason)
    return reason is None


try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # `python hatch_build.py` in an environment without hatchling
    BuildHookInterface = object  # type: ignore[misc,assignment]


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc,valid-type]
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        if version == "editable":
            build_in_place()
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="kehoach-cyaml-")
        built = Path(self._tmp.name) / extension_name()
        reason = compile_extension(built)
        if reason:
            warn(reason)
            return
        build_data["force_include"][str(built)] = PACKAGE_PATH + extension_name()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    build_in_place()  # a warning, never a failure: kehoach works without the extension
