"""Hostile input that once stalled or killed a run: work that grows with the square of the
text, JSONL lines that raised, documents that must not take the others down.

Work is measured in Python function calls (cProfile's count), not seconds: the count is the
same on every machine, and a step that scans every mention for every sentence shows in it
as a factor of 16 when the text grows by 4. Seconds are bench/throughput.py's."""

from __future__ import annotations

import codecs
import cProfile
import json
import pstats
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictwire.cli import app
from conflictwire.ingest import InputError, files, iter_inputs
from conflictwire.ingest.files import decode_bytes, jsonl_article
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline

TOWNS = ["Mopti", "Djibo", "Gao", "Kidal", "Dori", "Tera", "Ayorou", "Menaka", "Timbuktu", "Bankass", "Koro", "Kaya"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

SHAPES = {
    # one incident told again and again: one frame that grows with the text
    "repeated line": lambda n: "Gunmen killed 5 in Mopti.\n" * n,
    # a run-on line without breaks
    "one line": lambda n: "Gunmen killed 5 in Mopti. " * n,
    # many incidents, each its own place and day: many frames, many events
    "many events": lambda n: "".join(
        f"On {1 + i % 28} {MONTHS[i // 28 % 12]} {2010 + i // 336} gunmen killed {i % 9 + 2} civilians in "
        f"{TOWNS[i % len(TOWNS)]}.\n\n" for i in range(n)
    ),
    # singular victims ("the village chief and his son"), counted without numbers
    "singular victims": lambda n: "Gunmen killed the village chief and his son in Mopti.\n" * n,
    "died of wounds": lambda n: "Gunmen attacked Gao. One of the wounded later died. " * n,
    "claims": lambda n: "JNIM claimed responsibility for the attack and said it had killed 70 soldiers in Boni.\n" * n,
}


def _calls(pipe: Pipeline, text: str) -> int:
    prof = cProfile.Profile()
    prof.enable()
    pipe(Article(doc_id="x", text=text), "en")
    prof.disable()
    return pstats.Stats(prof).total_calls  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    p = Pipeline()
    p(Article(doc_id="w", text="Gunmen killed 5 in Mopti."), "en")  # lexicons and gazetteer loaded
    return p


@pytest.mark.parametrize("shape", list(SHAPES))
def test_work_grows_linearly_with_the_text(pipe: Pipeline, shape: str) -> None:
    # both sizes within one section (pipeline.SECTION), where a quadratic step would show
    small, large = _calls(pipe, SHAPES[shape](300)), _calls(pipe, SHAPES[shape](1200))
    assert large <= 5 * small, f"{shape}: 4x the text took {large / small:.1f}x the work"


# -- JSONL lines that once raised (item 2 of the hostile-input issue) -------------------------

GOOD = '{"id": "good%d", "text": "Gunmen killed %d civilians in Mopti on 3 May 2024."}'
BAD_LINES = {
    "digits": '{"id": "digits", "text": "x", "n": ' + "9" * 5000 + "}",
    "nested": "[" * 100_000 + "]" * 100_000,
    "language": '{"id": "language", "text": "Gunmen killed 5 in Gao.", "language": 7}',
    "url": '{"id": "url", "text": "Gunmen killed 5 in Gao.", "url": ["x"]}',
    "published": '{"id": "published", "text": "Gunmen killed 5 in Gao.", "published": {"y": 1}}',
    "id": '{"id": {"a": 1}, "text": "Gunmen killed 5 in Gao."}',
    "html": '{"id": "html", "html": 7}',
    "truncated": '{"id": "truncated", "text": "Gunmen killed',
}


def _hostile_jsonl(path: Path) -> Path:
    lines = [GOOD % (0, 3)]
    for k, bad in enumerate(BAD_LINES.values(), 1):
        lines += [bad, GOOD % (k, k + 3)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_each_bad_jsonl_line_is_one_error_and_the_rest_is_read(tmp_path: Path, command: str) -> None:
    src = _hostile_jsonl(tmp_path / "hostile.jsonl")
    args = [command, str(src)] + (["--db", str(tmp_path / "s.db")] if command == "ingest" else [])
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 1, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    errors = [line for line in res.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == len(BAD_LINES), res.stderr
    said = re.sub(r"\s", "", res.stderr)  # the console may wrap a long path
    for k in range(1, len(BAD_LINES) + 1):  # each error names its line
        assert re.search(rf"hostile\.jsonl:{2 * k}(?!\d)", said), (k, res.stderr)
    if command == "extract":
        ids = {json.loads(line)["doc_id"] for line in res.stdout.splitlines()}
        assert ids == {f"good{k}" for k in range(len(BAD_LINES) + 1)}
    else:
        assert f"new={len(BAD_LINES) + 1} " in res.stderr and f"failed={len(BAD_LINES)} " in res.stderr


def test_a_lone_surrogate_is_replaced_one_character_for_one() -> None:
    art = jsonl_article("x:1", '{"id": "s", "text": "Gunmen killed 5 \\ud800civilians in Gao."}')
    assert isinstance(art, Article)
    assert "\ufffd" in art.text and len(art.text) == len("Gunmen killed 5 \ud800civilians in Gao.")
    art.text.encode("utf-8")  # writable now


def test_jsonl_streams_past_the_per_document_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the cap is per document: a file many times over it is read whole, an over-long line is one error
    monkeypatch.setattr(files, "MAX_BYTES", 2000)
    src = tmp_path / "big.jsonl"
    lines = [GOOD % (k, 4) for k in range(200)]
    lines.insert(100, json.dumps({"id": "huge", "text": "word " * 1000}))
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert src.stat().st_size > 5 * files.MAX_BYTES
    got = list(iter_inputs([str(src)]))
    errors = [g for g in got if isinstance(g, InputError)]
    assert len(got) == 201 and len(errors) == 1
    assert "line over the" in errors[0].reason and errors[0].source.endswith(":101")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"])
def test_text_in_any_marked_unicode_or_windows_1252_is_read(codec: str) -> None:
    text = "Des hommes armés ont tué douze civils à Banibangou, selon des élus « locaux »."
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes("t", data) == text
