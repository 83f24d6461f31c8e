"""Trigger words → candidate event types (lexicons/triggers_{en,fr}.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from conflictwire.extract.doc import ReportDoc, Trigger, component
from conflictwire.extract.false_triggers import not_an_event
from conflictwire.lexicons import read_tsv
from conflictwire.taxonomy import SUB_TO_TYPE
from conflictwire.textutil import Spans, compile_union, fold, unquoted

VIOLENCE = "*violence"  # resolved to Attack or Armed clash once the victims are known


@dataclass(frozen=True)
class TriggerRule:
    sub_event_type: str
    weight: int
    tags: dict[str, str]


@lru_cache(maxsize=2)
def trigger_rules(lang: str) -> tuple[re.Pattern[str], list[TriggerRule]]:
    rows = read_tsv(f"triggers_{lang}.tsv")
    rules: list[TriggerRule] = []
    patterns: list[str] = []
    for row in rows:
        sub = row["sub_event_type"]
        if sub != VIOLENCE and sub not in SUB_TO_TYPE:
            raise ValueError(f"triggers_{lang}.tsv: unknown sub-event type {sub!r}")
        tags = dict(t.split("=", 1) for t in row.get("tags", "").split(";") if "=" in t)
        patterns.append(row["pattern"])
        rules.append(TriggerRule(sub, int(row["weight"]), tags))
    return compile_union(patterns), rules


@lru_cache(maxsize=2)
def _separate(lang: str) -> list[re.Pattern[str]]:
    return [re.compile(r"(?<![a-z0-9])(?:" + r["pattern"] + r")(?![a-z0-9])") for r in read_tsv(f"triggers_{lang}.tsv")]


_ANY_QUOTE = re.compile(r"""[«»“”„"]|''""")


def find_triggers(text: str, lang: str) -> list[tuple[int, int, TriggerRule]]:
    """(start, end, rule) for every trigger in text; where matches overlap the longest wins
    ("the attack was repelled" over "attack")."""
    regex, rules = trigger_rules(lang)
    folded = fold(text)
    # (quotation marks inside a phrase do not break it: "ont permis « de neutraliser »")
    plain, pos = unquoted(folded) if _ANY_QUOTE.search(folded) else (folded, None)
    found = [(m.start(), m.end(), rules[i]) for i, rx in enumerate(_separate(lang)) for m in rx.finditer(plain)]
    if pos is not None:
        found = [(pos[s], pos[e - 1] + 1, r) for s, e, r in found]
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    out: list[tuple[int, int, TriggerRule]] = []
    spans = Spans()
    for f in found:
        if not spans.overlaps(f[0], f[1]):
            out.append(f)
            spans.add(f[0], f[1])
    return sorted(out, key=lambda f: f[0])


# "the attack", "this raid", "cette attaque": a noun that refers back to an event already told
_REFERRING = re.compile(r"(?<![a-z])(the|this|that|these|those|its|their|l'|cette|cet|ce|ces|leur|son|sa|au|aux|"
                        # "blessés lors des attaques": "des" after "lors de" is "de les", the attacks told
                        r"(lors|au cours|a l'issue|a la suite|pendant|durant) des|"
                        # "Friday's attack", "yesterday's ambush": one the day names, as "the attack"
                        r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)['’]s)\s*$")
# "toute manifestation sur la voie publique", "any protest", "all gatherings": events in general
_ANY = re.compile(r"(?<![a-z])(toute?s?|tous|any|every|chaque|aucune?|no)\s+(les\s+|the\s+)?$")
_AUTHORS_OF = re.compile(r"(?<![a-z])(auteurs?|responsables?|perpetrators?|authors?|those responsible for) (des|du|de la|de l'|of the|for the)\s*$")
# "two days after an attack", "au lendemain d'une autre attaque", "la veille de l'assaut": another event, dated by this one
_ANCHOR_HEAD = (r"(?<![a-z])((days|weeks|months|hours|jours|semaines|mois|heures)\s+(after|before|apres|avant)|(a|one|the) day (after|before)|"
                r"(au|le) lendemain (de|d')|la veille (de|d')|on the eve of)\s*((an?|the|une?|la|le|l')\s*"
                # ("a day after five were killed in Niger's second city": a clause, a count for subject)
                r"|(?=(at least |some |more than |about )?(\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores)\s+"
                r"([\w'-]+\s+)?(were|was|have been|had been|died)\s))")
_ANCHOR = re.compile(_ANCHOR_HEAD + r"([\w-]+\s+)?$")
# the whole clause of such an anchor: what it tells of whom was hit is the other event's
ANCHOR_CLAUSE = re.compile(_ANCHOR_HEAD + r"[^,.;]*")


@lru_cache(maxsize=512)
def anchor_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The time anchors to another event in a sentence, as offsets into it (cached: every event
    of a report asks of the sentences it spans)."""
    folded = fold(sentence)
    # ("un deuil national de trois jours après la mort de 23 soldats": a duration, not a day counted)
    return tuple((m.start(), m.end()) for m in ANCHOR_CLAUSE.finditer(folded)
                 if not _DURATION_OF.search(folded[max(0, m.start() - 24) : m.start()]))


# a relative clause in the present on who holds a town: a state, not its taking
_WHO = re.compile(r"(?<![a-z])(qui|who|that|which)\s+$")
_HOLDS_NOW = re.compile(r"(occupe|occupent|controle|controlent|occupy|occupies|control|controls|hold|holds)(?![a-z])")
_DURATION_OF = re.compile(r"(?<![a-z])((de|of)\s+|d')([\w-]+\s+)?$")
_PERIOD_OF = re.compile(r"(?<![a-z])(months|weeks|years|decades|several days|mois|semaines|annees|decennies)\s+(of|de|d')\s*"
                        r"((heavy|deadly|intense|recurrent|repeated|violents?|meurtriers?|intenses|repetes?)\s+)?$")
_IN_SUPPORT = re.compile(r"(?<![a-z])(appuyee?s?|soutenue?s?|epaulee?s?|supported|backed|assisted|aided|covered|avec l'appui|avec le soutien|"
                         r"with the (support|backing|help) of|avec l'aide|with)\s+(par |by |de |d' ?)?(des |les |the |l' ?|la |le )?$")
# "repoussant l'attaque avec l'aide de renforts et de frappes aériennes": the strikes listed among the help
_IN_SUPPORT_LISTED = re.compile(r"(?<![a-z])(avec l'appui|avec le soutien|avec l'aide|with the (support|backing|help) of|backed by|supported by)"
                                r"\s+(de |des |d' ?|of )?([\w'-]+\s+){1,3}(et|and)\s+(de |des |d' ?|of )?(the |les |l' ?)?$")
# "la riposte des soldats et l'intervention prompte des vecteurs aériens ont forcé les assaillants
# à se replier": aircraft told beside the troops' riposte backed it
_BESIDE_A_RIPOSTE = re.compile(r"(?<![a-z])(riposte|response|reaction)[^.;]{0,60}\s(et|and)\s+(l'|the\s+)?"
                               r"(intervention|appui|support)\s+([\w'-]+\s+)?(des|de|d'|du|of)\s*(the\s+)?$")
_SUPPORT_AFTER = re.compile(r"\s+(support|cover|backing)(?![a-z])")
_GENERIC_PLURAL = re.compile(
    r"(?<![a-z])(other|most|recent|previous|similar|such|many|numerous|past|earlier|autres|precedentes|recentes|"
    r"nombreuses|similaires|de telles)\s+(\w+\s+){0,2}$"
)
_TEAR_GAS = re.compile(r"(?<![a-z])(tear[- ]?gas|stun) grenades?|grenades? (lacrymogenes?|assourdissantes?)")
# "a force to tackle 'terrorist' attacks at strategic sites", "pour lutter contre les attaques": what
# the forces are set up against, attacks in general
_AGAINST_IN_GENERAL = re.compile(
    r"(?<![a-z])(to|pour|afin de)\s+(tackle|counter|combat|fight|prevent|curb|deter|thwart|stop|respond to|face|"
    r"lutter contre|contrer|prevenir|combattre|faire face (aux|a)|dejouer|endiguer|riposter (aux|a))\s+"
    r"((the|les|des|d'eventuelles|future|possible|potential|ces|such)\s+)?([\w'\"«»“”-]+\s+){0,2}$")
# "armed robbery and ambushes have increased along the border": a trend, no one event
_TREND_AFTER = re.compile(r"^(\s+(?!(have|has|had|are|were|ont|sont|se)(?![\w'-]))[\w'-]+)?(\s+(and|et)\s+([\w'-]+\s+){0,2}[\w'-]+)?\s+(have|has|had|are|were|ont|se sont|sont|se)\s+(been\s+)?(increased|increasing|multiplied|multiplying|risen|rising|grown|"
                          r"growing|surged|on the rise|intensified|augmente|multiplie|multipliees|multiplient|en hausse|intensifiees|"
                          # "les conflits … et les attaques terroristes sont fréquents dans ces zones": a state of things
                          r"frequent|common|commonplace|recurrent|frequents|frequentes|courants|courantes|recurrents|recurrentes)(?![a-z])")
_PLURAL_EVENTS = re.compile(r"(attack|raid|assault|ambush|attaque|assaut|embuscade|incident|strike|frappe)e?s$")
# ("the attack on Sunday took place in Dablo", "l'attaque de dimanche a eu lieu à …": the event's day may come between)
_TOOK_PLACE = re.compile(r"^\s*,?\s*((on|of|du|de|d')\s*[\w-]+(\s[0-9]{1,2})?\s*,?\s*)?(qui |that |which )?(a eu lieu|s'est produite?|s'est deroulee?|se serait produite?|survenue?s?|took place|happened|occurred|was carried out)")
_EVENT_NOUNS = re.compile(r"(attack|raid|assault|ambush|offensive|strike|bombing|killing|massacre|attaque|embuscade|assaut|raid|offensive|operation|attentat|tuerie|riposte|"
                          r"combat|fighting|clash(e)?|affrontement|heurt|enlevement|abduction|kidnapping|rapt|"
                          r"riot|emeute|unrest|protest|demonstration|manifestation|kamikaze|suicide bomber|bomber)s?$")
# "les soldats tués", "the soldiers killed": the dead of the event told, named as a noun phrase
_THE_DEAD = re.compile(r"(?<![a-z])(les|the|ces|those|these|des) ([\w'-]+ ){1,2}$")
_PARTICIPLE = re.compile(r"(tues|tuees|killed|morts|dead|decedes|arretee?s|arrested|detained|detenue?s|enlevee?s|abducted|kidnapped|"
                         r"detruite?s|incendiee?s|pillee?s|destroyed|burned|burnt|looted)$")
# "aux familles des otages", "the hostages' families": those taken, named again
_HOSTAGES = re.compile(r"(otages|hostages|captives)$")
_DEFINITE = re.compile(r"(?<![a-z])(les|des|ces|the|these|those|their|leurs)\s+$")
# the participle acts or tells how: "the Koglweogo killed 19 members", "the soldiers killed in the attack"
_NOT_A_NOUN_PHRASE = re.compile(r"\s*(,|\d|by|par|in|dans|lors|during|when|as|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|"
                                r"un|une|le|la|les|des|deux|trois|quatre|cinq|several|dozens|his|her|their|at least|au moins)(?![a-z])")


# an errand's aim, right before the act: "pour démanteler une", "in order to dismantle a" (a crowd
# dispersed "pour disperser les manifestants" was there: crowds are not aims)
# ("dans l'optique de mener des attaques", "planning to carry out attacks": a plan's aim, none carried out)
_AIM = re.compile(r"(?<![a-z])(pour (aller )?[a-z]+(er|ir)|(in order to|afin de|dans l'optique de|dans le but de|avec l'intention de|"
                  r"so as to|with the aim of|aiming to|planning to|preparing to|intending to) [a-z]+)\s+(une? |des |les? |la |l'|an? |the )?$")
# a place described by what it suffers: "en proie à des incursions", "plagued by attacks"
_PLAGUED_BY = re.compile(r"(?<![a-z])(en proie (a|aux)|plagued by|wracked by|beset by|ravaged by|meurtrie par|secouee? par)"
                         r"\s+(des |de |la |les |l'|d'|the |repeated |frequent )?([\w'-]+ ){0,2}$")
# what the event told is called: "described the attack as a “massacre”", "a qualifié l'attaque de « carnage »"
_DESCRIBED_AS = re.compile(r"(?<![a-z])((described|called|termed|labell?ed|branded|characteri[sz]ed) (it|this|that|them|the "
                           r"(attack|attacks|killings?|raid|incident|assault|violence)) as|qualifi\w* (l'attaque|cette attaque|"
                           r"l'incident|les faits|la tuerie|ces violences) (de|d'))\s*(an? |the |une? |d'une? )?[\"“«'‘]?\s*$")
_CLAIM_BACK = re.compile(
    r"(?<![a-z])(claimed|claiming|claims|took credit for|has claimed|a revendique|ont revendique|revendiquant|revendique)\s+"
    r"(responsibility\s+for\s+|credit\s+for\s+|la responsabilite de\s+)?(the|this|that|l'|cette|cet)\s*"
    r"(attack|raid|assault|ambush|bombing|attaque|embuscade|assaut|operation|offensive|attentat)"
)


# "which suggests car bombs", "possibly an IED", "pourrait s'agir d'un kamikaze": a guess
# arms listed as taken or found: "the capture of numerous equipment (three vehicles, … rockets, mortars)",
# "saisi … des obus, des roquettes"
_WEAPON_KINDS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"})
_SEIZED = re.compile(r"(?<![a-z])(captur\w*|seiz\w*|recover\w*|spoils|booty|butin|saisi\w*|recupere\w*|emporte\w*|"
                     r"(equipment|materiel|armement|weapons|armes)\s*\()[^.;:]*$")
_HEDGE = re.compile(
    # a call for one ("appelé à une grève de 72 heures", "called for protests") is not one held,
    # nor one being prepared ("s'apprêtaient à lancer une attaque", "were preparing to launch an attack")
    # nor one still striven for ("fighting to recapture an island", "tentent de reprendre la ville")
    # (nor one aimed at or set aside: "likely aiming to increase pressure rather than to take over the towns")
    r"(?<![a-z])(s'appret\w+ a|preparing to|prepared to|about to|planning to|planned to|en passe de|projetai\w+ de|prevoyai\w+ de|preparai\w+|"
    r"aiming to|aims to|aimed to|rather than( to)?|instead of|plutot que( de)?|au lieu de|visant a|"
    r"(fighting|trying|attempting|seeking|struggling|battling|striving) to|in a bid to|tent\w+ de|cherch\w+ a|en vue de)"
    r"( [\w'-]+){0,2}\s+(une |un |an |a |des |de )?$|"
    r"(?<![a-z])(appele|appelle|appellent|appelant|appeler|lance un appel|called|calling|calls|call) (for|a|pour) (a |an |une |la |des |de |new |nouvelles? )?$|"
    # nor one warded off ("cordoned off to avoid clashes", "the risk of confrontation", "pour éviter des affrontements")
    r"(?<![a-z])(to avoid|to prevent|to head off|to forestall|for fear of|risks? of|pour eviter|afin d'eviter|pour prevenir|"
    r"de peur d|risques? d)( [\w'-]+){0,1}\s*(une |un |an |a |des |de |d'|les |the |any |e |es )?$|"
    r"(suggests?|suggesting|suggere|possibly|possible|may have|might have|could have|probably|likely|"
    r"unconfirmed|pourrait|pourraient|peut-etre|probablement|eventuel(le)?s?|hypothese|laisse penser|"
    r"laisse supposer|non confirme(e|s)?|soupcons?|suspicions?|portent sur|feared|craint)\W+(\w+\W+){0,6}$"
)




# "… had been neutralised during the fighting", "tués lors de l'attaque": deaths told as part of
# the event already told, named by a referring noun
_DURING_BACK = re.compile(
    r"(?<![a-z])(during|amid|in the course of|lors de|pendant|au cours de|durant)\s+(the|this|these|l'|cette|ces|les|ce)\s*"
    r"(fighting|clash(es)?|attack|assault|raid|ambush|battle|combats?|attaque|affrontements?|assaut|embuscade|accrochage)(?![a-z])"
)


# "the Timbuktu attack", "the deadly ambush", "la récente attaque": a word or two may qualify it
_REFERRING_QUALIFIED = re.compile(r"(?<![a-z])(the|this|that|its|their|cette|leur)\s+((?!of |de |du |des |d')[\w'-]+\s+){1,2}$")


_CROWD_SUBS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
               "Violent demonstration", "Mob violence", "Looting/property destruction"}
_GRIEVANCE_BEFORE = re.compile(
    r"(?<![a-z])(to protest( against| over)?|in protest (against|at|over)|to denounce|to condemn|to decry|over|after|following|"
    r"against|in (reaction|response) to|en reaction a|pour protester contre|pour denoncer|pour condamner|apres|suite a|a la suite de|contre)"
    r"\s+(the\s+|l'|la\s+|le\s+|les\s+)?$"
    # "to demand the release of 23 people arrested": those the crowd wants freed were arrested before
    r"|(?<![a-z])(release|liberation) (of|de|des|du|d')\s*([\w'-]+\s+){0,4}$"
)


_ACCIDENT = re.compile(
    r"(?<![a-z])((struck|hit|knocked down|run over|ran over|mowed down)( and killed)?( [\w'-]+){0,4} by an? ([\w'-]+ ){0,2}(car|vehicle|pick-?up|truck|lorry|bus|motorbike|motorcycle)"
    r"|(renversee?s?|percutee?s?|fauchee?s?|ecrasee?s?) par (un|une) ([\w'-]+ ){0,2}(voiture|vehicule|pick-up|camion|bus|moto)"
    r"|road accident|traffic accident|accident de (la )?(route|circulation))"
)


def refers_back(folded: str, start: int, end: int) -> bool:
    if not _EVENT_NOUNS.match(folded[start:end]):
        return False
    return bool(_REFERRING.search(folded[max(0, start - 12) : start])
                or _REFERRING_QUALIFIED.search(folded[max(0, start - 40) : start]))


# an ambush laid with a mine: "an ambush with a homemade explosive device", "IED ambush",
# "une embuscade à l'engin explosif"
_BY_EXPLOSIVE = re.compile(r"^\s+(with|using|by|a l'aide d'|au moyen d'|a l'|par)\s*(an?\s+|une?\s+|des\s+)?([\w-]+\s+){0,2}?"
                           r"(explosive|ied|improvised explosive|landmine|mine|roadside bomb|engin explosif|engins explosifs|eei)")
_EXPLOSIVE_BEFORE = re.compile(r"(?<![a-z])(ied|explosive)\s+$")


@component("triggers", assigns=("triggers",))
def add_triggers(doc: ReportDoc) -> ReportDoc:
    folded = fold(doc.text)
    tear_gas = _TEAR_GAS.search(folded)  # (the report's first tear gas grenade, looked up once)
    for start, end, rule in find_triggers(doc.text, doc.lang):
        if not_an_event(folded, start, end, rule.sub_event_type, tear_gas):
            continue
        tags = dict(rule.tags)
        if (_GENERIC_PLURAL.search(folded[max(0, start - 40) : start]) or _AGAINST_IN_GENERAL.search(folded[max(0, start - 50) : start])) \
                and _PLURAL_EVENTS.search(folded[start:end]):
            tags["refers_back"] = "1"  # "like most other recent attacks": attacks in general, no new one
        if _TREND_AFTER.match(folded[end : end + 50]):
            tags["hedged"] = "1"  # a trend: no one event happened there
        if _PARTICIPLE.match(folded[start:end]) and _THE_DEAD.search(folded[max(0, start - 30) : start]) \
                and not _NOT_A_NOUN_PHRASE.match(folded[end : end + 12]):
            tags["refers_back"] = "1"  # "Les soldats tués doivent être inhumés vendredi"
        if _HOSTAGES.match(folded[start:end]) and _DEFINITE.search(folded[max(0, start - 8) : start]):
            tags["refers_back"] = "1"
        if _AUTHORS_OF.search(folded[max(0, start - 30) : start]):
            tags["refers_back"] = "1"  # "des sanctions contre les auteurs des tirs": those who did what was told
        if _ANCHOR.search(folded[max(0, start - 40) : start]):
            tags["refers_back"] = "1"  # "quelques jours après une attaque contre un poste": another event, a time anchor
        if rule.sub_event_type == "Non-state actor overtakes territory" and _HOLDS_NOW.match(folded[start:end]) \
                and _WHO.search(folded[max(0, start - 8) : start]):
            tags["refers_back"] = "1"  # "les groupes armés qui occupent la ville": who holds it now, no seizure told
        aimed = rule.sub_event_type not in _CROWD_SUBS and bool(_AIM.search(folded[max(0, start - 40) : start]))
        if aimed:
            tags["hedged"] = "1"  # "se rendait à Sindou pour démanteler une cache d'armes": the errand's aim, not done
        if _PLAGUED_BY.search(folded[max(0, start - 40) : start]):
            tags["refers_back"] = "1"  # "la région des Savanes, en proie à des incursions jihadistes": the place described
        if _DESCRIBED_AS.search(folded[max(0, start - 50) : start]):
            tags["refers_back"] = "1"  # "described the attack as a massacre": a name for the event told
        if _PERIOD_OF.search(folded[max(0, start - 24) : start]):
            tags["refers_back"] = "1"  # "after months of clashes": a period told as the setting, no one event
        if _ANY.search(folded[max(0, start - 14) : start]):
            tags["hedged"] = "1"  # "toute manifestation … reste soumise à autorisation": no one held
        if refers_back(folded, start, end):
            tags["refers_back"] = "1"
            if _TOOK_PLACE.match(folded[end : end + 45]):
                tags["where"] = "1"  # "c'est à Gaskindé que l'attaque a eu lieu": where the told event was
        if rule.sub_event_type == "Armed clash" and (_BY_EXPLOSIVE.match(folded[end : end + 60])
                                                     or _EXPLOSIVE_BEFORE.search(folded[max(0, start - 12) : start])):
            tags["by_explosive"] = "1"  # "an ambush with a homemade explosive device": the mine was the ambush
        weight = 1 if aimed else rule.weight  # (an aim never outweighs what was done)
        if rule.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack"):
            listed = _IN_SUPPORT_LISTED.search(folded[max(0, start - 60) : start]) is not None
            if listed:
                tags["support"] = "1"  # (strikes listed among the help: no turn to the air either)
            if listed or _IN_SUPPORT.search(folded[max(0, start - 40) : start]) or _SUPPORT_AFTER.match(folded[end : end + 12]) \
                    or _BESIDE_A_RIPOSTE.search(folded[max(0, start - 120) : start]):
                # "la riposte, appuyée par des vecteurs aériens", "with drone and artillery support":
                # fire backing a ground fight, which is the event
                weight = 1
        if rule.sub_event_type in _WEAPON_KINDS and _SEIZED.search(folded[max(0, start - 120) : start]):
            tags["refers_back"] = "1"  # "the capture of numerous equipment (vehicles, rockets, mortars, …)": arms taken, none fired
        if _HEDGE.search(folded[max(0, start - 60) : start]):
            tags["hedged"] = "1"
            weight = 1  # a guess never outweighs what the report states
        doc.triggers.append(
            Trigger(
                start=start,
                end=end,
                text=doc.text[start:end],
                sent=doc.sent_of(start),
                sub_event_type=rule.sub_event_type,
                weight=weight,
                tags=tags,
            )
        )
    # "JNIM claimed responsibility for the attack and said it had killed 70 soldiers": what
    # follows a claim of the event told is the claimant's account of it, not another event
    # "ont saccagé la mairie pour protester contre l'enlèvement de l'imam": the violence a crowd
    # rose over is its grievance, told as its cause (the crowd's own acts are the event)
    crowd_sents = {t.sent for t in doc.triggers if t.sub_event_type in _CROWD_SUBS}
    for t in doc.triggers:
        if t.sent in crowd_sents and t.sub_event_type not in _CROWD_SUBS \
                and _GRIEVANCE_BEFORE.search(folded[max(0, t.start - 40) : t.start]):
            t.tags["refers_back"] = "1"
    # "struck and killed by a police pickup", "renversé par un véhicule": a road accident is no
    # political violence (the riot it may set off is)
    for m in _ACCIDENT.finditer(folded):
        for t in doc.in_sents(doc.triggers, (doc.sent_of(m.start()),)):
            if t.sub_event_type == "*violence":
                t.tags["hedged"] = "1"
                t.weight = 1
    # "Two nationals kidnapped in January were freed on Sunday": the release is the news, those
    # taken are the hostages of an abduction told before
    for r in [t for t in doc.triggers if t.tags.get("release")]:
        for t in doc.in_sents(doc.triggers, (r.sent,)):
            # (those named inside the release, or in an aside before it: "les agents, enlevés le 2
            # octobre, ont été libérés"; "the two were released days later" follows the news)
            aside = t.start < r.start and re.search(r",\s*$", folded[max(0, t.start - 3) : t.start])
            if t.sub_event_type == "Abduction/forced disappearance" and (r.start <= t.start < r.end or aside):
                t.tags["refers_back"] = "1"
            elif t.sub_event_type not in ("Other", "Arrests", "Agreement", "Change to group/activity"):
                r.weight = 1  # hostages freed in a fight ("four bandits neutralised and three hostages freed"): its outcome
    for m in _DURING_BACK.finditer(folded):
        for t in doc.in_sents(doc.triggers, (doc.sent_of(m.start()),)):
            t.tags["refers_back"] = "1"
    for m in _CLAIM_BACK.finditer(folded):
        sent = doc.sent_of(m.start())
        for t in doc.in_sents(doc.triggers, (sent,)):
            if t.start >= m.start():
                t.tags["refers_back"] = "1"
    return doc
