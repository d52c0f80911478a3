"""Load and validate the knowledge base data files.

Every problem is reported with the ``file:line`` of the entry, all at once, so an analyst
editing the YAML sees every mistake in one run of ``fasail kb check``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from fasail.errors import DataFileError
from fasail.kb.model import KBEntity, Role
from fasail.text.names import name_key

#: Actor files: file name → (schema, entity type).
ACTOR_FILES = {
    "groups.yaml": ("fasail.groups/1", "GROUP"),
    "states.yaml": ("fasail.states/1", "STATE"),
    "outlets.yaml": ("fasail.outlets/1", "OUTLET"),
    "persons.yaml": ("fasail.persons/1", "PERSON"),
}
REGIONS_FILE = ("regions.yaml", "fasail.regions/1")
PLACES_FILE = ("places.tsv", "fasail.places/1")
HEADER_KEYS = ("schema", "purpose", "sources", "licence")

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACE_ID = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*|SY\d{2,8}|C\d{4,9})$")
DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
MAX_ALIAS_WORDS = 8
ENUMS = {
    "GROUP.kind": {"armed_group", "coalition", "operations_room"},
    "GROUP.camp": {"jihadist", "islamist", "opposition", "kurdish_led", "pro_government",
                   "transnational_jihadist"},
    "STATE.kind": {"state", "armed_force", "agency", "government", "international_org"},
    "OUTLET.kind": {"agency", "newspaper", "tv", "website", "monitor", "group_media", "radio"},
    "PLACE.kind": {"country", "region", "natural_region", "front", "site"},
    "role": {"leader", "commander", "official", "member", "cleric"},
}
#: Role and generic words that must never be aliases: coreference resolves them in context.
GENERIC_WORDS = frozenset(name_key(w) for w in (
    "التنظيم", "الهيئة", "الجيش", "الحزب", "الدولة", "الجبهة", "الحركة", "الجماعة", "الفصائل",
    "الفصيل", "المعارضة", "النظام", "الأخير", "الأخيرة", "الوكالة", "القناة", "الموقع",
    "الصحيفة", "الكتائب", "اللواء", "الفيلق",
))


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when available
    """SafeLoader that records each mapping's line as ``__line__``."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


class KBErrors:
    """Collects validation errors; raises them together."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.messages.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if self.messages:
            raise DataFileError(
                f"{len(self.messages)} problem(s) in the knowledge base:\n  " +
                "\n  ".join(self.messages))


def _text(value: Any) -> str | None:
    return None if value is None else str(value).strip() or None


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(str(v).strip() for v in items if str(v).strip())


def _read_yaml(folder: Traversable, name: str, schema: str, errors: KBErrors) -> list[dict]:
    """The entries of one YAML data file, after checking its header."""
    try:
        data = yaml.load(folder.joinpath(name).read_text("utf-8"), Loader=_LineLoader)
    except (OSError, yaml.YAMLError) as e:
        errors.add(name, f"cannot read: {e}")
        return []
    if not isinstance(data, dict):
        errors.add(name, "not a mapping with a header and entries")
        return []
    for key in HEADER_KEYS:
        if not data.get(key):
            errors.add(f"{name}:1", f"header lacks {key!r}")
    if data.get("schema") != schema:
        errors.add(f"{name}:1", f"schema is {data.get('schema')!r}, expected {schema!r}")
    if "entries" not in data:
        errors.add(name, "no 'entries' list")
        return []
    entries = data["entries"] or []
    if not isinstance(entries, list):
        errors.add(name, "no 'entries' list")
        return []
    return entries


def _actor(entry: dict, etype: str, where: str) -> KBEntity:
    roles = tuple(
        Role(group=str(r.get("group", "")), role=str(r.get("role", "")),
             start=_text(r.get("from")), end=_text(r.get("to")))
        for r in entry.get("roles") or [] if isinstance(r, dict)
    )
    return KBEntity(
        id=str(entry.get("id") or "").strip(), type=etype, name=str(entry.get("name") or "").strip(),
        where=where, name_en=_text(entry.get("name_en")), aliases=_strings(entry.get("aliases")),
        short_names=_strings(entry.get("short_names")), told_names=_strings(entry.get("told_names")),
        kind=_text(entry.get("kind")),
        camp=_text(entry.get("camp")), valid_from=_text(entry.get("valid_from")),
        valid_to=_text(entry.get("valid_to")), renamed_to=_text(entry.get("renamed_to")),
        merged_into=_text(entry.get("merged_into")), splinter_of=_text(entry.get("splinter_of")),
        affiliated_with=_strings(entry.get("affiliated_with")), part_of=_text(entry.get("part_of")),
        roles=roles, wikidata=_text(entry.get("wikidata")), source=_text(entry.get("source")),
        admin1=_text(entry.get("admin1")),
        lat=_float(entry.get("lat")), lon=_float(entry.get("lon")),
    )


def _float(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def _read_places(folder: Traversable, errors: KBErrors) -> list[KBEntity]:
    """Gazetteer rows of places.tsv (generated by scripts/build_gazetteer.py)."""
    name, schema = PLACES_FILE
    try:
        lines = folder.joinpath(name).read_text("utf-8").splitlines()
    except OSError as e:
        errors.add(name, f"cannot read: {e}")
        return []
    if f"# schema: {schema}" not in lines[:3]:
        errors.add(f"{name}:1", f"header lacks '# schema: {schema}'")
    body = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    if not body:
        return []
    places = []
    header = body[0][1].split("\t")
    for lineno, line in body[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) != len(header):
            errors.add(f"{name}:{lineno}", f"{len(cells)} columns, expected {len(header)}")
            continue
        row = dict(zip(header, cells, strict=True))
        places.append(KBEntity(
            id=row.get("id", ""), type="PLACE", name=row.get("name_ar", ""),
            where=f"{name}:{lineno}", name_en=row.get("name_en") or None,
            aliases=tuple(a for a in (row.get("aliases_ar") or "").split("|") if a),
            level=row.get("level") or None, admin1=row.get("admin1") or None,
            admin2=row.get("admin2") or None, admin1_name=row.get("admin1_ar") or None,
            admin2_name=row.get("admin2_ar") or None,
            lat=_float(row.get("lat")), lon=_float(row.get("lon")),
        ))
    return places


def _check_entity(entity: KBEntity, errors: KBErrors) -> None:
    """Field-level checks of one entry: id shape, names, dates, enumerations."""
    pattern = PLACE_ID if entity.type == "PLACE" else SLUG
    if not pattern.match(entity.id):
        errors.add(entity.where, f"id {entity.id!r} is empty or not an ASCII slug")
    if not entity.name:
        errors.add(entity.where, f"{entity.id}: no name")
    for alias in (*entity.aliases, *entity.short_names, *entity.told_names):
        if len(alias.split()) > MAX_ALIAS_WORDS:
            errors.add(entity.where, f"alias {alias!r} is too long to be a name")
        if entity.type != "PLACE" and name_key(alias) in GENERIC_WORDS:
            errors.add(entity.where, f"alias {alias!r} is a generic word (left to coreference)")
    dates = [("valid_from", entity.valid_from), ("valid_to", entity.valid_to)]
    dates += [(f"role {r.group} from", r.start) for r in entity.roles]
    dates += [(f"role {r.group} to", r.end) for r in entity.roles]
    for label, value in dates:
        if value is not None and not DATE.match(value):
            errors.add(entity.where, f"{label} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if entity.valid_from and entity.valid_to and entity.valid_to < entity.valid_from[: len(entity.valid_to)]:
        errors.add(entity.where, f"valid_to {entity.valid_to} is before valid_from {entity.valid_from}")
    for r in entity.roles:
        if r.start and r.end and r.end < r.start[: len(r.end)]:
            errors.add(entity.where, f"role in {r.group} ends {r.end} before it starts {r.start}")
        if r.role not in ENUMS["role"]:
            errors.add(entity.where, f"unknown role {r.role!r}")
    allowed = ENUMS.get(f"{entity.type}.kind")
    if entity.kind and allowed and entity.kind not in allowed and entity.level is None:
        errors.add(entity.where, f"unknown kind {entity.kind!r} for {entity.type}")
    if entity.camp and entity.camp not in ENUMS["GROUP.camp"]:
        errors.add(entity.where, f"unknown camp {entity.camp!r}")


def _check_references(actors: dict[str, KBEntity], errors: KBErrors) -> None:
    for entity in actors.values():
        refs = [entity.renamed_to, entity.merged_into, entity.splinter_of, entity.part_of,
                *entity.affiliated_with, *(r.group for r in entity.roles)]
        for ref in refs:
            if ref and ref not in actors:
                errors.add(entity.where, f"{entity.id} refers to unknown id {ref!r}")


def _check_alias_clashes(entities: Iterable[KBEntity], errors: KBErrors) -> None:
    """No name may belong to two actors: it would be resolved by chance."""
    owner: dict[str, KBEntity] = {}
    for entity in entities:
        every_name = (*entity.names, *entity.short_names, *entity.told_names)
        for alias in dict.fromkeys(name_key(a) for a in every_name):
            other = owner.setdefault(alias, entity)
            if other is not entity:
                errors.add(entity.where, f"name {alias!r} already names {other.id} ({other.where})")


def load_kb_entities(folder: Traversable | None = None) -> tuple[list[KBEntity], list[KBEntity]]:
    """(actors, places) from the data folder; raises DataFileError listing every problem."""
    folder = folder or resources.files("fasail.kb").joinpath("data")
    errors = KBErrors()
    actors: dict[str, KBEntity] = {}
    for name, (schema, etype) in ACTOR_FILES.items():
        for entry in _read_yaml(folder, name, schema, errors):
            entity = _actor(entry, etype, f"{name}:{entry.get('__line__', '?')}")
            _check_entity(entity, errors)
            if entity.id in actors:
                errors.add(entity.where, f"duplicate id {entity.id!r} (first at {actors[entity.id].where})")
            actors.setdefault(entity.id, entity)
    places: dict[str, KBEntity] = {}
    regions_name, regions_schema = REGIONS_FILE
    region_entries = _read_yaml(folder, regions_name, regions_schema, errors)
    region_places = [_actor(e, "PLACE", f"{regions_name}:{e.get('__line__', '?')}") for e in region_entries]
    for place in (*_read_places(folder, errors), *region_places):
        _check_entity(place, errors)
        if place.id in places:
            errors.add(place.where, f"duplicate place id {place.id!r} (first at {places[place.id].where})")
        places.setdefault(place.id, place)
    _check_references(actors, errors)
    _check_alias_clashes(actors.values(), errors)
    errors.raise_if_any()
    return list(actors.values()), list(places.values())
