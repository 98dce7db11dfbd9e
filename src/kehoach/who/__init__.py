"""``kehoach who``: each party's responsibilities across the repository.

- ``run``      ``run_who``: activities led and supported, duties, reviews, by party
- ``formats``  table, json, md and csv
- ``plain``    the table for a file or a pipe, the bytes rich would write, without rich
- ``part``     what it reads of each document (``loadparts``)
"""

from .run import WhoResult, run_who

__all__ = ["WhoResult", "run_who"]
