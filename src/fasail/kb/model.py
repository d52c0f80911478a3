"""Records of the knowledge base: actors (groups, states, outlets, persons) and places."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Role:
    """A person's dated role in a group or state."""

    group: str
    role: str
    start: str | None = None
    end: str | None = None


@dataclass(slots=True)
class KBEntity:
    """One entry of the knowledge base, as read from its data file.

    Actors and places share the record shape so recognition treats them alike; fields that do
    not apply to a kind stay empty. ``where`` is the ``file:line`` the entry came from.
    """

    id: str
    type: str  # GROUP | STATE | OUTLET | PERSON | PLACE
    name: str
    where: str
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    short_names: tuple[str, ...] = ()
    told_names: tuple[str, ...] = ()
    kind: str | None = None
    camp: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    renamed_to: str | None = None
    merged_into: str | None = None
    splinter_of: str | None = None
    affiliated_with: tuple[str, ...] = ()
    part_of: str | None = None
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    source: str | None = None
    # places
    level: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin1_name: str | None = None
    admin2_name: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and the aliases that are safe to match anywhere."""
        return (self.name, *self.aliases)

    @property
    def pcode(self) -> str | None:
        """OCHA P-code for gazetteer places (their id), else None."""
        return self.id if self.type == "PLACE" and self.id[:1] in ("C", "S") else None
