"""Names that are not in the knowledge base, one family of patterns at a time."""

import pytest


def types(entities):
    return {name: e["type"] for name, e in entities.items()}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("أعلن «لواء السنديان» انضمامه إلى غرفة العمليات.", "لواء السنديان"),
        ("هاجم تنظيم «سرايا الجبل» حاجزاً للفصائل.", "سرايا الجبل"),
        ("وشارك مقاتلو كتائب الوادي في المعارك الأخيرة.", "كتائب الوادي"),
        ("وقالت حركة «شباب الفجر» في بيان إنها لن تنسحب.", "شباب الفجر"),
        ("انشق قادة من فيلق البادية خلال الأسبوع الماضي.", "فيلق البادية"),
        ("وتوصل ممثلون عن «غرفة العمليات المشتركة في الشمال» إلى اتفاق.", "غرفة العمليات المشتركة في الشمال"),
    ],
)
def test_group_names_after_head_nouns(recognize, sentence, name):
    entities = recognize(sentence)
    assert types(entities).get(name) == "GROUP", types(entities)
    assert not entities[name]["in_kb"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وتخشى العائلات من أن تؤثر الخلافات على حركة التنقل بين القرى.",
        "وعاد المقاتلون إلى جبهات القتال في الريف الجنوبي.",
        "وطالبت الهيئة العامة للإغاثة بفتح المعابر.",
    ],
)
def test_common_phrases_with_head_nouns_are_not_groups(recognize, sentence):
    assert not [n for n, t in types(recognize(sentence)).items() if t == "GROUP"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال القيادي أبو حمزة الحموي إن الاتفاق انهار.", "أبو حمزة الحموي"),
        ("وأكد أبو عبد الرحمن الإدلبي وصول التعزيزات.", "أبو عبد الرحمن الإدلبي"),
        ("وقال أبو علي الحمصي إن المعركة مستمرة.", "أبو علي الحمصي"),  # علي, not the folded على
        ("وقال القائد أبو عمر محمد إن المعركة مستمرة.", "أبو عمر محمد"),  # a kunya and a given name
        ("ونقل المراسل عن أبي خالد الشامي قوله إن القصف مستمر.", "أبي خالد الشامي"),
        ("وقال الباحث محمود أبو سالم إن التحالف هش.", "محمود أبو سالم"),
        ("وأفاد سامر العبدالله مسؤول المكتب الإعلامي بأن الهجوم صُدّ.", "سامر العبدالله"),
        ("وأعلن المدعو «خطاب الدرعاوي» انشقاقه عن الفصيل.", "خطاب الدرعاوي"),
        # after a word of leading, a family name whose first letters read as proclitics
        ("وهاجمت الفصائل «قوات الفجر» التي يقودها راجي فلحوط، والمتهمة بالارتباط بالمخابرات.", "راجي فلحوط"),
        # after the rank اللواء (also a brigade) a name opening with a listed given name
        ("بوساطة المدير العام للأمن العام اللبناني اللواء عباس إبراهيم.", "عباس إبراهيم"),
        # a family name whose first letter reads as ب before a word like إلى
        ("وقال مدير المكتب الإعلامي لـ«قسد» مصطفى بالي في تغريدة إن المعركة انتهت.", "مصطفى بالي"),
        # a compound given name in the middle of a name
        ("وقُتل قائده المؤسس محمد سعد الدين البريدي في تفجير.", "محمد سعد الدين البريدي"),
        # a bare family name closing a kunya before punctuation
        ("وأعلن الفصيل، الذي يقوده أبو العبد أشداء، رفضه للاتفاق.", "أبو العبد أشداء"),
    ],
)
def test_person_names_from_kunya_first_names_and_introducers(recognize, sentence, name):
    assert types(recognize(sentence)).get(name) == "PERSON", types(recognize(sentence))


@pytest.mark.parametrize(("sentence", "name"), [
    ("ويقود الفصيل أبو خالد حالياً، بحسب المصدر.", "أبو خالد"),  # an adverb, not a family name
    ("وقال أبو خالد الحلبي إن القصف مستمر.", "أبو خالد الحلبي"),
    ("التقى أبو عمر بوفد من الوجهاء أمس.", "أبو عمر"),  # a verb before a kunya is no given name
    # a title noun ends a name; "حسن النية" is good faith, not a man
    ("وتولى ماهر قصاب قيادة الفصيل بادرةً لحسن النية.", "ماهر قصاب"),
])
def test_a_kunya_takes_no_word_that_is_not_its_name(recognize, sentence, name):
    persons = [n for n, t in types(recognize(sentence)).items() if t == "PERSON"]
    assert persons == [name], persons


def test_a_definite_office_right_before_a_state_is_no_office_of_it(recognize):
    # "اتهم المتحدث النظام": the spokesman accuses the regime; no name follows an office here
    entities = recognize("واتهم المتحدث النظام السوري بتسليح مجموعات من العشائر.")
    assert not any(e["type"] == "PERSON" for e in entities.values()), entities


def test_the_preposition_ala_is_not_the_name_ali(recognize):
    entities = recognize("سيطرت الفصائل على حاجز قرب البلدة ثم على مستودع الذخيرة.")
    assert not [n for n, t in types(entities).items() if t == "PERSON"]


def test_nickname_after_al_mulaqqab_is_an_alias_of_the_person(recognize):
    entities = recognize("قُتل القيادي سامر العبدالله الملقب بـ«الشبح» في كمين.")
    assert "الشبح" in entities["سامر العبدالله"]["aliases"]


def test_family_name_alone_later_joins_the_person(recognize):
    entities = recognize("قال سامر الحسن قائد الفصيل إن المعركة مستمرة. وأضاف الحسن أن التعزيزات وصلت.")
    assert "الحسن" in entities["سامر الحسن"]["aliases"]
    assert "الحسن" not in entities


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("سيطرت الفصائل على بلدة كفرنبل بعد معارك عنيفة.", "كفرنبل", "بلدة كفرنبل"),
        ("وتقدمت القوات نحو قرية (أبو حبة) فجر اليوم.", "أبو حبة", None),
        ("ودخل المقاتلون مدينة سراقب من محورها الشرقي.", "سراقب", "مدينة سراقب"),
    ],
)
def test_places_after_place_nouns(recognize, sentence, name, alias):
    entities = recognize(sentence)
    assert types(entities).get(name) == "PLACE", types(entities)
    if alias:
        assert alias in entities[name]["aliases"]


def test_dual_place_nouns_give_two_places(recognize):
    entities = recognize("استعاد الجيش بلدتي التح وجرجناز بعد اشتباكات.")
    assert types(entities).get("التح") == "PLACE" and types(entities).get("جرجناز") == "PLACE"
    paired = recognize("استعاد المقاتلون قريتي (الباغوز فوقاني وتحتاني) في الريف.")
    assert {"الباغوز فوقاني", "الباغوز تحتاني"} <= set(paired)


def test_sites_keep_their_noun(recognize):
    entities = recognize("سيطرت القوات على تلة الصوامع وتل الخضر ومطار كشيش العسكري.")
    assert {"تلة الصوامع", "تل الخضر"} <= {n for n, t in types(entities).items() if t == "PLACE"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("تدور معارك في ريف إدلب الجنوبي الشرقي منذ أيام.", ["ريف إدلب الجنوبي الشرقي"]),
        ("وانتشر المقاتلون في ريف مدينة معرة النعمان.", ["ريف مدينة معرة النعمان"]),
        ("وتمركزت الفصائل في ريفي حماة الغربي وإدلب الجنوبي منذ سنوات.", ["ريف حماة الغربي", "ريف إدلب الجنوبي"]),
        ("شاركوا في معارك الريف الغربي لمدينة حماة.", ["الريف الغربي لمدينة حماة"]),
    ],
)
def test_region_phrases(recognize, sentence, names):
    entities = recognize(sentence)
    for name in names:
        assert types(entities).get(name) == "PLACE", types(entities)


def test_outlet_names_after_head_nouns(recognize):
    entities = recognize("وقال مصدر لقناة «الحدث اليوم» إن المفاوضات فشلت.")
    assert types(entities).get("الحدث اليوم") == "OUTLET"


def test_a_nickname_after_a_new_title_is_another_person(recognize):
    entities = recognize("وأبرز القتلى المدعو «خطاب الحموي» والمسؤول العسكري الملقب «أبو اليمان». "
                         "وقتل محمد منير الملقب بـ«الدبوس».")
    persons = {name: e for name, e in entities.items() if e["type"] == "PERSON"}
    assert {"خطاب الحموي", "أبو اليمان", "محمد منير"} <= set(persons), persons
    assert "الدبوس" in persons["محمد منير"]["aliases"]


@pytest.mark.parametrize("sentence", [
    "وقال قائد جيش العزة في ريف حماة إن المعركة مستمرة.",
    "وظهر القائد السابق لجيش المهاجرين والأنصار، وهو يتلو بيانا مصورا.",
    "وقال إن في عنقه بيعة لأمير إمارة القوقاز ولا يستطيع نقضها.",
])
def test_no_person_after_an_office_and_its_group_without_a_name(recognize, sentence):
    assert not any(e["type"] == "PERSON" for e in recognize(sentence).values())


def test_a_quoted_saying_after_a_head_noun_is_no_group(recognize):
    entities = recognize("وقال إن اللواء «لم ولن يكون أداة بيد أحد» في إشارة إلى الخلاف.")
    assert not any(e["type"] == "GROUP" for e in entities.values()), entities


@pytest.mark.parametrize("sentence", [
    'وتصنّف موسكو الفصيل "تنظيماً إرهابياً" منذ سنوات.',
    "واعتبرت الحكومة الحركة «منظمة إرهابية» في بيان رسمي.",
    'ووصف البيان التشكيل بأنه "جماعة مسلحة" خارجة عن القانون.',
])
def test_a_quoted_label_after_a_head_noun_is_no_group(recognize, sentence):
    entities = recognize(sentence)
    assert not any(e["type"] == "GROUP" and e.get("kb_id") is None for e in entities.values()), entities


def test_a_quoted_two_word_name_after_a_head_noun_is_still_a_group(recognize):
    entities = recognize("وأعلن فصيل «ثوار سوريا» انسحابه من البلدة.")
    assert entities["ثوار سوريا"]["type"] == "GROUP", entities


def test_a_quoted_name_after_a_plural_head_is_a_group_and_a_quoted_pair_is_two(recognize):
    shield = recognize("ووصلت القافلة إلى جرابلس الخاضعة لسيطرة فصائل «درع الفرات» المدعومة من تركيا.")
    assert any(e.get("kb_id") == "euphrates-shield-forces" for e in shield.values()), shield
    pair = recognize('وقال إن مقاتلي فصائل "أحرار الشام وجيش الأحرار" رفضوا الاتفاق.')
    assert not any(" و" in e["name"] for e in pair.values() if e["type"] == "GROUP"), pair


def test_a_first_name_right_after_a_place_noun_names_the_place(recognize):
    entities = recognize("وأصبحت بلدة تل رفعت بيد الوحدات الكردية بعد المعارك.")
    assert not any(e["type"] == "PERSON" for e in entities.values()), entities
    assert entities["تل رفعت"]["type"] == "PLACE"


@pytest.mark.parametrize(("sentence", "persons"), [
    # the name after an office and its group
    ("وقال المتحدث باسم «قسد» فرهاد شامي إن القوات تقدمت.", ["فرهاد شامي"]),
    ("وأكد قائد لواء المعتصم معتصم عباس أن الفصيل لن ينسحب.", ["معتصم عباس"]),
    ("وقال الناطق الرسمي باسم هيئة تحرير الشام تقي الدين عمر إن الهيئة ملتزمة.", ["تقي الدين عمر"]),
    # a bare noun after a family name with the article ends the name (compound first names aside)
    ("وخلال التشييع، ألقى قائد اللواء أحمد العودة كلمة أمام المشيعين.", ["أحمد العودة"]),
    ("وقال مدير العلاقات الإعلامية عماد الدين مجاهد إن الهيئة لم تعتقل أحدا.", ["عماد الدين مجاهد"]),
    # a first name whose first letter only looks like a proclitic
    ("وقال فواز العسكر إن الفصيل جاهز للمعركة.", ["فواز العسكر"]),
    ("وأكد غياث الأحمد أن القصف استهدف المدنيين.", ["غياث الأحمد"]),
    # an unknown given name and family name after a title; no name after an office and its group
    ("وترأس الوفد الشيخ ليث البلعوس في اللقاء.", ["ليث البلعوس"]),
    ("وقال زعيم تنظيم الدولة في كلمة مسجلة إن المعركة مستمرة.", []),
    ("وقال القائد العام للحركة إن الوضع مستقر.", []),
    # after a rank: two bare names ending the phrase, or two and a family name with the article
    ("وحضر الاجتماع الجنرال ديفيد بتريوس وعدد من الضباط.", ["ديفيد بتريوس"]),
    ("وقال العقيد سامي فؤاد العمر لـ«عنب بلدي» إن الفصيل لن ينسحب.", ["سامي فؤاد العمر"]),
    ("وأوضح العقيد خالد محمود أن القوات انسحبت.", ["خالد محمود"]),
    ("وقال العقيد الركن إن الهجوم فشل.", []),
    # عبد and the divine name after it are one name; a first name that starts like ف is whole
    ("واغتيل الناشط محمد عبد الكريم في مدينة الباب.", ["محمد عبد الكريم"]),
    ("وقال فريد المحمد إن المعارك توقفت.", ["فريد المحمد"]),
    # after a word of leading, like after a rank; a title word ending a kunya opens no name
    ("وانسحبت «فرقة الحمزة» التي يقودها سيف بولاد، من مدينة الباب.", ["سيف بولاد"]),
    ("وهاجمت «ألوية صقور الشام» التي يقودها أبو عيسى الشيخ مواقع النظام.", ["أبو عيسى الشيخ"]),
    # a name stops before a noun of office ("يشغل X منصب")
    ("ويشغل مروان نحاس منصب مسؤول المكتب الإعلامي في الفرقة.", ["مروان نحاس"]),
])
def test_person_names_around_titles_and_offices(recognize, sentence, persons):
    found = [e["name"] for e in recognize(sentence).values() if e["type"] == "PERSON"]
    assert found == persons, found



def test_the_brigade_word_before_a_noun_opens_no_name(recognize):
    entities = recognize("وأعلن اللواء مقتل قائده في المعارك الأخيرة.")
    assert not any(e["type"] == "PERSON" for e in entities.values()), entities


def test_a_datelines_country_in_brackets_is_a_place(recognize):
    entities = recognize("حلب (سوريا) - (أ ف ب): عُلّقت اليوم الجمعة عملية إجلاء المقاتلين.")
    assert entities["سوريا"]["type"] == "PLACE", entities


def test_asking_not_to_be_named_is_no_name(recognize):
    entities = recognize("في حين نفى قيادي في «النصرة» طلب عدم الكشف عن اسمه ذلك.")
    assert not any(e["type"] == "PERSON" for e in entities.values()), entities


@pytest.mark.parametrize(("text", "person", "kunya"), [
    ("وبقي جابر علي باشا (أبو صالح) قائداً للحركة.", "جابر علي باشا", "أبو صالح"),
    ("وقال أحمد عيسى الشيخ، المعروف بـ«أبو عيسى»، إن الاندماج نهائي.", "أحمد عيسى الشيخ", "أبو عيسى"),
])
def test_a_kunya_after_a_name_is_the_same_man(recognize, text, person, kunya):
    persons = {n: e for n, e in recognize(text).items() if e["type"] == "PERSON"}
    assert list(persons) == [person], persons
    assert kunya in persons[person]["aliases"]


def test_the_holder_named_after_an_office_of_a_role_word_is_a_person(recognize):
    persons = [n for n, e in recognize("من جهته، قال المتحدث باسم المجلس شرفان درويش إن الوضع مستقر.").items()
               if e["type"] == "PERSON"]
    assert persons == ["شرفان درويش"]


def test_a_quote_after_a_role_word_is_what_was_said_not_a_name(recognize):
    entities = recognize("وقال المتحدث باسم «جيش الإسلام» إن الفيلق \"ينسّق عسكرياً\" مع «جيش الفسطاط».")
    assert not [n for n in entities if "ينس" in n], list(entities)


def test_a_quoted_name_after_a_role_word_with_the_article_stays_a_name(recognize):
    entities = recognize("وأعلن الفصيل «لواء الفاتحين الجدد» انضمامه إلى غرفة العمليات.")
    assert "لواء الفاتحين الجدد" in entities, list(entities)


@pytest.mark.parametrize("text", [
    "وقال مدير المكتب الإعلامي لـ«جيش الإسلام» مازن الشامي إن الهجوم مستمر.",
    "وقال مدير المركز الإعلامي لقوات سوريا الديمقراطية كاوا حسن إن الهجوم مستمر.",
])
def test_the_holder_after_an_office_with_its_qualifiers_is_a_person(recognize, text):
    persons = [n for n, e in recognize(text).items() if e["type"] == "PERSON"]
    assert len(persons) == 1, persons


def test_a_copula_or_future_verb_after_a_name_ends_it(recognize):
    persons = [n for n, e in recognize("وأعلن «جيش الإسلام» أن مازن الشامي سيبقى قائداً له.").items()
               if e["type"] == "PERSON"]
    assert persons == ["مازن الشامي"], persons


def test_a_word_joined_by_wa_after_a_title_is_no_family_name(recognize):
    entities = recognize("وانسحبت الوحدات إلى حيي الشيخ مقصود والأشرفية في حلب.")
    assert not any(e["type"] == "PERSON" for e in entities.values()), entities
    assert "الشيخ مقصود" in entities, list(entities)
