"""``run_import``: Word files → YAML drafts (text, output path, proposals, problems); nothing is
written and nothing printed here — the command line writes what this returns."""

from __future__ import annotations

import os
from pathlib import Path

from ...errors import KehoachError
from ...io.discover import find_root, has_marker, no_repository
from ...model import Document, numbering
from ...problem import Problem
from ...vocab import quoted
from .assemble import assemble
from .convert import CONVERTED, to_docx_many
from .docx_blocks import read_blocks
from .docx_package import kind_of_bytes, open_package
from .draft import Draft
from .kept_words import pieces
from .lost_kept import keep_lost
from .margins import margin_texts
from .model import FileResult, ImportFailure, ImportResult
from .orgs import OrgIndex
from .repository import Repo, load_repo
from .split import attach, keep_rest, keep_rest_of, second_start
from .text import clean, slug, unique
from .validation import Job, validate_all
from .yamlout import dump, scalar, trailer

KINDS = ("plan", "program", "decision", "rules", "report")
FOLDERS = {"program": "programs", "decision": "decisions", "rules": "rules", "report": "reports"}
SUFFIXES = (".docx", ".docm", ".dotx", *CONVERTED)


def _expand(files: list[str]) -> list[Path]:
    out: list[Path] = []
    for f in files:
        p = Path(f)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUFFIXES
                           and not q.name.startswith(("~$", ".")))  # fmt: skip
            if not found:
                raise KehoachError(f"Thư mục {p} không có tệp .docx, .doc hay .odt nào")
            out += found
        elif p.is_file():
            out.append(p)
        else:
            raise KehoachError(f"Không tìm thấy tệp: {p}")
    return out


def _header(source: Path) -> list[str]:
    return [
        f"Nhập từ {source.name} bằng `kehoach import`: bản nháp, đọc lại từng chỗ ghi TODO rồi chạy",
        "`kehoach validate`. Mã (id) của văn bản là tên tệp này.",
    ]


def _trailer(draft: Draft) -> list[str]:
    lines: list[str] = []
    if draft.proposals:
        lines += ["", "Tổ chức chưa có trong orgs.yaml (đề xuất): chép vào orgs.yaml, sửa tên, ký hiệu",
                  "cho đúng, rồi chạy `kehoach validate`.", "orgs:"]  # fmt: skip
        for p in draft.proposals:
            # values as YAML writes them ('name: "Số: 12/CTPH"' quoted): copied into orgs.yaml,
            # they read back as written
            fields = [("name", p.name), ("short", p.short), ("header", p.header),
                      ("code", p.code or "TODO"), ("system", p.system), ("parent", p.parent),
                      ("place", p.place)]  # fmt: skip
            lines += [f"  - id: {p.id}"]
            lines += [f"    {k}: {scalar(v)}" for k, v in fields if v]
    if draft.skipped:
        lines += [
            "",
            "Không nhập (trang trí, ghi chú ở chữ ký): " + "; ".join(dict.fromkeys(draft.skipped)),
        ]
    return lines


def _default_dir(root: Path, draft: Draft) -> Path:
    if draft.kind in FOLDERS:
        return root / FOLDERS[draft.kind]
    year = draft.data.get("year")
    return root / "plans" / str(year) if isinstance(year, int) else root / "plans"


def _assemble(
    data: bytes, repo: Repo, index: OrgIndex, kind: str | None, taken: set[str]
) -> list[Draft]:
    """The drafts of one Word file: one, or two when a second document (the rules a decision
    issues) follows the first one's signature (``split``)."""
    pkg = open_package(data)
    blocks = read_blocks(pkg)
    if not blocks:
        raise ImportFailure("KH602", "Văn bản không có chữ nào")
    cut = second_start(blocks)
    margins = margin_texts(pkg)
    if cut is None:
        return [assemble(blocks, repo, index, kind, taken, notes=pkg.notes, margins=margins)]
    first = assemble(blocks[:cut], repo, index, kind, taken, notes=pkg.notes, margins=margins)
    try:
        second = assemble(blocks[cut:], repo, index, None, taken)
    except ImportFailure:
        keep_rest(first, blocks[cut:])
        first.source += pieces(blocks[cut:])
        return [first]
    return [first, second]


def _renderer(source: Path):
    def render(d: Draft) -> str:
        text = dump(d, _header(source)).rstrip("\n") + "\n"
        return text + "".join(ln + "\n" for ln in trailer(_trailer(d)))

    return render


def _defect(exc: Exception) -> str:
    """What a defect of kehoach met reading one file of a batch says (the file is not imported,
    the others are; ``cli.main`` says the same of a defect elsewhere)."""
    return (
        f"Lỗi nội bộ của kehoach khi đọc tệp này ({type(exc).__name__}: {exc}); tệp không được "
        "nhập, các tệp khác vẫn nhập. Chạy lại với KEHOACH_DEBUG=1 để xem chi tiết và báo lỗi cho "
        "nhóm phát triển, kèm tệp."
    )


def _shown(path: Path) -> str:
    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel


def run_import(files: list[str], output: str | None = None, kind: str | None = None,
               repo_root: str | None = None) -> ImportResult:  # fmt: skip
    """Import ``files`` (Word files or folders of them) as drafts for the repository at
    ``repo_root`` (default: around the first output, else the working directory). ``output`` is a
    .yaml file (one input) or a folder; by default drafts go to ``plans/<year>/`` or
    ``programs/`` of the repository. Raises ``KehoachError`` only for usage errors."""
    if kind is not None and kind not in KINDS:
        raise KehoachError(f"Loại văn bản không hỗ trợ: {kind}; chọn một trong: {', '.join(KINDS)}")
    sources = _expand(files)
    out_file = output if output is not None and output.lower().endswith((".yaml", ".yml")) else None
    single_file = out_file is not None
    if single_file and len(sources) > 1:
        raise KehoachError(
            "-o chỉ là một tệp .yaml khi nhập một văn bản; nhập nhiều tệp thì -o là thư mục"
        )
    _check_output(output, single_file)
    anchor = Path(out_file).parent if out_file else Path(output) if output else Path.cwd()
    root = Path(repo_root) if repo_root else find_root(anchor if anchor.exists() else Path.cwd())
    if output is None and repo_root is None and not has_marker(root):
        # the drafts' default folders (plans/<year>/…) are a repository's: none here to put them in
        raise KehoachError(
            f"{no_repository(root.resolve())}: bản nháp không có chỗ ghi mặc định (plans/<năm>/…)",
            hint="Chạy lệnh trong kho kế hoạch (tạo bằng `kehoach init`), hoặc chọn nơi ghi bằng "
            "-o THƯ_MỤC.",
        )
    repo = load_repo(root)
    index = OrgIndex(repo.orgs)
    index.home = clean(repo.settings.get("place"))
    result = ImportResult()
    legacy = [s for s in sources if s.suffix.lower() in CONVERTED or _is_ole(s)]
    converted: dict = to_docx_many(legacy) if legacy else {}
    taken: set[str] = set()
    names: set[str] = set()
    others = {doc.id for doc in repo.docs}  # the ids the repository's documents have
    jobs: list[Job] = []
    for source in sources:
        res = FileResult(str(source))
        result.files.append(res)
        try:
            data = converted.get(source)
            if isinstance(data, ImportFailure):
                raise data
            drafts = _assemble(data if data is not None else _read(source), repo, index, kind,
                               taken)  # fmt: skip
        except ImportFailure as exc:
            res.problems.append(Problem(str(source), 0, 0, exc.code, "error", exc.message))
            continue
        except Exception as exc:  # noqa: BLE001 - a defect on this file: the others go on
            if os.environ.get("KEHOACH_DEBUG"):
                raise
            res.problems.append(Problem(str(source), 0, 0, "KH608", "error", _defect(exc)))
            continue
        if len(drafts) > 1 and single_file:
            keep_rest_of(drafts[0], drafts[1])  # one .yaml asked for: the second is left to do
            drafts = drafts[:1]
        first_stem = ""
        for n, draft in enumerate(drafts):
            if n:
                res = FileResult(str(source))
                result.files.append(res)
            name = (
                source.stem
                if not n
                else f"{source.stem}-{draft.data.get('doc_type') or draft.kind}"
            )
            base = slug(name, 60 + 20 * n)
            stem = unique(base, names)
            folder = Path(output) if output and not single_file else _default_dir(root, draft)
            if not out_file and stem in others and not (folder / f"{stem}.yaml").exists():
                # another document of the repository has this id (its file's name, in another
                # folder: last year's 'Kế hoạch.docx'): a name of its own, not a KH403 error
                stem = unique(base, names | others)
                names.add(stem)
            if n:
                attach(draft, drafts[0], first_stem)
            first_stem = first_stem or stem
            target = Path(out_file) if out_file else folder / f"{stem}.yaml"
            draft.propose(index.proposed.values())  # a body an earlier file proposed
            res.output, res.kind, res.proposals = str(target), draft.kind, draft.proposals
            jobs.append(Job(draft, stem, _renderer(source), res))
    validate_all(jobs, repo)
    keep_lost(jobs, repo)
    for job in jobs:
        done = job.result
        assert isinstance(done, FileResult)
        res = done
        res.text = job.text
        shown = _shown(Path(res.output or ""))
        res.problems += [
            Problem(shown, p.line, p.col, p.code, p.level, p.message) for p in job.problems
        ]
        # the places to fill: "# TODO" comments and values that start with TODO, each once, as
        # the KH418 warnings printed above the table name them
        res.todos = max(job.text.count("# TODO"), sum(p.code == "KH418" for p in res.problems))
        twin = _already_there(job.draft, repo)
        if twin:
            res.problems.append(Problem(shown, 1, 1, "KH612", "warning",
                                        f"Kho đã có văn bản cùng cơ quan, cùng năm, cùng số: {twin} "
                                        "(văn bản này đã được nhập?)"))  # fmt: skip
        for prop in job.draft.proposals:
            res.problems.append(Problem(shown, 1, 1, "KH611", "warning",
                                        _unknown_org(repo, prop)))  # fmt: skip
        for piece in job.lost:
            res.problems.append(Problem(shown, 1, 1, "KH613", "warning",
                                        f"Chữ của văn bản gốc ({piece.where}) không có trong bản "
                                        f"nháp, nay giữ ở mục “Nội dung chưa xếp được”: "
                                        f"{quoted(piece.text[:120])}"))  # fmt: skip
    return result


def _unknown_org(repo: Repo, prop) -> str:
    """KH611's words: the org the document names is not in the repository's orgs.yaml, or there
    is no orgs.yaml at all (an import outside any repository)."""
    name = quoted(prop.seen_as)
    if repo.model.orgs_path is None:
        return (
            f"Tổ chức {name} chưa khai báo ở đâu: không có orgs.yaml ở {_shown(repo.root)} (nhập "
            f"ngoài kho?); đề xuất mã {prop.id} ở cuối tệp. Nhập vào một kho bằng --repo THƯ_MỤC, "
            "hoặc chạy `kehoach init` rồi chép đề xuất vào orgs.yaml"
        )
    return f"Tổ chức chưa có trong orgs.yaml: {name} (đề xuất mã {prop.id}, xem cuối tệp)"


def _check_output(output: str | None, single_file: bool) -> None:
    """``-o`` names a folder that exists (or a .yaml file in one): like every command, import never
    makes the folder a typo names. Without ``-o`` drafts go to the repository's own folders
    (``plans/<năm>/``…), made when missing."""
    if output is None:
        return
    folder = Path(output).parent if single_file else Path(output)
    if folder.is_dir():
        return
    if folder.exists():
        raise KehoachError(f"{_shown(folder)} là tệp, không phải thư mục để ghi bản nháp.")
    raise KehoachError(
        f"Không có thư mục {_shown(folder)} để ghi bản nháp.",
        hint=f"Tạo thư mục trước: mkdir -p {_shown(folder)}",
    )


def _already_there(draft: Draft, repo: Repo) -> str | None:
    """The repository's document with the draft's number in the same register slot (first
    issuer, register, year: ``model.numbering``), if any."""
    mine = Document("", draft.kind, draft.data)
    number = numbering.number_of(mine)
    where = numbering.slot(mine, repo.settings)
    if number is None or where is None:
        return None
    for doc in repo.docs:
        if numbering.number_of(doc) == number and numbering.slot(doc, repo.settings) == where:
            return _shown(Path(doc.path))
    return None


def _is_ole(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return kind_of_bytes(fh.read(4 * 1024 * 1024)) == "ole"
    except OSError:
        return False


def _read(path: Path) -> bytes:
    from .docx_package import max_bytes, too_big

    try:
        size = path.stat().st_size
        if size > max_bytes():
            raise too_big(size)
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailure("KH601", f"Không đọc được tệp: {exc.strerror}") from None
