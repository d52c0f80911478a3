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

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from importlib.resources import files

from fasail.text.normalize import fold

#: Letter runs, digit clusters (with their separators) and single other characters.
TOKEN_RE = re.compile(r"[^\W\d_]+|[0-9]+(?:[.,\u066b\u066c/:\-][0-9]+)*|\S")
#: Proclitic chains tried on the first word of a phrase (the empty chain first).
PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
#: Letters glued to digits that are not part of the number (و30، بـ500، الـ100).
DIGIT_CLITICS = frozenset({"و", "ف", "ب", "ل", "ال", "بال", "وال", "لل", "وب", "ول"})
PERCENT_SIGNS = frozenset({"%", "\u066a"})
PERCENT_WORDS = frozenset({"بالميه", "بالمايه"})  # بالمئة، بالمائة once folded
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
    """Surface first word (with any proclitic chain) -> (clitic length, entry), longest first.

    Only words that can start a quantity are keys, so the scan skips every other token.
    """
    index: dict[str, list[tuple[int, _Entry]]] = {}
    cues = [e for e in quantity_cues().values() if e.kind in ("vague", "hedge")]
    for entry in list(number_words().values()) + cues:
        head = entry.tokens[0]
        for prefix in PREFIXES:
            if len(head) < 3 and prefix not in ("", "و"):
                continue  # لست is "I am not", not ل + ست
            index.setdefault(prefix + head, []).append((len(prefix), entry))
        if head.startswith("ال"):  # للعشرات = ل + العشرات with the alef dropped
            for prefix in ("", "و", "ف"):
                index.setdefault(prefix + "ل" + head[1:], []).append((len(prefix) + 1, entry))
    for options in index.values():
        options.sort(key=lambda o: (o[0], -len(o[1].tokens)))
    return index


def alternation(phrases: Iterable[str], *, space: str = r"\s+", after_first: str = "") -> str:
    """Regex for any of ``phrases``, factored as a character trie so it scans fast; of
    phrases that match at one place, the longest wins.

    Python's ``re`` tries the branches of a plain alternation one by one; a trie makes the
    cost per position the depth of the match, not the number of phrases. Spaces inside a
    phrase match ``space`` (any run of whitespace unless told). ``after_first`` is a
    zero-width test made right after a phrase's first character (a word boundary written
    as lookbehinds one character longer): a regex that opens with the first letters lets
    ``re`` skip to the places where one of them stands, where a test at the phrase's start
    would run at every position of the text.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie, space, after_first) if trie else "(?!)"


def _trie_regex(node: dict, space: str, after_first: str = "") -> str:
    """Regex of one trie node (see :func:`alternation`)."""
    kids = [
        (space if ch == " " else re.escape(ch)) + after_first + _trie_regex(sub, space)
        for ch, sub in sorted(node.items())
        if ch
    ]
    if not kids:
        return ""
    body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(slots=True)
class _Scan:
    """Tokens of one text: match objects for offsets, and their words."""

    text: str
    toks: list[re.Match[str]]
    words: list[str]

    @classmethod
    def of(cls, text: str) -> _Scan:
        """Tokenise ``text`` once."""
        toks = list(TOKEN_RE.finditer(text))
        return cls(text, toks, list(map(re.Match.group, toks)))  # a C-level map: every token

    def spaced(self, a: int) -> bool:
        """Whether token a+1 follows token a after whitespace only."""
        gap = self.text[self.toks[a].end() : self.toks[a + 1].start()]
        return bool(gap) and gap.isspace()

    def glued(self, a: int) -> bool:
        """Whether token a+1 follows token a with nothing between (و30)."""
        return self.toks[a].end() == self.toks[a + 1].start()


def _match(
    sc: _Scan, i: int, kinds: frozenset[str], clitics: str = "any"
) -> tuple[int, int, _Entry] | None:
    """Longest lexicon entry of ``kinds`` at token i: (clitic length, next token, entry).

    ``clitics`` says which proclitic the first word may carry: "any", "none" or "waw".
    """
    best: tuple[int, int, _Entry] | None = None
    word = sc.words[i]
    for clitic, entry in _index().get(word, ()):
        if entry.kind not in kinds:
            continue
        if clitic and (clitics == "none" or (clitics == "waw" and word[:clitic] != "و")):
            continue
        n = len(entry.tokens)
        if i + n > len(sc.words) or (best is not None and i + n <= best[1]):
            continue
        if n > 1 and sc.words[i + 1] != entry.tokens[1]:
            continue
        if all(
            sc.words[i + k] == entry.tokens[k] and sc.spaced(i + k - 1) for k in range(1, n)
        ):
            best = (clitic, i + n, entry)
    return best


def _is_num(word: str) -> bool:
    """Whether a token is a digit cluster (the text is normalised to Western digits)."""
    return "0" <= word[0] <= "9"


def _digits_value(s: str, before_scale: bool) -> int | Fraction | None:
    """Value of a digit cluster: thousands separators when unambiguous, else a decimal."""
    if s.isdecimal():
        return int(s)
    seps = [c for c in s if not c.isdecimal()]
    if any(c in "/:-" for c in seps):
        return None  # a date, a time or a range
    groups = re.split(r"[.,\u066b\u066c]", s)
    same = len(set(seps)) == 1
    thousands = same and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if thousands and seps[0] != "\u066b" and not (before_scale and len(groups) == 2):
        return int("".join(groups))
    if len(seps) == 1 and seps[0] != "\u066c":
        return Fraction(f"{groups[0]}.{groups[1]}")  # 1.5 مليون
    return None


_NUMBER_KINDS = frozenset({"unit", "teen", "ten", "hundred", "scale"})
_VAGUE = frozenset({"vague"})
_HEDGE = frozenset({"hedge"})
_Atom = tuple[int, int, "int | Fraction", str, bool, bool]


@cache
def _scale_words() -> frozenset[str]:
    """Folded scale words (ألف، آلاف، مليون ...) that may follow digits."""
    return frozenset(t[0] for t, e in number_words().items() if e.kind == "scale")


def _atom(sc: _Scan, i: int, first: bool) -> _Atom | None:
    """One number atom at token i: (clitic length, next token, value, kind, waw, bound)."""
    waw = False
    if not first and sc.words[i] == "و":  # a detached و, or و glued to digits
        if i + 1 >= len(sc.words) or not (sc.spaced(i) or sc.glued(i)):
            return None
        i, waw = i + 1, True
    word = sc.words[i]
    if _is_num(word):
        scale_next = i + 1 < len(sc.words) and sc.words[i + 1] in _scale_words()
        value = _digits_value(word, scale_next)
        return None if value is None else (0, i + 1, value, "digits", waw, False)
    found = _match(sc, i, _NUMBER_KINDS, "any" if first else ("none" if waw else "waw"))
    if found is None:
        return None
    clitic, nxt, entry = found
    return clitic, nxt, entry.value, entry.kind, waw or (not first and clitic == 1), entry.bound


def _split_scale(value: int) -> tuple[int, int]:
    """A scale word's base power of 1000 and multiplier (ألفين = 1000 x 2)."""
    base = 1000
    while base * 1000 <= value:
        base *= 1000
    return base, value // base


def _joins(kind: str, k: str, v: int | Fraction, last_scale: int) -> bool:
    """Whether atom kind k (value v) may follow kind ``kind`` after و (خمسة وعشرون)."""
    if isinstance(v, Fraction):
        return False
    if kind == "unit":
        return k == "ten"
    if kind == "hundred":
        return k in ("unit", "teen", "ten")
    if kind == "scale":
        return k in ("unit", "teen", "ten", "hundred", "digits") and v < last_scale
    return False


def _number_at(sc: _Scan, i: int) -> tuple[int, int, int] | None:
    """A number phrase starting at token i: (clitic length, next token, value)."""
    atom = _atom(sc, i, True)
    if atom is None:
        return None
    clitic, j, value, kind, _, bound = atom
    total, cur, last, last_scale, count = 0, value, value, 10**18, 1
    if kind == "scale":
        total, cur, last_scale = value, 0, _split_scale(int(value))[0]
    while j < len(sc.words) and sc.spaced(j - 1):
        nxt = _atom(sc, j, False)
        if nxt is None:
            break
        _, j2, v, k, waw, _ = nxt
        if waw:
            if not _joins(kind, k, v, last_scale):
                break
            cur += v
        elif k == "scale":
            base, mult = _split_scale(int(v))
            if mult != 1 or cur == 0 or base >= last_scale or kind == "scale":
                break
            total, cur, last_scale = total + cur * base, 0, base
        elif k == "hundred" and v == 100 and kind == "unit" and 3 <= last <= 9:
            cur, v = cur + last * 99, last * 100  # ثلاث مئة
        else:
            break
        kind, last, j, count = k, v, j2, count + 1
    result = total + cur
    if isinstance(result, Fraction):
        if result.denominator != 1:
            return None
        result = int(result)
    if bound and count == 1:
        return None
    return clitic, j, result


def _is_percent(sc: _Scan, j: int) -> bool:
    """Whether the tokens from j say 'per cent'."""
    if j >= len(sc.words):
        return False
    w = sc.words[j]
    if w in PERCENT_SIGNS or w in PERCENT_WORDS:
        return True
    return w == "في" and j + 1 < len(sc.words) and sc.words[j + 1] in ("الميه", "المايه")


def _not_a_count(sc: _Scan, i: int, value: int) -> bool:
    """Whether a bare digit number at token i names a date, year or unit instead of a count."""
    firsts, lasts = _month_edges()
    cues = quantity_cues()
    prev = sc.words[i - 1] if i > 0 else ""
    if i > 1 and prev in DIGIT_CLITICS and sc.glued(i - 1):
        prev = sc.words[i - 2]
    entry = (cues.get((prev,)) or cues.get((prev[1:],))) if prev else None
    if entry is not None and entry.kind == "label":
        return True
    intro = entry is not None and entry.kind == "year_intro"
    if value in YEAR_RANGE and (prev in lasts or intro):
        return True
    return 1 <= value <= 31 and i + 1 < len(sc.words) and sc.words[i + 1] in firsts


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


_Core = tuple[int, int, "int | None", int, int, "str | None"]


def _core_at(sc: _Scan, i: int, clitics: bool) -> _Core | None:
    """Number or vague amount at token i: (clitic, next token, value, low, high, qualifier)."""
    vague = _match(sc, i, _VAGUE, "any" if clitics else "none")
    number = _number_at(sc, i)
    if number is not None and not clitics and number[0]:
        number = None
    if number is not None and (vague is None or number[1] > vague[1]):
        clitic, end, value = number
        if _is_percent(sc, end):
            return None
        if _is_num(sc.words[i]) and end == i + 1 and _not_a_count(sc, i, value):
            return None
        return clitic, end, value, value, value, None
    if vague is not None:
        clitic, end, entry = vague
        return clitic, end, None, entry.low, entry.high, "vague"
    return None


def _glued_digits(sc: _Scan, j: int) -> bool:
    """Whether token j is a clitic glued to the digits after it (بـ500، الـ100)."""
    return (
        sc.words[j] in DIGIT_CLITICS
        and j + 1 < len(sc.words)
        and sc.glued(j)
        and _is_num(sc.words[j + 1])
    )


def _quantity(sc: _Scan, i: int, clitic: int, end: int, core: _Core, qual: str | None) -> Quantity:
    """The Quantity from token i (after ``clitic`` letters) to token ``end``."""
    start, stop = sc.toks[i].start() + clitic, sc.toks[end - 1].end()
    _, _, value, low, high, core_qual = core
    if qual is not None and value is not None:
        low, high = _bounds(value, qual)
    return Quantity(start, stop, sc.text[start:stop], value, low, high, qual or core_qual)


@cache
def _hedge_only() -> frozenset[str]:
    """Index words that can start a hedge and nothing else."""
    return frozenset(
        w for w, options in _index().items() if all(e.kind == "hedge" for _, e in options)
    )


def _quantity_at(sc: _Scan, i: int) -> tuple[Quantity, int] | None:
    """The quantity starting at token i (hedge included) and the token after it."""
    hedge = _match(sc, i, _HEDGE)
    if hedge is None and sc.words[i] in _hedge_only():
        return None  # ما، لا، على: common words that only start hedges
    if hedge is not None and hedge[1] < len(sc.words) and sc.spaced(hedge[1] - 1):
        h_clitic, j, entry = hedge
        core = _core_at(sc, j + _glued_digits(sc, j), clitics=False)
        if core is not None:
            return _quantity(sc, i, h_clitic, core[1], core, entry.qualifier), core[1]
    core = _core_at(sc, i, clitics=True)
    if core is None:
        return None
    return _quantity(sc, i, core[0], core[1], core, None), core[1]


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in normalised ``text``, left to right, never overlapping."""
    sc = _Scan.of(text)
    index = _index()
    starts = [i for i, w in enumerate(sc.words) if w in index or "0" <= w[0] <= "9"]
    out: list[Quantity] = []
    done = 0
    for i in starts:
        if i < done:
            continue
        found = _quantity_at(sc, i)
        if found is not None:
            out.append(found[0])
            done = found[1]
    return out


def parse_number(words: str) -> int | None:
    """Integer value of a whole number phrase (digits or words), None if it is not one."""
    sc = _Scan.of(fold(words).strip())
    if not sc.words:
        return None
    found = _number_at(sc, 0)
    if found is None or found[0] or found[1] != len(sc.words):
        return None
    return found[2]


#: Between two parts of one count: the counted noun (and an adjective), then "، و" / "و".
_PART_GAP = re.compile(r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s*[،,]?\s*و\s*$")


def sum_parts(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Counts the text gives in parts, added up ("أحد عشر قائداً، وثلاثة إعلاميين و56 مقاتلاً"
    → one quantity of 70 spanning all three); other quantities pass through unchanged."""
    merged: list[Quantity] = []
    for q in quantities:
        last = merged[-1] if merged else None
        if (last is not None and last.value is not None and q.value is not None
                and _PART_GAP.match(text[last.end : q.start])):
            total = last.value + q.value
            merged[-1] = Quantity(last.start, q.end, text[last.start : q.end], total, total, total, None)
        else:
            merged.append(q)
    return merged
