"""The progress spreadsheet: ``kehoach export --to xlsx`` and ``kehoach update --from FILE.xlsx``.

Offices collect progress in Excel: the officer sends a table of activities, the units fill in
status, completion date and spending, and send it back. ``export`` writes that table from the
repository; ``update`` reads it back and writes the changed values into the YAML files as minimal
text edits (``io.yamledit``).

- ``columns``  the columns of the activity sheet (what is shown, what may be edited) and the key
- ``rows``     the activities of the repository as rows (filters by party and year)
- ``export``   ``run_export``: the use case of ``export``
- ``xlsx``     the workbook: activity sheets, summary of formulas, lists, instructions
- ``cells``    reading one filled cell back into a YAML value, with Vietnamese errors
- ``read``     reading a filled workbook: rows with their cell addresses
- ``baseline`` the hidden sheet of each row's values at the export
- ``identity`` a row's visible id against its hidden key (rows sorted without it)
- ``origin``   which repository the workbook was exported from, and whether this one is it
- ``merge``    each cell against its value at the export and the repository now
- ``plausible`` a done date that cannot be right
- ``roles``    a new lead that was a co-lead or a supporter swaps places with the old lead
- ``update``   ``run_update``: the use case of ``update``; ``recheck``: the checks after it;
  ``write``: ``apply_update``
- ``formats``  ``FORMATS`` of both commands
"""
