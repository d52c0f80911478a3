"""Memory and speed of `fasail extract` over a large folder of generated articles.

Generates N distinct Arabic articles (default 100,000) from news-style sentence templates
filled with random groups, gazetteer places and numbers, runs `fasail extract FOLDER --out FILE` as a subprocess and
samples its resident memory (VmRSS) as the output grows. Flat memory means the RSS at
10% and at 100% of the batch stay close. Prints the machine, the numbers and a verdict.

    python benchmarks/extract_memory.py --files 100000
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES_FILE = Path(__file__).resolve().parents[1] / "src/fasail/kb/data/places.tsv"
GROUPS = ["هيئة تحرير الشام", "حركة أحرار الشام", "فيلق الشام", "جيش العزة", "الحزب الإسلامي التركستاني",
          "حراس الدين", "الجبهة الوطنية للتحرير", "جيش الإسلام", "قوات سوريا الديمقراطية", "الجيش السوري"]
SENTENCES = [
    "اندلعت اشتباكات عنيفة بين {g1} و{g2} في محيط بلدة {p1} بريف {p2}، وسط قصف متبادل استمر حتى ساعات الصباح.",
    "وقالت مصادر محلية إن {g1} سيطر على قرية {p1} بعد انسحاب مقاتلي {g2} نحو {p2} إثر معارك استمرت {n} ساعات.",
    "وأعلن {g1} في بيان أن نحو {n} من مقاتليه انضموا إلى صفوف {g2} في منطقة {p1} خلال الأسبوع الماضي.",
    "وأفاد ناشطون بأن {g1} أفرج عن {n} معتقلين من {g2} كانوا محتجزين في سجن قرب {p1}، بوساطة وجهاء من {p2}.",
    "ويتألف {g1} من قرابة {n} مقاتل ينتشرون في {p1} و{p2} ومحيطهما، بحسب تقديرات المرصد.",
    "ونفى المتحدث باسم {g1} توصل الطرفين إلى هدنة مع {g2} في {p1}، مؤكداً استمرار العمليات العسكرية.",
]


def _place_names() -> list[str]:
    names = []
    for line in PLACES_FILE.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            names.append(line.split("\t")[2])
    return names[1:]


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """Write ``count`` distinct articles into ``folder`` (1,000 per subfolder)."""
    rng = random.Random(seed)
    places = _place_names()
    for i in range(count):
        sentences = []
        for _ in range(rng.randint(5, 12)):
            g1, g2 = rng.sample(GROUPS, 2)
            p1, p2 = rng.sample(places, 2)
            n = rng.randint(3, 2000)
            sentences.append(rng.choice(SENTENCES).format(g1=g1, g2=g2, p1=p1, p2=p2, n=n))
        title = f"تطورات ميدانية في {rng.choice(places)}"
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:06d}.txt").write_text(title + "\n\n" + "\n".join(sentences), "utf-8")


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between samples")
    args = parser.parse_args()
    fasail = Path(sys.executable).with_name("fasail")
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "articles", Path(tmp) / "out.jsonl"
        folder.mkdir()
        t0 = time.perf_counter()
        generate(folder, args.files)
        print(f"generated {args.files:,} articles in {time.perf_counter() - t0:.0f}s")
        started = time.perf_counter()
        proc = subprocess.Popen([str(fasail), "extract", str(folder), "--out", str(out)],
                                stderr=subprocess.DEVNULL)
        samples: list[tuple[int, int]] = []
        while proc.poll() is None:
            try:
                samples.append((count_lines(out), rss_kb(proc.pid)))
            except (FileNotFoundError, ProcessLookupError):
                break
            time.sleep(args.interval)
        elapsed = time.perf_counter() - started
        done = count_lines(out)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    rate = done / elapsed
    print(f"extract: {done:,} articles in {elapsed:.0f}s = {rate:.0f} articles/s (exit {proc.returncode})")
    print("articles done  RSS MB")
    for step in range(1, 11):
        target = args.files * step // 10
        reached = [s for s in samples if s[0] >= target * 0.95]
        if reached:
            print(f"{reached[0][0]:>13,}  {reached[0][1] / 1024:6.0f}")
    peak = max((s[1] for s in samples), default=0)
    print(f"peak RSS: {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
