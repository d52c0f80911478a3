"""Shared fixtures: paths to the project's examples and to ../shared when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared, or a skip with a message when this checkout has none beside it."""
    if not (SHARED / "gold" / "seeds.jsonl").exists():
        pytest.skip(f"../shared is not present at {SHARED}; shared-gold checks skipped")
    return SHARED
