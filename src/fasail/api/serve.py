"""`fasail serve`: choose the backend, enforce the binding rules, run uvicorn.

Kept apart from the app so the rules (a token for any non-loopback host) are testable
without starting a server.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

from fasail.api.backend import Backend, store_backend
from fasail.errors import UsageError

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: hosts no other machine can reach."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> None:
    """Refuse to serve beyond this machine without a token."""
    if not is_loopback(host) and not token:
        raise UsageError(
            f"refusing to listen on {host} without a token: pass --token or set FASAIL_TOKEN "
            "(only 127.0.0.1/localhost may be served without one)"
        )


def open_backend(db: Path | None, source: Path | None) -> Backend:
    """The store at `db`, or an in-memory backend over the `fasail extract` JSONL at `source`."""
    if (db is None) == (source is None):
        raise UsageError("give exactly one of --db (a fasail store) or --from (fasail extract JSONL)")
    if source is not None:
        from fasail.api.memory import MemoryBackend

        if not source.is_file():
            raise UsageError(f"--from: no such file: {source}")
        return MemoryBackend.load(source)
    assert db is not None
    return store_backend(db)


def serve(backend: Backend, *, host: str, port: int, token: str | None, read_only: bool) -> None:
    """Run the API and UI until interrupted."""
    import uvicorn

    from fasail.api.app import create_app

    check_binding(host, token)
    hosts = None if token else ["127.0.0.1", "localhost"]
    app = create_app(backend, token=token, read_only=read_only, allowed_hosts=hosts)
    uvicorn.run(app, host=host, port=port, log_level="info")
