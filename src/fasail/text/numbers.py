"""Arabic numbers and quantities in normalised news text.

Counts in Arabic news come as digits (``1,500``), number words (``ثلاثمئة وخمسون``), mixed
(``5 آلاف``), vague plurals (``عشرات``) and hedged forms (``ما لا يقل عن 15``). Later stages
need a point value where there is one and a low/high range always, so a count can be
compared and aggregated. Run :func:`find_quantities` on ``NormalizedText.text``; offsets are
in the string given. A proclitic on the first word (وثلاثة، بنحو، لعشرات) is left out of the
span, so ``text[start:end]`` is the number phrase itself.

Hedge bounds are a documented convention, not a reading of the source: ``approx`` is the
value +- ceil(value/10), ``more_than`` is value+1 .. value + ceil(value/2), ``at_least`` is
value .. value + ceil(value/2), ``less_than`` is value//2 .. value-1. A hedge before a vague
amount keeps the vague range. Percentages (``30%``, ``30 في المئة``), dates, years
after a year word and digits naming a unit (``الفرقة 13``) are not quantities.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from importlib.resources import files

from fasail.text.normalize import fold

#: Letter runs, digit clusters (with their separators) and single other characters.
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,\u066b\u066c/:\-]\d+)*|\S")
#: Proclitic chains tried on the first word of a phrase (the empty chain first).
PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
#: Letters glued to digits that are not part of the number (و30، بـ500، الـ100).
DIGIT_CLITICS = frozenset({"و", "ف", "ب", "ل", "ال", "بال", "وال", "لل", "وب", "ول"})
PERCENT_SIGNS = frozenset({"%", "\u066a"})
PERCENT_WORDS = frozenset({"بالميه", "بالمايه", "بالمئه"})
YEAR_RANGE = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count found in text, with a point value when stated and a range always."""

    start: int
    end: int
    text: str
    value: int | None
    low: int
    high: int
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class _Entry:
    """One lexicon phrase (number word, vague amount, hedge or label) as folded tokens."""

    tokens: tuple[str, ...]
    kind: str
    value: int = 0
    low: int = 0
    high: int = 0
    qualifier: str | None = None
    bound: bool = False


@dataclass(frozen=True, slots=True)
class _Token:
    """A token of the scanned text with its offsets."""

    start: int
    end: int
    text: str


def load_rows(name: str) -> list[list[str]]:
    """Rows of a TSV file in fasail/text/ar, comments and blank lines skipped."""
    data = files("fasail.text").joinpath("ar").joinpath(name).read_text(encoding="utf-8")
    return [
        line.split("\t")
        for line in data.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _tokens_of(phrase: str) -> tuple[str, ...]:
    """Folded whitespace tokens of a lexicon phrase."""
    return tuple(fold(phrase).split())


@cache
def number_words() -> dict[tuple[str, ...], _Entry]:
    """Folded number words and phrases from number_words.tsv."""
    out: dict[tuple[str, ...], _Entry] = {}
    for row in load_rows("number_words.tsv"):
        toks = _tokens_of(row[0])
        bound = len(row) > 3 and "bound" in row[3].split(",")
        out[toks] = _Entry(toks, row[2], value=int(row[1]), bound=bound)
    return out


@cache
def quantity_cues() -> dict[tuple[str, ...], _Entry]:
    """Folded vague amounts, hedges, labels and year intros from quantity_cues.tsv."""
    out: dict[tuple[str, ...], _Entry] = {}
    for phrase, kind, low, high, qual in load_rows("quantity_cues.tsv"):
        toks = _tokens_of(phrase)
        if kind == "vague":
            out[toks] = _Entry(toks, kind, low=int(low), high=int(high), qualifier=qual)
        else:
            out[toks] = _Entry(toks, kind, qualifier=None if qual == "-" else qual)
    return out


def hedges() -> dict[str, str]:
    """Folded hedge phrase -> qualifier code (timex reuses them in 'قبل نحو 4 أيام')."""
    return {" ".join(t): e.qualifier or "" for t, e in quantity_cues().items() if e.kind == "hedge"}


@cache
def _month_edges() -> tuple[frozenset[str], frozenset[str]]:
    """First and last tokens of month names, to tell dates from counts."""
    firsts, lasts = set(), set()
    for row in load_rows("months.tsv"):
        if row[2] == "month":
            toks = _tokens_of(row[0])
            firsts.add(toks[0])
            lasts.add(toks[-1])
    return frozenset(firsts), frozenset(lasts)


@cache
def _index() -> dict[str, list[tuple[int, _Entry]]]:
    """Surface first token (with any proclitic chain) -> (clitic length, entry), longest first."""
    index: dict[str, list[tuple[int, _Entry]]] = {}
    entries = list(number_words().values()) + list(quantity_cues().values())
    for entry in entries:
        head = entry.tokens[0]
        for prefix in PREFIXES:
            if prefix and entry.kind in ("label", "year_intro"):
                continue
            if len(head) < 3 and prefix not in ("", "و"):
                continue  # لست is "I am not", not ل + ست
            index.setdefault(prefix + head, []).append((len(prefix), entry))
        if head.startswith("ال"):  # للعشرات = ل + العشرات with the alef dropped
            for prefix in ("", "و", "ف"):
                index.setdefault(prefix + "ل" + head[1:], []).append((len(prefix) + 1, entry))
    for options in index.values():
        options.sort(key=lambda o: (o[0], -len(o[1].tokens)))
    return index


def tokenize(text: str) -> list[_Token]:
    """Tokens of ``text`` for phrase matching."""
    return [_Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def _spaced(text: str, toks: list[_Token], a: int) -> bool:
    """Whether token a+1 follows token a after whitespace only."""
    gap = text[toks[a].end : toks[a + 1].start]
    return bool(gap) and gap.isspace()


def _match(
    text: str, toks: list[_Token], i: int, kinds: frozenset[str], clitics: str = "any"
) -> tuple[int, int, _Entry] | None:
    """Longest lexicon entry of ``kinds`` at token i: (clitic length, next token, entry).

    ``clitics`` says which proclitic the first word may carry: "any", "none" or "waw".
    """
    best: tuple[int, int, _Entry] | None = None
    word = toks[i].text
    for clitic, entry in _index().get(word, ()):
        if entry.kind not in kinds:
            continue
        if clitic and (clitics == "none" or (clitics == "waw" and word[:clitic] != "و")):
            continue
        n = len(entry.tokens)
        if i + n > len(toks) or (best is not None and i + n <= best[1]):
            continue
        if all(
            toks[i + k].text == entry.tokens[k] and _spaced(text, toks, i + k - 1)
            for k in range(1, n)
        ):
            best = (clitic, i + n, entry)
    return best


def _digits_value(s: str, before_scale: bool) -> Fraction | None:
    """Value of a digit cluster: thousands separators when unambiguous, else a decimal."""
    seps = [c for c in s if not c.isdigit()]
    if not seps:
        return Fraction(int(s))
    if any(c in "/:-" for c in seps):
        return None  # a date, a time or a range
    groups = re.split(r"[.,\u066b\u066c]", s)
    same = len(set(seps)) == 1
    thousands = same and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if thousands and seps[0] != "\u066b" and not (before_scale and len(groups) == 2):
        return Fraction(int("".join(groups)))
    if len(seps) == 1 and seps[0] != "\u066c":
        return Fraction(f"{groups[0]}.{groups[1]}")
    return None


_NUMBER_KINDS = frozenset({"unit", "teen", "ten", "hundred", "scale"})


def _atom(
    text: str, toks: list[_Token], i: int, first: bool
) -> tuple[int, int, Fraction, str, bool, bool] | None:
    """One number atom at token i: (clitic length, next token, value, kind, waw, bound)."""
    waw = False
    if not first and toks[i].text == "و":  # a detached و, or و glued to digits
        if i + 1 >= len(toks):
            return None
        gap = text[toks[i].end : toks[i + 1].start]
        if gap and not gap.isspace():
            return None
        i, waw = i + 1, True
    tok = toks[i].text
    if tok[0].isdigit():
        scale_next = i + 1 < len(toks) and toks[i + 1].text in _scale_words()
        value = _digits_value(tok, scale_next)
        return None if value is None else (0, i + 1, value, "digits", waw, False)
    mode = "any" if first else ("none" if waw else "waw")
    found = _match(text, toks, i, _NUMBER_KINDS, mode)
    if found is None:
        return None
    clitic, nxt, entry = found
    waw = waw or (not first and clitic == 1)
    return clitic, nxt, Fraction(entry.value), entry.kind, waw, entry.bound


@cache
def _scale_words() -> frozenset[str]:
    """Folded scale words (ألف، آلاف، مليون ...) that may follow digits."""
    return frozenset(t[0] for t, e in number_words().items() if e.kind == "scale")


def _split_scale(value: int) -> tuple[int, int]:
    """A scale word's base power of 1000 and multiplier (ألفين = 1000 x 2)."""
    base = 1000 ** int(math.log(value, 1000) + 1e-9)
    return base, value // base


def _joins(kind: str, k: str, v: Fraction, last_scale: int) -> bool:
    """Whether atom kind k (value v) may follow kind ``kind`` after و (خمسة وعشرون)."""
    if kind == "unit":
        return k == "ten"
    if kind == "hundred":
        return k in ("unit", "teen", "ten")
    if kind == "scale":
        return k in ("unit", "teen", "ten", "hundred", "digits") and v < last_scale
    return False


def _number_at(text: str, toks: list[_Token], i: int) -> tuple[int, int, int] | None:
    """A number phrase starting at token i: (clitic length, next token, value)."""
    atom = _atom(text, toks, i, True)
    if atom is None:
        return None
    clitic, j, value, kind, _, bound = atom
    total, cur, last, last_scale, count = Fraction(0), value, value, 10**18, 1
    if kind == "scale":
        base, mult = _split_scale(int(value))
        total, cur, last_scale = Fraction(base * mult), Fraction(0), base
    while j < len(toks) and _spaced(text, toks, j - 1):
        nxt = _atom(text, toks, j, False)
        if nxt is None:
            break
        _, j2, v, k, waw, _ = nxt
        if waw:
            if not _joins(kind, k, v, last_scale) or v.denominator != 1:
                break
            cur += v
        elif k == "scale":
            base, mult = _split_scale(int(v))
            if mult != 1 or cur == 0 or base >= last_scale or kind == "scale":
                break
            total, cur, last_scale = total + cur * base, Fraction(0), base
        elif k == "hundred" and v == 100 and kind == "unit" and 3 <= last <= 9:
            cur += last * 99  # ثلاث مئة
            v = last * 100
        else:
            break
        kind, last, j, count = k, v, j2, count + 1
    result = total + cur
    if result.denominator != 1 or (bound and count == 1):
        return None
    return clitic, j, int(result)


def _is_percent(text: str, toks: list[_Token], j: int) -> bool:
    """Whether the tokens from j say 'per cent'."""
    if j >= len(toks):
        return False
    t = toks[j].text
    if t in PERCENT_SIGNS or t in PERCENT_WORDS:
        return True
    return t == "في" and j + 1 < len(toks) and toks[j + 1].text in ("الميه", "المايه")


def _not_a_count(toks: list[_Token], i: int, end: int, value: int) -> bool:
    """Whether a bare digit number at token i names a date, year or unit instead of a count."""
    firsts, lasts = _month_edges()
    cues = quantity_cues()
    prev = toks[i - 1].text if i > 0 else ""
    if i > 1 and prev in DIGIT_CLITICS and toks[i - 1].end == toks[i].start:
        prev = toks[i - 2].text
    entry = (cues.get((prev,)) or cues.get((prev[1:],))) if prev else None
    if entry is not None and entry.kind == "label":
        return True
    intro = entry is not None and entry.kind == "year_intro"
    if value in YEAR_RANGE and (prev in lasts or intro):
        return True
    return 1 <= value <= 31 and end < len(toks) and toks[end].text in firsts


def _bounds(value: int, qualifier: str | None) -> tuple[int, int]:
    """Low and high of a stated value under a hedge (see the module docstring)."""
    tenth, half = -(-value // 10), -(-value // 2)
    if qualifier == "approx":
        return value - tenth, value + tenth
    if qualifier == "more_than":
        return value + 1, value + max(half, 1)
    if qualifier == "at_least":
        return value, value + half
    if qualifier == "less_than":
        return min(value // 2, max(value - 1, 0)), max(value - 1, 0)
    return value, value


_VAGUE = frozenset({"vague"})
_HEDGE = frozenset({"hedge"})


def _core_at(
    text: str, toks: list[_Token], i: int, clitics: bool
) -> tuple[int, int, int | None, int, int, str | None] | None:
    """Number or vague amount at token i: (clitic, next token, value, low, high, qualifier)."""
    vague = _match(text, toks, i, _VAGUE, "any" if clitics else "none")
    number = _number_at(text, toks, i)
    if number is not None and not clitics and number[0]:
        number = None
    if number is not None and (vague is None or number[1] > vague[1]):
        clitic, end, value = number
        if _is_percent(text, toks, end):
            return None
        if toks[i].text[0].isdigit() and end == i + 1 and _not_a_count(toks, i, end, value):
            return None
        return clitic, end, value, value, value, None
    if vague is not None:
        clitic, end, entry = vague
        return clitic, end, None, entry.low, entry.high, "vague"
    return None


def _glued_digits(toks: list[_Token], j: int) -> bool:
    """Whether token j is a clitic glued to the digits after it (بـ500، الـ100)."""
    return (
        toks[j].text in DIGIT_CLITICS
        and j + 1 < len(toks)
        and toks[j].end == toks[j + 1].start
        and toks[j + 1].text[0].isdigit()
    )


def _quantity_at(text: str, toks: list[_Token], i: int) -> tuple[Quantity, int] | None:
    """The quantity starting at token i (hedge included) and the token after it."""
    hedge = _match(text, toks, i, _HEDGE)
    if hedge is not None and hedge[1] < len(toks) and _spaced(text, toks, hedge[1] - 1):
        h_clitic, j, entry = hedge
        core = _core_at(text, toks, j + _glued_digits(toks, j), clitics=False)
        if core is not None:
            _, end, value, low, high, _ = core
            if value is not None:
                low, high = _bounds(value, entry.qualifier)
            start, stop = toks[i].start + h_clitic, toks[end - 1].end
            q = Quantity(start, stop, text[start:stop], value, low, high, entry.qualifier)
            return q, end
    core = _core_at(text, toks, i, clitics=True)
    if core is None:
        return None
    clitic, end, value, low, high, qual = core
    start, stop = toks[i].start + clitic, toks[end - 1].end
    return Quantity(start, stop, text[start:stop], value, low, high, qual), end


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in normalised ``text``, left to right, never overlapping."""
    toks = tokenize(text)
    index = _index()
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok = toks[i].text
        if tok in index or tok[0].isdigit():
            found = _quantity_at(text, toks, i)
            if found is not None:
                out.append(found[0])
                i = found[1]
                continue
        i += 1
    return out


def parse_number(words: str) -> int | None:
    """Integer value of a whole number phrase (digits or words), None if it is not one."""
    text = fold(words).strip()
    toks = tokenize(text)
    if not toks:
        return None
    found = _number_at(text, toks, 0)
    if found is None or found[0] or found[1] != len(toks):
        return None
    return found[2]
