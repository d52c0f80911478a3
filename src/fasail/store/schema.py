"""The store's tables (SQLAlchemy Core, the same on SQLite and PostgreSQL) and their migrations.

The database records its version in ``schema_version``; ``migrate`` runs the migrations
after it, in order, each in its own transaction. A new version appends one function to
``MIGRATIONS`` and never edits an old one.

Derived tables (mentions, entities, aliases, facts, evidence, passages, sources, edges) can
be rebuilt from ``articles`` at any time (``fasail reprocess``), and so can the evidence
search index (``fasail.store.search``); the curation tables
(``fact_reviews``, ``entity_curation``) are the analysts' work and are never rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import SimpleNamespace
from typing import Any

from fasail.errors import StoreError

#: Tables ``fasail reprocess`` empties and rebuilds from the stored articles.
DERIVED = ("passages", "sources", "mentions", "aliases", "entities", "evidence", "facts", "edges")


@cache
def tables() -> SimpleNamespace:
    """The current schema: ``tables().facts`` etc., and ``tables().metadata``."""
    from sqlalchemy import (
        Boolean,
        Column,
        Float,
        Index,
        Integer,
        MetaData,
        Table,
        Text,
    )

    md = MetaData()

    def key(name: str) -> Column:
        return Column(name, Text, primary_key=True)

    t = SimpleNamespace(metadata=md)
    t.schema_version = Table("schema_version", md, Column("version", Integer, nullable=False))
    # One row per distinct article (the id is the hash of its clean text); ``seq`` is ingest order.
    t.articles = Table(
        "articles", md, key("article_id"),
        Column("seq", Integer, nullable=False, unique=True),
        Column("doc", Text, nullable=False), Column("path", Text),
        Column("date", Text), Column("date_source", Text),
        Column("title", Text), Column("outlet", Text), Column("url", Text),
        Column("text", Text, nullable=False),
        Index("ix_articles_doc", "doc"),
    )
    # A sentence of an article that re-runs a sentence of an earlier one, with the key of
    # the original passage: every copy of a passage carries the same key.
    t.passages = Table(
        "passages", md, key("article_id"), Column("start", Integer, primary_key=True),
        Column("end", Integer, nullable=False), Column("passage_key", Text, nullable=False),
        Column("other_article_id", Text, nullable=False),
    )
    # One row per passage key that backs a fact: the original article and span.
    t.sources = Table(
        "sources", md, key("passage_key"), Column("article_id", Text, nullable=False),
        Column("start", Integer, nullable=False),
    )
    t.entities = Table(
        "entities", md, key("entity_id"),
        Column("type", Text, nullable=False), Column("name", Text, nullable=False),
        Column("name_key", Text, nullable=False), Column("name_en", Text), Column("kb_id", Text),
        Column("lat", Float), Column("lon", Float), Column("admin1", Text), Column("pcode", Text),
    )
    t.aliases = Table(
        "aliases", md, key("entity_id"), Column("alias_key", Text, primary_key=True),
        Column("alias", Text, nullable=False), Column("type", Text, nullable=False),
        Index("ix_aliases_type_key", "type", "alias_key"),
    )
    t.mentions = Table(
        "mentions", md, key("article_id"), Column("n", Integer, primary_key=True),
        Column("entity_id", Text, nullable=False),
        Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False), Column("rule", Text),
        Index("ix_mentions_entity", "entity_id"),
    )
    # ``fact_id`` is stable over reprocessing (article, type, names, evidence offsets), so
    # reviews keyed on it survive; ``edge_id`` names the consolidated edge the fact backs.
    t.facts = Table(
        "facts", md, key("fact_id"),
        Column("article_id", Text, nullable=False), Column("n", Integer, nullable=False),
        Column("type", Text, nullable=False),
        Column("subject_id", Text), Column("object_id", Text),
        Column("subject", Text), Column("object", Text),
        Column("negated", Boolean, nullable=False), Column("hedged", Boolean, nullable=False),
        Column("time", Text), Column("fact_when", Text),
        Column("place", Text), Column("place_id", Text), Column("count", Integer),
        Column("source", Text), Column("rule", Text, nullable=False),
        Column("passage_key", Text, nullable=False),
        Column("status", Text, nullable=False, default="auto"),
        Column("edge_id", Text),
        Index("ix_facts_article", "article_id"), Index("ix_facts_edge", "edge_id"),
        Index("ix_facts_subject", "subject_id"), Index("ix_facts_object", "object_id"),
        Index("ix_facts_type", "type"),  # RENAME facts for name lineage, without a scan
    )
    t.evidence = Table(
        "evidence", md, key("fact_id"), Column("article_id", Text, nullable=False),
        Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("trigger", Text), Column("arguments", Text),  # JSON
    )
    # Materialised at ingest so as-of queries read an index range, never a GROUP BY on facts.
    t.edges = Table(
        "edges", md, key("edge_id"),
        Column("type", Text, nullable=False), Column("subject_id", Text, nullable=False),
        Column("object_id", Text), Column("negated", Boolean, nullable=False),
        Column("first_time", Text), Column("last_time", Text),
        Column("evidence_count", Integer, nullable=False),
        Column("source_count", Integer, nullable=False),
        Column("contradicted", Boolean, nullable=False),
        Index("ix_edges_first_time", "first_time"), Index("ix_edges_type_time", "type", "first_time"),
        # Covers the as-of query: an index-only range scan, already in output order.
        Index("ix_edges_as_of", "first_time", "edge_id", "type", "subject_id", "object_id", "negated",
              "last_time", "evidence_count", "source_count", "contradicted"),
    )
    t.fact_reviews = Table(
        "fact_reviews", md, Column("review_id", Integer, primary_key=True, autoincrement=True),
        Column("fact_id", Text, nullable=False), Column("status", Text, nullable=False),
        Column("reviewer", Text, nullable=False), Column("at", Text, nullable=False),
        Column("note", Text), Column("changes", Text),  # JSON of edited fields
        Index("ix_fact_reviews_fact", "fact_id"),
    )
    # Manual merges and splits, replayed in order after every reprocess. Entities are named
    # by KB id or by normalised name (``*_key``), since non-KB ids may change on reprocess.
    t.entity_curation = Table(
        "entity_curation", md, Column("curation_id", Integer, primary_key=True, autoincrement=True),
        Column("action", Text, nullable=False), Column("type", Text, nullable=False),
        Column("entity_id", Text, nullable=False), Column("entity_key", Text, nullable=False),
        Column("other_id", Text), Column("other_key", Text), Column("alias_key", Text),
        Column("reviewer", Text, nullable=False), Column("at", Text, nullable=False),
    )
    _search_index_follows(md)
    return t


def _search_index_follows(md: Any) -> None:
    """Create and drop the evidence search index (``fasail.store.search``, not a Core table:
    an FTS5 table on SQLite) with the tables."""
    from sqlalchemy import event

    from fasail.store.search import create_index, drop_index

    event.listen(md, "after_create", lambda _md, conn, **_: create_index(conn))
    event.listen(md, "before_drop", lambda _md, conn, **_: drop_index(conn))


def _v1(conn: Any) -> None:
    """The first schema: every table as defined above (later migrations then find their
    indexes and tables present, and skip them)."""
    tables().metadata.create_all(conn)


def _v2(conn: Any) -> None:
    """Indexes for as-of snapshots: a covering index on edges, facts by type."""
    t = tables()
    for index in (*t.edges.indexes, *t.facts.indexes):
        index.create(conn, checkfirst=True)


def _v3(conn: Any) -> None:
    """The evidence search index, filled from the stored evidence."""
    from fasail.store.search import backfill, create_index

    create_index(conn)
    backfill(conn)


#: Migration n+1 brings a database from version n to n+1.
MIGRATIONS: list[Callable[[Any], None]] = [_v1, _v2, _v3]


def current_version(conn: Any) -> int:
    """The database's schema version; 0 for an empty database."""
    from sqlalchemy import inspect, select

    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(select(tables().schema_version.c.version)).scalar() or 0


def migrate(engine: Any, where: str) -> int:
    """Bring the database at ``engine`` to the latest version; returns that version."""
    from sqlalchemy import delete, insert

    with engine.begin() as conn:
        version = current_version(conn)
    if version > len(MIGRATIONS):
        raise StoreError(f"the store has schema version {version}, newer than this fasail "
                         f"({len(MIGRATIONS)}); upgrade fasail", where=where)
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with engine.begin() as conn:
            step(conn)
            conn.execute(delete(tables().schema_version))
            conn.execute(insert(tables().schema_version).values(version=number))
    return len(MIGRATIONS)
