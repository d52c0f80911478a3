"""Finding the entity a user means by a name: record names and aliases, then KB names."""

from __future__ import annotations

from fasail.errors import UsageError
from fasail.kb.base import KnowledgeBase
from fasail.store.records import EntityRecord, RecordSource
from fasail.text.names import name_key

#: Entity types that can be the subject of most relations, preferred when a name is ambiguous.
ACTOR_PREFERENCE = {"GROUP": 0, "STATE": 1, "PERSON": 2, "OUTLET": 3, "PLACE": 4}


class UnknownName(UsageError):
    """No entity is called that; ``suggestions`` holds near names."""

    code = "E210"

    def __init__(self, name: str, suggestions: list[str]):
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity is named {name!r}{hint}")
        self.suggestions = suggestions


def kb_entity_record(kb: KnowledgeBase, entity_id: str) -> EntityRecord | None:
    """A record for a KB entity that no article named (a successor known only from the KB)."""
    e = kb.get(entity_id)
    if e is None:
        return None
    return EntityRecord(entity_id=e.id, name=e.name, type=e.type, name_en=e.name_en, kb_id=e.id,
                        aliases=e.aliases, lat=e.lat, lon=e.lon, admin1=e.admin1, pcode=e.pcode)


def _rank(entity: EntityRecord) -> tuple[int, int]:
    return ACTOR_PREFERENCE.get(entity.type, 9), -entity.mention_count


def resolve(source: RecordSource, name: str, kb: KnowledgeBase) -> EntityRecord:
    """The entity called ``name`` (by id, name or alias, normalised), groups first; else the KB's.

    Raises UnknownName with up to five near names when nothing matches.
    """
    key = name_key(name)
    entities = list(source.entity_records())
    found = [e for e in entities
             if e.entity_id == name.strip() or key in {name_key(n) for n in (e.name, *e.aliases)}]
    if not found:
        kb_ids = {k.id for k in kb.find(name)}
        found = [e for e in entities if e.entity_id in kb_ids or e.kb_id in kb_ids]
        found = found or [r for i in sorted(kb_ids) if (r := kb_entity_record(kb, i))]
    if not found:
        raise UnknownName(name, _suggestions(key, entities))
    return min(found, key=_rank)


def _suggestions(key: str, entities: list[EntityRecord], limit: int = 5) -> list[str]:
    from rapidfuzz import fuzz, process

    names = {name_key(n): n for e in entities for n in (e.name, *e.aliases)}
    matches = process.extract(key, list(names), scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [names[match] for match, _score, _ in matches]
