"""Writing one extracted article into the store: article, passages, mentions, entities, facts.

Everything runs on the caller's connection, inside the caller's transaction, so a batch of
articles lands whole or not at all. Edge ids the written facts touch are collected in
``touched`` for the caller to refresh before committing.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from typing import Any

from fasail.document import Document
from fasail.store.records import SYMMETRIC_TYPES
from fasail.store.resolve import Resolver
from fasail.store.search import index_evidence
from fasail.text.sentences import split_sentences


def fact_id(article_id: str, fact: dict[str, Any]) -> str:
    """Stable identity of a fact over reprocessing: reviews are keyed on it."""
    key = "|".join(str(fact.get(k)) for k in ("type", "subject", "object", "evidence_start",
                                              "evidence_end", "negated"))
    return hashlib.blake2b(f"{article_id}|{key}".encode(), digest_size=8).hexdigest()


def edge_id(fact_type: str, subject_id: str | None, object_id: str | None, negated: bool,
            has_object: bool) -> str | None:
    """The consolidated edge a fact backs; None when a party did not resolve to an entity.

    Symmetric types order their parties, so A–B and B–A are one edge."""
    if subject_id is None or (has_object and object_id is None):
        return None
    if fact_type in SYMMETRIC_TYPES and object_id is not None and object_id < subject_id:
        subject_id, object_id = object_id, subject_id
    return f"{fact_type}|{subject_id}|{object_id or ''}|{int(negated)}"


def opposite_edge(edge: str) -> str:
    """The same relation with the other polarity."""
    return edge[:-1] + ("0" if edge.endswith("1") else "1")


def parse_edge(edge: str) -> tuple[str, str, str | None, bool]:
    fact_type, subject_id, object_id, negated = edge.split("|")
    return fact_type, subject_id, object_id or None, negated == "1"


class ArticleWriter:
    """Writes documents in input order; ``docs`` maps doc names to article ids for dedup."""

    def __init__(self, conn: Any, resolver: Resolver, next_seq: int):
        self.conn = conn
        self.resolver = resolver
        self.next_seq = next_seq
        self.docs: dict[str, str] = {}
        self.touched: set[str] = set()

    def write(self, doc: Document, *, new_article: bool = True) -> None:
        """Store ``doc``'s extraction, and the article itself when ``new_article``."""
        from sqlalchemy import insert

        from fasail.store.schema import tables

        if new_article:
            self.conn.execute(insert(tables().articles).values(
                article_id=doc.id, seq=self.next_seq, doc=doc.doc, path=doc.path,
                date=doc.date.isoformat() if doc.date else None, date_source=doc.date_source,
                title=doc.title, outlet=doc.outlet, url=doc.url, text=doc.text))
            self.next_seq += 1
        self.docs[doc.doc] = doc.id
        write_extraction(self.conn, self.resolver, doc, self._shared_keys(doc), self.touched)

    def _shared_keys(self, doc: Document) -> dict[int, str]:
        """Sentence start → passage key for the sentences ``doc`` re-runs from earlier articles.

        The k-th sentence of a shared passage pairs with the k-th sentence of the original
        passage; a copy of a copy inherits the original's key."""
        from sqlalchemy import insert, select

        from fasail.store.schema import tables

        t = tables()
        keys: dict[int, str] = {}
        for shared in doc.shared_passages:
            other_id = self.docs.get(shared.other_doc) or self.conn.execute(
                select(t.articles.c.article_id).where(t.articles.c.doc == shared.other_doc)
                .order_by(t.articles.c.seq.desc()).limit(1)).scalar()
            if other_id is None:
                continue
            other_text = self.conn.execute(
                select(t.articles.c.text).where(t.articles.c.article_id == other_id)).scalar()
            mine = [s for s in split_sentences(doc.text) if shared.start <= s.start < shared.end]
            theirs = [s for s in split_sentences(other_text)
                      if shared.other_start <= s.start < shared.other_end]
            inherited = dict(self.conn.execute(
                select(t.passages.c.start, t.passages.c.passage_key)
                .where(t.passages.c.article_id == other_id)).all())
            for sentence, original in zip(mine, theirs, strict=False):
                if sentence.start in keys:
                    continue
                key = inherited.get(original.start) or f"{other_id}:{original.start}"
                keys[sentence.start] = key
                self.conn.execute(insert(t.passages).values(
                    article_id=doc.id, start=sentence.start, end=sentence.end, passage_key=key,
                    other_article_id=other_id))
        return keys


def write_extraction(conn: Any, resolver: Resolver, doc: Document, shared_keys: dict[int, str],
                     touched: set[str]) -> None:
    """Mentions, entities and facts of ``doc`` (whose article row exists already)."""
    from sqlalchemy import insert

    from fasail.store.schema import tables

    t = tables()
    article_id = doc.id
    ids = [resolver.resolve(entity) for entity in doc.entities]
    resolver.flush()
    mentions = [
        {"article_id": article_id, "n": n, "entity_id": entity_id, "start": m["start"],
         "end": m["end"], "text": m["text"], "rule": m.get("rule")}
        for n, (entity_id, m) in enumerate(
            (entity_id, m) for entity_id, entity in zip(ids, doc.entities, strict=True)
            for m in entity.get("mentions", ()))
    ]
    if mentions:
        conn.execute(insert(t.mentions), mentions)
    if not doc.facts:
        return
    starts = [s.start for s in split_sentences(doc.text)]
    places = {name: entity_id for entity_id, entity in zip(ids, doc.entities, strict=True)
              if entity["type"] == "PLACE" for name in (entity["name"], *entity.get("aliases", ()))}
    article_date = doc.date.isoformat() if doc.date else None
    facts, evidence, sources, seen = [], [], set(), set()
    for n, fact in enumerate(doc.facts):
        fid = fact_id(article_id, fact)
        while fid in seen:  # the same claim twice in one sentence: keep both, distinctly
            fid = hashlib.blake2b(fid.encode(), digest_size=8).hexdigest()
        seen.add(fid)
        sentence = starts[max(bisect.bisect_right(starts, fact["evidence_start"]) - 1, 0)] if starts else 0
        passage_key = shared_keys.get(sentence) or f"{article_id}:{sentence}"
        sources.add(passage_key)
        subject_id = _entity(ids, fact.get("subject_entity"))
        object_id = _entity(ids, fact.get("object_entity"))
        edge = edge_id(fact["type"], subject_id, object_id, bool(fact["negated"]),
                       fact.get("object") is not None)
        if edge:
            touched.add(edge)
        facts.append({
            "fact_id": fid, "article_id": article_id, "n": n, "type": fact["type"],
            "subject_id": subject_id, "object_id": object_id,
            "subject": fact.get("subject"), "object": fact.get("object"),
            "negated": bool(fact["negated"]), "hedged": bool(fact.get("hedged")),
            "time": fact.get("time"), "fact_when": fact.get("time") or article_date,
            "place": fact.get("place"), "place_id": places.get(fact.get("place")),
            "count": fact.get("count"), "source": fact.get("source"), "rule": fact["rule"],
            "passage_key": passage_key, "status": "auto", "edge_id": edge})
        evidence.append({
            "fact_id": fid, "article_id": article_id, "start": fact["evidence_start"],
            "end": fact["evidence_end"], "text": fact["evidence"],
            "trigger": json.dumps(fact.get("trigger"), ensure_ascii=False) if fact.get("trigger") else None,
            "arguments": json.dumps(fact.get("arguments") or {}, ensure_ascii=False)})
    conn.execute(insert(t.facts), facts)
    conn.execute(insert(t.evidence), evidence)
    index_evidence(conn, [(e["fact_id"], e["text"]) for e in evidence])
    _add_sources(conn, article_id, sources)


def _entity(ids: list[str], index: int | None) -> str | None:
    return ids[index] if index is not None and 0 <= index < len(ids) else None


def _add_sources(conn: Any, article_id: str, keys: set[str]) -> None:
    """Record each passage key once, with the article and sentence it stands for. Keys of the
    article's own sentences are new with it; only those of re-run passages may be stored."""
    from sqlalchemy import insert, select

    from fasail.store.schema import tables

    t = tables().sources
    shared = sorted(k for k in keys if not k.startswith(f"{article_id}:"))
    have: set[str] = set()
    if shared:
        have = set(conn.execute(select(t.c.passage_key).where(t.c.passage_key.in_(shared))).scalars())
    new = [{"passage_key": k, "article_id": k.rsplit(":", 1)[0], "start": int(k.rsplit(":", 1)[1])}
           for k in sorted(keys - have)]
    if new:
        conn.execute(insert(t), new)
