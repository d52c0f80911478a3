"""Tests for fasail.text.numbers on news-style Arabic sentences (normalised first)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasail.text.normalize import fold, normalize
from fasail.text.numbers import Quantity, find_quantities, parse_number, sum_parts


def quantities(raw: str) -> tuple[str, list[Quantity]]:
    """Normalise ``raw`` as the pipeline does, then find its quantities."""
    text = normalize(raw).text
    return text, find_quantities(text)


def only(raw: str) -> Quantity:
    """The single quantity of ``raw``, with its span checked against the text."""
    text, found = quantities(raw)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


POINT = [
    ("قُتل خمسة وعشرون عنصراً من قوات النظام في الهجوم.", "خمسة وعشرون", 25),
    ("أسرت الفصائل ثلاثمئة وخمسين مقاتلاً خلال المعارك.", "ثلاثمئة وخمسين", 350),
    ("قال المصدر إن ثلاثمائة وخمسون عنصراً انشقوا.", "ثلاثمائة وخمسون", 350),
    ("يضم الفصيل خمسة آلاف مقاتل بحسب مصادر محلية.", "خمسة آلاف", 5000),
    ("قتل أحد عشر مدنياً في القصف الجوي.", "أحد عشر", 11),
    ("أطلقت القوات سراح إحدى عشرة امرأة.", "إحدى عشرة", 11),
    ("استهدف القصف مئتين من المسلحين.", "مئتين", 200),
    ("جنّد التنظيم ألفين من الشبان.", "ألفين", 2000),
    ("أرسلت الوزارة ألفين وخمسمئة جندي إلى الجبهة.", "ألفين وخمسمئة", 2500),
    ("أعلن الجيش مقتل 40 مسلحاً.", "40", 40),
    ("نزح ١٢٠٠ شخص من القرية.", "1200", 1200),
    ("بلغ عدد المقاتلين ١٬٥٠٠ عنصر.", "1٬500", 1500),
    ("وصل عدد النازحين إلى 1.500 نازح.", "1.500", 1500),
    ("تسلم الفصيل 1,500 قطعة سلاح.", "1,500", 1500),
    ("تسبب القتال في نزوح 1.5 مليون شخص.", "1.5 مليون", 1_500_000),
    ("رصدت الحكومة ٢٫٥ مليون دولار للإعمار.", "2٫5 مليون", 2_500_000),
    ("خصصت الجهة المانحة 3 ملايين دولار.", "3 ملايين", 3_000_000),
    ("حشد الجيش 5 آلاف عنصر على الحدود.", "5 آلاف", 5000),
    ("قتل ثلاثة عشر جندياً في الكمين.", "ثلاثة عشر", 13),
    ("اعتقلت الشرطة ثلاث عشرة ناشطة.", "ثلاث عشرة", 13),
    ("يقدر عدد عناصره بخمسة عشر ألفاً.", "خمسة عشر ألفاً", 15_000),
    ("نزح مئة ألف شخص من المدينة.", "مئة ألف", 100_000),
    ("استقبل المخيم مئتي ألف نازح.", "مئتي ألف", 200_000),
    ("يعيش في المخيمات مليون و200 ألف لاجئ.", "مليون و200 ألف", 1_200_000),
    ("جرى تبادل ثلاث مئة أسير.", "ثلاث مئة", 300),
    ("اعتقل اثنين من القادة الميدانيين.", "اثنين", 2),
    ("قضى سبعة وثلاثين شخصاً.", "سبعة وثلاثين", 37),
    ("دفع الفصيل ألف وخمسمئة دولار لكل عنصر.", "ألف وخمسمئة", 1500),
    ("قدرت الخسائر بثلاثة ملايين وخمسمئة ألف دولار.", "ثلاثة ملايين وخمسمئة ألف", 3_500_000),
    ("أصيب واحد وعشرون مدنياً.", "واحد وعشرون", 21),
    ("انضم إلى التنظيم ثمانية عشر مقاتلاً أجنبياً.", "ثمانية عشر", 18),
]


@pytest.mark.parametrize(("raw", "phrase", "value"), POINT)
def test_point_values(raw: str, phrase: str, value: int) -> None:
    q = only(raw)
    assert q.text == fold(phrase)
    assert (q.value, q.low, q.high, q.qualifier) == (value, value, value, None)


CLITICS = [
    ("قُتل ثلاثة عناصر وثلاثة آخرون من المدنيين.", ["ثلاثة", "ثلاثة"], [3, 3]),
    ("قصفت الطائرات المدينة بخمسة صواريخ.", ["خمسة"], [5]),
    ("قتل 12 عنصراً و30 آخرين.", ["12", "30"], [12, 30]),
    ("هاجم المسلحون القرية بـ500 عنصر.", ["500"], [500]),
    ("ارتفعت الحصيلة لخمسين قتيلاً.", ["خمسين"], [50]),
]


@pytest.mark.parametrize(("raw", "phrases", "values"), CLITICS)
def test_proclitic_is_left_out_of_the_span(
    raw: str, phrases: list[str], values: list[int]
) -> None:
    text, found = quantities(raw)
    assert [q.text for q in found] == [fold(p) for p in phrases]
    assert [q.value for q in found] == values
    assert all(text[q.start : q.end] == q.text for q in found)


HEDGED = [
    ("أسفر القصف عن مقتل ما لا يقل عن 15 شخصاً.", "ما لا يقل عن 15", 15, 15, 23, "at_least"),
    ("يضم اللواء قرابة مئة عنصر.", "قرابة مئة", 100, 90, 110, "approx"),
    ("قتل زهاء ثلاثين مسلحاً.", "زهاء ثلاثين", 30, 27, 33, "approx"),
    ("تجاوز عدد القتلى ما يزيد على 200 شخص.", "ما يزيد على 200", 200, 201, 300, "more_than"),
    ("بقي في البلدة أقل من عشرة مقاتلين.", "أقل من عشرة", 10, 5, 9, "less_than"),
    ("شارك في الهجوم حوالي 50 عنصراً.", "حوالي 50", 50, 45, 55, "approx"),
    ("نزح ما يقارب 70 عائلة.", "ما يقارب 70", 70, 63, 77, "approx"),
    ("قتل على الأقل 12 عنصراً.", "على الأقل 12", 12, 12, 18, "at_least"),
    ("جنّد الفصيل أطفالاً دون 18 عاماً.", "دون 18", 18, 9, 17, "less_than"),
    ("أعلن الجيش مقتل أكثر من 1,500 مقاتل.", "أكثر من 1,500", 1500, 1501, 2250, "more_than"),
    ("شارك في العملية نحو ألفين وخمسمئة عنصر.", "نحو ألفين وخمسمئة", 2500, 2250, 2750, "approx"),
    ("قتل نحو ٤٠ عنصراً في الاشتباكات.", "نحو 40", 40, 36, 44, "approx"),
    ("أفرج عن ما يقرب من ثلاثمئة معتقل.", "ما يقرب من ثلاثمئة", 300, 270, 330, "approx"),
    ("بلغت الحصيلة ما يناهز 60 قتيلاً.", "ما يناهز 60", 60, 54, 66, "approx"),
    ("ينتشر في المنطقة نحو الـ100 عنصر.", "نحو ال100", 100, 90, 110, "approx"),
]


@pytest.mark.parametrize(("raw", "phrase", "value", "low", "high", "qualifier"), HEDGED)
def test_hedge_is_in_the_span_and_sets_the_range(
    raw: str, phrase: str, value: int, low: int, high: int, qualifier: str
) -> None:
    q = only(raw)
    assert q.text == fold(phrase)
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


def test_hedge_with_proclitic() -> None:
    q = only("يقدر عدد المقاتلين بنحو 300 مقاتل.")
    assert (q.text, q.value, q.qualifier) == ("نحو 300", 300, "approx")
    q = only("قتل في المعارك وأكثر من مئة عنصر.")
    assert (q.text, q.value, q.low, q.qualifier) == (fold("أكثر من مئة"), 100, 101, "more_than")


VAGUE = [
    ("سقط عشرات القتلى في القصف.", "عشرات", 20, 99),
    ("أصيب بضع عشرات من المدنيين.", "بضع عشرات", 20, 50),
    ("انشق مئات العناصر عن الجيش.", "مئات", 200, 999),
    ("نزح آلاف المدنيين من ريف حلب.", "آلاف", 2000, 9999),
    ("فر عشرات الآلاف من المدينة.", "عشرات الآلاف", 20_000, 99_999),
    ("توقفت المعارك منذ بضعة أيام.", "بضعة", 3, 9),
    ("اعتقلت قوات الأمن المئات.", "المئات", 200, 999),
    ("هجّرت الحرب مئات الآلاف من السكان.", "مئات الآلاف", 200_000, 999_999),
    ("عبر الحدود بضعة آلاف من اللاجئين.", "بضعة آلاف", 3000, 9000),
    ("دعا الفصيل لعشرات الاجتماعات.", "عشرات", 20, 99),
    ("وأصيب العشرات بجروح، والعشرات من الجرحى في حالة خطرة.", "العشرات", 20, 99),
]


@pytest.mark.parametrize(("raw", "phrase", "low", "high"), VAGUE)
def test_vague_amounts(raw: str, phrase: str, low: int, high: int) -> None:
    text, found = quantities(raw)
    assert found, raw
    for q in found:
        assert q.text == fold(phrase)
        assert text[q.start : q.end] == q.text
        assert (q.value, q.low, q.high, q.qualifier) == (None, low, high, "vague")


def test_hedge_before_vague_amount_keeps_its_range() -> None:
    q = only("قتل أكثر من عشرات المدنيين.")
    assert (q.text, q.value, q.low, q.high, q.qualifier) == (
        fold("أكثر من عشرات"), None, 20, 99, "more_than",
    )


def test_several_quantities_in_order() -> None:
    text, found = quantities(
        "قتل 12 عنصراً وأصيب العشرات، فيما أسر نحو ثلاثين آخرين واختطف خمسة وستة أطفال."
    )
    assert [q.text for q in found] == ["12", "العشرات", fold("نحو ثلاثين"), "خمسه", "سته"]
    assert [q.value for q in found] == [12, None, 30, 5, 6]
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


NOT_QUANTITIES = [
    "تقدمت الفرقة 13 نحو المدينة.",
    "سيطر التنظيم على المدينة عام 2014.",
    "وقعت المجزرة في 15 تشرين الثاني 2014.",
    "يشكل النازحون 30% من السكان.",
    "يشكل النازحون 30 في المئة من السكان.",
    "قال أحد المسلحين إن الهجوم فشل.",
    "أعلن الجيش يوم الاثنين بدء العملية.",
    "لست أدري ما حدث.",
    "طالب المجلس بتطبيق القرار 2254.",
    "يسيطر الفصيل على المنطقة منذ 2016.",
    "نشر البيان بتاريخ 14/3/2019.",
    "بدأ القصف عند الساعة 10:30 صباحاً.",
    "صباح",
    "",
]


@pytest.mark.parametrize("raw", NOT_QUANTITIES)
def test_names_dates_and_percentages_are_not_quantities(raw: str) -> None:
    assert quantities(raw)[1] == []


PHRASES = [
    ("خمسة وعشرون", 25),
    ("ثلاثمئة وخمسين", 350),
    ("ألفين", 2000),
    ("خمسة آلاف", 5000),
    ("أحد عشر", 11),
    ("إحدى عشرة", 11),
    ("مئتين", 200),
    ("مائتان", 200),
    ("ألف وخمسمئة وخمسة وعشرون", 1525),
    ("مليونين", 2_000_000),
    ("ثلاثة ملايين وخمسمئة ألف", 3_500_000),
    ("1,500", 1500),
    ("٣٠٠", 300),
    ("5 آلاف", 5000),
    ("عشرة آلاف", 10_000),
    ("ثمانمئة", 800),
    ("تسعمائة وتسعة وتسعون", 999),
]


@pytest.mark.parametrize(("words", "value"), PHRASES)
def test_parse_number(words: str, value: int) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize("words", ["عشرات", "خمسة مقاتلين", "", "أحد", "نحو خمسة", "1.5"])
def test_parse_number_rejects_non_numbers(words: str) -> None:
    assert parse_number(words) is None


WORDS = [
    "خمسة", "وعشرون", "ثلاثمئة", "وخمسين", "ألف", "آلاف", "ألفين", "مليون", "عشرات", "نحو",
    "أكثر", "من", "ما", "لا", "يقل", "عن", "على", "الأقل", "أحد", "عشر", "و", "بـ", "ال",
    "الفرقة", "عام", "في", "المئة", "%", "1,500", "1.5", "2014", "٣", "/", "-", ":", "،",
    "مقاتل", "تشرين", "الثاني", "٬", "٫", "²", "\u0660", "بضع", "دون",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "", "  ", "\n"]))
def test_never_crashes_on_word_salad(words: list[str], sep: str) -> None:
    check_invariants(normalize(sep.join(words)).text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_never_crashes_on_arbitrary_text(raw: str) -> None:
    check_invariants(raw)
    check_invariants(normalize(raw).text)


def check_invariants(text: str) -> None:
    """Spans in bounds and matching, ordered, disjoint, and ranges well formed."""
    found = find_quantities(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.low <= q.high
        if q.qualifier is None:
            assert q.value == q.low == q.high
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(("raw", "expected"), [
    ("أعدم التنظيم تسعة قادة ميدانيين، وأربعة إعلاميين و40 مقاتلاً من الفصيل.", [53]),
    ("قتل 5 عناصر و3 مدنيين في القصف.", [8]),
    ("يضم الفصيل 200 مقاتل موزعين على 3 قرى.", [200, 3]),
    ("أسر الطرفان 12 مقاتلاً، وأفرجا لاحقاً عن 4 منهم.", [12, 4]),
])
def test_counts_given_in_parts_are_added(raw: str, expected: list[int]) -> None:
    text, found = quantities(raw)
    merged = sum_parts(text, found)
    assert [q.value for q in merged] == expected
    assert all(text[q.start : q.end] == q.text for q in merged)
