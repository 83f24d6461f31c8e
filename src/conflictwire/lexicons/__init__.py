"""Lexicons are data files beside this module; these helpers read them."""

from __future__ import annotations

import csv
from importlib import resources


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a lexicon text file."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated lexicon with a header line; '#' lines are comments."""
    lines = read_lines(name)
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
