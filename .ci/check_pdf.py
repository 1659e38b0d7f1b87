"""Check that the PDF's text holds every chapter title and a handful of facts.

Usage: python .ci/check_pdf.py build/pdf/canada-russia-relations.pdf

The chapter titles are read from the H1 headings of docs/*.md, and the facts'
values are rendered by the package itself, so the check follows the book as it
changes.  Needs pdftotext (Debian package poppler-utils).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
# One fact of each of these kinds: the first in the registry's order whose text
# would not turn up by chance, as a bare year or a single short word might.
SAMPLED_KINDS = (
    "date",
    "person",
    "place",
    "organisation",
    "percentage",
    "money",
    "count",
    "ordinal",
    "duration",
)


def pdf_text(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{pdf}: pdftotext failed: {done.stderr.strip()}")
    return done.stdout


def searchable(text: str) -> str:
    """One line, single spaces; words hyphenated across a line break joined again."""
    text = text.replace("\u00ad", "")  # soft hyphens
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return re.sub(r"\s+", " ", text)


def chapter_titles() -> dict[str, str]:
    """The first H1 heading of each chapter, by file name.

    The root page (index.md) is not a chapter in print: LaTeX makes the title
    page of it, with the book's title.
    """
    titles = {}
    for page in sorted(DOCS.glob("*.md")):
        if page.name == "index.md":
            continue
        in_fence = False
        for line in page.read_text(encoding="utf-8").splitlines():
            if re.match(r"^(```|~~~|:::)", line):
                in_fence = not in_fence
            elif not in_fence and (match := re.match(r"^# +(.+?)\s*#*\s*$", line)):
                titles[page.name] = re.sub(r"[*_`]", "", match.group(1))
                break
        else:
            raise SystemExit(f"{page}: no '# Title' heading found")
    return titles


def sampled_facts() -> dict[str, str]:
    """Key -> rendered value, for the first fact of each sampled kind."""
    from canru_facts.config import read
    from canru_facts.registry import load
    from canru_facts.style import render

    samples: dict[str, str] = {}
    seen_kinds: set[str] = set()
    book = read(DOCS.parent / "pyproject.toml")
    for fact in load(book.registry).values():
        if fact.kind in SAMPLED_KINDS and fact.kind not in seen_kinds:
            text = render(fact.value)
            if not text.isdigit() and (" " in text or not text.isalpha()):
                seen_kinds.add(fact.kind)
                samples[fact.key] = text
    return samples


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    pdf = Path(argv[1])
    text = searchable(pdf_text(pdf))
    missing = []
    titles = chapter_titles()
    for page, title in titles.items():
        if searchable(title) not in text:
            missing.append(f"chapter title {title!r} (docs/{page})")
    facts = sampled_facts()
    for key, value in facts.items():
        if searchable(value) not in text:
            missing.append(f"fact {key} rendered as {value!r}")
    for problem in missing:
        print(f"{pdf}: missing {problem}", file=sys.stderr)
    if missing:
        return 1
    print(f"{pdf}: holds all {len(titles)} chapter titles and these facts:")
    for key, value in facts.items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
