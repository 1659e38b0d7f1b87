"""The fact check at scale, timed inside one fresh interpreter.

``python -m bench.check_scale FOLDER MODULE indexed`` imports the registry
``MODULE:FACTS`` from FOLDER, loads FOLDER/corpus.txt and proves every fact, as
``canru-facts check`` does.  With ``naive`` instead of ``indexed`` it checks
every fact with one scan of the seed per fact, then proves them too (untimed)
and says whether both gave the same verdicts.  It prints one JSON object with
the seconds of each step.  A fresh interpreter per run means every cache (the
forms of each value, compiled patterns) starts cold for either check, as it
does for the command.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> dict[str, object]:
    folder, module, mode = Path(argv[0]), argv[1], argv[2]
    sys.path.insert(0, str(folder))
    start = time.perf_counter()
    from canru_facts.proof import prove  # noqa: I001 (imports are part of the timing)
    from canru_facts.registry import load
    from canru_facts.seed import Seed

    from bench.naive import naive_check, verdicts_of

    imported = time.perf_counter()
    registry = load(f"{module}:FACTS")
    loaded = time.perf_counter()
    seed = Seed.load(folder / "corpus.txt")
    seeded = time.perf_counter()
    if mode == "naive":
        naive = naive_check(registry, seed)
        checked = time.perf_counter()
        report = prove(registry, seed)
        same = naive == verdicts_of(report)
    else:
        report = prove(registry, seed)
        checked = time.perf_counter()
        same = None
    result: dict[str, object] = {
        "mode": mode,
        "facts": len(registry),
        "corpus_bytes": (folder / "corpus.txt").stat().st_size,
        "failed_facts": sum(1 for f in report.failures if not f.rule),
        "imports_s": imported - start,
        "registry_s": loaded - imported,
        "seed_s": seeded - loaded,
        "verdicts_s": checked - seeded,  # prove(), or the naive scan per fact
        "check_s": checked - imported,  # registry + seed + verdicts: all the command does
        "same_verdicts": same,
    }
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
