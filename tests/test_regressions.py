"""Regressions found in review, named after what broke."""
from __future__ import annotations

import shutil
from pathlib import Path

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_impossible_ledger_date_is_a_located_error_not_a_traceback(tmp_path, capsys):
    ledger = tmp_path / "claims"
    shutil.copytree(ROOT / "claims", ledger)
    path = ledger / "unsc-dprk-resolutions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("start: 2006-10-14", "start: 2017-02-30", 1), encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if "2017-02-30" in row)
    code = main(["check", str(ROOT / "seeds"), "--claims", str(ledger)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"unsc-dprk-resolutions.yaml:{line}:" in err and "Traceback" not in err


def test_report_links_are_relative_to_the_report_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    target = tmp_path / "deep" / "seeds.md"
    main(["check", "seeds", "--claims", "claims", "-o", str(target)])
    capsys.readouterr()
    text = target.read_text(encoding="utf-8")
    link = next(part for part in text.split("](") if "002_fb5e053d7b9b400a.txt#L39" in part.split(")")[0])
    relative = link.split(")")[0].split("#")[0]
    assert (target.parent / relative).resolve() == (ROOT / "seeds" / "002_fb5e053d7b9b400a.txt").resolve()
