"""``run_issue``: write the number and date the office gave a document (and its symbol, when the
office writes one of its own) into the document's file — after checking them against the
repository, and checking the document as it will be.

Checks before anything is written:

- the number is free for the lead issuer, the register and the year of the date (Decree 30,
  Art. 15: numbers restart at 01 each year); ``--next`` takes the number after the highest one
  used in that register and year;
- the date is a real date, not before the dates of the documents the document cites;
- the symbol starts with a type code of the document's kind and names every issuer;
- the document, edited, has no error (schema, text, repository checks); warnings are shown, and
  so are the numbering warnings (KH440–KH444) it brings to other documents of its register.

The file is written atomically, and only if it has not changed since it was read.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import checks, schema
from ..errors import DataError, KehoachError
from ..io import positions
from ..io.atomic import write_atomic
from ..io.discover import display_path, find_root, has_marker, no_repository
from ..io.writable import refuse_read_only
from ..io.yamledit import EditError
from ..io.yamlio import parse
from ..model import Document, Repository, navigate, numbering
from ..problem import Problem
from ..timeexpr import TimeError, parse_date
from ..today import parse_day, today_from
from ..validate import run_validate
from ..vocab import date_text
from .edit import write_values

NUMBERING = {"KH404", "KH440", "KH441", "KH442", "KH443", "KH444"}  # what issuing changes


@dataclass
class IssueResult:
    path: str  # as shown
    number: int
    issued: date
    symbol: str  # the document's symbol as printed after the change ('12/KH-SKHCN')
    proposed: bool  # the number came from --next
    diff: str  # unified diff of the file
    problems: list[Problem] = field(default_factory=list)  # of the edited document
    written: bool = False
    blocked: bool = False  # errors: nothing written

    @property
    def changed(self) -> bool:
        return bool(self.diff)


def today(option: str | None = None) -> date:
    """``--today``, else ``$KEHOACH_TODAY``, else the system date (the one reader every command
    uses)."""
    return today_from(option)


def _day(value: str) -> date:
    """``--date``: YYYY-MM-DD or DD/MM/YYYY, as every day option (``today.parse_day``)."""
    return parse_day(value, "--date")


def _unfilled(problems: list[Problem], source: Path) -> list[Problem]:
    """The values left to fill in (KH418), but those ``issue`` writes itself: a number, date or
    symbol line ('number: 4  # TODO: số chính thức')."""
    todo = [p for p in problems if p.code == "KH418"]
    if not todo:
        return []
    lines = source.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    own = ("number:", "date:", "symbol:")
    return [p for p in todo if not (0 < p.line <= len(lines) and lines[p.line - 1].startswith(own))]


def _cited_dates(doc: Document, repo: Repository) -> list[tuple[date, str]]:
    """The dates of what the document cites: external bases' dates, cited documents' issue dates."""
    out = []
    for base in doc.data.get("bases") or []:
        if not isinstance(base, dict):
            continue
        if isinstance(base.get("date"), str):
            try:
                out.append((parse_date(base["date"]), f"căn cứ số {base.get('number') or '…'}"))
            except TimeError:
                pass
        cited = repo.by_id(base["ref"]) if isinstance(base.get("ref"), str) else None
        when = navigate.issued(cited) if cited is not None else None
        if cited is not None and when is not None:
            out.append((when, f"{cited.path}"))
    return out


def _number(doc: Document, repo: Repository, where, number: int | None, proposed: bool) -> int:
    settings = repo.settings or {}
    others = [d for d in repo.documents if d is not doc]
    free = numbering.next_free(others, settings, where)
    if proposed:
        return free
    assert number is not None
    if number < 1:
        raise KehoachError(f"Số văn bản phải từ 1 trở lên, nhận được: {number}")
    holder = numbering.used_numbers(others, settings, where).get(number)
    if holder is not None:
        raise DataError(
            f"Số {numbering.padded(number)} của {where.words()} đã dùng ở {holder.path}",
            hint=f"Số tiếp theo còn trống: {numbering.padded(free)} (--next).",
        )
    return number


def _stand_in(source: Path) -> bool:
    """The document's ``number:`` is a stand-in still to be replaced (``number: 4  # TODO``, as
    KH418 reads it), not a number the office gave."""
    text = source.read_text(encoding="utf-8-sig", errors="replace")
    return _NUMBER_TODO.search(text) is not None


_NUMBER_TODO = re.compile(r"^number:[^#\n]*#[ \t]*TODO\b", re.M)


def _not_issued_otherwise(doc: Document, repo: Repository, number: int, issued: date) -> None:
    """A document that has a number already keeps it and its date: giving it another changes the
    register after the fact (``--renumber`` when it was written wrongly)."""
    own = doc.data.get("number")
    if not isinstance(own, int) or isinstance(own, bool):
        return
    dated = navigate.issued(doc)
    if own == number and (dated is None or dated == issued):
        return
    symbol = numbering.symbol_text(doc, repo.orgs, repo.settings or {}) or numbering.padded(own)
    when = f", ngày {date_text(dated)}" if dated is not None else ""
    raise DataError(
        f"{doc.path} đã có số {symbol}{when}; không đổi thành số {numbering.padded(number)}, "
        f"ngày {date_text(issued)}",
        hint="Đổi số, ngày đã cấp làm sai sổ đăng ký văn bản. Nếu số, ngày đã ghi là ghi nhầm, "
        "chạy lại với --renumber; văn bản đã gửi đi thì không đổi số mà ban hành văn bản khác.",
    )


def _problems_after(repo: Repository, doc: Document, shown: str, text: str) -> list[Problem]:
    """Every problem of the document as it will be: text, schema, repository checks."""
    loaded = parse(shown, text)
    found = list(loaded.problems) + checks.run_text_checks(shown, text)
    if not loaded.ok or not isinstance(loaded.data, dict):
        return sorted(found)
    found += positions.resolve(text, schema.validate(doc.kind, loaded.data, shown))
    edited = Document(doc.path, doc.kind, loaded.data)
    after = repo.with_documents([edited if d is doc else d for d in repo.documents])
    disabled = (repo.settings.get("checks") or {}).get("disable") or []
    mine = [p for p in checks.run_repo_checks(after, disabled) if p.path == doc.path]
    found += positions.resolve(text, mine)
    found += _numbering_elsewhere(repo, after, doc.path, disabled)
    return sorted(p for p in found if p.code not in disabled)


def _numbering_elsewhere(
    repo: Repository, after: Repository, path: str, disabled: list[str]
) -> list[Problem]:
    """The numbering warnings the edit brings to the other documents of the register, and those
    there already that name the document: number 01 dated after number 02 is reported (KH441) at
    whichever of the two breaks the order least, often the document already issued, not the one
    being issued."""
    off = [c for c in checks.REGISTRY if c not in NUMBERING or c in disabled]

    def found(state: Repository) -> dict[tuple, Problem]:
        return {
            (p.path, p.code, p.message): p
            for p in checks.run_repo_checks(state, off)
            if p.path != path
        }

    before = found(repo)
    out: list[Problem] = []
    for key, p in found(after).items():
        # brought by the edit, or already there and naming this document (issued again as it is)
        if key not in before or f"({path})" in p.message:
            try:
                other = Path(p.path).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):  # no line to give: the message still says it
                out.append(p)
                continue
            out += positions.resolve(other, [p])
    return out


def run_issue(
    source: Path,
    *,
    number: int | None = None,
    proposed: bool = False,
    when: str | None = None,
    symbol: str | None = None,
    dry_run: bool = False,
    renumber: bool = False,
    today_option: str | None = None,
) -> IssueResult:
    if (number is None) == (not proposed):
        raise KehoachError(
            "Cần đúng một trong hai: --number N (số văn thư cấp) hoặc --next (số tiếp theo còn trống)"
        )
    if source.is_dir() or not source.is_file():
        raise KehoachError(f"Không tìm thấy tệp: {source}")
    if not has_marker(find_root(source.parent)):
        # a draft saved outside any repository (Downloads, Desktop): its number follows the other
        # documents of a repository, and the folder around it is no repository to scan
        raise KehoachError(
            f"{display_path(source)}: {no_repository(source.parent.resolve())}",
            hint="Chép tệp vào kho kế hoạch (thư mục plans/NĂM/ của kho có kehoach.yaml, "
            "orgs.yaml) rồi chạy lại: số văn bản được cấp theo sổ của kho ấy.",
        )
    result = run_validate([str(source)], need_repo=True)
    repo = result.repo
    assert repo is not None
    doc = next((d for d in repo.documents if Path(d.path).resolve() == source.resolve()), None)
    if doc is None:
        blocking = [p for p in result.errors]
        if blocking:
            return IssueResult(
                display_path(source),
                0,
                today(today_option),
                "",
                proposed,
                "",
                blocking,
                blocked=True,
            )
        raise KehoachError(f"{display_path(source)} không phải chương trình hay kế hoạch")
    before_errors = [p for p in result.errors if p.code not in NUMBERING]
    if before_errors:
        return IssueResult(
            doc.path, 0, today(today_option), "", proposed, "", before_errors, blocked=True
        )
    # a value still to fill in (KH418: 'TODO: họ tên người ký'): no number goes to a document
    # that is not the one signed — the placeholder would go into the register as it stands
    unfilled = _unfilled(result.problems, source)
    if unfilled:
        return IssueResult(
            doc.path, 0, today(today_option), "", proposed, "", unfilled, blocked=True
        )

    settings = repo.settings or {}
    issued = _day(when) if when else (navigate.issued(doc) or today(today_option))
    for cited_on, what in _cited_dates(doc, repo):
        if issued < cited_on:
            raise DataError(
                f"Ngày ban hành {date_text(issued)} trước ngày {date_text(cited_on)} của {what} "
                "mà văn bản dẫn làm căn cứ"
            )
    where = numbering.slot(doc, settings, issued)
    if where is None:
        raise KehoachError(f"{doc.path} chưa có cơ quan ban hành nên chưa cấp số được")
    chosen = _number(doc, repo, where, number, proposed)
    if not renumber and not _stand_in(source):
        _not_issued_otherwise(doc, repo, chosen, issued)
    values: dict[str, object] = {"number": chosen, "date": issued.isoformat()}
    if symbol is not None:
        reasons = numbering.symbol_problems(symbol, doc, repo.orgs, settings)
        if reasons:
            raise KehoachError("--symbol không hợp lệ: " + "; ".join(reasons))
        default = numbering.notation(
            Document(doc.path, doc.kind, {**doc.data, "symbol": None}), repo.orgs, settings
        )
        if " ".join(symbol.split()) != default or "symbol" in doc.data:
            values["symbol"] = " ".join(symbol.split())
    values = {k: v for k, v in values.items() if doc.data.get(k) != v}

    path = Path(source)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    try:
        new_text = write_values(text, doc.data, values) if values else text
    except EditError as exc:
        raise KehoachError(f"Không sửa được {doc.path}: {exc}") from None
    diff = "".join(
        difflib.unified_diff(
            text.splitlines(keepends=True),
            new_text.splitlines(keepends=True),
            f"a/{doc.path}",
            f"b/{doc.path}",
        )
    )
    problems = _problems_after(repo, doc, doc.path, new_text)
    edited = Document(doc.path, doc.kind, {**doc.data, **values})
    shown_symbol = numbering.symbol_text(edited, repo.orgs, settings) or ""
    out = IssueResult(doc.path, chosen, issued, shown_symbol, proposed, diff, problems)
    if any(p.level == "error" for p in problems):
        out.blocked = True
        return out
    if dry_run or not values:
        return out
    if path.read_bytes() != raw:
        raise KehoachError(f"{doc.path} vừa bị sửa trong lúc kehoach làm việc; chạy lại lệnh")
    bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
    refuse_read_only(path, str(doc.path))
    try:
        write_atomic(str(path), bom + new_text.encode("utf-8"))
    except OSError as exc:  # a read-only folder, a full disk: said, not an internal error
        raise KehoachError(f"Không ghi được {doc.path}: {exc.strerror or exc}") from None
    out.written = True
    return out
