"""Arabic time expressions in normalised news text, resolved against a publication date.

Facts about armed groups are time-bound (who controlled a town *when*), so every date-like
phrase is found and, where possible, turned into an ISO value with its precision. Phrases
are found with regexes built once from months.tsv, time_cues.tsv and the number lexicons
(dateparser's search misses Levantine month names and hedged relatives such as
``قبل نحو 4 أيام``, and it parses few of these phrases once normalised), and resolved by
direct calendar arithmetic, which is exact and far faster than dateparser.

How it scans: one fast regex finds the *key* of every expression (a month or weekday name,
a relative cue such as أمس, the trigger قبل/منذ, a four-digit year, a numeric date); then a
small regex reads the words allowed before the key (back to a bounded distance) and another
the words after it. Python's ``re`` is slow at trying many optional prefixes at every
position, so anchoring on keys keeps the cost per article near one scan.

Conventions:

* ``relative`` is True when the value depends on the anchor (the article's date): أمس,
  ``قبل 3 أيام``, and also a month or day-month written without a year. Without an anchor
  those get ``value=None, precision=None``.
* A bare month (or day and month) is the latest one not after the anchor; with الماضي it is
  the latest strictly before the anchor's month, with المقبل the next one after it.
* A bare weekday is the latest such day on or before the anchor (strictly before with
  الماضي). ``أمس الأربعاء`` is anchor - 1 whatever the weekday says.
* Weeks have no ISO value of their own here: ``الأسبوع الماضي`` and ``قبل أسبوعين`` give the
  month (YYYY-MM, precision ``month``) of the date 7 x N days before the anchor.
* Hours (``قبل 3 ساعات``) give the anchor's day.
* Modifiers (أواخر، مطلع، منتصف ...) stay in the span and leave the value as it is:
  ``أواخر عام 2014`` is ``2014``.
* A bare four-digit year is a year only after a year word (عام 2011), a modifier or an
  introducing word (منذ 2016); otherwise ``2000`` may be a count.
* A proclitic on the first word (وأمس، لعام، بشهر) and an introducing word (في، منذ) are
  left out of the span.
* Overlapping candidates: the longest wins.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from fasail.text.normalize import fold
from fasail.text.numbers import alternation, hedges, load_rows, number_words, parse_number

#: How far before its key an expression may start (characters).
_BEFORE = 90
#: Proclitic letters allowed glued to the first word of an expression.
_CLITICS = "وفبل"
#: Words after اليوم / الليلة that make them "the day" of some event, not today.
_NOT_TODAY = re.compile(
    r"\s+(?:التالي|الاول|الثاني|الثالث|الرابع|الاخير|السابق|نفسه|ذاته|ذاتها|نفسها|الذي|التي"
    r"|العالمي|الوطني|الموعود)(?!\w)"
)
#: "الأسبوع الأول من آذار"، "النصف الثاني من العام": an ordinal after these is no day.
_NOT_PART_OF = "".join(rf"(?<!{w}\s)" for w in ("الاسبوع", "النصف", "الربع", "الثلث", "العشر", "الفصل",
                                                  "الشهر", "العقد", "القرن", "الجزء", "المرحله", "الدفعه"))
_DIGITS = re.compile(r"\d+(?:[/.\-]\d+)*")
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\Z")
_DMY = re.compile(r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)\Z")
_YEAR = re.compile(r"(?:19|20)\d\d\Z")
_VALUE = re.compile(r"(?!0000)\d{4}(?:-\d\d(?:-\d\d)?)?")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time phrase found in text and, when it can be resolved, its ISO value."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    relative: bool


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Folded time words from months.tsv and time_cues.tsv."""

    months: dict[str, tuple[int, bool]]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    units: dict[str, tuple[str, int]]
    suffixes: dict[str, int]
    words: dict[str, list[str]]
    ordinal_days: dict[str, int]


def names_a_month(text: str, start: int, end: int) -> bool:
    """True when normalised ``text[start:end]`` is a month name used as a date ("في آذار
    الماضي"، "15 آذار"، "آذار 2019"): a village called آذار is not meant there."""
    after = re.findall(r"\w+", text[end : end + 12])[:1]
    month = _lexicon().months.get(_found_key(text[start:end]))
    if month is None and after:  # "تشرين الثاني": the place تشرين is the first word of a month
        month = _lexicon().months.get(_found_key(text[start:end] + " " + after[0]))
        if month is not None:
            return True
    if month is None:
        return False
    before = re.findall(r"\w+", text[max(0, start - 6) : start])[-1:]
    return month[1] and bool((after and (after[0] in _lexicon().suffixes or after[0].isdigit()))
                             or (before and before[0].isdigit()))


def _key(phrase: str) -> str:
    """Folded phrase with single spaces, the key of every lexicon dict."""
    return " ".join(fold(phrase).split())


def _found_key(matched: str) -> str:
    """Lexicon key of a phrase matched in (already normalised) text."""
    return " ".join(matched.split()) if " " in matched or "\n" in matched else matched


@cache
def _lexicon() -> _Lexicon:
    """Time words loaded once from the data files."""
    months: dict[str, tuple[int, bool]] = {}
    weekdays: dict[str, int] = {}
    for name, number, kind, _calendar, alone in load_rows("months.tsv"):
        if kind == "month":
            months[_key(name)] = (int(number), alone == "yes")
        else:
            weekdays[_key(name)] = int(number)
    relative: dict[str, tuple[str, int]] = {}
    units: dict[str, tuple[str, int]] = {}
    suffixes: dict[str, int] = {}
    words: dict[str, list[str]] = {}
    ordinal_days: dict[str, int] = {}
    for phrase, kind, unit, offset in load_rows("time_cues.tsv"):
        key = _key(phrase)
        if kind == "ordinal_day":
            ordinal_days[key] = int(offset)
        elif kind == "relative":
            relative[key] = (unit, int(offset))
        elif kind == "unit":
            units[key] = (unit, int(offset))
        elif kind == "suffix":
            suffixes[key] = int(offset)
        else:
            words.setdefault(kind, []).append(key)
    return _Lexicon(months, weekdays, relative, units, suffixes, words, ordinal_days)


def _alt(phrases: Iterable[str]) -> str:
    """Regex for any of the folded phrases, ending at a word boundary."""
    return "(?:" + alternation(phrases) + r")(?!\w)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """Compiled regexes: the key finder, and what may come before and after each key."""

    key: re.Pattern[str]
    month_head: re.Pattern[str]
    month_tail: re.Pattern[str]
    weekday_head: re.Pattern[str]
    weekday_tail: re.Pattern[str]
    cue_head: re.Pattern[str]
    cue_tail: re.Pattern[str]
    ago_tail: re.Pattern[str]
    year_head: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Regexes built once from the lexicons."""
    lex = _lexicon()
    w = lex.words
    mon, wd, dp, mod, suf = (
        _alt(lex.months), _alt(lex.weekdays), _alt(w["daypart"]), _alt(w["modifier"]),
        _alt(lex.suffixes),
    )
    intro = rf"(?:(?<!\w)(?P<intro>{_alt(w['year_intro'])})\s+)?"
    stems = {k.removeprefix("ال") for k in w["year_word"]}
    year_kw = r"(?:ال|(?<=ل)ل)?" + _alt(stems) + r"\s*"
    year = r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)(?:م(?!\w))?"
    rel_year = _alt(k for k, (unit, _) in lex.relative.items() if unit == "year")
    year_part = (
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{year_kw})?{year}"
        rf"|\s+(?:من\s+)?(?P<ryear>{rel_year}))"
    )
    month_kw = _alt(w["month_word"])
    number_alt = _alt(" ".join(t) for t in number_words())
    num = rf"(?:\d+|{number_alt}(?:\s+و?\s*{number_alt}){{0,4}})"
    keys = [*lex.months, *lex.weekdays, *lex.relative, *w["ago"]]
    return _Patterns(
        key=re.compile(_alt(keys)),
        month_head=re.compile(
            rf"{intro}(?<!\w)[وف]?[بل]?(?P<h>(?:(?P<mod>{mod})\s+)?(?:{dp}\s+)?"
            rf"(?:(?:يوم\s+)?{wd}\s*[،,]?\s*(?:الموافق\s+)?)?(?:يوم\s+)?"
            rf"(?:(?:(?:ال)?(?<!\d)(?P<day>[0-3]?\d)(?!\d)|{_NOT_PART_OF}(?P<oday>{_alt(lex.ordinal_days)}))\s*(?:من\s+)?)?"
            rf"(?P<kw>{month_kw}\s+)?)\Z"
        ),
        month_tail=re.compile(
            rf"(?:\s*[/\-(]\s*{mon}\s*\)?)?(?:{year_part}|\s+(?P<suf>{suf}))?"
        ),
        weekday_head=re.compile(rf"(?<!\w)[وف]?(?P<h>(?:{dp}\s+)?(?:يوم\s+)?)\Z"),
        weekday_tail=re.compile(rf"(?:\s+(?P<suf>{suf}))?"),
        cue_head=re.compile(rf"(?<!\w)[وف]?(?P<h>(?:{mod}\s+)?(?:{dp}\s+)?)\Z"),
        cue_tail=re.compile(rf"(?:\s*[،,]?\s*(?P<wd>{wd}))?"),
        ago_tail=re.compile(
            rf"\s+(?:{_alt(hedges())}\s+)?(?:(?P<num>{num})\s*)?(?P<unit>{_alt(lex.units)})"
            r"(?!\s*(?:19|20)\d\d)"
        ),
        year_head=re.compile(
            rf"{intro}(?<!\w)[وف]?[بل]?(?P<h>(?:(?P<mod>{mod})\s+)?(?P<kw>{year_kw})?)\Z"
        ),
    )


def _iso_day(d: dt.date) -> str:
    """YYYY-MM-DD of a date."""
    return d.isoformat()


def _valid_day(y: int, m: int, d: int) -> bool:
    """Whether y-m-d is a real calendar date."""
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    """Year and month ``delta`` months from y-m."""
    n = y * 12 + (m - 1) + delta
    return n // 12, n % 12 + 1


def _resolve(anchor: dt.date, unit: str, offset: int) -> tuple[str, str]:
    """Value and precision of anchor + offset units."""
    if unit in ("day", "hour"):
        days = offset if unit == "day" else 0
        return _iso_day(anchor + dt.timedelta(days=days)), "day"
    if unit == "week":
        d = anchor + dt.timedelta(days=7 * offset)
        return f"{d.year:04d}-{d.month:02d}", "month"
    if unit == "month":
        y, mo = _shift_month(anchor.year, anchor.month, offset)
        return f"{y:04d}-{mo:02d}", "month"
    return f"{anchor.year + offset:04d}", "year"


def _at_word_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a word, allowing up to two glued proclitics before it."""
    for back in range(1, 4):
        if pos - back < 0 or not text[pos - back].isalnum():
            return True
        if back == 3 or text[pos - back] not in _CLITICS:
            return False
    return False


def _expr(text: str, start: int, end: int, value: str | None, precision: str | None,
          relative: bool) -> TimeExpression:
    """A TimeExpression over text[start:end]; a value outside years 1-9999 raises ValueError."""
    if value is not None and not _VALUE.fullmatch(value):
        raise ValueError(f"date out of range: {value}")
    return TimeExpression(start, end, text[start:end], value, precision, relative)


def _head(pattern: re.Pattern[str], text: str, ks: int) -> re.Match[str] | None:
    """The longest run of allowed words ending right before the key at ``ks``.

    Most keys follow an ordinary word, so the search reaches back past the key's own
    proclitics only when the word before could end a head (a day number, شهر, منذ ...).
    """
    i = ks
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    prev = text[k:j]
    far = prev.isdigit() or any(prev[c:] in _head_words() for c in range(3))
    return pattern.search(text, max(0, ks - _BEFORE) if far else i, ks)


@cache
def _head_words() -> frozenset[str]:
    """Words that can end the part of an expression before its key."""
    lex = _lexicon()
    w = lex.words
    words = {"يوم", "الموافق", "من", *lex.weekdays}
    for kind in ("daypart", "modifier", "year_intro", "year_word", "month_word"):
        words.update(k.split()[-1] for k in w[kind])
    return frozenset(words)


def _month_year(head: re.Match[str], tail: re.Match[str], anchor: dt.date | None,
                month: int) -> tuple[str | None, str | None, bool] | None:
    """Value, precision, relative of a month with a year or a day (or neither)."""
    y: int | None = None
    relative = False
    if tail.group("year"):
        y = int(tail.group("year"))
    elif tail.group("ryear"):
        relative = True
        offset = _lexicon().relative[_found_key(tail.group("ryear"))][1]
        y = anchor.year + offset if anchor else None
    day = (int(head.group("day")) if head.group("day")
           else _lexicon().ordinal_days[_found_key(head.group("oday"))] if head.group("oday") else None)
    if y is None and not relative:
        if anchor is None:
            return None, None, True
        relative = True
        y = _year_for(anchor, month, day, tail.group("suf"))
    if y is None:
        return None, None, True
    if day is None:
        return f"{y:04d}-{month:02d}", "month", relative
    if not _valid_day(y, month, day):
        return (f"{y:04d}-{month:02d}", "month", relative) if 1 <= day <= 31 else None
    return _iso_day(dt.date(y, month, day)), "day", relative


def _year_for(anchor: dt.date, month: int, day: int | None, suf: str | None) -> int:
    """Year of a month (and day) given without one: the latest not after the anchor.

    With الماضي it is the latest strictly before the anchor's month; with الجاري the anchor's
    year; with المقبل the next one after the anchor's month.
    """
    offset = _lexicon().suffixes[_found_key(suf)] if suf else None
    y = anchor.year
    if offset is None:
        return y if (month, day or 1) <= (anchor.month, anchor.day) else y - 1
    if offset == -1:
        return y if month < anchor.month else y - 1
    if offset == 1:
        return y if month > anchor.month else y + 1
    return y


def _month_at(text: str, ks: int, ke: int, anchor: dt.date | None) -> TimeExpression | None:
    """15 تشرين الثاني 2014, شهر أيلول من العام 2016, آذار الماضي, في آب."""
    p = _patterns()
    head = _head(p.month_head, text, ks)
    if head is None:
        return None
    tail = p.month_tail.match(text, ke)
    assert tail is not None  # every part of the tail is optional
    month, alone = _lexicon().months[_found_key(text[ks:ke])]
    context = (head.group("kw") or head.group("mod") or head.group("intro") or head.group("day")
               or head.group("oday"))
    if not (alone or context or tail.group(0).strip()):
        return None  # آب alone is "father"
    resolved = _month_year(head, tail, anchor, month)
    if resolved is None:
        return None
    return _expr(text, head.start("h"), tail.end(), *resolved)


def _weekday_at(text: str, ks: int, ke: int, anchor: dt.date | None) -> TimeExpression | None:
    """الخميس, يوم الأحد, مساء الجمعة الماضية: the nearest such day around the anchor."""
    p = _patterns()
    head = _head(p.weekday_head, text, ks)
    if head is None:
        return None
    tail = p.weekday_tail.match(text, ke)
    assert tail is not None
    start, end = head.start("h"), tail.end()
    if anchor is None:
        return _expr(text, start, end, None, None, True)
    target = _lexicon().weekdays[_found_key(text[ks:ke])]
    offset = _lexicon().suffixes[_found_key(tail.group("suf"))] if tail.group("suf") else None
    back = (anchor.isoweekday() - target) % 7
    if offset == -1 and back == 0:
        back = 7
    elif offset == 1:
        back = back - 7 if back else -7
    elif offset == 0:
        back = anchor.isoweekday() - target
    return _expr(text, start, end, _iso_day(anchor - dt.timedelta(days=back)), "day", True)


def _cue_at(text: str, ks: int, ke: int, anchor: dt.date | None) -> TimeExpression | None:
    """أمس, صباح أمس, أمس الأربعاء, الأسبوع الماضي, العام الماضي."""
    cue = _found_key(text[ks:ke])
    if cue in ("اليوم", "الليله") and _NOT_TODAY.match(text, ke):
        return None
    p = _patterns()
    head = _head(p.cue_head, text, ks)
    if head is None:
        return None
    tail = p.cue_tail.match(text, ke)
    assert tail is not None
    start, end = head.start("h"), tail.end()
    if anchor is None:
        return _expr(text, start, end, None, None, True)
    return _expr(text, start, end, *_resolve(anchor, *_lexicon().relative[cue]), True)


def _ago_at(text: str, ks: int, ke: int, anchor: dt.date | None) -> TimeExpression | None:
    """قبل نحو 4 أيام, منذ 3 أشهر, قبل عامين, منذ ثلاثة أسابيع."""
    if ks > 0 and text[ks - 1] not in "وف" and text[ks - 1].isalnum():
        return None
    tail = _patterns().ago_tail.match(text, ke)
    if tail is None:
        return None
    unit, count = _lexicon().units[_found_key(tail.group("unit"))]
    if tail.group("num"):
        count = parse_number(tail.group("num")) or 0
    if count <= 0:
        return None  # منذ أيام: no number, no value
    if anchor is None:
        return _expr(text, ks, tail.end(), None, None, True)
    return _expr(text, ks, tail.end(), *_resolve(anchor, unit, -count), True)


def _digits_at(text: str, m: re.Match[str]) -> TimeExpression | None:
    """2019-03-14, 14/3/2019 (day first), or a year after عام / منذ / أواخر."""
    s, ks = m.group(), m.start()
    if (numeric := _ISO.match(s) or _DMY.match(s)) is not None:
        y, mo, d = int(numeric.group("y")), int(numeric.group("m")), int(numeric.group("d"))
        if not _valid_day(y, mo, d):
            return None
        return _expr(text, ks, m.end(), _iso_day(dt.date(y, mo, d)), "day", False)
    if not _YEAR.match(s):
        return None
    head = _head(_patterns().year_head, text, ks)
    if head is None or not (head.group("intro") or head.group("mod") or head.group("kw")):
        return None
    end = m.end() + (text.startswith("م", m.end()) and not text[m.end() + 1 : m.end() + 2].isalnum())
    return _expr(text, head.start("h"), end, s, "year", False)


_KeyHandler = Callable[[str, int, int, "dt.date | None"], "TimeExpression | None"]


def _key_handler(key: str) -> _KeyHandler | None:
    """The function that reads an expression around a key word of this kind."""
    lex = _lexicon()
    if key in lex.months:
        return _month_at
    if key in lex.weekdays:
        return _weekday_at
    if key in lex.relative:
        return _cue_at
    return _ago_at if key in lex.words["ago"] else None


def _candidates(text: str, anchor: dt.date | None) -> list[TimeExpression]:
    """Every expression found around each key, overlapping ones included.

    An anchor at the edge of the calendar (year 1 or 9999) can push a relative date out
    of range; such an expression is dropped rather than raising.
    """
    found: list[TimeExpression | None] = []
    for m in _patterns().key.finditer(text):
        ks, ke = m.span()
        handler = _key_handler(_found_key(m.group()))
        if handler is None or not _at_word_start(text, ks):
            continue
        try:
            found.append(handler(text, ks, ke, anchor))
        except (OverflowError, ValueError):
            continue
    found.extend(_digits_at(text, m) for m in _DIGITS.finditer(text) if len(m.group()) >= 4)
    return [t for t in found if t is not None and t.end > t.start]


def _longest(found: list[TimeExpression]) -> list[TimeExpression]:
    """Non-overlapping expressions in text order; where some overlap, longer ones win."""
    out: list[TimeExpression] = []
    cluster: list[TimeExpression] = []
    reach = -1
    for t in sorted(found, key=lambda t: t.start):
        if t.start >= reach and cluster:
            out.extend(_longest_of(cluster))
            cluster = []
        cluster.append(t)
        reach = max(reach, t.end)
    return out + _longest_of(cluster)


def _longest_of(cluster: list[TimeExpression]) -> list[TimeExpression]:
    """Greedy longest-first choice among a few overlapping expressions."""
    if len(cluster) == 1:
        return cluster
    kept: list[TimeExpression] = []
    for t in sorted(cluster, key=lambda t: (t.start - t.end, t.start)):
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def find_times(text: str, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Time expressions in normalised ``text``, resolved against ``anchor`` when given."""
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    return _longest(_candidates(text, anchor))
