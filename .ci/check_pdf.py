"""Check the PDF: its text, its length, its furniture.

Usage: python .ci/check_pdf.py build/pdf/canada-russia-relations.pdf

- The text holds every chapter title and a handful of facts.  The titles are
  read from the H1 headings of docs/*.md, and the facts' values are rendered by
  the package itself, so the check follows the book as it changes.
- The book has at most MAX_PAGES pages, and the fact register at most
  MAX_REGISTER_SHARE of them.  The parts are found from the PDF's bookmarks: the
  pages before the first bookmark are the front matter (title page, contents);
  each top-level bookmark opens a chapter or an appendix, which runs to the page
  before the next one.  Whether it is an appendix comes from the link targets
  LaTeX leaves at each chapter's heading ("chapter.2", "appendix.C"), and the
  register is the part whose bookmark reads as the H1 heading of docs/register.md.
- No page is blank: every page has text inside the text block, not only a
  running head or a page number.
- The running heads name the book and the chapter, as the bookmarks (and so the
  contents) name it, and never a release or version.  A head is the words above
  the text block, a foot the words below it: the book keeps Sphinx's page
  margins of one inch (MARGIN_PT) at the top and bottom.

Pages are numbered as a PDF viewer counts them, 1 for the title page.  The
check prints the pages of each part, and a failure names the parts, longest
first.  Needs pdftotext, pdfinfo and pdftohtml (Debian package poppler-utils).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from importlib.metadata import PackageNotFoundError, version
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

# The book's pages; editors' notes in docs/ (README, STYLE, REVIEW) are named in capitals.
BOOK_PAGES = "[a-z]*.md"
MAX_PAGES = 45  # the whole book, title page to last appendix
MAX_REGISTER_SHARE = Fraction(1, 4)  # of the book's pages, for the fact register
REGISTER_PAGE = "register.md"  # its H1 heading is the register's bookmark
MARGIN_PT = 72.0  # Sphinx's default top and bottom margins (1in), which docs/conf.py keeps
FRONT_MATTER = "front matter"
RELEASE = re.compile(r"\brelease\b", re.IGNORECASE)


def poppler(*command: str) -> str:
    """Run a poppler tool and return what it prints."""
    done = subprocess.run(
        list(command), capture_output=True, text=True, encoding="utf-8", check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout


def pdf_text(pdf: Path) -> str:
    return poppler("pdftotext", "-enc", "UTF-8", str(pdf), "-")


def searchable(text: str) -> str:
    """One line, single spaces; words hyphenated across a line break joined again."""
    text = text.replace("\u00ad", "")  # soft hyphens
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return re.sub(r"\s+", " ", text).strip()


def h1_titles() -> dict[str, str]:
    """The first H1 heading of each page of docs/, by file name."""
    titles = {}
    for page in sorted(DOCS.glob(BOOK_PAGES)):
        in_fence = False
        for line in page.read_text(encoding="utf-8").splitlines():
            if re.match(r"^(```|~~~|:::)", line):
                in_fence = not in_fence
            elif not in_fence and (match := re.match(r"^# +(.+?)\s*#*\s*$", line)):
                titles[page.name] = as_printed(match.group(1))
                break
        else:
            raise SystemExit(f"{page}: no '# Title' heading found")
    return titles


ROLE = re.compile(r"\{(?P<role>fact|num)\}`(?P<text>[^`]*)`")


def as_printed(heading: str) -> str:
    """A Markdown heading as the book prints it: cited facts written out, no markup."""

    def written(match: re.Match[str]) -> str:
        if match["role"] == "num":
            return match["text"]
        from canru_facts.style import render

        reference, _, variant = match["text"].partition(":")
        key = reference.partition("@")[0]  # a mention names where, not what
        return render(_registry()[key.strip()].value, variant.strip() or None)

    return re.sub(r"[*_`]", "", ROLE.sub(written, heading))


@cache
def _registry():
    from canru_facts.config import read
    from canru_facts.registry import load

    return load(read(DOCS.parent / "pyproject.toml").registry)


def chapter_titles() -> dict[str, str]:
    """The first H1 heading of each chapter, by file name.

    The root page (index.md) is not a chapter in print: its title is the book's,
    on the title page, and its text becomes the "Introduction" chapter.
    """
    return {name: title for name, title in h1_titles().items() if name != "index.md"}


def sampled_facts() -> dict[str, str]:
    """Key -> rendered value, for the first fact of each sampled kind."""
    from canru_facts.style import render

    samples: dict[str, str] = {}
    seen_kinds: set[str] = set()
    for fact in _registry().values():
        if fact.kind in SAMPLED_KINDS and fact.kind not in seen_kinds:
            text = render(fact.value)
            if not text.isdigit() and (" " in text or not text.isalpha()):
                seen_kinds.add(fact.kind)
                samples[fact.key] = text
    return samples


# --- the pages and their words -----------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str
    top: float  # distance from the page's top edge, in pt
    bottom: float


@dataclass(frozen=True)
class Page:
    number: int  # 1 for the first page of the file, whatever is printed on it
    height: float
    words: tuple[Word, ...]

    @property
    def head(self) -> str:
        return " ".join(w.text for w in self.words if w.bottom <= MARGIN_PT)

    @property
    def foot(self) -> str:
        return " ".join(w.text for w in self.words if w.top >= self.height - MARGIN_PT)

    @property
    def body(self) -> str:
        inside = [w for w in self.words if w.bottom > MARGIN_PT and w.top < self.height - MARGIN_PT]
        return " ".join(w.text for w in inside)


PAGE = re.compile(r'<page width="[\d.]+" height="(?P<height>[\d.]+)">(?P<words>.*?)</page>', re.S)
WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="(?P<top>[\d.]+)" xMax="[\d.]+" yMax="(?P<bottom>[\d.]+)">'
    r"(?P<text>.*?)</word>"
)


def parse_pages(bbox: str) -> list[Page]:
    """The pages of ``pdftotext -bbox`` output, each with its words and where they stand."""
    return [
        Page(
            number,
            float(page["height"]),
            tuple(
                Word(html.unescape(w["text"]), float(w["top"]), float(w["bottom"]))
                for w in WORD.finditer(page["words"])
            ),
        )
        for number, page in enumerate(PAGE.finditer(bbox), start=1)
    ]


def blank_pages(pages: list[Page]) -> list[str]:
    """A page with nothing in its text block: at most a running head and a page number."""
    return [
        f"page {page.number} is blank but for its running head and number: "
        f"{searchable(f'{page.head} {page.foot}')!r}"
        for page in pages
        if not page.body
    ]


# --- the parts of the book ---------------------------------------------------------


@dataclass(frozen=True)
class Part:
    label: str  # "front matter", "chapter 2", "appendix C"
    title: str  # as the bookmark (and the contents) give it; "" for the front matter
    first: int
    last: int

    @property
    def pages(self) -> int:
        return self.last - self.first + 1

    def __str__(self) -> str:
        return f"{self.label} {self.title}".strip()


def parse_outline(xml: str) -> list[tuple[str, int]]:
    """(title, page) of each top-level bookmark, from ``pdftohtml -xml`` output."""
    outline = ET.fromstring(xml.encode("utf-8")).find("outline")
    if outline is None:
        return []
    return [
        (searchable("".join(item.itertext())), int(item.get("page", 0)))
        for item in outline.findall("item")
    ]


CHAPTER_TARGET = re.compile(
    r'^\s*(?P<page>\d+)\s+\[[^]]*\]\s+"(?P<kind>chapter|appendix)\.(?P<number>[^".]+)"$', re.M
)


def parse_chapter_targets(dests: str) -> dict[int, str]:
    """Page -> "chapter 2" or "appendix C", from ``pdfinfo -dests``: where LaTeX's chapters open."""
    return {int(m["page"]): f"{m['kind']} {m['number']}" for m in CHAPTER_TARGET.finditer(dests)}


def book_parts(
    outline: list[tuple[str, int]], targets: dict[int, str], page_count: int
) -> list[Part]:
    """The front matter, then one part per top-level bookmark, each to the next one's page."""
    starts = [(title, page) for title, page in outline if 1 <= page <= page_count]
    parts = []
    first_chapter = starts[0][1] if starts else page_count + 1
    if first_chapter > 1:
        parts.append(Part(FRONT_MATTER, "", 1, first_chapter - 1))
    for n, (title, page) in enumerate(starts):
        last = starts[n + 1][1] - 1 if n + 1 < len(starts) else page_count
        parts.append(Part(targets.get(page, "part"), title, page, last))
    return parts


def _page_range(part: Part) -> str:
    return f"page {part.first}" if part.pages == 1 else f"pages {part.first}–{part.last}"


def pages_by_part(parts: list[Part]) -> list[str]:
    width = max((len(str(part)) for part in parts), default=0)
    return [f"  {str(part):<{width}}  {part.pages:>3}  ({_page_range(part)})" for part in parts]


def too_many_pages(parts: list[Part], page_count: int, limit: int = MAX_PAGES) -> list[str]:
    if page_count <= limit:
        return []
    longest = sorted(parts, key=lambda part: -part.pages)
    by_part = ", ".join(f"{part} {part.pages}" for part in longest)
    return [
        f"{page_count} pages, {page_count - limit} over the limit of {limit}; "
        f"pages by part, longest first: {by_part}"
    ]


def register_too_long(
    parts: list[Part], page_count: int, register_title: str, share: Fraction = MAX_REGISTER_SHARE
) -> list[str]:
    matches = [part for part in parts if part.title == searchable(register_title)]
    if not matches:
        return [f"no bookmark reads {register_title!r}: the register's pages cannot be counted"]
    register = matches[0]
    allowed = int(page_count * share)
    if register.pages <= allowed:
        return []
    return [
        f"the register ({register}, {_page_range(register)}) takes "
        f"{register.pages} of {page_count} pages ({register.pages / page_count:.0%}), "
        f"more than {share} of the book: at most {allowed} pages"
    ]


def names_a_release(furniture: str, release: str) -> bool:
    """The word "Release", or the package's version as a word of its own."""
    if RELEASE.search(furniture):
        return True
    alone = rf"(?<![\w.]){re.escape(release)}(?![\w.])"
    return bool(release) and re.search(alone, furniture) is not None


def head_problems(pages: list[Page], parts: list[Part], book_title: str, release: str) -> list[str]:
    """Heads and feet name no release; each page of a part but its first is headed by
    the book's title and the part's, as the bookmarks give it.  One line per fault."""
    with_release: list[Page] = []
    unheaded: dict[tuple[Part, str], list[Page]] = {}
    part_of = {n: part for part in parts for n in range(part.first, part.last + 1)}
    for page in pages:
        if names_a_release(searchable(f"{page.head} {page.foot}"), release):
            with_release.append(page)
        part = part_of.get(page.number)
        if part is None or part.label == FRONT_MATTER or page.number == part.first:
            continue  # the title page, the contents and a chapter's first page: no head
        for wanted in (searchable(book_title), part.title):
            if wanted not in searchable(page.head):
                unheaded.setdefault((part, wanted), []).append(page)
    problems = []
    if with_release:
        first = with_release[0]
        problems.append(
            f"a release in the running heads or feet of {_pages(with_release)}; "
            f"page {first.number} reads "
            f"{searchable(f'{first.head} {first.foot}')!r}"
        )
    for (part, wanted), missing in unheaded.items():
        problems.append(
            f"{part}: no {wanted!r} in the running head of {_pages(missing)}; "
            f"page {missing[0].number}'s reads {searchable(missing[0].head)!r}"
        )
    return problems


def _pages(pages: list[Page]) -> str:
    """Page numbers, runs of them as ranges: 'page 5', 'pages 7–9, 11'."""
    runs: list[list[int]] = []
    for number in (page.number for page in pages):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    spans = ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
    return f"page {spans}" if len(pages) == 1 else f"pages {spans}"


def installed_release() -> str:
    try:
        return version("canru-facts")
    except PackageNotFoundError:
        return ""


# --- the checks --------------------------------------------------------------------


def text_problems(pdf: Path) -> tuple[list[str], dict[str, str], dict[str, str]]:
    text = searchable(pdf_text(pdf))
    missing = []
    titles = chapter_titles()
    for page, title in titles.items():
        if searchable(title) not in text:
            missing.append(f"missing chapter title {title!r} (docs/{page})")
    facts = sampled_facts()
    for key, value in facts.items():
        if searchable(value) not in text:
            missing.append(f"missing fact {key} rendered as {value!r}")
    return missing, titles, facts


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    pdf = Path(argv[1])
    problems, titles, facts = text_problems(pdf)

    pages = parse_pages(poppler("pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"))
    # The outline is written whatever the page range: read only the first page's text.
    outline = parse_outline(
        poppler("pdftohtml", "-xml", "-i", "-q", "-stdout", "-f", "1", "-l", "1", str(pdf))
    )
    targets = parse_chapter_targets(poppler("pdfinfo", "-dests", str(pdf)))
    parts = book_parts(outline, targets, len(pages))
    headings = h1_titles()
    problems += too_many_pages(parts, len(pages))
    problems += register_too_long(parts, len(pages), headings[REGISTER_PAGE])
    problems += blank_pages(pages)
    problems += head_problems(pages, parts, headings["index.md"], installed_release())

    print(f"{pdf}: {len(pages)} pages (at most {MAX_PAGES}); pages by part:")
    print("\n".join(pages_by_part(parts)))
    for problem in problems:
        print(f"{pdf}: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"{pdf}: holds all {len(titles)} chapter titles and these facts:")
    for key, value in facts.items():
        print(f"  {key}: {value}")
    print(f"{pdf}: no blank page; running heads name the book and the chapter, no release")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
