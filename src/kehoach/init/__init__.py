"""``kehoach init``: a new plan repository from the files in ``skeleton/`` (``run``)."""

from .run import InitResult, scaffold

__all__ = ["InitResult", "scaffold"]
