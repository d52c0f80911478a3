"""A RecordSource held in memory: for tests, and for querying extract output without a store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from fasail.graph.dates import on_or_before
from fasail.graph.edges import consolidate
from fasail.store.records import EdgeRecord, EntityRecord, FactRecord


class MemoryRecords:
    """Entities and facts from lists; edges consolidated on demand (see ``fasail.graph.edges``)."""

    def __init__(self, entities: Iterable[EntityRecord], facts: Iterable[FactRecord]):
        self._entities = {e.entity_id: e for e in entities}
        self._facts = list(facts)

    def entity_records(self, ids: Iterable[str] | None = None, *,
                       brief: bool = False) -> Iterator[EntityRecord]:
        """Whole records, ``brief`` or not: they are at hand."""
        if ids is None:
            yield from self._entities.values()
            return
        for entity_id in dict.fromkeys(ids):
            if entity_id in self._entities:
                yield self._entities[entity_id]

    def fact_records(
        self,
        *,
        entity_ids: Iterable[str] | None = None,
        types: Iterable[str] | None = None,
        include_rejected: bool = False,
    ) -> Iterator[FactRecord]:
        """Facts naming any of ``entity_ids`` as subject, object or place."""
        wanted = None if entity_ids is None else set(entity_ids)
        kinds = None if types is None else set(types)
        for fact in self._facts:
            if fact.status == "rejected" and not include_rejected:
                continue
            if kinds is not None and fact.type not in kinds:
                continue
            if wanted is not None and not wanted & {fact.subject_id, fact.object_id, fact.place_id}:
                continue
            yield fact

    def edge_records(
        self, *, as_of: str | None = None, types: Iterable[str] | None = None
    ) -> Iterator[EdgeRecord]:
        for edge in consolidate(self.fact_records(types=types)):
            if on_or_before(edge.first_time, as_of):
                yield edge
