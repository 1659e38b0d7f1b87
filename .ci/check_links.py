"""Judge Sphinx's linkcheck report: known hosts only, and no broken link.

Usage: python .ci/check_links.py build/linkcheck/output.json

The book links only to its source article and the licence, so every external
link must point at ALLOWED_HOSTS.  That part needs no network.  A link whose
server answered with an error is broken.  A link that could not be reached at
all fails too, except when no external link could be reached: then the machine
is offline, and the links are reported as not checked instead of as broken.
Internal references are checked by every strict build (``-n -W``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

ALLOWED_HOSTS = {"en.wikipedia.org", "creativecommons.org"}


def allowed(uri: str) -> bool:
    host = (urlsplit(uri).hostname or "").lower()
    return host.removeprefix("www.") in ALLOWED_HOSTS


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    report = Path(argv[1])
    results = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines() if line]
    external = [r for r in results if r["uri"].startswith(("http://", "https://"))]
    problems = [
        f"{r['filename']}:{r['lineno']}: {r['uri']}: host not on the allow-list "
        f"{sorted(ALLOWED_HOSTS)} in .ci/check_links.py"
        for r in external
        if not allowed(r["uri"])
    ]
    answered = [r for r in external if r["status"] in {"working", "redirected"} or r["code"]]
    unreached = [r for r in external if r["status"] in {"broken", "timeout"} and not r["code"]]
    offline = bool(external) and not answered
    for r in external:
        if r["status"] == "broken" and r["code"]:
            problems.append(f"{r['filename']}:{r['lineno']}: {r['uri']}: {r['info']}")
        elif r in unreached and not offline:
            problems.append(f"{r['filename']}:{r['lineno']}: {r['uri']}: unreachable: {r['info']}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    if offline:
        print(
            f"NOT CHECKED: none of the {len(external)} external links could be reached "
            "(this machine looks offline); their hosts are allowed. Run again online."
        )
    else:
        print(f"{len(external)} external links checked, all on allowed hosts and working")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
