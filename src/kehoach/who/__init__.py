"""``kehoach who``: each party's responsibilities across the repository.

- ``run``      ``run_who``: activities led and supported, duties, reviews, by party
- ``formats``  table, json and md
"""

from .run import WhoResult, run_who

__all__ = ["WhoResult", "run_who"]
