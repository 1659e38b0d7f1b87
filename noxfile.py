"""Build, check and test the book: ``nox -l`` lists the sessions.

Every session installs what it needs into its own virtual environment under
``.nox/`` (kept between runs) and writes only under ``build/``.  The Sphinx
builds treat every warning as an error, as Read the Docs does with
``fail_on_warning``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import nox

nox.needs_version = ">=2025.10.14"  # for nox.options.download_python
nox.options.sessions = ["lint", "tests", "book"]
nox.options.reuse_venv = "yes"
# Only interpreters already on the machine: nothing is downloaded.  A missing one
# skips its session with nox's one-line reason, on CI too (see `tests`).
nox.options.download_python = "never"
nox.options.error_on_missing_interpreters = False

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
BUILD = ROOT / "build"
BOOK_NAME = "canada-russia-relations"  # the LaTeX and EPUB file names (docs/conf.py)
STRICT = ["-W", "--keep-going", "-n"]  # warnings are errors, nitpicky references
LATEX_DEBIAN_PACKAGES = (
    "latexmk texlive-latex-recommended texlive-fonts-recommended tex-gyre texlive-latex-extra"
)
OLDEST_PYTHON = "3.11"  # requires-python in pyproject.toml


def _readthedocs_python() -> str:
    """The Python that .readthedocs.yaml builds with, so the tests run on it too."""
    text = (ROOT / ".readthedocs.yaml").read_text(encoding="utf-8")
    match = re.search(r"^\s+python:\s*[\"']?(\d+\.\d+)[\"']?\s*$", text, re.MULTILINE)
    if match is None:
        raise SystemExit(".readthedocs.yaml: build.tools.python is missing or not X.Y")
    return match.group(1)


TEST_PYTHONS = list(dict.fromkeys([OLDEST_PYTHON, _readthedocs_python()]))


def _let_nox_see_pyenv_pythons(wanted: list[str]) -> None:
    """pyenv hides installed interpreters that are not selected; select the wanted ones too.

    nox finds an interpreter on PATH and through pyenv's *selected* versions only,
    so a python3.13 that pyenv installed but did not select would be skipped.
    Appending it to PYENV_VERSION (after the versions already selected) keeps the
    default python as it was.
    """
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return

    def ask(*args: str) -> str:
        done = subprocess.run([pyenv, *args], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    selected = [v for v in ask("version-name").split(":") if v]
    installed = [v for v in ask("versions", "--bare").split() if re.fullmatch(r"\d+\.\d+\.\d+", v)]
    extra = []
    for minor in wanted:
        matching = [v for v in installed if v.startswith(f"{minor}.")]
        if matching:
            extra.append(max(matching, key=lambda v: tuple(map(int, v.split(".")))))
    if selected and extra:
        os.environ["PYENV_VERSION"] = ":".join(dict.fromkeys([*selected, *extra]))


_let_nox_see_pyenv_pythons(TEST_PYTHONS)


def _reproducible_env() -> dict[str, str]:
    """Pin every date a build writes to the last commit's, unless the caller pinned one."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return {"SOURCE_DATE_EPOCH": os.environ["SOURCE_DATE_EPOCH"]}
    done = subprocess.run(
        ["git", "log", "-1", "--format=%ct"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    epoch = done.stdout.strip()
    return {"SOURCE_DATE_EPOCH": epoch} if done.returncode == 0 and epoch.isdigit() else {}


def _sphinx(
    session: nox.Session, builder: str, flags: list[str] = STRICT, success_codes=(0,)
) -> Path:
    """Run one Sphinx build of docs/ into build/<builder>; return that folder."""
    out = BUILD / builder
    doctrees = BUILD / "doctrees" / builder
    session.run(
        "sphinx-build",
        "-b",
        builder,
        "-j",
        "auto",
        *flags,
        "-d",
        str(doctrees),
        *session.posargs,
        str(DOCS),
        str(out),
        env=_reproducible_env(),
        success_codes=list(success_codes),
    )
    return out


def _on_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@nox.session(python=TEST_PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (facts, checker, extension, packaging, browser)."""
    session.install(".[test,docs,browser]")
    # pytest exits 5 when it collects nothing; nox fails on every non-zero exit,
    # so an empty run cannot pass silently.
    session.run("pytest", *session.posargs)


@nox.session(python=OLDEST_PYTHON)
def lowest(session: nox.Session) -> None:
    """Run the tests with every dependency at the lowest version pyproject.toml allows."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    requirements = [*project["dependencies"], *extras["docs"], *extras["test"]]
    constraints = Path(session.create_tmp()) / "lowest-constraints.txt"
    constraints.write_text("".join(f"{r.replace('>=', '==')}\n" for r in requirements))
    session.install("-c", str(constraints), ".[test,docs]")
    session.run("pip", "list", silent=False)
    # The browser tests pin nothing of the book's own; they run in `tests`.
    session.run("pytest", "--ignore=tests/browser", *session.posargs)


@nox.session
def book(session: nox.Session) -> None:
    """Build the HTML book into build/html."""
    session.install(".[docs]")
    out = _sphinx(session, "html")
    session.log(f"The book is in {(out / 'index.html').relative_to(ROOT)}")


@nox.session
def pdf(session: nox.Session) -> None:
    """Build build/pdf/canada-russia-relations.pdf through LaTeX and latexmk."""
    if shutil.which("latexmk") is None:
        session.error(
            "latexmk is missing; on Debian or Ubuntu: "
            f"apt-get install --no-install-recommends {LATEX_DEBIAN_PACKAGES}"
        )
    session.install(".[docs]")
    latex = _sphinx(session, "latex")
    with session.chdir(latex):
        # The same call Read the Docs makes, but stopping at the first error.
        session.run(
            "latexmk",
            "-r",
            "latexmkrc",
            "-pdf",
            "-dvi-",
            "-ps-",
            "-interaction=nonstopmode",
            "-halt-on-error",
            "-silent",
            f"{BOOK_NAME}.tex",
            external=True,
            env=_reproducible_env(),
        )
    session.run("python", str(ROOT / ".ci" / "check_latex_log.py"), str(latex / f"{BOOK_NAME}.log"))
    target = BUILD / "pdf" / f"{BOOK_NAME}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(latex / f"{BOOK_NAME}.pdf", target)
    session.log(f"The PDF is {target.relative_to(ROOT)}")
    if shutil.which("pdftotext") is None:
        message = "pdftotext is missing (Debian package poppler-utils): the PDF text check"
        if _on_ci():
            session.error(f"{message} must run on CI")
        session.warn(f"{message} is skipped")
        return
    session.run("python", str(ROOT / ".ci" / "check_pdf.py"), str(target))


@nox.session
def epub(session: nox.Session) -> None:
    """Build build/epub/canada-russia-relations.epub and validate it with EPUBCheck."""
    session.install(".[docs]")
    out = _sphinx(session, "epub")
    book = out / f"{BOOK_NAME}.epub"
    session.log(f"The EPUB is {book.relative_to(ROOT)}")
    if shutil.which("java") is None:
        session.warn("java is missing (Debian: default-jre-headless): EPUBCheck is skipped")
        return
    # The W3C's validator, as reading systems and stores apply it.
    session.install("epubcheck>=5.3")
    session.run("epubcheck", str(book))
    session.log("EPUBCheck found no error")


@nox.session
def serve(session: nox.Session) -> None:
    """Preview the book on http://127.0.0.1:8000, rebuilt on every save."""
    session.install(".[docs]", "sphinx-autobuild>=2024.10.3")
    session.run(
        "sphinx-autobuild",
        "--host",
        "127.0.0.1",
        "--port",
        os.environ.get("PORT", "8000"),
        # A fact's value or the seed changes the book as much as a chapter does.
        "--watch",
        str(ROOT / "src" / "canru_facts"),
        "--watch",
        str(ROOT / "seeds"),
        "--ignore",
        str(BUILD),
        "--ignore",
        str(ROOT / ".nox"),
        "--keep-going",
        "-n",
        "-d",
        str(BUILD / "doctrees" / "serve"),
        *session.posargs,
        str(DOCS),
        str(BUILD / "html"),
        env=_reproducible_env(),
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff on the Python code; pymarkdownlnt on the chapters."""
    session.install("ruff>=0.8", "pymarkdownlnt>=0.9.26")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    chapters = sorted(str(p.relative_to(ROOT)) for p in DOCS.glob("*.md"))
    if not chapters:
        session.error("docs/ holds no Markdown chapter to lint")
    session.run("pymarkdown", "--strict-config", "scan", *chapters)  # [tool.pymarkdown]


@nox.session
def catalogue(session: nox.Session) -> None:
    """Compile the engine's message catalogues (locale/*/LC_MESSAGES/*.po) to .mo."""
    session.install("babel>=2.16")
    locale = ROOT / "src" / "canru_facts" / "locale"
    session.run("pybabel", "compile", "--domain", "canru_facts", "--directory", str(locale))


@nox.session
def linkcheck(session: nox.Session) -> None:
    """Check every link of the book; external hosts must be on the allow-list."""
    session.install(".[docs]")
    report = BUILD / "linkcheck" / "output.json"
    report.unlink(missing_ok=True)
    # Sphinx exits 1 for any broken link, offline too; check_links.py tells the
    # two apart.  Warnings other than links are the strict `book` build's job.
    _sphinx(session, "linkcheck", flags=["--keep-going", "-n"], success_codes=(0, 1))
    if not report.is_file():
        session.error("Sphinx's linkcheck wrote no report")
    session.run("python", str(ROOT / ".ci" / "check_links.py"), str(report))


@nox.session
def bench(session: nox.Session) -> None:
    """Measure the fact machinery, the real book, and its pages on a phone (bench/run.py)."""
    script = ROOT / "bench" / "run.py"
    if not script.is_file():
        session.error("bench/run.py is missing: the benchmark has not been written yet")
    session.install(".[docs]", "pyinstrument>=4.6")
    lighthouse = _install_lighthouse(session)
    env = {"LIGHTHOUSE": str(lighthouse)} if lighthouse else {}
    session.run("python", str(script), *session.posargs, env=env)


def _install_lighthouse(session: nox.Session) -> Path | None:
    """Lighthouse, exactly as bench/package-lock.json pins it, in this session's folder.

    Without Node.js and npm the bench's reader section is skipped (bench/reader.py
    says so in one line); Chromium is CHROME_PATH, or chromium on the PATH.
    """
    if shutil.which("node") is None or shutil.which("npm") is None:
        session.warn("Node.js and npm are missing: the reader section (Lighthouse) is skipped")
        return None
    folder = Path(session.virtualenv.location) / "lighthouse"
    program = folder / "node_modules" / ".bin" / "lighthouse"
    lock = ROOT / "bench" / "package-lock.json"
    installed = folder / "package-lock.json"
    if not (
        program.is_file() and installed.is_file() and installed.read_bytes() == lock.read_bytes()
    ):
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(ROOT / "bench" / name, folder / name)
        with session.chdir(folder):
            session.run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", external=True)
    return program
