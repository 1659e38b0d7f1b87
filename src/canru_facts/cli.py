"""The ``canru-facts`` command: check, list, show and export the facts.

Exit codes: 0 all is well; 1 a fact does not hold; 2 the command could not run
(a usage error, an unreadable seed, a broken registry, an unknown key).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__
from .forms import expected_text
from .proof import Finding, Report, prove
from .registry import DEFAULT_SPEC, Registry, RegistryError, load
from .seed import Seed, SeedError

DEFAULT_SEED = Path("seeds") / "canada-russia-relations.txt"

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Raised for anything the user must fix before the command can run."""


class _Parser(argparse.ArgumentParser):
    # One clear line instead of argparse's usage block.
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="canru-facts",
        description="Check the book's facts against the seed, and list, show or export them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--registry",
        default=DEFAULT_SPEC,
        metavar="MODULE:NAME",
        help="where the facts live (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def with_seed(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--seed",
            type=Path,
            default=DEFAULT_SEED,
            metavar="PATH",
            help="the seed text (default: %(default)s)",
        )

    check = commands.add_parser("check", help="prove every fact against the seed")
    with_seed(check)
    check.add_argument("-q", "--quiet", action="store_true", help="print failures only")

    commands.add_parser("list", help="one line per fact: key, kind, value")

    show = commands.add_parser("show", help="everything about one fact")
    show.add_argument("key")
    with_seed(show)

    export = commands.add_parser("export", help="write the facts as JSON or CSV")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--output", "-o", type=Path, metavar="FILE", help="write here instead of standard output"
    )
    export.add_argument(
        "--schema", action="store_true", help="print the JSON schema of the export instead"
    )
    with_seed(export)
    return parser


# --- check ----------------------------------------------------------------------------


def _excerpt(sentence: str, around: str | None, width: int = 160) -> str:
    if len(sentence) <= width:
        return sentence
    at = sentence.find(around) if around else -1
    start = max(0, (at if at >= 0 else 0) - width // 2)
    end = min(len(sentence), start + width)
    start = max(0, end - width)
    before = "…" if start else ""
    after = "…" if end < len(sentence) else ""
    return before + sentence[start:end].strip() + after


def format_failure(seed: Seed, finding: Finding) -> str:
    where = f"{seed.path}:{finding.line or 0}"
    if finding.rule:
        return f"{where}: {finding.key}: {finding.problem}"
    lines = [
        f'{where}: {finding.key}: expected {finding.expected} in "{finding.evidence}"',
        f"    {finding.problem}",
    ]
    hint = finding.hint
    if hint is not None:
        lines.append(
            f"    the seed now says (line {hint.line}, {hint.score:.0f}% alike): "
            f'"{_excerpt(hint.sentence, hint.now)}"'
        )
        if hint.now and hint.now != finding.expected:
            lines.append(f"    it now appears to hold: {hint.now}")
    return "\n".join(lines)


def _check(registry: Registry, seed: Seed, quiet: bool) -> int:
    report: Report = prove(registry, seed)
    for finding in report.failures:
        print(format_failure(seed, finding))
    facts = sum(1 for f in report.findings if not f.rule)
    rules = len(report.findings) - facts
    failed = len(report.failures)
    if failed:
        print(
            f"{failed} of {facts} facts and {rules} rules fail against {seed.path}", file=sys.stderr
        )
        return EXIT_FAILED
    if not quiet:
        print(f"all {facts} facts and {rules} rules hold against {seed.path}")
    return EXIT_OK


# --- list, show, export -----------------------------------------------------------------


def _list(registry: Registry) -> int:
    from .style import render

    width = max((len(k) for k in registry), default=0)
    for fact in registry.values():
        print(f"{fact.key:<{width}}  {fact.kind:<10}  {render(fact.value)}")
    return EXIT_OK


def _relative(origin: str) -> str:
    """``file:line`` relative to the working folder where it lies below it."""
    path, _, line = origin.rpartition(":")
    try:
        return f"{Path(path).resolve().relative_to(Path.cwd())}:{line}"
    except ValueError:
        return origin


def _show(registry: Registry, key: str, seed: Seed) -> int:
    from .style import render

    if key not in registry:
        near = registry.nearest(key)
        tip = (
            f"; did you mean {', '.join(near)}?" if near else "; 'canru-facts list' shows all keys"
        )
        raise UsageError(f"no fact {key!r}{tip}")
    fact = registry[key]
    line = seed.locate(fact.evidence)
    rows = [
        ("value", render(fact.value)),
        ("kind", f"{fact.kind} ({type(fact.value).__name__})"),
        ("label", fact.label),
        ("evidence", f'"{fact.evidence}"'),
        ("in seed", f"{seed.path}:{line}" if line else f"not found in {seed.path}"),
        ("seed form", expected_text(fact)),
        ("note", fact.note or "—"),
        ("defined", _relative(fact.origin)),
    ]
    print(fact.key)
    for name, text in rows:
        print(f"  {name + ':':<10} {text}")
    return EXIT_OK


def _export(registry: Registry, args: argparse.Namespace) -> int:
    from . import export

    if args.schema:
        text = export.schema_text()
    else:
        seed = Seed.load(args.seed)
        text = (export.as_json if args.format == "json" else export.as_csv)(registry, seed)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as err:
            raise UsageError(f"{args.output}: cannot write: {err.strerror}") from None
    else:
        sys.stdout.write(text)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        registry = load(args.registry)
        match args.command:
            case "check":
                return _check(registry, Seed.load(args.seed), args.quiet)
            case "list":
                return _list(registry)
            case "show":
                return _show(registry, args.key, Seed.load(args.seed))
            case "export":
                return _export(registry, args)
    except (UsageError, SeedError, RegistryError) as err:
        print(f"canru-facts: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `canru-facts list | head`
        sys.stderr.close()
        return EXIT_OK
    raise AssertionError(f"unhandled command {args.command!r}")  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
