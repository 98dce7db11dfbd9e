"""The departments of the lead and of a supporting body (``lead_unit``, ``support_units``) are
shown by ``due`` and ``who`` as the plan prints them ("Ban Phong trào Tỉnh Đoàn"), not only by
the document and the sheet."""

from __future__ import annotations

import csv
import io
import json

PLAN = "plans/2022/kh-2022-tinhdoan-bt.yaml"


def _with_unit(root) -> None:
    path = root / PLAN
    text = path.read_text("utf-8")
    lead = "      lead: skhcn-bt\n      support: [tinhdoan-bt]\n      time: 2022-H2\n"
    assert text.count(lead) == 1
    path.write_text(
        text.replace(lead, lead + "      support_units: {tinhdoan-bt: Ban Phong trào}\n"), "utf-8"
    )


def test_due_shows_the_departments(at_examples, cli):
    _with_unit(at_examples)
    got = cli("due", ".", "--today", "2022-12-01", "--format", "json")
    assert got.exit_code == 0, got.output
    (item,) = [
        i for i in json.loads(got.stdout)["items"] if i["title"].startswith("Hỗ trợ, chuyển")
    ]
    assert item["support_names"] == ["Ban Phong trào Tỉnh Đoàn"]
    assert item["support_units"] == {"tinhdoan-bt": "Ban Phong trào"}
    assert item["lead_name"] == "Sở KH&CN" and item["lead_unit"] is None
    table = cli("due", ".", "--today", "2022-12-01", "--format", "table").stdout
    assert "Ban Phong trào" in " ".join(table.split())  # wrapped in its column
    rows = list(csv.DictReader(io.StringIO(cli("due", ".", "--today", "2022-12-01", "--format",
                                                "csv").stdout.lstrip("\ufeff"))))  # fmt: skip
    (row,) = [r for r in rows if r["title"].startswith("Hỗ trợ, chuyển")]
    assert row["support_units"] == "tinhdoan-bt=Ban Phong trào"


def test_who_shows_the_party_s_department_and_the_others(at_examples, cli):
    _with_unit(at_examples)
    got = cli("who", ".", "--party", "tinhdoan-bt", "--format", "json")
    assert got.exit_code == 0, got.output
    (party,) = json.loads(got.stdout)["parties"]
    (support,) = [e for e in party["supports"] if e["title"].startswith("Hỗ trợ, chuyển")]
    assert support["unit"] == "Ban Phong trào"
    (lead,) = [e for e in party["leads"] if e["title"].startswith("Cuộc thi Ý tưởng")]
    assert lead["unit"] == "Ban Phong trào"  # the plan's own lead_unit
    sở = json.loads(cli("who", ".", "--party", "skhcn-bt", "--format", "json").stdout)
    (led,) = [e for e in sở["parties"][0]["leads"] if e["title"].startswith("Hỗ trợ, chuyển")]
    assert led["others_names"] == ["Ban Phong trào Tỉnh Đoàn"]
    text = cli("who", ".", "--party", "tinhdoan-bt").stdout
    assert "bộ phận: Ban Phong trào" in " ".join(text.split())
