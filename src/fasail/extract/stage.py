"""The pipeline stage that fills ``doc.facts`` from the recognised entities."""

from __future__ import annotations

from fasail.document import Document
from fasail.extract.consistency import check_facts
from fasail.extract.facts import FactExtractor
from fasail.kb.base import default_kb
from fasail.pipeline import RunContext, stage
from fasail.text.names import name_key
from fasail.text.normalize import normalized


@stage("facts", reads=["doc.text", "doc.mentions", "doc.entities", "doc.date"], writes=["doc.facts"])
def extract_facts(doc: Document, ctx: RunContext) -> Document:
    """Extract the ONTOLOGY's facts of the article, each with its evidence and rule."""
    extractor = ctx.state.get("fact_extractor")
    if extractor is None:
        extractor = ctx.state["fact_extractor"] = FactExtractor()
    outlet = None
    if doc.outlet:
        outlet = next((i for i, e in enumerate(doc.entities)
                       if e["type"] == "OUTLET" and name_key(doc.outlet) in
                       {name_key(n) for n in (e["name"], *e["aliases"])}), None)
    doc.facts = extractor(normalized(doc.text), doc.mentions, doc.entities, doc.date, outlet)
    check_facts(doc.facts, doc.entities, default_kb())
    return doc
