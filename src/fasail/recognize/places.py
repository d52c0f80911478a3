"""Places: region phrases (ريف إدلب الجنوبي الشرقي), names after place nouns, and
gazetteer names, with the admin context that resolves same-named places.
"""

from __future__ import annotations

from collections.abc import Iterator

from fasail.kb.model import KBEntity
from fasail.recognize.mentions import Mention
from fasail.recognize.patterns import COMPOUND_SECONDS, PAIRED_ADJECTIVES, PatternContext, _in

#: Gazetteer levels (and region kinds) prominent enough to accept without a cue.
PROMINENT = frozenset({"governorate", "district", "subdistrict", "country", "region",
                       "natural_region", "site", "front"})
LEVEL_RANK = {"governorate": 0, "district": 1, "subdistrict": 2, "community": 3,
              "neighbourhood": 4}
CITY_NOUNS = ("مدينه", "بلده", "قريه", "مدينتي", "بلدتي", "قريتي", "مدن", "بلدات", "قري")
GOVERNORATE_NOUNS = ("محافظه", "محافظتي")
REGION_HEADS = frozenset({"ريف", "ريفي"})
#: Second words of two-word place names after a naming noun, besides those of compound given
#: names ("حي سيف الدولة").
NAME_SECONDS = frozenset({"الدوله", "الاسلام", "العرب"})
#: Plural place nouns (folded), which a list of any length follows ("أحياء X وY وZ").
PLURAL_PLACE_NOUNS = frozenset({"بلدات", "قري", "مدن", "احياء"})
#: Nouns that, with the article after a place noun, point back at a place ("أحياء المدينة").
REFERRING_NOUNS = frozenset({"مدينه", "بلده", "قريه", "منطقه", "محافظه", "ناحيه", "مخيم"})
#: Nouns for a city's quarters, whose name may be the city's and one more word.
QUARTER_NOUNS = frozenset({"حي", "حيي", "احياء"})
#: "إحياء" (reviving) folds like "أحياء" (quarters); its first letter tells them apart.
REVIVING_HAMZA = "إ"
#: How many places a list after a plural noun may name ("أحياء X وY وZ").
LIST_ITEMS = 6
#: A quoted phrase opening with one of these is no place name ("«إلى جانب قوات التحالف»").
QUOTE_OPENING_PREPOSITIONS = frozenset({"الي", "علي", "في", "من", "عن", "مع", "ضد", "نحو", "حتي"})
#: The accusative ending of adverbs and objects ("انسحاباً"), which names do not carry.
TANWEEN_FATH = "\u064b"


def _directions_after(ctx: PatternContext, last: int) -> int:
    """Extend ``last`` over up to two direction adjectives (الجنوبي الشرقي)."""
    words = ctx.words
    for _ in range(2):
        if words.joined(last) and last + 1 < len(words) and words[last + 1].text in ctx.lex.directions:
            last += 1
        else:
            break
    return last


def _place_word_at(ctx: PatternContext, i: int, place_starts: dict[int, int]) -> int | None:
    """Last word index of a gazetteer place name starting at word ``i`` (clitics allowed)."""
    word = ctx.words[i]
    end = place_starts.get(word.name_start) or place_starts.get(word.stem_start)
    if end is None:
        return None
    return ctx.words.index_of(end - 1)


def find_regions(ctx: PatternContext, place_starts: dict[int, int]) -> Iterator[Mention]:
    """ريف X [الجنوبي الشرقي], ريفي X الغربي وY الشمالي, الريف الشمالي لمدينة X."""
    words = ctx.words
    for i in words.having(REGION_HEADS):
        word = words[i]
        if word.stem not in REGION_HEADS or i + 1 >= len(words) or not words.joined(i):
            continue
        if word.has_article:  # الريف الغربي لمدينة حماة
            last = _directions_after(ctx, i)
            j = last + 1
            if last > i and j < len(words) and words.joined(last) and words[j].prefix.startswith("ل"):
                if words[j].stem in ("مدينه", "محافظه") and words.joined(j):
                    j += 1
                end = _place_word_at(ctx, j, place_starts)
                if end is not None:
                    yield ctx.mention(word.name_start, words[end].end, "PLACE", "region_head+of",
                                      within=(words[j].name_start, words[end].end))
            continue
        j = i + 1
        if words[j].stem in ("مدينه", "محافظه") and words.joined(j):
            j += 1
        end = _place_word_at(ctx, j, place_starts)
        if end is None:
            continue
        last = _directions_after(ctx, end)
        dual = word.stem == "ريفي"
        name_from = word.name_start
        if dual:
            yield _region(ctx, word.start + len(word.prefix), j, last, dual_head=True)
            k = last + 1
            if k < len(words) and words.joined(last) and words[k].conjoined:
                end2 = _place_word_at(ctx, k, place_starts)
                if end2 is not None:
                    last2 = _directions_after(ctx, end2)
                    yield _region(ctx, words[k].name_start, k, last2, dual_head=False)
            continue
        yield ctx.mention(name_from, words[last].end, "PLACE", "region_head",
                          within=(words[j].name_start, words[end].end))


def _region(ctx: PatternContext, head_start: int, first: int, last: int, *,
            dual_head: bool) -> Mention:
    """One region of a dual phrase, named "ريف X DIR" though the text writes ريفي / وY."""
    words = ctx.words
    place = ctx.original(words[first].name_start, words[last].end)
    start = head_start if dual_head else words[first].start
    mention = ctx.mention(start, words[last].end, "PLACE", "region_head+dual",
                          within=(words[first].name_start, words[last].end))
    mention.name = f"ريف {place.strip()}"
    return mention


def find_place_nouns(ctx: PatternContext, place_starts: dict[int, int]) -> Iterator[Mention]:
    """Names after a place noun: بلدة كفرنبل، بلدتي التح وجرجناز، تلة الصوامع، قرية أبو حبة."""
    words, lex = ctx.words, ctx.lex
    for i in words.having(lex.populated_place_nouns | lex.site_nouns):
        if i == len(words) - 1:
            break
        noun = words[i]
        if ctx.original(noun.stem_start, noun.stem_start + 1) == REVIVING_HAMZA and noun.stem == "احياء":
            continue  # "إحياء تنظيم X" revives; "أحياء X" are quarters
        populated = _in(noun, lex.populated_place_nouns)
        site = _in(noun, lex.site_nouns)
        if not (populated or site):
            continue
        quoted = None if noun.has_article else words.quoted_after(i, max_words=4)
        if quoted and not _quoted_name(ctx, *quoted):
            continue  # "من المدينة «انسحاباً تكتيكياً»"، "«إلى جانب قوات التحالف»": no name
        if quoted:
            first, last = quoted
        else:
            first = i + 1
            if not words.joined(i) or words[first].conjoined:
                continue
            if noun.has_article:  # "البلدة" refers back, but "القطاع الأوسط" names a sector
                if site and words[first].text in lex.directions | lex.facility_adjectives:
                    yield ctx.mention(noun.name_start, words[first].end, "PLACE", "site_nouns",
                                      source="place")
                continue
            if words[first].has_article and words[first].stem in REFERRING_NOUNS and not site:
                continue  # "أحياء المدينة": the noun after it refers back
            kb_end = _place_word_at(ctx, first, place_starts)
            if kb_end is not None:
                last = kb_end
                if noun.stem in QUARTER_NOUNS and _quarter_word(ctx, kb_end + 1):
                    last = kb_end + 1  # "حي درعا المحطة": a quarter named after its city
            elif not (site or _in(noun, lex.naming_place_nouns)):
                continue
            elif (ctx.name_like(words[first]) and not words[first].stem.endswith("يه")
                  and not _verbal_noun(words[first].text)):
                last = first
                if words[first].text in lex.kunya_words and words.joined(first):
                    last = first + 1  # قرية أبو دالي
                elif site and words.joined(first) and first + 1 < len(words) and (
                        words[first + 1].prefix == "ال" and ctx.name_like(words[first + 1])
                        and not _participle(words[first + 1].stem)):
                    last = first + 1
                elif words.joined(first) and first + 1 < len(words) and (
                        words[first + 1].text in COMPOUND_SECONDS | NAME_SECONDS):
                    last = first + 1  # حي صلاح الدين، حي سيف الدولة
                elif _second_name_word(ctx, first + 1, place_starts):
                    last = first + 1  # قرية عرب سعيد، بلدة خان العسل، تلة مشتى نور
            else:
                continue
        if site and not quoted:
            last = _directions_after(ctx, last)
            yield ctx.mention(noun.name_start, words[last].end, "PLACE", "site_nouns", source="place")
            continue
        many = noun.stem in PLURAL_PLACE_NOUNS
        plural = noun.stem.endswith("ي") or many
        if plural and last > first + 1 and words[last].conjoined and words[last].stem in PAIRED_ADJECTIVES:
            yield from _pair_inside(ctx, first, last)  # قريتي (الباغوز فوقاني وتحتاني)
            continue
        start = words[first].name_start if not quoted else words[first].start
        yield ctx.mention(start, words[last].end, "PLACE",
                          "site_nouns+quote" if site else "populated_place_nouns",
                          aliases=((noun.name_start, words[last].end),), source="place")
        if plural:
            yield from _second_of_pair(ctx, first, last, place_starts, many=many)


def _second_name_word(ctx: PatternContext, i: int, place_starts: dict[int, int]) -> bool:
    """True when word ``i`` goes on a two-word place name after a place noun: name-like, glued
    to a bare first word, no nisba or participle, no place of its own, and the phrase ends with
    it (punctuation, a stopword, an adjective or the text's end after it: "قرية عرب سعيد بعد"،
    "تلة مشتى نور المطلة"، not "بلدة كفرنبل الاستراتيجية")."""
    words = ctx.words
    if i >= len(words) or not words.joined(i - 1) or i in place_starts or words[i - 1].prefix:
        return False  # "حي الزهور المجاور"، "حي الوعر تصل": after a word with the article, no
    word = words[i]
    if not ctx.name_like(word) or word.prefix not in ("", "ال") or len(word.stem) < 3:
        return False
    if _describes(word.stem):
        return False
    if i + 1 >= len(words) or not words.joined(i) or ctx.is_stop(words[i + 1]):
        return True
    after = words[i + 1]  # "تلة مشتى نور المطلة على المدينة": an adjective closes the name
    return after.prefix == "ال" and (after.stem.endswith(("ي", "يه")) or _participle(after.stem))


def _describes(stem: str) -> bool:
    """True for a nisba, plural or participle ending: an adjective, not a name word."""
    return stem.endswith(("ي", "يه", "يين", "ين", "ون", "ات")) or _participle(stem)


def _participle(stem: str) -> bool:
    """True for a participle agreeing with the place ("جبل هيال المشرفين على المدينة"، "تلة
    سيريتل المطلة"): مـ with a plural or feminine ending describes, it names nothing."""
    return stem.startswith("م") and stem.endswith(("ين", "ون", "ه", "ات"))


def _quarter_word(ctx: PatternContext, i: int) -> bool:
    """True when word ``i`` goes on a quarter's name after a city's ("حي درعا المحطة"): it has
    the article, reads as a name and is no nisba adjective ("حي جوبر الدمشقي")."""
    words = ctx.words
    if i >= len(words) or not words.joined(i - 1):
        return False
    word = words[i]
    return word.prefix == "ال" and ctx.name_like(word) and not word.stem.endswith(("ي", "يه"))


def _quoted_name(ctx: PatternContext, first: int, last: int) -> bool:
    """True unless the quoted words read as a phrase: one opens with a preposition, or one
    carries the accusative ending of an adverb ("«انسحاباً تكتيكياً»")."""
    words = ctx.words
    if ctx.is_stop(words[first]) or words[first].text in QUOTE_OPENING_PREPOSITIONS:
        return False
    return not any(TANWEEN_FATH in ctx.original(words[k].start, words[k].end) for k in range(first, last + 1))


def _verbal_noun(word: str) -> bool:
    """True for the verbal nouns of derived verbs ("انطلاق"، "انسحاب"، "اقتحام"، "احتلال"):
    after a site noun ("قاعدة انطلاق") they name an act, not a place."""
    return len(word) == 6 and word[0] == "ا" and word[4] == "ا" and (word[1] == "ن" or word[2] in "تطد")


def _pair_inside(ctx: PatternContext, first: int, last: int) -> Iterator[Mention]:
    """"X فوقاني وتحتاني" → "X فوقاني" and "X تحتاني"."""
    words = ctx.words
    yield ctx.mention(words[first].name_start, words[last - 1].end, "PLACE",
                      "populated_place_nouns+pair", source="place")
    second = ctx.mention(words[last].stem_start, words[last].end, "PLACE",
                         "populated_place_nouns+pair", source="place")
    base = ctx.original(words[first].name_start, words[last - 2].end)
    second.name = f"{base} {ctx.original(words[last].stem_start, words[last].end)}"
    yield second


def _second_of_pair(ctx: PatternContext, first: int, last: int,
                    place_starts: dict[int, int], many: bool = False) -> Iterator[Mention]:
    """The second place of a dual: "X وY", or "X شرقية وغربية" (→ X غربية); after a plural
    noun (``many``: "أحياء X وY وZ") every place of the list."""
    words = ctx.words
    k = last + 1
    if k >= len(words) or not words.joined(last) or not words[k].conjoined:
        return
    if last > first and words[k].stem in PAIRED_ADJECTIVES:
        mention = ctx.mention(words[k].stem_start, words[k].end, "PLACE", "populated_place_nouns+pair",
                              source="place")
        base = ctx.original(words[first].name_start, words[last - 1].end)
        mention.name = f"{base} {ctx.original(words[k].stem_start, words[k].end)}"
        yield mention
        return
    nouns = ctx.lex.populated_place_nouns | ctx.lex.site_nouns
    for _ in range(LIST_ITEMS if many else 1):
        if _in(words[k], nouns):
            return  # "بلدات X وY وحي Z": the next noun opens its own name
        end = _place_word_at(ctx, k, place_starts)
        if end is None:
            end = k if ctx.name_like(words[k]) or words[k].prefix in ("و", "وال") else None
            if end is not None and words.joined(k) and k + 1 < len(words) and (
                    words[k + 1].text in COMPOUND_SECONDS | NAME_SECONDS
                    or many and words[k + 1].prefix == "ال" and ctx.name_like(words[k + 1])):
                end = k + 1  # "أحياء صلاح الدين وسيف الدولة"، "قرى X ودوير الزيتون"
        if end is None:
            return
        yield ctx.mention(words[k].name_start if words[k].prefix != "و" else words[k].stem_start,
                          words[end].end, "PLACE", "populated_place_nouns+pair", source="place")
        k = end + 1
        if k >= len(words) or not words.joined(end) or not words[k].conjoined:
            return


def place_cue(ctx: PatternContext, start: int, end: int) -> str | None:
    """What announces a place name here: "strong" (قرب، محيط، أهالي: only places follow),
    "locative" (في، إلى، بـ، a compass word), "quote" (a quoted or bracketed name), or None."""
    words = ctx.words
    i = words.index_of(start)
    if i >= len(words):
        return None
    word = words[i]
    if word.prefix[:1] in ("ب",) or word.prefix.startswith("وب"):
        return "locative"  # بريف، بمدينة، بالرقة: "in"
    before = ctx.text[max(0, start - 2) : start]
    if '"' in before or "(" in before:
        return "quote"
    if i == 0 or not words.joined(i - 1):
        return None
    prev = words[i - 1]
    lex = ctx.lex
    if prev.text in lex.strong_locative_cues or prev.stem in lex.strong_locative_cues:
        return "strong"
    if prev.text in LIST_LEADERS and any(_in(w, lex.populated_place_nouns)
                                         for w in words[max(0, i - 1 - LIST_LEADER_REACH) : i - 1]):
        return "strong"  # "عشر بلدات أبرزها X": the towns the plural noun announced
    if prev.text in lex.locative_cues or prev.stem in lex.locative_cues or prev.text in lex.compass:
        return "locative"
    return None


#: Words that open the named examples of a plural noun ("بلدات أبرزها X وY").
LIST_LEADERS = frozenset({"ابرزها", "وابرزها", "منها", "ومنها", "بينها", "اهمها"})
#: How many words before such a word the place noun may stand ("قرى عدة في ريف حلب، أبرزها").
LIST_LEADER_REACH = 4


def is_place_noun(ctx: PatternContext, start: int, end: int) -> bool:
    """A gazetteer name that is itself a place noun ("المدينة", a village named so) refers back."""
    key = ctx.text[start:end].removeprefix("ال")
    return key in ctx.lex.populated_place_nouns or key in ctx.lex.site_nouns


def plain_word_place(ctx: PatternContext, entity: KBEntity, start: int, end: int) -> bool:
    """A gazetteer name that reads as a common word here: a one-word definite district name
    (الباب in "يفتح الباب") or a name glued to ل (لكسب الوقت)."""
    key = ctx.text[start:end]
    i = ctx.words.index_of(start)
    if " " in key or i >= len(ctx.words):
        return False
    word = ctx.words[i]
    if word.prefix.endswith("ل") and not word.prefix.endswith("ال"):
        return True
    return entity.level in ("district", "subdistrict") and key.startswith("ال")


def superlative(ctx: PatternContext, start: int, end: int) -> bool:
    """True when a one-word name reads as an elative before a noun ("من أبرز فصائل X"، "أكبر
    المدن"): a village named أبرز is not meant there."""
    i = ctx.words.index_of(start)
    if " " in ctx.text[start:end] or i + 1 >= len(ctx.words) or not ctx.words.joined(i):
        return False
    word, following = ctx.words[i], ctx.words[i + 1]
    # أفعل never ends in ة (أطمة is a village); a noun follows it ("أبرز فصائل"، "أكبر المدن").
    return (len(word.stem) == 4 and word.stem.startswith("ا") and not word.stem.endswith(("ه", "ي"))
            and not word.prefix and ctx.name_like(following))


def noun_before(ctx: PatternContext, start: int) -> int | None:
    """Where a bare place noun (بلدة، قرية، مدينتي) right before ``start`` begins, or None."""
    i = ctx.words.index_of(start)
    if i == 0 or i >= len(ctx.words) or not ctx.words.joined(i - 1):
        return None
    prev = ctx.words[i - 1]
    if _in(prev, ctx.lex.populated_place_nouns) and not prev.has_article:
        return prev.name_start
    return None


def is_adjective(ctx: PatternContext, start: int) -> bool:
    """A definite name right after a definite word agrees with it as an adjective:
    "المقاتلين الشيشان", "الحدود السورية" name no place."""
    i = ctx.words.index_of(start)
    if i == 0 or i >= len(ctx.words) or not ctx.words.joined(i - 1):
        return False
    word, prev = ctx.words[i], ctx.words[i - 1]
    return word.prefix == "ال" and prev.prefix == "ال" and prev.text not in ctx.lex.locative_cues

def resolve_place(candidates: list[KBEntity], context_admin1: set[str], noun: str | None) -> tuple[
        KBEntity | None, list[KBEntity]]:
    """Pick the place meant among same-named candidates, or report them as ambiguous.

    The governorates named in the same sentence decide first; a city noun (مدينة، بلدة)
    prefers a community, a governorate noun the governorate; otherwise the highest admin
    level wins when it is unique.
    """
    pool = candidates
    if context_admin1:
        inside = [c for c in pool if c.admin1 in context_admin1]
        pool = inside or pool
    if noun in CITY_NOUNS:
        towns = [c for c in pool if c.level in ("community", "neighbourhood")]
        pool = towns or pool
    elif noun in GOVERNORATE_NOUNS:
        pool = [c for c in pool if c.level == "governorate"] or pool
    if len(pool) == 1:
        return pool[0], []
    ranked = sorted(pool, key=lambda c: LEVEL_RANK.get(c.level or "", -1))
    best = ranked[0]
    top = [c for c in ranked if LEVEL_RANK.get(c.level or "", -1) == LEVEL_RANK.get(best.level or "", -1)]
    if len(top) == 1:
        return best, []
    same_town = {(c.admin1, c.lat) for c in top}
    if len(same_town) == 1:
        return best, []
    return None, top


