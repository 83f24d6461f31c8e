"""When a date is the telling's, not the event's: the day a statement was made, a toll given,
a mourning decreed, a page published ("the army said on Monday", "un bilan publié dimanche",
"Hier, un élu affirmait que…"). extract/dates.py marks such dates `reporting`."""

from __future__ import annotations

import re

_REPORTING = re.compile(
    r"(said|says|told|announced|reported|confirmed|added|stated|declared|claimed|indicated|"
    r"a indique|ont indique|indique|a annonce|ont annonce|annonce|a declare|ont declare|a precise|"
    r"ont precise|a confirme|ont confirme|a affirme|ont affirme|rapporte|a appris|a-t-on appris|"
    # "JNIM a revendiqué mercredi l'attaque", "speaking in Niamey on Monday": when it was claimed or said
    r"a revendique|ont revendique|revendiquee?s?|speaking|s'exprimant|"
    r"communique|statement|in a statement|dans un communique|"
    # "a new toll given on Monday", "un bilan publié dimanche": when a figure was given out
    r"given|released|issued|published|provided|relayed|donne|fourni|publie|diffuse|rendu public|relayee?s?|reprise?s?|"
    # "un communiqué dont l'AFP a eu connaissance lundi soir", "seen by Reuters on Monday": when the press learned of it
    r"a eu connaissance|ont eu connaissance|a obtenu copie|seen by|obtained by|learned)(\s+\w+){0,3}\s*(on\s+|le\s+|ce\s+)?$"
    # "a de son côté déclaré, lundi soir, le cabinet du Premier ministre": a French inverted saying
    # verb, its day set off by commas
    r"|(?<![a-z])(declare|explique|souligne|precise|indique|affirme|annonce),\s*$"
    # "a communiqué read on the public television channel Télé Sahel on Sunday evening"
    r"|(communique|statement|message|declaration)\s+(read|broadcast|aired|lue?|diffusee?)(\s+[\w'-]+){0,8}\s*(on\s+|le\s+|ce\s+)?$"
)


_PAGE_DATE = re.compile(r"^\W*(date|published|posted|updated|publie le|mis a jour le)\W*$")


_REPORTED_AFTER = re.compile(
    r"^\s*,?\s*(claimed|said|stated|declared|indicated|announced|reported|told|confirmed|released|published|issued|"
    r"a revendique|ont revendique|a annonce|a indique|a affirme|a publie|a diffuse)(?![a-z])"
    # "On Sunday, the government of Niger had revised upward the number of the soldiers killed":
    # the day a toll was revised, after its teller
    r"|^\s*,?\s*(the |l'|le |la )?([\w'-]+\s+){0,4}(had |has |a |avait )?(revised|raised|updated|revu|revise|rehausse|actualise)(?![a-z])"
    # "on Thursday, May 15, they released another statement", "jeudi, le groupe a publié un communiqué": the telling's day
    r"|^\s*,?\s*([\w'-]+\s+){0,4}(released|issued|published|put out|a publie|ont publie|a diffuse|ont diffuse|a rendu public)\s+"
    r"(a |an |another |its |their |un |une |un autre |une autre |son |leur )(new |nouveau |nouvelle )?"
    r"(statement|communique|video|message|declaration|claim|revendication)(?![a-z])"
)


def is_reporting(folded: str, start: int, end: int | None = None) -> bool:
    """A date right after a reporting verb dates the telling, not the event, as does one right
    before it ("the group on Saturday claimed…"); so does a page's own date line at the top
    ("date 2020-05-13 Eight soldiers…")."""
    if end is not None and _REPORTED_AFTER.match(folded[end : end + 60]):
        return True
    if end is not None and (m := _MOURNING_AFTER.match(folded[end : end + 50])) and not _ACT_NOUN.search(m.group(0)):
        return True  # "a décrété lundi un deuil national", "on Monday declared three days of mourning": the response's day
    if _MOURNING_FROM.search(folded[max(0, start - 80) : start]):
        return True  # the response's day: "three days of national mourning will commence on Wednesday"
    if re.search(r"(published|posted|updated|publie le|publie|mis a jour le)\W{0,3}(on\s+)?$", folded[max(0, start - 20) : start]):
        return True  # a byline: "Published April 22, 2024"
    if re.search(r"(?<![a-z])(published|issued|publiee?s?|rendue?s? publique?s?)\s+(by|par)\s+[\w' .-]{1,40}?\s+(on\s+|le\s+|ce\s+)?$",
                 folded[max(0, start - 70) : start]):
        return True  # "statistics published by the United Nations on Friday": when the figures were told
    if end is not None and start < 600 and re.match(r"\s*\)", folded[end : end + 3]):
        return True  # the date in a dateline's brackets: "(APP - … - 22nd Apr, 2024)"
    if end is not None and re.match(r"\.?\s*(\([a-z][^()\n]{1,30}\)\s*)?[-—–]", folded[end : end + 40]) \
            and re.search(r"(^|\n)\s*[a-z'’ -]{2,30},\s*$", folded[max(0, start - 40) : start]):
        return True  # a dateline at a paragraph's start, wherever it is: "Niamey, 22 oct. (ASP) —"
    if start < 40 and _PAGE_DATE.match(folded[:start]):
        return True
    if re.search(r"(?<![a-z])(by|as of)\s+$", folded[max(0, start - 8) : start]) and re.match(r"\s*(\w+\s+){0,2},", folded[end or start : (end or start) + 20]):
        return True  # "By Tuesday, a local official said 16 people had been killed": when it was told
    if re.search(r"(?<![a-z])(since|depuis|ever since)\s+(the\s+|le\s+)?$", folded[max(0, start - 16) : start]):
        return True  # "silent since November 23": the start of a state of affairs, not the event
    if re.search(_REVISED, folded[max(0, start - 30) : start]):
        return True  # "le bilan s'est alourdi lundi soir à 28 morts": when the toll was revised
    if _ATTACK_ON.search(folded[max(0, start - 30) : start]) or (end is not None and _ATTACK_AFTER.match(folded[end : end + 20])):
        return False  # "claimed what it said was an attack on June 11", "claimed the 9 January attack": the attack's own day
    told = _REPORTING.search(folded[max(0, start - 90) : start])
    # "a affirmé lundi avoir repoussé dimanche une attaque", "said it had repelled on Sunday":
    # past the reported act's own verb, the day is the act's
    return told is not None and not _ACT_BETWEEN.search(told.group(0))


# a mourning's first day, to come: "three days of national mourning will commence on Wednesday",
# "un deuil national à compter du mardi 15 décembre 2020"
_MOURNING_FROM = re.compile(
    r"(?<![a-z])(deuil|mourning)(?![a-z])[^.;]{0,40}((will|to|va|doit|devant)\s+(commence|start|begin|debuter|commencer|courir)[^.;]{0,12}"
    r"|(a compter d[ue]|a partir d[ue]|des le)\s*)$")
_MOURNING_AFTER = re.compile(r"[^.;]{0,40}?(?<![a-z])(deuil|mourning)(?![a-z])")
_ACT_NOUN = re.compile(r"(?<![a-z])(attack|attaque|ambush|embuscade|killing|massacre|assault|assaut|raid)")
_ATTACK_AFTER = re.compile(r"\s*(attack|ambush|assault|raid|massacre|bombing)s?(?![a-z])")
# (the act noun right before the day, "reported an attack yesterday morning", dates the act too)
_ATTACK_ON = re.compile(r"(?<![a-z])(attack|ambush|assault|raid|attaque|embuscade|assaut)s?\s+((on|of|du|le)\s+)?$")
_ACT_BETWEEN = re.compile(r"(?<![a-z])(avoir|d'avoir|etre|to have|having|it had|they had|had)\s+\w+")
_REVISED = re.compile(
    r"(?<![a-z])(s'est alourdi|s'est aggrave|a ete revu|est passe|rose|had risen|has risen|climbed|was revised|grimpe)\s+"
    r"((a|to|jusqu'a)\s+\d+\s+)?$"
)


# a byline: a short line of a name and a date apart by a bar or a dash, and nothing else
BYLINE = re.compile(r"^[^.\n|—–]{2,50}\s*[|—–·]\s*[^.\n|]{4,30}$")
# "Hier, un élu de la région affirmait à la radio que 20 soldats étaient portés disparus",
# "On Monday, a local official told AFP that…", "On Sunday, SITE quoted a JNIM statement": a day
# fronting a sentence whose verb is a saying verb dates the saying
_SPEAKER_OPENS = re.compile(
    r"\s*(dernier|derniere|last)?\s*(soir|matin|evening|morning|night)?\s*,\s*((un|une|le|la|les|des|a|an|the)\s+|l')([\w'-]+\s+){0,8}?"
    r"(affirmait|a affirme|ont affirme|declarait|a declare|ont declare|indiquait|a indique|ont indique|"
    r"a precise|precisait|confiait|a confie|a explique|expliquait|a rapporte|rapportait|"
    r"said|told|stated|confirmed|reported|explained|"
    # a condemnation is a telling too ("Le 18 août dernier, les Nations unies dénonçaient les attaques")
    r"denon\w+|a denonce|condamn\w+|a condamne|denounced|condemned)(?![a-z])"
    # "On Sunday, SITE quoted a JNIM statement": a monitor quoting a statement
    r"|\s*,\s*[\w'-]+\s+(quoted|cited|citait|a cite)\s")
# a day opening a sentence whose subject is a telling: a communiqué, a statement, a new toll
_TELLING_OPENS = re.compile(r"\s*(soir|matin|evening|morning|night)?\s*,\s*(un|une|le|la|l'|a|an|the)\s*((second|seconde|deuxieme|nouveau|nouvelle|new|second|fresh|latest|official|officiel)\s+)?"
                            r"(communique|statement|bilan|toll|death toll|report|rapport|message)(?![a-z])")


def opens_a_telling(folded: str, end: int) -> bool:
    """Does the day ending at `end`, at its sentence's start, front a telling ("Dimanche soir, un
    second communiqué…", "Hier, un élu affirmait que…")?"""
    return bool(_TELLING_OPENS.match(folded, end) or _SPEAKER_OPENS.match(folded, end))
