"""``kehoach validate``: every problem of every file, in one run.

- ``run``      the use case: load, run the repository checks, locate and sort the problems
- ``quick``    the answer of an unchanged run, from the cache, with nothing heavy imported
- ``result``   what a run found
- ``formats``  text, parsable, json and github output
"""

from .result import ValidateResult

__all__ = ["ValidateResult", "run_validate"]


def __getattr__(name: str):
    # ``run`` imports the checks and the model: not for a run the cache answers (``quick``)
    if name == "run_validate":
        from .run import run_validate

        return run_validate
    raise AttributeError(name)
