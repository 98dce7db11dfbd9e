"""Regenerate docs/gallery/: a PNG of the first page of every example, as LibreOffice prints the
DOCX that ``kehoach render`` writes (DOCX → PDF with soffice → ``pdftoppm -png -r 60 -singlefile``).

    python tools/gallery.py            # all examples
    python tools/gallery.py --check    # exit 1 when a preview is missing (CI without soffice skips)

Needs LibreOffice (``soffice``) and poppler-utils (``pdftoppm``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GALLERY = ROOT / "docs" / "gallery"
RESOLUTION = 60


def example_documents() -> list[Path]:
    return sorted(
        p for p in EXAMPLES.rglob("*.yaml") if p.name not in ("kehoach.yaml", "orgs.yaml")
    )


def pdfs(sources: list[Path], folder: Path) -> list[Path]:
    """The PDF of every source in ``folder``, converted in one LibreOffice process."""
    from kehoach.render.batch import run_render_many

    result = run_render_many([str(s) for s in sources], "pdf", str(folder))
    for item in result.failed:
        raise SystemExit(f"{item.source}: không xuất được: {item.error or item.problems}")
    for item in result.items:
        assert item.data is not None
        item.target.write(item.data, quiet=True)
    return [folder / f"{s.stem}.pdf" for s in sources]


def first_page_png(pdf_path: Path, out: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(RESOLUTION),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf_path),
            str(out.with_suffix("")),
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that every preview exists")
    args = parser.parse_args(argv)
    docs = example_documents()
    if args.check:
        missing = [d for d in docs if not (GALLERY / f"{d.stem}.png").is_file()]
        for d in missing:
            print(f"thiếu ảnh xem trước: docs/gallery/{d.stem}.png", file=sys.stderr)
        return 1 if missing else 0
    for tool in ("soffice", "pdftoppm"):
        if not shutil.which(tool):
            print(f"cần {tool} (LibreOffice, poppler-utils) để dựng ảnh xem trước", file=sys.stderr)
            return 2
    GALLERY.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for source, pdf_path in zip(docs, pdfs(docs, Path(tmp)), strict=True):
            out = GALLERY / f"{source.stem}.png"
            first_page_png(pdf_path, out)
            print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
