import json

from tests.articles import CLASH_REPORT, COMMENTS_TAIL, SYNDICATED_COPY, SYNDICATION_SOURCE
from typer.testing import CliRunner

from fasail import __version__
from fasail.cli import app

runner = CliRunner()


def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_source.txt").write_text(SYNDICATION_SOURCE, "utf-8")
    (folder / "b_copy.txt").write_text(SYNDICATED_COPY, "utf-8")
    (folder / "c_clash.txt").write_text(CLASH_REPORT + COMMENTS_TAIL, "utf-8")
    return folder


def lines(path):
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_help_documents_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "evaluate", "version", "ingest", "reprocess", "merge", "split", "stats"):
        assert command in result.output
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and len(sub.output) > 100


def test_version():
    assert runner.invoke(app, ["version"]).output.strip() == f"fasail {__version__}"


def test_extract_writes_one_ontology_object_per_article(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(articles(tmp_path)), "--out", str(out),
                                 "--date", "2019-03-01"])
    assert result.exit_code == 0, result.output
    rows = lines(out)
    assert [r["doc"] for r in rows] == ["a_source.txt", "b_copy.txt", "c_clash.txt"]
    for row in rows:
        assert {"doc", "date", "entities", "facts"} <= row.keys()
        assert row["date"] == "2019-03-01"
    assert rows[1]["shared_passages"][0]["other_doc"] == "a_source.txt"
    assert "b_copy.txt re-runs text of a_source.txt" in result.output
    assert "حسبنا الله" not in rows[2]["text"]


def test_debug_shows_dropped_boilerplate(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(articles(tmp_path)), "--out", str(out), "--debug"])
    assert result.exit_code == 0
    clash = lines(out)[2]
    assert any("حسبنا الله" in block["text"] for block in clash["dropped"])
    assert "dropped comments" in result.output


def test_table_format(tmp_path):
    result = runner.invoke(app, ["extract", str(articles(tmp_path)), "--format", "table"])
    assert result.exit_code == 0
    assert "doc\tdate\toutlet\tentities\tfacts\tdropped\tshared" in result.output


def test_json_lines_go_to_stdout_without_out(tmp_path):
    result = runner.invoke(app, ["extract", str(articles(tmp_path) / "c_clash.txt")])
    assert result.exit_code == 0
    row = json.loads(result.stdout.splitlines()[0])
    assert row["doc"] == "c_clash.txt" and row["facts"]


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    """The batch freezes what its first article loads, and thaws it at the end."""
    import gc

    from fasail.run import BatchOptions, run_batch

    threshold = gc.get_threshold()
    summary = run_batch(BatchOptions(paths=[str(articles(tmp_path))], out=tmp_path / "out.jsonl"))
    assert summary.written == 3
    assert gc.get_threshold() == threshold and gc.get_freeze_count() == 0


def test_exit_codes_bad_items_and_usage(tmp_path):
    (tmp_path / "empty.txt").write_text("", "utf-8")
    good = articles(tmp_path) / "c_clash.txt"
    mixed = runner.invoke(app, ["extract", str(tmp_path / "empty.txt"), str(good)])
    assert mixed.exit_code == 0
    assert "empty.txt: file is empty [E101]" in mixed.output
    only_bad = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert only_bad.exit_code == 1
    assert runner.invoke(app, ["extract", str(good), "--date", "yesterday"]).exit_code == 2
    missing_manifest = runner.invoke(app, ["extract", str(good), "--manifest", str(tmp_path / "no.csv")])
    assert missing_manifest.exit_code == 2 and "cannot read manifest" in missing_manifest.output


def test_resume_skips_done_articles_and_repairs_a_half_written_line(tmp_path):
    folder = articles(tmp_path)
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["extract", str(folder), "--out", str(out)])
    full = out.read_text("utf-8")
    first_two = "".join(full.splitlines(keepends=True)[:2])
    out.write_text(first_two + full.splitlines()[2][:50], "utf-8")  # crash mid-line
    result = runner.invoke(app, ["extract", str(folder), "--out", str(out), "--resume"])
    assert result.exit_code == 0
    assert "1 articles written" in result.output and "2 already done" in result.output
    assert [r["doc"] for r in lines(out)] == ["a_source.txt", "b_copy.txt", "c_clash.txt"]


def test_evaluate_command(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "entities": [
        {"name": "هيئة تحرير الشام", "type": "GROUP", "aliases": []}], "facts": []},
        ensure_ascii=False), "utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), str(gold), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["entities"]["MICRO"]["f1"] == 1.0
    assert runner.invoke(app, ["evaluate", str(gold), str(tmp_path / "none.jsonl")]).exit_code == 2


def test_ingest_and_stats_commands(tmp_path):
    db = str(tmp_path / "cli.db")
    folder = articles(tmp_path)
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    stats = runner.invoke(app, ["stats", "--db", db])
    assert stats.exit_code == 0 and "articles" in stats.output
    counts = dict(line.split() for line in stats.output.splitlines()[1:])
    assert counts["articles"] == "3" and int(counts["facts"].replace(",", "")) > 0
    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert again.exit_code == 0 and runner.invoke(app, ["stats", "--db", db]).output == stats.output


def test_store_errors_exit_with_one_line(tmp_path):
    result = runner.invoke(app, ["stats", "--db", "mysql://somewhere/db"])
    assert result.exit_code == 1 and "unsupported database URL" in result.output
    result = runner.invoke(app, ["merge", "x-person-1", "x-person-2", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2 and "no entity 'x-person-1'" in result.output
