"""Knowledge store speed: ingest of generated articles (articles/s, peak memory), then as-of
edge queries on a store of a million facts inserted in bulk (median and p95 latency).

    python benchmarks/store.py --articles 20000 --facts 1000000 [--db postgresql://...] [--skip ingest]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_memory import generate  # noqa: E402

from fasail.kb.base import default_kb  # noqa: E402
from fasail.store import open_store  # noqa: E402
from fasail.store.records import SYMMETRIC_TYPES  # noqa: E402
from fasail.store.write import edge_id  # noqa: E402

#: The generated facts' dates: 2011-01-01 and the days after it up to the end of 2024.
DAYS = (dt.date(2024, 12, 31) - dt.date(2011, 1, 1)).days + 1
TYPES = ["CLASH", "ALLIANCE", "TRUCE", "AGREEMENT", "NEGOTIATION", "MERGER", "SPLIT", "AFFILIATION",
         "CONTROL", "DETENTION", "RELEASE", "MEDIATION"]


def bench_ingest(db: str, count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        generate(folder, count)
        with open_store(db) as store:
            summary = store.ingest([folder], show_progress=False)
            stats = store.stats()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ingest: {summary.written:,} articles in {summary.seconds:.0f}s = {summary.rate:.0f} articles/s "
          f"(extraction included, one core); peak RSS {peak_mb:.0f} MB; store holds "
          f"{stats['facts']:,} facts, {stats['edges']:,} edges, {stats['entities']:,} entities")


def _relations(rng: random.Random, count: int, groups: list[str]) -> list[tuple[str, str, str, bool, int]]:
    """``count`` distinct relations (type, subject, object, negated, first day); a few have
    both polarities, as a claim and its denial do."""
    found: dict[tuple[str, str, str, bool], int] = {}
    while len(found) < count:
        fact_type = rng.choice(TYPES)
        subject, obj = rng.sample(groups, 2)
        if fact_type in SYMMETRIC_TYPES and obj < subject:
            subject, obj = obj, subject
        found.setdefault((fact_type, subject, obj, rng.random() < 0.05), rng.randrange(DAYS))
    return [(*key, day) for key, day in found.items()]


def _date(day: int) -> str:
    return (dt.date(2011, 1, 1) + dt.timedelta(days=min(day, DAYS - 1))).isoformat()


def bulk_facts(db: str, count: int, groups: int, edges: int, seed: int = 11) -> None:
    """``count`` facts written straight to the tables, as a real corpus has them: many
    evidences of relatively few relations (``edges`` distinct ones among ``groups`` groups,
    KB actors first), a few relations much more reported than the rest (Zipf-like), each
    reported from its first day on for a year or so on average, over 2011-2024."""
    from sqlalchemy import insert

    from fasail.store.edges import rebuild_edges
    from fasail.store.schema import tables

    rng = random.Random(seed)
    actors = sorted(default_kb().actors)[:groups]
    names = actors + [f"x-group-{n}" for n in range(1, groups - len(actors) + 1)]
    pool = _relations(rng, edges, names)
    weights = list(itertools.accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(pool))))
    t = tables()
    per_article = 10
    started = time.perf_counter()
    with open_store(db) as store, store.engine.begin() as conn:
        for start in range(0, count, 50_000):
            articles, facts = [], []
            picks = rng.choices(pool, cum_weights=weights, k=min(50_000, count - start))
            for i, (fact_type, subject, obj, negated, first) in enumerate(picks, start=start):
                article_id = f"bulk{i // per_article:012d}"
                date = _date(first + int(rng.expovariate(1 / 365)))
                if i % per_article == 0:
                    articles.append({"article_id": article_id, "seq": 10_000_000 + i // per_article,
                                     "doc": f"{article_id}.txt", "date": date, "text": "-"})
                facts.append({
                    "fact_id": f"f{i:015d}", "article_id": article_id, "n": i % per_article,
                    "type": fact_type, "subject_id": subject, "object_id": obj, "subject": subject,
                    "object": obj, "negated": negated, "hedged": False, "time": date, "fact_when": date,
                    "rule": "bench", "passage_key": f"{article_id}:{rng.randint(0, 3)}", "status": "auto",
                    "edge_id": edge_id(fact_type, subject, obj, negated, True)})
            conn.execute(insert(t.articles), articles)
            conn.execute(insert(t.facts), facts)
        written = rebuild_edges(conn)
    print(f"bulk store: {count:,} facts as evidence of {written:,} distinct edges among {len(names):,} "
          f"groups ({count / written:.0f} facts per edge on average), written in "
          f"{time.perf_counter() - started:.0f}s")


def _latency(label: str, run: Callable[[str], int], dates: list[str], runs: int) -> None:
    """Median and p95 of ``run(date)`` over ``dates`` x ``runs``; ``run`` returns a size."""
    run(dates[0])  # warm the caches
    timings, sizes = [], []
    for date in dates:
        for _ in range(runs):
            started = time.perf_counter()
            size = run(date)
            timings.append((time.perf_counter() - started) * 1000)
        sizes.append(size)
    timings.sort()
    p95 = timings[max(int(len(timings) * 0.95) - 1, 0)]
    print(f"{label} over {len(dates)} dates x {runs}: median {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms (returning {min(sizes):,}-{max(sizes):,} edges)")


def bench_as_of(db: str, runs: int = 5) -> None:
    from fasail.graph.snapshot import snapshot

    rng = random.Random(3)
    dates = [f"{rng.randint(2011, 2024)}-{rng.randint(1, 12):02d}-01" for _ in range(12)]
    with open_store(db) as store:
        _latency("as-of edge_records", lambda d: len(list(store.edge_records(as_of=d))), dates, runs)
        _latency("as-of snapshot (networkx graph, lineage applied)",
                 lambda d: snapshot(store, as_of=d).number_of_edges(), dates, runs)


def _fresh(location: str | None, default: Path) -> str:
    """``location`` emptied (PostgreSQL), else a new SQLite file at ``default``."""
    if not location:
        return str(default)
    from fasail.store.db import create_engine
    from fasail.store.schema import tables

    engine = create_engine(location)
    tables().metadata.drop_all(engine)
    engine.dispose()
    return location


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--groups", type=int, default=2_000, help="distinct groups in the bulk store")
    parser.add_argument("--edges", type=int, default=20_000, help="distinct relations in the bulk store")
    parser.add_argument("--skip", choices=["ingest", "as-of"], help="leave one part out")
    parser.add_argument("--db", help="PostgreSQL URL (emptied first); default: SQLite files in a temp folder")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    with tempfile.TemporaryDirectory() as tmp:
        if args.skip != "ingest":
            bench_ingest(_fresh(args.db, Path(tmp) / "ingest.db"), args.articles)
        if args.skip != "as-of":
            db = _fresh(args.db, Path(tmp) / "facts.db")
            bulk_facts(db, args.facts, args.groups, args.edges)
            bench_as_of(db)


if __name__ == "__main__":
    main()
