"""The build proves the book with the command's proof, and a strict build fails on it.

The second book (``roots/test-second``) has three facts stating one date and a
``same_value`` rule tying them.  Each test breaks one thing and builds with
``-W``: the build fails with a ``fact.proof`` warning at the fact's line of the
registry, in the words ``canru-facts check`` prints.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from book_testing import warnings_of
from sphinx.util.console import strip_escape_sequences

from canru_facts import proof
from canru_facts.seed import Seed
from canru_facts.sphinx.proving import SEED_CACHE


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    if path.suffix == ".py":  # later than Python's bytecode cache can miss (to the second)
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def registry_line(root: Path, key: str) -> int:
    lines = (root / "light_facts.py").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if f'Fact("{key}"' in line)


def proof_warnings(app) -> list[str]:
    """Each fact.proof warning, its indented lines joined to it."""
    out: list[str] = []
    for line in strip_escape_sequences(app.warning.getvalue()).splitlines():
        if line.startswith("    ") and out:
            out[-1] += "\n" + line
        elif "WARNING" in line:
            out.append(line)
    return [w for w in out if w.endswith("[fact.proof]")]


@pytest.fixture
def second(copy_root, make_app):
    root = copy_root("second")

    def strict_build():
        app = make_app("html", srcdir=root, warningiserror=True)
        app.build()
        app.cleanup()  # so the next app registers the extension's nodes without a warning
        return app

    return root, strict_build


def test_the_book_as_written_holds(second):
    _root, strict_build = second
    app = strict_build()
    assert app.statuscode == 0 and warnings_of(app) == []


def test_a_value_edited_with_the_seed_unchanged_fails_the_build(second):
    root, strict_build = second
    strict_build()
    edit(root / "light_facts.py", "Month(1871, 5)", "Month(1871, 6)")
    app = strict_build()
    assert app.statuscode == 1
    [warning] = proof_warnings(app)
    line = registry_line(root, "light.construction")
    assert re.fullmatch(
        rf".*light_facts\.py:{line}: WARNING: .*seed\.txt:4: light\.construction: expected "
        r'June 1871 in "Construction began in May 1871"\n'
        r'    the evidence does not state the value \(looked for "June 1871"\) \[fact\.proof\]',
        warning,
    ), warning


def test_a_seed_word_edited_with_the_registry_unchanged_fails_the_build(second):
    root, strict_build = second
    strict_build()
    edit(root / "seed.txt", "Margaret Dunmore", "Margaret Dunsmore")
    app = strict_build()
    assert app.statuscode == 1
    [warning] = proof_warnings(app)
    line = registry_line(root, "keeper.name")
    assert f"light_facts.py:{line}: WARNING: " in warning
    assert "keeper.name: changed: Margaret Dunmore is now Margaret Dunsmore" in warning
    assert 'now: "Its first keeper was Margaret Dunsmore"' in warning
    assert "seed.txt:7: keeper.name" in warning  # the line of the new passage, as the command says


def test_a_broken_rule_alone_fails_the_build(second):
    """One mention's value and its seed words changed alike: each fact holds, the rule does not."""
    root, strict_build = second
    strict_build()
    for path in (root / "light_facts.py", root / "seed.txt"):
        edit(path, "marks 14 October 1873", "marks 15 October 1873")
    edit(
        root / "light_facts.py",
        'Fact("opening.walk", "The day the lantern walk marks", Day(1873, 10, 14)',
        'Fact("opening.walk", "The day the lantern walk marks", Day(1873, 10, 15)',
    )
    app = strict_build()
    assert app.statuscode == 1
    [warning] = proof_warnings(app)
    line = registry_line(root, "light.first_lit")  # a rule is reported at its first fact
    assert f"light_facts.py:{line}: WARNING: " in warning
    assert "light.first_lit: rule first-lighting-agrees: opening.walk is Day(" in warning


def test_every_build_warns_again_but_an_unchanged_book_is_not_proven_again(second, monkeypatch):
    root, strict_build = second
    strict_build()
    edit(root / "light_facts.py", "Month(1871, 5)", "Month(1871, 6)")
    proofs = []
    real_prove = proof.prove
    monkeypatch.setattr(proof, "prove", lambda *a: proofs.append(1) or real_prove(*a))
    first = strict_build()
    again = strict_build()  # nothing changed: nothing read, nothing written, still failing
    assert len(proofs) == 1
    assert first.statuscode == again.statuscode == 1
    assert proof_warnings(again) == proof_warnings(first) != []
    edit(root / "light_facts.py", "Month(1871, 6)", "Month(1871, 5)")
    fixed = strict_build()
    assert len(proofs) == 2 and fixed.statuscode == 0 and proof_warnings(fixed) == []


def test_a_changed_rule_is_proven_again(second, monkeypatch):
    """The rules are part of what the kept proof depends on, their checks' code and values too."""
    root, strict_build = second
    strict_build()
    proofs = []
    real_prove = proof.prove
    monkeypatch.setattr(proof, "prove", lambda *a: proofs.append(1) or real_prove(*a))
    edit(
        root / "light_facts.py",
        '"light.first_lit", "opening.day", "opening.walk"',
        '"light.first_lit", "light.construction"',
    )
    app = strict_build()
    assert proofs == [1] and app.statuscode == 1
    [warning] = proof_warnings(app)
    assert "light.first_lit: rule first-lighting-agrees: light.construction is Month(" in warning


def test_a_fact_edit_that_holds_proves_that_fact_alone_with_the_kept_seed(second, monkeypatch):
    """The folded seed is kept beside the doctrees; an edited fact is proven on its own."""
    root, strict_build = second
    first = strict_build()
    assert (Path(first.doctreedir) / SEED_CACHE).is_file()
    calls: list[str] = []
    for name in ("prove", "prove_again"):
        real = getattr(proof, name)
        monkeypatch.setattr(
            proof, name, lambda *a, real=real, name=name: calls.append(name) or real(*a)
        )
    real_load = Seed.load
    monkeypatch.setattr(Seed, "load", lambda path: calls.append("load") or real_load(path))
    edit(root / "light_facts.py", '"Construction begun"', '"Construction started"')
    app = strict_build()
    assert calls == ["prove_again"] and app.statuscode == 0
    domain = app.env.domains["facts"]
    assert domain.data["proof"].lines[("light.construction", "")] == registry_seed_line(root)
    edit(root / "seed.txt", "Construction began", "Construction  began")  # the same words
    calls.clear()
    assert strict_build().statuscode == 0
    assert calls == ["load", "prove"]  # another seed: folded and proven whole


def registry_seed_line(root: Path) -> int:
    lines = (root / "seed.txt").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if "Construction began" in line)
