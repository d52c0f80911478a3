from hypothesis import given
from hypothesis import strategies as st

from fasail.text.normalize import fold, normalize

ARABIC_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
    "٠١٢٣٤٥٦٧٨٩«»“”\" .،؛ﻻﷲ\u200f\u00a0"
)
arabic_text = st.text(alphabet=ARABIC_ALPHABET + "abc123", max_size=200)


def test_folds_letter_variants_digits_and_quotes():
    n = normalize("«إدلب» أسرى مدرسةٌ ٢٠١٤ “النُّصرة”")
    assert n.text == '"ادلب" اسري مدرسه 2014 "النصره"'


def test_span_in_normalised_text_maps_to_exact_original_characters():
    original = "أعلنت لـ»جبهة النُّصرة« بيعتها"
    n = normalize(original)
    start = n.text.index("جبهه النصره")
    assert n.original_span(start, start + len("جبهه النصره")) == "جبهة النُّصرة"


def test_tatweel_clitic_quote_pattern():
    n = normalize("لـ»الحزب التركستاني«")
    assert n.text == 'ل"الحزب التركستاني"'


def test_space_runs_collapse_and_a_spaced_tatweel_is_a_dash():
    n = normalize("فتح  الشام ـ النصرة")
    assert n.text == "فتح الشام - النصره"
    assert n.original_span(0, 9) == "فتح  الشام"


def test_presentation_forms_expand_and_still_map():
    n = normalize("ﻻ بد")
    assert n.text == "لا بد"
    assert n.original_span(0, 2) == "ﻻ"


@given(arabic_text)
def test_offset_map_is_monotonic_and_in_bounds(text):
    n = normalize(text)
    assert len(n.source_index) == len(n.text)
    assert all(0 <= i < len(text) for i in n.source_index)
    assert list(n.source_index) == sorted(n.source_index)


@given(arabic_text)
def test_every_normalised_char_comes_from_its_source_char(text):
    n = normalize(text)
    for i, ch in enumerate(n.text):
        source = text[n.source_index[i]]
        # A tatweel standing alone ("فتح الشام ـ النصرة") is a dash by design, not a stretch.
        assert ch in fold(source) or (ch == "-" and source == "\u0640")


@given(arabic_text, st.data())
def test_any_span_maps_back_to_the_original_characters_behind_it(text, data):
    n = normalize(text)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    # A span may cut through a ligature (ﷲ → الله); the original span then covers the
    # whole ligature, so its folded form contains the normalised span.
    assert n.text[start:end] in fold(n.original_span(start, end))


@given(st.text(alphabet="ابتجدةىأإآ َّ«»٣", max_size=120), st.data())
def test_spans_without_ligatures_map_back_exactly(text, data):
    n = normalize(text)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    assert fold(n.original_span(start, end)) == n.text[start:end]


@given(arabic_text)
def test_normalisation_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_dropped_characters_between_spaces_leave_one_space():
    for text in (" \u200f ", " ـ\u200f ", "ا \u064e ب"):
        n = normalize(text)
        assert "  " not in n.text and fold(fold(text)) == fold(text) == n.text
        assert len(n.source_index) == len(n.text)


def test_every_dash_style_folds_to_a_hyphen_keeping_offsets():
    text = "الجبهة الشعبية – القيادة العامة — بيان"
    norm = normalize(text)
    assert norm.text == "الجبهه الشعبيه - القياده العامه - بيان"
    assert len(norm.text) == len(text)
