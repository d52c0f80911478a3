import pytest

from fasail.text.normalize import fold
from fasail.text.tokens import split_proclitic, tokenize


@pytest.mark.parametrize(
    ("word", "clitic", "stem"),
    [
        ("لجبهة", "ل", "جبهة"),
        ("والجيش", "وال", "جيش"),
        ("وللجيش", "ولل", "جيش"),
        ("للتنظيم", "لل", "تنظيم"),
        ("بالرقة", "بال", "رقة"),
        ("فالحزب", "فال", "حزب"),
        ("كالجماعة", "كال", "جماعة"),
        ("وداعش", "و", "داعش"),
        ("بكتائب", "ب", "كتائب"),
        ("وبلدة", "و", "بلدة"),
        ("ولواء", "و", "لواء"),
    ],
)
def test_proclitics_are_split(word, clitic, stem):
    assert split_proclitic(fold(word)) == (fold(clitic), fold(stem))


@pytest.mark.parametrize("word", ["كتائب", "لواء", "فيلق", "بشار", "بلدة", "فصائل", "ولاية", "بيان"])
def test_names_and_head_nouns_are_not_broken(word):
    assert split_proclitic(fold(word)) == ("", fold(word))


@pytest.mark.parametrize("word", ["من", "في", "لم", "بل", "ولا"])
def test_short_words_are_not_split(word):
    assert split_proclitic(fold(word))[0] in ("", "و") and len(split_proclitic(fold(word))[1]) >= 2


def test_tokens_keep_offsets_and_stem_boundary():
    text = "انضم مقاتلون لجبهةِ النصرة وبلدة"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["انضم", "مقاتلون", "لجبهةِ", "النصرة", "وبلدة"]
    clitic_token = tokens[2]
    assert text[clitic_token.stem_start : clitic_token.end] == "جبهةِ"
    assert clitic_token.prefix == "ل"
    assert tokens[4].stem == "بلدة"
