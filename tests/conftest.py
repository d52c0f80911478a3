"""Shared fixtures: paths to the project's examples and to ../shared when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from fasail.cache import ENV_VAR as CACHE_ENV_VAR

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory):
    """The suite caches the knowledge base in a folder of its own, not in the user's."""
    patch = pytest.MonkeyPatch()
    patch.setenv(CACHE_ENV_VAR, str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared, or a skip with a message when this checkout has none beside it."""
    if not (SHARED / "gold" / "seeds.jsonl").exists():
        pytest.skip(f"../shared is not present at {SHARED}; shared-gold checks skipped")
    return SHARED
