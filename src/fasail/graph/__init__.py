"""Graph views over a RecordSource: as-of snapshots, group profiles, timelines,
contradictions, evidence search and network analytics.

Every function takes a RecordSource (the store, or ``MemoryRecords`` from extract output) and
returns plain dataclasses or a networkx graph, for the CLI and the API alike.
"""

from fasail.graph.network import centrality, communities, ego, relation_path
from fasail.graph.profile import profile
from fasail.graph.questions import contradictions, search, timeline
from fasail.graph.snapshot import snapshot

__all__ = ["centrality", "communities", "contradictions", "ego", "profile", "relation_path", "search",
           "snapshot", "timeline"]
