"""The hand-off file written beside a rendered PDF (``render --to pdf --metadata``): what the
office's document system (hệ thống quản lý văn bản và điều hành) asks when the document is
registered, and where each signer's signature goes on the page, so that it can be pasted or
scripted into the system and the signing tool.

The field names follow the document-exchange metadata Vietnamese e-office systems use (edXML:
``CodeNumber``, ``CodeNotation``, ``Subject``, ``SignerInfo``, ``Priority``…); ``labels`` gives the
Vietnamese name of each field. Values come from ``model.record`` — the same record the outgoing
register prints — and from the PDF itself (page count, signature places measured by ``pdfbox``).
"""

from __future__ import annotations

import hashlib
import json

from ..model import Document, Repository
from ..model.record import record
from . import pdfbox

FORMAT = "kehoach-handoff/1"
LABELS = {
    "CodeNumber": "Số văn bản",
    "CodeNotation": "Ký hiệu văn bản",
    "Symbol": "Số, ký hiệu",
    "IssuedDate": "Ngày ban hành",
    "Place": "Địa danh",
    "OrganId": "Mã cơ quan ban hành",
    "OrganName": "Tên cơ quan ban hành",
    "OrganizationInCharge": "Cơ quan chủ quản",
    "Organs": "Các cơ quan ban hành (văn bản liên tịch)",
    "DocumentType": "Tên loại văn bản (mã, tên)",
    "Subject": "Trích yếu nội dung",
    "SignerInfo": "Người ký (thẩm quyền, chức vụ, họ tên)",
    "To": "Nơi nhận",
    "Archive": "Nơi lưu",
    "Priority": "Mức độ khẩn",
    "IssuedAmount": "Số lượng bản phát hành",
    "PageAmount": "Số trang",
    "DueDate": "Hạn trả lời, hạn xử lý",
}


def _organ(org: dict) -> dict:
    return {
        "OrganId": org.get("id"),
        "OrganName": org.get("name") or org.get("id"),
        "OrganizationInCharge": org.get("parent") or None,
        "Code": org.get("code") or None,
    }


def _box(box: pdfbox.Box, page_height: float) -> dict:
    """A box both ways: PDF user space (origin bottom left, as a signature field's /Rect) and
    from the top left (as most image tools place things)."""
    return {
        "rect": box.rounded(),
        "top_left": {
            "x": round(box.x0, 2),
            "y": round(page_height - box.y1, 2),
            "width": round(box.width, 2),
            "height": round(box.y1 - box.y0, 2),
        },
    }


def _place(i: int, name: str, place: pdfbox.Place | None) -> dict:
    if place is None:
        return {"signer": i, "FullName": name, "found": False}
    height = place.page_size[1]
    return {
        "signer": i,
        "FullName": name,
        "found": True,
        "page": place.page,
        "page_size": [round(v, 2) for v in place.page_size],
        "units": "pt",
        "image": _box(place.image, height),
        "block": _box(place.block, height),
        "lines": {k: _box(v, height) for k, v in place.lines.items()},
    }


def metadata(doc: Document, repo: Repository, pdf: bytes, pdf_name: str) -> tuple[str, list[str]]:
    """The JSON text of the hand-off file, and warnings (signers whose block was not found)."""
    rec = record(doc, repo)
    opened = pdfbox.open_pdf(pdf)
    try:
        pages = len(opened)
    finally:
        opened.close()
    places = pdfbox.locate(pdf, [(s.competence, s.position, s.name) for s in rec.signers])
    lead = rec.organs[0] if rec.organs else {}
    document = {
        "CodeNumber": rec.number_text or None,
        "CodeNotation": rec.notation or None,
        "Symbol": rec.symbol if rec.number is not None else None,
        "IssuedDate": rec.issued.isoformat() if rec.issued else None,
        "Place": rec.place or None,
        **{k: v for k, v in _organ(lead).items() if k != "Code"},
        "Organs": [_organ(o) for o in rec.organs],
        "DocumentType": {"Code": rec.type_code, "Name": rec.type_name},
        "Subject": rec.subject,
        "SignerInfo": [
            {
                "Competence": s.competence or None,
                "Position": s.position,
                "FullName": s.name or None,
                "OrganId": s.org,
            }
            for s in rec.signers
        ],
        "To": list(rec.recipients),
        "Archive": list(rec.archive),
        "Priority": rec.urgency,
        "IssuedAmount": rec.copies,
        "PageAmount": pages,
        "DueDate": None,
    }
    out = {
        "format": FORMAT,
        "source": doc.path,
        "file": pdf_name,
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "document": document,
        "signatures": [
            _place(i, s.name, p)
            for i, (s, p) in enumerate(zip(rec.signers, places, strict=True), 1)
        ],
        "labels": LABELS,
    }
    warnings = [
        f"Không tìm thấy khối chữ ký của {s.name or s.position} trong PDF "
        "(mẫu văn bản riêng đổi chức vụ hoặc họ tên?)"
        for s, p in zip(rec.signers, places, strict=True)
        if p is None
    ]
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n", warnings
