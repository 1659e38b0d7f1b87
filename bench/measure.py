"""Timing helpers: medians of repeated runs, and Sphinx builds in fresh processes.

Every Sphinx build runs in its own ``python -m sphinx`` process, so no import,
cache or environment of one build leaks into the next; the time measured is the
wall time a writer waits for, interpreter start-up included.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Build", "BuildError", "Timing", "run_python", "sphinx_build", "timed"]


@dataclass
class Timing:
    """Seconds of each run and their median."""

    runs: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.runs) if self.runs else float("nan")

    def add(self, seconds: float) -> None:
        self.runs.append(seconds)

    def as_json(self) -> dict[str, object]:
        return {"median_s": round(self.median, 4), "runs_s": [round(r, 4) for r in self.runs]}


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


class BuildError(RuntimeError):
    """A Sphinx build of the benchmark failed; ``str()`` ends with its last output."""


@dataclass
class Build:
    seconds: float
    read: list[str]  # documents Sphinx read (from the probe), empty without one
    warnings: int  # warning lines on standard error


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
    """One ``sphinx-build`` in a fresh interpreter; time it and count what it read."""
    read_log = outdir.parent / f".{outdir.name}-read.jsonl"
    read_log.unlink(missing_ok=True)
    command = [sys.executable, "-m", "sphinx", "-b", builder, "-j", str(jobs), "-q"]
    command += ["-d", str(doctrees or outdir / ".doctrees"), *extra, str(srcdir), str(outdir)]
    full_env = {**os.environ, **(env or {}), "BENCH_READ_LOG": str(read_log)}
    start = time.perf_counter()
    done = subprocess.run(command, env=full_env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise BuildError(f"sphinx-build {srcdir} failed ({done.returncode}):\n{tail}")
    read: list[str] = []
    if read_log.exists():
        for line in read_log.read_text(encoding="utf-8").splitlines():
            read += json.loads(line)
    warnings = sum("WARNING" in line for line in done.stderr.splitlines())
    return Build(seconds, sorted(read), warnings)


def run_python(args: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run ``python ARGS`` in a fresh interpreter; return (wall seconds, standard output)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: the command ran and some fact failed
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise BuildError(f"python {' '.join(args)} failed ({done.returncode}):\n{tail}")
    return seconds, done.stdout
