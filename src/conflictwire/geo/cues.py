"""The words around a place name: what makes a capitalised word a place, a place near
another, a source's whereabouts rather than the event's, or a region. Distances from a landmark
are geo/distances.py's, a wire dateline's patterns geo/datelines.py's."""

from __future__ import annotations

import re
from importlib import resources

from conflictwire.geo.admin import DIVISION_ADJECTIVES

# Capitalised words, with particles inside names (Fada N'Gourma, Dori-Gorom, Ti-n-Zaouâtene)
NAME = re.compile(
    r"(?:(?<=\b[dlDLjJnNsS]['’])|(?<=\bqu['’])|(?<![\w'’-]))[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -](?:(?:de|du|des|d|el|al|la|le|n|N|ag|ould)[ -'’])?[A-ZÀ-ÖØ-Þ][\w’'-]*){0,3}"
)


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


STOP = frozenset(_lines("stopwords.txt"))  # capitalised words never looked up as places
NEED_CUE = frozenset(_lines("need_cue.txt"))  # also common words: places only after a place cue
# places named in apposition to a plural place noun: "les deux villages attaqués, Taghatert et Inékar"
PLACES_APPOSED = r"(villages|localites|hameaux|hamlets|towns) (attacked|targeted|hit|affected|concerned|attaques|vises|cibles|touches|concernes),?|(villages|localites|hameaux|hamlets)( (de|du|des|in|of) (l'|la |le |the )?[a-z' -]{1,25}?| d'[a-z' -]{1,25}?)?,"
CUE = re.compile(
    r"(in|at|near|from|to|of|around|outside|toward|towards|between|on|attack on|raid on|a|au|de|pres de|vers|dans|sur|contre|"
    r"entre|localite de|village de|ville de|commune de|cercle de|province du|province de|"
    r"region de|departement de|km de|km from|village of|town of|district of|of the|[a-z] \(|"  # "Imboraghane (Bourem)"
    + PLACES_APPOSED + "|"  # "les deux villages attaqués, Taghatert et Inékar"
    r"coded (at (an )?approximate locations? )?(as|at))\s*$"  # an ACLED note: CODED_AS below
)
# an ACLED-style note that says where its event was coded: "(coded as Boni at geoprecision 2)"
CODED_AS = re.compile(r"(?<![a-z])coded (at (an )?approximate locations? )?(as|at)\s*$")
NEAR = re.compile(
    r"(near|close to|outside|on the outskirts of|not far from|kilometres from|km from|miles from|"
    r"pres de|proche de|proches de|voisine? de|non loin de|a proximite de|aux environs de|dans les environs de|a la peripherie de|a hauteur de|aux alentours de|"
    r"km de|kilometres de|axe|axis|road|route|entre|between|troncon|"
    # "le secteur de Dourou", "the area of Boni": around the place, not in it (ACLED's precision 2)
    r"secteur de|zone de|the (area|sector|vicinity) of|(in|dans) (the|la) (zone|region) (of|de))\s+(the\s+|la\s+|le\s+|de\s+|d'|du\s+)?$"
)
# where a source spoke from, not where the event was: "sources in Niamey", "told AFP in Bamako"
# "selon Niamey", "according to Bamako": a capital named for the government that spoke (cf. SOURCE_PLACE,
# which needs the preposition of a place: "said in Niamey")
ACCORDING_TO = re.compile(r"(?<![a-z])(selon|according to|d'apres|for|pour)\s+$")
SOURCE_PLACE = re.compile(
    r"(sources?|said|told|according to|selon|a indique|ont indique|indique|declare|a declare|"
    r"reinforcements?|renforts?|envoyes? en renfort|spokesman|porte-parole|correspondent|"
    r"correspondant|reporter|reporting|journaliste|junta|junte|"
    r"pouvoir|regime|autorites|"
    # where something was said or announced is where it was told, not where it happened: "a
    # statement issued in Ouagadougou", "speaking in Niamey", "en conférence de presse à Bamako"
    r"statement|communique|speaking|press conference|news conference|conference de presse|point de presse|"
    r"briefing|interview|reporters|journalistes|annonce|affirme|denonce|condamne|denounced|condemned|"
    # "joint par téléphone depuis Bamako", "reached by phone in Niamey": where the speaker was reached
    r"(joint|jointe|joints|jointes|contacte|contactee?s?) (par|au) telephone|(reached|contacted) by (tele)?phone|"
    r"reached|contacted|interviewed)"
    # ("said the tragedy occurred in Nouna", "said they were kidnapped in Baraboule": what the words
    # between say happened there, happened there)
    r"\W+(?:(?!(occurred|happened|took|struck|survenue?|produite?|lieu|killed|kidnapped|abducted|attacked|ambushed|"
    r"wounded|injured|shot|died|executed|massacred|murdered|tues?|tuees?|enleves?|enlevees?|attaques?|blesses?|"
    r"abattus?|executes?|morts?|but|mais|while|alors)\W)\w+\W+){0,3}(a|in|from|de|depuis|based in|basee? a|dans)\s*"
    # ("a déclaré une autre source de sécurité dans la capitale Ouagadougou")
    r"((la |the )?(capitale|capital|ville de|city of|town of)\s+)?$"
    # "Depuis Bamako, le porte-parole a annoncé…": where the telling came from
    r"|(?<![a-z])depuis\s*$"
    # "the man said from a health centre in Douentza": where the speaker spoke from
    r"|(?<![a-z])(said|told|speaking|spoke|a dit|a declare|a raconte|a temoigne)\s+(from|depuis)\s+([\w'-]+\s+){0,4}(in|at|a|de|du|d')\s*$"
    # "le directeur régional, joint à Fada N'Gourma": where the speaker was reached
    r"|(?<![a-z])(joint|jointe|joints|jointes|contactee?s?|interrogee?s?) (a|au|depuis)\s*$"
    # a broadcaster's name: "broadcast on Télé Sahel", "la télévision publique Télé Sahel"
    r"|(?<![a-z])(broadcast|aired|shown|diffusee?|diffuses?)\s+(on|sur)\s*$"
    r"|(?<![a-z])(television|tele|tv|channel|chaine|broadcaster)(\s+(?!in |at |of |de |a |au |du |dans )[\w'-]+){0,3}\s*$"
    # "a statement read on national television in Ouagadougou": where the statement was read
    r"|(?<![a-z])(statement|communique|declaration|message)\s+(read|broadcast|issued|published|released|lue?|diffusee?|publiee?)"
    r"(\s+[\w'-]+){0,8}\s+(in|at|from|a|depuis)\s*$"
    # "said a resident of Djibo", "a témoigné un habitant de Kaya": the speaker's home, not the event's place
    r"|(said|told|says|according to|selon|a (dit|raconte|temoigne|confie|declare|indique)|raconte|temoigne|confie)[\s,]+"
    r"(?:(a|an|one|another|un|une|un autre|une autre|the|le|la)\s+)?(?:\w+\s+)?"
    r"(residents?|inhabitants?|villagers?|officials?|witness(es)?|elders?|farmers?|traders?|habitants?|elus?|temoins?|"
    r"notables?|responsables?|villageois|commercants?)\s+(of|from|in|de|du|d'|a)\s*$"
    # a named speaker's office, after the saying ("explique Ousmane Dicko, administrateur de
    # l'association à Mopti", "said Jane Doe, the group's director in Niamey"): where the office is
    r"|(?<![a-z])(said|told|says|explained|added|explique|a explique|raconte|indique|affirme|precise|confie|ajoute)\s+"
    r"([\w'-]+\s+){0,3}[\w'-]+\s*,\s*(the\s+|l'|le\s+|la\s+)?([\w'-]+\s+)?(administrat\w+|president\w*|secretaire|secretary|directeur|directrice|"
    r"director|coordinat\w+|coordonnat\w+|porte-parole|spokes\w+|representant\w*|representative|delegue\w*|chairman|head|membre|member)"
    r"(?![a-z])[^,.;]{0,50}?(a|in|at|de|du|d'|of)\s*$"
    # the seat of a regional office whose holder speaks ("the vicar-general of Dori said", "le
    # gouverneur de la région du Sahel"): a diocese or a region, wider than where it happened
    r"|(?<![a-z])(vicar[- ]general|bishop|archbishop|diocese|governor|high commissioner|vicaire general|eveque|"
    r"archeveque|diocese|gouverneur|haut[- ]commissaire|governorate|gouvernorat)\s+(of|de|du|d')\s*(the\s+|la\s+|l')?((region|province)\s+(of|de|du|d')\s*)?$"
)
# the seat of an office named by its possessive: "Niamey's Archbishop Laurent Lompo said…", "Djibo's
# mayor": where the holder sits, not where it happened
OFFICE_OF_AFTER = re.compile(r"^['’]s\s+(vicar[- ]general|bishop|archbishop|diocese|governor|high commissioner|mayor|prefect|"
                             r"deputy mayor|grand imam|imam|traditional chief|emir)(?![a-z])")
# where an organisation sits, not where anything happened: "Radio Oméga, basée à Ouagadougou", "the
# Ouagadougou-based newspaper", "headquartered in Dakar"
BASED_IN = re.compile(r"(?<![a-z])(based in|headquartered in|basee?s? (a|au)|dont le siege est (a|au)|qui siege (a|au))\s*$")
# (a unit "based" somewhere is where its forces were hit: "le détachement militaire basé à Aoréma")
_UNIT_BASED_IN = re.compile(r"(?<![a-z])(detachement|detachment|camp|base|unite|unit|soldats|soldiers|militaires|troops|troupes|"
                            r"garnison|garrison|poste|post|bataillon|battalion|escadron|compagnie|company)s?"
                            r"( militaires?| military| de l'armee)?\s+(based in|basee?s? (a|au))\s*$")


def seat_of_an_organisation(before: str) -> bool:
    """Do the (folded) words before a name say it is where an organisation sits ("Radio Oméga,
    basée à Ouagadougou"), not a military unit's post ("le détachement basé à Aoréma")?"""
    return bool(BASED_IN.search(before)) and not _UNIT_BASED_IN.search(before)


BASED_AFTER = re.compile(r"^-(based|headquartered|basee?s?)(?![a-z])")
# a person's home town, not where it happened: "un enseignant originaire de Djibo", "a native of Djibo"
HOMETOWN_BEFORE = re.compile(r"(?<![a-z])(originaires? (du|de|d')|natifs? (du|de|d')|natives? (du|de|d')|natives? of|"
                             r"hails? from|hailing from|ressortissants? (du|de|d'))\s*$")
# a government, army or ministry named by its capital ("authorities in Bamako said", "la junte
# de Niamey", "À Ouagadougou, le ministère … a annoncé"): where the state spoke from, not
# where the event was; the capital still says which country's state spoke
SEAT_BEFORE = re.compile(
    r"(?<![a-z])(authorities|government|officials|junta|ministry|ministers?|presidency|army|military|"
    r"general staff|regime|autorites|gouvernement|officiels|junte|ministere|ministres?|presidence|armee|"
    r"etat-major|regime|pouvoir)(\s+(de transition|transitional|militaire|military|central|federal))?"
    r"\s+(in|at|of|de|du|d'|a|basee? a|based in)\s*$")
SEAT_AFTER = re.compile(
    # ("A Nouakchott, qui qualifie cet acte de massacre barbare, une source gouvernementale a indiqué")
    r"^\s*,\s*((qui|which|where|ou)\s[^,.;]{0,80},\s*)?((the|le|la|les|l'|une?|an?)\s*)?(authorities|government|junta|ministry|presidency|army|military|"
    r"autorites|gouvernement|junte|ministere|presidence|armee|etat-major|source gouvernementale|government source|"
    r"sources? officielles?|official sources?)(?![a-z])")
# "contacter les responsables de Bamako", "officials in Niamey": the capital's people are the state
OFFICIALS_OF = re.compile(r"(?<![a-z])(responsables|dirigeants|autorites|officials|authorities|leaders)\s+(de|d'|in|of)\s*$")
# … and it speaks: a reporting verb follows (a march to "the Prime Ministry in Ouagadougou" is there)
SEAT_SAID = re.compile(
    r"(?<![a-z])(said|says|announced|stated|reported|confirmed|claimed|indicated|declared|told|"
    r"a (annonce|indique|declare|affirme|confirme|precise|fait savoir|communique)|"
    r"ont (annonce|indique|declare|affirme|confirme|precise|fait savoir)|annonce|indique|affirme|selon|"
    # what the state gave out, or did not ("n'ont fourni aucune explication")
    r"fourni|provided|given no|gave no)(?![a-z])")
REGION_AFTER = re.compile(r"^\s*(region|province|area|district|cercle)\b")
REGION_BEFORE = re.compile(r"(region de l'|region de la|region des|region de|region du|region d'|province du|province de|province of|region of|cercle de|"
                           r"departement de l'|departement de la|departement du|departement de|department of( the)?|"
                           # ("dans la région septentrionale de Tombouctou": the division, whatever adjective it bears)
                           r"(region|province|cercle|departement) (" + DIVISION_ADJECTIVES + r") (de l'|de la|des|de|du|d'))\s*$")
def this_sentence(before: str) -> str:
    """The words before a name back to the start of its sentence ("…an official said.\n\nThe
    attack in Namoungou": the "said" is the sentence before's, not a source's place)."""
    cut = max(before.rfind(". "), before.rfind(".\n"), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
    return before[cut + 1 :] if cut >= 0 else before


# "near the Burkina Faso border", "à la frontière avec le Niger", "border with Mali": the
# country beyond the border, not the event's
BORDER_BEFORE = re.compile(r"(border|borders|bordering|frontiere|frontieres|frontaliere?s?|limitrophes?)\s+((with|of|avec|du|de|d')\s*(the\s+|le\s+|la\s+|l')?)?$"
                           # "Kayes se trouve à proximité du Sénégal", "toutes proches de la Mauritanie": by its border
                           r"|(?<![a-z])(a proximite|proches?|non loin)\s+(du|de la|de l'|des|de|d')\s*$"
                           r"|(?<![a-z])(near|close to|not far from)\s+(the\s+)?$")
BORDER_AFTER = re.compile(r"^(['’]s)?\s*(-|\s)?(border|borders|frontier)(?![a-z])")  # ("near Burkina Faso's border")
# "jihadists from Mali", "venus du Niger", "en provenance du Burkina": where the actors came from
ORIGIN_BEFORE = re.compile(
    r"(?<![a-z])(\w+s? from|(coming|came|crossed over|crossing|arrived|arriving|infiltrated|fled back) (in )?from|"
    r"from across the border in|venue?s? (du|de|d')|en provenance (du|de|d')|originaires? (du|de|d'))\s*(the\s+)?$"
)
# "fighter jets launched from Maiduguri", "des renforts dépêchés depuis Sévaré": the base the
# forces set out from, not where they struck
LAUNCHED_FROM = re.compile(
    r"(?<![a-z])(launched|took off|taking off|flown in|dispatched|deployed|sent|scrambled|"
    r"decolle|decolles|decollant|depeches?|envoyes?|deployes?|partis|parti)\s+(in\s+)?(from|de|du|d'|depuis)\s*(the\s+|la\s+|le\s+|l')?$"
)
# "a convoy bound for Djibo", "travelling from Djibo to the capital", "en route vers Dori": where
# the victims were going, not where the event happened
# the country travellers came from: "24 civils venant du Burkina Faso pour une foire dans le centre du
# Mali", "traders coming from Niger" (a town they set out from still places a journey's event, as ACLED
# codes one; a country they left does not)
CAME_FROM = re.compile(r"(?<![a-z])((venant|venus?|venues?|en provenance|partis?|parties?)( [\w'-]+){0,2} (du|de la|de l'|des|de|d')|"
                       r"(coming|arriving|travell?ing|who came) from)\s*$")
DESTINATION = re.compile(
    r"(?<![a-z])(bound for|headed for|heading for|headed to|heading to|en route to|on (its|their|his|her) way to|"
    # "attacks are spreading further south toward Bamako": a direction, not a place it happened
    r"(spreading|spread|moving|moved|advancing|advanced|edging|creeping)( [\w'-]+){0,2} towards?|"
    # "un bus qui revenait de Ouagadougou", "a bus returning from Niamey": where the travellers came back from
    # ("Le camion revenait dimanche après-midi de Niamey": a day may stand between)
    r"(qui )?(revenai(t|ent)|revenant|rentrai(t|ent)|rentrant|de retour)( [\w'-]+){0,3} (du|de|d')|(returning|coming back|on (its|their) way back)( [\w'-]+){0,3} from|"
    # ("civilians traveling toward Algeria from the city of Gao": where they set out from)
    r"(toward|towards) [\w'-]+( [\w'-]+)? from( the (city|town|village) of)?|"
    # where the displaced came from and went: "leurs déplacements forcés du Gourma vers le Liptako"
    r"(deplacements?|exode|fuite|flux)( forces?| massifs?)?( de (populations?|civils|personnes))?( \w+){0,2} (du|de la|de l'|des|depuis)|"
    r"(deplacements?|exode|fuite|flux)[^.;]{1,50} vers|"
    r"travel+ing to|going to|leaving for|left for|en partance pour|partai(en)?t (a|pour|vers)|se rendai(en)?t (a|au)|made it (back )?to|managed to (reach|get to)|ont pu (rejoindre|regagner)|a pu (rejoindre|regagner)|a destination de|en direction de|en route pour|se rendant a|qui se rendait a|"
    # "tombés dans une embuscade à leur retour vers Gao": where they were heading back to
    r"(a (leur|son) retour|de retour|sur le chemin du retour|en route) (vers|sur)|(heading|headed|on (its|their) way) back to|"
    r"from [^.;]{1,40} to|(safely |finally )arrived|arrived safely (in|at)|arrived (in|at|outside|near) (the )?(\w+ )?(town|city|village) of|(finalement |bien )arrivee?s? (a|au)|arrivee?s? (a|au) (l.hopital|bon port)|evacuee?s? ((par|en) (voie aerienne|voie terrestre|\w+) )?(vers|sur|a)|evacuated (by \w+ )?to|(evacuating|evacuated|flew|flying|relocated|relocating) ([\w'-]+ ){1,4}to|"
    # where the wounded were taken: "transportés à Sévaré", "taken to hospital in Mopti"
    r"(transportee?s?|transferee?s?|acheminee?s?|conduite?s?|admise?s?|hospitalisee?s?|soignee?s?) ((par|en) \w+ )?(vers|a|au)( l'hopital de| l'hopital d')?|"
    r"(taken|transported|transferred|rushed|flown|admitted|evacuated) (by \w+ )?to (the |a )?([\w'-]+ )?(hospital|medical cent(re|er)|health cent(re|er)|clinic) (in|at|of)|"
    r"(medical )?(evacuation|evacuations|medevac) (to|towards|vers|sur|a)|"
    r"(the|a|its) (main |national )?(road|track) (to|towards|leading to|that leads to)|(la|une) (route|piste) (vers|menant a|qui mene a|qui va a)|"
    r"repatriated to|rapatriee?s? (vers|a)|"
    # "Ahead of her visit in Bamako, the minister met…", "following a visit to Koumbri": where someone goes
    # or went before or after the news (attacked "while on a visit in the capital": there it happened)
    r"(ahead of|before|prior to|after|following|avant|apres) (her|his|their|its|an?|the|sa|leur|une|la) ([\w'-]+ )?"
    r"(visit|visite) (in|to|a|au|en)|"
    # "the workers set off for the capital Ouagadougou from the Inata mine": where they were going
    r"(set|setting|sets) (off|out) for( the (capital|city|town|village)( of)?)?|"
    # "des avions de combat ont décollé de leur base de Niamey", "jets took off from Niamey": where they set out from
    r"(decolle|decollant|decolles|decollees|took off|taking off|take off|departed|departing) (de|du|from)( (leur|their|its|sa|son))?"
    r"( (base|aeroport|airport|airbase|base aerienne|air base)( (de|du|in|at|of))?)?|"
    # "he was diverted to Gao", "l'avion a été dérouté vers Gao": where the traveller was sent instead
    r"(diverted|rerouted|redirected|deroutee?s?|detournee?s?) (by \w+ )?(to|towards|vers|sur|a)|"
    # "before support from Niamey was able to arrive", "des renforts venus de Dori": where help came from
    r"(support|reinforcements?|help|backup|renforts?)( [\w'-]+){0,2} (sent |dispatched |coming )?from|renforts? (venus? |envoyes? )?de|renforts?( [\w'-]+){1,3} (venus?|envoyes?|arrives?|partis?) (de|d')|"
    # "3,000 people who fled the attack have arrived in Dori": where the displaced went
    r"(who fled|who had fled|qui ont fui|ayant fui)[^.;]{0,40}?\s(have |has |had |ont |sont )?(arrived|arrivee?s?|reached|atteint|rejoint)( in| at| a| au)?|"
    # "evacuated to a military hospital in the capital, Ouagadougou": where the wounded were treated
    r"(hospital|hopital|clinic|clinique)( [\w'-]+){0,3} (in|at|to|dans|a) (the capital|la capitale),?|"
    # travellers on their way to a market: "un bus qui allait vers le marché hebdomadaire de Bankass"
    # (not "to": "travelling to the market in Sofara" is often the one place a note gives)
    r"(vers|en direction du|towards) (le |la |the )?(weekly )?(marche|market|foire)( hebdomadaire)? (de|d'|du|of|in|at)|(fled|fleeing|flee|fui|fuient|fuyant|fuir|ont fui|se sont refugiee?s|refugiee?s?|took refuge|taking refuge|taken refuge|take refuge|sought refuge|seeking refuge|found refuge|ont trouve refuge|a trouve refuge|trouve refuge) ((depuis|since|since then) )?(to|towards|toward|into|in|vers|a|au|dans))\s+((the|la|le|l')\s*)?(\w+ )?(town of\s+|city of\s+|ville de\s+|"
    # "évacués vers l'hôpital de Sévaré", "evacuated to the hospital in Dori"
    # ("admises au district sanitaire de Ouallam", "au CSPS de Kaya": the health district, the clinic)
    r"(hopital|hospital|clinique|clinic|centre hospitalier|centre de sante|health cent(re|er)|district sanitaire|csps|"
    r"centre medical|dispensaire)( [\w'-]+){0,2} (de|d'|du|in|at|of)\s*)?$"
    # where the wounded died: "had died in the health centre of Filingué", "décédé à l'hôpital de Sévaré"
    r"|(?<![a-z])(died|succumbed|passed away|decedee?s?|succombe|morte?s?)( [\w'-]+){0,2} (in|at|a|au|dans) (the |la |le |l')?([\w'-]+ )?"
    r"(hospital|hopital|health cent(re|er)|centre de sante|clinic|clinique|centre hospitalier)( [\w'-]+){0,2} (of|in|at|de|d'|du)\s*$"
    # where the dead were buried: "inhumés au cimetière militaire de Niamey", "buried in Djibo"
    r"|(?<![a-z])(inhumee?s?|enterree?s?|buried|laid to rest|obseques|funerailles|funeral)( [\w'-]+){0,4} (a|au|dans|in|at|de)( (the|le|la|l'))?( ?(cimetiere|cemetery)( militaire| military)? (de|d'|du|in|of))?\s*$"
)

# "a resident in nearby Bourzanga town told AFP", "un habitant de la ville voisine de Djibo": the
# teller's town near the event, not where it happened
TELLER_NEARBY = re.compile(
    r"(?<![a-z])(residents?|witness(es)?|officials?|sources?|inhabitants?|habitants?|temoins?|elus?|responsables?|notables?)\s+"
    r"(of|in|from|at|de|du|d'|a)\s*(the\s+|la\s+|le\s+)?(nearby|neighbou?ring)\s+((town|city|village) of\s+)?$"
    r"|(?<![a-z])(habitants?|temoins?|elus?|responsables?|notables?)\s+(de|d')\s*la\s+(ville|localite|commune) voisine (de|d')\s*$")

# "an aid worker in Sebba said": where a teller is (extract/segment.py: no place of the event)
# where the reporter files from: "Reporting from Dakar, Senegal", "reporting from Senegal, Dakar"
TELLER_FROM = re.compile(r"(?<![a-z])(reporting|reported|reports|speaking|writing|filing) from\s+([\w'-]+,\s*)?$")
TELLER_IN = re.compile(r"(?<![a-z])(aid worker|humanitarian worker|health worker|resident|local journalist|journalist|doctor|"
                        r"nurse|witness|source|habitant|temoin|medecin|infirmier|infirmiere|journaliste|humanitaire)s?\s+"
                        r"(based\s+)?(in|at|a|base a|basee a)\s*$")

# the hospital the wounded were taken to: "taken to a hospital in the regional capital of Kaya",
# "évacués vers l'hôpital de Dori" (where they were treated, not where it happened)
HOSPITAL_OF = re.compile(
    r"(?<![a-z])(taken|evacuated|transferred|rushed|airlifted|brought|admitted|treated|evacuee?s?|transferee?s?|admise?s?|"
    r"transportee?s?|achemine(e|s|es)?|soignee?s?|pris en charge)\s+(\w+\s+){0,3}?(to|at|in|vers|a|au|dans)\s+(an?|the|l'|un|une|les?)?\s*"
    r"(hospitals?|hopital|hopitaux|health (centre|center)|centre de sante|csps|chr|chu|clinique|clinic)\s+"
    r"((in|of|at|de|d'|du|a)\s+)((the\s+)?((regional\s+)?capital|town|city|ville|chef-lieu)\s+(of|de|d')\s*)?$")

# "the attackers withdrew towards Mali", "se sont repliés vers le Niger", "then headed north to",
# "fled in the direction of": where the attackers went after the event, not where it happened
WITHDRAWAL = re.compile(
    r"(?<![a-z])(withdrew|withdrawing|withdraw|retreated|retreating|retreat|escaped|fled|fleeing|headed|heading|"
    r"pulled back|went back|se sont (replies|retires)|se (replier|retirer|repliant|retirant)|repli(es)?|"
    r"ont (fui|pris la fuite)|en fuite|prenant la fuite)\s+(back\s+|(north|south|east|west)(-?(east|west))?\s+|plein (nord|sud|est|ouest)\s+)?"
    r"(to|towards|toward|into|across|in the direction of|vers|en direction (du|de|d')|au|dans)\s*(the\s+|le\s+|la\s+|l')?"
    r"((forest|bush|brousse|foret|area|zone|border|frontiere|hills|collines) (of|de|du|d'|with|avec)\s*(the\s+|le\s+|la\s+|l')?)?$"
)


# "l'opération Kondjouaré", "Operation Barkhane": a military operation's name, not where it was
OPERATION = re.compile(r"(?<![a-z])(operations?|opérations?|operation militaire|dispositif)\s+(de\s+|du\s+|d')?$")

# "le fleuve Niger", "the Niger River", "the inner Niger delta": the river, not the country
RIVER_BEFORE = re.compile(r"(?<![a-z])(fleuve|river|lac|lake|delta|boucle|bend|vallee|valley|bassin|basin|rives?|banks? of)( du| de la| of the| of)?\s*$")
RIVER_AFTER = re.compile(r"^\s*(river|delta|valley|basin|bend)(?![a-z])")


# a person's home ("devant le domicile d'X", "outside the home of X"), a life lost ("a coûté la vie
# à X") and a Tuareg name ("Ambéry Ag Rissa", "Iyad Ag Ghaly": "ag", "son of", between two names):
# no place
SOMEONES_HOME = re.compile(r"(?<![a-z])((domicile|residence|maison|demeure|home|house) (de|d'|du|of)|"
                           # "l'attaque qui a coûté la vie à Yoro", "claimed the life of X": a person
                           r"(coute|coutera|coutait|cost|claimed) la vie (a|au)|(cost|claimed) the lives? of)\s*$")
SON_OF = re.compile(r"^[a-z]+ ag [a-z]+")
AG_AFTER = re.compile(r"^\s+ag\s+[a-z]")
