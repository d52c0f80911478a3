"""Readable descriptions of knowledge base entries (for ``fasail kb show``)."""

from __future__ import annotations

from fasail.kb.base import KnowledgeBase
from fasail.kb.model import KBEntity

FIELDS = ("name_en", "kind", "camp", "valid_from", "valid_to", "wikidata", "level",
          "admin1_name", "admin2_name", "lat", "lon", "source")


def describe(entity: KBEntity, kb: KnowledgeBase) -> str:
    """A few lines: id, type, names, dated roles and successions, provenance."""
    lines = [f"{entity.name}  [{entity.type} {entity.id}]  ({entity.where})"]
    if entity.aliases:
        lines.append(f"  aliases: {', '.join(entity.aliases)}")
    if entity.short_names:
        lines.append(f"  short names (after a full name): {', '.join(entity.short_names)}")
    for field in FIELDS:
        value = getattr(entity, field)
        if value not in (None, ""):
            lines.append(f"  {field}: {value}")
    for role in entity.roles:
        group = kb.get(role.group)
        span = f"{role.start or '?'} – {role.end or ''}".rstrip(" –")
        lines.append(f"  {role.role} of {group.name if group else role.group} ({span})")
    for relation, other, date in [*kb.predecessors(entity.id), *kb.successors(entity.id)]:
        lines.append(f"  {relation.replace('_', ' ')} {other.name} [{other.id}] {date or ''}".rstrip())
    for affiliate in entity.affiliated_with:
        other = kb.get(affiliate)
        lines.append(f"  affiliated with {other.name if other else affiliate}")
    return "\n".join(lines)
