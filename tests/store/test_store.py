"""The knowledge store on SQLite and PostgreSQL: idempotent ingest, one source per syndicated
passage, contradictions, as-of edges, name chains, curation that survives reprocessing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.articles import CLASH_AFFIRMED, CLASH_DENIED, CLASH_REPORT

import fasail
from fasail.errors import StoreError
from fasail.store import open_store
from fasail.store.records import EdgeRecord, RecordSource

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def examples_store(db_location):
    store = open_store(db_location)
    store.ingest([EXAMPLES / "articles"], manifest=EXAMPLES / "manifest.csv")
    yield store
    store.close()


def test_ingesting_twice_changes_nothing(examples_store):
    counts, dump = examples_store.stats(), examples_store.canonical_dump()
    assert counts["articles"] == 10 and counts["facts"] > 50 and counts["edges"] > 20
    again = examples_store.ingest([EXAMPLES / "articles"], manifest=EXAMPLES / "manifest.csv")
    assert (again.written, again.skipped) == (0, 10)
    assert examples_store.stats() == counts
    assert examples_store.canonical_dump() == dump


def test_store_is_a_record_source(examples_store):
    source: RecordSource = examples_store  # the views' protocol (not runtime-checkable)
    assert all(callable(getattr(source, m)) for m in ("entity_records", "fact_records", "edge_records"))
    entities = {e.entity_id: e for e in examples_store.entity_records()}
    hts = entities["hayat-tahrir-al-sham"]
    assert hts.type == "GROUP" and hts.kb_id == hts.entity_id and hts.mention_count > 5
    assert hts.first_seen <= hts.last_seen
    facts = list(examples_store.fact_records(entity_ids=["hayat-tahrir-al-sham"], types=["CLASH"]))
    assert facts and all("hayat-tahrir-al-sham" in (f.subject_id, f.object_id) for f in facts)
    for fact in facts:
        assert fact.type == "CLASH" and fact.evidence and fact.article_date and fact.passage_key


def test_syndicated_copy_counts_as_one_source(examples_store):
    """ex09 re-runs a paragraph of ex02: facts from it back edges with two evidences, one source."""
    copied = [f for f in examples_store.fact_records() if f.doc == "ex09_syndicated_copy.txt"
              and f.passage_key and not f.passage_key.startswith(f.article_id)]
    assert copied, "the re-run paragraph of ex09 should map to ex02's passages"
    originals = {f.passage_key for f in examples_store.fact_records() if f.doc == "ex02_split_hama.txt"}
    assert {f.passage_key for f in copied} <= originals
    edges = {(e.type, e.subject_id, e.object_id): e for e in examples_store.edge_records()}
    for fact in copied:
        edge = edges[fact.type, fact.subject_id, fact.object_id]
        assert edge.evidence_count >= 2 and edge.source_count == edge.evidence_count - 1


def test_edges_are_symmetric_dated_and_filtered_as_of(examples_store):
    edges = list(examples_store.edge_records(with_fact_ids=True))
    for edge in edges:
        assert isinstance(edge, EdgeRecord) and len(edge.fact_ids) == edge.evidence_count
        if edge.type in ("CLASH", "ALLIANCE", "TRUCE", "NEGOTIATION", "AGREEMENT"):
            assert edge.subject_id <= edge.object_id
    as_of = list(examples_store.edge_records(as_of="2016-12-31"))
    assert 0 < len(as_of) < len(edges)
    assert all(e.first_time is not None and e.first_time <= "2016-12-31" for e in as_of)
    clashes = list(examples_store.edge_records(types=["CLASH"]))
    assert clashes and all(e.type == "CLASH" for e in clashes)
    day = next(e for e in edges if e.first_time and len(e.first_time) == 10)
    for partial in (day.first_time[:7], day.first_time[:4]):  # a month or year includes its days
        assert day in [replace(e, fact_ids=day.fact_ids) for e in examples_store.edge_records(as_of=partial)]


def test_as_of_snapshot_matches_the_same_facts_in_memory(examples_store):
    """The store's as-of graph (edges read from the store) is the in-memory one (edges
    consolidated from the facts): same nodes, same edges and counts, renames applied."""
    from fasail.graph.memory import MemoryRecords
    from fasail.graph.snapshot import snapshot

    memory = MemoryRecords(examples_store.entity_records(), examples_store.fact_records())
    for as_of in ("2015", "2016-06", "2017-03-01", "2019"):
        stored, held = snapshot(examples_store, as_of=as_of), snapshot(memory, as_of=as_of)
        assert dict(stored.nodes(data=True)) == dict(held.nodes(data=True))
        assert _edge_rows(stored) == _edge_rows(held) and _edge_rows(stored)


def _edge_rows(graph) -> list[tuple]:
    """A graph's edges with their attributes, fact ids left out (the store fills them on demand)."""
    return sorted((a, b, k, sorted((n, repr(v)) for n, v in d.items() if n != "fact_ids"))
                  for a, b, k, d in graph.edges(keys=True, data=True))


def test_affirmed_and_denied_claims_are_flagged_contradicted(db_location, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(CLASH_AFFIRMED, "utf-8")
    (folder / "b.txt").write_text(CLASH_DENIED, "utf-8")
    with open_store(db_location) as store:
        store.ingest([folder], date="2017-07-18")
        pair = ("ahrar-al-sham", "hayat-tahrir-al-sham")
        clash = [e for e in store.edge_records(types=["CLASH"]) if (e.subject_id, e.object_id) == pair]
        assert {e.negated for e in clash} == {False, True}
        assert all(e.contradicted for e in clash)


def test_name_chain_follows_kb_successions(examples_store):
    chain = [link.entity_id for link in examples_store.name_chain("jabhat-fath-al-sham")]
    assert chain[-3:] == ["jabhat-al-nusra", "jabhat-fath-al-sham", "hayat-tahrir-al-sham"][-len(chain[-3:]):]
    assert chain.index("jabhat-fath-al-sham") < chain.index("hayat-tahrir-al-sham")
    links = {link.entity_id: link for link in examples_store.name_chain("hayat-tahrir-al-sham")}
    assert links["hayat-tahrir-al-sham"].relation == "merged_into"
    assert links["hayat-tahrir-al-sham"].basis == "kb"


def test_non_kb_names_merge_across_articles(examples_store):
    people = examples_store.entities(type="PERSON")
    spokesman = people[people["name"] == "ناجي مصطفى"]
    assert len(spokesman) == 1  # named in two articles, one entity
    assert spokesman.iloc[0]["entity_id"].startswith("x-person-")
    assert spokesman.iloc[0]["first_seen"] < spokesman.iloc[0]["last_seen"]


def test_merge_split_and_reviews_survive_reprocess(examples_store):
    people = examples_store.entities(type="PERSON").set_index("name")["entity_id"]
    source, target = people["وائل علوان"], people["زهران علوش"]
    examples_store.merge(source, target)
    assert source not in set(examples_store.entities()["entity_id"])
    aliases = next(examples_store.entity_records([target])).aliases
    assert "وائل علوان" in aliases
    [moved] = examples_store.split(target, "وائل علوان")
    assert next(examples_store.entity_records([moved])).aliases == ("وائل علوان",)
    fact = next(examples_store.fact_records(types=["CLASH"]))
    examples_store.review(fact.fact_id, "rejected", reviewer="analyst", note="wrong parties")
    assert fact.fact_id not in {f.fact_id for f in examples_store.fact_records()}
    assert fact.fact_id in {f.fact_id for f in examples_store.fact_records(include_rejected=True)}
    before = examples_store.canonical_dump()
    examples_store.reprocess()
    assert examples_store.canonical_dump() == before


def test_review_rejects_unknown_status_and_fields(examples_store):
    fact = next(examples_store.fact_records())
    with pytest.raises(fasail.errors.UsageError, match="status"):
        examples_store.review(fact.fact_id, "maybe", reviewer="a")
    with pytest.raises(fasail.errors.UsageError, match="cannot be edited"):
        examples_store.review(fact.fact_id, "edited", reviewer="a", changes={"evidence": "x"})
    with pytest.raises(fasail.errors.UsageError, match="no fact"):
        examples_store.review("nope", "accepted", reviewer="a")


def test_bad_file_does_not_stop_the_batch(db_location, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_good.txt").write_text(CLASH_REPORT, "utf-8")
    (folder / "b_empty.txt").write_text("", "utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    with open_store(db_location) as store:
        summary = store.ingest([folder])
        assert (summary.written, summary.failed) == (1, 2)
        assert any("b_empty.txt" in e for e in summary.errors)


def test_pandas_api_and_extract(tmp_path):
    doc = fasail.extract(CLASH_AFFIRMED, date="2017-07-18")
    assert any(f["type"] == "CLASH" and f["time"] == "2017-07-18" for f in doc["facts"])
    store = fasail.open(str(tmp_path / "api.db"))
    (tmp_path / "a.txt").write_text(CLASH_AFFIRMED, "utf-8")
    store.ingest([tmp_path / "a.txt"], date="2017-07-18")
    facts = store.facts(types=["CLASH"])
    assert list(facts["type"]) == ["CLASH"] and facts.iloc[0]["article_date"] == "2017-07-18"
    assert {"entity_id", "name", "type"} <= set(store.entities().columns)


@pytest.mark.parametrize("location, reason", [
    ("mysql://host/db", "unsupported database URL"),
    ("{tmp}", "is a folder"),
    ("{tmp}/missing/store.db", "does not exist"),
    ("postgresql://nobody:wrong@127.0.0.1:1/none", "cannot connect to PostgreSQL"),
])
def test_bad_locations_say_what_is_wrong(tmp_path, location, reason):
    with pytest.raises(StoreError, match=reason):
        open_store(location.format(tmp=tmp_path))


def test_not_a_database_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not sqlite " * 200, "utf-8")
    with pytest.raises(StoreError, match="file is not a database"):
        open_store(str(path))


def test_default_location_is_env_then_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FASAIL_DB", raising=False)
    assert open_store(None).location == "fasail.db" and (tmp_path / "fasail.db").exists()
    monkeypatch.setenv("FASAIL_DB", str(tmp_path / "env.db"))
    assert open_store(None).location == str(tmp_path / "env.db")


def test_search_folds_spelling_and_points_at_the_evidence(db_location, tmp_path):
    """ة/ه, أ/ا, diacritics and tatweel in the query do not matter; the hit locates the
    words in the stored evidence and carries its facts, as the in-memory search does."""
    from fasail.graph.memory import MemoryRecords
    from fasail.graph.questions import search

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(CLASH_AFFIRMED, "utf-8")
    with open_store(db_location) as store:
        store.ingest([folder], date="2017-07-18")
        [hit] = store.search("اشتباكات عنيفـه بَين هيئه تحرير الشام وحركه احرار")
        assert hit.evidence[hit.start:hit.end] == "اشتباكات عنيفة بين هيئة تحرير الشام وحركة أحرار"
        [clash] = [f for f in hit.facts if f.type == "CLASH"]
        assert {clash.subject_id, clash.object_id} == {"ahrar-al-sham", "hayat-tahrir-al-sham"}
        assert hit.evidence == clash.evidence and clash.evidence_start <= clash.evidence_end
        memory = MemoryRecords(store.entity_records(), store.fact_records())
        for query in ("سرمدا", "احرار الشام", "ال", "لا يوجد هذا النص"):
            assert store.search(query) == search(memory, query), query
        assert search(store, "سرمدا", limit=1) == store.search("سرمدا")[:1]
        store.reprocess()
        assert len(store.search("هيئه تحرير")) == 1  # the index was rebuilt, not added to


def test_search_index_migration_fills_it_from_stored_evidence(db_location, tmp_path):
    from sqlalchemy import text, update

    from fasail.store.schema import tables
    from fasail.store.search import drop_index

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(CLASH_AFFIRMED, "utf-8")
    with open_store(db_location) as store:
        store.ingest([folder], date="2017-07-18")
        with store.engine.begin() as conn:  # as a store from before the index
            drop_index(conn)
            conn.execute(update(tables().schema_version).values(version=2))
    with open_store(db_location) as store:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM evidence_fts")).scalar() == store.stats()["facts"]
        assert store.search("سرمدا")
