"""The relation graph as GraphML and GEXF (Gephi) files and as Neo4j bulk-import CSVs.

File formats hold no nulls or lists: missing values are left out and lists are joined with
"; ". GEXF edges are dynamic: ``start``/``end`` span the first to the last day the relation
is dated (partial dates widened to their whole period).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx

from fasail.graph.dates import period_end, period_start

LIST_SEPARATOR = "; "
NODE_COLUMNS = ("name", "name_en", "type", "kb_id", "former_names", "absorbed_into", "absorbed_on")
EDGE_COLUMNS = (("negated", "boolean"), ("first_time", "string"), ("last_time", "string"),
                ("evidence_count", "int"), ("source_count", "int"), ("contradicted", "boolean"),
                ("fact_ids", "string[]"))


def _flat(value: Any) -> Any:
    return LIST_SEPARATOR.join(map(str, value)) if isinstance(value, (list, tuple)) else value


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all plain values (what GraphML and GEXF can hold)."""
    flat = nx.MultiDiGraph(**{k: v for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _flat(v) for k, v in data.items() if v is not None})
    for a, b, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(a, b, key=key, **{k: _flat(v) for k, v in data.items() if v is not None})
    return flat


def _prepared(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def write_graphml(graph: nx.MultiDiGraph, out: Path) -> list[Path]:
    nx.write_graphml(flat_graph(graph), _prepared(out))
    return [out]


def write_gexf(graph: nx.MultiDiGraph, out: Path) -> list[Path]:
    """GEXF with the relation as edge label and ``relation`` (GEXF reserves ``type``)."""
    flat = flat_graph(graph)
    flat.graph["mode"] = "dynamic"
    for _a, _b, data in flat.edges(data=True):
        data["relation"] = data["label"] = data.pop("type")
        if "first_time" in data:
            data["start"] = period_start(data["first_time"])
        if "last_time" in data:
            data["end"] = period_end(data["last_time"])
    nx.write_gexf(flat, _prepared(out))
    return [out]


def write_neo4j(graph: nx.MultiDiGraph, out: Path) -> list[Path]:
    """``nodes.csv`` and ``relationships.csv`` in ``out`` for ``neo4j-admin database import``:
    nodes labelled by entity type, relationships typed by fact type."""
    out.mkdir(parents=True, exist_ok=True)
    nodes, relationships = out / "nodes.csv", out / "relationships.csv"
    with nodes.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["entity_id:ID", *NODE_COLUMNS, ":LABEL"])
        for node, data in graph.nodes(data=True):
            writer.writerow([node, *(_cell(data.get(c)) for c in NODE_COLUMNS), data.get("type") or "Entity"])
    with relationships.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([":START_ID", ":END_ID", ":TYPE", *(f"{c}:{t}" for c, t in EDGE_COLUMNS)])
        for a, b, data in graph.edges(data=True):
            writer.writerow([a, b, data["type"], *(_cell(data.get(c), ";") for c, _ in EDGE_COLUMNS)])
    return [nodes, relationships]


def _cell(value: Any, separator: str = LIST_SEPARATOR) -> str:
    """A CSV cell as neo4j-admin reads it: empty for missing, lowercase booleans, ``;`` arrays."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return separator.join(map(str, value))
    return str(value)
