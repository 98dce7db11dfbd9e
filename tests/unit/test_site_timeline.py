"""Timelines: bars and milestones match the activities' time expressions and the one schedule;
the SVG puts each bar where its dates are; the Mermaid block is valid gantt syntax."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from helpers import EXAMPLES
from kehoach.load import load
from kehoach.model import navigate
from kehoach.model.schedule import document_occurrences, work_calendar
from kehoach.site.mermaid import mermaid_block
from kehoach.site.svg import CHART_W, LABEL_W, svg
from kehoach.site.timeline import program_timeline, year_timeline

TODAY = date(2023, 6, 15)
PROGRAM = "ctph-2021-2025-tinhdoan-skhcn-bt"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def repo():
    return load([str(EXAMPLES)]).repo


def test_program_timeline_bars_are_the_activities_windows(repo):
    tl = program_timeline(repo, repo.by_id(PROGRAM), TODAY)
    assert tl.start == date(2021, 1, 1) and tl.end == date(2025, 12, 31)
    docs = {g.doc.id for g in tl.groups}
    assert {"kh-2022-tinhdoan-bt", "khlt-sang-tao-tre-2023-bt"} <= docs
    for g in tl.groups:
        acts = {a.get("id"): a for _, a in navigate.activities(g.doc)}
        window = navigate.window(g.doc)
        for b in g.bars:
            t = navigate.time_of(acts[b.act_id]["time"])
            if t.is_ongoing:  # across the document's own period
                assert b.ongoing and (b.start, b.end) == (window.start, window.end)
            else:
                assert (b.start, b.end) == (t.start, t.end), b.title
            act = acts[b.act_id]
            written, done = act.get("status") or "planned", act.get("done_date")
            later = written == "done" and done and date.fromisoformat(done) > TODAY
            assert b.status == ("in_progress" if later else written)  # as on the chart's day


def test_milestones_are_the_schedule_dates(repo):
    tl = program_timeline(repo, repo.by_id(PROGRAM), TODAY)
    cal = work_calendar(repo.settings)
    for g in tl.groups:
        expected = sorted(
            occ.date
            for _, _, occ in document_occurrences(g.doc, cal)
            if tl.start <= occ.date <= tl.end
        )
        assert [m.date for m in g.milestones] == expected


def test_year_timeline_clips_to_the_year(repo):
    tl = year_timeline(repo, repo.documents, 2022, TODAY)
    assert tl.bars and all(
        date(2022, 1, 1) <= b.start <= b.end <= date(2022, 12, 31) for b in tl.bars
    )
    assert all(m.date.year == 2022 for m in tl.milestones)


def test_svg_bars_sit_at_their_dates(repo):
    tl = program_timeline(repo, repo.by_id(PROGRAM), TODAY)
    root = ET.fromstring(svg(tl))
    days = (tl.end - tl.start).days + 1
    bars = root.iter(f"{SVG}g")
    checked = 0
    for g in bars:
        if g.get("class") != "bar":
            continue
        rect = g.find(f"{SVG}rect")
        start = date.fromisoformat(g.get("data-start"))
        end = date.fromisoformat(g.get("data-end"))
        x = float(rect.get("x"))
        width = float(rect.get("width"))
        assert abs(x - (LABEL_W + CHART_W * (start - tl.start).days / days)) < 0.2
        span = CHART_W * ((end - start).days + 1) / days
        assert abs(width - max(span, 3)) < 0.2
        checked += 1
    assert checked == len(tl.bars)
    today_line = next(e for e in root.iter(f"{SVG}line") if e.get("class") == "today")
    assert (
        abs(float(today_line.get("x1")) - (LABEL_W + CHART_W * (TODAY - tl.start).days / days))
        < 0.2
    )
    statuses = {g.get("data-status") for g in root.iter(f"{SVG}g") if g.get("class") == "bar"}
    assert {"done", "in_progress", "overdue", "cancelled"} <= statuses


def test_mermaid_gantt(repo):
    tl = program_timeline(repo, repo.by_id(PROGRAM), TODAY)
    block = mermaid_block(tl)
    lines = block.splitlines()
    assert lines[:2] == ["```mermaid", "gantt"] and lines[-1] == "```"
    tasks = [ln for ln in lines if re.match(r"    [^ ].* :", ln) and "section" not in ln]
    assert len(tasks) == len(tl.bars) + len(tl.milestones)
    for ln in tasks:
        name, spec = ln.strip().rsplit(" :", 1)
        assert ":" not in name and "#" not in name and ";" not in name
        parts = [p.strip() for p in spec.split(",")]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", parts[-2])
    done = next(b for b in tl.bars if b.act_id == "y-tuong-khoi-nghiep")
    assert re.search(rf"done, t\d+, {done.start}, {done.end + timedelta(days=1)}\n", block)


def test_timeline_command(cli):
    run = cli("timeline", str(EXAMPLES), "--program", PROGRAM, "-f", "md", "--today", "2023-06-15")
    assert run.exit_code == 0 and "```mermaid" in run.stdout
    run = cli("timeline", str(EXAMPLES), "--year", "2022", "-f", "svg", "--today", "2023-06-15")
    assert run.exit_code == 0 and ET.fromstring(run.stdout.split("\n", 1)[1]).tag == f"{SVG}svg"
    assert cli("timeline", str(EXAMPLES), "--program", "khong-co").exit_code == 2
    assert cli("timeline", str(EXAMPLES)).exit_code == 2
