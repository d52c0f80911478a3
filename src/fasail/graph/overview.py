"""What an analyst wants first from a store: how much is in it, the most connected groups,
and the profile of the most connected one."""

from __future__ import annotations

from dataclasses import dataclass

from fasail.graph.network import Centrality, centrality
from fasail.graph.profile import GroupProfile, profile
from fasail.graph.snapshot import snapshot
from fasail.store.records import RecordSource


@dataclass(frozen=True, slots=True)
class Overview:
    articles: int
    groups: int
    relations: int  # consolidated edges between two entities
    facts: int
    contradicted: int
    most_connected: list[Centrality]
    profile: GroupProfile | None  # of the most connected group


def overview(source: RecordSource, top: int = 5) -> Overview:
    """Counts, the ``top`` most connected groups and the first one's profile."""
    facts = list(source.fact_records())
    edges = [e for e in source.edge_records() if e.object_id is not None]
    groups = sum(1 for e in source.entity_records() if e.type == "GROUP")
    ranked = [c for c in centrality(snapshot(source), top=50) if c.member.type == "GROUP"][:top]
    first = profile(source, ranked[0].member.entity_id) if ranked else None
    return Overview(articles=len({f.article_id for f in facts}), groups=groups, relations=len(edges),
                    facts=len(facts), contradicted=sum(e.contradicted for e in edges),
                    most_connected=ranked, profile=first)
