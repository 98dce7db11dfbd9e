"""``run_register``: the outgoing register (Sổ đăng ký văn bản đi) of one issuing body for one
year, from the documents of the repository that carry a number and an issue date.

Decree 30/2020/NĐ-CP, Phụ lục IV, mục I: a cover (parent body, body, "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
year, from date to date, from number to number, volume) and at least ten columns, listed in
``COLUMNS``. A joint document is registered by its lead body (the first issuer), in the register
its type is numbered in (``numbering.registers``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ..errors import KehoachError
from ..io.discover import classify
from ..leftout import left_out_warning
from ..loadfiles import blocks
from ..model import Repository, navigate, numbering
from ..model.record import Record, record
from ..problem import Problem
from ..validate import run_validate

# (number of the column in Phụ lục IV, heading, key) — the minimum content of the register
COLUMNS = (
    (1, "Số, ký hiệu văn bản", "symbol"),
    (2, "Ngày tháng văn bản", "date"),
    (3, "Tên loại và trích yếu nội dung văn bản", "summary"),
    (4, "Người ký", "signers"),
    (5, "Nơi nhận văn bản", "recipients"),
    (6, "Đơn vị, người nhận bản lưu", "archive"),
    (7, "Số lượng bản", "copies"),
    (8, "Ngày chuyển", "sent"),
    (9, "Ký nhận", "received"),
    (10, "Ghi chú", "note"),
)
TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI"
WHAT = "sổ"  # what the files that cannot be read are not counted in (``leftout``)


@dataclass
class RegisterResult:
    year: int
    organ: dict  # the issuing body, as in orgs.yaml
    book: str  # the register's name ('' for the common one)
    rows: list[Record]  # by number, then date
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (path, why) of this body
    errors: int = 0  # validation errors in the repository
    # the first error of each file that holds no usable document (unreadable, failing its
    # schema): what it holds cannot be registered, nor told apart from other years' documents
    unusable: list[Problem] = field(default_factory=list)

    @property
    def shared_numbers(self) -> dict[int, list[Record]]:
        """Each number two or more rows carry (KH404 in ``validate``), with those rows."""
        by_number: dict[int, list[Record]] = {}
        for rec in self.rows:
            if rec.number is not None:
                by_number.setdefault(rec.number, []).append(rec)
        return {n: recs for n, recs in by_number.items() if len(recs) > 1}

    @property
    def first(self) -> Record | None:
        return self.rows[0] if self.rows else None

    @property
    def last(self) -> Record | None:
        return self.rows[-1] if self.rows else None

    def dates(self) -> tuple[date | None, date | None]:
        days = [r.issued for r in self.rows if r.issued]
        return (min(days), max(days)) if days else (None, None)


def note(rec: Record, shared: Sequence[Record] = ()) -> str:
    """What the register's last column says: urgency, who else issued a joint document, and the
    other documents given the same number (``shared``: a number used twice is never silent)."""
    parts = []
    twins = [r.doc.path for r in shared if r is not rec]
    if twins:
        parts.append("Trùng số với " + ", ".join(twins))
    if rec.urgency:
        parts.append(rec.urgency)
    others = [o.get("short") or o.get("name") or o.get("id") for o in rec.organs[1:]]
    if others:
        parts.append("Liên tịch với " + ", ".join(str(o) for o in others))
    return "; ".join(parts)


def cells(rec: Record, shared: Sequence[Record] = ()) -> dict[str, object]:
    """The ten columns of one document: text, except ``date`` (a date) and ``copies`` (a count);
    ``shared``: the rows carrying its number (``RegisterResult.shared_numbers``)."""
    return {
        "symbol": rec.symbol,
        "date": rec.issued,
        "summary": rec.summary,
        "signers": "; ".join(s.name for s in rec.signers if s.name),
        "recipients": list(rec.recipients),
        "archive": ", ".join(rec.archive),
        "copies": rec.copies,
        "sent": "",
        "received": "",
        "note": note(rec, shared),
    }


def _pick(options: list[str], given: str | None, what: str, flag: str, year: int) -> str:
    """``given``, else the only one of ``options`` (never empty), else an error asking for one."""
    if given is not None:
        return given
    if len(options) == 1:
        return options[0]
    shown = ", ".join(o or "(sổ chung)" for o in options)
    raise KehoachError(
        f"Năm {year} có văn bản của nhiều {what}: {shown}", hint=f"Chọn một bằng {flag}."
    )


def run_register(
    paths: list[str] | None, year: int, issuer: str | None = None, book: str | None = None
) -> RegisterResult:
    if not 1900 <= year <= 2999:
        raise KehoachError(f"Năm không hợp lệ: {year}")
    result = run_validate(paths, need_repo=True)
    repo = result.repo
    assert repo is not None
    settings = repo.settings or {}
    issuer = repo.require_org(issuer, "--issuer")
    if book is not None and book not in numbering.register_names(settings):
        known = ", ".join(
            n or "sổ chung (không ghi --book)" for n in numbering.register_names(settings)
        )
        raise KehoachError(
            f"Không có sổ {book!r} trong numbering.registers", hint=f"Các sổ: {known}."
        )
    numbered = []
    for doc in repo.documents:
        where = numbering.slot(doc, settings)
        if where is None or where.year != year or numbering.number_of(doc) is None:
            continue
        if navigate.issued(doc) is None:
            continue  # its year is a guess: reported below, not registered
        numbered.append((doc, where))
    issuers = sorted({w.issuer for _, w in numbered})
    unusable = _unusable(repo, result.errors)
    if not issuers:
        raise _none_of(repo, None, year, issuers, [], unusable)
    issuer = _pick(issuers, issuer, "cơ quan", "--issuer", year)
    mine = [(d, w) for d, w in numbered if w.issuer == issuer]
    if not mine:  # --issuer named a body with nothing numbered that year (others may have)
        raise _none_of(repo, issuer, year, issuers, [d for d, _ in numbered], unusable)
    book = _pick(
        sorted({w.register for _, w in mine}), book, "sổ (numbering.registers)", "--book", year
    )
    rows = [record(d, repo) for d, w in mine if w.register == book]
    rows.sort(key=lambda r: (r.number or 0, r.issued or date.min, r.doc.path))
    return RegisterResult(
        year, repo.orgs.get(issuer) or {"id": issuer}, book, rows,
        _left_out(repo, issuer, year), len(result.errors), unusable,
    )  # fmt: skip


def _unusable(repo: Repository, errors: list[Problem]) -> list[Problem]:
    """The first error of each file holding no document of ``repo`` because of it: a file the
    commands cannot read (``loadfiles.blocks``); not ``kehoach.yaml`` nor ``orgs.yaml``."""
    used = {d.path for d in repo.documents}
    first: dict[str, Problem] = {}
    for p in sorted(errors):
        if blocks(p) and p.path not in used and classify(p.path, None) not in ("settings", "orgs"):
            first.setdefault(p.path, p)
    return list(first.values())


def _none_of(
    repo: Repository,
    issuer: str | None,
    year: int,
    issuers: list[str],
    numbered: list,
    unusable: list[Problem],
) -> KehoachError:
    """The error for a register with nothing to hold: no numbered document in ``year``, or none
    of ``issuer`` (``--issuer``) — the bodies that have some are then named, and a joint document
    it signed only as a partner pointed out; the files that could not be read, named too."""
    hint = "Văn bản vào sổ khi đã có số, ngày: `kehoach issue TỆP --number N --date NGÀY`."
    if issuers:
        joint = any(issuer in (d.issuers or [])[1:] for d in numbered)
        hint = (
            f"Năm {year} có văn bản có số của: {', '.join(issuers)}"
            + (" (văn bản liên tịch vào sổ của cơ quan chủ trì)" if joint else "")
            + ". "
            + hint
        )
    skipped = left_out_warning(unusable, what=WHAT)
    if skipped:
        hint += "\n" + skipped
    of = f" của {repo.org_name(issuer, short=False)}" if issuer is not None else ""
    return KehoachError(
        f"Năm {year} chưa có văn bản nào{of} có số và ngày ban hành trong kho", hint=hint
    )


def _left_out(repo: Repository, issuer: str, year: int) -> list[tuple[str, str]]:
    """Documents of ``issuer`` for ``year`` that the register cannot hold yet, and why."""
    out = []
    for doc in repo.documents:
        if not doc.issuers or doc.issuers[0] != issuer:
            continue
        when = navigate.issued(doc)
        plan_year = numbering.numbering_year(doc)
        if when is None and plan_year == year:
            why = (
                "có số nhưng chưa có ngày ban hành"
                if numbering.number_of(doc) is not None
                else "chưa có số, ngày ban hành"
            )
            out.append((doc.path, why))
        elif when is not None and when.year == year and numbering.number_of(doc) is None:
            out.append((doc.path, "chưa có số"))
    return sorted(out)
