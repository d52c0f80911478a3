"""Trigger lexicons of the fact types, and the negation, hedging and attribution cues.

Each fact type has one YAML file in ``extract/lexicons/`` whose entries list surface forms
and the argument frame that reads the sentence around them. Forms are folded once here so
the matcher works on normalised text; rule ids are ``<file>#<entry id>``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from fasail.errors import DataFileError
from fasail.text.normalize import fold

FACT_TYPES = (
    "ALLEGIANCE", "AFFILIATION", "SPLIT", "MERGER", "RENAME", "ALLIANCE", "CLASH", "TRUCE",
    "NEGOTIATION", "MEDIATION", "AGREEMENT", "LEADERSHIP", "MEMBERSHIP", "EXECUTION",
    "DETENTION", "RELEASE", "RELOCATION", "CONTROL", "STRENGTH", "DESIGNATION",
)
FRAMES = frozenset({
    "agent_patient", "symmetric", "joins", "leaves", "apposition", "composition", "rename", "title",
    "control", "relocation", "captivity", "mediation", "strength", "designation", "named_members",
    "participation",
})
SYMMETRIC = frozenset({"ALLIANCE", "CLASH", "TRUCE", "NEGOTIATION", "AGREEMENT"})


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a fact type, its surface forms and how to read its arguments."""

    fact_type: str
    rule: str
    forms: tuple[str, ...]
    frame: str
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    _folded: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False, repr=False)

    def flag(self, name: str) -> bool:
        return bool(self.options.get(name))

    def accepts(self, subject_type: str, object_type: str | None) -> bool:
        """True when the entry allows these argument types (``subject_types`` /
        ``object_types``: "شكّل X Y" founds a group only with a person for X)."""
        subjects, objects = self.options.get("subject_types"), self.options.get("object_types")
        return (not subjects or subject_type in subjects) and (
            not objects or object_type is None or object_type in objects)

    def markers(self, name: str = "object_marker") -> tuple[str, ...]:
        """The option's words, folded (read once per entry: frames ask for them per sentence)."""
        folded = self._folded.get(name)
        if folded is None:
            value = self.options.get(name)
            words = [] if value is None else value if isinstance(value, list) else [value]
            folded = self._folded[name] = tuple(fold(str(v)) for v in words)
        return folded


def _folded_forms(values) -> tuple[str, ...]:
    forms = []
    for value in values or []:
        form = " ".join(fold(str(value)).replace('"', " ").split())
        if form and form not in forms:
            forms.append(form)
    return tuple(forms)


def lexicon_files() -> list[Traversable]:
    """The lexicon files the triggers and cues are read from."""
    folder = resources.files("fasail.extract").joinpath("lexicons")
    return [f for f in folder.iterdir() if f.is_file() and f.name.endswith(".yaml")]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("fasail.extract").joinpath(f"lexicons/{name}").read_text("utf-8")
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml if present
    except yaml.YAMLError as e:
        raise DataFileError(f"not valid YAML: {e}", where=f"extract/lexicons/{name}") from e
    if not isinstance(data, dict):
        raise DataFileError("not a mapping", where=f"extract/lexicons/{name}")
    return data


@cache
def triggers() -> tuple[Trigger, ...]:
    """Every trigger entry of every fact type."""
    found = []
    for fact_type in FACT_TYPES:
        name = f"{fact_type.lower()}.yaml"
        data = _read(name)
        for entry in data.get("entries") or []:
            frame = entry.get("frame")
            if frame not in FRAMES:
                raise DataFileError(f"entry {entry.get('id')!r} has unknown frame {frame!r}",
                                    where=f"extract/lexicons/{name}")
            options = {k: v for k, v in entry.items() if k not in ("id", "forms", "frame", "note")}
            found.append(Trigger(fact_type, f"{name}#{entry['id']}", _folded_forms(entry.get("forms")),
                                 frame, options))
    return tuple(found)


@dataclass(frozen=True)
class Cue:
    """One cue entry of negation.yaml, hedging.yaml or attribution.yaml."""

    rule: str
    forms: tuple[str, ...]
    not_for: frozenset[str] = frozenset()


@cache
def cue_lists(name: str) -> dict[str, tuple[Cue, ...]]:
    """A cue file as {list name: its entries}, forms folded (``negators``, ``failure``, …)."""
    data = _read(f"{name}.yaml")
    lists: dict[str, tuple[Cue, ...]] = {}
    for key, value in data.items():
        if not isinstance(value, list):
            continue
        lists[key] = tuple(
            Cue(f"{name}.yaml#{entry.get('id')}", _folded_forms(entry.get("forms")),
                frozenset(entry.get("not_for") or ()))
            for entry in value if isinstance(entry, dict)
        )
    return lists


def cue_forms(name: str, *keys: str) -> tuple[str, ...]:
    """All folded forms of the given lists of a cue file."""
    lists = cue_lists(name)
    return tuple(dict.fromkeys(f for k in keys for cue in lists.get(k, ()) for f in cue.forms))
