"""Writing output: atomic files (temp file + rename) or standard output.

A file is written to a temporary file beside its target, then renamed over it, so a
reader never sees half a report. A symlink is written through (its target is replaced,
the link kept); a FIFO or device is written in place, never replaced by a regular file;
a directory is refused. A new file gets mode 0666 under the umask (0644 usually), an
existing one keeps its mode. The temporary file is removed when the write fails or the
process is interrupted (SIGINT, SIGTERM: see ``cli.main``). Every ``OSError`` becomes an
``InputError`` naming the path (one line, exit status 2).
"""
from __future__ import annotations

import json
import math
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError, InputError


def strict_json(data: Any, indent: int | None = None) -> str:
    """JSON as RFC 8259 defines it: a NaN or an infinity is refused (an error naming it,
    exit 2), never written as the ``NaN``/``Infinity`` no JSON parser reads. With
    ``indent``, the text of ``json.dumps(data, indent=indent)`` (``_indented``)."""
    try:
        if indent is None:
            return json.dumps(data, ensure_ascii=False, allow_nan=False)
        return _indented(data, " " * indent)
    except ValueError as exc:
        raise FactcheckError(f"internal error: {exc} (a value that is not a finite number); "
                             "please report it with the input") from None


def _indented(data: Any, step: str) -> str:
    """``json.dumps(data, ensure_ascii=False, allow_nan=False, indent=len(step))``, the
    same text and errors, about twice as fast: Python's encoder leaves its C part
    whenever ``indent`` is set and yields every token from nested generators (0.4 CPU s
    for the 15 MB report of 3,000 documents); here each container is one ``join``."""
    keys: dict[str, str] = {}  # a report repeats few keys many times

    def key(k: Any) -> str:
        if type(k) is str:
            if k not in keys:
                keys[k] = encode_basestring(k) + ": "
            return keys[k]
        if isinstance(k, str):
            return encode_basestring(k) + ": "
        if isinstance(k, (bool, float)) or k is None:
            return encode_basestring(scalar(k)) + ": "
        if isinstance(k, int):
            return encode_basestring(int.__repr__(k)) + ": "
        raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")

    def scalar(o: Any) -> str:
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            if o != o or o in (math.inf, -math.inf):
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return float.__repr__(o)
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def value(o: Any, pad: str) -> str:
        if isinstance(o, str):
            return encode_basestring(o)
        inner = pad + step
        if isinstance(o, (list, tuple)):
            return "[\n" + inner + (",\n" + inner).join([value(v, inner) for v in o]) + \
                "\n" + pad + "]" if o else "[]"
        if isinstance(o, dict):
            return "{\n" + inner + (",\n" + inner).join(
                [key(k) + value(v, inner) for k, v in o.items()]) + "\n" + pad + "}" if o else "{}"
        return scalar(o)

    return value(data, "")


def dumps(data: Any, fmt: str) -> str:
    """Serialise for --format json|yaml (deterministic: keys in insertion order)."""
    if fmt == "json":
        return strict_json(data, indent=2) + "\n"
    if fmt == "yaml":
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    raise ValueError(f"unknown format {fmt!r}")


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(strict_json(r) + "\n" for r in records)


def _file_id(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def refuse_inputs(targets: Iterable[str | Path | None], inputs: Iterable[str | Path]) -> None:
    """An output that is one of the input files (an article, a manifest, a ledger file,
    also through a symlink or hard link) is refused before anything is read or written."""
    wanted = {t: _file_id(t) for t in targets if t is not None and str(t) != "-"}
    wanted = {t: i for t, i in wanted.items() if i is not None}
    if not wanted:
        return
    ids = {i for p in inputs if (i := _file_id(p)) is not None}
    for target, ident in wanted.items():
        if ident in ids:
            raise InputError("refusing to write output onto an input file (an article, a "
                             "manifest or a ledger file); choose another output path",
                             str(target))


def write(text: str, path: str | Path | None) -> None:
    """Write to ``path`` atomically, or to standard output when path is None or '-'."""
    if path is None or str(path) == "-":
        _write_stdout(text)
        return
    where = str(path)
    try:
        target = Path(os.path.realpath(path))  # write through symlinks, keep the link
        try:
            st = os.stat(target)
        except FileNotFoundError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise InputError("cannot write: is a directory", where)
        if st is not None and not stat.S_ISREG(st.st_mode):
            _write_in_place(text, target, where)
            return
        mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
        target.parent.mkdir(parents=True, exist_ok=True)
        _replace(text, target, mode)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", where) from None


def _replace(text: str, target: Path, mode: int) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:  # also KeyboardInterrupt and the SystemExit of SIGTERM
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_in_place(text: str, target: Path, where: str) -> None:
    """A FIFO or character device (``-o /dev/null``): write into it, never replace it. A
    FIFO with no reader is an error, not a hang."""
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror} (not a regular file)", where) from None
    os.set_blocking(fd, True)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `factcheck … | head`: the reader has gone, not an error
        discard_stdout()
        raise
    except OSError as exc:
        discard_stdout()
        raise InputError(f"cannot write: {exc.strerror or exc}", "<stdout>") from None


def discard_stdout() -> None:
    """What could not be written stays buffered: send it nowhere, so the interpreter's
    final flush does not fail a second time with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def append(text: str, path: str) -> None:
    """Append to a file that others write too ($GITHUB_STEP_SUMMARY); errors as above."""
    try:
        if os.path.isdir(path):
            raise InputError("cannot write: is a directory", path)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path) from None
