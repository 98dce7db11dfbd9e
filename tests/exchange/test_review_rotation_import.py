"""``import`` reads the parties that take turns to chair a review (``rotation``): from a program's
prose ("Hằng năm, hai bên luân phiên chủ trì tổ chức sơ kết"), in the order it gives ("… theo thứ
tự: Sở Khoa học và Công nghệ, Thành đoàn Hà Nội"), and from the schedule sentences kehoach
prints — a rendered program comes back with its turns. Before, the words were kept as prose and
the schedule had the first party chair every review."""

from __future__ import annotations

import pytest
import yaml

from helpers import load
from kehoach.exchange.importer import run_import
from kehoach.render.document import render
from rotation_data import rotation_repo

from .test_word_program import _program

TOTAL = "; kết thúc giai đoạn tổ chức tổng kết."


def _schedule(got) -> list[dict]:
    return [{k: v for k, v in e.items() if k != "id"} for e in got.data["reviews"]["schedule"]]


@pytest.mark.parametrize(
    ("words", "turns"),
    [
        # the parties in the document's order
        ("Hằng năm, hai bên luân phiên chủ trì tổ chức sơ kết việc thực hiện Chương trình", None),
        ("Hằng năm, hai bên tổ chức sơ kết Chương trình do các bên luân phiên chủ trì", None),
        # the order the sentence gives, names as people write them (one with "và" inside)
        (
            "Hằng năm, hai bên tổ chức sơ kết Chương trình, luân phiên chủ trì theo thứ tự: Sở "
            "Khoa học và Công nghệ, Thành đoàn Hà Nội",
            ["skhcn-hn", "tdhn"],
        ),
    ],
)
def test_turns_said_in_the_prose(word_repo, import_word, words, turns):
    got = import_word(_program(reviews=f"- {words}{TOTAL}"), word_repo, kind="program")
    assert got.errors == []
    parties = got.data["parties"]
    assert _schedule(got) == [
        {"kind": "interim", "title": "Sơ kết hằng năm", "every": "year",
         "rotation": turns or parties},
        {"kind": "final", "title": "Tổng kết", "time": "2025-Q4"},  # said of no turns
    ]  # fmt: skip


def test_turns_said_in_a_sentence_of_their_own(word_repo, import_word):
    got = import_word(
        _program(reviews="- Hằng năm, hai bên tổ chức sơ kết. Các bên luân phiên chủ trì."),
        word_repo,
        kind="program",
    )
    assert _schedule(got)[0]["rotation"] == got.data["parties"]


def test_turns_naming_a_body_not_in_orgs_yaml_are_left_to_the_author(word_repo, import_word):
    got = import_word(
        _program(reviews="- Hằng năm tổ chức sơ kết, luân phiên chủ trì theo thứ tự: Thành đoàn "
                 "Hà Nội, Hội Nông dân thành phố."),
        word_repo,
        kind="program",
    )  # fmt: skip
    assert "rotation" not in _schedule(got)[0]
    assert "văn bản ghi luân phiên chủ trì: ghi các bên theo thứ tự ở `rotation`" in got.text


def test_kehoachs_own_sentence_is_read_back(word_repo, import_word):
    lines = [
        "- Sơ kết hằng năm: tháng 12 hằng năm; hai bên luân phiên chủ trì theo thứ tự: Sở "
        "KH&CN, Thành Đoàn.",
        "- Họp giao ban: tháng cuối mỗi quý; các bên luân phiên chủ trì.",
    ]
    got = import_word(_program(reviews=lines, follow=""), word_repo, kind="program")
    assert got.errors == []
    assert [e.get("rotation") for e in _schedule(got)] == [
        ["skhcn-hn", "tdhn"],
        got.data["parties"],
    ]
    assert "items" not in got.data["reviews"]  # read as the schedule, not kept as prose


def test_a_rendered_program_comes_back_with_its_turns(tmp_path):
    path = rotation_repo(tmp_path)
    doc, repo = load(path)
    source = tmp_path / "ctph.docx"
    source.write_bytes(render(doc, repo, "docx"))
    (tmp_path / "out").mkdir()
    result = run_import([str(source)], output=str(tmp_path / "out"), repo_root=str(repo.root))
    back = yaml.safe_load(result.files[0].text)["reviews"]["schedule"]
    assert [e.get("rotation") for e in back] == [
        e["rotation"] for e in doc.data["reviews"]["schedule"]
    ]
