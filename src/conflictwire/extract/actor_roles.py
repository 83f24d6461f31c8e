"""The role an actor mention plays in its sentence, read from the words right around it:
agent (who acted), victim (who was hit), claimed, suspected, and the rarer ones (a source, an
accuser, an escort, a group that only qualifies an attack). The first rule that fits decides."""

from __future__ import annotations

import re

from conflictwire.extract.other_roles import (
    ACCUSED_BEFORE,
    ACCUSER_AFTER,
    ATTACK_NOUN_AFTER,
    ATTACK_NOUN_BEFORE,
    DEAD_ARE_BEFORE,
    DESCRIBES_BEFORE,
    FILLER,
    HELD_AFTER,
    LIVES_OF,
    RECORD_AFTER,
    SIDED_WITH_BEFORE,
    SOURCE_NOUN_AFTER,
    SOURCE_NOUN_BEFORE,
    SUFFERED_BY,
    TELLER_AFTER,
    TELLER_BEFORE,
    VICTIM_KNOWN_AS,
)
from conflictwire.extract.toll_cues import AVENGED_BEFORE

_AGENT_BEFORE = re.compile(
    r"(?<![a-z])(by|claimed by|attributed to|blamed on|carried out by|led by|par|revendiquee? par|"
    r"attribuee? (a|aux)|imputee? (a|aux)|menee? par|perpetree? par|de la part d[eu']s?|l'o(e)?uvre d[eu']s?|the work of|"
    # the active form: "les sources attribuent cette attaque aux jihadistes", "officials blamed the raid on JNIM"
    r"(attribuent|attribue|attribuait|attribuaient|imputent|impute|attribute|attributes|attributed|blame|blames|blamed)"
    r"\s+(l'|(cette|cet|ces|la|le|les|the|this|these|that) [a-z]+\s+)(a|au|aux|to|on))\s+" + FILLER
)
# the passive's agent of no act of violence: "le corps a été retrouvé par des habitants", "found by
# residents", "evacuated by soldiers": who found, carried or told, not who struck
_FOUND_BY = re.compile(r"(?<![a-z])(retrouvee?s?|decouverte?s?|evacuee?s?|transportee?s?|accueillie?s?|recueillie?s?|secourue?s?|"
                       # ("ces deux positions tenues par le MSA", "a town controlled by JNIM": who holds the place)
                       r"tenue?s?|controlee?s?|occupee?s?|held|controlled|occupied|manned|"
                       r"found|discovered|evacuated|rescued|carried|taken to hospital|welcomed|received)\s+(by|par)\s+" + FILLER)
# "suspected X" with nothing else to go by: a perpetrator, as the reports use the word
# ("unknown gunmen (presumably JNIM militants)", "gunmen, believed to be ISGS fighters,": the
# presumption names the gunmen)
_SUSPECTED_BEFORE = re.compile(r"(?<![a-z])(suspected|presumed|alleged|presumes?|soupconnes?|suspectes?|presumably|supposedly|assumed|"
                               r"(believed|thought|suspected|said|reported) to be|likely|probably|vraisemblablement|probablement|"
                               r"supposes?|qui seraient)\s+" + FILLER)
_VICTIM_BEFORE = re.compile(
    # ("par une frappe de Barkhane": the noun, whose complement is who struck; "a frappé des civils" the verb)
    r"(?<![a-z])(killed|killing|kill|ambushed|attacked|attacking|tue|tuant|abattu|attaque|attaquant|(?<!une )(?<!la )(?<!cette )frappe|"
    r"kidnapped|abducted|enleve|enlevant|executed|massacred|neutralized|neutralised|neutralise|"
    r"arrested|detained|arrete|interpelle|shot dead|shot|wounded|injured|blesse|assassinated|assassinating|assassine|"
    r"murdered|beheaded|shot at|fired (on|at)|opened fire (on|at|against)|targeted|besieged|raided|stormed|vise|visee|ciblee|"
    # ("le Burkina, cible de terroristes": the noun, whose complement is who targets; "ont ciblé des civils" the verb)
    r"(?<!la )(?<!une )(?<!, )cible(?! d(e|')\s)|"
    r"beat to death|beaten to death|stabbed|tortured|lynched|hacked to death|shot and killed|torture|poignarde|lynche|"
    # those taken: "removed thirty soldiers from a bus and abducted them", "rounded up the men"
    r"removed|pulled|dragged|rounded up|took away|took hostage|took captive|pris en otage|emmene|emmenes|"
    # an attempt names its target too: "tried to assassinate a soldier"
    r"assassinate|abduct|kidnap|attack|ambush|execute|tuer|assassiner|enlever|attaquer)"
    # not across a clause: "civilians were killed when armed men raided…"
    # ("ont visé, mardi 19 août, les positions de l'armée": a time told between commas)
    r"(\s*,\s*(on\s+|le\s+|ce\s+|dans la nuit (de|du)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|yesterday|hier|last night|overnight|\d{1,2})[^,.;]{0,25},)?"
    # (nor past the agent's own preposition: "une attaque attribuée aux islamistes de Boko Haram")
    r"\s+((?!by |par |when |as |after |while |before |lorsque |quand |alors |apres |avant |lorsqu'|attribuee?s? |imputee?s? |"
    r"attributed |blamed )[\w']+\s+){0,4}"
    # the post of a force is the force: "attacked a mobile checkpoint of the gendarmerie"
    # (or named by the force after it: "le poste dozo", "the army post")
    r"((checkpoints?|posts?|positions?|camps?|bases?|patrols?|convoys?|units?|detachments?|vehicles?|stations?|barracks|"
    r"postes?|convois?|patrouilles?|unites?|detachements?|vehicules?|casernes?) ((of|de|du|des|d')\s*(the |la |le |les |l')?)?)?$"
)
# a preposition of attack before the mention: weaker than a verb, weaker than being a subject
_VICTIM_PREP = re.compile(
    r"(?<![a-z])(on|against|targeting|at|contre|visant|ciblant|sur|among|parmi|including|dont|y compris)\s+((a|an|the|le|la|les|des|du|de|d'|l'|"
    r"some|several|plusieurs|\d+|one|two|three|four|five|six|un|deux|trois|quatre|cinq|"
    r"at least|au moins|position of|positions of|position de|positions de|convoy of|"
    r"convoi de|base of|camp of|unit of|patrol of|patrouille de|un|une)\s*)*$"
)
# "the army, accompanied by Koglweogo": an associate of the actor before, not a perpetrator
_ESCORT_BEFORE = re.compile(r"(escorted by|guarded by|protected by|escorte(e|s|es)? par|protege(e|s|es)? par|securise(e|s|es)? par)\s+((the|a|an|une?|des|les|la|le|de|equipe de|team of|unit of)\s+|l'|d')*$")
_ASSOC_BEFORE = re.compile(
    r"(accompanied by|supported by|backed by|assisted by|alongside|together with|with the support of|"
    # "une frappe de l'armée française menée en coordination avec les forces maliennes": partners in the act
    r"in (coordination|conjunction|cooperation) with|jointly with|en coordination avec|en collaboration avec|conjointement avec|"
    r"accompagnes? (de|par)|appuyes? par|soutenus? par|aux cotes d[eu]s?|avec l'appui d[eu]s?)\s+(the |les |des |du |de |d'|l'|la |le )?$"
)
_CLAIM_AFTER = re.compile(
    # ("refuted the military's claims": a claim as a noun, someone's account, claims nothing)
    r"^[^.;]{0,60}?(?<!'s )(?<!the )(?<!their )(?<!its )(?<!his )(?<!these )(?<!those )"
    r"(claimed|claims|has claimed|revendique|a revendique|ont revendique|said it (carried|was))"
)
# the subject of an action verb acted: "security forces shot dead a man", "des hommes armés ont tué"
_ACTS = (
    r"(killed|kill|shot|shoot|attacked|attack|ambushed|ambush|abducted|kidnapped|arrested|detained|"
    r"executed|opened fire|fired|burned|burnt|torched|set fire|seized|stormed|raided|assassinated|"
    r"looted|ransacked|beat|raped|clashed|carried out|launched|conducted|detonated|planted|"
    r"attempted|made an incursion|rounded up|cordoned|pursued|chased|entered|targeted|struck|tortured|destroyed|stole|robbed|"
    r"assaulted|abducting|killing|attacking|neutralized|neutralised|repelled|pushed back|"
    r"took over|overran|captured|dispersed|fought|engaged|exchanged fire|surrounded|encircled|besieged|"
    # ("L'armée a sommairement exécuté 223 civils": an adverb between the auxiliary and the participle)
    r"ont ([a-z]+ment |encore |aussi |deja )?(tue|attaque|enleve|abattu|incendie|brule|pille|tire|ouvert le feu|execute|assassine|"
    r"tendu|neutralise|repousse|arrete|interpelle|saccage|emporte|investi|pris|detruit|frappe|encercle|assiege)|"
    r"a ([a-z]+ment |encore |aussi |deja )?(tue|attaque|enleve|abattu|incendie|tire|ouvert le feu|execute|neutralise|arrete|frappe|pris d'assaut|saccage|pille)|"
    # "le détachement … a mené des actions offensives contre…": the unit that led the assault
    r"(a|ont) mene (des|une|plusieurs|de nombreuses) (actions|operations|offensives|raids|assauts|frappes|attaques)|"
    r"(a|ont) lance (l'|un |une |des |leur |son )?(assaut|attaque|offensive|raid)|"
    r"tuent|attaquent|enlevent|incendient|tirent)"
)
_AGENT_AFTER = re.compile(
    # ("Local sources said “terrorists” killed 25": the quotation marks a teller's word, still the agent)
    r"^[\s\"”»]*(\([^)]{1,40}\)\s*)?(,[^,.;]{1,60},\s*)?('s\s+)?"
    # "Mali's military and allied militias killed": the forces and the allies they lead
    r"((and|et) (its |their |ses |leurs )?(allied|allies|alliees?|supplementary|suppletives?|partner) [\w'-]+\s+)?"
    # "Malian military forces allegedly killed", "les éléments du JNIM ont tué": the mention's own unit noun
    r"((forces|units|troops|soldiers|elements|personnel|fighters|militants|members|men|patrols?|unites|elements)\s+)?"
    # ("des individus armés dont l'identité n'a pas été établie ont lancé l'assaut": who they are not yet known)
    r"((dont l'identite n'a pas (encore )?ete (etablie|determinee|confirmee)|whose identit(y|ies) (has|have|is|are|was|were) (not|yet) [a-z ]{1,25}?)\s+)?"
    r"((accompanied|supported|backed|assisted|accompagnes?|appuyes?|soutenus?) (by|par|de) [\w' -]{1,40}?\s+(?=\w))?((in|at|from|of|based in|stationed in|de|du|a) (?!the |an? |un |une |la |le |les )[a-z][\w'-]+\s*)?"
    # ("le détachement de Lankoue dans la Boucle du Mouhoun a mené": where the unit sits, its region)
    r"((dans|in) (la |le |l'|the )?(region |province )?(de |du |des |of )?[a-z][\w'-]+( [\w'-]+){0,2}\s+(?=(a|ont|have|has|had) ))?((reportedly|allegedly|have|has|had|also|then|later|\w+ly|"
    r"aboard \w+|on \w+|riding \w+|armed with \w+|ont|auraient|avaient|ont egalement|a nouveau|"
    r"a bord de \w+|\w+ment)\s+){0,3}" + _ACTS + r"(?![a-z])"
    # a verb that ends its line is a headline's participle ("Military Convoy Ambushed"): no act of the mention
    r"(?![ \t]*(\n|$))"
)
# "des VDP ont repoussé une attaque", "troops repelled an assault": the side that repels is the side attacked
_DEFENDER_AFTER = re.compile(
    r"^\s*(\([^)]{1,40}\)\s*)?([\w-]+\s+)?"
    # "the army said it repelled…", "l'armée affirme avoir repoussé…": the teller defended itself
    r"((said|says|announced|stated|a (annonce|affirme|indique|declare)|affirme|annonce)\s+((on|ce|le)\s+\w+\s+|"
    r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday)\s+)?(that\s+)?"
    r"(it|they|its (troops|forces|soldiers|units|men)|avoir|qu'(elle|il|ils) (a|ont|avait|avaient))\s+)?"
    r"((reportedly|have|has|had|ont|a|avaient|avait|also|egalement|successfully)\s+){0,3}"
    r"(repelled|repulsed|foiled|thwarted|fought off|beat back|repousse|repoussee|repousses|repoussees|dejoue|mis en echec)\s+"
    r"([\w-]+\s+){0,2}?((an?|the|une|un|l'|les|des)\s*)?(\w+\s+){0,2}(attacks?|assaults?|raids?|incursions?|offensives?|attaques?|assauts?)(?![a-z])"
)
# "the army said it had killed 10 terrorists", "l'armée a annoncé avoir neutralisé": the teller
# tells what it did itself
_SELF_REPORT_AFTER = re.compile(
    r"^\s*(\([^)]{1,40}\)\s*)?(\w+\s+){0,2}?(said|says|announced|claimed|reported|stated|added|a (annonce|affirme|indique|declare|precise)|"
    r"annonce|affirme|ont (annonce|affirme|indique))\s+((on|in|this|last|ce|le)\s+)?(\w+\s+)?(that\s+|qu'(elle|il|ils|elles)\s+)?"
    r"((it|they|its (troops|forces|soldiers|units|men)|ses (troupes|forces|hommes|soldats|unites))\s+)?(had\s+|have\s+|has\s+|avait\s+|avaient\s+|a\s+|ont\s+)?"
    r"(avoir\s+)?(killed|neutrali[sz]ed|neutralise|tue|abattu|destroyed|detruit|struck|frappe|seized|captured|taken control|took control|pris le controle|pris|conquis)(?![a-z])"
)
# "Gunmen killed on Sunday 12 civilians": a day and then an object, so "killed" is active
_DAY_THEN_OBJECT = (r"(the\s+)?\w+(\s+(morning|night|evening|afternoon))?,?\s+(\d|at least|an? |the |some |several |dozens|"
                    r"about |more than|nearly|over |around |up to)")
_VICTIM_AFTER = re.compile(
    # ("GATIA's commander was killed": the possessor's man was hit)
    r"^\s*(\([^)]{1,60}\)\s*)?,?\s*(('s\s+)?(\w+\s+){0,2}(was|were|have been|has been|had been|got|ont ete|a ete|avaient ete|sont|est)\s+)"
    r"((reportedly|allegedly|also|then|later|all|tous|directly|deliberately|specifically|directement)\s+)?(killed|shot|gunned down|mowed down|slain|massacred|attacked|ambushed|abducted|kidnapped|"
    r"wounded|injured|executed|targeted|tue|tues|attaque|attaques|enleve|enleves|blesse|blesses|abattu|abattus|"
    r"execute|executes|vise|vises|cible|cibles|raped|assaulted|beaten|violees|violes|agresses|battus|"
    r"neutralised|neutralized|neutralises?|neutralisees?|(pris|prise|prises) pour cibles?|"
    # "une patrouille des FAMa a été la cible d'une attaque", "was the target of an attack"
    r"la cible d'une?|the (target|object) of (an?|the)|l'objet d'(une?\s+)?(attaques?|assauts?|tirs))"
    # "huit VDP ont perdu la vie", "three soldiers died": who died was hit
    r"|^\s*((have|has|had|ont|a|avaient|avait)\s+)?(perdu la vie|lost (their|his|her) li(fe|ves)|died|perished|peri|succombe)(?![a-z])"
    # a headline's passive with no object: "Military patrol attacked, 15 soldiers killed"
    r"|^\s*(attacked|ambushed|targeted|attaquee?s?|ciblee?s?|visee?s?)\s*([,.;:]|$)"
    # "a patrol of the VDP (…) fell into an ambush", "une patrouille est tombée dans une embuscade"
    # "les VDP … ont également essuyé des tirs nourris", "came under heavy fire": the side fired on
    r"|^\s*(\([^)]{1,60}\)\s*)?(,[^,.;]{1,80},\s*|[–—][^–—.;]{1,140}[–—]\s*)?((et|and) [^,.;]{1,40}\s)?((de|du|d'|of|from|in|at) [a-z][\w'-]+\s+)?((patrol|unit|convoy|team|patrouille|unite|convoi|equipe)s?\s+)?"
    r"((ont|a|avaient|avait) (egalement |aussi |alors )?essuye|"
    r"(have |has |had )?(also )?(came|come|comes) under( heavy| intense| sustained)? fire)"
    r"|^\s*(\([^)]{1,60}\)\s*)?((has |have |had |a |ont |est |sont )?(fell|fallen|fall|falls|tombee?s?|tombent|came|come|comes) "
    r"(into|in|dans|under) (an? |une? )?(ambush|embuscade|attack|fire|attaque))"
    # a headline's participle: "12 civilians killed in…", "soldats tués lors de…"
    # "… attacked by gunmen": whatever comes before the passive with its agent was hit
    r"|^[^.;]{0,60}?(?<![a-z])(attacked|targeted|ambushed|struck|hit|killed|abducted|kidnapped|attaque|attaquee|cible|vise|enleve|kidnappe|tue|blesse|assassine|execute|abattu|enlevee|tuee|blessee|assassinee)(s|es|e)? "
    # ("was killed in Menaka by 3 unidentified assailants": a place between the verb and its agent)
    r"((around|at|on|early|late|overnight|last|in the|in|near|vers|dans la|dans|pres de|tard|tot)\s*[\w:'-]*\s+){0,2}(by|par) "
    # a target: "FAMa checkpoint … attacked", "army patrol ambushed near…"
    r"|^\s*(checkpoint|post|position|camp|base|patrol|convoy|vehicle|poste|position|camp|patrouille|convoi|vehicule)s?"
    r"[^.;]{0,60}?(was |were |a ete |ont ete )?(attacked|targeted|ambushed|struck|hit|attaque|cible|vise)"
    # (French puts a participle after its noun only in the passive; English "killed" after a
    # noun is passive only before a place, a time or an agent: "12 civilians killed in…")
    r"|^\s*(tues|tuees|blesses|blessees|enleves|enlevees|executes|massacres|abattus|attaques|attaquee?s?|visee?s|"
    r"ciblee?s)(?![a-z])"
    r"|^\s*(killed|wounded|injured|kidnapped|abducted|executed|massacred)(?=\s*([,.;:]|$|in |at (?!least)|near |overnight |yesterday |"
    r"last night |"
    # ("gunmen abducted and shot the mayor": two verbs of the gunmen, the second irregular)
    r"and (?!(\w+ed|shot|stole|took|beat|set|burnt|fled|left|seized|robbed|threw|hit|cut|made|carried) )|as |after |by |during |when |while |on (?!" + _DAY_THEN_OBJECT + r")))"
    # "le poste de police frontière de Madouba (…) a été l'objet d'une attaque", "the post was the
    # target of an attack": what an attack was aimed at, whatever is told between
    r"|^[^.;]{0,80}?(?<![a-z])((a|ont|avait|avaient) (ete|fait) (la cible|l'objet) d'une?|(was|were|has been|have been|had been) "
    r"(the (target|object) of|subjected to) (an?|the))\s+(\w+\s+)?(attaque|agression|assaut|embuscade|incursion|attack|assault|raid|ambush)"
    # ("la brigade de gendarmerie de Pama, à l'est du pays, a été la cible d'individus armés"): the
    # target of whoever struck, the attack or its authors named after
    r"|^[^.;]{0,80}?(?<![a-z])((a|ont|avait|avaient) ete (la|les) cibles? (de|d'|des|du)|(was|were|has been|have been|had been) the targets? of)"
    # who counts its own dead: "une patrouille de gendarmes partie en chasse des ravisseurs a
    # déploré trois morts", "the unit suffered heavy casualties" (with no clause between: "gunmen
    # attacked the army, which lost three soldiers" names the army as the side that lost them)
    r"|^((?!\s(qui|which|who|that|ont|a|have|has|had|et|and)\s)[^,.;]){0,50}?\s((a|ont|avait|avaient) (deplore|enregistre)|"
    r"(has |have |had )?(suffered|sustained))\s+(\d+|[a-z]+|de (lourdes|nombreuses)|heavy|several|plusieurs)\s+"
    r"([\w-]+\s+)?(morts|tues|pertes|deces|dead|deaths|casualties|fatalities|losses|killed)(?![a-z])"
    # the defenders of an attack: "its troops repelled an attack"
    r"|^\s*((had|have|has|ont|a)\s+)?(repelled|repulsed|fended off|pushed back|foiled|thwarted|repousse|"
    r"deboute|dejoue)"
)
_NOT_YET = re.compile(r"(?<![a-z])(pas|not|never|no one|nobody|aucun|aucune|personne|jamais|yet to|non)(\W+\w+){0,3}\W*$")
_SUSPECT = re.compile(r"(suspected|presumed|alleged|presum|soupcon|suspect|believed to be)")


# a count, then the counted and a participle with what they were doing: the counted were hit
_COUNTED_BEFORE = re.compile(r"(?<![a-z])(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
                             r"forty|fifty|dozens of|scores of|hundreds of)\s+$")
_COUNT_WORD = (r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
               r"une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
               r"quarante|cinquante)")
_LIST_ITEMS = re.compile(r"^(\s*(,|,?\s+and|,?\s+et)\s+" + _COUNT_WORD + r"\s+[\w'-]+(\s+(?!(and|et|were|was|ont|a|have|had)\s)[\w'-]+)?)+")
_HIT_DOING = re.compile(r"^\s*(killed|wounded|injured|abducted|kidnapped)\s+[a-z]+ing(?![a-z])")


_AMONG_BEFORE = re.compile(r"(?<![a-z])(among|parmi)\s+(the|les|des|ces|those)\s+([\w-]+\s+)?$")
_THE_DEAD_AFTER = re.compile(r"\s+(killed|dead|who (were killed|died)|tuee?s|morts|decedee?s)(?![a-z])")


_BRACKETED = re.compile(r"(?<=\w)\s*\([^()]{1,60}\)")


def role_of(folded: str, start: int, end: int, sent_start: int) -> tuple[str | None, bool, bool]:
    """(role, claimed, suspected) from the words right around a mention."""
    before = folded[max(sent_start, start - 60) : start]
    # ("le poste de police de Madouba (dans la province voisine de Kossi) a été l'objet…": an aside
    # in brackets is read past)
    after = _BRACKETED.sub("", folded[end : end + 160])[:80]
    claim = _CLAIM_AFTER.search(after)
    if claim is not None and _NOT_YET.search(after[: claim.start(1)]):
        claim = None  # "…subies par l'armée, même si elle n'a pas encore été revendiquée": no claim at all
    # ("an attack claimed by the Al-Qaeda affiliated Group for…": the claimant after its epithets)
    claimed = claim is not None or bool(
        re.search(r"(claimed by|revendiquee? par)\s+(the |l'|le |la )?([\w'-]+\s+){0,3}$", before)
    )
    suspected = bool(_SUSPECT.search(before[-35:]))
    if claimed:
        return "agent", True, suspected
    if AVENGED_BEFORE.search(folded[max(sent_start, start - 140) : start]):
        # "ce raid serait une vengeance suite à la mort de deux éclaireurs, tués par les groupes
        # d'auto-défense": who acted in the act avenged, not in this one
        return "motive", False, suspected
    if _COUNTED_BEFORE.search(before) and _HIT_DOING.match(after):
        return "victim", False, suspected  # "Six Nigerien soldiers killed guarding Benin pipeline": a headline's passive
    if _AMONG_BEFORE.search(before) and _THE_DEAD_AFTER.match(after):
        return "victim", False, suspected  # "Among the four civilians killed were some elected officials"
    if _A_BASE.search(folded[start:end]) and _AT_BEFORE.search(before):
        return "victim", False, suspected  # "soldiers were killed at the Boulkessi army base": where the forces were hit
    for rule, looks_after, role in _ROLE_RULES:
        if rule.search(after if looks_after else before):
            return role, False, suspected
    # "10 gendarmes, 2 milices volontaires et 1 civil ont perdu la vie": every counted item of a
    # list is hit by the verb after its last
    items = _LIST_ITEMS.match(after)
    if items is not None and _VICTIM_AFTER.search(after[items.end() :]):
        return "victim", False, suspected
    if _TARGET_NAMED.search(folded[start:end]) and _TARGET_HIT_AFTER.match(folded[end : end + 200]):
        return "victim", False, suspected  # "Gendarmerie post about 10km from Markala attacked around 21h"
    return None, False, suspected


# a base or a post told as where it happened: its forces were hit there
_A_BASE = re.compile(r"(?<![a-z])(base|camp|post|garrison|barracks|outpost|poste|caserne|garnison|detachement)s?$")
_AT_BEFORE = re.compile(r"(?<![a-z])(killed|tues?|tuees?|morts?|dead|wounded|blesses?) (at|a|au)\s+(the |le |la |l'|its |their |son |leur )?"
                        r"([\w'-]+\s+){0,2}$")
# a mention that names a target itself ("gendarmerie post", "poste de douane"), then its passive
# participle with whatever is told between: the target was hit
_TARGET_NAMED = re.compile(r"(?<![a-z])(post|checkpoint|camp|base|poste|convoy|convoi|station|commissariat)s?$|"
                           r"^(poste|postes|convoi|camp|base|commissariats?)(?![a-z])")
# ("Deux commissariats de police, situés à Tongamayel et à Baraboulé …, ont été l'objet d'attaques")
_TARGET_HIT_AFTER = re.compile(r"^[^.;\n]{0,140}?(?<![a-z])(was |were |a ete |ont ete )?(attacked|targeted|ambushed|struck|attaquee?s?|"
                               r"ciblee?s?|visee?s?|l'objet d'(une?\s+)?attaques?)(?![a-z])")


# the first rule that fits decides, strongest evidence first: escorts and associates, "by X",
# a passive or headline participle after, an action verb before, the subject of an action
# verb, a preposition of attack before, "suspected X" alone
_ROLE_RULES: list[tuple[re.Pattern[str], bool, str]] = [
    (HELD_AFTER, True, "held"),
    (RECORD_AFTER, True, "described"),
    (TELLER_BEFORE, False, "source"),
    (SOURCE_NOUN_BEFORE, False, "source"),
    (SOURCE_NOUN_AFTER, True, "source"),
    (DEAD_ARE_BEFORE, False, "victim"),
    (LIVES_OF, False, "victim"),
    (SUFFERED_BY, False, "victim"),
    (VICTIM_KNOWN_AS, False, "victim"),
    (ACCUSER_AFTER, True, "accuser"),
    (ACCUSED_BEFORE, False, "accused"),
    (SIDED_WITH_BEFORE, False, "accused"),
    (DESCRIBES_BEFORE, False, "described"),
    (ATTACK_NOUN_AFTER, True, "qualifies_attack"),
    (ATTACK_NOUN_BEFORE, False, "qualifies_attack"),
    (_ESCORT_BEFORE, False, "victim"),
    (_ASSOC_BEFORE, False, "assoc"),
    (_FOUND_BY, False, "source"),
    (_AGENT_BEFORE, False, "agent"),
    (TELLER_AFTER, True, "source"),
    (_VICTIM_AFTER, True, "victim"),
    (_VICTIM_BEFORE, False, "victim"),
    (_DEFENDER_AFTER, True, "victim"),
    (_AGENT_AFTER, True, "agent"),
    (_SELF_REPORT_AFTER, True, "self_report"),  # an agent, unless also told as hit (roles.py)
    (_VICTIM_PREP, False, "victim"),
    (_SUSPECTED_BEFORE, False, "agent"),
]
