"""Consolidating facts into edges: one relation per fact type, entity pair and polarity.

The store computes the same in SQL; this is the reference for in-memory sources and for
graphs whose entities were remapped (renames in an as-of snapshot).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from fasail.store.records import EdgeRecord, FactRecord

EdgeKey = tuple[str, str, str | None, bool]


def edge_key(fact: FactRecord) -> EdgeKey | None:
    """(type, subject, object, negated), with symmetric pairs ordered; None without a subject."""
    if fact.subject_id is None:
        return None
    a, b = fact.subject_id, fact.object_id
    if fact.symmetric and b is not None and b < a:
        a, b = b, a
    return fact.type, a, b, fact.negated


def source_key(fact: FactRecord) -> str:
    """What counts as one source: syndicated copies of a passage count once."""
    return fact.passage_key or fact.article_id


def consolidate(facts: Iterable[FactRecord]) -> list[EdgeRecord]:
    """Edges of ``facts`` (see EdgeRecord): counts, time span, and contradiction by another source."""
    groups: dict[EdgeKey, list[FactRecord]] = defaultdict(list)
    for fact in facts:
        key = edge_key(fact)
        if key is not None:
            groups[key].append(fact)
    sources = {key: {source_key(f) for f in members} for key, members in groups.items()}
    edges = []
    for key, members in groups.items():
        kind, subject, obj, negated = key
        opposite = sources.get((kind, subject, obj, not negated), set())
        times = sorted(w for f in members if (w := f.when))
        edges.append(EdgeRecord(
            type=kind, subject_id=subject, object_id=obj, negated=negated,
            first_time=times[0] if times else None, last_time=times[-1] if times else None,
            evidence_count=len(members), source_count=len(sources[key]),
            contradicted=any(o != s for o in opposite for s in sources[key]),
            fact_ids=tuple(f.fact_id for f in members),
        ))
    return edges
