"""Cues of the rarer roles an actor mention plays (extract/actor_roles.py weighs them first):
held, described, a source, an accuser or the accused, a victim named by its dead or its
losses, a name that only qualifies an attack; a group said to be active in the area; and the
words that may stand between a cue and the name ("by suspected members of the …")."""

from __future__ import annotations

import re

FILLER = (
    # ("an attack by “a coalition of terrorist groups”": a quote opens a description)
    r"([\"“«]\s*(?=(an?|une?) ))?(the |les |des |du |de |d'|l'|la |le )?"
    r"((suspected|presumed|alleged|presumes?|soupconnes?|suspectes?|elements? d[eu]s?|elements? d'une?|membres? d[eu]s?|membres? d'une?|"
    r"members of|elements of|men of|(some|a few|several) of|"
    # "by a group of armed men", "par une centaine de terroristes": how many, then who
    r"(an? )?(group|band|gang|column|dozen|dozens|hundred|hundreds|score|coalition|alliance|team|unit|squad|detachment) of|"
    r"(une? )?(coalition|alliance) d(e|')|"
    r"(une? )?(groupe|bande|colonne|dizaine|vingtaine|trentaine|cinquantaine|centaine|centaines|equipe|unite|escouade|detachement)s? d(e|')|"
    r"fighters from|militants from|combattants d[eu]s?|jihadists? (of|from)|d?jihadistes? d[eu]s?|"
    r"armed|islamist|jihadist|djihadistes?|"
    # "by the terrorist group Boko Haram", "fighters from the Boko Haram", "par le groupe terroriste X"
    r"(terrorist|jihadist|militant|armed|islamist|extremist) groups?|groupes? (terroristes?|jihadistes?|djihadistes?|armes?|islamistes?))"
    # ("tués par des « terroristes »": a teller's word in quotation marks)
    r"(\s+|(?<=d'))(the |les |la |le |l')?)*([\"“«]\s*)?$"
)

# "La milice dogon Dan Na Ambassagou a accusé la katiba Macina d'être à l'origine de la tuerie":
# an accusation names neither side of the event (ACLED codes who did it only when it is known)
ACCUSED_BEFORE = re.compile(r"(?<![a-z])(accused|accusing|accuses|accuse|accusant|accusent|a accuse|ont accuse)\s+" + FILLER)
ACCUSER_AFTER = re.compile(r"^\s*(\([^)]{1,40}\)\s*)?(,[^,.;]{1,60},\s*)?(has |have |had |a |ont |avait |avaient )?(accused|accuses|accuse|accusent)(?![a-z])")

# "la katiba Macina, affiliée au JNIM": a description of the actor before, not a participant
DESCRIBES_BEFORE = re.compile(
    r"(?<![a-z])(affiliated (to|with)|an? affiliate of|affiliee?s? (a|au|aux)|liee?s? (a|au|aux)|linked to|allied (to|with)|"
    r"alliee?s? (a|au|aux)|loyal to|a branch of|une branche d[eu]s?|a faction of|une faction d[eu]s?|"
    # "la région de Diffa, touchée par les attaques de Boko Haram", "an area plagued by attacks by
    # JNIM": who troubles a region, not who took part in the event
    r"(touchee?s?|frappee?s?|eprouvee?s?|minee?s?|hit|plagued|affected|ravaged|troubled|wracked|racked) (par|by) "
    r"(les |des |the |repeated |frequent |regular )?(attaques|violences|exactions|incursions|attacks|violence|raids|insurgency) "
    r"(d[eu]s?|de l'|d'|by|of|from)( la| le| l'| the)?( groupe| group)?([\w' -]{1,40}? (et|and)( de| du| des)?)?|"
    # "volunteers supporting the armed forces", "supplétifs de l'armée": whom a group backs
    r"supporting|who support|which support|in support of|auxiliar(y|ies) (to|of)|qui appuient|qui soutiennent|"
    r"en appui (a|aux|de)|suppletifs d[eu]s?|auxiliaires d[eu]s?|"
    # "an operation officially described as a crackdown on jihadist insurgents": the official account's
    # target, which the report does not take for who was hit
    r"(described|presented|portrayed|billed|justified) as (an? |the )?([\w-]+ ){0,3}(on|against|targeting)|"
    r"(presentee?s?|decrite?s?|qualifiee?s?) comme (une? |la |le )?([\w-]+ ){0,3}(contre|visant))"
    r"\s+(the |l'|la |le |les )?([a-z]+ )?$"
)

# "killed 10 members of a pro-government militia known as VDP": the name given to the victims
VICTIM_KNOWN_AS = re.compile(
    r"(?<![a-z])(killed|killing|attacked|ambushed|targeted|abducted|kidnapped|wounded|tue|tuant|attaque|enleve|blesse)"
    r"(?![a-z])(?:(?!\bby\b|\bpar\b)[^.;]){0,70}(known as|called|dubbed|named|appelee?s?|connue?s? sous le nom de)\s+(the\s+|les?\s+|la\s+)?$"
)

# "aucun bilan n'est indiqué par l'armée", "figures given by the army": who tells, not who acted
TELLER_BEFORE = re.compile(
    r"(?<![a-z])(indique|annonce|confirme|rapporte|communique|donne|fourni|publie|avance|precise|dementi|"
    r"reported|announced|confirmed|given|provided|released|issued|stated|denied|published|cited)(e|s|es)?\s+(by|par)\s+" + FILLER
    # "…ont fait six morts, selon la gendarmerie": who told it, not a side
    + r"|(?<![a-z])(selon|according to|d'apres)\s+" + FILLER
)

# "une source militaire malienne parle de 40 civils tués", "military sources said": the forces
# named as a source of news, not a side
SOURCE_NOUN_BEFORE = re.compile(r"(?<![a-z])sources?\s+$")
SOURCE_NOUN_AFTER = re.compile(r"^\s*(sources?|spokes(man|woman|person|people|men|women))(?![a-z])")  # ("an army spokesman": a teller)

# "a jihadist attack", "an IS ambush", "l'attaque jihadiste", "l'assaut des jihadistes": the
# actor that qualifies an attack made it
_ATTACK_NOUN = r"(attacks?|assaults?|raids?|ambush(es)?|offensives?|bombings?|incursions?|attaques?|assauts?|embuscades?|incursions?)"
# (English only: a French noun follows no actor's name, "des VDP attaqués" is a participle)
# ("a jihadist massacre", "jihadist killings": the massacre the adjective's actor made)
ATTACK_NOUN_AFTER = re.compile(r"^\s*(attacks?|assaults?|raids?|ambush(es)?|offensives?|bombings?|incursions?|massacres?|killings?)(?![a-z])")
# the noun after a determiner: folded French writes the participle alike ("ils ont attaqué des VDP")
# (an adjective may sit between: "une attaque terroriste du GSIM", "l'attaque meurtrière des jihadistes")
ATTACK_NOUN_BEFORE = re.compile(
    r"(?<![a-z])(l'|la |le |les |une |un |cette |ces |cet |leur |leurs |the |an? |this |their |its )\s*" + _ATTACK_NOUN
    + r"(\s+(terroristes?|jihadistes?|djihadistes?|islamistes?|meurtrieres?|sanglantes?|armees?|complexes?|coordonnees?|"
    r"simultanees?|massives?|violentes?|nocturnes?))?\s+((des|du|de|d')\s*(l')?)?"
    # "une attaque du groupe djihadiste Boko Haram": the group named after its kind
    r"((groupe|mouvement)\s+(djihadiste|jihadiste|terroriste|arme|islamiste)\s+)?$")

# "une quatrième attaque subie par les FAMa", "losses suffered by the army": who bore it, not who made it
SUFFERED_BY = re.compile(r"(?<![a-z])(suffered|sustained|endured|subie?s?|essuyee?s?|enregistree?s?)\s+(by|par)\s+" + FILLER)

# "accusing them of collaborating with JNIM": who the victims were said to side with, not a side
SIDED_WITH_BEFORE = re.compile(
    r"(?<![a-z])(collaborat\w*|complicity|complicite|connivence|links?|liens?|ties|sympathi\w*|intelligence)\s+"
    r"(with|to|avec|a|au|aux|de|du|des|of)\s+" + FILLER + r"$")

# "les victimes sont presque toutes des VDP", "tué plusieurs personnes … en majorité des supplétifs",
# "the dead were mostly soldiers": who the dead were ("among the victims were …" tells a part of them,
# "were probably …" a guess: neither says who was hit)
_MOSTLY = r"(presque (tous|toutes)|tous|toutes|en majorite|majoritairement|pour la plupart|essentiellement|" \
          r"mostly|mainly|largely|all|almost all|nearly all|for the most part)"
DEAD_ARE_BEFORE = re.compile(
    r"(?<![a-z])(?<!among )(?<!parmi )((les|the) (victimes|morts|personnes tuees|dead|victims|people killed|those killed)\W+(sont|etaient|are|were)"
    r"|(tue|tuant|killed|killing)(?![a-z])[^.;]{0,70}(,\s*)?" + _MOSTLY + r")"
    r"\W+(" + _MOSTLY + r"\W+)?(des|de|d'|les|du|the)?\s*$")

# "the lives of 14 members of the National Guard, five gendarmes and three soldiers were lost"
LIVES_OF = re.compile(r"(?<![a-z])(lives|la vie) (of|de|d')\s*([\w'-]+,?\s+){0,8}?(members? of|membres? d[eu]s?)?\s*(the\s+|la\s+|le\s+|les\s+)?$")

# "Suspected members of Boko Haram and other hardliners are held at the prison": inmates, no side
HELD_AFTER = re.compile(r"^\s*((and|et) (other )?[\w'-]+\s+)?(are|were|is|was|being|sont|etaient|est|etait) (being |still |toujours )?"
                         r"(held|imprisoned|jailed|incarcerated|incarceree?s?|emprisonnee?s?)(?![a-z])")

# "Boko Haram has carried out raids into Niger from its bases": the group's record, not this event
RECORD_AFTER = re.compile(
    r"^\s*(has|have|a|ont)\s+((long|repeatedly|also|often|frequently|regularly|deja|souvent|regulierement)\s+)?"
    r"(carried out|conducted|staged|launched|mounted|mene|perpetre|lance|multiplie)\s+((many|several|numerous|multiple|repeated|frequent|"
    r"regular|deadly|de nombreuses|plusieurs|des|les)\s+)?([\w'-]+\s+)?(raids|attacks|attaques|incursions|assaults|assauts|operations)(?![a-z])")

# "La Minusma rapporte que les deux attaques …", "the UN mission says that …": who tells it, not a
# side ("said it repelled", "said that it killed" tell what the teller did: _SELF_REPORT_AFTER)
TELLER_AFTER = re.compile(r"^\s*\)?\s*(\([^)]{1,40}\)\s*)?((a|ont)\s+)?(rapporte|rapportent|reports|reported|indique|indiquent|souligne|"
                           r"soulignent|precise|precisent|note|notes|noted|says|said|estime|estiment|affirme|affirment)\s+(que\s+|qu'|that\s+)"
                           r"(?!(it|they|its|their|elle|elles|il|ils|ses|leurs)(?![a-z]))")


SPECULATION = re.compile(
    r"(il pourrait (toutefois |aussi |egalement )?s'agir|it could (also )?(have been|be)|may have been|might have been|"
    r"possibly|perhaps|peut-etre|sans doute)\W+(\w+\W+){0,5}$"
)
_PRESENCE = r"(active|present|operating|known to operate|actifs?|actives?|presents?|presentes?|implantee?s?)(?![a-z])"
ACTIVE_IN_AREA = re.compile(
    r"^\s*(group|groupe)?\s*(y\s+|there\s+)?(is|are|was|were|has been|have been|est|sont|etait|etaient)\s+(\w+\s+)?" + _PRESENCE +
    r"|^\s*(group|groupe)?\s*(operates|opere|operent)(?![a-z])"
)
# the same said of several groups at once: "Les groupes affiliés à Al-Qaïda et à l'État islamique y
# sont actifs" (only names and links between the mention and the verb)
_ACTIVE_LATER = re.compile(r"(?<![a-z])(y\s+|there\s+)?(are|were|sont|etaient)\s+(\w+\s+)?" + _PRESENCE)
_NOT_A_NAME_LIST = re.compile(r"[.;:!?]|(?<![a-z])(qui|who|which|that|dont|killed|attacked|claimed|tue|attaque|revendique)(?![a-z])")


def active_in_area(folded: str, end: int) -> bool:
    """Is the mention ending at `end` the subject, alone or with other groups, of a presence ("is
    active in the area", "y sont actifs")?"""
    if ACTIVE_IN_AREA.match(folded[end : end + 60]):
        return True
    m = _ACTIVE_LATER.search(folded[end : end + 100])
    return m is not None and not _NOT_A_NAME_LIST.search(folded[end : end + m.start()])
