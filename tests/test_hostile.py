"""Hostile input that once stalled or killed a run: work that grows with the square of the
text, JSONL lines that raised, documents that must not take the others down.

Work is measured in Python function calls (cProfile's count), not seconds: the count is the
same on every machine, and a step that scans every mention for every sentence shows in it
as a factor of 16 when the text grows by 4. Seconds are bench/throughput.py's."""

from __future__ import annotations

import cProfile
import pstats

import pytest

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
