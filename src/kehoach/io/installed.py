"""Where an installed package lives, found as Python's path finder finds a regular package: the
first ``sys.path`` entry holding ``NAME/__init__.py``. Neither the package nor ``importlib.util``
is imported (this runs before every remembered answer, and before ``due`` reads the shipped
holiday table)."""

from __future__ import annotations

import os
import sys


def package_folder(name: str) -> str | None:
    """The folder of the regular package ``name`` that ``import name`` would load, or None (not
    installed, or installed some other way: a zip, an import hook)."""
    for entry in sys.path:
        folder = os.path.join(entry or os.curdir, name)
        if os.path.isfile(os.path.join(folder, "__init__.py")):
            return folder
    return None
