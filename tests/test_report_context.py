"""Report-level context: what a whole report says about each of its events (made-up reports)."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.extract.fatalities import find_tolls

PUB = date(2024, 2, 16)


def test_a_story_dated_by_an_earlier_month_only_is_background() -> None:
    text = (
        "Gunmen killed six villagers in Seytenga on Tuesday, residents said.\n\n"
        "In January, two soldiers were killed when their vehicle hit a mine near Dori."
    )
    pub = date(2024, 2, 10)  # mid-January is under a month before: the month alone tells
    events = extract_text(text, lang="en", published=pub)
    assert [e.location for e in events] == ["Seytenga"]
    with_bg = extract_text(text, lang="en", published=pub, include_background=True)
    old = [e for e in with_bg if e.background]
    assert old and "earlier month" in (old[0].reason or "")
    # the same month as the report is news
    same = extract_text(text.replace("In January", "In February"), lang="en", published=pub)
    assert len(same) == 2


def test_a_vehicle_that_hits_another_explosive_is_an_ied() -> None:
    (ev,) = extract_text("A supply convoy hit another explosive device near Djibo on Monday, killing a driver.",
                         lang="en", published=PUB)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.fatalities == 1


def test_a_list_of_victims_after_one_verb_adds_up() -> None:
    text = "The blast killed four soldiers, one customs officer and a driver who was with them, the army said."
    (toll,) = find_tolls(text, "en", [(0, len(text))])
    assert toll.value == 6 and toll.kind == "killed"
    fr = "L'explosion a tué trois soldats, deux civils et un gendarme."
    assert [t.value for t in find_tolls(fr, "fr", [(0, len(fr))])] == [6]
    # the one who tells is not one more victim; counts with their own verb keep their own side
    said = "Helicopters struck the group, killing several fighters, a local official said."
    assert [t.value for t in find_tolls(said, "en", [(0, len(said))])] != [find_tolls(said, "en", [(0, len(said))])[0].value + 1]
    own = "Gunmen killed 12 soldiers and wounded two civilians."
    assert [(t.value, t.kind) for t in find_tolls(own, "en", [(0, len(own))])] == [(12, "killed"), (2, "wounded")]


def test_a_toll_told_before_the_event_happened_is_not_its_toll() -> None:
    text = (
        "Another patrol hit a mine near Djibo on Thursday, killing a soldier, the army said.\n\n"
        "The army had said on Wednesday that eleven soldiers were killed in an attack."
    )
    events = extract_text(text, lang="en", published=PUB)
    djibo = [e for e in events if e.location == "Djibo"]
    assert djibo and djibo[0].fatalities == 1


def test_an_event_placed_only_in_its_country_takes_the_reports_one_place() -> None:
    text = (
        "Two soldiers were killed in Burkina Faso on Monday when their patrol hit a mine, the army said.\n\n"
        "\"We will not give up,\" the statement said.\n\n"
        "Residents of Titao said the army had been patrolling the area for weeks."
    )
    (ev,) = extract_text(text, lang="en", published=PUB)
    assert ev.location == "Titao" and ev.geo_precision == 2
    assert ev.evidence["location"][0].text == "Titao"
    # a named region is the more honest place: the town may be elsewhere in it
    region = text + " Officials of Loroum province said convoys would resume."
    (ev,) = extract_text(region, lang="en", published=PUB)
    assert ev.location != "Titao" and ev.geo_precision == 3


def test_a_lead_summing_up_attacks_in_the_plural_is_not_one_more() -> None:
    text = (
        "Nine people were killed this week in attacks in northern Burkina Faso, officials said.\n\n"
        "Gunmen killed six villagers in Seytenga on Tuesday.\n\n"
        "On Thursday, three soldiers were killed when their patrol hit a mine near Seytenga."
    )
    events = extract_text(text, lang="en", published=PUB)
    assert sorted(e.fatalities or 0 for e in events) == [3, 6]


def test_sentences_glued_by_a_lost_space_are_split() -> None:
    from conflictwire.nlp import split_sentences

    text = "Des frappes ont visé Mansila, a indiqué la télévision du Burkina Faso.Des soldats ont été tués, selon même source .L'armée a confirmé. Voir www.lefaso.net."
    assert [s.text for s in split_sentences(text)] == [
        "Des frappes ont visé Mansila, a indiqué la télévision du Burkina Faso.",
        "Des soldats ont été tués, selon même source .",
        "L'armée a confirmé.",
        "Voir www.lefaso.net.",
    ]


def test_who_gives_the_figures_is_not_who_attacked() -> None:
    text = (
        "Le camp militaire de Kwala a été la cible d'une attaque samedi. Aucun bilan n'a été indiqué par "
        "l'armée malienne, mais des sources locales font état de trente morts."
    )
    (ev,) = extract_text(text, lang="fr", published=PUB)
    assert ev.event_type == "Battles"
    assert ev.actor1 == "Unidentified Armed Group (Mali)" and ev.actor2 == "Military Forces of Mali"


def test_a_report_that_goes_back_to_a_day_already_told_tells_the_same_event() -> None:
    text = (
        "Deux civils sont décédés samedi, dans le nord du Mali, au passage de leur véhicule sur un engin explosif.\n\n"
        "La veille, trois soldats maliens avaient trouvé la mort près de Hombori après l'explosion d'une mine.\n\n"
        "Le camion qui a explosé samedi se dirigeait vers Tessalit. Des casques bleus sont allés porter secours aux victimes."
    )
    events = extract_text(text, lang="fr")
    saturday = [e for e in events if e.location == "Tessalit"]
    assert len(saturday) == 1 and saturday[0].fatalities == 2
    # peacekeepers who came to help did not lay the mine
    assert saturday[0].actor1 == "Unidentified Armed Group (Mali)"


def test_a_yearly_toll_is_history_even_without_a_publication_date() -> None:
    text = (
        "Trois soldats ont été tués samedi par une mine près de Hombori.\n\n"
        "Ces engins explosifs ont fait 76 morts et 287 blessés au Mali en 2020, selon l'ONU."
    )
    events = extract_text(text, lang="fr")
    assert [e.fatalities for e in events] == [3]


def test_a_bombing_attack_in_french() -> None:
    (ev,) = extract_text("Un attentat à l'engin explosif improvisé a tué deux gendarmes lundi près de Dori.", lang="fr", published=PUB)
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.fatalities == 2


def test_a_headline_near_a_town_tells_the_story_of_an_unknown_village() -> None:
    text = (
        "Neuf humanitaires enlevés à l'ouest de Niamey\n\n"
        # (a made-up village: the shipped gazetteer knows Bossey Bangou, the village of the real story)
        "Ils ont été kidnappés dans le village de Tingaya Koira, près de la frontière, a indiqué la préfecture."
    )
    (ev,) = extract_text(text, lang="fr", published=PUB)
    # (west of the capital is not the capital's district: the village is placed in the country the
    # headline names, not at Niamey)
    assert ev.location == "Tingaya Koira" and ev.country == "Niger" and ev.admin1 != "Niamey"


def test_the_day_a_toll_was_revised_and_where_people_fled_tell_no_new_event() -> None:
    text = (
        "Des hommes armés ont attaqué dimanche un village de la commune de Djibasso. Le bilan, d'abord "
        "estimé à une vingtaine de morts, s'est alourdi lundi soir à 28 morts, selon des sources locales.\n\n"
        "Les assaillants ont ouvert le feu sur la place du marché. Des dizaines de familles ont fui vers Nouna."
    )
    events = extract_text(text, lang="fr", published=date(2023, 12, 5))
    assert [(e.location, e.fatalities, e.event_date) for e in events] == [("Djibasso", 28, date(2023, 12, 3))]


def test_tear_gas_grenades_are_no_grenade_attack() -> None:
    (ev,) = extract_text("Des milliers de personnes ont manifesté dimanche à Niamey avant d'être dispersées "
                         "par des grenades lacrymogènes.", lang="fr", published=PUB)
    assert ev.event_type == "Protests"
    (ev,) = extract_text("Police fired tear gas grenades at protesters in Bamako on Friday.", lang="en", published=PUB)
    assert ev.event_type == "Protests"
    (ev,) = extract_text("Un homme a lancé une grenade dans un bar de Gao samedi.", lang="fr", published=PUB)
    assert ev.sub_event_type == "Grenade"


def test_where_the_wounded_were_flown_is_no_event_place() -> None:
    (ev,) = extract_text("Quatre militaires ont été tués mardi près de Kidal et les blessés ont été évacués "
                         "par hélicoptère à Gao.", lang="fr", published=PUB)
    assert ev.location == "Kidal"


def test_a_paragraph_that_turns_to_another_place_opens_its_event() -> None:
    text = (
        "Le détachement militaire de Tankougounadié est tombé aux mains de groupes armés après plusieurs "
        "heures de combats. Des dizaines de soldats ont été tués.\n\n"
        "Dans la commune voisine de Mansila, les forces de défense se sont repliées sur Sebba. Les hommes armés "
        "sont entrés dans le chef-lieu sans rencontrer de résistance, selon des habitants."
    )
    events = extract_text(text, lang="fr", published=PUB)
    assert [(e.location, e.sub_event_type) for e in events] == [
        ("Tankougounadié", "Armed clash"), ("Mansila", "Non-violent transfer of territory")]


def test_a_post_set_up_by_the_forces() -> None:
    (ev,) = extract_text("On Sunday, the Defence and Security Forces set up a new forward operating post at Tillia, "
                         "in Niger, to secure the Tahoua-Tillia axis.", lang="en", published=PUB)
    assert ev.sub_event_type == "Headquarters or base established"
    assert ev.actor1 == "Military Forces of Niger"
    (ev,) = extract_text("Le jeudi 11 avril, un détachement militaire a été installé à Partiaga, au Burkina Faso.",
                         lang="fr", published=PUB)
    assert ev.sub_event_type == "Headquarters or base established" and ev.location == "Partiaga"


def test_a_march_after_a_bombing_is_another_event() -> None:
    text = (
        "A suicide bomber blew himself up at a checkpoint on the outskirts of Tillaberi on Monday, killing four "
        "soldiers. The bomber rode up to the checkpoint on the road to Niamey and detonated his explosives.\n\n"
        "On Sunday, several thousand people marched peacefully through central Niamey in support of the government."
    )
    events = extract_text(text, lang="en", published=date(2024, 10, 8))
    assert [(e.event_type, e.location) for e in events] == [
        ("Explosions/Remote violence", "Tillabéri"), ("Protests", "Niamey")]
    (ev,) = extract_text("Plusieurs milliers de personnes ont marché samedi dans les rues de Ouagadougou pour soutenir "
                         "la Transition.", lang="fr", published=PUB)
    assert ev.sub_event_type == "Peaceful protest"


def test_mutinying_soldiers_are_coded_apart_from_the_army() -> None:
    # mutineers who fight or take towns are an armed actor apart from the army; mutineers who fire
    # in the air and loot riot (the ACLED notes code the 2011 Burkina mutinies so)
    (ev,) = extract_text("Soldiers mutinied over unpaid salaries in Diffa, Niger, on Monday and seized control of "
                         "the town.", lang="en", published=PUB)
    assert ev.actor1 == "Mutiny of Military Forces of Niger"
    (ev,) = extract_text("Soldiers mutinied over unpaid salaries in Diffa, Niger, on Monday, firing in the air and "
                         "looting shops.", lang="en", published=PUB)
    assert (ev.sub_event_type, ev.actor1) == ("Violent demonstration", "Rioters (Niger)")


def test_a_mutiny_named_as_a_time_and_an_attack_suffered_by_the_army_leave_the_army_the_side_hit() -> None:
    from conflictwire.extract.actors import role_of
    from conflictwire.extract.subtypes import mutiny_told
    from conflictwire.textutil import fold

    said = fold("Il s'agit de la quatrième attaque subie par les FAMa suite à une mutinerie militaire le 18 août.")
    assert not mutiny_told(said) and not mutiny_told("the third attack since the 2020 mutiny")
    assert mutiny_told(fold("Des soldats mutinés ont tiré en l'air dans le camp."))
    fama = said.index("fama")
    assert role_of(said, fama, fama + 4, 0)[0] == "victim"


def test_the_sources_country_names_the_actors_of_a_text_that_names_none() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = "Police fired teargas at students protesting against the arrest of two union leaders."
    (bare,) = Pipeline()(Article(doc_id="a", text=text, published=PUB), "en")
    assert bare.actor1 == "Protesters (Unknown)"
    (hinted,) = Pipeline()(Article(doc_id="a", text=text, published=PUB, country="BF"), "en")
    assert hinted.actor1 == "Protesters (Burkina Faso)" and hinted.country == "Burkina Faso"
    # a hint, never a bound: a town the text names abroad stays where it is
    (abroad,) = Pipeline()(Article(doc_id="b", text="Gunmen attacked Ménaka on Monday, killing three.", published=PUB,
                                   country="BF"), "en")
    assert abroad.country == "Mali" and abroad.location == "Ménaka"


def test_marches_strikes_and_sit_ins() -> None:
    for text in ("Women's day was marked by a march in Dedougou.", "Toll workers went on a 72 hour strike nationwide.",
                 "Teachers observed a 48h work stoppage in Bourzanga.", "Workers held a sit in to denounce appointments."):
        (ev,) = extract_text(text, lang="en", published=PUB)
        assert ev.sub_event_type == "Peaceful protest", text
    # the month is no march
    (ev,) = extract_text("In March 2020, gunmen killed three people in Djibo.", lang="en", published=PUB)
    assert ev.event_type == "Violence against civilians"


def test_an_ambush_of_civilians_is_an_attack_and_a_fight_is_a_clash() -> None:
    (ev,) = extract_text("On Tuesday, unknown gunmen ambushed a man and his children near Djibo; the man was shot dead.",
                         lang="en", published=PUB)
    assert ev.sub_event_type == "Attack" and ev.actor2 == "Civilians (Burkina Faso)"
    (ev,) = extract_text("On Tuesday, gunmen ambushed an army patrol near Djibo, killing two soldiers.", lang="en", published=PUB)
    assert ev.sub_event_type == "Armed clash"


def test_wounded_who_died_add_up_and_no_casualties_is_no_count() -> None:
    (ev,) = extract_text("Militants attacked the village of Diabiga on Monday, killing five civilians and wounding three "
                         "others; one of the wounded succumbed.", lang="en", published=PUB)
    assert ev.fatalities == 6
    (ev,) = extract_text("Des hommes armés ont tué trois civils à Djibo lundi; deux des blessés ont succombé mardi.",
                         lang="fr", published=PUB)
    assert ev.fatalities == 5
    (ev,) = extract_text("On Monday, militants attacked an army position in Baraboule, attack repelled and no casualties "
                         "reported.", lang="en", published=PUB)
    assert ev.fatalities == 0 and not ev.tolls
    (ev,) = extract_text("On Monday, unknown gunmen killed two village chiefs of Kain and Kain-Ouro.", lang="en", published=PUB)
    assert ev.fatalities == 2


def test_the_day_after_opens_another_event_there_and_dates_it() -> None:
    text = (
        "Au moins onze civils ont été tués dimanche lors de l'attaque d'un marché à Djibo par des hommes armés.\n\n"
        "Le lendemain, l'armée a mené des frappes aériennes dans la zone de Djibo, neutralisant « plusieurs "
        "dizaines de terroristes », selon l'état-major."
    )
    attack, strike = extract_text(text, lang="fr", published=date(2025, 5, 20))
    assert (attack.sub_event_type, attack.fatalities, attack.event_date) == ("Attack", 11, date(2025, 5, 18))
    assert strike.sub_event_type == "Air/drone strike" and strike.actor1 == "Military Forces of Burkina Faso"
    assert strike.event_date == date(2025, 5, 19) and strike.fatalities == 12
    # "The next day, police arrested…": the arrest, at the town told, not the killing it refers to
    text = ("A crowd beat two men to death in the market of Ansongo, in Mali's Gao region, witnesses said.\n\n"
            "The next day, police arrested four people suspected of taking part in the killing.")
    lynching, arrest = extract_text(text, lang="en", published=date(2025, 5, 20))
    assert arrest.sub_event_type == "Arrests" and arrest.location == "Ansongo"
    # mid-sentence, the following day goes on with the same event
    (ev,) = extract_text("Gunmen abducted two men near Tessalit on Monday. The two were killed the following day.",
                         lang="en", published=date(2025, 5, 20))
    assert ev.fatalities == 2


def test_they_who_loot_the_day_after_are_the_attackers() -> None:
    text = ("Des hommes armés sont entrés samedi dans Mansila, au Burkina Faso, sans rencontrer de résistance.\n\n"
            "Le jour suivant, ils ont pillé les boutiques et incendié la mairie de Mansila.")
    first, looting = extract_text(text, lang="fr", published=PUB)
    assert looting.sub_event_type == "Looting/property destruction"
    assert looting.actor1 == first.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_who_an_explosion_hit_comes_from_its_toll() -> None:
    (ev,) = extract_text("A patrol hit another explosive device near Djibo on Thursday, killing a park official.",
                         lang="en", published=PUB)
    assert ev.event_type == "Explosions/Remote violence" and ev.actor2 == "Civilians (Burkina Faso)"
    (ev,) = extract_text("A convoy hit a landmine near Djibo on Thursday, killing three soldiers.", lang="en", published=PUB)
    assert ev.actor2 == "Military Forces of Burkina Faso"


def test_an_approximate_figure_counts_a_vague_word_does_not() -> None:
    text = ("Le lundi 11 août 2025, une patrouille des FAMa a été prise à partie par des terroristes près de Boulkessi. "
            "La riposte a permis de neutraliser une vingtaine de terroristes. Côté ami, le bilan fait état de 4 morts.")
    (ev,) = extract_text(text, lang="fr", published=date(2025, 8, 12))
    assert ev.fatalities == 24
    vague = text.replace("une vingtaine de", "de nombreux")
    (ev,) = extract_text(vague, lang="fr", published=date(2025, 8, 12))
    assert ev.fatalities == 4


def test_the_same_day_and_history_told_as_years_after() -> None:
    text = ("Le lundi 11 août 2025, des terroristes ont attaqué une patrouille des FAMa près de Boulkessi.\n\n"
            "Le même jour, un engin explosif improvisé a touché un véhicule civil sur l'axe Douentza-Boni, faisant 3 morts.")
    patrol, ied = extract_text(text, lang="fr", published=date(2025, 8, 12))
    assert ied.event_date == patrol.event_date == date(2025, 8, 11)
    text = ("Militants attacked a military position in Niono on Tuesday, the army said.\n\n"
            "The attack comes a year after militants killed more than 70 people in an assault on a school in Bamako.")
    assert [e.location for e in extract_text(text, lang="en", published=date(2025, 7, 3))] == ["Niono"]


def test_the_armys_own_losses_are_its_side_lowest_figure_first() -> None:
    text = ("Islamic State's Sahel Province claimed an attack on Thursday on an army convoy between Tillia and Tahoua, "
            "Niger, that it said killed 15 soldiers.\n\nThe army put its losses at seven dead and said 20 assailants were killed.")
    (ev,) = extract_text(text, lang="en", published=date(2025, 6, 15))
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (27, 27, 35)
    assert ev.claimed_by == "Islamic State (Sahel)"


def test_a_very_long_document_is_read_in_sections_with_spans_into_the_whole(monkeypatch) -> None:
    import conflictwire.pipeline as pipeline
    from conflictwire.model import Article

    monkeypatch.setattr(pipeline, "SECTION", 300)
    story = ("Gunmen killed {n} villagers in Djibo on Monday, residents said. The attackers came on motorbikes "
             "and burned the market.\n\n")
    text = "".join(story.format(n=n) for n in range(3, 13)) + "Jihadists ambushed an army patrol near Dori on Tuesday, killing four soldiers.\n"
    assert len(pipeline.sections(text, 300)) > 3
    events = pipeline.Pipeline()(Article(doc_id="long", text=text, published=PUB), "en")
    assert {e.doc_id for e in events} == {"long"} and len({e.event_id for e in events}) == len(events)
    assert any(e.location == "Dori" for e in events)  # from the last section
    for e in events:
        for spans in e.evidence.values():
            assert all(text[s.start : s.end] == s.text for s in spans)
        assert all(text[t.start : t.end] == t.text for t in e.tolls)


def test_the_forces_and_their_allied_militia_are_the_forces_with_an_associate() -> None:
    text = "On Tuesday, Burkina Faso's army and allied militias killed at least 12 herders in the village of Dablo."
    (ev,) = extract_text(text, lang="en", published=PUB)
    assert ev.actor1.startswith("Military Forces of Burkina Faso")


def test_the_group_victims_were_accused_of_siding_with_is_no_side() -> None:
    text = ("On Tuesday, at least ten villagers were executed in the village of Dablo, witnesses said. The witnesses "
            "described armed men executing villagers after accusing them of collaborating with Jama'at Nusrat "
            "al-Islam wal-Muslimin (JNIM).")
    (ev,) = extract_text(text, lang="en", published=PUB)
    assert not ev.actor1.startswith("JNIM")


def test_on_an_undated_page_an_event_with_no_day_is_coded_at_the_day_it_was_reported() -> None:
    from datetime import date as day
    text = "As reported on 21 September 2019, JNIM and ISGS militants clashed near Ménaka, no casualties reported."
    (ev,) = extract_text(text, lang="en", published=None)
    assert (ev.event_date, ev.time_precision) == (day(2019, 9, 21), 2) and "event_date" in ev.evidence
    # a page with a date of its own keeps it for an event with no day
    (dated,) = extract_text(text, lang="en", published=PUB)
    assert dated.event_date == PUB


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday, a patrol of the VDP (Volunteers for the Defense of the Homeland) fell into an ambush near "
           "Gorgadji, a security source said. There are at least eight dead among the volunteers."),
    ("fr", "Mercredi, une patrouille des VDP est tombée dans une embuscade près de Gorgadji, faisant huit morts parmi "
           "les volontaires."),
])
def test_those_who_fell_into_an_ambush_were_ambushed(lang: str, text: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=PUB)
    assert not ev.actor1.startswith("VDP") and (ev.actor2 or "").startswith("VDP")


def test_the_sahel_s_al_qaeda_affiliate_told_only_as_such_is_jnim_since_its_founding() -> None:
    text = "On Wednesday, al Qaeda-linked militants killed 12 soldiers in an attack on an army base in Kofouno, Benin."
    (ev,) = extract_text(text, lang="en", published=PUB)
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims"
    (old,) = extract_text(text, lang="en", published=date(2015, 6, 4))
    assert old.actor1 == "AQIM: Al Qaeda in the Islamic Maghreb"
    (fr,) = extract_text("Mercredi, des jihadistes liés à Al-Qaïda ont tué 12 soldats dans une attaque contre une base à "
                         "Kofouno, au Bénin.", lang="fr", published=PUB)
    assert fr.actor1 == "JNIM: Group for Support of Islam and Muslims"
