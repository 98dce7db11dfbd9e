"""``kehoach diff``: what changed between two versions, for the people who carry the plans out.

- ``sides``       the two sides: files of a git revision or of the working tree
- ``change``      the records: ``Change``, ``DocDiff``, ``DiffResult``
- ``activities``  activities added, removed, changed; deadlines moved
- ``documents``   documents (and orgs.yaml, kehoach.yaml) added, removed, changed
- ``people``      signers and recipients
- ``generic``     a line for every other field that changed, named from the schema titles
- ``labels``      the Vietnamese names of fields (schema titles)
- ``run``         ``run_diff``: the use case
- ``formats``     text and json
"""

from .change import DiffResult

__all__ = ["DiffResult", "compare_texts", "run_diff"]


def __getattr__(name: str):
    # ``run`` reads git and the schemas' titles: loaded when a diff is made, not at start-up
    if name in ("compare_texts", "run_diff"):
        from . import run

        return getattr(run, name)
    raise AttributeError(name)
