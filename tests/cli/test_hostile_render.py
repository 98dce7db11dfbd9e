"""Hostile templates and characters a document cannot hold (issue 9, items 6, 11, 12): every test
is named after the hostile input. A repository's templates are code from whoever wrote the
repository: they read nothing outside the template folders and stop at a bound, with a clear
message (exit 2), never an internal error, a hang or a file Word refuses."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from helpers import build_tree
from kehoach.errors import KehoachError
from kehoach.io import ooxml
from kehoach.render import docx, sandbox

RENDER = ("render", "plans/2022/kh.yaml")


@pytest.fixture
def at_repo(repo, monkeypatch):
    monkeypatch.chdir(repo)
    (repo / "templates").mkdir()
    return repo


def _template(repo, text: str, name: str = "plan.txt.j2") -> None:
    (repo / "templates" / name).write_text(text, encoding="utf-8")


def _render(cli, fmt: str = "txt", *extra):
    return cli(*RENDER, "--to", fmt, "-o", "-" if fmt != "docx" else "kh.docx", *extra)


# -- 11: templates outside the template folders ---------------------------------------------------


def test_templates_symlink_to_root_then_include_etc_passwd(cli, at_repo):
    os.symlink("/", at_repo / "templates" / "root")
    _template(at_repo, "{% include 'root/etc/passwd' %}\n")
    out = _render(cli)
    assert out.exit_code == 2, out.output
    assert "root:" not in out.stdout
    assert "trỏ ra ngoài thư mục mẫu" in out.stderr


def test_template_file_symlink_to_a_file_outside(cli, at_repo, tmp_path_factory):
    secret = tmp_path_factory.mktemp("outside") / "secret.txt"
    secret.write_text("sk-live-4242", encoding="utf-8")
    os.symlink(secret, at_repo / "templates" / "plan.txt.j2")
    out = _render(cli)
    assert out.exit_code == 2 and "sk-live-4242" not in out.output


def test_templates_folder_is_a_symlink_out_of_the_repository(cli, at_repo, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "plan.txt.j2").write_text("từ nơi khác\n", encoding="utf-8")
    (at_repo / "templates").rmdir()
    os.symlink(elsewhere, at_repo / "templates")
    out = _render(cli)
    assert out.exit_code == 2 and "từ nơi khác" not in out.stdout
    assert "templates trỏ ra ngoài kho" in out.stderr


def test_template_dot_dot_in_include(cli, at_repo):
    _template(at_repo, "{% include '../orgs.yaml' %}\n")
    out = _render(cli)
    assert out.exit_code == 2 and "kind: orgs" not in out.stdout


def test_template_named_by_option_with_an_absolute_path(cli, at_repo):
    out = _render(cli, "txt", "--template", "/etc/passwd")
    assert out.exit_code == 2 and "root:" not in out.stdout


def test_template_that_is_a_fifo(cli, at_repo):
    os.mkfifo(at_repo / "templates" / "plan.txt.j2")
    out = _render(cli)  # would block on open()
    assert out.exit_code == 2 and "không phải tệp thường" in out.stderr


def test_symlink_to_a_template_inside_the_folder_is_fine(cli, at_repo):
    _template(at_repo, "Mẫu riêng: {{ doc.title }}\n", "rieng.txt.j2")
    os.symlink("rieng.txt.j2", at_repo / "templates" / "plan.txt.j2")
    out = _render(cli)
    assert out.exit_code == 0 and out.stdout.startswith("Mẫu riêng:")


# -- 12: allocation and time without bound ------------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        "{{ 'a' * 10**9 }}",
        "{{ [1] * 10**9 }}",
        "{{ 10**9 * 'a' }}",
        "{{ range(10**9) | list | length }}",
        "{{ 'x'.center(10**9) }}",
        "{{ 'x' | center(10**9) }}",
        "{{ 'x' | indent(10**9, true) }}",
        "{{ '%999999999d' % 1 }}",
        "{{ '%*d' % (999999999, 1) }}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ 7 ** (10**9) }}",
        "{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}{% else %}{{ s }}{% endif %}{% endmacro %}"
        "{{ d('aaaaaaaa', 40) }}",
        "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
    ],
)
def test_template_allocating_without_bound(cli, at_repo, expression):
    _template(at_repo, expression + "\n")
    out = _render(cli)
    assert out.exit_code == 2, out.output[:300]
    assert "vượt giới hạn" in out.stderr, out.stderr


def test_template_looping_without_printing(cli, at_repo, monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.05)
    _template(
        at_repo, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    )
    out = _render(cli)
    assert out.exit_code == 2 and "vượt giới hạn" in out.stderr and "giây" in out.stderr


@pytest.mark.parametrize(
    "expression, words",
    [
        ("{{ 1 / 0 }}", "lỗi khi dựng văn bản"),
        ("{{ 2.0 ** 100000 }}", "lỗi khi dựng văn bản"),
        ("{{ [][3] }}", "chưa định nghĩa"),
        ("{{ {}['x'] }}", "chưa định nghĩa"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "lồng nhau quá sâu"),
    ],
)
def test_template_raising_python_errors(cli, at_repo, expression, words):
    _template(at_repo, expression + "\n")
    out = _render(cli)
    assert out.exit_code == 2 and words in out.stderr, out.output


def test_big_amounts_still_print(cli, at_repo):
    """Bounds are on widths and sizes, not on the numbers a plan holds (VND amounts)."""
    _template(at_repo, "{{ 12000000000 | money }} {{ '%d' % 12000000000 }}\n")
    out = _render(cli)
    assert out.exit_code == 0 and out.stdout == "12.000.000.000 12000000000\n"


# -- 6: no writer lets a character XML forbids through ------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "html", "txt", "md"])
def test_template_printing_a_control_character(cli, at_repo, fmt):
    name = {"docx": "plan.docx.j2", "html": "plan.html.j2"}.get(fmt, f"plan.{fmt}.j2")
    base = "{% extends 'builtin/plan.docx.j2' %}{% block body %}" if fmt == "docx" else ""
    text = (
        "{{ '\\x01' }}"
        if fmt != "docx"
        else base + "<w:p><w:r><w:t>{{ '\\x01' }}</w:t></w:r></w:p>{% endblock %}"
    )
    _template(at_repo, text + "\n", name)
    out = _render(cli, fmt)
    assert out.exit_code == 2, out.output
    assert "U+0001" in out.stderr
    assert not (at_repo / "kh.docx").exists()


def test_core_xml_title_with_a_control_character():
    """``docProps/core.xml`` is written by the package, not a template: checked all the same."""
    parts = {"docProps/core.xml": ooxml.core("KẾ HOẠCH Tiêu đề\x01"), "word/document.xml": "<a/>"}
    with pytest.raises(KehoachError, match=r"U\+0001 .*docProps/core.xml, dòng 2"):
        docx.package(parts)
    assert docx.package({"docProps/core.xml": ooxml.core("KẾ HOẠCH Tiêu đề")})


def test_repository_docx_template_not_printing_the_title(cli, at_repo):
    """The title only reaches core.xml: a valid title gives a DOCX Word and python-docx open."""
    import docx as python_docx

    build_tree(
        at_repo,
        {
            "templates/plan.docx.j2": "{% extends 'builtin/plan.docx.j2' %}{% block body %}{% endblock %}\n"
        },
    )
    out = _render(cli, "docx")
    assert out.exit_code == 0, out.output
    data = (at_repo / "kh.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert "Kế hoạch thử" in zf.read("docProps/core.xml").decode("utf-8")
    python_docx.Document(io.BytesIO(data))
