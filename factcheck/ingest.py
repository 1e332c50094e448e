"""Ingestion: files and directories of articles -> ``Document`` objects.

Formats: ``.txt`` (first non-empty line is the title), ``.md`` (YAML front matter with
the manifest's keys minus ``file``), ``.jsonl`` (one article per line), ``.html``/``.htm``
(converted to text with inscriptis). A ``sources.yaml`` manifest beside the articles
supplies metadata; it and front matter may not disagree.

The publication date comes from, in order: the caller (``published=``), the manifest,
the front matter or JSONL record, a dateline in the text ("PUBLISHED : Wednesday, 06
September, 2017"), else it is unknown — recorded, never guessed.

Bad input never raises out of ``load_documents``: each problem becomes an ``InputError``
naming the file (and line), and the other files are still read. Every byte is read through
``factcheck.inputs`` (regular files only, inside the corpus root, under the size cap).
"""
from __future__ import annotations

import datetime as dt
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck import inputs
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
                   strict: bool = False, max_bytes: int = inputs.MAX_FILE_BYTES,
                   ) -> tuple[list[Document], list[InputError]]:
    """Documents from files and directories (walked in sorted order), and the errors met.

    A file found in a directory must stay inside it once symlinks are resolved; every file
    must be a regular file of at most ``max_bytes``. Its metadata comes from the nearest
    ``sources.yaml`` listing it, in its folder or a parent folder up to the directory given
    (``file: inner/b.txt``). With ``strict`` the first error is raised instead of collected.
    """
    documents: list[Document] = []
    errors: list[InputError] = []
    manifests: dict[Path, dict[Path, dict[str, Any]]] = {}

    def fail(error: InputError) -> None:
        if strict:
            raise error
        errors.append(error)

    def manifest(directory: Path) -> dict[Path, dict[str, Any]]:
        if directory not in manifests:
            try:
                manifests[directory] = read_manifest(directory / MANIFEST, max_bytes, fail)
            except InputError as error:
                manifests[directory] = {}
                fail(error)
        return manifests[directory]

    for path, root in _article_files(paths, fail):
        key = _resolved(path)
        meta: dict[str, Any] = {}
        for directory in (path.parent, *path.parent.parents):
            if key in manifest(directory):
                meta = manifest(directory)[key]
                break
            if root is None or directory == root:
                break
        try:
            documents.extend(read_file(path, meta, published, root, max_bytes))
        except InputError as error:
            fail(error)
    return unique_ids(documents), errors


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


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


def _article_files(paths: Iterable[str | Path], fail) -> Iterator[tuple[Path, Path | None]]:
    """(article, the directory it was found in — its root — or None when named)."""
    for raw in paths:
        path = Path(raw)
        try:
            exists, is_dir = path.exists(), path.is_dir()
        except OSError as exc:  # ENAMETOOLONG and friends
            fail(InputError(f"cannot read: {exc.strerror}", str(path)[:200]))
            continue
        if not exists:
            fail(InputError("no such file or directory", str(path)))
        elif is_dir:
            found = sorted(p for p in path.rglob("*")
                           if p.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(p, path)
                           and not p.is_dir())
            if not found:
                fail(InputError(f"directory has no articles ({', '.join(ARTICLE_SUFFIXES)})",
                                str(path)))
            yield from ((p, path) for p in found)
        elif path.name == MANIFEST:
            continue
        else:
            yield path, None


def input_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every existing file a run over ``paths`` may read: articles and manifests (and every
    YAML file under a ledger directory): outputs may not overwrite them."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                out.extend(p for p in path.rglob("*") if p.suffix.lower() in
                           (*ARTICLE_SUFFIXES, ".yaml", ".yml"))
            elif path.exists():
                out += [path, path.parent / MANIFEST]
        except OSError:
            continue
    return out


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


# --------------------------------------------------------------------------- manifest


def read_manifest(path: Path, max_bytes: int = inputs.MAX_FILE_BYTES,
                  fail: Callable[[InputError], None] | None = None) -> dict[Path, dict[str, Any]]:
    """Resolved article path -> metadata from a sources.yaml; {} when there is none.

    ``file:`` is relative to the manifest's folder and may name a subfolder's file
    (``inner/b.txt``), never one outside the folder (``../x.txt``). An entry in error is
    passed to ``fail`` and left out, the others kept (raised when ``fail`` is None)."""
    if not path.is_file() and not path.is_symlink():
        return {}
    where = str(path)
    doc = inputs.load_yaml(inputs.read_text(path, max_bytes=max_bytes), where)
    data = doc.data
    if data is None:
        return {}
    if not isinstance(data, dict) or set(data) != {"documents"} or not isinstance(data["documents"], list):
        raise InputError("a manifest must be a mapping with one key, 'documents', holding a list",
                         where, 1)
    out: dict[Path, dict[str, Any]] = {}
    try:
        base = path.parent.resolve()
    except (OSError, RuntimeError):
        base = None
    for i, entry in enumerate(data["documents"]):
        try:
            _entry(path, doc, i, entry, base, out)
        except InputError as error:
            if fail is None:
                raise
            fail(error)
    return out


def _entry(path: Path, doc: inputs.YamlDoc, i: int, entry: Any, base: Path | None,
           out: dict[Path, dict[str, Any]]) -> None:
    """Read the manifest's ``i``-th entry into ``out``."""
    where = str(path)
    line = doc.line_of(("documents", i))
    if not isinstance(entry, dict) or "file" not in entry:
        raise InputError("each document needs a 'file' key", where, line)
    unknown = sorted(set(map(str, entry)) - MANIFEST_KEYS)
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(MANIFEST_KEYS))})",
                         where, line)
    meta = _metadata(entry, "file", where, lambda k: doc.line_of(("documents", i, k)))
    name = inputs.require_str(entry["file"], "file", where, doc.line_of(("documents", i, "file")))
    found = inputs.inside(path.parent, name or "", base) if base is not None else None
    if found is None:
        raise InputError(f"file {name!r} is outside the manifest's folder; name files "
                         "relative to it, without '..'", where, line)
    target, key = found
    try:
        exists = target.is_file()
    except OSError as exc:
        raise InputError(f"file {name[:80]!r}…: {exc.strerror}", where, line) from None
    if not exists:
        raise InputError(f"lists {name!r}, which does not exist beside the manifest", where, line)
    if key in out:
        raise InputError(f"file {name!r} is listed twice", where, line)
    out[key] = meta


def _metadata(entry: dict[str, Any], skip: str | None, path: str,
              line_of: Any) -> dict[str, Any]:
    """Checked metadata: text fields are text, ``published`` a real date."""
    meta: dict[str, Any] = {}
    for key, value in entry.items():
        if key == skip or key in ("text", "id"):
            continue
        if key == "published":
            if value is not None:
                meta[key] = parse_date(value, path, line_of(key))
        else:
            meta[key] = inputs.require_str(value, key, path, line_of(key))
    return meta


def parse_date(value: Any, path: str, line: int | None = None) -> dt.date:
    """The day of an ISO date or date and time from YAML/JSON (a date or datetime object,
    'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM[:SS][±HH:MM]'): the day where it was written."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return inputs.iso_day(str(value))
    except ValueError:
        raise InputError(f"cannot read date {value!r}: use YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM",
                         path, line) from None


# --------------------------------------------------------------------------- files


def read_file(path: Path, meta: dict[str, Any] | None = None,
              published: dt.date | None = None, root: Path | None = None,
              max_bytes: int = inputs.MAX_FILE_BYTES) -> list[Document]:
    """The documents in one file (several for .jsonl)."""
    meta = dict(meta or {})
    suffix = path.suffix.lower()
    text = inputs.read_text(path, root, max_bytes)
    if suffix == ".jsonl":
        return list(_jsonl_documents(path, text, published))
    if suffix in (".html", ".htm"):
        text = _html_to_text(text, str(path))
    source = PublishedSource.manifest if "published" in meta else PublishedSource.unknown
    furniture: list[Span] = []
    if suffix in (".md", ".markdown"):
        m = _FRONT_MATTER.match(text)
        if m:
            front, line_of = _front_matter(m.group(1) or "", str(path))
            for key, value in front.items():
                if key in meta and meta[key] != value:
                    raise InputError(
                        f"front matter says {key}: {value!r} but {MANIFEST} says {meta[key]!r}; "
                        "make them agree or remove one", str(path), line_of(key))
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
        record = inputs.load_json(line, str(path), number)
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError("each line must be a JSON object with a string 'text'", str(path), number)
        unknown = sorted(set(record) - JSONL_KEYS)
        if unknown:
            raise InputError(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(JSONL_KEYS))})",
                             str(path), number)
        meta = _metadata(record, None, str(path), lambda _key: number)
        source = PublishedSource.jsonl if meta.get("published") else PublishedSource.unknown
        if not isinstance(record.get("id"), (str, int, type(None))) or isinstance(record.get("id"), bool):
            raise InputError("'id' must be text or a whole number", str(path), number)
        doc_id = str(record.get("id") or f"{path.stem}-{number}")
        body = record["text"]
        yield _document(doc_id, path, body, meta, source, published, [])


def _front_matter(block: str, path: str) -> tuple[dict[str, Any], Any]:
    """The front matter's metadata and a key -> file line function."""
    doc = inputs.load_yaml(block, path)

    def line_of(key: str) -> int:
        return 1 + (doc.line_of((key,)) or 1)

    data = doc.data
    if data is None:
        return {}, line_of
    if not isinstance(data, dict):
        raise InputError("front matter must be a YAML mapping", path, 2)
    unknown = sorted(set(map(str, data)) - FRONT_MATTER_KEYS)
    if unknown:
        raise InputError(f"unknown front-matter key {unknown[0]!r} "
                         f"(allowed: {', '.join(sorted(FRONT_MATTER_KEYS))})",
                         path, line_of(unknown[0]))
    return _metadata(data, None, path, line_of), line_of


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


def _html_to_text(html: str, path: str) -> str:
    """Text of an HTML page. libxml2's default parser stops at 255 levels of nesting and
    drops the rest silently: parse without that limit, and report what is too deep to
    convert instead of returning no text."""
    import lxml.html
    from inscriptis import Inscriptis
    from inscriptis.model.config import ParserConfig

    html = html.strip()
    if not html:
        return ""
    if html.startswith("<?xml "):
        html = re.sub(r"^<\?xml [^>]*>", "", html, count=1)
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        try:
            tree = lxml.html.document_fromstring(html, parser=parser)
        except lxml.etree.ParserError:
            tree = lxml.html.document_fromstring("<pre>" + html + "</pre>", parser=parser)
        return Inscriptis(tree, ParserConfig()).get_text()
    except RecursionError:
        raise InputError("HTML nested too deeply to convert to text", path) from None
