from fasail.text.sentences import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_splits_on_arabic_and_latin_terminators():
    text = "سيطرت الفصائل على البلدة. هل انسحب الجيش؟ نعم! وبقيت الاشتباكات؛ ثم هدأت"
    assert texts(text) == [
        "سيطرت الفصائل على البلدة.", "هل انسحب الجيش؟", "نعم!", "وبقيت الاشتباكات؛", "ثم هدأت",
    ]


def test_newline_ends_a_sentence_even_without_punctuation():
    assert texts("عنوان الخبر\nنص الخبر هنا.") == ["عنوان الخبر", "نص الخبر هنا."]


def test_decimal_numbers_and_abbreviations_do_not_split():
    text = "قال د. محمد إن 2.5 مليون شخص نزحوا. وأضاف أن الأرقام تتغير."
    assert texts(text) == ["قال د. محمد إن 2.5 مليون شخص نزحوا.", "وأضاف أن الأرقام تتغير."]


def test_short_quotation_is_kept_whole_and_closing_quote_stays():
    text = "وقال القائد «لن ننسحب. سنقاتل حتى النهاية.» ثم غادر المكان. وانتهى اللقاء."
    assert texts(text) == [
        "وقال القائد «لن ننسحب. سنقاتل حتى النهاية.» ثم غادر المكان.", "وانتهى اللقاء.",
    ]


def test_spans_point_into_the_original_text():
    text = "  الجملة الأولى.   الجملة الثانية؟ "
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
