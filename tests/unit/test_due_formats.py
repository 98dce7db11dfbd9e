"""Agenda output: JSON fields, CSV header and rows, the table, and iCalendar parsed back with
``icalendar`` and checked field by field."""

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from agenda_data import agenda_repo
from kehoach.due.formats import CSV_FIELDS, as_csv, as_json
from kehoach.due.ics import PRODID, as_ics
from kehoach.due.run import DueOptions, run_due
from kehoach.due.table import as_table
from kehoach.output import Style

TODAY = date(2022, 6, 15)
PLAIN = Style()


@pytest.fixture
def res(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # paths shown relative to the working directory, as users run it
    return run_due(
        [str(agenda_repo(tmp_path))],
        DueOptions(today=TODAY, start="2022-01-01", end="2022-12-31", include_closed=True),
    )


def test_json_records(res):
    doc = json.loads(as_json(res, PLAIN))
    assert (
        doc["today"] == "2022-06-15" and doc["from"] == "2022-01-01" and doc["to"] == "2022-12-31"
    )
    assert doc["summary"] == {"total": len(doc["items"]), "overdue": 1}
    keys = {
        "date",
        "days_left",
        "overdue",
        "kind",
        "kind_vi",
        "title",
        "status",
        "time",
        "document",
        "path",
        "line",
        "source",
        "lead",
        "lead_name",
        "lead_unit",
        "co_leads",
        "support",
        "support_names",
        "support_units",
        "support_others",
        "shifted_from",
        "shift_note",
        "note",
        "done_date",
        "issued",
        "late_days",
        "uid",
    }
    for rec in doc["items"]:
        assert set(rec) == keys
        assert isinstance(rec["days_left"], int) and isinstance(rec["overdue"], bool)
        assert rec["kind"] in ("activity", "meeting", "interim", "final", "plan")
        assert rec["source"] == f"{rec['path']}:{rec['line']}" and rec["line"] > 0
        date.fromisoformat(rec["date"])
    first = doc["items"][0]
    assert (
        first["overdue"]
        and first["days_left"] == -15
        and first["uid"] == "kh-2022.activity-6@kehoach"
    )
    past = next(r for r in doc["items"] if r["uid"] == "kh-2022.giao-ban.2022-Q1@kehoach")
    assert past["days_left"] == -78 and not past["overdue"]  # a past meeting is not overdue
    hoi_thi = next(r for r in doc["items"] if r["uid"].startswith("kh-2022.hoi-thi"))
    assert hoi_thi["support"] == ["skhcn"] and hoi_thi["support_names"] == ["Sở KH&CN"]
    assert hoi_thi["lead_name"] == "Tỉnh Đoàn" and hoi_thi["time"] == "quý II/2022"
    moved = next(r for r in doc["items"] if r["shifted_from"])
    assert moved["shift_note"].startswith("Lùi từ")


def test_csv_header_and_rows(res):
    text = as_csv(res, PLAIN)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0] == "\ufeff" + ",".join(CSV_FIELDS)  # BOM: Excel reads UTF-8
    assert len(rows) == len(res.items)
    hoi_thi = next(r for r in rows if r["title"].startswith("Hội thi"))
    assert hoi_thi["title"] == 'Hội thi sáng tạo, "Ý tưởng; trẻ"'  # quoted, round-trips
    assert (
        hoi_thi["support"] == "skhcn" and hoi_thi["overdue"] == "0" and hoi_thi["days_left"] == "15"
    )
    assert rows[0]["overdue"] == "1"


def test_table_groups_by_month_and_marks_overdue(res, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    text = as_table(res, PLAIN)
    assert "\x1b[" not in text  # no colour when not on a terminal
    assert text.index("Quá hạn (1)") < text.index("Tháng 3/2022") < text.index("Tháng 12/2022")
    assert "quá 15 ngày" in text and "đã qua 78 ngày" in text and "còn 15 ngày" in text
    assert max(len(line) for line in text.splitlines()) <= 120  # piped: wrapped, never 800 wide
    wide = as_table(res, Style(width=400))  # nothing to wrap: each item on one line
    assert "lùi từ 31/12/2022: Tết Dương lịch 31/12/2022–02/01/2023" in wide and "đã hủy" in wide
    colored = as_table(res, Style(color=True))
    assert "\x1b[" in colored and "\x1b[31m" in colored  # overdue rows in red


def test_ics_parsed_back_field_by_field(res):
    data = as_ics(res, PLAIN)
    cal = Calendar.from_ical(data)
    assert str(cal["PRODID"]) == PRODID == "-//kehoach//kehoach 0.1//VI"
    assert str(cal["VERSION"]) == "2.0"
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(res.items)
    assert len({str(e["UID"]) for e in events}) == len(events)
    by_uid = {str(e["UID"]): e for e in events}
    ev = by_uid["kh-2022.hoi-thi@kehoach"]
    assert ev.decoded("DTSTART") == date(2022, 6, 30) and ev.decoded("DTEND") == date(2022, 7, 1)
    assert ev["DTSTART"].params.get("VALUE") == "DATE"
    assert ev.decoded("DTSTAMP") == datetime(2022, 6, 15, tzinfo=UTC)
    assert str(ev["SUMMARY"]) == '[Hoạt động] Hội thi sáng tạo, "Ý tưởng; trẻ"'
    desc = str(ev["DESCRIPTION"])
    assert "Văn bản: kh-2022 – Kế hoạch năm 2022" in desc
    assert (
        "Chủ trì: Tỉnh Đoàn Bình Thuận" in desc
        and "Phối hợp: Sở Khoa học và Công nghệ tỉnh Bình Thuận" in desc
    )
    alarms = list(ev.walk("VALARM"))
    assert len(alarms) == 1 and str(alarms[0]["ACTION"]) == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == timedelta(days=-5)  # due.alarm_days in kehoach.yaml
    assert str(by_uid["kh-2022.hoi-thao@kehoach"]["STATUS"]) == "CANCELLED"
    moved = by_uid["ctph.so-ket.2022@kehoach"]
    assert moved.decoded("DTSTART") == date(2022, 12, 30) and "31/12/2022" in str(
        moved["DESCRIPTION"]
    )


def test_ics_says_what_is_done_and_what_is_cancelled(res):
    """A calendar shows titles: a done activity says so in its title and description (before, it
    looked as one still to do, only without a reminder); each activity says its status."""
    events = {str(e["UID"]): e for e in Calendar.from_ical(as_ics(res, PLAIN)).walk("VEVENT")}
    done = events["kh-2022.phat-dong@kehoach"]
    assert str(done["SUMMARY"]) == "[Hoạt động] Phát động (đã hoàn thành)"
    assert "Trạng thái: hoàn thành ngày 20/3/2022" in str(done["DESCRIPTION"])
    todo = events["kh-2022.hoi-thi@kehoach"]
    assert "Trạng thái: chưa thực hiện" in str(todo["DESCRIPTION"])
    assert "Trạng thái: đã hủy" in str(events["kh-2022.hoi-thao@kehoach"]["DESCRIPTION"])


def test_ics_names_each_body_after_its_department(res):
    """The description says the lead and the supporting bodies as the plan prints them, each after
    its department (``lead_unit``, ``support_units``) — before, the bodies only."""
    items = [
        replace(i, lead_unit="Ban Phong trào", support_units={"skhcn": "Văn phòng Sở"})
        if i.uid == "kh-2022.hoi-thi@kehoach"
        else i
        for i in res.items
    ]
    cal = Calendar.from_ical(as_ics(replace(res, items=items), PLAIN))
    [ev] = [e for e in cal.walk("VEVENT") if str(e["UID"]) == "kh-2022.hoi-thi@kehoach"]
    desc = str(ev["DESCRIPTION"])
    assert "Chủ trì: Ban Phong trào Tỉnh Đoàn Bình Thuận" in desc
    assert "Phối hợp: Văn phòng Sở Khoa học và Công nghệ tỉnh Bình Thuận" in desc


def test_ics_text_is_escaped_and_stable(res):
    res = replace(res, alarm_days=3)
    data = as_ics(res, PLAIN)
    raw = data.decode("utf-8")
    assert "BEGIN:VCALENDAR\r\n" in raw and "DTSTART;VALUE=DATE:20220630" in raw
    assert 'SUMMARY:[Hoạt động] Hội thi sáng tạo\\, "Ý tưởng\\; trẻ"' in raw
    assert "TRIGGER:-P3D" in raw
    assert as_ics(res, PLAIN) == data  # same input → same bytes


def test_ics_alarms_only_for_what_is_still_to_do(res):
    events = {str(e["UID"]): e for e in Calendar.from_ical(as_ics(res, PLAIN)).walk("VEVENT")}
    for item in res.items:
        alarms = list(events[item.uid].walk("VALARM"))
        wanted = not item.closed and item.date >= TODAY
        assert bool(alarms) == wanted, (item.uid, item.status, item.date)
    assert not list(events["kh-2022.hoi-thao@kehoach"].walk("VALARM"))  # cancelled
    assert not list(events["kh-2022.phat-dong@kehoach"].walk("VALARM"))  # done
    assert list(events["kh-2022.hoi-thi@kehoach"].walk("VALARM"))  # open, 30/6/2022


def test_ics_sequence_and_last_modified_follow_the_source_file(res, tmp_path):
    first = {str(e["UID"]): e for e in Calendar.from_ical(as_ics(res, PLAIN)).walk("VEVENT")}
    ev = first["kh-2022.hoi-thi@kehoach"]
    modified = ev.decoded("LAST-MODIFIED")
    source = tmp_path / "plans/2022/kh-2022.yaml"
    assert modified == datetime.fromtimestamp(int(source.stat().st_mtime), UTC)  # not in git
    assert (
        int(ev["SEQUENCE"])
        == int((modified - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds()) // 60
    )
    # the activity moves: the file is edited later, so its sequence grows
    text = source.read_text(encoding="utf-8").replace("time: 2022-Q2", "time: 2022-Q3", 1)
    source.write_text(text, encoding="utf-8")
    later = modified.timestamp() + 3600
    import os

    os.utime(source, (later, later))
    again = run_due(
        [str(tmp_path)],
        DueOptions(today=TODAY, start="2022-01-01", end="2022-12-31", include_closed=True),
    )
    moved = {str(e["UID"]): e for e in Calendar.from_ical(as_ics(again, PLAIN)).walk("VEVENT")}
    assert moved["kh-2022.hoi-thi@kehoach"].decoded("DTSTART") == date(2022, 9, 30)
    assert int(moved["kh-2022.hoi-thi@kehoach"]["SEQUENCE"]) == int(ev["SEQUENCE"]) + 60


def test_one_calendar_per_party_parses_back(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = agenda_repo(tmp_path)
    uids = {}
    for party in ("td", "skhcn"):
        got = run_due([str(root)], DueOptions(today=TODAY, include_closed=True, party=party))
        cal = Calendar.from_ical(as_ics(got, PLAIN))
        assert str(cal["X-WR-CALNAME"]) == f"kehoach – {got.repo.org_name(party)}"
        events = list(cal.walk("VEVENT"))
        assert len(events) == len(got.items) > 0
        for ev in events:
            assert ev.decoded("DTEND") == ev.decoded("DTSTART") + timedelta(days=1)
            assert "LAST-MODIFIED" in ev and int(ev["SEQUENCE"]) > 0
        uids[party] = {str(e["UID"]) for e in events}
    assert uids["td"] & uids["skhcn"]  # shared reviews are in both calendars, with one UID


def test_summary_says_overdue_once_and_json_window_matches_the_words(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = agenda_repo(tmp_path)
    late = run_due([str(root)], DueOptions(today=TODAY, overdue_only=True))
    from kehoach.due.table import summary

    line = summary(late)
    assert line == f"{len(late.items)} việc quá hạn tính đến 15/6/2022."
    assert "trong đó" not in line
    default = run_due([str(root)], DueOptions(today=TODAY, within="30d"))
    doc = json.loads(as_json(default, PLAIN))
    assert (doc["from"], doc["to"], doc["overdue"]) == ("2022-06-15", "2022-07-15", True)
    assert doc["window_text"] == "quá hạn hoặc đến hạn từ 15/6/2022 đến 15/7/2022"
    doc = json.loads(as_json(late, PLAIN))
    assert (doc["from"], doc["to"]) == (None, "2022-06-14")


def test_colour_table_shows_a_title_as_written(res):
    """rich's emoji codes and markup are not read in what a file holds (``:warning:``, ``[b]``)."""
    first = replace(res.items[0], title=":warning: Hội thi [b]sáng tạo[/b]")
    res.items[0] = first
    colored = as_table(res, Style(color=True, width=400))
    assert ":warning: Hội thi [b]sáng tạo[/b]" in colored and "⚠" not in colored


def test_two_activities_with_one_id_are_two_calendar_events(tmp_path, monkeypatch):
    """Two activities of a plan given one ``id`` (KH413): the second's event has a UID of its own
    ('…hoi-thi#2…'), so that a calendar app does not replace the first with it."""
    monkeypatch.chdir(tmp_path)
    root = agenda_repo(tmp_path)
    plan = root / "plans/2022/kh-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("id: phat-dong", "id: hoi-thi", 1), encoding="utf-8")
    got = run_due(
        [str(root)],
        DueOptions(today=TODAY, start="2022-01-01", end="2022-12-31", include_closed=True),
    )
    uids = [str(e["UID"]) for e in Calendar.from_ical(as_ics(got, PLAIN)).walk("VEVENT")]
    assert len(uids) == len(set(uids)), uids
    assert "kh-2022.hoi-thi@kehoach" in uids
    assert any(u.startswith("kh-2022.hoi-thi#") for u in uids)
