"""Stop 53's conventions of form: page chrome, datelines and the like, which say nothing of events."""

from __future__ import annotations

import pytest

from conflictwire.ingest.clean import clean_text

_STORY = ("Niger's army said Saturday that jihadists killed 12 of its soldiers in the west of the country "
          "near the Malian border, in an attack on an anti-terrorism unit near Sakoira on Friday night.")


def test_a_run_of_headlines_below_the_story_is_a_list_of_links() -> None:
    page = (_STORY + "\n\nADVERTISEMENT\n\nMilitary Space News\n"
            "SDA expands Tracking Layer satellite awards and related missile defense contracts\n"
            "Space Systems Command activates System Delta 80 for assured space access\n"
            "Rheinmetall ICEYE Space Solutions to provide SAR reconnaissance data to German military\n")
    text, dropped = clean_text(page)
    assert "missile" not in text
    assert "Space Systems Command activates System Delta 80 for assured space access" in dropped
    assert _STORY in text


def test_two_short_lines_or_a_sentence_among_them_are_not_a_list() -> None:
    page = (_STORY + "\n\nThe attackers fled north towards the border\n"
            "Reinforcements were sent from Tillaberi on Saturday morning.\n"
            "Two suspects were arrested by the gendarmerie\n")
    text, _ = clean_text(page)
    assert "The attackers fled north towards the border" in text
    assert "Two suspects were arrested by the gendarmerie" in text


def test_headlines_above_the_story_stay() -> None:
    page = ("Niger says jihadists kill 12 soldiers near Mali border\nArmy hunts the attackers in Tillaberi region\n"
            "Twelve soldiers among the dead in a western ambush\n" + _STORY)
    text, _ = clean_text(page)
    assert "Army hunts the attackers in Tillaberi region" in text


def test_a_see_also_heading_and_its_link_on_one_line_are_chrome() -> None:
    page = (_STORY + "\nLarge-scale displacement\nRelatedDaesh affiliate blamed for deadly attack on civilians in Mali\n"
            "Recommended\nAlso read: In Arbinda, the population is shocked\n"
            "Read alsoThe Malian army enters the former UN camp of Goundam\n"
            "Also reading the statement, the governor said five soldiers died.\n")
    text, dropped = clean_text(page)
    assert "Daesh affiliate" not in text and "Arbinda" not in text and "Goundam" not in text
    assert "RelatedDaesh affiliate blamed for deadly attack on civilians in Mali" in dropped
    assert "Also reading the statement, the governor said five soldiers died." in text  # a sentence that opens on the words


def test_a_wires_file_picture_caption_is_chrome() -> None:
    caption = ("FILE - In this image taken from video provided by ORTN, an officer makes a statement on July 26, 2023, "
               "in Niamey, Niger, as a delegation of military officers appeared on State TV. (ORTN via AP, File)")
    text, dropped = clean_text("Attack on Nigerien forces kills 23 soldiers\n\n" + caption + "\n\n" + _STORY)
    assert "Niamey" not in text and caption in dropped
    # a sentence that opens on the word is no caption
    text, _ = clean_text(_STORY + "\nFILE: the army's statement was read on state television on Friday evening.")
    assert "state television" in text


@pytest.mark.parametrize(("text", "dateline"), [
    # a city, its country and an outlet in brackets opening a line
    ("Burkina Faso: 33 civils tués dans le Mouhoun\n\nOuagadougou, Burkina Faso (Top News Africa) Quelque 33 "
     "personnes ont été tuées dans le Mouhoun, province située dans le nord-ouest du Burkina Faso.",
     "Ouagadougou, Burkina Faso (Top News Africa)"),
    # a city and its country on a line of their own under the title
    ("NIGER MOURNS 71 SOLDIERS SLAIN BY ISLAMIC STATE INSURGENTS\n\nNiamey, NIGER\n\n"
     "Niger's government has declared three days of mourning following an attack that claimed 71 soldiers.",
     "Niamey, NIGER"),
    # a place and a bracket that are no country's, two villages on a line: no dateline
    ("Les assaillants, Peuls (selon des témoins) Ont fui vers le nord après l'attaque.", None),
    ("Attaques dans le Soum\n\nDjibo, Arbinda\n\nDes hommes armés ont attaqué deux villages.", None),
])
def test_a_city_and_its_country_make_a_dateline(text: str, dateline: str | None) -> None:
    from conflictwire.geo.datelines import find_dateline

    span = find_dateline(text)
    assert (text[span[0]:span[1]].strip() if span else None) == dateline


def test_a_make_or_model_is_no_place() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("C'est un bus de type Dina qui a été touché par l'explosion d'une mine près de Fada N'Gourma.",
                           actor_spans=Spans())
    assert [m.text for m in found] == ["Fada N'Gourma"]
