"""The relation network, whole or as it stood at a date.

Without a date: every edge, under the names the articles used (renames are RENAME edges).
With ``as_of``: the relations first seen by then (``edge_records(as_of=…)``: undated ones
cannot be placed and are left out), each with its whole record (counts and time span are
the store's, not cut at the date); an entity renamed by then is drawn under its name at the
date, carrying its edges (edges that meet on one name are joined, ``graph.edges.combine``),
with its former names as the node's ``former_names``; a group merged into another by then
(KB ``merged_into``) is drawn absorbed: its own edges are dropped, since they ended with it,
and one MERGER edge (``origin="kb"`` unless a fact states it) points to the group that absorbed it.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from fasail.graph.edges import combine, moved
from fasail.graph.lineage import Lineage, Placement, Succession
from fasail.graph.names import kb_entity_record
from fasail.kb.base import KnowledgeBase, default_kb
from fasail.store.records import SYMMETRIC_TYPES, EdgeRecord, EntityRecord, RecordSource, gc_paused


def snapshot(
    source: RecordSource,
    as_of: str | None = None,
    kb: KnowledgeBase | None = None,
    types: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Nodes (name, name_en, type, kb_id) and edges (type, negated, first_time, last_time,
    evidence_count, source_count, contradicted, fact_ids), keyed "TYPE" or "TYPE~not"."""
    kb = kb or default_kb()
    with gc_paused():
        if as_of is None:
            return build_graph(source, source.edge_records(types=types), kb)
        return _as_of(source, as_of, kb, types)


def _as_of(source: RecordSource, as_of: str, kb: KnowledgeBase,
           types: Iterable[str] | None) -> nx.MultiDiGraph:
    """The graph of the edges first seen by ``as_of``, with renames and mergers applied."""
    lineage = Lineage.of(source, kb)
    placements: dict[str, Placement] = {}
    kept: list[EdgeRecord] = []
    for edge in source.edge_records(as_of=as_of, types=types):
        if edge.object_id is None:
            continue
        ends = [_place(placements, lineage, i, as_of) for i in (edge.subject_id, edge.object_id)]
        if any(p.absorbed_by for p in ends):
            continue
        if ends[0].entity_id != ends[1].entity_id or edge.subject_id == edge.object_id:
            kept.append(moved(edge, ends[0].entity_id, ends[1].entity_id))
    absorbed = {p.entity_id: p.absorbed_by for p in placements.values() if p.absorbed_by}
    hosts = {eid: lineage.place(step.new_id, as_of).entity_id for eid, step in absorbed.items()}
    entities = entity_lookup(source, {*placements, *(p.entity_id for p in placements.values()),
                                      *hosts.values()}, kb, brief=True)
    graph = build_graph(source, combine(kept), kb, entities)
    graph.graph["as_of"] = as_of
    _draw_absorbed(graph, absorbed, hosts, entities)
    _mark_renames(graph, placements, entities)
    return graph


def _place(placements: dict[str, Placement], lineage: Lineage, entity_id: str, as_of: str) -> Placement:
    """Where ``entity_id`` stands at ``as_of``, worked out once per entity."""
    found = placements.get(entity_id)
    if found is None:
        found = placements[entity_id] = lineage.place(entity_id, as_of)
    return found


def build_graph(source: RecordSource, edges: Iterable[EdgeRecord], kb: KnowledgeBase,
                entities: dict[str, EntityRecord] | None = None) -> nx.MultiDiGraph:
    """A graph of ``edges`` (those with an object) and the entities they join (looked up
    unless ``entities`` has them)."""
    graph = nx.MultiDiGraph()
    edges = [e for e in edges if e.object_id is not None]
    ids = {i for e in edges for i in (e.subject_id, e.object_id)}
    records = entities if entities is not None else entity_lookup(source, ids, kb, brief=True)
    for entity_id in sorted(ids):
        graph.add_node(entity_id, **node_attributes(records[entity_id]))
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


def entity_lookup(source: RecordSource, ids: Iterable[str], kb: KnowledgeBase,
                  brief: bool = False) -> dict[str, EntityRecord]:
    """Records of ``ids``, from the source or, for KB-only successors, from the KB; ``brief``
    as in ``RecordSource.entity_records`` (enough for names and types)."""
    wanted = set(ids)
    found = {e.entity_id: e for e in source.entity_records(wanted, brief=brief)}
    for missing in wanted - found.keys():
        found[missing] = kb_entity_record(kb, missing) or EntityRecord(missing, missing, "UNKNOWN")
    return found


def node_attributes(entity: EntityRecord) -> dict:
    return {"name": entity.name, "name_en": entity.name_en, "type": entity.type, "kb_id": entity.kb_id}


def _mark_renames(graph: nx.MultiDiGraph, placements: dict[str, Placement],
                  names: dict[str, EntityRecord]) -> None:
    """Give each renamed node the names (and ids) its edges were stated under."""
    renamed = [(p, i) for i, p in placements.items() if p.renames and p.entity_id in graph]
    for placement, old_id in renamed:
        node = graph.nodes[placement.entity_id]
        node.setdefault("former_names", [])
        node.setdefault("former_ids", [])
        if old_id not in node["former_ids"]:
            node["former_ids"].append(old_id)
            node["former_names"].append(names[old_id].name)


def _draw_absorbed(graph: nx.MultiDiGraph, absorbed: dict[str, Succession], hosts: dict[str, str],
                   records: dict[str, EntityRecord]) -> None:
    """Absorbed groups as nodes with one MERGER edge to the group (``hosts``) that absorbed them."""
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
