"""Records from ``fasail extract`` JSONL, so queries and exports work without a store.

Entities are merged across articles by KB id, else by type and normalised name (ids
"x-<type>-<n>", as the store makes them). Facts inside a passage that ``shared_passages``
marks as syndicated get one passage key in both articles, so the copy is not a second source.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fasail.errors import UsageError
from fasail.graph.memory import MemoryRecords
from fasail.store.records import EntityRecord, FactRecord, RecordSource
from fasail.text.names import name_key

Span = tuple[int, int, str]  # start, end, passage key


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of an extract output file, one per non-blank line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise UsageError(f"cannot read: {e.strerror or e}", where=str(path)) from e
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:
                raise UsageError(f"not JSON: {e.msg}", where=f"{path}:{lineno}") from e


def load_extract(path: Path) -> MemoryRecords:
    """A RecordSource over the articles of one extract output file."""
    return MemoryRecords(*records_from_documents(list(read_documents(path))))


def records_from_documents(docs: list[dict[str, Any]]) -> tuple[list[EntityRecord], list[FactRecord]]:
    """Entity and fact records of extract output documents (ONTOLOGY shape with indices)."""
    registry = _EntityRegistry()
    passages = _passage_spans(docs)
    facts = []
    for doc in docs:
        local = [registry.add(entity, doc.get("date")) for entity in doc.get("entities") or []]
        facts.extend(_facts_of(doc, local, passages.get(doc["doc"], [])))
    return registry.records(), facts


def _passage_spans(docs: Iterable[dict[str, Any]]) -> dict[str, list[Span]]:
    """Per doc, the spans it shares with another doc, keyed by the earlier doc's span."""
    spans: dict[str, list[Span]] = {}
    for doc in docs:
        for shared in doc.get("shared_passages") or []:
            key = f"{shared['other_doc']}@{shared['other_start']}-{shared['other_end']}"
            spans.setdefault(doc["doc"], []).append((shared["start"], shared["end"], key))
            other = (shared["other_start"], shared["other_end"], key)
            spans.setdefault(shared["other_doc"], []).append(other)
    return spans


def _passage_key(fact: dict[str, Any], spans: list[Span]) -> str | None:
    start, end = fact.get("evidence_start"), fact.get("evidence_end")
    if start is None or end is None:
        return None
    return next((key for s, e, key in spans if s <= start and end <= e), None)


def _facts_of(doc: dict[str, Any], local: list[str], spans: list[Span]) -> Iterator[FactRecord]:
    article_id = str(doc.get("id") or doc["doc"])
    places = {name_key(e["name"]): local[i] for i, e in enumerate(doc.get("entities") or [])
              if e.get("type") == "PLACE"}

    def entity(index: int | None) -> str | None:
        return local[index] if index is not None and 0 <= index < len(local) else None

    for n, fact in enumerate(doc.get("facts") or []):
        yield FactRecord(
            fact_id=f"{article_id}:{n}", type=fact["type"],
            subject_id=entity(fact.get("subject_entity")), object_id=entity(fact.get("object_entity")),
            subject=fact.get("subject"), object=fact.get("object"),
            negated=bool(fact.get("negated")), hedged=bool(fact.get("hedged")),
            time=fact.get("time"), place=fact.get("place"), place_id=places.get(name_key(fact.get("place"))),
            count=fact.get("count"), source=fact.get("source"), evidence=fact.get("evidence") or "",
            evidence_start=fact.get("evidence_start") or 0, evidence_end=fact.get("evidence_end") or 0,
            rule=fact.get("rule") or "", article_id=article_id, doc=doc["doc"],
            article_date=doc.get("date"), outlet=doc.get("outlet"), url=doc.get("url"),
            passage_key=_passage_key(fact, spans), trigger=fact.get("trigger"),
            arguments=fact.get("arguments") or {},
        )


@dataclass
class _Merged:
    """An entity being merged across articles."""

    entity_id: str
    first: dict[str, Any]
    aliases: dict[str, None] = field(default_factory=dict)
    mentions: int = 0
    dates: list[str] = field(default_factory=list)

    def record(self) -> EntityRecord:
        e = self.first
        return EntityRecord(
            entity_id=self.entity_id, name=e["name"], type=e["type"], name_en=e.get("name_en"),
            kb_id=e.get("kb_id"), aliases=tuple(self.aliases), lat=e.get("lat"), lon=e.get("lon"),
            admin1=e.get("admin1"), pcode=e.get("pcode"), mention_count=self.mentions,
            first_seen=min(self.dates, default=None), last_seen=max(self.dates, default=None),
        )


class _EntityRegistry:
    """Entities of all articles, one per KB id or per (type, name key)."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], _Merged] = {}

    def add(self, entity: dict[str, Any], date: str | None) -> str:
        """Merge one article's entity in and return its record id."""
        kb_id = entity.get("kb_id")
        key = ("kb", kb_id) if kb_id else (entity["type"], name_key(entity["name"]))
        merged = self._by_key.get(key)
        if merged is None:
            entity_id = kb_id or f"x-{entity['type'].lower()}-{len(self._by_key) + 1}"
            merged = self._by_key[key] = _Merged(entity_id, entity)
        merged.aliases.update(dict.fromkeys(entity.get("aliases") or [entity["name"]]))
        merged.mentions += len(entity.get("mentions") or []) or 1
        if date:
            merged.dates.append(date)
        return merged.entity_id

    def records(self) -> list[EntityRecord]:
        return [m.record() for m in self._by_key.values()]


def open_source(from_path: Path | None = None, db: str | None = None) -> RecordSource:
    """The records to query: an extract output file, or the store at ``db`` (exactly one)."""
    if (from_path is None) == (db is None):
        raise UsageError("give either --from FILE (extract output) or --db STORE")
    if from_path is not None:
        return load_extract(from_path)
    import fasail.store

    open_store = getattr(fasail.store, "open_store", None)
    if open_store is None:
        raise UsageError("this installation has no knowledge store (fasail.store.open_store); "
                         "query extract output with --from FILE")
    return open_store(db)
