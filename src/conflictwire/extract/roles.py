"""Roles: who is actor1 (who acted) and actor2 (who was hit) in an event, from the actor
mentions of its sentences, their roles, and the fallbacks ACLED coders apply by event type
(an attack with no named perpetrator is by an Unidentified Armed Group; its victims are
civilians unless the report says otherwise)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from conflictwire.extract.doc import ActorMention, ReportDoc
from conflictwire.model import Event, Span
from conflictwire.textutil import fold

if TYPE_CHECKING:
    from conflictwire.extract.segment import Frame

STATE, REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = range(1, 9)
ARMED = {STATE, REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL}
_THEY = re.compile(r"(?<![a-z])(they|ils)\s+(\w+\s+)?(have |had |ont |avaient |then |ensuite |also |aussi )?(\w+ed|\w+e|\w+es|\w+is|looted|burned|burnt|killed|attacked|stole|took|set)(?![a-z])")
# "the same group targeted forces in Timbuktu": the armed group of the event told before
_SAME_GROUP = re.compile(r"(?<![a-z])(the same (group|jihadists|militants|fighters|assailants|attackers|gunmen|insurgents)"
                         r"|(le|ce) meme groupe|les memes (assaillants|jihadistes|djihadistes|hommes armes|terroristes|individus))(?![a-z])")
_ANAPHOR = re.compile(r"\b(the group|the jihadists|the militants|le groupe|les jihadistes|les djihadistes|the organisation|l'organisation)\b")


def fill_country(name: str, country: str | None) -> str:
    return name.replace("{country}", country or "Unknown")


def short_name(a: ActorMention, country: str | None) -> str:
    """The name a claim is filed under: "JNIM" for "JNIM: Group for Support of…"."""
    name = fill_country(a.canonical, a.country or country)
    return name.split(":")[0].strip() if ":" in name else name


def assign_actors(
    actors: list[ActorMention], sub: str, event_type: str, country: str | None,
    prev: Event | None, doc: ReportDoc, frame: Frame,
) -> tuple[tuple[str, int, Span | None] | None, tuple[str, int, Span | None] | None, tuple[str, Span] | None, ActorMention | None]:
    """(actor1, actor2, the claim, an associated actor of actor1 told acting with it)."""
    def named(a: ActorMention) -> tuple[str, int, Span | None]:
        return fill_country(a.canonical, a.country or country), a.inter, a.span()

    if event_type in ("Protests", "Riots"):
        crowd, hit = _crowd_actors(actors, sub, event_type, country, named)
        return crowd, hit, None, None

    victims = [a for a in actors if a.role == "victim"]
    # "FAMa checkpoint attacked … FAMA says it killed 5 assailants": the side attacked that fought
    # back is still the side attacked
    hit_side = {a.canonical for a in victims}
    agents = [a for a in actors if a.role == "agent" or (a.role == "self_report" and a.canonical not in hit_side)]
    others = [a for a in actors if a.role is None]
    if sub == "Air/drone strike" and any(a.inter in (STATE, EXTERNAL) and a.kind == "named" and a.role != "victim" for a in actors):
        # "the air strikes had targeted men believed to be militants": an unnamed armed group is
        # what a strike hit when the report names the forces that fly
        others += [a for a in agents if a.kind != "named" and a.inter in ARMED - {STATE}]
        agents = [a for a in agents if not (a.kind != "named" and a.inter in ARMED - {STATE})]
    def rank(a: ActorMention) -> tuple[int, int]:
        return (1 if a.kind in ("named", "is_generic") else 0, -a.start)

    # "a militant group, JNIM, claimed…": the named group is the claimant, not the description
    claimants = [a for a in actors if a.claimed]
    claimed_m = max(claimants, key=rank) if claimants else None
    claimed = (short_name(claimed_m, country), claimed_m.span()) if claimed_m else None

    actor1 = None
    joined: ActorMention | None = None
    if claimed_m:
        actor1 = named(claimed_m)
    elif agents:
        top = max(agents, key=rank)
        joined, top = _with_national(top, actors, country, doc, rank)
        actor1 = named(_group_behind(top, actors, doc, frame) or top)
    else:
        # an unnamed reference to the group of the previous event: "the group claimed…"
        sents_text = fold(" ".join(doc.sentences[i].text for i in sorted(frame.sents)))
        if prev is not None and prev.actor1 and _ANAPHOR.search(sents_text) and "claim" in sents_text:
            actor1 = (prev.actor1, prev.inter1 or REBEL, None)
            if prev.claimed_by:
                claimed = (prev.claimed_by, prev.evidence.get("claimed_by", [Span(start=0, end=0, text="")])[0])
        elif prev is not None and prev.actor1 and prev.inter1 != STATE and (_SAME_GROUP.search(sents_text) or _THEY.search(sents_text)):
            # "Le jour suivant, ils ont pillé les boutiques": they are the attackers just told
            actor1 = (prev.actor1, prev.inter1 or REBEL, None)
    # "six volontaires pour la défense de la patrie (VDP) ont été tués": an actor named as the
    # victim is the victim wherever else the event names it without a role
    fought_back = {a.canonical for a in actors if a.role == "self_report" and a.canonical in hit_side}
    if actor1 is None and fought_back:
        # "… FAMa says it killed 5 assailants": the assailants it killed are the ones who attacked
        attackers = [a for a in victims if a.canonical not in fought_back and a.inter in ARMED - {STATE}]
        if attackers:
            actor1 = named(max(attackers, key=rank))
    if actor1 is None and (event_type == "Battles" or sub == "Air/drone strike") and not any(
            a.inter in (STATE, POLITICAL_MILITIA, IDENTITY_MILITIA, EXTERNAL) for a in victims) and _NEUTRALISED.search(
            fold(" ".join(doc.sentences[i].text for i in frame.sents))):
        # "quatorze terroristes ont été neutralisés": the forces' word for enemies they killed, so
        # the forces are the actor when the report names no other (and no militia or forces as
        # hit: "huit VDP ont perdu la vie et plusieurs assaillants ont été neutralisés" is an attack
        # on the VDP)
        actor1 = (f"Military Forces of {country or 'Unknown'}", STATE, None)
    hit_names = {a.canonical for a in victims}
    pool = [a for a in others if (actor1 is None or named(a)[0] != actor1[0]) and a.canonical not in hit_names]
    if actor1 is None:
        # foreign forces named without a role ("peacekeepers came to help the victims") plant no
        # mines and raid no villages unless the report says so
        perps = [a for a in pool if a.inter in (REBEL, POLITICAL_MILITIA, IDENTITY_MILITIA) or (
            a.inter == EXTERNAL and event_type not in ("Violence against civilians", "Explosions/Remote violence"))]
        if sub == "Air/drone strike":
            # a strike from the air that names no author is the forces' (an armed group told
            # beside it, "a strike on a terrorist base", is what was struck)
            perps = [a for a in pool if a.inter in (STATE, EXTERNAL)]
        elif sub in ("Government regains territory", "Arrests"):
            perps = [a for a in pool if a.inter in (STATE, EXTERNAL)] or perps
        elif event_type == "Strategic developments":
            # "the forces set up a post at Tillia": whoever acts in a development may be the state
            perps = perps or [a for a in pool if a.inter in (STATE, EXTERNAL)]
        if event_type == "Protests":
            perps = [a for a in pool if a.inter == PROTESTERS] or perps
        if event_type == "Riots":
            perps = [a for a in pool if a.inter in (RIOTERS, PROTESTERS)] or perps
        if perps:
            joined, top = _with_national(max(perps, key=rank), actors, country, doc, rank)
            actor1 = named(top)
    if actor1 is not None and actor1[1] == STATE and joined is None:
        # "Russian Africa Corps troops and Malian soldiers clashed with JNIM": the foreign
        # forces told with the country's own are on its side, not the other
        joined = next((a for a in actors if a.inter == EXTERNAL and a.canonical.startswith(_ASSOCIATES) and a.role in ("agent", None)
                       and any(b.inter == STATE and _joined(a, b, doc) for b in actors)), None)
    # (in a suicide attack on the forces, the militants told dead with them are its bombers)
    if actor1 is None and (event_type == "Battles" or sub == "Suicide bomb") and any(a.inter == STATE for a in victims):
        # "the army said it repelled an attack, killing 20 assailants": with no group named, the
        # armed men the attacked forces killed are the attackers
        # (a group named as hit, "a Gatia-MSA convoy was attacked", is the side attacked too)
        attackers = [a for a in victims if a.inter in ARMED - {STATE} and a.kind != "named"]
        if attackers:
            actor1 = named(max(attackers, key=rank))
    actor2 = None
    rest = [a for a in victims + pool if (actor1 is None or named(a)[0] != actor1[0]) and a is not joined]
    if actor1 is not None and actor1[1] == REBEL and any(a.kind in ("named", "is_generic") and named(a)[0] == actor1[0] for a in actors):
        # "jihadists" beside the named jihadist group that did it are that group, not the other side
        rest = [a for a in rest if a.role == "victim" or a.kind != "islamist_generic"]
    if sub == "Arrests" and actor1 is not None and actor1[1] == STATE:
        # forces the state arrests are told so in the arrest's own sentences; forces hit in the
        # attack told beside it ("the attack on the gendarmerie has not been claimed") are not
        rest = [a for a in rest if a.sent in frame.sents or a.inter != STATE]
    if event_type == "Violence against civilians":
        # a bystander mention ("armed groups and Dozo hunters compete…") is not the victim
        rest = [a for a in rest if a.role == "victim" or a.inter == CIVILIANS]
    # (a battle whose attackers go unnamed was fought by the armed people it hit: "ten gendarmes
    # and one civilian were killed in an attack")
    if (actor1 is not None and actor1[1] != STATE) or (actor1 is None and event_type == "Battles"):
        rest.sort(key=lambda a: (a.role != "victim", 0 if a.inter in ARMED else 1 if a.inter == CIVILIANS else 2, a.start))
    else:
        rest.sort(key=lambda a: (a.role != "victim", a.inter == STATE, a.start))
    if rest:
        actor2 = named(rest[0])
        if rest[0].kind == "rioter_generic" and rest[0].role == "victim" and actor1 is not None and actor1[1] in ARMED - {STATE}:
            # "gunmen opened fire on a crowd at the market": a crowd that armed men attack is civilians
            actor2 = (f"Civilians ({country or 'Unknown'})", CIVILIANS, rest[0].span())
    # "a rebel group accused the Malian army of killing 24 civilians": with no other author told, the
    # accused is who the report says did it, as ACLED codes alleged perpetrators
    accused = [a for a in actors if a.role == "accused" and a.inter in ARMED and event_type != "Protests"]
    if actor1 is None and accused:
        actor1 = named(max(accused, key=rank))
    # fallbacks that ACLED coders apply from the event type
    if actor1 is None:
        if event_type == "Protests":
            actor1 = (f"Protesters ({country or 'Unknown'})", PROTESTERS, None)
        elif event_type == "Riots":
            actor1 = (f"Rioters ({country or 'Unknown'})", RIOTERS, None)
        elif sub == "Air/drone strike":
            actor1 = (f"Military Forces of {country or 'Unknown'}", STATE, None)
        elif event_type in ("Battles", "Violence against civilians", "Explosions/Remote violence"):
            actor1 = (f"Unidentified Armed Group ({country or 'Unknown'})", REBEL, None)
    if actor2 is None and event_type == "Battles":
        # "the army said it repelled an attack on its base, killing 20 assailants": the side that
        # tells of the fight it took part in is the other side of it
        tellers = [a for a in actors if a.role == "self_report" and (actor1 is None or named(a)[0] != actor1[0])]
        if tellers:
            actor2 = named(max(tellers, key=rank))
    if actor2 is None and sub == "Arrests" and actor1 is not None and actor1[1] == STATE:
        # "police arrested a prominent opposition figure": whom the forces arrest, named as no armed
        # group, ACLED codes as civilians
        actor2 = (f"Civilians ({country or 'Unknown'})", CIVILIANS, None)
    if actor2 is None and (event_type == "Violence against civilians" or (
        sub == "Looting/property destruction" and actor1 is not None and actor1[1] in ARMED - {STATE}
    )):
        actor2 = (f"Civilians ({country or 'Unknown'})", CIVILIANS, None)
    if sub == "Suicide bomb" and actor1 is not None and actor1[1] in (STATE, EXTERNAL) and claimed is None:
        # a suicide bomber is no state's soldier: the forces named first were the target
        # ("un kamikaze … a tenté de forcer un barrage militaire, blessant un soldat malien")
        bomber = actor2 if actor2 is not None and actor2[1] in ARMED - {STATE, EXTERNAL} else (
            f"Unidentified Armed Group ({country or 'Unknown'})", REBEL, None)
        actor1, actor2 = bomber, actor1
    if event_type == "Battles" and actor1 is not None and actor2 is not None and actor1[1] in (STATE, EXTERNAL) \
            and actor2[1] in ARMED - {STATE, EXTERNAL} and claimed is None \
            and _RESPONDED.search(fold(" ".join(doc.sentences[i].text for i in frame.sents))):
        # "les FAMa ont énergiquement réagi à une attaque des GAT … quatre terroristes neutralisés": the
        # forces answered an attack, so its authors began the fight, as ACLED codes its first actor
        actor1, actor2 = actor2, actor1
    if actor1 and actor2 and actor1[0] == actor2[0]:
        actor2 = None
    return actor1, actor2, claimed, joined


Named = tuple[str, int, Span | None]

# the forces told as answering an attack: "en riposte à une attaque", "ont réagi à un assaut", "repelled an attack"
_RESPONDED = re.compile(r"(?<![a-z])(en riposte a (une?|l')|(ont|a|avoir) (\w+ )?(reagi|riposte) (\w+ )?a (une?|l')\s*(\w+ )?(attaque|assaut|incursion)|"
                        r"(repelled|repulsed|fended off|responded to|retaliated against) (an?|the) (\w+ )?(attack|assault|raid))")
_NEUTRALISED = re.compile(r"(?<![a-z])(neutrali[sz]\w*|mis hors d'etat de nuire)")


# Russia's forces (the Wagner Group, then the Africa Corps) fight beside the Sahel's armies, and
# ACLED codes them as the army's associated actor; France's operations (Barkhane) led their own
_ASSOCIATES = ("Wagner Group", "Military Forces of Russia")
_JIHADIST = ("JNIM", "Islamic State", "Boko Haram", "Katiba", "Ansar Dine", "Ansaroul Islam", "AQIM", "MUJAO", "Al Mourabitoune")


_CLAUSE_BREAK = re.compile(r"[.;:]|(?<![a-z])(when|while|where|after|before|as|were|was|is|are|lorsque|quand|alors que|apres|avant|"
                           r"ont ete|a ete|sont|etaient|est)(?![a-z])")


def _joined(a: ActorMention, b: ActorMention, doc: ReportDoc) -> bool:
    """Two actors told acting together: "X and Y", "X, backed by Y", within a few words."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    gap = fold(doc.text[first.end : second.start])
    # (not across a clause: "two dozen soldiers and five civilians were killed when militants attacked")
    return second.start - first.end <= 60 and second.start >= first.end and bool(_WITH.search(gap)) \
        and not _CLAUSE_BREAK.search(gap)


def _with_national(top: ActorMention, actors: list[ActorMention], country: str | None, doc: ReportDoc,
                   rank: Callable[[ActorMention], tuple[int, int]]) -> tuple[ActorMention | None, ActorMention]:
    """(the associated actor, actor1's mention): "Malian soldiers and fighters from Russia's
    Wagner Group killed…", "the Malian army and Wagner mercenaries retook…", "the army and allied
    militias": ACLED codes the country's forces as the actor and the foreign fighters or the
    militia with them as associated."""
    if top.inter not in (EXTERNAL, IDENTITY_MILITIA, POLITICAL_MILITIA) or top.kind == "islamist_generic":
        return None, top  # (jihadists are no one's allied militia)
    # (other foreign forces, and militias, only when the country's are told first: "the Burkinabe
    # army supported by French forces", "Mali's military and allied militias killed…", not "French
    # forces conducted jointly with Burkinabe forces")
    russian = top.inter == EXTERNAL and top.canonical.startswith(_ASSOCIATES)
    national = [a for a in actors if a.inter == STATE and a.role in ("agent", None)
                and (a.country or country) == country and _joined(a, top, doc) and (russian or a.end <= top.start)]
    return (top, max(national, key=rank)) if national else (None, top)

# the forces and foreign fighters told acting together: "X and Y", "X, backed by Y", "X avec Y"
_WITH = re.compile(r"(?<![a-z])(and|et|with|avec|alongside|backed by|supported by|accompanied by|aux cotes d[eu]s?|appuyes? par|soutenus? par|accompagnes? par)(?![a-z])")


def _crowd_actors(
    actors: list[ActorMention], sub: str, event_type: str, country: str | None,
    named: Callable[[ActorMention], Named],
) -> tuple[Named, Named | None]:
    """ACLED's convention for demonstrations: the crowd is actor1 (Protesters, or Rioters once
    it turns violent), the forces that intervene are actor2; a mob's victim is actor2."""
    where = country or "Unknown"
    crowd_inter = PROTESTERS if event_type == "Protests" else RIOTERS
    crowd = next((a for a in actors if a.inter == crowd_inter), None)
    if crowd is None and event_type == "Riots":
        crowd = next((a for a in actors if a.inter == PROTESTERS), None)
    span = crowd.span() if crowd else None
    actor1: Named = (f"{'Protesters' if event_type == 'Protests' else 'Rioters'} ({where})", crowd_inter, span)
    actor2: Named | None = None
    # (foreign troops that fire on a crowd blocking their convoy intervene as well: "protesters were
    # injured by French soldiers")
    forces = [a for a in actors if a.inter == STATE] or [a for a in actors if a.inter == EXTERNAL and a.role == "agent"]
    if sub in ("Protest with intervention", "Excessive force against protesters", "Violent demonstration") and forces:
        actor2 = named(forces[0])
    elif sub == "Mob violence":
        hit = [a for a in actors if a.role == "victim" and a.inter not in (RIOTERS, PROTESTERS)]
        if hit:
            actor2 = named(hit[0])
    return actor1, actor2


# "terrorists belonging to the Islamic State in the Greater Sahara", "des hommes armés affiliés au JNIM"
_MEMBER_OF = re.compile(r"[\s\"”»’]*,?\s*(belonging to|members? of|affiliated (to|with)|linked to|loyal to|appartenant (a|au|aux|a l')|"
                        r"membres? (de|du|d')|affilies? (a|au|a l')|lies? (a|au|a l'))\s+(the\s+|la\s+|le\s+|l')?")


def _member_of(generic: ActorMention, actors: list[ActorMention], doc: ReportDoc) -> ActorMention | None:
    """The named armed group a generic actor is told as belonging to, right after it."""
    if generic.kind not in ("armed_generic", "islamist_generic", "is_generic"):
        return None
    m = _MEMBER_OF.match(fold(doc.text[generic.end : generic.end + 40]))
    if m is None:
        return None
    at = generic.end + m.end()
    return next((a for a in actors if a.kind == "named" and a.inter in ARMED - {STATE} and at <= a.start <= at + 30), None)


def _group_behind(generic: ActorMention, actors: list[ActorMention], doc: ReportDoc, frame: Frame) -> ActorMention | None:
    """The named group "jihadists" or "militants" stand for: the one named armed group of the
    event's sentences, else of the report's news, that is not among the victims (nor named in
    the sentences of another event: "Elsewhere, Boko Haram fighters killed four herders")."""
    if (told := _member_of(generic, actors, doc)) is not None:
        return told
    if generic.kind not in ("islamist_generic", "is_generic"):
        return None
    # (a group named only in the report's history, "That attack was claimed by AQIM", is not who
    # this event's "jihadists" are)
    for pool in (actors, [a for a in doc.actors if a.sent not in frame.others and a.sent not in doc.background]):
        # (rebel groups only: the named militias, VDP, GATIA, MSA, fight the jihadists)
        # ("jihadists" stand for a jihadist group, not the Azawad's secular movements: "les jihadistes
        # ont attaqué le camp … des incidents entre d'ex-rebelles de la CMA et la Plateforme")
        groups = {a.canonical: a for a in pool if a.kind == "named" and a.inter == REBEL and a.role != "victim"
                  and a.canonical.startswith(_JIHADIST)}
        # ("groups affiliated with al-Qaeda and the Islamic State are active there": two families
        # named, so "jihadists" stand for neither)
        islamic_state = any(a.kind == "is_generic" and a.role != "victim" and a is not generic for a in pool)
        if len(groups) == 1 and not (islamic_state and "Islamic State" not in next(iter(groups))):
            return next(iter(groups.values()))
        if groups:
            return None
    return None

