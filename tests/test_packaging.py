"""The ways people use the project hold together: README, CI, nox, Read the Docs, pyproject.

These tests read the project's own files; the last one builds the whole book twice.
"""

from __future__ import annotations

import os
import re
import runpy
import shlex
import subprocess
import sys
import tomllib
from importlib.metadata import distribution
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
# Read the Docs' schema is kept beside the project, not in it.
RTD_SCHEMA = ROOT.parent / "shared" / "reference" / "readthedocs-v2.schema.json"
CI_RUN = ROOT / ".ci" / "run"
LATEX_DEBIAN_PACKAGES = [
    "latexmk",
    "texlive-latex-recommended",
    "texlive-fonts-recommended",
    "tex-gyre",
    "texlive-latex-extra",
]


def readme_quick_start() -> list[str]:
    """The lines of the first fenced block under '## Quick start'."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Quick start\n", 1)
    assert len(section) == 2, "README.md has no '## Quick start' section"
    block = re.search(r"^```[^\n]*\n(.*?)^```", section[1], re.MULTILINE | re.DOTALL)
    assert block, "README.md's quick start has no fenced code block"
    return block.group(1).splitlines()


def ci_variable(name: str) -> str:
    """The value of NAME='...' in .ci/run."""
    match = re.search(rf"^{name}=(.+)$", CI_RUN.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, f".ci/run does not set {name}"
    (value,) = shlex.split(match.group(1))
    return value


# --- Read the Docs ---------------------------------------------------------------


def load_rtd_config() -> dict:
    return yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))


def test_readthedocs_config_validates_against_the_schema():
    if not RTD_SCHEMA.is_file():
        pytest.skip(f"Read the Docs' schema is not at {RTD_SCHEMA} (kept outside the project)")
    import json

    schema = json.loads(RTD_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(load_rtd_config()), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_readthedocs_builds_strictly_with_pdf_and_epub_from_the_docs_extra():
    config = load_rtd_config()
    assert config["version"] == 2
    assert config["sphinx"] == {"configuration": "docs/conf.py", "fail_on_warning": True}
    assert sorted(config["formats"]) == ["epub", "pdf"]
    assert config["python"]["install"] == [
        {"method": "pip", "path": ".", "extra_requirements": ["docs"]}
    ]
    assert config["build"]["os"] == "ubuntu-24.04"
    assert re.fullmatch(r"3\.1[1-9]", config["build"]["tools"]["python"])


def test_nox_tests_also_run_on_the_python_read_the_docs_uses():
    # noxfile.py reads the version with this pattern; it must find the same one.
    text = (ROOT / ".readthedocs.yaml").read_text(encoding="utf-8")
    found = re.findall(r"^\s+python:\s*[\"']?(\d+\.\d+)[\"']?\s*$", text, re.MULTILINE)
    assert found == [load_rtd_config()["build"]["tools"]["python"]]
    assert "TEST_PYTHONS = list(dict.fromkeys([OLDEST_PYTHON, _readthedocs_python()]))" in (
        (ROOT / "noxfile.py").read_text(encoding="utf-8")
    )


# --- README and CI ---------------------------------------------------------------


def test_readme_quick_start_is_two_lines_build_then_test():
    lines = readme_quick_start()
    assert len(lines) == 2, f"the quick start must be exactly two lines, not {lines}"
    install_and_build, run_tests = lines
    assert install_and_build.startswith("python3 -m pip install nox && ")
    assert install_and_build.endswith("nox -s book")
    assert run_tests.startswith("nox -s tests")


def test_ci_runs_the_readme_lines_exactly_as_written():
    book_line, test_line = readme_quick_start()
    assert ci_variable("README_BOOK_LINE") == book_line
    assert ci_variable("README_TEST_LINE") == test_line
    script = CI_RUN.read_text(encoding="utf-8")
    assert re.search(r'^bash -c "\$README_BOOK_LINE"', script, re.MULTILINE)
    assert re.search(r'^bash -c "\$README_TEST_LINE"', script, re.MULTILINE)


def test_ci_script_compares_the_readme_block_it_runs(tmp_path):
    """.ci/run's own comparison step extracts the same two lines as this test."""
    script = CI_RUN.read_text(encoding="utf-8")
    awk = re.search(r"quick_start=\$\(awk '(.*?)' README\.md\)", script, re.DOTALL)
    assert awk, ".ci/run no longer extracts the quick start with awk"
    done = subprocess.run(
        ["awk", awk.group(1), str(ROOT / "README.md")], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == readme_quick_start()


def test_ci_script_is_strict_executable_bash():
    script = CI_RUN.read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash\n")
    assert "\nset -euo pipefail\n" in script
    assert os.access(CI_RUN, os.X_OK), ".ci/run must be executable"
    subprocess.run(["bash", "-n", str(CI_RUN)], check=True)


def test_ci_builds_pdf_and_epub_after_the_readme_lines():
    script = CI_RUN.read_text(encoding="utf-8")
    order = [script.index(s) for s in ('"$README_BOOK_LINE"', '"$README_TEST_LINE"')]
    order += [script.index(f"\nnox -s {session}\n") for session in ("pdf", "epub")]
    assert order == sorted(order)


def test_latex_packages_agree_across_readme_noxfile_and_ci():
    listed = " ".join(LATEX_DEBIAN_PACKAGES)
    assert listed in (ROOT / "README.md").read_text(encoding="utf-8")
    nox_text = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert f'"{listed}"' in nox_text
    script = re.sub(r"#[^\n]*", "", CI_RUN.read_text(encoding="utf-8"))
    ci_packages = re.search(r"DEBIAN_PACKAGES=\((.*?)\)", script, re.DOTALL)
    assert ci_packages
    words = ci_packages.group(1).split()
    assert set(LATEX_DEBIAN_PACKAGES) | {"chromium", "poppler-utils"} <= set(words)


# --- pyproject -------------------------------------------------------------------


def load_pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_pyproject_declares_the_command_and_the_extras():
    project = load_pyproject()["project"]
    assert project["scripts"] == {"canru-facts": "canru_facts.cli:main"}
    assert project["requires-python"] == ">=3.11"
    extras = project["optional-dependencies"]
    assert set(extras) >= {"docs", "test", "browser"}

    def names(requirements: list[str]) -> set[str]:
        return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower() for r in requirements}

    assert names(extras["docs"]) >= {"sphinx", "myst-parser", "sphinx-book-theme", "matplotlib"}
    assert names(extras["test"]) >= {"pytest", "jsonschema", "pyyaml"}
    assert names(extras["browser"]) >= {"playwright"}


def test_dependencies_have_tested_lower_bounds_and_no_upper_bounds():
    project = load_pyproject()["project"]
    every = list(project["dependencies"])
    for requirements in project["optional-dependencies"].values():
        every += requirements
    for requirement in every:
        assert ">=" in requirement, f"{requirement}: give the lowest version tested"
        assert not re.search(r"<|==|~=", requirement), f"{requirement}: keep the upper bound open"


def test_installed_command_points_at_a_callable_main():
    scripts = [
        ep for ep in distribution("canru-facts").entry_points if ep.group == "console_scripts"
    ]
    assert [(ep.name, ep.value) for ep in scripts] == [("canru-facts", "canru_facts.cli:main")]
    assert callable(scripts[0].load())


# --- docs/conf.py ----------------------------------------------------------------


@pytest.fixture(scope="module")
def conf() -> dict:
    return runpy.run_path(str(ROOT / "docs" / "conf.py"))


def test_conf_builds_one_pdf_with_the_book_name(conf):
    assert conf["latex_documents"] == [
        ("index", "canada-russia-relations.tex", conf["project"], conf["author"], "manual")
    ]
    assert conf["epub_basename"] == "canada-russia-relations"
    assert "titlepage" in conf["latex_elements"]["maketitle"]


def test_conf_loads_the_extension_and_the_seed(conf):
    assert conf["extensions"] == ["myst_parser", "canru_facts.sphinx", "lean_html"]
    seed = (ROOT / "docs" / conf["canru_facts_seed"]).resolve()
    assert seed == ROOT / "seeds" / "canada-russia-relations.txt"


def test_conf_keeps_build_output_and_environments_out_of_the_sources(conf):
    assert {"build", "_build", ".nox"} <= set(conf["exclude_patterns"])
    assert conf["html_last_updated_fmt"] is None


# --- reproducible builds ---------------------------------------------------------


def build_html(out: Path, doctrees: Path, epoch: str) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-j", "auto", "-W", "--keep-going", "-n"]
        + ["-q", "-d", str(doctrees), str(ROOT / "docs"), str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, f"the book does not build:\n{done.stderr}"


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_two_builds_of_the_same_sources_are_byte_identical(tmp_path):
    epoch = "1700000000"
    first, second = tmp_path / "first", tmp_path / "second"
    build_html(first, tmp_path / "doctrees-first", epoch)
    build_html(second, tmp_path / "doctrees-second", epoch)
    a, b = tree(first), tree(second)
    assert sorted(a) == sorted(b), "the two builds wrote different files"
    differing = [name for name in a if a[name] != b[name]]
    assert not differing, f"files differ between two builds: {differing}"
    leaking = [name for name, data in a.items() if str(tmp_path).encode() in data]
    assert not leaking, f"files hold the build's own path: {leaking}"


# --- the printed book's structure --------------------------------------------------


def h1_titles() -> dict[str, str]:
    titles = {}
    for page in sorted((ROOT / "docs").glob("[a-z]*.md")):  # not the editors' notes
        match = re.search(r"^# +(.+?)\s*$", page.read_text(encoding="utf-8"), re.MULTILINE)
        assert match, f"{page.name} has no '# Title'"
        titles[page.stem] = match.group(1)
    return titles


def test_the_pdf_has_an_introduction_every_page_as_a_chapter_and_the_chart(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "latex", "-q", "-W", "--keep-going", "-n"]
        + ["-d", str(tmp_path / "doctrees"), str(ROOT / "docs"), str(tmp_path / "latex")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    tex = (tmp_path / "latex" / "canada-russia-relations.tex").read_text(encoding="utf-8")
    chapters = re.findall(r"^\\chapter\{(.+?)\}|^(\\appendix)$", tex, re.MULTILINE)
    chapters = [title or marker for title, marker in chapters]
    titles = h1_titles()
    assert chapters[0] == "Introduction"
    assert chapters.count("\\appendix") == 1
    assert sorted(c for c in chapters[1:] if c != "\\appendix") == sorted(
        title for page, title in titles.items() if page != "index"
    ), "every page but the landing page is a chapter, and nothing else is"
    assert chapters.index("\\appendix") < chapters.index(titles["register"])
    assert chapters.index(titles["history"]) < chapters.index("\\appendix")
    graphics = re.findall(r"\\sphinxincludegraphics(?:\[[^\]]*\])?\{\{?([^{}]+?)\}?\}", tex)
    assert graphics, "the PDF has no figure: the opinion chart is missing"
    for name in graphics:
        assert (tmp_path / "latex" / name).is_file(), f"{name} is included but was not written"
