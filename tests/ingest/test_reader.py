import datetime as dt
import json

import pytest
from tests.articles import CLASH_REPORT, COMMENTS_TAIL, RELOCATION_REPORT

from fasail.document import Document
from fasail.errors import (
    EmptyInput,
    InputError,
    InputTooLarge,
    MalformedHtml,
    MalformedJsonl,
    NoArabicText,
    UnreadableInput,
)
from fasail.ingest.metadata import dateline_date, dateline_outlet, load_manifest
from fasail.ingest.reader import read_articles
from fasail.settings import load_settings

HTML_PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<title>سيطرة الجيش على بلدة جديدة</title>
<meta property="og:site_name" content="سمارت">
{meta}
</head><body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav>
<article><h1>سيطرة الجيش على بلدة جديدة</h1>
<p>سيطر الجيش السوري على بلدة التمانعة في ريف إدلب الجنوبي بعد معارك استمرت ثلاثة أيام مع فصائل الجبهة الوطنية للتحرير، بحسب ما أفاد به مراسل الوكالة في المنطقة.</p>
<p>وأشار المراسل إلى أن الفصائل انسحبت نحو بلدة خان شيخون بعد قصف جوي مكثف استهدف مواقعها خلال الليلة الماضية.</p>
</article><section class="comments"><h3>التعليقات</h3><p>قارئ: الله يرحم الشهداء</p></section>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def read(*paths, **kwargs) -> list:
    return list(read_articles([str(p) for p in paths], **kwargs))


def write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding=encoding)
    return path


def test_text_file_gives_clean_document_with_doc_name_title_outlet(tmp_path):
    path = write(tmp_path, "clash.txt", CLASH_REPORT + COMMENTS_TAIL)
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.doc == "clash.txt"
    assert doc.title == CLASH_REPORT.split("\n")[0]
    assert doc.outlet == "عنب بلدي"
    assert "حسبنا الله" not in doc.text and doc.dropped
    assert len(doc.id) == 16 and doc.id == read(path)[0].id


def test_dateline_date_with_eastern_digits_and_option_fallback(tmp_path):
    [doc] = read(write(tmp_path, "daraa.txt", RELOCATION_REPORT), default_date=dt.date(2020, 1, 1))
    assert (doc.date, doc.date_source) == (dt.date(2018, 7, 15), "dateline")
    [doc] = read(write(tmp_path, "clash.txt", CLASH_REPORT), default_date=dt.date(2020, 1, 1))
    assert (doc.date, doc.date_source) == (dt.date(2020, 1, 1), "option")


def test_published_on_line_is_a_dateline():
    assert dateline_date("عنوان الخبر\nنُشر في 2019-03-14\nنص الخبر هنا.") == dt.date(2019, 3, 14)


def test_unquoted_outlet_needs_a_known_outlet():
    text = "إيلاف: تتضارب الأنباء حول اتفاق بين الطرفين."
    assert dateline_outlet(text) is None
    assert dateline_outlet(text, {"إيلاف": "إيلاف"}.get) == "إيلاف"


def test_manifest_sets_date_outlet_url(tmp_path):
    path = write(tmp_path, "clash.txt", CLASH_REPORT)
    manifest = write(tmp_path, "m.csv", "file,date,outlet,url\nclash.txt,2019-02-05,عنب بلدي,https://example.org/a\n")
    [doc] = read(path, manifest=load_manifest(str(manifest)))
    assert (doc.date, doc.date_source, doc.url) == (dt.date(2019, 2, 5), "manifest", "https://example.org/a")


def test_html_main_text_and_date_only_from_page_metadata(tmp_path):
    with_meta = HTML_PAGE.format(meta='<meta property="article:published_time" content="2019-05-08T09:00:00+03:00">')
    [doc] = read(write(tmp_path, "page.html", with_meta))
    assert doc.doc == "page.html"
    assert (doc.date, doc.date_source, doc.outlet) == (dt.date(2019, 5, 8), "page", "سمارت")
    assert "سيطر الجيش السوري على بلدة التمانعة" in doc.text
    assert "الله يرحم" not in doc.text and "الرئيسية" not in doc.text
    [undated] = read(write(tmp_path, "2019-05-08-page.html", HTML_PAGE.format(meta="")))
    assert undated.date is None


def test_jsonl_lines_become_articles_and_bad_lines_errors(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": CLASH_REPORT, "outlet": "عنب بلدي", "date": "2019-01-02"},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"title": "بلا نص"}, ensure_ascii=False),
        json.dumps({"text": RELOCATION_REPORT}, ensure_ascii=False),
    ]
    items = read(write(tmp_path, "batch.jsonl", "\n".join(lines)))
    assert [type(i) for i in items] == [Document, MalformedJsonl, MalformedJsonl, Document]
    assert items[0].doc == "a1" and items[0].date == dt.date(2019, 1, 2)
    assert items[1].where.endswith("batch.jsonl:2") and "not JSON" in items[1].message
    assert items[3].doc == "batch.jsonl:4"


def test_folders_are_read_recursively_and_other_files_skipped(tmp_path):
    write(tmp_path, "a.txt", CLASH_REPORT)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.txt", RELOCATION_REPORT)
    write(tmp_path / "sub", "notes.pdf", b"%PDF-1.4")
    assert [d.doc for d in read(tmp_path)] == ["a.txt", "b.txt"]


def test_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CLASH_REPORT.encode("utf-8"))))
    [doc] = read("-")
    assert doc.doc == "stdin"


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.txt", b"", EmptyInput),
        ("english.txt", b"Clashes broke out near Idlib on Tuesday, activists said." * 3, NoArabicText),
        ("broken.html", "<html><body><div><p>", MalformedHtml),
        ("comments-only.txt", "التعليقات\nرائع\n", NoArabicText),
    ],
)
def test_bad_items_are_reported_and_batch_goes_on(tmp_path, name, content, error):
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "good.txt", CLASH_REPORT)
    items = read(bad, good)
    assert isinstance(items[0], error) and items[0].where == str(bad)
    assert isinstance(items[1], Document)


def test_missing_file_and_size_limit(tmp_path, monkeypatch):
    [missing] = read(tmp_path / "nope.txt")
    assert isinstance(missing, UnreadableInput)
    big = write(tmp_path, "big.txt", CLASH_REPORT * 50)
    settings = load_settings()
    monkeypatch.setitem(settings["ingest"], "max_bytes", 1000)
    [too_big] = read(big)
    assert isinstance(too_big, InputTooLarge) and "limit" in str(too_big)
    assert isinstance(too_big, InputError)
