"""Drop page chrome that survives text scraping: subscribe prompts, comment forms, share bars.

The phrase list lives in lexicons/boilerplate.txt (one regex a line, matched against a
whole line, case-insensitive), so the rules are data and can be tested one by one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.lexicons import read_lines

MAX_CHROME_WORDS = 14  # a short line with no sentence end, between long paragraphs, is a link


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    lines = read_lines("boilerplate.txt")
    return re.compile("|".join(f"(?:{p})" for p in lines), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if re.fullmatch(r"[\d\s.,:|/·•-]*", stripped):  # counters such as "0", share counts
        return True
    return bool(_patterns().fullmatch(stripped))


def _looks_like_link(line: str, prev_long: bool, next_long: bool) -> bool:
    """A title-case line after the article body with no final punctuation: a related link."""
    words = line.split()
    if not words or len(words) > MAX_CHROME_WORDS or line.rstrip()[-1:] in ".!?»\"”":
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return prev_long and not next_long and caps >= max(2, int(0.6 * len(words)))


# a "read also" heading on its own line: the headlines under it are links to other stories
_SEE_ALSO = re.compile(
    r"(related|read also|read more|see also|you may also like|more from|related (posts|articles|stories)|"
    r"lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|articles similaires|dans la même rubrique|"
    r"vous aimerez aussi|à lire également|lire également|more on this (story|topic)|more stories|most read|most popular|"
    r"top stories|latest (news|stories)|editor's picks|recommended|plus sur ce sujet|les plus lus|les plus populaires|"
    r"à la une|dernières (nouvelles|actualités|infos)|nos derniers articles|read next|up next|also read|keep reading|"
    r"you might also like|related coverage|more (news|coverage)|recommended (stories|articles|for you)|"
    r"à voir aussi|à découvrir aussi|vous pourriez aimer|sur le même thème|articles (liés|connexes))\s*:?", re.IGNORECASE)
SEE_ALSO_LINKS = 5  # headlines read under such a heading, at most
# the heading and its link on one line: "Also read: Burkina Faso: In Arbinda, …", or run into it
# when the page lost the break ("RelatedDaesh affiliate blamed for …", "Read alsoThe Malian army …")
_SEE_ALSO_LINK = re.compile(r"([→►▶»>•*·–—-]\s*)?(?i:related|read also|read more|also read|see also|lire aussi|à lire aussi|a lire aussi|"
                            r"voir aussi|lire également|à lire également)(\s*:\s*|(?=[A-ZÀ-Ý«\"“]))\S.{0,200}")
_VIDEO_LENGTH = re.compile(r"(\d{1,2}:)?\d{1,2}:\d{2}")


# a photo caption ends with its credit: "… in the northern city of Kidal. By X (AFP/File)", "… © Sia
# Kambou/AFP", "PHOTO: REUTERS", "(photo credit: REUTERS/X)". It tells what a picture shows, often
# a file picture of another day and place, never the report's news. (A paragraph signed off "(AFP)"
# is the agency's text, not a caption.)
_CAPTION_CREDIT = re.compile(
    r"(\((AFP|AP|Reuters|EPA)\s*(/\s*File|Photo)[^()]{0,60}\)|(AFP|Reuters|AP|EPA)\s*/?\s*(File|Photo)|(^|\s)©\s*\S.{0,60}|"
    # "… on December 16. / AFP PHOTO / Ahmed OUOBA": the agency's photo, then its photographer
    r"(AFP|Reuters|AP|EPA)\s+PHOTO\s*/\s*[^/]{1,40}|"
    # "… August 28, 2013.UN Photo / Marco Dormino": an organisation's photo and its photographer
    r"(UN|U\.N\.|MINUSMA|ONU|UNICEF|UNHCR|ICRC|CICR)\s*Photos?\s*/\s*[^/]{1,40}|"
    # "… on January 16, 2016.(AFP: Ahmed Ouoba)": the agency and its photographer in brackets
    r"\((AFP|Reuters|AP|EPA|Getty Images|ABC)\s*:\s*[^()]{2,40}\)|"
    r"via (Getty Images|AFP|Reuters)|\([^()]{1,60}\svia (AP|AFP|Reuters|Getty Images)[^()]{0,20}\)|\S\s*/\s*(AFP|Reuters|AP|EPA)|\(?(photo credit|crédit photo|credit|photograph|photographie|photo)\s*:\s*[^.]{1,60}\)?)\s*\.?$",
    re.IGNORECASE)
CAPTION_WORDS = 100  # (an agency's caption tells the picture's whole story)
_CREDIT_ONLY = re.compile(r"(©|\(c\)|crédit photo\s*:|photo\s*:)\s*\S.{0,60}", re.IGNORECASE)
CAPTION_LINES = 2  # caption lines read under a credit line, at most
# another story's headline: it names its country first and ends with no full stop
_HEADLINE = (r"(Mali|Burkina( Faso)?|Niger|Nigeria|Tchad|Chad|Sahel|Bénin|Benin|Togo|Ghana|"
             r"Côte d'Ivoire|Mauritanie|Mauritania|Sénégal|Senegal|Cameroun|Cameroon)\s*:\s+\S.{0,150}[^.!?]")
# bulleted under the lead: "- Mali : l'armée annonce avoir neutralisé…"
_BULLETED_HEADLINE = re.compile(r"[-•–]\s+" + _HEADLINE)
# without its bullet, down the page: "Niger: au moins un mort dans des heurts entre policiers et
# manifestants à Niamey" (one that tells a toll in figures may open another story the page
# carries: extract/segment.py reads it)
_RELATED_HEADLINE = re.compile(_HEADLINE)


def is_caption(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= CAPTION_WORDS and _CAPTION_CREDIT.search(stripped) is not None


_PICTURE = re.compile(r"(?<!\w)(poses? for (a|the) (picture|photo(graph)?)|posing for (a|the) (picture|photo)|"
                      r"(is|are) pictured|posent? pour (une|la) photo|(photo|image) d'illustration|file (photo|picture))(?!\w)", re.IGNORECASE)
# a photo's credit alone in brackets under its caption: "(AFP via Getty Images)", "(AP Photo/X)"
# "FILE - In this image taken from video …": a wire's caption of a file picture opens so
_AP_FILE = re.compile(r"FILE\s*[-–—]\s+\S")
_BRACKETED_CREDIT = re.compile(r"\([^()]{1,60}\)")


def _drop_the_caption_above(kept: list[str], dropped: list[str]) -> None:
    """The line above a bracketed credit is the photo's caption ("Niger President Mahamadou Issoufou
    bows near the bodies … at the Niamey air base on Friday."), unless it is the page's first (its title)."""
    lines = [i for i, ln in enumerate(kept) if ln.strip()]
    if len(lines) >= 2 and len(kept[lines[-1]].split()) <= CAPTION_WORDS:
        dropped.append(kept.pop(lines[-1]).strip())


# a plain-text wire copy wrapped at a fixed width ("Some 22 prisoners, including\nIslamist militants,
# escaped…"): its line ends are no sentence or paragraph ends. A paragraph is wrapped when every
# line fits the width, every line but its last is a near-full one, and most end mid-sentence; a
# copy is wrapped when it has WRAPPED_PARAGRAPHS such paragraphs, the most of its multi-line ones.
WRAP_WIDTH = 90
WRAP_MIN_LINE = 35
WRAPPED_PARAGRAPHS = 3
WRAPPED_LINES = 10  # or one paragraph of this many lines: a copy pasted whole
_SENTENCE_END = (".", "!", "?", ":", "»", '"', "”")


def _wrapped(lines: list[str]) -> bool:
    inner = lines[:-1]
    # (a line may break early after a name: "Boko" then "Haram jihadists killed…")
    # (and a short line that ends a sentence ends a paragraph whose blank line was lost)
    short = sum(1 for x in inner if len(x.strip()) < WRAP_MIN_LINE and not x.rstrip().endswith(_SENTENCE_END))
    return (all(len(x) <= WRAP_WIDTH for x in lines) and (short == 0 or (len(inner) >= WRAPPED_LINES and 10 * short <= len(inner)))
            and 2 * sum(1 for x in inner if not x.rstrip().endswith(_SENTENCE_END)) >= len(inner))


_BYLINE_LINE = re.compile(r"\s*(by|par)\s+[A-Z][\w.'-]*(\s+[A-Z][\w.'-]*){0,3}\s*$", re.IGNORECASE)
_DATELINE_LINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,},")


def unwrap_lines(text: str) -> str:
    """Join the lines of a copy wrapped at a fixed width into its paragraphs (any other text is
    returned as it is)."""
    paragraphs = re.split(r"(\n[ \t]*\n)", text)  # (the blank lines kept, at odd indexes)
    multi = [i for i in range(0, len(paragraphs), 2) if "\n" in paragraphs[i].strip("\n")]
    wrapped = [i for i in multi if _wrapped(paragraphs[i].strip("\n").split("\n"))]
    long_one = any(paragraphs[i].strip("\n").count("\n") + 1 >= WRAPPED_LINES for i in wrapped)
    if (len(wrapped) < WRAPPED_PARAGRAPHS and not long_one) or 2 * len(wrapped) < len(multi):
        return text
    for i in wrapped:
        joined: list[str] = []
        for x in paragraphs[i].split("\n"):
            # (a byline and a dateline keep their own line start: "By Mathieu Bonkoungou", then
            # "OUAGADOUGOU, April 4 Unidentified gunmen…")
            if joined and not _BYLINE_LINE.match(joined[-1]) and not _DATELINE_LINE.match(x.strip()):
                joined[-1] += " " + x.strip()
            else:
                joined.append(x.strip())
        paragraphs[i] = "\n".join(joined)
    return "".join(paragraphs)


# a last line of one to three words in lower case, no sentence: tags or a file name
_TAG_LINE = re.compile(r"[a-zà-ÿ][\w'-]*( [a-zà-ÿ][\w'-]*){0,2}")
# a line that only marks the next item of a list
_LIST_MARK = re.compile(r"[-–—•*·]")


LINK_RUN = 3  # headlines in a row, with no blank line between, that make a list of links
_LINK_WORDS = (4, 20)  # a headline's length in words


_BULLET = re.compile(r"^[-•*·–]\s+")


def _headline_like(line: str) -> bool:
    line = _BULLET.sub("", line)  # ("- Tunisian Islamists move to ease tensions": a bulleted link)
    words = line.split()
    return _LINK_WORDS[0] <= len(words) <= _LINK_WORDS[1] and line[:1].isupper() and line[-1:] not in ".!?»\"”:;,"


def _drop_link_runs(kept: list[str], dropped: list[str]) -> None:
    """Below the story, three or more headlines in a row with no sentence among them
    ("SDA expands Tracking Layer satellite awards …" / "Space Systems Command activates …" / …)
    are a list of links to other stories, whatever their capitals."""
    body_at = next((i for i, line in enumerate(kept) if len(line.split()) > 25), None)
    if body_at is None:
        return
    i = body_at + 1
    while i < len(kept):
        j = i
        while j < len(kept) and _headline_like(kept[j].strip()):
            j += 1
        if j - i >= LINK_RUN:
            dropped.extend(line.strip() for line in kept[i:j])
            del kept[i:j]
        else:
            i = j + 1


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return the text with chrome lines blanked out (offsets of kept text are not preserved
    against the raw page, but the cleaned text is what every evidence span points into) and
    the list of dropped lines. A page whose only story is a caption (a video's, ending "Credit:
    … via Storyful"), with at most a title beside it, keeps it: a caption is chrome only beside
    a story."""
    out, dropped = _clean(text, captions=False)
    # (no sentence left, at most a title, and a caption long enough to be a story was dropped)
    if not any(line.rstrip().endswith((".", "!", "?", "»", '"', "”")) for line in out.split("\n")) \
            and any(len(line.split()) > 25 and is_caption(line) for line in dropped):
        return _clean(text, captions=True)
    return out, dropped


def _clean(text: str, captions: bool) -> tuple[str, list[str]]:
    """One pass of clean_text; `captions`: keep captions as text."""
    lines = unwrap_lines(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    kept: list[str] = []
    dropped: list[str] = []
    body_seen = False
    under = 0  # short lines still to drop under a "read also" heading (its links) or a photo credit (its caption)
    # the next non-empty line after each line, found in one pass from the end (not a scan per line:
    # a page of many short lines is read in linear time)
    following = [""] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        nxt_stripped = lines[i + 1].strip()
        following[i] = nxt_stripped or following[i + 1]
    last_line = ""  # the last non-empty line before this one, kept or not
    for i, line in enumerate(lines):
        stripped = line.strip()
        last_line, prev_line = (stripped or last_line), last_line
        if under and stripped and len(stripped.split()) <= 25 and stripped[-1:] not in ".!?»\"”":
            under -= 1
            dropped.append(stripped)
            continue
        under = under if not stripped else 0  # (a blank line between keeps the count)
        nxt_line = following[i]
        # (an image's alt text repeats its caption: "Medical agents transport … 2017" then "… 2017PHOTO: REUTERS")
        alt_text = bool(stripped) and nxt_line != stripped and nxt_line.startswith(stripped) and is_caption(nxt_line)
        credit = _BRACKETED_CREDIT.fullmatch(stripped) is not None and is_caption(stripped[1:-1])
        if body_seen and kept and _RELATED_HEADLINE.fullmatch(stripped) and not re.search(r"\d", stripped) \
                and (kept[-1].rstrip().endswith((".", "!", "?", "»", '"', "”")) or not kept[-1].strip()):
            dropped.append(stripped)  # "Niger: au moins un mort dans des heurts … à Niamey": a link to another story
            continue
        # "Mali President Ibrahim Boubacar Keita poses for a picture during the G5 Sahel summit": a
        # photo's caption (and the name over it)
        picture = (_PICTURE.search(stripped) is not None or _AP_FILE.match(stripped) is not None) and len(stripped.split()) <= CAPTION_WORDS
        credit = credit or picture
        if _VIDEO_LENGTH.fullmatch(stripped):
            # "01:12" then "Mozambique: surge in violence displaces …": a video list's running time,
            # over the headline of another story
            dropped.append(stripped)
            under = 1
            continue
        if is_boilerplate(stripped) or (is_caption(stripped) and not captions) or alt_text or credit or _BULLETED_HEADLINE.fullmatch(stripped) \
                or _SEE_ALSO_LINK.fullmatch(stripped):
            dropped.append(stripped)
            if credit:
                _drop_the_caption_above(kept, dropped)
            # a photo's credit on a line of its own ("© AFP par X"): the short lines under it are
            # the photo's caption ("Patrouille de l'armée malienne et française à Goundam")
            under = CAPTION_LINES if _CREDIT_ONLY.fullmatch(stripped) else SEE_ALSO_LINKS if _SEE_ALSO.fullmatch(stripped) else 0
            continue
        long_line = len(stripped.split()) > 25
        if body_seen and stripped and not long_line and stripped[-1:] not in ".!?»\"”" and _LIST_MARK.fullmatch(prev_line):
            dropped.append(stripped)  # "-" then "Tumbler Ridge tragedy: Nine killed…": a list of links to other stories
            continue
        if body_seen and stripped:
            if _looks_like_link(stripped, True, len(nxt_line.split()) > 25) and not long_line:
                dropped.append(stripped)
                continue
        body_seen = body_seen or long_line
        kept.append(line.rstrip())
    _drop_link_runs(kept, dropped)
    while kept and not kept[-1].strip():
        kept.pop()
    if body_seen and kept and _TAG_LINE.fullmatch(kept[-1].strip()):
        dropped.append(kept.pop().strip())  # "tagabati incendie": the page's tags under the story, no sentence
    out = "\n".join(kept)
    out = re.sub(r"\n{3,}", "\n\n", out).strip()
    return out, dropped
