"""The pipeline: named stages, each Document → Document, checked for what they read and write.

A stage declares the Document fields it ``reads`` and ``writes``; building a pipeline fails
when a stage reads a field that neither ingestion nor an earlier stage provides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fasail.document import Document
from fasail.errors import UsageError

#: Fields every Document has from ingestion.
INGESTED = frozenset({"doc.text", "doc.date", "doc.outlet", "doc.title", "doc.doc", "doc.url"})


@dataclass
class RunContext:
    """What stages share over one batch: settings and batch-wide state (dedup index, KB)."""

    settings: dict[str, Any]
    state: dict[str, Any] = field(default_factory=dict)


StageFunc = Callable[[Document, RunContext], Document]


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunc
    reads: tuple[str, ...]
    writes: tuple[str, ...]


REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, reads: list[str], writes: list[str]) -> Callable[[StageFunc], StageFunc]:
    """Register a stage function under ``name``."""

    def register(func: StageFunc) -> StageFunc:
        REGISTRY[name] = Stage(name, func, tuple(reads), tuple(writes))
        return func

    return register


def build_pipeline(names: list[str]) -> list[Stage]:
    """The stages ``names`` in order; raises UsageError if one reads what nothing wrote."""
    available = set(INGESTED)
    stages = []
    for name in names:
        if name not in REGISTRY:
            raise UsageError(f"unknown stage {name!r}; known: {', '.join(sorted(REGISTRY))}")
        current = REGISTRY[name]
        missing = [r for r in current.reads if r not in available]
        if missing:
            raise UsageError(f"stage {name!r} reads {', '.join(missing)}, which no earlier stage writes")
        available.update(current.writes)
        stages.append(current)
    return stages


def run(doc: Document, stages: list[Stage], ctx: RunContext) -> Document:
    """Pass ``doc`` through ``stages``."""
    for current in stages:
        doc = current.func(doc, ctx)
    return doc
