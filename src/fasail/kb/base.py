"""The knowledge base in memory: entities by id and by name, and their dated successions."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from fasail.cache import load_or_build
from fasail.kb.loader import load_kb_entities
from fasail.kb.model import KBEntity
from fasail.text.names import name_key


class KnowledgeBase:
    """Actors and places, looked up by id or by any of their names (normalised)."""

    def __init__(self, actors: list[KBEntity], places: list[KBEntity]):
        self.actors = {e.id: e for e in actors}
        self.places = {e.id: e for e in places}
        self._by_name: dict[str, list[KBEntity]] = defaultdict(list)
        for entity in (*actors, *places):
            for name in dict.fromkeys(name_key(n) for n in (*entity.names, *entity.short_names)):
                self._by_name[name].append(entity)

    def get(self, entity_id: str) -> KBEntity | None:
        """The actor with this id, else the place with it, else None."""
        return self.actors.get(entity_id) or self.places.get(entity_id)

    def find(self, name: str) -> list[KBEntity]:
        """Entities one of whose names is ``name`` (or whose id is ``name``)."""
        found = list(self._by_name.get(name_key(name), []))
        by_id = self.get(name.strip())
        if by_id and by_id not in found:
            found.insert(0, by_id)
        return found

    def successors(self, entity_id: str) -> list[tuple[str, KBEntity, str | None]]:
        """The chain of later names and bodies: (relation, entity, date) from this entity on."""
        chain, seen = [], {entity_id}
        current = self.actors.get(entity_id)
        while current:
            nxt = current.renamed_to or current.merged_into
            if not nxt or nxt in seen or nxt not in self.actors:
                break
            relation = "renamed_to" if current.renamed_to else "merged_into"
            chain.append((relation, self.actors[nxt], current.valid_to))
            seen.add(nxt)
            current = self.actors[nxt]
        return chain

    def predecessors(self, entity_id: str) -> list[tuple[str, KBEntity, str | None]]:
        """Entities renamed to, merged into, or splintered towards this one."""
        found = []
        for other in self.actors.values():
            if other.renamed_to == entity_id:
                found.append(("renamed_from", other, other.valid_to))
            elif other.merged_into == entity_id:
                found.append(("merged_from", other, other.valid_to))
        target = self.actors.get(entity_id)
        if target and target.splinter_of in self.actors:
            found.append(("splinter_of", self.actors[target.splinter_of], target.valid_from))
        return found


def kb_data_files() -> list[Traversable]:
    """The data files the shipped knowledge base is built from."""
    folder = resources.files("fasail.kb").joinpath("data")
    return [f for f in folder.iterdir() if f.is_file() and f.name.endswith((".yaml", ".tsv"))]


@cache
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with the package (loaded and validated once per process,
    and read from the disk cache while neither its data files nor the code change)."""
    return load_or_build("kb", kb_data_files(), lambda: KnowledgeBase(*load_kb_entities()))
