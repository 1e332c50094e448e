"""Hostile input, tried as an attacker would: every case ends in one line naming the file
(and line) with exit status 2, or in a correct result — never a traceback, a hang or a
lost file — and the other inputs are still processed.
"""
from __future__ import annotations

import json
import os
import signal
import stat
import threading
from pathlib import Path

import pytest
from test_ingest import write

from factcheck.cli import main
from factcheck.errors import FactcheckError, InputError

GOOD = "Ceasefire talks\nThe rebels freed 40 hostages on 5 August 2017.\n"
DEEP_YAML = "a: " + "[" * 5000 + "]" * 5000 + "\n"
DEEP_JSON = "[" * 5000 + "]" * 5000
BOMB = ('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + "".join(f"{n}: &{n} [{','.join(['*' + p] * 9)}]\n"
                  for p, n in zip("abcdefgh", "bcdefghi")))

BOMB_FLOW = "[&a [" + ",".join(['"lol"'] * 9) + "], " + ", ".join(
    f"&{n} [{','.join(['*' + p] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi")) + "]"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def one_error(err: str, *parts: str) -> str:
    """The single error line of stderr, holding every part."""
    lines = [ln for ln in err.splitlines() if ln.startswith("factcheck: error:")]
    assert len(lines) == 1, err
    for part in parts:
        assert part in lines[0], (part, err)
    return lines[0]


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    """A working directory with one good article in good/."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    write(tmp_path / "good" / "ok.txt", GOOD)
    return tmp_path


def good_still_read(out: str) -> None:
    assert any(json.loads(line)["doc"] == "ok" for line in out.splitlines())


# ------------------------------------------------------------------ metadata and config


@pytest.mark.parametrize("files, target, parts", [
    ({"m/a.txt": GOOD, "m/sources.yaml": "documents:\n  - file: a.txt\n    published: 2017-02-30\n"},
     "m", ["m/sources.yaml:3", "cannot read date '2017-02-30'"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": "documents:\n  - file: a.txt\n    title: 5\n"},
     "m", ["m/sources.yaml:3", "title must be text"]),
    ({"f.md": "---\ntitle: 5\n---\nBody 5 people.\n"}, "f.md", ["f.md:2", "title must be text"]),
    ({"f.md": "---\npublished: 2017-02-30\n---\nBody.\n"}, "f.md", ["f.md:2", "cannot read date"]),
    ({"j.jsonl": '{"text": "5 people", "title": 5}\n'}, "j.jsonl", ["j.jsonl:1", "title must be text"]),
    ({"j.jsonl": '{"text": "5 people", "id": [1]}\n'}, "j.jsonl", ["j.jsonl:1", "'id'"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": "documents:\n  - file: " + "x" * 300 + ".txt\n"},
     "m", ["m/sources.yaml:2"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": DEEP_YAML}, "m", ["m/sources.yaml:1", "nested too deeply"]),
    ({"f.md": "---\n" + DEEP_YAML + "---\nBody.\n"}, "f.md", ["f.md", "nested too deeply"]),
    ({"j.jsonl": DEEP_JSON + "\n"}, "j.jsonl", ["j.jsonl:1", "nested too deeply"]),
    ({"j.jsonl": '{"text": "x", "title": ' + "9" * 5000 + "}\n"}, "j.jsonl",
     ["j.jsonl:1", "integer too long"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": "documents:\n  - file: a.txt\n    title: " + "9" * 5000 + "\n"},
     "m", ["m/sources.yaml"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": BOMB}, "m", ["m/sources.yaml", "alias"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": "documents:\n  - file: a.txt\n    title: &t x\n"
                                         "    published: *t\n    title: y\n"},
     "m", ["m/sources.yaml:5", "duplicate key 'title'"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": "documents:\n  - file: ../../etc/passwd\n"},
     "m", ["m/sources.yaml:2", "outside the manifest's folder"]),
    ({"m/a.txt": GOOD, "m/sources.yaml": "documents:\n  - file: /etc/passwd\n"},
     "m", ["m/sources.yaml:2", "outside the manifest's folder"]),
    ({"p.html": "<p>" + "<div>" * 5000 + "5 people" + "</div>" * 5000}, "p.html",
     ["p.html", "nested too deeply"]),
])
def test_bad_metadata_is_one_located_line(corpus, capsys, files, target, parts):
    for name, content in files.items():
        write(corpus / name, content)
    code, out, err = run(capsys, "extract", target, "good")
    assert code == 2
    one_error(err, *parts)
    good_still_read(out)


def test_unquoted_impossible_dates_in_text_fields_are_text(corpus, capsys):
    write(corpus / "m" / "a.txt", GOOD)
    write(corpus / "m" / "sources.yaml", "documents:\n  - file: a.txt\n    title: 2017-02-30\n")
    write(corpus / "f.md", "---\ntitle: 2017-02-30\n---\nBody.\n")
    code, out, err = run(capsys, "extract", "m", "f.md", "--format", "json")
    assert code == 0, err
    assert [d["title"] for d in json.loads(out)["documents"]] == ["2017-02-30", "2017-02-30"]


def test_over_long_path_argument_is_one_line(corpus, capsys):
    code, out, err = run(capsys, "extract", "y" * 5000 + ".txt", "good")
    assert code == 2
    one_error(err, "File name too long")
    good_still_read(out)


@pytest.mark.parametrize("content, parts", [
    (b"\x00\x01binary\xff", ["factcheck-baseline.yaml", "binary file"]),
    ("version: 1\nfindings:\n  - fingerprint: x\n    rule: ID01\n    reason: 2017-02-30\n"
     "    reason: twice\n", ["factcheck-baseline.yaml:6", "duplicate key 'reason'"]),
    (DEEP_YAML, ["factcheck-baseline.yaml", "nested too deeply"]),
    (BOMB, ["factcheck-baseline.yaml", "alias"]),
])
def test_bad_baseline_is_one_line(corpus, capsys, content, parts):
    write(corpus / "factcheck-baseline.yaml", content)
    code, _, err = run(capsys, "check", "good", "--baseline", "factcheck-baseline.yaml",
                       "--isolated")
    assert code == 2
    one_error(err, *parts)


def test_baseline_reason_may_be_an_impossible_date(corpus, capsys):
    write(corpus / "b.yaml", "version: 1\nfindings:\n  - fingerprint: x\n    rule: ID01\n"
                             "    reason: 2017-02-30\n")
    code, _, err = run(capsys, "check", "good", "--baseline", "b.yaml", "--isolated")
    assert code == 0, err


@pytest.mark.parametrize("content, parts", [
    (DEEP_YAML, [".factcheck.yaml", "nested too deeply"]),
    ("paths: [good]\npaths: [other]\n", [".factcheck.yaml:2", "duplicate key 'paths'"]),
    (BOMB, [".factcheck.yaml", "alias"]),
    (b"\xff\xfe\x00b", [".factcheck.yaml", "binary file"]),
])
def test_bad_config_is_one_line(corpus, capsys, content, parts):
    write(corpus / ".factcheck.yaml", content)
    code, _, err = run(capsys, "check", "good")
    assert code == 2
    one_error(err, *parts)


def test_unreadable_pyproject_is_one_line(corpus, capsys):
    write(corpus / "pyproject.toml", b"\xff\xfe[tool.factcheck]\n")
    code, _, err = run(capsys, "check", "good")
    assert code == 2
    one_error(err, "pyproject.toml:1", "not UTF-8")


# ------------------------------------------------------------------ special files


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_without_reading(corpus, capsys, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    code, out, err = run(capsys, "extract", device, "good")
    assert code == 2
    one_error(err, device, "not a regular file")
    good_still_read(out)


def test_fifo_and_directory_named_as_article_are_refused(corpus, capsys):
    os.mkfifo(corpus / "good" / "pipe.txt")
    (corpus / "good" / "folder.txt").mkdir()
    write(corpus / "good" / "folder.txt" / "inner.txt", GOOD)
    code, out, err = run(capsys, "extract", "good")  # would block forever reading the FIFO
    assert code == 2
    one_error(err, "pipe.txt", "not a regular file")
    docs = {json.loads(line)["doc"] for line in out.splitlines()}
    assert docs == {"ok", "inner"}


def test_symlink_out_of_the_corpus_is_refused(corpus, capsys):
    secret = write(corpus / "secret" / "key.txt", "Secret\nThe code is 12345 digits.\n")
    (corpus / "good" / "link.txt").symlink_to(secret)
    (corpus / "good" / "inside.txt").symlink_to(corpus / "good" / "ok.txt")
    code, out, err = run(capsys, "extract", "good")
    assert code == 2
    one_error(err, "good/link.txt", "outside good")
    assert "12345" not in out
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {"ok", "inside"}


def test_size_cap_is_configurable(corpus, capsys):
    write(corpus / "big" / "big.txt", "Title\n" + "It rose 5 percent. " * 200)
    code, out, err = run(capsys, "extract", "big", "good", "--max-file-size", "1k")
    assert code == 2
    one_error(err, "big.txt", "file too large", "--max-file-size")
    good_still_read(out)
    assert run(capsys, "extract", "big", "--max-file-size", "1M")[0] == 0


def test_subfolder_manifest_entries_apply(corpus, capsys):
    write(corpus / "m" / "inner" / "b.txt", "Heading\nVoters cast 300 ballots last week.\n")
    write(corpus / "m" / "sources.yaml", "documents:\n  - file: inner/b.txt\n    title: Inner\n"
                                         "    published: 2019-03-14\n")
    code, out, err = run(capsys, "extract", "m", "--format", "json")
    assert code == 0, err
    (doc,) = json.loads(out)["documents"]
    assert (doc["title"], doc["published"], doc["published_source"]) == \
        ("Inner", "2019-03-14", "manifest")


def test_deeply_nested_html_keeps_its_text(corpus, capsys):
    write(corpus / "p.html", "<html><body>" + "<div>" * 400 + "<p>Firefighters saved 120 homes "
          "on 3 June 2018.</p>" + "</div>" * 400 + "</body></html>")
    code, out, err = run(capsys, "extract", "p.html")
    assert code == 0, err
    claims = [json.loads(line) for line in out.splitlines()]
    assert ("120", "homes") in {(c["text"], c["about"]) for c in claims}


# ------------------------------------------------------------------ outputs


@pytest.mark.parametrize("argv", [
    ["extract", "good", "-o", "good/ok.txt"],
    ["extract", "good/ok.txt", "-o", "good/ok.txt"],
    ["extract", "m", "-o", "m/sources.yaml"],
    ["check", "good", "--isolated", "-o", "good/ok.txt"],
    ["check", "good", "--isolated", "--output-json", "good/ok.txt"],
    ["check", "good", "--isolated", "--output-sarif", "hard.txt"],
    ["check", "good", "--isolated", "--claims", "claims", "--output-markdown", "claims/x.yaml"],
    ["lint", "claims", "-o", "claims/x.yaml"],
    ["baseline", "accept", "good", "--isolated", "--reason", "r", "--baseline", "good/ok.txt"],
])
def test_output_onto_an_input_is_refused(corpus, capsys, argv):
    write(corpus / "m" / "a.txt", GOOD)
    write(corpus / "m" / "sources.yaml", "documents:\n  - file: a.txt\n")
    write(corpus / "claims" / "x.yaml", "subjects: []\n")
    os.link(corpus / "good" / "ok.txt", corpus / "hard.txt")
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    code, out, err = run(capsys, *argv)
    assert code == 2
    one_error(err, "refusing to write output onto an input file")
    assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before


def test_output_through_a_symlink_keeps_the_link(corpus, capsys):
    (corpus / "link.jsonl").symlink_to("real.jsonl")
    assert run(capsys, "extract", "good", "-o", "link.jsonl")[0] == 0
    assert (corpus / "link.jsonl").is_symlink()
    assert "40 hostages" in (corpus / "real.jsonl").read_text(encoding="utf-8")


def test_output_into_a_fifo_or_device_never_replaces_it(corpus, capsys):
    pipe = corpus / "pipe"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "extract", "good", "-o", str(pipe))  # nobody reads: no hang
    assert code == 2
    one_error(err, "pipe", "not a regular file")
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    try:
        for _ in range(200):  # the reader must have opened the FIFO before we write
            code = run(capsys, "extract", "good", "-o", str(pipe))[0]
            if code == 0:
                break
            threading.Event().wait(0.01)
    finally:
        if reader.is_alive() and code != 0:
            os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        reader.join(10)
    assert code == 0 and b"40 hostages" in got[0]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert run(capsys, "extract", "good", "-o", os.devnull)[0] == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_output_mode_is_kept_or_follows_the_umask(corpus, capsys):
    old = os.umask(0o027)
    try:
        assert run(capsys, "extract", "good", "-o", "new.jsonl")[0] == 0
        assert stat.S_IMODE(os.stat("new.jsonl").st_mode) == 0o640
        os.chmod("new.jsonl", 0o604)
        assert run(capsys, "extract", "good", "-o", "new.jsonl")[0] == 0
        assert stat.S_IMODE(os.stat("new.jsonl").st_mode) == 0o604
    finally:
        os.umask(old)


@pytest.mark.parametrize("target, parts", [
    ("good/ok.txt/out.jsonl", ["good/ok.txt/out.jsonl", "cannot write"]),
    ("good", ["good", "cannot write: is a directory"]),
    ("/dev/full", ["/dev/full", "No space left on device"]),
])
def test_output_errors_are_one_line(corpus, capsys, target, parts):
    if target.startswith("/dev/") and not os.path.exists(target):
        pytest.skip(f"no {target}")
    code, _, err = run(capsys, "extract", "good", "-o", target)
    assert code == 2
    one_error(err, *parts)
    assert (corpus / "good" / "ok.txt").read_text(encoding="utf-8") == GOOD


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_output_into_a_read_only_folder_is_one_line(corpus, capsys):
    (corpus / "ro").mkdir(mode=0o555)
    code, _, err = run(capsys, "extract", "good", "-o", "ro/out.jsonl")
    assert code == 2
    one_error(err, "ro/out.jsonl", "Permission denied")


def test_full_standard_output_is_one_line(corpus, capsys):
    from factcheck import output

    class Full:
        def write(self, text):
            raise OSError(28, "No space left on device")

        def flush(self):
            pass

        def fileno(self):
            raise ValueError("no descriptor")

    with pytest.raises(InputError, match="<stdout>: cannot write: No space left on device"):
        import sys
        real, sys.stdout = sys.stdout, Full()
        try:
            output.write("text\n", None)
        finally:
            sys.stdout = real


def test_step_summary_pointing_at_a_directory_is_one_line(corpus, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(corpus / "good"))
    code, _, err = run(capsys, "check", "good", "--isolated")
    assert code == 2
    one_error(err, "good", "cannot write: is a directory")


def test_termination_mid_write_leaves_no_temporary_file(corpus, monkeypatch):
    from factcheck import cli, output

    def killed(*_args):
        os.kill(os.getpid(), signal.SIGTERM)

    previous = cli._on_termination()
    monkeypatch.setattr(output.os, "replace", killed)
    try:
        with pytest.raises(SystemExit) as stop:
            output.write("half a report\n", corpus / "report.md")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert stop.value.code == 128 + signal.SIGTERM
    assert sorted(p.name for p in corpus.iterdir()) == ["good"]


def test_non_finite_numbers_are_never_written_as_json():
    from factcheck import output

    for bad in (float("inf"), float("nan"), -float("inf")):
        with pytest.raises(FactcheckError, match="not a finite number"):
            output.jsonl([{"amount": bad}])
        with pytest.raises(FactcheckError, match="not a finite number"):
            output.dumps({"claims": [{"value": bad}]}, "json")
    assert output.jsonl([{"amount": 1e308}]) == '{"amount": 1e+308}\n'


def test_indented_json_is_pythons_text():
    import json

    from factcheck import output

    class Level(int):
        pass

    data = {"a": [], "b": {}, "c": [1, 2.5, -0.0, 1e-07, 10**20, True, False, None, Level(3)],
            "é\u2028\"\\\n": ["x\ty", "\x00", "日本", ("t", {"u": [[]]})],
            1: "int", 2.5: "float", False: "bool", None: "none", "z": {"y": {"x": [{}]}}}
    for indent in (0, 2, 4):
        assert output.strict_json(data, indent=indent) == \
            json.dumps(data, ensure_ascii=False, indent=indent)
    for bad in ({(1, 2): 1}, {"a": object()}, {"a": {1, 2}}):
        with pytest.raises(TypeError):
            output.strict_json(bad, indent=2)
    with pytest.raises(FactcheckError, match="not a finite number"):
        output.strict_json({float("nan"): 1}, indent=2)


# ------------------------------------------------------------------ the ledger


@pytest.mark.parametrize("text, message", [
    ("facts:\n  - id: x.mass\n    subject: x\n    attribute: mass\n    value: {kind: quantity, "
     "magnitude: 5, unit: foo}\n    source: {publisher: P, title: T, url: https://example.invalid}\n",
     "foo"),
    ("subjects:\n  - id: x\n    kind: event\n    name: X\n    name: Y\n", "duplicate key 'name'"),
    ("subjects:\n  - id: x\n    kind: event\n    name: X\n    aliases: " + BOMB_FLOW + "\n",
     "alias"),
    ("subjects:\n  - {id: e1, kind: event, name: One}\n  - {id: e2, kind: event, name: Two}\n"
     "counters:\n  - id: c\n    subject: e1\n    attribute: count\n    counting_rule: each\n"
     "    members: [e1, e2, e1]\n", "member 'e1' is listed 2 times"),
])
def test_check_and_lint_refuse_the_same_ledger(corpus, capsys, text, message):
    write(corpus / "claims" / "bad.yaml", text)
    code, out, err = run(capsys, "lint", "claims")
    assert code == 1 and message in out, out + err
    code, _, err = run(capsys, "check", "good", "--claims", "claims", "--isolated")
    assert code == 2 and message in err, err
    assert "Traceback" not in err


# ------------------------------------------------------------------ injection

INJECTED = "x\n::error title=INJECTED::pwned\n.txt"


def test_file_names_cannot_inject_workflow_commands(corpus, capsys):
    write(corpus / "inj" / INJECTED, b"\x00binary")
    write(corpus / "inj" / "a.txt", "Storm\nThe storm killed 12 people on 3 May 2018.\n")
    write(corpus / "inj" / "b.txt", "Storm\nThe storm killed 40 people on 3 May 2018.\n")
    for fmt in ("github", "concise"):
        code, out, err = run(capsys, "check", "inj", "--isolated", "--format", fmt)
        assert code == 2
        for line in (out + err).splitlines():
            assert not line.lstrip().startswith("::error title=INJECTED"), line
            if line.startswith("::"):
                assert line.startswith(("::error ", "::warning ", "::notice ")), line


def test_every_unit_word_is_a_unit_of_the_registry():
    """A word of the unit table pint cannot read stopped the whole run ("5 mach")."""
    from factcheck.data import load_yaml
    from factcheck.normalize.units import registry

    table = load_yaml("patterns/en/units.yaml")
    ureg = registry()
    for section in ("names", "symbols", "symbols_attached"):
        for word, unit in table[section].items():
            assert ureg.Unit(unit) is not None, (section, word)


def test_an_overflowing_amount_never_reaches_the_output_as_infinity(corpus, capsys):
    """'$' and 400 nines: a finite (or unresolved) claim once the extractor caps it; until
    then one line and exit 2 — never `Infinity` in the JSON."""
    write(corpus / "big.txt", "Budget\nThe plan costs $" + "9" * 400 + ".\n")
    code, out, err = run(capsys, "extract", "big.txt")
    assert "Infinity" not in out and "NaN" not in out
    for line in out.splitlines():
        json.loads(line, parse_constant=lambda name: pytest.fail(name))
    if code:
        assert code == 2
        one_error(err, "not a finite number")
