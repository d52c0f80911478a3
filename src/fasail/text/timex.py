"""Arabic time expressions in normalised news text, resolved against a publication date.

Facts about armed groups are time-bound (who controlled a town *when*), so every date-like
phrase is found and, where possible, turned into an ISO value with its precision. Phrases
are found with regexes built once from months.tsv, time_cues.tsv and the number lexicons
(dateparser's search misses Levantine month names and hedged relatives such as
``قبل نحو 4 أيام``, and it does not parse most of these phrases once normalised either), and
resolved by direct calendar arithmetic, which is exact and far faster than dateparser.

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
* A proclitic on the first word (وأمس، لعام، بشهر) and an introducing word before a bare
  year (في، منذ 2016) are left out of the span.
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


def _key(phrase: str) -> str:
    """Folded phrase with single spaces, the key of every lexicon dict."""
    return " ".join(fold(phrase).split())


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
    for phrase, kind, unit, offset in load_rows("time_cues.tsv"):
        key = _key(phrase)
        if kind == "relative":
            relative[key] = (unit, int(offset))
        elif kind == "unit":
            units[key] = (unit, int(offset))
        elif kind == "suffix":
            suffixes[key] = int(offset)
        else:
            words.setdefault(kind, []).append(key)
    return _Lexicon(months, weekdays, relative, units, suffixes, words)


def _alt(phrases: Iterable[str]) -> str:
    """Regex for any of the folded phrases, ending at a word boundary."""
    return "(?:" + alternation(phrases) + r")(?!\w)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The compiled regexes, one per kind of expression."""

    numeric: re.Pattern[str]
    day_month: re.Pattern[str]
    month_year: re.Pattern[str]
    month: re.Pattern[str]
    year: re.Pattern[str]
    relative: re.Pattern[str]
    ago: re.Pattern[str]
    weekday: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Regexes built once from the lexicons."""
    lex = _lexicon()
    w = lex.words
    mon = _alt(lex.months)
    wd = _alt(lex.weekdays)
    dp = _alt(w["daypart"])
    mod = _alt(w["modifier"])
    suf = _alt(lex.suffixes)
    stems = sorted({k.removeprefix("ال") for k in w["year_word"]}, key=len, reverse=True)
    year_kw = r"(?:ال|(?<=ل)ل)?(?:" + "|".join(stems) + r")(?!\w)\s*"
    year = r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)(?:م(?!\w))?"
    rel_year = _alt(k for k, (unit, _) in lex.relative.items() if unit == "year")
    year_part = (
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{year_kw})?{year}"
        rf"|\s+(?:من\s+)?(?P<ryear>{rel_year}))"
    )
    month_x = rf"(?P<mon>{mon})(?:\s*[/\-(]\s*{mon}\s*\)?)?"
    month_kw = rf"(?:{_alt(w['month_word'])}\s+)"
    lead = r"(?<!\w)(?:[وف]?[بل]?)"  # proclitics outside the span
    lead_w = r"(?<!\w)(?:[وف])?"
    number_alt = _alt(" ".join(t) for t in number_words())
    num = rf"(?:\d+|{number_alt}(?:\s+و?\s*{number_alt}){{0,4}})"
    flags = re.UNICODE
    return _Patterns(
        numeric=re.compile(
            r"(?<![\d/.\-])(?P<s>(?P<y1>(?:19|20)\d\d)-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
            r"|(?P<d2>\d{1,2})(?P<sep>[/.\-])(?P<m2>\d{1,2})(?P=sep)(?P<y2>(?:19|20)\d\d))"
            r"(?![\d/\-]|\.\d)",
            flags,
        ),
        day_month=re.compile(
            rf"{lead_w}(?P<s>(?:{dp}\s+)?(?:(?:يوم\s+)?{wd}\s*[،,]?\s*(?:الموافق\s+)?)?"
            rf"(?:يوم\s+)?(?:ال)?(?<!\d)(?P<day>[0-3]?\d)(?!\d)\s*(?:من\s+)?{month_kw}?"
            rf"{month_x}(?:{year_part})?)",
            flags,
        ),
        month_year=re.compile(
            rf"{lead}(?P<s>(?:{mod}\s+)?{month_kw}?{month_x}{year_part})", flags
        ),
        month=re.compile(
            rf"(?:(?<!\w)(?P<intro>{_alt(w['year_intro'])})\s+)?{lead}(?P<s>(?P<mod>{mod}\s+)?(?P<kw>{month_kw})?{month_x}"
            rf"(?:\s+(?P<suf>{suf}))?)",
            flags,
        ),
        year=re.compile(
            rf"(?<!\w)(?:(?P<intro>{_alt(w['year_intro'])})\s+)?(?:[وف]?[بل]?)"
            rf"(?P<s>(?P<mod>{mod}\s+)?(?P<kw>{year_kw})?{year})",
            flags,
        ),
        relative=re.compile(
            rf"{lead_w}(?P<s>(?:{mod}\s+)?(?:{dp}\s+)?(?P<cue>{_alt(lex.relative)})"
            rf"(?:\s*[،,]?\s*{wd})?)",
            flags,
        ),
        ago=re.compile(
            rf"{lead_w}(?P<s>{_alt(w['ago'])}\s+(?:{_alt(hedges())}\s+)?"
            rf"(?:(?P<num>{num})\s*)?(?P<unit>{_alt(lex.units)}))(?!\s*(?:19|20)\d\d)",
            flags,
        ),
        weekday=re.compile(
            rf"{lead_w}(?P<s>(?:{dp}\s+)?(?:يوم\s+)?(?P<wd>{wd})(?:\s+(?P<suf>{suf}))?)",
            flags,
        ),
    )


#: Words after اليوم / الليلة that make them "the day" of some event, not today.
_NOT_TODAY = re.compile(
    r"\s+(?:التالي|الاول|الثاني|الثالث|الرابع|الاخير|السابق|نفسه|ذاته|ذاتها|نفسها|الذي|التي"
    r"|العالمي|الوطني|الموعود)(?!\w)"
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


def _month_of(match_text: str) -> int:
    """Month number of the first month name in a matched phrase."""
    return _lexicon().months[_key(match_text)][0]


def _make(
    text: str, m: re.Match[str], value: str | None, precision: str | None, relative: bool
) -> TimeExpression:
    """A TimeExpression over the match's span group ``s``."""
    start, end = m.span("s")
    return TimeExpression(start, end, text[start:end], value, precision, relative)


def _year_of(m: re.Match[str], anchor: dt.date | None) -> tuple[int | None, bool]:
    """The year a year_part names and whether it depended on the anchor."""
    if m.group("year"):
        return int(m.group("year")), False
    offset = _lexicon().relative[_key(m.group("ryear"))][1]
    return (anchor.year + offset if anchor else None), True


def _numeric(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """2019-03-14 or 14/3/2019 (day first)."""
    if m.group("y1"):
        y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    if not _valid_day(y, mo, d):
        return None
    return _make(text, m, _iso_day(dt.date(y, mo, d)), "day", False)


def _day_month(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """15 تشرين الثاني 2014, الأحد 29 كانون الثاني 2017, or 15 آب (year from the anchor)."""
    day, month = int(m.group("day")), _month_of(m.group("mon"))
    if m.group("year") or m.group("ryear"):
        y, relative = _year_of(m, anchor)
    elif anchor is None:
        return _make(text, m, None, None, True) if 1 <= day <= 31 else None
    else:
        relative = True
        y = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    if y is None:
        return _make(text, m, None, None, True)
    if not _valid_day(y, month, day):
        return _make(text, m, f"{y:04d}-{month:02d}", "month", relative) if day <= 31 else None
    return _make(text, m, _iso_day(dt.date(y, month, day)), "day", relative)


def _month_year(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """تشرين الثاني / نوفمبر 2014, في شهر أيلول من العام 2016, آذار من العام الماضي."""
    y, relative = _year_of(m, anchor)
    if y is None:
        return _make(text, m, None, None, True)
    return _make(text, m, f"{y:04d}-{_month_of(m.group('mon')):02d}", "month", relative)


def _month(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """A month with no year (شهر آذار, حزيران الماضي), placed by the anchor.

    A month name that is also a common word (آب "father") needs شهر, a modifier, a suffix
    or an introducing word (في آب) to be read as a month.
    """
    month, alone = _lexicon().months[_key(m.group("mon"))]
    if not (alone or m.group("kw") or m.group("mod") or m.group("suf") or m.group("intro")):
        return None
    if anchor is None:
        return _make(text, m, None, None, True)
    offset = _lexicon().suffixes[_key(m.group("suf"))] if m.group("suf") else None
    y = anchor.year
    if offset is None and month > anchor.month or offset == -1 and month >= anchor.month:
        y -= 1
    elif offset == 1 and month <= anchor.month:
        y += 1
    return _make(text, m, f"{y:04d}-{month:02d}", "month", True)


def _year(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """عام 2011, العام 2012, أواخر عام 2014, منذ 2016."""
    if not (m.group("intro") or m.group("mod") or m.group("kw")):
        return None
    return _make(text, m, m.group("year"), "year", False)


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


def _relative(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """أمس, صباح أمس, أمس الأربعاء, الأسبوع الماضي, العام الماضي."""
    cue = _key(m.group("cue"))
    if cue in ("اليوم", "الليله") and _NOT_TODAY.match(text, m.end("cue")):
        return None
    if anchor is None:
        return _make(text, m, None, None, True)
    return _make(text, m, *_resolve(anchor, *_lexicon().relative[cue]), True)


def _ago(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """قبل نحو 4 أيام, منذ 3 أشهر, قبل عامين, منذ ثلاثة أسابيع."""
    unit, count = _lexicon().units[_key(m.group("unit"))]
    if m.group("num"):
        count = parse_number(m.group("num")) or 0
    if count <= 0:
        return None  # منذ أيام: no number, no value
    if anchor is None:
        return _make(text, m, None, None, True)
    return _make(text, m, *_resolve(anchor, unit, -count), True)


def _weekday(text: str, m: re.Match[str], anchor: dt.date | None) -> TimeExpression | None:
    """الخميس, يوم الأحد, مساء الجمعة الماضية: the nearest such day around the anchor."""
    if anchor is None:
        return _make(text, m, None, None, True)
    target = _lexicon().weekdays[_key(m.group("wd"))]
    offset = _lexicon().suffixes[_key(m.group("suf"))] if m.group("suf") else None
    back = (anchor.isoweekday() - target) % 7
    if offset == -1 and back == 0:
        back = 7
    elif offset == 1:
        back = back - 7 if back else -7
    elif offset == 0:
        back = anchor.isoweekday() - target
    return _make(text, m, _iso_day(anchor - dt.timedelta(days=back)), "day", True)


_Handler = Callable[[str, re.Match[str], dt.date | None], TimeExpression | None]


@cache
def _handlers() -> tuple[tuple[re.Pattern[str], _Handler], ...]:
    """Each regex with the function that turns its matches into TimeExpressions."""
    p = _patterns()
    return (
        (p.numeric, _numeric),
        (p.day_month, _day_month),
        (p.month_year, _month_year),
        (p.month, _month),
        (p.year, _year),
        (p.relative, _relative),
        (p.ago, _ago),
        (p.weekday, _weekday),
    )


def _longest(found: list[TimeExpression]) -> list[TimeExpression]:
    """Non-overlapping expressions, longer ones first, returned in text order."""
    kept: list[TimeExpression] = []
    for t in sorted(found, key=lambda t: (t.start - t.end, t.start)):
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


#: How far before and after a key word a time expression may reach (characters).
_BEFORE, _AFTER = 90, 110


@cache
def _trigger() -> re.Pattern[str]:
    """Regex for the key words every expression contains: a month, weekday, relative cue,
    قبل/منذ, a year or a numeric date."""
    lex = _lexicon()
    heads = {
        k.split()[0]
        for k in [*lex.months, *lex.weekdays, *lex.relative, *lex.words["ago"]]
    }
    return re.compile(
        rf"(?<!\w)[وفبل]{{0,2}}{_alt(heads)}|(?<!\d)(?:19|20)\d\d(?!\d)|\d[/.\-]\d"
    )


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around key words, merged; each ends where a word ends."""
    out: list[tuple[int, int]] = []
    for m in _trigger().finditer(text):
        a, b = max(0, m.start() - _BEFORE), m.end() + _AFTER
        if b < len(text):
            ends = [i for i in (text.find(" ", b), text.find("\n", b)) if i >= 0]
            b = min(ends) if ends else len(text)
        b = min(b, len(text))
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def find_times(text: str, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Time expressions in normalised ``text``, resolved against ``anchor`` when given.

    The regexes run only in windows around key words (a month, قبل, a year ...), so an
    article without dates costs one scan.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    found: list[TimeExpression] = []
    for a, b in _windows(text):
        for pattern, handler in _handlers():
            for m in pattern.finditer(text, a, b):
                t = handler(text, m, anchor)
                if t is not None and t.end > t.start:
                    found.append(t)
    return _longest(found)
