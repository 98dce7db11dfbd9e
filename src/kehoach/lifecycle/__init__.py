"""The plan's life in git: start a repository, draft documents, compare revisions, report progress.

- ``gitio``       run git safely (argument lists, revisions verified, Vietnamese errors)
- ``init``        ``kehoach init``: the repository skeleton (files in ``skeleton/``)
- ``yamltext``    write YAML text with comments (values dumped by PyYAML)
- ``draft``       ``kehoach new plan|program``: YAML drafts, valid as written, with comments
- ``occur``       review occurrences of a schedule within a year (for drafts)
- ``sides``       the two sides of a diff: files of a git revision or of the working tree
- ``semdiff``     ``kehoach diff``: documents added, removed, changed; signers, recipients
- ``activities``  ``kehoach diff``: activities added, removed, changed; deadlines moved
- ``difftext``    ``kehoach diff`` output: Vietnamese lines or JSON
- ``report``      ``kehoach report``: the numbers and lists of a sơ kết / tổng kết report
- ``report_text`` the report as Markdown or plain text
"""
