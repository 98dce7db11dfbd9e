"""How a document cites another: the words of a căn cứ (a document of the repository, ``ref``, or
an external one) and of the ``(Kèm theo …)`` / ``(Ban hành kèm theo …)`` lines of appendices and
attached rules.

The renderer prints these words; ``kehoach import`` compares a sentence it reads with them, to know
whether a citation can be stored as ``ref`` / ``attached_to`` (kehoach prints the very sentence
again) or has to keep its own words.
"""

from __future__ import annotations

from .. import viet
from ..errors import KehoachError
from ..timeexpr import TimeError, parse_date
from ..vocab import DOC_TYPE_NAME, clean, date_text
from . import navigate, numbering
from .document import Document
from .record import lower_first, sentence_case
from .repository import Repository

ATTACHED_VERB = "Ban hành kèm theo"


def cited_name(cited: Document) -> str:
    """'Kế hoạch liên tịch', 'Quyết định', 'Thể lệ': how a document is named when cited."""
    name = clean(cited.data.get("doc_type"))
    return sentence_case(name) if name else DOC_TYPE_NAME[numbering.type_key(cited)]


def symbol(cited: Document, repo: Repository) -> str:
    """'10-KH/TĐTN-BPT': the number and symbol of ``cited`` as its header prints them."""
    missing = [i for i in cited.issuers if i not in repo.orgs]
    if missing:
        raise KehoachError(f"Không tìm thấy tổ chức `{missing[0]}` trong orgs.yaml")
    try:
        return viet.symbol_text(*numbering.number_parts(cited, repo.orgs, repo.settings or {}))
    except (ValueError, TypeError) as exc:
        raise KehoachError(f"{cited.path}: không lập được số, ký hiệu văn bản: {exc}") from exc


def and_names(names: list[str]) -> str:
    """'A', 'A và B', 'A, B và C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def issued_by(cited: Document, repo: Repository) -> str:
    """Who issued ``cited``, as the words after 'của' name them: ``cited_issuer`` as written; a
    decision its head took alone (its first signer not signing ``TM.`` a collective, or its
    ``authority`` line opening with the head's post) by the post and the body ('Giám đốc Sở Khoa
    học và Công nghệ tỉnh Bình Thuận'); otherwise the issuing bodies ('A và B')."""
    written = clean(cited.data.get("cited_issuer"))
    if written:
        return written
    names = [repo.org_name(i, short=False) for i in cited.issuers]
    if cited.kind != "decision" or len(cited.issuers) != 1 or not names:
        return and_names(names) if names else ""
    org = repo.orgs.get(cited.issuers[0]) or {}
    signer = next((s for s in cited.data.get("signers") or [] if isinstance(s, dict)), {})
    auth = signer.get("authority")
    # the post of who decides: the head a deputy signs for, the orgs.yaml head, the signer's own
    head = (clean(signer.get("for")) if auth in ("KT.", "Q.", "TL.", "TUQ.") else "") or clean(
        org.get("head") or (signer.get("title") if not auth else "")
    )
    line = clean(cited.data.get("authority"))
    if line:
        alone = bool(head) and viet.upper(line).startswith(viet.upper(head) + " ")
    else:
        alone = bool(head) and auth != "TM."
    return f"{sentence_case(head)} {names[0]}" if alone else names[0]


def cite(verb: str, cited: Document, repo: Repository) -> str:
    """'Căn cứ Chương trình phối hợp số 01/CTPH-TĐTN-SKHCN ngày 30/12/2021 giữa … với … về …':
    a document of the repository cited by ``ref`` (an unnumbered one by its date and issuers)."""
    parts = [verb, cited_name(cited)]
    if numbering.number_of(cited) is not None:
        parts.append(f"số {symbol(cited, repo)}")
    when = navigate.issued(cited)
    if when:
        parts.append(f"ngày {date_text(when)}")
    names = [repo.org_name(i, short=False) for i in cited.issuers]
    if cited.kind == "program":
        parts.append("giữa " + (" với ".join(names) if len(names) == 2 else and_names(names)))
    elif names:
        parts.append("của " + issued_by(cited, repo))
    title = clean(cited.data.get("title"))
    if title:
        title = lower_first(title)
        parts.append(title if title.startswith("về ") else "về " + title)
    return " ".join(parts)


def external(base: dict) -> str:
    """'Căn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020 của Quốc hội': a cited document
    outside the repository, from its parts (a summary starting with the type's own name is the
    name: 'Luật Thanh niên số …', never 'Luật … về Luật Thanh niên')."""
    verb = clean(base.get("verb")) or "Căn cứ"
    name, summary = clean(base.get("doc_type")), clean(base.get("summary"))
    if name and summary.casefold().startswith(name.casefold()):
        name, summary = summary, ""
    parts = [verb, name]
    if base.get("number"):
        parts.append(f"số {clean(base['number'])}")
    if base.get("date"):
        parts.append(f"ngày {_short_date(base['date'])}")
    if base.get("issuer"):
        parts.append(f"của {clean(base['issuer'])}")
    if summary:
        parts.append(about(summary))
    return " ".join(p for p in parts if p)


# Verbs a summary (trích yếu) may open with: the document does something ("Quyết định … ban hành
# Chiến lược …", "Kế hoạch … triển khai …"), so no "về" goes before it. "về" introduces a topic,
# a noun phrase ("Nghị quyết … về phát triển khoa học …").
SUMMARY_VERBS = (
    "ban hành", "phê duyệt", "phê chuẩn", "quy định", "hướng dẫn", "thành lập", "kiện toàn",
    "sửa đổi", "bổ sung", "bãi bỏ", "điều chỉnh", "giao", "triển khai", "tổ chức", "tăng cường",
    "đẩy mạnh", "thực hiện", "công nhận", "công bố", "phân bổ", "chấp thuận",
)  # fmt: skip
# ... unless they open a noun: "về giao thông nông thôn", "về tổ chức và hoạt động của …"
SUMMARY_NOUNS = (
    "giao thông", "giao lưu", "giao dịch", "giao tiếp", "giao ban", "tổ chức và hoạt động",
    "tổ chức bộ máy", "tổ chức cơ sở",
)  # fmt: skip


def about(summary: str) -> str:
    """The summary of a cited document as it follows the issuer: 'về …' before a topic, as
    written when it opens with a verb (``SUMMARY_VERBS``) or already with 'về'."""
    low = summary.casefold()

    def opens(words: str) -> bool:
        return low == words or low.startswith(words + " ")

    if opens("về") or (any(map(opens, SUMMARY_VERBS)) and not any(map(opens, SUMMARY_NOUNS))):
        return summary
    return f"về {summary}"


def basis(base: dict, repo: Repository) -> str:
    """The sentence of one ``bases`` entry, without its closing punctuation: ``text`` as written,
    a ``ref`` worded by ``cite``, an external document by ``external``."""
    if base.get("text"):
        return clean(base["text"])
    if base.get("ref"):
        cited = repo.by_id(base["ref"])
        if cited is None:
            raise KehoachError(f"Căn cứ `{base['ref']}` không có trong kho")
        return cite(clean(base.get("verb")) or "Căn cứ", cited, repo)
    return external(base)


def issued_with(cited: Document, repo: Repository) -> str:
    """'Kế hoạch liên tịch số 24-KHLT/TĐTN-ĐHQG ngày 15/3/2023 của Thành Đoàn … và …': the
    document an appendix or attached rules go with (Decree 30: '(Kèm theo … số … ngày … của …)');
    an unnumbered or undated one leaves the blanks for the clerk."""
    parts = [cited_name(cited), f"số {symbol(cited, repo)}"]
    when = navigate.issued(cited)
    if when:
        parts.append(f"ngày {date_text(when)}")
    else:
        year = cited.data.get("year")
        parts.append(f"ngày …/…/{year}" if isinstance(year, int) else "ngày …/…/…")
    parts.append("của " + issued_by(cited, repo))
    return " ".join(parts)


def attached_line(doc: Document, repo: Repository) -> str:
    """'(Ban hành kèm theo Kế hoạch liên tịch số … ngày … của …)' under the title of rules issued
    with another document of the repository (``attached_to``), or ``attached_line`` as written."""
    if doc.kind != "rules":
        return ""
    if doc.data.get("attached_line"):
        text = clean(doc.data["attached_line"])
        return text if text.startswith("(") else f"({text})"
    cited = repo.by_id(doc.data.get("attached_to") or "")
    if cited is None:
        return ""
    verb = clean(doc.data.get("attached_verb")) or ATTACHED_VERB
    return f"({verb} {issued_with(cited, repo)})"


def _short_date(value: object) -> str:
    try:
        return date_text(parse_date(value))
    except (TimeError, TypeError):
        return clean(value)


__all__ = ["ATTACHED_VERB", "SUMMARY_VERBS", "about", "attached_line", "basis", "cite", "cited_name", "external",
           "issued_by", "issued_with", "symbol"]  # fmt: skip
