"""``render --to pdf --metadata``: the hand-off file beside the PDF, checked against the PDF as
another reader sees it (poppler's ``pdftotext -bbox-layout``, not the PDFium that kehoach uses):
the signature block holds the signer's title and name, the image band lies between them on their
axis, the page count and the document's number, date and signers are right."""

from __future__ import annotations

import hashlib
import json
import subprocess
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest

from helpers import EXAMPLES, ORGS, PLAN, build_tree

KHLT = EXAMPLES / "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
DT = EXAMPLES / "plans/2021/kh-khcn-2021-tinhdoan-dt.yaml"
NS = "{http://www.w3.org/1999/xhtml}"


def poppler_lines(pdf: Path, page: int) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(text, (x0, y0, x1, y1)) of every line of ``page``, top-left origin, as pdftotext sees it."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        check=True,
    ).stdout
    root = ElementTree.fromstring(xhtml)
    out = []
    for line in root.iter(f"{NS}line"):
        words = [w.text or "" for w in line.iter(f"{NS}word")]
        box = tuple(float(line.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
        out.append((unicodedata.normalize("NFC", " ".join(words)), box))
    return out


def poppler_pages(pdf: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, check=True, encoding="utf-8"
    ).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def top_left(entry: dict) -> tuple[float, float, float, float]:
    t = entry["top_left"]
    return t["x"], t["y"], t["x"] + t["width"], t["y"] + t["height"]


def contains(outer, inner, slack: float = 0.5) -> bool:
    return (
        outer[0] <= inner[0] + slack
        and outer[1] <= inner[1] + slack
        and outer[2] >= inner[2] - slack
        and outer[3] >= inner[3] - slack
    )


def render_with_metadata(cli, source: Path, out: Path) -> dict:
    result = cli("render", str(source), "--to", "pdf", "--metadata", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"Đã ghi {out.with_suffix('.json')}" in result.stderr or "json" in result.stderr
    return json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.external
def test_joint_plan_signature_boxes_measured_by_poppler(cli, tmp_path):
    pdf = tmp_path / "khlt.pdf"
    meta = render_with_metadata(cli, KHLT, pdf)
    doc = meta["document"]
    assert (doc["CodeNumber"], doc["CodeNotation"]) == ("12", "KHLT/TĐTN-SKHCN")
    assert doc["Symbol"] == "12-KHLT/TĐTN-SKHCN" and doc["IssuedDate"] == "2023-03-15"
    assert doc["DocumentType"] == {"Code": "KHLT", "Name": "Kế hoạch liên tịch"}
    assert [s["FullName"] for s in doc["SignerInfo"]] == ["Thái Thành Bi", "Nguyễn Hoài Trung"]
    assert doc["PageAmount"] == poppler_pages(pdf)
    assert meta["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert meta["file"] == "khlt.pdf"

    for signer, place in zip(doc["SignerInfo"], meta["signatures"], strict=True):
        assert place["found"] and place["units"] == "pt"
        lines = dict(poppler_lines(pdf, place["page"]))
        title, name = lines[signer["Position"]], lines[signer["FullName"]]
        block, image = top_left(place["block"]), top_left(place["image"])
        assert contains(block, title) and contains(block, name)
        assert title[3] <= image[1] and image[3] <= name[1]  # between title and name
        axis = (title[0] + title[2]) / 2
        assert abs((image[0] + image[2]) / 2 - axis) < 3  # centred under the title
        assert image[3] - image[1] > 60  # room for a signature (the layout leaves 85 pt)
        # both ways of writing the box are the same box
        height = place["page_size"][1]
        x0, y0, x1, y1 = place["image"]["rect"]
        assert image == pytest.approx((x0, height - y1, x1, height - y0), abs=0.02)
    # the two blocks stand side by side
    first, second = (top_left(p["block"]) for p in meta["signatures"])
    assert first[2] <= second[0]


@pytest.mark.external
def test_single_signer_and_the_authority_line(cli, tmp_path):
    pdf = tmp_path / "dt.pdf"
    meta = render_with_metadata(cli, DT, pdf)
    [place] = meta["signatures"]
    lines = dict(poppler_lines(pdf, place["page"]))
    block = top_left(place["block"])
    for text in ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ", "Huỳnh Minh Thức"):
        assert contains(block, lines[text]), text
    assert place["page"] == poppler_pages(pdf)  # the signature is on the last page here
    assert meta["document"]["CodeNumber"] is None  # the example has no number yet
    assert meta["document"]["IssuedDate"] == "2021-02-05"


@pytest.mark.external
def test_name_also_in_the_body_is_not_taken(cli, tmp_path):
    plan = PLAN.replace(
        "contents:\n",
        "purpose:\n  paragraphs: ['Đồng chí Nguyễn Văn A, BÍ THƯ, chỉ đạo chung.']\ncontents:\n",
    )
    repo = build_tree(
        tmp_path / "repo",
        {"kehoach.yaml": "kind: settings\n", "orgs.yaml": ORGS, "plans/kh.yaml": plan},
    )
    pdf = tmp_path / "kh.pdf"
    meta = render_with_metadata(cli, repo / "plans/kh.yaml", pdf)
    [place] = meta["signatures"]
    lines = poppler_lines(pdf, place["page"])
    name_lines = [box for text, box in lines if text == "Nguyễn Văn A"]
    assert len(name_lines) == 1  # the signature's; the body line holds more words
    assert contains(top_left(place["block"]), name_lines[0])
    body = next(box for text, box in lines if text.startswith("Đồng chí Nguyễn Văn A"))
    assert not contains(top_left(place["block"]), body)


def test_metadata_needs_a_pdf_file(cli, repo, tmp_path):
    source = str(repo / "plans/2022/kh.yaml")
    result = cli("render", source, "--to", "docx", "--metadata", "-o", str(tmp_path / "a.docx"))
    assert result.exit_code == 2 and "--metadata chỉ dùng với --to pdf" in result.stderr
    result = cli("render", source, "--to", "txt", "--metadata", "-o", "-")
    assert result.exit_code == 2
    assert not (tmp_path / "a.docx").exists() and not (tmp_path / "a.json").exists()
