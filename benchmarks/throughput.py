"""End-to-end speed and peak memory of `fasail extract` (ingest, near-duplicates, entities,
facts) over generated articles.

    python benchmarks/throughput.py --articles 2000
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_memory import generate  # noqa: E402

from fasail.run import BatchOptions, run_batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        generate(folder, args.articles)
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = run_batch(BatchOptions(paths=[str(folder)], out=Path(tmp) / "out.jsonl"))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The interpreter's build matters: a PGO build (python.org, Debian) runs this 10-20% faster
    # than one compiled without it (pyenv's default), so say which ran.
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()} "
          f"({sys.executable}, {platform.python_compiler()})")
    print(f"extract end to end: {summary.written:,} articles in {elapsed:.1f}s = "
          f"{summary.written / elapsed:.0f} articles/s on one core; peak RSS {peak_mb:.0f} MB")
    # CPU time leaves out waiting for a core on a busy host, not a core slowed by its neighbours.
    print(f"CPU time: {cpu:.1f}s = {summary.written / cpu:.0f} articles per CPU-second")


if __name__ == "__main__":
    main()
