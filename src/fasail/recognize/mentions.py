"""A mention: a span of the article that names an entity, with the rule that found it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Mention:
    """A name found in the normalised text; ``start``/``end`` index the normalised text.

    ``name`` is the entity's name as the article writes it (original characters, without
    proclitics or a generic place noun); ``aliases`` are further surface forms the same
    mention supports ("مدينة حلب" for the name "حلب"). ``kb_ids`` lists the knowledge base
    candidates (several for an ambiguous place), ``rule`` the file#entry that fired.
    """

    start: int
    end: int
    type: str
    name: str
    rule: str
    kb_ids: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    short: bool = False
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end
