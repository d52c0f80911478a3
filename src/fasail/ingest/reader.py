"""From input paths to clean Documents: decode, extract HTML, drop boilerplate, find metadata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from fasail.document import Document
from fasail.errors import InputError, UsageError
from fasail.ingest.boilerplate import strip_boilerplate
from fasail.ingest.decode import require_arabic
from fasail.ingest.html import read_html
from fasail.ingest.metadata import (
    ManifestEntry,
    dateline_date,
    dateline_outlet,
    guess_title,
    parse_iso_date,
)
from fasail.ingest.sources import RawArticle, iter_files, read_items
from fasail.settings import load_settings


def read_articles(
    paths: Iterable[str],
    *,
    manifest: dict[str, ManifestEntry] | None = None,
    default_date: dt.date | None = None,
    known_outlet: Callable[[str], str | None] | None = None,
) -> Iterator[Document | InputError]:
    """Yield a Document per readable article and an InputError per bad item, in input order."""
    settings = load_settings()["ingest"]
    for path in iter_files(paths, tuple(settings["folder_suffixes"])):
        for item in read_items(path, max_bytes=settings["max_bytes"],
                               min_arabic_share=settings["min_arabic_share"]):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield build_document(item, manifest or {}, default_date, known_outlet,
                                     min_arabic_letters=settings["min_arabic_letters"])
            except InputError as e:
                e.where = e.where or item.path
                yield e


def build_document(
    raw: RawArticle,
    manifest: dict[str, ManifestEntry],
    default_date: dt.date | None,
    known_outlet: Callable[[str], str | None] | None,
    *,
    min_arabic_letters: int,
) -> Document:
    """Clean one raw article and settle its metadata (manifest > page/record > text > option)."""
    title, outlet, url, date, date_source = raw.title, raw.outlet, raw.url, None, None
    if raw.date:
        date, date_source = parse_iso_date(raw.date[:10], raw.path), "record"
    text = raw.content
    if raw.kind == "html":
        page = read_html(text)
        text = page.text
        title, outlet, url = title or page.title, outlet or page.outlet, url or page.url
        if page.date and not date:
            date, date_source = page.date, "page"
    require_arabic(text, min_letters=min_arabic_letters)
    clean, dropped = strip_boilerplate(text)
    require_arabic(clean, min_letters=min_arabic_letters)

    entry = manifest.get(raw.doc)
    if entry:
        title, outlet, url = entry.title or title, entry.outlet or outlet, entry.url or url
        if entry.date:
            date, date_source = entry.date, "manifest"
    if date is None:
        date = dateline_date(clean)
        date_source = "dateline" if date else None
    if date is None and default_date is not None:
        date, date_source = default_date, "option"
    return Document(
        doc=raw.doc,
        text=clean,
        title=title or guess_title(clean),
        outlet=outlet or dateline_outlet(clean, known_outlet),
        url=url,
        date=date,
        date_source=date_source,
        path=raw.path,
        dropped=dropped,
    )


__all__ = ["read_articles", "build_document", "UsageError"]
