"""Quality floors on gold: the project's own examples always, the shared seeds when present.

The floors are the acceptance bars of the issues (entities ≥ 0.90). A drop below them is a
regression to fix, not a number to lower.
"""

import json
import subprocess
import sys

import pytest
from tests.conftest import EXAMPLES

from fasail.evaluate.scoring import evaluate
from fasail.run import BatchOptions, run_batch

ENTITY_F1_FLOOR = 0.90
#: Fact floors pinned just under the scores reached (examples 0.955, seeds 0.739 on
#: 2026-11-23, third session); issue 5 asks for 0.80. Raise them as rules improve.
FACT_F1_FLOOR_EXAMPLES = 0.93
FACT_F1_FLOOR_SEEDS = 0.72


@pytest.fixture(scope="module")
def example_predictions(tmp_path_factory):
    out = tmp_path_factory.mktemp("examples") / "pred.jsonl"
    run_batch(BatchOptions(paths=[str(EXAMPLES / "articles")], out=out,
                           manifest=EXAMPLES / "manifest.csv"))
    return out


def test_entity_f1_on_the_example_gold(example_predictions):
    report, _ = evaluate(EXAMPLES / "gold.jsonl", example_predictions)
    assert report["entities"]["MICRO"]["f1"] >= ENTITY_F1_FLOOR, report["entities"]
    assert report["facts"]["MICRO"]["f1"] >= FACT_F1_FLOOR_EXAMPLES, report["facts"]["MICRO"]


def test_entity_f1_on_the_shared_seed_gold(shared_dir, tmp_path):
    out = tmp_path / "seeds.jsonl"
    run_batch(BatchOptions(paths=[str(shared_dir / "corpus" / "seeds")], out=out))
    scored = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(shared_dir / "gold" / "seeds.jsonl"),
         str(out), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    assert result["entities"]["MICRO"]["f1"] >= ENTITY_F1_FLOOR, result["entities"]
    assert result["facts"]["MICRO"]["f1"] >= FACT_F1_FLOOR_SEEDS, result["facts"]["MICRO"]
