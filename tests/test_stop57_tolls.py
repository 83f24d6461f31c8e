"""Stop 57's conventions of tolls."""

from __future__ import annotations

from reports import events_of


def test_one_approximate_figure_written_in_the_plural_is_still_one() -> None:
    # "une centaines de morts": the article counts one; the plural is a slip
    text = ("Dimanche, des assaillants ont attaqué le village de Inekar dans la région de Ménaka. "
            "Nos sources nous parlent d’une centaines de morts civils.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [100]


def test_people_named_at_length_before_the_passive_verb_that_kills_them_are_its_toll() -> None:
    text = ("Douze soldats des Forces de défense et de sécurité du Togo ont été tués, ce mardi 18 juillet 2023, "
            "dans une embuscade tendue par des djihadistes au nord du pays.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [12]


def test_a_death_far_after_a_crowd_and_its_own_verb_is_its_topic_not_its_toll() -> None:
    text = "Hundreds of students protested under the banner of their union in Koudougou over the death of a pupil."
    assert all(not e.fatalities for e in events_of(text, "en", candidates=True))


def test_a_toll_revised_a_little_earlier_is_an_earlier_figure_of_the_same_event() -> None:
    # the 14 gendarmes "initialement annoncé" are the 15 of the new toll; the attackers count too
    text = ("Quatre-vingt personnes – 65 civils et 15 gendarmes – ont été tuées mercredi lors de l'attaque jihadiste "
            "contre un convoi militaire près d'Arbinda, selon un nouveau bilan officiel. Un peu plus tôt, une source "
            "gouvernementale avait revu à la hausse le bilan des 14 gendarmes tués initialement annoncé, après la mort "
            "d’un 15e gendarme blessé. Le gouvernement félicite les FDS et VDP pour leur action qui a permis de "
            "neutraliser plus de 58 terroristes.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [138]


def test_what_cost_lives_tells_a_killing() -> None:
    text = ("La deuxième a eu lieu dans la nuit de jeudi à vendredi, dans le village de Nguagam, et a coûté la vie "
            "à deux villageois.")
    assert [(e.location, e.fatalities) for e in events_of(text, "fr", candidates=True)] == [("Nguagam", 2)]


def test_every_item_of_a_breakdown_is_a_share_of_its_count() -> None:
    text = ("Au Burkina Faso, quarante personnes, dont 6 soldats et 34 Volontaires pour la défense de la patrie (VDP), "
            "et 50 terroristes sont morts dans un affrontement le weekend dernier près de Ouahigouya.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [90]


def test_a_count_of_dead_and_wounded_together_is_no_death_toll() -> None:
    text = ("Des hommes armés ont attaqué jeudi la position de l'armée à Ménaka. Au moins 15 assaillants ont été tués. "
            "« On peut parler d'une vingtaine de personnes si on compte les militaires morts, blessés et disparus », a dit "
            "l'élu local.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [15]


def test_fuel_trucks_left_stranded_are_no_toll() -> None:
    from conflictwire.extract.fatalities import find_tolls

    text = "The blockade has squeezed the economy and left hundreds of fuel trucks stranded at the border."
    assert find_tolls(text, "en", [(0, len(text))]) == []
    text = "The attack left 12 fuel tankers burned and killed 12 army soldiers."
    assert [t.value for t in find_tolls(text, "en", [(0, len(text))])] == [12]


def test_the_drivers_of_trucks_are_people() -> None:
    from conflictwire.extract.fatalities import find_tolls

    text = "The attack killed 12 truck drivers."
    assert [t.value for t in find_tolls(text, "en", [(0, len(text))])] == [12]
