"""KH422 (a recipient split at its commas by a one-line YAML list) and KH423 (a recipient twice):
what is reported and, as much, what is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach.checks.recipients import duplicate_recipient, recipient_split
from kehoach.model import Document, Repository


def _repo(*groups: list) -> Repository:
    data = {"kind": "plan", "recipients": {"groups": [{"items": g} for g in groups]}}
    repo = Repository(Path("."))
    repo.documents = [Document("kh.yaml", "plan", data)]
    return repo


@pytest.mark.parametrize(
    ("items", "index", "whole"),
    [
        (["Các Huyện", "Thị", "Thành Đoàn"], 1, "Các Huyện, Thị, Thành Đoàn"),
        (["TW Đoàn", "Các Huyện", "Thị", "Thành đoàn;"], 2, "Các Huyện, Thị, Thành đoàn"),
        (["UBND các huyện", "thị xã", "thành phố"], 1, "UBND các huyện, thị xã, thành phố"),
        (["Đoàn các xã", "phường", "thị trấn"], 1, "Đoàn các xã, phường, thị trấn"),
        (["Các Quận", "Huyện Đoàn"], 1, "Các Quận, Huyện Đoàn"),
    ],
)
def test_a_name_split_at_its_commas_is_reported_once(items, index, whole):
    found = list(recipient_split(_repo(items)))
    assert len(found) == 1
    assert found[0].json_path == ("recipients", "groups", 0, "items", index)
    assert f'"{whole}"' in found[0].message


@pytest.mark.parametrize(
    "items",
    [
        ["Các Huyện, Thị, Thành Đoàn"],  # quoted: one recipient
        ["TW Đoàn", "Thành Đoàn", "Thị ủy"],  # whole names, not after a unit word
        ["Huyện ủy", "Thành ủy", "Thị ủy"],
        ["UBND huyện Hàm Tân", "Thành Đoàn Phan Thiết"],  # more than two words
        ["Ban Thường vụ Huyện đoàn", "Huyện đoàn"],  # the first ends with "đoàn"
        ["đ/c Bí thư", "các đồng chí Ủy viên"],  # lowercase is not enough
        [{"name": "Các Huyện"}, {"name": "Sở KH&CN", "note": "phối hợp"}],
    ],
)
def test_whole_names_are_not_reported(items):
    assert not list(recipient_split(_repo(items)))


def test_a_recipient_twice_is_reported_in_one_group_or_two():
    found = list(duplicate_recipient(_repo(["Các Huyện", "TW Đoàn"], ["các huyện;", "Sở KH&CN"])))
    assert [f.json_path for f in found] == [("recipients", "groups", 1, "items", 0)]
    assert '"các huyện"' in found[0].message
    assert not list(duplicate_recipient(_repo(["TW Đoàn", "Tỉnh ủy"], ["Sở KH&CN"])))
