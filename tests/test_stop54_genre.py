"""Stop 54's genre gate: a profile, a statistics piece or a situation report recalls events; its
events are candidates, never alerted."""

from __future__ import annotations

from reports import events_of

_STORY = ("Gunmen attacked the village of Solhan in Yagha province on Friday night, killing 30 civilians, "
          "local officials said. The attackers burned the market and several houses.")


def _events(text: str, *, candidates: bool = False) -> list:
    return events_of(text, "en", candidates=candidates)


def test_a_situation_report_recalls_its_events() -> None:
    text = "Burkina Faso Situation Report, 30 June 2021\n\n" + _STORY
    assert _events(text) == []
    kept = _events(text, candidates=True)
    assert [e.location for e in kept] == ["Solhan"] and all(e.candidate for e in kept)


def test_a_profile_and_a_year_in_figures_recall_theirs() -> None:
    assert _events("Islamist Insurgency in Burkina Faso: A Profile of Malam Ibrahim Dicko\n\n" + _STORY) == []
    assert _events("Burkina Faso : quelques chiffres sur la crise sécuritaire\n\nDes hommes armés ont attaqué vendredi "
                   "le village de Solhan, dans la province du Yagha, tuant 30 civils.") == []


def test_news_and_an_analysis_that_opens_on_its_news_are_news() -> None:
    assert [e.location for e in _events("Thirty killed in attack on Burkina village\n\n" + _STORY)] == ["Solhan"]
    assert [e.location for e in _events("Analysis: Solhan attack shows the militants' reach\n\n" + _STORY)] == ["Solhan"]


def test_a_bulleted_run_of_headlines_below_the_story_is_a_list_of_links() -> None:
    from conflictwire.ingest.clean import clean_text

    story = ("On Wednesday, an armed group killed 30 civilians, army soldiers and pro-government militiamen in a series "
             "of attacks near the town of Markoye in northern Burkina Faso, the government said in a statement.")
    page = (story + "\n- Rival South Sudanese factions report soldiers killed\n- S Africa study shows high protection "
            "from J&J vaccine\n- Poachers traffic in succulent plants in S Africa\n- Tunisian Islamists move to ease tensions\n")
    text, dropped = clean_text(page)
    assert "Poachers" not in text and "- Tunisian Islamists move to ease tensions" in dropped
    assert story in text
    # (a bulleted list of facts, each a sentence, is the story's)
    facts = story + "\n- Thirty civilians were killed.\n- The army sent reinforcements to Markoye.\n- Two suspects were arrested.\n"
    assert "The army sent reinforcements to Markoye." in clean_text(facts)[0]
