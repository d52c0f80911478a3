"""A sentence as fact extraction sees it: its words, clauses and the entity mentions in it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from operator import attrgetter

from fasail.recognize.tokens import Words

#: Punctuation and words that open a new clause: arguments are looked for inside the clause.
CLAUSE_PUNCT = re.compile(r"[،,;؛:]|\s-\s")
CLAUSE_WORDS = frozenset({"فيما", "بينما", "حيث", "لكن", "لكنه", "لكنها", "الا", "وسط", "بعد",
                          "قبل", "عقب", "اثر", "كما", "ثم", "في حين"})
#: Nouns for a group's fighters between من and its name ("ثلاثة من عناصر X").
FIGHTER_NOUNS = frozenset({"عناصر", "مقاتلي", "افراد", "مسلحي", "عنصر", "مقاتل"})
#: Clause words that open a subordinate clause.
SUBORDINATORS = frozenset({"بعد", "قبل", "عقب", "اثر", "حيث", "بينما", "فيما", "وسط"})
SUBORDINATE_REACH = 6
#: How many opening words of a sentence may precede its topic (a time or a place first).
TOPIC_REACH = 10
#: What may stand between items of a list of names: و، commas, quotes, brackets, dashes, a
#: repeated preposition ("من «X» ومن «Y»") and a head noun outside the quotes ("وتنظيم «Y»").
LIST_GAP = re.compile(r'^(?![\s"]*$)[\s"()\-،,]*(?:و|او|ثم)?\s*(?:(?:من|مع|ل|ب|بين|ضد)\s*)?(?:فرع\s*)?'
                      r'(?:(?:مسلحي|مقاتلي|مسلحو|مقاتلو|عناصر|مرتزقه|ارهابيي|فصايل|قوات|تنظيم|حركه|جبهه|فصيل|ميليشيا|ميليشيات|'
                      r'جماعه|حزب|اخرين|اخرون|مقاتلين|مسلحين)\s*(?:من\s*)?)?[\s"()\-]*$')
#: Only و or a comma between two listed names.
BARE_LIST_GAP = re.compile(r'[\s"()،,]*(?:و)?[\s"()]*$')
#: What joins listed names: و (alone or leading a word), a comma, a dash, a bracket, or a
#: plural head noun ("إلى جانب الهيئة فصائل «X» و«Y»").
JOINER = re.compile(r'[،,()\-]|(?:^|[\s"«»“”])(?:و|او|ثم|فصايل|مجموعات|ميليشيات)')
#: A listed name followed by the one that stands for it: "فرع «Y» في سوريا ممثلاً في «X»".
STAND_IN_GAP = re.compile(r'^[\s"()\-«»“”]*(?:في\s+\S+\s*)?[،,]?\s*م(?:ت)?مثل(?:ا|ه|ين)?\s*(?:في|ب)?'
                          r'[\s"()\-«»“”]*(?:تنظيم|جبهه|حركه|هييه|جماعه)?[\s"()\-«»“”]*$')
#: Places in a list may each carry their noun: "بلدة X وتل Y وبلدة (Z)".
PLACE_GAP = re.compile(r'^[\s"()\-،,«»“”]*(?:و|او)?\s*'
                       r'(?:(?:بلده|قريه|مدينه|تل|تله|منطقه|حي|مخيم|ناحيه|بلدات|قري)\s*)?[\s"()\-«»“”]*$')
#: What locates a place in a wider one ("كفرنبودة بريف حماة"): the wider place is not listed.
LOCATOR_GAP = re.compile(r'^[\s"«»“”]*(?:ب|في)\s*$')
#: A list of parties may name each by its office: "بين الجولاني زعيم X والقائد العام لـY
#: وقائد Z" (the office holder stands for the group).
OFFICE_GAP = re.compile(
    r'^[\s"()\-،,]*(?:و|او)?\s*(?:ال)?(?:قايد|زعيم|امير|رييس|ممثل|ممثلي|وفد|قيادات|قياديي|مسوول|مسوولي)'
    r'(?:\s+(?:العام|العسكري|الميداني|السياسي|الحالي))?\s*(?:ل|في|من|عن)?[\s"()\-]*$')
#: An office's holder named right after its group ("والقائد العام لـ«Y» أبو صالح طحان").
HOLDER_GAP = re.compile(r'^[\s"]*$')
#: A name's qualifier inside a list: "بين X التابع لـY وZ" (Y describes X, it is not listed).
MODIFIER_GAP = re.compile(r'^[\s"()\-«»“”]*(?:ال[\u0621-\u064a]+ي\s+)?'
                          r'(?:ال)?(?:تابع|تابعه|موالي|مواليه|مقرب|مقربه|فرع|مدعوم|مدعومه|ممول|مموله)'
                          r'\s*(?:ل|من|في)?[\s"()\-«»“”]*$')
ACTORS = ("GROUP", "STATE", "PERSON")
#: Prepositions whose object is not the subject of a nearby verb (من is left out: "وفد من X"
#: and "مقاتلون من X" name the actor).
PREPOSITIONS = frozenset({"عن", "الي", "مع", "علي", "في", "ضد", "لدي", "بين", "حول", "نحو", "ضمن"})
#: Head nouns that may stand, glued to a preposition, before a quoted name (لتنظيم «X»).
HEAD_NOUNS = frozenset({"تنظيم", "حركه", "جبهه", "جيش", "فصيل", "فصايل", "هييه", "حزب", "جماعه",
                        "لواء", "كتايب", "فيلق", "قوات", "الوكاله", "وكاله", "قناه", "موقع"})
#: Nouns for a group's fighters that, after a preposition, carry it to the group ("ضد إرهابيي «X»").
FIGHTERS_NOUNS = frozenset({"مقاتلي", "مسلحي", "عناصر", "ارهابيي", "افراد", "مرتزقه"})
#: Offices that carry a glued preposition to the group after them ("بيعة لأمير X").
OFFICE_NOUNS = frozenset({"امير", "قايد", "زعيم", "رييس", "مسوول"})
#: Nouns of a front line; the name after "<noun> مع" faces the one there ("خطوط التماس مع X").
FRONT_NOUNS = frozenset({"التماس", "تماس", "الجبهات", "جبهات", "خطوط"})
#: Border words before "مع" / "بين": the states named next only locate ("قرب الحدود مع العراق"،
#: "عند المثلث الحدودي بين سوريا والأردن والعراق"); they are no parties.
BORDER = re.compile(r"(?<![\u0621-\u064a])(?:ال)?(?:حدود|حدودي|حدوديه|مثلث)\s+(?:مع|بين)\s")
#: What every BORDER match contains.
BORDER_WORDS = ("حدود", "مثلث")
#: Attached pronouns of one referent: they never point at an item of a list.
SINGULAR_PRONOUNS = frozenset({"ه", "ها"})
#: Nouns whose following name is their possessor ("مناطق X", "مواقع X"): not a subject.
#: ("عناصر X", "مقاتلي X" are left out: the fighters of X act as X.)
CONSTRUCT_NOUNS = frozenset({"مناطق", "منطقه", "مواقع", "موقع", "نقاط", "مقرات", "مقر", "صفوف",
                             "عمق", "معاقل", "معقل", "سجون", "سجن", "حواجز", "حاجز", "خطوط", "رايه"})
#: Words that make the name after them the means of an action ("عبر غرفة عمليات «X»").
INSTRUMENT_WORDS = frozenset({"عبر", "بواسطه", "بوساطه"})
#: Nouns for those who act for a group named after عن ("ممثلين عن X"، "وفد عن X").
REPRESENTATIVES = frozenset({"ممثل", "ممثلين", "ممثلون", "ممثلو", "ممثلي", "وفد", "وفدا", "مندوب",
                             "مندوبين", "مندوبون", "ممثلا"})
#: A body's command, which acts for it: "أعلنت القيادة العامة للجيش X" is the army's act.
COMMAND_ORGANS = frozenset({"القياده", "القياده العامه", "القياده العسكريه", "القياده المركزيه"})
#: Plural nouns for a group's officials, whose names the text may give next ("عدد من مسؤولي X
#: … وأبرزهم A وB").
MEMBERS_NOUNS = frozenset({"مسوولي", "قاده", "قياديي", "قياديين", "امراء", "اعضاء", "شرعيي", "مسوولين",
                           "ضباط"})
#: "و هذه الفصائل": a demonstrative plural standing for groups named before.
THESE_GROUPS = re.compile(r'[\s"«»“”]*و\s*(?:هذه|هاتين|هذين|تلك|هولاء)\s+'
                          r'(?:الفصايل|الجماعات|التنظيمات|الفصيلين|التنظيمين|القوي|الاطراف)')
#: Words after بين that point back at the two parties last named (بين الطرفين).
#: What follows a former name given in apposition: "(جبهة النصرة سابقاً)".
FORMERLY = re.compile(r'[\s"«»“”]*(?:سابقا|سابقًا)')
#: What precedes a former name: "المعروف سابقاً باسم «Y»"، "الذي كان يحمل اسم «Y»".
FORMERLY_BEFORE = re.compile(r'(?:(?:سابقا|سابقًا)\s*(?:باسم|ب|ب\s+اسم)?'
                             r'|(?:كان|كانت)\s+(?:تحمل|يحمل)\s+اسم|(?:كان|كانت)\s+(?:يعرف|تعرف)\s+(?:باسم|ب))'
                             r'[\s"«»“”]*$')
#: Participles and nouns of backing before "من X" ("المدعوم من X", "بدعم من X").
BACKING_WORDS = ("مدعوم", "المدعوم", "بدعم", "دعم", "ممول", "الممول", "باسناد", "بمسانده", "بموازره")
#: Nouns of backing whose genitive is the backer ("بمؤازرة X"); "بدعم X" may be "by
#: supporting X", so it counts only with من.
BACKED_BY = frozenset({"بموازره", "بمسانده", "باسناد", "وبموازره", "وبمسانده", "وباسناد", "بغطاء", "وبغطاء"})
#: Words that may stand between a backing noun and its backer ("بإسناد جوي من X").
BACKING_ARMS = frozenset({"من", "جوي", "جويه", "مدفعي", "ناري", "بري", "صاروخي", "روسي", "مباشر"})
#: "بقيادة X": X leads the name before; it is no subject or object of its own.
LED_BY = frozenset({"بقياده", "بزعامه"})
#: Nouns before "مع" that make the name after it a partner ("بالتنسيق مع X").
PARTNER_WORDS = frozenset({"بالتنسيق", "بالتعاون", "وبالتنسيق", "وبالتعاون"})
#: Participles after which a name is the backer ("المدعوم روسياً"), not the one backed ("دعم X").
BACKED_PARTICIPLES = ("مدعوم", "ممول", "رعايه", "وساطه", "ضمانه", "دعم")
#: Words that open a relative clause.
RELATIVE_WORDS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
#: Words that open an apposition after a comma ("X، المشكّلة من اندماج A وB،"، "X، أحد أبرز
#: ألوية Y،"، "فصائل X، ومنها A وB،"): the names inside describe X and are not the main
#: verb's arguments.
APPOSITION_OPENERS = frozenset({
    "المشكله", "المشكل", "المكونه", "المكون", "المولفه", "المولف", "المنضوي", "المنضويه", "المتمركز",
    "المتمركزه", "المدعوم", "المدعومه", "مدعوم", "مدعومه", "مدعومين", "مدعوما",
    "المقرب", "المقربه", "المنبثق", "المنبثقه", "احد", "احدي",
    "كبري", "ابرز", "ومنها", "منها", "بينها", "ابرزها", "وهي", "وهو"})
#: How many words before a name a relative word makes it part of an aside ("التي يتخذها Y").
RELATIVE_OPENING = 4
#: How far back (characters) a pronoun looks for what it stands for.
ANTECEDENT_REACH = 300
QUOTES = ' "«»“”()'
BOTH_PARTIES = ("الطرفين", "الفصيلين", "الجانبين", "الجهتين", "التنظيمين", "الفريقين",
                "الطرفان", "الفصيلان", "الجانبان", "التنظيمان", "المجتمعون", "المجتمعين")


#: Attached pronouns and the gender of what they point back at ("قائده": a لواء or جيش,
#: "قائدها": a هيئة or حركة).
PRONOUN_GENDER = {"ه": "m", "ها": "f"}
#: Head nouns of masculine group names; a head ending in ة is feminine.
MASCULINE_HEADS = frozenset({"جيش", "لواء", "تنظيم", "فيلق", "حزب", "تجمع", "مجلس", "اتحاد", "فصيل",
                             "ائتلاف", "تحالف", "نظام", "حرس", "أمن", "طيران", "مركز", "حشد", "دفاع"})


#: Unit nouns that take feminine agreement whatever the name after them ("وحدات الجيش").
FEMININE_UNITS = frozenset({"وحدات", "قوات", "وحده", "قوه", "فرق", "تشكيلات"})


def _gender(slot: Slot) -> str | None:
    """The grammatical gender of a group's name from its head noun, None when it has none; a
    state named without a masculine head (روسيا، أنقرة، قوات النظام) is feminine."""
    words = slot.name.split()
    head = words[0].removeprefix("ال") if words else ""
    if head.endswith(("ة", "ات")):  # a plural in ات takes feminine agreement (قوات، وحدات)
        return "f"
    if head in MASCULINE_HEADS:
        return "m"
    return "f" if slot.type == "STATE" else None


@dataclass(frozen=True, slots=True)
class Slot:
    """A mention inside a sentence: normalised offsets, type and the entity it names."""

    start: int
    end: int
    type: str
    entity: int
    coref: bool
    name: str = ""


def _by_position(test: Callable[[SentenceView, Slot], bool]) -> Callable[[SentenceView, Slot], bool]:
    """``test`` answered once per sentence and mention start: the frames ask the same
    question of one name for every cue of the sentence, and the answer depends only on the
    name's first word and the words before it."""
    name = test.__name__

    @wraps(test)
    def once(view: SentenceView, slot: Slot) -> bool:
        key = (name, slot.start)
        known = view._answers.get(key)
        if known is None:
            known = view._answers[key] = test(view, slot)
        return known

    return once


_START = attrgetter("start")


class SentenceView:
    """Words, clause breaks and mentions of one sentence of a document."""

    def __init__(self, text: str, start: int, end: int, words: Words, slots: list[Slot],
                 original: Callable[[int, int], str] | None = None):
        self.text = text
        #: The original characters behind a normalised span (folding merges ة into ه).
        self.original = original or (lambda a, b: text[a:b])
        self.start = start
        self.end = end
        self.words = words
        self.all_slots = slots
        #: former() answers by (start, end), asked many times per slot: a key of two ints
        #: hashes in C, where a Slot's generated __hash__ is Python code.
        self._formers: dict[tuple[int, int], bool] = {}
        self._answers: dict[tuple[str, int], bool] = {}  # see _by_position
        #: Candidates of each cue already read (frames.frame_candidates), by the cue's id.
        self.frame_answers: dict[int, tuple] = {}
        # The article's mentions run in text order: the sentence's are one stretch of them.
        first, last = bisect_left(slots, start, key=_START), bisect_left(slots, end, key=_START)
        self.slots = self._without_borders([s for s in slots[first:last] if s.end <= end])
        #: The slots less former names in apposition, which most questions leave out.
        self.current_slots = [s for s in self.slots if not self.former(s)]
        #: Spans of the sentence's cues (set by the extractor), so a name right after another
        #: cue ("بوساطة «X»") is read as that cue's argument, not a far-off one's.
        self.cues: list[tuple[int, int, str]] = []
        #: The two parties of the latest relation stated before this sentence (set by the
        #: extractor): what "الطرفان" points back at.
        self.recent_parties: list[Slot] = []
        #: captor and captives of the detention just reported ("أُطلق سراح 12 منهم" frees them)
        self.recent_captivity: list[Slot] = []
        #: The two parties of the latest deal or truce in the article: what "الاتفاق" refers to.
        self.recent_deal: list[Slot] = []
        self.breaks = sorted({m.start() + start for m in CLAUSE_PUNCT.finditer(text[start:end])}
                             | self._clause_words())

    def _without_borders(self, slots: list[Slot]) -> list[Slot]:
        """The sentence's mentions less the states listed after a border word."""
        if all(self.text.find(word, self.start, self.end) == -1 for word in BORDER_WORDS):
            return slots  # no border word: BORDER would test its lookbehind at every character
        borders = [m.end() for m in BORDER.finditer(self.text, self.start, self.end)]
        if not borders:
            return slots
        located: set[Slot] = set()
        for at in borders:
            first = next((s for s in slots if s.start >= at), None)
            if first is not None and first.type == "STATE" and self.words_between(at, first.start) == 0:
                located.update(s for s in self._listed(slots, first) if s.type == "STATE")
        return [s for s in slots if s not in located]

    def _listed(self, slots: list[Slot], first: Slot) -> list[Slot]:
        """``first`` and the names joined to it by و or commas alone."""
        items = [first]
        for slot in slots:
            if slot.start >= items[-1].end:
                if not BARE_LIST_GAP.match(self.text, items[-1].end, slot.start):
                    break
                items.append(slot)
        return items

    def _clause_words(self) -> set[int]:
        found = set()
        first = self.words.index_of(self.start)
        for i in self.words.having(CLAUSE_WORDS):  # the article's few, not a test of every word
            word = self.words[i]
            if i < first:
                continue
            if word.start >= self.end:
                break
            if (word.text in CLAUSE_WORDS or word.stem in CLAUSE_WORDS) and not (
                    i > first and self.words[i - 1].text == "من"):  # "من قبل X" names an agent
                found.add(word.start)
        return found

    def clause_of(self, position: int) -> tuple[int, int]:
        """The clause containing ``position``: from the break before it to the break after."""
        at = bisect_left(self.breaks, position)  # sorted; an end offset at a break closes its clause
        start = self.breaks[at - 1] if at else self.start
        end = self.breaks[at] if at < len(self.breaks) else self.end
        return start, end

    def topic(self, slot: Slot) -> bool:
        """True when ``slot`` is the first name of its sentence, in its opening words
        ("وفي وقت سابق، حرر الجيش السوري …", "وأعلنت هيئة تحرير الشام …")."""
        first = self.words.index_of(self.start)
        at = self.words.index_of(slot.start)
        return at - first <= TOPIC_REACH and not any(s.start < slot.start for s in self.slots)

    def members_phrase(self, slot: Slot) -> bool:
        """True when the name follows a noun for some of its officials ("عدد من مسؤولي X"،
        "قادة في X"): the phrase stands for persons the text may name next."""
        i = self.words.index_of(slot.start)
        if i == 0 or self.words.gap(i - 1).strip(QUOTES) != "":
            return False
        prev = self.words[i - 1]
        if prev.text in ("في", "من") and i > 1:
            prev = self.words[i - 2]
        return prev.stem in MEMBERS_NOUNS or prev.text in MEMBERS_NOUNS

    def subordinate(self, slot: Slot) -> bool:
        """True when ``slot`` sits shortly after a subordinating word (بعد، حيث، قبل …) that opens
        its clause: the clause's end is often unmarked, so only its first words count."""
        start, _ = self.clause_of(slot.start)
        first = self.words.index_of(start)
        return first < len(self.words) and self.words[first].start < slot.start and (
            self.words[first].text in SUBORDINATORS or self.words[first].stem in SUBORDINATORS) and (
            self.words.index_of(slot.start) - first <= SUBORDINATE_REACH)

    def former(self, slot: Slot) -> bool:
        """True for a former name in apposition ("هيئة تحرير الشام (جبهة النصرة سابقاً)"): the
        same organisation as the name before it, not another party."""
        key = (slot.start, slot.end)
        known = self._formers.get(key)
        if known is None:
            known = self._formers[key] = bool(
                FORMERLY.match(self.text, slot.end)
                or FORMERLY_BEFORE.search(self.text, max(0, slot.start - 20), slot.start))
        return known

    def actors_before(self, position: int, since: int | None = None, types=ACTORS,
                      formers: bool = False) -> list[Slot]:
        """Actor mentions ending before ``position`` (nearest first), from ``since`` on;
        former names in apposition only with ``formers``."""
        since = self.start if since is None else since
        return [s for s in reversed(self.slots if formers else self.current_slots)
                if s.end <= position and s.start >= since and s.type in types]

    def actors_after(self, position: int, until: int | None = None, types=ACTORS,
                     formers: bool = False) -> list[Slot]:
        """Actor mentions starting after ``position`` (nearest first), up to ``until``."""
        until = self.end if until is None else until
        return [s for s in (self.slots if formers else self.current_slots)
                if s.start >= position and s.end <= until and s.type in types]

    def places_after(self, position: int, until: int | None = None) -> list[Slot]:
        return self.actors_after(position, until, types=("PLACE",))

    def places_in(self, start: int, end: int) -> list[Slot]:
        return [s for s in self.slots if s.type == "PLACE" and start <= s.start and s.end <= end]

    def listed_with(self, first: Slot, types=ACTORS, offices: bool = False) -> list[Slot]:
        """``first`` and the mentions listed after it ("X و Y و Z", "X، Y وZ"); with
        ``offices``, also names joined by an office ("X زعيم Y والقائد العام لـZ")."""
        items, last_end = [first], first.end
        for slot in self.slots:
            if slot.start >= last_end and self.former(slot) and _parenthesised(self.text, last_end, slot):
                # "بين «X» (النصرة سابقاً) وجماعة «Y»": the former name in brackets is skipped
                # whole when و goes on with the list ("(…)، التنظيم المحظور" is an apposition)
                closing = self.text.find(")", slot.end) + 1
                if not self.text[closing:].lstrip(' "«»“”').startswith("و"):
                    break
                last_end = closing
                continue
            if slot.start < last_end or slot.type not in types or self.former(slot):
                continue
            gap = self.text[last_end : slot.start]
            by_office = offices and (OFFICE_GAP.match(gap) or HOLDER_GAP.match(gap))
            if not by_office and _kind(slot) != _kind(first) and not gap.strip(' "«»“”').startswith("و"):
                break  # "لتنظيم «القاعدة»، أبو همام الشامي": a comma alone lists names of one kind
            if first.type == "PLACE" and LOCATOR_GAP.match(gap):
                break
            if STAND_IN_GAP.match(gap):
                items[-1] = slot  # the named representative takes its place in the list
            elif _list_gap(gap) or by_office or (
                    types == ("PLACE",) and PLACE_GAP.match(gap)):
                items.append(slot)
            elif not (MODIFIER_GAP.match(gap) or _apposition_gap(gap)):
                break
            last_end = slot.end  # "X التابع لـY وZ": Y qualifies X, the list goes on after it
        return items

    def listed_before(self, last: Slot, types=ACTORS) -> list[Slot]:
        """``last`` and the mentions listed before it, in text order."""
        last = self.stand_in(last) or last
        items, first_start = [last], last.start
        bracketed = False  # "«A» (النصرة سابقاً) و«B»": the و after the brackets joins A and B
        for slot in reversed(self.slots):
            if slot.end <= first_start and self.former(slot) and self._bracketed_before(slot, first_start):
                first_start, bracketed = self.text.rfind("(", 0, slot.start), True
                continue
            if slot.end > first_start or slot.type not in types or self.former(slot):
                continue
            gap = self.text[slot.end : first_start]
            if bracketed and not gap.strip(' "«»“”'):
                gap = " و"
            bracketed = False
            if STAND_IN_GAP.match(gap):
                first_start = slot.start  # "فرع «Y» … ممثلاً في «X»": X is listed, Y is not
            elif _list_gap(gap):
                items.insert(0, self.qualified(slot) or slot)
                first_start = slot.start
            else:
                break
        return items

    def _bracketed_before(self, slot: Slot, position: int) -> bool:
        """True when ``slot`` stands in brackets closed just before "و" at ``position``
        ("«A» (النصرة سابقاً) و«B»")."""
        opening = self.text.rfind("(", 0, slot.start)
        closing = self.text.find(")", slot.end)
        return (opening != -1 and slot.start - opening <= 3 and closing != -1
                and self.text[closing + 1 : position].strip(' "«»“”') == "و")

    def stand_in(self, slot: Slot) -> Slot | None:
        """The name that stands for ``slot`` right after it ("فرع «Y» في سوريا ممثلاً في «X»")."""
        following = next((s for s in self.slots if s.start >= slot.end and s.type == slot.type), None)
        if following is not None and STAND_IN_GAP.match(self.text[slot.end : following.start]):
            return following
        return None

    def qualified(self, slot: Slot) -> Slot | None:
        """The name ``slot`` qualifies ("X التابع لـY": X for Y), or None."""
        earlier = [s for s in self.slots if s.end <= slot.start]
        if earlier and MODIFIER_GAP.match(self.text[earlier[-1].end : slot.start]):
            return earlier[-1]
        return None

    @_by_position
    def governed(self, slot: Slot) -> bool:
        """True when a preposition, or a glued ل / ب, governs the mention (لجبهة، عن «X»)."""
        i = self.words.index_of(slot.start)
        if i >= len(self.words):
            return False
        word = self.words[i]
        glued = word.prefix.removesuffix("ال")
        if glued[-1:] in ("ل", "ب") or word.prefix.endswith("لل"):
            return not self._command_of(i)
        if i == 0 or self.text[self.words[i - 1].end : word.start].strip(' "()') != "":
            return False
        prev = self.words[i - 1]
        if prev.text in LED_BY:
            return True  # "التحالف الدولي بقيادة الولايات المتحدة": the leader qualifies the name
        if prev.text == "عن" and i > 1 and self.words[i - 2].stem in REPRESENTATIVES:
            return False  # "ممثلين عن X": the representatives act for X
        if prev.text == "في" and i > 1 and self.words[i - 2].text in MEMBERS_NOUNS:
            return False  # "رفض قادة في X الخروج": its leaders act for X
        # "لتنظيم «الدولة»", "من تنظيم «X»": a head noun carries its preposition to the name.
        prev_glued = prev.prefix.removesuffix("ال")[-1:] in ("ل", "ب")
        head = (prev.stem in HEAD_NOUNS or prev.text in FIGHTERS_NOUNS
                or prev_glued and prev.stem in OFFICE_NOUNS)
        head_governed = head and (prev_glued or (
            i > 1 and self.words[i - 2].text in PREPOSITIONS and self.words.gap(i - 2).strip() == ""))
        return (prev.text in PREPOSITIONS or prev.stem in PREPOSITIONS or prev.text in ("ل", "ب")
                or head_governed or prev.stem in CONSTRUCT_NOUNS)

    def _command_of(self, i: int) -> bool:
        """True when word ``i`` carries ل after a body's command ("القيادة العامة لقوات X")."""
        prefix = self.words[i].prefix
        if not (prefix.removesuffix("ال").endswith("ل") or prefix.endswith("لل")):
            return False
        before = [w.text for w in self.words[max(0, i - 2) : i]]
        return any(" ".join(before[k:]) in COMMAND_ORGANS for k in range(len(before)))

    def opposite(self, slot: Slot) -> bool:
        """True when the name is the far side of a front line ("خطوط التماس مع X"): it is the
        enemy of the one there, not an object of the cue before."""
        i = self.words.index_of(slot.start)
        return i > 1 and self.words[i - 1].text == "مع" and self.words[i - 2].text in FRONT_NOUNS

    @_by_position
    def after_min(self, slot: Slot) -> bool:
        """True when the mention follows the preposition من ("مقاتلون من X"), directly or after
        a noun for its fighters or its head noun ("ثلاثة من عناصر X"، "من تنظيم «X»")."""
        i = self.words.index_of(slot.start)
        prev = self.words[i - 1] if i > 1 else None
        if prev is not None and (prev.text in FIGHTER_NOUNS or prev.stem in HEAD_NOUNS) and (
                self.words.gap(i - 1).strip(QUOTES) == ""):
            i -= 1  # "من عناصر X"، "من تنظيم «X»"
        return i > 0 and self.words[i - 1].text == "من" and self.words.gap(i - 1).strip(QUOTES) == ""

    def instrument(self, slot: Slot) -> bool:
        """True when the name is the means of an action ("عبر غرفة عمليات «X»"، "بواسطة X"), not
        its object."""
        i = self.words.index_of(slot.start) - 1
        while i >= 0 and (self.words[i].stem in HEAD_NOUNS or self.words[i].text in ("عمليات", "غرفه")):
            i -= 1
        return i >= 0 and self.words[i].text in INSTRUMENT_WORDS

    @_by_position
    def backer(self, slot: Slot) -> bool:
        """True when the mention names who backs another ("المدعوم من تركيا", "بدعم من X"):
        a modifier of the name before it, not a subject."""
        i = self.words.index_of(slot.start)
        if i >= 1 and self.words[i - 1].stem.startswith(BACKED_PARTICIPLES) and self.words.joined(i - 1):
            return True  # "المدعوم روسياً": the backer as an adverb right after the participle
        # "بمؤازرة مجاهدي المقاومة الإسلامية (حزب الله)": a name in brackets names the phrase
        bracketed = i >= 1 and "(" in self.text[self.words[i - 1].end : slot.start]
        for k in range(i - 1, max(i - 5, -1), -1):
            if self.words[k].text in BACKED_BY:
                # "الجيش، بمؤازرة «قوات النمر»، استعاد"، "وبإسناد جوي من X": the backer
                return True
            if self.words[k].text not in BACKING_ARMS and not bracketed:
                break
        if i >= 3 and self.words[i - 2].text == "من" and self._backing(self.words[i - 3]):
            return True  # "بمساندة من مروحيات X": the backer's arm between من and its name
        # "بالتنسيق مع (قوات) X": a partner in the action, not its object
        for k in (i - 1, i - 2):
            if k >= 1 and self.words[k].text == "مع" and self.words[k - 1].text in PARTNER_WORDS:
                return True
        if i < 2 or not self.after_min(slot):
            return False
        return self._backing(self.words[i - 2])

    @staticmethod
    def _backing(word) -> bool:
        return any(word.text.startswith(b) or word.stem.startswith(b) for b in BACKING_WORDS)

    def these_groups_after(self, slot: Slot) -> list[Slot]:
        """"بين التنظيم وهذه الفصائل": the groups a demonstrative plural after ``slot`` points
        back at, the last list of two or more named before it in the sentence (else [])."""
        if not THESE_GROUPS.match(self.text, slot.end):
            return []
        earlier = [s for s in self.slots
                   if s.end <= slot.start and s.type == "GROUP" and s.entity != slot.entity]
        for last in reversed(earlier):
            listed = [s for s in self.listed_before(last, ("GROUP",)) if s.entity != slot.entity]
            if len({s.entity for s in listed}) >= 2:
                return listed
        return []

    def refers_to_both(self, between: int) -> bool:
        """True when "بين" is followed by الطرفين / الفصيلين (the two parties named before)."""
        rest = self.text[between + 3 : between + 16].split()
        return bool(rest) and rest[0].strip(QUOTES + "،,.") in BOTH_PARTIES

    def names_both(self, start: int, end: int) -> bool:
        """True when "الطرفان" / "الفصيلين" (the two parties named before) is in [start, end)."""
        return any(word in BOTH_PARTIES for word in self.text[start:end].split())

    def last_two_before(self, position: int) -> list[Slot]:
        """The two parties "الطرفان" points back at: those of the latest relation stated in
        the sentences just before, else the last two distinct groups named before ``position``."""
        if self.recent_parties:
            return self.recent_parties
        found: list[Slot] = []
        earlier = [s for s in self.all_slots if s.end <= position and s.type in ("GROUP", "STATE")]
        for slot in reversed(earlier):
            if all(slot.entity != f.entity for f in found):
                found.insert(0, slot)
            if len(found) == 2:
                break
        return found if len(found) == 2 else []

    def in_aside(self, slot: Slot, position: int) -> bool:
        """True when ``slot`` sits in a relative clause ("، التي وُلدت من اندماج X وY،") that
        ``position`` is outside of: names in an aside are not the main verb's subject."""
        start, end = self.clause_of(slot.start)
        if start <= position < end:
            return False
        opening = self.text[start:end].lstrip(" ،,:;؛-\"").split(maxsplit=1)
        if opening and (opening[0] in RELATIVE_WORDS or opening[0] in APPOSITION_OPENERS) and (
                start > self.start):
            return True
        # "X «التي يتخذها تنظيم Y واجهة له في إدلب، طلبت …": a relative word shortly before the
        # name opens an aside that a comma closes.
        before = self.text[start : slot.start].split()[-RELATIVE_OPENING:]
        closed = end < self.end and CLAUSE_PUNCT.match(self.text, end) is not None
        return closed and any(word.strip(QUOTES + "،,") in RELATIVE_WORDS for word in before)

    def claimed_by_other_cue(self, slot: Slot, start: int, fact_type: str, sharing=frozenset()) -> bool:
        """True when a cue of another fact type (not one of ``sharing``), after ``start``, stands
        right before ``slot``."""
        return any(start <= c_start and c_end <= slot.start and kind != fact_type and kind not in sharing
                   and self.words_between(c_end, slot.start) <= 1 for c_start, c_end, kind in self.cues)

    def antecedent(self, position: int, types=("GROUP",), pronoun: str = "",
                   besides: int | None = None, free_only: bool = False) -> Slot | None:
        """What a pronoun at ``position`` points back at ("ويقودها X"): the nearest mention of
        ``types`` before it, in this sentence or the one before (``ANTECEDENT_REACH`` characters),
        other than the entity ``besides`` (an object pronoun is not its verb's subject); with
        ``free_only``, never one a preposition governs."""
        gender = PRONOUN_GENDER.get(pronoun)
        earlier = [s for s in self.all_slots
                   if s.end <= position and s.type in types and position - s.end <= ANTECEDENT_REACH
                   and not self.former(s) and (gender is None or _gender(s) in (None, gender)
                                               or gender == "f" and self._in_unit(s))
                   and s.entity != besides and not (self.start <= s.start and self.backer(s))]
        if not earlier:
            return None
        # The sentence's own names first; a name a preposition governs ("وهذا التنظيم الذي أعلن
        # بيعته لـY، كان … قبل هزيمته": not Y) is the last choice.
        pool = [s for s in earlier if s.start >= self.start] or earlier
        free = [s for s in pool if not (self.governed(s) or self.after_min(s))]
        if free_only and not free:
            return None  # "انشقاق قيادي عن X وانضمامه إلى Y": X, after عن, is not who joins
        chosen = (free or pool)[-1]
        if pronoun in SINGULAR_PRONOUNS and self.start <= chosen.start:
            # "تشكّل اللواء من اندماج «A» و«B»، ويقوده X": one of a list is no singular's referent
            listed = self.listed_before(chosen, types)
            if len(listed) > 1:
                before_list = [s for s in (free or pool) if s.end <= listed[0].start]
                chosen = before_list[-1] if before_list else chosen
        # "مقاتلين من X التابع لـY اعتقلتهم Z": Y only qualifies X.
        return (self.qualified(chosen) if self.start <= chosen.start else None) or chosen

    def _in_unit(self, slot: Slot) -> bool:
        """True when a feminine unit noun governs the name ("وحدات الجيش … سيطرتها"): the
        pronoun agrees with the unit, not with the name."""
        i = self.words.index_of(slot.start)
        return i > 0 and self.words[i - 1].stem in FEMININE_UNITS

    @staticmethod
    def gender_of(slot: Slot) -> str | None:
        """"m", "f" or None (unknown) for the name's grammatical gender."""
        return _gender(slot)

    def words_between(self, start: int, end: int) -> int:
        """How many words lie between two offsets."""
        return max(0, self.words.index_of(end) - self.words.index_of(start))


def _parenthesised(text: str, after: int, slot: Slot) -> bool:
    """True when the slot stands in brackets opened right after ``after`` and closed soon after
    it ("«X» (النصرة سابقاً)")."""
    return text[after : slot.start].strip(' "«»“”') == "(" and ")" in text[slot.end : slot.end + 12]


def _apposition_gap(gap: str) -> bool:
    """"X، كبرى مكونات Y، وZ": a comma, an apposition opener and at most two more words before
    a name that describes X; the list goes on after it."""
    words = gap.strip(QUOTES).lstrip("،, ").split()
    return gap.strip(QUOTES)[:1] in ("،", ",") and 0 < len(words) <= 3 and words[0] in APPOSITION_OPENERS


def _list_gap(gap: str) -> bool:
    """True when ``gap`` lists two names: و، a comma, a dash or a bracket joins them; a head noun
    alone ("«X» تنظيم «Y»") leaves a verb-first subject and its object."""
    return bool(LIST_GAP.match(gap)) and (JOINER.search(gap) is not None)


def _kind(slot: Slot) -> str:
    """Persons apart from groups and states, which a list may mix."""
    return "PERSON" if slot.type == "PERSON" else slot.type if slot.type == "PLACE" else "ACTOR"
