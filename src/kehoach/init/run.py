"""``kehoach init``: scaffold a plan repository from the files in ``skeleton/``.

Never overwrites a file: in a non-empty folder (only with ``force``) existing files are skipped
and reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KehoachError
from ..io.git import init_repo
from ..resources import schemas_dir

SKELETON = Path(__file__).resolve().parent / "skeleton"

# skeleton file -> file in the new repository (dotfiles are stored without their dot, so that
# neither git nor the wheel builder treats them as this project's own configuration)
FILES = {
    "kehoach.yaml": "kehoach.yaml",
    "orgs.yaml": "orgs.yaml",
    "README.md": "README.md",
    "gitignore": ".gitignore",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
}
SCHEMA_OF = {"kehoach.yaml": "settings", "orgs.yaml": "orgs"}
FOLDERS = ("programs", "plans")
# which schema each kind of file follows, for the YAML language server
GLOBS = {
    "settings": ["kehoach.yaml"],
    "orgs": ["orgs.yaml"],
    "program": ["programs/**/*.yaml", "programs/**/*.yml"],
    "plan": ["plans/**/*.yaml", "plans/**/*.yml"],
    "decision": ["decisions/**/*.yaml", "decisions/**/*.yml"],
    "rules": ["rules/**/*.yaml", "rules/**/*.yml"],
    "report": ["reports/**/*.yaml", "reports/**/*.yml"],
}


@dataclass
class InitResult:
    root: Path
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    git_initialised: bool = False


def vscode_settings() -> str:
    mapping = {f"./schemas/{kind}.schema.json": globs for kind, globs in GLOBS.items()}
    settings = {
        "yaml.schemas": mapping,
        "yaml.validate": True,
        "yaml.completion": True,
        "yaml.hover": True,
        "files.encoding": "utf8",
        "files.eol": "\n",
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2},
    }
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def _contents() -> dict[str, str]:
    out: dict[str, str] = {}
    for src, dest in FILES.items():
        text = (SKELETON / src).read_text(encoding="utf-8")
        if src in SCHEMA_OF:
            text = f"# yaml-language-server: $schema=schemas/{SCHEMA_OF[src]}.schema.json\n" + text
        out[dest] = text
    # a copy of the schemas in the repository: editors of every clone find them by relative path
    for kind in GLOBS:
        out[f"schemas/{kind}.schema.json"] = (schemas_dir() / f"{kind}.schema.json").read_text(
            encoding="utf-8"
        )
    out[".vscode/settings.json"] = vscode_settings()
    for folder in FOLDERS:
        out[f"{folder}/.gitkeep"] = ""
    return out


def scaffold(target: Path, *, force: bool = False, git: bool = True) -> InitResult:
    """Create the repository skeleton in ``target`` (created when missing)."""
    if target.exists() and not target.is_dir():
        raise KehoachError(f"{target} đã có và không phải thư mục.")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise KehoachError(
            f"Thư mục {target} không trống; kehoach init chỉ tạo kho trong thư mục trống.",
            hint="Dùng --force để thêm các tệp còn thiếu (tệp đã có được giữ nguyên).",
        )
    target.mkdir(parents=True, exist_ok=True)
    result = InitResult(target.resolve())
    for rel, text in _contents().items():
        path = target / rel
        if path.exists():
            result.skipped.append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(path, "x", encoding="utf-8", newline="\n") as fh:  # never overwrite
                fh.write(text)
        except FileExistsError:
            result.skipped.append(rel)
            continue
        except OSError as exc:
            raise KehoachError(f"Không ghi được {path}: {exc.strerror}") from exc
        result.created.append(rel)
    if git:
        result.git_initialised = init_repo(target)
    return result
