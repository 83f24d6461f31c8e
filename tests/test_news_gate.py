"""What is not this report's news: a trial over an earlier attack, measures taken 'after attacks',
statistics. The report's own event still comes out."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.extract.consolidate import consolidate
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline

PUB = date(2023, 10, 11)

TRIAL = """Niger : le procès des auteurs présumés de l'attaque d'Inates s'ouvre à Niamey

Le procès de six hommes accusés d'avoir participé à l'attaque du camp militaire d'Inates, qui avait fait 71 morts parmi les soldats en décembre 2019, s'est ouvert lundi devant le tribunal de Niamey.

Les accusés, arrêtés en 2021 près de la frontière malienne, sont poursuivis pour association de malfaiteurs.
"""

CURFEW = """Burkina Faso imposes curfew in east after attacks

Authorities in Burkina Faso's Est region have imposed a night-time curfew on motorbikes following a series of jihadist attacks, the regional governor said on Wednesday.

The measure will apply for three months in the provinces of Gourma, Gnagna and Tapoa.

On Sunday, gunmen killed four gendarmes at a checkpoint near Kompienga, security sources said.
"""


def test_a_trial_over_an_earlier_attack_is_no_event() -> None:
    assert extract_text(TRIAL, published=PUB, include_candidates=True) == []


def test_measures_after_attacks_are_no_event_but_the_attack_told_is() -> None:
    (ev,) = extract_text(CURFEW, published=PUB, include_candidates=True)
    assert (ev.location, str(ev.event_date), ev.fatalities) == ("Kompienga", "2023-10-08", 4)


def test_an_attack_told_beside_a_trial_is_still_an_event() -> None:
    text = ("Gunmen killed five soldiers near Torodi, Niger, on Monday 9 October 2023, the army said. "
            "Separately, six men accused of taking part in the 2019 attack on Inates went on trial in Niamey.")
    (ev,) = extract_text(text, published=PUB)
    assert ev.location == "Torodi" and ev.fatalities == 5


_ASIDE = ("Gunmen attacked the village of Sanakadougou in Kossi province on Friday, killing 12 civilians, "
          "residents said on Sunday.\n\nAttacks by jihadist groups have killed thousands of people in Burkina "
          "Faso since 2015 and displaced two million.\n\n")


def test_back_from_an_aside_without_a_day_of_its_own_goes_on_about_the_news() -> None:
    """After the history aside, 'the attackers also burned shops' is more of Friday's attack,
    not a looting event of its own placed at the province."""
    events = extract_text(_ASIDE + "The attackers also set fire to shops and stole livestock, a witness said.",
                          published=PUB, include_candidates=True)
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Sanankadougou")]
    c = consolidate(Pipeline().make_doc(Article(doc_id="x", text=_ASIDE + "The attackers also set fire to shops.",
                                          published=PUB)))
    # (dropped as what the aside left without a place, or merged into the attack whose village is known)
    assert any(n.sents == [2] and (n.action == "dropped" and "aside" in n.reason or n.action == "merged" and n.into == 0)
               for n in c.notes)


def test_back_from_an_aside_with_a_day_of_its_own_is_another_event() -> None:
    events = extract_text(_ASIDE + "Last week, gunmen set fire to shops and stole livestock in Djibo, a witness said.",
                          published=PUB, include_candidates=True)
    assert [e.location for e in events] == ["Sanankadougou", "Djibo"]


def test_a_clause_on_the_place_s_past_does_not_make_the_news_background() -> None:
    """'…Seytenga, which was attacked in June 2022': the place of the attack told, and 2022 is
    neither its date nor a reason to set the sentence aside."""
    text = ("Dozens of people were killed in an attack by jihadists in northern Burkina Faso on Saturday, security "
            "sources said on Monday.\n\nThe assault targeted Seytenga, a rural commune in Seno province near the "
            "border with Niger, which was attacked in June 2022.")
    (ev,) = extract_text(text, published=date(2024, 5, 6), include_candidates=True)
    assert (ev.location, str(ev.event_date)) == ("Seytenga", "2024-05-04")


def test_killings_a_report_released_now_documents_are_news_at_their_own_dates() -> None:
    # a rights group's report on killings two months ago: they are the news (ACLED codes them
    # when reported, at their dates); an incident of another year it recalls stays history
    text = ("Soldiers and VDP killed at least 32 civilians in two villages of Tapoa province in March, a rights "
            "group said in a report released on Thursday.\n\n"
            "On 12 March, soldiers entered Tansarga and killed at least nine people, the report said.\n\n"
            "In April 2023, soldiers were accused of killing more than 150 civilians in Karma.")
    events = extract_text(text, published=date(2025, 5, 16), lang="en")
    tansarga = [e for e in events if e.location == "Tansarga"]
    assert tansarga and str(tansarga[0].event_date) == "2025-03-12" and tansarga[0].fatalities == 9
    assert not any(e.location == "Karma" for e in events)


def test_a_month_old_killing_in_an_ordinary_report_stays_background() -> None:
    text = ("Gunmen killed four people in Kelbo on Sunday, residents said.\n\n"
            "On 12 March, soldiers entered Tansarga and killed at least nine people.")
    events = extract_text(text, published=date(2025, 5, 13), lang="en")
    assert [e.location for e in events] == ["Kelbo"]


def test_the_village_soldiers_arrived_in_and_fired_on_is_where_it_happened() -> None:
    text = "On 12 March 2025, soldiers arrived in Tambarga, rounded up men in the village square and killed 23 of them."
    (ev,) = extract_text(text, published=date(2025, 3, 14), lang="en")
    assert ev.location == "Tambarga"


def test_the_town_a_convoy_arrived_in_afterwards_is_not_where_it_happened() -> None:
    text = ("On 4 May 2024, gunmen attacked a convoy of peacekeepers near Ogossagou, killing two. "
            "The convoy later arrived in the Malian town of Mopti.")
    (ev,) = extract_text(text, published=date(2024, 5, 6), lang="en")
    assert ev.location == "Ogossagou"


def test_arrests_after_a_riot_told_are_their_own_development() -> None:
    # "the riot" names the riot told again; a death "in custody" is where it happened, and "an
    # investigation into the death" counts no one
    text = ("Angry youths set fire to a police station in Koutiala on Saturday, residents said. A student was shot "
            "dead when officers opened fire to disperse the crowd.\n\n"
            "On Sunday, police carried out searches in Koutiala and arrested 37 people suspected of taking part in the riot.\n\n"
            "The governor announced an investigation into the death in custody and appealed for calm.")
    events = extract_text(text, published=date(2023, 7, 10), lang="en")
    assert [(e.event_type, str(e.event_date), e.fatalities) for e in events] == [
        ("Riots", "2023-07-08", 1), ("Strategic developments", "2023-07-09", 0)]


def test_a_second_bomb_on_the_same_stretch_of_road_is_placed_at_the_first() -> None:
    text = ("Six civilians were killed on Sunday when a minibus hit an explosive device about 12 km from Gorom-Gorom, "
            "in Oudalan province.\n\n"
            "On Monday, a second device exploded on the same stretch of road as an army vehicle passed by, killing two "
            "soldiers.\n\n"
            "The road, near the borders with Mali and Niger, has been regularly mined over the past two years.")
    events = extract_text(text, published=date(2023, 9, 12), lang="en")
    assert [(e.location, str(e.event_date)) for e in events] == [("Gorom-Gorom", "2023-09-10"), ("Gorom-Gorom", "2023-09-11")]


def test_an_anniversary_piece_tells_only_its_new_incident() -> None:
    text = ("Trois ans après le massacre de Solhan, la peur n'a pas quitté le Yagha\n\n"
            "Il y a trois ans, dans la nuit du 4 au 5 juin 2021, des hommes armés faisaient irruption à Solhan, dans la "
            "province du Yagha, et y tuaient des dizaines d'habitants. Le gouvernement avait alors annoncé un bilan de "
            "132 morts, des sources locales évoquant plus de 160 victimes.\n\n"
            "Les boutiques détruites n'ont jamais été reconstruites et l'école reste fermée.\n\n"
            "Dimanche encore, un conseiller villageois a été abattu par des hommes armés devant sa concession à Mansila.")
    events = extract_text(text, published=date(2024, 6, 5), lang="fr")
    assert [(e.location, e.fatalities) for e in events] == [("Mansila", 1)]


@pytest.mark.parametrize("text", [
    "Gunmen killed five herders near Tessit on Sunday, officials said. Last August, gunmen killed 37 civilians "
    "in the village of Darey Dey in the same region.",
    "Des hommes armés ont tué cinq bergers dimanche près de Tessit. En août dernier, 37 civils ont été tués dans "
    "l'attaque du village de Darey Dey, dans la même région.",
])
def test_an_event_of_a_month_named_as_past_is_background(text: str) -> None:
    evs = extract_text(text, published=date(2024, 3, 14))
    assert [e.location for e in evs] == ["Tessit"]


def test_an_event_of_an_earlier_week_recalled_by_its_day_is_not_this_report_s_news() -> None:
    text = ("Au moins quatre personnes ont été tuées mardi par des individus armés dans le village de Kourao, "
            "dans la province du Bam.\n\nLe 19 août dernier, au moins 24 militaires ont péri dans une attaque "
            "contre une caserne à Koutougou, dans le nord du pays.")
    events = extract_text(text, published=date(2019, 8, 28), lang="fr")
    assert [e.location for e in events] == ["Kourao"]
    # the same day told as this week's news stays an event
    text = text.replace("Le 19 août dernier", "Le 26 août")
    assert [e.location for e in extract_text(text, published=date(2019, 8, 28), lang="fr")] == ["Kourao", "Koutougou"]


def test_a_country_that_has_been_fighting_an_insurgency_tells_no_battle() -> None:
    """'Has been fighting' describes the war, not an incident: it neither adds a battle nor turns
    the killing of two people by gunmen into one."""
    text = ("Two people were killed by armed men on Sunday morning at Takatami, in Yagha province, a security "
            "source said.\n\nBurkina Faso, a poor country in the heart of the Sahel, has been fighting a "
            "ruthless Islamist insurgency.")
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.event_type, ev.location) == ("Violence against civilians", "Takatami")


def test_an_undated_page_s_event_a_month_before_its_latest_day_is_history() -> None:
    """A page with no date was written after the latest day it tells: the attack it dates a year
    and a half earlier is history, the one of that latest day stays."""
    text = ("Dans la nuit du 13 au 14 août 2017, des terroristes ont ouvert le feu dans un restaurant de "
            "Ouagadougou, tuant 19 personnes.\n\n"
            "Le 15 janvier 2016, des hommes armés avaient attaqué un hôtel du même quartier, tuant 30 personnes.")
    events = extract_text(text, lang="fr", include_candidates=True)
    assert [(e.fatalities, str(e.event_date)) for e in events] == [(19, "2017-08-13")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Mali: court sentences 10 jihadists over Nampala attack\n"
           "A court in Bamako on Monday sentenced ten jihadists to death for their role in the 2016 attack on the army "
           "camp in Nampala that killed 17 soldiers.\n"
           "Separately, on Sunday, gunmen killed three traders on the road between Nampala and Diabaly, an official said."),
    ("fr", "Mali : dix jihadistes condamnés à mort pour l'attaque de Nampala\n"
           "La cour d'assises de Bamako a condamné lundi dix jihadistes à mort pour leur rôle dans l'attaque du camp "
           "militaire de Nampala en 2016, qui avait fait 17 morts parmi les soldats.\n"
           "Par ailleurs, dimanche, des hommes armés ont tué trois commerçants sur la route entre Nampala et Diabaly."),
])
def test_a_sentence_with_its_object_between_is_a_trial_and_only_the_new_killing_is_news(lang: str, text: str) -> None:
    # "sentenced ten jihadists to death", "a condamné lundi dix jihadistes à mort": a verdict over an earlier attack
    (ev,) = extract_text(text, published=date(2024, 3, 5), lang=lang)
    assert (ev.location, ev.fatalities, str(ev.event_date)) == ("Nampala", 3, "2024-03-03")


def test_a_sentence_about_the_news_that_compares_it_with_the_past_still_places_it() -> None:
    """"Cette attaque qui a frappé le détachement de Koutougou … est la plus meurtrière … depuis
    2015": the comparison sets nothing aside; the relative clause says where the news struck."""
    text = ("L'attaque jihadiste contre une base militaire dans le nord du Burkina Faso lundi a fait 24 morts, selon "
            "un nouveau bilan fourni mardi par l'état-major.\n\n"
            "Cette attaque qui a frappé le détachement militaire de Koutougou, dans la province du Soum, est la plus "
            "meurtrière jamais subie par l'armée burkinabè depuis 2015.")
    (ev,) = extract_text(text, lang="fr", published=date(2019, 8, 20), include_candidates=True)
    assert (ev.location, ev.fatalities) == ("Koutougou", 24)


def test_an_event_named_by_its_year_on_an_undated_page_is_history() -> None:
    """No publication date: "a 2012 uprising … to take over key cities" is history, not the news's kind."""
    text = ("Gunmen killed at least five people near Menaka, sources said Thursday.\n\n"
            "A vehicle traveling from Indelimane to a market in Menaka on Wednesday was attacked by armed men.\n\n"
            "The unrest stems from a 2012 Tuareg separatist uprising, exploited by jihadists in order to take over key cities.")
    events = extract_text(text, lang="en", include_candidates=True)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_where_the_displaced_arrived_and_attacks_feared_are_no_events() -> None:
    """A site the attackers swarmed into is where it happened, even unknown to the gazetteer; the
    town the displaced reached and the attacks now feared are not events."""
    text = ("Malian refugees flee after Sunday attack on site in western Niger\n\n"
            "More than a thousand people are on the run following a brutal attack by armed elements on a site in "
            "western Niger on Sunday afternoon which killed three people.\n\n"
            "Over 50 armed men on motorbikes had swarmed into Intikane, Tahoua region, and killed two refugee leaders "
            "and a local host community leader.\n\n"
            "Around 1,100 people have now arrived outside the town of Telemces, some 27 kilometres away from the attack site.\n\n"
            "Sunday's brutal assassinations shocked refugees and humanitarian workers. More attacks are now feared.")
    events = extract_text(text, lang="en", published=date(2020, 6, 2), include_candidates=True)
    assert [(e.location, e.admin1, e.fatalities) for e in events] == [("Intikane", "Tahoua", 3)]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "More attacks are now feared in the region."),
    ("fr", "De nouvelles attaques sont redoutées dans la zone."),
])
def test_attacks_feared_are_a_forecast(lang: str, sentence: str) -> None:
    from conflictwire.extract.background import background_reason
    assert background_reason(sentence, lang, 2020) == "warning, forecast or analysis"


def test_history_dated_by_month_and_year_and_what_that_attack_was_is_background_on_an_undated_page() -> None:
    """An undated page: "in January 2016 launched a major attack" is history, and "That attack was
    claimed by AQIM" says more of it, not of the news."""
    text = ("Jihadists on motorbikes killed two people including a school official early Friday in Kourfayl, "
            "in Burkina Faso's north, a provincial official said.\n\n"
            "The restaurant is near a cafe targeted in an assault in January 2016 that left 30 people dead.\n\n"
            "That attack was claimed by Al-Qaeda in the Islamic Maghreb (AQIM).")
    events = extract_text(text, lang="en", include_candidates=True)
    assert [(e.location, e.fatalities, e.actor1) for e in events] == [
        ("Kourfayl", 2, "Unidentified Armed Group (Burkina Faso)")]


def test_an_event_at_an_unspecified_date_of_a_month_is_dated_by_it() -> None:
    (ev,) = extract_text("At an unspecified date in July 2019, JNIM and ISGS militants reportedly clashed in Ariel "
                         "(Nassoumbou, Soum). One JNIM fighter was killed.", include_candidates=True)
    assert (ev.location, str(ev.event_date)) == ("Ariel", "2019-07-15")


def test_violence_that_has_overrun_parts_of_a_country_takes_no_territory() -> None:
    from conflictwire.extract.triggers import find_triggers

    def subs(text: str) -> list[str]:
        return [rule.sub_event_type for _, _, rule in find_triggers(text, "en")]

    assert "Non-state actor overtakes territory" not in subs("the military struggles to contain Islamist violence "
                                                             "that has overrun parts of burkina faso")
    assert "Non-state actor overtakes territory" in subs("jihadists overran the army post on sunday")


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "En rappel, des commissariats de police ont été la cible d'attaques ces dernières semaines."),
    ("en", "Police stations have been the target of attacks in recent weeks."),
])
def test_attacks_of_recent_weeks_are_a_period_not_one_event(lang: str, sentence: str) -> None:
    from conflictwire.extract.background import background_reason
    assert background_reason(sentence, lang, 2016) == "earlier period"


def test_another_month_s_attack_on_an_undated_page_is_background() -> None:
    text = ("Armed men attacked the security post of the Tazalit refugee camp on October 6, killing 22 soldiers.\n\n"
            "This is not the first attack on a refugee camp in Niger. In September, seven people were shot at in an "
            "attack at the nearby Tabareybarey refugee camp, killing a boy.")
    events = extract_text(text, lang="en", include_candidates=True)
    assert [e.location for e in events] == ["Tazalit"]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Gunmen also attacked a refugee camp earlier this month in Niger's western Tahoua region, killing 22 soldiers."),
    ("fr", "Des hommes armés avaient attaqué un camp de réfugiés plus tôt ce mois-ci dans la région de Tahoua."),
])
def test_an_attack_earlier_this_month_is_a_recap(lang: str, sentence: str) -> None:
    from conflictwire.extract.background import background_reason
    assert background_reason(sentence, lang, 2016) == "earlier period"
