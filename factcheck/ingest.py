"""Ingestion: files and directories of articles -> ``Document`` objects.

Formats: ``.txt`` (first non-empty line is the title), ``.md`` (YAML front matter with
the manifest's keys minus ``file``), ``.jsonl`` (one article per line), ``.html``/``.htm``
(converted to text with inscriptis). A ``sources.yaml`` manifest beside the articles
supplies metadata; it and front matter may not disagree.

The publication date comes from, in order: the caller (``published=``), the manifest,
the front matter or JSONL record, a dateline in the text ("PUBLISHED : Wednesday, 06
September, 2017"), else it is unknown — recorded, never guessed.

Bad input never raises out of ``load_documents``: each problem becomes an ``InputError``
naming the file (and line), and the other files are still read.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import InputError
from factcheck.furniture import furniture_spans
from factcheck.models import Document, PublishedSource, Span

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".html", ".htm")
MANIFEST = "sources.yaml"
MANIFEST_KEYS = frozenset({"file", "title", "outlet", "url", "published", "note"})
FRONT_MATTER_KEYS = MANIFEST_KEYS - {"file"}
JSONL_KEYS = frozenset({"id", "text", "title", "published", "url", "outlet", "note"})

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_DATELINE = re.compile(
    r"^[ \t]*(?:PUBLISHED|Published|First published|Posted|Published on)\b[ \t]*:?[ \t]*(?:on[ \t]+)?"
    r"(?P<date>[^\r\n]*?\b(?:19|20)\d\d\b[^\r\n]*)$",
    re.MULTILINE,
)


def load_documents(paths: Iterable[str | Path], published: dt.date | None = None,
                   strict: bool = False) -> tuple[list[Document], list[InputError]]:
    """Documents from files and directories (walked in sorted order), and the errors met.

    With ``strict`` the first error is raised instead of collected.
    """
    documents: list[Document] = []
    errors: list[InputError] = []
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}

    def fail(error: InputError) -> None:
        if strict:
            raise error
        errors.append(error)

    for path in _article_files(paths, fail):
        directory = path.parent
        if directory not in manifests:
            try:
                manifests[directory] = read_manifest(directory / MANIFEST)
            except InputError as error:
                manifests[directory] = {}
                fail(error)
        try:
            documents.extend(read_file(path, manifests[directory].get(path.name, {}), published))
        except InputError as error:
            fail(error)
    return unique_ids(documents), errors


def unique_ids(documents: Sequence[Document]) -> list[Document]:
    """Documents whose ids (file stems) collide get as many trailing folders as make them
    unique ("opec/wire" and "iran/wire"): otherwise one would silently replace the other's
    claims and links."""
    seen = Counter(d.id for d in documents)
    out = []
    for d in documents:
        if seen[d.id] > 1 and d.path:
            rivals = [Path(o.path) for o in documents if o.id == d.id and o.path != d.path]
            d = d.model_copy(update={"id": _distinct_suffix(Path(d.path), rivals)})
        out.append(d)
    return out


def _distinct_suffix(path: Path, rivals: Sequence[Path]) -> str:
    parts = path.with_suffix("").parts
    for n in range(2, len(parts) + 1):
        tail = parts[-n:]
        if all(r.with_suffix("").parts[-n:] != tail for r in rivals):
            return "/".join(tail)
    return path.as_posix()


def _article_files(paths: Iterable[str | Path], fail) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            fail(InputError("no such file or directory", str(path)))
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(p, path))
            if not found:
                fail(InputError(f"directory has no articles ({', '.join(ARTICLE_SUFFIXES)})",
                                str(path)))
            yield from found
        elif path.name == MANIFEST:
            continue
        else:
            yield path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


# --------------------------------------------------------------------------- manifest


def read_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """file name -> metadata from a sources.yaml; {} when there is none."""
    if not path.exists():
        return {}
    data = _load_yaml(_read_text(path), str(path))
    if data is None:
        return {}
    if not isinstance(data, dict) or set(data) != {"documents"} or not isinstance(data["documents"], list):
        raise InputError("a manifest must be a mapping with one key, 'documents', holding a list",
                         str(path))
    lines = _item_lines(_read_text(path))
    out: dict[str, dict[str, Any]] = {}
    for i, entry in enumerate(data["documents"]):
        line = lines[i] if i < len(lines) else None
        if not isinstance(entry, dict) or "file" not in entry:
            raise InputError("each document needs a 'file' key", str(path), line)
        unknown = sorted(set(entry) - MANIFEST_KEYS)
        if unknown:
            raise InputError(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(MANIFEST_KEYS))})",
                             str(path), line)
        meta = {k: v for k, v in entry.items() if k != "file"}
        if "published" in meta:
            meta["published"] = parse_date(meta["published"], str(path), line)
        name = str(entry["file"])
        if name in out:
            raise InputError(f"file {name!r} is listed twice", str(path), line)
        if not (path.parent / name).is_file():
            raise InputError(f"lists {name!r}, which does not exist beside the manifest", str(path), line)
        out[name] = meta
    return out


def _item_lines(text: str) -> list[int]:
    """1-based line of each top-level list item under 'documents:'."""
    return [i for i, line in enumerate(text.splitlines(), 1) if re.match(r"\s{0,4}- ", line)]


def parse_date(value: Any, path: str, line: int | None = None) -> dt.date:
    """An ISO date from YAML/JSON (a date object or 'YYYY-MM-DD')."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"cannot read date {value!r}: use YYYY-MM-DD", path, line) from None


# --------------------------------------------------------------------------- files


def read_file(path: Path, meta: dict[str, Any] | None = None,
              published: dt.date | None = None) -> list[Document]:
    """The documents in one file (several for .jsonl)."""
    meta = dict(meta or {})
    suffix = path.suffix.lower()
    text = _read_text(path)
    if suffix == ".jsonl":
        return list(_jsonl_documents(path, text, published))
    if suffix in (".html", ".htm"):
        text = _html_to_text(text)
    source = PublishedSource.manifest if "published" in meta else PublishedSource.unknown
    furniture: list[Span] = []
    if suffix in (".md", ".markdown"):
        m = _FRONT_MATTER.match(text)
        if m:
            front = _front_matter(m.group(1) or "", str(path))
            for key, value in front.items():
                if key in meta and meta[key] != value:
                    raise InputError(
                        f"front matter says {key}: {value!r} but {MANIFEST} says {meta[key]!r}; "
                        "make them agree or remove one", str(path), 1 + _key_line(m.group(1) or "", key))
                meta.setdefault(key, value)
            if "published" in front and source is PublishedSource.unknown:
                source = PublishedSource.front_matter
            furniture.append(Span(start=0, end=m.end()))
    return [_document(path.stem, path, text, meta, source, published, furniture)]


def _document(doc_id: str, path: Path, text: str, meta: dict[str, Any],
              source: PublishedSource, published: dt.date | None,
              furniture: list[Span]) -> Document:
    date = meta.get("published")
    if published is not None:
        date, source = published, PublishedSource.argument
    elif date is None:
        date = dateline(text)
        source = PublishedSource.dateline if date else PublishedSource.unknown
    spans = sorted({*furniture, *furniture_spans(text)}, key=lambda s: (s.start, s.end))
    return Document(
        id=doc_id, path=path.as_posix(), title=meta.get("title") or _first_line(text, spans),
        outlet=meta.get("outlet"),
        url=meta.get("url"), published=date, published_source=source, note=meta.get("note"),
        text=text, furniture=tuple(spans),
    )


def _jsonl_documents(path: Path, text: str, published: dt.date | None) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed JSON: {exc.msg}", str(path), number, exc.colno) from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError("each line must be a JSON object with a string 'text'", str(path), number)
        unknown = sorted(set(record) - JSONL_KEYS)
        if unknown:
            raise InputError(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(JSONL_KEYS))})",
                             str(path), number)
        meta = {k: v for k, v in record.items() if k not in ("text", "id")}
        source = PublishedSource.unknown
        if meta.get("published") is not None:
            meta["published"] = parse_date(meta["published"], str(path), number)
            source = PublishedSource.jsonl
        doc_id = str(record.get("id") or f"{path.stem}-{number}")
        body = record["text"]
        yield _document(doc_id, path, body, meta, source, published, [])


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(path)) from None
    if b"\x00" in raw[:8192]:
        raise InputError("binary file (contains NUL bytes); expected UTF-8 text", str(path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                         "re-save the file as UTF-8", str(path), line) from None
    return text.removeprefix("\ufeff")


def _load_yaml(text: str, path: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise InputError(f"malformed YAML: {problem}", path,
                         mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None


def _front_matter(block: str, path: str) -> dict[str, Any]:
    data = _load_yaml(block, path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a YAML mapping", path, 2)
    unknown = sorted(set(data) - FRONT_MATTER_KEYS)
    if unknown:
        raise InputError(f"unknown front-matter key {unknown[0]!r} "
                         f"(allowed: {', '.join(sorted(FRONT_MATTER_KEYS))})",
                         path, 1 + _key_line(block, unknown[0]))
    if "published" in data:
        data["published"] = parse_date(data["published"], path, 1 + _key_line(block, "published"))
    return data


def _key_line(block: str, key: str) -> int:
    for i, line in enumerate(block.splitlines(), 1):
        if line.startswith(f"{key}:"):
            return i
    return 1


def _first_line(text: str, skip: list[Span]) -> str | None:
    for m in re.finditer(r"[^\r\n]+", text):
        if m.group(0).strip() and not any(s.start <= m.start() < s.end for s in skip):
            return m.group(0).strip()
    return None


def dateline(text: str) -> dt.date | None:
    """The date of a 'PUBLISHED : Wednesday, 06 September, 2017' line, if any."""
    from dateutil import parser

    m = _DATELINE.search(text[:5000])
    if not m:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return parser.parse(m.group("date"), fuzzy=True, ignoretz=True,
                                default=dt.datetime(2000, 1, 1)).date()
        except (ValueError, OverflowError):
            return None


def _html_to_text(html: str) -> str:
    from inscriptis import get_text

    return get_text(html)
