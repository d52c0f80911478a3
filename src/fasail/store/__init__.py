"""The knowledge store: articles, entities and facts kept across runs (SQLite or PostgreSQL).

    from fasail.store import open_store
    store = open_store("fasail.db")          # or "postgresql://user:pw@host/db"
    store.ingest(["examples/articles"], manifest="examples/manifest.csv")
    edges = list(store.edge_records(as_of="2018-01-01"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fasail.errors import StoreError

if TYPE_CHECKING:
    from fasail.store.store import Store


def open_store(url_or_path: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``url_or_path``.

    None means $FASAIL_DB, else ./fasail.db; a ``postgresql://`` URL means PostgreSQL and
    anything else an SQLite file path. Raises StoreError naming the location when the
    store cannot be opened."""
    from sqlalchemy.exc import SQLAlchemyError

    from fasail.store.db import create_engine, error_reason, redact, resolve_location
    from fasail.store.schema import migrate
    from fasail.store.store import Store

    location = resolve_location(url_or_path)
    engine = create_engine(location)
    try:
        migrate(engine, redact(location))
    except SQLAlchemyError as e:
        engine.dispose()
        raise StoreError(f"cannot set up the store: {error_reason(e)}", where=redact(location)) from e
    return Store(engine, location)


__all__ = ["open_store", "StoreError"]
