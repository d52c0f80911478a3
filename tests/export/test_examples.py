"""End to end on the bundled examples: extract, then query and export through the CLI."""

import csv
import json

import networkx as nx
import pytest
from tests.conftest import EXAMPLES
from typer.testing import CliRunner

from fasail.cli import app
from fasail.evaluate import evaluate
from fasail.export.facts import ACLED_COLUMNS, acled_mapping
from fasail.graph.load import load_extract

runner = CliRunner()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    out = tmp_path_factory.mktemp("examples") / "examples.jsonl"
    result = runner.invoke(app, ["extract", str(EXAMPLES / "articles"), "--manifest",
                                 str(EXAMPLES / "manifest.csv"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def query(extracted, *args):
    result = runner.invoke(app, ["query", *args, "--from", str(extracted), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_syndicated_passage_counts_once(extracted):
    source = load_extract(extracted)
    copied = [f for f in source.fact_records() if f.passage_key]
    assert {f.doc for f in copied} == {"ex02_split_hama.txt", "ex09_syndicated_copy.txt"}
    leader = [e for e in source.edge_records() if e.type == "LEADERSHIP" and e.object_id == "hurras-al-din"]
    assert [(e.evidence_count, e.source_count) for e in leader] == [(2, 1)]


def test_snapshot_as_of_leaves_out_later_relations(extracted):
    graph = query(extracted, "snapshot", "--as-of", "2016-06")
    assert graph["as_of"] == "2016-06" and graph["edges"]
    assert all(e["first_time"][:7] <= "2016-06" for e in graph["edges"])
    ids = {n["id"] for n in graph["nodes"]}
    assert {"jaysh-al-islam", "faylaq-al-rahman"} <= ids and "hayat-tahrir-al-sham" not in ids


def test_profile_of_a_group(extracted):
    result = query(extracted, "profile", "الهيئة")
    assert result["entity"]["entity_id"] == "hayat-tahrir-al-sham"
    rivals = {line["other"] for line in result["sections"]["rivals"]}
    assert {"حركة نور الدين الزنكي", "الجبهة الوطنية للتحرير"} <= rivals
    followed = query(extracted, "profile", "جبهة النصرة", "--follow-renames")
    assert [s["name"] for s in followed["names"]] == ["جبهة النصرة", "جبهة فتح الشام", "هيئة تحرير الشام"]


def test_timeline_contradictions_and_search(extracted):
    pair = query(extracted, "timeline", "جيش الإسلام", "فيلق الرحمن")
    dated = [f["time"] or f["article_date"] for f in pair["facts"]]
    assert len(dated) >= 10 and dated == sorted(dated)
    found = query(extracted, "contradictions")
    assert found  # which relation is contested depends on extraction; tests/graph pins the logic
    for c in found:
        assert c["affirmed"] and c["denied"]
        assert {f["article_id"] for f in c["affirmed"]} != {f["article_id"] for f in c["denied"]}
    hits = query(extracted, "search", "افراج")
    assert hits and all("إفراج" in h["evidence"][h["start"]:h["end"]] for h in hits)


def test_analytics_commands(extracted):
    top = query(extracted, "central", "--top", "3")
    assert top[0]["member"]["entity_id"] == "hayat-tahrir-al-sham"
    assert len(query(extracted, "communities")) >= 2
    path = query(extracted, "path", "حراس الدين", "حركة نور الدين الزنكي")
    assert path[0]["source"]["name"] == "حراس الدين" and path[-1]["target"]["name"] == "حركة نور الدين الزنكي"
    around = query(extracted, "ego", "فيلق الرحمن")
    assert "jaysh-al-islam" in {n["id"] for n in around["nodes"]}


def test_tables_for_people(extracted):
    result = runner.invoke(app, ["query", "profile", "هيئة تحرير الشام", "--from", str(extracted)])
    assert result.exit_code == 0 and "Rivals" in result.output and "Names over time" in result.output


def test_unknown_name_is_a_usage_error_with_suggestions(extracted):
    result = runner.invoke(app, ["query", "profile", "جيش الاسلامي", "--from", str(extracted)])
    assert result.exit_code == 2
    assert "جيش الإسلام" in result.output


def test_queries_read_the_store_as_they_read_extract_output(extracted, tmp_path):
    db = str(tmp_path / "kb.sqlite")
    ingested = runner.invoke(app, ["ingest", str(EXAMPLES / "articles"), "--manifest",
                                   str(EXAMPLES / "manifest.csv"), "--db", db])
    assert ingested.exit_code == 0, ingested.output
    from_store = runner.invoke(app, ["query", "profile", "هيئة تحرير الشام", "--db", db, "--json"])
    assert from_store.exit_code == 0, from_store.output
    store_rivals = {line["other_id"] for line in json.loads(from_store.stdout)["sections"]["rivals"]}
    file_rivals = {line["other_id"] for line in query(extracted, "profile", "هيئة تحرير الشام")["sections"]["rivals"]}
    in_kb = {i for i in file_rivals if not i.startswith("x-")}  # store-made ids differ per source
    assert in_kb and {i for i in store_rivals if not i.startswith("x-")} == in_kb
    assert len(store_rivals) == len(file_rivals)
    both = runner.invoke(app, ["query", "contradictions"])
    assert both.exit_code == 2


def export(extracted, tmp_path, fmt, *extra):
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--from", str(extracted), *extra])
    assert result.exit_code == 0, result.output
    return out


def test_jsonl_export_scores_like_the_extraction(extracted, tmp_path):
    out = export(extracted, tmp_path, "jsonl")
    gold = EXAMPLES / "gold.jsonl"
    original, _ = evaluate(gold, extracted)
    exported, _ = evaluate(gold, out)
    assert exported["facts"] == original["facts"]
    docs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert all({"doc", "date", "entities", "facts"} <= d.keys() for d in docs)


def test_graph_exports_read_back(extracted, tmp_path):
    graphml = nx.read_graphml(export(extracted, tmp_path, "graphml"))
    expected = query(extracted, "snapshot")
    assert graphml.number_of_nodes() == len(expected["nodes"])
    assert graphml.number_of_edges() == len(expected["edges"])
    assert {d["type"] for _, _, d in graphml.edges(data=True)} >= {"CLASH", "RENAME"}
    gexf = nx.read_gexf(export(extracted, tmp_path, "gexf"))
    assert gexf.number_of_edges() == len(expected["edges"])
    dated = [d for _, _, d in gexf.edges(data=True) if "start" in d]
    assert dated and all(len(d["start"]) == 10 and d["start"] <= d["end"] for d in dated)
    assert gexf.graph["mode"] == "dynamic"


def test_graph_export_as_of(extracted, tmp_path):
    graph = nx.read_graphml(export(extracted, tmp_path, "graphml", "--as-of", "2016-06"))
    assert graph.graph["as_of"] == "2016-06"
    assert all(d["first_time"][:7] <= "2016-06" for _, _, d in graph.edges(data=True))


def test_acled_csv(extracted, tmp_path):
    with export(extracted, tmp_path, "acled").open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert tuple(reader.fieldnames) == ACLED_COLUMNS
    mapped = acled_mapping()["event_types"]
    allowed = {(k["event_type"], sub) for k in mapped.values()
               for sub in (k["sub_event_type"], *k.get("sub_event_type_by_subject", {}).values())}
    assert rows and {(r["event_type"], r["sub_event_type"]) for r in rows} <= allowed
    clashes = [r for r in rows if r["event_type"] == "Battles" and r["sub_event_type"] == "Armed clash"]
    assert clashes and any(int(r["fatalities"]) > 0 for r in clashes)
    execution = next(r for r in rows if r["event_type"] == "Violence against civilians" and r["sub_event_type"] == "Attack")
    assert execution["location"] and execution["notes"] and execution["article_url"].startswith("https://")
    assert len({r["fact_id"] for r in rows}) == len(rows)


def test_neo4j_csvs(extracted, tmp_path):
    out = export(extracted, tmp_path, "neo4j")
    with (out / "nodes.csv").open(encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with (out / "relationships.csv").open(encoding="utf-8") as f:
        relationships = list(csv.DictReader(f))
    assert {"entity_id:ID", ":LABEL", "name"} <= nodes[0].keys()
    assert {":START_ID", ":END_ID", ":TYPE", "evidence_count:int"} <= relationships[0].keys()
    ids = {n["entity_id:ID"] for n in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in relationships)
    assert {n[":LABEL"] for n in nodes} <= {"GROUP", "STATE", "PERSON", "PLACE", "OUTLET"}


def test_help_lists_query_and_export_and_stays_light():
    import subprocess
    import sys

    result = runner.invoke(app, ["query", "--help"])
    assert result.exit_code == 0
    for command in ("snapshot", "profile", "timeline", "contradictions", "search", "central", "communities",
                    "path", "ego"):
        assert command in result.output
    assert "--format" in runner.invoke(app, ["export", "--help"]).output
    code = "import sys, fasail.cli; sys.exit('networkx' in sys.modules or 'fasail.graph' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_overview_counts_and_profiles_the_most_connected_group(extracted):
    result = query(extracted, "overview", "--top", "3")
    assert result["articles"] == 10 and result["groups"] >= 10 and result["relations"] > 0
    top = [c["member"]["entity_id"] for c in result["most_connected"]]
    assert len(top) == 3 and result["profile"]["entity"]["entity_id"] == top[0]
