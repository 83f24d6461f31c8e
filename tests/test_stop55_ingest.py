"""Stop 55's conventions of ingest and evaluation: a page that is only a caption is the story,
and one report the ingest refuses does not stop an evaluation."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conflictwire.eval import eval_news
from conflictwire.extract.dates import find_dates
from conflictwire.extract.frame_index import same_day
from conflictwire.ingest.clean import clean_text
from reports import events_of

CAPTION_STORY = (
    "date 2019-03-04 Gunfire was heard in the town of Djibo after an attack on a market on the evening of "
    "Sunday, March 3.Local media reported that several gunmen opened fire on traders at the market, killing "
    "at least nine people and wounding four others. The attackers fled on motorbikes toward the border, a "
    "security source said.Soldiers later swept the area around the town. Credit: Twitter/SomeUser via Storyful"
)


def test_a_page_that_is_only_a_video_caption_keeps_it_as_its_story() -> None:
    text, dropped = clean_text(CAPTION_STORY)
    assert "killing at least nine people" in text
    assert dropped == []
    text, dropped = clean_text("Gunfire heard in Djibo after market attack\n\n" + CAPTION_STORY)
    assert "killing at least nine people" in text and dropped == []


def test_a_caption_beside_a_story_is_still_chrome() -> None:
    story = ("Gunmen attacked a market in Djibo on Sunday, killing nine traders and wounding four others, a "
             "security source said, adding that the attackers fled on motorbikes toward the border after the raid.")
    caption = ("Traders gather at the market in Djibo, in a picture taken on a quieter day. (AFP Photo/File)")
    text, dropped = clean_text(story + "\n\n" + caption + "\n\nThe army has sent reinforcements.")
    assert "quieter day" not in text and "nine traders" in text
    assert any("quieter day" in line for line in dropped)


def test_a_report_the_ingest_refuses_is_scored_as_no_events(tmp_path: Path) -> None:
    gold = {"language": "en", "published": "2019-03-04", "events": [{
        "event_type": "Violence against civilians", "sub_event_type": {"accept": ["Attack"]},
        "actor1": {"accept": ["Unidentified Armed Group (Burkina Faso)"]}, "actor2": {"accept": ["Civilians (Burkina Faso)"]},
        "country": "Burkina Faso", "admin1": {"accept": ["Sahel"]}, "location": {"accept": ["Djibo"]},
        "fatalities": {"accept": [9]}}]}
    for name, text in (("001", "Share this\nFollow us\n"), ("002", CAPTION_STORY)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = eval_news(tmp_path)
    assert report.docs == 2
    assert len(report.unreadable) == 1 and "001.txt" in report.unreadable[0]
    assert report.by_lang["en"]["recall"].total == 2 and report.by_lang["en"]["recall"].hits == 1


def test_a_day_right_after_the_act_reported_dates_the_act() -> None:
    text = ("A roadside bomb killed six civilians near Tougan on Friday, local officials said. Earlier today, "
            "the army's general staff reported an attack yesterday morning by jihadists against soldiers in the "
            "northern town of Inata. The soldiers repelled the attack and killed about ten assailants.")
    events = events_of(text, "en", published=date(2020, 1, 4))
    assert [(e.location, e.event_date) for e in events if e.location == "Inata"] == [("Inata", date(2020, 1, 3))]


def test_days_counted_back_and_a_weekday_are_not_known_to_differ_on_an_undated_page() -> None:
    assert same_day("monday", "two days ago") and same_day("il y a deux jours", "lundi")
    assert not same_day("monday", "tuesday")


def test_a_read_also_link_behind_an_arrow_is_chrome() -> None:
    story = ("Des jihadistes ont attaqué vendredi le camp militaire de Niafunké, a indiqué l'armée malienne, qui "
             "reconnaît avoir subi des tirs d'obus dans la localité et fait état de plusieurs blessés parmi les soldats.")
    link = "→ A LIRE AUSSI : AUJOURD’HUI: 19 novembre 1968, le Mali subit le premier coup d’Etat de son histoire"
    text, dropped = clean_text(story + "\n\n" + link + "\n\nL'armée n'a pas donné de bilan.")
    assert "1968" not in text and dropped == [link]


def test_a_day_with_its_weekday_is_not_read_in_a_year_it_does_not_fall_in() -> None:
    found = {d.text: d.value for d in find_dates(
        "Le Mali a connu son premier coup d'Etat le 19 novembre 1968. Les attaques menées le vendredi 24 novembre "
        "ont fait des morts. Le lundi 25 novembre, l'armée a riposté.", None)}
    assert found["vendredi 24 novembre"] is None  # (24 November 1968 was a Sunday)
    assert str(found["lundi 25 novembre"]) == "1968-11-25"
