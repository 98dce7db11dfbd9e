"""``run_diff``: the semantic diff between two git revisions (or a revision and the working
tree), of the plan repository around the working directory or of the paths given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import KehoachError
from ..io import git
from ..io.discover import ORGS_FILE, find_root
from ..io.yamlio import parse, read
from .change import DiffResult
from .documents import compare
from .sides import Side, cite_worktree, load_pair, prefixes_for


def org_names(start: Path) -> Callable[[str], str]:
    """A function showing an org id as its short name, from the repository's orgs.yaml."""
    loaded = read(str(find_root(start) / ORGS_FILE))
    names: dict[str, str] = {}
    orgs = loaded.data.get("orgs") if loaded.ok and isinstance(loaded.data, dict) else None
    for org in orgs if isinstance(orgs, list) else []:
        if isinstance(org, dict) and isinstance(org.get("id"), str):
            names[org["id"]] = str(org.get("short") or org.get("name") or org["id"])
    return lambda org_id: names.get(org_id, str(org_id))


def split_args(top: Path, args: list[str]) -> tuple[list[str], list[str]]:
    """``[REV1 [REV2]] [PATHS]…`` → (revisions, paths): an argument is a revision while it is not
    an existing path, at most two of them, before any path."""
    revs: list[str] = []
    paths: list[str] = []
    for arg in args:
        if not paths and len(revs) < 2 and not Path(arg).exists():
            if not git.is_revision(top, arg):
                git.resolve(top, arg)  # raises the clear "no such revision" error
            revs.append(arg)
        elif Path(arg).exists():
            paths.append(arg)
        else:
            raise KehoachError(f"Không tìm thấy đường dẫn: {arg}")
    return revs, paths


def run_diff(args: list[str]) -> DiffResult:
    cwd = Path.cwd()
    top = git.toplevel(cwd)
    revs, paths = split_args(top, args)
    old = git.resolve(top, revs[0] if revs else "HEAD")
    new = git.resolve(top, revs[1]) if len(revs) > 1 else None
    # without paths: the plan repository around the working directory (not the whole git tree)
    scope = paths or [str(find_root(cwd))]
    before, after = load_pair(top, old, new, prefixes_for(top, scope))
    before.label = revs[0] if revs else "HEAD"
    after.label = revs[1] if len(revs) > 1 else "thư mục làm việc"
    result = compare(before, after, org_names(cwd))
    result.top = top
    return result


def compare_texts(
    top: Path, texts: dict[str, tuple[str, str]], labels: tuple[str, str]
) -> DiffResult:
    """The semantic diff of files not (yet) in git: ``{path relative to top: (old, new)}`` — what
    an edit (``kehoach update``) would change, shown in ``diff``'s words before it is written."""
    before, after = Side(labels[0]), Side(labels[1])
    for rel, (old, new) in sorted(texts.items()):
        before.files[rel] = parse(rel, old)
        after.files[rel] = parse(rel, new)
    cite_worktree(top, before, after)  # the programs the plans cite: their areas' titles
    result = compare(before, after, org_names(top))
    result.top = top
    return result
