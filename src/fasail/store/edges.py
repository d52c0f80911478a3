"""The materialised edges table: one row per consolidated relation, kept current at write time.

An edge is every non-rejected fact with one ``edge_id`` (type, ordered parties, polarity).
``source_count`` counts distinct passage keys, so syndicated copies count once; an edge is
``contradicted`` when its opposite polarity is claimed too and not only by the same passage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fasail.store.write import opposite_edge, parse_edge

CHUNK = 400


@dataclass(slots=True)
class _Agg:
    first: str | None = None
    last: str | None = None
    count: int = 0
    keys: set[str] = field(default_factory=set)

    def add(self, when: str | None, passage_key: str) -> None:
        self.count += 1
        self.keys.add(passage_key)
        if when is not None:
            self.first = when if self.first is None else min(self.first, when)
            self.last = when if self.last is None else max(self.last, when)


def _aggregate(rows: Iterable[tuple[str, str | None, str]]) -> dict[str, _Agg]:
    aggs: dict[str, _Agg] = {}
    for edge, when, passage_key in rows:
        aggs.setdefault(edge, _Agg()).add(when, passage_key)
    return aggs


def _edge_rows(aggs: dict[str, _Agg]) -> list[dict[str, Any]]:
    rows = []
    for edge, agg in aggs.items():
        fact_type, subject_id, object_id, negated = parse_edge(edge)
        other = aggs.get(opposite_edge(edge))
        rows.append({
            "edge_id": edge, "type": fact_type, "subject_id": subject_id, "object_id": object_id,
            "negated": negated, "first_time": agg.first, "last_time": agg.last,
            "evidence_count": agg.count, "source_count": len(agg.keys),
            "contradicted": other is not None and len(agg.keys | other.keys) > 1})
    return rows


def _facts_query(t: Any) -> Any:
    from sqlalchemy import select

    return (select(t.facts.c.edge_id, t.facts.c.fact_when, t.facts.c.passage_key)
            .where(t.facts.c.status != "rejected"))


def refresh_edges(conn: Any, edges: Iterable[str]) -> None:
    """Recompute the given edges (and their opposite polarity) from their facts."""
    from sqlalchemy import delete, insert

    from fasail.store.schema import tables

    t = tables()
    pairs = sorted({min(e, opposite_edge(e)) for e in edges})
    for i in range(0, len(pairs), CHUNK):
        ids = [e for pair in pairs[i:i + CHUNK] for e in (pair, opposite_edge(pair))]
        aggs = _aggregate(conn.execute(_facts_query(t).where(t.facts.c.edge_id.in_(ids))))
        conn.execute(delete(t.edges).where(t.edges.c.edge_id.in_(ids)))
        rows = _edge_rows(aggs)
        if rows:
            conn.execute(insert(t.edges), rows)


def rebuild_edges(conn: Any) -> int:
    """Recompute every edge from the facts table; returns the edge count."""
    from sqlalchemy import delete, insert

    from fasail.store.schema import tables

    t = tables()
    conn.execute(delete(t.edges))
    query = _facts_query(t).where(t.facts.c.edge_id.is_not(None))
    aggs = _aggregate(conn.execute(query, execution_options={"yield_per": 10_000}))
    rows = _edge_rows(aggs)
    for i in range(0, len(rows), 10_000):
        conn.execute(insert(t.edges), rows[i:i + 10_000])
    return len(rows)
