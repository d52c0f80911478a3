"""MemoryBackend: the naive consolidation, as-of snapshots and review writes the API relies on."""

from __future__ import annotations

import pytest

from fasail.api.backend import UnknownId
from fasail.api.memory import MemoryBackend, consolidate
from fasail.store.records import FactRecord


def fact(fact_id: str, ftype: str, subject: str, obj: str | None, when: str, negated: bool = False,
         passage: str | None = None) -> FactRecord:
    return FactRecord(
        fact_id=fact_id, type=ftype, subject_id=subject, object_id=obj, subject=subject, object=obj,
        negated=negated, hedged=False, time=None, place=None, place_id=None, count=None, source=None,
        evidence="...", evidence_start=0, evidence_end=3, rule="r", article_id=f"a-{fact_id}", doc="d",
        article_date=when, passage_key=passage,
    )


def test_symmetric_facts_in_either_direction_are_one_edge():
    edges = consolidate([fact("1", "CLASH", "b", "a", "2017-01-02"), fact("2", "CLASH", "a", "b", "2016-05-01")])
    assert len(edges) == 1
    edge = edges[0]
    assert (edge.subject_id, edge.object_id, edge.evidence_count) == ("a", "b", 2)
    assert (edge.first_time, edge.last_time) == ("2016-05-01", "2017-01-02")
    assert edge.fact_ids == ("1", "2")


def test_directed_facts_keep_direction_and_polarity_splits_edges():
    edges = consolidate([
        fact("1", "ALLEGIANCE", "a", "b", "2016-01-01"),
        fact("2", "ALLEGIANCE", "b", "a", "2016-01-01"),
        fact("3", "ALLEGIANCE", "a", "b", "2016-02-01", negated=True),
    ])
    assert len(edges) == 3
    contradicted = {(e.subject_id, e.negated) for e in edges if e.contradicted}
    assert contradicted == {("a", False), ("a", True)}


def test_syndicated_copies_count_as_one_source():
    (edge,) = consolidate([fact("1", "CLASH", "a", "b", "2016-01-01", passage="p"),
                           fact("2", "CLASH", "a", "b", "2016-01-02", passage="p")])
    assert (edge.evidence_count, edge.source_count) == (2, 1)


def test_loads_extract_output_with_kb_ids_and_consolidated_local_names(backend: MemoryBackend):
    hts = backend.entity("hayat-tahrir-al-sham")
    assert hts.name == "هيئة تحرير الشام" and hts.name_en == "Hay'at Tahrir al-Sham"
    assert hts.first_seen <= hts.last_seen
    local = backend.entities(q="كتائب جبل الأربعين").items
    assert len(local) == 1 and local[0].entity_id.startswith("x-group-")
    some = backend.facts(limit=1).items[0]
    article = backend.article(some.article_id)
    assert article.text[some.evidence_start:some.evidence_end] == some.evidence


def test_snapshot_grows_with_the_date_and_respects_as_of(backend: MemoryBackend):
    early, late = backend.snapshot("2016-06-01"), backend.snapshot("2019-12-31")
    assert 0 < len(early.edges) < len(late.edges)
    assert all(e.first_time <= "2016-06-01" for e in early.edges)
    ends = {i for e in early.edges for i in (e.subject_id, e.object_id) if i}
    assert {n.entity_id for n in early.nodes} == ends


def test_pagination_reports_the_whole_total(backend: MemoryBackend):
    first, second = backend.entities(limit=5), backend.entities(offset=5, limit=5)
    assert first.total == second.total > 10
    assert not {e.entity_id for e in first.items} & {e.entity_id for e in second.items}


def test_rejecting_a_fact_removes_it_from_reads_and_logs_who(backend: MemoryBackend):
    fact_id = backend.snapshot().edges[0].fact_ids[0]
    before = backend.facts(limit=500).total
    reviewed = backend.review_fact(fact_id, "reject", "lina")
    assert reviewed.status == "rejected" and backend.fact(fact_id).status == "rejected"
    assert backend.facts(limit=500).total == before - 1
    assert all(fact_id not in e.fact_ids for e in backend.snapshot().edges)
    assert backend.log[-1]["who"] == "lina" and backend.log[-1]["action"] == "reject"
    assert backend.log[-1]["at"].endswith("+00:00")


def test_edit_changes_only_allowed_fields(backend: MemoryBackend):
    fact_id = backend.facts(limit=1).items[0].fact_id
    edited = backend.review_fact(fact_id, "edit", "lina", {"negated": True, "time": "2015"})
    assert (edited.negated, edited.time, edited.status) == (True, "2015", "edited")
    with pytest.raises(ValueError, match="evidence"):
        backend.review_fact(fact_id, "edit", "lina", {"evidence": "forged"})
    with pytest.raises(UnknownId):
        backend.review_fact(fact_id, "edit", "lina", {"subject_id": "no-such-entity"})


def test_merge_moves_facts_and_names(backend: MemoryBackend):
    nusra_facts = backend.facts(entity_id="jabhat-al-nusra", limit=500).total
    hts_facts = backend.facts(entity_id="hayat-tahrir-al-sham", limit=500).total
    merged = backend.merge_entities("hayat-tahrir-al-sham", "jabhat-al-nusra", "lina")
    assert "جبهة النصرة" in merged.aliases
    with pytest.raises(UnknownId):
        backend.entity("jabhat-al-nusra")
    # facts between the two now count once for the survivor
    assert hts_facts <= backend.facts(entity_id="hayat-tahrir-al-sham", limit=500).total <= hts_facts + nusra_facts
    with pytest.raises(ValueError):
        backend.merge_entities("hayat-tahrir-al-sham", "hayat-tahrir-al-sham", "lina")


def test_alias_is_added_once_and_searchable(backend: MemoryBackend):
    backend.add_alias("hayat-tahrir-al-sham", "تحرير الشام الجديدة", "lina")
    entity = backend.add_alias("hayat-tahrir-al-sham", "تحرير الشام الجديدة", "lina")
    assert entity.aliases.count("تحرير الشام الجديدة") == 1
    hits = backend.search("الشام الجديدة").items
    assert [h.id for h in hits if h.kind == "entity"] == ["hayat-tahrir-al-sham"]


def test_contradictions_pair_affirmed_and_denied(backend: MemoryBackend):
    pairs = backend.contradictions()
    assert pairs
    for pair in pairs:
        assert not pair.affirmed.negated and pair.denied.negated
        assert (pair.affirmed.type, pair.affirmed.subject_id, pair.affirmed.object_id) == (
            pair.denied.type, pair.denied.subject_id, pair.denied.object_id)


def test_timeline_is_in_date_order_and_filters_by_other(backend: MemoryBackend):
    facts = backend.timeline("hayat-tahrir-al-sham")
    dated = [f.when for f in facts if f.when]
    assert dated == sorted(dated) and len(dated) > 3
    assert all(f.when for f in facts[: len(dated)])  # undated facts (the seeds) come last
    pair = backend.timeline("hayat-tahrir-al-sham", "nour-al-din-al-zenki")
    assert pair and all("nour-al-din-al-zenki" in (f.subject_id, f.object_id) for f in pair)


def test_places_have_coordinates_and_counts(backend: MemoryBackend):
    places = backend.places()
    assert places and all(p.entity.lat is not None for p in places)
    assert any(p.fact_count > 0 for p in places)
