"""Input items: files, folders (recursive), JSONL lines and stdin, each as a RawArticle.

A bad item is yielded as an InputError naming it, never raised, so one bad file does not
stop a batch.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fasail.errors import InputError, InputTooLarge, MalformedJsonl, UnreadableInput
from fasail.ingest.decode import decode_bytes, normalize_newlines

STDIN = "-"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(slots=True)
class RawArticle:
    """An article's decoded content before cleaning, with the metadata its input carries."""

    doc: str
    path: str
    content: str
    kind: str  # "text" | "html"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None


def iter_files(paths: Iterable[str], suffixes: tuple[str, ...]) -> Iterator[str]:
    """Expand folders recursively (sorted, so runs are reproducible); keep files and '-'."""
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.lower().endswith(suffixes) and not name.startswith("."):
                    yield os.path.join(root, name)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            if os.path.getsize(path) > max_bytes:
                raise InputTooLarge(
                    f"file is {os.path.getsize(path):,} bytes, over the limit of {max_bytes:,}"
                )
            data = Path(path).read_bytes()
        except OSError as e:
            raise UnreadableInput(f"cannot read: {e.strerror or e}") from e
    if len(data) > max_bytes:
        raise InputTooLarge(f"input is over the limit of {max_bytes:,} bytes")
    return data


def read_items(path: str, *, max_bytes: int, min_arabic_share: float) -> Iterator[RawArticle | InputError]:
    """The article(s) in one file: one for .txt/.html/stdin, one per line for .jsonl."""
    where = "<stdin>" if path == STDIN else path
    try:
        data = _read_bytes(path, max_bytes)
        text, _encoding = decode_bytes(data, min_arabic_share=min_arabic_share)
    except InputError as e:
        e.where = where
        yield e
        return
    text = normalize_newlines(text)
    name = "stdin" if path == STDIN else os.path.basename(path)
    if path.lower().endswith(".jsonl"):
        yield from _jsonl_items(text, path, name)
    else:
        kind = "html" if path.lower().endswith(HTML_SUFFIXES) or _looks_like_html(text) else "text"
        yield RawArticle(doc=name, path=where, content=text, kind=kind)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _jsonl_items(text: str, path: str, name: str) -> Iterator[RawArticle | InputError]:
    """One RawArticle per JSONL line; each malformed line is its own error."""
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield MalformedJsonl(f"not JSON ({e.msg} at column {e.colno})", where=where)
            continue
        if not isinstance(record, dict):
            yield MalformedJsonl("line is not a JSON object", where=where)
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield MalformedJsonl('no "text" string in the record', where=where)
            continue
        doc = str(record["id"]) if record.get("id") not in (None, "") else f"{name}:{lineno}"
        fields = {k: record.get(k) if isinstance(record.get(k), str) else None
                  for k in ("title", "outlet", "url", "date")}
        kind = "html" if _looks_like_html(body) else "text"
        yield RawArticle(doc=doc, path=where, content=normalize_newlines(body), kind=kind, **fields)
