"""Fact extraction: triggers in each sentence, their arguments, and the fact's attributes.

For every sentence: find trigger forms (Aho-Corasick over the lexicons, clitic-aware), read
the arguments with the entry's frame, then attach negation, hedging, time, place, count and
source from the same sentence, and the evidence (the sentence, or its clause when the
sentence is too long). Every fact names the lexicon entry that fired in ``rule``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import ahocorasick

from fasail.cache import load_or_build
from fasail.extract.frames import (
    CAPTIVITY,
    CHARGE_WORDS,
    CONTRAST_CLAUSE,
    Candidate,
    Hit,
    frame_candidates,
    lacks_required_marker,
)
from fasail.extract.lexicon import SYMMETRIC, Trigger, cue_forms, cue_lists, lexicon_files, triggers
from fasail.extract.sentence import QUOTES, RELATIVE_WORDS, SentenceView, Slot
from fasail.recognize.gazetteer import BEFORE_ARTICLE, BEFORE_BARE
from fasail.recognize.lexicon import lexicon
from fasail.recognize.mentions import Mention
from fasail.recognize.tokens import Words, words_of
from fasail.text.normalize import NormalizedText, fold
from fasail.text.numbers import Quantity, alternation, find_quantities, sum_parts
from fasail.text.sentences import split_sentences
from fasail.text.timex import find_times

#: Longest evidence the scorer accepts; longer sentences are cut to the trigger's clause.
EVIDENCE_MAX = 600
#: How many sentences back "الطرفان" may point at the parties of a relation.
PARTIES_REACH = 2
#: Words before a trigger in which a negation cue negates it.
NEGATION_REACH = 5
#: How far (words) after a denial the kind of event it denies may stand (over the speaker's
#: asides: "نفى المتحدث باسم X، Y، في تصريح لـZ اعتقال أي عنصر").
DENIED_EVENT_REACH = 20
#: Words between a reporting verb and its speaker ("قال المتحدث العسكري باسم X، Y").
SPEAKER_REACH = 10
#: "إن / أن" close the speaker's slot: a name after them is what was said.
COMPLEMENTIZER = re.compile(r"\s(?:ان|إن|أن|بان|بأن)\s")
#: "إلا أن / لكن / غير أن": what follows answers what came before.
CONTRAST = re.compile(r"\s(?:الا ان|لكن|لكنه|لكنها|غير ان|الا انه|الا انها|في حين|بينما|فيما|في المقابل)\s")
#: Participles that open a speaker's own assertion after a comma ("…، مؤكداً أن …").
ASSERTING = re.compile(r"(?<![\u0621-\u064a])(?:" + "|".join(fold(w) for w in (
    "مؤكداً", "مشيراً", "موضحاً", "مضيفاً", "لافتاً", "معتبراً", "مبيناً", "مؤكدة", "مشيرة", "موضحة",
    "مضيفة", "لافتة", "معتبرة")) + r")(?![\u0621-\u064a])")
#: Units that make an amount count things rather than people.
THING_UNITS = frozenset(fold(w) for w in (
    "حافلة", "حافلات", "سيارة", "سيارات", "آلية", "آليات", "شاحنة", "شاحنات", "دبابة", "دبابات", "يوم",
    "يوما", "يوماً", "أيام", "ساعة", "ساعات", "أسبوع", "أسابيع", "شهر", "أشهر", "عام", "أعوام", "سنة",
    "سنوات", "كيلومتر", "كيلومترات", "كم", "قرية", "قرى", "بلدة", "بلدات", "غارة", "غارات", "صاروخ",
    "صواريخ", "محور", "محاور", "مرة", "مرات", "بالمئة", "بالمائة"))
#: Pronouns that open a description of the name before them ("X، وهي فصيل من Y").
RESUMING = frozenset({"وهي", "وهو", "هي", "هو", "وهم"})
#: How many words before a cue an entry's required word (``after_words``) may stand.
REQUIRED_WORD_REACH = 14
#: A report a denial answers ("ما تداولته صفحات"، "تقارير إعلامية").
REPORTED = re.compile(r"(?<![\u0621-\u064a])(?:" + "|".join(fold(w) for w in (
    "ما تداولته", "ما تداوله", "ما تناقلته", "ما تروجه", "ما يروجه", "ما نشرته", "ما نشره", "ما أشيع",
    "ما ورد", "ما أوردته", "ما أورده", "ما بثته", "ما بثه", "ما روجته", "ما روجه", "تقارير", "التقارير",
    "ما أعلنه", "ما أعلنته", "ما ذكره", "ما ذكرته", "ما قاله", "ما قالته", "ما زعمه", "ما زعمته",
    "أنباء", "الأنباء", "الأخبار", "أخبار", "اتهامات", "الاتهامات", "ادعاءات", "الادعاءات", "مزاعم",
    "المزاعم")) + r")(?![\u0621-\u064a])")
#: Words of time before an event noun that points back at an earlier event ("عقب الانسحاب،").
TIME_PREPOSITIONS = frozenset(fold(w) for w in ("عقب", "بعد", "إثر", "اثر", "قبل", "منذ", "خلال"))
#: Words that open a deal's terms ("اتفاق … يقضي بوقف إطلاق النار") and how far they reach.
TERMS_WORDS = frozenset(fold(w) for w in ("يقضي", "تقضي", "قضى", "ينص", "نص", "تنص", "يتضمن", "تضمن",
                                          "يشمل", "شمل", "بموجبه", "بنود", "وبموجبه"))
TERMS_REACH = 12
#: "وهو ما نفاه X": a relative that points back at the claim before it.
WHICH = re.compile(r"\s(?:وهو ما|وهي ما|وهذا ما|الامر الذي|وهو امر)\s")
#: Words that end the search for a speaker: "كشفت مصادر عن اجتماع بين X" names no speaker.
SPEAKER_STOPS = frozenset({"عن", "بين", "مع", "في", "علي", "الي", "ضد", "حول", "مصادر", "مصدر",
                           "ناشطون", "انباء", "تقارير"})
INFORMANTS = frozenset({"مصادر", "مصدر"})
#: Words for an unnamed source ("قال مصدر"، "أفادت مصادر"), folded once rather than per sentence.
UNNAMED_SOURCE_WORDS = (fold("مصدر"), fold("مصادر"))
#: Prepositions joining an office to its group ("مسؤول المكتب الإعلامي في «X»").
OFFICE_PREPOSITIONS = frozenset({"في", "ل", "لـ", "من", "باسم"})
#: What follows a reporting verb that continues the previous speaker's report ("وأضاف أن",
#: "وتابع قائلاً", "وأشار إلى").
CONTINUING = ("ان", "بان", "انه", "انها", "قايلا", "الي", "في", "بالقول")
#: Auxiliaries between a subject and its reporting verb ("المرصد كان قد نشر").
AUXILIARIES = frozenset({"كان", "كانت", "قد", "لقد", "وكان", "وكانت"})
#: Words before a trigger's clause in which a denial verb still negates it.
DENIAL_BACK = 16
#: Words after a denial verb in which what it points back at ("نفى الفصيل ذلك") must stand.
DENIAL_REACH = 10
#: Words after a trigger in which a failure verb ("قد انهارت", "فشلت") negates it.
FAILURE_REACH = 12
#: Types whose count is taken from a number near the trigger.
COUNTED = frozenset({"STRENGTH", "RELOCATION", "DETENTION", "RELEASE", "EXECUTION", "CLASH"})
WORD_RE = re.compile(r"[\u0621-\u064a]+")
PLACE_OBJECT = frozenset({"CONTROL", "RELOCATION"})
#: Facts that take no place: offices, pledges, listings and names are nowhere in particular
#: (a front "واجهة له في إدلب" is: AFFILIATION keeps its place).
UNPLACED = frozenset({"LEADERSHIP", "MEMBERSHIP", "DESIGNATION", "ALLEGIANCE", "RENAME"})
#: Events that happen somewhere: with no place in their clause, the sentence's place.
LOCATED = frozenset({"CLASH", "DETENTION", "EXECUTION", "NEGOTIATION"})
#: Nouns for fighters after an amount ("700 مقاتل"، "ألفي مسلح").
FIGHTERS = re.compile(r"(?:ال)?(?:مقاتل|عنصر|عناصر|مسلح|جندي|جنود|منتسب|مرتزق|ارهابي|افراد)")
#: How many words before a cue a relative word opens the clause the cue is in.
RELATIVE_REACH = 3
#: Standing relations a sentence may name in passing (a speaker's office, a group's branch).
STANDING = frozenset({"LEADERSHIP", "MEMBERSHIP", "AFFILIATION", "DESIGNATION"})
#: Relations between two sides that "الطرفان" may point back at (allies are one side).
SIDES = frozenset({"NEGOTIATION", "AGREEMENT", "TRUCE", "CLASH", "DETENTION", "EXECUTION", "RELEASE"})
#: How many words after an envoy verb its sender may be named ("أوفد القائد العام لـ«X»").
ENVOY_REACH = 4
#: Between a place and the larger one holding it: "X في ريف Y"، "X بريف Y"، "X، Y".
WITHIN_GAP = re.compile(r"^[\s،,]*(?:في|ب|من|ضمن)?[\s«»\"“”()]*$")
#: What a request may seek, negated when it is refused ("رفض … هذا الطلب").
SOUGHT = frozenset({"TRUCE", "ALLEGIANCE"})
#: How many words after a refusal the request it refuses may be named.
REQUEST_REACH = 5
#: What talks may end in: facts that take the talks' parties when a sentence points back at them.
OUTCOMES = frozenset({"AGREEMENT", "TRUCE", "ALLIANCE"})
#: Head nouns of group names ("غرفة عمليات «X»"): a cue written as one heads the name.
GROUP_HEADS = lexicon().group_heads
#: Fact types that name a person's office in a group.
OFFICES = frozenset({"LEADERSHIP", "MEMBERSHIP"})
#: Relations between parties in which a group's named head acts for the group (a mediator
#: keeps his own name: only the parties he mediates between are groups).
REPRESENTED = frozenset({"NEGOTIATION", "AGREEMENT", "TRUCE", "ALLIANCE", "CLASH"})
PREFIXES = BEFORE_BARE | BEFORE_ARTICLE | {"ال", "وال", "فال", "بال", "لل", "ولل", "كال", "وبال"}


@dataclass
class _Article:
    """What every sentence of an article reads: its text, words, names, times, amounts, cues."""

    norm: NormalizedText
    words: Words
    slots: list[Slot]
    entities: list[dict]
    outlet_entity: int | None
    times: list
    quantities: list[Quantity]
    hits: list[Hit]
    hit_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.hit_starts = [h.start for h in self.hits]

    def hits_in(self, view: SentenceView) -> list[Hit]:
        """The sentence's cues; a cue inside a name ("تحرير" in هيئة تحرير الشام) or heading
        it ("غرفة عمليات «الفتح المبين»") is part of the name."""
        inside = self.hits[bisect_left(self.hit_starts, view.start) : bisect_left(self.hit_starts, view.end)]
        return [h for h in inside if h.end <= view.end
                and not any(s.start <= h.start and h.end <= s.end for s in view.slots)
                and not _heads_a_name(view, h) and not _after_blocking_word(view, h)
                and not _before_blocking_word(view, h) and _has_required_word(view, h)
                and _has_word_after(view, h)]


@dataclass
class _Discourse:
    """What the sentences read so far leave for the next one."""

    source: int | None = None  # the last sentence's source ("وأضاف" keeps it)
    claims: list[dict[str, Any]] = field(default_factory=list)  # the last affirmed event facts
    parties: tuple[int, list[Slot]] = (-PARTIES_REACH - 1, [])  # the latest two-party relation
    captivity: tuple[int, list[Slot]] = (-PARTIES_REACH - 1, [])  # captor and captives just reported
    previous: tuple | None = None  # the sentence before: (view, hits, rank)
    envoys: dict[int, Slot] = field(default_factory=dict)  # persons sent by a group
    talks: list[tuple[int, int]] = field(default_factory=list)  # parties of the latest talks
    deal: list[Slot] = field(default_factory=list)  # the two parties of the latest deal or truce
    offices: dict[int, Slot] = field(default_factory=dict)  # persons → the group they head or serve


@dataclass(frozen=True, slots=True)
class _Form:
    form: str
    triggers: tuple[Trigger, ...]


@cache
def _automaton() -> ahocorasick.Automaton:
    """Every trigger form, each with its entries (from the disk cache, see fasail.cache)."""
    return load_or_build("triggers", lexicon_files(), _build_automaton)


def _build_automaton() -> ahocorasick.Automaton:
    by_form: dict[str, list[Trigger]] = {}
    for trigger in triggers():
        for form in trigger.forms:
            by_form.setdefault(form, []).append(trigger)
    automaton = ahocorasick.Automaton()
    for form, found in by_form.items():
        automaton.add_word(form, _Form(form, tuple(found)))
    automaton.make_automaton()
    return automaton


def _word_prefix(text: str, start: int) -> str | None:
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
        if start - i > 4:
            return None
    return text[i:start]


def find_hits(text: str, start: int, end: int) -> list[Hit]:
    """Trigger forms in text[start:end] at word boundaries (proclitics allowed before)."""
    hits = []
    size = len(text)
    for last, found in _automaton().iter(text, start, end):
        hit_end = last + 1
        hit_start = hit_end - len(found.form)
        if hit_end < size and text[hit_end].isalpha():
            continue
        if hit_start > 0 and text[hit_start - 1].isalpha():  # else nothing is glued before it
            prefix = _word_prefix(text, hit_start)
            if prefix is None or prefix not in PREFIXES:
                continue
        hits.extend(Hit(hit_start, hit_end, t) for t in found.triggers)
    return _longest_per_type(hits)


def _longest_per_type(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits of one type (وقف إطلاق النار over إطلاق), and drop
    a hit lying strictly inside a longer hit of another type (فك بيعته is a SPLIT, not an
    ALLEGIANCE) unless its entry keeps_inner_cues; hits with the same span all stay."""
    if not hits:
        return []
    longest = max(h.end - h.start for h in hits)
    starts: list[int] = []  # kept hits sorted by start: only those near a hit can overlap it
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        near = kept[bisect_left(starts, hit.start - longest) : bisect_left(starts, hit.end)]
        same_type = any(k.trigger.fact_type == hit.trigger.fact_type
                        and k.start < hit.end and hit.start < k.end for k in near)
        inside = any(k.start <= hit.start and hit.end <= k.end and (k.end - k.start) > (hit.end - hit.start)
                     and not k.trigger.flag("keeps_inner_cues") for k in near)
        if not same_type and not inside:
            at = bisect_right(starts, hit.start)  # after equal starts, as a stable sort would
            starts.insert(at, hit.start)
            kept.insert(at, hit)
    return kept


def _named(slot: Slot, entities: list[dict], view: SentenceView) -> str:
    """A fact keeps the name its sentence uses (جبهة النصرة in a 2018 article stays جبهة
    النصرة); a role word (التنظيم) takes the name the article last used for its entity
    ("تنظيم داعش … التنظيم" → داعش, not an older name of the same group), else the entity's."""
    if slot.name and not slot.coref:
        return slot.name
    named = [s for s in view.all_slots
             if s.entity == slot.entity and not s.coref and s.name and s.end <= slot.start]
    return named[-1].name if named else entities[slot.entity]["name"]


def _office_holders(view: SentenceView, hits: list[Hit]) -> dict[int, Slot]:
    """Persons the sentence names with their office ("الجولاني زعيم جبهة النصرة"): person
    entity → the group they lead or speak for."""
    office: dict[int, Slot] = {}
    for hit in hits:
        if hit.trigger.fact_type in OFFICES and hit.trigger.frame in ("title", "apposition"):
            for candidate in frame_candidates(view, hit, keep=True):
                if candidate.object is not None:
                    office.setdefault(candidate.subject.entity, candidate.object)
    return office


#: A negated copula before a title ("لم يكن X عضواً في Y"، "ليس X قائداً لـY").
NEGATED_COPULA = re.compile(
    r"(?<![\u0621-\u064a])(?:لم\s+(?:يكن|تكن|يعد|تعد)|ليس|ليست|ليسوا)(?![\u0621-\u064a])")
#: How many words before a title its negated copula may stand.
COPULA_REACH = 6


def _denied_title(view: SentenceView, hit: Hit, trigger: Trigger) -> bool:
    """True when a title noun is the predicate of a negated copula in its clause ("لم يكن
    أبو ماريا القحطاني عضواً في التنظيم")."""
    if trigger.frame != "title" or trigger.flag("verb"):
        return False
    clause_start, _ = view.clause_of(hit.start)
    i = view.words.index_of(hit.start)
    start = max(clause_start, view.words[max(0, i - COPULA_REACH)].start)
    return NEGATED_COPULA.search(view.text, start, hit.start) is not None


def _summary(fact: dict[str, Any]) -> bool:
    """True for a release or detention read off an exchange ("تبادل الأسرى بين X وY")."""
    return "#exchange" in fact["rule"]


def _located(view: SentenceView, start: int, end: int) -> Slot | None:
    """The most specific place named in [start, end): the only one, or the first of a chain each
    inside the next ("قرب بلدة X في ريف Y الشرقي"); None when the span names several apart."""
    places = view.places_in(start, end)
    chained = all(WITHIN_GAP.match(view.text[a.end : b.start])
                  for a, b in zip(places, places[1:], strict=False))
    return places[0] if places and chained else None


def _self_pair(candidate: Candidate) -> bool:
    """True when both arguments are one entity (a head standing for his own group)."""
    return candidate.object is not None and candidate.object.entity == candidate.subject.entity


def _as_groups(candidate: Candidate, office: dict[int, Slot]) -> Candidate:
    """A person who meets, agrees or fights as the named head of a group stands for it."""
    subject = office.get(candidate.subject.entity, candidate.subject)
    obj = candidate.object
    if obj is not None:
        obj = office.get(obj.entity, obj)
    return Candidate(subject, obj)


def _latest_deal(facts: list[dict[str, Any]], view: SentenceView) -> list[Slot]:
    """The two parties, as slots of the sentence, of its last affirmed deal or truce."""
    deals = [f for f in facts if f["type"] in ("AGREEMENT", "TRUCE") and not f["negated"]
             and f["object_entity"] is not None]
    if not deals:
        return []
    wanted = (deals[-1]["subject_entity"], deals[-1]["object_entity"])
    slots = [next((s for s in view.slots if s.entity == e), None) for e in wanted]
    return slots if all(slots) else []


def _earlier_event(view: SentenceView, hit: Hit) -> bool:
    """"وعقب الانسحاب، دخلت X …": a definite event noun after a word of time, closed by a
    comma, names an event told before; the names after it belong to the main clause."""
    i = view.words.index_of(hit.start)
    word = view.words[i]
    return (i > 0 and word.has_article and view.words[i - 1].stem in TIME_PREPOSITIONS
            and view.words.gap(view.words.index_of(hit.end - 1)).strip()[:1] in ("،", ","))


def _held_once(stated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The captives of a release are held as the release implies ("رفض X الإفراج عن المختطفين
    من Y": held, not a denied holding): no second detention of that pair in the sentence."""
    def implied(fact: dict[str, Any]) -> bool:
        return fact["type"] == "DETENTION" and fact["rule"].endswith("+implies_detention")

    held = {(f["subject_entity"], f["object_entity"]) for f in stated if implied(f)}
    return [f for f in stated if implied(f) or f["type"] != "DETENTION"
            or (f["subject_entity"], f["object_entity"]) not in held]


def _leaders_not_members(stated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A leader of a group is not also coded its member in the same sentence ("عناصر «X» التي
    يقودها Y": Y leads X)."""
    led = {(f["subject_entity"], f["object_entity"]) for f in stated if f["type"] == "LEADERSHIP"}
    return [f for f in stated
            if not (f["type"] == "MEMBERSHIP" and (f["subject_entity"], f["object_entity"]) in led)]


def _without_go_betweens(stated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"توسطت روسيا بين X وY للتوصل إلى تفاهم": the go-between is no party of the deal, talks or
    truce it mediates between the same sides."""
    mediated = {(f["subject_entity"], f["object_entity"]) for f in stated if f["type"] == "MEDIATION"}
    return [f for f in stated if not (
        f["type"] in ("AGREEMENT", "TRUCE", "NEGOTIATION")
        and ((f["subject_entity"], f["object_entity"]) in mediated
             or (f["object_entity"], f["subject_entity"]) in mediated))]


def _relative_opening(window: str) -> int:
    """Where a relative clause that reaches the window's end opens (a relative word among its
    last few words), else 0."""
    if not any(word in window for word in RELATIVE_WORDS):
        return 0  # the common case, told without splitting the window into words
    words = list(re.finditer(r"\S+", window))[-RELATIVE_REACH:]
    for match in reversed(words):
        if match.group().strip(QUOTES + "،,") in RELATIVE_WORDS:
            return match.start()
    return 0


def _stand_ins(hit: Hit, parties: tuple[int, int], entities: list[dict]) -> Candidate:
    """Two parties named in an earlier clause or sentence, standing in at the cue (as
    coreference slots, so facts take the names the article used for them)."""
    return Candidate(*(Slot(hit.start, hit.end, entities[e]["type"], e, True) for e in parties))


def _in_relative(original: str, fact: dict[str, Any]) -> bool:
    """True when the fact's cue stands in a relative clause opened since the last comma
    ("«X»، التي تصنفها الدولتان منظمة إرهابية"): a description, not the claim."""
    start = fact["trigger"]["start"]
    clause = original[max(original.rfind("،", 0, start), original.rfind(",", 0, start)) + 1 : start]
    return any(fold(w) in RELATIVE_WORDS for w in clause.split())


def _relative_after(view: SentenceView, hit: Hit) -> bool:
    """True when a relative clause opens right after the cue ("الاتفاق الذي وقّعته …")."""
    i = view.words.index_of(hit.end)
    return i < len(view.words) and view.words[i].text in RELATIVE_WORDS


def _after_blocking_word(view: SentenceView, hit: Hit) -> bool:
    """True when the word before the cue makes it something else ("وزير الحرب" is an office,
    "تضم إلى جانب X" a list: the entry's ``not_after_words``), or makes it a charge ("أعدم X
    مدنيين بتهمة التعاون مع Y": no one is said to have cooperated)."""
    i = view.words.index_of(hit.start)
    if i == 0:
        return False
    before = view.words[i - 1].text
    return before in hit.trigger.markers("not_after_words") or before in CHARGE_WORDS


def _before_blocking_word(view: SentenceView, hit: Hit) -> bool:
    """True when one of the entry's ``not_before_words`` follows the cue in its clause and none
    of its object markers does ("يقاتل إلى جانبه X" fights beside X, not against him; "قاتل X
    إلى جانب Y ضد Z" still fights Z)."""
    blocking = hit.trigger.markers("not_before_words")
    if not blocking:
        return False
    following = _words_after_in_clause(view, hit)
    if not any(w.stem in blocking for w in following):
        return False
    markers = hit.trigger.markers()
    return not any(w.text in markers or w.stem in markers for w in following)


def _counts_things(view: SentenceView, quantity: Quantity) -> bool:
    """True when the amount counts vehicles, days, places or strikes, not people ("48 حافلة تقل
    نحو 900 مسلح"، "بعد يوم واحد من خروج 1400 مقاتل"): the word next to it says so."""
    after = WORD_RE.findall(view.text[quantity.end : min(view.end, quantity.end + 16)])[:1]
    # "يوم واحد"، "يومين اثنين": one and two follow the noun they count
    before = WORD_RE.findall(view.text[max(view.start, quantity.start - 12) : quantity.start])[-1:]
    words = after + (before if quantity.value in (1, 2) else [])
    return bool(THING_UNITS & {w.removeprefix("و") for w in words})


def _has_required_word(view: SentenceView, hit: Hit) -> bool:
    """True unless the entry names words one of which must stand a few words before the cue in
    its sentence (``after_words``: "مبادرة لوقف القتال بين الطرفين طرحها X": طرحها mediates
    only after an initiative)."""
    required = hit.trigger.markers("after_words")
    if not required:
        return True
    i = view.words.index_of(hit.start)
    first = max(view.words.index_of(view.start), i - REQUIRED_WORD_REACH)
    return any(w.stem in required or w.text in required for w in view.words[first:i])


def _has_word_after(view: SentenceView, hit: Hit) -> bool:
    """True unless the entry names words one of which must follow the cue in its clause
    (``words_after``: "تتخذ من مدينة X مقراً لها" holds X only with a word of a base)."""
    required = hit.trigger.markers("words_after")
    if not required:
        return True
    return any(w.stem in required or w.text in required for w in _words_after_in_clause(view, hit))


def _words_after_in_clause(view: SentenceView, hit: Hit) -> list:
    """The words after the cue up to the end of its clause."""
    _, clause_end = view.clause_of(hit.end)
    first = view.words.index_of(hit.end)
    return [w for w in view.words[first:] if w.start < clause_end]


def _heads_a_name(view: SentenceView, hit: Hit) -> bool:
    """True when the cue is a group's head noun written before its quoted name."""
    if view.text[hit.start : hit.end] not in GROUP_HEADS:
        return False
    return any(s.type == "GROUP" and s.start >= hit.end and view.text[hit.end : s.start].strip(QUOTES) == ""
               for s in view.slots)


def _talks(facts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """The parties (entity indices) of the talks a sentence reports."""
    return [(f["subject_entity"], f["object_entity"]) for f in facts
            if f["type"] == "NEGOTIATION" and not f["negated"] and f["object_entity"] is not None]


def _without_group_claims(found: list[tuple[int, dict]], previous: tuple, by_person: list[dict]) -> list:
    """What "عدد من مسؤولي X" did, once said of each official named, is no longer said of X."""
    view, _, rank = previous
    members = {s.entity for s in view.slots if view.members_phrase(s)}
    kinds = {f["type"] for f in by_person}
    return [(r, f) for r, f in found
            if not (r == rank and f["subject_entity"] in members and f["type"] in kinds)]


def _named_members(view: SentenceView, hits: list[Hit]) -> list[Slot]:
    """The persons a sentence opening with "وأبرزهم / ومنهم" lists (a named_members cue)."""
    if not any(h.trigger.frame == "named_members" and view.words_between(view.start, h.start) == 0
               for h in hits):
        return []
    return [s for s in view.slots if s.type == "PERSON" and not s.coref]


def _one_size(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A sentence states one group's size: "ويقدر عدد عناصره بآلاف المقاتلين" has two size
    cues but one amount, which belongs to the first."""
    sizes = [f for f in facts if f["type"] == "STRENGTH"]
    return [f for f in facts if f["type"] != "STRENGTH" or f is sizes[0]]


def _without_offices(view: SentenceView, start: int, end: int) -> str:
    """text[start:end] without the groups in it and the preposition before each: the speaker's
    office ("قال مسؤول المكتب الإعلامي في «X»، Y") is not a stop before his name."""
    text, at = [], start
    for slot in view.slots:
        if start <= slot.start and slot.end <= end and slot.type in ("GROUP", "STATE"):
            words = view.text[at : slot.start].rstrip(QUOTES).rsplit(None, 1)
            text.append(words[0] if len(words) == 2 and words[1] in OFFICE_PREPOSITIONS
                        else view.text[at : slot.start])
            at = slot.end
    text.append(view.text[at:end])
    return " ".join(text)


def _is_heading(text: str, sentence) -> bool:
    """A line of its own without final punctuation is a headline, subtitle or section heading:
    it restates the body in short."""
    starts_line = sentence.start == 0 or text[:sentence.start].rstrip(" \t").endswith("\n")
    ends_line = text[sentence.end:].lstrip(" \t")[:1] in ("\n", "")
    return starts_line and ends_line and not text[sentence.start : sentence.end].rstrip().endswith(
        (".", "؟", "!", ":"))


def _fighters_amount(view: SentenceView, hit: Hit, quantities: list[Quantity]) -> bool:
    """True when the sentence gives an amount of fighters: the cue names them ("عدد مقاتلي
    X"، "آلاف المقاتلين") and an amount follows, or an amount is followed by a fighters noun
    ("يضم 700 مقاتل"); "يضم فصائل عدة" is a composition, not a size."""
    amounts = [q for q in quantities if view.start <= q.start < view.end]
    if not amounts:
        return False
    if FIGHTERS.search(view.text[hit.start : hit.end]):
        return True
    return any(FIGHTERS.match(view.text[q.end : q.end + 20].lstrip()) for q in amounts)


def _negate_mediation_of_failures(facts: list[dict[str, Any]]) -> None:
    """The mediation of a truce or deal that failed is negated too (ONTOLOGY): "لم تصمد
    الهدنة بين X وY، التي توسطت فيها Z" → Z → X and Z → Y negated; and the truce or deal a
    failed mediation sought between its two parties."""
    failed = {frozenset((f["subject_entity"], f["object_entity"])) for f in facts
              if f["type"] in ("TRUCE", "AGREEMENT") and f["negated"]}
    for fact in facts:
        if fact["type"] == "MEDIATION" and any(fact["object_entity"] in pair for pair in failed):
            fact["negated"] = True
    # "فشلت مبادرة أطلقها Z لوقف إطلاق النار بين X وY": the truce it sought failed with it.
    mediated: dict[Any, set] = {}
    for f in facts:
        if f["type"] == "MEDIATION" and f["negated"]:
            mediated.setdefault(f["subject_entity"], set()).add(f["object_entity"])
    for fact in facts:
        if fact["type"] in ("TRUCE", "AGREEMENT") and any(
                {fact["subject_entity"], fact["object_entity"]} <= parties for parties in mediated.values()):
            fact["negated"] = True


def _standing(fact: dict[str, Any]) -> bool:
    """Titles and appositions ("المتحدث باسم X") describe, they state no event to deny."""
    return fact["type"] in STANDING


#: How many characters after an alliance cue the fight it joins may be named ("إلى جانب Y في
#: مواجهة Z"); further on, another clause tells another story.
ALLY_FIGHT_REACH = 40


def _allies_in_the_fight(stated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"يقاتل X إلى جانب Y في مواجهة Z"، "يؤازرون Y في مواجهة Z": who comes to support Y
    against Z fights Z too (the ONTOLOGY's convention): a CLASH of Y stated after an ALLIANCE
    with Y in the sentence gives the ally the same CLASH."""
    clashes = [f for f in stated if f["type"] == "CLASH" and not f["negated"] and f["object"]]
    added = []
    for ally in (f for f in stated if f["type"] == "ALLIANCE" and not f["negated"]):
        for clash in clashes:
            if (clash["subject_entity"] == ally["object_entity"]
                    and clash["object_entity"] not in (ally["subject_entity"], ally["object_entity"])
                    and 0 < clash["trigger"]["start"] - ally["trigger"]["end"] <= ALLY_FIGHT_REACH):
                added.append({**clash, "subject": ally["subject"], "subject_entity": ally["subject_entity"],
                              "rule": clash["rule"] + "+ally"})
    return added


def _members_not_allies(stated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"من أبرز مكونات Y إلى جانب A": a member and the body it is part of, stated as such in
    the sentence, are no allies there."""
    parts = {frozenset((f["subject_entity"], f["object_entity"])) for f in stated
             if f["type"] == "AFFILIATION" and not f["negated"]}
    return [f for f in stated if f["type"] != "ALLIANCE"
            or frozenset((f["subject_entity"], f["object_entity"])) not in parts]


def _implied(fact: dict[str, Any]) -> list[dict[str, Any]]:
    """Facts a fact implies by the ONTOLOGY's conventions: a release of prisoners means the
    captor held them (DETENTION), also when the release was refused ("رفض الإفراج عن")."""
    if fact["type"] == "RELEASE":
        # A release refused, denied or not done leaves the captives held: the detention stands.
        return [{**fact, "type": "DETENTION", "negated": False, "rule": fact["rule"] + "+implies_detention"}]
    return []


def _one_per_event(facts: list[dict[str, Any]], in_heading: list[bool]) -> list[dict[str, Any]]:
    """One fact per type, pair and polarity in an article: repeated mentions of one relation
    keep their first (body before headline) statement. An event the body mentions again with
    another time or place than each earlier mention gave (talks in one town, then talks in
    another) is another event; a heading only restates the body."""
    seen: dict[tuple, list[tuple]] = {}
    kept = []
    for fact, heading in zip(facts, in_heading, strict=True):
        pair = (fact["subject_entity"], fact["object_entity"])
        if fact["type"] in SYMMETRIC:
            pair = tuple(sorted(pair, key=str))
        key = (fact["type"], pair, fact["negated"])
        setting = (fact["time"], fact["place"] if fact.get("place_scope") == "clause" else None)
        earlier = seen.get(key)
        if earlier is None or (not heading and fact["type"] not in STANDING and setting != (None, None)
                               and all(_differs(setting, other) for other in earlier)):
            seen.setdefault(key, []).append(setting)
            kept.append(fact)
    return kept


def _differs(setting: tuple, other: tuple) -> bool:
    """True when two (time, place) settings disagree on a value both give."""
    return any(a is not None and b is not None and a != b for a, b in zip(setting, other, strict=True))


def _phrase_patterns(phrases) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """One regex per set of exempt fact types, matching any of its phrases as whole words
    (a proclitic و/ف/ب/ل may lead them), so a clause is scanned once per set."""
    grouped: dict[frozenset[str], list[str]] = {}
    for phrase, not_for in phrases:
        grouped.setdefault(frozenset(not_for), []).append(phrase)
    # After a space, quote or bracket (checked after the first letter, see alternation).
    after_first = r"(?:(?<=[\s\"(].)|(?<=[\s\"(][وفبل].))"
    return [(re.compile(alternation(forms, space=" ", after_first=after_first) + r"(?![\u0621-\u064a])"),
             not_for) for not_for, forms in grouped.items()]


def _phrase_regex(phrases) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` as whole words (a proclitic و/ف/ب/ل may lead
    them), so a window is scanned once instead of once per phrase."""
    # No letter before, or only a proclitic (checked after the first letter, see alternation).
    after_first = r"(?:(?<![\u0621-\u064a].)|(?<=(?<![\u0621-\u064a])[وفبل].))"
    return re.compile(alternation(phrases, space=" ", after_first=after_first) + r"(?![\u0621-\u064a])")


def _span(norm: NormalizedText, start: int, end: int) -> dict[str, Any]:
    """Original offsets and text of a normalised span."""
    o_start, o_end = norm.to_original(start, end)
    return {"start": o_start, "end": o_end, "text": norm.original[o_start:o_end]}


class FactExtractor:
    """Extracts ONTOLOGY facts from a document's text and recognised mentions."""

    def __init__(self) -> None:
        negation = cue_lists("negation")
        self.particles = frozenset(cue_forms("negation", "negators"))
        self.participating = frozenset(cue_forms("negation", "participation"))
        #: Phrases that negate a trigger anywhere earlier in its clause, with the fact types
        #: they leave alone (failed talks are still talks).
        self.clause_negators = _phrase_patterns(
            (form, cue.not_for) for key in ("failure", "refusal", "denial", "absence")
            for cue in negation.get(key, ()) for form in cue.forms)
        #: Look-alikes of negation ("لا يزال", "ما لا يقل عن"), a و/ف may lead them.
        # A quote may open or close the phrase ('إن المجلس "لا يزال يسيطر"').
        self.look_alikes = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:" + "|".join(
            re.escape(p) for p in sorted(cue_forms("negation", "not_negation"), key=len, reverse=True))
            + r")(?![\u0621-\u064a])")
        #: Failure phrases, which also negate a trigger named before them ("هدنة … قد انهارت").
        self.refused_after = _phrase_patterns(
            (form, cue.not_for) for cue in negation.get("refusal", ()) for form in cue.forms)
        self.failed_after = _phrase_patterns(
            (form, cue.not_for) for cue in negation.get("failure", ()) for form in cue.forms)
        #: Denials that point back at the claim before them ("إلا أن الحسن نفى ذلك").
        self.denials = _phrase_patterns(
            (form, ()) for key in ("denial",) for cue in negation.get(key, ()) for form in cue.forms)
        self.denial_references = _phrase_regex(cue_forms("negation", "denial_reference"))
        self.refusals = _phrase_regex(cue_forms("negation", "refusal"))
        self.requests = _phrase_regex(cue_forms("negation", "request_reference"))
        self.hedges = _phrase_regex(cue_forms("hedging", "cues"))
        self.clause_hedges = _phrase_regex(cue_forms("hedging", "clause_cues"))
        self.reporting = frozenset(cue_forms("attribution", "reporting_verbs"))
        #: "وفق X"، "نقلاً عن X"، "مصادر لـX": the credited name follows these.
        credit = cue_forms("attribution", "according_to", "sources_for")
        self.credit_cues = _phrase_regex(credit)
        self.credit_endings = tuple(credit)
        self.unnamed = cue_forms("attribution", "unnamed")
        self.envoy_verbs = frozenset(cue_forms("representation", "envoy_verbs"))
        self.talks_references = frozenset(cue_forms("negotiation", "talks_references"))
        self.killed = frozenset(cue_forms("clash", "killed_cues"))

    def __call__(self, norm: NormalizedText, mentions: list[Mention], entities: list[dict],
                 date: dt.date | None, outlet_entity: int | None = None) -> list[dict[str, Any]]:
        slots = [Slot(m.start, m.end, m.type, m.context["entity"], m.context.get("source") == "coref",
                      m.name.strip())
                 for m in mentions if "entity" in m.context]
        article = _Article(norm, words_of(norm.text), slots, entities, outlet_entity,
                           find_times(norm.text, date), sum_parts(norm.text, find_quantities(norm.text)),
                           find_hits(norm.text, 0, len(norm.text)))  # one automaton pass per article
        discourse = _Discourse()
        found: list[tuple[int, dict[str, Any]]] = []
        sentences = split_sentences(norm.text)
        for order, sentence in enumerate(sentences):
            # Headings restate the body: their facts rank after the body's.
            rank = len(sentences) + order if _is_heading(norm.text, sentence) else order
            found = self._sentence(article, discourse, order, sentence, rank, found)
        # An exchange reported in one phrase restates the releases the article details: like a
        # heading, it ranks after them and stands only where no sentence gives them.
        found = [(rank + len(sentences) if _summary(fact) else rank, fact) for rank, fact in found]
        ranked = sorted(found, key=lambda x: x[0])
        return _one_per_event([fact for _, fact in ranked], [rank >= len(sentences) for rank, _ in ranked])

    def _sentence(self, article: _Article, discourse: _Discourse, order: int, sentence, rank: int,
                  found: list[tuple[int, dict[str, Any]]]) -> list[tuple[int, dict[str, Any]]]:
        """The facts of one sentence added to ``found``, read with what the sentences before left."""
        norm = article.norm
        view = SentenceView(norm.text, sentence.start, sentence.end, article.words, article.slots,
                            norm.original_span)
        source = discourse.source = self._source(view, article.outlet_entity, discourse.source)
        hits = article.hits_in(view)
        # Event cues only; a suffix ("X سابقاً") reads the name before it, never one after.
        view.cues = [(h.start, h.end, h.trigger.fact_type) for h in hits
                     if h.trigger.fact_type not in STANDING | {"STRENGTH"} and not h.trigger.flag("suffix")]
        # "ينسّق عملياته مع X": a cue that needs a marker it lacks is no cue of its own.
        view.cues = [c for c in view.cues
                     if not any(h.start == c[0] and lacks_required_marker(view, h) for h in hits)]
        # "فشل الطرفان": the two sides of the talks or fight just reported.
        when, parties = discourse.parties
        view.recent_parties = parties if order - when <= PARTIES_REACH else []
        view.recent_deal = discourse.deal
        when, held = discourse.captivity
        view.recent_captivity = held if order - when <= PARTIES_REACH else []
        here = _office_holders(view, hits)
        discourse.envoys.update(self._envoys(view, here))
        # A person named once with his office stands for his group in later sentences too.
        discourse.offices.update(here)
        context = (article.entities, norm, article.times, article.quantities, source,
                   {**discourse.envoys, **discourse.offices})
        stated = self._stated(view, hits, context, context[-1])
        discourse.deal = _latest_deal(stated, view) or discourse.deal
        if view.recent_parties and view.recent_parties is not parties:
            discourse.parties = (order, view.recent_parties)
        if view.recent_captivity and view.recent_captivity is not held:
            discourse.captivity = (order, view.recent_captivity)
        talks = self._own_talks(view, stated) or discourse.talks
        stated.extend(self._outcome_of_talks(view, hits, stated, talks, context))
        stated.extend(self._terms_of_deal(view, hits, stated, context))
        discourse.talks = _talks(stated) or discourse.talks
        # "أعلن عدد من مسؤولي X انشقاقهم … وأبرزهم A وB": the officials named next act.
        named = _named_members(view, hits)
        if named and discourse.previous is not None:
            by_person = self._by_named_members(discourse.previous, named, context)
            stated.extend(by_person)
            found = _without_group_claims(found, discourse.previous, by_person)
        _negate_mediation_of_failures(stated)
        stated = _one_size(stated)
        events = [f for f in stated if not _standing(f)]
        # Cues that found no parties of their own ("نفى … اعتقال أي مقاتل") name what is
        # denied; a sentence with no events at all may point back ("نفى ذلك").
        unfilled = {kind for _, _, kind in view.cues} - {f["type"] for f in stated}
        stated.extend(self._denied_after_contrast(view, norm, stated, article.entities))
        if discourse.claims and (refused := self._refused_request(view, norm, discourse.claims)):
            stated.extend(refused)  # the request was refused: the truce or deal sought never held
            sought = {id(f) for f in discourse.claims if f["type"] in SOUGHT}
            found = [(r, f) for r, f in found if id(f) not in sought]
        elif discourse.claims and (unfilled or not events):
            stated.extend(self._denied(view, norm, discourse.claims, article.entities, source,
                                       unfilled or None))
        if events:
            discourse.claims = [f for f in events if not f["negated"]]
        discourse.previous = (view, hits, rank)
        return found + [(rank, fact) for fact in stated]

    def _stated(self, view: SentenceView, hits: list[Hit], context: tuple,
                office: dict[int, Slot]) -> list[dict[str, Any]]:
        """The facts the sentence's cues state through their frames; ``office`` maps the
        persons who act for a group to it."""
        entities, norm, times, quantities, source, _ = context
        stated: list[dict[str, Any]] = []
        for hit in hits:
            if _earlier_event(view, hit):
                continue
            for candidate in frame_candidates(view, hit):
                if not hit.trigger.accepts(candidate.subject.type,
                                           candidate.object.type if candidate.object else None):
                    continue
                if hit.trigger.fact_type == "MEDIATION" and candidate.object is not None:
                    # The go-between keeps his own name; the parties he mediates between are groups.
                    party = office.get(candidate.object.entity, candidate.object)
                    candidate = Candidate(candidate.subject, party)
                if hit.trigger.fact_type in CAPTIVITY:
                    candidate = _as_groups(candidate, office)
                    if candidate.subject.type == "PERSON" or _self_pair(candidate):
                        continue  # a captor is a group; a person counts only as its head
                    if hit.trigger.fact_type == "DETENTION" and candidate.object is not None:
                        view.recent_captivity = [candidate.subject, candidate.object]
                if hit.trigger.fact_type in REPRESENTED:
                    candidate = _as_groups(candidate, office)
                    if _self_pair(candidate):
                        continue  # a leader and his own group are one party
                if hit.trigger.fact_type in SIDES and candidate.object is not None:
                    view.recent_parties = [candidate.subject, candidate.object]
                fact = self._fact(view, hit, candidate, entities, norm, times, quantities, source)
                if fact["type"] == "STRENGTH" and not _fighters_amount(view, hit, quantities):
                    continue  # a size cue with no amount of fighters states no strength
                if fact["negated"] and (report := self._reported_in_denial(view, hit)) is not None:
                    # "نفت X ما تداولته صفحات عن إعدام …": the report claimed it, X denied it;
                    # "ما أعلنه الرئيس X عن …": X's claim.
                    reporter = self._reporter(view, report, hit, entities)
                    stated.append({**fact, "negated": False, "hedged": True, "source": reporter,
                                   "rule": fact["rule"] + "+reported"})
                    fact = {**fact, "hedged": False}
                stated.append(fact)
                stated.extend(_implied(fact))
        stated.extend(_allies_in_the_fight(stated))
        stated = _members_not_allies(stated)
        return _held_once(_leaders_not_members(_without_go_betweens(stated)))

    def _outcome_of_talks(self, view: SentenceView, hits: list[Hit], stated: list[dict[str, Any]],
                          talks: list[tuple[int, int]], context: tuple) -> list[dict[str, Any]]:
        """"أن الاجتماع انتهى بالاتفاق على …": deal, truce and alliance cues that found no parties
        in a sentence pointing back at the talks take the talks' parties."""
        if not talks or not set(WORD_RE.findall(view.text[view.start : view.end])) & self.talks_references:
            return []
        entities, norm, times, quantities, source, _ = context
        filled = {f["type"] for f in stated}
        found = []
        for hit in hits:
            kind = hit.trigger.fact_type
            if kind in OUTCOMES and kind not in filled:
                filled.add(kind)
                for parties in talks:  # the parties stand in at the cue: they were named before
                    pair = _stand_ins(hit, parties, entities)
                    fact = self._fact(view, hit, pair, entities, norm, times, quantities, source)
                    found.append({**fact, "rule": fact["rule"] + "+talks"})
        return found

    def _terms_of_deal(self, view: SentenceView, hits: list[Hit], stated: list[dict[str, Any]],
                       context: tuple) -> list[dict[str, Any]]:
        """"توصل X إلى اتفاق مع Y يقضي بوقف إطلاق النار"، "اتفاق لوقف إطلاق النار مع Y": a
        ceasefire that is a deal's term is both a TRUCE and an AGREEMENT; whichever cue found
        no parties of its own takes the other's."""
        kinds = {f["type"] for f in stated}
        if ("TRUCE" in kinds) == ("AGREEMENT" in kinds):
            return []
        missing = "AGREEMENT" if "TRUCE" in kinds else "TRUCE"
        cues = self._deal_and_truce(view, hits)
        if cues is None:
            return []
        hit = cues[0] if missing == "AGREEMENT" else cues[1]
        entities, norm, times, quantities, source, _ = context
        found = []
        for known in (f for f in stated if f["type"] in ("TRUCE", "AGREEMENT")):
            pair = _stand_ins(hit, (known["subject_entity"], known["object_entity"]), entities)
            fact = self._fact(view, hit, pair, entities, norm, times, quantities, source)
            found.append({**fact, "negated": known["negated"], "hedged": known["hedged"],
                          "source": known["source"], "rule": fact["rule"] + "+deal_terms"})
        return found

    @staticmethod
    def _deal_and_truce(view: SentenceView, hits: list[Hit]) -> tuple[Hit, Hit] | None:
        """The first deal cue followed by the ceasefire that is its term ("اتفاق لوقف …"،
        "اتفاق … يقضي بوقف …"), else None."""
        deals = [h for h in hits if h.trigger.fact_type == "AGREEMENT"]
        for truce in (h for h in hits if h.trigger.fact_type == "TRUCE"):
            earlier = [d for d in deals if d.end <= truce.start]
            if not earlier or view.words_between(earlier[-1].end, truce.start) > TERMS_REACH:
                continue
            gap = set(WORD_RE.findall(view.text[earlier[-1].end : truce.start]))
            purpose = gap <= {"ل"} and "ل" in view.text[truce.start - 1 : truce.start + 1]
            if gap & TERMS_WORDS or purpose:
                return earlier[-1], truce
        return None

    def _own_talks(self, view: SentenceView, stated: list[dict[str, Any]]) -> list[tuple[int, int]]:
        """The talks of this sentence when a later clause points back at them ("عقد X وY
        اجتماعاً، إلا أن الاجتماع انتهى دون اتفاق")."""
        contrast = CONTRAST.search(" " + view.text[view.start : view.end] + " ")
        if contrast is None:
            return []
        after = set(WORD_RE.findall(view.text[view.start + contrast.end() - 1 : view.end]))
        return _talks(stated) if after & self.talks_references else []

    def _envoys(self, view: SentenceView, office: dict[int, Slot]) -> dict[int, Slot]:
        """Persons an envoy verb sends on behalf of a group ("أرسل الجولاني زعيم جبهة النصرة
        الشيخ X وY"): person entity → the sender's group (``office``: the sentence's heads)."""
        found: dict[int, Slot] = {}
        first = view.words.index_of(view.start)
        for word in view.words[first : view.words.index_of(view.end)]:
            if word.text not in self.envoy_verbs and word.stem not in self.envoy_verbs:
                continue
            after = [s for s in view.actors_after(word.end)
                     if view.words_between(word.end, s.start) <= ENVOY_REACH]
            if not after:
                continue
            sender = office.get(after[0].entity, after[0])
            if sender.type not in ("GROUP", "STATE"):
                continue
            # "أوفد القائد العام لـX جميل الصالح كلاً من A وB": the head who sends is no envoy.
            rest = [s for s in view.actors_after(after[0].end, types=("PERSON",))
                    if s.entity != after[0].entity and s.entity not in office
                    and view.words_between(after[0].end, s.start) <= 6]
            for envoy in view.listed_with(rest[0], ("PERSON",)) if rest else []:
                found[envoy.entity] = sender
        return found

    def _by_named_members(self, previous: tuple, named: list[Slot], context: tuple) -> list[dict[str, Any]]:
        """The previous sentence's facts again with each named official in place of "عدد من
        مسؤولي X" (the members phrase): SPLIT, ALLEGIANCE … of each person."""
        view, hits, _ = previous
        members = [s for s in view.slots if view.members_phrase(s)]
        if not members:
            return []
        facts = []
        for person in named:
            stand_in = Slot(members[0].start, members[0].end, "PERSON", person.entity, True, person.name)
            slots = [stand_in if s is members[0] else s for s in view.all_slots]
            again = SentenceView(view.text, view.start, view.end, view.words, slots, view.original)
            again.cues = view.cues
            office = {**context[-1], **_office_holders(again, hits)}
            facts.extend({**f, "rule": f["rule"] + "+named_members"}
                         for f in self._stated(again, hits, context, office)
                         if f["subject_entity"] == person.entity)
        return facts

    def _denied_after_contrast(self, view: SentenceView, norm: NormalizedText,
                               stated: list[dict[str, Any]], entities: list[dict]) -> list[dict[str, Any]]:
        """"أنباء عن اعتقال الهيئة خمسة من عناصره، إلا أن الحسن نفى ذلك": the sentence's own
        claims before the contrast, negated and credited to the denier."""
        window = " " + view.text[view.start : view.end] + " "
        # "…، وهو ما نفاه X": the relative "ما" itself points back at the claim.
        contrast = CONTRAST.search(window) or WHICH.search(window)
        if contrast is None:
            return []
        rest = window[contrast.end() - 1 :]
        cue = next((m for pattern, _ in self.denials if (m := pattern.search(rest))), None)
        if cue is None or len(WORD_RE.findall(rest[: cue.start()])) > DENIAL_REACH:
            return []
        following = " " + " ".join(WORD_RE.findall(rest[cue.end() :])[:DENIAL_REACH]) + " "
        which = WHICH.fullmatch(contrast.group()) is not None
        if not which and not self.denial_references.search(following):
            return []
        at = view.start + contrast.end() - 2 + cue.start()  # the denial cue, in the normalised text
        o_contrast, _ = norm.to_original(view.start + contrast.start(), view.start + contrast.start())
        # A standing relation is denied only as the accusation "وهو ما" points back at
        # ("تتهم أنقرة الوحدات بأنها امتداد لـY، وهو ما تنفيه"), not as a name's description.
        claims = [f for f in stated if not f["negated"] and f["trigger"]["start"] < o_contrast
                  and (not _standing(f) or which and f["hedged"] and not _in_relative(norm.original, f))]
        denier = next((s.entity for s in view.slots
                       if s.type in ("PERSON", "OUTLET") and s.start >= view.start + contrast.start()), None)
        denied_by = entities[denier]["name"] if denier is not None else None
        for claim in claims:  # the claim is not the denier's own
            if denied_by is not None and claim["source"] == denied_by:
                claim["source"] = None
        return [{**claim, "negated": True, "hedged": False, "rule": claim["rule"] + "+denied",
                 "source": denied_by or claim["source"], "trigger": _span(norm, at, at + len(cue.group()))}
                for claim in claims]

    def _refused_request(self, view: SentenceView, norm: NormalizedText,
                         claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """"أبلغه الأخير برفض التنظيم لهذا الطلب": the truce, deal or pledge sought in the
        sentence before, negated, with this sentence as evidence."""
        window = " " + view.text[view.start : view.end] + " "
        refusal = self.refusals.search(window)
        if refusal is None:
            return []
        following = " " + " ".join(WORD_RE.findall(window[refusal.end() :])[:REQUEST_REACH]) + " "
        if not self.requests.search(following):
            return []
        # The evidence is the refusal's clause on ("حيث أبلغه الأخير برفض … لهذا الطلب").
        start = view.start
        if view.end - view.start > EVIDENCE_MAX:
            start, _ = view.clause_of(view.start + refusal.start())
        o_start, o_end = norm.to_original(start, min(view.end, start + EVIDENCE_MAX))
        return [{**claim, "negated": True, "rule": claim["rule"] + "+refused",
                 "evidence": norm.original[o_start:o_end], "evidence_start": o_start, "evidence_end": o_end}
                for claim in claims if claim["type"] in SOUGHT]

    def _denied(self, view: SentenceView, norm: NormalizedText, claims: list[dict[str, Any]],
                entities: list[dict], source: int | None,
                about: set[str] | None = None) -> list[dict[str, Any]]:
        """A sentence that denies what the sentence before it claimed negates those claims: a
        second, negated copy of each, credited to the denier. It either points back ("إلا أن
        الحسن نفى ذلك") or names the kind of event with no parties (``about``: "نفى اعتقال أي
        مقاتل" denies the detentions claimed before)."""
        window = " " + view.text[view.start : view.end] + " "
        cue = next((m for pattern, _ in self.denials if (m := pattern.search(window))), None)
        if cue is None or len(WORD_RE.findall(window[: cue.start()])) > DENIAL_REACH + 2:
            return []  # a denial deep in a sentence answers that sentence's own claim
        if WHICH.search(window[: cue.start() + 1]):
            return []  # "…، وهو ما ينفيه X" points back at its own sentence's claim
        if about is not None:
            # "نفى [المتحدث، X، في تصريح لـY] اعتقال أي مقاتل": the kind of event the denial names,
            # not one another verb governs ("نفت X خسارة مقاتليها، واتهمت Y بقصف …").
            denial_end = view.start + cue.end() - 1
            about = {kind for c_start, _, kind in view.cues if kind in about and c_start >= denial_end
                     and view.words_between(denial_end, c_start) <= DENIED_EVENT_REACH
                     and not self._reporting_between(view, denial_end, c_start)}
            claims = [c for c in claims if c["type"] in about]
        else:
            following = " " + " ".join(WORD_RE.findall(window[cue.end() :])[:DENIAL_REACH]) + " "
            if not self.denial_references.search(following):
                return []
        if source is None:  # "نفى مدير المكتب الإعلامي X ذلك": the denier is the source
            source = next((s.entity for s in view.slots if s.type in ("PERSON", "OUTLET")), None)
        o_start, o_end = norm.to_original(view.start, view.end)
        at = view.start + cue.start() - 1
        return [{**claim, "negated": True, "hedged": False, "rule": claim["rule"] + "+denied",
                 "source": entities[source]["name"] if source is not None else None,
                 "evidence": norm.original[o_start:o_end], "evidence_start": o_start,
                 "evidence_end": o_end, "trigger": _span(norm, at, at + len(cue.group()))}
                for claim in claims]

    def _fact(self, view: SentenceView, hit: Hit, candidate: Candidate, entities: list[dict],
              norm: NormalizedText, times, quantities, source: int | None) -> dict[str, Any]:
        trigger = hit.trigger
        obj = candidate.object
        place, scope = None, None
        if trigger.fact_type not in PLACE_OBJECT | UNPLACED:
            place, scope = _located(view, *view.clause_of(hit.start)), "clause"
            if place is None and trigger.fact_type in LOCATED:
                place, scope = _located(view, view.start, view.end), "sentence"
        fact = {
            "type": trigger.fact_type,
            "subject": _named(candidate.subject, entities, view),
            "object": _named(obj, entities, view) if obj is not None else None,
            # A title or apposition ("نفى المتحدث باسم X …") is not what the clause denies.
            # (a verb of leading or belonging is: "نفى أن يكون قد تولى قيادة X").
            "negated": ((trigger.frame not in ("title", "apposition") or trigger.flag("verb"))
                        and self._negated(view, hit, candidate)) or _denied_title(view, hit, trigger),
            "hedged": self._hedged(view, hit),
            "time": self._time(view, hit, times),
            "place": entities[place.entity]["name"] if place is not None else None,
            # "sentence" when the cue's clause names no place and the sentence names one.
            "place_scope": scope if place is not None else None,
            "count": self._count(view, hit, quantities, self.killed if trigger.fact_type == "CLASH" else None)
            if trigger.fact_type in COUNTED else None,
            # A speaker's own office ("قال قائد X، Y") is the writer's description, not his claim.
            "source": entities[source]["name"] if source is not None and not (
                trigger.fact_type in STANDING and source == candidate.subject.entity) else None,
            "evidence": None,
            "rule": trigger.rule,
            # Indices into the article's entities: one event stays one fact whatever name is used.
            "subject_entity": candidate.subject.entity,
            "object_entity": obj.entity if obj is not None else None,
        }
        start, end = self._evidence_span(view, hit, candidate)
        o_start, o_end = norm.to_original(start, end)
        fact["evidence"] = norm.original[o_start:o_end]
        fact["evidence_start"], fact["evidence_end"] = o_start, o_end
        fact["trigger"] = _span(norm, hit.start, hit.end)
        fact["arguments"] = {"subject": _span(norm, candidate.subject.start, candidate.subject.end)}
        if obj is not None:
            fact["arguments"]["object"] = _span(norm, obj.start, obj.end)
        return fact

    # -- attributes -------------------------------------------------------------------------

    def _negated(self, view: SentenceView, hit: Hit, candidate: Candidate) -> bool:
        """A negating particle a few words before the trigger, or a failure, refusal, denial or
        absence phrase earlier in its clause ("فشل الطرفان بالتوصل إلى اتفاق", "رفض مبايعة");
        look-alikes ("لا يزال", "ما لا يقل عن") are masked first. The clause reaches back to
        a subject before an aside ("رفض X، المعروف سابقاً بـZ، مبايعة Y")."""
        clause_start, _ = view.clause_of(hit.start)
        opened = view.text.rfind("(", clause_start, hit.start)
        if opened > view.text.rfind(")", clause_start, hit.start):
            # "لم يشارك «داعش» (المحظور في روسيا) في القتال": a bracketed aside is outside
            # the scope of the clause around it.
            return any(w in self.particles for w in WORD_RE.findall(view.text[opened : hit.start]))
        if candidate.subject.start > hit.start and _relative_after(view, hit):
            # "ترفض الاتفاق الذي وقّعته X وY": the refusal is not the signers'; "فشلت الوساطة
            # التي قادها X" is still a failure of what X did.
            window = " " + view.text[clause_start : hit.start] + " "
            return any(hit.trigger.fact_type not in not_for and pattern.search(window)
                       for pattern, not_for in self.failed_after)
        window = " " + view.text[clause_start : hit.start] + " "
        # "نفى X التوصل إلى اتفاق، مؤكداً أن المفاوضات مستمرة": the speaker's own assertion
        # after the denial is no part of what he denied.
        asserted = ASSERTING.search(window) is not None
        opening = view.text[clause_start:hit.start].lstrip(" ،,").split(maxsplit=1)[:1]
        describes = bool(opening) and (opening[0] in RELATIVE_WORDS or opening[0] in RESUMING)
        if candidate.subject.start < clause_start and view.text[clause_start] in "،," and not (
                asserted or describes):  # "رفضت X، وهي فصيل يضم 300 مقاتل، الخروج": not the size
            # Over an aside, not a new clause: what stands before the subject in its clause.
            subject_clause, _ = view.clause_of(candidate.subject.start)
            window = " " + view.text[subject_clause : candidate.subject.start] + window
        # "رفض قائلاً: في عنقي بيعة لـY": what a colon opens (a quote, a list) is outside the
        # scope of a negation before it; so is a relative clause the cue opens ("فشلت X في
        # استعادة بلدة Y التي يسيطر عليها Z": Z's hold is not what failed).
        window = " " + window[window.rfind(":") + 1 :]
        window = " " + window[_relative_opening(window) :]
        window = self.look_alikes.sub(lambda m: "_" * len(m.group()), window)
        for pattern, not_for in self.clause_negators:
            if hit.trigger.fact_type not in not_for and pattern.search(window):
                return True
            if hit.trigger.fact_type in not_for:  # "ولم تسفر المفاوضات": the talks were held
                window = pattern.sub(lambda m: "_" * len(m.group()), window)
        # "نفى المتحدث باسم X، Y، في اتصال مع Z، وجود أي تنسيق": a denial reaches over the
        # speaker's asides to what it denies.
        earlier = " " + " ".join(WORD_RE.findall(view.text[view.start : clause_start])[-DENIAL_BACK:]) + " "
        if not asserted and any(pattern.search(earlier) for pattern, _ in self.denials):
            return True
        following = WORD_RE.findall(view.text[hit.end : view.end])[:FAILURE_REACH]
        after = " " + " ".join(following) + " "
        # "سيطرت X على حلب، بعد انهيار سريع لقوات النظام": a failure after a word of time is
        # another event's; so is one in a whereas-clause ("…، في حين رفض Z طلب W").
        cut = next((i for i, w in enumerate(following) if w in TIME_PREPOSITIONS), len(following))
        own = " " + " ".join(following[:cut]) + " "
        own = own[: m.start() + 1] if (m := CONTRAST_CLAUSE.search(own)) else own
        for pattern, not_for in self.failed_after:
            if hit.trigger.fact_type not in not_for and pattern.search(own):
                return True
        # "طلب من X مبايعة Y، إلا أن الأخير رفض": a refusal that answers the request (not one
        # a whereas-clause gives another actor).
        contrast = CONTRAST.search(after)
        if contrast is not None and not CONTRAST_CLAUSE.fullmatch(contrast.group().strip()):
            for pattern, not_for in self.refused_after:
                if hit.trigger.fact_type not in not_for and pattern.search(" " + after[contrast.end() :]):
                    return True
        # "ولم تتمكن «حركة X» من استعادة": the words of a name do not count towards the reach.
        named = {w for s in view.slots if clause_start <= s.start < hit.start
                 for w in WORD_RE.findall(view.text[s.start : s.end])}
        clause_words = [w for w in WORD_RE.findall(window) if w not in named]
        if any(w.lstrip("وف") in self.particles and nxt in self.participating
               for w, nxt in zip(clause_words, clause_words[1:], strict=False)):
            return True  # "لم تشارك قوات X المنتشرة قرب Y في المعارك ضد Z": the event it joins
        words = clause_words[-NEGATION_REACH:]
        for i, word in enumerate(words):
            bare = word.lstrip("وف") if len(word) > 3 else word
            # ما negates only right before the trigger; elsewhere it is "what".
            if (word in self.particles or bare in self.particles) and (word != "ما" or i == len(words) - 1):
                return True
        return False

    def _reported_in_denial(self, view: SentenceView, hit: Hit) -> int | None:
        """Where the report ends when a denial before the cue takes a report as its object
        ("نفى X ما تداولته صفحات عن …"، "كذّب X ما أعلنه الرئيس Y عن …"), else None."""
        before = " " + view.text[view.start : hit.start] + " "
        cue = next((m for pattern, _ in self.denials if (m := pattern.search(before))), None)
        report = REPORTED.search(before, cue.end() - 1) if cue is not None else None
        return view.start + report.end() - 1 if report is not None else None

    @staticmethod
    def _reporter(view: SentenceView, report_end: int, hit: Hit, entities: list[dict]) -> str | None:
        """The person or outlet named between a denied report and its claim ("ما أعلنه الرئيس
        التركي أردوغان عن …"), else None (pages, accounts and rumours stay unnamed)."""
        named = [s for s in view.slots
                 if s.type in ("PERSON", "OUTLET") and report_end <= s.start < hit.start]
        return entities[named[0].entity]["name"] if named else None

    def _hedged(self, view: SentenceView, hit: Hit) -> bool:
        before = " " + view.text[view.start : hit.start] + " "
        clause = " " + view.text[view.clause_of(hit.start)[0] : hit.start] + " "
        return self.hedges.search(before) is not None or self.clause_hedges.search(clause) is not None

    @staticmethod
    def _time(view: SentenceView, hit: Hit, times) -> str | None:
        inside = [t for t in times if view.start <= t.start and t.end <= view.end and t.value]
        if not inside:
            return None
        nearest = min(inside, key=lambda t: abs(t.start - hit.start))
        return nearest.value

    @staticmethod
    def _count(view: SentenceView, hit: Hit, quantities: list[Quantity],
               next_to: frozenset[str] | None = None) -> int | None:
        """The amount nearest the trigger in its sentence; for a clash, only an amount of
        killed (``next_to``: a word for the killed within two words of it)."""
        inside = [q for q in quantities if view.start <= q.start and q.end <= view.end and q.value
                  and not _counts_things(view, q)]
        if next_to is not None:
            inside = [q for q in inside if next_to & {w.removeprefix("و") for w in WORD_RE.findall(
                view.text[max(view.start, q.start - 14) : min(view.end, q.end + 10)])}]
        if not inside:
            return None
        nearest = min(inside, key=lambda q: abs(q.start - hit.end))
        return int(nearest.value)

    def _source(self, view: SentenceView, outlet_entity: int | None, previous: int | None) -> int | None:
        """Who the sentence credits: "وفق X", "بحسب إحصائية لـX", "قال [title] X", "مصادر
        مطلعة لـX"; a sentence continuing the previous one's report ("وأضاف") keeps its
        source; unnamed sources under an outlet's dateline go to that outlet."""
        text = view.text[view.start : view.end]
        credited = [s for s in view.slots if s.type in ("OUTLET", "PERSON")]
        for slot in credited:
            before = " " + view.text[max(view.start, slot.start - 25) : slot.start]
            if self.credit_cues.search(before) or before.rstrip().endswith(self.credit_endings):
                return slot.entity
        speaker = self._speaker(view, credited)
        if speaker is not None:
            return speaker
        unnamed_source = any(cue in text for cue in UNNAMED_SOURCE_WORDS)
        if unnamed_source:
            told = [s for s in credited if s.type == "OUTLET" and view.governed(s)]
            if told:  # "قال مصدر مطلع على المفاوضات لـ«X»"، "قالت مصادر ميدانية للميادين"
                return told[0].entity
        first_word = view.words[view.words.index_of(view.start)] if len(view.words) else None
        continues = first_word is not None and self._reports(first_word) and first_word.prefix.startswith("و")
        if continues and self._same_speaker(view, first_word):
            return previous  # "وأضاف أن …" continues; "وكشف ناشطون"، "وقال المتحدث باسم X" do not
        if outlet_entity is not None and unnamed_source and not any(c in text for c in self.unnamed):
            return outlet_entity
        return None

    def _speaker(self, view: SentenceView, credited: list[Slot]) -> int | None:
        """The subject of a reporting verb: the first person or outlet within a few words
        after it ("قال قائد السرايا أبو البراء إن …"), or right before it, before any "إن/أن"."""
        first = view.words.index_of(view.start)
        for i in view.words.having(self.reporting):  # the article's reporting verbs
            word = view.words[i]
            if i < first or not self._reports(word):
                continue
            if word.start >= view.end:
                break
            # "X قال", "X كان قد نشر": a name right before the verb (or its auxiliaries) is its
            # subject; "X واتهمت" opens a new clause.
            opens = i > first and not word.prefix.startswith("و")
            subject = self._speaker_before(view, credited, i) if opens else []
            for slot in (s for s in credited if s.start >= word.end):
                gap = view.text[word.end : slot.start]
                stops = SPEAKER_STOPS & set(WORD_RE.findall(_without_offices(view, word.end, slot.start)))
                # "أبلغت مصادر … المرصد السوري أن": sources telling an outlet credit the outlet.
                told = slot.type == "OUTLET" and stops <= INFORMANTS
                if (0 <= view.words_between(word.end, slot.start) <= SPEAKER_REACH
                        and not COMPLEMENTIZER.search(" " + gap + " ") and (not stops or told)):
                    told_by_person = subject and subject[0].type == "PERSON" and slot.type == "OUTLET"
                    if told_by_person and view.governed(slot):
                        return subject[0].entity  # "X نفى لعنب بلدي": the speaker, not the outlet told
                    return slot.entity
            if subject:
                return subject[0].entity
        return None

    @staticmethod
    def _speaker_before(view: SentenceView, credited: list[Slot], i: int) -> list[Slot]:
        """The credited name right before word ``i`` (a reporting verb) or its auxiliaries."""
        first = view.words.index_of(view.start)
        j = i
        while j - 1 > first and view.words[j - 1].text in AUXILIARIES:
            j -= 1
        return [s for s in credited if view.words.index_of(s.end) == j]

    @staticmethod
    def _same_speaker(view: SentenceView, verb) -> bool:
        """True when a sentence-opening reporting verb names no new speaker: "إن / أن" (or the
        end of the sentence) follows it, not a noun such as "المتحدث" or "ناشطون"."""
        following = view.words[verb.index + 1] if verb.index + 1 < len(view.words) else None
        return following is None or following.start >= view.end or following.text.startswith(CONTINUING)

    def _reporting_between(self, view: SentenceView, start: int, end: int) -> bool:
        """True when a reporting verb ("واتهمت"، "وقال") stands between two offsets."""
        between = view.words[view.words.index_of(start) : view.words.index_of(end)]
        return any(self._reports(w) for w in between)

    def _reports(self, word) -> bool:
        return word.stem in self.reporting or word.text in self.reporting

    @staticmethod
    def _evidence_span(view: SentenceView, hit: Hit, candidate: Candidate) -> tuple[int, int]:
        """The sentence; a sentence over 600 characters gives the stretch from the clause
        holding the first of trigger and arguments, as far as 600 characters reach."""
        if view.end - view.start <= EVIDENCE_MAX:
            return view.start, view.end
        first = min(hit.start, candidate.subject.start,
                    candidate.object.start if candidate.object else hit.start)
        start, _ = view.clause_of(first)
        end = min(view.end, start + EVIDENCE_MAX)
        cut = max((b for b in view.breaks if start < b <= end), default=end)
        return start, cut if cut > max(hit.end, candidate.subject.end) else end
