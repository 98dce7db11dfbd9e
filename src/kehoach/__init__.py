"""kehoach — Vietnamese administrative plans as YAML in git.

Modules, each with one job (data flows files → load → model → checks/agenda/render → output):

- ``problem``      the one ``Problem`` record every check returns
- ``errors``       ``KehoachError``: the one "cannot continue" exception, exit codes
- ``resources``    where the shipped schemas and templates live (wheel or source tree)
- ``yamlio``       safe reading (size, encoding, binary, alias bombs) and the fast YAML loader
- ``positions``    lazy JSON path → ``line:col`` mapping, only when a problem must be reported
- ``repo``         find the repository, its settings, orgs and documents
- ``schema``       JSON Schema validation (compiled fast path, full error list when it fails)
- ``checks``       repository checks, one small registered function per code
- ``validate``     the validation pipeline and its cache
- ``formatters``   problem output: text, parsable, json, github
- ``timeexpr``     time expressions (2021-Q2, 2021-H1, ranges, ongoing) → windows and deadlines
- ``viet``         Vietnamese document helpers: date line, numbers, money, amounts in words
- ``calendar_vn``  working days: Vietnamese holidays (lunar Tết…), compensatory days off
- ``model``        where a document's activities, org references and reviews are (with JSON paths)
- ``render``       official documents: view model, Jinja templates, DOCX package, PDF via LibreOffice
- ``agenda``       what is due: review occurrences, plans per year, due/who output, iCalendar
- ``lifecycle``    life in git: init skeleton, drafting plans, semantic diff, progress reports
- ``sheet``        the progress spreadsheet: ``export --to xlsx``, ``update --from`` (minimal YAML
                   edits through ``io.yamledit``)
- ``site``         the static overview site and the timelines (SVG, Mermaid)
- ``cli``          the thin typer layer: one module per command, found automatically
"""

__version__ = "0.1.0"
