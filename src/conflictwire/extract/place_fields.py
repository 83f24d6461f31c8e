"""The ACLED place fields of an event (location, admin1/admin2, coordinates, geo_precision) and
their evidence, from the place mention event_place.py chose: a known place, an unknown name at
the division it lies in, the place of the event told before, the report's one region or town."""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.extract.dates import OPENS_ON_A_COUNTED_DAY, opens_on_the_day_after
from conflictwire.extract.doc import PlaceMention, ReportDoc
from conflictwire.extract.triggers import anchor_spans
from conflictwire.geo.admin import capital_of, country_code
from conflictwire.geo.countries_named import ISO3, capital_name
from conflictwire.geo.datelines import dateline_town
from conflictwire.geo.gazetteer import Place, countries, default_gazetteer
from conflictwire.model import Event, Span
from conflictwire.textutil import fold, norm_key


@lru_cache(maxsize=1)
def _centroids() -> dict[str, tuple[float, float]]:
    return {c["iso2"]: (float(c["lat"]), float(c["lon"])) for c in countries()}


def _report_region(doc: ReportDoc, country_cc: str | None, background: bool = False) -> PlaceMention | None:
    """The one region (or cercle/province) of the country the report names, if just one; with
    `background` False, outside its background ("In January, two soldiers were killed in the
    Atakora region" does not place the park attack the report is about)."""
    if (country_cc, background) in doc.report_regions:
        return doc.report_regions[(country_cc, background)]
    doc.report_regions[(country_cc, background)] = found = _one_region(doc, country_cc, background)
    return found


def _one_region(doc: ReportDoc, country_cc: str | None, background: bool) -> PlaceMention | None:
    regions = [p for p in doc.places if p.feature == "A" and p.country == country_cc and p.admin1
               and (background or p.sent not in doc.background) and not doc.in_dateline(p.start) and not _in_anchor(doc, p)
               and not _situates_a_town(doc, p)]
    if len({p.admin1 for p in regions}) != 1:
        return None
    return max(regions, key=lambda p: (p.admin2 is not None, -p.start))


def _towns_region(doc: ReportDoc, country_cc: str | None) -> PlaceMention | None:
    """The first town of the country the report names, outside its background and dateline, when
    every such town lies in one region: an unknown village of the report lies there too."""
    towns = [p for p in doc.places if p.feature == "P" and p.country == country_cc and p.admin1
             and p.sent not in doc.background and not doc.in_dateline(p.start) and not _in_anchor(doc, p)]
    return towns[0] if towns and len({p.admin1 for p in towns}) == 1 else None


def _situates_a_town(doc: ReportDoc, region: PlaceMention) -> bool:
    """Is the region named right after a town it holds ("in Barani, in the Boucle du Mouhoun
    region")? Then it is that town's, not the report's."""
    return any(q.feature == "P" and q.admin1 == region.admin1 and 0 < region.start - q.end < 45
               for q in doc.in_sents(doc.places, (region.sent,)))


def _in_anchor(doc: ReportDoc, p: PlaceMention) -> bool:
    """Is the mention inside a time anchor to another event ("quelques jours après le massacre de
    137 personnes dans la région de Tahoua")?"""
    sent = doc.sentences[p.sent]
    return any(sent.start + a <= p.start < sent.start + b for a, b in anchor_spans(sent.text))


def _report_place(doc: ReportDoc, country_cc: str) -> PlaceMention | None:
    """The one town or village of the country the report names outside its background and
    dateline, if just one."""
    spots = [p for p in doc.places if p.feature == "P" and p.country == country_cc and p.sent not in doc.background
             and not doc.in_dateline(p.start)]
    if len({p.geonames_id or fold(p.name) for p in spots}) != 1:
        return None
    return spots[0]


# a place named by reference to the one just told: "the town's", "the same village", "la même localité"
# "on the same stretch of road", "sur le même axe": the place of the event told before, whatever
# country the report names besides
_SAME = (r"the same (town|city|village|locality|area|place|spot|road|stretch|section|axis|route)|"
         r"(la|le) meme (ville|localite|village|zone|endroit|camp|axe|route|troncon|portion)")
# "dans la même région", "in the same area": the region of the event told before
_SAME_REGION = re.compile(r"(?<![a-z])(the same (region|province|district|area|zone|part of the country)|"
                          r"(la|le) meme (region|province|zone|secteur|cercle|departement|partie du pays))(?![a-z])")
_THE_SAME_PLACE = re.compile(r"(?<![a-z])(" + _SAME + r")(?![a-z])")
_SAME_PLACE = re.compile(
    r"(?<![a-z])(the (town|city|village|locality|area|camp|base)('s)?|" + _SAME + r"|"
    r"(la|cette) (ville|localite|commune|zone)|(le|ce) (village|camp|secteur)|"
    r"sur (les )?lieux|on the spot|there|(du|au|dans le) quartier|"
    # the attackers pursued as they fled the place told: struck near it
    r"(the )?fleeing (attackers|terrorists|militants|assailants|jihadists|gunmen|insurgents)|as they fled|"
    r"in (their )?(flight|retreat)|in pursuit of|(terroristes|assaillants|jihadistes|djihadistes) en fuite|"
    r"dans leur (fuite|repli)|a leur poursuite|"
    r"(en chasse|a la poursuite|aux trousses) (des|de ces) (ravisseurs|assaillants|terroristes|jihadistes|djihadistes|hommes armes|"
    r"agresseurs|malfaiteurs)|(chasing|pursuing|tracking down|(sent|went|set off) after) the (kidnappers|abductors|attackers|"
    r"assailants|gunmen|raiders|militants)|"
    # the sweep that followed the attack told: "sweeping-up operations following the July 15 attack"
    # (or any operation told as following it: "clashed with the jihadists in an operation following the attack")
    r"(sweep(ing)?(-up| up)?|mopping(-up| up)|clearing|search|pursuit|ratissage|ratissages|poursuite|recherche|operation)( operations?)?"
    r"[^.;]{0,30}(following|after|in the wake of|suite a|apres|consecutives? a) (the|this|that|l'|la|cette|cet)\s*"
    r"([\w'-]+ ){0,3}(attack|assault|raid|ambush|attaque|assaut|embuscade)|"
    # the ground units finishing what strikes began fight where the strikes fell
    r"(rescapes|survivants) des frappes|survivors of the (air ?)?strikes|exploitation des frappes|exploiting the (air ?)?strikes)(?![a-z])"
)


# "in eastern Burkina Faso", "dans le nord du Niger": a part of the country the event names, not
# the report's one town
_COMPASS_PART = re.compile(r"(?<![a-z])((north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                           r"centr)(ern|al)|(le |l')?(nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest) "
                           r"(du|de la|de l'|de))\s*$")


def _part_of_country(doc: ReportDoc, place: PlaceMention | None) -> bool:
    return place is not None and place.feature == "C" and bool(
        _COMPASS_PART.search(fold(doc.text[max(0, place.start - 24) : place.start])))


# the state's own buildings in the capital, stormed or burned (not its voices: "the ministry said")
# (and the state's broadcaster, where a coup is declared: "state television was interrupted … by soldiers";
# not the medium a statement went out on, "read on national television")
_STATE_SEAT = re.compile(r"(?<![a-z])(assemblee nationale|national assembly|parliament building|presidential palace|"
                         r"palais presidentiel|palais de koulouba|palais de kosyam|hemicycle|"
                         r"(?<!on )(?<!sur )(?<!sur la )(?<!a la )(?<!via )(?<!through )(?<!on the )"
                         r"(state television|national television|state broadcaster|television (nationale|publique|d'etat)))(?![a-z])")


def _seat_of_state(doc: ReportDoc, said: str, cc: str) -> tuple[Place, Span] | None:
    """The capital and the words naming the state's seat the event's sentences tell of, if any."""
    if not _STATE_SEAT.search(said):
        return None
    m = _STATE_SEAT.search(fold(doc.text))
    capital = capital_name(cc)
    if m is None or capital is None:
        return None
    key = norm_key(capital)
    here = [p for p in default_gazetteer().lookup([key])[key] if p.country == cc]
    if not here:
        return None
    return max(here, key=lambda p: p.population), Span(start=m.start(), end=m.end(), text=doc.text[m.start() : m.end()])


# a sentence that opens on days counted from the event told before: "Two days earlier" (or on a
# day so counted, dates.OPENS_ON_A_COUNTED_DAY: "La veille")
_DAYS_COUNTED = re.compile(r"^\W*(\w+|\d+) (days?|weeks?|jours?|semaines?) (earlier|before|later|plus tot|auparavant|plus tard)(?![a-z])")


def _another_day(folded: str) -> bool:
    return bool(_DAYS_COUNTED.match(folded) or OPENS_ON_A_COUNTED_DAY.match(folded))


def fill_place(ev: Event, doc: ReportDoc, place: PlaceMention | None, places: list[PlaceMention],
               country_cc: str | None, country: str | None, prev: Event | None, said: str,
               evidence: dict[str, list[Span]], turn: bool = False) -> tuple[str | None, bool]:
    """Set the event's place fields and their evidence; returns its country's name (an event
    placed at the town told before takes that town's country) and whether it was placed at
    the report's one place for want of its own (still vague: see dropped.drop_commentary).
    `turn`: the event is the strikes after a fight, or the fight after strikes (segment.TURNS),
    told where the event before was."""
    ev.country = country
    ev.iso3 = ISO3.get(country_cc) if country_cc else None
    if place is not None and place.feature in ("P", "A"):
        ev.location, ev.admin1, ev.admin2 = place.name, place.admin1, place.admin2
        ev.latitude, ev.longitude = place.latitude, place.longitude
        ev.geo_precision, ev.geonames_id = place.precision, place.geonames_id
        for f in ("location", "admin1", "latitude", "longitude", "country"):
            evidence[f] = [place.span()]
    elif place is not None and place.feature == "U":
        # named, but not in the gazetteer: keep the name, place it where the report puts it
        # ("Tiloua, in the Ouallam area"), else at the best-known region
        container = doc.inside.get(place.start)
        if container is None and place.admin1 and place.latitude is not None:
            # "Almoustarat, 140 km north of Gao": the town it is told from placed it (lies_in)
            container = place
        region = container or next((p for p in places if p.feature == "A"), None) or _report_region(doc, country_cc) \
            or _report_region(doc, country_cc, background=True)
        ev.location = place.name
        evidence["location"] = [place.span()]
        towns = _towns_region(doc, country_cc) if region is None else None
        if region is not None:
            ev.admin1, ev.admin2 = region.admin1, region.admin2
            ev.latitude, ev.longitude = region.latitude, region.longitude
            evidence["admin1"] = [region.span()]
        elif towns is not None and country_cc:
            # (no region named: the one region every town the report names lies in)
            ev.admin1 = towns.admin1
            ev.latitude, ev.longitude = capital_of(country_cc, towns.admin1 or "") or (towns.latitude, towns.longitude)
            evidence["admin1"] = [towns.span()]
        elif country_cc:
            ev.latitude, ev.longitude = _centroids().get(country_cc, (None, None))
        # near a known town (the one it lies in, or the one lies_in placed it by: a "U" itself)
        ev.geo_precision = 2 if container is not None and container.feature in ("P", "U") else 3
    elif (place is None or place.feature == "C") and prev is not None and prev.location and prev.location != prev.country \
            and (not country or country == prev.country or _THE_SAME_PLACE.search(said)) \
            and (turn or _SAME_PLACE.search(said) or opens_on_the_day_after(said)):
        # "police arrested two suspects in the town's Sabon Gari neighbourhood": the town of
        # the event told before, whose name is the evidence
        for f in ("location", "admin1", "admin2", "latitude", "longitude", "geo_precision", "geonames_id", "country", "iso3"):
            setattr(ev, f, getattr(prev, f))
        for f in ("location", "admin1", "latitude", "longitude", "country"):
            if f in prev.evidence:
                evidence[f] = prev.evidence[f]
        country = prev.country
    elif (place is None or place.feature == "C") and prev is not None and prev.admin1 and prev.country \
            and (not country or country == prev.country) and _SAME_REGION.search(said):
        # "dans la même région, trois soldats ont été tués": the region of the event told before,
        # not its village (precision 3)
        ev.location, ev.admin1, ev.admin2, ev.geonames_id = prev.admin1, prev.admin1, None, None
        cc = country_code(prev.country)
        ev.latitude, ev.longitude = (capital_of(cc, prev.admin1) if cc else None) or (None, None)
        ev.geo_precision, ev.iso3 = 3, prev.iso3
        if "admin1" in prev.evidence:
            evidence["admin1"] = evidence["location"] = prev.evidence["admin1"]
        return prev.country, False
    elif country_cc and _report_region(doc, country_cc) is None and not _part_of_country(doc, place) \
            and (spot := _report_place(doc, country_cc)) is not None \
            and not (prev is not None and prev.location == spot.name and _another_day(fold(said))):
        # ("Two days earlier, the army claimed to have killed 45 militants": another day than the
        # event told at the report's one place is another incident, whose place is not told)
        # the event names only its country, and the report one place in it and no region: the
        # report's place, as a coder would code it, marked as near it (precision 2)
        ev.location, ev.admin1, ev.admin2 = spot.name, spot.admin1, spot.admin2
        ev.latitude, ev.longitude, ev.geo_precision, ev.geonames_id = spot.latitude, spot.longitude, 2, spot.geonames_id
        for f in ("location", "admin1", "latitude", "longitude"):
            evidence[f] = [spot.span()]
        return country, True
    elif country_cc and (seat := _seat_of_state(doc, said, country_cc)) is not None:
        # "l'Assemblée nationale, envahie par des manifestants": the parliament, the presidency
        # and the ministries sit in the capital, where a coder places what happens to them
        cap, span = seat
        ev.location, ev.admin1, ev.admin2 = cap.name, cap.admin1, cap.admin2
        ev.latitude, ev.longitude, ev.geo_precision, ev.geonames_id = cap.latitude, cap.longitude, 2, cap.geonames_id
        for f in ("location", "admin1", "latitude", "longitude"):
            evidence[f] = [span]
    elif country_cc:
        region = _report_region(doc, country_cc) or _report_region(doc, country_cc, background=True)
        if region is not None:
            # the report names one region of the country, and the event is in that country
            ev.location, ev.admin1, ev.admin2 = region.admin2 or region.admin1, region.admin1, region.admin2
            ev.latitude, ev.longitude, ev.geo_precision = region.latitude, region.longitude, 3
            evidence["admin1"] = evidence["location"] = [region.span()]
        else:
            lat, lon = _centroids().get(country_cc, (None, None))
            ev.location, ev.latitude, ev.longitude, ev.geo_precision = country, lat, lon, 3
            if place is not None:
                evidence["country"] = evidence["location"] = [place.span()]
    return country, False


def at_the_dateline_town(ev: Event, doc: ReportDoc, evidence: dict[str, list[Span]]) -> None:
    """An event the story places only at a region, filed from a town of that region that is
    neither a capital nor the region's own town ("ABALAK, Niger (UPI) — … kidnapped an American
    in the Tahoua region"), is placed near that town (precision 2): the dateline is where the
    reporter stood, and the story gives no nearer place."""
    if ev.geo_precision != 3 or not ev.admin1 or doc.dateline is None or "location" not in evidence:
        return
    town = dateline_town(doc.text)
    if town is None or town.admin1 != ev.admin1 or town.country != country_code(ev.country or "") \
            or norm_key(town.name) in (norm_key(ev.admin1), norm_key(capital_name(town.country) or "")) \
            or capital_of(town.country, ev.admin1) == (town.latitude, town.longitude):
        return  # (a region's own town is where ACLED puts an event told at the region anyway)
    ev.location, ev.admin2, ev.geonames_id = town.name, town.admin2, town.geonames_id
    ev.latitude, ev.longitude, ev.geo_precision = town.latitude, town.longitude, 2
    start, end = doc.dateline
    start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
    evidence["location"] = [Span(start=start, end=end, text=doc.text[start:end])]
