"""Word tokens of the normalised text, with proclitics split and the gaps between words.

The name patterns look at words and at what separates them: a quote opens or closes a
name, punctuation ends a phrase, a plain space continues it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import count, repeat
from operator import add
from typing import NamedTuple

from fasail.text.tokens import split_proclitic

#: A word; two joined by a slash are one (in news nearly always a month in both calendars,
#: "تموز/يوليو"), so a wire-style date does not push a verb's arguments out of reach.
WORD = re.compile(r"[\u0621-\u064a]+(?:/[\u0621-\u064a]+)?|\d+")
ARTICLE = "ال"
_new_tuple = tuple.__new__
#: After normalisation every quote style is '"'; brackets also enclose names: قرية (أبو حبة).
OPENERS = ('"', "(")
CLOSERS = ('"', ")")


class Word(NamedTuple):
    """A word of normalised text: ``prefix`` + ``stem``; ``bare`` is the stem without ال.

    A named tuple rather than a frozen dataclass: an article has hundreds of words and a
    tuple is several times cheaper to build."""

    index: int
    start: int
    end: int
    text: str
    prefix: str
    stem: str

    @property
    def stem_start(self) -> int:
        return self.end - len(self.stem)

    @property
    def name_start(self) -> int:
        """Where a name written with this word begins: after proclitics, at its article."""
        if self.prefix.endswith(ARTICLE):
            return self.start + len(self.prefix) - len(ARTICLE)
        return self.start + len(self.prefix)

    @property
    def bare(self) -> str:
        return self.stem

    @property
    def has_article(self) -> bool:
        return self.prefix.endswith(ARTICLE) or self.prefix.endswith("لل")

    @property
    def conjoined(self) -> bool:
        """True when the word carries the conjunction و (or ف): it starts a new item."""
        return self.prefix[:1] in ("و", "ف")


class Words(list[Word]):
    """The words of a text and the separators between them.

    A list of its words, so that indexing, slicing and ``len`` (millions of calls per batch)
    run in C rather than through Python-level methods."""

    def __init__(self, text: str):
        # Built column by column with C-level maps, and with tuple.__new__ rather than the
        # named tuple's Python-level constructor: this runs for every word of every article.
        matches = list(WORD.finditer(text))
        forms = list(map(re.Match.group, matches))
        starts = list(map(re.Match.start, matches))
        ends = list(map(re.Match.end, matches))
        heads = map(add, zip(count(), starts, ends, forms), map(split_proclitic, forms))
        super().__init__(map(_new_tuple, repeat(Word), heads))
        self.text = text
        self._starts = dict(zip(starts, count()))
        self._ends = ends
        #: Index of the word containing or following an offset (a C-level partial, not a
        #: method: the extraction rules ask it over a million times per 2,000 articles).
        self.index_of: Callable[[int], int] = partial(bisect_right, self._ends)
        self._by_form: dict[str, list[int]] | None = None
        self._having: dict[frozenset[str], list[int]] = {}

    def gap(self, i: int) -> str:
        """What separates word ``i`` from word ``i + 1`` (the rest of the text at the end)."""
        end = self[i].end
        nxt = self[i + 1].start if i + 1 < len(self) else len(self.text)
        return self.text[end:nxt]

    def joined(self, i: int) -> bool:
        """True when word ``i`` and the next one are in the same phrase (only spaces between)."""
        return i + 1 < len(self) and self.gap(i).strip() == ""

    def gaps_with(self, ch: str) -> list[int]:
        """Indices ``i``, in order, of the words whose gap to word ``i + 1`` holds ``ch`` (a
        non-word character): found from where ``ch`` occurs instead of a look at every gap."""
        found: list[int] = []
        at = self.text.find(ch)
        while at != -1:
            i = bisect_right(self._ends, at) - 1
            if 0 <= i < len(self) - 1 and (not found or found[-1] != i):
                found.append(i)
            at = self.text.find(ch, at + 1)
        return found

    def at(self, offset: int) -> int | None:
        """Index of the word starting exactly at ``offset``."""
        return self._starts.get(offset)

    def having(self, forms: frozenset[str]) -> list[int]:
        """Indices, in order, of the words that are one of ``forms`` as written, by their stem
        or by their stem with the article: the finders' head-noun test, answered by set
        lookups instead of a test of every word. The list is shared: read it, do not change it."""
        known = self._having.get(forms)  # the extractor asks the same sets sentence by sentence
        if known is not None:
            return known
        if self._by_form is None:
            by_form: dict[str, list[int]] = defaultdict(list)
            for i, _start, _end, text, _prefix, stem in self:  # repeats dropped below
                by_form[text].append(i)
                by_form[stem].append(i)
                by_form[ARTICLE + stem].append(i)
            self._by_form = by_form
        by_form = self._by_form
        # Through the smaller side: "forms & keys" would look up every one of a large lexicon.
        shared = (forms.intersection(by_form) if len(forms) > len(by_form)
                  else [f for f in forms if f in by_form])
        found = [i for form in shared for i in by_form[form]]
        known = self._having[forms] = sorted(set(found))
        return known

    def opens_quote(self, i: int) -> bool:
        """True when a quote or bracket opens right before word ``i + 1`` (after word ``i``)."""
        gap = self.gap(i).rstrip(" ")
        return i + 1 < len(self) and gap.endswith(OPENERS) and self.gap(i)[-1:] in OPENERS

    def quoted_after(self, i: int, max_words: int = 6) -> tuple[int, int] | None:
        """(first, last) word indices of a quotation opening right after word ``i``."""
        if not self.opens_quote(i):
            return None
        return self.quoted_from(i + 1, max_words)

    def quoted_from(self, first: int, max_words: int = 6) -> tuple[int, int] | None:
        """(first, last) of a quotation whose first word is ``first`` (opening quote before it)."""
        for last in range(first, min(first + max_words, len(self))):
            gap = self.gap(last)
            if gap[:1] in CLOSERS:
                return first, last
            if gap.strip() and gap.strip() not in ("-", "ـ"):
                return None
        return None


@lru_cache(maxsize=4)
def words_of(text: str) -> Words:
    """The words of ``text``, built once for the stages that read the same article."""
    return Words(text)
