"""Fail when LaTeX pushed text past the margin, citing the source lines.

Usage: python .ci/check_latex_log.py build/latex/canada-russia-relations.log

An overfull box wider than TOLERANCE_PT sticks out of the text block, and in a
table cell it is cut off.  Below that the excess is invisible in print.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

TOLERANCE_PT = 1.0
OVERFULL = re.compile(r"^Overfull \\[hv]box \((?P<pt>[\d.]+)pt too (?:wide|high)\)(?P<where>.*)$")


def overfull_boxes(log: str) -> list[tuple[float, str, str]]:
    """(excess in pt, where, the line of text that LaTeX shows) for each box."""
    lines = log.splitlines()
    found = []
    for number, line in enumerate(lines):
        if match := OVERFULL.match(line):
            shown = lines[number + 1].strip() if number + 1 < len(lines) else ""
            found.append((float(match["pt"]), match["where"].strip(), shown))
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    log_path = Path(argv[1])
    log = log_path.read_text(encoding="latin-1")  # TeX logs are not always UTF-8
    boxes = overfull_boxes(log)
    too_wide = [box for box in boxes if box[0] > TOLERANCE_PT]
    for excess, where, shown in too_wide:
        print(f"{log_path}: {excess:.1f}pt too wide {where}: {shown}", file=sys.stderr)
    if too_wide:
        print(f"{log_path}: {len(too_wide)} overfull boxes cut text; see above", file=sys.stderr)
        return 1
    print(f"{log_path}: no overfull box over {TOLERANCE_PT}pt ({len(boxes)} within it)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
