"""What the REST API reads and writes: the `Backend` protocol and the values it returns.

The API never touches the store or the graph code directly; it calls a Backend, so the
store-backed adapter and the in-memory one (`fasail.api.memory`) are interchangeable and
the API can be tested without a database. Records are the store's own (`fasail.store.records`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Literal, Protocol, TypeVar

from fasail.store.records import EdgeRecord, EntityRecord, FactRecord

ReviewAction = Literal["accept", "reject", "edit"]
T = TypeVar("T")

#: FactRecord fields an analyst may change with an "edit" review.
EDITABLE_FACT_FIELDS = frozenset(
    {"type", "subject_id", "object_id", "negated", "hedged", "time", "place", "count", "source"}
)


class UnknownId(LookupError):
    """An id names no entity, fact or article; the API answers 404 with this message."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"unknown {kind}: {key!r}")
        self.message = f"unknown {kind}: {key!r}"


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a longer list, with the length of the whole list for pagination."""

    items: list[T]
    total: int


@dataclass(frozen=True, slots=True)
class Article:
    """An article as the UI shows it: its full text, which evidence offsets point into."""

    article_id: str
    doc: str
    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """An entity with its relations, the entities at their other ends, and fact counts by type."""

    entity: EntityRecord
    edges: list[EdgeRecord]
    neighbours: list[EntityRecord]
    fact_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The graph as it stood on `as_of` (everything when None): edges and their end nodes."""

    as_of: str | None
    nodes: list[EntityRecord]
    edges: list[EdgeRecord]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """One relation both affirmed and denied: the two edges of opposite polarity."""

    affirmed: EdgeRecord
    denied: EdgeRecord


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An entity whose name matches, or a fact whose evidence does."""

    kind: Literal["entity", "fact"]
    id: str
    label: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """A place with coordinates and how many facts name it (as object or place)."""

    entity: EntityRecord
    fact_count: int


class Backend(Protocol):
    """The operations the API needs. Lookups of unknown ids raise `UnknownId`."""

    def entities(
        self, *, type: str | None = None, q: str | None = None, offset: int = 0, limit: int = 50
    ) -> Page[EntityRecord]: ...

    def entity(self, entity_id: str) -> EntityRecord: ...

    def profile(self, entity_id: str) -> Profile: ...

    def facts(
        self, *, entity_id: str | None = None, type: str | None = None, offset: int = 0, limit: int = 50
    ) -> Page[FactRecord]:
        """Facts, rejected ones excluded, in date order."""
        ...

    def fact(self, fact_id: str) -> FactRecord:
        """One fact with its evidence offsets, trigger, arguments, outlet, date and article; rejected
        facts too, so a review can be undone."""
        ...

    def article(self, article_id: str) -> Article: ...

    def snapshot(self, as_of: str | None = None) -> Snapshot: ...

    def timeline(self, entity_id: str, other_id: str | None = None) -> list[FactRecord]:
        """The entity's facts (with `other_id` only those between the two), oldest first."""
        ...

    def contradictions(self) -> list[Contradiction]: ...

    def search(self, text: str, *, offset: int = 0, limit: int = 50) -> Page[SearchHit]: ...

    def places(self) -> list[PlaceCount]: ...

    def review_fact(
        self, fact_id: str, action: ReviewAction, who: str, changes: dict | None = None
    ) -> FactRecord:
        """Accept, reject or edit (`changes` over EDITABLE_FACT_FIELDS) a fact; records who and when."""
        ...

    def merge_entities(self, keep_id: str, merge_id: str, who: str) -> EntityRecord:
        """Fold `merge_id` into `keep_id` (its facts and names move over); records who and when."""
        ...

    def add_alias(self, entity_id: str, alias: str, who: str) -> EntityRecord: ...


def store_backend(db: Path | str) -> Backend:
    """A Backend over the fasail store at `db` (used by `fasail serve --db`)."""
    from fasail.api.store_backend import StoreBackend
    from fasail.store import open_store

    return StoreBackend(open_store(str(db)))
