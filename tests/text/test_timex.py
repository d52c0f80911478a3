"""Tests for fasail.text.timex on news-style Arabic sentences (normalised first)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.text.normalize import fold, normalize
from fasail.text.timex import TimeExpression, find_times

#: A Tuesday.
ANCHOR = dt.date(2017, 1, 31)


def times(raw: str, anchor: dt.date | None = None) -> tuple[str, list[TimeExpression]]:
    """Normalise ``raw`` as the pipeline does, then find its time expressions."""
    text = normalize(raw).text
    return text, find_times(text, anchor)


def only(raw: str, anchor: dt.date | None = None) -> TimeExpression:
    """The single time expression of ``raw``, with its span checked against the text."""
    text, found = times(raw, anchor)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t


ABSOLUTE = [
    # a day written as an ordinal before "من <month>"
    ("اندلعت المواجهات في السادس والعشرين من تشرين الأول 2014 في جبل الزاوية.",
     "السادس والعشرين من تشرين الأول 2014", "2014-10-26", "day"),
    ("وبدأ الهجوم في الأول من آذار 2016 على أطراف البلدة.", "الأول من آذار 2016", "2016-03-01", "day"),
    ("وفي الخامس عشر من أيار 2018 وصلت القافلة.", "الخامس عشر من أيار 2018", "2018-05-15", "day"),
    ("سيطر التنظيم على المدينة في 15 تشرين الثاني 2014 بعد معارك عنيفة.",
     "15 تشرين الثاني 2014", "2014-11-15", "day"),
    ("وقع الهجوم الأحد 29 كانون الثاني 2017 قرب الحدود التركية.",
     "الأحد 29 كانون الثاني 2017", "2017-01-29", "day"),
    ("في تشرين الثاني / نوفمبر 2014 أعلن الفصيل انضمامه إلى الجبهة.",
     "تشرين الثاني / نوفمبر 2014", "2014-11", "month"),
    ("انسحب المقاتلون من البلدة في شهر أيلول من العام 2016.",
     "شهر أيلول من العام 2016", "2016-09", "month"),
    ("يسيطر التنظيم على الريف منذ منتصف شهر تشرين الثاني / نوفمبر من العام 2014.",
     "منتصف شهر تشرين الثاني / نوفمبر من العام 2014", "2014-11", "month"),
    ("تأسس الفصيل أواخر عام 2014 في ريف إدلب.", "أواخر عام 2014", "2014", "year"),
    ("اندلعت الاحتجاجات في درعا عام 2011.", "عام 2011", "2011", "year"),
    ("في العام 2012 انشق العقيد عن الجيش.", "العام 2012", "2012", "year"),
    ("تسيطر القوات الكردية على المنطقة منذ 2016.", "2016", "2016", "year"),
    ("صدر البيان بتاريخ 2019-03-14 عن القيادة العامة.", "2019-03-14", "2019-03-14", "day"),
    ("نشر المرصد تقريره في 14/3/2019.", "14/3/2019", "2019-03-14", "day"),
    ("عقد الاجتماع يوم 14.3.2019 في أنقرة.", "14.3.2019", "2019-03-14", "day"),
    ("دخلت القوات البلدة في ١٥ أيار ٢٠١٥.", "15 أيار 2015", "2015-05-15", "day"),
    ("بدأت المعركة مطلع آذار 2013.", "مطلع آذار 2013", "2013-03", "month"),
    ("أعلن التنظيم خلافته في يونيو 2014.", "يونيو 2014", "2014-06", "month"),
    ("سقطت الموصل في حزيران/يونيو 2014.", "حزيران/يونيو 2014", "2014-06", "month"),
    ("انتهى الحصار في كانون أول 2016.", "كانون أول 2016", "2016-12", "month"),
    ("وصلت التعزيزات في 20 أبريل 2018.", "20 أبريل 2018", "2018-04-20", "day"),
    ("اغتيل القيادي صباح يوم الأحد الموافق 5 آب 2018.",
     "صباح يوم الأحد الموافق 5 آب 2018", "2018-08-05", "day"),
    ("أقرت الموازنة لعام 2015.", "عام 2015", "2015", "year"),
    ("يعمل الفصيل في المنطقة منذ عام 2013.", "عام 2013", "2013", "year"),
    ("أعلن التحالف في 3 ديسمبر 2017م انتهاء العمليات.", "3 ديسمبر 2017م", "2017-12-03", "day"),
    ("وقعت الاشتباكات في 10 من شهر تموز من عام 2012.",
     "10 من شهر تموز من عام 2012", "2012-07-10", "day"),
]


@pytest.mark.parametrize(("raw", "phrase", "value", "precision"), ABSOLUTE)
def test_absolute_dates(raw: str, phrase: str, value: str, precision: str) -> None:
    for anchor in (None, ANCHOR):
        t = only(raw, anchor)
        assert t.text == fold(phrase)
        assert (t.value, t.precision, t.relative) == (value, precision, False)


def test_impossible_day_falls_back_to_the_month() -> None:
    t = only("زعم البيان أن الهجوم وقع في 31 شباط 2015.")
    assert (t.text, t.value, t.precision) == (fold("31 شباط 2015"), "2015-02", "month")


MONTH_WITHOUT_YEAR = [
    ("سيطرت الفصائل على البلدة في أيار.", "أيار", ANCHOR, "2016-05", "month"),
    ("سيطرت الفصائل على البلدة في أيار.", "أيار", dt.date(2017, 6, 10), "2017-05", "month"),
    ("عاد النازحون منتصف آب الماضي.", "منتصف آب الماضي", dt.date(2017, 8, 20), "2016-08", "month"),
    ("عاد النازحون في آب الماضي.", "آب الماضي", dt.date(2017, 9, 2), "2017-08", "month"),
    ("تنتهي الهدنة في آذار المقبل.", "آذار المقبل", ANCHOR, "2017-03", "month"),
    ("قصفت الطائرات المدينة في 15 آب.", "15 آب", ANCHOR, "2016-08-15", "day"),
    ("قصفت الطائرات المدينة في 15 كانون الثاني.", "15 كانون الثاني", ANCHOR, "2017-01-15", "day"),
    ("انسحب المقاتلون في آذار من العام الماضي.", "آذار من العام الماضي", ANCHOR, "2016-03",
     "month"),
    ("أعلنت الهدنة خلال شهر نيسان.", "شهر نيسان", ANCHOR, "2016-04", "month"),
]


@pytest.mark.parametrize(("raw", "phrase", "anchor", "value", "precision"), MONTH_WITHOUT_YEAR)
def test_month_without_year_takes_the_anchor(
    raw: str, phrase: str, anchor: dt.date, value: str, precision: str
) -> None:
    t = only(raw, anchor)
    assert t.text == fold(phrase)
    assert (t.value, t.precision, t.relative) == (value, precision, True)
    unanchored = only(raw)
    assert (unanchored.text, unanchored.value, unanchored.precision) == (t.text, None, None)
    assert unanchored.relative


RELATIVE = [
    ("قال المرصد أمس الأربعاء إن الاشتباكات تجددت.", "أمس الأربعاء", dt.date(2017, 2, 2),
     "2017-02-01", "day"),
    ("أفاد ناشطون أمس الأربعاء بوقوع غارات.", "أمس الأربعاء", ANCHOR, "2017-01-30", "day"),
    ("استهدفت غارة صباح أمس رتلاً للتنظيم.", "صباح أمس", ANCHOR, "2017-01-30", "day"),
    ("بدأ الهجوم قبل نحو 4 أيام من جهة الشرق.", "قبل نحو 4 أيام", ANCHOR, "2017-01-27", "day"),
    ("يحاصر الجيش المدينة منذ 3 أشهر.", "منذ 3 أشهر", ANCHOR, "2016-10", "month"),
    ("تصاعد القصف خلال الأسبوع الماضي.", "الأسبوع الماضي", dt.date(2017, 2, 3), "2017-01",
     "month"),
    ("خسر التنظيم نصف مناطقه العام الماضي.", "العام الماضي", ANCHOR, "2016", "year"),
    ("انشق القيادي عن الفصيل قبل 4 سنوات.", "قبل 4 سنوات", ANCHOR, "2013", "year"),
    ("اختطف الصحفي قبل ثلاثة أيام.", "قبل ثلاثة أيام", ANCHOR, "2017-01-28", "day"),
    ("توقفت المفاوضات منذ أسبوعين.", "منذ أسبوعين", ANCHOR, "2017-01", "month"),
    ("اعتقل الناشط قبل عامين.", "قبل عامين", ANCHOR, "2015", "year"),
    ("دخلت القافلة أول أمس إلى المدينة.", "أول أمس", ANCHOR, "2017-01-29", "day"),
    ("دوت انفجارات الليلة الماضية في المدينة.", "الليلة الماضية", ANCHOR, "2017-01-30", "day"),
    ("استهدفت سيارة مفخخة مساء الجمعة الماضية سوقاً شعبياً.", "مساء الجمعة الماضية", ANCHOR,
     "2017-01-27", "day"),
    ("أعلن الفصيل يوم الخميس انسحابه.", "يوم الخميس", ANCHOR, "2017-01-26", "day"),
    ("قال المتحدث، الثلاثاء، إن المعارك مستمرة.", "الثلاثاء", ANCHOR, "2017-01-31", "day"),
    ("تم توقيع الاتفاق الشهر الماضي.", "الشهر الماضي", ANCHOR, "2016-12", "month"),
    ("قتل القيادي قبل خمسة عشر يوماً.", "قبل خمسة عشر يوماً", ANCHOR, "2017-01-16", "day"),
    ("تشهد المدينة اليوم هدوءاً حذراً.", "اليوم", ANCHOR, "2017-01-31", "day"),
    ("وأمس أعلن الجيش السيطرة على التلة.", "أمس", ANCHOR, "2017-01-30", "day"),
    ("انتهت المعارك منذ حوالي ستة أشهر.", "منذ حوالي ستة أشهر", ANCHOR, "2016-07", "month"),
    ("أصيب الجندي قبل 3 ساعات.", "قبل 3 ساعات", ANCHOR, "2017-01-31", "day"),
    ("تراجع التنظيم منذ مطلع العام الجاري.", "مطلع العام الجاري", ANCHOR, "2017", "year"),
]


@pytest.mark.parametrize(("raw", "phrase", "anchor", "value", "precision"), RELATIVE)
def test_relative_with_anchor(
    raw: str, phrase: str, anchor: dt.date, value: str, precision: str
) -> None:
    t = only(raw, anchor)
    assert t.text == fold(phrase)
    assert (t.value, t.precision, t.relative) == (value, precision, True)


@pytest.mark.parametrize(("raw", "phrase"), [(r[0], r[1]) for r in RELATIVE])
def test_relative_without_anchor_has_no_value(raw: str, phrase: str) -> None:
    t = only(raw)
    assert t.text == fold(phrase)
    assert (t.value, t.precision, t.relative) == (None, None, True)


def test_datetime_anchor_is_accepted() -> None:
    t = only("وقع الانفجار أمس.", dt.datetime(2017, 1, 31, 23, 59))
    assert t.value == "2017-01-30"


def test_several_expressions_longest_wins() -> None:
    text, found = times(
        "يسيطر التنظيم على المدينة منذ منتصف شهر تشرين الثاني من العام 2014 وحتى أواخر "
        "العام الماضي، وقد هاجمها الجيش أمس الأربعاء.",
        ANCHOR,
    )
    assert [t.text for t in found] == [
        fold("منتصف شهر تشرين الثاني من العام 2014"),
        fold("أواخر العام الماضي"),
        fold("أمس الأربعاء"),
    ]
    assert [t.value for t in found] == ["2014-11", "2016", "2017-01-30"]
    assert [t.relative for t in found] == [False, True, True]


NOT_TIMES = [
    "صباح",
    "وصلت التعزيزات في اليوم التالي للهجوم.",
    "يعيش المهجرون في المخيمات منذ سنوات.",
    "قتل أب لثلاثة أطفال في القصف.",
    "مارس الضغط على الفصائل للانسحاب.",
    "تقدمت الفرقة 13 نحو المدينة.",
    "قتل 2000 عنصر في المعارك.",
    "أعلن الفصيل الحرب ضد الإرهاب.",
    "لامس الجرح عظم الساق.",
    "",
]


@pytest.mark.parametrize("raw", NOT_TIMES)
def test_words_that_are_not_times(raw: str) -> None:
    assert times(raw, ANCHOR)[1] == []


VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
LENGTHS = {"year": 4, "month": 7, "day": 10}
WORDS = [
    "امس", "اليوم", "الليلة", "الماضية", "قبل", "منذ", "نحو", "4", "ثلاثة", "أيام", "اشهر",
    "عام", "العام", "2014", "١٥", "تشرين", "الثاني", "/", "نوفمبر", "آب", "شهر", "من", "في",
    "الأحد", "صباح", "أواخر", "الأسبوع", "الماضي", "14/3/2019", "2019-02-30", "31", "-", "،",
    "يوم", "الموافق", "ولل", "عامين", "م", "(", ")",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=14),
    st.sampled_from([" ", "", "\n "]),
    st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))),
)
def test_never_crashes_on_word_salad(words: list[str], sep: str, anchor: dt.date | None) -> None:
    check_invariants(normalize(sep.join(words)).text, anchor)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.one_of(st.none(), st.dates()))
def test_never_crashes_on_arbitrary_text(raw: str, anchor: dt.date | None) -> None:
    check_invariants(raw, anchor)
    check_invariants(normalize(raw).text, anchor)


def check_invariants(text: str, anchor: dt.date | None) -> None:
    """Spans in bounds and matching, ordered and disjoint; values agree with precision."""
    found = find_times(text, anchor)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        if t.value is None:
            assert t.precision is None
        else:
            assert VALUE.fullmatch(t.value)
            assert len(t.value) == LENGTHS[t.precision]
        if not t.relative:
            assert t.value is not None
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_future_cues() -> None:
    assert only("تستأنف المفاوضات غداً في جنيف.", ANCHOR).value == "2017-02-01"
    t = only("تنتهي ولاية البعثة في آذار من العام المقبل.", ANCHOR)
    assert (t.text, t.value) == (fold("آذار من العام المقبل"), "2018-03")


@pytest.mark.parametrize("anchor", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_anchor_at_calendar_edge_drops_out_of_range_dates(anchor: dt.date) -> None:
    text = normalize("أمس وغداً والعام الماضي والعام المقبل وفي أيار وآذار المقبل قبل 4 سنوات").text
    check_invariants(text, anchor)


def test_an_ordinal_after_a_part_of_a_period_is_no_day() -> None:
    """"الأسبوع الأول من آذار" is a week, "النصف الثاني من العام" a half: not the 1st or 2nd."""
    assert only("وقعت الاشتباكات في الأسبوع الأول من آذار 2016.").value == "2016-03"
