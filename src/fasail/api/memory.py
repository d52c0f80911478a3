"""An in-memory `Backend` over lists of records, for tests, demos and `fasail serve --from`.

It is deliberately naive: edges group facts by type, entity pair and polarity; an as-of
snapshot keeps the facts dated on or before the day. Writes replace whole dicts (copy on
write) under a lock, so the server's worker threads read consistent data without locking.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from fasail.api.backend import (
    EDITABLE_FACT_FIELDS,
    Article,
    Contradiction,
    Page,
    PlaceCount,
    Profile,
    ReviewAction,
    SearchHit,
    Snapshot,
    UnknownId,
)
from fasail.graph.edges import consolidate
from fasail.graph.questions import time_order
from fasail.store.records import EntityRecord, FactRecord
from fasail.text.normalize import fold

T = TypeVar("T")
#: The fact status each review action leaves.
STATUS = {"accept": "accepted", "reject": "rejected", "edit": "edited"}


def _page(items: list[T], offset: int, limit: int) -> Page[T]:
    return Page(items=items[offset : offset + limit], total=len(items))


def _key(text: str) -> str:
    """Loose match key: Arabic letter forms folded, Latin case ignored."""
    return fold(text).casefold()


class MemoryBackend:
    """A Backend holding every entity, fact and article in dicts; `log` lists the reviews."""

    def __init__(
        self, entities: Iterable[EntityRecord], facts: Iterable[FactRecord], articles: Iterable[Article] = ()
    ) -> None:
        self._entities = {e.entity_id: e for e in entities}
        self._facts = {f.fact_id: f for f in facts}
        self._articles = {a.article_id: a for a in articles}
        self.log: list[dict[str, Any]] = []
        self._write = threading.Lock()

    # --- loading -------------------------------------------------------------------------

    @classmethod
    def from_extract(cls, rows: Iterable[dict]) -> MemoryBackend:
        """Build from `fasail extract` output objects: KB entities keep their KB id, other names
        of one type and spelling across articles become one "x-<type>-<n>" entity."""
        entities: dict[str, EntityRecord] = {}
        local: dict[tuple[str, str], str] = {}
        facts: list[FactRecord] = []
        articles: list[Article] = []
        for row in rows:
            article_id, date = row.get("id") or row["doc"], row.get("date")
            articles.append(Article(article_id=article_id, doc=row["doc"], text=row.get("text", ""),
                                    title=row.get("title"), date=date, outlet=row.get("outlet"),
                                    url=row.get("url")))
            ids = []
            for ent in row.get("entities", []):
                new_id = f"x-{ent['type'].lower()}-{len(local) + 1}"
                entity_id = ent.get("kb_id") or local.setdefault((ent["type"], _key(ent["name"])), new_id)
                ids.append(entity_id)
                entities[entity_id] = _merge_mention(entities.get(entity_id), entity_id, ent, date)
            by_name = {ent["name"]: ids[i] for i, ent in enumerate(row.get("entities", []))}
            for n, fact in enumerate(row.get("facts", [])):
                facts.append(_fact_record(fact, f"{article_id}-{n}", article_id, row, ids, by_name))
        return cls(entities.values(), facts, articles)

    @classmethod
    def load(cls, path: Path) -> MemoryBackend:
        """Read a `fasail extract` JSONL file."""
        with path.open(encoding="utf-8") as lines:
            return cls.from_extract(json.loads(line) for line in lines if line.strip())

    # --- reads ---------------------------------------------------------------------------

    def entities(
        self, *, type: str | None = None, q: str | None = None, offset: int = 0, limit: int = 50
    ) -> Page[EntityRecord]:
        needle = _key(q) if q else None
        found = [e for e in self._entities.values()
                 if (type is None or e.type == type) and (needle is None or needle in _names_key(e))]
        found.sort(key=lambda e: (-e.mention_count, e.entity_id))
        return _page(found, offset, limit)

    def entity(self, entity_id: str) -> EntityRecord:
        try:
            return self._entities[entity_id]
        except KeyError:
            raise UnknownId("entity", entity_id) from None

    def profile(self, entity_id: str) -> Profile:
        entity = self.entity(entity_id)
        edges = [e for e in consolidate(self._live()) if entity_id in (e.subject_id, e.object_id)]
        others = {i for e in edges for i in (e.subject_id, e.object_id) if i and i != entity_id}
        counts = Counter(f.type for f in self._live() if entity_id in (f.subject_id, f.object_id))
        return Profile(entity=entity, edges=edges, neighbours=[self._entities[i] for i in sorted(others)],
                       fact_counts=dict(counts.most_common()))

    def facts(
        self, *, entity_id: str | None = None, type: str | None = None, offset: int = 0, limit: int = 50
    ) -> Page[FactRecord]:
        if entity_id is not None:
            self.entity(entity_id)
        found = [f for f in self._live()
                 if (type is None or f.type == type)
                 and (entity_id is None or entity_id in (f.subject_id, f.object_id))]
        return _page(found, offset, limit)

    def fact(self, fact_id: str) -> FactRecord:
        try:
            return self._facts[fact_id]
        except KeyError:
            raise UnknownId("fact", fact_id) from None

    def article(self, article_id: str) -> Article:
        try:
            return self._articles[article_id]
        except KeyError:
            raise UnknownId("article", article_id) from None

    def snapshot(self, as_of: str | None = None) -> Snapshot:
        facts = [f for f in self._live() if as_of is None or (f.when is not None and f.when <= as_of)]
        edges = consolidate(facts)
        ids = sorted({i for e in edges for i in (e.subject_id, e.object_id) if i})
        return Snapshot(as_of=as_of, nodes=[self._entities[i] for i in ids], edges=edges)

    def timeline(self, entity_id: str, other_id: str | None = None) -> list[FactRecord]:
        self.entity(entity_id)
        if other_id is not None:
            self.entity(other_id)
        return [f for f in self._live()
                if entity_id in (f.subject_id, f.object_id)
                and (other_id is None or other_id in (f.subject_id, f.object_id))]

    def contradictions(self) -> list[Contradiction]:
        edges = {(e.type, e.subject_id, e.object_id, e.negated): e for e in consolidate(self._live())}
        return [Contradiction(affirmed=edge, denied=edges[(*key[:3], True)])
                for key, edge in edges.items() if not key[3] and (*key[:3], True) in edges]

    def search(self, text: str, *, offset: int = 0, limit: int = 50) -> Page[SearchHit]:
        needle = _key(text)
        hits = [SearchHit(kind="entity", id=e.entity_id, label=e.name, text=e.name_en)
                for e in self.entities(q=text, limit=len(self._entities)).items]
        hits += [SearchHit(kind="fact", id=f.fact_id, label=f.type, text=f.evidence)
                 for f in self._live() if needle in _key(f.evidence)]
        return _page(hits, offset, limit)

    def places(self) -> list[PlaceCount]:
        counts = Counter(i for f in self._live() for i in {f.object_id, f.place_id} if i)
        return [PlaceCount(entity=e, fact_count=counts[e.entity_id]) for e in self._entities.values()
                if e.type == "PLACE" and e.lat is not None and e.lon is not None]

    # --- review writes -------------------------------------------------------------------

    def review_fact(
        self, fact_id: str, action: ReviewAction, who: str, changes: dict | None = None
    ) -> FactRecord:
        changes = self._checked_changes(action, changes)
        with self._write:
            fact = dataclasses.replace(self.fact(fact_id), **changes, status=STATUS[action])
            self._facts = {**self._facts, fact_id: fact}
            self._record(who, action, fact_id, changes)
        return fact

    def merge_entities(self, keep_id: str, merge_id: str, who: str) -> EntityRecord:
        if keep_id == merge_id:
            raise ValueError("cannot merge an entity into itself")
        with self._write:
            keep, gone = self.entity(keep_id), self.entity(merge_id)
            seen = [d for d in (keep.first_seen, gone.first_seen, keep.last_seen, gone.last_seen) if d]
            merged = dataclasses.replace(
                keep,
                aliases=tuple(dict.fromkeys((*keep.aliases, gone.name, *gone.aliases))),
                mention_count=keep.mention_count + gone.mention_count,
                first_seen=min(seen, default=None), last_seen=max(seen, default=None),
            )
            entities = {k: v for k, v in self._entities.items() if k != merge_id}
            entities[keep_id] = merged
            self._facts = {k: _repoint(f, merge_id, keep_id) for k, f in self._facts.items()}
            self._entities = entities
            self._record(who, "merge", keep_id, {"merged": merge_id})
        return merged

    def add_alias(self, entity_id: str, alias: str, who: str) -> EntityRecord:
        with self._write:
            entity = self.entity(entity_id)
            entity = dataclasses.replace(entity, aliases=tuple(dict.fromkeys((*entity.aliases, alias))))
            self._entities = {**self._entities, entity_id: entity}
            self._record(who, "alias", entity_id, {"alias": alias})
        return entity

    # --- helpers -------------------------------------------------------------------------

    def _checked_changes(self, action: ReviewAction, changes: dict | None) -> dict:
        """The edit's changes, refused when they touch other fields or name unknown entities."""
        changes = dict(changes or {}) if action == "edit" else {}
        if unknown := set(changes) - EDITABLE_FACT_FIELDS:
            raise ValueError(f"fields that cannot be edited: {', '.join(sorted(unknown))}")
        for role in ("subject_id", "object_id"):
            if changes.get(role) is not None:
                self.entity(changes[role])
        return changes

    def _live(self) -> list[FactRecord]:
        """Facts not rejected by review, oldest first."""
        return time_order(f for f in self._facts.values() if f.status != "rejected")

    def _record(self, who: str, action: str, target: str, details: dict) -> None:
        self.log.append({"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "who": who,
                         "action": action, "target": target, "details": details})


def _names_key(entity: EntityRecord) -> str:
    return "\n".join(_key(n) for n in (entity.name, entity.name_en or "", *entity.aliases))


def _merge_mention(old: EntityRecord | None, entity_id: str, ent: dict, date: str | None) -> EntityRecord:
    """Fold one article's entity into the consolidated record."""
    aliases = tuple(dict.fromkeys((*(old.aliases if old else ()), *ent.get("aliases", ()))))
    dates = [d for d in (date, old and old.first_seen, old and old.last_seen) if d]
    return EntityRecord(
        entity_id=entity_id, name=old.name if old else ent["name"], type=ent["type"],
        name_en=(old and old.name_en) or ent.get("name_en"), kb_id=ent.get("kb_id"), aliases=aliases,
        lat=ent.get("lat"), lon=ent.get("lon"), admin1=ent.get("admin1"), pcode=ent.get("pcode"),
        mention_count=(old.mention_count if old else 0) + len(ent.get("mentions", ())),
        first_seen=min(dates, default=None), last_seen=max(dates, default=None),
    )


def _fact_record(
    fact: dict, fact_id: str, article_id: str, row: dict, ids: list[str], by_name: dict[str, str]
) -> FactRecord:
    def entity_at(index: int | None) -> str | None:
        return ids[index] if index is not None else None

    return FactRecord(
        fact_id=fact_id, type=fact["type"],
        subject_id=entity_at(fact.get("subject_entity")), object_id=entity_at(fact.get("object_entity")),
        subject=fact.get("subject"), object=fact.get("object"),
        negated=bool(fact.get("negated")), hedged=bool(fact.get("hedged")), time=fact.get("time"),
        place=fact.get("place"), place_id=by_name.get(fact.get("place") or ""), count=fact.get("count"),
        source=fact.get("source"), evidence=fact.get("evidence", ""),
        evidence_start=fact.get("evidence_start", 0), evidence_end=fact.get("evidence_end", 0),
        rule=fact.get("rule", ""), article_id=article_id, doc=row["doc"], article_date=row.get("date"),
        outlet=row.get("outlet"), url=row.get("url"), passage_key=_key(fact.get("evidence", "")),
        trigger=fact.get("trigger"), arguments=fact.get("arguments") or {},
    )


def _repoint(fact: FactRecord, old: str, new: str) -> FactRecord:
    """The fact with every reference to entity `old` moved to `new`."""
    moved = {k: new for k in ("subject_id", "object_id", "place_id") if getattr(fact, k) == old}
    return dataclasses.replace(fact, **moved) if moved else fact
