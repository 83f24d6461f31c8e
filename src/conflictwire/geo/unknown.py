"""Place names no gazetteer knows: capitalised names where places sit ("the village of X",
"in X", "X military base"). Also the `PlaceMatch` every place finder returns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.admin import world_country_keys
from conflictwire.geo.cues import (
    BASED_AFTER,
    DESTINATION,
    HOMETOWN_BEFORE,
    NEAR,
    PLACES_APPOSED,
    SOMEONES_HOME,
    SON_OF,
    SOURCE_PLACE,
    STOP,
    TELLER_NEARBY,
    WITHDRAWAL,
    seat_of_an_organisation,
    this_sentence,
)
from conflictwire.geo.distances import far_landmark
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import Spans, norm_key


@dataclass
class PlaceMatch:
    """A place named in a text: where (character offsets), what it resolved to, how precisely."""

    start: int
    end: int
    text: str
    name: str
    country: str | None  # ISO2
    iso3: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    precision: int  # 1 the place, 2 near it / part of a region, 3 region only
    feature: str = "P"  # P place in the gazetteer, U named but unknown to it, A region, C country
    score: float = 1.0


# "the village of X", "la localité de X": a place name even when the gazetteer lacks it
_UNKNOWN_PLACE = re.compile(
    # ("dans la commune rurale de Gandamia", "the rural commune of Lafia")
    r"(?:(?:village|villages|town|towns|locality|localities|hamlet|hamlets|island|islands|islet|ile|iles|ilot|commune|communes|"
    r"communes? (?:rurales?|urbaines?)|(?:rural|urban) communes?|area|camp|camps|campement|campements|site|localite|localites|hameau|hameaux|forest|foret|foret classee|"
    r"ville|zone|secteurs?|sectors?|camp militaire|postes?(?: avances?| militaires?| de (?:police|gendarmerie|securite|douane)| dozos?| des dozos)?|"
    r"detachement|bases?(?: militaires?)?|positions?(?: militaires?| avancees?)?|prison|"
    # "le camp des réfugiés de Tizalit", "un site de déplacés de Barsalogho": the camp and its place
    r"(?:camps?|sites?) (?:de |des |d')(?:refugies|deplaces)(?: internes)?|"
    # "l'église évangélique de Nagnounbougou", "le marché à bétail de Kpenchangou": a village's institution
    r"(?:eglise|mosquee|ecole|marche|dispensaire|centre de sante|mairie)(?: (?:evangelique|catholique|protestante|"
    r"primaire|publique|hebdomadaire|central|a betail|du village))?|"
    # "la brigade de gendarmerie de Comin-Yanga", "le commissariat de police de Djibo": a post and its town
    r"brigades?(?: de gendarmerie)?|commissariats?(?: de police)?|gendarmerie|police station|"
    r"military (?:camp|base|post|positions?)|army (?:camp|base|post)|"
    # "dans le village tout proche de Sokorokanda": the nearby village, by its name
    r"(?:village|localite|hameau) (?:tout |tres )?(?:proche|voisin))\s+(?:of|de|d'|du|at|in)"
    # a locative preposition before a capitalised name the gazetteer lacks: "in Kindi", "à Mentao"
    r"|(?:village|town|locality|hamlet|localite|hameau|place|spot|site|area|camp|endroit|lieu|lieu-dit|campement|zone) "
    r"(?:called|named|known as|appele|appelee|denomme|denommee|du nom de|dit)"
    # "Residents of Passakongo marched", "les habitants de Kindi": where the people live
    r"|(?:residents|inhabitants|villagers|habitants|villageois|populations?|elus(?: locaux)?|local (?:officials|councillors|councilors)|"
    r"conseillers municipaux|notables) (?:of|from|de|du|d')"
    r"|(?<![a-z])(?:in|at|near|around|outside|between|pres de|non loin de|dans la localite de|vers|a hauteur de|au niveau de|"
    r"aux alentours de|du cote de)"
    # where the attackers went in: "swarmed into Intikane" (not "an investigation into X's death")
    r"|(?:swarmed|stormed|burst|broke|rode|drove|poured|rushed|marched|infiltrated|moved|came|went) into"
    # around it: "on the outskirts of X", "in the vicinity of X", "à la périphérie de X", "15 km from X"
    r"|(?:outskirts|vicinity|environs|peripherie|abords|sortie) (?:of|de|du|d')"
    r"|\d\s*(?:km|kms|kilometres|kilometers) (?:from|of|de|d')"
    # a bearing from it: "11 km south of Aguelhoc", "au nord-est de Tessit"
    # ("the south of X", "le sud de X" is a part of X, not a place near it)
    r"|(?<![a-z])(?<!the )(?<!le )(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|nord|sud|est|ouest|nord-est|nord-ouest|"
    r"sud-est|sud-ouest) (?:of|de|du|d')"
    # a market, a mine or a school names its village: "le marché de Tilwagou" (English says "the
    # market in X", a locative already; "the School of Public Health" is an institution)
    r"|(?:marche|mine d'or|site d'orpaillage|site aurifere|ecole|mosquee|eglise)\s+(?:de|d'|du)"
    # a unit of the forces named by its town: "les positions avancées des FDS de Bouloudjounga"
    r"|(?:\((?:fds|fama|fan|fds-niger|vdp)\)|(?<![a-z])(?:des|les) (?:fds|fama|fan|vdp))\s+(?:de|d')"
    # an ACLED-style note's own word for where it coded the event
    r"|coded (?:at (?:an )?approximate locations? )?(?:as|at)"
    # in apposition: "the two villages attacked, X and Y"
    r"|(?<![a-z])(?:" + PLACES_APPOSED + r"))\s*$"
)
# French "à" folds to "a", which in English is the article ("a GFAT vehicle", "a IED attack"):
# only the accented letter of the text itself is the preposition
_A_BEFORE = re.compile(r"(?<![a-z])a\s*$")


# the first word of a Tamasheq place name, never a word of its own in a report ("Tin Bidene",
# "Tan Tabakat", "Ti Ntegui"): a name it begins is looked at whole
NAME_PREFIXES = frozenset({"tin", "tan", "ti"})


# words that follow "in"/"at" capitalised without being places: nationalities, wider regions,
# news agencies and outlets
NOT_PLACES = re.compile(
    r"^(?:\w+(?:ese|ian|ians|ish|ais|aise|ois|oise|ien|ienne|iens|iennes)|american|french(?:m[ae]n)?|swiss|greek|dutch|thai|"
    r"west africa|africa|west|east|north|south|europe|sahel|sahara|maghreb|middle east|liptako gourma|"
    # languages: "al-Naba (the News, in Arabic)", "a message in Tamasheq"
    r"arabic|arabe|english|anglais|francais|tamasheq|tamashek|tamachek|fulfulde|hausa|haoussa|songhai|sonrai|bambara|"
    r"moore|dioula|jula|zarma|djerma|kanuri|wolof|"
    # the continent's parts: "an Islamic terrorist group active in Western Africa"
    r"(?:western|eastern|northern|southern|central|sub-saharan|north|south|east) africa|afrique(?: (?:de l'ouest|occidentale|du nord|centrale|de l'est))?|"
    # a kind of division written with a capital ("le commissariat de police de District")
    r"district|region|province|commune|departement|department|cercle|prefecture|"
    # outlets, with their edition ("BBC Afrique"), and the bodies that report ("Human Rights Watch")
    r"(?:reuters|afp|ap|apa|aib|amap|anp|pana|ani|sputnik|anadolu|xinhua|rfi|france 24|bbc|al jazeera|aljazeera|voa|ortm|rtb|ortn)(?: \w+)?|"
    # the region's radio and television ("a affirmé à Studio Kalangou", "Radio Oméga", "Télé Sahel")
    r"studio \w+|radio \w+(?: fm)?|\w+ fm|tele \w+|"
    r"human rights watch|amnesty international|acled|ocha|unhcr|unicef|msf|icrc|cicr|"
    # what a mine digs, capitalised in a title ("Uranium Mine in Niger Attacked"): the mine's kind
    r"uranium|gold|coal|copper|phosphate|manganese|lithium|iron|diamond|diamonds|or|cuivre|charbon|"
    # weapons told by their acronym: "in IED/mine blast"
    r"ied|ieds|vbied|svbied|eei|iedd|"
    r"january|february|april|june|july|august|september|october|november|december|"
    # feasts and seasons: "In Ramadan, …", "à la Tabaski"
    r"ramadan|ramadhan|ramadhane|tabaski|eid|christmas|easter|noel|paques|careme|hivernage)$"
)


# "the Blabrine military base", "Tin-Akoff town": a name with its place noun after it
_PLACE_NOUN_AFTER = re.compile(r"\s+(military base|army base|military camp|army camp|military post|outpost|garrison|"
                               # "an attack on the Tanwalbougou gendarmerie brigade": a post named after its town
                               r"(?:gendarmerie|police|customs|army|military) (?:brigade|post|station|checkpoint|camp|base)|"
                               r"(?:refugee |hunting |idp |displacement |gold |mining )?(?:camp|mine|site)|base|town|village|locality)(?![a-z])")
_PLACE_NOUN = re.compile(r"(village|hamlet|island|ile|town|locality|area|localite|hameau|zone|secteur|forest|foret|foret classee)\s+(of|de|d'|du|called|named)\s*$")


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a capitalised word at start is inside a sentence ("15 km from In Kadagotan"), where
    "In" begins a name, not the sentence."""
    before = text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\n\"“«"


# the object of an attack verb, the clause ending after it: "gunmen raided Kourakou on Sunday",
# "ont attaqué Tadaryat dimanche" (not "attacked Fulani herders": a name before a noun qualifies it;
# a group's name is an actor, found before places are)
_ATTACKED = re.compile(r"(?<![a-z])(?:attacked|raided|stormed|overran|overrun|besieged|torched|invaded|looted|pillaged|descended (?:up)?on|"
                       r"attaque|attaquee|investi|pris d'assaut|incendie|pille|assiege)\s*$")
_OBJECT_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|near|overnight|early|late|last|this|yesterday|and|"
                          r"dans|pres|a|au|hier|tot|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                          r"sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![a-z]))")
_APPOSED_BEFORE = re.compile(r"(?P<noun>[^,]*),[^,]{1,40},\s*(?P<prep>de|du|d'|of)\s*$")
# "Tilwagou, a farming village 40 km from Dori", "Tilwagou, une localité de la commune de…"
_CALLED_A_PLACE_AFTER = re.compile(r",\s+(?:a|an|un|une|the|le|la)\s+(?:[a-z-]+\s+){0,2}?"
                                   r"(?:village|town|locality|hamlet|settlement|commune|localite|bourgade|ville|hameau|"
                                   # "Tazalite, a refugee hosting area", "a gold mining site", "a displacement camp"
                                   r"area|site|camp|zone)(?![a-z])")


# what opens "In Geneva, the UN human rights office condemned…": where it was said, not where it happened
_SAID_AFTER = re.compile(r"^[^.;]*?(?<![a-z])(said|says|condemned|condemns|called|stated|declared|announced|urged|denounced|told|"
                         r"a (dit|declare|condamne|annonce|denonce|appele)|ont (dit|declare|condamne|annonce|denonce|appele))(?![a-z])")
# a sentence's opening locative: "In Dani Fari, …", "À Tahalt, …"
_OPENS_IN = re.compile(r"(^|[.!?:\n]\s*)(in|at|a|au|dans|near|pres de)\s+$")


# places listed after a colon that counts them: "trois localités de la région de Ménaka :", "three villages:"
_PLACES_LISTED = re.compile(r"(?<![a-z])(villages|localites|hameaux|hamlets|towns|localities|communes|sites)"
                            r"(\s+(de|du|des|d'|in|of|around|near|pres de|autour de)\s+[\w' -]{1,40}?)?\s?:\s*$")


# "Mamunu community", "in Awashaka community": Nigerian English calls a village a community
# (not "the Fulani community", "the Christian community": a people or a faith)
_COMMUNITY_AFTER = re.compile(r"\s+communit(?:y|ies)(?![a-z])")
_FAITHS = re.compile(r"^(?:muslim|christian|catholic|protestant|evangelical|islamic|jewish|shia|sunni|local|host|"
                     r"international|business|farming|herding|pastoral|religious|ethnic)$")


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """Every name of a people (lexicons/communities.tsv): "the Fulani community" is no village."""
    return frozenset(a for row in read_tsv("communities.tsv") for a in row["aliases"].split("|") if a)


def _a_village_called_community(folded: str, start: int, end: int) -> bool:
    key = folded[start:end].strip()
    return bool(_COMMUNITY_AFTER.match(folded[end : end + 16])) and not _FAITHS.match(key) \
        and not any(w in _peoples() for w in key.split())


def told_as_place(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the text says the name at start:end is a place: a place noun or a locative
    preposition before it, or a place noun after it. `folded` is `text` folded offset for offset."""
    before = folded[max(0, start - 30) : start]
    after = folded[end : end + 40]
    if _UNKNOWN_PLACE.search(before) or _PLACE_NOUN_AFTER.match(after) or _CALLED_A_PLACE_AFTER.match(after):
        return True
    if _a_village_called_community(folded, start, end):
        return True
    if _PLACES_LISTED.search(folded[max(0, start - 80) : start]):
        return True  # "dans trois localités de la région de Ménaka : Adéraboukane, Inchnane et Tamalate"
    if _OPENS_IN.search(before) and after.startswith(","):
        return True  # "In Dani Fari, fighters killed seven": a sentence that opens on where it happened
    if _ATTACKED.search(before.rsplit("\n", 1)[-1]) and _OBJECT_ENDS.match(after):  # (a title's last word is no verb of the next line)
        return True
    # an apposition between commas leaves the noun its complement: "le poste dozo, les chasseurs
    # traditionnels, de Djiguibombo" is "le poste dozo de Djiguibombo"
    apposed = _APPOSED_BEFORE.search(folded[max(0, start - 70) : start])
    if apposed is not None and _UNKNOWN_PLACE.search(apposed.group("noun")[-30:] + " " + apposed.group("prep")):
        return True
    a = _A_BEFORE.search(before)
    return a is not None and text[max(0, start - 30) + a.start()] in "àÀ"


# the link before the last item of a list: "Intazayene, Bakorat and Wistane", "A et B"
# ("de Bouloudjounga et de Samira": the preposition said again)
_LAST_LINK = re.compile(r"[a-z](\s*,)?\s+(and|et)\s+((de|d'|of|a|in|at)\s*)?$")


# a comma between two names of a list: "Tilwagou, Ndalkoy"
# (", de Woursanat": the preposition said again)
_COMMA_LINK = re.compile(r"[a-z]\s*,\s+((de|d'|du)\s*)?$")
# … and a list that goes on to its last item: ", Ndalkoy and Gorkobé", " et Gorkobé"
# ("Diallassagou, Dianweli, Déguéssagou et environs": a list may end on the places around)
_LIST_ENDS_AHEAD = re.compile(r"^(\s*,\s*(de\s+|d['’])?[A-ZÀ-Ý][\w'’-]*([ -][A-ZÀ-Ý][\w'’-]*)?)*(\s*,)?\s+((and|et)\s+(de\s+|d['’])?[A-ZÀ-Ý]|"
                              r"et (leurs )?environs|and (the )?surround)")


def _listed_after_a_place(folded: str, start: int, end: int, text: str, taken: Spans, found: list[PlaceMatch]) -> bool:
    """A name of a list whose item before it is a place: the last ("the villages of Intazayene,
    Bakorat and Wistane") or one between commas before it ("raided Tilwagou, Ndalkoy and
    Gorkobé"). A place too, whether or not the gazetteer knows it."""
    link = _LAST_LINK.search(folded[max(0, start - 14) : start])
    if link is None:
        link = _COMMA_LINK.search(folded[max(0, start - 14) : start])
        if link is None or not _LIST_ENDS_AHEAD.match(text[end : end + 80]):
            return False
    prev_end = max(0, start - 14) + link.start() + 1
    return taken.overlaps(prev_end - 1, prev_end) or any(p.end == prev_end for p in found)


_ORGANISATION_AFTER = re.compile(r"^['’]s\s+(offices?|headquarters|head office|newsroom|premises|staff|editorial offices?|studios?|compound)(?![a-z])")


_NOUN_AFTER_AN_ADJECTIVE = re.compile(r"^\s+(nation|country|state|government|capital|army|troops|soldiers|forces|authorities|"
                                      r"region|neighbours?|neighbors?|pays|etat|gouvernement|armee|soldats|autorites)(?![a-z])")


# what a publication or a firm is called by: "Charlie Hebdo magazine", "the weekly Jeune Afrique"
_TITLE_NOUN = re.compile(r"(?<![a-z])(magazine|newspaper|weekly|daily|journal|tabloid|hebdomadaire|quotidien|mensuel|company|firm|"
                         r"group|societe|entreprise|compagnie)(?![a-z])")


def _names_called_titles(folded: str) -> frozenset[str]:
    """The one to three words before and after every publication or firm noun of the text ("charlie
    hebdo" of "Charlie Hebdo magazine" and of "l'hebdomadaire satirique Charlie Hebdo"), as name
    keys: found in one pass over the text, not one per name."""
    out: set[str] = set()
    for m in _TITLE_NOUN.finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()].split()
        after = folded[m.end() : m.end() + 40].split()
        if after and after[0] in ("satirique", "satirical"):
            after = after[1:]
        for n in (1, 2, 3):
            if len(before) >= n:
                out.add(norm_key(" ".join(before[-n:])))
            if len(after) >= n:
                out.add(norm_key(" ".join(after[:n])))
    return frozenset(out)


def _title_cased(text: str, start: int) -> bool:
    """Is the line around start written in title case ("American Taken Hostage in African Country
    Plagued by Islamist Attacks")? There a capital says nothing of a name."""
    begin = text.rfind("\n", max(0, start - 300), start) + 1
    end = text.find("\n", start, start + 300)
    if begin == 0 and start > 300 or end == -1 and start + 300 < len(text):
        return False  # a line this long is no headline
    line = text[begin : end if end != -1 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# a business or a building named: its name is no village's
# a firm's or an organisation's name by its last word
_FIRM = re.compile(r" (group|company|corporation|corp|inc|ltd|limited|holdings?|mining|resources|minerals|gold|sarl|plc|"
                   r"foundation|institute|agency|network|bank)$")
_BUILDING = re.compile(r"(?<![a-z])(hotel|cafe|restaurant|bar|maquis|club|cinema|stadium|stade|university|universite|hospital|hopital|"
                       r"clinic|clinique|school|lycee|college|church|eglise|cathedral|mosque|mosquee|bank|banque|embassy|ambassade|"
                       r"supermarket|airport|aeroport)(?![a-z])")


def unknown_places(text: str, folded: str, taken: Spans, chunks: list[tuple[int, str]],
                   actors: Spans, dateline: tuple[int, int] | None) -> list[PlaceMatch]:
    """Capitalised names after a place noun or a locative preposition that the gazetteer
    does not know."""
    out: list[PlaceMatch] = []
    titled = _names_called_titles(folded)
    # a name the report calls a place once ("the villages of Kourézina and Dibéri") is the place
    # wherever else it names it ("On August 17, Dibéri was attacked again")
    uncued: list[tuple[int, int, str]] = []
    for start, chunk in chunks:
        end = start + len(chunk)
        key = norm_key(text[start:end])
        first = key.split(" ")[0]
        if first in ("in", "at") and " " in key and (text[end : end + 1] == "," or _COMMUNITY_AFTER.match(folded[end : end + 16])) \
                and not _mid_sentence(text, start) and not _SAID_AFTER.match(folded[end : end + 90]):
            # "In Dani Fari, fighters killed seven": the sentence's opening preposition, then the name
            # ("In Awashaka community, …": the same)
            start += len(text[start:end].split(" ", 1)[0]) + 1
            key = norm_key(text[start:end])
            first = key.split(" ")[0]
        prefix = " " in key and (first in NAME_PREFIXES or (first == "in" and _mid_sentence(text, start)))
        if NOT_PLACES.match(key) or (first in STOP and not prefix):
            continue
        if taken.overlaps(start, end) or key in STOP or key in _country_names() or key in world_country_keys() or len(key) < 3:
            continue
        if actors.overlaps(start, start + 1) or key in _regions():
            continue
        if dateline is not None and dateline[0] <= start < dateline[1]:
            continue
        if _title_cased(text, start):
            continue  # a headline in title case: a name no gazetteer knows is no place there
        if _abbreviated(text, start, end):
            continue  # "Human Rights Watch (HRW) … according to HRW": an organisation's initials
        if DESTINATION.search(folded[max(0, start - 60) : start]) or SOURCE_PLACE.search(this_sentence(folded[max(0, start - 60) : start])) \
                or WITHDRAWAL.search(folded[max(0, start - 60) : start]) or TELLER_NEARBY.search(folded[max(0, start - 60) : start]):
            continue  # "a convoy bound for the town of Djibo" (the gazetteer's own check, for unknown names)
        if seat_of_an_organisation(folded[max(0, start - 60) : start]) or BASED_AFTER.match(folded[end : end + 16]) \
                or HOMETOWN_BEFORE.search(folded[max(0, start - 30) : start]):
            continue  # an organisation's seat ("Radio Oméga, basée à Ouagadougou")
        if far_landmark(folded[max(0, start - 60) : start]):
            continue  # "80 km from the town of X": a landmark, not where it happened
        if _ORGANISATION_AFTER.match(folded[end : end + 30]):
            continue  # "at Charlie Hebdo's offices": an organisation's premises, named after it
        if _NOUN_AFTER_AN_ADJECTIVE.match(folded[end : end + 20]):
            continue  # "in W African nation": a demonym before its noun, no place
        if key in titled:
            continue  # "Charlie Hebdo magazine", "l'hebdomadaire Charlie Hebdo": a publication or a firm, wherever named
        if _BUILDING.search(key):
            continue  # "the Splendid Hotel", "Cafe Cappuccino": a building of the town, no place of its own
        if _FIRM.search(key):
            continue  # "an official at Balaji Group", "Endeavour Mining": a firm's name, no place
        if SOMEONES_HOME.search(folded[max(0, start - 30) : start]) or SON_OF.search(key):
            continue  # "devant le domicile d'Ambéry Ag Rissa": a person's home, and a Tuareg name ("Ag": son of)
        if not told_as_place(text, folded, start, end) and not _listed_after_a_place(folded, start, end, text, taken, out):
            uncued.append((start, end, key))
            continue
        out.append(_unknown(text, folded, start, end))
    placed = {norm_key(m.text) for m in out}
    out += [_unknown(text, folded, start, end) for start, end, key in uncued if key in placed]
    return sorted(out, key=lambda m: m.start)


def _abbreviated(text: str, start: int, end: int) -> bool:
    """Is the name in capitals a set of initials the text gives in brackets ("(HRW)") somewhere?"""
    name = text[start:end]
    return name.isupper() and name.isalpha() and 2 <= len(name) <= 6 and f"({name})" in text


def _unknown(text: str, folded: str, start: int, end: int) -> PlaceMatch:
    near = bool(NEAR.search(folded[max(0, start - 60) : start]))
    name = text[start:end]
    return PlaceMatch(start, end, name, name, None, None, None, None, None, None, None, 2 if near else 1, feature="U",
                      score=1.0 if _PLACE_NOUN.search(folded[max(0, start - 30) : start]) else 0.5)
