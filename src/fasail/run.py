"""Run a batch: read articles, pass each through the pipeline, stream the results out.

Each article is written (and flushed) as soon as it is done, so memory stays flat over
any number of files and a crash loses nothing already written; ``resume`` skips the
articles an earlier, interrupted run already wrote.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import orjson

from fasail.document import Document
from fasail.errors import InputError
from fasail.pipeline import RunContext, Stage, build_pipeline, run
from fasail.settings import load_settings

#: Stages of ``fasail extract``, in order.
EXTRACT_STAGES = ["dedup", "entities", "facts"]
#: Above this many articles the closing summary gives totals only.
SUMMARY_ROWS = 40
#: Pairs of articles sharing a passage listed in the closing summary.
SHARED_LISTED = 20
#: Net new container objects between two young-generation garbage collections during a
#: batch (Python's default is 700).
GC_YOUNG_THRESHOLD = 10_000


@dataclass
class BatchOptions:
    paths: list[str]
    default_date: dt.date | None = None
    out: Path | None = None
    table: bool = False
    manifest: Path | None = None
    resume: bool = False
    debug: bool = False
    explain: bool = False


@dataclass
class RunCounts:
    """What a run over many articles did, for `extract` and `ingest` alike."""

    written: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.written / self.seconds if self.seconds else 0.0


@dataclass
class BatchSummary(RunCounts):
    shared: list[tuple[str, str]] = field(default_factory=list)
    shared_count: int = 0
    rows: list[tuple[str, str, str, int, int, int, int]] = field(default_factory=list)


def _done_docs(path: Path) -> set[str]:
    """Docs already in ``path``; a half-written last line from a crash is cut off."""
    if not path.exists():
        return set()
    done = set()
    with open(path, "r+", encoding="utf-8") as f:
        good_end = 0
        for line in iter(f.readline, ""):
            if not line.endswith("\n"):
                break
            try:
                done.add(json.loads(line)["doc"])
            except (json.JSONDecodeError, KeyError):
                break
            good_end = f.tell()
        f.truncate(good_end)
    return done


@contextmanager
def _output(options: BatchOptions) -> Iterator[IO[bytes]]:
    """Where the JSON lines go, as bytes: orjson writes UTF-8, which a text stream would
    decode only to encode again."""
    if options.out is None:
        sys.stdout.flush()
        yield sys.stdout.buffer
        return
    options.out.parent.mkdir(parents=True, exist_ok=True)
    with open(options.out, "ab" if options.resume else "wb") as f:
        yield f


def _table_row(doc: Document) -> tuple[str, str, str, int, int, int, int]:
    return (doc.doc, doc.date.isoformat() if doc.date else "-", doc.outlet or "-",
            len(doc.entities), len(doc.facts), len(doc.dropped), len(doc.shared_passages))


@contextmanager
def progress(enabled: bool, label: str = "articles"):
    """A rich progress line with articles/s on stderr, only when stderr is a terminal."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    started = time.perf_counter()
    with Progress(SpinnerColumn(), TextColumn("{task.completed} " + label),
                  TextColumn("{task.fields[rate]:.0f} articles/s"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extract", rate=0.0)

        def advance() -> None:
            done = progress.tasks[0].completed + 1
            progress.update(task, completed=done, rate=done / max(time.perf_counter() - started, 1e-6))

        yield advance


@contextmanager
def sparse_gc() -> Iterator[Callable[[], None]]:
    """Rarer cyclic garbage collection inside: the stages free an article's objects by
    reference counting (they make next to no reference cycles), but each article builds
    thousands of short-lived containers, so at the default threshold the collector ran
    about 650 times per 1,000 articles, its full passes walking the knowledge base and
    lexicons each time (some 6% of the CPU time of a batch). Garbage cycles, if any, are
    still collected, only later.

    Yields ``settle``, to call once the first article has loaded the knowledge base, lexicons
    and automata: it moves every object alive then out of the collector's sight
    (``gc.freeze``), since they last the whole batch and each pass walked them all (1.6% of
    the instructions per article). They are handed back to it at the end."""
    previous = gc.get_threshold()
    ours = gc.get_freeze_count() == 0  # never thaw what the caller froze
    gc.set_threshold(GC_YOUNG_THRESHOLD, *previous[1:])
    try:
        yield gc.freeze
    finally:
        if ours:
            gc.unfreeze()
        gc.set_threshold(*previous)


def extract_stages() -> list[Stage]:
    """The pipeline of ``fasail extract`` (also used by the store, so both extract alike)."""
    from fasail.extract import stage as _extract_stage  # noqa: F401  (registers "facts")
    from fasail.ingest import stages as _ingest_stages  # noqa: F401  (registers "dedup")
    from fasail.recognize import stage as _recognize_stage  # noqa: F401  (registers "entities")

    return build_pipeline(EXTRACT_STAGES)


def extract_text(text: str, date: dt.date | None = None, *, doc: str = "text") -> dict:
    """The output object (entities, facts) of one article given as a string.

    Raises an InputError when ``text`` is not an Arabic article."""
    from fasail.ingest.reader import build_document
    from fasail.ingest.sources import RawArticle

    settings = load_settings()
    raw = RawArticle(doc=doc, path=doc, content=text, kind="text")
    document = build_document(raw, {}, date, None,
                              min_arabic_letters=settings["ingest"]["min_arabic_letters"])
    return run(document, extract_stages(), RunContext(settings=settings)).to_json()


def run_batch(options: BatchOptions) -> BatchSummary:
    """Extract every article of ``options.paths``; returns what happened."""
    with sparse_gc() as settle:
        return _run_batch(options, settle)


def _run_batch(options: BatchOptions, settle: Callable[[], None]) -> BatchSummary:
    from fasail.ingest.metadata import load_manifest
    from fasail.ingest.reader import read_articles

    stages = extract_stages()
    manifest = load_manifest(str(options.manifest)) if options.manifest else None
    done = _done_docs(options.out) if options.resume and options.out else set()
    ctx = RunContext(settings=load_settings())
    summary = BatchSummary()
    started = time.perf_counter()
    with _output(options) as out, progress(sys.stderr.isatty()) as advance:
        if options.table:
            out.write(b"doc\tdate\toutlet\tentities\tfacts\tdropped\tshared\n")
        for item in read_articles(options.paths, manifest=manifest,
                                  default_date=options.default_date):
            if isinstance(item, InputError):
                summary.failed += 1
                summary.errors.append(str(item))
                print(f"fasail: skipped {item}", file=sys.stderr)
                continue
            doc = run(item, stages, ctx)  # also for done articles: batch state (dedup) needs them
            if summary.written + summary.skipped == 0:
                settle()  # the first article loaded what the batch keeps (see sparse_gc)
            if item.doc in done:
                summary.skipped += 1
                continue
            if options.table:
                out.write(("\t".join(map(str, _table_row(doc))) + "\n").encode())
            else:
                out.write(orjson.dumps(doc.to_json(debug=options.debug), option=orjson.OPT_APPEND_NEWLINE))
            out.flush()
            if options.explain:
                _explain(doc, sys.stdout if options.out else sys.stderr)
            if options.debug:
                for block in doc.dropped:
                    print(f"fasail: {doc.doc}: dropped {block.reason}: {block.text.strip()[:100]}",
                          file=sys.stderr)
            summary.written += 1
            if len(summary.rows) <= SUMMARY_ROWS:  # only shown for small batches
                summary.rows.append(_table_row(doc))
            advance()
    summary.seconds = time.perf_counter() - started
    index = ctx.state.get("passage_index")
    summary.shared = list(index.pairs) if index else []
    summary.shared_count = index.pair_count if index else 0
    print_summary(summary, options, sys.stderr)
    return summary


def _explain(doc: Document, stream: IO[str]) -> None:
    """Each fact of ``doc`` with its evidence marked up (for --explain)."""
    from fasail.extract.explain import explain

    stream.write(f"== {doc.doc}: {len(doc.facts)} facts\n")
    for fact in doc.facts:
        stream.write(explain(fact, doc.text) + "\n")


def print_summary(summary: BatchSummary, options: BatchOptions, stream: IO[str]) -> None:
    """A readable account of the batch: per-article rows when few, totals, shared passages."""
    if summary.rows and summary.written <= SUMMARY_ROWS:
        stream.write(f"{'doc':<40} {'date':<10} {'outlet':<28} ent  fact drop shared\n")
        for doc, date, outlet, ents, facts, dropped, shared in summary.rows:
            stream.write(f"{doc[:40]:<40} {date:<10} {outlet[:28]:<28} {ents:>3} {facts:>5} "
                         f"{dropped:>4} {shared:>6}\n")
    rate = summary.written / summary.seconds if summary.seconds else 0.0
    where = f" to {options.out}" if options.out else ""
    stream.write(f"fasail: {summary.written} articles written{where}, {summary.failed} failed, "
                 f"{summary.skipped} already done ({rate:.0f} articles/s)\n")
    for first, second in summary.shared[:SHARED_LISTED]:
        stream.write(f"fasail: shared passage: {second} re-runs text of {first}\n")
    if summary.shared_count > SHARED_LISTED:
        stream.write(f"fasail: … and {summary.shared_count - SHARED_LISTED} more pairs sharing "
                     "passages (see shared_passages in the output)\n")
    for error in summary.errors:
        stream.write(f"fasail: error: {error}\n")
