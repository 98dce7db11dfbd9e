"""Text written into a spreadsheet cell stays text: openpyxl takes a string that starts with "="
for a formula, and Excel would compute a note, a title or a recipient typed so ("=1+1",
"=HYPERLINK(…)") — a sheet from the office's own data must never run one (as CSV output defuses
them: ``output.csv_stream``)."""

from __future__ import annotations


def text_cell(cell):
    """``cell`` (an openpyxl cell), its string value kept as text when it looks like a formula."""
    if isinstance(cell.value, str) and cell.value.startswith("="):
        cell.data_type = "s"
    return cell
