"""Signature blocks → ``signers``: authority (``TM.``, ``KT.``, ``Q.``, ``TL.``, ``TUQ.``), the body
or head signed for (``for``), the signer's title and name, and the org of each block.

A block is one column of the signature area: optional lines naming the body (side-by-side blocks
of a joint document), the authority line, upper-case lines (the last is the title, those before it
continue ``for``), then the name. The org of each block: ``signer_orgs`` pairs blocks and
issuers by what their lines say; a block naming an org that is no issuer keeps that org.
"""

from __future__ import annotations

import re

from ...model import layout
from .draft import Draft
from .orgs import OrgIndex
from .signer_orgs import assign
from .tail import AUTHORITY
from .text import Line, clean, is_upper, key

_TITLE_WORDS = re.compile(
    r"\b(BÍ THƯ|GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|PHÓ|CHÁNH|TỔNG|ỦY VIÊN|UỶ VIÊN|THỦ TRƯỞNG|HIỆU TRƯỞNG|"
    r"VIỆN TRƯỞNG|BỘ TRƯỞNG|CỤC TRƯỞNG|THƯ KÝ|GIÁM ĐỐC|KẾ TOÁN|THƯỜNG TRỰC)\b"
)
_TITLE_START = re.compile(
    r"^(?:PHÓ\b|BÍ THƯ|GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG\b|CHÁNH\b|TỔNG (?!CỤC|CÔNG TY|LIÊN ĐOÀN)|"
    r"ỦY VIÊN|UỶ VIÊN|THỦ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|BỘ TRƯỞNG|CỤC TRƯỞNG|THƯ KÝ|KẾ TOÁN)"
)
_AUTH = {"TM": "TM.", "T.M": "TM.", "T/M": "TM.", "KT": "KT.", "K.T": "KT.", "K/T": "KT.",
         "Q": "Q.", "TL": "TL.", "T/L": "TL.", "TUQ": "TUQ.", "T/UQ": "TUQ."}  # fmt: skip


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and not _TITLE_WORDS.search(text.upper())


def read_block(lines: list[Line]) -> dict:
    """One signature block's fields (``org`` still to be decided: ``org_text`` holds the lines
    naming the body). The blank left to sign (an empty line, '(Đã ký)') ends the title: capitals
    under it are the signer's own post ('PHÓ BÍ THƯ TỈNH ĐOÀN' of a 'TRƯỞNG BAN'), in ``post``."""
    kept = [ln for ln in lines if clean(ln.text)]
    texts = [clean(ln.text) for ln in kept]
    out: dict = {"org_text": "", "authority": "", "for": "", "title": "", "name": "", "post": "",
                 "stacked": ""}  # fmt: skip
    # the last authority line is the block's ('TM. LIÊN HIỆP HỘI' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ
    # TỊCH'): one before it names the body (``org_text``), its authority kept in ``stacked``
    ks = [i for i, t in enumerate(texts) if AUTHORITY.match(t)]
    k = ks[-1] if ks else None
    upper_after: list[str] = []
    rest: list[str] = []
    if k is not None:
        m = AUTHORITY.match(texts[k])
        assert m is not None
        word = m.group(1) or m.group(2)
        out["authority"] = _AUTH.get(word, word + ".")
        out["for"] = clean(m.group(3))
        # an authority line above it with the body's name under it ('TM. BAN THƯỜNG VỤ' /
        # 'HỘI LIÊN HIỆP PHỤ NỮ TỈNH' / 'KT. CHỦ TỊCH'): one stacked line, the name kept
        out["stacked"] = " / ".join(
            " ".join([texts[i], *(t for t in texts[i + 1 : nxt] if is_upper(t))])
            for i, nxt in zip(ks[:-1], ks[1:], strict=True)
        )
        out["org_text"] = " ".join(_unauthorized(t) for t in texts[:k] if is_upper(t))
        rest += [t for t in texts[:k] if not is_upper(t)]
        start = k + 1
    else:
        start = 0
    after, gaps = texts[start:], [ln.gap for ln in kept[start:]]
    i = 0
    while i < len(after) and is_upper(after[i]) and not (upper_after and gaps[i]):
        upper_after.append(after[i])
        i += 1
    if upper_after and i < len(after) and gaps[i]:  # under the blank: the post, then the name
        posts = []
        while i < len(after) and is_upper(after[i]):
            posts.append(after[i])
            i += 1
        if posts and i == len(after) and _looks_like_name(posts[-1]):
            rest.append(posts.pop())  # the name typed in capitals
        out["post"] = " ".join(posts)
    rest += after[i:]
    if upper_after and not rest and len(upper_after) >= 2 and _looks_like_name(upper_after[-1]):
        rest = [upper_after.pop()]
    if upper_after:
        # the title: from the first line that starts as a post does ('PHÓ GIÁM ĐỐC' / 'THƯỜNG
        # TRỰC' is one title on two lines), else the last line; the lines before it name the
        # body or continue what is signed for ('LIÊN HIỆP CÁC HỘI KH&KT TỈNH' / 'CHỦ TỊCH')
        at = next((i for i, t in enumerate(upper_after) if _TITLE_START.match(t)), None)
        at = len(upper_after) - 1 if at is None else at
        out["title"] = " ".join(upper_after[at:])
        before = upper_after[:at]
        if k is not None:
            out["for"] = clean(" ".join([out["for"], *before]))
        else:
            out["org_text"] = " ".join(before)
    out["name"] = clean(" ".join(rest))
    return out


def _unauthorized(text: str) -> str:
    """An authority line's words without its authority ('TM. LIÊN HIỆP HỘI' → 'LIÊN HIỆP HỘI');
    any other line as it is."""
    m = AUTHORITY.match(text)
    return clean(m.group(3)) if m else text


def _blocks(columns: dict[int, list[Line]]) -> list[dict]:
    blocks = [read_block(columns[c]) for c in sorted(columns)]
    return [b for b in blocks if b["title"] or b["authority"] or b["name"]]


def count_blocks(columns: dict[int, list[Line]]) -> int:
    """How many signature blocks the signature area holds."""
    return len(_blocks(columns))


def build_signers(columns: dict[int, list[Line]], issuers: list[str], index: OrgIndex,
                  draft: Draft, taken: set[str]) -> list[dict]:  # fmt: skip
    blocks = _blocks(columns)
    signers: list[dict] = []
    used: set[str] = set()
    paired = assign(blocks, issuers, index)
    for pos, b in enumerate(blocks):
        named = index.find(b["org_text"]) if b["org_text"] else None
        org = named if named and named not in issuers else paired[pos]
        if org is None:
            org = _org_of(b, issuers, index, used)
        if org is None and len(blocks) > len(issuers):
            org = _another_signer(b, pos, issuers, index, used, draft, taken)
        if org is None and pos < len(issuers) and issuers[pos] not in used:
            org = issuers[pos]
        if org is None:
            org = next((i for i in issuers if i not in used), issuers[0] if issuers else "")
        used.add(org)
        s: dict = {"org": org}
        if b["authority"]:
            s["authority"] = b["authority"]
            if b["for"]:
                s["for"] = b["for"]
        path = ("signers", len(signers))
        printed = clean(f"{b['authority']} {b['for']}") if b["authority"] else ""
        auto = layout.signer_org_line(s, index.by_id.get(org) or {}, printed, len(blocks) > 1)
        if b["stacked"] and b["authority"]:
            # 'TM. BAN THƯỜNG TRỰC' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH': printed as typed
            s["above"] = b["stacked"]
        elif b["org_text"] and key(b["org_text"]) != key(auto):
            if b["authority"]:
                draft.todo(path + ("org",), f'khối chữ ký ghi "{b["org_text"]}"')
            else:  # a body signing under its own name ("SỞ KHOA HỌC & CÔNG NGHỆ" / "GIÁM ĐỐC")
                s["for"] = b["org_text"]
        elif auto and not b["org_text"]:
            # the source typed no body's name above this block (blocks side by side print one
            # when the authority line does not name it): none printed either
            s["above"] = ""
        if b["title"]:
            s["title"] = b["title"]
        else:
            s["title"] = "TODO: chức vụ người ký"
        s["name"] = b["name"]  # none typed: printed empty again, on purpose (no KH449)
        if not b["name"]:
            draft.todo(path + ("name",), "văn bản gõ không có họ tên người ký dưới chỗ ký")
        if b["post"]:  # the format has no field for it: kept for the reader to decide
            draft.todo(
                path + ("name" if b["name"] else "title",),
                f'khối chữ ký ghi "{b["post"]}" dưới chỗ ký (chức vụ riêng của người ký); '
                "kehoach không in dòng này",
            )
        signers.append(s)
    return signers


def _another_signer(block: dict, pos: int, issuers: list[str], index: OrgIndex, used: set[str],
                    draft: Draft, taken: set[str]) -> str | None:  # fmt: skip
    """More signature blocks than bodies in the header: a block that names a body of orgs.yaml
    the header does not (``KT. GIÁM ĐỐC`` / ``SỞ KHOA HỌC VÀ CÔNG NGHỆ``, or a person of its
    ``people``) signs for it — a joint document whose header left that body out. The body joins
    ``issuers`` (the caller's list), with a TODO; None when the block names none."""
    found = block_org(block, index)
    if found is None and (body := _body_named(_words(block))):
        # a body orgs.yaml does not know ('KT. GIÁM ĐỐC' / 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'): proposed
        prop = index.proposal(body, place=index.place or "", taken=taken)
        if prop not in draft.proposals:
            draft.proposals.append(prop)
        found = prop.id
    if found is None or found in issuers or found in used:
        return None
    issuers.append(found)
    draft.todo(
        ("issuers", len(issuers) - 1),
        f"khối chữ ký thứ {pos + 1} ký cho cơ quan này, phần đầu văn bản không ghi nó; văn bản "
        "liên tịch ghi mọi cơ quan ban hành ở đầu: kiểm tra lại",
    )
    return found


def block_org(block: dict, index: OrgIndex) -> str | None:
    """The org of orgs.yaml a signature block names: by the words of its body's name or of the
    collective it signs for ('TM. BAN THƯỜNG VỤ TỈNH ĐOÀN', 'KT. GIÁM ĐỐC SỞ …'), else by its
    signer (``people``); None."""
    words = _words(block)
    found = next((org for i in range(len(words)) if (org := index.find(" ".join(words[i:])))), None)
    if found is None and block["name"]:
        found = index.by_person(block["name"])
    return found


def _words(block: dict) -> list[str]:
    """The words of a block's body line and of the collective or post it signs for."""
    return clean(f"{block['org_text']} {block['for']}").split()


# the first words of a body's name in a signature block, after its head's post ('GIÁM ĐỐC SỞ …')
_BODY_START = re.compile(
    r"^(?:sở|hội|liên hiệp|ủy ban|uỷ ban|ubnd|trung tâm|ban quản lý|trường|học viện|viện|"
    r"công ty|bệnh viện|đài|cục|chi cục)\b",
    re.I,
)


def _body_named(words: list[str]) -> str:
    """The name of a body in a signature block's words ('GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO' →
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO'): from the first word that starts one, three words at least; ''."""
    for i in range(len(words) - 2):
        if _BODY_START.match(" ".join(words[i:])):
            return " ".join(words[i:])
    return ""


def _org_of(block: dict, issuers: list[str], index: OrgIndex, used: set[str]) -> str | None:
    if block["org_text"]:
        found = index.find(block["org_text"])
        if found:
            return found
    target = key(block["for"]) if block["for"] else ""
    if target:
        for org_id in issuers:
            if org_id in used:
                continue
            for name in index.names_of(org_id):
                k = key(name)
                if k and len(k) > 4 and re.search(rf"(?<!\w){re.escape(k)}(?!\w)", target):
                    return org_id
    if block["name"]:
        found = index.by_person(block["name"])
        if found in issuers and found not in used:
            return found
    return None
