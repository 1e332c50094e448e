"""Ingestion: formats, metadata precedence, furniture, and every bad-input case."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.ingest import dateline, load_documents
from factcheck.models import PublishedSource

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- seeds


def test_seed_texts_are_the_shared_articles_byte_for_byte():
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("shared seeds not beside the checkout")
    for original in sorted(shared.glob("*.txt")):
        assert (SEEDS / original.name).read_bytes() == original.read_bytes()


def test_seed_manifest_supplies_every_publication_date():
    documents, errors = load_documents([SEEDS])
    assert errors == []
    dates = {d.id: (d.published, d.published_source) for d in documents}
    assert dates == {
        "000_612be24dc7fa7c34": (dt.date(2017, 9, 6), PublishedSource.manifest),
        "001_66f507f36e14f71b": (dt.date(2017, 7, 5), PublishedSource.manifest),
        "002_fb5e053d7b9b400a": (dt.date(2017, 9, 16), PublishedSource.manifest),
    }
    assert all(d.title and d.outlet for d in documents)


def test_seed_furniture_is_marked_but_text_is_untouched():
    documents, _ = load_documents([SEEDS / "002_fb5e053d7b9b400a.txt"])
    (doc,) = documents
    assert doc.text == (SEEDS / "002_fb5e053d7b9b400a.txt").read_text(encoding="utf-8")
    marked = [doc.text[s.start:s.end] for s in doc.furniture]
    assert "Advertisement" in marked and "Get more with myNEWS" in marked and "Learn more" in marked
    assert any(m.endswith("Photo: Balkis Press") for m in marked)
    assert "Watch: North Korea fires another missile over Japan" in marked
    assert not any("Security Council Resolution 2325" in m for m in marked)


def test_dateline_is_read_when_nothing_else_gives_the_date(tmp_path):
    text = (SEEDS / "000_612be24dc7fa7c34.txt").read_text(encoding="utf-8")
    article = write(tmp_path / "a.txt", text)
    (doc,), errors = load_documents([article])
    assert errors == []
    assert doc.published == dt.date(2017, 9, 6)
    assert doc.published_source is PublishedSource.dateline


@pytest.mark.parametrize("line, expected", [
    ("PUBLISHED : Wednesday, 06 September, 2017, 9:55am", dt.date(2017, 9, 6)),
    ("Published: 16 September 2017", dt.date(2017, 9, 16)),
    ("Posted on Sept. 3, 2017", dt.date(2017, 9, 3)),
    ("UPDATED : Wednesday, 06 September, 2017", None),
    ("Published in the morning", None),
])
def test_dateline(line, expected):
    assert dateline(f"Title\n\n{line}\n\nBody.") == expected


# --------------------------------------------------------------------------- formats


def test_markdown_front_matter_and_line_numbers_match_the_file(tmp_path):
    md = write(tmp_path / "story.md", "---\ntitle: A story\noutlet: Daily\npublished: 2017-09-16\n---\n"
                                      "First line.\nSecond line.\n")
    (doc,), errors = load_documents([md])
    assert errors == []
    assert (doc.title, doc.outlet, doc.published) == ("A story", "Daily", dt.date(2017, 9, 16))
    assert doc.published_source is PublishedSource.front_matter
    assert doc.text.startswith("---\n")  # offsets and lines index the file as it is
    assert doc.furniture[0].start == 0


def test_manifest_wins_over_a_dateline_and_title_comes_from_first_line(tmp_path):
    write(tmp_path / "a.txt", "\n\nHeadline here\nPUBLISHED : Monday, 04 September, 2017\nBody")
    write(tmp_path / "sources.yaml", "documents:\n  - file: a.txt\n    outlet: Wire\n    published: 2017-09-05\n")
    (doc,), errors = load_documents([tmp_path])
    assert errors == []
    assert doc.title == "Headline here"
    assert (doc.published, doc.published_source) == (dt.date(2017, 9, 5), PublishedSource.manifest)


@pytest.mark.parametrize("written, day", [
    ("'2024-11-05T23:40:00-05:00'", dt.date(2024, 11, 5)),  # the day where it was written, not UTC's
    ("2024-11-06T07:15:00+09:00", dt.date(2024, 11, 6)),  # unquoted: YAML's own timestamp
    ("'2024-11-05 21:05Z'", dt.date(2024, 11, 5)),
    ("2024-11-05", dt.date(2024, 11, 5)),
])
def test_a_publication_time_in_the_manifest_gives_its_day(tmp_path, written, day):
    write(tmp_path / "a.txt", "Headline\n\nThe polls closed on Tuesday.")
    write(tmp_path / "sources.yaml", f"documents:\n  - file: a.txt\n    published: {written}\n")
    (doc,), errors = load_documents([tmp_path])
    assert errors == []
    assert (doc.published, doc.published_source) == (day, PublishedSource.manifest)


def test_one_bad_manifest_entry_leaves_the_others_their_metadata(tmp_path):
    write(tmp_path / "a.txt", "Headline A\n\nBody.")
    write(tmp_path / "b.txt", "Headline B\n\nBody.")
    write(tmp_path / "sources.yaml", "documents:\n  - file: a.txt\n    published: 'last Tuesday'\n"
                                     "  - file: b.txt\n    outlet: Wire\n    published: 2024-11-05\n")
    docs, errors = load_documents([tmp_path])
    assert [(e.line, "cannot read date 'last Tuesday'" in str(e)) for e in errors] == [(3, True)]
    a, b = sorted(docs, key=lambda d: d.id)
    assert (a.published, b.published, b.outlet) == (None, dt.date(2024, 11, 5), "Wire")


def test_front_matter_may_not_silently_disagree_with_the_manifest(tmp_path, capsys):
    write(tmp_path / "a.md", "---\npublished: 2017-09-06\n---\nBody\n")
    write(tmp_path / "sources.yaml", "documents:\n  - file: a.md\n    published: 2017-09-05\n")
    code, _, err = run_cli(capsys, "extract", str(tmp_path))
    assert code == 2
    assert "a.md:2: front matter says published" in err and "sources.yaml says" in err


def test_jsonl_articles(tmp_path):
    records = [{"text": "Resolution 2375 was adopted.", "title": "One", "published": "2017-09-12"},
               {"id": "two", "text": "Nothing here.", "outlet": "Wire"}]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    docs, errors = load_documents([path])
    assert errors == []
    assert [d.id for d in docs] == ["batch-1", "two"]
    assert docs[0].published == dt.date(2017, 9, 12)
    assert docs[0].published_source is PublishedSource.jsonl


def test_html_goes_through_a_converter(tmp_path):
    path = write(tmp_path / "page.html", "<html><body><h1>Head</h1><p>It cost <b>$5m</b>.</p>"
                                         "<script>var x = 1;</script></body></html>")
    (doc,), errors = load_documents([path])
    assert errors == []
    assert "It cost $5m." in doc.text and "var x" not in doc.text
    assert doc.title == "Head"


def test_crlf_bom_and_tabs_keep_editor_coordinates(tmp_path):
    path = write(tmp_path / "w.txt", "\ufeffTitle\r\n\r\n\tIt was adopted on 5 August 2017.\r\n")
    (doc,), _ = load_documents([path])
    assert not doc.text.startswith("\ufeff")
    from factcheck import extract_document

    (claim,) = [c for c in extract_document(doc) if c.kind == "date"]
    assert doc.text[claim.start:claim.end] == claim.text == "5 August 2017"
    assert (claim.line, claim.column) == (3, 20)  # the tab is one column


def test_directories_are_walked_in_sorted_order_skipping_hidden(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.md", ".hidden/d.txt"):
        write(tmp_path / name, "Title\nBody\n")
    docs, errors = load_documents([tmp_path])
    assert errors == []
    assert [d.id for d in docs] == ["a", "b", "c"]


# --------------------------------------------------------------------------- bad input

BAD_INPUTS = [
    ("missing path", {}, "nope.txt", "nope.txt: no such file or directory"),
    ("empty directory", {"empty/.keep": "x"}, "empty", "empty: directory has no articles"),
    ("binary file", {"bin.txt": b"\x00\x01\x02abc"}, "bin.txt", "bin.txt: binary file"),
    ("not UTF-8", {"latin.txt": "Title\ncaf\xe9\n".encode("latin-1")}, "latin.txt",
     "latin.txt:2: not UTF-8"),
    ("malformed JSONL", {"bad.jsonl": '{"text": "ok"}\n{"text": \n'}, "bad.jsonl",
     "bad.jsonl:2:10: malformed JSON"),
    ("JSONL without text", {"bad.jsonl": '{"title": "x"}\n'}, "bad.jsonl",
     "bad.jsonl:1: each line must be a JSON object with a string 'text'"),
    ("malformed manifest YAML", {"m/a.txt": "T\n", "m/sources.yaml": "documents:\n  - file: a.txt\n   bad: [\n"},
     "m", "sources.yaml:3"),
    ("unknown manifest key", {"m/a.txt": "T\n", "m/sources.yaml": "documents:\n  - file: a.txt\n    author: X\n"},
     "m", "sources.yaml:2: unknown key 'author'"),
    ("unparseable manifest date", {"m/a.txt": "T\n",
                                   "m/sources.yaml": "documents:\n  - file: a.txt\n    published: 16/09/2017\n"},
     "m", "sources.yaml:3: cannot read date '16/09/2017'"),
    ("manifest lists a missing file", {"m/a.txt": "T\n", "m/sources.yaml": "documents:\n  - file: b.txt\n"},
     "m", "sources.yaml:2: lists 'b.txt', which does not exist"),
    ("unknown front-matter key", {"f.md": "---\nauthor: X\n---\nBody\n"}, "f.md",
     "f.md:2: unknown front-matter key 'author'"),
    ("bad front-matter date", {"f.md": "---\npublished: yesterday\n---\nBody\n"}, "f.md",
     "f.md:2: cannot read date 'yesterday'"),
]


@pytest.mark.parametrize("files, target, message", [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_one_clear_line_and_exit_2(tmp_path, capsys, monkeypatch, files, target, message):
    for name, content in files.items():
        write(tmp_path / name, content)
    write(tmp_path / "good" / "ok.txt", "Title\nIt rose 5 percent.\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "extract", target, "good")
    assert code == 2
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("factcheck: error: ")
    assert '"doc": "ok"' in out  # the good file is still processed


def test_strict_stops_at_the_first_error(tmp_path, capsys, monkeypatch):
    write(tmp_path / "good" / "ok.txt", "Title\nIt rose 5 percent.\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "extract", "--strict", "missing.txt", "good")
    assert code == 2 and "missing.txt: no such file or directory" in err
    assert out == ""


def test_input_error_pickles_with_its_fields():
    import pickle

    error = pickle.loads(pickle.dumps(InputError("bad", "a.txt", 3, 4)))
    assert (error.message, error.path, error.line, error.column) == ("bad", "a.txt", 3, 4)
    assert str(error) == "a.txt:3:4: bad"


def test_same_named_files_in_different_folders_keep_distinct_ids(tmp_path, capsys):
    for folder in ("opec", "iran"):
        write(tmp_path / folder / "wire.txt", f"{folder} wire\nIt rose 5 percent.\n")
    write(tmp_path / "other" / "solo.txt", "Solo\nNothing.\n")
    docs, errors = load_documents([tmp_path])
    assert errors == []
    assert [d.id for d in docs] == ["iran/wire", "opec/wire", "solo"]
    code, out, _ = run_cli(capsys, "extract", str(tmp_path), "--format", "jsonl")
    assert code == 0
    assert sorted({json.loads(line)["doc"] for line in out.splitlines()}) == ["iran/wire", "opec/wire"]
