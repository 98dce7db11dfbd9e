"""Write the fast schema validators into ``src/kehoach/_validators/`` (one module per kind).

Run by ``tools/schema_src.py`` after it writes the schemas (``make docs``); a test fails when the
committed modules differ from what this script writes. The modules are imported like any other
code of the package, so the validation cache never holds anything executable.
"""

from __future__ import annotations

from pathlib import Path

from kehoach.schema import KINDS, validator_source

TARGET = Path(__file__).resolve().parent.parent / "src" / "kehoach" / "_validators"
INIT = '"""Fast schema validators, generated from ``schemas/`` by ``tools/validators.py``."""\n'


def sources() -> dict[str, str]:
    """File name → source of every generated module."""
    out = {"__init__.py": INIT}
    for kind in KINDS:
        out[f"{kind}.py"] = validator_source(kind)
    return out


def main(target: Path = TARGET) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, text in sources().items():
        (target / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
