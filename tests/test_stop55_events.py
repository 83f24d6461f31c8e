"""Stop 55's conventions of events: a camp's place by its name, a sweep only under way, and
communal violence that names the conflict, not a fight."""

from __future__ import annotations

from datetime import date

from conflictwire.textutil import fold
from reports import events_of, place_names


def test_the_place_of_a_refugee_camp_named_by_it_is_the_event_s() -> None:
    text = ("Des hommes armés ont attaqué jeudi le camp de réfugiés de Kibanou dans la région de Tahoua, tuant au "
            "moins dix gendarmes, selon des sources sécuritaires.")
    assert [e.location for e in events_of(text, "fr")] == ["Kibanou"]


def test_a_sweep_only_under_way_is_no_event_of_its_own() -> None:
    text = ("Des assaillants ont attaqué samedi la brigade de gendarmerie de Dolbel, tuant cinq gendarmes. "
            "Des opérations de ratissage sont en cours. Les assaillants venaient du camp de réfugiés de Kibanou, "
            "à quelques kilomètres.")
    assert [fold(e.location or "") for e in events_of(text, "fr")] == ["dolbel"]
    english = ("Gunmen attacked the gendarmerie post in Dolbel on Saturday, killing five gendarmes. A sweep "
               "operation is under way. The attackers came from the refugee camp of Kibanou nearby.")
    assert [fold(e.location or "") for e in events_of(english, "en")] == ["dolbel"]


def test_communal_violence_that_kills_a_villager_is_violence_against_him() -> None:
    for text, lang in (("One member of the Bambara community was killed and two were wounded on Monday during "
                        "intercommunal violence in Dogofri.", "en"),
                       ("Un membre de la communauté bambara a été tué lundi lors de violences intercommunautaires "
                        "à Dogofri.", "fr")):
        assert [(e.event_type, e.actor2) for e in events_of(text, lang)] == [("Violence against civilians", "Civilians (Mali)")]
    clash = "Ethnic clashes between Dogon and Fulani militias left eight dead in Sobane on Monday."
    assert [e.sub_event_type for e in events_of(clash, "en")] == ["Armed clash"]


def test_posts_named_after_their_towns_in_the_plural_are_an_attack_on_each() -> None:
    text = ("Jihadists of Ansaroul Islam attacked and set fire to the Tongomayel and Baraboule police stations in "
            "northern Burkina Faso on Wednesday night. The attackers took motorcycles and computers, the security "
            "ministry said.")
    events = events_of(text, "en", published=date(2017, 3, 2))
    assert sorted(fold(e.location or "") for e in events) == ["baraboule", "tongomayel"]


def test_a_village_named_by_its_church_or_market_is_a_place() -> None:
    text = ("Des hommes armés ont attaqué dimanche l'église évangélique de Bogdiwéga pendant le culte, "
            "tuant au moins deux fidèles, selon un élu local.")
    assert [e.location for e in events_of(text, "fr")] == ["Bogdiwéga"]


def test_an_unknown_village_told_so_many_km_from_a_town_lies_in_the_town_s_region() -> None:
    text = ("Des terroristes ont attaqué lundi le poste de gendarmerie de Tiwoukoulga, une localité située à "
            "environ 50 km de Fada N’Gourma. Huit assaillants ont été tués.")
    assert [(e.location, e.admin1) for e in events_of(text, "fr")] == [("Tiwoukoulga", "Est")]


def test_what_a_mine_digs_is_no_place_even_opening_a_title() -> None:
    text = ("Uranium mine in Niger attacked by suicide bombers\n\nSuicide bombers drove a car bomb into the "
            "uranium mine at Arlit on Thursday, killing one worker and wounding fourteen, the government said.")
    names = place_names(text, "en")
    assert "Uranium" not in names and "Arlit" in names


def test_an_operation_following_the_attack_is_its_own_event_at_the_attack_s_place() -> None:
    text = ("Gunmen opened fire on customers outside a restaurant in Ouagadougou on Sunday evening, killing at least "
            "17 people, the police said. The attackers were suspected to be Islamist extremists. Burkina Faso "
            "soldiers clashed with suspected jihadists in an operation following the attack, AFP reported.")
    events = events_of(text, "en", published=date(2017, 8, 14))
    assert sorted((e.sub_event_type, e.location) for e in events) == [("Armed clash", "Ouagadougou"), ("Attack", "Ouagadougou")]


def test_the_next_day_after_the_teller_opens_another_event() -> None:
    text = ("Suspected jihadists abducted about 40 women gathering wild fruit near Arbinda on Thursday, residents "
            "said. Some were able to escape and return to their villages. According to him, the next day, eight "
            "kilometres north of Arbinda, some 20 other women were in turn abducted.")
    events = events_of(text, "en", published=date(2023, 1, 16))
    assert [e.event_date for e in events] == [date(2023, 1, 12), date(2023, 1, 13)]


def test_a_list_of_villages_that_says_its_preposition_again_is_a_list_of_places() -> None:
    text = ("Des hommes armés s'en sont pris à des campements nomades, dans les localités de Tinkarkout, de "
            "Woursanat et de Bakorat, tuant des dizaines de civils.")
    assert {"Tinkarkout", "Woursanat"} <= set(place_names(text, "fr"))


def test_an_event_told_at_a_region_is_placed_near_the_dateline_s_town_in_it() -> None:
    story = ("An unknown group of armed assailants kidnapped an American aid worker in the Tahoua region of Niger "
             "on Friday, officials said. The assailants killed a police officer and a guard before driving off.")
    near = events_of("US aid worker kidnapped in Niger\n\nABALAK, Niger, Oct. 15 (UPI) — " + story, "en",
                     published=date(2016, 10, 15))
    assert [(e.location, e.geo_precision) for e in near] == [("Abalak", 2)]
    capital = events_of("US aid worker kidnapped in Niger\n\nNIAMEY, Niger, Oct. 15 (UPI) — " + story, "en",
                        published=date(2016, 10, 15))
    assert [e.location for e in capital] == ["Tahoua"]
