"""``kehoach site`` opened in a real browser (headless Chromium): every page reached from the home
page, every local link and anchor resolves, no request leaves the folder, the search works with
scripts and the page reads without them, a phone-sized screen does not scroll sideways, the
timeline's bars are where their dates are. Screenshots of the home page and a timeline are taken
(``KEHOACH_UPDATE_GALLERY=1`` copies them into docs/gallery/)."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from browser import Browser
from helpers import EXAMPLES, ROOT

TODAY = "2023-06-15"
GALLERY = ROOT / "docs" / "gallery"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if key in a and tag in ("a", "link", "script", "img", "iframe"):
                self.links.append(a[key])


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from typer.testing import CliRunner

    from kehoach.cli.app import app

    out = tmp_path_factory.mktemp("site") / "trang"
    run = CliRunner().invoke(
        app, ["site", str(EXAMPLES), "-o", str(out), "--today", TODAY, "--docx"]
    )
    assert run.exit_code == 0, run.output
    return out


@pytest.fixture(scope="module")
def browser():
    b = Browser()
    yield b
    b.close()


def test_every_link_resolves_offline(site):
    """Static check of every file: local targets exist, anchors exist, nothing points outside."""
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        for link in parse(page).links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, f"{page}: {link}"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(site)} → {link}"
            assert site.resolve() in target.parents or target == site.resolve()
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in parse(target).ids, f"{page.relative_to(site)} → {link}"
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text)


def test_browser_crawl_no_request_leaves_the_folder(site, browser):
    root = site.resolve().as_uri()
    seen: set[str] = set()
    queue = [root + "/index.html"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        requests = browser.open(url)
        for req in requests:
            assert req.startswith((root + "/", "data:", "about:")), f"{url} requested {req}"
        links = browser.evaluate(
            "Array.from(document.querySelectorAll('a[href]'))"
            ".map(a => new URL(a.getAttribute('href'), document.baseURI).href)"
        )
        for link in links:
            clean = link.split("#")[0].split("?")[0]
            assert clean.startswith(root + "/"), f"{url} links outside: {link}"
            path = Path(unquote(urlsplit(clean).path))
            assert path.is_file(), f"{url} → {link}"
            if clean.endswith(".html") and clean not in seen:
                queue.append(clean)
    assert seen == {p.resolve().as_uri() for p in site.rglob("*.html")}  # every page reached


def test_timeline_in_the_browser(site, browser):
    browser.viewport(1280, 900)
    browser.open((site / "dong-thoi-gian" / "ctph-2021-2025-tinhdoan-skhcn-bt.html").as_uri())
    bars = browser.evaluate(
        "Array.from(document.querySelectorAll('svg.gantt g.bar')).map(g => {"
        "const r = g.querySelector('rect').getBoundingClientRect();"
        "return [g.dataset.start, g.dataset.end, r.left, r.width]})"
    )
    assert len(bars) == 13
    # x grows with the start date: the drawing follows the data
    ordered = sorted(bars, key=lambda b: b[0])
    lefts = [b[2] for b in ordered]
    assert lefts == sorted(lefts)
    today = browser.evaluate("document.querySelector('svg.gantt line.today').dataset.date")
    assert today == TODAY
    shot = browser.screenshot()  # the first screen: heading, legend and the chart
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 20000
    _gallery("site-dong-thoi-gian.png", shot)


def test_home_page_on_desktop_and_phone(site, browser):
    browser.viewport(1280, 1100)
    browser.open((site / "index.html").as_uri())
    assert browser.evaluate("document.documentElement.lang") == "vi"
    heading = browser.evaluate("document.querySelector('h1').textContent")
    assert heading == "Tổng quan thực hiện kế hoạch"
    overdue = browser.evaluate("document.querySelectorAll('tr.overdue').length")
    assert overdue == 6
    _gallery("site-tong-quan.png", browser.screenshot(full=True))
    browser.viewport(390, 844, mobile=True)
    browser.open((site / "index.html").as_uri())
    width = browser.evaluate("document.documentElement.scrollWidth")
    assert width <= 391, "the page scrolls sideways on a phone"
    browser.viewport(1280, 1100)


def test_search_with_and_without_scripts(site, browser):
    url = (site / "tim-kiem.html").as_uri()
    browser.open(url + "?q=hoi+thi")
    shown = browser.evaluate(
        "Array.from(document.querySelectorAll('#ket-qua li')).filter(li => !li.hidden).map(li => li.textContent)"
    )
    total = browser.evaluate("document.querySelectorAll('#ket-qua li').length")
    assert shown and len(shown) < total
    assert all("hội thi" in s.lower() for s in shown)  # accents optional in the query
    browser.scripts(False)
    try:
        browser.open(url + "?q=hoi+thi")
        hidden = browser.evaluate(
            "Array.from(document.querySelectorAll('#ket-qua li')).filter(li => li.hidden).length"
        )
        assert hidden == 0  # the whole list is readable
    finally:
        browser.scripts(True)


def test_print_stylesheet_hides_navigation(site, browser):
    browser.open((site / "index.html").as_uri())
    browser.call("Emulation.setEmulatedMedia", {"media": "print"}, session=True)
    try:
        display = browser.evaluate("getComputedStyle(document.querySelector('header.top')).display")
        assert display == "none"
    finally:
        browser.call("Emulation.setEmulatedMedia", {"media": ""}, session=True)


def _gallery(name: str, png: bytes) -> None:
    if os.environ.get("KEHOACH_UPDATE_GALLERY"):
        GALLERY.mkdir(parents=True, exist_ok=True)
        (GALLERY / name).write_bytes(png)
