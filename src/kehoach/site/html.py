"""The frame of every page of the site: head, navigation, search box, footer; the stylesheet
(screen, phone, print) and the search script. Everything is in the folder: no font, script or
address outside it, so the site works from a USB stick with no network."""

from __future__ import annotations

from html import escape

from .. import __version__
from ..vocab import STATUS, date_text

__all__ = ["page", "e", "status_badge", "CSS", "SEARCH_JS", "progress_bar"]


def e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


NAV = (
    ("index.html", "Tổng quan"),
    ("van-ban/index.html", "Văn bản"),
    ("dong-thoi-gian/index.html", "Dòng thời gian"),
    ("don-vi/index.html", "Đơn vị"),
    ("noi-dung/index.html", "Nội dung"),
    ("tim-kiem.html", "Tìm kiếm"),
)


def page(title: str, body: str, *, depth: int, today, here: str = "") -> str:
    """A whole page. ``depth``: how many folders below the site's root it is."""
    up = "../" * depth
    current = ' aria-current="page"'
    nav = "".join(
        f'<a href="{up}{href}"{current if href == here else ""}>{label}</a>' for href, label in NAV
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kehoach {__version__}">
<title>{e(title)} — kehoach</title>
<link rel="stylesheet" href="{up}style.css">
</head>
<body>
<header class="top">
<nav aria-label="Chính">{nav}</nav>
<form class="search" action="{up}tim-kiem.html" role="search">
<label for="q" class="sr">Tìm theo tên</label>
<input id="q" name="q" type="search" placeholder="Tìm hoạt động, văn bản, đơn vị…">
<button type="submit">Tìm</button>
</form>
</header>
<main>
{body}
</main>
<footer>Số liệu đến ngày {date_text(today)} · tạo bằng kehoach {__version__} từ kho kế hoạch;
sửa số liệu trong các tệp YAML rồi chạy lại <code>kehoach site</code>.</footer>
</body>
</html>
"""


def status_badge(status: str, overdue: bool = False) -> str:
    words = STATUS.get(status, status)
    cls = "overdue" if overdue else status
    extra = " · quá hạn" if overdue else ""
    return f'<span class="badge {e(cls)}">{e(words)}{extra}</span>'


def progress_bar(counts: dict[str, int]) -> str:
    """A stacked bar of statuses (done, in progress, planned, cancelled), with its words."""
    total = sum(counts.values()) or 1
    parts = []
    for status in ("done", "in_progress", "planned", "cancelled"):
        n = counts.get(status, 0)
        if n:
            parts.append(
                f'<span class="seg {status}" style="width:{100 * n / total:.2f}%"'
                f' title="{e(STATUS[status])}: {n}"></span>'
            )
    words = ", ".join(
        f"{STATUS[s]}: {counts.get(s, 0)}" for s in ("done", "in_progress", "planned", "cancelled")
    )
    return (
        f'<div class="progress" role="img" aria-label="{e(words)}">{"".join(parts)}</div>'
        f'<p class="small">{e(words)}</p>'
    )


CSS = """
:root{--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#f5f7fa;--accent:#0b5394;
--done:#2e7d32;--in_progress:#1565c0;--planned:#9e9e9e;--cancelled:#bcaaa4;--overdue:#c62828}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;
color:var(--ink);background:var(--bg);line-height:1.45}
header.top{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;justify-content:space-between;
padding:.5rem 1rem;background:var(--accent)}
header.top nav{display:flex;flex-wrap:wrap;gap:.25rem}
header.top nav a{color:#fff;text-decoration:none;padding:.35rem .6rem;border-radius:4px}
header.top nav a[aria-current=page],header.top nav a:hover{background:rgba(255,255,255,.2)}
form.search{display:flex;gap:.25rem}
form.search input{padding:.35rem .5rem;border:0;border-radius:4px;min-width:14rem}
form.search button{padding:.35rem .7rem;border:0;border-radius:4px;background:#fff;color:var(--accent)}
main{max-width:1240px;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
a{color:var(--accent)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1rem}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:1rem}
.card h3{margin:0 0 .5rem;font-size:1.05rem}
.small{font-size:.85rem;color:var(--muted);margin:.25rem 0}
.progress{display:flex;height:14px;border-radius:7px;overflow:hidden;background:#eceff1}
.seg{display:block;height:100%}.seg.done{background:var(--done)}.seg.in_progress{background:var(--in_progress)}
.seg.planned{background:var(--planned)}.seg.cancelled{background:var(--cancelled)}
.money{display:grid;grid-template-columns:7rem 1fr auto;gap:.25rem .5rem;align-items:center;font-size:.9rem}
.meter{height:10px;background:#eceff1;border-radius:5px;overflow:hidden}\
.meter span{display:block;height:100%;background:#f9a825}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;background:#fff;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600}
td.num{text-align:right;white-space:nowrap}
tr.overdue td{background:#fdecea}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:999px;font-size:.8rem;color:#fff;\
background:var(--planned);white-space:nowrap}
.badge.done{background:var(--done)}.badge.in_progress{background:var(--in_progress)}
.badge.cancelled{background:var(--cancelled);color:#3e2723}.badge.overdue{background:var(--overdue)}
.badge.due{background:#6a1b9a}
.legend{display:flex;flex-wrap:wrap;gap:.75rem;font-size:.85rem;margin:.5rem 0}
.legend i{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;vertical-align:-2px;margin-right:.25rem}
.doc-frame{width:100%;height:80vh;border:1px solid var(--line);background:#fff}
.links a{margin-right:1rem}
ul.results{list-style:none;padding:0;background:#fff;border:1px solid var(--line);border-radius:6px}
ul.results li{padding:.35rem .75rem;border-bottom:1px solid var(--line)}
ul.results li small{color:var(--muted);margin-left:.5rem}
.sr{position:absolute;left:-9999px}
footer{max-width:1240px;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
@media (max-width:640px){main{padding:.5rem}h1{font-size:1.3rem}form.search{width:100%}
form.search input{flex:1;min-width:0}th,td{padding:.3rem}.cards{grid-template-columns:1fr}}
@media print{header.top,form.search,footer,.no-print{display:none}
body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
.card,.scroll{border:0}a{color:inherit;text-decoration:none}
tr,.card,svg{break-inside:avoid}.doc-frame{display:none}
.scroll{overflow:visible}svg.gantt{width:100%;height:auto}}
"""

SEARCH_JS = """
(function(){
  function fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'')
    .replace(/đ/g,'d').replace(/Đ/g,'D').toLowerCase();}
  var input=document.getElementById('tim');var items=document.querySelectorAll('#ket-qua li');
  var count=document.getElementById('so-ket-qua');
  function run(){var q=fold(input.value.trim());var n=0;
    for(var i=0;i<items.length;i++){var hit=!q||fold(items[i].textContent).indexOf(q)>=0;
      items[i].hidden=!hit;if(hit)n++;}
    count.textContent=q?(n+' kết quả cho “'+input.value.trim()+'”'):(items.length+' mục');}
  var m=/[?&]q=([^&]*)/.exec(location.search);
  if(m){input.value=decodeURIComponent(m[1].replace(/\\+/g,' '));}
  input.addEventListener('input',run);run();
})();
"""
