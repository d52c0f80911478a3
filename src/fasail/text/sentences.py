"""Sentence splitting for Arabic news prose.

Splits on . ؟ ? ! ؛ and line breaks, but not inside numbers (1.5), after abbreviations
(د. م. أ.ف.ب) or inside a short quotation, and keeps closing quotes with their sentence.
Works on the original text, so spans need no mapping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

TERMINATORS = ".؟?!؛;…"
CLOSERS = "\"'»”’)]}"
OPENERS = {"«": "»", "“": "”", "(": ")"}
#: A quotation longer than this is not held together: news quotes whole statements.
MAX_QUOTE_SPAN = 250


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@cache
def abbreviations() -> frozenset[str]:
    """Abbreviations after which a period does not end a sentence (text/ar/abbreviations.tsv)."""
    data = resources.files("fasail.text").joinpath("ar/abbreviations.tsv").read_text("utf-8")
    return frozenset(
        line.split("\t")[0].strip()
        for line in data.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _word_before(text: str, dot: int) -> str:
    """The run of non-space characters ending at ``dot`` (as ``\\S+$`` over ``text[:dot]``,
    which may also end before one final newline), found by stepping back, not by a regex
    search that would rescan the text from its start for every period."""
    end = dot - 1 if dot and text[dot - 1] == "\n" else dot
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation like 'د.' or 'أ.ف.ب'."""
    word = _word_before(text, dot)
    if not word:
        return False
    word = word.lstrip("(«\"“")
    return word + "." in abbreviations() or (len(word) == 1 and word.isalpha())


def _quote_closes_soon(text: str, i: int, open_quotes: list[tuple[str, int]]) -> bool:
    """True when ``i`` lies inside a quotation that closes within MAX_QUOTE_SPAN."""
    if not open_quotes:
        return False
    closer, opened_at = open_quotes[-1]
    if i - opened_at > MAX_QUOTE_SPAN:
        return False
    close = text.find(closer, i)
    return close != -1 and close - opened_at <= MAX_QUOTE_SPAN


#: The characters _boundaries acts on; all others are skipped by the regex, not in Python.
_SPECIAL = re.compile(
    "[" + re.escape("\n" + TERMINATORS + "".join(OPENERS) + "".join(OPENERS.values())) + "]")
#: What a sentence end takes with it: more terminators and closing quotes.
_END_RUN = re.compile("[" + re.escape(TERMINATORS + CLOSERS) + "]*")


def _boundaries(text: str) -> list[int]:
    """Indices just after each sentence end."""
    cuts: list[int] = []
    open_quotes: list[tuple[str, int]] = []
    n = len(text)
    resume = 0  # characters before this were taken by the last sentence end
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i < resume:
            continue
        ch = text[i]
        if ch in OPENERS:
            open_quotes.append((OPENERS[ch], i))
        elif open_quotes and ch == open_quotes[-1][0]:
            open_quotes.pop()
        if ch == "\n":
            cuts.append(i + 1)
            open_quotes.clear()
        elif ch in TERMINATORS:
            if ch == "." and (
                (0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
                or _is_abbreviation(text, i)
            ):
                continue
            if _quote_closes_soon(text, i, open_quotes):
                continue
            resume = _END_RUN.match(text, i + 1).end()
            cuts.append(resume)
    return cuts


@lru_cache(maxsize=8)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with offsets, stripped of surrounding whitespace, none empty.

    Cached: dedup, recognition and fact extraction all split the same article."""
    sentences: list[Sentence] = []
    start = 0
    for cut in [*_boundaries(text), len(text)]:
        s, e = start, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(s, e, text[s:e]))
        start = max(start, cut)
    return tuple(sentences)
