"""The ``canru-facts`` command: check, update, list, show and export the facts.

The book it works on is named in ``[tool.canru-facts]`` of the nearest
pyproject.toml (:mod:`canru_facts.config`); ``--registry``, ``--rules`` and
``--seed`` override it.

Exit codes: 0 all is well; 1 a fact does not hold (changed, reworded, gone, or
its evidence does not state it) or a rule is broken; 2 the command could not
run (a usage error, a broken registry, an unknown key, or a seed that cannot
serve: missing, empty, not text, not UTF-8, or sharing almost no quotes with
the registry).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__, config, rules
from .forms import expected_text
from .proof import Report, describe, prove
from .provenance import Provenance, ProvenanceError
from .registry import Registry, RegistryError, load
from .seed import Seed, SeedError

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
        metavar="MODULE:NAME",
        help="where the facts live (default: registry in [tool.canru-facts] of pyproject.toml)",
    )
    parser.add_argument(
        "--rules",
        metavar="MODULE:NAME",
        help="the rules that tie the facts together (default: the configured book's rules, "
        "unless --registry names other facts)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def with_seed(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--seed",
            type=Path,
            metavar="PATH",
            help="the seed text (default: seed in [tool.canru-facts] of pyproject.toml)",
        )

    check = commands.add_parser("check", help="prove every fact against the seed")
    with_seed(check)
    check.add_argument("-q", "--quiet", action="store_true", help="print failures only")

    update = commands.add_parser(
        "update",
        help="apply a newer seed: show (or --write) its text, its provenance and the new quotes",
        description=(
            "Prove the facts against a newer seed and show, as a unified diff, what "
            "applying it changes: the seed and its provenance, the new quote of every "
            "reworded fact, and the value and quote of every changed fact accepted. "
            "Gone facts are listed for you to decide. Nothing is written without --write."
        ),
    )
    update.add_argument(
        "--seed", type=Path, metavar="NEW", required=True, help="the newer copy of the seed"
    )
    update.add_argument("--write", action="store_true", help="apply the update (default: show it)")
    update.add_argument(
        "--accept",
        nargs="+",
        action="extend",
        default=[],
        metavar="KEY",
        help="take the new value (and quote) of these changed facts",
    )
    update.add_argument(
        "--accept-all", action="store_true", help="take the new value of every changed fact"
    )
    update.add_argument(
        "--revision", metavar="ID", help="record the source's revision id in the provenance"
    )
    update.add_argument(
        "--retrieved",
        type=_date,
        metavar="YYYY-MM-DD",
        help="record the day the copy was taken in the provenance",
    )

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


def format_failure(seed: Seed, finding) -> str:
    return describe(finding, seed.path)


def _proven(registry: Registry, seed: Seed, book_rules: tuple[rules.Rule, ...]) -> Report:
    """The proof of the registry against ``seed``; UsageError if the seed is not the source."""
    report = prove(registry, seed, book_rules)
    if report.unusable:
        raise UsageError(f"{seed.path}: {report.unusable}")
    return report


def summary(report: Report) -> str:
    """One line: how many facts and rules fail, and each verdict's count."""
    facts = {f.key for f in report.findings if not f.rule}
    failing = {f.key for f in report.failures if not f.rule}
    rules_count = sum(1 for f in report.findings if f.rule)
    broken = sum(1 for f in report.failures if f.rule)
    # One verdict per fact: its main evidence's, or its first failing mention's.
    verdicts: dict[str, str] = {}
    for finding in sorted(report.failures, key=lambda f: bool(f.mention)):
        if not finding.rule:
            verdicts.setdefault(finding.key, finding.verdict)
    counts = Counter(verdicts.values())
    parts = [
        f"{counts[verdict]} {words}"
        for verdict, words in (
            ("changed", "changed"),
            ("reworded", "reworded"),
            ("gone", "gone"),
            ("unstated", "not stated by their evidence"),
        )
        if counts.get(verdict)
    ]
    if failing:
        line = f"{len(failing)} of {len(facts)} facts do not hold"
        line += f" ({', '.join(parts)})" if parts else ""
    else:
        line = f"all {len(facts)} facts hold"
    if broken:
        line += f"; {broken} of {rules_count} rules fail"
    return f"{line} against {report.seed.path}"


def _check(registry: Registry, seed: Seed, book_rules: tuple[rules.Rule, ...], quiet: bool) -> int:
    report = _proven(registry, seed, book_rules)
    for finding in report.failures:
        print(format_failure(seed, finding))
    facts = sum(1 for key in {f.key for f in report.findings if not f.rule})
    rules_count = sum(1 for f in report.findings if f.rule)
    if report.failures:
        print(summary(report), file=sys.stderr)
        return EXIT_FAILED
    if not quiet:
        print(f"all {facts} facts and {rules_count} rules hold against {seed.path}")
    return EXIT_OK


# --- update --------------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-29") from None


def _update(
    registry: Registry, book_rules: tuple[rules.Rule, ...], args: argparse.Namespace
) -> int:
    from . import update

    book = config.find()
    if book is None:
        raise UsageError(
            "update needs a configured book ([tool.canru-facts] in pyproject.toml) "
            "to know where the seed lives"
        )
    seed = Seed.load(args.seed)
    report = _proven(registry, seed, book_rules)
    try:
        plan = update.plan(
            registry,
            report,
            seed_path=book.seed,
            new_seed=args.seed,
            root=book.root,
            accept=args.accept,
            accept_all=args.accept_all,
            revision=args.revision,
            retrieved=args.retrieved,
        )
    except update.UpdateError as err:
        raise UsageError(str(err)) from None
    if args.write:
        for path in update.apply(plan):
            print(f"wrote {_relative_path(path)}")
    else:
        sys.stdout.write(update.diff(plan))
    _tell(plan, seed)
    if not args.write:
        print("dry run: nothing written; --write applies the diff above")
    return EXIT_OK if plan.settled else EXIT_FAILED


def _tell(plan, seed: Seed) -> None:
    """What the update does to the facts, and what it leaves to a person."""

    def quotes(findings) -> str:
        return ", ".join(
            dict.fromkeys(f.key + (f"@{f.mention}" if f.mention else "") for f in findings)
        )

    def facts(findings) -> list[str]:  # a value changes once, whichever mentions show it
        return list(dict.fromkeys(f.key for f in findings))

    def listed(findings) -> None:  # each on a line of its own: the verdict's first line
        for finding in findings:
            print("    " + describe(finding, seed.path).splitlines()[0])

    if plan.reworded:
        print(f"{len(plan.reworded)} reworded: new quote for {quotes(plan.reworded)}")
    if plan.accepted:
        accepted = facts(plan.accepted)
        print(f"{len(accepted)} changed and accepted: new value for {', '.join(accepted)}")
    if plan.changed:
        print(
            f"{len(facts(plan.changed))} changed, left as they are "
            "(take them with --accept KEY or --accept-all):"
        )
        listed(plan.changed)
    if plan.gone:
        print(
            f"{len(plan.gone)} gone, for you to decide (remove the fact and its citations, "
            "or quote where the seed says it now):"
        )
        listed(plan.gone)
    listed(plan.other)
    for problem in plan.problems:
        print(f"cannot apply: {problem}")


# --- list, show, export -----------------------------------------------------------------


def _list(registry: Registry) -> int:
    from .style import render

    width = max((len(k) for k in registry), default=0)
    for fact in registry.values():
        print(f"{fact.key:<{width}}  {fact.kind:<12}  {render(fact.value)}")
    return EXIT_OK


def _relative_path(path: Path) -> Path:
    """``path`` relative to the working folder where it lies below it, for shorter messages."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


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
    kind, detail = fact.value.describe()
    rows = [
        ("value", render(fact.value)),
        ("kind", f"{kind}{f' ({detail})' if detail else ''}, {type(fact.value).__name__}"),
        ("label", fact.label),
    ]
    for name, words in fact.mentions.items():
        line = seed.locate(words)
        rows.append(("evidence" if not name else f"@{name}", f'"{words}"'))
        rows.append(("in seed", f"{seed.path}:{line}" if line else f"not found in {seed.path}"))
    rows += [
        ("seed form", expected_text(fact)),
        ("sic", fact.sic or "—"),
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
        if args.format == "json":
            text = export.as_json(registry, seed, Provenance.load(args.seed))
        else:
            text = export.as_csv(registry, seed)
    if args.output:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as err:
            raise UsageError(f"{args.output}: cannot write: {err.strerror}") from None
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _book(args: argparse.Namespace) -> tuple[Registry, tuple[rules.Rule, ...]]:
    """The registry and rules to use, and the seed filled into ``args``: options, then config."""
    book = config.find()
    if args.registry is None and book is None:
        raise UsageError(
            "no book is configured here: pass --registry MODULE:NAME and --seed PATH, "
            "or add [tool.canru-facts] to pyproject.toml"
        )
    registry_spec = args.registry or book.registry
    rules_spec = args.rules
    if rules_spec is None and args.registry is None:
        rules_spec = book.rules  # the configured book's rules go with its facts only
    if getattr(args, "seed", "absent") is None:
        if book is None:
            raise UsageError("no seed is configured here: pass --seed PATH")
        args.seed = _relative_path(book.seed)
    registry = load(registry_spec)
    return registry, rules.load(rules_spec) if rules_spec else ()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        registry, book_rules = _book(args)
        match args.command:
            case "check":
                return _check(registry, Seed.load(args.seed), book_rules, args.quiet)
            case "update":
                return _update(registry, book_rules, args)
            case "list":
                return _list(registry)
            case "show":
                return _show(registry, args.key, Seed.load(args.seed))
            case "export":
                return _export(registry, args)
    except (
        UsageError,
        SeedError,
        RegistryError,
        config.ConfigError,
        ProvenanceError,
    ) as err:
        print(f"canru-facts: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `canru-facts list | head`
        sys.stderr.close()
        return EXIT_OK
    raise AssertionError(f"unhandled command {args.command!r}")  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
