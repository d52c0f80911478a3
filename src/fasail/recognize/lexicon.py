"""The recogniser's word lists, read once from their data files and folded for matching."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

import yaml

from fasail.text.normalize import fold


def _folded(words) -> frozenset[str]:
    return frozenset(fold(str(w)).strip() for w in words or [])


def _tsv_words(name: str) -> frozenset[str]:
    data = resources.files("fasail.text").joinpath(f"ar/{name}").read_text("utf-8")
    return _folded(line.split("\t")[0] for line in data.splitlines() if line and line[0] != "#")


@dataclass(frozen=True)
class CorefRule:
    label: str  # the word as written in the data file, for rule ids
    word: str
    head: str
    type: str | None
    default: str | None
    prefer: str | None = None  # the type that wins among fitting names ("الجيش": a state's army)


@dataclass(frozen=True)
class Lexicon:
    group_heads: frozenset[str]
    group_heads_unquoted: frozenset[str]
    group_head_non_names: frozenset[str]
    kunya_words: frozenset[str]
    person_titles: frozenset[str]
    person_introducers: frozenset[str]
    rank_titles: frozenset[str]
    known_name_titles: frozenset[str]
    holder_cues: frozenset[str]
    populated_place_nouns: frozenset[str]
    naming_place_nouns: frozenset[str]
    site_nouns: frozenset[str]
    trailing_non_name: frozenset[str]
    locative_cues: frozenset[str]
    strong_locative_cues: frozenset[str]
    directions: frozenset[str]
    facility_adjectives: frozenset[str]
    branch_nouns: frozenset[str]
    adjective_homographs: frozenset[str]
    compass: frozenset[str]
    outlet_heads: frozenset[str]
    coreference: tuple[CorefRule, ...]
    first_names: frozenset[str]
    stopwords: frozenset[str]
    group_short_name_generic: frozenset[str]
    telling_cues: frozenset[str]
    capital_cities: frozenset[str]
    state_adjectives: dict[str, str]
    state_adjective_nouns: frozenset[str]
    place_prepositions: frozenset[str]

    @cached_property
    def group_roles(self) -> frozenset[str]:
        """Role words that stand for a group named before ("المتحدث باسم المجلس Y")."""
        return frozenset(r.word for r in self.coreference if r.type is None and not r.head.startswith("*"))

    @cached_property
    def person_cues(self) -> frozenset[str]:
        """Words a person's name may start at or follow: kunyas, first names, introducers."""
        return self.kunya_words | self.first_names | self.person_introducers


@cache
def lexicon() -> Lexicon:
    """The recogniser lexicon shipped with the package."""
    text = resources.files("fasail.recognize").joinpath("data/name_patterns.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml if present
    return Lexicon(
        group_heads=_folded(data["group_heads"]),
        group_heads_unquoted=_folded(data["group_heads_unquoted"]),
        group_head_non_names=_folded(data["group_head_non_names"]),
        kunya_words=_folded(data["kunya_words"]),
        person_titles=_folded(data["person_titles"]),
        person_introducers=_folded(data["person_introducers"]),
        rank_titles=_folded(data["rank_titles"]),
        known_name_titles=_folded(data["known_name_titles"]),
        holder_cues=_folded(data["holder_cues"]),
        populated_place_nouns=_folded(data["populated_place_nouns"]),
        naming_place_nouns=_folded(data["naming_place_nouns"]),
        site_nouns=_folded(data["site_nouns"]),
        trailing_non_name=_folded(data["trailing_non_name"]),
        locative_cues=_folded(data["locative_cues"]),
        strong_locative_cues=_folded(data["strong_locative_cues"]),
        directions=_folded(data["directions"]),
        facility_adjectives=_folded(data["facility_adjectives"]),
        branch_nouns=_folded(data["branch_nouns"]),
        adjective_homographs=_folded(data["adjective_homographs"]),
        compass=_folded(data["compass"]),
        outlet_heads=_folded(data["outlet_heads"]),
        coreference=tuple(
            CorefRule(r["word"], fold(r["word"]), fold(r["head"]), r.get("type"), r.get("default"),
                      r.get("prefer"))
            for r in data["coreference"]
        ),
        first_names=_tsv_words("first_names.tsv"),
        stopwords=_tsv_words("stopwords.tsv"),
        group_short_name_generic=_folded(data["group_short_name_generic"]),
        telling_cues=_folded(data["telling_cues"]),
        capital_cities=_folded(data["capital_cities"]),
        state_adjectives={fold(word): state
                          for state, words in data["state_adjectives"].items() for word in words},
        state_adjective_nouns=_folded(data["state_adjective_nouns"]),
        place_prepositions=_folded(data["place_prepositions"]),
    )
