"""Measure the fact machinery at scale and on the real book; ``nox -s bench`` runs this.

    python bench/run.py [--runs N] [--quick] [--only PART ...] [--profile] [--keep DIR]

It generates a synthetic book (200 pages, 2,000 facts, 20,000 citations) and a
10 MB seed corpus in a temporary folder, plus a control copy of the pages with
every value written literally, then measures:

1. role overhead: full HTML build of the book against the control;
2. incremental rebuild after one fact edit: which documents are re-read, and the
   time against a no-op rebuild;
3. the fact check at scale (10,000 facts, 10 MB) against a naive scan per fact;
4. ``-j 2`` against ``-j 1`` on the synthetic book;
5. the real book: full build, no-op rebuild and ``canru-facts check``.

Every timing is the median of ``--runs`` runs (at least 3), each in a fresh
process.  It prints a table and writes build/bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # `python bench/run.py` puts bench/ itself on the path

import sphinx  # noqa: E402
from bench import measure, synth  # noqa: E402
from bench.measure import Timing  # noqa: E402

THEME = "sphinx_book_theme"  # the real book's theme, for the book and its control alike
JOBS = 2  # this machine's cores; the real book builds with -j auto
QUICK = synth.Sizes(facts=1_000, book_facts=200, pages=20, citations=2_000, corpus_bytes=1_000_000)
PARTS = ("check", "synthetic", "real")


def _bench_env(root: Path) -> dict[str, str]:
    """Let fresh interpreters import the generated registries and the bench package."""
    paths = [str(root), str(ROOT), os.environ.get("PYTHONPATH", "")]
    return {"PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- 3. the fact check at scale ------------------------------------------------------------


def bench_check(root: Path, runs: int, planted_root: Path) -> dict[str, object]:
    env = _bench_env(root)
    steps: dict[str, Timing] = {}
    same: list[bool] = []
    facts = corpus = 0
    for mode in ("indexed", "naive"):
        for _ in range(runs):
            _, out = measure.run_python(
                ["-m", "bench.check_scale", str(root), "synth_facts_all", mode], env
            )
            result = json.loads(out)
            facts, corpus = result["facts"], result["corpus_bytes"]
            if result["failed_facts"]:
                raise measure.BuildError(f"{result['failed_facts']} synthetic facts fail")
            for step in ("registry_s", "seed_s", "verdicts_s", "check_s"):
                steps.setdefault(f"{mode}_{step}", Timing()).add(result[step])
            if mode == "naive":
                same.append(result["same_verdicts"])
        _log(f"check, {mode}: {steps[f'{mode}_check_s'].median:.2f} s")
    command = Timing()
    for _ in range(runs):
        seconds, _ = measure.run_python(
            [
                "-m",
                "canru_facts.cli",
                "--registry",
                "synth_facts_all:FACTS",
                "check",
                "-q",
                "--seed",
                str(root / "corpus.txt"),
            ],
            env,
        )
        command.add(seconds)
    _log(f"canru-facts check (whole command): {command.median:.2f} s")
    planted = Timing()
    planted_failures = 0
    for _ in range(runs):
        _, out = measure.run_python(
            ["-m", "bench.check_scale", str(planted_root), "synth_facts_all", "indexed"],
            _bench_env(planted_root),
        )
        result = json.loads(out)
        planted.add(result["verdicts_s"])
        planted_failures = result["failed_facts"]
    _log(f"check with {planted_failures} failing facts: prove {planted.median:.2f} s")
    indexed, naive = steps["indexed_verdicts_s"].median, steps["naive_verdicts_s"].median
    return {
        "facts": facts,
        "corpus_bytes": corpus,
        "steps": {name: t.as_json() for name, t in steps.items()},
        "check_s": steps["indexed_check_s"].as_json(),
        "naive_check_s": steps["naive_check_s"].as_json(),
        "naive_over_indexed_verdicts": round(naive / indexed, 2),
        "same_verdicts": all(same),
        "command_s": command.as_json(),
        "with_failures": {"failing_facts": planted_failures, "prove_s": planted.as_json()},
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
            full[name].add(build.seconds)
            warnings[name] = build.warnings
        _log(
            f"full build -j {JOBS}: facts {full['facts'].runs[-1]:.1f} s, "
            f"control {full['control'].runs[-1]:.1f} s"
        )
    serial = Timing()
    for _ in range(runs):
        build = measure.sphinx_build(facts_src, _fresh(root / "out-serial"), jobs=1, env=env)
        serial.add(build.seconds)
        _log(f"full build -j 1: facts {build.seconds:.1f} s")
    incremental = _bench_edit(root, book, facts_src, root / "out-facts", runs, env)
    overhead = full["facts"].median / full["control"].median
    return {
        "pages": len(book.pages),
        "facts": len(book.book_facts),
        "citations": book.sizes.citations,
        "full_build_s": {name: t.as_json() for name, t in full.items()},
        "warnings": warnings,
        "role_overhead": round(overhead, 3),
        "serial_build_s": serial.as_json(),
        "parallel_speedup": round(serial.median / full["facts"].median, 2),
        "incremental": incremental,
    }


def _bench_edit(
    root: Path, book: synth.SynthBook, src: Path, out: Path, runs: int, env: dict[str, str]
) -> dict[str, object]:
    """No-op rebuilds and one-fact-edit rebuilds of an already built book, alternated."""
    fact = _edited_fact(book)
    expected = sorted(book.citing[fact.key] | {"register", "timeline"})
    registry = root / "synth_facts.py"
    text = registry.read_text(encoding="utf-8")
    line = synth.registry_line(fact)
    noop, edit = Timing(), Timing()
    noop_read: list[list[str]] = []
    edit_read: list[list[str]] = []
    for n in range(1, runs + 1):
        build = measure.sphinx_build(src, out, jobs=JOBS, env=env)
        noop.add(build.seconds)
        noop_read.append(build.read)
        edited = replace(fact, value=type(fact.value)(fact.value.year + n))
        registry.write_text(text.replace(line, synth.registry_line(edited)), encoding="utf-8")
        build = measure.sphinx_build(src, out, jobs=JOBS, env=env)
        edit.add(build.seconds)
        edit_read.append(build.read)
        _log(
            f"rebuild: no-op {noop.runs[-1]:.2f} s ({len(noop_read[-1])} read), "
            f"one fact edited {edit.runs[-1]:.2f} s ({len(edit_read[-1])} read)"
        )
    registry.write_text(text, encoding="utf-8")
    return {
        "edited_fact": fact.key,
        "pages_citing_it": len(book.citing[fact.key]),
        "expected_reread": len(expected),
        "reread": [len(r) for r in edit_read],
        "reread_exact": all(r == expected for r in edit_read),
        "unexpected": sorted({d for r in edit_read for d in r} - set(expected)),
        "not_reread": sorted(set(expected) - {d for r in edit_read for d in r}),
        "noop_reread": [len(r) for r in noop_read],
        "noop_s": noop.as_json(),
        "edit_s": edit.as_json(),
        "edit_over_noop": round(edit.median / noop.median, 2),
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
        full.add(build.seconds)
        warnings = build.warnings
        noop.add(measure.sphinx_build(docs, out, jobs=JOBS).seconds)
        seconds, _ = measure.run_python(
            [
                "-m",
                "canru_facts.cli",
                "check",
                "-q",
                "--seed",
                str(ROOT / "seeds" / "canada-russia-relations.txt"),
            ]
        )
        check.add(seconds)
        _log(
            f"real book: full {full.runs[-1]:.1f} s, no-op {noop.runs[-1]:.2f} s, "
            f"check {check.runs[-1]:.2f} s"
        )
    return {
        "pages": len(list(docs.glob("*.md"))),
        "full_build_s": full.as_json(),
        "noop_s": noop.as_json(),
        "check_s": check.as_json(),
        "warnings": warnings,
    }


# --- report -------------------------------------------------------------------------------


def _row(measure_name: str, figure: str, goal: str = "", met: bool | None = None) -> tuple:
    verdict = "" if met is None else ("met" if met else "NOT met")
    return measure_name, figure, goal, verdict


def table(results: dict[str, object]) -> str:
    rows = [("measure", "figure (median)", "goal", "")]
    syn = results.get("synthetic")
    if syn:
        f, c = syn["full_build_s"]["facts"]["median_s"], syn["full_build_s"]["control"]["median_s"]
        rows.append(
            _row(
                f"1. full build -j {JOBS}, facts vs control",
                f"{f:.1f} s vs {c:.1f} s = {syn['role_overhead']:.3f}",
                "<= 1.05",
                syn["role_overhead"] <= 1.05,
            )
        )
        inc = syn["incremental"]
        rows.append(
            _row(
                "2. re-read after one fact edit",
                f"{inc['reread']} docs, expected {inc['expected_reread']} "
                f"({inc['pages_citing_it']} citing + register + timeline)",
                "exact",
                inc["reread_exact"],
            )
        )
        rows.append(
            _row(
                "2. edit rebuild vs no-op",
                f"{inc['edit_s']['median_s']:.2f} s vs {inc['noop_s']['median_s']:.2f} s"
                f" = {inc['edit_over_noop']:.2f}x",
                "<= 1.5x",
                inc["edit_over_noop"] <= 1.5,
            )
        )
    chk = results.get("check")
    if chk:
        s = chk["steps"]
        rows.append(
            _row(
                f"3. check {chk['facts']:,} facts, {chk['corpus_bytes'] / 1e6:.1f} MB",
                f"{chk['check_s']['median_s']:.2f} s (registry "
                f"{s['indexed_registry_s']['median_s']:.2f} + seed "
                f"{s['indexed_seed_s']['median_s']:.2f} + prove "
                f"{s['indexed_verdicts_s']['median_s']:.2f})",
                "< 1 s",
                chk["check_s"]["median_s"] < 1.0,
            )
        )
        rows.append(
            _row(
                "3. naive scan per fact, same facts",
                f"{chk['naive_check_s']['median_s']:.2f} s (scan+values "
                f"{s['naive_verdicts_s']['median_s']:.2f} = "
                f"{chk['naive_over_indexed_verdicts']:.0f}x prove); "
                f"verdicts {'agree' if chk['same_verdicts'] else 'DIFFER'}",
            )
        )
        rows.append(
            _row(
                "3. canru-facts check, whole command",
                f"{chk['command_s']['median_s']:.2f} s (interpreter and imports too)",
            )
        )
        wf = chk["with_failures"]
        rows.append(
            _row(
                f"3. prove with {wf['failing_facts']} failing facts (hints)",
                f"{wf['prove_s']['median_s']:.2f} s",
            )
        )
    if syn:
        rows.append(
            _row(
                "4. full build -j 1 vs -j 2 (facts)",
                f"{syn['serial_build_s']['median_s']:.1f} s vs "
                f"{syn['full_build_s']['facts']['median_s']:.1f} s = "
                f"{syn['parallel_speedup']:.2f}x speed-up",
            )
        )
    real = results.get("real")
    if real and "skipped" not in real:
        rows.append(_row("5. real book: full build", f"{real['full_build_s']['median_s']:.1f} s"))
        rows.append(_row("5. real book: no-op rebuild", f"{real['noop_s']['median_s']:.2f} s"))
        rows.append(_row("5. real book: canru-facts check", f"{real['check_s']['median_s']:.2f} s"))
    elif real:
        rows.append(_row("5. real book", f"skipped: {real['skipped']}"))
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    lines = [
        "  ".join(str(cell).ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in rows
    ]
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
    args = parser.parse_args(argv)
    if args.runs < 3:
        parser.error("--runs must be at least 3: every figure is a median")
    started = time.perf_counter()
    sizes = QUICK if args.quick else synth.Sizes()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="canru-bench-") as tmp:
        root = args.keep or Path(tmp)
        _log(f"generating the synthetic book and corpus in {root}")
        book = synth.generate(sizes)
        synth.write_support(root / "book", book)
        if "check" in args.only:
            planted = synth.generate(replace(sizes, missing=5))
            synth.write_support(root / "planted", planted)
            results["check"] = bench_check(root / "book", args.runs, root / "planted")
        if "synthetic" in args.only:
            results["synthetic"] = bench_synthetic(root / "book", book, args.runs)
        if "real" in args.only:
            results["real"] = bench_real(root, args.runs)
    results["machine"] = {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "sphinx": sphinx.__version__,
        "platform": platform.platform(),
        "theme": THEME,
        "jobs": JOBS,
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }
    results["sizes"] = asdict(sizes)
    results["runs"] = args.runs
    results["bench_s"] = round(time.perf_counter() - started, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(results))
    print(f"\nwhole bench: {results['bench_s']:.0f} s; figures in {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
