"""Sub-event types: the strongest trigger's type, then ACLED's rules on who took part
(violence against armed men is a clash, against anyone else an attack; an attack that hurt
nobody but took or burned property is looting; protesters who burn or block roads riot)."""

from __future__ import annotations

import re

from conflictwire.extract.actors import acled_name
from conflictwire.extract.doc import Toll, Trigger
from conflictwire.extract.false_triggers import CROWDED_PLACES
from conflictwire.extract.remote_subtypes import fought_on_the_ground
from conflictwire.extract.roles import (
    ARMED,
    CIVILIANS,
    EXTERNAL,
    IDENTITY_MILITIA,
    PROTESTERS,
    RIOTERS,
    STATE,
)
from conflictwire.extract.triggers import VIOLENCE
from conflictwire.model import Span
from conflictwire.taxonomy import SUB_TO_TYPE
from conflictwire.textutil import fold


def choose_sub(triggers: list[Trigger], victims: set[int], agents: set[int]) -> Trigger:
    # "police arrested two suspects in connection with the attack": the arrest is the event,
    # the attack it refers back to is the one told before; a guess or an aim ("fighting to
    # recapture") is no more told than one referred back to
    best = max(triggers, key=lambda t: (not t.tags.get("refers_back") and not t.tags.get("hedged"), t.weight, -t.start))
    return best


def resolve_sub(
    best: Trigger, victims: set[int], agents: set[int], triggers: list[Trigger], deaths: bool = False
) -> str:
    """The ACLED sub-type from the strongest trigger and who was hit.

    Violence is an armed clash only when both sides are armed; against anyone else it is an
    attack on civilians (ACLED's rule), or mob violence when rioters did it.
    """
    subs = {t.sub_event_type for t in triggers}
    sub = best.sub_event_type
    if best.tags.get("hedged") and sub in ("Government regains territory", "Non-state actor overtakes territory"):
        return "Armed clash"  # "tente de reprendre la ville": the fight for it, not the town taken
    # (an ambush laid with a mine is the mine's, however often the report says "ambush": ACLED
    # codes the clash only when fire followed)
    # ("Four military were killed in this ambush", after the mine told: a word that refers back
    # names the event told, it adds no fire)
    clashes = [t for t in triggers if t.sub_event_type == "Armed clash" and not t.tags.get("refers_back")]
    laid = any(t.tags.get("by_explosive") for t in clashes)
    clash_words = bool(clashes) and not (laid and all(fold(t.text).startswith(("ambush", "embuscade")) for t in clashes))
    if sub == VIOLENCE:
        if CIVILIANS in victims and not victims & ARMED:
            return "Attack"  # "24 civilians killed by armed men", whatever else the report calls it
        if victims & ARMED or clash_words:
            return "Armed clash"
        if agents & {RIOTERS, PROTESTERS}:
            return "Mob violence"
        return "Attack"
    if sub == "Armed clash" and CIVILIANS in victims and not victims & ARMED and not clash_both_sides(triggers):
        return "Attack"  # "gunmen ambushed a man and his children": civilians do not clash
    if sub == "Attack" and victims & ARMED and CIVILIANS not in victims:
        # "une attaque contre les populations … les victimes sont presque toutes des VDP": who was hit
        # decides (ACLED: violence against armed people is a battle, however the attack is told)
        return "Armed clash"
    small_arms = any(t.tags.get("weapon") == "small arms" for t in triggers)
    # (the fire of a fight, not the sweep after the blast: "le ratissage dans la zone de l'incident a
    # permis l'interpellation de deux suspects")
    fire_words = clash_words and any(t.tags.get("kind") != "operation" for t in clashes)
    if sub == "Remote explosive/landmine/IED" and (fire_words or small_arms) and victims & ARMED:
        return "Armed clash"  # an IED that opens an ambush: ACLED codes the clash
    if sub in ("Abduction/forced disappearance", "Arrests", "Looting/property destruction") and deaths:
        # people killed as well: ACLED codes the killing
        return "Armed clash" if victims & ARMED else "Attack"
    if sub == "Non-state actor overtakes territory" and agents and agents <= {STATE, EXTERNAL}:
        return "Government regains territory"
    if sub == "Government regains territory" and agents and not agents & {STATE, EXTERNAL}:
        return "Non-state actor overtakes territory"
    protest = sub in ("Peaceful protest", "Protest with intervention")
    if protest and subs & {"Violent demonstration", "Looting/property destruction"}:
        return "Violent demonstration"  # protesters who burn, vandalise or block roads riot
    if protest and any(t.sub_event_type == VIOLENCE and t.text.lower().startswith(("storm", "beat", "tabass", "saccag")) for t in triggers):
        return "Violent demonstration"
    if sub == "Peaceful protest" and any(t.sub_event_type == "Arrests" and not t.tags.get("refers_back") for t in triggers):
        # (an arrest the crowd marched over, "to demand the release of those arrested", is no intervention)
        return "Protest with intervention"
    return sub


def clash_both_sides(triggers: list[Trigger]) -> bool:
    """Words that say two sides fought ("clashed with", "fought each other", "affrontements")."""
    # (people who repel, rout or fend off an attack fought it: ACLED codes villagers who do so as
    # a local militia in a battle)
    return any(re.match(r"(clash|fight|fought|affront|combat|heurt|exchange|echange|gunfight|firefight|repel|"
                        r"repuls|"
                        r"fended|routed|pushed back|returned fire|repouss|mis en deroute|(attack|assault|"
                        r"attackers|"
                        r"assailants) (was|were) )", fold(t.text))
               for t in triggers if t.sub_event_type == "Armed clash")


KILLING = re.compile(
    r"(?<![a-z])(killed|killing|executed|beheaded|assassinated|shot dead|murdered|slain|massacred|tue|tues|"
    r"tuee|tuees|"
    r"execute|executes|executee|executees|egorge|egorges|assassine|assassines|abattu|abattus|bod(y|"
    r"ies) (was |were )?(later )?found|"
    r"found dead|corpses?|succumbed|hung|hanged|lynched|pendu|pendus|lynche|cadavres?|corps sans vie|"
    r"retrouvee?s? morte?s?|decapite|decapites)(?![a-z])"
)
# a target that is the forces themselves, named by their post rather than as an actor
MILITARY_TARGET = re.compile(
    r"(?<![a-z])(attack|assault|raid|ambush|targeted|attaque|assaut|embuscade|visait|visant|ciblant|contre|"
    r"on|against)\w*[\s,«»\x22\u201c\u201d]+"
    r"((the|a|an|their|its|la|le|les|l'|une?|des|du|de|leur|leurs|son|sa|ses|two|three|four|several|deux|"
    r"trois|"
    r"quatre|plusieurs|\d+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on monday|on tuesday|"
    r"on wednesday|"
    r"on thursday|on friday|on saturday|on sunday)\s+"
    # ("l'attaque, mercredi, d'un dispositif militaire": a day between commas, then "d'un")
    r"|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),\s+|d'(une?\s+)?)*"
    # a place before the noun, in English order: "attacked the Boni detachment"
    r"((?<=the )[\w'-]+\s+(?=(detachment|garrison|military|army)))?"
    r"(military (camp|base|post|position|outpost|convoy|patrol|detachment|checkpoint)s?|army (camp|base|post|"
    r"position|outpost|convoy|patrol)s?|"
    r"(camp|base|poste|position|convoi|patrouille|detachement|dispositif)s? (militaire|de l'armee|des fama|"
    r"des fds|avance|de securite|"
    r"des? forces|des soldats|des militaires)s?|(camp|base|post|outpost)s? of (the )?(forces|troops|soldiers|"
    r"army)|"
    # (a detachment is a unit of the forces: "le détachement de Djibo", "the Boni detachment")
    r"gendarmerie|police stations?|commissariats?|checkpoints?|garrisons?|garnisons?|detachements?|"
    r"detachments?|unites|units|soldiers|soldats|militaires|troops|"
    r"customs post|customs office|poste de douane|bureau des douanes|forest (guard|ranger) post|"
    r"poste forestier|"
    # a post or position with no other kind told: the forces' ("ont attaqué un poste à Melga")
    r"(poste|post|position)s?(?= (a|au|aux|in|at|near|pres de|de la localite|du village|of)\s))(?![a-z])"
    # "le camp militaire de Kwala a été la cible d'une attaque", "an army base came under attack"
    r"|(military (camp|base|post|position|outpost|convoy|patrol)|army (camp|base|post|position|convoy|"
    r"patrol)|detachements?|"
    # "the police station in the rural municipality of Tounouga … was attacked"
    r"police (station|post)|customs (post|office)|gendarmerie (post|brigade)|commissariat|poste de (police|"
    r"gendarmerie|douane)|"
    r"(camp|base|poste|position|convoi|patrouille)s? (militaire|de l'armee|des fama|"
    r"des fds)s?)(\s+[\w'-]+){0,6}"
    r"(\s*,[^,.;]{1,90},)?\s+"  # "le camp militaire de Boulkessi, dans le cercle de Douentza, a été attaqué"
    r"(a ete|ont ete|ete|est|sont|was|were|came|has been|had been)\s+(la cible d'une? (attaque|assaut|"
    r"embuscade)|attaquee?s?|ciblee?s?|visee?s?|"
    r"targeted|attacked|under attack|under fire|ambushed|stormed)"
    # "ont pris d'assaut cette nuit un poste de gendarmerie", "stormed overnight a police post"
    r"|(?<![a-z])(attack\w*|assault\w*|raid\w*|stormed|assaut|attaque\w*)[^.;]{0,40}?(?<![a-z])("
    r"(poste|brigade|escadron|caserne|camp)s? (de (la )?gendarmerie|de police|de la garde nationale)|"
    r"(gendarmerie|police|national guard) (post|station|brigade|barracks|camp)s?)(?![a-z])"
)
HARM = re.compile(r"(?<![a-z])(wounded|injured|injuring|wounding|beaten|blesse|blesses|blessee|"
                  r"blessees)(?![a-z])")


# demonstrators who engage in violence riot, whatever the police did (ACLED's violent demonstration)
_RIOTING = re.compile(
    r"(?<![a-z])(turned violent|degenerated|threw stones|throwing stones|stone[- ]throw\w*|pelted|"
    r"hurled stones|"
    r"injuries on both sides|wounded on both sides|clashed with (the )?(police|security forces|gendarmes)|"
    r"forcibly (released|freed|entered)|ransacked|set fire to|torched|smashed|forced their way|"
    # the road blocked (ACLED: road-blocking with barricades or tyres is a violent demonstration)
    r"(traffic|roads?|highway|crossroads|routes?|national road|junction|bridge)( [\w'-]+){0,4} (was|were|"
    r"had been|remained) blocked|"
    r"(circulation|route|voie|axe|rue)s? ([\w'-]+ ){0,4}(a ete|ont ete|etait|etaient|"
    r"est restee?) (bloquee?s?|barree?s?|coupee?s?)|"
    r"(assaulted|beat|beaten|attacked) (two |three |several |a |the |their )?(teachers?|headmasters?|"
    r"principals?|officials?|journalists?|"
    r"passers-by|policem[ae]n|police officers?|koglweogos?)|"
    r"jets? de pierres|caillass\w*|lance des pierres|ont degenere|a degenere|degenere en|"
    r"tourne a l'affrontement|"
    r"(y )?(ont|a|avaient|avait) mis le feu|pris d'assaut(?! " + CROWDED_PLACES + ")|"
    r"affrontements? (avec|entre) (les )?(manifestants|forces de l'ordre|policiers|gendarmes)|saccag\w*|"
    r"incendi\w*|"
    # protesting soldiers who shoot ("firing shots into the air", "began firing weapons in protest"),
    # and posts "attacked by student demonstrators"
    r"(firing|fired|fire) (shots |weapons |guns )?(into|in) the air|(began|started) firing|"
    r"firing (their )?weapons|"
    r"attacked by (suspected )?(\w+ )?(demonstrators|protesters|protestors|rioters)|"
    # "angry protestors attacked the French Embassy", "des manifestants ont attaqué l'ambassade"
    r"(demonstrators|protesters|protestors|rioters|mobs?|manifestants|emeutiers)( [\w'-]+){0,2} (attacked|"
    r"attack|stormed|damaged|vandali[sz]ed|"
    r"ont (attaque|endommage|vandalise|pris d'assaut(?! " + CROWDED_PLACES + "))|s'en sont pris)|"
    # vandalism ("ont arraché la plaque de l'ambassade avant de la piétiner"; a flag torn down is a
    # protest's symbol, as ACLED codes flags burned)
    r"vandali[sz]\w*|arrach\w* (la |les |le |l')?(plaque|panneau|portail|porte|grille)s?|(enfonce|"
    r"force)\w* (le |la |les )?(portail|porte|grille)s?)(?![a-z])"
)


# a mutiny's words, in a trigger or a sentence ("mutinied", "mutinying", "les mutins", "mutineries")
MUTINY = re.compile(r"(?<![a-z])(mutin(y|ies|ied|ous|eers?|ying|s|e|es)?|mutineries?)(?![a-z])")
# "une attaque subie suite à une mutinerie", "since the 2020 mutiny": a mutiny named as the time of
# something else, not what the event's actors did
_AFTER_THE = re.compile(r"(?<![a-z])(suite a|apres|depuis|avant|following|after|since|before)\s+(la |le |l'|"
                        r"une |un |the |a )?"
                        r"([\w'-]+\s+){0,2}$")


def mutiny_told(said: str) -> bool:
    """Does the (folded) text tell a mutiny as what happened, not as a time reference?"""
    return any(not _AFTER_THE.search(said[max(0, m.start() - 40) : m.start()]) for m in MUTINY.finditer(said))


_MUTINEERS_VIOLENT = re.compile(r"(?<![a-z])(fir(e|ed|ing)|gunfire|gunshots?|shots|shooting|loot\w*|"
                                r"pillag\w*|vandal\w*|ransack\w*|"
                                r"robbed|attacked|tirs?|tire|coups de feu|rafales|pill\w+|"
                                r"saccag\w*)(?![a-z])")
_MUTINY_SUBS = {"Other", "Peaceful protest", "Protest with intervention", "Looting/property destruction", "Attack",
                "Mob violence"}


_ROSE_OVER = re.compile(r"(?<![a-z])(over|after|following|against|in (response|reaction|protest) to|"
                        r"to protest|pour protester contre|"
                        r"apres|suite a|en reaction a|en protestation contre) (the |la |le |l' ?)?(death|"
                        r"killing|murder|arrest|mort|deces|"
                        r"assassinat|arrestation|meurtre)s?(?![a-z])")
# an attack on a village or on people is an attack even when it only burned and took things
# people attacked, shot at, seized, tied or beaten: violence against them, whatever was taken too
# (a village attacked where no one was hurt or shot at, only goods taken or burned, is looting)
PEOPLE_TARGETED = re.compile(
    r"(attack|assault|raid|storm|fire[ds]? (at|on|upon)|shot at|targeted)\w* (\w+ ){0,3}(villagers|"
    r"residents|population|worshippers|marketgoers|passengers|civilians|people|road users|travellers|"
    r"attaque|villageois|habitants|population|fideles|passagers|civils)"
    r"|assaulted|agresse|molest|beat(en)? (up )?(\w+ ){0,2}(villagers|residents|people)"
    r"|(?<![a-z])((opened fire|fired|shot|shooting|tirs?|ouvert le feu|tire) (at|on|against|into|"
    r"sur)(?! (the )?air)|"
    r"tied up|ligote|took (\w+ )?hostage|abduct|kidnap|enlev|assault|agress|rape|viol(e|ee)s?|whipp|fouett|"
    # (threats and chasing people off harm no one: "threatened the teachers and burned the school"
    # is property destruction, as ACLED codes intimidation with it)
    # (a village's residents driven out are its people displaced by force: an attack on them)
    r"harass|(forced|chased|drove) (away |out )?(the )?(residents|villagers|inhabitants|population|habitants|"
    r"villageois)"
    r"|(chasse|chasser|chassant) (les )?(habitants|villageois|populations?))"
)


# (two groups of people: a crowd against the police or the army is a demonstration put down)
_GROUPS_FOUGHT = re.compile(r"(?<![a-z])(clash\w*|fight\w*|fought|riots?|brawls?|scuffles?|violence|"
                            r"affrontements?|bagarres?|heurts)\s+"
                            r"(broke out |erupted |occurred |ont eclate |a eclate )?(between|among|"
                            r"with (another|a rival|rival)|entre)(?![a-z])"
                            r"(?![^.;]{0,60}(police|gendarm|forces|soldiers|troops|army|policiers|militaires|"
                            r"armee|l'ordre))")
_DEMONSTRATING = re.compile(r"(?<![a-z])(protest\w*|demonstrat\w*|march\w*|sit-in|strike\w*|rall(y|ies|ied)|"
                            r"demand\w*|manifest\w*|"
                            r"marche\w*|greve\w*|reclam\w*|exig\w*|revendi\w*)")
_RAIDED_VILLAGE = re.compile(r"(?<![a-z])(attack|raid|storm|attaqu)\w*\s+(and (burned|torched) )?(the |a |"
                             r"le |un )?([\w-]+ ){0,2}"
                             r"(village|hamlet|hameau|localite)s?(?![a-z])")


_PROTESTERS = re.compile(r"(?<![a-z])(protesters|protestors|demonstrators|manifestants|protestataires|"
                         r"rioters|emeutiers)(?![a-z])")


def by_participants(
    sub: str, best: Trigger, triggers: list[Trigger], actor1: tuple[str, int, Span | None] | None,
    actor2: tuple[str, int, Span | None] | None, harmed: bool, country: str | None,
    crowd_only: bool = False, said: str = "", around: str = "",
) -> tuple[str, tuple[str, int, Span | None] | None]:
    """ACLED's type rules that need to know who took part, once actors are assigned:
    violence between two armed, organised sides is a battle; an attack that hurt nobody but
    burned or took property is looting; a fight among unarmed people (the report names no
    armed side, only students, villagers, herders…: `crowd_only`) is a riot."""
    subs = {t.sub_event_type for t in triggers}
    inter1 = actor1[1] if actor1 else None
    inter2 = actor2[1] if actor2 else None
    if actor1 and actor2 and acled_name(actor1[0]) == acled_name(actor2[0]):
        inter2 = None  # "Katiba Macina (JNIM)": one actor under two names
    # a crowd turned violent is coded as rioters (their evidence: the first actor's words)
    rioters = (f"Rioters ({country or 'Unknown'})", RIOTERS, actor1[2] if actor1 else None)
    if sub == "Attack" and best.sub_event_type == VIOLENCE and inter2 in ARMED and inter1 in ARMED:
        return "Armed clash", actor1
    # (`around`: the event's sentences with those that only say more about it, "Traffic was blocked for an hour")
    if sub in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters") and _RIOTING.search(around or said):
        # (ACLED: demonstrators who engage in violence riot, whatever force is used against them)
        return "Violent demonstration", rioters
    if sub in _MUTINY_SUBS and any(MUTINY.search(fold(t.text)) for t in triggers) and _MUTINEERS_VIOLENT.search(fold(around or said)):
        # soldiers or police who mutiny and fire, loot or wreck riot against their command, as ACLED
        # codes them (a mutiny told without violence stays as told; one that takes towns is territory)
        return "Violent demonstration", rioters
    if fought_on_the_ground(sub, inter1, inter2, said):
        return "Armed clash", actor1
    if sub == "Abduction/forced disappearance" and inter2 in ARMED and inter1 in ARMED:
        # ACLED: violence against civilians is against the unarmed; soldiers, militiamen,
        # VDP or Dozos taken by an armed group are a battle between the two
        return "Armed clash", actor1
    if best.tags.get("kind") == "operation" and sub == "Armed clash" and not harmed and len(subs) == 1:
        return "Change to group/activity", actor1  # an operation launched, no fighting reported
    # (a community's militia that raids a village and burns it attacks its people, as ACLED codes
    # communal raids, whether or not anyone is reported hurt)
    communal_raid = inter1 == IDENTITY_MILITIA and _RAIDED_VILLAGE.search(said) is not None
    if sub == "Attack" and not harmed and "Looting/property destruction" in subs and not PEOPLE_TARGETED.search(said) \
            and inter2 not in ARMED and not communal_raid:
        return "Looting/property destruction", actor1
    if sub == "Looting/property destruction" and crowd_only:
        return "Violent demonstration", rioters  # a crowd that wrecks or burns riots
    if sub == "Attack" and crowd_only and inter1 in (CIVILIANS, RIOTERS, PROTESTERS):
        # "residents attacked customs posts over the death of a youth": a crowd that turns on
        # people or the state's posts riots, a violent demonstration when it rose over something
        rose = bool(subs & {"Peaceful protest", "Protest with intervention"}) or bool(_ROSE_OVER.search(said))
        return ("Violent demonstration" if rose else "Mob violence"), rioters
    if SUB_TO_TYPE[sub] == "Battles" and inter1 in (STATE, EXTERNAL) and inter2 in (STATE, EXTERNAL, None) \
            and _PROTESTERS.search(said):
        # "the convoy of the French force escorted by the gendarmerie was blocked by very violent
        # protesters … clashes broke out": forces and their escort are one side, the crowd the other
        return "Violent demonstration", (f"Rioters ({country or 'Unknown'})", RIOTERS, None)
    if SUB_TO_TYPE[sub] == "Battles" and (inter1 in (RIOTERS, PROTESTERS, CIVILIANS) or crowd_only):
        protest = bool(subs & {"Peaceful protest", "Protest with intervention", "Violent demonstration"}) or inter1 == PROTESTERS
        return ("Violent demonstration" if protest else "Mob violence"), rioters
    if sub == "Violent demonstration" and _GROUPS_FOUGHT.search(said) and not _DEMONSTRATING.search(said):
        # "riots broke out between supporters of the party in Boussouma and Komiaga": two groups that
        # fight with no demand or march told are a mob, not a demonstration
        return "Mob violence", actor1
    return sub, actor1


def civilians_hit_only(sub: str, actor1: tuple[str, int, Span | None] | None, actor2: tuple[str, int, Span | None] | None,
                       triggers: list[Trigger], post_hit: bool, tolls: list[Toll]) -> bool:
    """Is a clash that a non-state armed group fought against civilians an attack on them? ACLED:
    a battle is fought between two armed sides. Not when the text tells both sides fighting, an
    army post hit, or the attackers' own dead ("villagers responded and killed three of them")."""
    return sub == "Armed clash" and actor2 is not None and actor2[1] == CIVILIANS and actor1 is not None \
        and actor1[1] in ARMED - {STATE, EXTERNAL} and not clash_both_sides(triggers) and not post_hit \
        and not any(t.side == "attackers" and (t.value or 0) > 0 for t in tolls)
