"""``kehoach import`` as a user runs it (in-process, through typer's runner): drafts written,
never overwritten, a batch summary, bad input reported with its file and never a traceback."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from typer.testing import CliRunner

from helpers import EXAMPLES
from kehoach.cli.app import app

from . import wordmake as wm
from .samples import body, doan_header_table

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, ["import", *map(str, args)])


def folder(path):
    """A folder for -o: import, like render, never makes the folder -o names."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def good_docx() -> bytes:
    d = wm.new()
    doan_header_table(d)
    body(d)
    return wm.save(d)


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "van-ban"
    folder.mkdir()
    return folder


def test_writes_a_draft_that_validates(word_repo, sources, tmp_path):
    src = sources / "Kế hoạch Ngày hội.docx"
    src.write_bytes(good_docx())
    out = folder(word_repo / "plans" / "2023")
    res = invoke(src, "-o", out, "--repo", word_repo)
    assert res.exit_code == 0, res.output
    draft = out / "ke-hoach-ngay-hoi.yaml"
    assert draft.is_file()
    assert f"Đã ghi {draft}" in res.stderr
    last = res.stdout.splitlines()[-1]
    assert last.startswith("1 tệp:") and last.endswith("0 lỗi")
    check = runner.invoke(app, ["validate", "--format", "parsable", str(draft)])
    assert check.exit_code == 0, check.output


def test_default_output_is_the_repository_plans_folder(word_repo, sources, monkeypatch):
    src = sources / "kh.docx"
    src.write_bytes(good_docx())
    monkeypatch.chdir(word_repo)
    res = invoke(src)
    assert res.exit_code == 0, res.output
    assert (word_repo / "plans" / "2023" / "kh.yaml").is_file()


def test_never_overwrites(word_repo, sources, tmp_path):
    src = sources / "kh.docx"
    src.write_bytes(good_docx())
    target = tmp_path / "kh.yaml"
    target.write_text("# do người dùng viết\n", encoding="utf-8")
    res = invoke(src, "-o", target, "--repo", word_repo)
    assert res.exit_code == 2
    assert "không ghi đè" in res.stderr
    assert target.read_text(encoding="utf-8") == "# do người dùng viết\n"


def test_import_twice_gives_the_same_draft(word_repo, sources, tmp_path):
    src = sources / "kh.docx"
    src.write_bytes(good_docx())
    assert invoke(src, "-o", tmp_path / "a.yaml", "--repo", word_repo).exit_code == 0
    assert invoke(src, "-o", tmp_path / "b.yaml", "--repo", word_repo).exit_code == 0
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()


def test_batch_of_a_folder_with_a_summary(sources, tmp_path):
    from helpers import run
    from kehoach.render.document import render

    result = run([str(EXAMPLES)], use_cache=False)
    for doc in [d for d in result.repo.documents if d.kind in ("plan", "program")][:3]:
        (sources / f"{doc.id}.docx").write_bytes(render(doc, result.repo, "docx"))
    (sources / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (sources / "~$tam.docx").write_bytes(b"lock file of Word")  # skipped
    out = folder(tmp_path / "nhap")
    res = invoke(sources, "-o", out, "--repo", EXAMPLES)
    assert res.exit_code == 1  # one file could not be imported
    lines = res.stdout.splitlines()
    assert lines[0].split() == ["Tệp", "Kết", "quả", "Bản", "nháp", "Ghi", "chú"]
    assert any("hong.docx" in ln and "lỗi" in ln for ln in lines)
    assert lines[-1].startswith("4 tệp:") and lines[-1].endswith("1 lỗi")
    assert len(list(out.glob("*.yaml"))) == 3
    assert "~$tam" not in res.stdout


def test_json_summary(word_repo, sources, tmp_path):
    import json

    (sources / "kh.docx").write_bytes(good_docx())
    res = invoke(sources, "-o", folder(tmp_path / "out"), "--repo", word_repo, "--format", "json")
    data = json.loads(res.stdout)
    assert res.exit_code == 0 and data["summary"]["failed"] == 0
    [entry] = data["files"]
    assert entry["kind"] == "plan" and entry["status"] in ("imported", "todo")
    assert entry["output"].endswith("kh.yaml") and isinstance(entry["problems"], list)


def _zip(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return buf.getvalue()


def _zip_encrypted(data: bytes) -> bytes:
    """``data``, a zip, with every entry marked encrypted as a zip tool's password marks it
    (general purpose flag bit 0, in the local and the central headers)."""
    out = bytearray(data)
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = out.find(sig)
        while i != -1:
            out[i + at] |= 0x1
            i = out.find(sig, i + 4)
    return bytes(out)


NO_BODY_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>',
    "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
}  # fmt: skip
NO_BODY = _zip(NO_BODY_PARTS)
BROKEN_XML = _zip(
    {**NO_BODY_PARTS, "word/document.xml": NO_BODY_PARTS["word/document.xml"][:-2] + "><w:body>"}
)


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("rong.docx", b"", "KH602", "rỗng"),
        ("khong-phai-zip.docx", b"Hello, this is text", "KH601", "không phải tệp nén"),
        ("khong-co-than.docx", NO_BODY, "KH602", "không có phần thân"),
        ("mat-khau.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le"),
         "KH603", "mật khẩu"),
        ("trong.docx", wm.save(wm.new()), "KH602", "không có chữ"),
        ("zip-mat-khau.docx", _zip_encrypted(wm.save(wm.new())), "KH603", "mật khẩu"),
        ("bang-tinh.docx", _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<x/>"}), "KH601", ""),
        ("cut.docx", wm.save(wm.new())[:3000], "KH601", "chép chưa hết"),
        ("xml-hong.docx", BROKEN_XML, "KH601", "dòng 1"),
    ],
)  # fmt: skip
def test_bad_input_is_reported_with_its_file(sources, tmp_path, name, data, code, words):
    (sources / name).write_bytes(data)
    res = invoke(sources / name, "-o", folder(tmp_path / "out"), "--repo", EXAMPLES)
    assert res.exit_code == 1
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert f"{name}:0:0: lỗi {code}" in res.stderr
    assert words.lower() in res.stderr.lower()
    assert "Traceback" not in res.output
    # said in Vietnamese: no English words of zipfile or libxml
    assert not re.search(
        r"\b(?:file|not|zip file|tag|line|expected|error:)\b", res.stderr.split(code)[1]
    )


def test_huge_file_is_refused(sources, tmp_path, monkeypatch):
    (sources / "lon.docx").write_bytes(good_docx())
    monkeypatch.setenv("KEHOACH_IMPORT_MAX_BYTES", "1000")
    res = invoke(sources / "lon.docx", "-o", folder(tmp_path / "out"), "--repo", EXAMPLES)
    assert res.exit_code == 1 and "KH604" in res.stderr and "quá giới hạn" in res.stderr


def test_a_document_of_another_type_needs_kind(word_repo, sources, tmp_path):
    d = wm.new()
    doan_header_table(d)
    wm.para(d, "HƯỚNG DẪN", bold=True, center=True)
    wm.para(d, "Tổ chức Đại hội chi đoàn năm 2023", bold=True, center=True)
    (sources / "hd.docx").write_bytes(wm.save(d))
    res = invoke(sources / "hd.docx", "-o", folder(tmp_path / "out"), "--repo", word_repo)
    assert res.exit_code == 1 and "KH606" in res.stderr and "--kind" in res.stderr


def test_usage_errors_exit_2(word_repo, sources, tmp_path):
    assert invoke(tmp_path / "khong-co.docx").exit_code == 2
    (sources / "a.docx").write_bytes(good_docx())
    (sources / "b.docx").write_bytes(good_docx())
    res = invoke(sources, "-o", tmp_path / "mot-tep.yaml", "--repo", word_repo)
    assert res.exit_code == 2 and "thư mục" in res.stderr
    res = invoke(sources / "a.docx", "--kind", "circular", "--repo", word_repo)
    assert res.exit_code == 2 and "plan, program, decision, rules, report" in res.stderr


def test_doc_without_libreoffice_exits_2(sources, tmp_path, monkeypatch):
    (sources / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    monkeypatch.setenv("KEHOACH_SOFFICE", str(tmp_path / "khong-co-soffice"))
    res = invoke(sources / "cu.doc", "-o", folder(tmp_path / "out"), "--repo", EXAMPLES)
    assert res.exit_code == 2
    assert "LibreOffice" in res.stderr and "soffice" in res.stderr


def test_help_has_an_example():
    res = runner.invoke(app, ["import", "--help"])
    assert res.exit_code == 0 and "Ví dụ: kehoach import" in res.output


def test_a_document_already_in_the_repository_is_flagged(tmp_path):
    from helpers import run
    from kehoach.render.document import render

    path = EXAMPLES / "plans/2023/khlt-sang-tao-tre-2023-bt.yaml"
    result = run([str(path)], use_cache=False)
    doc = next(d for d in result.repo.documents if d.id == path.stem)
    src = tmp_path / "khlt.docx"
    src.write_bytes(render(doc, result.repo, "docx"))
    res = invoke(src, "-o", folder(tmp_path / "out"), "--repo", EXAMPLES)
    assert res.exit_code == 0
    assert "KH612" in res.stderr and "khlt-sang-tao-tre-2023-bt.yaml" in res.stderr


def test_a_message_names_the_repository_s_file_not_the_check_folder(tmp_path):
    """Drafts are checked in a folder of their own, with copies of the documents they cite: a
    message naming one of those (KH441 "… (/tmp/kehoach-import-…/cited/d1.yaml)") names the
    repository's file instead, a draft its output name (trial of 04/12/2026)."""
    from kehoach.exchange.importer.validation import _shown

    root = tmp_path / "kehoach-import-x"
    cited, draft = root / "cited" / "d1.yaml", root / "drafts" / "d5.yaml"
    shown = {str(cited): "plans/2027/d1.yaml", str(draft): "nhap/d5.yaml"}
    message = f"Số 31 lớn hơn số 15 ngày 10/3/2027 ({cited}); xem {draft}"
    assert _shown(message, shown) == (
        "Số 31 lớn hơn số 15 ngày 10/3/2027 (plans/2027/d1.yaml); xem nhap/d5.yaml"
    )


def test_a_defect_on_one_file_of_a_batch_leaves_the_others_imported(word_repo, sources, tmp_path,
                                                                    monkeypatch):  # fmt: skip
    """A defect of kehoach reading one file (here made to happen: an IndexError) is that file's
    error, KH608, with its name — the other files of the batch are imported; before, the whole
    batch stopped with "Lỗi nội bộ" and no draft."""
    from kehoach.exchange.importer import usecase

    real = usecase._read

    def failing(source):
        if source.name == "b.docx":
            raise IndexError("list index out of range")
        return real(source)

    monkeypatch.setattr(usecase, "_read", failing)
    (sources / "a.docx").write_bytes(good_docx())
    (sources / "b.docx").write_bytes(good_docx())
    out = folder(tmp_path / "out")
    res = invoke(sources, "-o", out, "--repo", word_repo)
    assert res.exit_code == 1, res.output
    assert "Lỗi nội bộ của kehoach" not in res.stdout.splitlines()[0]
    assert re.search(
        r"b\.docx:0:0: lỗi KH608 Lỗi nội bộ của kehoach khi đọc tệp này "
        r"\(IndexError: list index out of range\); tệp không được nhập",
        res.output,
    )
    assert [p.name for p in out.glob("*.yaml")] == ["a.yaml"]


def test_outside_a_repository_without_o_nothing_is_written(sources, tmp_path, monkeypatch):
    """No kehoach.yaml, orgs.yaml here or above, no -o: the default folders (plans/<year>/) are a
    repository's — refused, exit 2, nothing made (before: plans/ made in whatever folder)."""
    (sources / "kh.docx").write_bytes(good_docx())
    here = tmp_path / "Tai-ve"
    here.mkdir()
    monkeypatch.chdir(here)
    res = invoke(sources / "kh.docx")
    assert res.exit_code == 2, res.output
    assert "không phải một kho kế hoạch" in res.output and "-o THƯ_MỤC" in res.output
    assert list(here.iterdir()) == []
    out = folder(tmp_path / "nhap")
    assert invoke(sources / "kh.docx", "-o", out).exit_code in (0, 1)  # a folder chosen: written
    assert [p.name for p in out.glob("*.yaml")] == ["kh.yaml"]
