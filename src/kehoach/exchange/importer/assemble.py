"""One document's blocks → a draft: header, number and date, title, căn cứ, preamble, body,
closing, signers, Nơi nhận and appendices, in the order of the format, with a ``# TODO`` wherever
the importer guessed. The body is read by kind: plans (``plan_map``), programs (``program_map``),
decisions and rules (``articles_map``, or numbered sections), reports (numbered sections)."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Document, layout, navigate, numbering
from ...vocab import DOC_TYPE_TITLE
from . import appendix, signatures
from .activity_rows import ActivityBuilder
from .articles_map import has_articles, read_articles
from .attached_line import attached, kem_theo
from .bases import read_basis
from .bases_split import split_bases
from .body_map import section_dict
from .doc_year import year_of
from .draft import Draft
from .edges import split_closing
from .header import header_before_body
from .issuers import identify
from .kept_words import pieces
from .letterhead import number_keys, style_keys
from .margins import TODO as MARGINS_TODO
from .model import Block, ImportFailure, Proposal
from .orgs import OrgIndex
from .plan_map import plan_body, tracked_schedule
from .program_map import program_body
from .recipients import build_recipients
from .repository import Repo
from .sections import Item, Section, build
from .tail import find_start, read_tail
from .text import clean, key, unboxed
from .title import Top, read_top

KINDS = ("plan", "program", "decision", "rules", "report")
# the order of the keys of a draft (body keys come in between, in the order they are read)
_HEAD = ["kind", "issuers", "parties", "number", "unit", "symbol", "date", "month", "place", "year",
         "period", "title", "doc_type", "system", "header", "attached_to", "attached_verb",
         "attached_line", "authority", "bases_style", "bases", "preamble"]  # fmt: skip
_TAIL = ["extra_sections", "closing", "signers", "recipients", "appendices"]


def _top(blocks: list[Block], kind_opt: str | None, doan_motto: str) -> Top:
    top = read_top(blocks, kind_opt, doan_motto)
    if top is None:
        if kind_opt is None:
            raise ImportFailure(
                "KH605",
                "Không thấy tên loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH PHỐI HỢP, QUYẾT ĐỊNH…); chỉ rõ "
                "bằng --kind",
            )
        header, rest = header_before_body(blocks, doan_motto)
        return Top(header, "", kind_opt, [], rest)
    return top


def assemble(
    blocks: list[Block],
    repo: Repo,
    index: OrgIndex,
    kind_opt: str | None,
    taken: set[str],
    notes: Sequence[str] = (),
    margins: Sequence[str] = (),
) -> Draft:
    """The draft of a document's ``blocks``; its footnotes, endnotes (``notes``) and page headers,
    footers (``margins``), which kehoach prints not, are kept with the text it could not place."""
    settings = repo.settings
    top = _top(blocks, kind_opt, clean(settings.get("doan_motto")))
    kind = kind_opt or top.kind
    if kind not in KINDS:
        raise ImportFailure(
            "KH606",
            f'Văn bản loại "{top.doc_type}" chưa được kehoach lưu (chỉ kế hoạch, chương trình phối '
            "hợp, quyết định, quy chế, quy định, thể lệ, báo cáo); nếu thật là một trong các loại "
            "đó, dùng --kind",
        )
    draft = Draft(kind)
    draft.source += pieces(top.rest)  # what kept_words looks for in the draft
    draft.skipped += top.skipped
    header = top.header
    index.place = header.place
    index.preferred = []  # not the issuers of the document before it in a batch
    k = find_start(top.rest)
    body_blocks, boxes = unboxed(top.rest[:k])
    draft.skipped += [f"{w} (text box): chữ trong khung in thành đoạn thường" for w in boxes]
    tail = read_tail(top.rest[k:])
    found = identify(header, index, taken, signatures.count_blocks(tail.columns))
    ids = list(found.ids)
    draft.proposals += found.proposals
    draft.skipped += tail.skipped
    if not ids:
        for col in sorted(tail.columns):
            # no body in the header (rules attached to a decision): the bodies that sign
            org = signatures.block_org(signatures.read_block(tail.columns[col]), index)
            if org and org not in ids:
                ids.append(org)
    key_ids = "parties" if kind == "program" else "issuers"
    while len(ids) < (2 if kind == "program" else 1):
        prop = index.proposal(f"{Proposal.PLACEHOLDER} {len(ids) + 1}", taken=taken)
        draft.proposals.append(prop)
        ids.append(prop.id)
        draft.todo((key_ids,), "không đọc được cơ quan ban hành ở tiêu đề")
    index.preferred = ids
    orgs = [repo.org(i) or _proposed(draft, i) for i in ids]
    data = draft.data
    data["kind"] = kind
    data[key_ids] = ids
    doc = Document("", kind, data)  # the draft as the model sees it (it shares ``data``)
    if top.doc_type and top.doc_type != DOC_TYPE_TITLE[numbering.type_key(doc)]:
        data["doc_type"] = top.doc_type
    data.update(number_keys(header, doc, orgs, settings))
    for org_id, line in found.departments.items():
        draft.todo(
            ("unit",) if "unit" in data else (key_ids,),
            f'tiêu đề ghi "{line}" dưới tên {org_id}: đơn vị soạn thảo (in trong ký hiệu), '
            "kehoach không in dòng này ở tiêu đề",
        )
    for at, (org_id, known) in enumerate(zip(ids, orgs, strict=True)):
        typed = found.typed.get(org_id)
        if typed and known.get("header") and key(typed) != key(known["header"]):
            draft.todo(
                (key_ids, at),
                f'tiêu đề gõ "{clean(typed)}", kehoach in tên cơ quan theo header của orgs.yaml: '
                f'"{clean(known["header"])}"; sửa header trong orgs.yaml nếu cần',
            )
    if header.date:
        data["date"] = header.date
    elif header.month and header.year:  # "ngày … tháng 3 năm 2027": the month decided
        data["month"] = f"{header.year}-{header.month:02d}"
    default_place = repo.org(ids[0]).get("place") or settings.get("place") or ""
    if header.place and key(header.place) != key(default_place):
        data["place"] = header.place
    data.update(year_of(top.title, header, kind, draft))
    data["title"] = top.title or "TODO: trích yếu"
    data.update(style_keys(header, found, doc, orgs, settings))
    if len(header.mottos) > 1:  # Quốc hiệu and ĐOÀN TNCS HỒ CHÍ MINH both: kehoach prints one
        draft.todo(
            ("title",),
            "tiêu đề văn bản in cả Quốc hiệu, Tiêu ngữ và dòng của Đoàn (hay của Đảng): kehoach in "
            f"một dòng bên phải ({header.motto}), xem header.motto trong docs/render.md",
        )
    if top.attached:
        data.update(attached(top, repo, doc))
    found_bases = split_bases(body_blocks)
    bases, after = found_bases.paras, found_bases.rest
    if bases:
        data["bases"] = [read_basis(p.text, repo) for p in bases]
        for at, why in found_bases.todos().items():
            draft.todo(("bases", at), why)
        dash = all(clean(p.text)[:1] in "-–+•" for p in bases)
        system = navigate.header_system(doc, orgs, settings)
        if ("dash" if dash else "plain") != layout.bases_style(doc, settings, system):
            data["bases_style"] = "dash" if dash else "plain"
    after, closing = split_closing(after, kind)
    _body(kind, after, data, draft, index, ids)
    span = (p["from"], p["to"]) if isinstance(p := data.get("period"), dict) else None  # "Hằng năm"
    loose = appendix.place(tail.after, data, ActivityBuilder(draft, index, ids, _year(data), span),
                           kem_theo(doc, repo))  # fmt: skip
    leftovers = [ln.text for ln in header.leftovers + tail.leftovers] + loose
    leftovers += [f"Chú thích {n}: {text}" for n, text in enumerate(notes, 1)]
    if leftovers:
        draft.keep_unplaced(leftovers, "chữ chưa xếp được vào trường nào: chuyển đúng chỗ hoặc xóa")
    if margins:
        draft.keep_unplaced(list(margins), MARGINS_TODO)
    if closing:
        data["closing"] = closing
    signers = signatures.build_signers(tail.columns, ids, index, draft, taken)
    if signers or kind != "rules":
        signed = {s["org"] for s in signers}
        for org in ids:  # each issuer signs: a block the source lacks is left to fill in
            if org not in signed:
                draft.todo(
                    ("signers", len(signers)), "văn bản không có khối chữ ký của cơ quan này"
                )
                signers.append({"org": org, "title": "TODO: chức vụ người ký"})
        data["signers"] = signers
    recipients = build_recipients(
        tail.recipients, draft, settings.get("recipient_notes") or "brace"
    )
    if recipients:
        data["recipients"] = recipients
    if top.authority and top.authority != layout.authority_line(doc, orgs):
        data["authority"] = top.authority
    ordered(data)
    return draft


def _body(kind: str, blocks: list[Block], data: dict, draft: Draft, index: OrgIndex,
          ids: list[str]) -> None:  # fmt: skip
    if kind in ("decision", "rules") and has_articles(blocks):
        data.update(read_articles(blocks, draft, kind))
        return
    # a plan or program written in articles ('Điều 1. Mục đích, yêu cầu'): its sections, printed
    # so again (``sections_as``)
    articles = kind in ("plan", "program") and has_articles(blocks)
    root = build(blocks, articles)
    if articles:
        data["sections_as"] = "articles"
    preamble = [_text(c) for c in root.content if c.kind in ("para", "item")]
    if preamble:
        data["preamble"] = preamble
    tables = [c for c in root.content if c.kind == "table"]
    year = _year(data)
    if tables:
        root.children.insert(0, Section(1, "", "NỘI DUNG", content=tables))
    if kind == "plan":
        data.update(plan_body(root, draft, index, ActivityBuilder(draft, index, ids, year), year))
        tracked_schedule(data, draft, index, ids)
    elif kind == "program":
        period = p if isinstance(p := data.get("period"), dict) else {}
        data.update(
            program_body(root, draft, index, ids, year, period.get("to"), period.get("from"))
        )
        tracked_schedule(data, draft, index, ids, period.get("to"))
    elif kind == "decision":  # no "Điều 1.": each paragraph an article, to be checked
        articles = data.setdefault("articles", [])
        for text in data.pop("preamble", []) or ["TODO: nội dung quyết định"]:
            articles.append(text)
        draft.todo(("articles",), "văn bản không ghi Điều 1., Điều 2.: mỗi đoạn thành một điều")
        data["sections"] = [section_dict(c) for c in root.children] or None
        if data["sections"] is None:
            del data["sections"]
    else:
        sections = [section_dict(c) for c in root.children]
        if sections:
            data["sections"] = sections
        elif kind == "report":
            data["sections"] = [{"title": "TODO: tên mục", "paragraphs": data.pop("preamble", [])}]
            draft.todo(("sections", 0, "title"), "báo cáo không chia mục I., II.")


def ordered(data: dict) -> None:
    items = list(data.items())
    head = [(k, v) for k, v in items if k in _HEAD]
    head.sort(key=lambda kv: _HEAD.index(kv[0]))
    tail = [(k, v) for k, v in items if k in _TAIL]
    tail.sort(key=lambda kv: _TAIL.index(kv[0]))
    body = [(k, v) for k, v in items if k not in _HEAD and k not in _TAIL]
    data.clear()
    data.update(head + body + tail)


def _year(data: dict) -> int | None:
    year = data.get("year")
    return year if isinstance(year, int) else None


def _text(item: Item) -> str:
    return f"{item.marker} {item.text}" if item.kind == "item" else item.text


def _proposed(draft: Draft, org_id: str) -> dict:
    for p in draft.proposals:
        if p.id == org_id:
            return {"id": p.id, "code": p.code, "system": p.system, "place": p.place}
    return {}
