"""Spellings of one place name: a key that the usual transliteration differences of the
Sahel's names ("Dialloube"/"Dyaloubé", "Tin-Akoff"/"Tinakof") reduce to the same string.
The rules are data (spelling_rules.tsv); the gazetteer indexes every name by this key."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from conflictwire.textutil import edit_distance, fold

# a key this short matches too many other names ("Koni"/"Kona" are not one place)
MIN_LENGTH = 5


_META = re.compile(r"[\\.^$*+?{}\[\]|()]")


# a part of a village that GeoNames lists apart: "Kabonga 1" and "Kabonga 2", "Tagari-Peulh" and
# "Tagari-Dogon", "Yonga-Foulbé": numbered sections or the quarters of one people, of the village
# the reports call "Kabonga", "Tagari", "Yonga"
_PART_OF_A_VILLAGE = re.compile(r"^(.{4,}?)[ -]+(\d|i{1,3}|peulh?|peuls?|foulbe|fulbe|dogon|bambara|bozo|sonrai|songhai|mossi|"
                                r"rimaibe|bella|bellah|marka|touareg)$")


def village_of_part(key: str) -> str | None:
    """The village a folded name is a part of ("kabonga 1" -> "kabonga"), or None."""
    m = _PART_OF_A_VILLAGE.match(key)
    return m.group(1) if m else None


_LAST_WORD = re.compile(r"^(.+?)[ -]+([^ -]+)$")


def village_name(name: str) -> str:
    """A part's name without its part ("Piéga-Peulh" -> "Piéga"), as reports name the village;
    any other name as it is."""
    m = _LAST_WORD.match(name)
    if m is not None and village_of_part(fold(f"{m.group(1)} {m.group(2)}").lower()) is not None:
        return m.group(1)
    return name


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str] | str, str], ...]:
    """The rules in order; a pattern with no regex syntax stays a plain string (replaced with
    str.replace: the same result, many times faster over a gazetteer's names)."""
    text = resources.files(__package__).joinpath("spelling_rules.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][1:]
    return tuple((re.compile(r[0]) if _META.search(r[0]) else r[0], r[1]) for r in rows)


@lru_cache(maxsize=65536)
def spelling_key(key: str) -> str:
    """The spelling key of a folded name (textutil.norm_key), or "" when too short to trust."""
    for rule, replacement in _rules():
        key = key.replace(rule, replacement) if isinstance(rule, str) else rule.sub(replacement, key)
    return key if len(key) >= MIN_LENGTH else ""


def written_alike(alt: str, own: str) -> bool:
    """Is a folded alternate name a spelling of a place's own folded name, a letter in four apart
    at most ("Togoye"/"Togoué", "Ouéléssébougou"/"Wolossébougou", "Nyamina"/"Niamina")? Not
    another place's name or a person's, which differ in more than their spelling ("Yatenga")."""
    if len(alt) < MIN_LENGTH or len(own) < MIN_LENGTH:
        return False
    cap = max(1, min(len(alt), len(own)) // 4)
    return edit_distance(alt, own, cap) <= cap


def spelt_alike(alt: str, own: str) -> bool:
    """Do two folded names reduce to one spelling key ("Mougna"/"Mounia": the transliteration
    rules make them one name even where they differ in more than a letter in four)?"""
    key = spelling_key(alt)
    return bool(key) and key == spelling_key(own)
