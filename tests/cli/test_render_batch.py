"""``kehoach render FILE… -o DIR`` (issue 14, item 4): several documents, or every document under
a folder, into one folder; PDF through ONE LibreOffice process (counted here with the process
call replaced, so these tests need no LibreOffice); a file with errors or without a PDF is named
and skipped while the others are written; ``-o`` must be a folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import ORGS, PLAN, build_tree
from kehoach.render import pdf
from kehoach.render.batch import run_render_many, sources

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def many(tmp_path, monkeypatch):
    """A repository of three plans, an output folder, the working directory at the root."""
    root = build_tree(
        tmp_path / "kho",
        {
            "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
            "orgs.yaml": ORGS,
            "plans/2022/kh-a.yaml": PLAN.replace("Kế hoạch thử", "Kế hoạch A"),
            "plans/2022/kh-b.yaml": PLAN.replace("Kế hoạch thử", "Kế hoạch B"),
            "plans/2023/kh-c.yaml": PLAN.replace("Kế hoạch thử", "Kế hoạch C"),
        },
    )
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(root)
    return root


class FakeOffice:
    """``subprocess.run`` of LibreOffice: one PDF per DOCX into ``--outdir``, except the stems in
    ``fail`` (nothing) and ``partial`` (a PDF cut short); at ``crash`` it dies (nothing more
    converted, exit code 134); counts its starts."""

    def __init__(self, monkeypatch, fail=(), partial=(), timeout=False, crash=None):
        self.calls: list[list[str]] = []
        self.fail, self.partial, self.timeout, self.crash = set(fail), set(partial), timeout, crash
        monkeypatch.setattr(pdf, "find_soffice", lambda: "/usr/bin/soffice")
        monkeypatch.setattr(pdf, "font_note", lambda: None)
        monkeypatch.setattr(pdf.subprocess, "run", self)

    def __call__(self, cmd, **kw):
        assert cmd[0] == "/usr/bin/soffice"
        self.calls.append(cmd)
        outdir = Path(cmd[cmd.index("--outdir") + 1])
        outdir.mkdir()
        docx = [Path(a) for a in cmd if a.endswith(".docx")]
        for source in docx:
            assert source.read_bytes()[:2] == b"PK"  # the DOCX render made
            if source.stem == self.crash:
                return subprocess.CompletedProcess(cmd, 134, b"", b"Fatal exception: Signal 6\n")
            if source.stem in self.fail:
                continue
            out = outdir / f"{source.stem}.pdf"
            out.write_bytes(PDF[:20] if source.stem in self.partial else PDF)
        if self.timeout:
            raise subprocess.TimeoutExpired(cmd, kw["timeout"])
        err = b"Error: source file could not be loaded\n" if self.fail else b""
        return subprocess.CompletedProcess(cmd, 0, b"", err)


def test_one_libreoffice_process_for_every_pdf(cli, many, tmp_path, monkeypatch):
    office = FakeOffice(monkeypatch)
    out = cli("render", "plans/2022/kh-a.yaml", "plans/2022/kh-b.yaml", "plans/2023", "--to",
              "pdf", "-o", str(tmp_path / "out"))  # fmt: skip
    assert out.exit_code == 0, out.output
    assert len(office.calls) == 1
    cmd = office.calls[0]
    assert [Path(a).name for a in cmd if a.endswith(".docx")] == [
        "kh-a.docx",
        "kh-b.docx",
        "kh-c.docx",
    ]
    assert cmd[cmd.index("--convert-to") + 1] == "pdf"
    assert any(a.startswith("-env:UserInstallation=file://") for a in cmd)  # its own profile
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["kh-a.pdf", "kh-b.pdf", "kh-c.pdf"]
    assert all(p.read_bytes() == PDF for p in (tmp_path / "out").iterdir())


def test_pdf_a_goes_to_the_one_process(many, tmp_path, monkeypatch):
    office = FakeOffice(monkeypatch)
    result = run_render_many(["plans"], "pdf", str(tmp_path / "out"), pdf_a=True)
    assert not result.failed and len(office.calls) == 1
    assert pdf.PDF_A_FILTER in office.calls[0]


def test_a_conversion_failure_names_its_file(cli, many, tmp_path, monkeypatch):
    FakeOffice(monkeypatch, fail={"kh-b"}, partial={"kh-c"})
    out = cli("render", "plans", "--to", "pdf", "-o", str(tmp_path / "out"))
    assert out.exit_code == 1
    err = out.stderr
    assert "plans/2022/kh-b.yaml: lỗi: LibreOffice không chuyển được văn bản sang PDF" in err
    assert "source file could not be loaded" in err
    assert "plans/2023/kh-c.yaml: lỗi: LibreOffice không chuyển được" in err  # cut short
    assert "Đã xuất 1/3 văn bản; không xuất: plans/2022/kh-b.yaml, plans/2023/kh-c.yaml" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["kh-a.pdf"]


def test_timeout_keeps_the_finished_pdfs(many, tmp_path, monkeypatch):
    FakeOffice(monkeypatch, fail={"kh-c"}, timeout=True)
    result = run_render_many(["plans"], "pdf", str(tmp_path / "out"))
    assert [i.source.stem for i in result.failed] == ["kh-c"]
    assert "giây" in (result.failed[0].error or "")


def test_single_file_keeps_its_exit_code(cli, many, tmp_path, monkeypatch):
    FakeOffice(monkeypatch, fail={"kh-a"})
    out = cli("render", "plans/2022/kh-a.yaml", "--to", "pdf", "-o", str(tmp_path / "a.pdf"))
    assert out.exit_code == 2 and "LibreOffice không chuyển được" in out.stderr


def test_timeout_grows_with_the_batch():
    assert pdf.timeout_for(1) == pdf.TIMEOUT
    assert pdf.timeout_for(20) == pdf.TIMEOUT + 19 * pdf.PER_DOCUMENT


def test_convert_many_refuses_duplicate_stems():
    assert pdf.convert_many([]) == []
    with pytest.raises(ValueError):
        pdf.convert_many([("a", b""), ("a", b"")])


def test_broken_file_among_good_ones(cli, many, tmp_path):
    bad = many / "plans/2022/kh-b.yaml"
    bad.write_text(PLAN.replace("lead: td", "lead: khong-co"), encoding="utf-8")
    (many / "plans/2023/kh-c.yaml").write_text("kind: plan\ntitle: [\n", encoding="utf-8")
    out = cli("render", "plans", "--to", "txt", "-o", str(tmp_path / "out"))
    assert out.exit_code == 1
    err = out.stderr
    assert "plans/2022/kh-b.yaml:" in err and ": lỗi KH" in err and "khong-co" in err
    assert "plans/2023/kh-c.yaml:3:1: lỗi KH101" in err  # positioned syntax error
    assert "không xuất: plans/2022/kh-b.yaml, plans/2023/kh-c.yaml" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["kh-a.txt"]
    assert "Kế hoạch A" in (tmp_path / "out/kh-a.txt").read_text(encoding="utf-8")


def test_output_must_be_a_folder(cli, many, tmp_path, monkeypatch):
    def fail(*a, **k):
        pytest.fail("rendered for nothing")

    monkeypatch.setattr(pdf, "convert_many", fail)
    monkeypatch.setattr("kehoach.render.batch.run_validate", fail)
    files = ["plans/2022/kh-a.yaml", "plans/2022/kh-b.yaml"]
    (tmp_path / "a.pdf").write_bytes(b"old")
    cases = {
        str(tmp_path / "a.pdf"): "không phải thư mục",
        "-": "không in ra màn hình",
        str(tmp_path / "khong-co") + "/": "Không có thư mục",
        str(tmp_path / "khong-co.pdf"): "Không có thư mục",
    }
    for output, words in cases.items():
        out = cli("render", *files, "--to", "pdf", "-o", output)
        assert out.exit_code == 2 and words in out.stderr, (output, out.stderr)
    out = cli("render", "plans", "--to", "txt", "-o", "-")  # a folder is several documents
    assert out.exit_code == 2 and "thư mục" in out.stderr
    assert (tmp_path / "a.pdf").read_bytes() == b"old"


def test_two_sources_of_one_name_are_refused(cli, many, tmp_path):
    build_tree(many, {"plans/2024/kh-a.yaml": PLAN})
    out = cli("render", "plans", "--to", "md", "-o", str(tmp_path / "out"))
    assert out.exit_code == 2
    assert "plans/2022/kh-a.yaml và plans/2024/kh-a.yaml cùng cho ra kh-a.md" in out.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_a_folder_means_every_document_under_it(cli, many, tmp_path):
    build_tree(many, {"templates/plan.txt.j2": "{{ doc.title }}\n", ".an/kh-x.yaml": PLAN})
    assert [(p.relative_to(many).as_posix(), named) for p, named in sources(["."])] == [
        ("plans/2022/kh-a.yaml", False),
        ("plans/2022/kh-b.yaml", False),
        ("plans/2023/kh-c.yaml", False),
    ]  # kehoach.yaml, orgs.yaml, templates/ and hidden folders are no documents
    # a file named twice (as itself and inside its folder) is rendered once
    assert len(sources(["plans/2022/kh-a.yaml", "plans"])) == 3
    out = cli("render", ".", "--to", "txt", "-o", str(tmp_path / "out"))
    assert out.exit_code == 0, out.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "kh-a.txt",
        "kh-b.txt",
        "kh-c.txt",
    ]


def test_a_named_file_that_is_no_document_fails_alone(cli, many, tmp_path):
    out = cli("render", "orgs.yaml", "plans/2022/kh-a.yaml", "--to", "txt", "-o", str(tmp_path))
    assert out.exit_code == 1 and "orgs.yaml: lỗi: orgs.yaml không phải văn bản" in out.stderr
    assert (tmp_path / "kh-a.txt").is_file()


def test_options_of_pdf_only(cli, many, tmp_path):
    for option in ("--pdf-a", "--metadata"):
        out = cli("render", "plans", "--to", "docx", option, "-o", str(tmp_path))
        assert out.exit_code == 2 and "--to pdf" in out.stderr


def test_default_folder_is_the_working_directory(cli, many):
    out = cli("render", "plans/2022", "--to", "html")
    assert out.exit_code == 0, out.output
    assert (many / "kh-a.html").is_file() and (many / "kh-b.html").is_file()


def test_a_read_only_target_stops_the_batch_before_any_work(cli, many, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "convert_many", lambda *a, **k: pytest.fail("converted for nothing"))
    locked = tmp_path / "out/kh-b.pdf"
    locked.write_bytes(b"%PDF old")
    locked.chmod(0o444)
    out = cli("render", "plans", "--to", "pdf", "-o", str(tmp_path / "out"))
    assert out.exit_code == 2 and "chỉ đọc" in out.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["kh-b.pdf"]


@settings(max_examples=60, deadline=None)
@given(
    outcomes=st.lists(st.sampled_from(["ok", "none", "cut", "crash"]), min_size=1, max_size=8),
    timeout=st.booleans(),
)
def test_each_document_keeps_its_own_outcome(outcomes, timeout):
    """Whatever LibreOffice made or not, in whatever order: one result per document, in order,
    a PDF exactly for those it finished, an error naming the rest; one process."""
    stems = [f"vb-{i}" for i in range(len(outcomes))]
    with pytest.MonkeyPatch.context() as mp:
        office = FakeOffice(
            mp,
            fail={s for s, o in zip(stems, outcomes, strict=True) if o == "none"},
            partial={s for s, o in zip(stems, outcomes, strict=True) if o == "cut"},
            timeout=timeout,
            crash=next((s for s, o in zip(stems, outcomes, strict=True) if o == "crash"), None),
        )
        docx = b"PK\x03\x04"
        done = pdf.convert_many([(s, docx) for s in stems])
    if office.crash is None:
        assert len(office.calls) == 1
    # only the first document marked "crash" kills LibreOffice; a later one converts
    outcomes = [
        "ok" if o == "crash" and s != office.crash else o
        for s, o in zip(stems, outcomes, strict=True)
    ]
    assert [d.stem for d in done] == stems
    for d, outcome in zip(done, outcomes, strict=True):
        assert (d.data == PDF) == (outcome == "ok") and (d.error is None) == (outcome == "ok")


def test_a_crash_names_only_the_document_it_died_on(cli, many, tmp_path, monkeypatch):
    office = FakeOffice(monkeypatch, crash="kh-a")
    out = cli("render", "plans", "--to", "pdf", "-o", str(tmp_path / "out"))
    assert out.exit_code == 1
    assert "plans/2022/kh-a.yaml: lỗi: LibreOffice không chuyển được văn bản sang PDF (mã 134" in (
        out.stderr
    )
    assert "không xuất: plans/2022/kh-a.yaml\n" in out.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["kh-b.pdf", "kh-c.pdf"]
    assert len(office.calls) == 2  # the documents never tried got a second process
