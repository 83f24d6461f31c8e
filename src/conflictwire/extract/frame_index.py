"""A report's event frames and the index segmentation reads them through: which sentences tell
an event (Frame), and each sentence's places, event words and days looked up once (FrameIndex).
segment.py builds the frames; turns.py holds the rules that open one or go back to one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from conflictwire.extract.dates import MONTHS, WEEKDAYS, relative_offset
from conflictwire.extract.doc import DateMention, PlaceMention, ReportDoc, Trigger
from conflictwire.taxonomy import SUB_TO_TYPE
from conflictwire.textutil import fold

CROWD = ("Protests", "Riots")
# people of no armed group fighting the forces: "affrontements entre étudiants et policiers"
CROWD_CLASH = re.compile(r"(?<![a-z])(affrontements?|echauffourees?|heurts?|clash(es|ed)?|scuffles?|skirmish(es)?)( [^.;!?]{0,100}?)? (entre|between|avec|with) "
                         # "des échauffourées … entre policiers et étudiants", "clashes … between police and students"
                         r"((des |les |la |the )?(policiers|police|gendarmes|forces de l'ordre|forces de securite|security forces|riot police|"
                         r"soldats|soldiers) (et|and) )?"
                         r"(des |les |the )?(etudiants|eleves|jeunes|habitants|manifestants|students|pupils|youths?|residents|protesters|"
                         r"protestors|demonstrators|villagers|commercants|traders)"
                         # "residents attacked customs posts", "des jeunes ont saccagé la mairie": an unarmed crowd
                         # that turns on the state's buildings riots (ACLED), whoever guards them
                         r"|(?<![a-z])(etudiants|eleves|jeunes|habitants|manifestants|students|pupils|youths?|residents|protesters|"
                         r"villagers|villageois|commercants|traders|locals|population)( [\w'-]+){0,6} (attacked|ransacked|stormed|set fire to|"
                         r"burned|torched|ont attaque|ont saccage|ont incendie|ont pris d'assaut|ont brule) (the |la |le |les |l' ?|des |a |an )?"
                         r"([\w'-]+ )?(police|gendarmerie|customs|prefecture|town hall|mayor's office|courthouse|commissariat|douane|poste de police|"
                         r"brigade|haut-commissariat|palais de justice|mairie)"
                         # "students clashed with police", "clashes between police and Diré youth"
                         r"|(?<![a-z])(etudiants|eleves|jeunes|habitants|manifestants|students|pupils|youths?|residents|protesters|"
                         r"villagers|commercants|traders|locals)( [\w'-]+){0,6} (clashed|clash|fought|scuffled|se sont affrontes|ont affronte|"
                         r"se sont heurtes) (with|avec|aux?) (the |des |les |a |an )?([\w'-]+ )?(police|policemen|police officers?|gendarmes?|"
                         r"security forces|forces de l'ordre|policiers|forces de securite|crs)"
                         r"|(?<![a-z])(clashes|affrontements|heurts|scuffles) (between|entre) (the |les |des )?(police|policiers|gendarmes|"
                         r"forces de l'ordre|security forces|forces de securite)( [\w'-]+){0,3} (and|et) (the |les |des )?([\w'-]+ ){0,2}"
                         r"(youths?|students|jeunes|etudiants|eleves|residents|habitants|protesters|manifestants|traders|commercants)"
                         # "de violents affrontements ont opposé lundi les forces de l'ordre aux scolaires et étudiants"
                         r"|(?<![a-z])(affrontements?|heurts|echauffourees) ([\w'-]+ ){0,2}(ont|a) oppose [^.;]{0,40}?(les )?(forces de l'ordre|"
                         r"forces de securite|policiers|gendarmes|police) (aux|a des|a) ([\w'-]+ (et )?){0,2}?(scolaires|etudiants|eleves|jeunes|"
                         r"manifestants|habitants|commercants|populations?)")


SENTENCE_ENDS = (".", "!", "?", "»", '"', "”")  # what a sentence, not a title, ends on


def title_sent(doc: ReportDoc) -> int:
    """The sentence that is the report's title: the first, past a label or two of a few words on
    lines of their own ("AFRICA", "date 2024-06-26 AFRICA": a page's section, its date)."""
    i = 0
    while i < 2 and i + 2 < len(doc.sentences) and _label(doc, i) and not _label(doc, i + 1):
        i += 1
    return i


def _label(doc: ReportDoc, i: int) -> bool:
    text = doc.sentences[i].text.strip()
    return len(text.split()) <= LABEL_WORDS and doc.sentences[i + 1].paragraph > doc.sentences[i].paragraph \
        and not text.endswith(SENTENCE_ENDS)


LABEL_WORDS = 4


def is_title(doc: ReportDoc, i: int) -> bool:
    """The report's title: its first sentence (past a page's labels), a line of its own with no
    full stop."""
    return i == title_sent(doc) and len(doc.sentences) > i + 1 and doc.sentences[i + 1].paragraph > doc.sentences[i].paragraph \
        and not doc.sentences[i].text.rstrip().endswith(SENTENCE_ENDS)


@dataclass
class Frame:
    sents: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)  # trigger-less sentences lending mentions
    lead: list[int] = field(default_factory=list)  # trigger-less sentences before the first event
    background: str | None = None
    marked: bool = False  # opened by a cue ("in a separate attack") or a new day: never a recap
    cue: bool = False  # opened by a separator cue, not only by a new day
    reason: str = ""  # why a new event starts here (kept for tools and tests)
    when: str | None = None  # what its first dated sentence says about when
    # the sentences that tell the report's other events (set once segmentation is done): what is
    # named there is another event's, not this one's to borrow
    others: set[int] = field(default_factory=set)

    @property
    def all_sents(self) -> set[int]:
        return set(self.sents) | set(self.extra) | set(self.lead)


class FrameIndex:
    """The report's mentions by sentence, and what each frame has told so far, kept up to date
    as frames grow (lists only grow while segmenting), so that a sentence costs the same
    however long the report is: a scan of every mention for every sentence made a 26 KB
    run-on page take half a minute."""

    def __init__(self, doc: ReportDoc) -> None:
        self.folded = fold(doc.text)
        # (sentences folded once, and those where people fight the forces: looked up per frame)
        self.sentence_folded = [self.folded[s.start : s.end] for s in doc.sentences]
        self.crowd_clash = {k for k, t in enumerate(self.sentence_folded) if CROWD_CLASH.search(t)}
        self.places: dict[int, list[PlaceMention]] = {}
        for p in doc.places:
            self.places.setdefault(p.sent, []).append(p)
        self.triggers: dict[int, list[Trigger]] = {}
        for t in doc.triggers:
            self.triggers.setdefault(t.sent, []).append(t)
        self.dates: dict[int, list[DateMention]] = {}
        for d in doc.dates:
            self.dates.setdefault(d.sent, []).append(d)
        self.told_in_events: set[str] = set()  # named places of every frame not background
        self._seen: dict[int, tuple[Frame, list[int]]] = {}
        self._names: dict[int, set[str]] = {}  # frame → places told in all its sentences
        self._own: dict[int, set[str]] = {}  # frame → places told in its trigger sentences
        self._areas: dict[int, set[tuple[str | None, str]]] = {}  # frame → (country, admin1) of its trigger sentences
        self._kinds: dict[int, set[str]] = {}  # frame → kinds of its trigger sentences

    def specific(self, sent: int) -> list[PlaceMention]:
        return [p for p in self.places.get(sent, ()) if p.feature in ("P", "U")]

    def names(self, sent: int) -> set[str]:
        return {fold(p.name) for p in self.specific(sent)}

    def _refresh(self, f: Frame) -> None:
        key = id(f)
        if key not in self._seen:
            self._seen[key] = (f, [0, 0, 0])  # the frame is kept so that its id stays its own
            self._names[key], self._own[key], self._areas[key], self._kinds[key] = set(), set(), set(), set()
        counts = self._seen[key][1]
        if counts[0] == len(f.sents) and counts[1] == len(f.extra) and counts[2] == len(f.lead):
            return  # nothing new since the last look
        for k, sents in enumerate((f.sents, f.extra, f.lead)):
            for i in sents[counts[k]:]:
                names = self.names(i)
                self._names[key] |= names
                if not f.background:
                    self.told_in_events |= names
                if k in (0, 2):  # (its own sentences and the lead that opened it: "X arrived in Kabanbougou. They burned houses")
                    self._own[key] |= names
                    self._areas[key] |= {(p.country, p.admin1) for p in self.places.get(i, ()) if p.feature == "A" and p.admin1}
                    self._kinds[key] |= self.kinds(i)
            counts[k] = len(sents)

    def told(self, f: Frame) -> set[str]:
        self._refresh(f)
        return self._names[id(f)]

    def told_own(self, f: Frame) -> set[str]:
        self._refresh(f)
        return self._own[id(f)]

    def areas(self, f: Frame) -> set[tuple[str | None, str]]:
        self._refresh(f)
        return self._areas[id(f)]

    def frame_kinds(self, f: Frame) -> set[str]:
        self._refresh(f)
        return self._kinds[id(f)]

    def kinds(self, sent: int) -> set[str]:
        """'crowd' and/or 'armed': what the sentence's event words (not referring back) tell."""
        out = set()
        for t in self.triggers.get(sent, ()):
            if not t.tags.get("refers_back"):
                kind = SUB_TO_TYPE.get(t.sub_event_type, "violence" if t.sub_event_type == "*violence" else "")
                out.add("crowd" if kind in CROWD else "armed" if kind in ("violence", "Battles", "Explosions/Remote violence", "Violence against civilians") else "")
        return out - {""}


def specific_place(index: FrameIndex, sent: int) -> PlaceMention | None:
    found = index.specific(sent)
    return found[0] if found else None


_STARTED = re.compile(r"(?<![a-z])(started|began|begun|erupted|broke out|a commence|ont commence|avait commence|a debute|ont debute|"
                      r"avaient debute|debutee?s?|commencee?s?)\s+((late|early|on|in the|dans la|le|des|depuis)\s+)*([\w'-]+\s+)?$")


# a fronted clause on an earlier event, up to its comma: "Après une première attaque menée à Ténenkou le 8 janvier, …"
_FRONTED_EARLIER = re.compile(r"^\W*(apres|after|following|suite a)\s+(une?|la|le|l'|the|an?)\s*([\w'-]+\s+){0,2}?"
                              r"(attaque|attack|assaut|assault|embuscade|ambush|raid|incursion)[^,;]*$")


_PAST_OF_THE_PLACE = re.compile(r",\s*(ou|where)\s+[^,;]*(?<![a-z])(avai(en)?t|had)\s")


def started_the_day_before(doc: ReportDoc, index: FrameIndex, sent: int, day: str | None) -> bool:
    """Does the sentence date only when something began, the day before the story's ("the
    exchanges which started late Sunday" in a fight told on Monday)? The same fight, begun
    the evening before."""
    if day is None:
        return False
    own = [d for d in index.dates.get(sent, ()) if d.sent == sent and not d.reporting and not d.aside and not doc.in_dateline(d.start)]
    return bool(own) and all(_day_before(d, day) and _STARTED.search(fold(doc.text[max(0, d.start - 30) : d.start])) for d in own)


def _day_before(d: DateMention, day: str) -> bool:
    """Is the date the day before the day key (a date, or a weekday on an undated page)?"""
    if isinstance(d.value, date) and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return (date.fromisoformat(day) - d.value).days == 1
    words = [w for w in re.findall(r"[a-z]+", fold(d.text)) if w in WEEKDAYS]
    return day in WEEKDAYS and len(words) == 1 and (WEEKDAYS[day] - WEEKDAYS[words[0]]) % 7 == 1


_HOURS = re.compile(r"(?<![a-z])(hours?|heures?|minutes?)(?![a-z])")


_NIGHT_FROM = re.compile(r"(?<![a-z])(nuit (du|de)|night (of|from|between)|overnight( from)?)\s+$")
_NIGHT_TO = re.compile(r"\s+(a|au|to|into|and)\s")
_SAME_DAY = re.compile(r"(on )?(that|the) same day|(le|ce) (meme )?jour(-la| meme)?|(dans )?la meme journee|that day")


def date_key(doc: ReportDoc, index: FrameIndex, sent: int) -> str | None:
    """What a sentence says about when: the resolved date, else the words ("on Monday")."""
    for d in index.dates.get(sent, ()):
        if d.aside:
            continue  # "Seytenga, which was attacked in June 2022": not this sentence's day
        if d.precision >= 2 and re.search(r"week", fold(d.text)):
            continue  # "at the weekend", "cette semaine": no one day, so no other day either
        if d.relative_to_event and relative_offset(d.text)[0] > 0:
            continue  # "… were killed the following day": the same story, unless it opens the sentence (_separated)
        if _SAME_DAY.fullmatch(fold(d.text).strip()) and fold(doc.text[doc.sentences[sent].start : d.start]).strip(" ,\"«"):
            # "The attackers also targeted soldiers … that same day": the day just told (fronted,
            # "Le même jour, à Djibo, …", it opens the day's next event)
            continue
        if d.relative_to_event and _HOURS.search(fold(d.text)):
            continue  # "Les assaillants sont repartis deux heures plus tard": hours after, the same day
        head = fold(doc.text[doc.sentences[sent].start : d.start])
        if _FRONTED_EARLIER.match(head):
            continue  # "Après une première attaque menée à Ténenkou le 8 janvier, des jihadistes …": the earlier one's day
        if _PAST_OF_THE_PLACE.match(head[head.rfind(",") :]):
            continue  # "près d'Aguelhok, où une mine avait déjà tué quatre casques bleus le 2 septembre": the place's past
        if d.sent == sent and not d.reporting and not doc.in_dateline(d.start):
            if d.value:
                return str(d.value)
            # unresolved ("samedi matin" and "samedi" are one day): compare the day words only
            # ("hier (samedi)": the day glossed in brackets)
            gloss = re.match(r"\s*\((\w+)\)", fold(doc.text[d.end : d.end + 16]))
            if gloss is not None and gloss.group(1) in WEEKDAYS:
                return gloss.group(1)
            words = [w for w in re.findall(r"[a-z0-9]+", fold(d.text)) if w in WEEKDAYS or w in MONTHS or w.isdigit()]
            return " ".join(words) or fold(d.text)
    return None


def said_before(doc: ReportDoc, index: FrameIndex, sent: int, day: str | None) -> str | None:
    """A day of telling that opens its sentence, more than a day before the story's own ("On June
    14, the minister said that a plot had been thwarted", in a report of a rally on June 21):
    what was said then is not this story, so its day counts as another."""
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    for d in index.dates.get(sent, ()):
        # (a day written out, "June 14": a weekday's or "yesterday"'s reckoning is too loose to tell)
        if d.sent == sent and d.reporting and d.precision == 1 and isinstance(d.value, date) and re.search(r"\d", d.text) \
                and d.start - doc.sentences[sent].start < 25 \
                and (date.fromisoformat(day) - d.value).days > 1:
            return str(d.value)
    return None


_A_NIGHT = frozenset({"overnight", "last night", "la nuit derniere", "cette nuit"})
# days counted back from an unknown day ("two days ago", "il y a trois jours", "avant-hier", "hier"):
# on an undated page they cannot be told apart from a weekday
_COUNTED_BACK = re.compile(r"(?<![a-z])(ago|il y a|avant-hier|hier|yesterday|day before yesterday)(?![a-z])")


def same_day(a: str, b: str) -> bool:
    """Two sentences' day keys (date_key) name one day: equal, or a bare weekday ("jeudi", the
    page undated) and a date or words that fall on it ("le jeudi 09 septembre")."""
    if a == b:
        return True
    for counted, other in ((a, b), (b, a)):
        if _COUNTED_BACK.search(counted) and any(w in WEEKDAYS for w in other.split()):
            return True  # "two days ago" (in a claim) and "on Monday" on an undated page: not known to differ
    for bare, other in ((a, b), (b, a)):
        if bare in _A_NIGHT and any(w in WEEKDAYS for w in other.split()):
            return True  # "overnight" and "overnight Thursday and Friday" on an undated page: one night told twice
        if bare in WEEKDAYS:
            if bare in other.split():
                return True
            try:
                return date.fromisoformat(other).weekday() == WEEKDAYS[bare]
            except ValueError:
                return False
    return False
