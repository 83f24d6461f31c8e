"""Security forces out of service: an off-duty, retired or former soldier, or one in civilian
clothes, is a civilian to ACLED when attacked ("gunmen killed a retired National Guard",
"un militaire en tenue civile enlevé dans un bus"): Violence against civilians, not a battle.
So are the people a force's name only qualifies: its interpreter, contractor or driver ("militants
assassinated a police interpreter", "a MINUSMA contractor shot dead")."""

from __future__ import annotations

import re

# (folded text) the words told before the person: "an off duty policeman", "un ancien gendarme"
_BEFORE_WORDS = (r"off[- ]duty|on leave|retired|former|ex-|en permission|en conge|a la retraite|ancien|anciens|"
                 r"demobilised|demobilized")
# and after: "un militaire en tenue civile", "a soldier in civilian clothes", "a policeman on leave"
_AFTER_WORDS = (r"(who (was|were) |qui (etait|etaient) )?(en tenue civile|en civil|in civilian clothes|in plain ?clothes|"
                r"off[- ]duty|on leave|en permission|en conge|a la retraite)(?![a-z])")
_BEFORE = re.compile(r"(" + _BEFORE_WORDS + r")\s*$")
_AFTER = re.compile(r"^\s*(,\s*)?" + _AFTER_WORDS)
# after a count: "two off-duty soldiers", "un policier à la retraite", "three peacekeepers on leave"
_AFTER_COUNT = re.compile(r"^\s*((off[- ]duty|retired|former|ex-|anciens?)(?![a-z])|[\w'-]+(\s+[\w'-]+)?\s*(,\s*)?" + _AFTER_WORDS + ")")


# the civilians a force's name qualifies ("a police interpreter", "MINUSMA-chartered trucks")
_CIVILIAN_NOUNS = (r"interpreters?|translators?|contractors?|subcontractors?|employees?|civilian staff|drivers?|cooks?|"
                   r"wives|wife|famil(y|ies)|relatives|children|sons?|daughters?|homes?|houses?|residences?")
_SERVING_AFTER = re.compile(r"^(-chartered|-contracted|\s+(" + _CIVILIAN_NOUNS + r"))(?![a-z])")


def out_of_service(folded: str, start: int, end: int) -> bool:
    """Is the person named at start:end of the folded text told as out of service, or is the
    force's name there only qualifying a civilian in its service?"""
    return bool(_BEFORE.search(folded[max(0, start - 20) : start]) or _AFTER.match(folded[end : end + 30])
                or _SERVING_AFTER.match(folded[end : end + 30]))


def counted_out_of_service(folded: str, end: int) -> bool:
    """Are the people a count ends before told as out of service ("two off-duty soldiers")?"""
    return bool(_AFTER_COUNT.match(folded[end : end + 60]))
