"""Consolidating facts into edges: one relation per fact type, entity pair and polarity.

The store computes the same at write time; ``consolidate`` is the reference for in-memory
sources, and ``combine`` joins consolidated edges whose ends were remapped onto one entity
(renames in an as-of snapshot).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from fasail.store.records import SYMMETRIC_TYPES, EdgeRecord, FactRecord

EdgeKey = tuple[str, str, str | None, bool]


def ordered_key(kind: str, subject: str, obj: str | None, negated: bool) -> EdgeKey:
    """(type, subject, object, negated), with the parties of a symmetric type in id order."""
    if kind in SYMMETRIC_TYPES and obj is not None and obj < subject:
        return kind, obj, subject, negated
    return kind, subject, obj, negated


def edge_key(fact: FactRecord) -> EdgeKey | None:
    """The key of the edge ``fact`` backs; None without a subject."""
    if fact.subject_id is None:
        return None
    return ordered_key(fact.type, fact.subject_id, fact.object_id, fact.negated)


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


def moved(edge: EdgeRecord, subject: str, obj: str | None) -> EdgeRecord:
    """``edge`` between other entities (an end renamed), its parties ordered again."""
    if (subject, obj) == (edge.subject_id, edge.object_id):
        return edge
    _, subject, obj, _ = ordered_key(edge.type, subject, obj, edge.negated)
    return replace(edge, subject_id=subject, object_id=obj)


def combine(edges: Iterable[EdgeRecord]) -> list[EdgeRecord]:
    """Edges with one key as one: counts summed, time span widened, contradicted if either is.

    Syndicated copies are counted once within each edge, not across the edges joined."""
    joined: dict[EdgeKey, EdgeRecord] = {}
    for edge in edges:
        key = (edge.type, edge.subject_id, edge.object_id, edge.negated)
        other = joined.get(key)
        joined[key] = edge if other is None else replace(
            other, first_time=_bound(min, other.first_time, edge.first_time),
            last_time=_bound(max, other.last_time, edge.last_time),
            evidence_count=other.evidence_count + edge.evidence_count,
            source_count=other.source_count + edge.source_count,
            contradicted=other.contradicted or edge.contradicted, fact_ids=other.fact_ids + edge.fact_ids)
    return list(joined.values())


def _bound(pick: Callable[[str, str], str], a: str | None, b: str | None) -> str | None:
    """``pick`` (min or max) of two optional dates."""
    return a if b is None else b if a is None else pick(a, b)
