"""How far and which way a place lies from a landmark ("à 200 km au nord de Bamako", "cette commune
située à une trentaine de kilomètres de Tenkodogo"): the landmark is not where it happened."""

from __future__ import annotations

import re

from conflictwire.lexicons import read_tsv

# "200 km north of Bamako", "à 200 kilomètres au nord de Bamako": how far from the landmark
# an approximate count of kilometres: "à une quinzaine de kilomètres de Pama", "a dozen km from" (the
# approximate figures of lexicons/vague.tsv, whose spread is at most half the figure)
APPROX_KM = {r["phrase"]: int(r["value"]) for r in read_tsv("vague.tsv")
             if r["low"] and r["high"] and int(r["high"]) - int(r["low"]) <= int(r["value"]) / 2
             and not r["phrase"].endswith((" de", " of", " d'"))}
# written numbers ("about thirty kilometres from", "à quarante-cinq kilomètres de"): tens and
# units of lexicons/numbers.tsv, joined by a hyphen, a space or "et"
NUMBER_WORDS = {r["word"]: int(r["value"]) for r in read_tsv("numbers.tsv") if 2 <= int(r["value"]) <= 1000}
_WORD = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
DISTANCE = re.compile(
    r"(\d{1,4}|" + "|".join(sorted(map(re.escape, APPROX_KM), key=len, reverse=True))
    + rf"|(?<![a-z])(?:{_WORD})(?:[- ](?:et[- ])?(?:{_WORD}))?)"
    + r"\s*(de\s+)?(km|kms|kilometres|kilometers|miles)\s+((au|a l')\s*)?"
    r"((north|south|east|west|nord|sud|est|ouest)(-?(east|west|est|ouest))?\s+)?(of|from|de|d')\s*"
    r"(the\s+((town|city|village|locality|commune)\s+of\s+)?|la\s+((ville|localite|commune)\s+de\s+)?|le\s+(village\s+de\s+)?)?"
    # ("525 km from the capital, Niamey", "35 km west of the closest township, Tassara")
    r"((the|la|le)\s+([a-z]+\s+)?(capital|capitale|city|town|township|ville)\s*,?\s*)?$"
)


def distance_km(figure: str) -> int:
    """The kilometres (or miles) a DISTANCE's figure says: digits, an approximate phrase or words."""
    if figure.isdigit():
        return int(figure)
    if figure in APPROX_KM:
        return APPROX_KM[figure]
    total = 0
    for word in re.split(r"[- ]", figure):
        value = NUMBER_WORDS.get(word, 0)
        total = total * value if value in (100, 1000) and total else total + value  # "two hundred"
    return total


FAR_KM = 50  # a landmark this far is not where it happened


def far_landmark(before: str) -> bool:
    """Do the words before a name put the event FAR_KM or more from it ("37 miles south-east of")?"""
    m = DISTANCE.search(before)
    if m is None:
        return False
    km = distance_km(m.group(1))
    return km * (1.609 if m.group(3) == "miles" else 1) >= FAR_KM


# the place just told, by a demonstrative, then a distance: "cette commune située à une trentaine de
# kilomètres de Tenkodogo", "the village, located 30 km from Kaya": the town is its landmark
_THIS_PLACE_LOCATED = re.compile(r"(?<![a-z])(cette|ce|cet|la|le|this|the) (commune|localite|ville|village|town|locality|hameau|hamlet)\s*,?\s*"
                                 r"(situee?|located|situated|qui se trouve|which lies)\s+")


def landmark_of_the_told(before: str) -> bool:
    """Is the name the landmark a distance places the place just told from ("cette commune située
    à une trentaine de kilomètres de Tenkodogo")?"""
    m = DISTANCE.search(before)
    return m is not None and _THIS_PLACE_LOCATED.search(before[: m.start()][-60:]) is not None


# "west of Niamey", "à l'ouest de Niamey", "au nord-est de Djibo": away from the landmark
DIRECTION = re.compile(
    r"(?<![a-z])(north|south|east|west|northeast|northwest|southeast|southwest|nord|sud|est|ouest|"
    r"nord-est|nord-ouest|sud-est|sud-ouest|north-east|north-west|south-east|south-west)\s+(of|de|du|d')\s*(the\s+|la ville de\s+)?$"
)
