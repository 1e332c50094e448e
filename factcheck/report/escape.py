"""Escaping for every report format: whatever an article, a file name or the ledger says
reaches a report as text, never as markup or a command.

- Markdown (CommonMark/GFM): ``md_text`` puts text on one line and backslash-escapes every
  ASCII punctuation character that Markdown, GFM or GitHub can read as markup anywhere in a
  line (``\\ ` * _ [ ] < > & | ~ $ @``: code, emphasis, links, images, HTML, entities, cells,
  strikethrough, math, mentions) and the few that matter at its start (``#``, ``-``, ``+``,
  ``=``, ``1.``): ``|`` cannot end a table cell, ``[c](javascript:…)`` cannot become a link,
  ``*``/``_`` no emphasis. Prose punctuation (``. , ; : ' " ( ) ? -``) stays as written;
  ``md_code`` makes a code span that no backtick in the text can close; ``md_target``
  percent-encodes a link target.
- GitHub workflow commands: ``gh_data``/``gh_property`` (the runner's own escapes), and
  ``gh_log`` for plain log lines, which the runner also scans for commands: one line, and
  never starting with ``::``.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from factcheck.errors import one_line

__all__ = ["md_text", "md_code", "md_target", "gh_data", "gh_property", "gh_log", "one_line"]

_ACTIVE = re.compile(r"([\\`*_\[\]<>&|~$@])")
_LEADING = re.compile(r"^(\d*)([-+=#.)])")


def _escaped(m: re.Match[str]) -> str:
    # (a function, not the template r"\\\1": re expands a template in Python per call)
    return "\\" + m.group()


def md_text(text: object) -> str:
    """Text safe anywhere inline in Markdown, table cells included."""
    if text is None or text == "":
        return ""
    escaped = _ACTIVE.sub(_escaped, one_line(text))
    m = _LEADING.match(escaped)
    if m and (m.group(1) or m.group(2) not in ".)"):  # a list item, heading or rule
        escaped = f"{m.group(1)}\\{m.group(2)}{escaped[m.end():]}"
    return escaped


def md_code(text: object, table: bool = True) -> str:
    """A code span holding ``text`` literally (a longer fence than any backtick run in it;
    in a table, ``|`` escaped, which GFM removes before the span is read)."""
    body = one_line(text)
    if table:
        body = body.replace("|", "\\|")
    fence = "`" * (max((len(r) for r in re.findall("`+", body)), default=0) + 1)
    pad = " " if body.startswith("`") or body.endswith("`") else ""
    return f"{fence}{pad}{body}{pad}{fence}"


def md_target(path: str, line: int | None = None) -> str:
    """A link target to a file (and its ``#Lline`` anchor): percent-encoded but for path
    separators, so no character of a file name can end the target or add a scheme."""
    return quote(path, safe="/") + (f"#L{line}" if line else "")


def gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def gh_property(text: str) -> str:
    return gh_data(text).replace(":", "%3A").replace(",", "%2C")


def gh_log(text: str) -> str:
    """A plain log line the runner will not read as a workflow command."""
    line = one_line(text)
    return "%3A" + line[1:] if line.startswith(":") else line
