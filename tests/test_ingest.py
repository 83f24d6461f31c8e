from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictwire.ingest import InputError, iter_inputs
from conflictwire.ingest.clean import clean_text
from conflictwire.ingest.fetch import fetch_url
from conflictwire.ingest.files import decode_bytes
from conflictwire.model import Article

BODY = (
    "Gunmen killed twelve civilians in the village of Solhan on Sunday night, local officials "
    "said, in the deadliest attack in the area this year according to residents reached by phone."
)


def _one(items: list[str], **kw: object) -> list[Article | InputError]:
    return list(iter_inputs(items, **kw))  # type: ignore[arg-type]


def test_chrome_lines_are_dropped_in_english_and_french() -> None:
    page = "\n\n".join([
        "Get real time updates directly on you device, subscribe now.",
        BODY,
        "Partager sur Facebook",
        "Lire aussi : Au Mali, l'armée reprend Kidal",
        "Leave a Reply",
        "Votre adresse e-mail ne sera pas publiée.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    ])
    text, dropped = clean_text(page)
    assert text == BODY
    assert len(dropped) == 6


def test_headlines_under_a_read_also_heading_are_links_not_the_story() -> None:
    page = "\n".join([
        BODY, "", "À LIRE AUSSI", "Niger : une attaque jihadiste fait 12 morts à Tillabéri",
        "Burkina : 20 soldats tués près de Djibo", "", "The attackers fled towards the border.",
        "Read more:", "Mali junta expels UN mission",
    ])
    text, dropped = clean_text(page)
    assert "Tillabéri" not in text and "Djibo" not in text and "junta" not in text
    assert "The attackers fled towards the border." in text and BODY in text
    assert len(dropped) == 5


def test_headlines_under_a_more_on_this_story_heading_are_links() -> None:
    page = "\n".join([
        BODY, "More on this story", "Burkina Faso: 20 soldiers killed in ambush near Djibo",
        "Mali jihadists attack army camp in Boulkessi", "", "Les plus lus", "Niger : six gendarmes tués à Makalondi",
    ])
    text, dropped = clean_text(page)
    assert text == BODY
    assert len(dropped) == 5


@pytest.mark.parametrize("heading", ["Read Next", "Up next", "Also read:", "À voir aussi", "Articles liés"])
def test_headlines_under_a_read_next_heading_are_links(heading: str) -> None:
    page = "\n".join([BODY, heading, "Niger: soldiers killed in attack near Tillaberi", "Mali junta postpones elections"])
    text, dropped = clean_text(page)
    assert text == BODY
    assert len(dropped) == 3


def test_text_file_reads_and_keeps_body(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    (art,) = _one([str(f)])
    assert isinstance(art, Article)
    assert art.text == BODY


def test_windows_1252_file_is_decoded_not_lost(tmp_path: Path) -> None:
    f = tmp_path / "fr.txt"
    f.write_bytes("Des hommes armés ont tué cinq civils à Djibo, a-t-on appris.".encode("cp1252"))
    (art,) = _one([str(f)])
    assert isinstance(art, Article)
    assert "armés" in art.text and "tué" in art.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"\x00\x01\x02PK\x03\x04" * 50, "binary"), (b"   \n\n ", "empty")],
)
def test_bad_files_give_clear_reasons(tmp_path: Path, content: bytes, reason: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    (err,) = _one([str(f)])
    assert isinstance(err, InputError)
    assert reason in err.reason
    assert err.source == str(f)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    errs = _one([str(tmp_path / "nope.txt"), str(tmp_path)])
    assert [isinstance(e, InputError) for e in errs] == [True, True]
    assert "no such file" in errs[0].reason  # type: ignore[union-attr]
    assert "directory" in errs[1].reason  # type: ignore[union-attr]


def test_jsonl_bad_line_does_not_stop_the_others(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": BODY, "published": "2024-06-03", "language": "en"}),
        "{not json",
        json.dumps({"id": "c", "html": f"<html><body><article><p>{BODY}</p></article></body></html>"}),
        json.dumps({"id": "d"}),
        json.dumps({"id": "e", "text": BODY, "published": "03/06/2024"}),
    ]
    f.write_text("\n".join(lines), encoding="utf-8")
    out = _one([str(f)])
    assert [type(o).__name__ for o in out] == ["Article", "InputError", "Article", "InputError", "InputError"]
    assert out[0].published.isoformat() == "2024-06-03"  # type: ignore[union-attr]
    assert "bad JSON" in out[1].reason  # type: ignore[union-attr]
    assert "Solhan" in out[2].text  # type: ignore[union-attr]
    assert "published" in out[4].reason  # type: ignore[union-attr]


def test_html_page_goes_through_trafilatura(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Attack in Solhan</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Attack in Solhan</h1><p>{BODY}</p><p>{BODY}</p></article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    (art,) = _one([str(f)])
    assert isinstance(art, Article)
    assert "Solhan" in art.text and "Home | World" not in art.text
    assert art.title == "Attack in Solhan"


def test_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_bytes(b"a" * (10 * 1024 * 1024 + 10))
    (err,) = _one([str(f)])
    assert isinstance(err, InputError) and "cap" in err.reason


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/x", "http://localhost/", "http://169.254.169.254/latest", "http://[::1]/", "file:///etc/passwd", "ftp://example.org/"],
)
def test_hostile_urls_are_refused(url: str) -> None:
    with pytest.raises(InputError) as exc:
        fetch_url(url)
    assert "refused" in exc.value.reason


def test_decode_refuses_control_heavy_bytes() -> None:
    with pytest.raises(InputError):
        decode_bytes("x", bytes(range(1, 31)) * 40)


def test_a_sources_country_by_name_or_code(tmp_path: Path) -> None:
    from conflictwire.ingest.feeds import FeedConfig

    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Gunmen killed two herders on Monday.", "country": "BFA"}) + "\n"
                    + json.dumps({"id": "b", "text": "Gunmen killed two herders on Monday.", "country": "Atlantis"}) + "\n"
                    + json.dumps({"id": "c", "text": "Gunmen killed two herders on Monday."}) + "\n")
    a, b, c = list(iter_inputs([str(path)], country="ML"))
    assert isinstance(a, Article) and a.country == "BF"  # the document's own beats the run's
    assert isinstance(b, InputError) and "unknown country" in b.reason
    assert isinstance(c, Article) and c.country == "ML"
    assert FeedConfig(url="https://example.org/rss", country="Niger").country == "NE"
    with pytest.raises(ValueError, match="unknown country"):
        FeedConfig(url="https://example.org/rss", country="Narnia")


@pytest.mark.parametrize("caption", [
    "United Nations (UN) soldiers patrol in the northern Malian city of Kidal. By Kenzo Tribouillard (AFP/File)",
    "Isaac Zida et Michel Kafando à Ouagadougou le 21 novembre 2014. © Sia Kambou/AFP",
    "Medical agents transport a body at a restaurant in Ouagadougou on Aug 14, 2017. PHOTO: REUTERS",
    "Malian soldiers patrol in Bamako, Mali July 27, 2018. (photo credit: REUTERS/LUC GNAGO)",
    "A Malian Army soldier patrolling a road in central Mali. PHOTO/MICHELE CATTANI / AFP",
    # an agency's long caption of a file picture, its photographer last
    "Soldiers carry the portraits of the servicemen killed during an attack in Nassoumbou few days ago, at the "
    "cemetery in Ouagadougou on December 20, 2016. Mali's president said on December 20 he could let Burkina Faso "
    "forces pursue jihadist fighters when they flee across the border into his country, days after militants "
    "massacred 12 Burkinabe soldiers. Around 40 fighters attacked a base some 30 kilometres from the border on "
    "December 16. / AFP PHOTO / Ahmed OUOBA",
])
def test_a_photo_caption_is_dropped_with_its_credit(caption: str) -> None:
    from conflictwire.ingest.clean import clean_text
    body = "Gunmen killed five soldiers in Boni on Monday, the army said in a statement released on Tuesday evening."
    text, dropped = clean_text(f"Five soldiers killed in Mali\n\n{caption}\n\n{body}")
    assert caption in dropped and body in text


def test_a_paragraph_signed_off_by_its_agency_is_kept() -> None:
    from conflictwire.ingest.clean import clean_text
    para = "Niger has recently launched a joint offensive to end Boko Haram's six-year insurgency. (AFP)"
    text, dropped = clean_text(f"Title here\n\n{para}")
    assert para in text and not dropped


def test_bulleted_headlines_of_other_stories_under_the_lead_are_dropped() -> None:
    from conflictwire.ingest.clean import clean_text
    page = ("Mali: le camp de Kati attaqué par des terroristes\n"
            "Le camp de Kati a été la cible d'un attentat ce vendredi matin.\n"
            "- Mali: un Casque bleu tué dans l'explosion d'une mine à Kidal\n"
            "- Mali : l'armée annonce avoir neutralisé une cinquantaine de terroristes\n"
            "Une attaque matinale a eu lieu contre le camp de Kati.\n"
            "- les assaillants sont venus à moto.")
    text, dropped = clean_text(page)
    assert "Kidal" not in text and "cinquantaine" not in text and "venus à moto" in text


def test_an_image_s_alt_text_repeating_its_caption_is_dropped_with_it() -> None:
    from conflictwire.ingest.clean import clean_text
    alt = "Medical agents transport a dead body at a restaurant after an overnight raid in Ouagadougou on Aug 14, 2017"
    body = "More than 18 people were shot dead in a Turkish restaurant in Ouagadougou on Sunday night, officials said Monday."
    text, dropped = clean_text(f"Title of the story\n\n{alt}\n{alt}PHOTO: REUTERS\n\n{body}")
    assert "dead body" not in text and body in text
