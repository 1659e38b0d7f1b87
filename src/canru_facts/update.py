"""Apply a newer seed to the book: ``canru-facts update --seed NEW``.

The proof of the registry against the new seed (:func:`canru_facts.proof.prove`)
says, for each fact that no longer holds, whether it was reworded, changed or
gone.  An update is planned from that:

* the new seed's text goes to the configured seed path, and its provenance file
  (:mod:`canru_facts.provenance`) records its SHA-256, and the revision and the
  day it was retrieved when given;
* each **reworded** mention gets its new verbatim quote as evidence (the main
  evidence, or the mention's entry in ``also=``): the value still holds;
* each **changed** fact whose key is accepted (``--accept KEY``, ``--accept-all``)
  gets the new value and the new quote; the others are listed, untouched;
* each **gone** fact is listed for a person to decide, never deleted.

The registry's Python is edited with libcst, node by node, so every other byte
of a module (formatting, comments) stays as it was; a new value's class is
added to the module's import from ``canru_facts.model`` when it lacks it.  A
string is written as the project's formatter writes it: on one line when it
fits, else as a parenthesised run of pieces.  The provenance file is edited
with tomlkit, which keeps its comments.

By default nothing is written: :func:`diff` shows the change as a unified diff.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst
import tomlkit
from libcst.metadata import MetadataWrapper, PositionProvider

from . import provenance
from .kinds import Kind
from .kinds.base import python_string
from .model import Fact
from .proof import CHANGED, GONE, REWORDED, Finding, Report
from .registry import Registry

__all__ = ["Plan", "UpdateError", "apply", "diff", "plan"]

LINE_LENGTH = 100  # the project's formatter's
PIECE_WIDTH = 88  # how wide a piece of a long string runs, as the registry writes them


class UpdateError(Exception):
    """The update cannot be planned. ``str()`` is one line for the user."""


@dataclass
class Plan:
    """What an update would change, file by file, and what it leaves to a person."""

    root: Path  # paths are shown relative to it
    files: dict[Path, tuple[str, str]] = field(default_factory=dict)  # path -> (old, new) text
    seed_bytes: tuple[Path, bytes] | None = None  # the new seed, and where it goes
    reworded: list[Finding] = field(default_factory=list)
    accepted: list[Finding] = field(default_factory=list)
    changed: list[Finding] = field(default_factory=list)  # changed, not accepted
    gone: list[Finding] = field(default_factory=list)
    other: list[Finding] = field(default_factory=list)  # unstated values, broken rules
    problems: list[str] = field(default_factory=list)  # edits that could not be made

    @property
    def settled(self) -> bool:
        """Whether, once written, every fact holds (nothing is left for a person)."""
        return not (self.changed or self.gone or self.other or self.problems)


# --- planning -------------------------------------------------------------------------------


def plan(
    registry: Registry,
    report: Report,
    *,
    seed_path: Path,
    new_seed: Path,
    root: Path,
    accept: Iterable[str] = (),
    accept_all: bool = False,
    revision: str | None = None,
    retrieved: dt.date | None = None,
) -> Plan:
    """The update that brings the book to ``new_seed``; UpdateError for an unknown key."""
    accept = set(accept)
    changed_keys = {f.key for f in report.failures if f.verdict == CHANGED}
    for key in sorted(accept):
        if key not in registry:
            near = registry.nearest(key)
            tip = f"; did you mean {', '.join(near)}?" if near else ""
            raise UpdateError(f"--accept {key}: no such fact{tip}")
        if key not in changed_keys:
            raise UpdateError(f"--accept {key}: this seed does not change its value")
    result = Plan(root)
    edits: dict[str, _Edit] = {}
    # Main evidences first: a further mention need only name the value they state.
    for finding in sorted(report.failures, key=lambda f: bool(f.mention)):
        if finding.rule or finding.verdict not in (CHANGED, REWORDED, GONE):
            result.other.append(finding)
            continue
        if finding.verdict == GONE:
            result.gone.append(finding)
            continue
        edit = edits.setdefault(finding.key, _Edit(registry[finding.key]))
        now = finding.drift
        if finding.verdict == REWORDED:
            edit.evidence[finding.mention] = now.quote
            result.reworded.append(finding)
        elif accept_all or finding.key in accept:
            if now.value is None:
                result.problems.append(
                    f"{finding.key}: the passage states no value of its kind; edit it by hand"
                )
                continue
            if finding.mention:
                value = edit.value or edit.fact.value
                if not set(now.value.identifying_forms()) & set(value.identifying_forms()):
                    result.problems.append(
                        f"{finding.key}@{finding.mention}: this mention now names "
                        f"{now.value.python()}, not {value.python()}; edit it by hand"
                    )
                    continue
                edit.evidence[finding.mention] = now.quote
                result.accepted.append(finding)
                continue
            edit.value = now.value
            edit.evidence[finding.mention] = now.quote
            result.accepted.append(finding)
        else:
            result.changed.append(finding)
    _plan_sources(result, [e for e in edits.values() if e.value is not None or e.evidence])
    _plan_seed(result, seed_path, new_seed, revision, retrieved)
    return result


@dataclass
class _Edit:
    fact: Fact
    value: Kind | None = None
    evidence: dict[str, str] = field(default_factory=dict)  # mention -> new quote


def _plan_sources(result: Plan, edits: list[_Edit]) -> None:
    by_file: dict[Path, list[_Edit]] = {}
    for edit in edits:
        path = Path(edit.fact.origin.rpartition(":")[0])
        if not path.is_file():
            result.problems.append(
                f"{edit.fact.key}: its module {path} cannot be found; edit it by hand"
            )
            continue
        by_file.setdefault(path.resolve(), []).append(edit)
    for path, file_edits in by_file.items():
        old = path.read_text(encoding="utf-8")
        new, missing = edit_source(old, file_edits)
        for key in missing:
            result.problems.append(
                f"{key}: no Fact({key!r}, ...) with its key written out in {path}; edit it by hand"
            )
        if new != old:
            result.files[path] = (old, new)


def _plan_seed(
    result: Plan,
    seed_path: Path,
    new_seed: Path,
    revision: str | None,
    retrieved: dt.date | None,
) -> None:
    data = new_seed.read_bytes()
    same = seed_path.is_file() and seed_path.read_bytes() == data
    if new_seed.resolve() != seed_path.resolve() and not same:
        result.seed_bytes = (seed_path, data)
        old = seed_path.read_text(encoding="utf-8") if seed_path.is_file() else ""
        result.files[seed_path.resolve()] = (old, data.decode("utf-8"))
    record = provenance.path_for(seed_path)
    old = record.read_text(encoding="utf-8") if record.is_file() else ""
    new = provenance_text(old, hashlib.sha256(data).hexdigest(), revision, retrieved)
    if new != old:
        result.files[record.resolve()] = (old, new)


def provenance_text(old: str, sha256: str, revision: str | None, retrieved: dt.date | None) -> str:
    """The provenance file's text with the digest (and revision, retrieval day) set."""
    document = tomlkit.parse(old) if old else tomlkit.document()
    document["sha256"] = sha256
    if revision is not None:
        document["revision"] = revision
    if retrieved is not None:
        document["retrieved"] = retrieved
    return tomlkit.dumps(document)


# --- editing a registry module --------------------------------------------------------------


def edit_source(source: str, edits: list[_Edit]) -> tuple[str, list[str]]:
    """``source`` with each edit made; and the keys whose Fact(...) call was not found."""
    module = cst.parse_module(source)
    wrapper = MetadataWrapper(module)
    positions = wrapper.resolve(PositionProvider)
    editor = _FactEditor({e.fact.key: e for e in edits}, positions)
    edited = wrapper.module.visit(editor)
    missing = [key for key in editor.edits if key not in editor.done]
    names = {type(e.value).__name__ for e in edits if e.value is not None}
    if any("Decimal(" in e.value.python() for e in edits if e.value is not None):
        edited = _with_import(edited, "decimal", "Decimal")
    for name in sorted(names):
        edited = _with_import(edited, "canru_facts.model", name)
    return edited.code, missing


def _literal(node: cst.BaseExpression) -> str | None:
    """The text of a string literal node (one string, or pieces run together); else None."""
    if isinstance(node, cst.SimpleString):
        value = node.evaluated_value
        return value if isinstance(value, str) else None
    if isinstance(node, cst.ConcatenatedString):
        left, right = _literal(node.left), _literal(node.right)
        return None if left is None or right is None else left + right
    return None


class _FactEditor(cst.CSTTransformer):
    """Rewrites the value, evidence and further mentions of the named Fact(...) calls."""

    def __init__(self, edits: dict[str, _Edit], positions) -> None:
        super().__init__()
        self.edits = edits
        self.positions = positions
        self.done: set[str] = set()
        self._columns: dict[int, int] = {}

    def visit_Arg(self, node: cst.Arg) -> bool:
        self._columns[id(node)] = self.positions[node].start.column
        return True

    def visit_DictElement(self, node: cst.DictElement) -> bool:
        self._columns[id(node)] = self.positions[node].start.column
        return True

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        func = original.func
        name = func.value if isinstance(func, cst.Name) else getattr(func, "attr", None)
        if getattr(name, "value", name) != "Fact":
            return updated
        key_arg = next((a for a in original.args if a.keyword is None), None)
        key_arg = next((a for a in original.args if _kw(a) == "key"), key_arg)
        key = _literal(key_arg.value) if key_arg is not None else None
        edit = self.edits.get(key) if key else None
        if edit is None:
            return updated
        args = list(updated.args)
        positional = [i for i, a in enumerate(original.args) if a.keyword is None]
        for i, arg in enumerate(original.args):
            column = self._columns.get(id(arg), 8)
            place = positional.index(i) if i in positional else None
            keyword = _kw(arg)
            if edit.value is not None and (keyword == "value" or place == 2):
                args[i] = args[i].with_changes(value=cst.parse_expression(edit.value.python()))
            elif "" in edit.evidence and (keyword == "evidence" or place == 3):
                prefix = len("evidence=") if keyword else 0
                value = _string(edit.evidence[""], column, prefix)
                args[i] = args[i].with_changes(value=value)
            elif keyword == "also" and isinstance(arg.value, cst.Dict):
                args[i] = args[i].with_changes(value=self._also(args[i].value, edit))
        self.done.add(key)
        return updated.with_changes(args=args)

    def _also(self, node: cst.Dict, edit: _Edit) -> cst.Dict:
        elements = []
        for element in node.elements:
            name = _literal(element.key) if isinstance(element, cst.DictElement) else None
            if name and name in edit.evidence:
                column = self._columns.get(id(element), 12)
                prefix = len(element.key.value) + 2  # "name": ...
                element = element.with_changes(value=_string(edit.evidence[name], column, prefix))
            elements.append(element)
        return node.with_changes(elements=elements)


def _kw(arg: cst.Arg) -> str | None:
    return arg.keyword.value if arg.keyword is not None else None


def _string(text: str, column: int, prefix: int) -> cst.BaseExpression:
    """A string expression as the registry writes one, for an argument at ``column``.

    One literal where ``column + prefix + literal + ","`` fits the line; else the
    literal in parentheses, on a line of its own, where it fits there; else a
    parenthesised run of pieces, each ending at a space, on lines of their own.
    """
    literal = python_string(text)
    if column + prefix + len(literal) + 1 <= LINE_LENGTH:
        return cst.parse_expression(literal)
    inner = " " * (column + 4)
    if len(inner) + len(literal) <= LINE_LENGTH:
        return cst.parse_expression(f"(\n{inner}{literal}\n{' ' * column})")
    pieces, piece = [], ""
    for word in text.split(" "):
        candidate = f"{piece} {word}" if piece else word
        if piece and len(python_string(candidate + " ")) > PIECE_WIDTH - len(inner) + 8:
            pieces.append(piece + " ")
            piece = word
        else:
            piece = candidate
    pieces.append(piece)
    body = "".join(f"{inner}{python_string(p)}\n" for p in pieces)
    return cst.parse_expression(f"(\n{body}{' ' * column})")


def _with_import(module: cst.Module, source: str, name: str) -> cst.Module:
    """``module`` importing ``name`` from ``source`` (added to its import, kept in order)."""
    for i, statement in enumerate(module.body):
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if (
                isinstance(small, cst.ImportFrom)
                and small.module is not None
                and _dotted(small.module) == source
                and not isinstance(small.names, cst.ImportStar)
            ):
                present = [alias.name.value for alias in small.names]
                if name in present:
                    return module
                added = statement.with_changes(body=[_add_alias(small, name)])
                if len(module.code_for_node(added).rstrip("\n")) > LINE_LENGTH:
                    # Too long for one line: one name a line, as the formatter lays it out.
                    names = sorted([*present, name])
                    lines = "".join(f"    {n},\n" for n in names)
                    wrapped = cst.parse_statement(f"from {source} import (\n{lines})\n")
                    added = wrapped.with_changes(leading_lines=statement.leading_lines)
                return module.with_changes(body=[*module.body[:i], added, *module.body[i + 1 :]])
    line = cst.parse_statement(f"from {source} import {name}\n")
    at = next(
        (
            i
            for i, s in enumerate(module.body)
            if not (isinstance(s, cst.SimpleStatementLine) and _is_docstring_or_import(s))
        ),
        len(module.body),
    )
    return module.with_changes(body=[*module.body[:at], line, *module.body[at:]])


def _is_docstring_or_import(statement: cst.SimpleStatementLine) -> bool:
    first = statement.body[0]
    is_docstring = isinstance(first, cst.Expr) and isinstance(first.value, cst.SimpleString)
    return is_docstring or isinstance(first, cst.Import | cst.ImportFrom)


def _dotted(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_dotted(node.value)}.{node.attr.value}"
    return ""


def _add_alias(node: cst.ImportFrom, name: str) -> cst.ImportFrom:
    """The import with ``name`` added among its names, in their order and their layout."""
    names = list(node.names)
    at = next((i for i, alias in enumerate(names) if alias.name.value > name), len(names))
    if at < len(names):  # before a name: take that name's comma and spacing
        names.insert(at, names[at].with_changes(name=cst.Name(name), asname=None))
    else:  # last: the old last name takes the comma of the one before it
        last = names[-1]
        before = (
            names[-2].comma
            if len(names) > 1
            else cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
        )
        names[-1] = last.with_changes(comma=before)
        names.append(cst.ImportAlias(name=cst.Name(name), comma=last.comma))
    return node.with_changes(names=names)


# --- showing and writing ----------------------------------------------------------------------


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def diff(result: Plan) -> str:
    """The update as one unified diff, file by file (paths relative to the project)."""
    chunks = []
    for path in sorted(result.files):
        old, new = result.files[path]
        name = _shown(path, result.root)
        chunks += difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    return "".join(line if line.endswith("\n") else line + "\n" for line in chunks)


def apply(result: Plan) -> list[Path]:
    """Write the planned files; the seed byte for byte as given.  Returns what was written."""
    written = []
    for path, (_, new) in sorted(result.files.items()):
        if result.seed_bytes is not None and path == result.seed_bytes[0].resolve():
            path.write_bytes(result.seed_bytes[1])
        else:
            path.write_text(new, encoding="utf-8")
        written.append(path)
    return written
