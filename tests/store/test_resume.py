"""`fasail ingest` killed with SIGKILL at random moments, then run again, ends with exactly
the store an uninterrupted run makes; the seed corpus keeps its shared passage as one source."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.articles import CLASH_AFFIRMED, CLASH_DENIED, CLASH_REPORT, SYNDICATED_COPY, SYNDICATION_SOURCE

from fasail.store import open_store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FASAIL = Path(sys.executable).with_name("fasail")
KILLS = 6


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(EXAMPLES / "articles", folder)
    for name, text in [("t1_clash.txt", CLASH_REPORT), ("t2_source.txt", SYNDICATION_SOURCE),
                       ("t3_copy.txt", SYNDICATED_COPY), ("t4_affirmed.txt", CLASH_AFFIRMED),
                       ("t5_denied.txt", CLASH_DENIED)]:
        (folder / name).write_text(text, "utf-8")
    (folder / "t6_broken.txt").write_bytes(b"\x00\xff" * 50)
    return folder


def _ingest(folder: Path, db: str) -> list[str]:
    return [str(FASAIL), "ingest", str(folder), "--db", db, "--manifest", str(EXAMPLES / "manifest.csv"),
            "--date", "2017-07-18", "--batch-size", "2"]


def _stored(db: str) -> int:
    with open_store(db) as store:
        return store.stats()["articles"]


def _wait_for_progress(db: str, before: int, proc: subprocess.Popen, timeout: float) -> None:
    """Return once the running ingest has committed past ``before`` articles (or ended)."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline and _stored(db) <= before:
        time.sleep(0.05)


def _dump(db: str) -> dict:
    with open_store(db) as store:
        return store.canonical_dump()


def test_killed_ingest_resumes_to_the_uninterrupted_store(db_location, wipe, tmp_path):
    folder = _corpus(tmp_path)
    started = time.perf_counter()
    subprocess.run(_ingest(folder, db_location), check=False, capture_output=True)
    full_run = time.perf_counter() - started
    expected = _dump(db_location)
    assert len(expected["articles"]) == 15
    wipe()
    rng = random.Random(20240601)
    stored_after_kills = [0]
    for _ in range(KILLS):
        proc = subprocess.Popen(_ingest(folder, db_location), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        _wait_for_progress(db_location, stored_after_kills[-1], proc, timeout=full_run * 3)
        time.sleep(rng.uniform(0.0, 0.3))  # a random moment of the ingest, inside or between batches
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored_after_kills.append(_stored(db_location))
    assert any(0 < n < 15 for n in stored_after_kills), stored_after_kills  # killed mid-ingest
    final = subprocess.run(_ingest(folder, db_location), capture_output=True, text=True)
    assert "t6_broken.txt" in final.stderr, final.stderr  # reported; the batch went on
    assert _dump(db_location) == expected


def test_seed_corpus_shared_passage_is_one_source_and_reingest_is_a_no_op(db_location, shared_dir):
    seeds = shared_dir / "corpus" / "seeds"
    if not (seeds / "000_a2f48d9829010485.txt").exists():
        pytest.skip(f"seed articles are not present in {seeds}")
    with open_store(db_location) as store:
        paths = [seeds, EXAMPLES / "articles"]
        store.ingest(paths, manifest=EXAMPLES / "manifest.csv")
        counts, dump = store.stats(), store.canonical_dump()
        facts = list(store.fact_records())
        docs = {f.fact_id: f.doc for f in facts}
        copied = [f for f in facts if f.doc.startswith("002_") and f.doc != docs.get(f.passage_key)
                  and not f.passage_key.startswith(f.article_id)]
        assert copied, "seed 002 re-runs a passage of seed 000; facts from it should share its key"
        originals = {(f.passage_key, _edge_key(f)) for f in facts if f.doc.startswith("000_")}
        edges = {(e.type, e.subject_id, e.object_id, e.negated): e for e in store.edge_records()}
        # A near-copy may word a sentence differently ("لجبهات" / "الى جبهات"), so a fact can come
        # from the copy alone; every fact the original states too must count one source.
        twinned = [f for f in copied if (f.passage_key, _edge_key(f)) in originals]
        assert twinned, "facts of the re-run passage should be found in both articles"
        for fact in twinned:
            edge = edges[_edge_key(fact)]
            keys = {f.passage_key for f in facts if _edge_key(f) == _edge_key(fact)}
            assert edge.source_count == len(keys) < edge.evidence_count
        hts = store.profile("هيئة تحرير الشام")
        assert [step.name for step in hts.names] == ["جبهة النصرة", "جبهة فتح الشام", "هيئة تحرير الشام"]
        assert hts.sections["allies"], "the articles name allies of the HTS"
        store.ingest(paths, manifest=EXAMPLES / "manifest.csv")
        assert store.stats() == counts and store.canonical_dump() == dump


def _edge_key(fact) -> tuple:
    subject, obj = fact.subject_id, fact.object_id
    if fact.symmetric and obj is not None and obj < subject:
        subject, obj = obj, subject
    return fact.type, subject, obj, fact.negated
