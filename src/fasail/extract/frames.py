"""Argument frames: who is the subject and who the object of a trigger, read from the words
around it. Each frame is a function (sentence, hit) → candidate (subject, object) pairs; the
trigger entry's options (object markers, "the captor comes after") steer it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from fasail.extract.lexicon import Trigger, cue_forms
from fasail.extract.sentence import (
    ACTORS,
    APPOSITION_OPENERS,
    BOTH_PARTIES,
    HEAD_NOUNS,
    MEMBERS_NOUNS,
    PRONOUN_GENDER,
    REPRESENTATIVES,
    SentenceView,
    Slot,
)
from fasail.recognize.lexicon import lexicon
from fasail.recognize.patterns import MANNER_ADJECTIVES
from fasail.text.normalize import fold
from fasail.text.numbers import parse_number

#: How far (in words) an argument may sit from its trigger.
NEAR = 8
FAR = 20
#: Where a verb of leading says the group is led, between the group and the holder
#: ("ويقود التنظيم في المحافظة X").
WHERE_GAP = re.compile(r'^[\s"«»]*في\s+\S+(?:\s+\S+)?\s*$')
#: "ويقود الحركة منذ منتصف الشهر الجاري X"، "ويقوده حالياً X": a time between verb and holder.
TIME_GAP = re.compile(fold(r"^[\s،,]*(?:منذ(?:\s+\S+){1,4}|حالياً|حاليا|مؤقتاً|مؤقتا|اليوم|الآن)[\s،,]*$"))
#: "X، خلفاً لـY": Y held the post before X.
SUCCEEDED = re.compile(fold(r"[\s،,]*خلفاً\s*ل"))
#: Most words of a participle phrase between a group and its office holder ("المنضوي في صفوفها").
QUALIFIER_WORDS = 4
#: Words that may follow that participle: prepositions ("لـ" stands alone after folding).
QUALIFIER_LINKS = frozenset(fold(w) for w in ("في", "إلى", "ل", "لـ", "من", "ضمن", "داخل"))
#: Conjunctions opening a clause with its own subject ("…، بينما أعلنت X"): no object after them.
CONTRAST_CLAUSE = re.compile(r"(?<![\u0621-\u064a])(?:بينما|في حين|فيما)(?![\u0621-\u064a])")
#: "…، بينهم مئات من X": those named after it are among the ones just counted, not an object.
AMONG = re.compile(r"(?<![\u0621-\u064a])(?:من )?(?:بينهم|بينها|بينهن|ومنهم|ومنها)(?![\u0621-\u064a])")
#: Most words between a cue of moving and its destination's marker ("انسحب مقاتلو X، أمس
#: الأحد، من مدينة Y في ريف Z باتجاه W").
RELOCATION_REACH = 24
#: A group's leaders (with FIGHTERS_OF, its people) as the subject right after a verb
#: ("ويدين قادته"، "وانسحب مقاتلوه").
MEMBER_NOUNS = tuple(fold(w) for w in ("قادت", "قيادات", "أمراؤ", "مقاتلو", "مسلحو"))
#: Nouns for a group's leader before its name ("لزعيم تنظيم القاعدة أيمن الظواهري").
LEADER_NOUNS = frozenset(fold(w) for w in ("زعيم", "أمير", "قائد", "متزعم", "مؤسس"))
#: Most words of an aside between commas that a cue's marker may follow ("، بدعم جوي روسي،").
SHORT_ASIDE_WORDS = 4
#: How many words after a cue "the two sides" may stand as its object ("إلى جانب أي من الطرفين").
BOTH_SIDES_REACH = 3
#: Verbs and participles of a body being formed ("تشكلت Y من اندماج X").
FORMING_VERBS = frozenset(fold(w) for w in (
    "تشكلت", "تشكل", "تأسست", "تأسس", "ولدت", "ولد", "نتجت", "نتج", "تكونت", "تكون", "المشكلة",
    "المشكل", "الناتجة", "الناتج", "نشأت", "نشأ"))
#: What stands right before the merger it was formed from ("من اندماج"، "بعد اندماج").
FORMED_FROM = frozenset(fold(w) for w in ("من", "بعد", "عن", "إثر", "اثر"))
#: "عن": what a splinter left ("انشق عن X").
LEFT_FROM = fold("عن")
#: "خلفاً لـ": the cue before a predecessor's title.
SUCCEEDING = fold("خلفا")
#: How far (in words) an object's marker ("إلى صفوف") may stand from its cue.
MARKER_REACH = 10
#: "بين" as a word (a proclitic و/ف may lead it), not inside "بينما" or "تبين".
BETWEEN = re.compile(r"(?<![\u0621-\u064a])[وف]?(بين)(?![\u0621-\u064a])")
ABOUT = fold("نحو")
PERSONS = ("PERSON",)
GROUPS = ("GROUP", "STATE")
PARTIES = ("GROUP", "STATE", "PERSON")
#: Attached pronouns that end a trigger word ("يقودها", "قائده"): its group is named earlier.
PRONOUN_ENDINGS = ("هما", "هم", "ها", "ه")  # longest first
RELATIVES = (fold("الذي"), fold("التي"), fold("الذين"))
RELATIVE_WORDS = frozenset({*RELATIVES, "والتي", "والذي", "والذين"})
#: How many words may stand between a relative pronoun and the cue it introduces.
RELATIVE_REACH = 3
#: The gender a relative pronoun agrees with.
RELATIVE_GENDER = {fold("الذي"): "m", fold("التي"): "f"}
#: Most words of a modifier between a relative's head and the comma before the relative.
MODIFIER_REACH = 8
#: How such a modifier opens: a participle or adjective with the article, or "بقيادة".
MODIFIER_OPENERS = ("ال", "بقياده", "بزعامه")
#: Words after which the names are a side's opponents ("في مواجهة X"، "ضد X").
AGAINST = frozenset(fold(w) for w in ("مواجهة", "ضد", "وجه", "قتال", "محاربة", "مواجهه"))
#: How many words after a truce or deal its offering verb may stand ("هدنة لمدة 72 ساعة عرضتها").
OFFER_REACH = 6
#: How many words after a meeting cue its verb of gathering ("ضم"، "جمع") may stand.
GATHERING_REACH = 6
DUAL_DEMONSTRATIVES = frozenset(fold(w) for w in ("هاتين", "هذين", "هاتان", "هذان"))
WORD_RE = re.compile(r"[\u0621-\u064a]+")
COMPLEMENTIZERS = frozenset({"ان", "بان", "وان"})
#: Words that may stand between a group and its office holder's name.
TITLE_WORDS = lexicon().person_titles | frozenset(
    fold(w) for w in ("المنشق", "السابق", "الحالي", "العام", "العسكري", "الميداني", "الشرعي", "الملقب",
                      "المدعو", "المكنى", "الشيخ", "الرائد", "العقيد", "العميد", "النقيب", "المقدم",
                      # "قيادات من X أبرزهم Y": the holders named after the group
                      "بينهم", "منهم", "ومنهم", "ابرزهم", "وابرزهم", "بينهما", "ابرزها",
                      # "ويتزعم «X» حالياً الشيخ Y": a time adverb before the holder
                      "حاليا", "سابقا", "ايضا", "اليوم"))


@dataclass(slots=True)
class Hit:
    """A trigger found in the text: normalised offsets and its lexicon entry. Not frozen,
    though never changed: thirty to forty are made per article and a frozen dataclass's
    constructor costs three times as much."""

    start: int
    end: int
    trigger: Trigger


@dataclass(slots=True)
class Candidate:
    """A subject and object a frame read (not frozen, like Hit, for its cheaper constructor)."""

    subject: Slot
    object: Slot | None


Frame = Callable[[SentenceView, Hit], list[Candidate]]


def _near(view: SentenceView, a: int, b: int, limit: int) -> bool:
    return view.words_between(min(a, b), max(a, b)) <= limit


def _after(view: SentenceView, position: int, types=PARTIES, limit: int = NEAR) -> list[Slot]:
    """Mentions of ``types`` starting within ``limit`` words after ``position``: the slots run
    in text order, so the first one out of reach ends the search."""
    index_of = view.words.index_of
    last = index_of(position) + limit
    found = []
    for s in view.current_slots:
        if s.start < position:
            continue
        if index_of(s.start) > last:
            break
        if s.end <= view.end and s.type in types:
            found.append(s)
    return found


def _before(view: SentenceView, position: int, types=PARTIES, limit: int = NEAR) -> list[Slot]:
    """Mentions of ``types`` ending within ``limit`` words before ``position`` (nearest first)."""
    return [s for s in view.actors_before(position, types=types) if _near(view, s.end, position, limit)]


def _marker_after(view: SentenceView, hit: Hit, markers: tuple[str, ...], until: int) -> int | None:
    """Offset just after the first marker word (إلى، عن، في صفوف) following the trigger."""
    if not markers:
        return None
    text = view.text
    best = None
    for marker in markers:
        at = hit.end
        while True:
            at = text.find(marker, at, until)
            if at == -1:
                break
            before_ok = at == 0 or not text[at - 1].isalpha() or (
                text[at - 1] in "وف" and (at == 1 or not text[at - 2].isalpha()))
            after = at + len(marker)
            # A one-letter marker (ل، ب) is a clitic glued to the name ("لتنظيم «X»", not
            # "لقاء"); a longer marker is a word of its own.
            after_ok = _glued_to_name(view, at, after) if len(marker) == 1 else (
                after >= len(text) or not text[after].isalpha())
            # An agent ("من قبل X") may serve several cues; an object's marker belongs to one.
            if before_ok and after_ok and not (marker == ABOUT and _amount_follows(text, after)) and (
                    marker in AGENT_MARKERS or not _others_marker(view, hit, at)):
                best = at + len(marker) if best is None else min(best, at + len(marker))
                break
            at += 1
    return best


def _others_marker(view: SentenceView, hit: Hit, at: int) -> bool:
    """True when another type's cue stands right before the marker at ``at`` ("مبايعاً لـX"): the
    marker introduces that cue's object."""
    return any(hit.end <= c_start and c_end <= at and kind != hit.trigger.fact_type
               and view.words_between(c_end, at) == 0 for c_start, c_end, kind in view.cues)


def _glued_to_name(view: SentenceView, at: int, after: int) -> bool:
    """True when a party's or place's name starts in the word of the clitic at ``at`` or in the
    next word ("لعنب بلدي" names the outlet told, not an object)."""
    word = view.words.index_of(at)
    # "لـ «X»", "بتنظيم «X»": a clitic standing alone or on a head noun reaches the next word;
    # "بيعة" is a word, not بـ + a name.
    clitic_word = view.words[word]
    reach = 1 if clitic_word.end - at <= 1 or clitic_word.stem in HEAD_NOUNS else 0
    if clitic_word.stem in REPRESENTATIVES:
        reach = 2  # "التقى وفد من X بممثلين عن Y": the envoys' group follows عن
    elif {clitic_word.stem, "ال" + clitic_word.stem} & TITLE_WORDS:
        reach = 1  # "التقى وفد من X بالشيخ Y": a person's title before the name
    return any(s.start >= after and view.words.index_of(s.start) - word <= reach and s.type != "OUTLET"
               for s in view.slots)


def _between(view: SentenceView, start: int, end: int, last: bool = False) -> int:
    """Offset of the word "بين" in [start, end) (the last one with ``last``), or -1."""
    found = [m.start(1) for m in BETWEEN.finditer(view.text, start, end)]
    return (found[-1] if last else found[0]) if found else -1


def _amount_follows(text: str, at: int) -> bool:
    """True when a number follows ``at``: "نحو 400 مقاتل" is "about", not "towards"."""
    following = text[at : at + 30].split()
    return bool(following) and (following[0][0].isdigit() or parse_number(following[0]) is not None)


def _subject_before(view: SentenceView, hit: Hit, types=PARTIES, verb_first: bool = True) -> Slot | None:
    """The trigger's subject: the nearest actor before it in its clause that no preposition
    governs ("انشقاقه عن X وانضمامه إلى Y": the joiner is not X); in verb-first clauses
    ("سيطرت الهيئة على البلدة") the actor right after the verb; else the nearest free actor
    earlier in the sentence."""
    if (head := _relative_head(view, hit, types)) is not None:
        return head  # "بين الفصائل وبين X التي سعت إلى سحقها": the relative's head acts
    clause_start, _ = view.clause_of(hit.start)
    free = [s for s in view.actors_before(hit.start, types=types)
            if not view.governed(s) and not view.in_aside(s, hit.start) and not view.backer(s)]
    inside = [s for s in free if s.start >= clause_start]
    right_after = [s for s in view.actors_after(hit.end, types=types)
                   if verb_first and not view.governed(s) and _opens_clause(view, hit, s)]
    # "مقاتلين من X اعتقلتهم Y": an actor after من is a part, the verb's subject follows it.
    if inside and not (right_after and view.after_min(inside[0])):
        return inside[0]
    if right_after:
        return right_after[0]
    # "أما X، فقد تأسست بعد اندماج A وB، وخاضت معارك مع Y": names in a subordinate clause
    # (بعد، حيث …) do not carry over as the subject of a later verb.
    main = [s for s in free if not view.subordinate(s)] or free
    if main and _near(view, main[0].end, hit.start, FAR):
        return main[0]
    # "حرر الجيش X بلدتي …، شمال بلدة …، إثر عملية شهدت اشتباكات مع Y": a long sentence's
    # topic still acts in its trailing clauses.
    return main[-1] if main and view.topic(main[-1]) else None


def _opens_clause(view: SentenceView, hit: Hit, slot: Slot) -> bool:
    """True when ``slot`` is a verb-first subject: right after the cue, or after envoys' nouns
    ("التقى وفد من X") or a state's agents ("أغارت طائرات حربية روسية")."""
    if _near(view, hit.end, slot.start, 1):
        return True
    return _near(view, hit.end, slot.start, 3) and (
        _envoys_only(view, hit.end, slot.start) or _state_agents(view, hit.end, slot))


def _speakers_group(view: SentenceView, hit: Hit) -> Slot | None:
    """"نحن مجاهدي X … خرجنا من Y": a first-person plural cue acts for the group the speakers
    named themselves by ("نحن [مجاهدي|أبناء|مقاتلي] X") earlier in the sentence."""
    if not view.words[view.words.index_of(hit.start)].text.endswith("نا"):
        return None
    we = view.text.rfind(WE, view.start, hit.start)
    if we == -1:
        return None
    named = [s for s in view.actors_after(we + len(WE), hit.start, types=GROUPS)
             if view.words_between(we, s.start) <= 2]
    return named[0] if named else None


def _relative_head(view: SentenceView, hit: Hit, types) -> Slot | None:
    """The name a relative pronoun shortly before the cue refers to ("X التي تسيطر على"، "X التي
    حاولت استئصالهم والقضاء عليهم"): a verb or two may stand between the relative and the cue."""
    i = view.words.index_of(hit.start)
    clause_start, _ = view.clause_of(hit.start)
    for j in range(i - 1, max(i - RELATIVE_REACH - 1, -1), -1):
        if view.words[j].start < clause_start:
            break
        if view.words[j].text in RELATIVE_WORDS:
            if view.words[j].text.startswith("و"):  # "X الذي يقوده … والذي يدين": the same X
                previous = _previous_relative(view, view.words[j].text[1:], j)
                if previous is None and (modified := _modified_head(view, j, types)) is not None:
                    return modified  # "«X»، المنضوي في «Y» والذي يقوده Z": X, like the participle
                j = previous or j
            return _head_of_relative(view, j, types)
    return None


def _modified_head(view: SentenceView, k: int, types) -> Slot | None:
    """The name a participle aside qualifies when "و" + relative at word ``k`` continues it
    ("«X»، المنضوي في «Y» والذي …"): the last name before the aside's comma, else None."""
    clause_start, _ = view.clause_of(view.words[k].start)
    first = view.words.index_of(clause_start)
    if not view.words[first].text.startswith(MODIFIER_OPENERS) or k - first > MODIFIER_REACH:
        return None
    before = view.actors_before(clause_start, types=types)
    return before[0] if before and view.words.index_of(before[0].end) == first else None


def _clause_relative_head(view: SentenceView, hit: Hit) -> Slot | None:
    """The group right before a relative word that opens the cue's clause ("X، التي تشكل Y
    عمودها الفقري"), or None."""
    first = view.words.index_of(view.clause_of(hit.start)[0])
    relative = _last_relative(view, view.words.index_of(hit.start), first)
    if relative is None or relative > first + 1:
        return None
    return _head_of_relative(view, relative)


def _relative_possessor(view: SentenceView, hit: Hit) -> Slot | None:
    """"تركيا، التي تؤكد استمرار دعمها لـY": a verbal noun's pronoun in a relative clause is
    the relative's head, when it agrees with it; else None."""
    pronoun = _pronoun(view, hit)
    if not pronoun or not hit.trigger.flag("verbal_noun_pronoun"):
        return None
    head = _clause_relative_head(view, hit)
    gender = PRONOUN_GENDER.get(pronoun)
    if head is None or gender is not None and view.gender_of(head) not in (None, gender):
        return None
    return head


def _continued_relative(view: SentenceView, hit: Hit, pronoun: str) -> Slot | None:
    """"أما X، التي تشكّلت من اندماج Y مع فصائل أخرى، ويقودها Z": a verb joined by و after a
    relative clause continues it, so its pronoun is the clause's head, not the last name."""
    i = view.words.index_of(hit.start)
    if not view.words[i].text.startswith("و"):
        return None
    relative = _last_relative(view, i, view.words.index_of(view.start))
    head = _head_of_relative(view, relative) if relative is not None else None
    gender = PRONOUN_GENDER.get(pronoun)
    if head is not None and (gender is None or view.gender_of(head) in (None, gender)):
        return head
    return None


def _last_relative(view: SentenceView, before: int, first: int) -> int | None:
    """Index of the last relative pronoun (الذي، التي) among words ``first`` … ``before`` - 1."""
    return next((k for k in range(before - 1, first - 1, -1) if view.words[k].text in RELATIVES), None)


def _head_of_relative(view: SentenceView, k: int, types=GROUPS) -> Slot | None:
    """The name that ends right before the relative pronoun at word ``k`` (its head), or None.
    After a comma the head may stand before a modifier of it ("«قوات X» التابعة له بقيادة Y،
    التي وصلت"): the nearest name of the relative's gender that such a modifier follows."""
    before = view.actors_before(view.words[k].start, types=types)
    adjacent = next((s for s in before if view.words.index_of(s.end) == k), None)
    if adjacent is not None or not before or k == 0 or "،" not in view.words.gap(k - 1):
        return adjacent
    head = before[0]
    first = view.words.index_of(head.end)
    gender = RELATIVE_GENDER.get(view.words[k].text)
    # Only a person (the commander "بقيادة Y") may be named in the modifier: after a place
    # ("المتمركزة في قاعدة Z، التي") the relative may be the place's.
    between = [s for s in view.slots if head.end <= s.start < view.words[k].start and s.type != "PERSON"]
    if (k - first > MODIFIER_REACH or view.gender_of(head) != gender or between
            or not view.words[first].text.startswith(MODIFIER_OPENERS)):
        return None
    return head


def _previous_relative(view: SentenceView, relative: str, before: int) -> int | None:
    """Index of the last ``relative`` word of the sentence before word ``before``."""
    first = view.words.index_of(view.start)
    return next((k for k in range(before - 1, first - 1, -1) if view.words[k].text == relative), None)


def _objects_after_subject(view: SentenceView, hit: Hit, subject: Slot, markers: tuple[str, ...] = (),
                           types=PARTIES, limit: int = NEAR) -> list[Slot]:
    """Objects after the trigger, skipping a verb-first subject that sits right after it."""
    start_hit = Hit(hit.start, subject.end, hit.trigger) if subject.start >= hit.end else hit
    return [o for o in _objects_after(view, start_hit, markers, types, limit) if o.entity != subject.entity]


def _objects_after(view: SentenceView, hit: Hit, markers: tuple[str, ...] = (), types=PARTIES,
                   limit: int = NEAR, until: int | None = None) -> list[Slot]:
    """The actor(s) after the trigger (after a marker word when the entry names one), up to
    ``until``."""
    marker_at = _marker_after(view, hit, markers, view.end)
    # Objects are counted from their marker, which itself stands near the cue.
    start = marker_at if marker_at is not None and _near(view, hit.end, marker_at, MARKER_REACH) else hit.end
    after = [s for s in view.actors_after(start, until, types=types)
             if _near(view, start, s.start, limit) and not view.in_aside(s, hit.start)
             and not view.claimed_by_other_cue(s, hit.end, hit.trigger.fact_type)
             and not view.instrument(s) and not view.opposite(s) and not _credited(view, s)
             and not CONTRAST_CLAUSE.search(view.text, start, s.start)
             and not AMONG.search(view.text, start, s.start)]
    if hit.trigger.fact_type != "CLASH":  # "لدعم X في مواجهة Y": Y is whom X is backed against
        after = [s for s in after if not AGAINST & set(WORD_RE.findall(view.text[start : s.start]))]
    if not after:
        return []
    return view.listed_with(after[0], types)


#: Words after which a name is the one credited with a claim ("وفق X"، "بحسب تعبير X").
CREDIT_WORDS = frozenset(cue_forms("attribution", "according_to")) | frozenset(fold(w) for w in (
    "تعبير", "رواية", "تصريح", "تصريحات"))


def _credited(view: SentenceView, slot: Slot) -> bool:
    """True when a word of crediting stands within two words before the name ("وفق تعبير X")."""
    i = view.words.index_of(slot.start)
    return any(w.text in CREDIT_WORDS or w.stem in CREDIT_WORDS for w in view.words[max(0, i - 2) : i])


def agent_patient(view: SentenceView, hit: Hit) -> list[Candidate]:
    """X verb Y / X's noun to Y; verb-first sentences (بايع X Y) read the two names after it."""
    if launched := _launched_by(view, hit):
        return launched
    if (backing := _backing_adjunct(view, hit)) is not None:
        return backing
    if (done_to := _relative_object(view, hit)) is not None:
        return done_to
    subject = None if _passive_noun(view, hit) else (
        _accused_subject(view, hit) or _stance_owner(view, hit) or _continued_relative(view, hit, "")
        or _members_subject(view, hit) or _relative_possessor(view, hit) or _subject_before(view, hit))
    if (support := hit.trigger.markers("support_words")) and not _support_between(view, hit, support):
        return []
    if hit.trigger.flag("relative_ends") and _relative_before_marker(view, hit):
        return []  # "عملية «X» التي شنّتها Y ضد Z": the relative's verb names who launched it
    if hit.trigger.flag("marker_required") and _marker_after(
            view, hit, hit.trigger.markers(), _end_over_short_aside(view, hit.start)) is None:
        # "استعادة مواقعها في جبل الزاوية": nothing taken "from" anyone, unless the marker
        # carries it as a pronoun ("النقاط التي جرى انتزاعها منهم")
        taken_from = _marker_pronoun_object(view, hit, hit.trigger.markers(), subject) if subject else []
        return [Candidate(subject, o) for o in taken_from if o.entity != subject.entity]
    if subject is not None and subject.start >= hit.end and hit.trigger.flag("genitive_object") and (
            _marker_after(view, hit, hit.trigger.markers(), view.clause_of(hit.end)[1]) is None):
        # "رفض X، المعروف سابقاً بـZ، مبايعة Y": the name after a verbal noun is its object
        # (unless a marked object follows: "مساندة تركيا للفصائل").
        subject = _subject_before(view, Hit(hit.start, hit.start, hit.trigger), PARTIES, verb_first=False)
        if subject is None:
            return []
    # "هجوم من Y": Y is the agent of a passive reading; "هاجم مسلحون من Y" names Y's fighters.
    agent_after = (subject is not None and subject.start > hit.start and view.after_min(subject)
                   and not _envoys_only(view, hit.end, subject.start))
    if _means_of_death(view, hit):
        return _killed_by(view, hit)
    if subject is None or agent_after or _agent_follows(view, hit) or _suffer_verb(view, hit):
        return _suffered(view, hit)  # no subject, or "من Y" / "على يد Y" after the cue names the agent
    objects = _both_sides_after(view, hit) or [
        o for o in _objects_after_subject(view, hit, subject, hit.trigger.markers())
        if not _agent_adjective(view, hit, o) and not _past_pronoun_clause(view, hit, o)] or (
        _object_pronoun(view, hit, subject))
    if not objects and subject.start >= hit.end and not hit.trigger.flag("object_optional") and (
            not _agent_adjective(view, hit, subject)):  # "رغم القصف الروسي": Russia struck someone unnamed
        # "نفى صوفان أن يكون قد بايع «الهيئة»": one name after the verb is its object; the
        # subject was named before.
        before = _subject_before(view, Hit(hit.start, hit.start, hit.trigger), PARTIES, verb_first=False)
        if before is not None and before.entity != subject.entity:
            subject, objects = before, [subject]
    if hit.trigger.fact_type == "ALLEGIANCE":  # "بالولاء لزعيم Y Z": the pledge is to Z
        objects = [_named_leader(view, o) or o for o in objects]
    subjects = _coordinated(view, hit, subject)
    return [Candidate(s, o) for s in subjects for o in objects if o.entity != s.entity] or (
        [Candidate(s, None) for s in subjects] if hit.trigger.flag("object_optional") else [])


def _relative_object(view: SentenceView, hit: Hit) -> list[Candidate] | None:
    """"«داعش» الذي لا تزال تقاتله": a verb whose object pronoun is the relative's head, its
    doer the sentence's subject named before the head; None when the cue is no such verb."""
    cue = view.words[view.words.index_of(hit.end - 1)]
    if not hit.trigger.flag("verb_object_pronoun") or not _attached_pronoun(view, cue):
        return None
    head = _relative_head(view, hit, GROUPS)
    if head is None:
        return None
    doer = view.antecedent(head.start, GROUPS, besides=head.entity, free_only=True)
    return [Candidate(doer, head)] if doer is not None else []


def _relative_before_marker(view: SentenceView, hit: Hit) -> bool:
    """True when a relative pronoun stands between the cue and its object marker."""
    marker_at = _marker_after(view, hit, hit.trigger.markers(), view.clause_of(hit.end)[1])
    if marker_at is None:
        return False
    return bool(RELATIVE_WORDS & set(WORD_RE.findall(view.text[hit.end : marker_at])))


def _accused_subject(view: SentenceView, hit: Hit) -> Slot | None:
    """"اتهامات X لها/للأردن بتسليح Y": after the noun of accusing, the one accused (after ل,
    named or as a pronoun) is who did the deed, not the accuser X; None elsewhere."""
    i = view.words.index_of(hit.start)
    if i == 0 or not view.words[i].prefix.endswith("ب"):
        return None
    target = view.words[i - 1]
    accusation = next((w for w in view.words[max(0, i - ACCUSATION_REACH) : i - 1]
                       if w.stem.startswith(ACCUSATION_NOUN) or w.text.startswith(ACCUSATION_NOUN)), None)
    if accusation is None or not target.text.startswith("ل") or target.start < view.start:
        return None
    named = [s for s in view.slots if s.start <= target.name_start < s.end and s.type in PARTIES]
    if named:
        return named[0]
    pronoun = target.text[1:]
    if pronoun not in PRONOUN_ENDINGS:
        return None
    accusers = [s for s in view.slots if accusation.end <= s.start < target.start and s.type in PARTIES]
    return view.antecedent(target.start, PARTIES, pronoun, besides=accusers[0].entity if accusers else None)


def _both_sides_after(view: SentenceView, hit: Hit) -> list[Slot]:
    """"إلى جانب أي من الطرفين": the two parties named before, when the object is "both sides"
    right after the cue."""
    i = view.words.index_of(hit.end)
    following = view.words[i : i + BOTH_SIDES_REACH]
    if not any(w.text in BOTH_PARTIES for w in following):
        return []
    return view.last_two_before(hit.start)


def lacks_required_marker(view: SentenceView, hit: Hit) -> bool:
    """True when the entry gives facts only with an object marker (``marker_required``) and
    none follows the cue in its clause or over a short aside."""
    return hit.trigger.flag("marker_required") and _marker_after(
        view, hit, hit.trigger.markers(), _end_over_short_aside(view, hit.start)) is None


def _end_over_short_aside(view: SentenceView, position: int) -> int:
    """The end of the clause at ``position``, reaching over a short aside between commas that
    follows it ("شنتها X، بدعم جوي روسي، على مواقع Y")."""
    _, end = view.clause_of(position)
    if end >= view.end:
        return end
    _, aside_end = view.clause_of(end + 1)
    if aside_end < view.end and view.words_between(end, aside_end) <= SHORT_ASIDE_WORDS:
        return view.clause_of(aside_end + 1)[1]
    return end


def _members_subject(view: SentenceView, hit: Hit) -> Slot | None:
    """"ويدين قادته بالولاء لـY": right after a verb, its leaders or fighters with a pronoun act
    for the group the pronoun points back at, or None."""
    first = view.words.index_of(hit.start)
    for i in (view.words.index_of(hit.end), first):  # "يدين قادته بالولاء": they may open the cue
        if not 0 <= i < len(view.words) or not view.start <= view.words[i].start < view.end:
            continue
        word = view.words[i]
        pronoun = _attached_pronoun(view, word)
        if pronoun and word.text[: -len(pronoun)].startswith((*MEMBER_NOUNS, *FIGHTERS_OF)):
            # "X، …، فيعد من الفصائل التي يدعمها Z، ويدين قادته": not a name inside a relative
            main = [s for s in view.actors_before(word.start, since=view.start, types=GROUPS)
                    if not view.in_aside(s, word.start) and not view.governed(s)]
            return main[0] if main else view.antecedent(word.start, GROUPS, pronoun)
    return None


def _named_leader(view: SentenceView, group: Slot) -> Slot | None:
    """The person right after "زعيم/أمير/قائد + group" (the group's named leader), or None."""
    i = view.words.index_of(group.start)
    if i == 0 or view.words[i - 1].stem not in LEADER_NOUNS:
        return None
    after = view.actors_after(group.end, types=PERSONS)
    return after[0] if after and view.words_between(group.end, after[0].start) == 0 else None


def _backing_adjunct(view: SentenceView, hit: Hit) -> list[Candidate] | None:
    """"شنت X، بدعم جوي روسي مكثف، حملة على Y"، "تقدمت X بدعم مباشر من Z": support glued to ب
    and followed by its giver (من Z, or a state's adjective) describes how the clause's agent
    acted; the backer is Z, not Y. None when the cue is no such adjunct ("اتهم X Y بدعم Z")."""
    word = view.words[view.words.index_of(hit.start)]
    if hit.trigger.fact_type != "ALLIANCE" or not word.prefix.endswith("ب") or word.has_article:
        return None
    words, i = view.words, word.index + 1
    named = [(s.start, s.end) for s in view.slots]
    skipped = 0
    while (i < len(words) and skipped < 2 and not words[i].prefix and words[i].text != "من"
           and not any(a <= words[i].start < b for a, b in named)):
        i, skipped = i + 1, skipped + 1  # "بدعم جوي"، "بدعم مباشر"
    giver = i < len(words) and words[i].text == "من"
    if giver:
        i += 1
        while i < len(words) and (words[i].text in STATE_AGENT_WORDS or words[i].text in FIGHTERS_OF):
            i += 1  # "بمساندة من مروحيات X"، "بمؤازرة من عناصر X"
    if i >= len(words):
        return None
    backers = [s for s in view.slots
               if s.type in PARTIES and (s.start <= words[i].name_start < s.end or s.start == words[i].start)]
    if not backers or not (giver or fold(backers[0].name) in STATE_ADJECTIVES):
        return None
    backed = _subject_before(view, Hit(hit.start, hit.start, hit.trigger), PARTIES, verb_first=False)
    if backed is None or backed.entity == backers[0].entity:
        return []
    return [Candidate(backers[0], backed)]


def _state_agents(view: SentenceView, start: int, slot: Slot) -> bool:
    """True when ``slot`` is a state's adjective and only nouns of its agents stand between
    ``start`` and it ("أغارت طائرات حربية روسية"): the state acts."""
    between = WORD_RE.findall(view.text[start : slot.start])
    return fold(slot.name) in STATE_ADJECTIVES and all(
        w in STATE_AGENT_WORDS or w.removeprefix("ال") in STATE_AGENT_WORDS for w in between)


def _agent_adjective(view: SentenceView, hit: Hit, slot: Slot) -> bool:
    """True when ``slot`` is a state's adjective right after the cue ("القصف الروسي"، "غارات
    روسية"): it names who acted, not whom it struck."""
    return view.words_between(hit.end, slot.start) == 0 and fold(slot.name) in STATE_ADJECTIVES


def _support_between(view: SentenceView, hit: Hit, support: tuple[str, ...]) -> bool:
    """True when a word of support ("دعماً"، "تسليحهم") stands between the cue and its marker."""
    marker_at = _marker_after(view, hit, hit.trigger.markers(), view.clause_of(hit.end)[1])
    if marker_at is None:
        return False
    words = view.words[view.words.index_of(hit.end) : view.words.index_of(marker_at)]
    return any(w.stem.startswith(support) for w in words)


#: Auxiliaries that make the verbal noun after them passive ("النقاط التي جرى انتزاعها منهم").
PASSIVE_AUXILIARIES = frozenset(fold(w) for w in ("جرى", "يجري", "تم", "يتم", "سيتم", "وتم", "وجرى"))


def _passive_noun(view: SentenceView, hit: Hit) -> bool:
    """True when a passive auxiliary stands right before the cue: its agent is not named before."""
    i = view.words.index_of(hit.start)
    return i > 0 and view.words[i - 1].text in PASSIVE_AUXILIARIES


#: Verbal nouns whose attached pronoun owns the event after them ("رفضه قتال X").
STANCE_NOUNS = frozenset(cue_forms("stance", "stance_nouns"))


def _stance_owner(view: SentenceView, hit: Hit) -> Slot | None:
    """"عزل صلاح الدين جاء على خلفية رفضه قتال X": the pronoun on the stance noun right before
    the cue points back at the one who would act."""
    i = view.words.index_of(hit.start)
    if i == 0 or view.words[i - 1].text.lstrip("وف") not in STANCE_NOUNS:
        return None
    pronoun = _attached_pronoun(view, view.words[i - 1])
    return view.antecedent(view.words[i - 1].start, PARTIES, pronoun) if pronoun else None


def _past_pronoun_clause(view: SentenceView, hit: Hit, slot: Slot) -> bool:
    """True when the cue carries its object as a pronoun ("الذي يقاتل إلى جانبها") and ``slot``
    stands after the cue's clause ("…، لافتاً إلى أن وحدات الجيش"): a name there is not it."""
    return (hit.trigger.flag("pronoun_object") and bool(_pronoun(view, hit))
            and slot.start >= view.clause_of(hit.end)[1])


def _object_pronoun(view: SentenceView, hit: Hit, subject: Slot) -> list[Slot]:
    """"حاولت X استئصالهم": on a transitive cue (entry option pronoun_object) the attached pronoun
    is the object: it points back at a group other than the subject, and those listed with it."""
    pronoun = _pronoun(view, hit) if hit.trigger.flag("pronoun_object") else ""
    if not pronoun and fold("ل") in hit.trigger.markers():
        pronoun = _marked_pronoun(view, hit)  # "الداعم الأبرز لهم": the object after لـ is a pronoun
    if not pronoun or subject.start > hit.start:
        return []
    referent = view.antecedent(hit.start, GROUPS, pronoun, besides=subject.entity)
    return view.listed_before(referent, GROUPS) if referent is not None else []


#: ل with an attached pronoun: the object of a cue marked by لـ, named before ("الداعم لهم").
MARKED_PRONOUNS = {fold("له"): "ه", fold("لها"): "ها", fold("لهم"): "هم", fold("لهما"): "هما"}


def _marked_pronoun(view: SentenceView, hit: Hit) -> str:
    """The pronoun of "له / لها / لهم" within three words after the cue, or ""."""
    i = view.words.index_of(hit.end)
    return next((MARKED_PRONOUNS[w.text] for w in view.words[i : i + 3]
                 if w.text in MARKED_PRONOUNS and w.start < view.end), "")


#: Prepositions: a word of these after a cue opens its object, it is no adjective of it.
PREPOSITION_WORDS = frozenset(fold(w) for w in ("على", "ضد", "في", "من", "إلى", "مع", "عن", "نحو"))
#: Words that may stand between a launching verb and its group ("شنته خلايا تابعة لتنظيم X").
LAUNCHER_WORDS = frozenset(fold(w) for w in (
    "تنظيم", "خلايا", "خلية", "عناصر", "مسلحو", "مسلحون", "مقاتلو", "مقاتلون", "مجموعة", "مجموعات",
    "تابعة", "تابع", "تابعون", "تابعين", "من", "لتنظيم", "لقوات", "قوات", "فصائل", "ل"))


def _launched_by(view: SentenceView, hit: Hit) -> list[Candidate]:
    """"في هجوم شنه X على مواقعها": the agent follows a launching verb right after the cue; the
    one attacked is named after the marker, by a pronoun on it, or as "عناصر من Y" before."""
    i = view.words.index_of(hit.end)
    verbs = hit.trigger.markers("agent_verbs")
    # "هجوم شنه X"، "هجوم واسع شنته X": one adjective may stand between the cue and the verb.
    verb = next((w for w in view.words[i : i + 2] if w.text in verbs), None)
    if verb is None or (verb.index > i and (view.words[i].text in PREPOSITION_WORDS
                                            or view.actors_after(view.words[i].start, verb.start))):
        return []
    agents = [a for a in _after(view, verb.end, PARTIES, 4)
              if set(WORD_RE.findall(view.text[verb.end : a.start])) <= LAUNCHER_WORDS]
    if not agents:
        return []
    agent = agents[0]
    targets = [o for o in _objects_after(view, Hit(hit.start, agent.end, hit.trigger), hit.trigger.markers())
               if o.entity != agent.entity]
    if (struck := _struck_pronoun(view, agent, targets)) is not None:
        targets = [struck]  # "قصف شنّه X على رتل لهم حاول التقدم نحو مواقع Y": the pronoun is struck
    if not targets:
        after_agent = view.words.index_of(agent.end)
        pronoun = next((p for w in view.words[after_agent : after_agent + 3]
                        if (p := _attached_pronoun(view, w))), "")
        referent = view.antecedent(hit.start, GROUPS, pronoun, besides=agent.entity) if pronoun else None
        targets = [referent] if referent is not None else [
            s for s in view.actors_before(hit.start, types=GROUPS) if view.after_min(s)][:1]
    return [Candidate(agent, t) for t in targets if t.entity != agent.entity]


def _struck_pronoun(view: SentenceView, agent: Slot, targets: list[Slot]) -> Slot | None:
    """The referent of "لهم / لها" right after the marker's noun ("على رتل لهم"), when it comes
    before any named target: the one struck, named before the cue."""
    after_agent = view.words.index_of(agent.end)
    limit = targets[0].start if targets else view.end
    for word in view.words[after_agent : after_agent + STRUCK_REACH]:
        if word.start >= limit:
            break
        if (pronoun := MARKED_PRONOUNS.get(word.text)) is not None:
            owner = view.antecedent(agent.start, GROUPS, pronoun, besides=agent.entity)
            if owner is not None and fold(owner.name) in STATE_ADJECTIVES:
                # "عناصر ميليشيات X والميليشيات الإيرانية … على رتل لهم": the named side, not
                # the adjective
                owner = view.antecedent(owner.start, GROUPS, pronoun, besides=agent.entity) or owner
            return owner
    return None


#: How many words after the launcher "على رتل لهم" may name the owner of what was struck.
STRUCK_REACH = 5


def _coordinated(view: SentenceView, hit: Hit, subject: Slot, types=PARTIES) -> list[Slot]:
    """The subject and those coordinated with it ("X وY تقاتلان Z"، "قاتلت X وY Z"): each acts."""
    if subject.start >= hit.end:
        return [s for s in view.listed_with(subject, types) if s.start < hit.end + 200]
    return view.listed_before(subject, types)


def _agent_follows(view: SentenceView, hit: Hit) -> bool:
    """True when "على يد / من قبل" follows the cue at once ("هزيمته على يد X")."""
    agent_at = _marker_after(view, hit, AGENT_MARKERS, view.clause_of(hit.end)[1])
    return agent_at is not None and _near(view, hit.end, agent_at, 2)


WE = fold("نحن ")
#: Verbs of undergoing before an event noun: "تعرضت X لهجوم من Y" (X suffers, Y acts).
SUFFER_VERBS = tuple(fold(w) for w in ("تعرض", "يتعرض", "تتعرض", "لتعرض", "بتعرض", "وتعرض", "وتعرضت"))


def _suffer_verb(view: SentenceView, hit: Hit) -> bool:
    """True when a verb of undergoing ("تعرضت X"، "تعرضهم") stands shortly before the cue in its
    clause, and an agent follows the cue with من."""
    i = view.words.index_of(hit.start)
    clause_start, _ = view.clause_of(hit.start)
    before = [w for w in view.words[max(0, i - 5) : i] if w.start >= clause_start]
    return any(w.text.startswith(SUFFER_VERBS) for w in before) and any(
        view.after_min(s) for s in _after(view, hit.end, PARTIES, 4))


#: Verbs of dying before the strike that caused it ("الذي قُتل بغارة روسية").
DEATH_VERBS = frozenset(fold(w) for w in ("قتل", "قتلوا", "قتلت", "قضى", "قضوا", "اغتيل", "استشهد",
                                          "حتفه", "حتفهم", "مصرعه", "مصرعهم", "مقتله", "مقتلهم"))


#: How many words before a strike a verb of dying may stand ("قُتل ثلاثة عناصر من X بهجوم").
DEATH_REACH = 9


def _means_of_death(view: SentenceView, hit: Hit) -> bool:
    """True when the cue, glued to ب, says how someone died ("قُتل بقصف روسي"): the one who
    died stands before the verb, the striker after the cue, if named."""
    i = view.words.index_of(hit.start)
    word = view.words[i] if i < len(view.words) else None
    if word is None or not word.prefix.removesuffix("ال").endswith("ب"):
        return False
    clause_start, _ = view.clause_of(hit.start)
    before = [w for w in view.words[max(0, i - DEATH_REACH) : i] if w.start >= clause_start]
    return any(w.text.lstrip("و") in DEATH_VERBS for w in before)


def _killed_by(view: SentenceView, hit: Hit) -> list[Candidate]:
    """The striker named right after the cue ("بقصف روسي"، "بغارة للتحالف") and the one who
    died named before the verb."""
    agents = [s for s in _after(view, hit.end, GROUPS, 2) if not view.opposite(s)]
    victims = _before(view, hit.start, PARTIES, 4)
    if not agents or not victims or agents[0].entity == victims[0].entity:
        return []
    return [Candidate(agents[0], victims[0])]


def _suffered(view: SentenceView, hit: Hit) -> list[Candidate]:
    """"تعرضت مواقع X لهجوم من Y": the agent follows من (or "على يد") after the cue, the one
    who suffered it stands before (in a construct such as "مواقع X"); "قبل هزيمته على يد Y":
    the sufferer is the pronoun's referent."""
    agents = [s for s in _after(view, hit.end, PARTIES, 4) if view.after_min(s)]
    if not agents and _agent_follows(view, hit):
        agents = _after(view, _marker_after(view, hit, AGENT_MARKERS, view.end), PARTIES, 1)
    i = view.words.index_of(hit.start)
    clause_start, _ = view.clause_of(hit.start)
    patients = [s for s in _before(view, hit.start, PARTIES, 4) if s.start >= clause_start]
    # "تعرضهم لهجوم من Y"، "قبل هزيمته على يد Y": the sufferer is the pronoun's referent.
    suffer_word = i > 0 and view.words[i - 1].text.startswith(SUFFER_VERBS)
    pronoun = _attached_pronoun(view, view.words[i - 1]) if suffer_word else _pronoun(view, hit)
    if agents and pronoun:
        referent = view.antecedent(hit.start, GROUPS, pronoun)
        patients = [referent] if referent is not None else []
    if not agents or not patients or agents[0].entity == patients[0].entity:
        return []
    return [Candidate(agents[0], patients[0])]


def symmetric(view: SentenceView, hit: Hit) -> list[Candidate]:
    """Parties "بين X و Y" (or "بين الطرفين": the last two named), "X و Y" together, or X …
    trigger … مع Y: one fact per pair."""
    between = _between(view, hit.end, min(view.end, hit.end + 40))
    if between != -1:
        after = _after(view, between, PARTIES, 2) or _through_envoys(view, between)
        if after and view.refers_to_both(between) and (both := view.last_two_before(hit.start)):
            # "معارك بين الفصيلين والتنظيم": each of the two just named against the third
            return [Candidate(side, after[0]) for side in both if side.entity != after[0].entity]
        if after:
            if these := view.these_groups_after(after[0]):  # "بين التنظيم وهذه الفصائل"
                return [Candidate(after[0], other) for other in these]
            parties = view.listed_with(after[0], PARTIES, offices=True)
            if len(parties) == 1 and (other := _envoys_joined(view, parties[0])) is not None:
                parties.append(other)  # "بين ممثلين عن X وضباط من Y"
            return _pairs(parties)
        if view.refers_to_both(between):  # the two named before the trigger, not a mediator after it
            return _pairs(view.last_two_before(hit.start))
    if gathered := _gathered(view, hit):
        return gathered
    if signed := _signed_by(view, hit):
        return signed
    clause_start, clause_end = view.clause_of(hit.start)
    own_after = [s for s in _after(view, hit.end, PARTIES, 3)
                 if not view.claimed_by_other_cue(s, hit.end, hit.trigger.fact_type)]
    if (view.names_both(clause_start, hit.start) or _both_before_aside(view, clause_start)) and not own_after:
        return _pairs(view.last_two_before(clause_start))  # "لكن الطرفين أخفقا في الاتفاق"
    # "بعد التواصل مع قيادة X": a cue ending with its marker has its object, not a subject, after it
    ends_marked = view.text[hit.start : hit.end].rsplit(" ", 1)[-1] in hit.trigger.markers()
    before = _subject_before(view, hit, verb_first=not ends_marked)
    if before is not None and (answerer := _answering_request(view, hit, before)) is not None:
        return [Candidate(answerer, before)]  # "رفضت X دعوة Y إلى هدنة": X answers Y
    subjects = []
    if before is not None:  # verb-first: "اشتبكت X وY مع Z"
        listed = view.listed_with if before.start >= hit.end else view.listed_before
        subjects = listed(before, PARTIES)
    # "ضد" introduces the other side only of a fight ("التنسيق ضد Y": Y is the common enemy).
    markers = tuple(m for m in hit.trigger.markers() if hit.trigger.fact_type == "CLASH" or m not in AGAINST)
    marker_at = _marker_after(view, hit, markers, view.clause_of(hit.end)[1]) if markers else None
    if marker_at is None and ends_marked:
        marker_at = hit.end  # "بحث X مع Y": the cue's form ends with its marker
    if marker_at is not None and any(s.type == "OUTLET" for s in view.actors_after(
            marker_at, types=("OUTLET", *PARTIES))[:1]):
        return []  # "ذكر في لقاء مع قناة X": an interview, not talks between parties
    objects = _objects_after(view, hit, markers) if marker_at is not None else []
    if subjects and not objects and subjects[-1].end <= hit.start and (
            partner := _marked_before_cue(view, hit, subjects[-1], markers)) is not None:
        objects = view.listed_with(partner, PARTIES)  # "توصلت X مع Y إلى اتفاق"
    if subjects and not objects:  # "رفضت X هدنة لمدة 72 ساعة عرضتها روسيا": the offerer is a party
        objects = [o for o in _offered_by(view, hit) if all(o.entity != s.entity for s in subjects)]
    if subjects and not objects and hit.trigger.fact_type == "TRUCE" and _refused_before(view, hit):
        objects = _other_side(view, subjects)  # "وأشار إلى أن X رفضت الالتزام بوقف القتال"
    right_after = [s for s in _after(view, hit.end, PARTIES, 1)
                   if not view.claimed_by_other_cue(s, hit.end, hit.trigger.fact_type)
                   and (hit.trigger.fact_type == "CLASH"
                        or not AGAINST & set(WORD_RE.findall(view.text[hit.end : s.start])))]
    if not objects and right_after and before is not None \
            and before.start < hit.start:  # "تعاون X وY في مواجهة Z": the noun's object follows it
        objects = [o for o in view.listed_with(right_after[0], PARTIES) if o.entity != before.entity]
    if subjects and objects:
        return [Candidate(s, o) for s in subjects for o in objects if s.entity != o.entity]
    if len(subjects) >= 2 and not _taking_part(view, hit):
        return _pairs(subjects)
    if not subjects and not objects and view.names_both(clause_start, clause_end):
        return _pairs(view.last_two_before(clause_start))  # "فشل الطرفان بالتوصل إلى اتفاق"
    if not subjects:
        after = _after(view, hit.end, PARTIES, 3)
        # "تعاون في مواجهة X وY": those listed after "against" are the opponents, not the pair.
        against = after and AGAINST & set(WORD_RE.findall(view.text[hit.end : after[0].start]))
        if after and not against and len(view.listed_with(after[0], PARTIES)) >= 2:
            return _pairs(view.listed_with(after[0], PARTIES))
    return []


#: How many words an aside naming a go-between may have ("، بوساطة من محافظ درعا أنور الزعبي،").
GO_BETWEEN_ASIDE_WORDS = 8


def _both_before_aside(view: SentenceView, clause_start: int) -> bool:
    """"وتوصّل الطرفان، بوساطة من X، إلى اتفاق": "the two sides" open the clause before a
    short aside that separates them from the cue's clause."""
    if clause_start <= view.start:
        return False
    aside_start, _ = view.clause_of(clause_start - 2)
    if aside_start <= view.start or view.words_between(aside_start, clause_start) > GO_BETWEEN_ASIDE_WORDS:
        return False
    return view.names_both(view.clause_of(aside_start - 2)[0], aside_start)


def _signed_by(view: SentenceView, hit: Hit) -> list[Candidate]:
    """"ترفض الاتفاق الذي وقّعته روسيا وتركيا"، "الاتفاق الذي وقّعه X مع Y"، "مفاوضات أجراها
    مسؤولون روس مع ممثلين عن Y": a verb right after the cue (after a relative, or carrying the
    cue as its pronoun) names its parties as its subject(s) and who they dealt with (مع)."""
    words = view.words
    i = words.index_of(hit.end)
    if i + 1 < len(words) and words[i].text in RELATIVES:
        verb = words[i + 1]
    elif (i < len(words) and not words[i].prefix and words[i].text.endswith(("ها", "ه"))
          and not words[words.index_of(hit.start)].has_article):
        verb = words[i]  # "مفاوضات أجراها X"
    else:
        return []
    agents = [s for s in _after(view, verb.end, PARTIES, 1) if not view.governed(s)] or (
        _through_envoys(view, verb.end)) or [
        s for s in _after(view, verb.end, PARTIES, 3) if _state_agents(view, verb.end, s)][:1]
    if not agents:
        return []
    listed = view.listed_with(agents[0], PARTIES)
    # "اتفاق أبرمه X وY مع Z": those listed dealt with Z, not with each other.
    _, clause_end = view.clause_of(listed[-1].end)
    with_at = _marker_after(view, Hit(listed[-1].end, listed[-1].end, hit.trigger), (fold("مع"),), clause_end)
    others = _after(view, with_at, PARTIES, 3) if with_at is not None else []
    others = others or (_through_envoys(view, with_at) if with_at is not None else [])
    if others and all(others[0].entity != p.entity for p in listed):
        return [Candidate(p, others[0]) for p in listed]
    return _pairs(listed) if len(listed) >= 2 else []


def _gathered(view: SentenceView, hit: Hit) -> list[Candidate]:
    """"اجتماع عُقد أمس، ضم قياديين من X وY مع قياديين من Z": the parties follow a verb of
    gathering after the cue; those listed meet those after مع, or each other."""
    verbs = hit.trigger.markers("gathering_verbs")
    first = view.words.index_of(hit.end)
    verb = next((w for w in view.words[first : first + GATHERING_REACH]
                 if w.end <= view.end and w.text.removeprefix("و") in verbs), None)
    if verb is None:
        return []
    named = _after(view, verb.end, PARTIES, 3)
    if not named:
        return []
    listed = view.listed_with(named[0], PARTIES)
    # The side met may follow the first side's qualifiers ("الموالية لـW (المحظور في …) مع Z").
    with_at = _marker_after(view, Hit(hit.start, listed[-1].end, hit.trigger), (fold("مع"),), view.end)
    met = _after(view, with_at, PARTIES, 3) if with_at is not None else []
    if not met and (joined := _envoys_joined(view, listed[-1], "ب")) is not None:
        met = [joined]  # "اجتماع جمع قيادة X بضباط من Y"
    others = [o for o in (view.listed_with(met[0], PARTIES) if met else [])
              if all(o.entity != p.entity for p in listed)]
    if others:
        return [Candidate(p, o) for p in listed for o in others]
    return _pairs(listed) if len(listed) >= 2 else []


#: A state's adjectives ("الروسي"، "تركية"), folded, and the nouns of its agents and their
#: manner before them ("طائرات حربية").
STATE_ADJECTIVES = frozenset(lexicon().state_adjectives)
STATE_AGENT_WORDS = lexicon().state_adjective_nouns | MANNER_ADJECTIVES
#: Words for a force's units, which act for it ("تسلّمت وحدات من الجيش البلدة").
UNIT_WORDS = frozenset(fold(w) for w in ("وحدات", "وحدة", "قوة", "رتل", "أرتال", "دورية", "دوريات",
                                         "مجموعة", "مجموعات", "تعزيزات"))
#: Prepositions that tie envoys or fighters to their group ("وفد من X"، "ممثلين عن X").
LINKING_WORDS = frozenset({"من", "عن", "في", "ل"})
#: Words for those who meet on a group's behalf ("بين قادة من X"، "بين ممثلين عن X").
ENVOY_WORDS = MEMBERS_NOUNS | REPRESENTATIVES | frozenset(
    {"قياديين", "قيادات", "قاده", "من", "عن", "في", "ل"}) | UNIT_WORDS


#: Most words between a party and the next one joined by its envoys ("وضباط من Y").
ENVOY_REACH = 4
#: Nouns for a delegation or its members, whose group travels for talks, not to fight.
DELEGATION_NOUNS = REPRESENTATIVES | frozenset({"وفود"})


def _envoys_only(view: SentenceView, start: int, end: int) -> bool:
    """True when only envoys' or fighters' nouns stand in [start, end) ("التقى وفد من X")."""
    gap = WORD_RE.findall(view.text[start:end])
    nouns = [w for w in gap if w not in LINKING_WORDS]
    return bool(nouns) and all(w in ENVOY_WORDS or w.startswith(FIGHTER_STEMS) for w in nouns)


def _envoys_joined(view: SentenceView, slot: Slot, joiner: str = "و") -> Slot | None:
    """The party joined to ``slot`` by ``joiner`` and its envoys' nouns ("ممثلين عن X وضباط من
    Y": Y; "جمع قيادة X بضباط من Y" with the joiner ب)."""
    after = _after(view, slot.end, PARTIES, ENVOY_REACH)
    if not after:
        return None
    gap = WORD_RE.findall(view.text[slot.end : after[0].start])
    if not gap or not gap[0].startswith(joiner) or len(gap[0]) < 3 or gap[-1] not in LINKING_WORDS:
        return None
    joined_at = view.text.index(gap[0], slot.end) + len(joiner)  # the envoys' noun after the joiner
    return after[0] if _envoys_only(view, joined_at, after[0].start) else None


def _through_envoys(view: SentenceView, at: int) -> list[Slot]:
    """The first party after "بين" when only its envoys' nouns stand before it ("بين قادة من X")."""
    after = _after(view, at, PARTIES, 4)
    return after if after and _envoys_only(view, at + 3, after[0].start) else []


def _offered_by(view: SentenceView, hit: Hit) -> list[Slot]:
    """The one named after a verb of offering that carries the cue as its pronoun, a few words
    after it ("هدنة لمدة 72 ساعة عرضتها روسيا")."""
    i = view.words.index_of(hit.end)
    offers = hit.trigger.markers("offer_verbs")
    verb = next((w for w in view.words[i : i + OFFER_REACH] if w.text.lstrip("و") in offers), None)
    return _after(view, verb.end, PARTIES, 1) if verb is not None else []


#: Nouns of a request or offer whose genitive (or "من X") is who made it ("دعوة X إلى هدنة").
REQUEST_NOUNS = frozenset(cue_forms("stance", "request_nouns"))
#: Most words between the requester and the cue ("دعوة X إلى هدنة إنسانية").
REQUEST_REACH = 3


def _other_side(view: SentenceView, subjects: list[Slot]) -> list[Slot]:
    """The other side of the fight just reported when one side alone is named at a truce
    cue: X's truce is with the one X was fighting; [] when X was no side of it."""
    sides = view.recent_parties
    if len(sides) != 2 or len(subjects) != 1:
        return []
    others = [s for s in sides if s.entity != subjects[0].entity]
    return others if len(others) == 1 else []


def _refused_before(view: SentenceView, hit: Hit) -> bool:
    """True when a verb of refusing stands in the cue's clause before it ("رفضت أي هدنة")."""
    clause_start, _ = view.clause_of(hit.start)
    return any(w.text in REFUSING or w.stem in REFUSING
               for w in view.words[view.words.index_of(clause_start) : view.words.index_of(hit.start)])


#: Verbs of refusing, from negation.yaml ("رفضت"، "ترفض"، "امتنعت").
REFUSING = frozenset(f for f in cue_forms("negation", "refusal") if " " not in f)


def _marked_before_cue(view: SentenceView, hit: Hit, subject: Slot, markers: tuple[str, ...]) -> Slot | None:
    """The party a marker names between the subject and the cue ("توصلت X مع Y إلى اتفاق")."""
    for slot in view.actors_after(subject.end, hit.start, types=PARTIES):
        i = view.words.index_of(slot.start)
        if i > 0 and view.words[i - 1].text in markers and view.words_between(slot.end, hit.start) <= 2:
            return slot
    return None


def _answering_request(view: SentenceView, hit: Hit, requester: Slot) -> Slot | None:
    """"رفضت X دعوة Y إلى هدنة"، "قبلت X عرضاً من Y لهدنة": Y, named right after a noun of
    request before the cue, asked for it; the actor before the noun (X) answers. None when
    the name before the cue is no requester."""
    i = view.words.index_of(requester.start)
    k = i - 1 if i > 0 and view.words[i - 1].text != "من" else i - 2
    if k < 0 or view.words[k].text.lstrip("و") not in REQUEST_NOUNS:
        return None
    if requester.start > hit.start or not _near(view, requester.end, hit.start, REQUEST_REACH):
        return None
    answerers = [s for s in view.actors_before(view.words[k].start, types=PARTIES)
                 if not view.governed(s) and s.entity != requester.entity]
    return answerers[0] if answerers else None


def _taking_part(view: SentenceView, hit: Hit) -> bool:
    """True when the cue is the object of "في" ("للمشاركة في المعارك"، "انخرطوا في القتال"):
    those named before it take part on one side, they do not face each other."""
    i = view.words.index_of(hit.start)
    return hit.trigger.fact_type == "CLASH" and i > 0 and view.words[i - 1].text in ("في", "وفي")


def _pairs(parties: list[Slot]) -> list[Candidate]:
    seen, found = set(), []
    for a, b in combinations(parties, 2):
        key = frozenset((a.entity, b.entity))
        if a.entity != b.entity and key not in seen:
            seen.add(key)
            found.append(Candidate(a, b))
    return found


def joins(view: SentenceView, hit: Hit) -> list[Candidate]:
    """X joins Y: "انضم X إلى Y"، "انضمام X إلى Y"، "اندماج X مع Y"."""
    markers = hit.trigger.markers()
    marker_at = _marker_after(view, hit, markers, view.clause_of(hit.end)[1])
    if marker_at is None and (past := _past_aside(view, hit.end)) is not None:
        marker_at = _marker_after(view, Hit(past[0], past[0], hit.trigger), markers, past[1])
    if marker_at is None and hit.trigger.flag("marker_required"):
        return []
    # Groups join groups; a person joining is a member (membership.yaml), and a person named
    # earlier ("قبل أفول نجم أبي بكر البغدادي، ليقوم بالاندماج مع Y") is not the joiner.
    subject = _subject_before(view, hit, GROUPS)
    if pronoun := _pronoun(view, hit):  # "أعلنوا انضمامهم إلى Y": the pronoun's referent joins
        subject = view.antecedent(hit.start, GROUPS, pronoun, free_only=True) or subject
    if marker_at is not None:
        between_names = [s for s in view.actors_after(hit.end, marker_at) if s.type in GROUPS + PERSONS]
        if between_names:  # انضمام X إلى Y: the joiner sits between trigger and marker
            subject = between_names[0]
    # Without its marker ("إلى"، "ب") a joining names no body joined, unless one follows at once.
    objects = _objects_after(view, hit, markers, GROUPS, NEAR if marker_at is not None else 1,
                             until=view.clause_of(marker_at if marker_at is not None else hit.end)[1])
    if hit.trigger.flag("subject_after"):  # "تشكّلت Y من اندماج X وZ": members after the cue
        joiners = _after(view, hit.end, GROUPS, 3)
        new_body = _subject_before(view, hit, GROUPS, verb_first=False)
        if not joiners or new_body is None:
            return []
        members = view.listed_with(joiners[0], GROUPS)
        return [Candidate(j, new_body) for j in members if j.entity != new_body.entity]
    if marker_at is None and (formed := _formation(view, hit)):
        return formed
    if marker_at is None and (joined := _joined_by_pronoun(view, hit, markers)):
        return joined
    if subject is None or not objects:
        return []
    if subject.type == "PERSON":
        subjects = [subject]
    elif subject.start >= hit.end:  # verb first: "اندمج X وY في Z"
        subjects = [s for s in view.listed_with(subject, GROUPS) if s.end <= (marker_at or view.end)]
    else:
        subjects = view.listed_before(subject, GROUPS)
    return [Candidate(s, objects[0]) for s in subjects if s.entity != objects[0].entity]


def _past_aside(view: SentenceView, position: int) -> tuple[int, int] | None:
    """The clause that resumes after a relative aside following the clause at ``position``
    ("انضم فصيل X، الذي كان Z يقوده، إلى Y": the marker stands after the aside), or None."""
    _, end = view.clause_of(position)
    opening = view.text[end:].lstrip(" ،,").split(maxsplit=1)
    if end >= view.end or not opening or opening[0] not in RELATIVE_WORDS:
        return None
    _, aside_end = view.clause_of(end + 1)
    # the aside runs to the next comma, over breaks at words like قبل / بعد inside it
    while aside_end < view.end and view.text[aside_end : aside_end + 1] not in "،,":
        _, aside_end = view.clause_of(aside_end + 1)
    return view.clause_of(aside_end + 1) if aside_end < view.end else None


def _joined_by_pronoun(view: SentenceView, hit: Hit, markers: tuple[str, ...]) -> list[Candidate]:
    """"وقد انضم إليه خلال الأشهر الماضية مئات من عناصر «X»": the body joined is the pronoun on
    the marker, the joiners the fighters of X named after it."""
    on_marker = _pronoun_on_marker(view, hit, markers)
    if on_marker is None:
        return []
    word, pronoun = on_marker
    joined = view.antecedent(hit.start, GROUPS, pronoun)
    joiners = [s for s in _after(view, word.end, GROUPS, NEAR)
               if any(w.startswith(FIGHTERS_OF) for w in WORD_RE.findall(view.text[word.end : s.start]))]
    if joined is None or not joiners or joiners[0].entity == joined.entity:
        return []
    return [Candidate(joiners[0], joined)]


def _formation(view: SentenceView, hit: Hit) -> list[Candidate]:
    """A body formed by members merging: "تأسست Y بعد اندماج X وZ"، "Y التي وُلدت من اندماج X
    وZ": two or more groups listed right after the cue join the group the clause is about."""
    joiners = _after(view, hit.end, GROUPS, 2)
    members = view.listed_with(joiners[0], GROUPS) if joiners else []
    formed = [s for s in view.actors_before(hit.start, types=GROUPS) if not view.governed(s)]
    if not members or not formed or not _near(view, formed[0].end, hit.start, FAR):
        return []
    if len(members) < 2 and not _formed_from(view, formed[0], hit):
        return []
    new_body = formed[0]
    return [Candidate(m, new_body) for m in members if m.entity != new_body.entity]


def _formed_from(view: SentenceView, formed: Slot, hit: Hit) -> bool:
    """"تشكلت Y مطلع 2017 من اندماج X وفصائل أخرى": a verb of forming next to Y and من / بعد
    right before the cue make Y the body formed, even with one member named."""
    i = view.words.index_of(hit.start)
    between = view.words[max(0, view.words.index_of(formed.start) - 1) : i]
    return (i > 0 and view.words[i - 1].text in FORMED_FROM
            and any(w.stem in FORMING_VERBS or w.text in FORMING_VERBS for w in between))


def leaves(view: SentenceView, hit: Hit) -> list[Candidate]:
    """X leaves Y: "انشق X عن Y"، "خروج X من Y"، "فك X بيعته لـY"."""
    markers = hit.trigger.markers()
    marker_at = _marker_after(view, hit, markers, view.end)
    subject = _speakers_group(view, hit) or _subject_before(view, hit, GROUPS + PERSONS)
    if marker_at is not None:
        inner = [s for s in view.actors_after(hit.end, marker_at) if s.type in PARTIES
                 and not CONTRAST_CLAUSE.search(view.text, hit.end, s.start)]
        if inner:
            subject = inner[0]
        elif hit.trigger.flag("subject_between"):
            return []
    elif hit.trigger.flag("subject_between"):
        return []
    # "خروجهم من X": a cue that ends with its preposition takes the group right after it.
    limit = 2 if view.text[hit.start : hit.end].rsplit(" ", 1)[-1] in ("من", "عن") else NEAR
    objects = _objects_after(view, hit, markers, PARTIES, limit)
    if not objects and subject is not None:
        objects = _marker_pronoun_object(view, hit, markers, subject)
    if subject is None or not objects or subject.entity == objects[0].entity:
        return []
    if subject.type in GROUPS and objects[0].type == "PERSON":
        return [Candidate(objects[0], subject)]  # "فكت الهيئة بيعة أبو X": the person is let go
    return [Candidate(subject, objects[0])] if objects[0].type in GROUPS else []


def _marker_pronoun_object(view: SentenceView, hit: Hit, markers: tuple[str, ...],
                           subject: Slot) -> list[Slot]:
    """"قبل أن تنشق عنها": the marker carries the object as a pronoun right after the cue; it
    points back at a group other than the subject."""
    on_marker = _pronoun_on_marker(view, hit, markers)
    if on_marker is None:
        return []
    referent = view.antecedent(hit.start, GROUPS, on_marker[1], besides=subject.entity)
    return [referent] if referent is not None else []


def _pronoun_on_marker(view: SentenceView, hit: Hit, markers: tuple[str, ...]):
    """(word, pronoun) when the word right after the cue is a marker carrying a pronoun
    ("عنها"، "إليه"), else None."""
    i = view.words.index_of(hit.end)
    if i >= len(view.words) or view.words[i].start >= view.end:
        return None
    word = view.words[i]
    pronoun = _attached_pronoun(view, word)
    return (word, pronoun) if pronoun and word.text[: -len(pronoun)] in markers else None


def apposition(view: SentenceView, hit: Hit) -> list[Candidate]:
    """X التابع لـY, X فرع Y: the names right before and right after the cue."""
    before = view.actors_before(hit.start, types=tuple(hit.trigger.options.get("subject_types") or GROUPS))
    # "الذي كان مع «Y» سابقاً": after a verb, سابقاً dates the relation, it names no old name.
    after = view.actors_after(hit.end, types=GROUPS, formers=hit.trigger.flag("verb"))
    cue_word = view.words[view.words.index_of(hit.start)]
    # "وفرع Y": a و before the cue joins it to a list; "واجهة" only starts with the letter
    conjoined = cue_word.conjoined and hit.start > cue_word.start and not hit.trigger.flag("verb")
    if before and (taken := _taken_as(view, hit, before[0])):
        return [taken]
    if before and _attached_pronoun(view, cue_word) and (head := _clause_relative_head(view, hit)) and (
            head.entity != before[0].entity):
        # "«قسد»، التي تشكل «Y» عمودها الفقري": the pronoun is the relative's head
        return [Candidate(before[0], head)]
    if before and hit.trigger.markers() and (owner := _marker_pronoun_object(
            view, hit, hit.trigger.markers(), before[0])):
        # "«لواء فاطميون» الأفغاني التابع له": the marker carries the group as a pronoun
        return [Candidate(before[0], owner[0])] if _near(view, before[0].end, hit.start, 3) else []
    if not before and hit.trigger.flag("verb_first"):
        vso = _verb_first_pair(view, hit)
        return [vso] if vso else []
    if conjoined and after and hit.trigger.flag("listed_objects"):
        return _further_backer(view, hit, after[0])
    if after and hit.trigger.flag("listed_objects") and (backed := _backed_after_thus(view, hit.start)):
        return [Candidate(backed, o) for o in view.listed_with(after[0], GROUPS) if o.entity != backed.entity]
    if conjoined and before and after and hit.trigger.flag("allies_named_after") and (
            ALLIES_GAP.fullmatch(view.text[hit.end : after[0].start])):
        # "الجيش السوري وحلفاؤه، من مقاتلي «Y» و«Z»": the allies are named right after
        return [Candidate(before[0], o) for o in view.listed_with(after[0], GROUPS)
                if o.entity != before[0].entity]
    if not before or not after or conjoined:
        return []  # "قيادات لتنظيم X وفرع Y": a second item of a list, not X's branch
    subject, obj = before[0], after[0]
    reach = 0 if hit.trigger.flag("adjacent") else 3
    apart = not _near(view, subject.end, hit.start, reach) or (
        view.clause_of(subject.start)[0] != view.clause_of(hit.start)[0])
    if hit.trigger.flag("verb_first") and apart and (vso := _verb_first_pair(view, hit)):
        return [vso]  # "فيما تنضوي «حركة X» حالياً ضمن «Y»"
    as_what = _as_pronoun(view, hit)  # "يُنظر إلى التنظيم … بوصفه الذراع السورية لـY"
    if as_what and (referent := view.antecedent(hit.start, ("GROUP",), as_what)) is not None:
        subject = referent
    # "ويعد X، الذي يقوده Z، أحد أبرز مكونات Y": the subject stands before the aside.
    before_aside = _before_aside(view, hit, GROUPS) if not hit.trigger.flag("subject_after") else None
    # Any name nearer the cue stands inside the aside ("وتُعد X، التي تصنفها أنقرة «منظمة
    # إرهابية»، من أبرز مكونات Y": not أنقرة).
    if before_aside is not None:
        subject = before_aside
    elif not as_what and (not _near(view, subject.end, hit.start, reach) or _other_head(view, subject, hit)
                          or _noun_head(view, subject, hit)):
        return []
    if not _near(view, hit.end, obj.start, reach):
        return []
    clause_start, _ = view.clause_of(subject.start)
    if any(kind in hit.trigger.options.get("not_after", ()) and clause_start <= c_start < subject.start
           for c_start, _, kind in view.cues):
        return []  # "خرج أبو X من Y": leaving, not membership
    if hit.trigger.flag("subject_after"):  # "Y تضم X": the member comes after
        subject, obj = obj, subject
    # "مدعومة بمقاتلي «X» وقوات «Y»": each backer listed after the cue
    objects = view.listed_with(obj, GROUPS) if hit.trigger.flag("listed_objects") else [obj]
    found = [Candidate(subject, o) for o in objects if subject.entity != o.entity]
    if hit.trigger.flag("co_members"):
        found += [Candidate(m, obj) for m in _co_members(view, obj)
                  if m.entity not in (subject.entity, obj.entity)]
    return found


#: What may stand between "وحلفاؤه" and the allies it names: a comma, "من مقاتلي", quotes.
ALLIES_GAP = re.compile(r'[\s،,"«»]*(?:من\s+)?(?:مقاتلي|عناصر|قوات|ميليشيات|فصائل)?[\s"«»]*')
#: "إلى جانب" right after the whole a member was named part of: its fellow members follow.
BESIDE = re.compile(r"[\s\"«»“”،,]*(?:الي جانب|الى جانب)\s+")


def _co_members(view: SentenceView, whole: Slot) -> list[Slot]:
    """"X من أبرز مكونات «Y» إلى جانب «A» و«B»": A and B are members of Y too."""
    beside = BESIDE.match(view.text, whole.end)
    if beside is None:
        return []
    first = [g for g in _after(view, beside.end(), GROUPS, 1)]
    return view.listed_with(first[0], GROUPS) if first else []


def _further_backer(view: SentenceView, hit: Hit, backer: Slot) -> list[Candidate]:
    """"X، مدعومة بمقاتلي «Y» وبغطاء جوي من Z": a backing cue joined by و to one before it
    in its clause adds Z to the backers of that cue's subject."""
    clause_start, _ = view.clause_of(hit.start)
    earlier = [start for start, _, kind in view.cues
               if kind == hit.trigger.fact_type and clause_start <= start < hit.start]
    if not earlier or not _near(view, hit.end, backer.start, 3):
        return []
    thus = _backed_after_thus(view, earlier[-1])
    backed = [thus] if thus else view.actors_before(earlier[-1], types=GROUPS)
    return [Candidate(backed[0], backer)] if backed and backed[0].entity != backer.entity else []


def _backed_after_thus(view: SentenceView, start: int) -> Slot | None:
    """"استعادت X البلدة بعد معارك مع Y، وذلك بدعم من Z": ذلك stands for the clause before,
    so the one backed is its agent, the sentence's first actor that no preposition governs."""
    clause_start, _ = view.clause_of(start)
    if WORD_RE.findall(view.text[clause_start:start]) not in (["وذلك"], ["ذلك"]):
        return None
    actors = reversed(view.actors_before(clause_start, types=PARTIES))
    return next((s for s in actors if not view.governed(s)), None)


#: Words that open a clause about the name before a break ("X، وهو التابع لـY"، "X، التي تشكل …").
RESUMING_WORDS = frozenset({"هو", "هي", "وهو", "وهي", "وهم", "هم"}) | RELATIVE_WORDS


def _other_head(view: SentenceView, subject: Slot, hit: Hit) -> bool:
    """True when the cue describes a noun of its own clause, after a break that ends the
    subject's ("نفى صلة X بالتفجير، متهماً خلايا تابعة لـY": the cells belong to Y, not X)."""
    clause_start, _ = view.clause_of(hit.start)
    first, last = view.words.index_of(clause_start), view.words.index_of(hit.start)
    words = [w.text for w in view.words[first:last] if w.end <= hit.start]
    return subject.end <= clause_start and bool(words) and words[0] not in RESUMING_WORDS


def _noun_head(view: SentenceView, subject: Slot, hit: Hit) -> bool:
    """True when an indefinite cue ("تابعة") follows a common noun that is not the name ("على يد
    دورية تابعة لـY"): the noun is what belongs to Y."""
    i = view.words.index_of(hit.start)
    cue = view.words[i]
    if cue.prefix or i == 0 or not view.words.joined(i - 1) or hit.trigger.flag("verb"):
        return False  # a verb cue follows its auxiliary ("التي كانت تقاتل ضمن Y"), not a noun
    before = view.words[i - 1]
    named = any(s.start <= before.start < s.end for s in view.slots)  # "فرع Y في سوريا ممثلاً"
    # "X، وهي فصيل من Y": a pronoun resuming X is no other noun
    # "X، الذي يُعد أبرز فصائل Y": after a verb of regarding the cue describes X itself.
    return (before.start >= subject.end and not before.has_article and not named
            and before.text not in RESUMING_WORDS and before.text not in REGARD_VERBS)


def _taken_as(view: SentenceView, hit: Hit, taker: Slot) -> Candidate | None:
    """"X التي يتخذها Y واجهة له": the verb's pronoun is X (what is taken), Y the one it serves."""
    i = view.words.index_of(taker.start)
    verbs = hit.trigger.markers("taken_as_verbs")
    verb = next((w for w in view.words[max(0, i - 2) : i] if w.text.lstrip("و") in verbs), None)
    if verb is None:
        return None
    taken = _relative_head(view, Hit(verb.start, verb.end, hit.trigger), GROUPS) or view.antecedent(
        verb.start, ("GROUP",), _attached_pronoun(view, verb), besides=taker.entity)
    return Candidate(taken, taker) if taken is not None and taken.entity != taker.entity else None


def _verb_first_pair(view: SentenceView, hit: Hit) -> Candidate | None:
    """Verb first: the subject right after the cue, the object after one of its markers
    ("تنضوي «حركة X» حالياً ضمن «Y»")."""
    subjects = _after(view, hit.end, GROUPS, 1)
    if not subjects:
        return None
    marker_at = _marker_after(view, Hit(hit.start, subjects[0].end, hit.trigger), hit.trigger.markers(),
                              view.clause_of(hit.start)[1])
    objects = _after(view, marker_at, GROUPS, 2) if marker_at is not None else []
    if not objects or objects[0].entity == subjects[0].entity:
        return None
    return Candidate(subjects[0], objects[0])


#: "as" with a pronoun before a description ("بوصفه الذراع السورية لـY"): the pronoun is its subject.
#: "معتبرة إياها امتداداً لـY": the object pronoun of a verb of regarding, too.
AS_WORDS = tuple(fold(w) for w in ("بوصف", "باعتبار", "بصفت", "كون", "إيا"))


#: Verbs of regarding whose attached pronoun is what the description after them is about
#: ("وتعدّها امتداداً لـY"، "يعتبره فرعاً لـY").
REGARD_VERBS = frozenset(fold(w) for w in ("تعد", "يعد", "تعتبر", "يعتبر", "اعتبر", "اعتبرت", "عد", "عدت",
                                         "تصف", "يصف", "وصف", "وصفت", "ترى", "يرى"))
#: "أنّ" carrying the pronoun of what a charge describes ("تتهم أنقرة الوحدات بأنها امتداد لـY").
THAT_WORDS = frozenset(fold(w) for w in ("بأن", "أن", "لأن"))


def _as_pronoun(view: SentenceView, hit: Hit) -> str:
    """The pronoun on "بوصفه / باعتباره / وتعدّها / بأنها" right before the cue, or ""."""
    i = view.words.index_of(hit.start)
    if i == 0:
        return ""
    word = view.words[i - 1]
    pronoun = _attached_pronoun(view, word)
    bare = word.text.lstrip("وف")[: -len(pronoun)] if pronoun else ""
    if word.text.startswith(AS_WORDS) or bare in REGARD_VERBS or bare in THAT_WORDS:
        return pronoun
    return ""


def _before_aside(view: SentenceView, hit: Hit, types) -> Slot | None:
    """The name right before a relative aside that ends just before the cue ("X، الذي …، cue")."""
    clause_start, _ = view.clause_of(hit.start)
    if clause_start <= view.start or view.words_between(clause_start, hit.start) > 1:
        return None
    aside_start, _ = view.clause_of(clause_start - 1)
    opening = view.text[aside_start:clause_start].lstrip(" ،,").split(maxsplit=1)
    if not opening or opening[0] not in RELATIVE_WORDS:
        return None
    heads = view.actors_before(aside_start, types=types)
    return heads[0] if heads and _near(view, heads[0].end, aside_start, 1) else None


def composition(view: SentenceView, hit: Hit) -> list[Candidate]:
    """Members of a coalition: "غرفة عمليات Z تضم X وY"، "ويضم التشكيل فصائل عدة، أبرزها X
    وY" → X → Z and Y → Z, one fact per listed member."""
    described = view.words[view.words.index_of(hit.start)].has_article  # "X، المكوّنة من A وB"
    if _pronoun(view, hit) and _counted_factions_before(view, hit):
        return []  # "قبل أن يعلن 16 فصيلاً، أبرزها X وY، وقوفها …": the most prominent of a count
    if _pronoun(view, hit) or described:  # "أبرزها": the coalition came before
        earlier = [s for s in view.actors_before(hit.start, types=GROUPS)
                   if not view.governed(s) and not view.backer(s) and not view.in_aside(s, hit.start)]
        reach = 2 if described else NEAR
        # "وتضم X، التي تشكل Y عمودها الفقري، فصائل أبرزها A وB": X stands before a relative aside.
        if earlier and not described and RELATIVE_WORDS & set(view.text[earlier[0].end : hit.start].split()):
            reach = FAR
        coalition = earlier[0] if earlier and _near(view, earlier[0].end, hit.start, reach) else None
    else:
        coalition = _subject_before(view, hit, GROUPS)
    if coalition is None:
        return []
    start = max(hit.end, coalition.end)
    if view.words_between(start, view.clause_of(start)[1]) == 0 and (past := _past_aside(view, start)):
        start = past[0]  # "ويضم «X»، الذي أُعلن عن تشكيله قبل أيام، كلاً من A وB"
    first = [s for s in _after(view, start, GROUPS, 3)
             if s.entity != coalition.entity and not view.in_aside(s, hit.start)]
    if not first:
        return []
    members = view.listed_with(first[0], GROUPS)
    return [Candidate(m, coalition) for m in members if m.entity != coalition.entity]


def _counted_factions_before(view: SentenceView, hit: Hit) -> bool:
    """True when "أبرزها" follows a counted number of factions ("16 فصيلاً،") with no verb of
    including before it in the sentence: the pronoun is those factions, no coalition."""
    i = view.words.index_of(hit.start)
    noun = view.words[i - 1] if i >= 2 else None
    if noun is None or not (noun.text.startswith(FACTION_NOUNS) or noun.stem.startswith(FACTION_NOUNS)):
        return False  # "فصيلاً" is no ف + صيلاً
    counted = view.words[i - 2].text.isdigit() or parse_number(view.words[i - 2].text) is not None
    including = any(w.stem in INCLUDING_VERBS or w.text in INCLUDING_VERBS
                    for w in view.words[view.words.index_of(view.start) : i])
    return counted and not including


#: Nouns of factions counted before "أبرزها"; verbs that make a coalition include them.
FACTION_NOUNS = tuple(fold(w) for w in ("فصيل", "فصائل", "تشكيل", "مجموعة", "مجموعات", "كتيبة", "لواء"))
INCLUDING_VERBS = frozenset(fold(w) for w in ("يضم", "تضم", "ضم", "ضمت", "يتألف", "تتألف", "يتكون", "تتكون",
                                              "يتشكل", "تتشكل", "تشكل", "تشكلت", "ينضوي", "تنضوي"))


def rename(view: SentenceView, hit: Hit) -> list[Candidate]:
    """Old name → new name: "X المعروفة بـY سابقاً" (Y old), "X - Y سابقاً", "الاسم الذي اتخذه Y"."""
    before = view.actors_before(hit.start, types=GROUPS, formers=True)
    after = view.actors_after(hit.end, types=GROUPS, formers=True)
    if hit.trigger.flag("old_name_after"):
        if before and after and _near(view, hit.end, after[0].start, 3):
            return [Candidate(after[0], before[0])] if before[0].entity != after[0].entity else []
        return []
    if len(before) >= 2 and view.former(before[0]) and _near(view, before[0].end, hit.start, 2):
        old, new = before[0], before[1]
        if not _near(view, new.end, old.start, 3):
            return []  # "X والذي كان مع تنظيم Y سابقاً": Y is where someone was, not X's old name
        return [Candidate(old, new)] if old.entity != new.entity else []
    free = [s for s in before if not view.governed(s)]  # "فك ارتباطها بتنظيم X، والعمل بمسماها الجديد Y"
    if free and after and not hit.trigger.flag("suffix"):
        return [Candidate(free[0], after[0])] if free[0].entity != after[0].entity else []
    return []


#: An aside opened by a participle after a name ("X، المنضوي في صفوف Z،"، "X، التابع لـZ،").
PARTICIPLE_ASIDE = re.compile(r'[\s"«»“”]*،\s*(?:الم|التابع)')


def title(view: SentenceView, hit: Hit) -> list[Candidate]:
    """A person with a title in a group, on either side of the cue: "X قائد Y", "قائد Y، X",
    "القائد العام لـY X", "الذي يقوده X", "ويقود Y الرائد X"."""
    pronoun = _pronoun(view, hit)
    # "وأكد المسؤول أن مدير X …": a complementizer ends the title's noun phrase.
    groups = [g for g in _after(view, hit.end, GROUPS, 3)
              if not COMPLEMENTIZERS & set(WORD_RE.findall(view.text[hit.end : g.start]))]
    if pronoun and (topic := _as_for(view, hit)) is not None:
        groups = [topic]  # "أما «X» فأسسه Y، ويقوده حالياً Z": the pronouns are X
    elif pronoun and hit.trigger.flag("verb") and (
            head := _relative_head(view, hit, GROUPS) or _clause_relative_head(view, hit)) is not None:
        groups = [head]  # "«X»، الذي كان Y يقوده ضمن «Z»": the object pronoun is the relative's head
    if not groups and pronoun:  # "ويقودها العقيد X"، "قائده، الرائد X": the pronoun's referent
        antecedent = (_relative_head(view, hit, GROUPS) or _continued_relative(view, hit, pronoun)
                      or _topic_or_antecedent(view, hit, pronoun))
        groups = [antecedent] if antecedent is not None else []
    if not groups and not pronoun and (marked := _marked_pronoun(view, hit)):
        # "فيما يبقى X قائداً عاماً لها": the group is the pronoun after ل
        antecedent = _topic_or_antecedent(view, hit, marked)
        groups = [antecedent] if antecedent is not None else []
    near: list[Slot] = []
    if not groups:
        near = _before(view, hit.start, GROUPS, 4)[:1]
        groups = [led for led in (_led_group(view, g) for g in near) if led is not None]
    if not groups and not near and view.words[view.words.index_of(hit.start)].prefix.endswith("ب"):
        # "بعد إعلان X «الخلافة» بزعامة Y": led "under" Y, the clause's subject is the group
        subject = _subject_before(view, hit, GROUPS)
        groups = [subject] if subject is not None else []
    if not groups:
        return []
    group = groups[0]
    title_word = view.words[view.words.index_of(hit.start)]
    last = view.words.index_of(hit.end - 1)
    if last + 1 < len(view.words) and view.words[last + 1].text in STATE_ADJECTIVES:
        return []  # "الرئيس التركي X": a state's office, whatever group stands before it
    # "… حسن صوفان والقائد العام لـY X": a title joined by و opens a new pair, so the name
    # before it belongs to the previous title.
    # "X خلفاً لأمير Y": X succeeds the holder, who is named after the group if at all.
    succeeding = title_word.index > 0 and view.words[title_word.index - 1].text == SUCCEEDING
    # "بالولاء لزعيم Y Z": a title after a preposition is no apposition of a name before it.
    governed_title = title_word.prefix.removesuffix("ال")[-1:] in ("ل", "ب")
    persons_before = ([] if title_word.conjoined or succeeding or governed_title
                      else _before(view, hit.start, PERSONS, 2))
    after_from = max(group.end, hit.end)
    # "ويقود X، الذي ينشط في ريف حماة، الرائد Y": the holder may follow a relative clause.
    # So may it after a participle's aside ("ويقود X، المنضوي في صفوف Z، المدعو Y").
    reach = FAR if any(w in view.text[after_from : after_from + 60].split() for w in RELATIVES) or (
        hit.trigger.flag("verb") and PARTICIPLE_ASIDE.match(view.text, after_from)) else 4
    # "الذي يقوده مجلس شورى من القادة الأردنيين (X، Y)": a council's named members lead.
    council = view.text[after_from:].lstrip().startswith(hit.trigger.markers("council_words") or ("\0",))
    persons_after = [s for s in view.actors_after(after_from, types=PERSONS)
                     if not hit.trigger.flag("holder_before")
                     and _near(view, after_from, s.start, FAR if council else reach + QUALIFIER_WORDS)
                     and (reach == FAR or council or _only_titles(view.text[after_from : s.start])
                          or _qualifier(view, after_from, s.start)
                          or hit.trigger.flag("verb") and _place_or_time_gap(view.text[after_from : s.start]))
                     and (not council or s.start < view.clause_of(after_from)[1])]
    # "خلفاً لمؤسسه X": a cue carrying its group as a pronoun names its holder right after.
    holder_next = pronoun and persons_after and _near(view, after_from, persons_after[0].start, 1)
    # "يقود العقيد X «Y»": a verb of leading first, its holder between it and the group.
    between = (view.actors_after(hit.end, group.start, types=PERSONS)
               if hit.trigger.flag("verb") and group.start > hit.end else [])
    if persons_before and not holder_next:
        holders = view.listed_before(persons_before[0], PERSONS)
    elif persons_after:
        holders = view.listed_with(persons_after[0], PERSONS)
    elif between:
        holders = between[:1]
    elif hit.trigger.flag("verb") and (subject := _subject_before(view, hit, PERSONS)) is not None:
        holders = [subject]  # "نفى X أن يكون قد تولى قيادة «Y»": the verb's subject before
    else:
        return []
    return [Candidate(p, group) for p in holders + _predecessors(view, holders[-1])]


def _as_for(view: SentenceView, hit: Hit) -> Slot | None:
    """The topic of "أما X فـ…" before the cue, when no other group is named between."""
    named = view.actors_before(hit.start, since=view.start, types=GROUPS)
    if not named:
        return None
    nearest = named[0]
    i = view.words.index_of(nearest.start)
    return nearest if i > 0 and view.words[i - 1].text == AS_FOR else None


#: "أما" opening a topic ("أما «جند الله» فأسسه …").
AS_FOR = fold("أما")


def _predecessors(view: SentenceView, holder: Slot) -> list[Slot]:
    """The person a holder succeeded ("X، خلفاً لهاشم الشيخ"): he held the same post."""
    succeeded = SUCCEEDED.match(view.text, holder.end)
    if succeeded is None:
        return []
    at = succeeded.end()
    return [s for s in view.actors_after(at, types=PERSONS) if s.start <= at + 1][:1]


def _place_or_time_gap(gap: str) -> bool:
    """True when only a place or a time stands between a verb of leading and the holder."""
    return WHERE_GAP.match(gap) is not None or TIME_GAP.match(gap) is not None


def _topic_or_antecedent(view: SentenceView, hit: Hit, pronoun: str) -> Slot | None:
    """The group a title's pronoun points at: the sentence's topic when it is another group
    than the nearest fitting one (a verb's pronoun always takes the nearest)."""
    nearest = view.antecedent(hit.start, GROUPS, pronoun)
    topic = None if hit.trigger.flag("verb") else _topic(view, hit, pronoun)
    return nearest if topic is None or (nearest is not None and nearest.entity == topic.entity) else topic


def _topic(view: SentenceView, hit: Hit, pronoun: str) -> Slot | None:
    """"أرسل «X» مقاتلين لمؤازرة «Y»، بحسب ما أعلن قائده Z": the head of "its commander" is
    the group the sentence opens with (its subject), not the last group named; None when the
    sentence opens with no free group or it does not fit the pronoun."""
    first = next((s for s in view.slots if s.type in PARTIES), None)
    if first is None or first.type not in GROUPS or first.start >= hit.start or view.governed(first):
        return None
    gender = view.gender_of(first)
    return first if gender is None or PRONOUN_GENDER.get(pronoun) in (None, gender) else None


def _pronoun(view: SentenceView, hit: Hit) -> str:
    """The pronoun attached to the cue's last word ("قائدها" → "ها", "انضمامهم" → "هم"), or ""."""
    return _attached_pronoun(view, view.words[view.words.index_of(hit.end - 1)])


def _attached_pronoun(view: SentenceView, word) -> str:
    """The pronoun a word ends with, or "" ("مبادلة" ends in ة, which folding wrote as ه)."""
    pronoun = next((p for p in PRONOUN_ENDINGS if word.text.endswith(p)), "")
    return "" if pronoun == "ه" and view.original(word.end - 1, word.end) == "ة" else pronoun


def _only_titles(gap: str) -> bool:
    """True when only ranks and titles stand between a group and a name ("قائد X، العقيد
    المنشق Y"): "قائد X مبايعة Y" names no holder."""
    return all(w in TITLE_WORDS or _nisba(w) for w in WORD_RE.findall(gap))


def _led_group(view: SentenceView, group: Slot) -> Slot | None:
    """The group a title after ``group`` belongs to: ``group`` itself (also "مقاتلون من X
    بقيادة Y"), unless it is what was left ("انشق عن X … بقيادة Y", "انشقت مجموعة من X بقيادة
    Y"): then the subject before it, or None."""
    i = view.words.index_of(group.start)
    if not (view.after_min(group) or i > 0 and view.words[i - 1].text == LEFT_FROM):
        return group
    if (view.after_min(group) and i > 1 and view.words[i - 2].stem.startswith(FIGHTER_STEMS)
            and not any(kind == "SPLIT" for _, _, kind in view.cues)):
        return group  # "نحو 50 مقاتلاً من X، بقيادة Y": X's men under their commander
    free = [s for s in view.actors_before(group.start, since=view.start, types=GROUPS)
            if not view.governed(s) and not view.after_min(s)]
    return free[-1] if free else None


def _qualifier(view: SentenceView, start: int, end: int) -> bool:
    """True when the text between a group and a name only qualifies the group: a definite
    participle and its prepositional phrase ("قائد X المنضوي في صفوفها Y", "قائد X التابع
    لـ«Z» (ز)، Y")."""
    gap = view.text[start:end]
    # "زعيم التنظيم الإرهابي في سوريا، المدعو Y": places inside the qualifier are skipped too
    for slot in reversed(view.actors_after(start, end, types=(*ACTORS, "PLACE"), formers=True)):
        gap = gap[: slot.start - start] + " " + gap[slot.end - start :]
    words = WORD_RE.findall(gap)
    if words and words[-1] in INTRODUCERS:
        words = words[:-1]
    return (0 < len(words) <= QUALIFIER_WORDS and (words[0].startswith("ال") or words[0] in QUALIFIER_LINKS)
            and all(w in QUALIFIER_LINKS or _pronoun_rank(w) for w in words[1:]))


#: Words that introduce a name ("المدعو Y"): they may close a qualifier before the name.
INTRODUCERS = lexicon().person_introducers


def _pronoun_rank(word: str) -> bool:
    """"صفوفها"، "صفوفه": the ranks of a group named before."""
    return word.startswith("صفوف")


def _nisba(word: str) -> bool:
    """A relation adjective ("السوري", "الأردني") describing the holder's origin."""
    return word.startswith("ال") and word.endswith("ي") and len(word) > 4


def control(view: SentenceView, hit: Hit) -> list[Candidate]:
    """X controls the places after the cue, one fact per place."""
    _, clause_end = view.clause_of(hit.end)
    if hit.trigger.flag("subject_after"):
        after = [s for s in _after(view, hit.end, GROUPS, 3) if s.end <= clause_end]
        clause_start = view.clause_of(hit.start)[0]
        # "وتعد بلدة X بريف إدلب، المعقل الرئيس لـY": the place may close the clause before.
        places = [p for p in view.places_in(clause_start, hit.start)[-1:] if _near(view, p.end, hit.start, 6)]
        if not places and clause_start > view.start and view.words_between(clause_start, hit.start) <= 2:
            before_start = view.clause_of(clause_start - 1)[0]
            opening = view.text[before_start:clause_start].lstrip(" ،,").split(maxsplit=1)
            if opening and opening[0] in APPOSITION_OPENERS and before_start > view.start:
                # "مدينة X، كبرى مدن Y، خاضعة لسيطرة Z": the place stands before the apposition
                clause_start, before_start = before_start, view.clause_of(before_start - 1)[0]
            places = view.places_in(before_start, clause_start)[:1]
        if not places and (markers := hit.trigger.markers()):
            # "سلمت X مواقع في منبج لقوات Y": the places handed stand before the receiver's marker.
            marker_at = _marker_after(view, hit, markers, clause_end)
            places = [p for p in view.places_in(hit.end, marker_at) if not _place_of_actor(view, p)
                      ] if marker_at is not None else []
            after = _after(view, marker_at, GROUPS, 2) if marker_at is not None else []
        if not places and (held := _relative_place(view, hit)) is not None:
            places = [held]  # "بلدة X، التي تحولت منذ أشهر إلى معقل رئيسي لـY"
        if not after and places and (marked := _marked_pronoun(view, hit)):
            owner = view.antecedent(hit.start, GROUPS, marked)  # "… إلى معقل رئيسي له"
            after = [owner] if owner is not None else []
        if after and places:
            return [Candidate(after[0], p) for p in places]
        if not after and _pronoun(view, hit) and (subject := _subject_before(view, hit, GROUPS)):
            # "وتقدمت قوات النظام إلى بلدة X وسيطرت عليها": no one after, the subject before
            # holds the place the pronoun points back at
            earlier = [p for p in view.places_in(view.start, hit.start) if p.start > subject.end]
            return [Candidate(subject, earlier[-1])] if earlier else []
        return []
    if _attempted(view, hit):
        return []
    # "نفى التحالف دخول قوات النظام إلى المدينة": a verbal noun's agent follows it.
    agent = (_after(view, hit.end, GROUPS, 1)
             if view.text[hit.start : hit.end] in hit.trigger.markers("genitive_subject") else [])
    if agent and (markers := hit.trigger.markers()) and not _marked_right_after(view, hit, agent[0], markers):
        # "يخرج عن سيطرة X بعد الرقة": with no place marked after it, "سيطرة X" is X's hold
        # as a state of things, which no one takes here.
        return []
    # "وصل معظمهم بعد سيطرته على مدينة X": the possessor of the verbal noun took the place
    owner = _possessor(view, hit) if not agent else None
    if owner is None and not agent and (pronoun := _moved_fighters_pronoun(view, hit, view.end)):
        # "أعلن X … بعد سيطرة مقاتليه على دوار Y": the fighters' pronoun names who took it,
        # the sentence's topic first.
        owner = _topic(view, hit, pronoun) or view.antecedent(hit.start, GROUPS, pronoun)
    # "بدأت عملية إخراج مقاتلي X من Y": after a verbal noun stand the ones driven out, not
    # the one who drives them.
    verb_first = view.text[hit.start : hit.end] not in (
        hit.trigger.markers("genitive_object") + hit.trigger.markers("genitive_subject"))
    subject = agent[0] if agent else owner or _subject_before(view, hit, GROUPS, verb_first=verb_first)
    if subject is not None and (loser := _taken_from_pronoun(view, hit)) is not None and (
            loser.entity == subject.entity):
        # "قبل أن تنتزع منه بلدة X": the pronoun on من is the loser; the taker was named before it.
        takers = [s for s in view.actors_before(loser.start, types=GROUPS)
                  if s.entity != loser.entity and not view.governed(s)]
        subject = takers[0] if takers else None
    if subject is None:
        return []
    if view.text[hit.start : hit.end] in hit.trigger.markers("place_pronoun_forms"):
        # "حين انتزعته من «داعش» الذي …": the verb's pronoun is the place named before it
        earlier = view.places_in(view.start, hit.start)
        return [Candidate(subject, earlier[-1])] if earlier else []
    # "سيطرت X ومقاتلو «Y»، أمس، على …": the places follow the whole list of verb-first subjects
    after = max(hit.end, view.listed_with(subject, GROUPS)[-1].end) if subject.start > hit.start else hit.end
    # "يدير المدينة": an entry whose place is its object takes it only right after the verb
    reach = DIRECT_OBJECT_REACH if hit.trigger.flag("direct_object") else NEAR
    # "واستعاد الجيش، أمس، مدينة تدمر": the place may follow a short aside.
    until = _end_over_short_aside(view, after)
    places = [p for p in view.places_after(after, until) if _near(view, after, p.start, reach)]
    marker_at = None if places else _marker_after(view, hit, hit.trigger.markers(), view.end)
    if marker_at is not None and _near(view, after, marker_at, ASIDE_REACH):
        # "سيطرت قوات النظام، أول أمس الثلاثاء، على مدينة X": a short aside before the marker.
        places = [p for p in view.places_after(marker_at) if _near(view, marker_at, p.start, 2)]
    if not places and (held := _relative_place(view, hit)) is not None:
        return [Candidate(subject, held)]  # "المدينة، التي سيطروا عليها عام 2014"
    if not places:
        return [Candidate(subject, p) for p in _places_referred(view, hit, after)]
    listed = view.listed_with(places[0], ("PLACE",))
    # "سيطرت X ومقاتلو Y على …": verb-first subjects listed together each take the places
    subjects = _coordinated(view, hit, subject, GROUPS) if subject.start > hit.start else [subject]
    taken = listed + _places_then(view, hit, listed[-1]) + _places_included(view, listed[-1])
    return [Candidate(s, p) for s in subjects for p in taken]


def _relative_place(view: SentenceView, hit: Hit) -> Slot | None:
    """The place a relative clause is about when the cue's object is its pronoun ("المدينة،
    التي سيطروا عليها"، "سرمين، التي تحولت إلى معقل له"), else None."""
    i = view.words.index_of(hit.end)
    pronoun_object = i < len(view.words) and view.words[i].text in PLACE_PRONOUN_OBJECTS
    if not (pronoun_object or hit.trigger.flag("subject_after")):
        return None
    head = _relative_head(view, hit, ("PLACE",))
    k = view.words.index_of(view.clause_of(hit.start)[0])
    if head is None and k < len(view.words) and view.words[k].text in RELATIVE_WORDS:
        head = _head_of_relative(view, k, ("PLACE",))  # the clause opens with the relative
    return head


#: A marker carrying the place as a pronoun ("سيطروا عليها").
PLACE_PRONOUN_OBJECTS = frozenset(fold(w) for w in ("عليها", "عليه", "عليهما", "فيها", "فيه"))


#: "بما فيها X وY": the places within a place just taken.
INCLUDING = re.compile(r"[\s،,]*(?:بما فيها|بما فيه|بما في ذلك|بما فيهما|ومن بينها|ومنها)\s+")


def _places_included(view: SentenceView, last: Slot) -> list[Slot]:
    """"سيطرتها الكاملة على مدينة الرقة، بما في ذلك الملعب البلدي والمشفى الوطني": the sites
    named as included in a place just taken are taken too."""
    including = INCLUDING.match(view.text, last.end)
    if including is None:
        return []
    first = [p for p in view.places_after(including.end()) if _near(view, including.end(), p.start, 1)][:1]
    return view.listed_with(first[0], ("PLACE",)) if first else []


def _marked_right_after(view: SentenceView, hit: Hit, slot: Slot, markers: tuple[str, ...]) -> bool:
    """True when one of ``markers`` follows ``slot`` within a word ("سيطرة X على Y")."""
    at = _marker_after(view, Hit(slot.end, slot.end, hit.trigger), markers, view.clause_of(slot.end)[1])
    return at is not None and _near(view, slot.end, at, 2)


def _possessor(view: SentenceView, hit: Hit) -> Slot | None:
    """The group a verbal noun's pronoun points back at ("سيطرته"، "دخولها"), or None."""
    word = view.words[view.words.index_of(hit.end - 1)]
    pronoun = _attached_pronoun(view, word)
    if not pronoun or not word.text.startswith(VERBAL_NOUN_STARTS):
        return None
    return view.antecedent(hit.start, GROUPS, pronoun)


#: Beginnings of verbal nouns of taking or entering that carry their agent as a pronoun.
VERBAL_NOUN_STARTS = tuple(fold(w) for w in ("سيطرت", "دخول", "اقتحام", "استعادت", "انتزاع", "تحرير"))


@cache
def _then_marker(markers: tuple[str, ...]) -> re.Pattern[str]:
    """"، ثم على مدينة X": the verb's marker repeated after a break, with the verb left out."""
    return re.compile(r"[\s،,]*(?:ثم|و)\s*(?:" + "|".join(map(re.escape, markers)) + r")\s+")


def _places_then(view: SentenceView, hit: Hit, last: Slot) -> list[Slot]:
    """Places taken next in an elided clause: "سيطرت على X، ثم على مدينة Y في اليوم التالي"."""
    markers = hit.trigger.markers()
    if not markers:
        return []
    _, end = view.clause_of(last.end)
    then = _then_marker(markers).match(view.text, end)
    if then is None:
        return []
    return [p for p in view.places_after(then.end()) if _near(view, then.end(), p.start, 1)][:1]


#: How many words before a cue an attempt word may stand ("محاولات عدة من قوات النظام لاقتحام").
ATTEMPT_REACH = 6


def _attempted(view: SentenceView, hit: Hit) -> bool:
    """True when one of the entry's ``attempt_words`` stands a few words before the cue in its
    clause ("محاولات من الجيش لاقتحام السجن"), or the cue carries the لـ of purpose ("معركة
    لانتزاع المدينة"، "بهدف السيطرة على"): an attempt or an aim, its outcome untold."""
    i = view.words.index_of(hit.start)
    if view.words[i].prefix.removesuffix("ال").removeprefix("و").endswith("ل"):
        return True
    if i > 0 and view.words[i - 1].stem in BATTLE_NOUNS:
        return True  # "انشغال الجيش بمعركة تحرير حلب": the battle is named for its aim
    attempts = hit.trigger.markers("attempt_words")
    if not attempts:
        return False
    clause_start, _ = view.clause_of(hit.start)
    return _any_of([w for w in view.words[max(0, i - ATTEMPT_REACH) : i] if w.start >= clause_start],
                   attempts)


#: Nouns of a battle named by its aim ("معركة تحرير X"، "معارك استعادة X").
BATTLE_NOUNS = frozenset(fold(w) for w in ("معركة", "معارك", "المعركة", "المعارك", "حملة", "الحملة"))


def _any_of(words, forms: tuple[str, ...] | frozenset[str]) -> bool:
    """True when one of ``words`` is one of ``forms``, as written or by its stem."""
    return any(w.text in forms or w.stem in forms for w in words)


#: How many words may stand between a verb and a place that is its direct object ("يدير مدينة X").
DIRECT_OBJECT_REACH = 1
#: How many words an aside between a verb-first subject and its object's marker may have.
ASIDE_REACH = 5


def _taken_from_pronoun(view: SentenceView, hit: Hit) -> Slot | None:
    """What "منه / منها" right after a cue of taking points back at (the one who lost it)."""
    on_marker = _pronoun_on_marker(view, hit, ("من",))
    return view.antecedent(hit.start, GROUPS, on_marker[1]) if on_marker else None


#: Nouns for armed men or units whose following place names where they are from ("فصائل القلمون").
ACTOR_NOUNS = frozenset(fold(w) for w in ("فصائل", "فصيل", "قوات", "مقاتلي", "عناصر", "مسلحي", "أبناء",
                                          "ثوار", "مجموعات", "كتائب"))


def _place_of_actor(view: SentenceView, place: Slot) -> bool:
    """True when the place only qualifies the fighters before it ("سلّمت فصائل القلمون الشرقي
    أسلحتها"): it is not what is handed over."""
    i = view.words.index_of(place.start)
    return i > 0 and view.words[i - 1].text in ACTOR_NOUNS


def _places_referred(view: SentenceView, hit: Hit, after: int) -> list[Slot]:
    """"بتسليم مدينتي X وY … يتسلم Z السيطرة على هاتين المدينتين": a demonstrative and a place
    noun point back at the places named before in the sentence, two for a dual, one for هذه;
    "سيطرت Z على القرية" at the last place named as a قرية."""
    words = view.words[view.words.index_of(after) :][:4]
    texts = [w.text for w in words]
    nouns = hit.trigger.markers("back_reference_nouns")
    earlier = view.places_in(view.start, hit.start) or [
        s for s in view.all_slots if s.type == "PLACE" and s.end <= view.start]
    at = next((k for k, t in enumerate(texts[:3]) if t in hit.trigger.markers("back_reference")), None)
    if at is None:
        definite = next((w.text[2:] for w in words[:2] if w.text.startswith("ال") and w.text[2:] in nouns
                         and not view.actors_after(w.end, w.end + 2)), None)
        return [s for s in earlier if _named_as(view, s, definite)][-1:] if definite else []
    if at + 1 >= len(texts) or texts[at + 1].removeprefix("ال") not in nouns or not earlier:
        return []
    listed = view.listed_before(earlier[-1], ("PLACE",))
    noun = texts[at + 1]
    wanted = 2 if texts[at] in DUAL_DEMONSTRATIVES else 1 if noun.endswith("ه") else len(listed)
    return listed[-wanted:] if len(listed) >= wanted else []


def _named_as(view: SentenceView, place: Slot, noun: str) -> bool:
    """True when the place was introduced by ``noun`` ("قرية الدادات" for القرية)."""
    i = view.words.index_of(place.start)
    return i > 0 and view.words[i - 1].stem == noun and view.words.joined(i - 1)


def relocation(view: SentenceView, hit: Hit) -> list[Candidate]:
    """Fighters of X move to a place: the group before the cue or named after it, the place
    after إلى / نحو / باتجاه."""
    markers = hit.trigger.markers()
    marker_at = _marker_after(view, hit, markers, view.end)
    if marker_at is None or not _near(view, hit.end, marker_at, RELOCATION_REACH):
        return []  # "خروج الحافلات يأتي تنفيذاً لاتفاق … وعودة X إلى Y": another verb's إلى
    places = [p for p in view.places_after(marker_at) if _near(view, marker_at, p.start, 3)]
    if CAPTIVES & set(WORD_RE.findall(view.text[hit.end : marker_at])):
        return []  # "نقلت X المعتقلين إلى سجن Y": captives moved, not fighters
    # "نقلت فصائل X المدعومة من تركيا مقاتلين إلى Y": the backer moves no one
    inner = [s for s in view.actors_after(hit.end, marker_at, types=GROUPS) if not view.backer(s)]
    # "نقلت روسيا المئات من عناصر X إلى Y": the fighters named are the ones moved.
    fighters = [s for s in inner if _fighters_of(view, s) or view.after_min(s)]
    subject = (fighters or inner)[0] if inner else _subject_before(view, hit, GROUPS)
    movers = None  # set when a pronoun names who moves: only its referent, not a list it is in
    if not inner and hit.trigger.flag("pronoun_object") and (pronoun := _pronoun(view, hit)):
        # "منحت X «Y» الأمان وسترسله إلى الرقة": the one sent is the pronoun's referent.
        subject = _mover(view, hit, pronoun)
    elif not inner and (pronoun := _moved_fighters_pronoun(view, hit, marker_at)):
        # "اتفاق مع «X» يقضي بخروج مسلحيه نحو Y": the fighters' pronoun names who moves.
        movers = [m] if (m := _mover(view, hit, pronoun)) is not None else None
        subject = m or subject
    if subject is None or not places or _delegation(view, subject):
        return []
    # "نحو بلدة X وقرية Y"، "باتجاه A ومنها نحو B": every destination listed or reached next
    listed = view.listed_with(places[0], ("PLACE",))
    destinations = [*listed, *_onward(view, listed[-1], markers)]
    movers = movers or _coordinated(view, hit, subject, GROUPS)
    return [Candidate(s, p) for s in movers for p in destinations]


def _onward(view: SentenceView, place: Slot, markers: tuple[str, ...]) -> list[Slot]:
    """A further stop after a destination ("باتجاه بلدة X ومنها نحو مدينة Y"): Y."""
    onward = _onward_marker(markers).match(view.text, place.end)
    if onward is None:
        return []
    return [p for p in view.places_after(onward.end()) if _near(view, onward.end(), p.start, 2)][:1]


@cache
def _onward_marker(markers: tuple[str, ...]) -> re.Pattern[str]:
    """"ومنها نحو": و + منها + one of the entry's markers, right after a place."""
    return re.compile(r"[\s،,]*(?:ثم\s*)?و?منها\s*(?:" + "|".join(map(re.escape, markers)) + r")\s+")


def _delegation(view: SentenceView, slot: Slot) -> bool:
    """True when the name is a delegation's ("وفد تركي"، "وفد من X"): envoys travelling to
    talks are no forces moving."""
    i = view.words.index_of(slot.start)
    if i > 1 and view.words[i - 1].text in LINKING_WORDS:
        i -= 1
    return i > 0 and view.words[i - 1].stem in DELEGATION_NOUNS


#: Nouns for captives: moving them is no relocation of a group.
CAPTIVES = frozenset(fold(w) for w in ("المعتقلين", "معتقلين", "المعتقلات", "الأسرى", "أسرى", "السجناء",
                                       "سجناء", "المحتجزين", "محتجزين", "الموقوفين", "موقوفين", "المختطفين"))
#: Words after which the captor is named ("أُعدموا على يد X", "اعتقالهم من قبل X", "لدى X").
AGENT_MARKERS = tuple(fold(m) for m in ("على يد", "من قبل", "لدى", "عند", "في سجون", "في سجن", "بيد"))


#: Fact types about captives: "يعدم أسرى من X" shares its captives between them.
CAPTIVITY = frozenset({"DETENTION", "EXECUTION", "RELEASE"})


#: The noun of accusing ("اتهامات X لـY بدعم Z") and how many words before the cue it may stand.
ACCUSATION_NOUN = fold("اتهام")
ACCUSATION_REACH = 6
#: "أعدمت X شاباً بتهمة التعامل مع Y": Y is what the captive is accused of dealing with.
#: Words after which a charge laid on someone follows ("بتهمة التعامل مع Y").
CHARGE_WORDS = frozenset(fold(w) for w in ("بتهمة", "بتهم", "بحجة", "بذريعة", "بدعوى", "تهمة", "تهم"))
ACCUSED = re.compile(r"(?<![\u0621-\u064a])(?:" + "|".join(sorted(CHARGE_WORDS, key=len, reverse=True))
                     + r")(?![\u0621-\u064a])")
#: A charge of belonging to a group: those held under it are held as its members.
MEMBERSHIP_CHARGE = re.compile(fold(r"(?:بتهمة|بتهم)\s+(?:الانتماء|الانضمام|العضوية|الولاء)"))
#: Beginnings of the words for a group's fighters in any number and case ("مسلحون من X").
FIGHTER_STEMS = tuple(fold(w) for w in ("مقاتل", "مسلح", "عناصر", "عنصر", "أفراد", "منتسب", "آخرين"))
#: Nouns for a group's fighters that carry the group as a pronoun ("من مقاتليها").
FIGHTERS_OF = tuple(fold(w) for w in ("مقاتلي", "عناصر", "أفراد", "مسلحي", "منتسبي"))


def _captives_referred(view: SentenceView, hit: Hit) -> list[Slot]:
    """Captor and captives of the detention just reported, when words right after the cue
    point back at its captives ("سراح 12 منهم"، "عن ستة من هؤلاء الأسرى"); else []."""
    if not view.recent_captivity:
        return []
    i = view.words.index_of(hit.end)
    following = {w.text for w in view.words[i : i + CAPTIVES_BACK_REACH] if w.start < view.end}
    return view.recent_captivity if following & CAPTIVES_BACK_WORDS else []


#: Words after a release or execution cue that point back at captives just counted.
CAPTIVES_BACK_WORDS = frozenset(fold(w) for w in ("منهم", "هؤلاء", "عنهم", "سراحهم", "بعضهم", "جميعهم"))
CAPTIVES_BACK_REACH = 7


def _mover(view: SentenceView, hit: Hit, pronoun: str) -> Slot | None:
    """The referent of the pronoun of those who move: an armed group rather than a state's
    army when the sentence names both ("اتفاق بين الجيش وإرهابيي «X» يقضي بخروجهم": X)."""
    return view.antecedent(hit.start, ("GROUP",), pronoun) or view.antecedent(hit.start, GROUPS, pronoun)


def _moved_fighters_pronoun(view: SentenceView, hit: Hit, marker_at: int) -> str:
    """The pronoun of those who move: on the verbal noun itself ("يقضي بخروجهم إلى"), on a
    fighters' noun right after it, before the destination's marker ("خروج مسلحيه نحو"), or on
    one right before it ("سمح لمسلحيه بالانسحاب نحو"); "" when there is none."""
    cue = view.words[view.words.index_of(hit.end - 1)]
    if cue.text.endswith(fold("هم")) and _attached_pronoun(view, cue) == fold("هم"):
        return fold("هم")
    i = view.words.index_of(hit.end)
    after = view.words[i] if i < len(view.words) and view.words[i].end <= marker_at else None
    j = view.words.index_of(hit.start) - 1
    before = view.words[j] if j >= 0 and view.words[j].prefix in ("", "ل") else None
    for word in (after, before):
        if word is not None and (word is before or not word.prefix) and word.stem.startswith(FIGHTERS_OF):
            return _attached_pronoun(view, word) or ""
    return ""


def _fighters_pronoun(view: SentenceView, hit: Hit) -> str:
    """The pronoun on "مقاتليها / عناصره" shortly after the cue: it names the captives' group."""
    i = view.words.index_of(hit.end)
    for word in view.words[i : i + 4]:
        if word.stem.startswith(FIGHTERS_OF) and (pronoun := _attached_pronoun(view, word)):
            return pronoun
    return ""


def _fighters_of(view: SentenceView, slot: Slot) -> bool:
    """True when a fighters' noun governs the name ("عناصر X"، "مقاتلي X")."""
    i = view.words.index_of(slot.start)
    return i > 0 and view.words[i - 1].stem.startswith(FIGHTERS_OF)


#: How many words after "على يد" / "لدى" its group may be named ("على يد دورية تابعة لـX").
AGENT_REACH = 3


def _named_agent(view: SentenceView, agent_at: int | None) -> int | None:
    """``agent_at`` when a group follows the agent marker ("لدى X"), else None ("عند حاجز")."""
    return agent_at if agent_at is not None and _after(view, agent_at, GROUPS, AGENT_REACH) else None


#: How many words after an exchange verb its captives are named ("تبادلت X وY عشرات الأسرى").
EXCHANGE_REACH = 10
#: Nouns of a deal whose ل-phrase is its term, not a purpose ("صفقة لتبادل الأسرى").
DEAL_NOUNS = frozenset(fold(w) for w in ("صفقة", "اتفاق", "اتفاقا", "اتفاقية", "عملية", "تفاهم"))


def _exchanged(view: SentenceView, hit: Hit) -> list[Candidate]:
    """"تبادل الأسرى بين X وY"، "تبادل X وY الأسرى": each side held and freed the other's men.
    An exchange glued to ل is a purpose ("مفاوضات … لمبادلة الأسرى"), not done: no sides,
    unless a deal noun stands before it ("صفقة لتبادل الأسرى")."""
    i = view.words.index_of(hit.start)
    following = view.words[i + 1 : i + 1 + EXCHANGE_REACH]
    if (captives := hit.trigger.markers("support_words")) and not _any_of(following, captives):
        return []  # "تبادلا إطلاق النار"، "تبادل الاتهامات": nothing of captives
    purpose = view.words[i].prefix.removesuffix("ال") in ("ل", "لل")
    if purpose and not (i > 0 and view.words[i - 1].stem in DEAL_NOUNS):
        return []  # a purpose ("لمبادلة الأسرى"); after a deal noun it is the deal's term
    between = _between(view, hit.end, min(view.end, hit.end + 40))
    first = _after(view, between, GROUPS, 2) if between != -1 else []
    if first:
        sides = view.listed_with(first[0], GROUPS)
    elif (between != -1 and view.refers_to_both(between) and view.words_between(hit.end, between) <= 2
          or view.names_both(view.clause_of(hit.start)[0], hit.start)):
        # "وتبادل الأسرى بين الطرفين"، "وكان الطرفان قد أجريا صفقة لتبادل الأسرى": the two just named
        sides = view.last_two_before(hit.start)
    else:
        subject = _subject_before(view, hit, GROUPS)
        sides = _coordinated(view, hit, subject, GROUPS) if subject is not None else []
    sides = list({s.entity: s for s in sides}.values())
    if len(sides) != 2:
        return []
    return [Candidate(sides[0], sides[1]), Candidate(sides[1], sides[0])]


#: Verbs after an arrest campaign that say whom it took ("حملة اعتقالات … طالت عناصر من X").
REACHED_VERBS = frozenset(fold(w) for w in ("طالت", "شملت", "استهدفت", "طاولت"))
REACHED_REACH = 6


def _campaign_reached(view: SentenceView, hit: Hit) -> int | None:
    """Where the verb saying whom a campaign took ends, a few words after the cue, or None."""
    i = view.words.index_of(hit.end)
    for word in view.words[i : i + MARKER_REACH]:
        if word.start >= view.end:
            break
        if word.text.lstrip("و") in REACHED_VERBS:
            return word.end
    return None


def _genitive_agent(view: SentenceView, hit: Hit, following: list[Slot]) -> list[Candidate]:
    """Doer → captives when the group right after a verbal noun is its doer, not its captives:
    "إعدام مقاتلي X أسرى من Y", or a bare name (no "عناصر" before it) before "عدداً من عناصره"
    or "مقاتلي Y" ("أسر «X» عدداً من مقاتلي Y"); else []."""
    if not following or view.words_between(hit.end, following[0].start) > 1:
        return []
    agent = following[0]
    if view.after_min(agent) or view.governed(agent):
        return []
    if len(following) > 1 and view.after_min(following[1]):
        return [Candidate(agent, following[1])]
    if _fighters_of(view, agent):
        return []  # "إعدام عناصر X": X are the ones executed
    return [Candidate(agent, taken) for taken in _taken_after_agent(view, agent, following)]


def _taken_after_agent(view: SentenceView, agent: Slot, following: list[Slot]) -> list[Slot]:
    """The captives' group after a verbal noun's doer: named after a fighters' noun ("عدداً من
    مقاتلي Y") or the pronoun on that noun ("عدداً من عناصره")."""
    named = [s for s in following[1:2] if s.entity != agent.entity and _fighters_of(view, s)
             and view.words_between(agent.end, s.start) <= CAPTIVES_AFTER_AGENT]
    if named:
        return named
    i = view.words.index_of(agent.end)
    for word in view.words[i : i + CAPTIVES_AFTER_AGENT]:
        if word.start >= view.end:
            break
        if word.stem.startswith(FIGHTERS_OF) and (pronoun := _attached_pronoun(view, word)):
            referent = view.antecedent(agent.start, GROUPS, pronoun, besides=agent.entity)
            return [referent] if referent is not None else []
    return []


#: How many words after a verbal noun's doer its captives may be named ("عدداً من عناصره").
CAPTIVES_AFTER_AGENT = 4


def _counted(view: SentenceView, slot: Slot) -> bool:
    """True when a number counts the group's men right before it ("17 من عناصر X"، "خمسة
    مقاتلين من X"): they are whom the verb takes, not its subject."""
    i = view.words.index_of(slot.start)
    for word in reversed(view.words[max(0, i - COUNT_REACH) : i]):
        if word.text.isdigit() or parse_number(word.text) is not None:
            return True
        if word.text != "من" and not word.stem.startswith(FIGHTER_STEMS):
            return False
    return False


#: How many words a count may stand before the group it counts ("17 من عناصر X").
COUNT_REACH = 4


def captivity(view: SentenceView, hit: Hit) -> list[Candidate]:
    """Captor → captives' group: "أعدم X عناصر من Y", "أسرى Y لدى X", "أُعدموا على يد X"."""
    if hit.trigger.flag("exchange"):
        swapped = _exchanged(view, hit)
        if swapped or hit.trigger.markers("support_words"):
            return swapped  # an exchange verb reads nothing else ("تبادلا إطلاق النار")
    _, clause_end = view.clause_of(hit.end)
    agent_at = _named_agent(view, _marker_after(view, hit, AGENT_MARKERS, clause_end))
    before = _before(view, hit.start, GROUPS, NEAR)
    if agent_at is None and before and view.after_min(before[0]):
        # "مقاتلون من X أُعدموا بعد اعتقالهم من قبل Y": the victims lead, the agent comes later.
        agent_at = _named_agent(view, _marker_after(view, hit, AGENT_MARKERS, view.end))
        if agent_at is not None and not _near(view, hit.end, agent_at, NEAR):
            agent_at = None
    after = [s for s in _after(view, hit.end, GROUPS, NEAR) if s.end <= clause_end]
    # "أسرى من X": after من stand the captives, so the captor is the subject before the noun.
    captor_after = hit.trigger.flag("captor_after") and not (
        agent_at is None and after and view.after_min(after[0]) and _near(view, hit.end, after[0].start, 1))
    if captor_after or agent_at is not None:
        agents = _after(view, agent_at, GROUPS, AGENT_REACH) if agent_at is not None else after[:1]
        # Named before the cue, the captives are "مقاتلون من X" or "عناصر X", not any name.
        held = [s for s in before if view.after_min(s) or _fighters_of(view, s)]
        if not agents and (pronoun := _pronoun(view, hit)) and held:
            # "عناصر من Y كانوا محتجزين في سجونه": the prisons' owner is named before them
            owner = view.antecedent(held[0].start, GROUPS, pronoun, besides=held[0].entity)
            agents = [owner] if owner is not None else []
        if not agents:
            return []
        captor = agents[0]
        captives = [s for s in held + after if s.entity != captor.entity]
        return [Candidate(captor, captives[0])] if captives else []
    # "إعدام مقاتلي X أسرى من Y"، "أعدم X ستة من عناصر Y": right after the cue its agent, then
    # the captives after من.
    following = [s for s in _after(view, hit.end, GROUPS, NEAR) if s.end <= clause_end]
    if doer_first := _genitive_agent(view, hit, following):
        return doer_first
    # A person may take or free captives as the head of a group (resolved to it later).
    captor = _subject_before(view, hit, PARTIES)
    if captor is not None and captor.start > hit.start and _counted(view, captor):
        # "واعتقلت 17 من عناصر «X»": a counted group after the verb is taken, the captor came before
        captor = _subject_before(view, hit, PARTIES, verb_first=False)
    if (held := _captives_referred(view, hit)) and (captor is None or captor.entity == held[0].entity):
        return [Candidate(*held)]  # "وأُطلق سراح 12 منهم"، "أفرج X عن ستة من هؤلاء الأسرى"
    if captor is None or (hit.trigger.flag("captives_noun") and captor.start > hit.end
                          and view.after_min(captor) and _near(view, hit.end, captor.start, 2)):
        return []  # "معتقلين من X كانت تحتجزهم Y": after من stand the captives, not their captor
    if captor.start < hit.start and view.after_min(captor) and _pronoun(view, hit):
        # "عناصر X … ستة مقاتلين من Y أسروهم": Y are the ones taken; X, named before, took them.
        takers = [s for s in view.actors_before(captor.start, types=GROUPS)
                  if not view.after_min(s) and not view.governed(s) and s.entity != captor.entity]
        if takers:
            return [Candidate(takers[0], captor)]
    # Verb first ("أفرج X، أمس، عن Y") the captives may follow an aside; else they stay in the
    # clause, reaching over a short aside ("أعدموا ميدانياً، السبت الماضي، ثلاثة من Y").
    until = view.end if captor.start > hit.start else _end_over_short_aside(view, hit.end)
    start = max(hit.end, captor.end)
    # "اعتقل X، بالتنسيق مع Y، خلية تتبع لـZ": the captives are counted from after the partner.
    partners = [s for s in _after(view, start, GROUPS, NEAR) if view.backer(s)]
    start = partners[-1].end if partners else start
    # "أفرج X، بموجب الاتفاق، يوم الخميس عن 40 من مقاتلي Y": counted from the marker after an aside.
    marker_at = _marker_after(view, hit, hit.trigger.markers(), until)
    if marker_at is not None and marker_at > start and _near(view, hit.end, marker_at, MARKER_REACH):
        start = marker_at
    captives = [s for s in _after(view, start, GROUPS, NEAR)
                if s.entity != captor.entity and s.end <= until and not view.backer(s)
                and not view.claimed_by_other_cue(s, hit.end, hit.trigger.fact_type, CAPTIVITY)]
    # "بتهمة التعامل مع Y": Y is not whom they belong to; "بتهمة الانتماء إلى Y" says it is.
    captives = [s for s in captives if not ACCUSED.search(view.text, hit.end, s.start)]
    clause_end = view.clause_of(hit.start)[1]
    if not captives and (charge := MEMBERSHIP_CHARGE.search(view.text, hit.end, clause_end)):
        captives = [s for s in _after(view, charge.end(), GROUPS, 4) if s.entity != captor.entity][:1]
    if not captives and (reached := _campaign_reached(view, hit)) is not None:
        captives = [s for s in _after(view, reached, GROUPS, REACHED_REACH) if s.entity != captor.entity][:1]
    if not captives:  # "مقاتلين من X اعتقلتهم Y"، "وأسرت خلالها أربعة من مقاتليها"
        pronoun = _pronoun(view, hit) or _fighters_pronoun(view, hit)
        referent = view.antecedent(hit.start, GROUPS, pronoun, besides=captor.entity) if pronoun else None
        # "أطلقت X سراح 40 معتقلاً … دون أن توضح أسباب اعتقالهم": with the captor alone in the
        # sentence, the pronoun is the persons just counted, not a group named before.
        captives = [referent] if referent is not None and referent.start >= view.start else []
    if not captives:
        return []
    # "الإفراج عن مقاتلي الفصيلين (X - Y)": one fact per captives' group listed.
    listed = view.listed_with(captives[0], GROUPS) if captives[0].start > hit.start else captives[:1]
    return [Candidate(c, taken) for c in _coordinated(view, hit, captor, GROUPS) for taken in listed
            if c.entity != taken.entity]


def mediation(view: SentenceView, hit: Hit) -> list[Candidate]:
    """Mediator → each party: "توسط X بين A و B", "بوساطة X" (mediator after the cue)."""
    after_cue = hit.trigger.flag("mediator_after")
    # "بأي وساطة بين X وY": after بين stand the parties; the go-between is named before.
    parties_next = _between(view, hit.end, hit.end + 6) != -1
    if after_cue and not parties_next:
        after = _after(view, hit.end, PARTIES, 2) or _titled_person_after(view, hit)
        mediator = after[0] if after else None
    else:
        mediator = _subject_before(view, hit)
    if mediator is None:
        return []
    mediators = _joint_mediators(view, mediator) if after_cue and not parties_next else [mediator]
    between = _between(view, hit.start, view.end)
    if hit.trigger.flag("parties_after_between") and (between == -1 or not _near(view, hit.end, between, 4)):
        return []  # "توصلت X إلى اتفاق مع Y": X is a party, not a go-between
    if between == -1:  # "الهدنة بين الفصيلين، التي توسطت فيها X": the parties came first
        between = _between(view, view.start, hit.start, last=True)
    if between != -1:
        first = _after(view, between, PARTIES, 2)
        if first:
            parties = view.listed_with(first[0], PARTIES)
        elif view.refers_to_both(between):
            parties = view.last_two_before(min(hit.start, mediator.start))
        else:
            parties = []
    elif view.recent_deal:  # "راعي الاتفاق هو X": the deal reported before
        parties = view.recent_deal
    elif view.names_both(view.start, hit.start):
        parties = view.last_two_before(hit.start)  # "وتوصّل الطرفان، بوساطة من X، إلى اتفاق"
    elif view.recent_parties and view.start <= view.recent_parties[0].start:
        parties = view.recent_parties  # "عقد X وY اجتماعاً برعاية Z": the talks just stated
    else:  # "اتفاق التسوية الذي رعته روسيا": parties unnamed unless the sentence has just two
        named = list({s.entity: s for s in view.slots
                      if s.type in GROUPS and s.entity != mediator.entity}.values())
        parties = named if len(named) == 2 else []
    seen, found = set(), []
    go_betweens = {m.entity for m in mediators}
    for go_between in mediators:
        for party in parties:
            if party.entity not in go_betweens and (go_between.entity, party.entity) not in seen:
                seen.add((go_between.entity, party.entity))
                found.append(Candidate(go_between, party))
    return found


#: What may join two states sponsoring together ("بضمانة روسية تركية"، "روسية - تركية").
JOINT_GAP = re.compile(r'[\s"«»“”]*(?:[-ـ]|و)?\s*$')
#: Only و between two names (quotes aside).
AND_GAP = re.compile(r'[\s"«»“”]*و[\s"«»“”]*$')


def _titled_person_after(view: SentenceView, hit: Hit) -> list[Slot]:
    """A person named after an office and its place ("بوساطة من محافظ درعا أنور الزعبي")."""
    for person in view.actors_after(hit.end, types=PERSONS)[:1]:
        gap = view.text[hit.end : person.start]
        for place in reversed(view.places_in(hit.end, person.start)):
            gap = gap[: place.start - hit.end] + " " + gap[place.end - hit.end :]
        words = WORD_RE.findall(gap)
        if len(words) <= TITLED_REACH and all(w in OFFICE_GAP_WORDS or w in TITLE_WORDS for w in words):
            return [person]
    return []


#: Words between a go-between's marker and his name: من and offices ("بوساطة من محافظ درعا X").
OFFICE_GAP_WORDS = frozenset(fold(w) for w in ("من", "محافظ", "وزير", "سفير", "مبعوث", "رئيس", "عضو", "مدير"))
TITLED_REACH = 4


def _joint_mediators(view: SentenceView, first: Slot) -> list[Slot]:
    """The mediator named after the cue and those joined to it by و ("بوساطة X وY"), or
    states joined by a space or a dash ("بضمانة روسية تركية")."""
    found = [first]
    for slot in view.slots:
        if slot.start >= found[-1].end:
            gap = view.text[found[-1].end : slot.start]
            joined = AND_GAP.match(gap) or slot.type == "STATE" and JOINT_GAP.match(gap)
            if slot.type not in GROUPS or not joined:
                break
            found.append(slot)
    return found


def strength(view: SentenceView, hit: Hit) -> list[Candidate]:
    """A group's size: the group before the cue, or right after it (يبلغ تعداد X)."""
    after = _after(view, hit.end, ("GROUP",), 2)
    pronoun = _pronoun(view, hit)
    if after and hit.trigger.flag("subject_after"):
        subject = after[0]
    elif pronoun and not after:  # "ويقدر عدد عناصره بالآلاف": the group named before
        subject = view.antecedent(hit.start, ("GROUP",), pronoun)
    else:
        # "X، الذي يُعد أبرز فصائل Y ويضم 800 مقاتل": a verb joined to a relative clause is X's.
        subject = (_continued_relative(view, hit, "") or _subject_before(view, hit, ("GROUP",))
                   or (after[0] if after else None))
        if subject is not None and subject.start < hit.start and _part_of_description(view, subject):
            # "X، وهي فصيل من Y يضم 300 مقاتل": the faction described is X, not Y
            subject = _subject_before(view, Hit(subject.start, subject.start, hit.trigger), ("GROUP",),
                                      verb_first=False)
    if _moved_amount(view, hit):
        return []  # "أرسل X الشهر الماضي مئات المقاتلين إلى Y": the fighters sent, not X's size
    if subject is not None and (founding := hit.trigger.markers("founding_verbs")):
        # "شكّل X «Y» برفقة 250 مقاتلاً": the size a group was founded with.
        clause = view.text[view.clause_of(hit.start)[0] : subject.start]
        if not any(re.search(rf"(?<![\u0621-\u064a])[وف]?{v}(?![\u0621-\u064a])", clause) for v in founding):
            return []
    return [Candidate(subject, None)] if subject else []


def _moved_amount(view: SentenceView, hit: Hit) -> bool:
    """True when one of the entry's ``moving_verbs`` stands a few words before the cue in its
    clause: the amount is of fighters sent, moved, killed or captured."""
    verbs = hit.trigger.markers("moving_verbs")
    if not verbs:
        return False
    i = view.words.index_of(hit.start)
    clause_start, _ = view.clause_of(hit.start)
    before = view.words[max(0, i - MOVING_VERB_REACH) : i]
    return _any_of([w for w in before if w.start >= clause_start], verbs)


#: How many words before an amount of fighters a verb of moving them may stand.
MOVING_VERB_REACH = 12


def _parent_in_apposition(view: SentenceView, slot: Slot) -> bool:
    """True when a noun of a branch stands right before the name ("«X»، فرع تنظيم Y")."""
    i = view.words.index_of(slot.start)
    return i > 0 and view.words[i - 1].stem in lexicon().branch_nouns



def _part_of_description(view: SentenceView, slot: Slot) -> bool:
    """True when ``slot`` is the whole a faction is described as part of ("فصيل من «Y»")."""
    i = view.words.index_of(slot.start)
    return i > 1 and view.words[i - 1].text == "من" and view.words[i - 2].stem in PART_NOUNS


#: Nouns for a part of a larger body before "من" ("فصيل من Y"، "جزء من Y").
PART_NOUNS = frozenset(fold(w) for w in ("فصيل", "جزء", "مكون", "لواء", "كتيبة", "فرع"))


def designation(view: SentenceView, hit: Hit) -> list[Candidate]:
    """State → group designated terrorist: "X المحظور في روسيا", "صنفت واشنطن X"."""
    pronoun = _pronoun(view, hit)
    # "«جبهة النصرة»، التي تصنفها واشنطن منظمة إرهابية، و«Y»": the verb's pronoun (or the
    # label's group) is the relative's head, whatever is named after the label.
    head = _relative_head(view, hit, ("GROUP",)) if pronoun or hit.trigger.flag("group_before") else None
    if hit.trigger.flag("state_after"):
        states = [s for s in _after(view, hit.start, ("STATE",), 6) if _near(view, hit.end, s.start, 2)]
        groups = _before(view, hit.start, ("GROUP",), 6)
    else:
        states = _after(view, hit.end, ("STATE",), 1)  # verb first: "تصنف تركيا X منظمة إرهابية"
        if states:
            groups = _after(view, states[0].end, ("GROUP",), 4)
        else:
            states = view.actors_before(hit.start, types=("STATE",))
            # "على قائمة الإرهاب، معتبرة إياها امتداداً لـY": Y is in another clause; a label
            # ("منظمة إرهابية") describes the group before it, never one after.
            clause_end = view.clause_of(hit.start)[1]
            groups = [] if hit.trigger.flag("group_before") else [
                g for g in _after(view, hit.end, ("GROUP",), 6) if g.end <= clause_end]
        if head is not None:
            groups = [head]
        if not groups and states:  # "تدرج تركيا X على قائمة الإرهاب": the group sits between
            groups = sorted((g for g in _before(view, hit.start, ("GROUP",), 12) if g.start > states[0].end),
                            key=lambda g: g.start)[:1]
    if states and not groups and pronoun:
        # "«وحدات حماية الشعب» التي تصنّفها تركيا منظمة إرهابية": the pronoun's group
        referent = head or view.antecedent(hit.start, ("GROUP",), pronoun)
        groups = [referent] if referent is not None else []
    if not states or not groups:
        return []
    # "أدرجت الخزانة الأميركية «لواء فاطميون» و«لواء زينبيون»": each group listed
    listed = view.listed_with(groups[0], ("GROUP",)) if groups[0].start > hit.start else groups[:1]
    # "تدرج واشنطن «X»، فرع تنظيم Y، على قائمتها": the parent named in the apposition is not listed
    return [Candidate(states[0], g) for g in listed if not _parent_in_apposition(view, g)]


def named_members(view: SentenceView, hit: Hit) -> list[Candidate]:
    """"… عدد من مسؤولي X. وأبرزهم A والمسؤول العسكري B": each person listed is a member of the
    group whose officials the sentence before spoke of."""
    earlier = [s for s in view.all_slots if s.end <= hit.start and hit.start - s.end <= MEMBERS_REACH
               and s.type == "GROUP" and view.members_phrase(s)]
    if not earlier:
        return []  # "اعتقلت عدداً من قياديي X، أبرزهم A": the phrase may be in the same sentence
    persons = [s for s in view.slots if s.type == "PERSON" and not s.coref and s.start > hit.start]
    return [Candidate(p, earlier[-1]) for p in persons]


def participation(view: SentenceView, hit: Hit) -> list[Candidate]:
    """"مشاركة X في الهجوم"، "لم يشارك X في المعارك ضد Y": taking part in a fight is fighting
    its target: named after على / ضد in the clause, else the side just reported attacked (the
    other one when X is that side, or when X fights "إلى جانب" it)."""
    _, clause_end = view.clause_of(hit.end)
    i = view.words.index_of(hit.start)
    if view.words[i].prefix == "ال" and i > 0 and view.words[i - 1].has_article:
        return []  # "الفصائل المشاركة في العملية": an adjective, not a statement
    fight = _fight_after(view, hit, clause_end)
    if fight is None:
        return []
    participants = [s for s in view.actors_after(hit.end, fight, types=GROUPS) if not view.after_min(s)][:1] \
        or [s for s in [_subject_before(view, hit, GROUPS)] if s is not None]
    if not participants:
        return []
    participant = participants[0]
    targets = [s for s in _after(view, fight, GROUPS, NEAR) if s.end <= clause_end
               and AGAINST_OR_ON & set(WORD_RE.findall(view.text[fight : s.start]))]
    if not targets and len(view.recent_parties) == 2 and _fight_referred(view, fight):
        attacker, attacked = view.recent_parties
        # "للانخراط في المعارك، ومساندة «X»": fighting on X's side, against X's enemy
        beside = {s.entity for s in view.actors_after(fight, view.end, types=GROUPS)
                  if SIDING.search(view.text, fight, s.start) and _near(view, fight, s.start, SIDING_REACH)}
        side = attacker if participant.entity == attacked.entity or attacked.entity in beside else attacked
        targets = [side]
    return [Candidate(participant, t) for t in targets[:1] if t.entity != participant.entity]


def _fight_after(view: SentenceView, hit: Hit, clause_end: int) -> int | None:
    """Where the fight a participation cue names ends ("… في الهجوم"), within a few words."""
    nouns = hit.trigger.markers("fight_nouns")
    i = view.words.index_of(hit.end)
    for k in range(i, min(i + PARTICIPANT_REACH, len(view.words))):
        word = view.words[k]
        if word.start >= clause_end:
            break
        if word.text == "في" and k + 1 < len(view.words) and view.words[k + 1].text in nouns:
            return view.words[k + 1].end
        if word.stem in nouns and word.prefix.removesuffix("ال") == "ب":
            return word.end  # "انخرط بالمعارك": the preposition glued to the fight noun
    return None


def _fight_referred(view: SentenceView, fight: int) -> bool:
    """True when the fight noun points back at the fight just reported: definite, and no
    place, name or body follows it ("في الهجوم"، not "في معارك حندرات" or "في المعارك ضمن
    غرفة عمليات Y")."""
    noun = view.words[view.words.index_of(fight - 1)]
    named_next = any(s.start - fight <= 2 for s in view.slots if s.start >= fight)
    # "ويشارك X في المعارك ضمن غرفة عمليات Y": fighting inside a body is belonging to it
    within = view.text[fight:].lstrip().startswith(WITHIN)
    return noun.has_article and not named_next and not within


#: "ضمن": inside a body.
WITHIN = fold("ضمن")


#: Words after a fight naming its target ("في الهجوم على مواقع Y"، "في المعارك ضد Y").
AGAINST_OR_ON = frozenset(fold(w) for w in ("على", "ضد"))
#: Words that put a participant on a side ("إلى جانب X"، "ومساندة X"، "لمؤازرة X") and how far
#: after the fight they may name it.
SIDING = re.compile(fold(r"(?:إلى\s+جانب|مساندة|مؤازرة|دعما\s+ل)"))
SIDING_REACH = 6
#: How many words a participation cue's participant and fight may span ("شاركت قوات X في …").
PARTICIPANT_REACH = 8


#: How far back (characters) "وأبرزهم" looks for "مسؤولي X".
MEMBERS_REACH = 600


FRAMES: dict[str, Frame] = {
    "agent_patient": agent_patient, "symmetric": symmetric, "joins": joins, "leaves": leaves,
    "apposition": apposition, "composition": composition, "rename": rename, "title": title,
    "control": control,
    "relocation": relocation, "captivity": captivity, "mediation": mediation,
    "strength": strength, "designation": designation, "named_members": named_members,
    "participation": participation,
}


def frame_candidates(view: SentenceView, hit: Hit, keep: bool = False) -> list[Candidate]:
    """What the cue's frame reads. The office holders are read before the facts, from the
    same title cues: that first reading is kept (``keep``) and given again while the parties,
    captivity and deal the sentences before left, which frames also read, are unchanged."""
    known = view.frame_answers.get(id(hit))
    if known is None and not keep:
        return FRAMES[hit.trigger.frame](view, hit)
    state = (tuple(view.recent_parties), tuple(view.recent_captivity), tuple(view.recent_deal))
    if known is not None and known[0] == state:
        return known[1]
    found = FRAMES[hit.trigger.frame](view, hit)
    view.frame_answers[id(hit)] = (state, found)
    return found
