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


def first_page_png(source: Path, out: Path) -> None:
    from kehoach.render.document import render
    from kehoach.render.pdf import convert
    from kehoach.validate import run_validate

    result = run_validate([str(source)], use_cache=False, need_repo=True)
    if result.errors:
        raise SystemExit(
            f"{source}: có lỗi, không xuất được:\n" + "\n".join(map(str, result.errors))
        )
    doc = next(d for d in result.repo.documents if Path(d.path).resolve() == source.resolve())
    pdf = convert(render(doc, result.repo, "docx"), source.stem)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "doc.pdf"
        pdf_path.write_bytes(pdf)
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
    for source in docs:
        out = GALLERY / f"{source.stem}.png"
        first_page_png(source, out)
        print(out.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
