"""The evidence search index: each fact's evidence, folded (``fasail.text.normalize``: hamza
forms, ta marbuta, alef maqsura, diacritics, tatweel), in a substring index.

SQLite keeps it in an FTS5 table with the trigram tokenizer, PostgreSQL in a table with a
pg_trgm GIN index: both answer "which evidence contains this folded text" from the index,
as the in-memory search does by scanning. Written with the evidence, emptied with it on
reprocess, created and dropped with the other tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fasail.text.normalize import normalize

TABLE = "evidence_fts"
#: Shorter queries have no trigram to look up, so they scan the folded text.
MIN_INDEXED = 3
CHUNK = 500


def fold(text: str) -> str:
    """The text as the index holds it and queries it."""
    return normalize(text).text


def _table() -> Any:
    from sqlalchemy import column, table

    return table(TABLE, column("fact_id"), column("folded"))


def create_index(conn: Any) -> None:
    """The index table, when missing (SQLite: FTS5 trigram; PostgreSQL: pg_trgm GIN)."""
    from sqlalchemy import text

    if conn.dialect.name == "sqlite":
        conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} "
                          "USING fts5(folded, fact_id UNINDEXED, tokenize='trigram')"))
        return
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    conn.execute(text(f"CREATE TABLE IF NOT EXISTS {TABLE} (fact_id TEXT PRIMARY KEY, folded TEXT NOT NULL)"))
    conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_trgm ON {TABLE} "
                      "USING gin (folded gin_trgm_ops)"))


def drop_index(conn: Any) -> None:
    from sqlalchemy import text

    conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def clear_index(conn: Any) -> None:
    from sqlalchemy import delete

    conn.execute(delete(_table()))


def index_evidence(conn: Any, rows: Iterable[tuple[str, str]]) -> None:
    """Add (fact_id, evidence text) pairs to the index."""
    from sqlalchemy import insert

    folded = [{"fact_id": fact_id, "folded": fold(text)} for fact_id, text in rows]
    if folded:
        conn.execute(insert(_table()), folded)


def backfill(conn: Any) -> None:
    """Index every stored evidence the index lacks (a store from before the index)."""
    from sqlalchemy import select

    from fasail.store.schema import tables

    e, ix = tables().evidence, _table()
    rows = conn.execute(select(e.c.fact_id, e.c.text).where(e.c.fact_id.not_in(select(ix.c.fact_id)))).all()
    for i in range(0, len(rows), CHUNK):
        index_evidence(conn, rows[i:i + CHUNK])


def matching_fact_ids(conn: Any, needle: str) -> list[str]:
    """Facts whose folded evidence contains ``needle`` (folded already); the index may
    over-match (case, trigram lookups), so callers confirm each hit on the text."""
    from sqlalchemy import func, select, text

    ix = _table()
    if len(needle) < MIN_INDEXED:
        position = func.instr if conn.dialect.name == "sqlite" else func.strpos
        where = position(ix.c.folded, needle) > 0
    elif conn.dialect.name == "sqlite":
        where = text(f"{TABLE} MATCH :phrase").bindparams(phrase='"' + needle.replace('"', '""') + '"')
    else:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where = ix.c.folded.like(f"%{escaped}%", escape="\\")
    return list(conn.execute(select(ix.c.fact_id).where(where)).scalars())
