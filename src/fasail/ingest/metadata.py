"""Article metadata: the manifest CSV, and what the text says about itself (dateline, outlet, title)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from fasail.errors import UsageError
from fasail.text.normalize import normalize
from fasail.text.timex import find_times

MANIFEST_KEYS = ("file", "doc", "filename", "name")
#: How far into the text a dateline may sit (characters): the headline and one line.
DATELINE_REACH = 400
#: Words that introduce a publication date in page furniture copied with the text.
PUBLISHED_CUES = ("نشر في", "نشر بتاريخ", "تاريخ النشر", "بتاريخ", "اخر تحديث", "تم النشر")
DASHES = "-–—ـ"
QUOTED_OUTLET = re.compile(
    r"^[^\n«»\"“”:]{0,40}?[«\"“]([^»\"”\n]{2,40})[»\"”]\s*[:：]", re.MULTILINE
)
PLAIN_OUTLET = re.compile(
    rf"^(?:[^\n:{DASHES}]{{2,30}}\s*[{DASHES}]+\s*)?([^\s:«»\"]+(?: [^\s:«»\"]+){{0,3}})\s*:",
    re.MULTILINE,
)
TITLE_MAX_WORDS = 25
TITLE_MIN_WORDS = 3
TITLE_SEARCH_LINES = 4


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    date: dt.date | None
    outlet: str | None
    url: str | None
    title: str | None


def parse_iso_date(value: str, where: str) -> dt.date:
    """A YYYY-MM-DD date, or a UsageError naming where the bad value is."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as e:
        raise UsageError(f"not a date (YYYY-MM-DD): {value!r}", where=where) from e


def load_manifest(path: str) -> dict[str, ManifestEntry]:
    """Map file name → metadata from a CSV with a file column and date/outlet/url/title."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            columns = [c.strip().lower() for c in reader.fieldnames or []]
            key = next((k for k in MANIFEST_KEYS if k in columns), None)
            if key is None:
                raise UsageError(
                    f"manifest needs a column named one of {', '.join(MANIFEST_KEYS)}; "
                    f"found {', '.join(columns) or 'none'}", where=path)
            entries = {}
            for lineno, row in enumerate(reader, 2):
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                name = os.path.basename(row.get(key, ""))
                if not name:
                    continue
                date = row.get("date")
                entries[name] = ManifestEntry(
                    date=parse_iso_date(date, f"{path}:{lineno}") if date else None,
                    outlet=row.get("outlet") or None,
                    url=row.get("url") or None,
                    title=row.get("title") or None,
                )
            return entries
    except OSError as e:
        raise UsageError(f"cannot read manifest: {e.strerror or e}", where=path) from e


def guess_title(text: str) -> str | None:
    """The first line when it reads as a headline (short, no final period)."""
    for line in text.split("\n")[:TITLE_SEARCH_LINES]:
        line = line.strip()
        if len(line.split()) < TITLE_MIN_WORDS:
            continue  # a section label ("أخبار") or a stray mark, not the headline
        if len(line.split()) <= TITLE_MAX_WORDS and not line.endswith((".", ":")):
            return line
        return None
    return None


def dateline_date(text: str) -> dt.date | None:
    """The publication date a dateline states ("إدلب – الأحد 29 كانون الثاني 2017", "نُشر في …")."""
    head = normalize(text[:DATELINE_REACH])
    for time in find_times(head.text):
        if time.relative or time.precision != "day" or not time.value:
            continue
        line_start = head.text.rfind("\n", 0, time.start) + 1
        before = head.text[line_start : time.start]
        line_end = head.text.find("\n", time.end)
        line = head.text[line_start : line_end if line_end != -1 else len(head.text)]
        if (
            len(line.split()) <= 12
            or any(cue in before[-20:] for cue in PUBLISHED_CUES)
            or any(d in before[-25:] for d in DASHES)
        ):
            return dt.date.fromisoformat(time.value)
    return None


def dateline_outlet(text: str, known_outlet: Callable[[str], str | None] | None = None) -> str | None:
    """The outlet a dateline names: "ريف اللاذقية ـ «القدس العربي»:" or a known "إيلاف:"."""
    paragraphs = [p for p in text.split("\n") if p.strip()][:5]
    head = "\n".join(paragraphs)
    m = QUOTED_OUTLET.search(head)
    if m and len(m.group(1).split()) <= 5:
        return m.group(1).strip()
    if known_outlet is not None:
        for m in PLAIN_OUTLET.finditer(head):
            name = known_outlet(m.group(1))
            if name:
                return name
    return None
