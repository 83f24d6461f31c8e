"""Wording that tells segmentation which event a sentence belongs to: a line that is another
story's title or link, a teller's seat, a paragraph on another province, people found dead after an event, the
bodies counted in a sweep, "this attack" after a history told, and the forces' operation after an
attack (lexicons/follow_ups.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.extract.dates import OPENS_ON_A_COUNTED_DAY
from conflictwire.extract.doc import PlaceMention, ReportDoc, Trigger
from conflictwire.extract.false_triggers import only_set_out
from conflictwire.extract.frame_index import SENTENCE_ENDS, Frame, FrameIndex
from conflictwire.extract.triggers import VIOLENCE
from conflictwire.geo.cues import TELLER_IN
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import fold

BODIES_COUNTED = re.compile(r"(?<![a-z])(corps|cadavres|bodies|corpses)(?![a-z])[^.;]{0,60}?(?<![a-z])(denombree?s?|retrouvee?s?|decouverte?s?|comptee?s?|"
                            r"counted|found|recovered|discovered)(?![a-z])")


def another_division(index: FrameIndex, current: Frame, i: int) -> bool:
    """Does a paragraph that names no town open on a province or region of the country other than
    every one the event was told in ("…on a rural road in the Bam province… / On Monday, an attack
    killed six civilians in the northern province of Yatenga")?"""
    def divisions(sents: set[int]) -> set[tuple[str | None, str]]:
        return {(p.country, p.admin1) for j in sents for p in index.places.get(j, ()) if p.feature == "A" and p.admin1}

    mine, told = divisions({i}), divisions(current.all_sents)
    return bool(mine) and bool(told) and not mine & told and {c for c, _ in mine} <= {c for c, _ in told}


# people found dead: the fate of those the event before took ("retrouvées mortes", "found dead")
FOUND_DEAD = re.compile(r"(?<![a-z])(retrouvee?s? (morte?s?|sans vie|egorgee?s?|assassinee?s?)|found dead|found (killed|murdered|beheaded)|"
                        r"bod(y|ies) (was |were |have been |has been )?(later )?(found|discovered|recovered))(?![a-z])")


# the event just told, by a demonstrative: "Cette attaque, revendiquée par le Gsim, …", "This attack …"
THIS_EVENT = re.compile(r"^\W*(cette|cet|this|that) (attaque|embuscade|assaut|attentat|incursion|attack|ambush|assault|raid|bombing)(?![a-z])")


TITLE_WORDS = 15  # a title's words, at most
# (a news title tells its toll: a story's subheading does not, "Une attaque ciblée et brutale")
_TOLL_TITLE = re.compile(r"(?<![a-z])\d+ (\w+ ){0,3}(killed|dead|tues?|morts?)(?![a-z])")


_LINK_LINE = re.compile(r"^\W*(lire aussi|a lire aussi|read more|read also|related|see also|voir aussi)(?![a-z])|"
                        r"(?<![a-z])(is|are) (killed|kidnapped|abducted|wounded|injured)(?![a-z])|, [\w .'-]{2,40} (says|say)\s*$")


def another_storys_title(doc: ReportDoc, i: int) -> bool:
    """A line of its own down the page, with no full stop, after a paragraph that ended on one:
    the title of another story the page carries ("3 Mali national guardsmen killed in overnight
    attack" under a kidnapping's story; "At least 10 soldiers are killed in an ambush, the army
    says" between two lines of the story)."""
    if i == 0 or i + 1 >= len(doc.sentences):
        return False
    prev, sent, nxt = doc.sentences[i - 1], doc.sentences[i], doc.sentences[i + 1]
    # (a line of its own amid a paragraph's lines is a link when it reads as one: "Lire aussi", or a
    # headline's present tense, "… are killed …, the army says"; a subheading of the story is not)
    folded = fold(sent.text)
    own_line = "\n" in doc.text[prev.end : sent.start] and "\n" in doc.text[sent.end : nxt.start] \
        and _LINK_LINE.search(folded) is not None
    return (prev.paragraph < sent.paragraph < nxt.paragraph or own_line) and len(sent.text.split()) <= TITLE_WORDS \
        and not sent.text.rstrip().endswith(SENTENCE_ENDS + (":",)) and prev.text.rstrip().endswith(SENTENCE_ENDS) \
        and _TOLL_TITLE.search(folded) is not None \
        and not the_title_again(doc, i)  # ("Home World In an ambush…, 16 soldiers were killed…" then the title alone)



def the_title_again(doc: ReportDoc, i: int) -> bool:
    """Does sentence i repeat the report's first line (a page's breadcrumb and title, then the title)?"""
    head = fold(doc.sentences[i].text).strip(" .…")[:50]
    return i > 0 and len(head) >= 20 and head in fold(doc.sentences[0].text)


# the office of a town's or an area's official ("le préfet de X", "the mayor of X"): a teller's seat
OFFICIAL_OF = re.compile(r"(?<![a-z])(prefet|sous-prefet|maire|gouverneur|haut-commissaire|prefect|sub-prefect|mayor|governor|"
                         r"high commissioner)\s+(de la region d[eu']s?|of the region of|de|du|d'|of)\s*(the\s+|la\s+|l')?"
                         # "le maire de la ville de Bankass", "the mayor of the nearby town of Ouenkoro"
                         r"((nearby\s+|neighbou?ring\s+)?(ville|commune|localite|village|town|city|commune|municipality)\s+(voisine\s+|proche\s+)?(de\s+|d'|of\s+))?$")


def where_a_teller_sits(doc: ReportDoc, place: PlaceMention) -> bool:
    """Is the place an official's seat ("le préfet de Bankilaré") or where a teller is ("an aid
    worker in Sebba said")?"""
    return bool(OFFICIAL_OF.search(fold(doc.text[max(0, place.start - 50) : place.start]))
                or TELLER_IN.search(fold(doc.text[max(0, place.start - 40) : place.start])))


def seat_names_of(doc: ReportDoc) -> frozenset[str]:
    """The towns a report names only as an official's seat ("le maire de Bankass"), once a report."""
    if doc.seat_names is None:
        seats = {p.start for p in doc.places if OFFICIAL_OF.search(fold(doc.text[max(0, p.start - 50) : p.start]))}
        doc.seat_names = frozenset({fold(p.name) for p in doc.places if p.start in seats}
                                   - {fold(p.name) for p in doc.places if p.start not in seats})
    return doc.seat_names


def _kind(trigger: Trigger) -> str | None:
    """The kind a trigger names its event by: its sub-type, or for a word that fits any violent
    event ("the attack", "killed") none; a massacre is the killing of unarmed people."""
    if trigger.sub_event_type != VIOLENCE:
        return trigger.sub_event_type
    return "Attack" if fold(trigger.text).startswith("massacr") else None


def told_by_its_name(index: FrameIndex, frames: list[Frame], target: Frame, i: int) -> Frame | None:
    """The event whose place a sentence gives, naming it by its kind: "The massacre happened in
    Fambita", after the army's claim of 45 killed two days before, places the event told as a
    massacre, not the one told last (None when the last one is of that kind too, or none is)."""
    kinds = {_kind(t) for t in index.triggers.get(i, []) if t.tags.get("refers_back") and t.tags.get("where")} - {None}
    if not kinds:
        return None

    def told_as(frame: Frame) -> set[str | None]:
        return {_kind(t) for j in frame.sents for t in index.triggers.get(j, [])}

    if kinds & told_as(target):
        return None
    return next((f for f in reversed(frames) if f is not target and not f.background and kinds & told_as(f)), None)


def days_from_history(doc: ReportDoc, frames: list[Frame]) -> None:
    """A frame that opens on a day counted from the event told before it, when that event is
    history ("Douze soldats ont été tués en août dernier … La veille, une unité avait neutralisé
    deux cadres terroristes"), is history too: its day is counted from a past one."""
    for before, frame in zip(frames, frames[1:], strict=False):
        if before.background and not frame.background and frame.sents \
                and OPENS_ON_A_COUNTED_DAY.match(fold(doc.sentences[frame.sents[0]].text)):
            frame.background = f"the day before or after an earlier event ({before.background})"


def a_follow_up(lang: str, folded: str) -> bool:
    """Does the sentence tell the forces' operation after an attack (not one only set out, "des
    opérations de ratissage ont été engagées pour sécuriser la zone", nor the toll of the fights
    told, "Le bilan provisoire de ces combats … particulièrement dans l'opération de ratissage")?"""
    if _TOLL_OF_THE_TOLD.match(folded):
        return False
    return any(not only_set_out(folded, m.end()) and not _PURPOSE_BEFORE.search(folded[max(0, m.start() - 80) : m.start()])
               for m in _follow_ups(lang).finditer(folded))


# ("des renforts ont été mobilisés pour évacuer les victimes et procéder à des opérations de
# ratissage", "troops were sent to carry out sweep operations"): an operation that is the purpose of
# a sending is set out only
_PURPOSE_BEFORE = re.compile(r"(?<![a-z])(pour|afin de|to|in order to)\s+([\w'-]+\s+){0,6}(proceder a|mener|conduire|effectuer|"
                             r"lancer|conduct|carry out|launch|undertake)\s+(des |une |d'|les |the |an? )?$")


_TOLL_OF_THE_TOLD = re.compile(r"^\W*(le |un |the |a )?(nouveau |dernier |premier |provisional |latest |new )?(bilan|toll)"
                               r"( provisoire| officiel| definitif)? (de|of) (ces|cette|cet|ce|the|these|this) ")


@lru_cache(maxsize=2)
def _follow_ups(lang: str) -> re.Pattern[str]:
    pats = [r["pattern"] for r in read_tsv("follow_ups.tsv") if r["lang"] == lang]
    return re.compile(r"(?<![a-z])(?:" + "|".join(pats) + r")(?![a-z])")
