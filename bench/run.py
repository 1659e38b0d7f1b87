"""Measure the fact machinery at scale and on the real book; ``nox -s bench`` runs this.

    python bench/run.py [--runs N] [--quick] [--only PART ...] [--profile] [--keep DIR]

It generates a synthetic book (200 pages, 2,000 facts, 20,000 citations) and a
10 MB seed corpus in a temporary folder, plus a control: the same book written
by hand, every value written literally (linked to its register entry, as a
citation's is), and the register and timeline written out as literal Markdown
with the same words and links (bench/synth.py; a test holds the two books to
the same words and links).  Both books load the same other extensions,
``canru_facts.navigation`` among them.  Then it measures:

1. role overhead: full HTML build of the book against the control;
2. incremental rebuild after one fact edit: which documents are re-read (none)
   and re-written, and the time against a no-op rebuild; and what proving the
   book adds to a build;
3. the fact check at scale (10,000 facts, 10 MB) against a naive scan per fact,
   and with 1,000 of the facts failing (each reported with its verdict);
4. ``-j 2`` against ``-j 1`` on the synthetic book;
5. the real book: full build, no-op rebuild and ``canru-facts check``;
6. the reader: build/html, built strictly as ``nox -s book`` does, served with
   gzip on 127.0.0.1, and Lighthouse (mobile) on the landing page, a chapter, the
   register and the timeline (bench/reader.py; skipped without Node and npm).

Every timing is the median of ``--runs`` runs (at least 3), each in a fresh
process, in wall time and in CPU time; the goals are judged on CPU time, which
other work on a shared machine disturbs far less.  Lighthouse's figures are
medians of ``--runs`` runs per page; its simulated timings still vary with the
machine's load.  It prints a table and writes
build/bench.json; ``--profile`` adds pyinstrument profiles in build/bench-profile/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/run.py` puts bench/ itself on the path

import sphinx  # noqa: E402

from bench import measure, reader, synth  # noqa: E402
from bench.measure import Timing  # noqa: E402

THEME = "sphinx_book_theme"  # the real book's theme, for the book and its control alike
JOBS = 2  # this machine's cores; the real book builds with -j auto
QUICK = synth.Sizes(facts=1_000, book_facts=200, pages=20, citations=2_000, corpus_bytes=1_000_000)
PARTS = ("check", "synthetic", "real", "reader")
# Lighthouse (mobile) per page: scores out of 100, LCP in seconds.
READER_GOALS = {
    "performance": 90,
    "lcp_s": 2.5,
    "accessibility": 100,
    "best_practices": 100,
    "seo": 100,
}


GC_FREEZE = {"on": False}  # --gc-freeze: the probe freezes the collector in both books


def _bench_env(root: Path) -> dict[str, str]:
    """Let fresh interpreters import the generated registries and the bench package.

    Bytecode is cached, as a user's Python caches it: where the caller's
    environment sets PYTHONDONTWRITEBYTECODE, every run would compile the
    10,000-fact registry again, which no maintainer's check does twice.
    """
    paths = [str(root), str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {"PYTHONPATH": os.pathsep.join(p for p in paths if p), "PYTHONDONTWRITEBYTECODE": ""}
    if GC_FREEZE["on"]:
        env["BENCH_GC_FREEZE"] = "1"
    return env


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- 3. the fact check at scale ------------------------------------------------------------

STEPS = ("registry", "seed", "verdicts", "check")


def _check_run(root: Path, mode: str) -> dict[str, object]:
    return _check_run_module(root, "synth_facts_all", mode)


def _check_run_module(root: Path, module: str, mode: str = "indexed") -> dict[str, object]:
    done = measure.run_python(
        ["-m", "bench.check_scale", str(root), module, mode], _bench_env(root)
    )
    return json.loads(done.stdout)


def _command(root: Path, corpus: Path) -> measure.Run:
    """``canru-facts check`` on the synthetic registry, in a fresh interpreter."""
    return measure.run_python(
        [
            "-m",
            "canru_facts.cli",
            "--registry",
            "synth_facts_all:FACTS",
            "check",
            "-q",
            "--seed",
            str(corpus),
        ],
        _bench_env(root),
    )


def bench_check(root: Path, runs: int, planted_root: Path, failing_root: Path) -> dict[str, object]:
    steps: dict[str, Timing] = {
        f"{mode}_{step}": Timing() for mode in ("indexed", "naive") for step in STEPS
    }
    same: list[bool] = []
    result: dict[str, object] = {}
    for warm in (root, planted_root, failing_root):  # compile each registry once, untimed
        _check_run(warm, "indexed")
    for mode in ("indexed", "naive"):
        for _ in range(runs):
            result = _check_run(root, mode)
            if result["failed_facts"]:
                raise measure.BuildError(f"{result['failed_facts']} synthetic facts fail")
            for step in STEPS:
                took = result["steps"][step]
                steps[f"{mode}_{step}"].add(took["wall"], took["cpu"])
            if mode == "naive":
                same.append(result["same_verdicts"])
        check = steps[f"{mode}_check"]
        _log(f"check, {mode}: {check.median_wall:.2f} s wall, {check.median_cpu:.2f} s CPU")
    command = Timing()
    for _ in range(runs):
        done = _command(root, root / "corpus.txt")
        command.add(done.wall, done.cpu)
    _log(f"canru-facts check, whole command: {command.median_wall:.2f} s wall")
    planted = Timing()
    failing = 0
    for _ in range(runs):
        planted_result = _check_run(planted_root, "indexed")
        took = planted_result["steps"]["verdicts"]
        planted.add(took["wall"], took["cpu"])
        failing = planted_result["failed_facts"]
    _log(f"prove with {failing} failing facts: {planted.median_wall:.2f} s wall")
    many = _bench_failures(failing_root, runs)
    ratio = round(steps["naive_verdicts"].median_cpu / steps["indexed_verdicts"].median_cpu, 1)
    return {
        "facts": result["facts"],
        "corpus_bytes": result["corpus_bytes"],
        "steps_s": {name: t.as_json() for name, t in steps.items()},
        "naive_over_indexed_verdicts_cpu": ratio,
        "same_verdicts": all(same),
        "command_s": command.as_json(),
        "with_failures": {"failing_facts": failing, "prove_s": planted.as_json()},
        "with_many_failures": many,
        "goals": {
            "command_cpu_under_1s": command.median_cpu < 1.0,
            "naive_over_indexed_verdicts_at_least_50": ratio >= 50,
            "many_failures_command_cpu_under_5s": many["command_s"]["cpu_median_s"] < 5.0,
        },
    }


def _bench_failures(root: Path, runs: int) -> dict[str, object]:
    """The check with many failing facts: each reported with its verdict (changed,
    reworded or gone), the passage found and the value read."""
    prove_s, command = Timing(), Timing()
    result: dict[str, object] = {}
    for _ in range(runs):
        result = _check_run(root, "indexed")
        took = result["steps"]["verdicts"]
        prove_s.add(took["wall"], took["cpu"])
        done = _command(root, root / "corpus.txt")
        command.add(done.wall, done.cpu)
    _log(
        f"check with {result['failed_facts']} failing facts: {command.median_wall:.2f} s wall "
        f"({command.median_cpu:.2f} s CPU) for the whole command"
    )
    return {
        "failing_facts": result["failed_facts"],
        "verdicts": result["verdicts"],
        "prove_s": prove_s.as_json(),
        "command_s": command.as_json(),
    }


# --- 1, 2, 4. the synthetic book ----------------------------------------------------------


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


def _edited_fact(book: synth.SynthBook):
    """A dated fact cited by a typical number of pages: the one the edit changes."""
    years = [f for f in book.book_facts if type(f.value).__name__ == "Year"]
    counts = sorted(len(book.citing[f.key]) for f in years)
    typical = counts[len(counts) // 2]
    return next(f for f in years if len(book.citing[f.key]) == typical)


def bench_synthetic(root: Path, book: synth.SynthBook, runs: int) -> dict[str, object]:
    from canru_facts.style import render

    env = _bench_env(root)
    facts_src = synth.write_book(root, book, theme=THEME)
    control_src = synth.write_book(root, book, theme=THEME, control_render=render)
    full = {"facts": Timing(), "control": Timing()}
    warnings = {}
    # Alternate the two books so that a slow spell of the machine hits both alike.
    for _ in range(runs):
        for name, src in (("control", control_src), ("facts", facts_src)):
            build = measure.sphinx_build(src, _fresh(root / f"out-{name}"), jobs=JOBS, env=env)
            full[name].add(build.seconds, build.cpu)
            warnings[name] = build.warnings
        _log(
            f"full build -j {JOBS}: facts {full['facts'].wall[-1]:.1f} s "
            f"({full['facts'].cpu[-1]:.1f} s CPU), control {full['control'].wall[-1]:.1f} s "
            f"({full['control'].cpu[-1]:.1f} s CPU)"
        )
    incremental = _bench_edit(root, book, facts_src, root / "out-facts", runs, env)
    serial = Timing()
    for _ in range(runs):
        build = measure.sphinx_build(facts_src, _fresh(root / "out-serial"), jobs=1, env=env)
        serial.add(build.seconds, build.cpu)
        _log(f"full build -j 1: facts {build.seconds:.1f} s ({build.cpu:.1f} s CPU)")
    proof = bench_proof_in_build(root, runs, full["facts"].median_cpu)
    return {
        "pages": len(book.pages),
        "facts": len(book.book_facts),
        "citations": book.sizes.citations,
        "proof_in_build": proof,
        "full_build_s": {name: t.as_json() for name, t in full.items()},
        "warnings": warnings,
        "role_overhead_cpu": round(full["facts"].median_cpu / full["control"].median_cpu, 3),
        "role_overhead_wall": round(full["facts"].median_wall / full["control"].median_wall, 3),
        "serial_build_s": serial.as_json(),
        "parallel_speedup_wall": round(serial.median_wall / full["facts"].median_wall, 2),
        "incremental": incremental,
    }


def _bench_edit(
    root: Path, book: synth.SynthBook, src: Path, out: Path, runs: int, env: dict[str, str]
) -> dict[str, object]:
    """No-op rebuilds and one-fact-edit rebuilds of an already built book, alternated.

    A fact edit reads no page again; it writes again the pages citing the fact,
    the register and the timeline, and Sphinx adds the page whose toctree lists
    them (the index).
    """
    fact = _edited_fact(book)
    expected_read: list[str] = []
    register = synth.register_page(synth.subject_of(fact))
    expected_written = sorted(book.citing[fact.key] | {register, "timeline", "index"})
    registry = synth.registry_file(root / "synth_facts", fact)
    text = registry.read_text(encoding="utf-8")
    line = synth.registry_line(fact)
    noop, edit = Timing(), Timing()
    noop_builds: list[measure.Build] = []
    edit_builds: list[measure.Build] = []
    for n in range(1, runs + 1):
        build = measure.sphinx_build(src, out, jobs=JOBS, env=env)
        noop.add(build.seconds, build.cpu)
        noop_builds.append(build)
        edited = replace(fact, value=type(fact.value)(fact.value.year + n))
        registry.write_text(text.replace(line, synth.registry_line(edited)), encoding="utf-8")
        build = measure.sphinx_build(src, out, jobs=JOBS, env=env)
        edit.add(build.seconds, build.cpu)
        edit_builds.append(build)
        _log(
            f"rebuild: no-op {noop.wall[-1]:.2f} s ({len(noop_builds[-1].read)} read, "
            f"{len(noop_builds[-1].written)} written), one fact edited {edit.wall[-1]:.2f} s "
            f"({len(build.read)} read, {len(build.written)} written)"
        )
    registry.write_text(text, encoding="utf-8")
    # For scale: the same rebuild after a writer edits one citing page's prose.
    page = src / f"{sorted(book.citing[fact.key])[0]}.md"
    prose = page.read_text(encoding="utf-8")
    one_page = Timing()
    measure.sphinx_build(src, out, jobs=JOBS, env=env)  # take the fact back first
    for n in range(1, runs + 1):
        page.write_text(prose + f"\nOne more sentence, number {n}.\n", encoding="utf-8")
        build = measure.sphinx_build(src, out, jobs=JOBS, env=env)
        one_page.add(build.seconds, build.cpu)
        _log(f"rebuild: one page edited {one_page.wall[-1]:.2f} s ({len(build.read)} read)")
    page.write_text(prose, encoding="utf-8")
    edit_read = [b.read for b in edit_builds]
    edit_written = [b.written for b in edit_builds]
    return {
        "edited_fact": fact.key,
        "pages_citing_it": len(book.citing[fact.key]),
        "expected_reread": len(expected_read),
        "reread": [len(r) for r in edit_read],
        "reread_exact": all(r == expected_read for r in edit_read),
        "unexpected": sorted({d for r in edit_read for d in r} - set(expected_read)),
        "not_reread": sorted(set(expected_read) - {d for r in edit_read for d in r}),
        "noop_reread": [len(b.read) for b in noop_builds],
        "expected_rewritten": len(expected_written),
        "rewritten": [len(w) for w in edit_written],
        "rewritten_exact": all(w == expected_written for w in edit_written),
        "unexpected_rewritten": sorted(
            {d for w in edit_written for d in w} - set(expected_written)
        ),
        "not_rewritten": sorted(set(expected_written) - {d for w in edit_written for d in w}),
        "noop_rewritten": [len(b.written) for b in noop_builds],
        "noop_s": noop.as_json(),
        "edit_s": edit.as_json(),
        "one_page_edit_s": one_page.as_json(),
        "edit_over_noop_cpu": round(edit.median_cpu / noop.median_cpu, 2),
        "edit_over_noop_wall": round(edit.median_wall / noop.median_wall, 2),
    }


def bench_proof_in_build(root: Path, runs: int, full_build_cpu: float) -> dict[str, object]:
    """What proving the book adds to its build: loading the seed and proving every fact.

    The build does exactly this at its start, when the facts or the seed changed
    since the last build (the registry it imports anyway).
    """
    took = Timing()
    facts = 0
    for _ in range(runs):
        result = _check_run_module(root, "synth_facts")
        facts = result["facts"]
        steps = result["steps"]
        took.add(
            steps["seed"]["wall"] + steps["verdicts"]["wall"],
            steps["seed"]["cpu"] + steps["verdicts"]["cpu"],
        )
    _log(f"proof in the build ({facts} facts): {took.median_cpu:.2f} s CPU")
    return {
        "facts": facts,
        "prove_s": took.as_json(),
        "share_of_full_build_cpu": round(took.median_cpu / full_build_cpu, 3),
    }


# --- 5. the real book ---------------------------------------------------------------------


def bench_real(tmp: Path, runs: int) -> dict[str, object]:
    docs = ROOT / "docs"
    if not (docs / "index.md").is_file():
        return {"skipped": "docs/ holds no book yet (no index.md)"}
    full, noop, check = Timing(), Timing(), Timing()
    warnings = 0
    for _ in range(runs):
        out = _fresh(tmp / "out-real")
        build = measure.sphinx_build(docs, out, jobs=JOBS)
        full.add(build.seconds, build.cpu)
        warnings = build.warnings
        build = measure.sphinx_build(docs, out, jobs=JOBS)
        noop.add(build.seconds, build.cpu)
        seed = ROOT / "seeds" / "canada-russia-relations.txt"
        done = measure.run_python(["-m", "canru_facts.cli", "check", "-q", "--seed", str(seed)])
        check.add(done.wall, done.cpu)
        _log(
            f"real book: full {full.wall[-1]:.1f} s, no-op {noop.wall[-1]:.2f} s, "
            f"check {check.wall[-1]:.2f} s"
        )
    return {
        "pages": len(list(docs.glob("[a-z]*.md"))),  # not the editors' notes (STYLE.md...)
        "full_build_s": full.as_json(),
        "noop_s": noop.as_json(),
        "check_s": check.as_json(),
        "warnings": warnings,
    }


# --- 6. the reader ----------------------------------------------------------------------


def bench_reader_section(runs: int) -> dict[str, object]:
    """build/html as ``nox -s book`` builds it, then Lighthouse on it (bench/reader.py)."""
    found = reader.tools()
    if isinstance(found, str):
        _log(f"reader: skipped: {found}")
        return {"skipped": found}
    html = ROOT / "build" / "html"
    _log("reader: building build/html")
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-j", "auto", "-W", "--keep-going"]
    command += ["-n", "-q", "-d", str(ROOT / "build" / "doctrees" / "html")]
    measure.run([*command, str(ROOT / "docs"), str(html)], _reproducible_env())
    return reader.bench_reader(html, runs, ROOT / "build" / "bench-reader", _log)


def _reproducible_env() -> dict[str, str]:
    """The last commit's date for the build, as noxfile.py gives it (unless already set)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return {}
    done = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    epoch = done.stdout.strip()
    return {"SOURCE_DATE_EPOCH": epoch} if done.returncode == 0 and epoch.isdigit() else {}


# --- profiles -------------------------------------------------------------------------------


def write_profiles(root: Path, book: synth.SynthBook, folder: Path) -> list[Path]:
    """pyinstrument profiles (HTML) of the check at scale and of a full and a fact-edit build.

    Sphinx builds with -j 1 here: a profiler sees only its own process, not
    the workers of a parallel build.
    """
    folder.mkdir(parents=True, exist_ok=True)
    profile = ["-m", "pyinstrument", "-r", "html", "-o"]
    env = _bench_env(root)
    written = [folder / "check.html", folder / "full-build.html", folder / "fact-edit.html"]
    measure.run_python(
        [
            *profile,
            str(written[0]),
            "-m",
            "bench.check_scale",
            str(root),
            "synth_facts_all",
            "indexed",
        ],
        env,
    )
    src = synth.write_book(root, book, theme=THEME)
    out = _fresh(root / "out-profile")
    sphinx_args = ["-m", "sphinx", "-b", "html", "-j", "1", "-q", str(src), str(out)]
    measure.run_python([*profile, str(written[1]), *sphinx_args], env)
    fact = _edited_fact(book)
    registry = synth.registry_file(root / "synth_facts", fact)
    text = registry.read_text(encoding="utf-8")
    edited = replace(fact, value=type(fact.value)(fact.value.year + 1))
    registry.write_text(
        text.replace(synth.registry_line(fact), synth.registry_line(edited)), encoding="utf-8"
    )
    measure.run_python([*profile, str(written[2]), *sphinx_args], env)
    registry.write_text(text, encoding="utf-8")
    return written


# --- report -------------------------------------------------------------------------------


def _both(t: dict[str, object], digits: int = 2) -> str:
    return f"{t['wall_median_s']:.{digits}f} s ({t['cpu_median_s']:.{digits}f} s CPU)"


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def _rows(results: dict[str, object]) -> list[tuple[str, str, str, str]]:
    """(measure, figure, goal, verdict); goals are judged on CPU time (see measure.py)."""
    rows = []
    syn, chk, real = results.get("synthetic"), results.get("check"), results.get("real")
    if syn:
        full, inc = syn["full_build_s"], syn["incremental"]
        rows.append(
            (
                f"1. full build -j {JOBS}: facts vs control",
                f"{_both(full['facts'], 1)} vs {_both(full['control'], 1)}: "
                f"CPU x{syn['role_overhead_cpu']:.3f}, wall x{syn['role_overhead_wall']:.3f}",
                "<= 1.05",
                _verdict(syn["role_overhead_cpu"] <= 1.05),
            )
        )
        proof = syn["proof_in_build"]
        rows.append(
            (
                f"1. proof in the build ({proof['facts']:,} facts): seed + prove",
                f"{_both(proof['prove_s'])} = {proof['share_of_full_build_cpu']:.1%} of the "
                "full build's CPU (only when the facts or the seed changed)",
                "a few %",
                _verdict(proof["share_of_full_build_cpu"] <= 0.05),
            )
        )
        rows.append(
            (
                "2. documents re-read after one fact edit",
                f"{inc['reread']} per run; expected {inc['expected_reread']}; "
                f"no-op read {inc['noop_reread']}",
                "exact",
                _verdict(inc["reread_exact"] and not any(inc["noop_reread"])),
            )
        )
        rows.append(
            (
                "2. documents re-written after one fact edit",
                f"{inc['rewritten']} per run; {inc['pages_citing_it']} citing pages + "
                f"its subject's register page + timeline + index = {inc['expected_rewritten']}; "
                f"no-op wrote {inc['noop_rewritten']}",
                "exact",
                _verdict(inc["rewritten_exact"] and not any(inc["noop_rewritten"])),
            )
        )
        rows.append(
            (
                "2. fact-edit rebuild vs no-op rebuild",
                f"{_both(inc['edit_s'])} vs {_both(inc['noop_s'])}: "
                f"CPU x{inc['edit_over_noop_cpu']:.2f}, wall x{inc['edit_over_noop_wall']:.2f}",
                "<= 1.5x",
                _verdict(inc["edit_over_noop_cpu"] <= 1.5),
            )
        )
        rows.append(
            ("2. for scale: one page's prose edited instead", _both(inc["one_page_edit_s"]), "", "")
        )
    if chk:
        steps = chk["steps_s"]
        check = steps["indexed_check"]
        rows.append(
            (
                f"3. check {chk['facts']:,} facts vs {chk['corpus_bytes'] / 1e6:.1f} MB (indexed)",
                f"{_both(check)} = registry {steps['indexed_registry']['cpu_median_s']:.2f} + seed "
                f"{steps['indexed_seed']['cpu_median_s']:.2f} + prove "
                f"{steps['indexed_verdicts']['cpu_median_s']:.2f} CPU",
                "< 1 s",
                _verdict(check["cpu_median_s"] < 1.0),
            )
        )
        rows.append(
            (
                "3. naive check, one seed scan per fact",
                f"{_both(steps['naive_check'])}; its verdicts take "
                f"x{chk['naive_over_indexed_verdicts_cpu']:.1f} prove's CPU; verdicts "
                f"{'agree' if chk['same_verdicts'] else 'DIFFER'}",
                "agree, >= x50",
                _verdict(chk["same_verdicts"] and chk["naive_over_indexed_verdicts_cpu"] >= 50),
            )
        )
        rows.append(
            (
                "3. canru-facts check, whole command",
                _both(chk["command_s"]),
                "< 1 s",
                _verdict(chk["command_s"]["cpu_median_s"] < 1.0),
            )
        )
        failing = chk["with_failures"]
        rows.append(
            (
                f"3. prove with {failing['failing_facts']} failing facts (verdicts)",
                _both(failing["prove_s"]),
                "",
                "",
            )
        )
        many = chk.get("with_many_failures")
        if many:
            counts = ", ".join(f"{n} {verdict}" for verdict, n in sorted(many["verdicts"].items()))
            rows.append(
                (
                    f"3. check with {many['failing_facts']:,} failing facts, whole command",
                    f"{_both(many['command_s'])} ({counts}); prove {_both(many['prove_s'])}",
                    "< 5 s",
                    _verdict(many["command_s"]["cpu_median_s"] < 5.0),
                )
            )
    if syn:
        serial, parallel = syn["serial_build_s"], syn["full_build_s"]["facts"]
        rows.append(
            (
                "4. full build of the facts book, -j 1 vs -j 2",
                f"{_both(serial, 1)} vs {_both(parallel, 1)}: "
                f"-j 2 is x{syn['parallel_speedup_wall']:.2f} as fast (wall)",
                ">= 1.3",
                _verdict(syn["parallel_speedup_wall"] >= 1.3),
            )
        )
    if real and "skipped" in real:
        rows.append(("5. the real book", f"skipped: {real['skipped']}", "", ""))
    elif real:
        rows.append(("5. real book: full build", _both(real["full_build_s"], 1), "", ""))
        rows.append(("5. real book: no-op rebuild", _both(real["noop_s"]), "", ""))
        rows.append(("5. real book: canru-facts check", _both(real["check_s"]), "", ""))
    rows += _reader_rows(results.get("reader"))
    return rows


def _reader_rows(section: dict[str, object] | None) -> list[tuple[str, str, str, str]]:
    if not section:
        return []
    if "skipped" in section:
        return [("6. the reader (Lighthouse)", f"skipped: {section['skipped']}", "", "")]
    rows = []
    for name in reader.PAGES:
        page = section[name]
        met = (
            page["performance"] >= READER_GOALS["performance"]
            and page["lcp_s"] <= READER_GOALS["lcp_s"]
            and all(page[k] >= READER_GOALS[k] for k in ("accessibility", "best_practices", "seo"))
        )
        rows.append(
            (
                f"6. reader, {name} (Lighthouse mobile)",
                f"performance {page['performance']} (runs {page['performance_runs']}), "
                f"LCP {page['lcp_s']:.2f} s, TBT {page['tbt_ms']} ms, {page['kib']:.0f} KiB in "
                f"{page['requests']} requests; a11y {page['accessibility']}, "
                f"BP {page['best_practices']}, SEO {page['seo']}",
                ">= 90, <= 2.5 s, 100s",
                _verdict(met),
            )
        )
    return rows


def table(results: dict[str, object]) -> str:
    rows = [("measure", "median of runs", "goal", ""), *_rows(results)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (at least 3)")
    parser.add_argument(
        "--quick", action="store_true", help="a small synthetic book, to try the bench itself out"
    )
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="generate into DIR and keep it, instead of a temporary folder",
    )
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "bench.json")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="both synthetic books freeze the garbage collector when reading and when "
        "writing start (gc.freeze()), to see what the collector costs the build",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also write pyinstrument profiles to build/bench-profile/ (a few minutes more)",
    )
    args = parser.parse_args(argv)
    GC_FREEZE["on"] = args.gc_freeze
    if args.runs < 3:
        parser.error("--runs must be at least 3: every figure is a median")
    started = time.perf_counter()
    load_before = os.getloadavg()
    sizes = QUICK if args.quick else synth.Sizes()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="canru-bench-") as tmp:
        root = args.keep or Path(tmp)
        book = None
        if {"check", "synthetic"} & set(args.only) or args.profile:
            _log(f"generating the synthetic book and corpus in {root}")
            book = synth.generate(sizes)
            synth.write_support(root / "book", book)
        if "check" in args.only:
            planted = synth.generate(replace(sizes, missing=5))
            synth.write_support(root / "planted", planted)
            # A revision that changed a tenth of the facts (1,000 of 10,000).
            failing = synth.generate(replace(sizes, missing=min(1000, sizes.facts // 10)))
            synth.write_support(root / "failing", failing)
            results["check"] = bench_check(
                root / "book", args.runs, root / "planted", root / "failing"
            )
        if "synthetic" in args.only:
            results["synthetic"] = bench_synthetic(root / "book", book, args.runs)
        if "real" in args.only:
            results["real"] = bench_real(root, args.runs)
        if "reader" in args.only:
            results["reader"] = bench_reader_section(args.runs)
        if args.profile:
            folder = args.output.parent / "bench-profile"
            for path in write_profiles(root / "book", book, folder):
                _log(f"profile: {path}")
    results["machine"] = {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "sphinx": sphinx.__version__,
        "platform": platform.platform(),
        "theme": THEME,
        "jobs": JOBS,
        "gc_freeze": args.gc_freeze,
        # Other work on the machine stretches wall times; CPU times hold up better.
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
    }
    results["sizes"] = asdict(sizes)
    results["runs"] = args.runs
    results["bench_s"] = round(time.perf_counter() - started, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(results))
    machine = results["machine"]
    print(
        f"\n{machine['cpu_count']} CPUs, Python {machine['python']}, Sphinx {machine['sphinx']}, "
        f"theme {THEME}, -j {JOBS}; load average {load_before[0]:.1f} before, "
        f"{machine['load_average_after'][0]:.1f} after; build goals judged on CPU time"
        + ("; garbage collector frozen in both synthetic books" if args.gc_freeze else "")
    )
    print(f"whole bench: {results['bench_s']:.0f} s; figures in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
