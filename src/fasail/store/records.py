"""The rows the store hands to views (graph, queries, exports, API).

These are the contract between `fasail.store` and everything downstream: views never
touch tables, they read `EntityRecord` and `FactRecord` values. Each fact row is one
extracted fact of one article, so one graph edge may carry many of them (its evidence).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

#: Relations that hold in either direction (ONTOLOGY "Symmetric types").
SYMMETRIC_TYPES = frozenset({"ALLIANCE", "CLASH", "TRUCE", "NEGOTIATION", "AGREEMENT"})


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One consolidated entity: a KB entity, or a non-KB name merged across articles."""

    entity_id: str  # the KB id when the entity is in the KB, else a store-made "x-<type>-<n>" id
    name: str  # canonical Arabic name
    type: str  # GROUP, STATE, PERSON, PLACE, OUTLET
    name_en: str | None = None
    kb_id: str | None = None
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    pcode: str | None = None
    mention_count: int = 0
    first_seen: str | None = None  # ISO date of the earliest article that names it
    last_seen: str | None = None


@dataclass(frozen=True, slots=True)
class FactRecord:
    """One fact as one article states it, with the entities it resolved to."""

    fact_id: str
    type: str
    subject_id: str | None  # EntityRecord.entity_id
    object_id: str | None
    subject: str | None  # the name as the sentence gives it
    object: str | None
    negated: bool
    hedged: bool
    time: str | None  # ISO date or partial date ("2016", "2016-06"), precision by length
    place: str | None
    place_id: str | None
    count: int | None
    source: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    rule: str
    article_id: str  # the store's article key (content hash)
    doc: str  # the article's doc name, as in extract output
    article_date: str | None
    outlet: str | None = None
    url: str | None = None
    passage_key: str | None = None  # syndicated copies of one passage share it: one source
    status: str = "auto"  # auto, accepted, rejected, edited (analyst review)
    trigger: dict | None = None  # {"start", "end", "text"} within the article text
    arguments: dict = field(default_factory=dict)  # role -> {"start", "end", "text"}

    @property
    def when(self) -> str | None:
        """The fact's own time, else the date of the article that reports it."""
        return self.time or self.article_date

    @property
    def symmetric(self) -> bool:
        return self.type in SYMMETRIC_TYPES


@dataclass(frozen=True, slots=True)
class EdgeRecord:
    """One consolidated relation: the same fact type between the same two entities with the
    same polarity, from however many articles. Symmetric types keep subject_id <= object_id."""

    type: str
    subject_id: str
    object_id: str | None  # None for STRENGTH
    negated: bool
    first_time: str | None  # earliest FactRecord.when among its facts
    last_time: str | None
    evidence_count: int  # facts behind the edge
    source_count: int  # distinct passages (syndicated copies count once)
    contradicted: bool  # the opposite polarity is also claimed, by another source
    fact_ids: tuple[str, ...] = ()


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: reading tens of thousands of edges creates as many
    acyclic objects, and the collector's passes over them cost more than the reading."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_EDGE_SETTERS = tuple(getattr(EdgeRecord, name).__set__ for name in EdgeRecord.__slots__)


def edge_from_row(row: tuple, fact_ids: tuple[str, ...] = ()) -> EdgeRecord:
    """An EdgeRecord from a row (its fields in order, without ``fact_ids``), for bulk reads:
    it sets the slots directly, since the frozen ``__init__`` costs twice as much per edge."""
    edge = object.__new__(EdgeRecord)
    set_ = _EDGE_SETTERS
    set_[0](edge, row[0])
    set_[1](edge, row[1])
    set_[2](edge, row[2])
    set_[3](edge, bool(row[3]))
    set_[4](edge, row[4])
    set_[5](edge, row[5])
    set_[6](edge, row[6])
    set_[7](edge, row[7])
    set_[8](edge, bool(row[8]))
    set_[9](edge, fact_ids)
    return edge


class RecordSource(Protocol):
    """What views read from: the store implements it, tests may fake it."""

    def entity_records(self, ids: Iterable[str] | None = None, *,
                       brief: bool = False) -> Iterator[EntityRecord]:
        """Entities (all when ``ids`` is None). ``brief`` lets a source leave out aliases and
        usage (mention_count, first/last seen), which a big store must count per entity."""
        ...

    def fact_records(
        self,
        *,
        entity_ids: Iterable[str] | None = None,
        types: Iterable[str] | None = None,
        include_rejected: bool = False,
    ) -> Iterator[FactRecord]: ...

    def edge_records(
        self, *, as_of: str | None = None, types: Iterable[str] | None = None
    ) -> Iterator[EdgeRecord]:
        """Edges whose first_time is on or before `as_of` (all edges when None)."""
        ...
