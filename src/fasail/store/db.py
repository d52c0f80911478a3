"""Where the store lives: an SQLite file by default, PostgreSQL for a ``postgresql://`` URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fasail.errors import StoreError

ENV_VAR = "FASAIL_DB"
DEFAULT_PATH = "fasail.db"
POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def resolve_location(url_or_path: str | None) -> str:
    """The store's location: the argument, else $FASAIL_DB, else ./fasail.db."""
    return url_or_path or os.environ.get(ENV_VAR) or DEFAULT_PATH


def is_postgres(location: str) -> bool:
    return location.startswith(POSTGRES_SCHEMES)


def redact(location: str) -> str:
    """The location without its password, for messages."""
    if not is_postgres(location) or "@" not in location:
        return location
    scheme, rest = location.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def create_engine(location: str) -> Any:
    """An SQLAlchemy engine for ``location``; raises StoreError naming what is wrong."""
    from sqlalchemy import create_engine as sa_create_engine
    from sqlalchemy import event
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    if is_postgres(location):
        url = "postgresql+psycopg://" + location.split("://", 1)[1]
        try:
            engine = sa_create_engine(url, pool_pre_ping=True)
            with engine.connect():
                pass
        except (ArgumentError, SQLAlchemyError, ValueError) as e:
            raise StoreError(f"cannot connect to PostgreSQL: {error_reason(e)}",
                             where=redact(location)) from e
        return engine
    if "://" in location:
        raise StoreError("unsupported database URL: give an SQLite file path or a "
                         "postgresql://user:password@host/dbname URL", where=location)
    path = Path(location)
    if path.is_dir():
        raise StoreError("is a folder; give the path of the SQLite file to use", where=location)
    if not path.parent.exists():
        raise StoreError(f"folder {path.parent} does not exist", where=location)
    engine = sa_create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as e:
        raise StoreError(f"cannot open SQLite file: {error_reason(e)}", where=location) from e
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL: readers never block the writer, and a killed writer leaves the last commit intact."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def error_reason(error: Exception) -> str:
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]
