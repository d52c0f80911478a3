"""Names over time: dated renames and mergers from the KB and from RENAME facts.

A rename keeps the organisation (its relations carry over to the new name); a merger ends
it (the absorbed group's relations stay with its old name). Splinters are new entities.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from fasail.graph.dates import on_or_before
from fasail.kb.base import KnowledgeBase
from fasail.store.records import RecordSource


@dataclass(frozen=True, slots=True)
class Succession:
    """``old_id`` became (renamed) or joined (merged) ``new_id`` on ``date``."""

    old_id: str
    new_id: str
    relation: str  # "renamed" or "merged"
    date: str | None
    origin: str  # "kb", or the fact_id of the RENAME fact


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an entity stands at a date: the id of its name then, the renames that led there,
    and the merger that absorbed it (None while it exists)."""

    entity_id: str
    renames: tuple[Succession, ...]
    absorbed_by: Succession | None


class Lineage:
    """Successions indexed both ways; KB successions win over RENAME facts when both apply."""

    def __init__(self, successions: list[Succession]):
        self._next: dict[str, list[Succession]] = defaultdict(list)
        self._prev: dict[str, list[Succession]] = defaultdict(list)
        for s in sorted(successions, key=lambda s: (s.origin != "kb", s.date or "9999")):
            self._next[s.old_id].append(s)
            self._prev[s.new_id].append(s)

    @classmethod
    def of(cls, source: RecordSource, kb: KnowledgeBase) -> Lineage:
        """The KB's successions and the affirmed RENAME facts of ``source``.

        The KB is curated, so it is authoritative between its own actors: a RENAME fact counts
        only when one of its names is not a KB actor (a group the KB does not know).
        """
        found = [Succession(e.id, target, relation, e.valid_to, "kb")
                 for e in kb.actors.values()
                 for relation, target in (("renamed", e.renamed_to), ("merged", e.merged_into)) if target]
        found += [Succession(f.subject_id, f.object_id, "renamed", f.when, f.fact_id)
                  for f in source.fact_records(types=["RENAME"])
                  if not f.negated and f.subject_id and f.object_id and f.subject_id != f.object_id
                  and not (f.subject_id in kb.actors and f.object_id in kb.actors)]
        return cls(found)

    def place(self, entity_id: str, as_of: str | None) -> Placement:
        """Follow renames dated by ``as_of``; stop at the first merger by then."""
        current, renames, seen = entity_id, [], {entity_id}
        while True:
            step = next((s for s in self._next[current]
                         if s.new_id not in seen and on_or_before(s.date, as_of)), None)
            if step is None:
                return Placement(current, tuple(renames), None)
            if step.relation == "merged":
                return Placement(current, tuple(renames), step)
            renames.append(step)
            seen.add(step.new_id)
            current = step.new_id

    def chain(self, entity_id: str) -> list[Succession]:
        """Every succession of the entity's line, earlier names first, ending with a merger if any."""
        earlier, current, seen = [], entity_id, {entity_id}
        while step := self._earlier(current, seen):
            earlier.insert(0, step)
            seen.add(step.old_id)
            current = step.old_id
        later, current = [], entity_id
        while step := next((s for s in self._next[current] if s.new_id not in seen), None):
            later.append(step)
            seen.add(step.new_id)
            if step.relation == "merged":
                break
            current = step.new_id
        return earlier + later

    def _earlier(self, entity_id: str, seen: set[str]) -> Succession | None:
        """The step before ``entity_id`` on its line: its old name, or else the one group
        merged into it that had a name before (its core: فتح الشام, once النصرة, in هيئة
        تحرير الشام); None when there is none or more than one such group."""
        steps = [s for s in self._prev[entity_id] if s.old_id not in seen]
        renamed = [s for s in steps if s.relation == "renamed"]
        if renamed:
            return renamed[0]
        cores = [s for s in steps if any(p.relation == "renamed" for p in self._prev[s.old_id])]
        return cores[0] if len(cores) == 1 else None

    def renamed_ids(self, entity_id: str) -> list[str]:
        """The entity and every other name of the same organisation (no merged groups)."""
        steps = [s for s in self.chain(entity_id) if s.relation == "renamed"]
        return list(dict.fromkeys([entity_id, *(i for s in steps for i in (s.old_id, s.new_id))]))
