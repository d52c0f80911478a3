from tests.articles import CLASH_REPORT, COMMENTS_TAIL

from fasail.ingest.boilerplate import strip_boilerplate


def test_reader_comments_tags_share_and_newsletter_are_dropped():
    clean, dropped = strip_boilerplate(CLASH_REPORT + COMMENTS_TAIL)
    assert clean == CLASH_REPORT.strip()
    reasons = {b.reason for b in dropped}
    assert {"share", "tags", "comments", "newsletter"} <= reasons
    assert any("حسبنا الله" in b.text for b in dropped)


def test_article_without_boilerplate_is_unchanged():
    clean, dropped = strip_boilerplate(CLASH_REPORT)
    assert clean == CLASH_REPORT.strip()
    assert dropped == []


def test_repeated_headline_and_byline_before_the_tail_are_dropped():
    title = CLASH_REPORT.split("\n")[0]
    text = CLASH_REPORT + f"\n{title}\n\nسامر الأحمد\n\nاترك تعليقاً\nالاسم\nالبريد الإلكتروني\n"
    clean, dropped = strip_boilerplate(text)
    assert clean == CLASH_REPORT.strip()
    assert [b.reason for b in dropped][:2] == ["repeated_title", "byline"]


def test_mid_text_read_also_drops_only_its_headlines():
    body = CLASH_REPORT.strip().split("\n")
    text = "\n".join(body[:3] + ["اقرأ أيضاً:", "تحرير الشام تعلن حل حكومة الإنقاذ"] + body[3:]) + "\n" * 3
    text += "\n".join(["فقرة إضافية طويلة عن تطورات الوضع الميداني في المنطقة وما تلاها من نزوح."] * 6)
    clean, dropped = strip_boilerplate(text)
    assert "اقرأ أيضاً" not in clean and "حكومة الإنقاذ" not in clean
    assert "وقال مراسل عنب بلدي" in clean and "فقرة إضافية" in clean
    assert {b.reason for b in dropped} == {"related"}


def test_promo_lines_at_the_top_are_dropped():
    text = "تابعونا على تلغرام للحصول على آخر الأخبار\nاضغط هنا للاشتراك\n" + CLASH_REPORT
    clean, dropped = strip_boilerplate(text)
    assert clean == CLASH_REPORT.strip()
    assert {b.reason for b in dropped} == {"promo"}


def test_a_sentence_mentioning_comments_is_not_a_cue():
    sentence = "التعليقات التي نشرها ناشطون على مواقع التواصل انتقدت الهيئة بشدة بسبب الاعتقالات الأخيرة في المنطقة."
    clean, _ = strip_boilerplate(CLASH_REPORT + sentence)
    assert sentence in clean


def test_rows_of_share_buttons_are_dropped_but_not_prose_with_a_slash():
    text = CLASH_REPORT + "\nفيسبوك | تويتر | واتساب | تلغرام\n"
    clean, dropped = strip_boilerplate(text)
    assert clean == CLASH_REPORT.strip() and dropped[0].reason == "navigation"
    prose = "وقال المصدر إن الطرفين اتفقا على تبادل الأسرى / المحتجزين خلال الأيام المقبلة."
    assert prose in strip_boilerplate(CLASH_REPORT + prose)[0]
