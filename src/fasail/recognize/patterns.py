"""Names that are not in the knowledge base, found from the words around them.

Each finder walks the words of the normalised text and proposes mentions; the recogniser
later keeps the best of overlapping proposals. Rules are named ``name_patterns.yaml#<list>``
after the cue list that fired, so a wrong entity traces back to one entry.
"""

from __future__ import annotations

from collections.abc import Iterator

from fasail.recognize.lexicon import Lexicon
from fasail.recognize.mentions import Mention
from fasail.recognize.tokens import Word, Words
from fasail.text.normalize import fold

RULES = "name_patterns.yaml"
NISBA_ENDINGS = ("ي",)
#: Longest unquoted name after a head noun, in words.
MAX_NAME_WORDS = 3
#: Longest quoted name, in words ("«حركة نور الدين الزنكي الإسلامية»" has five).
MAX_QUOTED_NAME_WORDS = 6
PAIRED_ADJECTIVES = ("شرقيه", "غربيه", "شماليه", "جنوبيه", "الشرقيه", "الغربيه", "الشماليه",
                     "الجنوبيه", "الكبري", "الصغري", "فوقاني", "تحتاني", "الفوقاني", "التحتاني")


class PatternContext:
    """The text, its words and the lexicon, shared by the finders."""

    def __init__(self, text: str, words: Words, lex: Lexicon, original):
        self.text = text
        self.words = words
        self.lex = lex
        self.original = original  # callable (start, end) -> original characters
        #: Gazetteer ids of the place names found, by start offset (filled by the recogniser).
        self.place_ids: dict[int, tuple[str, ...]] = {}

    def is_stop(self, word: Word) -> bool:
        return word.text in self.lex.stopwords or word.stem in self.lex.stopwords

    def name_like(self, word: Word) -> bool:
        """A word that can continue a name: not a stopword, title, cue or conjoined word."""
        lex = self.lex
        return word.prefix in ("", "ال") and len(word.stem) >= 2 and not (
            self.is_stop(word) or word.text in lex.person_titles
            or word.text in lex.person_introducers or word.text.isdigit()
            or word.text in lex.compass
        )

    def written_as(self, word: Word) -> str:
        """The word's original characters (folding merges على and علي, for one)."""
        return self.original(word.start, word.end)

    def mention(self, start: int, end: int, etype: str, rule: str, *,
                aliases: tuple[tuple[int, int], ...] = (), **context) -> Mention:
        """A mention whose name is the original text of [start, end)."""
        return Mention(start, end, etype, self.original(start, end), f"{RULES}#{rule}",
                       aliases=tuple(self.original(s, e) for s, e in aliases),
                       context=dict(context))


#: Proclitic + article that a name hardly contains but a quoted clause does ("بالقرار").
CLAUSE_PREFIXES = frozenset({"بال", "لل", "كال", "فال"})


def _in(word: Word, words: frozenset[str]) -> bool:
    """The word, or its stem, is one of ``words`` (with or without the article)."""
    return word.stem in words or word.text in words or ("ال" + word.stem) in words


def _quoted_span(ctx: PatternContext, first: int, last: int) -> tuple[int, int]:
    """Span of a quotation's words, without trailing words such as سابقاً ("formerly")."""
    while last > first and ctx.words[last].text in ctx.lex.trailing_non_name:
        last -= 1
    return ctx.words[first].start, ctx.words[last].end


def _heads(ctx: PatternContext, heads: frozenset[str]) -> Iterator[tuple[int, Word]]:
    """(index, word) of every word that is one of the head nouns ``heads``."""
    for i in ctx.words.having(heads):
        yield i, ctx.words[i]


def find_groups(ctx: PatternContext) -> Iterator[Mention]:
    """Group names after a head noun: quoted ("تنظيم «جند الأقصى»") or definite words."""
    words, lex = ctx.words, ctx.lex
    for i, head in _heads(ctx, lex.group_heads):
        quoted = words.quoted_after(i)
        if quoted:
            # "إن الفيلق "ينسّق عسكرياً" مع Y": after a role word with the article, words
            # none of which has the article are what was said about it, not its name.
            said = head.has_article and quoted[1] > quoted[0] and not any(
                words[k].has_article for k in range(quoted[0], quoted[1] + 1))
            if not said and _single_name(ctx, *quoted):
                start, end = _quoted_span(ctx, *quoted)
                yield ctx.mention(start, end, "GROUP", "group_heads+quote",
                                  aliases=((head.name_start, end),))
            continue
        if head.has_article or not _in(head, lex.group_heads_unquoted):
            continue  # "الهيئة" refers back; "حركة التنقل" is no name without quotes
        last = i
        while (last + 1 < len(words) and last - i < MAX_NAME_WORDS and words.joined(last)
               and words[last + 1].prefix == "ال" and ctx.name_like(words[last + 1])):
            last += 1
        if last == i or words[i + 1].text in lex.group_head_non_names:
            continue
        while last > i and words[last].text in lex.group_head_non_names:
            last -= 1
        if last > i:
            yield ctx.mention(head.name_start, words[last].end, "GROUP", "group_heads")


def find_quoted_groups(ctx: PatternContext) -> Iterator[Mention]:
    """A quoted name that itself opens with a head noun: «لواء الأقصى»، «أجناد القوقاز»."""
    words = ctx.words
    for i in words.gaps_with('"'):
        quoted = words.quoted_from(i + 1) if words.opens_quote(i) else None
        if (quoted and _opens_with_head(ctx, i + 1) and quoted[1] > quoted[0]
                and _single_name(ctx, *quoted)):
            yield ctx.mention(*_quoted_span(ctx, *quoted), "GROUP", "group_heads+quoted_name")


def _opens_with_head(ctx: PatternContext, i: int) -> bool:
    """Word ``i`` is a head noun, or starts a two-word head ("غرفة العمليات")."""
    words = ctx.words
    if _in(words[i], ctx.lex.group_heads):
        return True
    return i + 1 < len(words) and f"{words[i].text} {words[i + 1].text}" in ctx.lex.group_heads


def _single_name(ctx: PatternContext, first: int, last: int) -> bool:
    """A quotation holding one name, not a list ("أحرار الشام و الزنكي"), an adjective or a
    quoted clause ("«الهيئة استأثرت بالقرار»": a preposition with the article inside)."""
    words = ctx.words
    if any(words[k].text == "و" or words[k].prefix in CLAUSE_PREFIXES for k in range(first, last + 1)):
        return False
    if any(words[k].prefix.startswith("و") and _in(words[k], ctx.lex.group_heads)
           for k in range(first + 1, last + 1)):
        return False  # «أحرار الشام وجيش الأحرار»: two names
    if any(mark in words.gap(k) for k in range(first, last) for mark in "-،,"):
        return False  # "(جيش العزة - فيلق الشام - لواء الحق)": a list
    if ctx.is_stop(words[first]) or last - first >= MAX_QUOTED_NAME_WORDS:
        return False  # "اللواء «لم ولن يكون أداة بيد أحد»": a quoted saying, not a name
    if first == last:
        word, non_names = words[first], ctx.lex.group_head_non_names
        return word.text not in non_names and ("ال" + word.stem) not in non_names
    return not _description(ctx, first, last)


def _description(ctx: PatternContext, first: int, last: int) -> bool:
    """A quoted label, not a name: «تنظيماً إرهابياً»، "منظمة إرهابية" (a head noun in the
    indefinite accusative, or a noun with one indefinite adjective that names no group)."""
    words = ctx.words
    head = words[first].text
    if head.endswith("ا") and head[:-1] in ctx.lex.group_heads:  # تنظيماً، فصيلاً
        return True
    adjective = words[last]
    return (last == first + 1 and not words[first].has_article and not adjective.has_article
            and "ال" + adjective.text in ctx.lex.group_head_non_names)


def _surname_like(word: Word) -> bool:
    """A third name word: a nisba (الحموي) or a bare family name, not a definite noun that
    starts what was said ("يوسف حمود السيطرة الكاملة")."""
    return not word.has_article or word.text.endswith(NISBA_ENDINGS)


def _title_as_predicate(ctx: PatternContext, word: Word) -> bool:
    """"تعيين X قائداً عاماً": a title in the accusative after a name is what he was made."""
    bare = word.text.removesuffix("ا")
    return word.text.endswith("ا") and (bare in ctx.lex.person_titles or "ال" + bare in ctx.lex.person_titles)


def _clitic_looking_family_name(ctx: PatternContext, word: Word) -> bool:
    """A family name whose first letter only looks like a proclitic ("بويضاني"، "فليطاني"):
    one letter, no article after it, and a nisba ending."""
    return (len(word.prefix) == 1 and len(word.text) >= 5 and word.text.endswith(NISBA_ENDINGS)
            and not ctx.is_stop(word))


def _third_name(second: Word, third: Word) -> bool:
    """A third word after a first and a second name: after a family name with the article
    ("أحمد العودة") only another nisba continues it, not a bare noun ("… العودة كلمة")."""
    if second.has_article and second.text not in COMPOUND_SECONDS:
        return third.has_article and third.text.endswith(NISBA_ENDINGS)
    if second.stem == "عبد":  # "محمد عبد اللطيف": عبد and the divine name are one name
        return third.has_article
    return _surname_like(third)


#: Second words of compound first names ("عماد الدين مجاهد"، "فضل الله الحجي").
COMPOUND_SECONDS = frozenset({"الدين", "الله", "الرحمن", "الرحيم", "الحق", "الكريم", "العزيز"})


def _first_name_word(lex: Lexicon, word: Word) -> bool:
    """A first name by its stem ("ومحمد"), or as written when its first letter only looks like
    a proclitic ("فواز"، "وليد")."""
    return word.stem in lex.first_names or word.text in lex.first_names


def _first_name(ctx: PatternContext, word: Word) -> bool:
    """A first name that folding made look like a stopword (علي and the preposition على)."""
    return word.stem in ctx.lex.first_names and not ctx.written_as(word).endswith("ى")


def _kunya_end(ctx: PatternContext, i: int) -> int | None:
    """Last word index of a kunya name starting at word ``i`` (أبو محمد الجولاني)."""
    words = ctx.words
    if not words.joined(i) or not (ctx.name_like(words[i + 1]) or _first_name(ctx, words[i + 1])):
        return None
    last = i + 1
    if words[last].text == "عبد" and words.joined(last):  # أبو عبد الله, أبو عبد الرحمن
        last += 1
    nxt = last + 1  # "أبو أحمد نور": a kunya followed by a given name
    if (nxt < len(words) and words.joined(last) and not words[nxt].prefix
            and words[nxt].stem in ctx.lex.first_names and ctx.name_like(words[nxt])):
        return nxt
    core = last
    for _ in range(2):  # up to two nisbas: البغدادي الحسيني
        nxt = last + 1
        if (nxt < len(words) and words.joined(last) and words[nxt].prefix == "ال"
                and words[nxt].text.endswith(NISBA_ENDINGS) and words[nxt].text not in ctx.lex.stopwords):
            last = nxt
        else:
            break
    if last == core and _bare_surname_at_end(ctx, core + 1):
        return core + 1  # "يقودها أبو العبد أشداء، …"
    return last


def _bare_surname_at_end(ctx: PatternContext, i: int) -> bool:
    """Word ``i`` is a bare family name closing a kunya: no clitic or article, punctuation right
    after it, and not an adverb in the accusative ("أبو خالد حالياً،")."""
    words = ctx.words
    if i >= len(words) or not words.joined(i - 1) or words.joined(i) and i + 1 < len(words):
        return False
    word = words[i]
    return (not word.prefix and not ctx.is_stop(word) and not word.text.endswith("ا")
            and not _in(word, ctx.lex.group_heads | ctx.lex.populated_place_nouns))


def find_persons(ctx: PatternContext) -> Iterator[Mention]:
    """Kunyas (أبو X الY), first name + family name, names after المدعو / الملقب, and an
    unknown "given name + family name" right after a title ("الشيخ ليث البلعوس")."""
    words, lex = ctx.words, ctx.lex
    yield from _titled_persons(ctx)
    cued = words.having(lex.person_cues)
    for i in cued:  # the words any branch below can fire on
        word = words[i]
        if _in(word, lex.kunya_words) and not word.prefix.endswith("ال"):
            last = _kunya_end(ctx, i)
            if last is None:
                continue
            first = i
            if (i > 0 and words.joined(i - 1) and words[i - 1].stem in lex.first_names
                    and not words[i - 1].has_article):  # not "التقى أبو عمر"
                first = i - 1  # محمود أبو سالم
            yield ctx.mention(words[first].name_start, words[last].end, "PERSON", "kunya_words",
                              nisba=str(last > i + 1 and words[last].text.startswith("ال")))
        elif (_first_name_word(lex, word) and not word.has_article
              and not ctx.written_as(word).endswith("على")
              and not (i > 0 and _in(words[i - 1], lex.kunya_words))):
            yield from _first_name_person(ctx, i)
        elif _in(word, lex.person_introducers):
            yield from _introduced_person(ctx, i)


def _titled_persons(ctx: PatternContext) -> Iterator[Mention]:
    """"الشيخ ليث البلعوس"، "العقيد هيثم العفيسي": after a title, a bare word and a word with
    the article are a given name and a family name, whether or not the given name is listed."""
    words, lex = ctx.words, ctx.lex
    nouns = lex.group_heads | lex.kunya_words | lex.populated_place_nouns | lex.site_nouns
    for i in words.having(lex.person_titles | lex.holder_cues):
        given, family = i + 1, i + 2
        if family >= len(words) or not (words.joined(i) and words.joined(given)):
            continue
        if i > 1 and words.joined(i - 2) and words.joined(i - 1) and _in(words[i - 2], lex.kunya_words):
            continue  # "أبو عيسى الشيخ": the title word ends a kunya, it opens no name
        first, last = words[given], words[family]
        if first.prefix or first.has_article or not _holder_word(ctx, first) or _in(first, nouns):
            continue
        if _in(words[i], lex.known_name_titles) and first.stem not in lex.first_names:
            continue  # "أعلن اللواء مقتل قائده": this title is also a word for a group
        if first.text == IN_THE_NAME_OF and words[i].stem in SPEAKING_FOR:
            continue  # "المتحدث باسم الخارجية": in the name of
        if last.has_article and _holder_word(ctx, last) and not _in(last, nouns) and not last.conjoined:
            # "بحيي الشيخ مقصود والأشرفية": a word joined by و starts the next item
            yield ctx.mention(first.start, last.end, "PERSON", "person_titles")
        elif (_in(words[i], lex.rank_titles | lex.holder_cues)
              and (end := _ranked_name_end(ctx, family, nouns)) is not None):
            yield ctx.mention(first.start, words[end].end, "PERSON", "rank_titles")


def _ranked_name_end(ctx: PatternContext, second: int, nouns: frozenset[str]) -> int | None:
    """After a rank and a bare given name: the index of the name's last word when a bare second
    name ends the phrase ("الجنرال جويل فاول،") or a word with the article follows it ("العقيد
    محمد فريد القاسم"); None when the words read as anything else."""
    words = ctx.words
    word = words[second]
    # "فاول"، "بتريوس"، "فلحوط": a name may start with letters that read as proclitics.
    if not set(word.prefix) <= {"ف", "ب", "ل"} or not _holder_word(ctx, word) or _in(word, nouns):
        return None
    third = second + 1
    if words.joined(second) and third < len(words):
        last = words[third]
        family = last.prefix == "ال" and _holder_word(ctx, last) and not _in(last, nouns)
        if family and _name_ends(ctx, third):
            return third
    return second if _name_ends(ctx, second) else None


#: "إن"، "أن" open a reported clause: "قال الكولونيل واين ماروتو إن …" ends the name before them.
COMPLEMENTIZERS = frozenset(fold(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن"))


def _name_ends(ctx: PatternContext, i: int) -> bool:
    """True when word ``i`` ends a phrase: punctuation, the text's end, a conjoined word or a
    preposition glued to the next word ("لـ«نداء بوست»")."""
    words = ctx.words
    if i + 1 >= len(words) or not words.joined(i):
        return True
    nxt = words[i + 1]
    return (nxt.conjoined or nxt.prefix[:1] in ("ل", "ب") or nxt.text in ("ل", "ب") or ctx.is_stop(nxt)
            or nxt.text in COMPLEMENTIZERS)


def _first_name_person(ctx: PatternContext, i: int) -> Iterator[Mention]:
    words = ctx.words
    place_nouns = ctx.lex.site_nouns | ctx.lex.populated_place_nouns
    if i > 0 and words.joined(i - 1) and _in(words[i - 1], place_nouns) and not words[i - 1].has_article:
        return  # "تل رفعت"، "بلدة صالح": a first name right after a place noun names the place
    if words[i].text == IN_THE_NAME_OF and i > 0 and words[i - 1].stem in SPEAKING_FOR:
        return  # "المتحدث باسم الخارجية": in the name of, not the given name باسم
    first = i
    last = i
    if words[i].stem == "عبد" and words.joined(i):
        last += 1
    if last + 1 < len(words) and _in(words[last + 1], ctx.lex.kunya_words):
        return  # the kunya finder takes "محمود أبو سالم" whole
    taken = 0
    while last + 1 < len(words) and words.joined(last):
        nxt = words[last + 1]
        if taken and not words[last].has_article and nxt.text in COMPOUND_SECONDS:
            last += 1  # "محمد سعد الدين البريدي": سعد الدين is one name
        elif taken < 2 and _continues_name(ctx, words[last], nxt, taken):
            last += 1
            taken += 1
        else:
            break
    if taken:
        # "فواز": a name whose first letter reads as a proclitic starts at the word
        whole = words[first].stem not in ctx.lex.first_names
        yield ctx.mention(words[first].start if whole else words[first].name_start, words[last].end,
                          "PERSON", "first_names")


def _continues_name(ctx: PatternContext, previous: Word, word: Word, taken: int) -> bool:
    """True when ``word`` is the next name of a person whose name so far ends with ``previous``."""
    lex = ctx.lex
    return ((ctx.name_like(word) or _clitic_looking_family_name(ctx, word))
            and not _in(word, lex.group_heads) and not _title_as_predicate(ctx, word)
            and not _in(word, lex.populated_place_nouns)
            and (taken == 0 or _third_name(previous, word)))


def _introduced_person(ctx: PatternContext, i: int) -> Iterator[Mention]:
    """المدعو «خطاب الدرعاوي», الملقب بـ«الشبح»: a name or a nickname of the previous person."""
    words = ctx.words
    j = i
    if j + 1 < len(words) and words[j + 1].text == "ب" and words.joined(j):
        j += 1
    quoted = words.quoted_after(j, max_words=4)
    if quoted:
        start, end = _quoted_span(ctx, *quoted)
    elif words.joined(j) and j + 1 < len(words) and ctx.name_like(words[j + 1]):
        nxt = words[j + 1]
        last = j + 1
        if words.joined(last) and last + 1 < len(words) and ctx.name_like(words[last + 1]):
            last += 1
        start, end = nxt.name_start, words[last].end
    else:
        return
    yield ctx.mention(start, end, "PERSON", "person_introducers",
                      nickname=str(words[i].stem.startswith("ملقب")))


def find_outlets(ctx: PatternContext) -> Iterator[Mention]:
    """Outlet names after a head noun: «قناة «أخبار الآن»», «شبكة «سي بي اس»»."""
    for i, head in _heads(ctx, ctx.lex.outlet_heads):
        quoted = ctx.words.quoted_after(i, max_words=4)
        if quoted:
            start, end = _quoted_span(ctx, *quoted)
            yield ctx.mention(start, end, "OUTLET", "outlet_heads+quote",
                              aliases=((head.name_start, end),))


#: Words that may tie an office to the group after it ("المتحدث باسم X"، "القيادي في X").
OFFICE_LINKS = frozenset({"باسم", "في", "ل", "الرسمي", "العام", "العسكري", "الاعلامي", "السابق"})
#: How many words before a group its office may stand.
OFFICE_REACH = 4


def find_office_holders(ctx: PatternContext, mentions: list[Mention]) -> Iterator[Mention]:
    """The name after "office + group" ("المتحدث باسم «قسد» فرهاد شامي"، "قائد لواء المعتصم
    معتصم عباس"): two name-like words, a third only with the article (a nisba, "الدين")."""
    words, lex = ctx.words, ctx.lex
    groups = [(m.start, m.end) for m in mentions if m.type in ("GROUP", "STATE")]
    for start, end in sorted(groups + _role_words(ctx)):
        i = words.index_of(start)
        before = words[max(0, i - OFFICE_REACH) : i]
        office = next((k for k, w in enumerate(before) if _in(w, lex.person_titles)), None)
        if office is None or not _office_of(words, before[office + 1 :], i):
            continue
        if before[office].has_article and office == len(before) - 1:
            continue  # "اتهم المتحدث النظام": a definite office takes its group with a link word
        first = words.index_of(end)
        while first < len(words) and _in(words[first], lex.person_titles):
            first += 1  # "قائد X العقيد Y"
        name = _holder_name(ctx, first, mentions)
        if len(name) >= 2:
            yield ctx.mention(words[name[0]].start, words[name[-1]].end, "PERSON", "person_titles",
                              office_holder="True")


def _office_of(words, between: list, group: int) -> bool:
    """True when the words between an office title and the group at word ``group`` tie the
    office to it: link words only ("المتحدث باسم X"), or the office's own qualifiers with the
    article before a link ("مدير المكتب الإعلامي لـX"، "مدير العلاقات العامة في X")."""
    if all(w.text in OFFICE_LINKS for w in between):
        return True
    linked = words[group].prefix.removesuffix("ال").endswith("ل") or words[group].prefix.endswith("لل") or (
        between[-1].text in OFFICE_LINKS)
    return linked and all(w.text in OFFICE_LINKS or w.has_article for w in between)


def _role_words(ctx: PatternContext) -> list[tuple[int, int]]:
    """Spans of role words that stand for a group named before ("المتحدث باسم المجلس Y")."""
    roles = ctx.lex.group_roles
    words = ctx.words
    return [(words[i].start, words[i].end) for i in words.having(roles)
            if words[i].has_article and "ال" + words[i].stem in roles]


def _holder_name(ctx: PatternContext, first: int, mentions: list[Mention]) -> list[int]:
    """Word indices of the name starting at ``first``: up to MAX_NAME_WORDS name-like words with
    nothing but spaces between, outside other names."""
    words, name = ctx.words, []
    if first == 0 or first >= len(words) or words.gap(first - 1).strip(' "«»“”') != "":
        return name  # "القائد السابق لـX، وهو يتلو": a comma ends the office phrase
    for k in range(first, min(first + MAX_NAME_WORDS, len(words))):
        word = words[k]
        if not _holder_word(ctx, word) or any(m.start <= word.start < m.end for m in mentions):
            break
        if len(name) == 2 and not word.has_article and not words[name[1]].has_article:
            break  # "معتصم عباس أكد": a third word is the verb, unless after "تقي الدين"
        name.append(k)
        if not words.joined(k):
            break
    return name


def _holder_word(ctx: PatternContext, word: Word) -> bool:
    """A word of a person's name: the whole word counts ("فرهاد" is no ف + رهاد)."""
    # "ولا" is و + لا; "بالي" is no ب + إلى: a preposition never takes another glued before it.
    stop = word.text in ctx.lex.stopwords or (
        word.prefix not in GLUED_PREPOSITIONS and (ctx.is_stop(word) or word.text[1:] in ctx.lex.stopwords))
    return len(word.text) >= 3 and not (
        stop or _in(word, ctx.lex.person_titles) or word.text.isdigit()
        or word.text in ctx.lex.compass or word.prefix in CLAUSE_PREFIXES)


#: "باسم" after a spokesman's title, or a verb of speaking or acting for others ("التي تفاوض
#: باسم الجماعات المسلحة"), is "in the name of".
IN_THE_NAME_OF = "باسم"
SPEAKING_FOR = frozenset({"المتحدث", "متحدث", "الناطق", "ناطق", "المتحدثه", "الناطقه", "متحدثا", "ناطقا",
                       "تفاوض", "يفاوض", "تتفاوض", "يتفاوض", "فاوض", "فاوضت", "يتحدث", "تتحدث", "تحدث",
                       "تحدثت", "ينطق", "تنطق", "وقع", "وقعت", "يوقع", "توقع", "المفاوض", "مفاوضا"})
#: Proclitic prepositions: glued to a word that reads as a preposition, they are its letters.
GLUED_PREPOSITIONS = frozenset({"ب", "ل", "ك"})


#: Adjectives that may stand between a noun and the state's adjective ("تعزيزات عسكرية تركية").
MANNER_ADJECTIVES = frozenset({"عسكريه", "عسكري", "العسكريه", "العسكري", "جويه", "الجويه", "جوي", "الجوي",
                               "حربيه", "الحربيه", "رفيع", "رفيعه", "الرفيع", "امنيه", "الامنيه", "مسيره"})


def find_state_adjectives(ctx: PatternContext) -> Iterator[Mention]:
    """"وفد تركي"، "الضباط الروس"، "بوساطة روسية": a state's adjective after a noun of its
    agents or acts names the state, and so does one right after it ("بضمانة روسية تركية")."""
    words, lex = ctx.words, ctx.lex
    named = -1  # the index of the last state adjective taken
    for i in range(1, len(words)):
        state = lex.state_adjectives.get(words[i].text)
        if state is None and named == i - 1:
            state = lex.state_adjectives.get(words[i].stem)  # "روسية وتركية"
        if state is None or not (_after_state_noun(ctx, i) or named == i - 1 and _next_adjective(ctx, i)):
            continue
        named = i
        # a reading of the KB's state, over a village or country spelt like the adjective
        mention = ctx.mention(words[i].name_start, words[i].end, "STATE", "state_adjectives", source="kb")
        mention.kb_ids = (state,)
        yield mention


def _after_state_noun(ctx: PatternContext, i: int) -> bool:
    """True when word ``i`` follows a noun of a state's agents or acts ("تعزيزات عسكرية تركية")."""
    words, lex = ctx.words, ctx.lex
    if not words.joined(i - 1):
        return False
    noun = words[i - 1]
    if noun.text in MANNER_ADJECTIVES and i > 1 and words.joined(i - 2):
        noun = words[i - 2]
    return noun.text in lex.state_adjective_nouns or noun.stem in lex.state_adjective_nouns


def _next_adjective(ctx: PatternContext, i: int) -> bool:
    """True when word ``i`` follows the previous state adjective with a space, a dash or و."""
    return ctx.words.gap(i - 1).strip() in ("", "-", "ـ")

