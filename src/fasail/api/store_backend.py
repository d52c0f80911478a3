"""The API's Backend over a fasail store: reads the store's records into the in-memory
backend, and writes every review, merge and alias through to the store, where they are
recorded with who and when and survive ``fasail reprocess``."""

from __future__ import annotations

from fasail.api.backend import Article, ReviewAction, UnknownId
from fasail.api.memory import STATUS, MemoryBackend
from fasail.errors import FasailError
from fasail.store.records import EntityRecord, FactRecord
from fasail.store.store import Store


class StoreBackend(MemoryBackend):
    """Reads come from a snapshot of the store taken at start (and after each write);
    articles are read from the store on demand."""

    def __init__(self, store: Store) -> None:
        self.store = store
        super().__init__(store.entity_records(), store.fact_records(include_rejected=True))

    def _reload(self) -> None:
        self._entities = {e.entity_id: e for e in self.store.entity_records()}
        self._facts = {f.fact_id: f for f in self.store.fact_records(include_rejected=True)}

    def article(self, article_id: str) -> Article:
        row = self.store.article(article_id)
        if row is None:
            raise UnknownId("article", article_id)
        return Article(**row)

    def review_fact(self, fact_id: str, action: ReviewAction, who: str,
                    changes: dict | None = None) -> FactRecord:
        self.fact(fact_id)
        changes = self._checked_changes(action, changes)
        with self._write:
            _through(lambda: self.store.review(fact_id, STATUS[action], reviewer=who,
                                               changes=changes or None))
            self._reload()
            self._record(who, action, fact_id, changes)
        return self.fact(fact_id)

    def merge_entities(self, keep_id: str, merge_id: str, who: str) -> EntityRecord:
        if keep_id == merge_id:
            raise ValueError("cannot merge an entity into itself")
        self.entity(keep_id), self.entity(merge_id)
        with self._write:
            _through(lambda: self.store.merge(merge_id, keep_id, reviewer=who))
            self._reload()
            self._record(who, "merge", keep_id, {"merged": merge_id})
        return self.entity(keep_id)

    def add_alias(self, entity_id: str, alias: str, who: str) -> EntityRecord:
        self.entity(entity_id)
        with self._write:
            _through(lambda: self.store.add_alias(entity_id, alias, reviewer=who))
            self._reload()
            self._record(who, "alias", entity_id, {"alias": alias})
        return self.entity(entity_id)


def _through(write) -> None:
    """Run a store write; the store's usage errors become the API's 422 (ValueError)."""
    try:
        write()
    except FasailError as e:
        raise ValueError(str(e)) from e
