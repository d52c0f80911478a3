"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL tests read the server URL from $FASAIL_TEST_PG (``.ci/run`` starts a server and
sets it). Without one they skip with a message, except under CI (CI=true), where a missing
or unreachable server fails the run: a skip there would hide a broken backend.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from fasail.errors import StoreError

PG_ENV = "FASAIL_TEST_PG"


def _pg_url() -> str:
    url = os.environ.get(PG_ENV)
    under_ci = os.environ.get("CI", "").lower() == "true"
    if not url:
        message = f"${PG_ENV} is not set: PostgreSQL store tests need a server URL"
        if under_ci:
            pytest.fail(message + " (required under CI)")
        pytest.skip(message)
    return url


def _wipe_pg(url: str) -> None:
    """Drop the store's tables so each test starts from an empty database."""
    from fasail.store.db import create_engine
    from fasail.store.schema import tables

    try:
        engine = create_engine(url)
    except StoreError as e:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL at ${PG_ENV} is unreachable under CI: {e}")
        pytest.skip(f"PostgreSQL at ${PG_ENV} is unreachable: {e}")
    tables().metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_location(request, tmp_path) -> Iterator[str]:
    """A fresh, empty store location on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    url = _pg_url()
    _wipe_pg(url)
    yield url
    _wipe_pg(url)


@pytest.fixture
def wipe(db_location):
    """Empties the store at ``db_location`` (for tests that compare two runs on one backend)."""
    def run() -> None:
        if db_location.startswith("postgresql"):
            _wipe_pg(db_location)
        else:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db_location + suffix):
                    os.remove(db_location + suffix)
    return run
