"""Knowledge base names with every proclitic form, longest match and offsets."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("أعلن الفصيل انضمامه لجبهة النصرة في ريف حلب.", "جبهة النصرة"),
        ("وقصفت طائرات النظام مواقع تابعة والجيش السوري الحر صامد.", "الجيش السوري الحر"),
        ("وتحالفت فصائل محلية مع هيئة تحرير الشام وبهيئة تحرير الشام ارتبطت.", "هيئة تحرير الشام"),
        ("اتهمت الحركة مقاتلين تابعين بـ«جند الأقصى» بتنفيذ الهجوم.", "جند الأقصى"),
        ("سلّم الفصيل أسلحته لـ»الحزب التركستاني« قبل أيام.", "الحزب التركستاني"),
        ("وأرسل القائد تعزيزات للحزب الإسلامي التركستاني في جسر الشغور.", "حزب الإسلامي التركستاني"),
        ("وكانت الفصائل قد اشتبكت مع داعش ووداعش انسحب لاحقاً.", "داعش"),
        ("ودعا البيان فالجيش الوطني السوري إلى التدخل.", "الجيش الوطني السوري"),
    ],
)
def test_names_with_proclitics_are_found_without_the_clitic(recognize, sentence, surface):
    entities = recognize(sentence)
    found = [e for e in entities.values() if e["in_kb"] and e["type"] != "PLACE"]
    texts = {m["text"] for e in found for m in e["mentions"]}
    assert surface in texts, f"{surface} not among {texts}"


def test_longest_match_keeps_nested_names_whole(recognize):
    entities = recognize("بايع مقاتلون تنظيم القاعدة في بلاد الشام العام الماضي.")
    nusra = [e for e in entities.values() if e["kb_id"] == "jabhat-al-nusra"]
    assert nusra and "تنظيم القاعدة في بلاد الشام" in nusra[0]["aliases"]
    assert not any(e["kb_id"] == "al-qaeda" for e in entities.values())


def test_aliases_of_one_group_make_one_entity(recognize):
    text = "اشتبكت جبهة النصرة مع فصائل محلية. وقالت مصادر إن النصرة خسرت عشرة مقاتلين."
    entities = recognize(text)
    nusra = [e for e in entities.values() if e["kb_id"] == "jabhat-al-nusra"]
    assert len(nusra) == 1
    assert {"جبهة النصرة", "النصرة"} <= set(nusra[0]["aliases"])
    assert nusra[0]["name_en"] == "Jabhat al-Nusra"


def test_mention_offsets_point_at_the_original_characters(recognize):
    text = "قال مصدر إن «هيئةُ تحريرِ الشام» سيطرت على البلدة."
    entities = recognize(text)
    hts = next(e for e in entities.values() if e["kb_id"] == "hayat-tahrir-al-sham")
    mention = hts["mentions"][0]
    assert text[mention["start"] : mention["end"]] == "هيئةُ تحريرِ الشام"
    assert mention["rule"] == "groups.yaml#hayat-tahrir-al-sham"


def test_a_word_inside_a_longer_word_is_not_a_name(recognize):
    entities = recognize("تحدث المصدر عن النصراني والداعشية في مقال رأي.")
    assert not any(e["kb_id"] in ("jabhat-al-nusra", "islamic-state") for e in entities.values())


def test_short_name_of_a_person_needs_the_full_name_in_the_article(recognize):
    alone = recognize("قال الجولاني في كلمة مصورة إن المعركة مستمرة.")
    assert not any(e["type"] == "PERSON" for e in alone.values())
    both = recognize("ظهر أبو محمد الجولاني في تسجيل مصور. وقال الجولاني إن المعركة مستمرة.")
    julani = [e for e in both.values() if e["type"] == "PERSON"]
    assert len(julani) == 1 and "الجولاني" in julani[0]["aliases"]


def test_a_kunya_short_name_is_a_person_by_its_form(recognize):
    entities = recognize("وقال أبو خديجة في تسجيل صوتي إن التنظيم لن يتراجع.")
    persons = [e for e in entities.values() if e["type"] == "PERSON"]
    assert [p["name"] for p in persons] == ["أبو خديجة"], persons


@pytest.mark.parametrize(("sentence", "kb_id"), [
    # Turkish outlets' combined label, one name for the YPG
    ("وطردت الفصائل عناصر تنظيم PKK/YPG الإرهابي من القرية.", "ypg"),
    # Kurdish outlets spell Kurdistan with a waw
    ("وتتهم أنقرة الوحدات بالارتباط بحزب العمال الكوردستاني.", "pkk"),
])
def test_regional_spellings_of_kurdish_groups(recognize, sentence, kb_id):
    assert kb_id in {e["kb_id"] for e in recognize(sentence).values()}


def test_an_international_body_is_matched_but_gives_no_entity(recognize):
    entities = recognize("وتوصل الطرفان إلى اتفاق برعاية الأمم المتحدة، فيما قصف التحالف الدولي مواقع «داعش».")
    kb_ids = {e["kb_id"] for e in entities.values()}
    assert "united-nations" not in kb_ids and "international-coalition" in kb_ids, kb_ids
    assert not any("الأمم" in name for name in entities), list(entities)


def test_russian_special_forces_are_their_own_state_force(recognize):
    entities = recognize("وأكدت وزارة الدفاع الروسية أن القوات الخاصة الروسية شاركت في العملية إلى جانب الجيش السوري.")
    assert "russian-special-forces" in {e["kb_id"] for e in entities.values()}


@pytest.mark.parametrize(("sentence", "kb_id", "name"), [
    ("وبحسب مصدر تحدث لموقع تلفزيون سوريا، فإن الاتفاق جاء بضغط من تركيا.", "syria-tv", "تلفزيون سوريا"),
    ("وقال قائد الفصيل لـ«نداء بوست» إن الاتفاق صامد.", "nedaa-syria", "نداء بوست"),
    ("وقال المتحدث لـ«الحرة» إن قواته صامدة.", "alhurra", "الحرة"),
])
def test_outlets_told_or_named_without_their_head_noun(recognize, sentence, kb_id, name):
    outlets = {e["kb_id"]: e["name"] for e in recognize(sentence).values() if e["type"] == "OUTLET"}
    assert outlets.get(kb_id) == name, outlets
