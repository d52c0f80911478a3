"""The pipeline stage that fills ``doc.mentions`` and ``doc.entities``."""

from __future__ import annotations

from fasail.document import Document
from fasail.kb.base import default_kb
from fasail.pipeline import RunContext, stage
from fasail.recognize.recognizer import Recognizer


@stage("entities", reads=["doc.text"], writes=["doc.mentions", "doc.entities"])
def recognize_entities(doc: Document, ctx: RunContext) -> Document:
    """Find the groups, states, persons, places and outlets of the article."""
    recognizer = ctx.state.get("recognizer")
    if recognizer is None:
        recognizer = ctx.state["recognizer"] = Recognizer(default_kb())
    found = recognizer(doc.text)
    doc.mentions = found.mentions
    doc.entities = found.entities
    return doc
