"""A group's profile, in the shape of a Mapping Militants page: names over time, leaders,
strength, affiliations, allies, rivals, splinters, mergers, places controlled, each line
with the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from fasail.graph.edges import consolidate
from fasail.graph.lineage import Lineage
from fasail.graph.names import resolve
from fasail.graph.snapshot import entity_lookup
from fasail.kb.base import KnowledgeBase, default_kb
from fasail.store.records import SYMMETRIC_TYPES, EdgeRecord, EntityRecord, FactRecord, RecordSource

#: Profile section → (fact types, which side the group is on: "subject", "object" or "any").
SECTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "leaders": (("LEADERSHIP",), "object"),
    "affiliations": (("AFFILIATION", "ALLEGIANCE"), "any"),
    "allies": (("ALLIANCE",), "any"),
    "rivals": (("CLASH",), "any"),
    "splinters": (("SPLIT",), "any"),
    "mergers": (("MERGER",), "any"),
    "places": (("CONTROL",), "subject"),
}


@dataclass(frozen=True, slots=True)
class NameStep:
    """One name of the organisation's line, from the date it took it (``via`` how)."""

    entity_id: str
    name: str
    name_en: str | None
    since: str | None
    via: str | None  # None for the first name, else "renamed" or "merged"
    origin: str | None  # "kb" or the RENAME fact's id


@dataclass(frozen=True, slots=True)
class ProfileLine:
    """One relation of the group: ``direction`` "out" when the group is the subject, "in" when
    it is the object, "mutual" for symmetric types."""

    relation: str
    direction: str
    other_id: str | None
    other: str | None
    negated: bool
    first_time: str | None
    last_time: str | None
    evidence_count: int
    source_count: int
    contradicted: bool


@dataclass(frozen=True, slots=True)
class StrengthEstimate:
    """One article's figure for the group's fighters."""

    when: str | None
    count: int | None
    source: str | None
    doc: str
    evidence: str


@dataclass
class GroupProfile:
    entity: EntityRecord
    entity_ids: list[str]  # whose facts the profile includes (more than one with follow_renames)
    names: list[NameStep]
    first_mention: str | None
    last_mention: str | None
    strength: list[StrengthEstimate]
    sections: dict[str, list[ProfileLine]] = field(default_factory=dict)


def profile(source: RecordSource, name: str, follow_renames: bool = False,
            kb: KnowledgeBase | None = None) -> GroupProfile:
    """The profile of the entity called ``name``; with ``follow_renames`` the facts of its
    earlier and later names count as its own."""
    kb = kb or default_kb()
    entity = resolve(source, name, kb)
    lineage = Lineage.of(source, kb)
    ids = lineage.renamed_ids(entity.entity_id) if follow_renames else [entity.entity_id]
    facts = [f for f in (_fold(f, ids) for f in source.fact_records(entity_ids=ids)) if f is not None]
    records = entity_lookup(source, ids, kb)
    result = GroupProfile(
        entity=entity, entity_ids=ids, names=name_steps(source, lineage, entity.entity_id, kb),
        first_mention=min((r.first_seen for r in records.values() if r.first_seen), default=None),
        last_mention=max((r.last_seen for r in records.values() if r.last_seen), default=None),
        strength=[_estimate(f) for f in sorted(facts, key=_by_time)
                  if f.type == "STRENGTH" and f.subject_id == entity.entity_id],
    )
    for section, (types, side) in SECTIONS.items():
        edges = consolidate(f for f in facts if f.type in types)
        result.sections[section] = _lines(source, edges, entity.entity_id, side, kb)
    return result


def name_steps(source: RecordSource, lineage: Lineage, entity_id: str, kb: KnowledgeBase) -> list[NameStep]:
    """The organisation's names in order, from the KB's and the articles' successions."""
    chain = lineage.chain(entity_id)
    ids = [chain[0].old_id if chain else entity_id, *(s.new_id for s in chain)]
    records = entity_lookup(source, ids, kb)
    first = kb.get(ids[0])
    steps = [NameStep(ids[0], records[ids[0]].name, records[ids[0]].name_en,
                      first.valid_from if first else None, None, None)]
    steps += [NameStep(s.new_id, records[s.new_id].name, records[s.new_id].name_en, s.date, s.relation,
                       s.origin) for s in chain]
    return steps


def _fold(fact: FactRecord, ids: list[str]) -> FactRecord | None:
    """The fact with the group's other names as the group itself (``ids[0]``); None when that
    makes it a relation of the group with itself (two names of one line, such as a RENAME)."""
    subject, obj = (ids[0] if i in ids else i for i in (fact.subject_id, fact.object_id))
    if subject == obj and fact.subject_id != fact.object_id:
        return None
    return replace(fact, subject_id=subject, object_id=obj)


def _by_time(fact: FactRecord) -> tuple[bool, str]:
    return fact.when is None, fact.when or ""


def _estimate(fact: FactRecord) -> StrengthEstimate:
    return StrengthEstimate(fact.when, fact.count, fact.source or fact.outlet, fact.doc, fact.evidence)


def _lines(source: RecordSource, edges: list[EdgeRecord], entity_id: str, side: str,
           kb: KnowledgeBase) -> list[ProfileLine]:
    """Profile lines of the edges where the group stands on ``side``, most evidence first."""
    chosen = [e for e in edges if side == "any"
              or (e.subject_id if side == "subject" else e.object_id) == entity_id]
    others = {e.object_id if e.subject_id == entity_id else e.subject_id for e in chosen}
    names = entity_lookup(source, {o for o in others if o}, kb)
    lines = []
    for e in chosen:
        other = e.object_id if e.subject_id == entity_id else e.subject_id
        direction = "mutual" if e.type in SYMMETRIC_TYPES else ("out" if e.subject_id == entity_id else "in")
        lines.append(ProfileLine(e.type, direction, other, names[other].name if other else None, e.negated,
                                 e.first_time, e.last_time, e.evidence_count, e.source_count,
                                 e.contradicted))
    return sorted(lines, key=lambda line: (-line.evidence_count, line.first_time or ""))
