"""The fact check at scale, timed inside one fresh interpreter.

``python -m bench.check_scale FOLDER MODULE indexed`` imports the registry
``MODULE:FACTS`` from FOLDER, loads FOLDER/corpus.txt and proves every fact, as
``canru-facts check`` does.  With ``naive`` instead of ``indexed`` it checks
every fact with one scan of the seed per fact, then proves them too (untimed)
and says whether both gave the same verdicts.  It prints one JSON object with
the wall and CPU seconds of each step.  A fresh interpreter per run means every
cache (the forms of each value, compiled patterns) starts cold for either
check, as it does for the command.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def main(argv: list[str]) -> dict[str, object]:
    folder, module, mode = Path(argv[0]), argv[1], argv[2]
    sys.path.insert(0, str(folder))
    marks = {"start": _now()}
    from canru_facts.proof import prove  # noqa: I001 (imports are part of the timing)
    from canru_facts.registry import load
    from canru_facts.seed import Seed

    from bench.naive import naive_check, verdicts_of

    marks["imports"] = _now()
    registry = load(f"{module}:FACTS")
    marks["registry"] = _now()
    seed = Seed.load(folder / "corpus.txt")
    marks["seed"] = _now()
    if mode == "naive":
        naive = naive_check(registry, seed)
        marks["verdicts"] = _now()
        report = prove(registry, seed)
        same = naive == verdicts_of(report)
    else:
        report = prove(registry, seed)
        marks["verdicts"] = _now()
        same = None

    def span(first: str, last: str) -> dict[str, float]:
        (w0, c0), (w1, c1) = marks[first], marks[last]
        return {"wall": w1 - w0, "cpu": c1 - c0}

    return {
        "mode": mode,
        "facts": len(registry),
        "corpus_bytes": (folder / "corpus.txt").stat().st_size,
        "failed_facts": sum(1 for f in report.failures if not f.rule),
        "verdicts": {v: n for v, n in report.counts().items() if v != "holds"},
        "same_verdicts": same,
        "steps": {
            "imports": span("start", "imports"),
            "registry": span("imports", "registry"),
            "seed": span("registry", "seed"),
            "verdicts": span("seed", "verdicts"),  # prove(), or the naive scan per fact
            "check": span("imports", "verdicts"),  # registry + seed + verdicts
        },
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
