"""Check the name-change family (RENAME, MERGER, SPLIT, AFFILIATION, ALLEGIANCE) against the
knowledge base's dated successions, so an analyst sees at once which extracted facts agree
with what is known and which contradict it ("kb_check" on the fact)."""

from __future__ import annotations

from typing import Any

from fasail.kb.base import KnowledgeBase

CHECKED = frozenset({"RENAME", "MERGER", "SPLIT", "AFFILIATION", "ALLEGIANCE"})


def _later(kb: KnowledgeBase, entity_id: str) -> dict[str, str]:
    """Later names and bodies of an entity: id → relation (renamed_to / merged_into)."""
    return {entity.id: relation for relation, entity, _ in kb.successors(entity_id)}


def kb_check(kind: str, subject_id: str | None, object_id: str | None, kb: KnowledgeBase) -> dict | None:
    """``{"status": "consistent"|"conflict", "note": …}`` for a fact between two KB actors,
    or None when the KB says nothing either way."""
    subject, obj = kb.get(subject_id or ""), kb.get(object_id or "")
    if kind not in CHECKED or subject is None or obj is None:
        return None
    forward, backward = _later(kb, subject.id), _later(kb, obj.id)
    if kind == "RENAME":
        if subject.id == obj.id or forward.get(obj.id) == "renamed_to" or obj.id in forward:
            return {"status": "consistent", "note": f"KB: {subject.name} → {obj.name}"}
        if subject.id in backward:
            return {"status": "conflict", "note": f"KB has the opposite order: {obj.name} → {subject.name}"}
        return {"status": "conflict", "note": f"KB has no name change {subject.name} → {obj.name}"}
    if kind == "MERGER":
        if obj.id in forward:
            return {"status": "consistent", "note": f"KB: {subject.name} {forward[obj.id]} {obj.name}"}
        if subject.id in backward:
            return {"status": "conflict", "note": f"KB has {obj.name} merging into {subject.name}"}
        return None
    if kind == "SPLIT":
        return ({"status": "consistent", "note": f"KB: {subject.name} splintered from {obj.name}"}
                if subject.splinter_of == obj.id else None)
    linked = set(subject.affiliated_with) | {subject.part_of} | set(forward)
    if obj.id in linked:
        return {"status": "consistent", "note": f"KB: {subject.name} is tied to {obj.name}"}
    if subject.id in set(obj.affiliated_with) | {obj.part_of}:
        return {"status": "conflict", "note": f"KB has {obj.name} under {subject.name}, not the reverse"}
    return None


def check_facts(facts: list[dict[str, Any]], entities: list[dict[str, Any]], kb: KnowledgeBase) -> None:
    """Add ``kb_check`` to each fact of the checked types whose two sides are KB actors."""
    for fact in facts:
        subject, obj = fact.get("subject_entity"), fact.get("object_entity")
        if fact["type"] not in CHECKED or subject is None or obj is None:
            continue
        found = kb_check(fact["type"], entities[subject].get("kb_id"), entities[obj].get("kb_id"), kb)
        if found is not None:
            fact["kb_check"] = found
