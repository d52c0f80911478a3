"""The fasail command line: parses options and hands off to the library.

Exit codes: 0 when anything succeeded, 1 when nothing did (data errors), 2 for usage errors.
Heavy modules are imported inside the commands so ``fasail --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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
