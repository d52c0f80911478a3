"""The Document: one article as it flows through the pipeline stages."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class DroppedBlock:
    """A block of the raw text removed as boilerplate, kept for ``--debug``."""

    start: int
    end: int
    reason: str
    cue: str
    text: str


@dataclass(slots=True)
class SharedPassage:
    """A passage of this article that another article of the batch also carries."""

    start: int
    end: int
    other_doc: str
    other_start: int
    other_end: int
    similarity: float


@dataclass(slots=True)
class Document:
    """An article: its metadata, its clean text and what later stages find in it."""

    doc: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: dt.date | None = None
    date_source: str | None = None
    path: str | None = None
    dropped: list[DroppedBlock] = field(default_factory=list)
    shared_passages: list[SharedPassage] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable content id: the same clean text always gets the same id."""
        return hashlib.blake2b(self.text.encode("utf-8"), digest_size=8).hexdigest()

    def to_json(self, *, debug: bool = False) -> dict[str, Any]:
        """The ONTOLOGY output object, plus fasail's extra fields."""
        obj: dict[str, Any] = {
            "doc": self.doc,
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "entities": self.entities,
            "facts": self.facts,
            "shared_passages": [
                {"start": p.start, "end": p.end, "other_doc": p.other_doc,
                 "other_start": p.other_start, "other_end": p.other_end,
                 "similarity": round(p.similarity, 3)}
                for p in self.shared_passages
            ],
            "text": self.text,
        }
        if debug:
            obj["dropped"] = [
                {"reason": b.reason, "cue": b.cue, "text": b.text} for b in self.dropped
            ]
        return obj
