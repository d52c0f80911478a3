"""Speed of entity recognition over generated Arabic articles.

Generates N articles (default 3,000) with the same generator as extract_memory.py, runs the
recogniser on each in-process (the knowledge base loaded once, as in a batch) and prints
articles/second and mentions/second, with the machine.

    python benchmarks/recognition.py --articles 3000
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_memory import GROUPS, SENTENCES, _place_names  # noqa: E402

from fasail.kb.base import default_kb  # noqa: E402
from fasail.recognize.recognizer import Recognizer  # noqa: E402


def articles(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    places = _place_names()
    texts = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(5, 12)):
            g1, g2 = rng.sample(GROUPS, 2)
            p1, p2 = rng.sample(places, 2)
            sentences.append(rng.choice(SENTENCES).format(g1=g1, g2=g2, p1=p1, p2=p2,
                                                          n=rng.randint(3, 2000)))
        texts.append("\n".join(sentences))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    texts = articles(args.articles)
    t0 = time.perf_counter()
    recognizer = Recognizer(default_kb())
    recognizer("تمهيد")  # builds the automaton
    setup = time.perf_counter() - t0
    mentions = 0
    started = time.perf_counter()
    for text in texts:
        mentions += len(recognizer(text).mentions)
    elapsed = time.perf_counter() - started
    chars = sum(map(len, texts))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"knowledge base and automaton: {setup:.2f}s")
    print(f"recognised {len(texts):,} articles ({chars / len(texts):.0f} chars on average) in {elapsed:.1f}s: "
          f"{len(texts) / elapsed:.0f} articles/s, {mentions / elapsed:.0f} mentions/s")


if __name__ == "__main__":
    main()
