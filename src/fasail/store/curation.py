"""Analysts' fixes: entity merges and splits, and fact reviews, recorded and replayable.

Each fix is written to a curation table and applied at once; ``replay`` applies them all
again, in order, after ``fasail reprocess`` has rebuilt entities and facts. Merges and splits
name entities by KB id or normalised name, reviews name facts by their stable id, so both
find their targets again among re-extracted rows.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fasail.errors import UsageError
from fasail.store.edges import refresh_edges
from fasail.store.resolve import Resolver
from fasail.store.write import edge_id
from fasail.text.names import name_key

REVIEW_STATUSES = ("accepted", "rejected", "edited")
#: Fact fields a review may change.
EDITABLE = ("type", "subject_id", "object_id", "negated", "time", "place", "place_id", "count", "source")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _entity(conn: Any, entity_id: str) -> Any:
    from sqlalchemy import select

    from fasail.store.schema import tables

    row = conn.execute(select(tables().entities).where(tables().entities.c.entity_id == entity_id)).first()
    if row is None:
        raise UsageError(f"no entity {entity_id!r} in the store (see `fasail stats` or Store.entities())")
    return row


def _find(conn: Any, entity_id: str, entity_type: str, key: str) -> str | None:
    """An entity by id, else the one of ``entity_type`` with alias ``key`` (after reprocess)."""
    from sqlalchemy import select

    from fasail.store.schema import tables

    t = tables()
    if conn.execute(select(t.entities.c.entity_id).where(t.entities.c.entity_id == entity_id)).first():
        return entity_id
    return conn.execute(select(t.aliases.c.entity_id).where(
        t.aliases.c.type == entity_type, t.aliases.c.alias_key == key)
        .order_by(t.aliases.c.entity_id).limit(1)).scalar()


def merge(conn: Any, source_id: str, target_id: str, reviewer: str) -> None:
    """Merge entity ``source_id`` into ``target_id`` (same type) and record it."""
    from sqlalchemy import insert

    from fasail.store.schema import tables

    source, target = _entity(conn, source_id), _entity(conn, target_id)
    if source_id == target_id:
        raise UsageError(f"cannot merge {source_id!r} into itself")
    if source.type != target.type:
        raise UsageError(f"cannot merge {source_id!r} ({source.type}) into {target_id!r} ({target.type}): "
                         "entities of different types")
    conn.execute(insert(tables().entity_curation).values(
        action="merge", type=source.type, entity_id=source_id, entity_key=source.name_key,
        other_id=target_id, other_key=target.name_key, reviewer=reviewer, at=_now()))
    _apply_merge(conn, source_id, target_id)


def split(conn: Any, resolver: Resolver, entity_id: str, alias: str | None, reviewer: str) -> list[str]:
    """Give ``alias`` (or every alias but the main name) its own entity; returns the new ids."""
    from sqlalchemy import insert, select

    from fasail.store.schema import tables

    t = tables()
    entity = _entity(conn, entity_id)
    keys = list(conn.execute(select(t.aliases.c.alias_key).where(t.aliases.c.entity_id == entity_id)
                             .order_by(t.aliases.c.alias_key)).scalars())
    wanted = [name_key(alias)] if alias else [k for k in keys if k != entity.name_key]
    if alias and wanted[0] not in keys:
        raise UsageError(f"{alias!r} is not a name of {entity_id!r}; its names: {', '.join(keys)}")
    if not wanted:
        raise UsageError(f"{entity_id!r} has a single name; nothing to split")
    created = []
    for key in wanted:
        conn.execute(insert(t.entity_curation).values(
            action="split", type=entity.type, entity_id=entity_id, entity_key=entity.name_key,
            alias_key=key, reviewer=reviewer, at=_now()))
        created.append(_apply_split(conn, resolver, entity_id, key))
    return created


def add_alias(conn: Any, entity_id: str, alias: str, reviewer: str) -> None:
    """Give an entity another name and record it (``alias_key`` the normalised key,
    ``other_key`` the alias as written), so recognition-independent lookups find it."""
    from sqlalchemy import insert

    from fasail.store.schema import tables

    entity, key = _entity(conn, entity_id), name_key(alias)
    if not key:
        raise UsageError(f"alias {alias!r} has no letters")
    conn.execute(insert(tables().entity_curation).values(
        action="alias", type=entity.type, entity_id=entity_id, entity_key=entity.name_key,
        alias_key=key, other_key=alias, reviewer=reviewer, at=_now()))
    _apply_alias(conn, entity_id, entity.type, key, alias)


def _apply_alias(conn: Any, entity_id: str, entity_type: str, key: str, alias: str) -> None:
    from sqlalchemy import insert, select

    from fasail.store.schema import tables

    a = tables().aliases
    if conn.execute(select(a.c.entity_id).where(a.c.entity_id == entity_id, a.c.alias_key == key)).first():
        return
    conn.execute(insert(a).values(entity_id=entity_id, alias_key=key, alias=alias, type=entity_type))


def _apply_merge(conn: Any, source_id: str, target_id: str) -> None:
    from sqlalchemy import delete, select, update

    from fasail.store.schema import tables

    t = tables()
    a = t.aliases
    have = set(conn.execute(select(a.c.alias_key).where(a.c.entity_id == target_id)).scalars())
    conn.execute(delete(t.aliases).where(t.aliases.c.entity_id == source_id,
                                         t.aliases.c.alias_key.in_(have)))
    conn.execute(update(t.aliases).where(t.aliases.c.entity_id == source_id).values(entity_id=target_id))
    conn.execute(update(t.mentions).where(t.mentions.c.entity_id == source_id).values(entity_id=target_id))
    conn.execute(update(t.facts).where(t.facts.c.place_id == source_id).values(place_id=target_id))
    _move_facts(conn, source_id, target_id, lambda name: True)
    conn.execute(delete(t.entities).where(t.entities.c.entity_id == source_id))


def _apply_split(conn: Any, resolver: Resolver, entity_id: str, key: str) -> str:
    from sqlalchemy import select, update

    from fasail.store.schema import tables

    t = tables()
    alias_row = conn.execute(select(t.aliases).where(t.aliases.c.entity_id == entity_id,
                                                     t.aliases.c.alias_key == key)).first()
    entity = _entity(conn, entity_id)
    new_id = resolver.create(entity.type, alias_row.alias)
    conn.execute(update(t.aliases).where(t.aliases.c.entity_id == entity_id, t.aliases.c.alias_key == key)
                 .values(entity_id=new_id))
    resolver.assign(entity.type, key, new_id)
    mention_ids = [(r.article_id, r.n) for r in conn.execute(
        select(t.mentions.c.article_id, t.mentions.c.n, t.mentions.c.text)
        .where(t.mentions.c.entity_id == entity_id)) if name_key(r.text) == key]
    for article_id, n in mention_ids:
        conn.execute(update(t.mentions).where(t.mentions.c.article_id == article_id, t.mentions.c.n == n)
                     .values(entity_id=new_id))
    _move_facts(conn, entity_id, new_id, lambda name: name_key(name) == key)
    return new_id


def _move_facts(conn: Any, old_id: str, new_id: str, takes: Any) -> None:
    """Re-point the facts naming ``old_id`` (whose name passes ``takes``) at ``new_id``."""
    from sqlalchemy import or_, select, update

    from fasail.store.schema import tables

    f = tables().facts
    rows = conn.execute(select(f).where(or_(f.c.subject_id == old_id, f.c.object_id == old_id))).all()
    touched = set()
    for row in rows:
        subject_id = new_id if row.subject_id == old_id and takes(row.subject) else row.subject_id
        object_id = new_id if row.object_id == old_id and takes(row.object) else row.object_id
        if (subject_id, object_id) == (row.subject_id, row.object_id):
            continue
        edge = edge_id(row.type, subject_id, object_id, row.negated, row.object is not None)
        touched.update(e for e in (row.edge_id, edge) if e)
        conn.execute(update(f).where(f.c.fact_id == row.fact_id)
                     .values(subject_id=subject_id, object_id=object_id, edge_id=edge))
    refresh_edges(conn, touched)


def review(conn: Any, fact_id: str, status: str, reviewer: str, *, note: str | None = None,
           changes: dict[str, Any] | None = None) -> None:
    """Record an analyst's verdict on a fact and apply it (edges follow)."""
    from sqlalchemy import insert

    from fasail.store.schema import tables

    if status not in REVIEW_STATUSES:
        raise UsageError(f"review status must be one of {', '.join(REVIEW_STATUSES)}, not {status!r}")
    unknown = sorted(set(changes or {}) - set(EDITABLE))
    if unknown:
        raise UsageError(f"fields {', '.join(unknown)} cannot be edited; editable: {', '.join(EDITABLE)}")
    if not _apply_review(conn, fact_id, status, changes or {}):
        raise UsageError(f"no fact {fact_id!r} in the store")
    conn.execute(insert(tables().fact_reviews).values(
        fact_id=fact_id, status=status, reviewer=reviewer, at=_now(), note=note,
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True) if changes else None))


def _apply_review(conn: Any, fact_id: str, status: str, changes: dict[str, Any]) -> bool:
    from sqlalchemy import select, update

    from fasail.store.schema import tables

    t = tables()
    row = conn.execute(select(t.facts, t.articles.c.date)
                       .join(t.articles, t.articles.c.article_id == t.facts.c.article_id)
                       .where(t.facts.c.fact_id == fact_id)).first()
    if row is None:
        return False
    values = {**row._mapping, **changes}
    edge = edge_id(values["type"], values["subject_id"], values["object_id"], values["negated"],
                   values["object_id"] is not None or row.object is not None)
    conn.execute(update(t.facts).where(t.facts.c.fact_id == fact_id).values(
        status=status, edge_id=edge, fact_when=values["time"] or row.date,
        **{k: v for k, v in changes.items()}))
    refresh_edges(conn, {e for e in (row.edge_id, edge) if e})
    return True


def replay(conn: Any, resolver: Resolver) -> None:
    """Apply every recorded review, merge and split again (after a reprocess)."""
    from sqlalchemy import select

    from fasail.store.schema import tables

    t = tables()
    for r in conn.execute(select(t.fact_reviews).order_by(t.fact_reviews.c.review_id)).all():
        _apply_review(conn, r.fact_id, r.status, json.loads(r.changes) if r.changes else {})
    for c in conn.execute(select(t.entity_curation).order_by(t.entity_curation.c.curation_id)).all():
        found = _find(conn, c.entity_id, c.type, c.entity_key)
        if c.action == "alias":
            if found:
                _apply_alias(conn, found, c.type, c.alias_key, c.other_key)
        elif c.action == "merge":
            target = _find(conn, c.other_id, c.type, c.other_key)
            if found and target and found != target:
                _apply_merge(conn, found, target)
        elif found and conn.execute(select(t.aliases.c.entity_id).where(
                t.aliases.c.entity_id == found, t.aliases.c.alias_key == c.alias_key)).first():
            _apply_split(conn, resolver, found, c.alias_key)
