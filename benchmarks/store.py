"""Knowledge store speed: ingest of generated articles (articles/s, peak memory), then as-of
edge queries on a store of a million facts inserted in bulk (median and p95 latency).

    python benchmarks/store.py --articles 20000 --facts 1000000 [--db postgresql://...]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_memory import generate  # noqa: E402

from fasail.kb.base import default_kb  # noqa: E402
from fasail.store import open_store  # noqa: E402
from fasail.store.records import SYMMETRIC_TYPES  # noqa: E402
from fasail.store.write import edge_id  # noqa: E402

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


def bulk_facts(db: str, count: int, seed: int = 11) -> None:
    """``count`` facts between KB actors over 2011-2024, written straight to the tables."""
    from sqlalchemy import insert

    from fasail.store.edges import rebuild_edges
    from fasail.store.schema import tables

    rng = random.Random(seed)
    actors = sorted(default_kb().actors)
    t = tables()
    per_article = 10
    started = time.perf_counter()
    with open_store(db) as store, store.engine.begin() as conn:
        for start in range(0, count, 50_000):
            articles, facts = [], []
            for i in range(start, min(start + 50_000, count)):
                article_id = f"bulk{i // per_article:012d}"
                date = f"{rng.randint(2011, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if i % per_article == 0:
                    articles.append({"article_id": article_id, "seq": 10_000_000 + i // per_article,
                                     "doc": f"{article_id}.txt", "date": date, "text": "-"})
                fact_type = rng.choice(TYPES)
                subject, obj = rng.sample(actors[: 150], 2)
                negated = rng.random() < 0.05
                facts.append({
                    "fact_id": f"f{i:015d}", "article_id": article_id, "n": i % per_article,
                    "type": fact_type, "subject_id": subject, "object_id": obj, "subject": subject,
                    "object": obj, "negated": negated, "hedged": False, "time": date, "fact_when": date,
                    "rule": "bench", "passage_key": f"{article_id}:{rng.randint(0, 3)}", "status": "auto",
                    "edge_id": edge_id(fact_type, subject, obj, negated, True)})
            conn.execute(insert(t.articles), articles)
            conn.execute(insert(t.facts), facts)
        edges = rebuild_edges(conn)
    print(f"bulk store: {count:,} facts, {edges:,} edges written in {time.perf_counter() - started:.0f}s "
          f"({len(SYMMETRIC_TYPES)} symmetric types ordered)")


def bench_as_of(db: str, runs: int = 5) -> None:
    rng = random.Random(3)
    dates = [f"{rng.randint(2011, 2024)}-{rng.randint(1, 12):02d}-01" for _ in range(12)]
    timings, sizes = [], []
    with open_store(db) as store:
        list(store.edge_records(as_of=dates[0]))  # warm the cache
        for date in dates:
            for _ in range(runs):
                started = time.perf_counter()
                edges = list(store.edge_records(as_of=date))
                timings.append((time.perf_counter() - started) * 1000)
            sizes.append(len(edges))
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"as-of edges over {len(dates)} dates x {runs}: median {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms (returning {min(sizes):,}-{max(sizes):,} edges)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--db", help="PostgreSQL URL (emptied first); default: SQLite files in a temp folder")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    with tempfile.TemporaryDirectory() as tmp:
        for step, name in ((lambda db: bench_ingest(db, args.articles), "ingest.db"),
                           (lambda db: (bulk_facts(db, args.facts), bench_as_of(db)), "facts.db")):
            db = args.db or str(Path(tmp) / name)
            if args.db:
                from fasail.store.db import create_engine
                from fasail.store.schema import tables

                tables().metadata.drop_all(create_engine(args.db))
            step(db)


if __name__ == "__main__":
    main()
