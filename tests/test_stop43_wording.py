"""Wording of reports never tuned on (stop 43): an attack told "at the same time as" another
one is another attack."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.extract.background import background_reason
from conflictwire.extract.segment import _separated, _separators, segment
from conflictwire.extract.told_on import is_reporting
from conflictwire.geo.countries_named import borders_named, name_votes
from conflictwire.geo.cues import SOURCE_PLACE
from conflictwire.geo.resolve import near_country
from conflictwire.ingest.clean import clean_text, unwrap_lines
from conflictwire.ingest.files import make_article
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline
from conflictwire.textutil import fold


@pytest.mark.parametrize(("lang", "opener"), [
    ("fr", "Pratiquement en même temps que l'attaque d'Agadez, vers 5h30, un autre véhicule piégé a explosé à Arlit"),
    ("fr", "Simultanément à l'attaque de la caserne, des hommes armés ont ouvert le feu à Arlit"),
    ("en", "At about the same time as the attack on the barracks, a car bomb exploded at the mine in Arlit"),
    ("en", "Simultaneously with the assault on the camp, gunmen opened fire in Arlit"),
])
def test_at_the_same_time_as_an_attack_opens_another(lang: str, opener: str) -> None:
    assert _separated(_separators(lang), fold(opener)[:80])


@pytest.mark.parametrize(("lang", "opener"), [
    ("fr", "En même temps, les soldats ont riposté"),
    ("en", "At the same time, the soldiers fired back"),
])
def test_at_the_same_time_alone_goes_on_with_the_same_fight(lang: str, opener: str) -> None:
    assert not _separated(_separators(lang), fold(opener))


def test_twin_attacks_told_one_after_the_other_are_two_events() -> None:
    text = ("Niger : au moins 23 morts dans les attentats d'Arlit et d'Agadez\n\n"
            "Jeudi matin, vers 5h30, un 4x4 bourré d'explosifs a sauté devant une caserne militaire d'Agadez, "
            "dans le nord du Niger. Dix-huit militaires nigériens et un civil ont été tués lors de cette attaque.\n\n"
            "Pratiquement en même temps que l'attaque d'Agadez, aux environs de 5h30 du matin, un autre 4x4 piégé "
            "a explosé à Arlit, sur le site d'une mine d'uranium. Treize employés ont été blessés.")
    places = sorted(e.location or "" for e in extract_text(text, published=date(2013, 5, 24)))
    assert places == ["Agadez", "Arlit"]


WRAPPED = (
    "Niger says prisoners escape jail after raid\n\n"
    "NIAMEY, June 2 (Reuters) - Some 22 prisoners, including\n"
    "Islamist militants, escaped from a prison in Niger's capital\n"
    "after several gunmen attacked the jail and killed two guards,\n"
    "the government said on Sunday.\n\n"
    "The government said two guards were killed during the raid\n"
    "on the prison on Saturday and three were seriously wounded,\n"
    "while two assailants were killed and two others arrested.\n\n"
    "In a separate incident on Sunday, security forces opened\n"
    "fire on a suspect vehicle which had driven several times around\n"
    "a building housing the country's anti-terror police unit.\n\n"
    "One person in the vehicle was killed and another was\n"
    "wounded, the statement said, giving no further details.\n")


def test_a_copy_wrapped_at_a_fixed_width_is_read_in_paragraphs() -> None:
    text = unwrap_lines(WRAPPED)
    assert "Some 22 prisoners, including Islamist militants, escaped" in text
    assert "security forces opened fire on a suspect vehicle" in text
    assert text.count("\n\n") == WRAPPED.count("\n\n")  # (the paragraphs stay)


@pytest.mark.parametrize("text", [
    # short lines: a list, a poem, an address
    "Kidal\nGao\nTimbuktu\n\nMopti\nSegou\n\nSikasso\nKayes\n\nBamako\nKoulikoro\n",
    # a headline over a long unwrapped paragraph
    "Mali: gunmen kill ten soldiers near the border with Niger\n" + "Gunmen killed ten soldiers. " * 10 + "\n",
    # one wrapped paragraph among unwrapped ones is no wrapped copy
    "Gunmen attacked a post near Menaka and killed two guards,\nthe army said on Sunday in a statement.\n\n"
    + ("Soldiers fought back for an hour before the attackers fled. " * 4 + "\n\n") * 3,
])
def test_text_not_wrapped_at_a_width_keeps_its_lines(text: str) -> None:
    assert unwrap_lines(text) == text


def test_a_separate_incident_in_a_wrapped_copy_is_its_own_event() -> None:
    art = make_article("wire.txt", WRAPPED, kind="text", published=date(2013, 6, 2))
    events = Pipeline()(art, "en")
    assert len(events) == 2
    vehicle = next(e for e in events if e.event_date == date(2013, 6, 2))
    assert vehicle.fatalities == 1


@pytest.mark.parametrize(("text", "want"), [
    ("The first attack hit a base in Sokoura near the border with Burkina Faso.", {"BF"}),
    ("Des hommes armés ont attaqué un village près de la frontière nigérienne.", {"NE"}),
    ("Militants struck near Mali's border on Sunday.", {"ML"}),
    ("Les attaques se multiplient dans la zone des trois frontières.", {"ML", "BF", "NE"}),
    ("Soldiers from Burkina Faso fought militants in Mali.", set()),
])
def test_the_border_a_report_says_it_happened_near(text: str, want: set[str]) -> None:
    assert borders_named(text) == want


def test_a_homonym_by_the_border_the_report_names_wins() -> None:
    told = "Militants attacked an army base in Sokoura overnight, killing nine soldiers, the Malian army said."
    by_border = told.replace("in Sokoura", "in Sokoura near the border with Burkina Faso")
    plain = next(e for e in extract_text(told) if e.location == "Sokoura")
    near = next(e for e in extract_text(by_border) if e.location == "Sokoura")
    assert (near.latitude, near.longitude) != (plain.latitude, plain.longitude)
    assert near.latitude is not None and near.longitude is not None
    assert near_country(near.latitude, near.longitude, "BF")


CREDITED = ("Les postes de sécurité FAMa de Boulkessi et Mondoro attaqués\n\n"
            "© AFP par Un Photographe\n\n"
            "Patrouille de l'armée malienne et française à Goundam\n\n"
            "Patrouille de l'armée malienne et française entre Goundam et Tombouctou Tweet\n\n"
            "Deux postes de sécurité FAMa à Boulkessi et Mondoro ont énergiquement réagi à deux attaques "
            "complexes et simultanées, cette nuit aux environs de 03h30. Le bilan provisoire est de 6 morts "
            "côté FAMa et une trentaine de morts côté terroristes.\n")


def test_the_lines_under_a_photo_credit_are_its_caption() -> None:
    text, dropped = clean_text(CREDITED)
    assert "Goundam" not in text
    assert dropped[:3] == ["© AFP par Un Photographe", "Patrouille de l'armée malienne et française à Goundam",
                           "Patrouille de l'armée malienne et française entre Goundam et Tombouctou Tweet"]
    assert "ont énergiquement réagi" in text


def test_a_credit_takes_no_sentence_of_the_story() -> None:
    text, _ = clean_text("Titre de l'article\n\n© AFP\n\nDes hommes armés ont attaqué le village de Kobou dimanche.\n")
    assert "Kobou" in text


@pytest.mark.parametrize("text", [
    CREDITED,
    "Une unité des FDS a été prise à partie par des éléments armés près de la localité de Dessa, dans la région de Tillabéry. "
    "Plusieurs assaillants ont été tués.",
    "Des soldats maliens ont riposté à une attaque terroriste contre leur poste de Boulkessi dimanche.",
])
def test_the_forces_that_answered_an_attack_were_attacked(text: str) -> None:
    events = extract_text(text, published=date(2021, 1, 25))
    assert events
    for e in events:
        assert (e.actor1 or "").startswith("Unidentified Armed Group")
        assert (e.actor2 or "").startswith("Military Forces of")


TITLED = ("Niger declares mourning after 20 soldiers killed in Tillaberi\n\n"
          "The Tillaberi region, which borders Burkina Faso and Mali, faces regular attacks blamed on jihadist groups.\n\n"
          "Twenty Nigerien soldiers were killed in an attack by terrorist groups on Tuesday, the government said. "
          "A detachment of the Defense and Security Forces was attacked on the outskirts of the village of Tassia "
          "in the Tillaberi region.\n")


def test_a_title_over_its_story_with_an_aside_between_is_one_event() -> None:
    events = extract_text(TITLED, published=date(2024, 6, 26))
    assert [e.location for e in events] == ["Tassia"]


def test_a_title_that_named_its_town_keeps_it_past_an_aside() -> None:
    text = ("Burkina : Trois policiers tués dans une attaque à main armée\n\n"
            "Trois policiers ont perdu la vie dans l'attaque à main armée d'un poste frontalier à Intagom dans la Région "
            "du Sahel (près de la frontière du Mali) dans la nuit du lundi 30 au mardi 31 mai 2016.\n\n"
            "L'attaque a été perpétrée par des individus non encore identifiés.\n\n"
            "En rappel, des commissariats de police ont été la cible d'attaques ces dernières semaines.\n\n"
            "Le Commissariat de police de Koutoukou a fait l'objet d'une attaque dans la nuit du 17 mai 2016 "
            "faisant deux blessés parmi les policiers.\n")
    places = {e.location for e in extract_text(text, published=date(2016, 5, 31))}
    assert "Intagom" in places


def test_hours_later_is_the_same_day() -> None:
    text = ("Le Niger a été frappé jeudi par une attaque qui a fait 22 morts parmi ses soldats stationnés dans un camp "
            "de réfugiés à Tazalit, dans la région de Tahoua. Les assaillants sont repartis deux heures plus tard en "
            "emportant des armes et trois véhicules, après avoir incendié une ambulance.")
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=date(2016, 10, 7)))
    frames = [f for f in segment(doc) if not f.background]
    assert len(frames) == 1
    assert len(extract_text(text, published=date(2016, 10, 7))) == 1


@pytest.mark.parametrize(("before", "reporting"), [
    ("« Cet acte s'apparente à un règlement de comptes », a de son côté déclaré, ", True),
    ("Le gouvernement a précisé, ", True),
    ("Selon une pratique, ", False),
    ("According to the communiqué, on ", False),
])
def test_a_french_saying_verb_set_off_by_commas_dates_the_telling(before: str, reporting: bool) -> None:
    folded = fold(before + "lundi soir")
    assert is_reporting(folded, len(fold(before)), len(folded)) is reporting


@pytest.mark.parametrize("text", [
    "Le commissariat de police de Koutoukou a fait l'objet d'une attaque dans la nuit du 17 mai.",
    "Le poste de gendarmerie de Koutoukou a été l'objet d'une attaque dans la nuit du 17 mai.",
    "The police station in Koutoukou was the target of an attack overnight.",
    # (an aside in brackets between the post and its verb is read past)
    "Dans la même nuit, le poste de police frontière de Madouba (dans la province voisine de Kossi) a été l'objet d'une attaque.",
])
def test_a_post_that_was_the_object_of_an_attack_was_attacked(text: str) -> None:
    events = extract_text(text, published=date(2016, 5, 31))
    assert [e.event_type for e in events] == ["Battles"]
    assert (events[0].actor2 or "").startswith(("Police Forces", "Military Forces"))


@pytest.mark.parametrize(("sentence", "background"), [
    ("Two peacekeepers were killed on Nov. 28 in a rocket attack on a U.N. base in northern Mali claimed by the jihadist "
     "Ansar Dine group, which the Security Council warned could be a war crime.", False),
    ("Deux casques bleus ont été tués samedi dans une attaque contre le camp de Kidal, ce que l'ONU a qualifié de crime de guerre.",
     False),
    ("The Security Council warned that such attacks could spread to the south.", True),
])
def test_a_clause_that_comments_on_the_news_is_no_warning(sentence: str, background: bool) -> None:
    assert (background_reason(sentence, "fr" if "ont été" in sentence else "en", 2015) is not None) is background


@pytest.mark.parametrize("text", [
    "Les deux journalistes ont été enlevés samedi à Kidal, devant le domicile d'Ambéry Ag Rissa, un représentant du MNLA.",
    "Two journalists were abducted on Saturday in Kidal, outside the home of Mohamed Ag Intalla, a Tuareg leader.",
    "L'enlèvement a eu lieu à Kidal, à Ambéry Ag Rissa selon une source.",
])
def test_a_persons_home_and_a_tuareg_name_are_no_places(text: str) -> None:
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=date(2013, 11, 2)))
    assert [p.name for p in doc.places] == ["Kidal"]


@pytest.mark.parametrize(("text", "place"), [
    ("Four people are held over the attack, a week after a raid by an al Qaeda-linked group in W African nation. "
     "Gunmen attacked the prison in Niamey on Saturday.", "Niamey"),
    ("Islamist militants launched rockets against a position of French Barkhane forces in the area of In-Delimane.", "In-Delimane"),
])
def test_a_name_before_its_common_noun_is_an_adjective(text: str, place: str) -> None:
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=date(2018, 9, 17)))
    assert [p.name for p in doc.places if p.feature == "U" or p.name == place] == [place]


def test_a_list_of_origins_names_no_country_of_the_report() -> None:
    text = ("Deux gendarmes ont perdu la vie à la suite de l'attaque d'une position des FDS, le samedi 17 novembre à "
            "Makalondi, à une centaine de kilomètres de Niamey. Des terroristes en provenance du Burkina ou du Mali "
            "essaient de s'installer dans la zone.")
    names_only, _ = name_votes(text)
    assert not names_only
    event = extract_text(text, published=date(2018, 11, 19))[0]
    assert (event.location, event.admin1) == ("Makalondi", "Tillabéri")
    assert "Niger" in (event.actor2 or "")


def test_where_a_speaker_said_it_happened_is_where_it_happened() -> None:
    text = ("At least 28 civilians were killed overnight in Burkina Faso. The spokesman of the government said the "
            "tragedy occurred in Nouna, in the Boucle du Mouhoun region.")
    assert [e.location for e in extract_text(text, published=date(2023, 1, 3))] == ["Nouna"]


def test_where_a_speaker_spoke_is_still_no_place_of_the_event() -> None:
    folded = fold("The spokesman said in ")
    assert SOURCE_PLACE.search(folded)
    assert not SOURCE_PLACE.search(fold("The spokesman said the attack happened in "))


def test_the_provincial_capital_of_a_province_names_the_province() -> None:
    text = "The tragedy occurred in Nouna, the provincial capital of Kossi, in the Boucle du Mouhoun region."
    doc = Pipeline().make_doc(Article(doc_id="t", text=text))
    kossi = next(p for p in doc.places if p.name == "Kossi")
    assert (kossi.feature, kossi.admin1) == ("A", "Boucle du Mouhoun")


def test_villages_named_in_apposition_and_their_surroundings_are_an_event_each() -> None:
    text = ("Les villages Diallassagou, Dianweli, Déguéssagou et environs dans le cercle de Bankass ont perdu 132 civils "
            "suite aux attaques terroristes du 18 au 19 juin 2022.")
    events = extract_text(text, published=date(2022, 6, 21))
    assert sorted(fold(e.location or "") for e in events) == ["deguessagou", "diallassagou", "dianweli"]
    assert sum(e.fatalities or 0 for e in events) == 132


@pytest.mark.parametrize("text", [
    "Islamists publicly stoned an unwed couple to death in Aguelhok on Sunday.",
    "MUJAO militants cut off the hand of a thief in Ansongo yesterday, a local official said.",
    "Les islamistes ont procédé mardi à l'amputation de la main d'un voleur présumé à Ansongo.",
])
def test_a_punishment_inflicted_by_armed_men_is_an_attack_on_a_civilian(text: str) -> None:
    (event,) = extract_text(text, published=date(2012, 8, 9))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_stones_thrown_by_a_crowd_are_still_a_riot() -> None:
    (event,) = extract_text("Angry youths stoned police vehicles in Gao on Sunday.", published=date(2012, 8, 9))
    assert event.event_type == "Riots"
