"""Graph views on hand-built records: consolidation, as-of renames and mergers, profiles,
timelines, contradictions, search and analytics."""

from dataclasses import replace

import pytest
from tests.graph.records import ENTITIES, FACTS, fact

from fasail.errors import UsageError
from fasail.graph import (
    centrality,
    communities,
    contradictions,
    ego,
    profile,
    relation_path,
    search,
    snapshot,
    timeline,
)
from fasail.graph.dates import on_or_before, parse_partial, period_end, period_start
from fasail.graph.edges import consolidate
from fasail.graph.memory import MemoryRecords
from fasail.graph.names import UnknownName
from fasail.graph.questions import SearchHit


@pytest.fixture
def source():
    return MemoryRecords(ENTITIES, FACTS)


def edge(edges, kind, a, b, negated=False):
    [found] = [e for e in edges if (e.type, e.subject_id, e.object_id, e.negated) == (kind, a, b, negated)]
    return found


@pytest.mark.parametrize(("when", "as_of", "expected"), [
    ("2016", "2016-06", True), ("2016-06-30", "2016-06", True), ("2016-07", "2016-06", False),
    ("2015-12-31", "2016", True), (None, "2016", False), (None, None, True), ("2017", "2016-12-31", False),
])
def test_partial_dates_compare_at_shared_precision(when, as_of, expected):
    assert on_or_before(when, as_of) is expected


def test_periods_and_date_parsing():
    assert (period_start("2016"), period_end("2016")) == ("2016-01-01", "2016-12-31")
    assert (period_start("2016-02"), period_end("2016-02")) == ("2016-02-01", "2016-02-29")
    assert parse_partial(" 2016-06 ") == "2016-06"
    with pytest.raises(UsageError):
        parse_partial("June 2016")


def test_symmetric_facts_in_either_direction_make_one_edge():
    facts = [fact("c1", "CLASH", "x-group-3", "x-group-1", "2015-06", "b1"),
             fact("c2", "CLASH", "x-group-1", "x-group-3", "2015-03", "b2")]
    [clash] = consolidate(facts)
    assert (clash.subject_id, clash.object_id) == ("x-group-1", "x-group-3")
    assert (clash.first_time, clash.last_time) == ("2015-03", "2015-06")
    assert (clash.evidence_count, clash.source_count) == (2, 2)


def test_directed_facts_keep_their_direction():
    facts = [fact("d1", "DETENTION", "x-group-3", "x-group-1", None, "b1"),
             fact("d2", "DETENTION", "x-group-1", "x-group-3", None, "b2")]
    assert {(e.subject_id, e.object_id) for e in consolidate(facts)} == {
        ("x-group-3", "x-group-1"), ("x-group-1", "x-group-3")}


def test_syndicated_copies_are_one_source(source):
    alliance = edge(list(source.edge_records()), "ALLIANCE", "x-group-2", "x-group-4")
    assert (alliance.evidence_count, alliance.source_count) == (2, 1)
    assert set(alliance.fact_ids) == {"f3", "f7"}


def test_opposite_polarity_from_another_source_is_a_contradiction(source):
    edges = list(source.edge_records())
    assert edge(edges, "TRUCE", "x-group-3", "x-group-4").contradicted
    assert edge(edges, "TRUCE", "x-group-3", "x-group-4", negated=True).contradicted
    assert not edge(edges, "CLASH", "x-group-1", "x-group-3").contradicted


def test_a_claim_and_its_denial_in_one_article_is_no_contradiction():
    facts = [fact("t1", "TRUCE", "x-group-3", "x-group-4", None, "same"),
             fact("t2", "TRUCE", "x-group-3", "x-group-4", None, "same", negated=True)]
    assert not any(e.contradicted for e in consolidate(facts))


def test_edge_records_as_of_filter_on_first_time(source):
    kinds = {e.type for e in source.edge_records(as_of="2015")}
    assert kinds == {"CLASH"}


def test_rejected_facts_are_left_out_unless_asked():
    rejected = replace(FACTS[0], status="rejected")
    memory = MemoryRecords(ENTITIES, [rejected])
    assert list(memory.fact_records()) == []
    assert list(memory.fact_records(include_rejected=True)) == [rejected]


def test_snapshot_before_a_rename_shows_the_old_name(source):
    graph = snapshot(source, as_of="2015-12")
    assert set(graph.nodes) == {"x-group-1", "x-group-3"}
    assert graph.nodes["x-group-1"]["name"] == "كتائب الاختبار"
    assert graph.has_edge("x-group-1", "x-group-3", key="CLASH")


def test_snapshot_after_a_rename_carries_edges_to_the_new_name(source):
    graph = snapshot(source, as_of="2016-06")
    assert "x-group-1" not in graph
    node = graph.nodes["x-group-2"]
    assert node["name"] == "لواء الاختبار" and node["former_names"] == ["كتائب الاختبار"]
    clash = graph.get_edge_data("x-group-2", "x-group-3", key="CLASH")
    assert clash["evidence_count"] == 2 and clash["first_time"] == "2015-03"
    assert not any(d["type"] == "RENAME" for _, _, d in graph.edges(data=True))


def test_snapshot_leaves_out_relations_first_seen_later(source):
    graph = snapshot(source, as_of="2016-04")
    assert not graph.has_edge("x-group-2", "x-group-4")
    assert snapshot(source, as_of="2016-05").has_edge("x-group-2", "x-group-4", key="ALLIANCE")


def test_snapshot_draws_a_merged_group_absorbed(source):
    before = snapshot(source, as_of="2016-12")
    assert before.has_edge("jabhat-fath-al-sham", "x-group-3", key="CLASH")
    after = snapshot(source, as_of="2017-06")
    node = after.nodes["jabhat-fath-al-sham"]
    assert node["absorbed_into"] == "hayat-tahrir-al-sham" and node["absorbed_on"] == "2017-01"
    assert after.nodes["hayat-tahrir-al-sham"]["name"] == "هيئة تحرير الشام"
    assert [(b, d["type"], d["origin"]) for _, b, d in after.out_edges("jabhat-fath-al-sham", data=True)] == [
        ("hayat-tahrir-al-sham", "MERGER", "kb")]
    assert not after.has_edge("jabhat-fath-al-sham", "x-group-3")


def test_snapshot_without_date_keeps_names_as_stated(source):
    graph = snapshot(source)
    assert graph.has_edge("x-group-1", "x-group-2", key="RENAME")
    assert graph.has_edge("x-group-3", "x-group-4", key="TRUCE~not")
    assert "as_of" not in graph.graph


def test_profile_follows_renames_only_when_asked(source):
    plain = profile(source, "لواء الاختبار")
    assert [(line.other_id, line.evidence_count) for line in plain.sections["rivals"]] == [("x-group-3", 1)]
    followed = profile(source, "لواء الاختبار", follow_renames=True)
    assert followed.entity_ids == ["x-group-2", "x-group-1"]
    assert [(line.other_id, line.evidence_count) for line in followed.sections["rivals"]] == [("x-group-3", 2)]
    assert [(s.name, s.since, s.via) for s in followed.names] == [
        ("كتائب الاختبار", None, None), ("لواء الاختبار", "2016-01", "renamed")]
    assert followed.first_mention == "2015-03-02" and followed.last_mention == "2016-05-20"


def test_profile_sections_strength_and_places(source):
    result = profile(source, "اللواء")
    assert [(s.count, s.source) for s in result.strength] == [(300, "مراسل")]
    [place] = result.sections["places"]
    assert (place.other, place.direction) == ("تل الزيتون", "out")
    [ally] = result.sections["allies"]
    assert (ally.other, ally.direction, ally.source_count) == ("جيش السهل", "mutual", 1)


def test_unknown_name_suggests_near_names(source):
    with pytest.raises(UnknownName) as error:
        profile(source, "سرايا الواد")
    assert "سرايا الوادي" in error.value.suggestions


def test_kb_name_of_an_entity_resolves_to_its_record(source):
    assert profile(source, "فتح الشام").entity.entity_id == "jabhat-fath-al-sham"


def test_timeline_of_a_pair_in_time_order(source):
    result = timeline(source, "سرايا الوادي", "جيش السهل")
    assert [f.fact_id for f in result.facts] == ["f5", "f6"]
    whole = timeline(source, "سرايا الوادي")
    assert [f.when for f in whole.facts] == sorted(f.when for f in whole.facts)
    assert len(whole.facts) == 5


def test_contradictions_show_both_sides(source):
    [found] = contradictions(source)
    assert (found.type, found.subject, found.object) == ("TRUCE", "سرايا الوادي", "جيش السهل")
    assert [f.fact_id for f in found.affirmed] == ["f5"]
    assert [f.fact_id for f in found.denied] == ["f6"]


def test_search_matches_spelling_variants_and_locates_the_match(source):
    [hit] = search(source, "غيرت كتائب الاختبار")
    assert hit.facts[0].fact_id == "f2"
    assert hit.evidence[hit.start:hit.end] == "غيّرت كتائب الاختبار"
    assert search(source, "   ") == []


def test_search_groups_facts_of_one_passage():
    shared = "أفرجت سرايا الوادي عن أسرى جيش السهل."
    memory = MemoryRecords(ENTITIES, [fact("r1", "RELEASE", "x-group-3", "x-group-4", None, "z", evidence=shared),
                                      fact("r2", "DETENTION", "x-group-3", "x-group-4", None, "z", evidence=shared)])
    [hit] = search(memory, "افرجت")
    assert [f.type for f in hit.facts] == ["RELEASE", "DETENTION"]


def test_search_delegates_to_a_source_index(source):
    class Indexed(MemoryRecords):
        def search(self, text):
            return [SearchHit(text, 0, len(text), [])]

    assert search(Indexed(ENTITIES, FACTS), "كلمة")[0].evidence == "كلمة"


def test_analytics_on_the_whole_graph(source):
    graph = snapshot(source, as_of="2016-06")
    top = centrality(graph)
    assert top[0].member.entity_id in {"x-group-2", "x-group-3", "x-group-4"}
    assert all(r.member.type != "PLACE" for r in top)
    steps = relation_path(graph, "x-group-2", "x-group-3")
    assert [(s.source.entity_id, s.target.entity_id) for s in steps] == [("x-group-2", "x-group-3")]
    assert steps[0].relations == ("CLASH",)
    members = [m.entity_id for c in communities(graph) for m in c]
    assert sorted(members) == ["x-group-2", "x-group-3", "x-group-4"]
    assert sorted(m.entity_id for c in communities(graph, "louvain") for m in c) == sorted(members)
    with pytest.raises(UsageError):
        communities(graph, "spectral")
    assert set(ego(graph, "x-group-4").nodes) == {"x-group-4", "x-group-2", "x-group-3"}
    assert "x-place-1" not in ego(graph, "x-group-2")  # places are not ties


def test_a_denied_relation_is_no_tie():
    memory = MemoryRecords(ENTITIES, [fact("c", "CLASH", "x-group-1", "x-group-3", "2015", "a"),
                                      fact("t", "TRUCE", "x-group-3", "x-group-4", "2015", "b", negated=True)])
    graph = snapshot(memory)
    with pytest.raises(UsageError, match="no chain"):
        relation_path(graph, "x-group-1", "x-group-4")
    assert set(ego(graph, "x-group-4").nodes) == {"x-group-4"}
    with pytest.raises(UsageError, match="no relations"):
        ego(graph, "x-group-2")
