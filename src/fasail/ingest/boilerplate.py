"""Drop web boilerplate from plain-text articles, keeping a record of what was dropped.

Plain text copied from a news page carries the page's furniture: share and subscribe
prompts, a repeated headline and byline, tags, related-article lists and the reader
comments. They are recognised by structure (short lines, position near the end) and by
cue phrases that hold across outlets (``data/boilerplate_cues.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice

from fasail.document import DroppedBlock
from fasail.settings import load_settings
from fasail.text.normalize import fold

SENTENCE_END = tuple(".؟?!؛:…\"»”)")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
#: How many short lines after a mid-text "read also" cue are taken as its headline list.
RELATED_HEADLINES = 3
#: Lines of at most this many words without final punctuation before the tail are bylines.
BYLINE_WORDS = 4
MENU_SEPARATORS = re.compile(r"\s[|•/]\s|\s\|")
#: A whitespace-separated token with a letter or digit that folding keeps: each such token
#: gives the line's key at least one word, so counting them bounds the key's length from below.
_KEPT_WORD = re.compile(r"\S*?[\u0621-\u063a\u0641-\u064aA-Za-z0-9]\S*")


@dataclass(frozen=True, slots=True)
class Cue:
    phrase: str
    scope: str
    reason: str


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        """The line folded and stripped of punctuation, for cue matching."""
        return " ".join(_PUNCT.sub(" ", fold(self.text)).split())


@cache
def cues() -> tuple[Cue, ...]:
    """Boilerplate cues, longest first, read from the package data file."""
    data = resources.files("fasail.ingest").joinpath("data/boilerplate_cues.tsv").read_text("utf-8")
    rows = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, scope, reason = line.split("\t")
        key = " ".join(_PUNCT.sub(" ", fold(phrase)).split())
        rows.append(Cue(key, scope, reason))
    return tuple(sorted(rows, key=lambda c: -len(c.phrase)))


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def _match_cue(line: _Line, max_words: int) -> Cue | None:
    if len(list(islice(_KEPT_WORD.finditer(line.text), max_words + 1))) > max_words:
        return None  # a paragraph: decided without folding it
    key = line.key
    if not key or len(key.split()) > max_words:
        return None
    for cue in cues():
        if key == cue.phrase or (cue.scope != "exact" and key.startswith(cue.phrase + " ")):
            return cue
    return None


def _is_button_row(line: _Line) -> bool:
    """A row of short items split by | • / (share buttons, menus): no prose has that shape."""
    items = [i.strip() for i in MENU_SEPARATORS.split(line.text) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 3 for i in items) and not line.text.strip().endswith(".")


def _is_headline_like(line: _Line) -> bool:
    """A short line without final punctuation: a headline, byline or menu entry."""
    text = line.text.strip()
    return bool(text) and len(text.split()) <= 14 and not text.endswith(SENTENCE_END[:6])


def strip_boilerplate(text: str) -> tuple[str, list[DroppedBlock]]:
    """Return the article text without boilerplate, and the blocks dropped (with reasons)."""
    settings = load_settings()["boilerplate"]
    lines = _lines(text)
    drop: dict[int, tuple[str, str]] = {}
    title = next((ln.key for ln in lines if ln.key), "")
    total = max(len(text), 1)

    tail_at = None
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        if not _LETTER.search(line.text):
            drop[i] = ("markup", line.text.strip())
            continue
        cue = _match_cue(line, settings["max_cue_line_words"])
        if cue is None:
            if _is_button_row(line):
                drop[i] = ("navigation", "")
            continue
        if cue.scope == "tail" and line.start / total >= settings["tail_min_position"]:
            tail_at = i
            break
        drop[i] = (cue.reason, cue.phrase)
        if cue.scope == "tail":  # a mid-text "read also" block: its headlines go with it
            for j in range(i + 1, min(i + 1 + RELATED_HEADLINES, len(lines))):
                if lines[j].text.strip() and not _is_headline_like(lines[j]):
                    break
                if lines[j].text.strip():
                    drop[j] = (cue.reason, cue.phrase)

    if tail_at is not None:
        current = _match_cue(lines[tail_at], settings["max_cue_line_words"])
        for j in range(tail_at, len(lines)):
            if lines[j].text.strip():
                current = _match_cue(lines[j], settings["max_cue_line_words"]) or current
                drop[j] = (current.reason, current.phrase)
        _drop_byline_and_repeated_title(lines, tail_at, title, drop)

    kept = [ln.text for i, ln in enumerate(lines) if i not in drop]
    clean = "\n".join(kept).strip()
    clean = re.sub(r"\n{3,}", "\n\n", clean)
    dropped = [
        DroppedBlock(lines[i].start, lines[i].end, reason, cue, lines[i].text)
        for i, (reason, cue) in sorted(drop.items())
    ]
    return clean, dropped


def _drop_byline_and_repeated_title(
    lines: list[_Line], tail_at: int, title: str, drop: dict[int, tuple[str, str]]
) -> None:
    """Walk back from the tail over the repeated headline and the author line."""
    for j in range(tail_at - 1, 0, -1):
        line = lines[j]
        if not line.text.strip() or j in drop:
            continue
        if line.key == title:
            drop[j] = ("repeated_title", "")
        elif len(line.text.split()) <= BYLINE_WORDS and not line.text.strip().endswith(
            SENTENCE_END
        ):
            drop[j] = ("byline", "")
        else:
            break
