import codecs

import pytest
from tests.articles import CLASH_REPORT

from fasail.errors import BinaryInput, EmptyInput, NoArabicText, UndecodableInput
from fasail.ingest.decode import decode_bytes, normalize_newlines, require_arabic


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CLASH_REPORT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CLASH_REPORT.encode("utf-8"), "utf-8-sig"),
        (CLASH_REPORT.encode("utf-16"), "utf-16"),
        (CLASH_REPORT.encode("utf-16-le"), "utf-16"),
        (CLASH_REPORT.encode("utf-16-be"), "utf-16"),
        (CLASH_REPORT.replace("«", '"').replace("»", '"').encode("cp1256"), "windows-1256"),
    ],
)
def test_decodes_the_encodings_of_arabic_news_files(data, encoding):
    text, found = decode_bytes(data)
    assert found == encoding
    assert "هيئة تحرير الشام" in text


def test_empty_file_is_refused():
    with pytest.raises(EmptyInput):
        decode_bytes(b"  \n\n ")


def test_binary_file_is_refused():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(BinaryInput):
        decode_bytes(png)


def test_utf8_with_broken_bytes_is_undecodable_not_mojibake():
    data = CLASH_REPORT.encode("utf-8")
    broken = data[:101] + b"\xff\xfe\xfa" + data[101:]
    with pytest.raises(UndecodableInput, match="offset"):
        decode_bytes(broken)


def test_text_without_arabic_is_refused():
    with pytest.raises(NoArabicText):
        require_arabic("Clashes broke out in Idlib on Tuesday.", min_letters=40)


def test_mixed_line_endings_become_one():
    assert normalize_newlines("سطر\r\nسطر\rسطر\n") == "سطر\nسطر\nسطر\n"
