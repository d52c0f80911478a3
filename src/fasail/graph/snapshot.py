"""The relation network, whole or as it stood at a date.

Without a date: every edge, under the names the articles used (renames are RENAME edges).
With ``as_of``: only facts dated by then (undated facts cannot be placed and are left out);
an entity renamed by then is drawn under its name at the date, carrying its edges, with its
former names as the node's ``former_names``; a group merged into another by then (KB
``merged_into``) is drawn absorbed: its own edges are dropped, since they ended with it, and
one MERGER edge (``origin="kb"`` unless a fact states it) points to the group that absorbed it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import networkx as nx

from fasail.graph.dates import on_or_before
from fasail.graph.edges import consolidate
from fasail.graph.lineage import Lineage, Placement
from fasail.graph.names import kb_entity_record
from fasail.kb.base import KnowledgeBase, default_kb
from fasail.store.records import SYMMETRIC_TYPES, EdgeRecord, EntityRecord, FactRecord, RecordSource


def snapshot(
    source: RecordSource,
    as_of: str | None = None,
    kb: KnowledgeBase | None = None,
    types: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Nodes (name, name_en, type, kb_id) and edges (type, negated, first_time, last_time,
    evidence_count, source_count, contradicted, fact_ids), keyed "TYPE" or "TYPE~not"."""
    kb = kb or default_kb()
    if as_of is None:
        return build_graph(source, source.edge_records(types=types), kb)
    lineage = Lineage.of(source, kb)
    placements: dict[str, Placement] = {}
    kept: list[FactRecord] = []
    for fact in source.fact_records(types=types):
        if fact.object_id is None or not on_or_before(fact.when, as_of):
            continue
        ends = [placements.setdefault(i, lineage.place(i, as_of)) for i in (fact.subject_id, fact.object_id)]
        if any(p.absorbed_by for p in ends):
            continue
        moved = replace(fact, subject_id=ends[0].entity_id, object_id=ends[1].entity_id)
        if moved.subject_id != moved.object_id or fact.subject_id == fact.object_id:
            kept.append(moved)
    graph = build_graph(source, consolidate(kept), kb)
    graph.graph["as_of"] = as_of
    _draw_absorbed(graph, placements, source, kb, lineage, as_of)
    _mark_renames(graph, placements, source, kb)
    return graph


def build_graph(source: RecordSource, edges: Iterable[EdgeRecord], kb: KnowledgeBase) -> nx.MultiDiGraph:
    """A graph of ``edges`` (those with an object) and the entities they join."""
    graph = nx.MultiDiGraph()
    edges = [e for e in edges if e.object_id is not None]
    ids = {i for e in edges for i in (e.subject_id, e.object_id)}
    for entity in entity_lookup(source, ids, kb).values():
        graph.add_node(entity.entity_id, **node_attributes(entity))
    for e in edges:
        graph.add_edge(e.subject_id, e.object_id, key=edge_label(e.type, e.negated), type=e.type,
                       negated=e.negated, symmetric=e.type in SYMMETRIC_TYPES, first_time=e.first_time,
                       last_time=e.last_time, evidence_count=e.evidence_count,
                       source_count=e.source_count, contradicted=e.contradicted,
                       fact_ids=list(e.fact_ids))
    return graph


def edge_label(kind: str, negated: bool) -> str:
    """The key of an edge among its pair's edges: its type, marked when negated."""
    return f"{kind}~not" if negated else kind


def entity_lookup(source: RecordSource, ids: Iterable[str], kb: KnowledgeBase) -> dict[str, EntityRecord]:
    """Records of ``ids``, from the source or, for KB-only successors, from the KB."""
    wanted = set(ids)
    found = {e.entity_id: e for e in source.entity_records(wanted)}
    for missing in wanted - found.keys():
        found[missing] = kb_entity_record(kb, missing) or EntityRecord(missing, missing, "UNKNOWN")
    return found


def node_attributes(entity: EntityRecord) -> dict:
    return {"name": entity.name, "name_en": entity.name_en, "type": entity.type, "kb_id": entity.kb_id}


def _mark_renames(graph: nx.MultiDiGraph, placements: dict[str, Placement], source: RecordSource,
                  kb: KnowledgeBase) -> None:
    """Give each renamed node the names (and ids) its edges were stated under."""
    moved = [(p, i) for i, p in placements.items() if p.renames and p.entity_id in graph]
    names = entity_lookup(source, {i for _, i in moved}, kb)
    for placement, old_id in moved:
        node = graph.nodes[placement.entity_id]
        node.setdefault("former_names", [])
        node.setdefault("former_ids", [])
        if old_id not in node["former_ids"]:
            node["former_ids"].append(old_id)
            node["former_names"].append(names[old_id].name)


def _draw_absorbed(graph: nx.MultiDiGraph, placements: dict[str, Placement], source: RecordSource,
                   kb: KnowledgeBase, lineage: Lineage, as_of: str) -> None:
    """Absorbed groups as nodes with one MERGER edge to the group that absorbed them."""
    absorbed = {p.entity_id: p.absorbed_by for p in placements.values() if p.absorbed_by}
    hosts = {eid: lineage.place(step.new_id, as_of).entity_id for eid, step in absorbed.items()}
    records = entity_lookup(source, {*absorbed, *hosts.values()}, kb)
    for entity_id, step in absorbed.items():
        host = hosts[entity_id]
        for node in (entity_id, host):
            if node not in graph:
                graph.add_node(node, **node_attributes(records[node]))
        graph.nodes[entity_id].update(absorbed_into=host, absorbed_on=step.date)
        if not graph.has_edge(entity_id, host, key="MERGER"):
            graph.add_edge(entity_id, host, key="MERGER", type="MERGER", negated=False, symmetric=False,
                           first_time=step.date, last_time=step.date, evidence_count=0, source_count=0,
                           contradicted=False, fact_ids=[], origin=step.origin)


def node_of(graph: nx.MultiDiGraph, entity_id: str) -> str:
    """The node that stands for an entity: itself, or the node it was renamed into."""
    if entity_id in graph:
        return entity_id
    return next((n for n, d in graph.nodes(data=True) if entity_id in d.get("former_ids", ())), entity_id)
