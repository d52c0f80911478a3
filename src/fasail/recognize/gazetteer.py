"""Knowledge base names matched in normalised text with clitic-aware word boundaries.

All names of all entities go into one Aho-Corasick automaton (pyahocorasick). A hit counts
only at a word boundary, or after a proclitic chain glued to the name (لجبهة النصرة،
والجيش، بالرقة); a name that starts with the article also matches after لل, where the
article's alef is dropped (للحزب التركستاني).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from fasail.cache import load_or_build
from fasail.kb.base import KnowledgeBase, default_kb, kb_data_files
from fasail.text.normalize import fold

ARTICLE = "ال"
#: Proclitic chains that may be glued before a name that has no article / has the article.
BEFORE_BARE = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "ولب"})
BEFORE_ARTICLE = frozenset({"و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"})
#: For a name whose article merged into لل: the chain before لل.
BEFORE_LIL = frozenset({"", "و", "ف"})
#: First words of place names often written joined to the next (كفر نبل / كفرنبل).
JOINABLE = ("كفر ", "دير ", "عين ", "بيت ", "تل ")


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of one entity in the automaton."""

    entity_id: str
    type: str
    name_key: str
    short: bool
    lil: bool  # the key is the name without its article, valid only after لل


@lru_cache(maxsize=1 << 16)
def match_key(name: str) -> str:
    """The automaton key of a name: folded, quotes dropped, single spaces (cached: every
    place mention of every article asks for it, and names recur)."""
    return " ".join(fold(name).replace('"', " ").split())


@cache
def automaton_for(kb: KnowledgeBase) -> ahocorasick.Automaton:
    """An automaton over every name and short name of the KB's actors and places (the
    shipped KB's from the disk cache, see fasail.cache)."""
    if kb is default_kb():
        return load_or_build("kb-names", kb_data_files(), lambda: _build_automaton(kb))
    return _build_automaton(kb)


def _build_automaton(kb: KnowledgeBase) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    entries: dict[str, list[Entry]] = {}
    for entity in (*kb.actors.values(), *kb.places.values()):
        names = [(n, False) for n in entity.names] + [(n, True) for n in entity.short_names]
        for name, short in names:
            key = match_key(name)
            if len(key) < 2:
                continue
            entry = Entry(entity.id, entity.type, key, short, False)
            entries.setdefault(key, []).append(entry)
            if entity.type == "PLACE" and " " in key and key.endswith("ا"):
                # "بيت سوا" is also written "بيت سوى", which folding makes "بيت سوي"
                entries.setdefault(key[:-1] + "ي", []).append(entry)
            if entity.type == "PLACE" and key.startswith(JOINABLE):
                joined = key.replace(" ", "", 1)
                entries.setdefault(joined, []).append(entry)
            if key.startswith(ARTICLE) and len(key) > 4:
                bare = key[len(ARTICLE):]
                entries.setdefault(bare, []).append(Entry(entity.id, entity.type, key, short, True))
    for key, found in entries.items():
        unique = tuple(dict.fromkeys(found))
        # What find_names needs per hit, worked out once per key: the clitic chains allowed
        # before it, and its entries valid after لل only, elsewhere only, or in both cases.
        before = BEFORE_ARTICLE if key.startswith(ARTICLE) else BEFORE_BARE
        after_lil = tuple(e for e in unique if e.lil)
        elsewhere = tuple(e for e in unique if not e.lil)
        automaton.add_word(key, (len(key), before, unique, after_lil, elsewhere))
    automaton.make_automaton()
    return automaton


def glued_prefix(text: str, start: int) -> str | None:
    """The letters glued before ``start`` up to the previous non-letter ('' at a boundary)."""
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
        if start - i > 3:
            return None
    return text[i:start]


def find_names(text: str, kb: KnowledgeBase | None = None) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Every KB name in normalised ``text`` at a valid boundary: (start, end, entries)."""
    kb = kb or default_kb()
    found = []
    size = len(text)
    for end_index, (length, before, entries, after_lil, elsewhere) in automaton_for(kb).iter(text):
        end = end_index + 1
        if end < size and text[end].isalpha():
            continue
        start = end - length
        if start == 0 or not text[start - 1].isalpha():  # most names: nothing glued before
            if elsewhere:
                found.append((start, end, elsewhere))
            continue
        prefix = glued_prefix(text, start)
        if prefix is None:
            continue
        # Whether the chain before the name allows it, decided once for all its entries.
        lil_ok = prefix.endswith("لل") and prefix[:-2] in BEFORE_LIL
        other_ok = prefix in before
        valid = entries if lil_ok and other_ok else after_lil if lil_ok else elsewhere if other_ok else ()
        if valid:
            found.append((start, end, valid))
    return found
