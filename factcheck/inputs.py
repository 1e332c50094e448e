"""The input boundary: every YAML, JSON and article byte factcheck reads passes here.

- ``load_yaml``: one YAML loader (libyaml when installed, else PyYAML's pure-Python one)
  for the manifest, front matter, ledger, configuration and baseline. It keeps the node
  tree for line numbers (``line_of``), rejects duplicate keys, refuses documents that are
  too large, nested too deeply or that expand through aliases beyond a node budget (an
  "alias bomb"), and never resolves timestamps: dates stay strings, so an impossible date
  (``2017-02-30``) is a located error of whoever reads it, never a crash inside the parser.
- ``load_json``: one JSON reader (``.jsonl`` articles) with depth and integer-size limits.
- ``read_article``: one article reader that refuses non-regular files (FIFOs, devices,
  directories), files outside the corpus root once symlinks are resolved, over-long names,
  and files above a size cap (``--max-file-size``, default ``MAX_FILE_BYTES``).

Every problem is an ``InputError(message, path, line)``: nothing here raises anything else.
"""
from __future__ import annotations

import datetime as dt
import errno
import gc
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import InputError

MAX_FILE_BYTES = 50_000_000  # articles, ledger files, manifests: larger is refused
MAX_DEPTH = 64  # nesting of YAML/JSON collections
MAX_NODES = 2_000_000  # YAML nodes after expanding aliases
MAX_INT_DIGITS = 100  # JSON integers

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader (C when available) without the timestamp resolver."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Duplicate:
    line: int
    key: str
    first: int

    def message(self) -> str:
        return f"duplicate key {self.key!r} (first at line {self.first}); the later one would win"


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML document: its data, its node tree (for lines) and duplicate keys."""

    data: Any
    node: yaml.Node | None
    path: str
    duplicates: tuple[Duplicate, ...] = field(default=())

    def line_of(self, loc: Iterable[Any], key: Callable[[Any], Any] = str) -> int | None:
        return line_of(self.node, loc, key)


def _mark_line(exc: BaseException) -> int | None:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else None


def load_yaml(text: str, path: str, *, allow_duplicates: bool = False,
              max_bytes: int = MAX_FILE_BYTES) -> YamlDoc:
    """Parse one YAML document with the limits above; ``InputError`` on any problem.

    Duplicate keys raise unless ``allow_duplicates`` (``lint`` reports them all itself).
    """
    if len(text) > max_bytes:
        raise InputError(f"YAML file too large ({len(text):,} characters; the limit is "
                         f"{max_bytes:,})", path)
    try:
        with collector_paused():
            return _load(text, path, allow_duplicates)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in problem:  # libyaml's own limit, met before ours in flow style
            raise InputError(f"YAML nested too deeply (more than {MAX_DEPTH} levels)", path,
                             _mark_line(exc)) from None
        raise InputError(f"malformed YAML: {problem}", path, _mark_line(exc)) from None
    except (RecursionError, MemoryError):
        raise InputError(f"YAML nested too deeply (limit {MAX_DEPTH})", path) from None
    except (ValueError, OverflowError, TypeError) as exc:  # constructors of odd scalars
        raise InputError(f"unreadable YAML value: {str(exc).split(':')[0]}", path) from None


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a tree of acyclic objects is built: its full
    collections rescan every object made so far, which made loading (and so ``lint``) grow
    faster than the file (1.5 MB 1.5 s, 4.5 MB 5.4 s; paused: 0.3 s, 1.0 s). Nests."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load(text: str, path: str, allow_duplicates: bool) -> YamlDoc:
    _check_depth(text, path)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        _check_size(node, path)
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    dups = tuple(duplicate_keys(node))
    if dups and not allow_duplicates:
        raise InputError(dups[0].message(), path, dups[0].line)
    return YamlDoc(data, node, path, dups)


def _check_depth(text: str, path: str) -> None:
    """Nesting depth from the event stream (no recursion), before the tree is built."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(f"YAML nested too deeply (more than {MAX_DEPTH} levels)", path,
                                 event.start_mark.line + 1)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _check_size(root: yaml.Node | None, path: str) -> None:
    """The size of the tree with every alias expanded, memoised per shared node: an alias
    bomb is linear to measure here, exponential for whoever walks the data afterwards."""
    if root is None:
        return
    size: dict[int, int] = {}
    visiting: set[int] = set()  # the current path: meeting one again is a cycle
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        nid = id(node)
        if expanded:
            visiting.discard(nid)
            total = 1 + sum(size[id(c)] for c in _children(node))
            if total > MAX_NODES:
                raise InputError(f"YAML expands to more than {MAX_NODES:,} nodes through "
                                 "aliases (an alias bomb?)", path, node.start_mark.line + 1)
            size[nid] = total
        elif nid in visiting:
            raise InputError("recursive YAML alias (a node that contains itself)", path,
                             node.start_mark.line + 1)
        elif nid not in size:
            visiting.add(nid)
            stack.append((node, True))
            stack.extend((c, False) for c in _children(node) if id(c) not in size)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def duplicate_keys(root: yaml.Node | None) -> list[Duplicate]:
    """Keys that appear twice in one mapping (PyYAML silently keeps the last), in order."""
    out: list[Duplicate] = []
    seen_nodes: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen_nodes:
            continue
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[Any, int] = {}
            for k, _ in node.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in first:
                        out.append(Duplicate(k.start_mark.line + 1, k.value, first[k.value]))
                    first.setdefault(k.value, k.start_mark.line + 1)
        stack.extend(reversed(_children(node)))
    return sorted(out, key=lambda d: d.line)


def locate(node: yaml.Node | None, loc: Iterable[Any], key: Callable[[Any], Any] = str,
           ) -> tuple[yaml.Node | None, int | None]:
    """The node at a (pydantic-style) location and its 1-based line: a key's own line, an
    item's first line. A part that matches nothing (a union tag, a missing key) is skipped,
    so the line is the deepest one found. ``key`` normalises YAML keys before comparing."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if key(k.value) == part), None)
            if pair is None:
                continue
            node, line = pair[1], pair[0].start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and 0 <= part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
    return node, line


def line_of(node: yaml.Node | None, loc: Iterable[Any],
            key: Callable[[Any], Any] = str) -> int | None:
    return locate(node, loc, key)[1]


def require_str(value: Any, what: str, path: str, line: int | None) -> str | None:
    """A metadata field must be text (or absent): ``title: 5`` is a located error."""
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{what} must be text, not {type(value).__name__} {value!r}; quote it",
                     path, line)


# --------------------------------------------------------------------------- JSON

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def iso_day(value: str) -> dt.date:
    """The day of an ISO 8601 date ("2025-04-13") or date and time ("2025-04-13T13:20:00+01:00",
    "2025-04-13 21:05Z"): the calendar day where it was written, not the UTC one. Raises
    ValueError for anything else."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return dt.datetime.fromisoformat(value).date()


def load_json(text: str, path: str, line: int | None = None) -> Any:
    """One JSON value, refusing nesting beyond ``MAX_DEPTH`` and integers longer than
    ``MAX_INT_DIGITS`` digits; ``InputError`` (at ``line``) on any problem."""
    depth = 0
    for m in _JSON_TOKEN.finditer(text):
        c = m.group(0)
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(f"JSON nested too deeply (more than {MAX_DEPTH} levels)",
                                 path, line)
        elif c in "]}":
            depth -= 1

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            raise InputError(f"JSON integer too long ({len(digits)} digits; the limit is "
                             f"{MAX_INT_DIGITS})", path, line)
        return int(digits)

    def parse_constant(name: str) -> Any:
        raise InputError(f"JSON does not allow {name}", path, line)

    try:
        return json.loads(text, parse_int=parse_int, parse_constant=parse_constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg}", path, line if line is not None
                         else exc.lineno, exc.colno) from None
    except (RecursionError, ValueError) as exc:
        raise InputError(f"unreadable JSON: {exc}", path, line) from None


# --------------------------------------------------------------------------- files


def read_bytes(path: Path, root: Path | None = None, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``, inside ``root`` (after
    resolving symlinks) when a root is given. Never blocks on a FIFO or reads a device."""
    where = str(path)
    try:
        info = os.stat(path)
        if root is not None:
            real, base = path.resolve(), root.resolve()
            if real != base and base not in real.parents:
                raise InputError(f"refused: a symlink to {real}, outside {root}", where)
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise InputError(f"refused: {kind} (FIFO, device or socket)"
                             if kind != "a directory" else "refused: a directory", where)
        if info.st_size > max_bytes:
            raise InputError(f"file too large ({info.st_size:,} bytes; the limit is "
                             f"{max_bytes:,}, see --max-file-size)", where)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced since the stat
                raise InputError("refused: not a regular file", where)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                raw = handle.read(max_bytes + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError("file name too long", where[:80] + "…") from None
        raise InputError(f"cannot read: {exc.strerror}", where) from None
    if len(raw) > max_bytes:
        raise InputError(f"file too large (more than {max_bytes:,} bytes, see "
                         "--max-file-size)", where)
    return raw


def read_text(path: Path, root: Path | None = None, max_bytes: int = MAX_FILE_BYTES) -> str:
    """UTF-8 text of a file read by ``read_bytes`` (BOM removed), or a located error."""
    raw = read_bytes(path, root, max_bytes)
    if b"\x00" in raw[:8192]:
        raise InputError("binary file (contains NUL bytes); expected UTF-8 text", str(path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                         "re-save the file as UTF-8", str(path), line) from None
    return text.removeprefix("\ufeff")


def inside(folder: Path, name: str, base: Path) -> tuple[Path, Path] | None:
    """``folder / name`` and its resolved path when that stays inside ``folder`` (whose
    resolved path is ``base``, resolved once for all its names), else None."""
    if not name or Path(name).is_absolute():
        return None
    target = folder / name
    try:
        real = target.resolve()
    except (OSError, RuntimeError):
        return None
    return (target, real) if base in real.parents else None
