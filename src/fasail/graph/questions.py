"""Questions over the records: a group's (or a pair's) timeline, contradicted relations, and
full-text search of evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fasail.graph.lineage import Lineage
from fasail.graph.names import resolve
from fasail.graph.snapshot import entity_lookup
from fasail.kb.base import KnowledgeBase, default_kb
from fasail.store.records import EntityRecord, FactRecord, RecordSource
from fasail.text.normalize import normalize


@dataclass
class Timeline:
    entities: list[EntityRecord]  # the one or two entities asked about
    facts: list[FactRecord]  # in time order, undated last


@dataclass
class Contradiction:
    """A relation that one source affirms and another denies."""

    type: str
    subject_id: str
    subject: str
    object_id: str | None
    object: str | None
    affirmed: list[FactRecord]
    denied: list[FactRecord]


@dataclass
class SearchHit:
    """One evidence passage containing the query; ``start``/``end`` locate it in ``evidence``."""

    evidence: str
    start: int
    end: int
    facts: list[FactRecord]


def time_order(facts: Iterable[FactRecord]) -> list[FactRecord]:
    """Dated facts by date (partial dates before the days inside them), then undated ones."""
    return sorted(facts, key=lambda f: (f.when is None, f.when or "", f.doc, f.evidence_start))


def timeline(source: RecordSource, name: str, other: str | None = None, follow_renames: bool = False,
             kb: KnowledgeBase | None = None) -> Timeline:
    """Facts of one entity, or of two entities together, in time order."""
    kb = kb or default_kb()
    lineage = Lineage.of(source, kb) if follow_renames else None
    entities = [resolve(source, n, kb) for n in (name, other) if n is not None]
    id_sets = [set(lineage.renamed_ids(e.entity_id)) if lineage else {e.entity_id} for e in entities]
    facts = source.fact_records(entity_ids=id_sets[0])
    if len(id_sets) == 2:
        facts = (f for f in facts if id_sets[1] & {f.subject_id, f.object_id, f.place_id})
    return Timeline(entities, time_order(facts))


def contradictions(source: RecordSource, kb: KnowledgeBase | None = None) -> list[Contradiction]:
    """Each relation claimed with both polarities by different sources, with both sides' facts."""
    kb = kb or default_kb()
    edges = {(e.type, e.subject_id, e.object_id, e.negated): e for e in source.edge_records()}
    pairs = [(e, edges[(t, s, o, True)]) for (t, s, o, negated), e in edges.items()
             if e.contradicted and not negated and (t, s, o, True) in edges]
    ids = {i for e, _ in pairs for i in (e.subject_id, e.object_id) if i}
    names = entity_lookup(source, ids, kb)
    facts = {f.fact_id: f for f in source.fact_records(entity_ids=ids)}
    return [
        Contradiction(
            type=yes.type, subject_id=yes.subject_id, subject=names[yes.subject_id].name,
            object_id=yes.object_id, object=names[yes.object_id].name if yes.object_id else None,
            affirmed=time_order(facts[i] for i in yes.fact_ids if i in facts),
            denied=time_order(facts[i] for i in no.fact_ids if i in facts),
        )
        for yes, no in sorted(pairs, key=lambda pair: (pair[0].first_time or "", pair[0].type))
    ]


def search(source: RecordSource, text: str, limit: int | None = None) -> list[SearchHit]:
    """Evidence passages containing ``text`` after Arabic normalisation, in time order.

    A source with its own ``search(text)`` (the store's full-text index) answers instead.
    """
    own = getattr(source, "search", None)
    if callable(own):
        return list(own(text))[:limit]
    return evidence_hits(source.fact_records(), text)[:limit]


def evidence_hits(facts: Iterable[FactRecord], text: str) -> list[SearchHit]:
    """The passages of ``facts`` whose evidence contains ``text`` after normalisation, in time
    order, each with its facts and the match located in the original evidence."""
    needle = normalize(text.strip()).text
    if not needle:
        return []
    passages: dict[tuple[str, int, int], list[FactRecord]] = {}
    for fact in time_order(facts):
        passages.setdefault((fact.article_id, fact.evidence_start, fact.evidence_end), []).append(fact)
    hits = []
    for members in passages.values():
        folded = normalize(members[0].evidence)
        at = folded.text.find(needle)
        if at >= 0:
            start, end = folded.to_original(at, at + len(needle))
            hits.append(SearchHit(members[0].evidence, start, end, members))
    return hits
