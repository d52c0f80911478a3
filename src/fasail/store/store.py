"""The Store: the knowledge store's API (ingest, curation, counts) and its RecordSource views."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fasail.store.records import EdgeRecord, EntityRecord, FactRecord, edge_from_row, gc_paused

if TYPE_CHECKING:
    import pandas as pd

    from fasail.graph.questions import SearchHit
    from fasail.store.ingest import IngestSummary

CHUNK = 500
#: KB predecessor relations that are successions, named as the step forward.
_FORWARD = {"renamed_from": "renamed_to", "merged_from": "merged_into"}


@dataclass(frozen=True, slots=True)
class ChainLink:
    """One name in a group's succession: how it follows the previous link, and when."""

    entity_id: str
    name: str
    relation: str | None  # renamed_to, merged_into (from the KB) or RENAME (stated in articles)
    date: str | None
    basis: str | None  # "kb" or "facts"; None for the first link


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(values))
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _aliases(conn: Any, where: list[Any]) -> dict[str, list[str]]:
    """Entity id → its aliases, for the entities ``where`` selects."""
    from sqlalchemy import select

    from fasail.store.schema import tables

    t = tables()
    aliases: dict[str, list[str]] = {}
    rows = conn.execute(select(t.aliases.c.entity_id, t.aliases.c.alias)
                        .join(t.entities, t.entities.c.entity_id == t.aliases.c.entity_id)
                        .where(*where).order_by(t.aliases.c.entity_id, t.aliases.c.alias))
    for entity_id, alias in rows:
        aliases.setdefault(entity_id, []).append(alias)
    return aliases


def _usage(conn: Any, ids: list[str] | None) -> dict[str, Any]:
    """Entity id → (n, first, last): its mentions and the dates of the articles naming it."""
    from sqlalchemy import func, select

    from fasail.store.schema import tables

    t = tables()
    usage = (select(t.mentions.c.entity_id, func.count().label("n"),
                    func.min(t.articles.c.date).label("first"), func.max(t.articles.c.date).label("last"))
             .join(t.articles, t.articles.c.article_id == t.mentions.c.article_id)
             .group_by(t.mentions.c.entity_id))
    if ids is not None:
        usage = usage.where(t.mentions.c.entity_id.in_(ids))
    return {r.entity_id: r for r in conn.execute(usage)}


class Store:
    """A knowledge store on SQLite or PostgreSQL; implements RecordSource for the views."""

    def __init__(self, engine: Any, location: str):
        self.engine = engine
        self.location = location

    def __repr__(self) -> str:
        from fasail.store.db import redact

        return f"Store({redact(self.location)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], *, manifest: str | Path | None = None,
               date: dt.date | str | None = None, batch_size: int | None = None,
               show_progress: bool | None = None) -> IngestSummary:
        """Extract and store the articles of ``paths`` (files or folders); idempotent."""
        from fasail.store.ingest import ingest

        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        return ingest(self.engine, [str(p) for p in paths], manifest=Path(manifest) if manifest else None,
                      default_date=date, batch_size=batch_size, show_progress=show_progress)

    def reprocess(self, *, show_progress: bool | None = None) -> IngestSummary:
        """Re-extract every stored article; reviews, merges and splits are kept."""
        from fasail.store.ingest import reprocess

        return reprocess(self.engine, show_progress=show_progress)

    def merge(self, source_id: str, target_id: str, *, reviewer: str = "cli") -> None:
        """Merge entity ``source_id`` into ``target_id``; recorded and re-applied after reprocess."""
        from fasail.store.curation import merge

        with self.engine.begin() as conn:
            merge(conn, source_id, target_id, reviewer)

    def split(self, entity_id: str, alias: str | None = None, *, reviewer: str = "cli") -> list[str]:
        """Move ``alias`` (or every alias but the main name) to a new entity; returns new ids."""
        from fasail.store.curation import split
        from fasail.store.ingest import resolver

        with self.engine.begin() as conn:
            return split(conn, resolver(conn), entity_id, alias, reviewer)

    def add_alias(self, entity_id: str, alias: str, *, reviewer: str = "cli") -> None:
        """Another name for an entity; recorded and re-applied after reprocessing."""
        from fasail.store.curation import add_alias

        with self.engine.begin() as conn:
            add_alias(conn, entity_id, alias, reviewer)

    def review(self, fact_id: str, status: str, *, reviewer: str, note: str | None = None,
               changes: dict[str, Any] | None = None) -> None:
        """Accept, reject or edit a fact; the verdict survives reprocessing."""
        from fasail.store.curation import review

        with self.engine.begin() as conn:
            review(conn, fact_id, status, reviewer, note=note, changes=changes)

    # -- reading ------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Row counts: articles, entities, mentions, facts, edges, sources, reviews, curations."""
        from sqlalchemy import func, select

        from fasail.store.schema import tables

        t = tables()
        names = ("articles", "entities", "aliases", "mentions", "facts", "edges", "sources", "passages",
                 "fact_reviews", "entity_curation")
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(getattr(t, name))).scalar()
                    for name in names}

    def entity_records(self, ids: Iterable[str] | None = None, *,
                       brief: bool = False) -> Iterator[EntityRecord]:
        """Entities by id; ``brief`` skips aliases and mention usage (a GROUP BY over mentions)."""
        from sqlalchemy import select

        from fasail.store.schema import tables

        t = tables()
        with self.engine.connect() as conn:
            for chunk in (_chunks(ids) if ids is not None else [None]):
                where = [] if chunk is None else [t.entities.c.entity_id.in_(chunk)]
                aliases, counts = ({}, {}) if brief else (_aliases(conn, where), _usage(conn, chunk))
                for e in conn.execute(select(t.entities).where(*where).order_by(t.entities.c.entity_id)):
                    used = counts.get(e.entity_id)
                    yield EntityRecord(
                        entity_id=e.entity_id, name=e.name, type=e.type, name_en=e.name_en, kb_id=e.kb_id,
                        aliases=tuple(aliases.get(e.entity_id, ())), lat=e.lat, lon=e.lon,
                        admin1=e.admin1, pcode=e.pcode, mention_count=used.n if used else 0,
                        first_seen=used.first if used else None, last_seen=used.last if used else None)

    def fact_records(self, *, entity_ids: Iterable[str] | None = None, types: Iterable[str] | None = None,
                     include_rejected: bool = False) -> Iterator[FactRecord]:
        from sqlalchemy import or_

        from fasail.store.schema import tables

        t = tables()
        query = _facts_query(types, include_rejected)
        with self.engine.connect() as conn:
            for chunk in (_chunks(entity_ids) if entity_ids is not None else [None]):
                scoped = query if chunk is None else query.where(
                    or_(t.facts.c.subject_id.in_(chunk), t.facts.c.object_id.in_(chunk)))
                for r in conn.execute(scoped):
                    yield _fact_record(r)

    def search(self, text: str, limit: int | None = None) -> list[SearchHit]:
        """Evidence passages containing ``text`` (hamza, ta marbuta, diacritics and tatweel
        aside), in time order, from the store's search index (``fasail.store.search``)."""
        from fasail.graph.questions import evidence_hits
        from fasail.store.schema import tables
        from fasail.store.search import fold, matching_fact_ids

        needle = fold(text.strip())
        if not needle:
            return []
        f = tables().facts
        with self.engine.connect() as conn:
            ids = matching_fact_ids(conn, needle)
            facts = [_fact_record(r) for chunk in _chunks(ids)
                     for r in conn.execute(_facts_query(None, False).where(f.c.fact_id.in_(chunk)))]
        return evidence_hits(facts, text)[:limit]

    def edge_records(self, *, as_of: str | None = None, types: Iterable[str] | None = None,
                     with_fact_ids: bool = False) -> Iterator[EdgeRecord]:
        """Edges whose first_time is on or before ``as_of`` (all edges when None), read from
        the materialised edges table: one row per edge, so one record per (type, subject,
        object, negated). ``with_fact_ids`` also fills ``fact_ids`` (slower)."""
        from sqlalchemy import select

        from fasail.graph.dates import latest_within
        from fasail.store.schema import tables

        e = tables().edges
        query = select(e.c.type, e.c.subject_id, e.c.object_id, e.c.negated, e.c.first_time, e.c.last_time,
                       e.c.evidence_count, e.c.source_count, e.c.contradicted, e.c.edge_id)
        if as_of is not None:
            query = query.where(e.c.first_time <= latest_within(as_of))
        if types is not None:
            query = query.where(e.c.type.in_(list(types)))
        with self.engine.connect() as conn, gc_paused():
            rows = conn.execute(query.order_by(e.c.first_time, e.c.edge_id)).all()
            facts = self._edge_fact_ids(conn, [r[9] for r in rows]) if with_fact_ids else {}
            return iter([edge_from_row(r, tuple(facts.get(r[9], ()))) for r in rows])

    @staticmethod
    def _edge_fact_ids(conn: Any, edge_ids: list[str]) -> dict[str, list[str]]:
        from sqlalchemy import select

        from fasail.store.schema import tables

        f = tables().facts
        found: dict[str, list[str]] = {}
        for chunk in _chunks(edge_ids):
            for edge, fact in conn.execute(select(f.c.edge_id, f.c.fact_id).where(
                    f.c.edge_id.in_(chunk), f.c.status != "rejected").order_by(f.c.fact_id)):
                found.setdefault(edge, []).append(fact)
        return found

    def name_chain(self, entity_id: str) -> list[ChainLink]:
        """The names of one organisation in order, oldest first, ``entity_id`` among them:
        KB renames and mergers, else RENAME facts the articles state."""
        from fasail.kb.base import default_kb

        kb = default_kb()
        with self.engine.connect() as conn:
            back = self._walk(conn, entity_id, forward=False)
            ahead = self._walk(conn, entity_id, forward=True)
            names = self._names(conn, {entity_id, *(i for i, *_ in back), *(i for i, *_ in ahead)}, kb)
        links = []
        ordered = [*reversed(back), (entity_id, None, None, None)]
        previous_step: tuple[Any, ...] = (None, None, None)
        for current_id, relation, date, basis in ordered:  # back: each step names its predecessor
            links.append(ChainLink(current_id, names.get(current_id, current_id), *previous_step))
            previous_step = (relation, date, basis)
        for next_id, relation, date, basis in ahead:
            links.append(ChainLink(next_id, names.get(next_id, next_id), relation, date, basis))
        return links

    def _walk(self, conn: Any, entity_id: str, *, forward: bool) -> list[tuple[str, str, str | None, str]]:
        """Successive (entity, relation, date, basis) steps away from ``entity_id``."""
        from fasail.kb.base import default_kb

        kb, steps, seen, current = default_kb(), [], {entity_id}, entity_id
        while True:
            step = self._kb_step(kb, current, forward) or self._fact_step(conn, current, forward)
            if step is None or step[0] in seen:
                return steps
            steps.append(step)
            seen.add(step[0])
            current = step[0]

    @staticmethod
    def _kb_step(kb: Any, entity_id: str, forward: bool) -> tuple[str, str, str | None, str] | None:
        if forward:
            chain = kb.successors(entity_id)
            return (chain[0][1].id, chain[0][0], chain[0][2], "kb") if chain else None
        for relation, other, date in kb.predecessors(entity_id):
            if relation in _FORWARD:
                return other.id, _FORWARD[relation], date, "kb"
        return None

    @staticmethod
    def _fact_step(conn: Any, entity_id: str, forward: bool) -> tuple[str, str, str | None, str] | None:
        from sqlalchemy import select

        from fasail.store.schema import tables

        e = tables().edges
        mine, other = (e.c.subject_id, e.c.object_id) if forward else (e.c.object_id, e.c.subject_id)
        row = conn.execute(select(other, e.c.first_time).where(
            e.c.type == "RENAME", mine == entity_id, e.c.negated.is_(False), other.is_not(None))
            .order_by(e.c.first_time, other).limit(1)).first()
        return (row[0], "RENAME", row[1], "facts") if row else None

    @staticmethod
    def _names(conn: Any, ids: set[str], kb: Any) -> dict[str, str]:
        from sqlalchemy import select

        from fasail.store.schema import tables

        t = tables().entities
        query = select(t.c.entity_id, t.c.name).where(t.c.entity_id.in_(sorted(ids)))
        names = dict(conn.execute(query).all())
        for entity_id in ids - names.keys():
            found = kb.get(entity_id)
            if found:
                names[entity_id] = found.name
        return names

    # -- pandas -------------------------------------------------------------------------

    def facts(self, *, entity_ids: Iterable[str] | None = None, types: Iterable[str] | None = None,
              include_rejected: bool = False) -> pd.DataFrame:
        """Facts as a DataFrame, one row per fact (FactRecord columns)."""
        return _frame(FactRecord, self.fact_records(entity_ids=entity_ids, types=types,
                                                    include_rejected=include_rejected))

    def entities(self, *, ids: Iterable[str] | None = None, type: str | None = None) -> pd.DataFrame:
        """Entities as a DataFrame (EntityRecord columns), optionally of one type."""
        records = (r for r in self.entity_records(ids) if type is None or r.type == type)
        return _frame(EntityRecord, records)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article (doc, title, text, date, outlet, url), or None."""
        from sqlalchemy import select

        from fasail.store.schema import tables

        a = tables().articles
        with self.engine.connect() as conn:
            row = conn.execute(select(a.c.article_id, a.c.doc, a.c.title, a.c.text, a.c.date, a.c.outlet,
                                      a.c.url).where(a.c.article_id == article_id)).first()
        return dict(row._mapping) if row is not None else None

    # -- questions (fasail.graph over this store) -----------------------------------------

    def graph(self, as_of: str | None = None, types: Iterable[str] | None = None):
        """The network of relations (a networkx MultiDiGraph), as of a date when given."""
        from fasail.graph.snapshot import snapshot

        return snapshot(self, as_of=as_of, types=types)

    def profile(self, name: str, follow_renames: bool = False):
        """A group's profile: names over time, leaders, strength, allies, rivals, places…"""
        from fasail.graph.profile import profile

        return profile(self, name, follow_renames=follow_renames)

    def timeline(self, name: str, other: str | None = None, follow_renames: bool = False):
        """Facts of one entity, or of a pair, in time order."""
        from fasail.graph.questions import timeline

        return timeline(self, name, other, follow_renames=follow_renames)

    def contradictions(self):
        """Relations claimed and denied by different sources."""
        from fasail.graph.questions import contradictions

        return contradictions(self)

    # -- checking -----------------------------------------------------------------------

    def canonical_dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, sorted: two stores holding the same data dump equal.
        Review and curation timestamps and serial ids are left out."""
        from sqlalchemy import select

        from fasail.store.schema import tables

        t = tables()
        skip = {"at", "review_id", "curation_id"}
        dump = {}
        with self.engine.connect() as conn:
            for name, table in sorted(t.metadata.tables.items()):
                columns = [c for c in table.columns if c.name not in skip]
                dump[name] = sorted((tuple(r) for r in conn.execute(select(*columns))), key=repr)
        return dump


def _facts_query(types: Iterable[str] | None, include_rejected: bool) -> Any:
    """Facts with their evidence and article, in ingest order."""
    from sqlalchemy import select

    from fasail.store.schema import tables

    t = tables()
    query = (select(t.facts, t.evidence.c.start, t.evidence.c.end, t.evidence.c.text.label("evidence"),
                    t.evidence.c.trigger, t.evidence.c.arguments, t.articles.c.doc,
                    t.articles.c.date.label("article_date"), t.articles.c.outlet, t.articles.c.url)
             .join(t.evidence, t.evidence.c.fact_id == t.facts.c.fact_id)
             .join(t.articles, t.articles.c.article_id == t.facts.c.article_id)
             .order_by(t.articles.c.seq, t.facts.c.n))
    if types is not None:
        query = query.where(t.facts.c.type.in_(list(types)))
    if not include_rejected:
        query = query.where(t.facts.c.status != "rejected")
    return query


def _fact_record(r: Any) -> FactRecord:
    return FactRecord(
        fact_id=r.fact_id, type=r.type, subject_id=r.subject_id, object_id=r.object_id,
        subject=r.subject, object=r.object, negated=bool(r.negated), hedged=bool(r.hedged),
        time=r.time, place=r.place, place_id=r.place_id, count=r.count, source=r.source,
        evidence=r.evidence, evidence_start=r.start, evidence_end=r.end, rule=r.rule,
        article_id=r.article_id, doc=r.doc, article_date=r.article_date, outlet=r.outlet, url=r.url,
        passage_key=r.passage_key, status=r.status,
        trigger=json.loads(r.trigger) if r.trigger else None,
        arguments=json.loads(r.arguments) if r.arguments else {})


def _frame(record_type: type, records: Iterable[Any]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([asdict(r) for r in records], columns=[f.name for f in fields(record_type)])
