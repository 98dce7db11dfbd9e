"""kehoach — Vietnamese administrative plans as YAML in git.

Data flows one way: files → ``io`` → ``load`` → ``model`` → ``checks`` / features → output → emit
(``docs/architecture.md``). Modules, lowest first:

- ``problem``, ``errors``  the one ``Problem`` record; ``KehoachError`` ("cannot continue", exit 2)
- ``vocab``       the Vietnamese vocabulary: labels, whitespace, dates in running text (Decree 30)
- ``viet``        document helpers: date line, Số line, Roman numerals, money, amounts in words
- ``output``      the shape of every output format (``Format``, ``Style``)
- ``timeexpr``    time expressions (2021-Q2, 2021-H1, ranges, ongoing) → windows and deadlines
- ``resources``   the shipped schemas and templates (wheel or source tree), editors' schema lines
- ``io``          reading YAML safely, positions, the data cache, atomic writes, ``emit``, git
- ``calendar_vn`` working days: Vietnamese holidays (lunar Tết…), swaps, local days off
- ``schema``      JSON Schema validation with positioned, Vietnamese problems
- ``model``       ``Document``, ``Repository``, navigation, plan ↔ program links, the schedule
- ``checks``      the registry of checks, one module per family
- ``load``        files → ``Loaded`` (files, problems, ``Repository``): used by every command
- features, one folder per command, each with ``run.py`` (the use case) and ``formats.py``:
  ``validate``, ``due``, ``who``, ``draft`` (``new``), ``diff``, ``init``, ``render``, ``report``;
  ``exchange.importer`` (``import``: Word documents → YAML drafts); ``sheet`` (``export``,
  ``update``: the progress spreadsheet); ``site`` (the static overview, timelines); ``register``,
  ``issue`` (the outgoing register, numbers written back)
- ``cli``         the thin typer layer: one module per command, an explicit list in ``cli.app``
"""

__version__ = "0.1.0"
