"""Batch-level ingestion stages registered in the pipeline."""

from __future__ import annotations

from fasail.document import Document
from fasail.ingest.dedup import PassageIndex
from fasail.pipeline import RunContext, stage


def passage_index(ctx: RunContext) -> PassageIndex:
    """The batch's passage index, made on first use (the store also feeds it stored articles)."""
    index = ctx.state.get("passage_index")
    if index is None:
        index = ctx.state["passage_index"] = PassageIndex.from_settings(ctx.settings["dedup"])
    return index


@stage("dedup", reads=["doc.text"], writes=["doc.shared_passages"])
def find_shared_passages(doc: Document, ctx: RunContext) -> Document:
    """Mark passages this article shares with earlier articles of the batch."""
    doc.shared_passages = passage_index(ctx).add(doc)
    return doc
