"""``kehoach diff``: what changed between two versions, for the people who carry the plans out.

- ``sides``       the two sides: files of a git revision or of the working tree
- ``change``      the records: ``Change``, ``DocDiff``, ``DiffResult``
- ``activities``  activities added, removed, changed; deadlines moved
- ``documents``   documents added, removed, changed; signers, recipients
- ``run``         ``run_diff``: the use case
- ``formats``     text and json
"""

from .change import DiffResult
from .run import compare_texts, run_diff

__all__ = ["DiffResult", "compare_texts", "run_diff"]
