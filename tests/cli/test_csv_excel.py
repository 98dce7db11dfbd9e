"""CSV files that Excel on Windows opens correctly: UTF-8 with a byte-order mark (how Excel tells
UTF-8 from the Windows code page), CRLF line ends, one header line; read back with Python's csv
module the way a spreadsheet would."""

from __future__ import annotations

import csv
import io

import pytest

from helpers import EXAMPLES


@pytest.mark.parametrize(
    "args,first",
    [
        (["due", "--today", "2022-06-15", "--all"], "date"),
        (["who", "--party", "skhcn-bt"], "org"),
    ],
)
def test_csv_files_for_excel(cli, tmp_path, args, first):
    out = tmp_path / "bang.csv"
    run = cli(*args, str(EXAMPLES), "-f", "csv", "-o", str(out))
    assert run.exit_code == 0, run.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + first.encode())  # the BOM Excel looks for
    header, _, _ = raw.partition(b"\n")
    assert header.endswith(b"\r") and raw.endswith(b"\r\n")  # CRLF between records
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows and first in rows[0]
    text = raw.decode("utf-8-sig")
    assert "Sở KH&CN" in text or "Sở Khoa học và Công nghệ" in text


def test_who_csv_rows(cli):
    run = cli("who", str(EXAMPLES), "--party", "skhcn-bt", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff"), newline="")))
    roles = {r["role"] for r in rows}
    assert roles <= {"leads", "supports", "duties", "reviews"} and {"leads", "supports"} <= roles
    lead = next(r for r in rows if r["role"] == "leads")
    assert lead["role_vi"] == "Chủ trì" and lead["org"] == "skhcn-bt" and lead["source"]
