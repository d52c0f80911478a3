"""Query results as rich tables (for people) or JSON-ready values (for programs)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import networkx as nx
from rich.console import Group
from rich.table import Table
from rich.text import Text

from fasail.graph.network import Centrality, Member, PathStep
from fasail.graph.overview import Overview
from fasail.graph.profile import GroupProfile, ProfileLine
from fasail.graph.questions import Contradiction, SearchHit, Timeline
from fasail.store.records import FactRecord


def jsonable(value: Any) -> Any:
    """Dataclasses, graphs, sets and tuples as plain JSON values."""
    if isinstance(value, nx.Graph):
        return graph_dict(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(jsonable(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def graph_dict(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes and edges with their attributes, and the graph's own (``as_of``)."""
    return {
        **graph.graph,
        "nodes": [{"id": n, **jsonable(d)} for n, d in graph.nodes(data=True)],
        "edges": [{"subject": a, "object": b, **jsonable(d)} for a, b, d in graph.edges(data=True)],
    }


def _polarity(negated: bool) -> str:
    return "not " if negated else ""


def _span(first: str | None, last: str | None) -> str:
    return first or "?" if first == last else f"{first or '?'} – {last or '?'}"


def snapshot_table(graph: nx.MultiDiGraph) -> Table:
    title = f"Relations as of {graph.graph['as_of']}" if "as_of" in graph.graph else "All relations"
    table = Table("subject", "relation", "object", "time", "evidence", "sources", "contradicted",
                  title=f"{title}: {graph.number_of_nodes()} entities, {graph.number_of_edges()} edges")
    for a, b, d in sorted(graph.edges(data=True), key=lambda e: (e[2]["first_time"] or "", e[2]["type"])):
        table.add_row(_node_label(graph, a), _polarity(d["negated"]) + d["type"], _node_label(graph, b),
                      _span(d["first_time"], d["last_time"]), str(d["evidence_count"]),
                      str(d["source_count"]), "yes" if d["contradicted"] else "")
    return table


def _node_label(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node]
    label = data.get("name") or node
    if data.get("former_names"):
        label += f" (formerly {', '.join(data['former_names'])})"
    if data.get("absorbed_into"):
        label += " (absorbed)"
    return label


def profile_view(result: GroupProfile) -> Group:
    e = result.entity
    head = Text(f"{e.name}  [{e.type} {e.entity_id}]" + (f"  {e.name_en}" if e.name_en else ""), style="bold")
    parts: list[Any] = [head, Text(f"mentioned {result.first_mention or '?'} – {result.last_mention or '?'}")]
    names = Table("since", "name", "how", "origin", title="Names over time")
    for step in result.names:
        names.add_row(step.since or "?", step.name, step.via or "", step.origin or "")
    parts.append(names)
    if result.strength:
        strength = Table("when", "fighters", "source", "doc", title="Strength estimates")
        for s in result.strength:
            strength.add_row(s.when or "?", "" if s.count is None else str(s.count), s.source or "", s.doc)
        parts.append(strength)
    parts += [_lines_table(section, lines) for section, lines in result.sections.items() if lines]
    return Group(*parts)


def _lines_table(section: str, lines: list[ProfileLine]) -> Table:
    table = Table("relation", "with", "time", "evidence", "sources", title=section.capitalize())
    for line in lines:
        arrow = {"out": "→", "in": "←", "mutual": "↔"}[line.direction]
        flag = " (contradicted)" if line.contradicted else ""
        table.add_row(f"{_polarity(line.negated)}{line.relation} {arrow}{flag}", line.other or "",
                      _span(line.first_time, line.last_time), str(line.evidence_count),
                      str(line.source_count))
    return table


def facts_table(facts: Iterable[FactRecord], title: str) -> Table:
    table = Table("when", "fact", "source", "doc", "evidence", title=title)
    for f in facts:
        fact = f"{f.subject or '?'} {_polarity(f.negated)}{f.type} {f.object or ''}".strip()
        table.add_row(f.when or "?", fact, f.source or f.outlet or "", f.doc, f.evidence)
    return table


def timeline_table(result: Timeline) -> Table:
    names = " and ".join(e.name for e in result.entities)
    return facts_table(result.facts, f"Timeline of {names}: {len(result.facts)} facts")


def contradictions_view(found: list[Contradiction]) -> Group:
    parts = [Text(f"{len(found)} contradicted relations", style="bold")]
    for c in found:
        title = f"{c.type} {c.subject} – {c.object or ''}"
        parts.append(facts_table([*c.affirmed, *c.denied], title))
    return Group(*parts)


def hits_table(hits: list[SearchHit]) -> Table:
    table = Table("doc", "date", "evidence", "facts", title=f"{len(hits)} passages")
    for hit in hits:
        text = Text(hit.evidence)
        text.stylize("bold reverse", hit.start, hit.end)
        first = hit.facts[0]
        table.add_row(first.doc, first.when or "", text, ", ".join(sorted({f.type for f in hit.facts})))
    return table


def centrality_table(rows: list[Centrality]) -> Table:
    table = Table("entity", "type", "ties", "degree centrality", "betweenness", title="Most connected")
    for r in rows:
        table.add_row(r.member.name, r.member.type, str(r.degree), f"{r.degree_centrality:.3f}",
                      f"{r.betweenness:.3f}")
    return table


def communities_table(groups: list[list[Member]]) -> Table:
    table = Table("#", "size", "members", title=f"{len(groups)} communities")
    for i, group in enumerate(groups, 1):
        table.add_row(str(i), str(len(group)), "، ".join(m.name for m in group))
    return table


def path_table(steps: list[PathStep]) -> Table:
    table = Table("from", "relations", "to", title=f"Shortest chain: {len(steps)} steps")
    for step in steps:
        table.add_row(step.source.name, ", ".join(step.relations), step.target.name)
    return table


def overview_view(result: Overview) -> Group:
    counts = Text(f"{result.articles:,} articles with facts · {result.groups:,} groups · "
                  f"{result.relations:,} relations from {result.facts:,} facts · "
                  f"{result.contradicted:,} contested", style="bold")
    parts: list[Any] = [counts, centrality_table(result.most_connected)]
    if result.profile is not None:
        parts.append(profile_view(result.profile))
    return Group(*parts)
