"""Scale: the indexed groupings equal their all-pairs definitions, the ledger's one-pass
alias scan equals one search per alias, --jobs and --engine dask change nothing in the
output, and one document's failure is a located error while the others are checked."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import factcheck.extract  # noqa: F401 - the module is patched below
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.groups import (
    needed_overlap,
    story_groups,
    story_groups_pairwise,
    witness_groups,
    witness_groups_pairwise,
)
from factcheck.ledger import _norm, load_ledger
from factcheck.models import Document

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2021, 3, 1)

# words of several beats; capitalised ones are names
WORDS = ("the council voted to extend the mandate for another year while the minister "
         "resigned after floods swept the valley and the striker scored twice before "
         "the quarterly profit rose as researchers measured the comet").split()
NAMES = ["Ankara", "Lagos", "Quito", "Vestas", "Arsenal", "Hubble", "Nairobi", "Tesla"]

texts = st.lists(st.sampled_from(WORDS + NAMES), min_size=0, max_size=40).map(" ".join)
dates = st.none() | st.integers(0, 60).map(lambda n: DAY + dt.timedelta(days=n))


@st.composite
def corpora(draw: st.DrawFn) -> list[Document]:
    """Small corpora with near-copies: some documents are edits of earlier ones."""
    docs: list[Document] = []
    for i in range(draw(st.integers(0, 9))):
        text = draw(texts)
        if docs and draw(st.booleans()):
            words = draw(st.sampled_from(docs)).text.split()
            cut = draw(st.integers(0, len(words)))
            text = " ".join(words[:cut] + text.split()[:draw(st.integers(0, 8))] + words[cut:])
        title = " ".join(draw(st.lists(st.sampled_from(NAMES), max_size=2)))
        docs.append(Document(id=f"d{i}", text=f"{title}\n\n{text}", published=draw(dates)))
    return docs


@given(corpora())
def test_witness_groups_equal_all_pairs(docs):
    assert witness_groups(docs) == witness_groups_pairwise(docs)


@given(corpora(), st.sampled_from([0.2, 0.5, 0.6, 0.75, 1.0]))
def test_witness_groups_equal_all_pairs_at_any_threshold(docs, threshold):
    assert witness_groups(docs, threshold) == witness_groups_pairwise(docs, threshold)


@settings(max_examples=20, deadline=None)
@given(corpora())
def test_witness_groups_on_two_processes_equal_all_pairs(docs):
    assert witness_groups(docs, jobs=2) == witness_groups_pairwise(docs)


name_sets = st.frozensets(st.sampled_from(NAMES), max_size=4)


@given(st.lists(st.tuples(dates, name_sets, name_sets), max_size=12))
def test_story_groups_equal_all_pairs(rows):
    docs = [Document(id=f"s{i:02d}", text="", published=d) for i, (d, _, _) in enumerate(rows)]
    named = {f"s{i:02d}": (n, h) for i, (_, n, h) in enumerate(rows)}
    assert story_groups(docs, named) == story_groups_pairwise(docs, named)


# names outlets write in longer and shorter forms: stories share their words
LONG_NAMES = ["Port Lagos", "Lagos State", "Governor Ada Obi", "Ada Obi", "Arsenal FC",
              "Hubble Space Telescope", "Space Agency", "Tesla Motors", "Obi"]
long_name_sets = st.frozensets(st.sampled_from(LONG_NAMES), max_size=5)


@given(st.lists(st.tuples(dates, long_name_sets, long_name_sets), max_size=12))
def test_story_groups_by_name_words_equal_all_pairs(rows):
    docs = [Document(id=f"s{i:02d}", text="", published=d) for i, (d, _, _) in enumerate(rows)]
    named = {f"s{i:02d}": (frozenset(n.lower() for n in ns), frozenset(h.lower() for h in hs))
             for i, (_, ns, hs) in enumerate(rows)}
    assert story_groups(docs, named) == story_groups_pairwise(docs, named)


def test_one_person_named_in_long_and_short_forms_is_one_story():
    day = dt.date(2025, 3, 1)
    a = Document(id="a", text="", published=day)
    b = Document(id="b", text="", published=day + dt.timedelta(days=1))
    named = {"a": (frozenset({"petty officer ada obi", "port lagos", "lagos state"}), frozenset()),
             "b": (frozenset({"ada obi", "lagos", "navy"}), frozenset())}
    assert story_groups([a, b], named) == {"a": "a", "b": "a"}
    named["b"] = (frozenset({"tesla motors", "navy"}), frozenset())
    assert story_groups([a, b], named) == {"a": "a", "b": "b"}


def test_a_rare_name_of_several_words_joins_a_story():
    # two outlets share only the union's full name (and common words): one story; a name of
    # several words that most of a corpus writes ("prime minister") joins nothing
    day = dt.date(2025, 3, 1)
    docs = [Document(id=x, text="", published=day) for x in "abcdefg"]
    named = {"a": (frozenset({"irish hospital doctors", "dublin", "hse"}), frozenset()),
             "b": (frozenset({"irish hospital doctors", "cork", "ballot", "union", "kerry", "limerick"}),
                   frozenset())}
    for x in "cdefg":
        named[x] = (frozenset({"prime minister", x * 3, x * 4, x * 5}), frozenset())
    named["a"] = (named["a"][0] | {"prime minister"}, frozenset())
    groups = story_groups(docs, named)
    assert groups["a"] == groups["b"] and len({groups[x] for x in "acdefg"}) == 6
    assert groups == story_groups_pairwise(docs, named)


def test_a_headline_acronym_is_the_name_its_article_spells_out():
    """A follow-up weeks later whose headline names the agency by its acronym joins the
    story that spelled the agency out, when its own text spells it out too."""
    from factcheck.groups import names

    first = Document(id="a", published=dt.date(2025, 3, 1), text=(
        "Ferry sinks off Vardo Point\n\nThe Marine Accident Investigation Branch sent inspectors to "
        "Vardo Point, where the Selka Star ferry sank in the Kessel Strait."))
    later = Document(id="b", published=dt.date(2025, 3, 26), text=(
        "MAIB report faults ferry's crew\n\nThe Marine Accident Investigation Branch published its "
        "interim report on Wednesday."))
    assert "marine accident investigation branch" in names(later)[1]
    # a name never runs past a blank line: the headline's last words are not the body's first
    assert {"vardo point", "marine accident investigation branch"} <= names(first)[0]
    assert story_groups([first, later]) == {"a": "a", "b": "a"}


@given(corpora())
def test_story_groups_from_text_equal_all_pairs(docs):
    assert story_groups(docs) == story_groups_pairwise(docs)


def test_groups_on_the_seeds_and_dev_corpus_equal_all_pairs():
    from factcheck.ingest import load_documents

    for folder in (ROOT / "seeds", ROOT.parent / "shared" / "dev-corpus" / "docs"):
        if not folder.exists():
            continue
        docs, errors = load_documents([folder])
        assert not errors
        assert witness_groups(docs) == witness_groups_pairwise(docs)
        assert story_groups(docs) == story_groups_pairwise(docs)


@given(st.integers(1, 2000), st.sampled_from([0.1, 0.25, 0.3, 0.6, 0.7, 0.9, 1.0]))
def test_needed_overlap_is_the_least_passing_overlap(size, threshold):
    k = needed_overlap(size, threshold)
    assert k <= size
    assert k / size >= threshold
    assert k == 0 or (k - 1) / size < threshold


# --------------------------------------------------------------------------- ledger


LEDGER = load_ledger(ROOT / "claims")
ALIASES = sorted(LEDGER.aliases())


def _topics_by_search(text: str) -> set[str]:
    """The definition: one search per alias."""
    low = " " + _norm(text) + " "
    out: set[str] = set()
    for name, ids in LEDGER.aliases().items():
        if len(name) >= 3 and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", low):
            for sid in ids:
                if LEDGER.subjects[sid].kind == "country":
                    out.update(LEDGER.subjects[sid].topics)
                    out.add(sid)
    return out


pieces = st.sampled_from(ALIASES + ["the", "x", "_", "North", "Korea's", "pre", "2017"])
glue = st.sampled_from(["", " ", ", ", "-", "_", "\n", "'s "])


@given(st.lists(st.tuples(pieces, glue), max_size=8))
def test_topics_named_in_equals_one_search_per_alias(parts):
    text = "".join(p.upper() if i % 3 == 0 else p + g for i, (p, g) in enumerate(parts))
    assert LEDGER.topics_named_in(text) == _topics_by_search(text)


def test_topics_named_in_finds_a_country_by_any_of_its_names():
    assert "dprk-sanctions" in LEDGER.topics_named_in("Talks with Pyongyang stalled.")
    assert LEDGER.topics_named_in("Talks with Pyongyangers stalled.") == set()


# --------------------------------------------------------------------------- jobs


def test_the_package_imports_no_extractor_until_asked():
    code = ("import sys, factcheck.cli; assert 'factcheck.extract' not in sys.modules; "
            "from factcheck import extract; print(extract.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "extract"


@pytest.fixture
def two_articles(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The dam held 4.2 million cubic metres of water on 3 May 2020.\n")
    (corpus / "b.txt").write_text("Turnout reached 61% in the second round on 12 June 2022.\n")
    return corpus


def fail_on(monkeypatch, doc: str, error: Exception) -> None:
    """Make extraction raise ``error`` for the document ``doc`` (inherited by workers)."""
    real = sys.modules["factcheck.extract"].extract_document

    def flaky(document):
        if document.id == doc:
            raise error
        return real(document)

    monkeypatch.setattr(sys.modules["factcheck.extract"], "extract_document", flaky)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_that_fails_is_a_located_error_and_the_rest_is_checked(
        two_articles, tmp_path, monkeypatch, capsys, jobs):
    fail_on(monkeypatch, "a", ValueError("scanner gave up"))
    out = tmp_path / "r.json"
    code = main(["check", str(two_articles), "--isolated", "--format", "json", "-o", str(out),
                 "--jobs", jobs, "--no-summary"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{two_articles / 'a.txt'}: extraction or linking failed" in err
    assert "ValueError: scanner gave up" in err
    report = json.loads(out.read_text())
    assert [d["doc"] for d in report["coverage"]] == ["b"]


def test_extract_isolates_a_failing_document(two_articles, monkeypatch, capsys):
    fail_on(monkeypatch, "b", RuntimeError("boom"))
    assert main(["extract", str(two_articles), "--jobs", "2"]) == 2
    captured = capsys.readouterr()
    assert "b.txt: extraction failed, document skipped (RuntimeError: boom)" in captured.err
    assert '"doc": "a"' in captured.out and '"doc": "b"' not in captured.out


def test_jobs_accepts_auto(two_articles, tmp_path):
    outs = []
    for jobs in ("auto", "1", "2"):
        out = tmp_path / f"r{jobs}.md"
        assert main(["check", str(two_articles), "--isolated", "-o", str(out), "--jobs", jobs,
                     "--no-summary"]) == 0
        outs.append(out.read_text())
    assert outs[0] == outs[1] == outs[2]


def _generated(folder: Path, n: int) -> Path:
    """A corpus of ``n`` documents from the benchmark's generator (copies, stories)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_check import build_corpus
    finally:
        sys.path.pop(0)
    folder.mkdir()
    build_corpus(n, folder)
    return folder


def test_every_step_on_two_and_three_processes_gives_the_same_report(tmp_path):
    from factcheck.check import assemble, render
    from factcheck.ingest import load_documents
    from factcheck.parallel import prepare_all

    for folder in (ROOT / "seeds", _generated(tmp_path / "generated", 60)):
        docs, errors = load_documents([folder])
        assert not errors
        reports = []
        for jobs in (1, 2, 3):
            kept, prepared, failed = prepare_all(docs, LEDGER, jobs=jobs, progress=False)
            assert not failed and [d.id for d in kept] == [d.id for d in docs]
            result = assemble(kept, prepared, LEDGER, jobs=jobs)
            reports.append((render(result, "json"), render(result)))
        assert reports[0] == reports[1] == reports[2]
    assert len(set(result.witness.values())) < len(docs) and result.findings


def test_fork_map_keeps_the_order_of_the_shares_and_sees_this_process():
    from factcheck.parallel import balanced, fork_map

    seen = {"base": 10}  # made before the fork: the forked process reads it, nothing is sent
    assert fork_map(lambda n: [seen["base"] + n, *range(n)], [3, 0, 2], 3) == \
        [[13, 0, 1, 2], [10], [12, 0, 1]]
    assert fork_map(lambda n: n * 2, [1, 2], 1) == [2, 4]
    shares = balanced({"a": 5, "b": 4, "c": 3, "d": 1, "e": 1}, 2)
    assert shares == [["a", "d", "e"], ["b", "c"]]  # 7 and 7
    assert sorted(k for s in balanced({"x": 1}, 4) for k in s) == ["x"]


def test_full_collections_are_paused_while_a_corpus_is_held_and_restored_after():
    import gc

    from factcheck.parallel import holding_corpus

    before = gc.get_threshold()
    with pytest.raises(RuntimeError), holding_corpus():
        assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > 10**6
        raise RuntimeError
    assert gc.get_threshold() == before


def test_the_switch_interval_is_short_while_shares_run_elsewhere_and_restored_after():
    from factcheck.parallel import fork_map, prompt_results

    before = sys.getswitchinterval()
    seen = {}

    def share(n: int) -> int:
        seen.setdefault("interval", sys.getswitchinterval())  # in this process: share 0
        return n

    with pytest.raises(RuntimeError), prompt_results():
        assert sys.getswitchinterval() < before
        raise RuntimeError
    assert sys.getswitchinterval() == before
    assert fork_map(share, [0, 1], 2) == [0, 1] and seen["interval"] < before
    assert sys.getswitchinterval() == before


# --------------------------------------------------------------------------- dask


def test_dask_missing_is_one_clear_line(two_articles, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)
    assert main(["check", str(two_articles), "--isolated", "--engine", "dask",
                 "--no-summary"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "factcheck: error: --engine dask needs Dask and distributed: " \
                  "pip install 'factcheck[dask]'"


def test_scheduler_needs_the_dask_engine(two_articles, capsys):
    assert main(["check", str(two_articles), "--isolated", "--scheduler", "tcp://x:8786",
                 "--no-summary"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


@pytest.mark.slow
def test_dask_output_is_byte_identical(tmp_path):
    pytest.importorskip("distributed")
    generated = _generated(tmp_path / "generated", 90)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    from factcheck.check import assemble, render
    from factcheck.engine_dask import check_on_dask
    from factcheck.ingest import load_documents
    from factcheck.parallel import prepare_all

    for folder in (tmp_path / "seeds", generated):
        docs, errors = load_documents([folder])
        assert not errors
        kept, prepared, failed = prepare_all(docs, LEDGER, jobs=1, progress=False)
        local = assemble(kept, prepared, LEDGER)
        distributed, failed_on_dask = check_on_dask(docs, LEDGER, None, partitions=7)
        assert not failed and not failed_on_dask
        assert render(distributed, "json") == render(local, "json")
        assert render(distributed) == render(local)
    assert len(set(local.witness.values())) < len(docs)  # the generated copies were found
    assert len(set(local.witness.values())) > 1 and local.findings
