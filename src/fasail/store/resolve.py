"""Cross-article entity resolution: which store entity an article's entity is.

A KB entity is itself (entity id = KB id): each name of a renamed group is its own KB entity,
so a fact stays on the name its sentence uses. A name outside the KB joins the store entity
of the same type that already has that normalised name as an alias, else one whose name is
nearly the same (rapidfuzz ratio above a high threshold), else it becomes a new entity.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from fasail.text.names import name_key as _name_key

_LOCAL_ID = re.compile(r"^x-[a-z]+-(\d+)$")
#: The same names recur article after article: their keys are worked out once.
name_key = lru_cache(maxsize=200_000)(_name_key)


def local_id(entity_type: str, number: int) -> str:
    """The store id of a non-KB entity: ``x-person-12``."""
    return f"x-{entity_type.lower()}-{number}"


def _names(entity: dict[str, Any]) -> list[str]:
    """The entity's name and aliases, without words that only referred back to it (الأخيرة,
    الهيئة): those would join unrelated entities."""
    referring = {m["text"] for m in entity.get("mentions", ()) if "#coreference" in (m.get("rule") or "")}
    return [entity["name"], *(a for a in entity.get("aliases", ()) if a not in referring)]


class Resolver:
    """Resolves entities within one transaction; call ``load`` again after a rollback.

    New entities and aliases are queued and written by ``flush`` (one insert of each per
    article); the alias keys of each entity are read from the store once, then kept."""

    def __init__(self, conn: Any, *, threshold: float, min_length: int):
        self.conn = conn
        self.threshold = threshold
        self.min_length = min_length
        self.load()

    def load(self) -> None:
        """Read the known non-KB names and the id counters from the store."""
        from sqlalchemy import select

        from fasail.store.schema import tables

        t = tables()
        self._by_key: dict[tuple[str, str], str] = {}
        self._keys: dict[str, list[str]] = {}
        self._known: set[str] = set()
        self._next: dict[str, int] = {}
        self._alias_keys: dict[str, set[str]] = {}
        self._new_entities: list[dict[str, Any]] = []
        self._new_aliases: list[dict[str, Any]] = []
        for entity_id, kb_id in self.conn.execute(select(t.entities.c.entity_id, t.entities.c.kb_id)):
            self._known.add(entity_id)
            match = None if kb_id else _LOCAL_ID.match(entity_id)
            if match:
                kind = entity_id.split("-")[1]
                self._next[kind] = max(self._next.get(kind, 1), int(match.group(1)) + 1)
        query = (select(t.aliases.c.type, t.aliases.c.alias_key, t.aliases.c.entity_id)
                 .join(t.entities, t.entities.c.entity_id == t.aliases.c.entity_id)
                 .where(t.entities.c.kb_id.is_(None)).order_by(t.aliases.c.entity_id))
        for entity_type, key, entity_id in self.conn.execute(query):
            self._remember(entity_type, key, entity_id)

    def _remember(self, entity_type: str, key: str, entity_id: str) -> None:
        if (entity_type, key) not in self._by_key:
            self._by_key[entity_type, key] = entity_id
            self._keys.setdefault(entity_type, []).append(key)

    def resolve(self, entity: dict[str, Any]) -> str:
        """The store id of an output entity (``fasail extract`` shape), created when new."""
        names = _names(entity)
        keys = [k for k in dict.fromkeys(name_key(n) for n in names) if k]
        entity_id = entity.get("kb_id") or self._find(entity["type"], keys) or self._new_id(entity["type"])
        if entity_id not in self._known:
            self._insert_entity(entity_id, entity)
        self._add_aliases(entity_id, entity["type"], names, kb=bool(entity.get("kb_id")))
        return entity_id

    def create(self, entity_type: str, name: str) -> str:
        """A new non-KB entity named ``name`` (for a split); its aliases are the caller's."""
        entity_id = self._new_id(entity_type)
        self._insert_entity(entity_id, {"name": name, "type": entity_type})
        self.flush()  # the split moves rows onto it right away
        return entity_id

    def assign(self, entity_type: str, key: str, entity_id: str) -> None:
        """Later mentions of the name ``key`` go to ``entity_id`` (after a split moved it)."""
        if (entity_type, key) not in self._by_key:
            self._keys.setdefault(entity_type, []).append(key)
        self._by_key[entity_type, key] = entity_id
        self._alias_keys.clear()  # the split moved an alias row: read them again

    def _find(self, entity_type: str, keys: list[str]) -> str | None:
        for key in keys:
            if (entity_type, key) in self._by_key:
                return self._by_key[entity_type, key]
        key = keys[0] if keys else ""
        if len(key) < self.min_length or not self._keys.get(entity_type):
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(key, self._keys[entity_type], scorer=fuzz.ratio,
                                  score_cutoff=self.threshold)
        return self._by_key[entity_type, best[0]] if best else None

    def _new_id(self, entity_type: str) -> str:
        kind = entity_type.lower()
        number = self._next.get(kind, 1)
        self._next[kind] = number + 1
        return local_id(entity_type, number)

    def flush(self) -> None:
        """Write the queued entities and aliases."""
        from sqlalchemy import insert

        from fasail.store.schema import tables

        for table, rows in ((tables().entities, self._new_entities), (tables().aliases, self._new_aliases)):
            if rows:
                self.conn.execute(insert(table), rows)
                rows.clear()

    def _insert_entity(self, entity_id: str, entity: dict[str, Any]) -> None:
        name = entity["name"]
        kb_id = entity.get("kb_id")
        if kb_id:
            from fasail.kb.base import default_kb

            kb_entity = default_kb().get(kb_id)
            name = kb_entity.name if kb_entity else name
        self._new_entities.append(dict(
            entity_id=entity_id, type=entity["type"], name=name, name_key=name_key(name),
            name_en=entity.get("name_en"), kb_id=kb_id, lat=entity.get("lat"), lon=entity.get("lon"),
            admin1=entity.get("admin1"), pcode=entity.get("pcode")))
        self._known.add(entity_id)
        self._alias_keys[entity_id] = set()  # a new entity has no aliases in the store

    def _add_aliases(self, entity_id: str, entity_type: str, names: list[str], *, kb: bool) -> None:
        wanted = {name_key(n): n for n in reversed(names) if name_key(n)}
        have = self._stored_alias_keys(entity_id)
        for key, name in wanted.items():
            if key not in have:
                have.add(key)
                self._new_aliases.append({"entity_id": entity_id, "alias_key": key, "alias": name,
                                          "type": entity_type})
        if not kb:
            for key in wanted:
                self._remember(entity_type, key, entity_id)

    def _stored_alias_keys(self, entity_id: str) -> set[str]:
        """The entity's alias keys, read from the store the first time it is asked for."""
        have = self._alias_keys.get(entity_id)
        if have is None:
            from sqlalchemy import select

            from fasail.store.schema import tables

            t = tables().aliases
            have = self._alias_keys[entity_id] = set(
                self.conn.execute(select(t.c.alias_key).where(t.c.entity_id == entity_id)).scalars())
        return have
