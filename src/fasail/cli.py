"""The fasail command line: parses options and hands off to the library.

Exit codes: 0 when anything succeeded, 1 when nothing did (data errors), 2 for usage errors.
Heavy modules are imported inside the commands so ``fasail --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from fasail import __version__
from fasail.errors import FasailError, UsageError

app = typer.Typer(
    name="fasail",
    help="Read Arabic news about armed groups and extract entities and facts with evidence.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _fail(error: FasailError) -> None:
    """Print one line for ``error`` and exit: 2 for usage errors, 1 otherwise."""
    typer.echo(f"fasail: {error}", err=True)
    raise typer.Exit(2 if isinstance(error, UsageError) else 1)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value!r}") from e


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(
        help="Article files (.txt, .html, .jsonl), folders (read recursively) or - for stdin.")],
    date: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) for articles whose date is not found otherwise.")] = None,
    out: Annotated[Path | None, typer.Option(
        help="Write JSON lines to this file instead of stdout.")] = None,
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", help="jsonl: one ONTOLOGY object per article; table: one row per article.")
    ] = OutputFormat.jsonl,
    manifest: Annotated[Path | None, typer.Option(
        help="CSV mapping file name → date, outlet, url (and title).")] = None,
    resume: Annotated[bool, typer.Option(
        help="With --out: skip articles already in the file and append the rest.")] = False,
    debug: Annotated[bool, typer.Option(
        help="Include dropped boilerplate in the output and list it on stderr.")] = False,
    explain: Annotated[bool, typer.Option(
        help="Print each fact with its evidence, trigger and arguments marked "
             "(on stdout with --out, else on stderr).")] = False,
) -> None:
    """Extract entities and facts from articles, writing each as soon as it is done.

    Example: fasail extract examples/articles --manifest examples/manifest.csv --out out/facts.jsonl
    """
    from fasail.run import BatchOptions, run_batch

    options = BatchOptions(
        paths=paths, default_date=_parse_date(date), out=out, table=output_format is OutputFormat.table,
        manifest=manifest, resume=resume, debug=debug, explain=explain,
    )
    try:
        summary = run_batch(options)
    except FasailError as e:
        _fail(e)
    raise typer.Exit(0 if summary.written or (summary.skipped and not summary.failed) else 1)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL in the ONTOLOGY shape.")],
    pred: Annotated[Path, typer.Argument(help="Predicted JSONL, e.g. from fasail extract.")],
    json_output: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    types: Annotated[str | None, typer.Option(help="Comma-separated fact types to score.")] = None,
    show_errors: Annotated[bool, typer.Option(help="List missed and spurious items.")] = False,
) -> None:
    """Score predictions against gold by the ONTOLOGY's rules (precision, recall, F1).

    Example: fasail evaluate examples/gold.jsonl out/examples.jsonl --show-errors
    """
    import json

    from fasail.evaluate import evaluate as run_evaluation
    from fasail.evaluate import format_report

    try:
        result, errors = run_evaluation(gold, pred, set(types.split(",")) if types else None)
    except FasailError as e:
        _fail(e)
    typer.echo(json.dumps(result, ensure_ascii=False) if json_output else format_report(result))
    if show_errors:
        typer.echo("\n".join(errors))


DbOption = Annotated[str | None, typer.Option(
    "--db", help="Store: an SQLite file path or a postgresql://user:password@host/dbname URL "
                 "(default: $FASAIL_DB, else ./fasail.db).")]


def _open(db: str | None):
    """The store at ``db``; a store that cannot be opened ends the command with its reason."""
    from fasail.store import open_store

    try:
        return open_store(db)
    except FasailError as e:
        _fail(e)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Article files (.txt, .html, .jsonl), folders (read recursively) or - for stdin.")],
    db: DbOption = None,
    manifest: Annotated[Path | None, typer.Option(
        help="CSV mapping file name → date, outlet, url (and title).")] = None,
    date: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) for articles whose date is not found otherwise.")] = None,
    batch_size: Annotated[int | None, typer.Option(
        min=1, help="Articles per transaction (default from settings: 50).")] = None,
) -> None:
    """Extract articles into the knowledge store: idempotent, resumable after a kill.

    Example: fasail ingest examples/articles --manifest examples/manifest.csv --db fasail.db
    """
    store = _open(db)
    try:
        summary = store.ingest(paths, manifest=manifest, date=_parse_date(date), batch_size=batch_size)
    except FasailError as e:
        _fail(e)
    for error in summary.errors:
        typer.echo(f"fasail: error: {error}", err=True)
    typer.echo(f"fasail: {summary.written} articles stored, {summary.skipped} already stored, "
               f"{summary.failed} failed ({summary.rate:.0f} articles/s)", err=True)
    raise typer.Exit(0 if summary.written or (summary.skipped and not summary.failed) else 1)


@app.command()
def reprocess(db: DbOption = None) -> None:
    """Re-extract every stored article with the current lexicons and KB; reviews, merges and
    splits are kept.

    Example: fasail reprocess --db fasail.db
    """
    summary = _open(db).reprocess()
    typer.echo(f"fasail: {summary.written} articles reprocessed ({summary.rate:.0f} articles/s)", err=True)


@app.command()
def merge(
    source: Annotated[str, typer.Argument(help="Entity id to merge away, e.g. x-person-12.")],
    target: Annotated[str, typer.Argument(help="Entity id that absorbs it (same type).")],
    db: DbOption = None,
) -> None:
    """Merge one stored entity into another; recorded and re-applied after reprocess.

    Example: fasail merge x-person-12 x-person-3
    """
    try:
        _open(db).merge(source, target)
    except FasailError as e:
        _fail(e)
    typer.echo(f"merged {source} into {target}")


@app.command()
def split(
    entity: Annotated[str, typer.Argument(help="Entity id whose names cover more than one entity.")],
    alias: Annotated[str | None, typer.Option(
        help="The name to move to a new entity (default: every name but the main one).")] = None,
    db: DbOption = None,
) -> None:
    """Move a name of an entity to a new entity of its own; recorded and re-applied after reprocess.

    Example: fasail split x-person-3 --alias "أبو عمر"
    """
    try:
        created = _open(db).split(entity, alias)
    except FasailError as e:
        _fail(e)
    typer.echo(f"split {entity}: new {', '.join(created)}")


@app.command()
def stats(db: DbOption = None) -> None:
    """Print how many articles, entities, facts and edges the store holds.

    Example: fasail stats --db fasail.db
    """
    store = _open(db)
    from fasail.store.db import redact

    typer.echo(f"store {redact(store.location)}")
    for name, count in store.stats().items():
        typer.echo(f"{name:<16} {count:>10,}")


kb_app = typer.Typer(help="Check and browse the knowledge base (groups, states, persons, outlets, places).",
                     no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("check")
def kb_check() -> None:
    """Validate the knowledge base files and print what they hold.

    Example: fasail kb check
    """
    from collections import Counter

    from fasail.kb.loader import load_kb_entities

    try:
        actors, places = load_kb_entities()
    except FasailError as e:
        _fail(e)
    counts = Counter(e.type for e in actors)
    levels = Counter(p.level or p.kind or "other" for p in places)
    typer.echo("knowledge base OK: " + ", ".join(f"{n} {t.lower()}s" for t, n in sorted(counts.items())))
    typer.echo("places: " + ", ".join(f"{n} {level}" for level, n in sorted(levels.items())))


@kb_app.command("show")
def kb_show(
    name: Annotated[str, typer.Argument(help="Any name, alias or id, e.g. النصرة or jabhat-al-nusra.")],
) -> None:
    """Show every knowledge base entry a name or id refers to, with its dated successions.

    Example: fasail kb show "جبهة النصرة"
    """
    from fasail.kb.base import default_kb
    from fasail.kb.show import describe

    try:
        kb = default_kb()
    except FasailError as e:
        _fail(e)
    found = kb.find(name)
    if not found:
        _fail(UsageError(f"no knowledge base entry is named {name!r}"))
    typer.echo("\n\n".join(describe(entity, kb) for entity in found))


query_app = typer.Typer(
    help="Ask the knowledge graph: snapshots, group profiles, timelines, contradictions, evidence "
         "search and network analytics. Read extract output (--from) or a store (--db).",
    no_args_is_help=True)
app.add_typer(query_app, name="query")

FromOption = Annotated[Path | None, typer.Option(
    "--from", help="fasail extract JSONL output to query (no store needed).")]
DbOption = Annotated[str | None, typer.Option(help="Knowledge store: SQLite path or postgresql:// URL.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
AsOfOption = Annotated[str | None, typer.Option(
    help="Date (YYYY, YYYY-MM or YYYY-MM-DD): relations known by then, under the names valid then.")]
NameArgument = Annotated[str, typer.Argument(help="A name, alias or id of an entity, e.g. النصرة.")]


def _answer(compute: Callable[[Any], Any], render: str, from_path: Path | None, db: str | None,
            as_json: bool) -> None:
    """Open the records, compute the answer, print it as JSON or with ``fasail.graph.show.<render>``."""
    import json

    from fasail.graph import show
    from fasail.graph.load import open_source

    try:
        result = compute(open_source(from_path, db))
    except FasailError as e:
        _fail(e)
    if as_json:
        typer.echo(json.dumps(show.jsonable(result), ensure_ascii=False, indent=1))
    else:
        from rich.console import Console

        Console().print(getattr(show, render)(result))


def _graph(source: Any, as_of: str | None) -> Any:
    """The relation graph the analytics read: all relations, or the snapshot at ``as_of``."""
    from fasail.graph import snapshot
    from fasail.graph.dates import parse_partial

    return snapshot(source, parse_partial(as_of) if as_of else None)


def _node(source: Any, graph: Any, name: str) -> str:
    """The graph node of the entity called ``name``."""
    from fasail.graph.names import resolve
    from fasail.graph.snapshot import node_of
    from fasail.kb.base import default_kb

    return node_of(graph, resolve(source, name, default_kb()).entity_id)


@query_app.command("overview")
def query_overview(
    top: Annotated[int, typer.Option(help="How many of the most connected groups to list.")] = 5,
    from_path: FromOption = None, db: DbOption = None, json_output: JsonOption = False,
) -> None:
    """How many articles, groups and relations; the most connected groups; the profile of
    the first of them.

    Example: fasail query overview --db out/fasail.db
    """
    from fasail.graph.overview import overview

    _answer(lambda src: overview(src, top), "overview_view", from_path, db, json_output)


@query_app.command("snapshot")
def query_snapshot(as_of: AsOfOption = None, from_path: FromOption = None, db: DbOption = None,
                   json_output: JsonOption = False) -> None:
    """The network of relations valid at a date (renamed groups under their name then,
    absorbed groups marked), or every relation without --as-of.

    Example: fasail query snapshot --as-of 2016-06 --from out/examples.jsonl
    """
    _answer(lambda src: _graph(src, as_of), "snapshot_table", from_path, db, json_output)


@query_app.command("profile")
def query_profile(
    name: NameArgument,
    follow_renames: Annotated[bool, typer.Option(
        help="Count the facts of the group's earlier and later names as its own.")] = False,
    from_path: FromOption = None, db: DbOption = None, json_output: JsonOption = False,
) -> None:
    """A group's profile: names over time, leaders, strength, affiliations, allies, rivals,
    splinters, mergers and places, each with its evidence count.

    Example: fasail query profile "هيئة تحرير الشام" --from out/examples.jsonl
    """
    from fasail.graph import profile

    _answer(lambda src: profile(src, name, follow_renames=follow_renames), "profile_view",
            from_path, db, json_output)


@query_app.command("timeline")
def query_timeline(
    name: NameArgument,
    other: Annotated[str | None, typer.Argument(help="A second entity: only facts of the pair.")] = None,
    follow_renames: Annotated[bool, typer.Option(help="Include facts of the other names.")] = False,
    from_path: FromOption = None, db: DbOption = None, json_output: JsonOption = False,
) -> None:
    """The facts of an entity, or of a pair of entities, in time order with evidence.

    Example: fasail query timeline "جيش الإسلام" "فيلق الرحمن" --from out/examples.jsonl
    """
    from fasail.graph import timeline

    _answer(lambda src: timeline(src, name, other, follow_renames=follow_renames), "timeline_table",
            from_path, db, json_output)


@query_app.command("contradictions")
def query_contradictions(from_path: FromOption = None, db: DbOption = None,
                         json_output: JsonOption = False) -> None:
    """Relations that one source affirms and another denies, with each side's evidence.

    Example: fasail query contradictions --from out/examples.jsonl
    """
    from fasail.graph import contradictions

    _answer(contradictions, "contradictions_view", from_path, db, json_output)


@query_app.command("search")
def query_search(
    text: Annotated[str, typer.Argument(help="Words to find in evidence (Arabic spelling variants match).")],
    limit: Annotated[int, typer.Option(help="At most this many passages.")] = 50,
    from_path: FromOption = None, db: DbOption = None, json_output: JsonOption = False,
) -> None:
    """Full-text search of the evidence passages behind facts.

    Example: fasail query search "إطلاق سراح" --from out/examples.jsonl
    """
    from fasail.graph import search

    _answer(lambda src: search(src, text, limit), "hits_table", from_path, db, json_output)


@query_app.command("central")
def query_central(
    top: Annotated[int, typer.Option(help="How many actors to list.")] = 20,
    as_of: AsOfOption = None, from_path: FromOption = None, db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """The most connected actors (degree and betweenness over affirmed relations).

    Example: fasail query central --top 10 --from out/examples.jsonl
    """
    from fasail.graph import centrality

    _answer(lambda src: centrality(_graph(src, as_of), top), "centrality_table", from_path, db, json_output)


@query_app.command("communities")
def query_communities(
    method: Annotated[str, typer.Option(help="greedy (modularity) or louvain.")] = "greedy",
    as_of: AsOfOption = None, from_path: FromOption = None, db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """Clusters of densely tied actors.

    Example: fasail query communities --method louvain --from out/examples.jsonl
    """
    from fasail.graph import communities

    _answer(lambda src: communities(_graph(src, as_of), method), "communities_table",
            from_path, db, json_output)


@query_app.command("path")
def query_path(
    first: NameArgument,
    second: NameArgument,
    as_of: AsOfOption = None, from_path: FromOption = None, db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """The shortest chain of relations between two actors.

    Example: fasail query path "حراس الدين" "حركة نور الدين الزنكي" --from out/examples.jsonl
    """
    from fasail.graph import relation_path

    def compute(src: Any) -> Any:
        graph = _graph(src, as_of)
        return relation_path(graph, _node(src, graph, first), _node(src, graph, second))

    _answer(compute, "path_table", from_path, db, json_output)


@query_app.command("ego")
def query_ego(
    name: NameArgument,
    radius: Annotated[int, typer.Option(help="How many ties away to reach.")] = 1,
    as_of: AsOfOption = None, from_path: FromOption = None, db: DbOption = None,
    json_output: JsonOption = False,
) -> None:
    """An actor's neighbourhood: every entity within --radius ties and the relations among them.

    Example: fasail query ego "فيلق الرحمن" --from out/examples.jsonl
    """
    from fasail.graph import ego

    def compute(src: Any) -> Any:
        graph = _graph(src, as_of)
        return ego(graph, _node(src, graph, name), radius)

    _answer(compute, "snapshot_table", from_path, db, json_output)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    acled = "acled"
    graphml = "graphml"
    gexf = "gexf"
    neo4j = "neo4j"


@app.command("export")
def export_command(
    output_format: Annotated[ExportFormat, typer.Option(
        "--format", help="jsonl (ONTOLOGY shape), acled (event CSV), graphml or gexf (Gephi), "
                         "neo4j (bulk-import CSVs in a folder).")],
    out: Annotated[Path, typer.Option(help="File to write (a folder for neo4j).")],
    as_of: AsOfOption = None, from_path: FromOption = None, db: DbOption = None,
) -> None:
    """Write the facts or the relation graph for other tools.

    Example: fasail export --format gexf --out out/graph.gexf --from out/examples.jsonl
    """
    from fasail.export import export
    from fasail.graph.dates import parse_partial
    from fasail.graph.load import open_source

    try:
        written = export(open_source(from_path, db), output_format.value, out,
                         as_of=parse_partial(as_of) if as_of else None)
    except FasailError as e:
        _fail(e)
    typer.echo(f"fasail: wrote {', '.join(str(p) for p in written)}", err=True)


@app.command()
def serve(
    db: Annotated[Path | None, typer.Option(help="A fasail store database to serve.")] = None,
    source: Annotated[Path | None, typer.Option(
        "--from", help="Serve `fasail extract` JSONL from memory instead of a store.")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on; any but loopback needs a token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="FASAIL_TOKEN", help="Require this token on every request (Bearer header or ?token= once).")
    ] = None,
    read_only: Annotated[bool, typer.Option(help="Refuse review writes (403).")] = False,
) -> None:
    """Serve the REST API and the web UI (network, profiles, timelines, map, review).

    Example: fasail serve --from out/examples.jsonl  (then open http://127.0.0.1:8000/)
    """
    from fasail.api.serve import open_backend
    from fasail.api.serve import serve as run_server

    try:
        run_server(open_backend(db, source), host=host, port=port, token=token, read_only=read_only)
    except FasailError as e:
        _fail(e)


@app.command()
def version() -> None:
    """Print the fasail version."""
    typer.echo(f"fasail {__version__}")


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
