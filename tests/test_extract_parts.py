"""Each extraction component on its own: tolls, dates, triggers, background."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire.extract.background import background_reason
from conflictwire.extract.dates import find_dates
from conflictwire.extract.fatalities import find_tolls
from conflictwire.extract.numbers import word_number
from conflictwire.extract.tolls import reduce_tolls
from conflictwire.extract.triggers import find_triggers, trigger_rules
from conflictwire.taxonomy import SUB_TO_TYPE


def tolls(text: str, lang: str):
    return find_tolls(text, lang, [(0, len(text))])


@pytest.mark.parametrize(
    ("lang", "text", "kind", "side", "value", "low", "high"),
    [
        ("en", "a drone strike killed 6 Islamic State militants", "killed", "attackers", 6, None, None),
        ("en", "up to 30 soldiers reportedly lost their lives", "killed", "forces", 30, None, 30),
        ("en", "between 20 and 30 civilians were killed", "killed", "civilians", 20, 20, 30),
        ("en", "at least twenty-five villagers were killed", "killed", "civilians", 25, 25, None),
        ("en", "dozens of people were killed", "killed", "unknown", 12, 12, 99),
        ("en", "Gunmen wounded 14 people", "wounded", "unknown", 14, None, None),
        ("en", "militants kidnapped 9 aid workers", "abducted", "civilians", 9, None, None),
        ("fr", "des sources locales confirment 30 à 32 morts", "killed", "unknown", 30, 30, 32),
        ("fr", "une trentaine de soldats ont été tués", "killed", "forces", 30, 28, 32),
        ("fr", "vingt-cinq terroristes ont été neutralisés", "killed", "attackers", 25, None, None),
        ("fr", "l'attaque a fait une dizaine de morts", "killed", "unknown", 10, 8, 12),
        ("fr", "au moins quatre-vingt-dix civils tués", "killed", "civilians", 90, 90, None),
    ],
)
def test_toll_mentions(lang, text, kind, side, value, low, high) -> None:
    found = tolls(text, lang)
    assert len(found) == 1, found
    t = found[0]
    assert (t.kind, t.side, t.value, t.low, t.high) == (kind, side, value, low, high)
    assert text[t.start : t.end] == t.text


def test_numbers_that_count_no_people_are_ignored() -> None:
    assert tolls("The attack happened 30 km from Djibo at 5 pm, 2 vehicles were burned", "en") == []
    assert tolls("à 45 kilomètres de Gao, le 12 juin", "fr") == []


def test_killed_or_wounded_is_not_a_death_toll() -> None:
    (t,) = tolls("several soldiers were either killed or wounded", "en")
    assert t.kind == "killed_or_wounded" and t.value is None
    assert reduce_tolls([t]).value is None


def test_reduce_revision_sides_and_ranges() -> None:
    text = "A provisional toll gave 12 soldiers killed. The toll rose to 28 soldiers killed, and 20 attackers were killed."
    r = reduce_tolls(tolls(text, "en"))
    assert r.value == 48
    text = "The army said 10 soldiers died; local sources said 40 soldiers were killed."
    r = reduce_tolls(tolls(text, "en"))
    assert (r.value, r.low, r.high) == (10, 10, 40)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("On 1 March 2020, a drone strike", date(2020, 3, 1), 1),
        ("dimanche dernier à Djibo", date(2024, 6, 2), 1),
        ("dans la nuit de samedi à dimanche", date(2024, 6, 1), 1),
        ("hier, des hommes armés", date(2024, 6, 3), 1),
        ("on Sunday, gunmen", date(2024, 6, 2), 1),
        ("le 28 mai, des hommes armés", date(2024, 5, 28), 1),
        ("three days ago", date(2024, 6, 1), 2),
        ("last week", date(2024, 5, 28), 2),
        ("in March 2019", date(2019, 3, 15), 3),
        # an abbreviated month's dot stands for the space
        ("On Mar.28, gunmen", date(2024, 3, 28), 1),
        ("between Mar.28 and Apr.7", date(2024, 3, 28), 2),  # a range: its first day, precision 2
        ("On 2January, armed groups attacked", date(2024, 1, 2), 1),  # a day glued to its month
        ("killed between 27 March and 1 April", date(2024, 3, 27), 2),  # a range across two months: its first day
    ],
)
def test_dates_resolve_against_publication(text: str, value: date, precision: int) -> None:
    (d,) = find_dates(text, date(2024, 6, 4))
    assert (d.value, d.precision) == (value, precision)


def test_an_overnight_assault_on_a_day_written_is_that_day_s_night() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = ("Two suicide bombers let off explosives in front of a military camp in Timbuktu today, killing two civilians.\n\n"
            "On March 21, a suicide bomber blew up a car near the Timbuktu airport at the start of an overnight assault "
            "on the city, killing a Malian soldier.")
    doc = Pipeline().make_doc(Article(doc_id="x", text=text, published=date(2013, 9, 28)), "en")
    assert [d.text for d in doc.dates] == ["March 21"] and 1 in doc.background


def test_no_publication_date_means_no_invented_date() -> None:
    for text in ("on Sunday", "dimanche dernier", "hier", "June 2"):
        (d,) = find_dates(text, None)
        assert d.value is None


@pytest.mark.parametrize(
    "text, value",
    [
        # the year the sentence has given, the day after the history it recalls
        ("On March 3, militants abducted a man close to the late mayor assassinated in April 2018.", date(2019, 3, 3)),
        ("On August 17, activists protested the killing of two men on May 31, 2019.", date(2019, 8, 17)),
        # a decision dated days before what it sets is in that year
        ("On July 11, the government extended the state of emergency from July 13, 2019.", date(2019, 7, 11)),
        ("Le 12 mars, des hommes armés ont attaqué le poste. Le camp, attaqué en janvier 2018, a été évacué.", None),
        # a bare year is history and dates nothing
        ("On May 9, employees held a sit-in over grievances detailed back in 2017.", None),
    ],
)
def test_a_day_without_its_year_on_an_undated_page(text: str, value: date | None) -> None:
    first = min(find_dates(text, None), key=lambda d: d.start)
    assert first.value == value


def test_a_day_said_to_be_past_on_an_undated_page_is_before_the_news() -> None:
    text = ("Dans la nuit du lundi 12 au mardi 13 septembre 2022, des hommes armés ont assassiné le chef du village. "
            "Le 23 août dernier, l'un de ses fils avait fait l'objet d'une tentative d'enlèvement.")
    days = {d.text: d.value for d in find_dates(text, None)}
    assert days["23 août"] == date(2022, 8, 23)


@pytest.mark.parametrize("text, value", [
    ("The attack unfolded overnight Saturday in the village of Seytenga.", date(2022, 6, 11)),
    ("Men on motorbikes attacked the village overnight Thursday and Friday.", date(2022, 6, 9)),
])
def test_a_night_named_by_its_weekday(text: str, value: date) -> None:
    first = min(find_dates(text, date(2022, 6, 14)), key=lambda d: d.start)
    assert first.value == value


def test_days_before_is_relative_to_another_event() -> None:
    (d,) = find_dates("Just days before this attack, the group", date(2024, 6, 4))
    assert d.relative_to_event


def test_number_words() -> None:
    assert word_number("twenty-five", "en") == 25
    assert word_number("quatre-vingt-dix", "fr") == 90
    assert word_number("soixante-douze", "fr") == 72
    assert word_number("vingt-et-un", "fr") == 21
    assert word_number("two dozen", "en") == 24 and word_number("dozen", "en") == 12


def test_every_acled_sub_type_has_triggers_in_both_languages() -> None:
    for lang in ("en", "fr"):
        _, rules = trigger_rules(lang)
        covered = {r.sub_event_type for r in rules}
        missing = set(SUB_TO_TYPE) - covered
        assert not missing, (lang, missing)


@pytest.mark.parametrize(
    ("lang", "text", "sub"),
    [
        ("en", "a suicide car bomb hit the base", "Suicide bomb"),
        ("en", "soldiers were killed when their vehicle struck an IED", "Remote explosive/landmine/IED"),
        ("en", "a drone strike hit a wedding", "Air/drone strike"),
        ("fr", "une frappe aérienne a visé des terroristes", "Air/drone strike"),
        ("fr", "les manifestants ont été dispersés à coups de gaz lacrymogène", "Protest with intervention"),
        ("fr", "des hommes armés ont enlevé cinq personnes", "Abduction/forced disappearance"),
        ("en", "the army handed over the camp to the local authorities", "Non-violent transfer of territory"),
    ],
)
def test_triggers(lang: str, text: str, sub: str) -> None:
    subs = {r.sub_event_type for _, _, r in find_triggers(text, lang)}
    assert sub in subs


def test_background_cues() -> None:
    assert background_reason("The junta seized power in 2021 and expelled French troops.", "en", None)
    assert background_reason("Les jihadistes du Jnim ont déjà mené de multiples attaques dans cette zone.", "fr", None)
    assert background_reason("In 2012, rebels took the north.", "en", 2024)
    assert background_reason("On Sunday gunmen killed 12 civilians in Djibo.", "en", 2024) is None
    # a period or several places: a summary, not one event
    assert background_reason("Une semaine durant, les terroristes ont mené des actions dans certaines localités du pays.",
                             "fr", 2023)
    assert background_reason("Dans leur riposte face à ces actes, l'armée a neutralisé plus de 100 terroristes.", "fr", 2023)
    assert background_reason("Over the past week, jihadists have attacked several army posts.", "en", 2023)
    assert background_reason("On the week of July 9, soldiers burned granaries in Kourfayel.", "en", 2023) is None
    assert background_reason("He did not show up for two weeks, and gunmen came to his village.", "en", 2023) is None
    # the pluperfect with a month tells an earlier event; with a day it may be the news told by a source
    assert background_reason("Mi-janvier, 66 femmes avaient été enlevées à Arbinda puis retrouvées par l'armée.", "fr", None)
    assert background_reason("In January, gunmen had killed 12 people in Djibo.", "en", None)
    assert background_reason("Les assaillants avaient attaqué le village dimanche.", "fr", None) is None
    # a pattern of violence described is no one event
    assert background_reason("Indiscriminate attacks by armed groups against civilians and widespread use of rape "
                             "have been reported.", "en", 2021)
    assert background_reason("Les exactions répétées des groupes armés ont poussé des milliers de personnes à fuir.", "fr", 2021)
    assert background_reason("Kara is one among dozens of villages looted and torched in the past few months.", "en", 2018)
    assert background_reason("More than 30 villagers were killed in two attacks within the last week.", "en", 2018)
    # people who fled violence are a displacement figure
    assert background_reason("Le nombre de personnes ayant fui les attaques terroristes s'élève à 1 814 283.", "fr", 2022)
    assert background_reason("More than 11,000 people were forced to flee the attacks in May.", "en", 2022)
    # ACLED codes no accident
    assert background_reason("Two servicemen and a civilian died when a grenade accidentally exploded in a bar.", "en", 2021)
    assert background_reason("Un soldat a été tué par un tir accidentel au camp de Kati.", "fr", 2021)
    assert background_reason("A grenade exploded in a bar, killing two servicemen.", "en", 2021) is None
    # a toll over the report's own year is a statistic; a day or a month dates an event
    assert background_reason("Armed groups in two regions have killed more than 400 civilians in 2021, a rights group said.",
                             "en", 2021)
    assert background_reason("Les attaques ont fait plus de 300 morts en 2023 dans la région.", "fr", 2023)
    assert background_reason("Gunmen killed 16 people on Friday 20 August 2021 in Thiem.", "en", 2021) is None


def test_one_death_per_singular_victim_without_a_number() -> None:
    from conflictwire.extract.single_victims import find_singular_tolls

    def deaths(text: str, lang: str = "en") -> list[int | None]:
        return [t.value for t in find_singular_tolls(text, lang, [(0, len(text))], [])]

    assert deaths("Gunmen killed the village chief of Djabel and his son.") == [2]
    assert deaths("A man accused of sorcery was beaten to death.") == [1]
    assert deaths("Un gendarme a été tué et deux autres blessés.", "fr") == [1]
    assert deaths("Gunmen attacked the village chief's house.") == []


def test_type_follows_who_took_part() -> None:
    from conflictwire import extract_text

    (ev,) = extract_text("On 3 May 2019, suspected JNIM militants attacked the town hall of Nassere and burned shops, no casualties reported.")
    assert ev.sub_event_type == "Looting/property destruction"
    # a village attacked where no one was hurt or shot at is looting too, as ACLED codes the Sahel's notes
    (ev,) = extract_text("On 3 May 2019, suspected JNIM militants attacked the village of Nassere and burned shops, no casualties reported.")
    assert ev.sub_event_type == "Looting/property destruction"
    (ev,) = extract_text("On 3 May 2019, suspected JNIM militants attacked the villagers of Nassere and burned shops.")
    assert ev.sub_event_type == "Attack"  # its people were the target
    (ev,) = extract_text("On 3 May 2019, JNIM militants killed five Dan Na Ambassagou militiamen in Dempare, Mali.")
    assert ev.sub_event_type == "Armed clash" and ev.fatalities == 5
    (ev,) = extract_text("On 3 May 2019, students clashed with villagers in Koudougou, Burkina Faso.")
    assert ev.event_type == "Riots" and ev.actor1 == "Rioters (Burkina Faso)"


def test_each_toll_keeps_who_gave_it() -> None:
    from datetime import date

    from conflictwire import extract_text

    text = (
        "Gunmen attacked the village of Solhan on Friday night. The army said 10 civilians were killed, "
        "while local sources put the toll at 40 dead."
    )
    (ev,) = extract_text(text, published=date(2021, 6, 7))
    sources = {(t.value, t.source) for t in ev.tolls}
    assert sources == {(10, "army"), (40, "locals")}
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (10, 10, 40)


def test_lists_pronouns_negations_and_slugs_in_tolls() -> None:
    from datetime import date

    from conflictwire import extract_text

    def fat(text: str) -> int | None:
        (ev,) = extract_text(text, published=date(2024, 5, 6))
        return ev.fatalities

    assert fat("On 4 May 2024, gunmen assassinated a municipal councillor and a village chief in Tiemboulo, Burkina Faso.") == 2
    assert fat("On 4 May 2024, JNIM militants attacked a church in Toulfe and killed a catechist and three other worshippers.") == 4
    assert fat("On 4 May 2024, gunmen broke into the house of a trader in Gao, robbing and killing him.") == 1
    assert fat("On 4 May 2024, a grenade was thrown at a bar in Bamako. No one died in the explosion.") == 0
    assert fat("deux-soldats-tues-a-boni\nOn 4 May 2024, gunmen attacked a post in Boni, Mali, wounding three soldiers.") == 0


def test_more_victims_add_up_and_codes_are_not_counts() -> None:
    from datetime import date

    from conflictwire import extract_text

    def fat(text: str) -> int | None:
        (ev,) = extract_text(text, published=date(2024, 5, 6))
        return ev.fatalities

    assert fat("On 4 May 2024, an IED hit a convoy near Inata: 2 dead and several wounded; 2 more died later.") == 4
    assert fat("On 4 May 2024, four women and a child were killed when their cart struck a mine near Taba, Mali.") == 5
    assert fat("On 4 May 2024, gunmen killed a man near Kpuere (coded at geoprecision 2), Burkina Faso.") == 1


def test_a_sentence_dating_its_event_to_the_reports_week_is_news_despite_an_aside() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    pipe = Pipeline()
    news = "Gunmen killed 12 civilians in Djibo on 2 May 2024, amid a wave of attacks in the region."
    art = Article(doc_id="n", text=news, published=date(2024, 5, 4))
    assert pipe.make_doc(art, "en").background == {}
    assert [e.location for e in pipe(art, "en")] == ["Djibo"]
    # the same sentence about a day months before the report stays background
    old = Article(doc_id="o", text=news.replace("2 May", "2 January"), published=date(2024, 5, 4))
    assert 0 in pipe.make_doc(old, "en").background
    # and a campaign told without a day of its own too
    series = Article(doc_id="s", text="Gunmen have killed civilians in Djibo amid a wave of attacks.", published=date(2024, 5, 4))
    assert 0 in pipe.make_doc(series, "en").background


def test_a_fight_for_several_hours_is_a_duration_not_another_day() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Militants killed at least 25 soldiers in an attack on a military detachment in northern Burkina Faso on Saturday.\n\n"
            "Hundreds of fighters stormed the detachment in Aribinda, in Soum province, and fought troops for several "
            "hours before withdrawing, the sources said.")
    (ev,) = extract_text(text, published=date(2024, 11, 4), lang="en")
    assert (ev.location, ev.fatalities, str(ev.event_date)) == ("Aribinda", 25, "2024-11-02")


def test_a_byline_s_date_dates_the_page_not_the_event() -> None:
    from datetime import date

    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline
    text = ("Attack on health centre in Gorgadji\n\nOCHA Burkina Faso | 14 May 2024\n\n"
            "On the evening of 10 May, unidentified armed men attacked the health centre of Gorgadji.")
    doc = Pipeline().make_doc(Article(doc_id="x", text=text, published=date(2024, 5, 14)), "en")
    assert [(d.text, d.reporting) for d in doc.dates] == [("14 May 2024", True), ("10 May", False)]


def test_a_fight_that_lasted_hours_before_a_repulse_and_a_claim_s_day_are_no_other_day() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Le camp militaire de Tassara a été la cible mercredi d'une attaque complexe. Plusieurs dizaines "
            "d'assaillants ont lancé un assaut au sol.\n\n"
            "Les combats ont duré près de trois heures avant que les assaillants ne soient repoussés.\n\n"
            "L'attaque a été revendiquée jeudi par l'État islamique au Sahel.")
    events = extract_text(text, published=date(2025, 7, 11), lang="fr")
    assert [(e.location, str(e.event_date)) for e in events] == [("Tassara", "2025-07-09")]


def test_gunmen_who_reached_a_joint_base_attacked_it_there() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = "On 4 May 2024, assailants attacked a joint police/army checkpost in Boulikessi, killing two gendarmes."
    (ev,) = extract_text(text, published=date(2024, 5, 6), lang="en")
    assert ev.location in ("Boulkessi", "Boulikessi")


def test_a_date_on_a_line_of_its_own_under_the_title_is_the_page_s() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = ("Suspected Boko Haram militants kill 9 in Niger\n\n12 July 2017\n"
            "On July 2, nine people were killed by militants in the village of Ngalewa, in the Diffa region.")
    doc = Pipeline().make_doc(Article(doc_id="x", text=text, published=date(2017, 7, 12)), "en")
    assert [(d.text, d.reporting) for d in doc.dates] == [("12 July 2017", True), ("July 2", False)]
