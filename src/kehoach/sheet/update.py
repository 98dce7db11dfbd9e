"""``run_update``: a filled progress workbook → minimal edits of the YAML files, checked; and
``apply_update``: write them, all or nothing.

For each row: its key names the file, the activity's place and id, and the file's hash at export;
a row whose visible id no longer matches its key is refused (``identity``). Each cell is compared
with its value at the export and with the repository now (``merge``): a cell the person changed,
where the repository still holds the exported value, becomes an edit (``io.yamledit``); a cell
untouched is no change even when the repository changed since; both changed is a conflict. A cell
that cannot be read is a problem naming its sheet, row and column. The edited files are then
loaded as they would be written and checked with every check of ``validate``: an error that was
not there before refuses the update. Nothing is written while there is any problem.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..errors import KehoachError
from ..io.yamledit import DELETE, Edit, EditError, apply_edits
from ..load import Loaded, load
from ..model import Document, Repository, navigate
from ..spending import OVER_CODE
from ..vocab import json_path_text
from .cells import CellError, party_index, reader
from .copies import copied_rows
from .identity import misplaced
from .keyless import added_lines, keyless, user_added
from .locked import locked_changes, norm
from .merge import CONFLICT, STALE, WRITE, decide, shown
from .missing import missing_rows
from .origin import OTHER_HINT, foreign, history, read_origin
from .plausible import doubts
from .read import SheetRow, read_workbook
from .recheck import new_problems
from .roles import swap_roles
from .rows import file_hash, party_labels
from .updates import FileUpdate, UpdateResult
from .write import apply_update

__all__ = ["FileUpdate", "UpdateResult", "run_update", "apply_update"]

# where a missing key is inserted: after the first of these siblings that exists
AFTER = {
    "status": ("time", "support", "lead"),
    "done_date": ("status",),
    "spent": ("budget", "done_date", "status"),
    "note": ("spent", "done_date", "status", "budget"),
    "lead": ("title",),
}


_BROKEN = "đang có lỗi (chạy kehoach validate)"  # why a row's document is not edited


def _find_activity(doc: Document, row: SheetRow, stale: bool) -> tuple[tuple, dict] | None:
    """The activity of the row's key: at its place in an unchanged file; in a file changed since
    the export, by its id (ids are unique in a document); without an id, by the title it had at
    the export — the one at its old place if it still bears it, else the only one that does (an
    activity inserted above moved the others: its place alone would name another one)."""
    key = row.key
    assert key is not None
    acts = list(navigate.activities(doc))
    if not stale:
        for path, act in acts:
            if path == key.json_path and (not key.activity or act.get("id") == key.activity):
                return path, act
        return None
    if key.activity:
        return next(((p, a) for p, a in acts if a.get("id") == key.activity), None)
    title = norm((row.exported or {}).get("title", row.locked.get("title", ("", None))[1]))
    if title is None:
        return None  # nothing tells which activity the row was: refused, not guessed
    same = [(p, a) for p, a in acts if norm(a.get("title")) == title]
    here = [(p, a) for p, a in same if p == key.json_path]
    return here[0] if here else (same[0] if len(same) == 1 else None)


class _Run:
    def __init__(self, loaded: Loaded, force: bool, today: date):
        self.loaded = loaded
        self.repo: Repository = loaded.repo
        self.root = self.repo.root.resolve()
        self.force = force
        self.labels = party_labels(self.repo)
        self.ids = party_index(self.labels)
        self.ignored: list[str] = []
        self.cautions: list[str] = []
        self.today = today
        self.files: dict[str, FileUpdate] = {}
        self.unusable: dict[str, str] = {}  # files rows name that cannot be edited, and why
        self.problems: list[str] = []
        self.added: list[SheetRow] = []  # lines the user added: no activity of the repository
        self.sources: dict[tuple, str] = {}  # (file, json path + field) -> cell that set it
        self.changed_rows = 0
        self.by_path = {Path(d.path).resolve(): d for d in self.repo.documents}
        # files read with a YAML error that does not keep their data out (a key written twice,
        # KH106): nothing is written into them, whatever value was meant
        self.yaml_errors = {
            Path(f.path).resolve(): p
            for f in loaded.files
            for p in reversed(f.problems)
            if p.level == "error" and p.code.startswith("KH1")
        }

    def file(self, rel: str) -> FileUpdate | None:
        """The file a row's key names, read once; None when it cannot be edited (``unusable``
        says why): gone from the repository, not a document that passed its checks, or one with a YAML
        error (a key written twice)."""
        if rel not in self.files and rel not in self.unusable:
            path = (self.root / rel).resolve()
            if not path.is_relative_to(self.root) or not path.is_file():
                self.unusable[rel] = "không còn trong kho"
                return None
            if path not in self.by_path:  # not a document that passed its checks
                self.unusable[rel] = self.broken(path)
                return None
            if (bad := self.yaml_errors.get(path)) is not None:
                self.unusable[rel] = (
                    f"có lỗi YAML ở dòng {bad.line} ({bad.code}: {bad.message}); không ghi vào tệp "
                    "đang có lỗi: sửa tệp (kehoach validate) rồi chạy lại"
                )
                return None
            raw = path.read_bytes()  # bytes: line endings and a BOM stay as they are
            bom = raw.startswith(b"\xef\xbb\xbf")
            try:
                text = raw[3 if bom else 0 :].decode("utf-8")
            except UnicodeDecodeError:  # changed on disk since it was loaded
                self.unusable[rel] = _BROKEN
                return None
            self.files[rel] = FileUpdate(path, rel, text, sha=file_hash(path), bom=bom)
        return self.files.get(rel)

    def broken(self, path: Path) -> str:
        """Why a file the loader kept out cannot be edited: its first error, with its line (a
        syntax error, a schema error), as the documentation promises."""
        for f in self.loaded.files:
            if Path(f.path).resolve() == path:
                bad = next((p for p in f.problems if p.level == "error"), None)
                if bad is not None:
                    return (
                        f"có lỗi ở dòng {bad.line} ({bad.code}: {bad.message}); không ghi vào tệp "
                        "đang có lỗi: sửa tệp (kehoach validate) rồi chạy lại"
                    )
        return _BROKEN

    def row(self, row: SheetRow) -> None:
        key = row.key
        if key is None:
            if user_added(self.repo, row):
                self.added.append(row)  # said together at the end (``added_lines``)
            else:
                self.problems.append(keyless(self.repo, row))
            return
        target = self.file(key.file)
        if target is None:
            self.problems.append(f"{row.where}: văn bản {key.file} {self.unusable[key.file]}")
            return
        doc = self.by_path[target.path]
        stale = target.sha != key.sha
        found = _find_activity(doc, row, stale)
        # the row's visible cells are those of its key's activity (not rows sorted without it)
        if problem := misplaced(row, doc, found[1] if found and not stale else None):
            self.problems.append(problem)
            return
        if found is None:
            self.problems.append(
                f"{row.where}: không tìm thấy hoạt động {key.activity or json_path_text(key.json_path)} "
                f"trong {key.file} (đã bị xóa hoặc đổi mã?)"
            )
            return
        path, act = found
        readings = self.read_cells(row)
        if not stale:  # what the export wrote is known: say which locked cells were changed
            self.ignored += locked_changes(self.repo, self.labels, doc, path, act, row)
        changes = self.changes(row, readings, act, stale)
        if not changes:
            return
        self.changed_rows += 1
        for field_name, value in changes.items():
            cell = readings[field_name][0]
            where = (key.file, path + (field_name,))
            if where in self.sources:  # the same activity on another row (co-leads' sheets)
                earlier = target.edits[where[1]].value
                if earlier != (DELETE if value is None else value):
                    first = None if earlier is DELETE else earlier
                    self.problems.append(
                        f"{cell}: mâu thuẫn với {self.sources[where]} (cùng một hoạt động): "
                        f"{self.sources[where]} ghi {shown(field_name, first, self.labels)}, ô này "
                        f"ghi {shown(field_name, value, self.labels)}; sửa hai ô cho giống nhau "
                        "(hoặc để một ô như lúc xuất) rồi chạy lại"
                    )
                continue
            self.sources[where] = cell
            target.edits[where[1]] = Edit(
                where[1], DELETE if value is None else value, after=AFTER.get(field_name, ())
            )
            if field_name == "lead":
                # the department of the lead that was (and how it printed): not the new lead's
                for unit_key in ("lead_unit", "lead_unit_alone"):
                    if unit_key in act:
                        unit = path + (unit_key,)
                        target.edits[unit] = Edit(unit, DELETE)
                if swap := swap_roles(path, act, value, self.labels):
                    target.edits[swap[0].path] = swap[0]
                    self.cautions.append(f"{cell}: {swap[1]}")

    def changes(
        self, row: SheetRow, readings: dict[str, tuple[str, object]], act: dict, stale: bool
    ) -> dict[str, object]:
        """The fields of the row to write (``merge.decide``); conflicts and cells of a file
        changed since the export that cannot be told apart become problems."""
        out: dict[str, object] = {}
        old = []
        for name, (cell, value) in readings.items():
            verdict, now = decide(name, value, act, row.exported, stale, self.labels, self.ids)
            if verdict == STALE:
                old.append(name)
            elif verdict == CONFLICT and not self.force:
                self.problems.append(
                    f"{cell}: cả bảng tính và kho đều đã đổi ô này sau khi xuất — lúc xuất "
                    f"{shown(name, (row.exported or {}).get(name), self.labels)}, kho nay "
                    f"{shown(name, now, self.labels)}, bảng ghi {shown(name, value, self.labels)}; "
                    "sửa ô cho khớp với kho hoặc sửa tệp YAML rồi chạy lại "
                    "(--force: lấy giá trị của bảng tính)"
                )
            elif verdict in (WRITE, CONFLICT):
                if verdict == CONFLICT:
                    self.cautions.append(
                        f"{cell}: ghi đè {shown(name, now, self.labels)} (kho đã đổi sau khi "
                        f"xuất) bằng {shown(name, value, self.labels)} (--force)"
                    )
                out[name] = value
        if old and not self.force:
            assert row.key is not None
            self.problems.append(
                f"{row.where}: {row.key.file} đã thay đổi sau khi xuất bảng tính và bảng này (xuất "
                "bằng phiên bản kehoach cũ) không ghi giá trị lúc xuất, nên không biết ô nào người "
                "điền đã sửa; xuất lại bảng, hoặc dùng --force để ghi theo mã hoạt động"
            )
            return {}
        out.update({name: readings[name][1] for name in old})
        for name, refused, why in doubts(out, act, self.today):
            (self.problems if refused else self.cautions).append(f"{readings[name][0]}: {why}")
        return out

    def read_cells(self, row: SheetRow) -> dict[str, tuple[str, object]]:
        out = {}
        for field_name, (cell, value) in row.cells.items():
            try:
                out[field_name] = (cell, reader(field_name, self.ids)(value))
            except CellError as exc:
                self.problems.append(f"{cell}: {exc}")
        return out


def run_update(
    workbook: str,
    *,
    force: bool = False,
    paths: list[str] | None = None,
    today: date | None = None,
) -> UpdateResult:
    """The edits a filled workbook asks for, checked; nothing is written (see ``apply_update``)."""
    read = read_workbook(Path(workbook))
    rows = read.rows
    loaded = load(paths or None)
    run = _Run(loaded, force, today or date.today())
    origin = read_origin(read.meta)
    if (foreign_to := foreign(origin, rows, loaded.repo)) is not None:
        raise KehoachError(
            f"{Path(workbook).name}: {foreign_to}.",
            hint="Chạy kehoach update trong kho đã xuất bảng tính (hay một bản sao của nó), hoặc "
            "ghi đường dẫn tới kho ấy: kehoach update ĐƯỜNG_DẪN --from TỆP.xlsx",
        )
    refused, doubt = history(origin, run.root)
    if refused and force:
        run.cautions.append(f"{refused} — vẫn ghi (--force)")
    elif refused:
        run.problems.append(f"{refused}; {OTHER_HINT}")  # one message: no row is read
    run.cautions += [doubt] if doubt else []
    run.problems += read.problems
    # a column missing, cells merged, another repository's workbook: no row can be read right
    if not read.problems and not run.problems:
        copies, problems = copied_rows(rows)  # a row copied with its hidden key
        run.problems += problems
        for row in rows:
            if id(row) not in copies:
                run.row(row)
        run.problems += added_lines(run.repo, run.added)
    changed = [f for f in run.files.values() if f.edits]
    for f in changed:
        try:
            f.new_text = apply_edits(f.old_text, f.edits.values())
        except EditError as exc:
            run.problems.append(f"{f.rel}: không sửa được tệp: {exc}")
    result = UpdateResult(
        Path(workbook).name, run.root, changed, run.problems, [], [], len(rows), run.changed_rows
    )
    result.ignored = run.ignored
    result.cautions = run.cautions
    result.missing = missing_rows(read)
    if not run.problems and changed:
        result.validation, warnings = new_problems(loaded, changed)
        # spent far above the budget: said of its cell already (``plausible``), not again of the file
        result.warnings = [w for w in warnings if w.code != OVER_CODE]
    return result
