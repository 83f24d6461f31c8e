"""What a report says about where it is, read once before its names are resolved: the countries
it names (and which it is about), its name candidates and their gazetteer entries, the
spellings of names no entry has, and the resolution context (regions, divisions, anchors)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.admin import divisions_named, world_country_keys
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.countries_named import capital_keys, country_mentions
from conflictwire.geo.cues import STOP
from conflictwire.geo.gazetteer import Place, default_gazetteer
from conflictwire.geo.lies_in import regions_called
from conflictwire.geo.name_chunks import name_candidates, name_chunks
from conflictwire.geo.resolve import Context, allowed
from conflictwire.textutil import Spans, fold, norm_key


@dataclass
class Reading:
    folded: str
    all_votes: Counter[str]  # how strongly the report points at each country (ISO2)
    doc_country: str | None  # the country the report names most
    named_countries: frozenset[str]
    told_countries: set[str]  # named, the report's own, or the source's
    chunks: list[tuple[int, str]]
    cands: list[tuple[int, int, str, str | None, str | None]]  # (start, end, surface, word before, word after)
    keys: list[str]  # each candidate's norm key
    found: dict[str, list[Place]]
    spelt: dict[str, list[Place]]
    ctx: Context


_BF_REGION = re.compile(r"(?<![\w-])(?:le |la |du |au |dans le |l')(centre-(?:est|nord|ouest|sud)|sud-ouest|hauts-bassins|plateau-central)(?![\w-])")
_PARK = re.compile(r"(?<![\w-])(?:parc|park) national (?:du |de la |de l'|d')?(?:W|Pendjari|Arly)(?![\w])")


def read_report(text: str, actor_spans: Spans, hinted: frozenset[str], source_country: str | None) -> Reading:
    folded = fold(text)
    # names decide the report's country; demonyms hint; a border named draws homonyms to it
    votes, all_votes, borders = country_mentions(text)
    doc_country = votes.most_common(1)[0][0] if votes and votes.most_common(1)[0][1] > 0 else None
    named_countries = frozenset(cc for cc, n in all_votes.items() if n > 0)
    # the countries the report names or is filed from (a person's name may hold a big town of another's)
    told_countries = {c for c in named_countries | {doc_country, source_country} if c}
    chunks = name_chunks(text)
    cands = name_candidates(text, chunks)
    # a park written in lower case ("dans le parc national du W-Bénin"): named by its own name
    cands += [(m.start(), m.end(), m.group(0), None, None) for m in _PARK.finditer(text)]
    if doc_country == "BF":
        # "à Koulponsgo, dans le centre-est": Burkina's compound regions written in lower case
        cands += [(m.start(1), m.end(1), m.group(1), None, None) for m in _BF_REGION.finditer(text)]
    keys = [norm_key(c[2]) for c in cands]
    found = default_gazetteer().lookup([k for k in keys if k and k not in STOP])
    # a name no entry has may be another spelling of one ("Dialloube" for Dyaloubé): used only
    # where the text says a place is named (after "in", "village of" …), as unknown names are
    spelt = default_gazetteer().lookup_spellings(
        [k for k in keys if k and k not in STOP and not found.get(k) and k not in _country_names() and k not in _regions()
         and k not in world_country_keys()])
    # names inside an actor's name ("Katiba Macina", "Ansaroul Islam") say nothing of where the report is
    ctx_keys = [k for c, k in zip(cands, keys, strict=True) if not actor_spans.overlaps(c[0], c[1])]
    ctx = _context(folded, ctx_keys, found, doc_country, named_countries)
    if ctx.country is None and (called := regions_called(folded, cands, keys)) is not None:
        ctx.country, ctx.named = called, ctx.named | {called}  # "dans la région de Tillaberi": Niger
    ctx.hinted = hinted | {source_country} if source_country else hinted
    ctx.borders = borders
    return Reading(folded, all_votes, doc_country, named_countries, told_countries, chunks, cands, keys, found, spelt, ctx)


def _context(folded: str, keys: list[str], found: dict, country: str | None, named: frozenset[str]) -> Context:
    """What the report says about where it is: country, regions, cercles/provinces, and the
    places it names that have a single candidate."""
    divisions = divisions_named(folded)
    # a named cercle or province names its country too ("Bondo, Cercle of Koro")
    ctx = Context(country=country, named=named | {d.country for d in divisions})
    regions = _regions()
    capitals = capital_keys()
    for key in keys:
        if key in regions and key not in capitals:  # (the capital is named for the state, not to place a village)
            ctx.admin1.add(regions[key])
    for d in divisions:
        ctx.admin1.add((d.country, d.admin1))
        ctx.admin2.add(norm_key(d.admin2 or ""))
    for key in set(keys):
        if key in STOP or key in regions:
            continue
        # two rows of one place (a city in both cities500 and the country's dump) are one place
        only = list({(round(p.latitude, 2), round(p.longitude, 2)): p for p in allowed(found.get(key) or [], ctx, key=key)}.values())
        if len(only) == 1:
            ctx.anchors.append((only[0].latitude, only[0].longitude))
        elif 1 < len(only) <= 8:
            # a name with a few homonyms still says the report is near one of them: "Namssiguia
            # … Bourzanga" picks the Namssiguia near a Bourzanga
            ctx.soft_anchors.append((key, [(p.latitude, p.longitude) for p in only]))
    return ctx
