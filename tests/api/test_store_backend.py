"""The store-backed API backend: reviews, merges and aliases are written to the store,
recorded with who, and survive reopening and `fasail reprocess`."""

from __future__ import annotations

import shutil
from pathlib import Path

from fasail.api.backend import store_backend
from fasail.api.store_backend import StoreBackend


def test_review_merge_and_alias_persist_through_reprocess(store_template: Path, tmp_path: Path):
    db = tmp_path / "store.db"
    shutil.copyfile(store_template, db)
    first = store_backend(db)
    assert isinstance(first, StoreBackend)
    fact = first.facts(type="CLASH", limit=1).items[0]
    first.review_fact(fact.fact_id, "reject", "lina")
    groups = [e for e in first.entities(type="GROUP", limit=500).items if e.kb_id is None]
    keep, gone = groups[0], groups[1]
    first.merge_entities(keep.entity_id, gone.entity_id, "omar")
    first.add_alias("hayat-tahrir-al-sham", "هيئة التحرير", "omar")
    first.store.reprocess(show_progress=False)
    first.store.close()

    again = store_backend(db)
    assert again.fact(fact.fact_id).status == "rejected"
    assert fact.fact_id not in {f.fact_id for f in again.facts(limit=10_000).items}
    assert gone.entity_id not in {e.entity_id for e in again.entities(limit=10_000).items}
    assert "هيئة التحرير" in again.entity("hayat-tahrir-al-sham").aliases
    reviews = again.store.canonical_dump()["fact_reviews"]
    assert any("lina" in row for row in reviews)
    again.store.close()
