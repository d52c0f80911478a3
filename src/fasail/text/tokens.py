"""Word tokens with their proclitics (و ف ب ل ك ال لل and chains) separated.

A token keeps the offsets of the whole word; ``stem_start`` marks where the word proper
begins, so a name matcher can match "جبهة النصرة" inside "لجبهة النصرة" and report the
span without the clitic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from fasail.text.normalize import fold, normalize

WORD = re.compile(r"[\w\u0600-\u06ff]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    stem_start: int

    @property
    def prefix(self) -> str:
        return self.text[: self.stem_start - self.start]

    @property
    def stem(self) -> str:
        return self.text[self.stem_start - self.start :]


def _read_tsv(name: str) -> list[list[str]]:
    data = resources.files("fasail.text").joinpath(f"ar/{name}").read_text("utf-8")
    return [line.split("\t") for line in data.splitlines() if line.strip() and line[0] != "#"]


@cache
def proclitics() -> tuple[tuple[str, int], ...]:
    """(proclitic, minimum stem length), longest proclitic first."""
    rows = [(fold(r[0]).replace("ـ", ""), int(r[1])) for r in _read_tsv("clitics.tsv")]
    return tuple(sorted(set(rows), key=lambda r: -len(r[0])))


@cache
def clitic_exceptions() -> frozenset[str]:
    """Words that start like a proclitic but must not be split, first names included ("فراس"،
    "بسام": a name is no ف + راس)."""
    listed = (fold(r[0]) for r in _read_tsv("clitic_exceptions.tsv"))
    names = (fold(r[0]) for r in _read_tsv("first_names.tsv") if r[0][:1] in "وفبلك")
    return frozenset((*listed, *names))


@cache
def short_stems() -> frozenset[str]:
    """Two-letter nouns that may follow و/ف/ب (وتل، وحي), though stems are usually longer."""
    return frozenset(fold(r[0]) for r in _read_tsv("short_stems.tsv"))


@lru_cache(maxsize=1 << 16)
def split_proclitic(word: str) -> tuple[str, str]:
    """Split ``word`` (normalised) into (proclitic, stem); proclitic is '' when none applies.

    The longest applicable proclitic wins, unless a shorter one leaves a known word
    (وبلدة is و + بلدة, not وب + لدة).
    """
    if word in clitic_exceptions():
        return "", word
    candidates = [
        (clitic, word[len(clitic) :])
        for clitic, min_stem in proclitics()
        if word.startswith(clitic) and len(word) - len(clitic) >= min_stem
    ]
    for clitic, stem in candidates:
        if stem in clitic_exceptions():
            return clitic, stem
    if not candidates and word[:1] in "وفب" and word[1:] in short_stems():
        return word[:1], word[1:]  # وتل، بتل: two-letter nouns after a one-letter clitic
    return candidates[0] if candidates else ("", word)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` (normalised or not) with the proclitic boundary of each."""
    tokens = []
    for m in WORD.finditer(text):
        word = m.group()
        folded = normalize(word)
        clitic, _ = split_proclitic(folded.text)
        stem_at = folded.source_index[len(clitic)] if len(clitic) < len(folded.text) else 0
        tokens.append(Token(m.start(), m.end(), word, m.start() + stem_at))
    return tokens
