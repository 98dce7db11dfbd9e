"""``kehoach issue``: the number and date the office gave a document, written into its file.

- ``run``   ``run_issue``: check the number, date and symbol against the repository and the
  document as it will be; write atomically
- ``edit``  the minimal text edits (``io.yamledit``, the drafts' commented placeholders)
"""

from .run import IssueResult, run_issue

__all__ = ["IssueResult", "run_issue"]
