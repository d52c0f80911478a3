"""Network analytics on a relation graph (a snapshot): centrality, communities, ego
networks and the shortest chain of relations between two entities.

Analytics read the affirmed relations between actors only: a denied relation is no tie,
and places and outlets would otherwise become hubs.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from fasail.errors import UsageError

NON_ACTORS = frozenset({"PLACE", "OUTLET"})


@dataclass(frozen=True, slots=True)
class Member:
    entity_id: str
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class Centrality:
    member: Member
    degree: int  # distinct entities it is tied to
    degree_centrality: float
    betweenness: float


@dataclass(frozen=True, slots=True)
class PathStep:
    source: Member
    target: Member
    relations: tuple[str, ...]  # the fact types that tie them


def relation_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected ties between actors with affirmed relations; weight = evidence behind them."""
    ties = nx.Graph()
    actors = [n for n, d in graph.nodes(data=True) if d.get("type") not in NON_ACTORS]
    ties.add_nodes_from((n, graph.nodes[n]) for n in actors)
    for a, b, data in graph.edges(data=True):
        if data["negated"] or a not in ties or b not in ties or a == b:
            continue
        if ties.has_edge(a, b):
            ties[a][b]["weight"] += data["evidence_count"] or 1
            ties[a][b]["relations"].add(data["type"])
        else:
            ties.add_edge(a, b, weight=data["evidence_count"] or 1, relations={data["type"]})
    return ties


def member(graph: nx.Graph, node: str) -> Member:
    data = graph.nodes[node]
    return Member(node, data.get("name") or node, data.get("type") or "")


def centrality(graph: nx.MultiDiGraph, top: int = 20) -> list[Centrality]:
    """The ``top`` most connected actors: by degree, then betweenness."""
    ties = relation_graph(graph)
    degree = nx.degree_centrality(ties)
    between = nx.betweenness_centrality(ties)
    rows = [Centrality(member(ties, n), ties.degree(n), degree[n], between[n]) for n in ties]
    return sorted(rows, key=lambda r: (-r.degree, -r.betweenness, r.member.name))[:top]


def communities(graph: nx.MultiDiGraph, method: str = "greedy") -> list[list[Member]]:
    """Groups of densely tied actors (greedy modularity or Louvain), largest first;
    isolated actors are left out."""
    ties = relation_graph(graph)
    ties.remove_nodes_from(list(nx.isolates(ties)))
    if ties.number_of_edges() == 0:
        return []
    if method == "greedy":
        found = nx.community.greedy_modularity_communities(ties, weight="weight")
    elif method == "louvain":
        found = nx.community.louvain_communities(ties, weight="weight", seed=0)
    else:
        raise UsageError(f"unknown community method {method!r} (greedy or louvain)")
    groups = [sorted((member(ties, n) for n in c), key=lambda m: m.name) for c in found]
    return sorted(groups, key=lambda g: (-len(g), g[0].name))


def ego(graph: nx.MultiDiGraph, entity_id: str, radius: int = 1) -> nx.MultiDiGraph:
    """The actors within ``radius`` ties of an actor, with every edge among them."""
    ties = relation_graph(graph)
    if entity_id not in ties:
        raise UsageError(f"{_name(graph, entity_id)} has no relations in this graph")
    return graph.subgraph(nx.ego_graph(ties, entity_id, radius=radius)).copy()


def relation_path(graph: nx.MultiDiGraph, a: str, b: str) -> list[PathStep]:
    """The shortest chain of affirmed relations from ``a`` to ``b``."""
    ties = relation_graph(graph)
    for node in (a, b):
        if node not in ties:
            raise UsageError(f"{_name(graph, node)} has no relations in this graph")
    try:
        nodes = nx.shortest_path(ties, a, b)
    except nx.NetworkXNoPath as e:
        raise UsageError(f"no chain of relations joins {_name(graph, a)} and {_name(graph, b)}") from e
    return [PathStep(member(ties, x), member(ties, y), tuple(sorted(ties[x][y]["relations"])))
            for x, y in zip(nodes, nodes[1:], strict=False)]


def _name(graph: nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node].get("name", node) if node in graph else node
