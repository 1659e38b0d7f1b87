"""Timing helpers: medians of repeated runs, and Sphinx builds in fresh processes.

Every Sphinx build runs in its own ``python -m sphinx`` process, so no import,
cache or environment of one build leaks into the next.  Each run gives two times:
the wall time a writer waits for (interpreter start-up included), and the CPU
time the process and its parallel workers used, which other processes on a busy
machine disturb far less: ratios are quoted on CPU time.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Build", "BuildError", "Run", "Timing", "run", "run_python", "sphinx_build"]


@dataclass
class Timing:
    """Wall and CPU seconds of each run, and their medians."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    @property
    def median_wall(self) -> float:
        return statistics.median(self.wall) if self.wall else float("nan")

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")

    def as_json(self) -> dict[str, object]:
        return {
            "wall_median_s": round(self.median_wall, 4),
            "cpu_median_s": round(self.median_cpu, 4),
            "wall_runs_s": [round(r, 4) for r in self.wall],
            "cpu_runs_s": [round(r, 4) for r in self.cpu],
        }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Run:
    """One process: its wall time, and the CPU time it and its workers used.

    CPU time is what to compare on a busy machine: other processes stretch the
    wall time of a build but barely change the work it does.
    """

    wall: float
    cpu: float
    stdout: str = ""
    stderr: str = ""


def run(command: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> Run:
    """Run ``command`` to its end; the CPU time counts every process it started."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        command, env={**os.environ, **(env or {})}, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if done.returncode not in ok:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise BuildError(f"{' '.join(command[:4])} ... failed ({done.returncode}):\n{tail}")
    return Run(wall, cpu, done.stdout, done.stderr)


class BuildError(RuntimeError):
    """A Sphinx build of the benchmark failed; ``str()`` ends with its last output."""


@dataclass
class Build:
    seconds: float  # wall time
    cpu: float  # CPU time of sphinx-build and its parallel workers
    read: list[str]  # documents Sphinx read (from the probe), empty without one
    warnings: int  # warning lines on standard error
    written: list[str] = field(default_factory=list)  # documents Sphinx wrote (the probe)


def sphinx_build(
    srcdir: Path,
    outdir: Path,
    *,
    jobs: int,
    doctrees: Path | None = None,
    builder: str = "html",
    extra: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
) -> Build:
    """One ``sphinx-build`` in a fresh interpreter; time it and note what it read and wrote."""
    logs = {kind: outdir.parent / f".{outdir.name}-{kind}.jsonl" for kind in ("read", "written")}
    for log in logs.values():
        log.unlink(missing_ok=True)
    command = [sys.executable, "-m", "sphinx", "-b", builder, "-j", str(jobs), "-q"]
    command += ["-d", str(doctrees or outdir / ".doctrees"), *extra, str(srcdir), str(outdir)]
    probe = {"BENCH_READ_LOG": str(logs["read"]), "BENCH_WRITE_LOG": str(logs["written"])}
    done = run(command, {**(env or {}), **probe})
    found: dict[str, list[str]] = {}
    for kind, log in logs.items():
        found[kind] = []
        if log.exists():
            for line in log.read_text(encoding="utf-8").splitlines():
                found[kind] += json.loads(line)
    warnings = sum("WARNING" in line for line in done.stderr.splitlines())
    return Build(done.wall, done.cpu, sorted(found["read"]), warnings, sorted(found["written"]))


def run_python(args: list[str], env: dict[str, str] | None = None) -> Run:
    """``python ARGS`` in a fresh interpreter; exit 1 (some fact failed) is a result too."""
    return run([sys.executable, *args], env, ok=(0, 1))
