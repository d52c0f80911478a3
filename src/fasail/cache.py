"""Objects built from the shipped data files, kept on disk between runs.

Loading the knowledge base (YAML, the gazetteer TSV, the checks) and building its name
automaton and the trigger automaton take about 0.4 s at every start, the time of some sixty
articles' extraction; reading them back from a pickle takes a fraction of that.

A cached object is stored under a key made of the Python version and a hash of fasail's own
source files and of the data files it was built from, so an edit to either builds it afresh;
older copies are removed when a new one is written. The folder is ``$FASAIL_CACHE_DIR``,
else ``$XDG_CACHE_HOME/fasail``, else ``~/.cache/fasail``; ``FASAIL_CACHE_DIR=off`` turns
the cache off. A cache that cannot be read is rebuilt and one that cannot be written is
skipped: the cache only ever saves time, it never changes a result or raises.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

import ahocorasick

ENV_VAR = "FASAIL_CACHE_DIR"
#: Values of $FASAIL_CACHE_DIR that turn the cache off.
OFF = frozenset({"", "0", "off", "none", "false"})
PACKAGE = Path(__file__).resolve().parent

T = TypeVar("T")


def cache_folder() -> Path | None:
    """Where cached objects go (None when the cache is off)."""
    chosen = os.environ.get(ENV_VAR)
    if chosen is not None:
        return None if chosen.strip().lower() in OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "fasail"


@cache
def _code_digest() -> bytes:
    """A hash of every source file of the package (any change to the code that builds an
    object may change the object) and of the compiled library whose automata are pickled."""
    digest = hashlib.sha256(sys.version.encode())
    library = os.stat(ahocorasick.__file__)
    digest.update(f"{ahocorasick.__file__}:{library.st_size}:{library.st_mtime_ns}".encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return digest.digest()


def cache_key(inputs: Iterable[Traversable]) -> str:
    """The key of an object built from ``inputs`` (data files) by this code."""
    digest = hashlib.sha256(_code_digest())
    for source in sorted(inputs, key=lambda s: s.name):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:24]


def load_or_build(name: str, inputs: Iterable[Traversable], build: Callable[[], T]) -> T:
    """``build()``, or the copy of its result cached for these inputs and this code."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}.{cache_key(inputs)}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 — missing, unreadable or from another library version
        pass
    built = build()
    _store(path, built)
    return built


def _store(path: Path, value: object) -> None:
    """Write ``value`` whole (to a temporary file renamed into place, so a reader never sees
    half a file) and remove the copies older keys left; on a failure, leave no file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError:
        return  # a read-only home: run without the cache
    try:
        with os.fdopen(handle, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        Path(temporary).unlink(missing_ok=True)
        return
    name = path.name.split(".", 1)[0]
    for old in path.parent.glob(f"{name}.*.pickle"):
        if old != path:
            with suppress(OSError):
                old.unlink()
