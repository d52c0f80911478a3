"""Ingest articles into the store, and reprocess the stored ones, with the extract pipeline.

Ingest is idempotent (an article whose content hash is stored is skipped), commits every
``batch_size`` articles, and resumes exactly: a killed run loses only its open transaction,
and the next run feeds the stored articles to the near-duplicate index in their ingest
order before going on, so it continues from the state an uninterrupted run would have had.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fasail.document import Document
from fasail.errors import InputError
from fasail.pipeline import RunContext, run
from fasail.run import RunCounts
from fasail.settings import load_settings
from fasail.store.edges import rebuild_edges, refresh_edges
from fasail.store.resolve import Resolver
from fasail.store.write import ArticleWriter


@dataclass
class IngestSummary(RunCounts):
    """What `fasail ingest` did (the counts `fasail extract` reports too)."""


def resolver(conn: Any) -> Resolver:
    """An entity resolver on ``conn`` with the configured fuzzy matching."""
    settings = load_settings()["store"]
    return Resolver(conn, threshold=settings["fuzzy_threshold"], min_length=settings["fuzzy_min_length"])


def _writer(conn: Any) -> ArticleWriter:
    from sqlalchemy import func, select

    from fasail.store.schema import tables

    last = conn.execute(select(func.max(tables().articles.c.seq))).scalar()
    return ArticleWriter(conn, resolver(conn), (last or 0) + 1)


def _stored_documents(conn: Any, limit: int | None = None) -> Iterator[Document]:
    """Stored articles in ingest order (the last ``limit`` of them), as pipeline input."""
    from sqlalchemy import select

    from fasail.store.schema import tables

    a = tables().articles
    query = select(a.c.seq).order_by(a.c.seq.desc())
    seqs = sorted(conn.execute(query.limit(limit) if limit else query).scalars())
    for i in range(0, len(seqs), 500):
        rows = conn.execute(select(a).where(a.c.seq.in_(seqs[i:i + 500])).order_by(a.c.seq)).all()
        for row in rows:
            yield Document(doc=row.doc, text=row.text, title=row.title, outlet=row.outlet,
                           url=row.url, path=row.path, date_source=row.date_source,
                           date=dt.date.fromisoformat(row.date) if row.date else None)


def _seed_dedup(writer: ArticleWriter, ctx: RunContext, limit: int) -> None:
    """Feed the latest stored articles to the near-duplicate index, as their run did."""
    from fasail.ingest.stages import passage_index

    index = passage_index(ctx)
    for doc in _stored_documents(writer.conn, limit):
        index.add(doc)
        writer.docs[doc.doc] = doc.id


def _is_stored(conn: Any, article_id: str) -> bool:
    from sqlalchemy import select

    from fasail.store.schema import tables

    a = tables().articles
    return conn.execute(select(a.c.seq).where(a.c.article_id == article_id)).first() is not None


def ingest(engine: Any, paths: list[str], *, manifest: Path | None = None,
           default_date: dt.date | None = None, batch_size: int | None = None,
           show_progress: bool | None = None) -> IngestSummary:
    """Read, extract and store the articles of ``paths``; bad files are counted, not fatal."""
    from fasail.ingest.metadata import load_manifest
    from fasail.ingest.reader import read_articles
    from fasail.run import extract_stages, progress

    settings = load_settings()
    batch_size = batch_size or settings["store"]["batch_size"]
    stages = extract_stages()
    entries = load_manifest(str(manifest)) if manifest else None
    ctx = RunContext(settings=settings)
    summary = IngestSummary()
    started = time.perf_counter()
    tty = sys.stderr.isatty() if show_progress is None else show_progress
    with engine.connect() as conn, progress(tty) as advance:
        transaction = conn.begin()
        try:
            writer = _writer(conn)
            _seed_dedup(writer, ctx, settings["store"]["dedup_seed_articles"])
            pending = 0
            for item in read_articles(paths, manifest=entries, default_date=default_date):
                if isinstance(item, InputError):
                    summary.failed += 1
                    summary.errors.append(str(item))
                    continue
                if _is_stored(conn, item.id):
                    summary.skipped += 1
                    continue
                writer.write(run(item, stages, ctx))
                summary.written += 1
                pending += 1
                advance()
                if pending >= batch_size:
                    _commit(writer, transaction)
                    transaction, pending = conn.begin(), 0
            _commit(writer, transaction)
        except BaseException:
            transaction.rollback()
            raise
    summary.seconds = time.perf_counter() - started
    return summary


def _commit(writer: ArticleWriter, transaction: Any) -> None:
    """Bring the touched edges up to date, then commit the batch."""
    refresh_edges(writer.conn, writer.touched)
    writer.touched.clear()
    transaction.commit()


def reprocess(engine: Any, *, show_progress: bool | None = None) -> IngestSummary:
    """Re-extract every stored article with the current lexicons and KB, in one transaction.

    Mentions, entities and facts are replaced; reviews and manual merges and splits are
    replayed on the new facts and entities, so an analyst's work survives."""
    from sqlalchemy import delete

    from fasail.run import extract_stages, progress
    from fasail.store.curation import replay
    from fasail.store.schema import DERIVED, tables
    from fasail.store.search import clear_index

    settings = load_settings()
    stages = extract_stages()
    ctx = RunContext(settings=settings)
    summary = IngestSummary()
    started = time.perf_counter()
    tty = sys.stderr.isatty() if show_progress is None else show_progress
    with engine.begin() as conn, progress(tty) as advance:
        for name in DERIVED:
            conn.execute(delete(getattr(tables(), name)))
        clear_index(conn)
        writer = _writer(conn)
        for doc in _stored_documents(conn):
            writer.write(run(doc, stages, ctx), new_article=False)
            summary.written += 1
            advance()
        replay(conn, writer.resolver)
        rebuild_edges(conn)
    summary.seconds = time.perf_counter() - started
    return summary
