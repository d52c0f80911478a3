"""fasail: an evidence-linked, time-aware knowledge graph of armed groups from Arabic news.

    import fasail
    doc = fasail.extract("أعلنت هيئة تحرير الشام ...", date="2019-01-11")   # entities and facts
    store = fasail.open("fasail.db")       # the knowledge store (SQLite file or postgresql:// URL)
    store.ingest(["articles/"]); store.facts(types=["CLASH"])                # pandas DataFrames

Imports are lazy so ``import fasail`` stays light.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fasail.store.store import Store

__version__ = "0.1.0"


def extract(text: str, date: dt.date | str | None = None) -> dict[str, Any]:
    """Entities and facts of one article given as text (the ``fasail extract`` object).

    ``date`` (publication date) anchors relative times when the text gives none."""
    from fasail.run import extract_text

    return extract_text(text, dt.date.fromisoformat(date) if isinstance(date, str) else date)


def open(db: str | None = None) -> Store:  # noqa: A001 - fasail.open mirrors the built-in on purpose
    """The knowledge store at ``db`` (None: $FASAIL_DB, else ./fasail.db)."""
    from fasail.store import open_store

    return open_store(db)
