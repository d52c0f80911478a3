"""Exports for other tools: ONTOLOGY JSONL, ACLED-style event CSV, GraphML and GEXF for
Gephi, and Neo4j bulk-import CSVs. Each reads a RecordSource."""

from __future__ import annotations

from pathlib import Path

from fasail.errors import UsageError
from fasail.kb.base import KnowledgeBase, default_kb
from fasail.store.records import RecordSource

FORMATS = ("jsonl", "acled", "graphml", "gexf", "neo4j")


def export(source: RecordSource, fmt: str, out: Path, as_of: str | None = None,
           kb: KnowledgeBase | None = None) -> list[Path]:
    """Write ``source`` as ``fmt`` to ``out`` and return the files written.

    Graph formats take the snapshot at ``as_of`` (every relation when None); the fact
    formats (jsonl, acled) keep facts dated by ``as_of``.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt in ("jsonl", "acled"):
        from fasail.export.facts import write_acled, write_jsonl

        write = write_jsonl if fmt == "jsonl" else write_acled
        return [write(source, out, as_of)]
    from fasail.export.graphs import write_gexf, write_graphml, write_neo4j
    from fasail.graph.snapshot import snapshot

    graph = snapshot(source, as_of, kb or default_kb())
    return {"graphml": write_graphml, "gexf": write_gexf, "neo4j": write_neo4j}[fmt](graph, out)
