"""``kehoach validate``: every problem of every file, in one run.

- ``run``      the use case: load, run the repository checks, locate and sort the problems
- ``formats``  text, parsable, json and github output
"""

from .run import ValidateResult, run_validate

__all__ = ["ValidateResult", "run_validate"]
