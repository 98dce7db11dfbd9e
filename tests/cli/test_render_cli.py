"""``kehoach render`` as a user runs it: outputs, the validation gate, safety, templates, PDF."""

from __future__ import annotations

import pytest

from helpers import EXAMPLES, ORGS, PLAN, ROOT, build_tree
from kehoach.cli import main

DT = EXAMPLES / "plans/2021/kh-khcn-2021-tinhdoan-dt.yaml"


def cli(capsys, *args):
    code = main(["render", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def repo(tmp_path):
    return build_tree(
        tmp_path / "repo",
        {
            "kehoach.yaml": "kind: settings\nplace: Bình Thuận\n",
            "orgs.yaml": ORGS,
            "plans/kh.yaml": PLAN,
        },
    )


def test_default_output_in_working_directory(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, DT, "--to", "docx")
    assert code == 0 and "kh-khcn-2021-tinhdoan-dt.docx" in err
    assert (tmp_path / "kh-khcn-2021-tinhdoan-dt.docx").read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == [
        "kh-khcn-2021-tinhdoan-dt.docx"
    ]  # no temporary left


def test_the_format_follows_the_extension_of_o_without_to(capsys, tmp_path):
    """``-o ke-hoach.txt`` without ``--to``: text (it wrote a DOCX under a .txt name); an
    extension of no format, or none: docx as before."""
    assert cli(capsys, DT, "-o", tmp_path / "a.txt")[0] == 0
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").lstrip().startswith("BCH")
    assert cli(capsys, DT, "-o", tmp_path / "b.md")[0] == 0
    assert (tmp_path / "b.md").read_bytes()[:2] != b"PK"
    assert cli(capsys, DT, "-o", tmp_path / "c.doc")[0] == 0
    assert (tmp_path / "c.doc").read_bytes()[:2] == b"PK"
    assert cli(capsys, DT, "--to", "docx", "-o", tmp_path / "d.txt")[0] == 0  # --to decides
    assert (tmp_path / "d.txt").read_bytes()[:2] == b"PK"


def test_stdout_for_text_formats(capsys):
    code, out, err = cli(capsys, DT, "--to", "txt", "-o", "-")
    assert code == 0
    assert out == (ROOT / "tests/golden/kh-khcn-2021-tinhdoan-dt.txt").read_text(encoding="utf-8")
    for fmt in ("md", "html"):
        code, out, _ = cli(capsys, DT, "--to", fmt, "-o", "-")
        assert code == 0 and "Huỳnh Minh Thức" in out


def test_binary_formats_go_to_a_pipe_never_to_a_terminal(capsysbinary, monkeypatch):
    from kehoach.cli import main

    assert main(["render", str(DT), "--to", "docx", "-o", "-"]) == 0  # kehoach … -o - > kh.docx
    assert capsysbinary.readouterr().out.startswith(b"PK")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main(["render", str(DT), "--to", "docx", "-o", "-"]) == 2
    assert "Không in tệp nhị phân ra màn hình" in capsysbinary.readouterr().err.decode("utf-8")


def test_output_folder_and_overwrite(capsys, tmp_path):
    target = tmp_path / "kh-khcn-2021-tinhdoan-dt.md"
    target.write_text("cũ", encoding="utf-8")
    assert cli(capsys, DT, "--to", "md", "-o", tmp_path)[0] == 0
    assert target.read_text(encoding="utf-8").startswith("| **BCH TỈNH ĐOÀN ĐỒNG THÁP**")
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_never_writes_over_a_source(capsys, repo):
    source = repo / "plans/kh.yaml"
    before = source.read_bytes()
    for out in (source, repo / "orgs.yaml"):
        code, _, err = cli(capsys, source, "--to", "txt", "-o", out)
        assert code == 2 and "Không ghi đè tệp" in err  # the source itself, or any YAML file
    # a YAML file that is not there: refused too, and not said to be overwritten
    code, _, err = cli(capsys, source, "--to", "txt", "-o", repo / "new.yml")
    assert code == 2 and "Không ghi kết quả ra tệp YAML" in err and "ghi đè" not in err
    assert source.read_bytes() == before and not (repo / "new.yml").exists()


def test_invalid_document_stops_with_its_problems(capsys, repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "plans/kh.yaml").write_text(
        PLAN.replace("lead: td", "lead: khong-co"), encoding="utf-8"
    )
    code, out, err = cli(capsys, "plans/kh.yaml", "--to", "docx")
    assert code == 1 and out == ""
    assert "plans/kh.yaml:" in err and ": lỗi KH" in err and "khong-co" in err
    assert not (repo / "kh.docx").exists()


def test_not_a_document(capsys, repo):
    code, _, err = cli(capsys, repo / "orgs.yaml", "--to", "txt", "-o", "-")
    assert code == 2 and "không phải văn bản" in err
    code, _, err = cli(capsys, repo / "missing.yaml", "--to", "txt")
    assert code == 2 and "Không tìm thấy" in err
    code, _, err = cli(capsys, repo / "plans/kh.yaml", "--to", "odt")
    assert code == 2 and "'docx', 'pdf', 'txt', 'md', 'html'" in err


def test_draft(capsys, repo):
    code, out, _ = cli(capsys, repo / "plans/kh.yaml", "--to", "txt", "-o", "-", "--draft")
    assert code == 0 and out.splitlines()[0].strip() == "DỰ THẢO"


# -- templates --------------------------------------------------------------------------------------


def test_repository_template_overrides_builtin(capsys, repo):
    build_tree(repo, {"templates/plan.txt.j2": "RIÊNG {{ doc.title }} {{ doc.header.number }}\n"})
    code, out, _ = cli(capsys, repo / "plans/kh.yaml", "--to", "txt", "-o", "-")
    assert (code, out) == (0, "RIÊNG Kế hoạch thử Số: …-KH/TĐTN\n")


def test_repository_overrides_a_macro_file(capsys, repo):
    """Overriding one shared file (the txt macros) changes every txt template that imports it."""
    macros = (ROOT / "templates/txt/macros.txt.j2").read_text(encoding="utf-8")
    build_tree(
        repo, {"templates/txt/macros.txt.j2": macros.replace("{{ rec.heading }}", "NƠI NHẬN:")}
    )
    code, out, _ = cli(capsys, repo / "plans/kh.yaml", "--to", "txt", "-o", "-")
    assert code == 0 and "NƠI NHẬN:" in out and "Nơi nhận:" not in out


def test_template_option_by_name(capsys, repo):
    build_tree(
        repo,
        {
            "templates/gon.txt.j2": "{% extends 'builtin/plan.txt.j2' %}{% block bases %}{% endblock %}",
            "templates/khac.j2": "KHÁC {{ doc.doc_type }}\n",
        },
    )
    code, out, _ = cli(
        capsys, repo / "plans/kh.yaml", "--to", "txt", "-o", "-", "--template", "gon"
    )
    assert code == 0 and "Nơi nhận:" in out
    code, out, _ = cli(
        capsys, repo / "plans/kh.yaml", "--to", "txt", "-o", "-", "--template", "khac.j2"
    )
    assert (code, out) == (0, "KHÁC KẾ HOẠCH\n")
    code, _, err = cli(capsys, repo / "plans/kh.yaml", "--to", "txt", "--template", "khong-co")
    assert code == 2 and "khong-co" in err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dòng 1\n{% if %}\n", ["Lỗi cú pháp", "plan.txt.j2", "dòng 2"]),
        (
            "a\nb\n{{ doc.khong_co }}\n",
            ["biến chưa định nghĩa", "plan.txt.j2", "dòng 3", "khong_co"],
        ),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", ["plan.txt.j2", "dòng 1"]),
    ],
)
def test_template_errors_name_the_template_and_line(capsys, repo, text, expected):
    build_tree(repo, {"templates/plan.txt.j2": text})
    code, out, err = cli(capsys, repo / "plans/kh.yaml", "--to", "txt", "-o", "-")
    assert code == 2 and out == ""
    for part in expected:
        assert part in err, err
    assert "Traceback" not in err


def test_broken_docx_template_is_refused(capsys, repo, tmp_path):
    build_tree(repo, {"templates/plan.docx.j2": "<w:document><w:body></w:document>"})
    code, _, err = cli(capsys, repo / "plans/kh.yaml", "--to", "docx", "-o", tmp_path / "x.docx")
    assert code == 2 and "XML không hợp lệ" in err and not (tmp_path / "x.docx").exists()


# -- PDF --------------------------------------------------------------------------------------------


def test_pdf_without_libreoffice(capsys, repo, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_SOFFICE", str(tmp_path / "khong-co-soffice"))
    code, _, err = cli(capsys, repo / "plans/kh.yaml", "--to", "pdf", "-o", tmp_path / "kh.pdf")
    assert code == 2 and "LibreOffice" in err and "soffice" in err
    assert not (tmp_path / "kh.pdf").exists()


@pytest.mark.external
def test_pdf(capsys, repo, tmp_path):
    code, _, err = cli(capsys, repo / "plans/kh.yaml", "--to", "pdf", "-o", tmp_path / "kh.pdf")
    assert code == 0, err
    assert (tmp_path / "kh.pdf").read_bytes().startswith(b"%PDF")
