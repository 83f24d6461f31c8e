"""The words around a number that say what it counts: whose side, where a toll's words end,
a breakdown or an aside read past, a count of the killers, of the tellers or of a group, and the
numbers that are a day or a code. Patterns only; counts.py reads a number with them."""

from __future__ import annotations

import re

COLLECTIVE = re.compile(r"^\s*(group|band|gang|column|convoy|unit|number|handful|cell|squad|team|dozen|"
                         r"groupe|bande|colonne|convoi|unite|poignee|cellule|equipe|dizaine|vingtaine|centaine|"
                         # "un bilan de neuf soldats tués", "a death toll of 12": the toll, not one person
                         r"((first|new|provisional|initial|final|official|overall|death|premier|nouveau|lourd|dernier|provisoire) ){0,2}(toll|tally|total|bilan))s?(?![a-z])")

CODE_BEFORE = re.compile(r"(geoprecision|precision|phase|level|number|n°|no\.|article|km|kms)\s*$")

TWO_WORDS = re.compile(r"^\s*([\w'-]+\s+){1,2}")


# (and before a second count: "two villagers and one attacker killed" counts each)
CUT = re.compile(r"[;:\n]|\.(\s|$)|,\s*(and |et )?(?=(\d|at least|au moins|une? |(one|two|three|four|five|six|seven|eight|nine|ten|"
                  r"deux|trois|quatre|cinq|sept|huit|neuf|dix)\s))|\d"
                  r"|(?<= and )(?=(one|two|three|four|five|six|seven|eight|nine|ten) )"
                  r"|(?<= et )(?=(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) )"
                  # the people a count counts end where a clause gives a toll of its own ("two student
                  # factions clashed…, leaving one dead")
                  r"|(?<=\s)(?=(leaving|faisant)\s)"
                  # (", while another ten soldiers were injured": a clause of its own)
                  r"|,\s*(?=(while|whereas|tandis qu|alors qu)\w*\s)"
                  # "one soldier killed one wounded": a toll word, then the next count
                  r"|(?:(?<=killed )|(?<=dead ))(?=(one|two|three|four|five|six|seven|eight|nine|ten)\s)")

QUOTE_END = re.compile(r"[«»\"“”]\s*$")

QUOTES = re.compile(r"[«»\"“”]\s*")

NEGATION_END = re.compile(r"(?<![a-z])(no|without|sans|aucune?|pas de)\s+((causing|making|leaving|faire)\s+)?(any\s+)?$")


# ("17 soldiers and around 40 terrorists were killed": a modifier of the next count may follow)
AND_END = re.compile(r"(,|and|et)\s*((around|about|some|nearly|almost|at least|over|more than|environ|pres de|au moins|"
                      r"plus de|quelque|une|un)\s*)?$")

ATTACK_NOUN_AFTER = re.compile(r"\s*(attacks?|assaults?|raids?|ambush(es)?|offensives?|massacres?|killings?|attaques?|assauts?|embuscades?)(?![a-z])")

SIDE_AFTER = re.compile(r"\s*(cotes?|du cote d(es?|u)|dans les rangs d(es?|u)|among( the)?|in the ranks of|on the side of)\s+")

SIDE_BEFORE = re.compile(r"(?<![a-z])(cote|du cote d(es?|u)|dans les rangs d(es?|u)|on the side of)\s+(?P<who>[\w'-]+(\s+[\w'-]+)?)\s*[,:]\s*([\w']+\s+){0,3}$")


# "5 morts côté FAMa et trois côté terroristes": a count and a side after a toll of another side
# take that toll's noun, left out the second time
ELIDED_AFTER = re.compile(r"(?P<kind>[\w'-]+)\s+(cotes?|du cote d(es?|u))\s+[\w'-]+(\s+[\w'-]+)?\s*(,|et|and)\s*$")

PARTITIVE = re.compile(r"\s*(of (them|those|these|the)|d'entre (eux|elles))(?![a-z])")


# "one of the passengers was killed": a share told with its own finite verb is a count, where "one
# of the soldiers killed" only names a person
ONE_WAS = re.compile(r"\s*([\w'-]+\s+){0,3}?(was|were|has been|had been)\s+((?!later|subsequently|then)\w+\s+)?(killed|shot dead|executed|murdered|found dead|beheaded)(?![a-z])")

PARENS = re.compile(r"\([^()]{0,40}\)")

ASIDE = re.compile(r",\s*(dont|including|among them|among whom|parmi (eux|elles|lesquels|lesquelles)|"
                    r"(most|many|all|half|some) of them|mostly|the majority|la plupart|pour la plupart|en majorite|majoritairement)\b[^,]{0,80},")


# a count of the people who tell: "selon deux élus locaux", "according to two officials", "two
# officials said", "deux responsables locaux ont déclaré"
TELLERS_BEFORE = re.compile(r"(?<![a-z])(selon|according to|d'apres|citing|citant|quoting)\s+(the\s+|les\s+)?$")

TELLERS_AFTER = re.compile(r"^\s+(local\s+|security\s+|military\s+|medical\s+|hospital\s+|humanitarian\s+|locaux\s+|sources?\s+)?"
                            r"(officials|sources|witnesses|residents|elus|responsables|temoins|habitants|notables)(\s+[\w'-]+){0,4}?\s+(said|say|told|reported|confirmed|ont (dit|declare|indique|affirme|confirme|rapporte|raconte))(?![a-z])")


# the words that open the clause after a count, whose people are not the ones counted ("the toll rose
# to 24 when the militants murdered 14 more", "seven more killed as the attackers moved on")
CLAUSE_OPENERS = r"when|after|while|as(?= the | they )|lorsque|quand|apres|tandis que|alors que"


# a breakdown listed up to the count's verb: "Around twenty individuals, including many women,
# volunteers, children, and the village chief were killed"
# ("Dix personnes dont des volontaires pour la défense de la patrie (VDP) ont été tuées": no comma)
LISTED_ASIDE = re.compile(r"(,\s*|\s+)(dont|including|among them|parmi (eux|elles|lesquels|lesquelles))\b[^.;]{0,140}?"
                           r"(?=\s+(were|have been|had been|ont ete|sont|avaient ete|etaient)\s)")


# "were reported to have died", "are believed to have been killed": hearsay words, no words of the toll
HEARSAY = re.compile(r"(?<![a-z])(reported|said|believed|thought|understood|feared|reportedly)( to have)?(?![a-z])")


# the count is the subject of an active verb that has an object: "two gunmen shot dead a man",
# "three members of the military beat to death a worker", "deux hommes armés ont tué un civil"
# count the killers, not the dead (the victims are counted where the object is)
PASSIVE_AUX = re.compile(r"(?<![a-z])(was|were|been|be|being|is|are|got|get|ete|etait|etaient|sont|est|fut|furent)\s+(\w+\s+)?$")

FR_ACTIVE_AUX = re.compile(r"(?<![a-z])(ont|a|avaient|avait|auraient|aurait|ayant)\s+(\w+\s+)?$")

TIME_NOUN = r"(\w+\s+)?(day|days|night|nights|morning|evening|week|weeks|weekend|month|months|year|years|hour|hours|time|" \
    r"jour|jours|nuit|matin|soir|veille|lendemain|semaine|mois|annee|annees|an|ans|heure|heures|fois)(?![a-z])"

OBJECT_AFTER = re.compile(
    r"\s+(?!(the|a|an|one|le|la|l'|les|un|une)\s*" + TIME_NOUN + r")"
    r"(a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their|him|them|several|dozens|scores|hundreds|"
    r"at least|some|many|numerous|un|une|le|la|l'|les|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|son|sa|ses|leur|leurs|"
    r"plusieurs|au moins|une? dizaine|une? vingtaine)(?![a-z])"
)

ACTIVE_VERB = re.compile(r"(killed|shot dead|shot to death|gunned down|executed|murdered|assassinated|slaughtered|massacred|beheaded|slit the throats? of|"
                          r"decapitated|lynched|(hacked|stabbed|beat|beaten|burned|burnt) to death|"
                          r"tue|abattu|execute|assassine|egorge|decapite|lynche|massacre)$")


# a toll word made a noun by its determiner: "those killed", "the dead", "ceux tués"
THOSE_BEFORE = re.compile(r"(?<![a-z])(those|the|ceux|celles|les)\s+$")

THEN_KILLED = re.compile(r"\s*(,|et|and)\s*(puis\s+|then\s+|later\s+|ensuite\s+|subsequently\s+)?")

OWN_TOLL_WORD = re.compile(r"\s*(wounded|injured|dead|killed|missing|blesses?|morts?|tues?|disparus?)(?![a-z])")


# a person and what they said: "a VDP official confirmed", "a local source told", "un élu a indiqué"
SPEAKS_AFTER = re.compile(r"\s*([\w'-]+\s+){1,3}(said|says|told|confirmed|reported|added|stated|declared|explained|"
                           r"(a|avait) (dit|declare|confirme|indique|affirme|precise|explique|rapporte)|indique|affirme|declare|confirme|precise)(?![a-z])"
                           r"(?!\s+(killed|dead|missing|wounded|injured|tue|tuee|mort|morte|blesse|blessee)(?![a-z]))")  # ("a soldier reported killed")

ONE_OF_A_GROUP = re.compile(r"\s*(de|d'|of)\s*(ses|leurs|nos|ces|its|their|our|his|her)\s")

OUT_OF = re.compile(r"(?<![a-z])out of\s+(the\s+|its\s+)?$")

RISE_BY = re.compile(r"(?<![a-z])(rose|risen|rises|increased|climbed|jumped|grew|grown|went up|gone up|augmente|"
                      r"alourdi|grimpe|passe)\s+(by|de)\s+(some\s+|another\s+|environ\s+)?$")

SOWED = re.compile(r"(?<![a-z])(seme|semer|semant|semaient|sement|sowed|sowing|sown|spread|spreading)\s+(la\s+)?$")


# a count and its own passive verb: "109 people were injured", "12 personnes ont été blessées" (the
# words between the count and the toll word)
OWN_PASSIVE = re.compile(r"\s*([\w'-]+\s+){0,2}(were|was|have been|had been|ont ete|sont|avaient ete|etaient)\s+")
