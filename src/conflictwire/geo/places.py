"""Place recognition and resolution: capitalised name candidates looked up in the gazetteer,
countries and admin regions from data files, context filters, precision from the words
around ("near X", "à 30 km de X", "région de X"). Datelines are never event places.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.area_mentions import area_mention
from conflictwire.geo.candidates import near_the_landmark, spelt_place
from conflictwire.geo.countries_named import (
    ISO3,
    bare_capital_mentions,
    capital_mentions,
    is_capital,
)
from conflictwire.geo.cues import (
    ACCORDING_TO,
    AG_AFTER,
    BASED_AFTER,
    CUE,
    DESTINATION,
    HOMETOWN_BEFORE,
    HOSPITAL_OF,
    LAUNCHED_FROM,
    NEAR,
    NEED_CUE,
    OFFICE_OF_AFTER,
    OFFICIALS_OF,
    OPERATION,
    REGION_AFTER,
    REGION_BEFORE,
    SEAT_AFTER,
    SEAT_BEFORE,
    SEAT_SAID,
    SOMEONES_HOME,
    SOURCE_PLACE,
    STOP,
    TELLER_FROM,
    TELLER_NEARBY,
    WITHDRAWAL,
    seat_of_an_organisation,
    this_sentence,
)
from conflictwire.geo.distances import DIRECTION, DISTANCE, far_landmark, landmark_of_the_told
from conflictwire.geo.gazetteer import Place, default_gazetteer
from conflictwire.geo.lies_in import division_after, placed_by_a_town, region_before
from conflictwire.geo.name_context import (
    AREA_OF_NAME,
    BYLINE,
    CITY,
    GATHERED_IN,
    INSTITUTION_AFTER,
    NAME_PREFIX,
    ONE_VILLAGE,
    QUARTER_AFTER,
    QUARTER_BEFORE,
    QUARTER_OF,
    SETTLEMENT_WORDS,
    WORD_PREFIXES,
    compound_name,
    country_cue,
    cued,
    in_parentheses,
    is_person,
    one_name,
    person_names,
    surname_after_title,
    word_end,
    word_start,
)
from conflictwire.geo.report_context import read_report
from conflictwire.geo.resolve import FOCUS, allowed, pick
from conflictwire.geo.spelling import spelling_key
from conflictwire.geo.unknown import PlaceMatch, told_as_place, unknown_places
from conflictwire.textutil import Spans, norm_key

# an acronym joined to a name by a hyphen: "RTB-Télé", "ORTM-Mopti"
_ACROSS = re.compile(r"(?<![a-z])(across|throughout|a travers|dans tout|dans l'ensemble du|in the wider|the wider)\s+(the\s+|le\s+)?$")
_ACRONYM_BEFORE = re.compile(r"(?<![\w'-])[A-Z]{2,6}-$")
_THE_VILLAGE_OF = re.compile(r"(?<![a-z])(village|hamlet|hameau)\s+(of|de|d'|du)\s*$")


# a region's capital named in a clause that describes the region
_CAPITAL_OF_IT = re.compile(r"(?<![a-z])(whose (regional )?capital is|dont le chef-lieu est|dont la capitale est)\s*$")
_WHICH_BEFORE = re.compile(r"(?<![a-z])(of which|whose|dont)\s*$")
_IS_ITS_CAPITAL = re.compile(r"\s*(city |town |ville )?(is|was|est) (the|its|le|la) (regional )?(capital|chef-lieu)(?![a-z])")


# "speaking in Boni where 26 people were killed": where it was said is where it happened, told so
_WHERE_IT_HAPPENED = re.compile(r"\s*,?\s*(where|ou)\s+([\w'-]+\s+){0,4}(were|was|had been|have been|ont ete|a ete|avaient ete)\s+(killed|attacked|tues?|attaquee?s?)")
# "in the north of Niamey", "dans le nord de Niamey": a part of the city, not a direction from it
_PART_OF_THE_CITY = re.compile(r"(?<![a-z])(dans|in) (le|la|the) \S+\s+(de|du|of)\s*$")
_SECRETARY_GENERAL = re.compile(r"(secretary|secretaire)[- ]general\s+$")
# "the Boni area", "Boni village", "the Inata mine": a common word or a first name the text
# calls a place by the place noun after it
# an office apposed after a name: "Ali Dolo, the mayor of …", "Ali Maïnassara, chef du village de Boni"
_OFFICE_APPOSED = re.compile(r",\s*((the|le|la|l')\s*)?(mayor|maire|chief(?! town)|chef(?![\w-])|governor|gouverneur|prefect|prefet|"
                             r"spokesman|spokesperson|porte-parole|imam|president|commander|commandant|head|leader|deputy|depute)(?![a-z])")
_PLACE_NOUN_NEXT = re.compile(r"^\s+(area|zone|sector|village|town|locality|commune|camp|mine|market|forest|detachment|garrison|outpost|military base|army base)(?![a-z])")

_SET_OUT_FROM = re.compile(r"(?<![a-z])(en provenance (du|de|d')|coming from|travell?ing from)\s*(la |le |l')?$")
# a division named by another spelling: "in the Banibangu district" (Banibangou)
_DIVISION_AFTER = re.compile(r"\s+(district|department|departement|commune|municipality|area|sector|secteur|cercle|circle|prefecture)(?![a-z])")
# what may stand before an agency's credit at a line's start: nothing, or the page's date ("13/10/2022 (Belga)")
_LINE_OPENING = re.compile(r"^\W*((date|publie le|published|updated|mis a jour le)\s*:?\s*)?[\d\s/.:-]*$")


# a preposition of place or a direction from a place, just before a name
_PLACE_BEFORE = re.compile(r"(?<![a-z])(a|au|aux|dans|de|d'|du|vers|entre|et|in|at|near|of|from|pres de|"
                           r"(nord|sud|est|ouest|north|south|east|west)(-(est|ouest|east|west))? (de|d'|of))\s*$")


# a vehicle's make or model: "un bus de type Dina", "des camions de marque Renault"
_MAKE_BEFORE = re.compile(r"(?<![a-z])(de type|du type|de marque|model|modele|brand|make)\s+$")


# what only a person has, after a name's possessive: "Kaka's family", "Ousmane's wife"
_KIN_AFTER = re.compile(r"^['’]s\s+(family|wife|husband|son|sons|daughter|daughters|brother|sister|father|mother|relatives|"
                        r"lawyer|lawyers|bodyguards?|widow|nephew|cousin|house|home|residence)(?![a-z])")

def find_places(text: str, *, actor_spans: Spans, dateline: tuple[int, int] | None = None,
                hinted: frozenset[str] = frozenset(), source_country: str | None = None) -> tuple[list[PlaceMatch], Counter[str]]:
    """The places a text names, in order, and how strongly it points at each country (ISO2).
    `actor_spans` are never places ("the Macina Liberation Front"), nor is the `dateline`;
    `hinted` countries (the actors') and the `source_country` (a feed's, the user's) break ties
    among homonyms, never bound."""
    r = read_report(text, actor_spans, hinted, source_country)
    folded, all_votes, doc_country, named_countries, told_countries = r.folded, r.all_votes, r.doc_country, r.named_countries, r.told_countries
    chunks, cands, keys, found, spelt, ctx = r.chunks, r.cands, r.keys, r.found, r.spelt, r.ctx
    capitals = capital_mentions(text, folded, Spans())  # "Burkina Faso's capital": the city, not the country
    capitals += bare_capital_mentions(text, folded, capitals, doc_country)  # "la capitale": the report's country's
    out: list[PlaceMatch] = list(capitals)
    taken = Spans([(p.start, p.end) for p in capitals])
    picked: dict[str, Place | None] = {}
    elsewhere: set[str] = set()  # names the text places in a division where the gazetteer has none of them
    people: set[str] = set()  # names the text gave a person by a title
    village_sizes: dict[str, int] = {}  # the population of the town each name was read as
    for (start, end, surface, prev_word, next_word), key in sorted(zip(cands, keys, strict=True), key=lambda c: (c[0][0], -(c[0][1] - c[0][0]))):
        if not key or taken.overlaps(start, end):
            continue
        before = folded[max(0, start - 40) : start]
        after = folded[end : end + 20]
        if key in STOP and not (key in _regions() and _regions()[key][0] in (doc_country, None)
                                and (REGION_AFTER.match(after) or REGION_BEFORE.search(before)) and not _ACROSS.search(before)):
            continue  # "Nord", "Est", "Centre", "Sahel": a region only when called one (not "across the Sahel region")
        if dateline is not None and dateline[0] <= start < dateline[1]:
            continue
        if actor_spans.contains(start, end):
            continue
        near = bool(NEAR.search(before))
        places = found.get(key) or []
        handled, area = area_mention(text, folded, start, end, surface, key, places, doc_country)
        if handled:  # a country, a cercle or province, a region
            taken.add(start, end)  # (one left out, "the border with Burkina Faso", leaves no "Faso")
            if area is not None:
                out.append(area)
            continue
        spelling = not places and key in spelt and (told_as_place(text, folded, start, end)
                                                    or _DIVISION_AFTER.match(folded[end : end + 20]) is not None)
        if spelling:  # one place of that spelling where the report is, else an unknown name
            places = spelt_place(key, [p for p in spelt[key] if p.kind != "region"], ctx, source_country)
            home = ctx.country or source_country or (next(iter(ctx.hinted)) if len(ctx.hinted) == 1 else None)
            if spelling_key(key) in default_gazetteer().vowel_off:
                # a vowel off: only in the country the report is about (a one-letter cousin
                # abroad is another village)
                places = [p for p in allowed(places, ctx) if p.country == home] if home else []
            elif home and not any(p.country == home for p in spelt[key]):
                # a spelling known only abroad gives way to a vowel off in the report's country
                cousins = [p for p in default_gazetteer().one_vowel_off(key) if p.country == home and p.kind != "region"]
                places = spelt_place(key, cousins, ctx, source_country) if cousins else places
        places = near_the_landmark(places, text[end : end + 60], found, ctx)
        if not places:
            continue
        road_end = text[end : end + 1] == "-" or (start > 0 and text[start - 1] == "-")  # "the Dori-Gorgadji axis"
        # ("le siège de RTB-Télé", "GFSN-Djibo": a broadcaster's or a unit's name, no road from RTB;
        # the town in it is still near)
        hyphened, road_end = road_end, road_end and not _ACRONYM_BEFORE.search(text[max(0, start - 8) : start])
        if road_end and ONE_VILLAGE.search(folded[max(0, word_start(text, start) - 30) : word_start(text, start)]):
            continue  # "the village of Woba-Tila": one village's name, not two places
        if road_end and compound_name(text, folded, start, end):
            continue  # "à Zibane-Koira Zéno": a village of three words, not a road from Zibane
        # "à Ngarwa-Lawandi", no road told around it: one village's name, placed near its first
        # part when that is known (the later parts are then taken with it)
        # ("Bamako-Sénou airport": a city's quarter, coded at the city)
        whole = word_end(text, end) if road_end and word_start(text, start) == start \
            and one_name(text, folded, start, end) and not any(p.population >= CITY for p in places) else None
        if text[end : end + 1] == "-" and key in WORD_PREFIXES:
            continue
        if text[end : end + 1] == "-" and key in SETTLEMENT_WORDS:
            continue  # "Ouro-Guéladjo": Fulfulde "wuro", a settlement, begins a hamlet's name; no place "Ouro"
        if start > 0 and text[start - 1] == "-" and NAME_PREFIX.search(folded[max(0, start - 5) : start]):
            continue  # "Tin-Hama", "In-Delimane": one Tamasheq name, not a road from "Tin" to Hama
        near = near or hyphened
        if (key in NEED_CUE or key in person_names()) and not (CUE.search(before) or road_end or _PLACE_NOUN_NEXT.match(after)):
            continue
        if len(key) < 3 and not (len(key) == 2 and surface[:1].isupper() and surface[1:].islower()
                                 and re.search(r"(?<![a-z])(in|at|near|of|from|a|de|du)\s*$", before)):
            continue  # "Students in Po staged a strike": a two-letter town only after a preposition
        if INSTITUTION_AFTER.match(after) and prev_word and (found.get(norm_key(prev_word)) or norm_key(prev_word) in _regions()):
            continue  # "Bobo-Dioulasso Dafra University": between a town and an institution, the institution's name
        if QUARTER_BEFORE.search(before):
            continue  # "dans les quartiers de Légal Ségou": a part of the town told, not the city of Ségou
        if QUARTER_OF.match(folded[end : end + 40]):
            continue  # "Tabtenga in sector 45 of Ouagadougou": a part of the city named after it
        if QUARTER_AFTER.match(after):
            # "the town's Sabon Gari neighbourhood": a part of a town, not another place ("un
            # quartier de Gao", "a neighbourhood of Gao" name the town itself: no rule before)
            continue
        if (city := AREA_OF_NAME.match(text[end : end + 60])) and norm_key(city.group(1)) not in _country_names() and any(
                p.population >= CITY for p in found.get(norm_key(city.group(1))) or []):
            continue  # "the Tanghin area of Ouagadougou": a part of a city, coded at the city
        if surname_after_title(text, start) and not any(p.population >= CITY for p in places):
            people.add(key)  # "Interior Minister Abdou Labo … said Labo": a man's surname, and the same man
            continue
        titled = bool(_SECRETARY_GENERAL.search(before))
        # (a big town of another country than the report's is a name: "the mayor of N'Guigmi, Abba Kaya Issa")
        if is_person(prev_word, next_word, folded[max(0, start - 70) : start], found, named_countries | {doc_country, source_country}) and (
                titled or not any(p.population >= 100_000 and p.country in (told_countries or FOCUS) for p in places)):
            # a big town of the region is no one's first name ("Bobo-Dioulasso Dafra University"),
            # but a secretary-general's name is his ("U.N. Secretary-General Ban Ki-moon"), and a
            # city abroad is a name ("Ali Sabo", "restaurant Aziz Istanbul")
            if titled:
                people.add(key)  # ("… said that Ban was outraged": the same man)
            continue
        if key in people:
            continue
        if _KIN_AFTER.match(folded[end : end + 24]):
            people.add(key)  # "Kaka's family was safe", "Kaka's house": a man's kin and home, and the same man after
            continue
        if prev_word and prev_word[:1].isupper() and text[start - 1 : start] == " " and _OFFICE_APPOSED.match(folded[end : end + 40]):
            continue  # "said Ali Dolo, the mayor of the rural commune": a man's names, his office apposed
        if _MAKE_BEFORE.search(before):
            continue  # "un bus de type Dina", "a Toyota model": a make or a model, no place
        if _CAPITAL_OF_IT.search(before) or (_WHICH_BEFORE.search(before) and _IS_ITS_CAPITAL.match(folded[end : end + 40])):
            continue  # "the Mopti region, of which Mopti city is the capital": the region described, no place of the event
        if before.endswith("kel "):
            continue  # "a leader of the Tuareg Kel Essouk": a community, named after its place
        if HOMETOWN_BEFORE.search(before):
            continue  # "un enseignant originaire de Djibo": where the victim came from
        if SOMEONES_HOME.search(before) or AG_AFTER.match(after):
            continue  # "outside the home of Mohamed Ag Intalla": a man, not a place
        if seat_of_an_organisation(before) or BASED_AFTER.match(folded[end : end + 16]):
            # "the Ouagadougou-based newspaper", "Radio Oméga, basée à Ouagadougou": an outlet's seat,
            # which still says which country's press tells it
            seat = next((p for p in places if is_capital(p)), None)
            if seat is not None:
                all_votes[seat.country] += 1
            continue
        if TELLER_FROM.search(before):
            continue  # "…, reporting from Senegal, Dakar": where the reporter files from
        if (SOURCE_PLACE.search(this_sentence(folded[max(0, start - 80) : start])) and not _WHERE_IT_HAPPENED.match(folded[end : end + 30])) \
                or OPERATION.search(before):
            seat = next((p for p in places if is_capital(p)), None)
            if seat is not None and not OPERATION.search(before):
                all_votes[seat.country] += 1  # "the government said in Ouagadougou": Burkina's state spoke
            continue
        if surface.isupper() and (start == 0 or text[start - 1] == "\n") \
                and re.match(r"\s*(,[^\n,]{1,30})?\s*(\([^()\n]{1,40}\)\s*)?[—–-]\s", text[end : end + 60]):
            continue  # a dateline at any paragraph's start: "NIAMEY — A Dargol, …"
        if surface.isupper() and not text[end:].strip() and text[:start].rstrip(" \t").endswith("\n"):
            continue  # "DIM" alone on the report's last line: the writer's initials signing it off
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")" \
                and (_LINE_OPENING.match(folded[: start - 1].rsplit("\n", 1)[-1]) or not text[end + 1 :].strip()):
            continue  # "(Belga) Au moins onze civils…", "… (Belga)": the agency credited, opening a line or closing the report
        if surface.isupper() and len(surface) > 1 and not any(p.population > 0 or p.kind != "village" for p in places) \
                and not (len(surface) >= 5 and _PLACE_BEFORE.search(folded[max(0, start - 24) : start])):
            # "SITE Intelligence": in capitals, an acronym, unless a known town (a dateline), or a village
            # after a word of place, as army communiqués write them ("à 05 Km au Sud de TALHANDAK")
            continue
        if start > 0 and text[start - 1] not in " \n\t(«\"“'’-" and not text[start - 1].isspace():
            continue
        if BYLINE.search(text[max(0, start - 12) : start]):
            continue  # "By SAM MEDNICK", "Par Moussa Diallo": the writer's name at a line's start
        far = DISTANCE.search(folded[max(0, start - 60) : start])
        if far_landmark(folded[max(0, start - 60) : start]) or landmark_of_the_told(folded[max(0, start - 100) : start]) \
                or DESTINATION.search(folded[max(0, start - 60) : start]) or LAUNCHED_FROM.search(before) \
                or WITHDRAWAL.search(before) or TELLER_NEARBY.search(before):  # ("before withdrawing towards the forest of Wagadou")
            continue  # "200 km north of Bamako", "a convoy bound for Djibo": not where it happened
        near = near or bool(far) or bool(DIRECTION.search(before))  # "à l'est de Nassoumbou": near it
        told_in = country_cue(before)
        if told_in is not None:
            # "the Burkina town of Sole", "la ville malienne de Léré": that country's, or unknown
            mine = [p for p in places if p.country == told_in]
            place = pick(mine, ctx, cue_country=told_in, key=key) if mine else None
        else:
            if key not in picked:  # the report's context is fixed by now: one choice a name
                picked[key] = pick(places, ctx, key=key)
            place = picked[key]
        if place is None:
            continue
        if is_capital(place) and DIRECTION.search(before) and not _PART_OF_THE_CITY.search(before):
            all_votes[place.country] += 1  # (which still names the country)
            continue  # "Douze gendarmes tués au nord-ouest de Niamey": a direction from the capital, not the capital
        # "authorities in Bamako said", "selon Niamey": the state that spoke
        if is_capital(place) and ((SEAT_BEFORE.search(before) or SEAT_AFTER.match(folded[end : end + 120]))
                                  and SEAT_SAID.search(folded[end : end + 120]) or ACCORDING_TO.search(before)
                                  or OFFICIALS_OF.search(before)):
            all_votes[place.country] += 1
            continue
        if OFFICE_OF_AFTER.match(folded[end : end + 40]):
            all_votes[place.country] += 1  # "Niamey's Archbishop … said": the office's seat
            continue
        if HOSPITAL_OF.search(folded[max(0, start - 120) : start]):
            all_votes[place.country] += 1  # "the wounded were taken to a hospital in Kaya": where they were treated
            continue
        told = division_after(folded, end, text if place.population == 0 else "")  # (a town is known)
        if told is None and place.population == 0:
            told = region_before(folded, start)  # "a patrol in the Diffa region near Baroua"
        if told is not None and told != (place.country, place.admin1):
            elsewhere.add(key)  # (and so are its other mentions: the report told where it lies once)
            continue  # "Bondo, Cercle of Koro": no Bondo known there, so a village no gazetteer knows
        if whole is not None:
            end, surface = whole, text[start:whole]
        taken.add(start, end)
        village_sizes[key] = place.population
        out.append(PlaceMatch(
            start, end, surface, surface if whole is not None else place.name, place.country, ISO3.get(place.country),
            place.admin1, place.admin2, place.latitude, place.longitude,
            place.geonames_id if place.geonames_id < 900_000_000 and whole is None else None,
            2 if near else 1, feature="P",
            # ("à hauteur du village de Tendely, à une dizaine de kilomètres à l'est de Bankass": the
            # text names the village as one; the town it is told from is a landmark)
            score=(1.0 if place.kind in ("camp", "village", "town") else 0.8) + (0.5 if cued(text, start, end) else 0.0)
            + (0.2 if _THE_VILLAGE_OF.search(folded[max(0, word_start(text, start) - 30) : word_start(text, start)]) else 0.0)
            - (0.8 if in_parentheses(text, start) else 0.0)
            + (0.3 if GATHERED_IN.search(before) else 0.0)
            # ("un mini-bus en provenance de Bankass a heurté un engin … au pont de Parou": where it set
            # out from, the place only when the sentence names no other)
            - (0.6 if _SET_OUT_FROM.search(before) else 0.0)))
    out = [PlaceMatch(p.start, p.end, p.text, p.text, None, None, None, None, None, None, None, p.precision, feature="U", score=0.5)
           if p.feature == "P" and norm_key(p.text) in elsewhere else p for p in out]
    # "six morts à Soum … Silgadji, dans la province de Soum": a name the report calls a division is
    # that division wherever it names it, over a hamlet of no known size that shares it (a town
    # the division is named after, Bandiagara, stays the town)
    divisions = {norm_key(p.text): p for p in out if p.feature == "A" and p.admin2}
    out = [replace(divisions[k], start=p.start, end=p.end, text=p.text)
           if p.feature == "P" and (k := norm_key(p.text)) in divisions and village_sizes.get(k, 1) == 0 else p for p in out]
    out.extend(unknown_places(text, folded, taken, chunks, actor_spans, dateline))
    return placed_by_a_town(text, folded, out), all_votes
