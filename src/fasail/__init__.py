"""fasail: an evidence-linked, time-aware knowledge graph of armed groups from Arabic news.

    import fasail
    doc = fasail.extract("أعلنت هيئة تحرير الشام ...", date="2019-01-11")   # entities and facts
    store = fasail.open("fasail.db")       # the knowledge store (SQLite file or postgresql:// URL)
    store.ingest(["articles/"]); store.facts(types=["CLASH"])                # pandas DataFrames

Imports are lazy so ``import fasail`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fasail.store.store import Store

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``fasail.extract(text, date=None)``: the callable package fasail/extract, loaded on use."""
    if name == "extract":
        import fasail.extract

        return fasail.extract
    raise AttributeError(f"module 'fasail' has no attribute {name!r}")


def open(db: str | None = None) -> Store:  # noqa: A001 - fasail.open mirrors the built-in on purpose
    """The knowledge store at ``db`` (None: $FASAIL_DB, else ./fasail.db)."""
    from fasail.store import open_store

    return open_store(db)
