"""Wording of reports never tuned on (stop 42): violence the news is dated by ("came a day
after…") told at a town of its own; a wire's dateline under a teaser, a mayor's name, an elided
N', a town a distance is measured from."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from conflictwire import extract_text
from conflictwire.extract.background import background_reason
from conflictwire.extract.per_place import one_here_one_there
from conflictwire.extract.recalled import _DATED_BY, days_before
from conflictwire.extract.segment import _separated, _separators
from conflictwire.geo.datelines import find_dateline
from conflictwire.geo.gazetteer import default_gazetteer
from conflictwire.geo.name_chunks import name_chunks
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline
from conflictwire.textutil import fold

PUB = date(2016, 3, 12)
NEWS_FR = "L'attaque menée vendredi par Boko Haram contre la ville de Bosso a fait 20 morts parmi les soldats nigériens. "
ASIDE_FR = "La région accueille depuis 2015 des dizaines de milliers de réfugiés qui ont fui les exactions de la secte. "
RECALL_FR = "Cette attaque intervient à peine 24 heures après qu'un individu armé a ouvert le feu sur des fidèles en pleine prière à Mainé Soroa."


@pytest.mark.parametrize("aside", ["", ASIDE_FR])
def test_violence_the_news_came_a_day_after_is_an_event_of_its_own(aside: str) -> None:
    events = extract_text(NEWS_FR + aside + RECALL_FR, published=PUB)
    news = next(e for e in events if e.location == "Bosso")
    recalled = next(e for e in events if e.location == "Maïné Soroa")
    assert recalled.event_type == "Violence against civilians"
    assert news.event_date is not None
    # dated from the news's day, by the head's count, with the head as its evidence
    assert recalled.event_date == news.event_date - timedelta(days=1)
    assert "24 heures après" in recalled.evidence["event_date"][0].text


def test_a_day_before_the_head_is_the_news_day() -> None:
    text = ("Suicide bombers killed two civilians in Timbuktu on Saturday. "
            "Today's attack came a day after two gunmen opened fire on civilians at a market in Gao.")
    events = extract_text(text, published=date(2013, 9, 28))
    gao = next(e for e in events if e.location == "Gao")
    assert gao.event_date == date(2013, 9, 27)


def test_a_recall_weeks_back_stays_background() -> None:
    text = NEWS_FR + ASIDE_FR + ("Cette attaque intervient deux semaines après qu'un individu armé a ouvert le feu "
                                 "sur des fidèles à Mainé Soroa.")
    assert [e.location for e in extract_text(text, published=PUB)] == ["Bosso"]


def test_a_return_to_the_news_at_its_own_town_is_still_dropped() -> None:
    text = NEWS_FR + ASIDE_FR + "Cette attaque intervient à peine 24 heures après l'arrivée du ministre à Bosso."
    assert [e.location for e in extract_text(text, published=PUB)] == ["Bosso"]


@pytest.mark.parametrize(("words", "days"), [
    ("cette attaque intervient a peine 24 heures apres qu'", 1),
    ("the raid came 48 hours after ", 2),
    ("today's attack came a day after ", 1),
    ("l'attaque est survenue au lendemain d'", 1),
    ("the ambush came three days after ", 3),
    ("the ambush came five days after ", None),
])
def test_days_before_the_news(words: str, days: int | None) -> None:
    m = _DATED_BY.search(fold(words))
    assert m is not None
    assert days_before(m) == days


@pytest.mark.parametrize("words", [
    "two days after the attack, the army ",  # what followed the news, not what it came after
    "the army withdrew a day after ",  # no "came": the army's act, dated from another
    "today's attack came a day after a raid, and ",  # the head's clause has ended
])
def test_no_head_without_the_news_coming_after(words: str) -> None:
    assert _DATED_BY.search(fold(words)) is None


# --- places: a wire's dateline under a teaser, a mayor's name, an elided N' ---

TEASER = ("Attacks in eastern Niger leave 10 dead\n\nA file photo of a patrol. (File)\nUpdated 27 March 2019\n\n"
          "  • A resident said the explosion burned houses nearby and injured several children in the camp\n"
          "  • Since the start of the insurgency, the group has killed thousands of people in the region\n\n")


def test_a_capital_city_and_its_country_before_a_colon_is_a_dateline_below_a_teaser() -> None:
    text = TEASER + "NIAMEY, Niger: Ten people were killed in an attack late Tuesday on a town in eastern Niger."
    span = find_dateline(text)
    assert span is not None
    assert text[span[0] : span[1]].strip().startswith("NIAMEY")


def test_a_colon_after_a_mixed_case_line_far_down_is_no_dateline() -> None:
    text = TEASER + "Niamey: Ten people were killed in an attack late Tuesday on a town in eastern Niger."
    assert find_dateline(text) is None


def test_a_name_after_an_office_and_its_town_is_a_person_not_a_place() -> None:
    text = ("Ten people were killed late Tuesday in an attack by Boko Haram on the town of Nguigmi, "
            "the mayor of the town of Nguigmi, Abba Kaya Issa, told AFP on Wednesday.")
    (ev,) = extract_text(text, published=date(2019, 3, 27))
    assert ev.location == "Nguigmi"


def test_an_elided_n_finds_the_name_written_joined() -> None:
    gz = default_gazetteer()
    assert [p.name for p in gz.lookup(["n guigmi"])["n guigmi"]] == [p.name for p in gz.lookup(["nguigmi"])["nguigmi"]] != []
    assert gz.lookup(["n zzzqq"])["n zzzqq"] == []


def test_the_town_named_right_before_a_distance_locates_the_villages() -> None:
    text = ("Mardi, des individus armés ont attaqué les villages de Kingolola et N'Golokouna, situés dans la commune "
            "de Saloba à 25 km au sud de Macina, tuant trois civils.")
    events = extract_text(text, published=date(2024, 6, 19))
    assert "Ké-Macina" not in {e.location for e in events}
    assert "Ngolokouna" in {e.location for e in events}


def test_a_mayors_name_after_his_office_names_no_place() -> None:
    text = ("Boko Haram fighters killed ten people on Tuesday in an attack in Niger, the mayor of the town, "
            "Abba Kaya Issa, told AFP.")
    (ev,) = extract_text(text, published=date(2019, 3, 27))
    assert ev.location == "Niger"


def test_a_big_town_of_another_country_inside_a_name_is_the_name() -> None:
    text = "Boko Haram fighters killed ten people on Tuesday in an attack in eastern Niger, said Abba Kaya Issa, a resident."
    (ev,) = extract_text(text, published=date(2019, 3, 27))
    assert ev.country == "Niger"
    assert ev.location != "Kaya"


# --- background: a person's past, a coup told with its article ---

@pytest.mark.parametrize("sentence", [
    "Jeffery Woodke, who works for a local NGO and has lived in Niger since 1992, was taken from his home in the town of Abalak.",
    "Le prêtre, qui vivait au Burkina depuis 2011, a été enlevé dimanche à Djibo.",
])
def test_a_persons_past_in_a_clause_does_not_make_the_sentence_history(sentence: str) -> None:
    assert background_reason(sentence, "fr" if "prêtre" in sentence else "en", 2016) is None


def test_an_event_told_in_a_clause_with_its_year_is_still_history() -> None:
    assert background_reason("The gunmen, who attacked the town in 2012, were never caught.", "en", 2016) is not None


def test_a_coup_told_with_its_article_is_news_and_with_its_year_history() -> None:
    news = "Troops crushed protests in the capital Ouagadougou after a former spy chief seized power in a military coup yesterday."
    assert background_reason(news, "en", 2015) is None
    assert background_reason("The army chief seized power in 2008 and ruled for years.", "en", 2015) is not None


# --- sides: the forces as a source, a toll before "but" ---


def _roles(text: str) -> dict[str, str | None]:
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=date(2019, 6, 18)))
    return {a.text.lower(): a.role for a in doc.actors}


@pytest.mark.parametrize("text", [
    "Un bilan provisoire évoque quatorze morts mais une source militaire malienne parle de 40 civils tués.",
    "Military sources said 40 villagers were killed in the raid.",
])
def test_the_forces_named_as_a_source_are_no_side(text: str) -> None:
    assert _roles(text)["militaire" if "militaire" in text else "military"] == "source"


def test_a_toll_takes_no_side_from_past_but() -> None:
    text = "Au moins 20 morts dans des attaques de deux villages. Un bilan provisoire évoque quatorze mort mais une source militaire malienne parle de 40 civils tués."
    (ev,) = extract_text(text, published=date(2019, 6, 18))
    assert ev.event_type == "Violence against civilians"


# --- kinds: the weapons attackers carried ---


@pytest.mark.parametrize("text", [
    "Des individus armés ont attaqué le commissariat de Tongomayel lundi. Les assaillants sont venus armés de roquettes et de mitraillettes.",
    "Gunmen attacked the police station in Tongomayel on Monday. The assailants were armed with rockets and machine guns.",
])
def test_weapons_the_attackers_carried_are_no_shelling(text: str) -> None:
    (ev,) = extract_text(text, published=date(2017, 3, 2))
    assert ev.sub_event_type == "Armed clash"


def test_rockets_fired_are_still_shelling() -> None:
    (ev,) = extract_text("Militants fired rockets at the UN camp in Tessalit on Monday.", published=date(2017, 3, 2))
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("opener", "separates"), [
    ("another inhabitant said armed boko haram fighters attacked the district", False),
    ("another local said the gunmen came on motorbikes", False),
    ("another attack hit the village of dileram", True),
])
def test_another_teller_is_no_other_event(opener: str, separates: bool) -> None:
    assert _separated(_separators("en"), opener) is separates


def test_an_unknown_village_said_to_be_a_department_of_a_province_is_in_its_country() -> None:
    text = ("Dans la nuit du dimanche 26 au lundi 27 novembre 2017, des assaillants ont tué un enseignant à Kaïnzz, "
            "un département du Yatenga, frontalier avec le Mali.")
    (ev,) = extract_text(text, published=date(2017, 11, 28))
    assert ev.country == "Burkina Faso"
    assert ev.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_a_department_after_a_victim_is_no_second_victim() -> None:
    text = "Dans la nuit de dimanche, des assaillants ont tué un enseignant à Kain, un département du Yatenga."
    (ev,) = extract_text(text, published=date(2017, 11, 28))
    assert ev.fatalities == 1


@pytest.mark.parametrize(("text", "where"), [
    ("Dimanche soir, au Soum, un conseiller municipal a été abattu par des assaillants à 5 kilomètres de Baraboulé.", "Baraboulé"),
    ("Dimanche soir, un conseiller municipal a été abattu par des assaillants dans le Soum.", "Soum"),
])
def test_a_name_with_an_article_is_the_province(text: str, where: str) -> None:
    (ev,) = extract_text(text, published=date(2017, 11, 28))
    assert ev.location == where
    assert ev.geo_precision in (2, 3)


# --- days: a fight begun the evening before ---


@pytest.mark.parametrize("pub", [None, date(2017, 4, 11)])
def test_a_fight_that_started_the_evening_before_is_the_same_fight(pub: date | None) -> None:
    text = ("Military troops of Niger on Monday killed 57 Boko Haram jihadists during a fight in southeast Niger. "
            "According to a military source, ten soldiers were slightly injured in the exchanges which started late Sunday "
            "after a large group of the fighters arrived on motorbikes. The fighting took place in Gueskerou, a village of the Diffa region.")
    events = extract_text(text, published=pub) if pub else extract_text(text)
    assert len(events) == 1


def test_a_fight_that_started_days_before_is_another_day() -> None:
    text = ("Niger's troops on Monday killed 57 Boko Haram fighters during a fight in Gueskerou, in the region of Diffa. "
            "In Bosso, ten soldiers were injured in clashes which started on Friday.")
    assert len(extract_text(text, published=date(2017, 4, 11))) == 2


@pytest.mark.parametrize("sentence", [
    "The Nampala attack is the deadliest in the country since an ambush near Ansongo killed nine UN peacekeepers in October.",
    "This latest ambush is the worst since the raid on Boulkessi.",
])
def test_a_named_attack_compared_with_another_is_a_comparison(sentence: str) -> None:
    assert background_reason(sentence, "en", 2015) == "comparison with other events, not one more"


# --- one place each ---


@pytest.mark.parametrize("text", [
    "More than a dozen people have been injured in two car bomb attacks in Niger on Thursday. "
    "One was in the city of Agadez where a military barracks was targeted and one in Arlit where a company operates a mine.",
    "Deux attaques à la voiture piégée ont fait une dizaine de blessés jeudi au Niger, l'une à Agadez contre une caserne, l'autre à Arlit.",
])
def test_one_here_and_one_there_is_an_event_each(text: str) -> None:
    events = extract_text(text, published=date(2013, 5, 24))
    assert sorted(e.location or "" for e in events) == ["Agadez", "Arlit"]


def test_a_route_from_one_town_to_another_is_one_event() -> None:
    text = "Des hommes armés ont attaqué jeudi un convoi entre Agadez et Arlit, blessant dix personnes."
    assert len(extract_text(text, published=date(2013, 5, 24))) == 1


def test_one_person_here_and_another_there_is_no_list_of_acts() -> None:
    doc = Pipeline().make_doc(Article(doc_id="t", published=date(2019, 5, 2), text=(
        "Five people were killed by armed men near the border. Three were killed in Pogouwol, while one in Petega and another in Kourou.")))
    assert one_here_one_there(doc, 1) == []


# --- a summary's sentences at the place of one event ---


def test_what_a_summary_gathered_at_one_events_place_tells_that_event() -> None:
    text = ("Mali: sanglantes attaques contre l'ONU et l'armée malienne\n\n"
            "Le Mali a connu plusieurs attaques hier, vendredi 12 février. L'une d'elle s'est déroulée à Kidal contre une base de la Minusma. "
            "Cette attaque-suicide a causé la mort d'au moins six casques bleus de l'ONU. "
            "Outre Kidal, une embuscade près de Tombouctou a tué trois soldats maliens.\n\n"
            "Trois militaires maliens ont été tués, vendredi 12 février, près de Tombouctou.\n\n"
            "En revanche, pour l'attaque de la mission de l'ONU à Kidal, l'opération a été menée par le groupe Ansar Dine. "
            "Le communiqué précise qu'un kamikaze mauritanien était à bord du véhicule piégé.")
    events = {e.location: e for e in extract_text(text, published=date(2016, 2, 13))}
    assert events["Kidal"].fatalities == 6
    assert events["Timbuktu"].fatalities == 3


def test_the_sahel_across_which_a_force_fights_is_no_region_of_burkina() -> None:
    text = ("Burkina Faso hotel attack: At least 23 dead in al-Qaeda assault on Splendid Hotel. Gunmen stormed the hotel late on "
            "Friday night, detonating bombs. The hotel is popular with French soldiers based in Burkina Faso for Operation Barkhane, "
            "which is fighting Islamist militants across the Sahel region.")
    assert "Sahel" not in {e.location for e in extract_text(text, published=date(2016, 1, 16))}


def test_what_the_news_came_days_after_is_background() -> None:
    reason = background_reason("The latest attack came just five days after violent inter-communal clashes near the border "
                               "with Niger, in which 27 people were killed.", "en", 2018)
    assert reason is not None


def test_a_writers_byline_with_the_outlets_city_is_no_event_place() -> None:
    text = ("24 Civilians Killed by Unidentified Gunmen in Northern Mali\n\nModibo Kane Diallo - 7Dnews Bamako\n\n"
            "Tue, 02 Oct 2018 07:55 GMT\n\nUnidentified gunmen on motorcycles have killed 24 people at Amalaoulaou, a small camp "
            "in Mali's northern region of Gao. The attack happened on Sunday September 30th.")
    span = find_dateline(text)
    assert span is not None and "Bamako" in text[span[0] : span[1]]
    assert {e.location for e in extract_text(text)} == {"Amalaoulaou"}


def test_an_organisations_offices_are_no_unknown_place() -> None:
    text = "Last week, Islamist gunmen killed 12 people at Charlie Hebdo's offices, the magazine said."
    assert "Charlie Hebdo" not in {e.location for e in extract_text(text, published=date(2015, 1, 17))}


@pytest.mark.parametrize("text", [
    "Attack in Tenenkou: five Malian soldiers missing",
    "Unidentified individuals attacked and seriously injured a security guard at a radio station in Pissila on Monday.",
])
def test_forces_wounded_or_missing_make_a_battle(text: str) -> None:
    (ev,) = extract_text(text, published=date(2016, 8, 9))
    assert ev.event_type == "Battles"


def test_a_gendarmerie_brigade_names_its_town() -> None:
    text = "Dans la nuit de samedi, des hommes armés ont attaqué la brigade de gendarmerie de Comin-Yanga."
    (ev,) = extract_text(text, published=date(2018, 6, 18))
    assert ev.location == "Komin-Yanga"


def test_a_kind_of_division_written_with_a_capital_is_no_place() -> None:
    text = "Dans la nuit de samedi, des hommes armés ont attaqué le commissariat de police de District à Tindangou."
    assert {e.location for e in extract_text(text, published=date(2018, 6, 18))} == {"Tindangou"}


# --- days: the day of a fronted earlier attack ---


def test_the_day_of_a_fronted_earlier_attack_is_not_the_sentences() -> None:
    text = ("Un groupe de jihadistes a pris d'assaut vendredi, à l'aube, la localité de Ténenkou. "
            "Au moins deux militaires maliens ont été tués dans les combats.\n\n"
            "Après une première attaque menée à Ténenkou le 8 janvier, des jihadistes ont pris d'assaut vendredi 16 janvier, "
            "vers 06h00 du matin, cette petite localité. Selon un premier bilan, au moins deux soldats maliens ont été tués.")
    assert len(extract_text(text)) == 1


def test_a_pronoun_after_a_missing_stop_is_no_part_of_a_name() -> None:
    assert [c for _, c in name_chunks("attacked at 1500 GMT north of Tilwa We have 15 dead")] == ["GMT", "Tilwa"]
    assert [c for _, c in name_chunks("the village of Dougoutene I was attacked")] == ["Dougoutene I"]  # a numeral


def test_the_day_of_the_places_past_is_not_the_sentences() -> None:
    text = ("Une mine a explosé au passage d'un véhicule transportant des soldats tchadiens dimanche dans le nord-est du Mali, "
            "tuant un des casques bleus. L'explosion a eu lieu près de la ville d'Aguelhok, où une mine avait déjà tué "
            "quatre casques bleus le 2 septembre.")
    assert len(extract_text(text, published=date(2014, 9, 15))) == 1


def test_a_record_and_what_is_said_of_it_after_are_background() -> None:
    text = ("Les combats opposent jeudi des soldats maliens à une quarantaine d'islamistes dans le centre de Gao. "
            "Les 8 et 9 février, cette ville a connu les deux premiers attentats-suicides de l'histoire du Mali. "
            "Ils ont été commis par deux kamikazes.")
    (ev,) = extract_text(text, published=date(2013, 2, 21))
    assert ev.sub_event_type == "Armed clash"


def test_a_pronoun_saying_more_of_the_recalled_event_is_background_too() -> None:
    doc = Pipeline().make_doc(Article(doc_id="t", published=date(2013, 2, 21), text=(
        "Les combats opposent jeudi des soldats maliens à des islamistes à Gao. "
        "Les 8 et 9 février, cette ville a connu les deux premiers attentats-suicides de l'histoire du Mali. "
        "Ils ont été commis par deux kamikazes.")))
    assert {1, 2} <= set(doc.background)


def test_who_holds_a_town_now_is_no_seizure() -> None:
    text = ("À Gao, la marche contre les groupes armés qui occupent la ville a dégénéré. Lors de la manifestation, "
            "mardi 26 juin, une douzaine de personnes ont été blessées par balles.")
    assert "Non-state actor overtakes territory" not in {e.sub_event_type for e in extract_text(text, published=date(2012, 6, 27))}


@pytest.mark.parametrize("text", [
    "Niger: Military patrol attacked, 15 soldiers killed, 19 injured.",
    "Mali : un poste militaire attaqué, cinq soldats tués.",
])
def test_a_headlines_passive_with_no_object_names_who_was_hit(text: str) -> None:
    roles = _roles(text)
    assert roles.get("military patrol", roles.get("poste militaire")) == "victim"


@pytest.mark.parametrize("text", [
    "Un djihadiste kamikaze s'est tué samedi en actionnant sa ceinture d'explosifs à l'entrée de Tombouctou, blessant un "
    "soldat malien. « C'est un kamikaze qui a actionné sa ceinture après avoir tenté de forcer le barrage de l'entrée ouest "
    "de Tombouctou tenu par les militaires maliens », a déclaré une source.",
    "A suicide bomber blew himself up at an army checkpoint in Gao on Sunday, wounding two Malian soldiers. The bomber tried "
    "to force the checkpoint at the town's western entrance held by Malian soldiers, a source said.",
])
def test_a_suicide_bomber_is_no_states_soldier(text: str) -> None:
    (ev,) = extract_text(text, published=date(2013, 3, 31))
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.actor1 is not None and not ev.actor1.startswith("Military Forces")
    assert ev.actor2 is not None and ev.actor2.startswith("Military Forces of Mali")
