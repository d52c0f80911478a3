"""Facts as ONTOLOGY JSONL (one object per article) and as ACLED-style event rows.

The JSONL lists, per article, the entities its facts name (records hold no per-article
mentions, so entities no fact names are not listed); each entity's aliases are the names
that article's facts give it. ACLED rows follow ``data/acled.yaml``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from fasail.graph.dates import on_or_before, period_start
from fasail.graph.edges import source_key
from fasail.store.records import EntityRecord, FactRecord, RecordSource

ACLED_COLUMNS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "assoc_actor_1", "location", "admin1", "admin2", "admin3", "latitude", "longitude",
                 "geo_precision", "source", "fatalities", "notes", "article_url", "fact_id", "rule")


def _facts(source: RecordSource, as_of: str | None) -> list[FactRecord]:
    """Accepted facts dated by ``as_of`` (all when None), in article then text order."""
    facts = [f for f in source.fact_records() if as_of is None or on_or_before(f.when, as_of)]
    return sorted(facts, key=lambda f: (f.doc, f.article_id, f.evidence_start, f.fact_id))


def _entities(source: RecordSource, facts: list[FactRecord]) -> dict[str, EntityRecord]:
    ids = {i for f in facts for i in (f.subject_id, f.object_id, f.place_id) if i}
    return {e.entity_id: e for e in source.entity_records(ids)}


def ontology_documents(source: RecordSource, as_of: str | None = None) -> Iterator[dict[str, Any]]:
    """One ONTOLOGY object per article that has facts."""
    facts = _facts(source, as_of)
    entities = _entities(source, facts)
    articles: dict[str, list[FactRecord]] = {}
    for fact in facts:
        articles.setdefault(fact.article_id, []).append(fact)
    for article_facts in articles.values():
        yield _document(article_facts, entities)


def _document(facts: list[FactRecord], entities: dict[str, EntityRecord]) -> dict[str, Any]:
    index: dict[str, int] = {}
    listed: list[dict[str, Any]] = []

    def entity(entity_id: str | None, surface: str | None) -> int | None:
        if entity_id not in entities:
            return None
        if entity_id not in index:
            record = entities[entity_id]
            index[entity_id] = len(listed)
            listed.append({"name": record.name, "type": record.type, "aliases": [record.name],
                           "kb_id": record.kb_id, "id": entity_id})
        aliases = listed[index[entity_id]]["aliases"]
        if surface and surface not in aliases:
            aliases.append(surface)
        return index[entity_id]

    out_facts = []
    for f in facts:
        subject, obj = entity(f.subject_id, f.subject), entity(f.object_id, f.object)
        entity(f.place_id, f.place)
        out_facts.append({
            "type": f.type, "subject": f.subject, "object": f.object, "negated": f.negated,
            "hedged": f.hedged, "time": f.time, "place": f.place, "count": f.count, "source": f.source,
            "evidence": f.evidence, "id": f.fact_id, "rule": f.rule, "subject_entity": subject,
            "object_entity": obj, "evidence_start": f.evidence_start, "evidence_end": f.evidence_end,
        })
    first = facts[0]
    return {"doc": first.doc, "id": first.article_id, "date": first.article_date, "outlet": first.outlet,
            "url": first.url, "entities": listed, "facts": out_facts}


def write_jsonl(source: RecordSource, out: Path, as_of: str | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for doc in ontology_documents(source, as_of):
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return out


@cache
def acled_mapping() -> dict[str, Any]:
    """``data/acled.yaml``: fact types as ACLED event types, and precision codes."""
    text = resources.files("fasail.export").joinpath("data/acled.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def acled_rows(source: RecordSource, as_of: str | None = None) -> Iterator[dict[str, Any]]:
    """One row per affirmed event fact; a syndicated copy of a passage adds no second row."""
    mapping = acled_mapping()
    facts = [f for f in _facts(source, as_of) if f.type in mapping["event_types"] and not f.negated]
    entities = _entities(source, facts)
    seen: set[tuple] = set()
    for fact in facts:
        key = (source_key(fact), fact.type, fact.subject_id, fact.object_id)
        if key not in seen:
            seen.add(key)
            yield _acled_row(fact, entities, mapping)


def _acled_row(fact: FactRecord, entities: dict[str, EntityRecord],
               mapping: dict[str, Any]) -> dict[str, Any]:
    kind = mapping["event_types"][fact.type]
    subject = entities.get(fact.subject_id or "")
    obj = entities.get(fact.object_id or "")
    to_place = kind.get("actor2_is_place", False)
    place = obj if to_place else entities.get(fact.place_id or "")
    by_subject = kind.get("sub_event_type_by_subject", {})
    return {
        "event_date": period_start(fact.when) if fact.when else "",
        "time_precision": _time_precision(fact, mapping["time_precision"]),
        "event_type": kind["event_type"],
        "sub_event_type": by_subject.get(subject.type if subject else "", kind["sub_event_type"]),
        "actor1": subject.name if subject else fact.subject or "",
        "actor2": "" if to_place else (obj.name if obj else fact.object or ""),
        "assoc_actor_1": "",
        "location": place.name if place else (fact.object if to_place else fact.place) or "",
        "admin1": place.admin1 if place and place.admin1 else "", "admin2": "", "admin3": "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": _geo_precision(place, mapping["geo_precision"]),
        "source": "; ".join(dict.fromkeys(s for s in (fact.outlet, fact.source) if s)),
        "fatalities": fact.count or 0 if kind.get("fatalities") else 0,
        "notes": fact.evidence, "article_url": fact.url or "", "fact_id": fact.fact_id, "rule": fact.rule,
    }


def _time_precision(fact: FactRecord, codes: dict[str, int]) -> int | str:
    if fact.time:
        return codes[{4: "year", 7: "month"}.get(len(fact.time), "day")]
    return codes["article_date"] if fact.article_date else ""


def _geo_precision(place: EntityRecord | None, codes: dict[str, int]) -> int | str:
    """Towns (OCHA C-codes) are exact, provinces (SYnn) coarse; other located places between."""
    if place is None or place.lat is None:
        return ""
    if place.pcode and place.pcode.startswith("C"):
        return codes["town"]
    if place.pcode and len(place.pcode) == 4:
        return codes["province"]
    return codes["region"]


def write_acled(source: RecordSource, out: Path, as_of: str | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(acled_rows(source, as_of))
    return out
