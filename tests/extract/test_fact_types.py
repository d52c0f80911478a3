"""One or more sentences per fact type, written for the tests, with the facts they must give
and facts they must not give."""

import datetime as dt

import pytest
from tests.extract.conftest import triples

from fasail.extract.lexicon import triggers

CASES = [
    # ALLEGIANCE
    ("أعلن «لواء السنديان» مبايعته لهيئة تحرير الشام في ريف حماة.",
     ("ALLEGIANCE", "لواء السنديان", "هيئة تحرير الشام", False)),
    ("رفض جيش العزة مبايعة تنظيم الدولة الإسلامية رغم الضغوط.",
     ("ALLEGIANCE", "جيش العزة", "تنظيم الدولة الإسلامية", True)),
    # SPLIT
    ("انشق «لواء السنديان» عن حركة أحرار الشام مساء الأحد.",
     ("SPLIT", "لواء السنديان", "حركة أحرار الشام", False)),
    # MERGER
    ("أعلنت «كتائب الوادي» انضمامها إلى الجبهة الوطنية للتحرير.",
     ("MERGER", "كتائب الوادي", "الجبهة الوطنية للتحرير", False)),
    # CLASH
    ("اندلعت اشتباكات عنيفة بين هيئة تحرير الشام وحركة نور الدين الزنكي في ريف حلب الغربي.",
     ("CLASH", "هيئة تحرير الشام", "حركة نور الدين الزنكي", False)),
    # TRUCE
    ("توصلت هيئة تحرير الشام وحركة أحرار الشام إلى هدنة مؤقتة.",
     ("TRUCE", "هيئة تحرير الشام", "حركة أحرار الشام", False)),
    # NEGOTIATION
    ("عقد وفد من جيش الإسلام اجتماعاً مع فيلق الرحمن لبحث الخلافات.",
     ("NEGOTIATION", "جيش الإسلام", "فيلق الرحمن", False)),
    # MEDIATION
    ("نجحت وساطة فيلق الشام بين جيش العزة وهيئة تحرير الشام.",
     ("MEDIATION", "فيلق الشام", "جيش العزة", False)),
    # LEADERSHIP
    ("قال أبو محمد الجولاني زعيم هيئة تحرير الشام إن المعركة مستمرة.",
     ("LEADERSHIP", "أبو محمد الجولاني", "هيئة تحرير الشام", False)),
    # MEMBERSHIP
    ("وقال سامر العبدالله المتحدث باسم جيش العزة إن الهجوم صُدّ.",
     ("MEMBERSHIP", "سامر العبدالله", "جيش العزة", False)),
    # EXECUTION
    ("أعدم تنظيم الدولة الإسلامية عشرة مقاتلين من قوات سوريا الديمقراطية.",
     ("EXECUTION", "تنظيم الدولة الإسلامية", "قوات سوريا الديمقراطية", False)),
    # CONTROL
    ("سيطرت هيئة تحرير الشام على بلدة دارة عزة بعد معارك عنيفة.",
     ("CONTROL", "هيئة تحرير الشام", "دارة عزة", False)),
    # RELOCATION
    ("خرج مئات المقاتلين من جيش الإسلام إلى مدينة جرابلس بموجب الاتفاق.",
     ("RELOCATION", "جيش الإسلام", "جرابلس", False)),
    # AFFILIATION
    ("قصفت «فرقة السلطان مراد» التابعة للجيش الوطني السوري مواقع قسد.",
     ("AFFILIATION", "فرقة السلطان مراد", "الجيش الوطني السوري", False)),
    # DESIGNATION
    ("وتنشط في المنطقة جبهة النصرة المحظورة في روسيا.",
     ("DESIGNATION", "روسيا", "جبهة النصرة", False)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] + str(i) for i, c in enumerate(CASES)])
def test_fact_type_is_extracted(facts_of, text, expected):
    found = triples(facts_of(text))
    assert expected in found, found


def test_strength_carries_the_count(facts_of):
    facts = facts_of("ويبلغ تعداد جيش العزة نحو 2500 مقاتل ينتشرون في ريف حماة الشمالي.")
    strength = [f for f in facts if f["type"] == "STRENGTH"]
    assert strength and strength[0]["subject"] == "جيش العزة" and strength[0]["count"] == 2500


def test_relative_time_resolves_against_the_article_date(facts_of):
    facts = facts_of("أعلن «لواء السنديان» أمس الثلاثاء مبايعته لهيئة تحرير الشام.", date=dt.date(2018, 3, 7))
    allegiance = next(f for f in facts if f["type"] == "ALLEGIANCE")
    assert allegiance["time"] == "2018-03-06"


def test_source_from_according_to_an_outlet(facts_of):
    facts = facts_of("سيطرت هيئة تحرير الشام على بلدة دارة عزة، وفق المرصد السوري لحقوق الإنسان.")
    control = next(f for f in facts if f["type"] == "CONTROL")
    assert control["source"] == "المرصد السوري لحقوق الإنسان"


def test_evidence_is_the_verbatim_sentence_and_rule_names_the_entry(facts_of):
    text = "قال مصدر محلي إن الوضع هادئ. اندلعت اشتباكات بين هيئة تحرير الشام وجيش العزة فجر اليوم."
    clash = next(f for f in facts_of(text) if f["type"] == "CLASH")
    assert clash["evidence"] == "اندلعت اشتباكات بين هيئة تحرير الشام وجيش العزة فجر اليوم."
    assert clash["rule"].startswith("clash.yaml#")
    assert text[clash["evidence_start"] : clash["evidence_end"]] == clash["evidence"]


def test_coordinated_subjects_give_one_fact_per_pair(facts_of):
    facts = facts_of("اشتبكت هيئة تحرير الشام وحراس الدين مع الجبهة الوطنية للتحرير في سهل الغاب.")
    clashes = {(f["subject"], f["object"]) for f in facts if f["type"] == "CLASH"}
    assert {("هيئة تحرير الشام", "الجبهة الوطنية للتحرير"), ("حراس الدين", "الجبهة الوطنية للتحرير")} <= clashes


def test_denied_claim_is_negated(facts_of):
    facts = facts_of("ونفى فيلق الشام توصله إلى أي اتفاق مع هيئة تحرير الشام.")
    assert any(f["type"] == "AGREEMENT" and f["negated"] for f in facts)
    assert not any(f["type"] == "AGREEMENT" and not f["negated"] for f in facts)


def test_unrelated_sentences_give_no_facts(facts_of):
    assert facts_of("ارتفعت أسعار الخبز في مدينة إدلب خلال الأسبوع الماضي بسبب نقص الطحين.") == []


def test_the_two_sides_point_back_at_the_parties_named_before(facts_of):
    text = "اشتبك جيش الإسلام مع فيلق الرحمن في الغوطة. ولم يتمكن الطرفان لاحقاً من إبرام اتفاق ينهي القتال."
    assert ("AGREEMENT", "جيش الإسلام", "فيلق الرحمن", True) in triples(facts_of(text)) or (
        "AGREEMENT", "فيلق الرحمن", "جيش الإسلام", True) in triples(facts_of(text))


def test_a_named_head_acts_for_his_group(facts_of):
    text = "عقد أبو محمد الجولاني زعيم هيئة تحرير الشام اجتماعاً مع قادة فيلق الشام."
    found = triples(facts_of(text))
    assert ("NEGOTIATION", "هيئة تحرير الشام", "فيلق الشام", False) in found or (
        "NEGOTIATION", "فيلق الشام", "هيئة تحرير الشام", False) in found


def test_a_bare_denial_negates_the_claim_before_it(facts_of):
    facts = facts_of("وقال ناشطون إن هيئة تحرير الشام اعتقلت عشرة من عناصر فيلق الشام في المدينة. "
                     "إلا أن القيادي أبو محمد الشامي نفى ذلك.")
    denied = [f for f in facts if f["negated"]]
    assert ("DETENTION", "هيئة تحرير الشام", "فيلق الشام", False) in triples(facts)
    assert [(f["type"], f["source"], f["rule"].endswith("+denied")) for f in denied] == [
        ("DETENTION", "أبو محمد الشامي", True)]
    assert denied[0]["evidence"] == "إلا أن القيادي أبو محمد الشامي نفى ذلك."


def test_a_denial_with_its_own_content_does_not_point_back(facts_of):
    facts = facts_of("وقال ناشطون إن هيئة تحرير الشام اعتقلت عشرة من عناصر فيلق الشام في المدينة. "
                     "ونفى القيادي أبو محمد الشامي تعرض مقراته في المدينة لأي قصف.")
    assert not any(f["negated"] for f in facts)


def test_passive_captives_with_the_agent_after_min_qibal(facts_of):
    facts = facts_of("وذكر ناشطون أن عشرين عنصراً من «جيش العزة» قُتلوا رمياً بالرصاص عقب أسرهم من قبل «جند الأقصى» قرب اللطامنة.")
    assert ("EXECUTION", "جند الأقصى", "جيش العزة", False) in triples(facts)
    assert ("DETENTION", "جند الأقصى", "جيش العزة", False) in triples(facts)
    assert not any(f["subject"] == "جيش العزة" for f in facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("تأسست الجبهة الوطنية للتحرير في أيار الماضي. ويقودها العقيد المنشق فضل الله الحجي.",
     ("LEADERSHIP", "فضل الله الحجي", "الجبهة الوطنية للتحرير", False)),
    ("ويقود «جيش العزة»، الذي ينشط في ريف حماة الشمالي، الرائد جميل الصالح.",
     ("LEADERSHIP", "جميل الصالح", "جيش العزة", False)),
    ("دخلت فصائل «الجيش الوطني السوري» المدعوم من تركيا إلى المدينة.",
     ("ALLIANCE", "الجيش الوطني السوري", "تركيا", False)),
    ("وتصنّف تركيا «وحدات حماية الشعب» الكردية منظمةً إرهابية.",
     ("DESIGNATION", "تركيا", "وحدات حماية الشعب", False)),
    ("وتُدرج تركيا «هيئة تحرير الشام» على قائمة المنظمات الإرهابية منذ آب الماضي.",
     ("DESIGNATION", "تركيا", "هيئة تحرير الشام", False)),
])
def test_pronouns_relative_clauses_and_verb_first_designations(facts_of, text, expected):
    assert expected in triples(facts_of(text))


def test_a_country_backing_a_group_is_an_actor_not_a_place(facts_of):
    facts = facts_of("دخلت فصائل «الجيش الوطني السوري» المدعوم من تركيا إلى المدينة.")
    assert not any(f["type"] == "CONTROL" and f["object"] == "تركيا" for f in facts)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("أما «جبهة تحرير سوريا»، فقد تأسست في شباط بعد اندماج «حركة أحرار الشام» و«حركة نور الدين الزنكي».",
     {("MERGER", "حركة أحرار الشام", "جبهة تحرير سوريا", False),
      ("MERGER", "حركة نور الدين الزنكي", "جبهة تحرير سوريا", False)},
     ("MERGER", "حركة نور الدين الزنكي", "حركة أحرار الشام", False)),
    ("واندمج جيش العزة وفيلق الشام في الجبهة الوطنية للتحرير.",
     {("MERGER", "جيش العزة", "الجبهة الوطنية للتحرير", False),
      ("MERGER", "فيلق الشام", "الجبهة الوطنية للتحرير", False)}, None),
    ("وخاضت الجبهة الوطنية للتحرير، التي وُلدت الشهر الماضي من اندماج «فيلق الشام» و«جيش العزة»، معارك ضد قوات النظام.",
     {("CLASH", "الجبهة الوطنية للتحرير", "قوات النظام", False)},
     ("CLASH", "فيلق الشام", "قوات النظام", False)),
    ("وهاجمت هيئة تحرير الشام، التي يقودها أبو محمد الجولاني، مواقع جيش العزة في ريف حماة.",
     {("CLASH", "هيئة تحرير الشام", "جيش العزة", False)},
     ("CLASH", "هيئة تحرير الشام", "هيئة تحرير الشام", False)),
])
def test_formations_and_relative_clause_asides(facts_of, text, expected, absent):
    found = triples(facts_of(text))
    assert expected <= found
    assert absent not in found


@pytest.mark.parametrize(("text", "source"), [
    ("وقال المتحدث العسكري باسم «جيش الإسلام»، حمزة بيرقدار، إن فيلق الرحمن ينسق مع جبهة النصرة.",
     "حمزة بيرقدار"),
    ("وبحسب إحصائية للمرصد السوري لحقوق الإنسان، قُتل 40 مقاتلاً في اشتباكات بين جيش الإسلام وفيلق الرحمن.",
     "المرصد السوري لحقوق الإنسان"),
    ("وقال ناشطون إن اشتباكات اندلعت بين جيش الإسلام وفيلق الرحمن.", None),
])
def test_source_is_the_speaker_of_the_reporting_verb(facts_of, text, source):
    facts = [f for f in facts_of(text) if f["type"] in ("ALLIANCE", "CLASH")]
    assert facts and {f["source"] for f in facts} == {source}


def test_a_meeting_between_office_holders_pairs_their_groups(facts_of):
    facts = facts_of('وأوردت مصادر أن لقاءً جمع مساء السبت بين أبو محمد الجولاني زعيم "هيئة تحرير الشام" '
                     'ورئيس "فيلق الشام" وقائد "جيش العزة" في مدينة سرمدا.')
    meetings = {frozenset((f["subject"], f["object"])) for f in facts if f["type"] == "NEGOTIATION"}
    assert frozenset(("هيئة تحرير الشام", "فيلق الشام")) in meetings
    assert frozenset(("هيئة تحرير الشام", "جيش العزة")) in meetings
    assert all(f["source"] is None for f in facts)  # "كشفت مصادر" names no speaker


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("وظل القيادي أبو خالد الحموي مبايعاً لـ«جبهة فتح الشام» ثم «هيئة تحرير الشام» من بعدها حتى مقتله.",
     {("ALLEGIANCE", "أبو خالد الحموي", "جبهة فتح الشام", False),
      ("ALLEGIANCE", "أبو خالد الحموي", "هيئة تحرير الشام", False)}, None),
    ("وعرض موفد من تنظيم داعش على قائد جيش العزة مبايعة أبي بكر البغدادي خلال لقاء في البادية، لكنه رفض العرض.",
     {("ALLEGIANCE", "جيش العزة", "أبي بكر البغدادي", True)},
     ("LEADERSHIP", "أبي بكر البغدادي", "جيش العزة", False)),
    ("ويقود «حراس الدين» السوري سمير حجازي منذ تأسيسه.",
     {("LEADERSHIP", "سمير حجازي", "حراس الدين", False)}, None),
])
def test_allegiance_lists_refusals_after_a_request_and_title_gaps(facts_of, text, expected, absent):
    found = triples(facts_of(text))
    assert expected <= found
    assert absent not in found


@pytest.mark.parametrize(("text", "absent_type"), [
    ("ويضم التشكيل الجديد فصائل عدة، أبرزها «جيش العزة» و«فيلق الشام».", "STRENGTH"),
    ("وقالت الصحفية ريم الأحمد في لقاء مع قناة الجزيرة إن جيش العزة وفيلق الشام يتنافسان على النفوذ.", "NEGOTIATION"),
    ("وجرت محادثات بين ممثلين لحركة أحرار الشام وفرع الجيش الحر في حماة.", "AFFILIATION"),
])
def test_look_alikes_give_no_fact(facts_of, text, absent_type):
    assert not any(f["type"] == absent_type for f in facts_of(text))


def test_a_size_with_a_number_of_fighters_is_a_strength(facts_of):
    facts = facts_of("ويتكون جيش العزة من قرابة 2500 مقاتل موزعين على ثلاثة ألوية. ويضم فيلق الشام آلاف المقاتلين.")
    sizes = {(f["subject"], f["count"]) for f in facts if f["type"] == "STRENGTH"}
    assert ("جيش العزة", 2500) in sizes and any(s == "فيلق الشام" for s, _ in sizes)


def test_the_mediation_of_a_failed_truce_is_negated_per_party(facts_of):
    facts = facts_of("اندلعت اشتباكات بين جيش الإسلام وفيلق الرحمن في الغوطة. ولم تصمد الهدنة الأولى "
                     "بين الفصيلين، التي توسّطت فيها «حركة أحرار الشام» قبل نحو عشرة أيام.")
    found = triples(facts)
    assert ("TRUCE", "جيش الإسلام", "فيلق الرحمن", True) in found
    assert {("MEDIATION", "حركة أحرار الشام", party, True) for party in ("جيش الإسلام", "فيلق الرحمن")} <= found


def test_about_before_a_number_is_not_a_direction(facts_of):
    facts = facts_of("ويقضي الاتفاق بخروج نحو 400 مقاتل من فصائل جيش العزة، برفقة عائلاتهم، إلى الشمال السوري.")
    moves = [(f["subject"], f["object"], f["count"]) for f in facts if f["type"] == "RELOCATION"]
    assert moves == [("جيش العزة", "الشمال السوري", 400)]


def test_a_denial_reaches_over_the_speakers_asides(facts_of):
    facts = facts_of("ونفى المتحدث الرسمي باسم «فيلق الرحمن»، وائل علوان، في اتصال مع وكالة الأناضول، "
                     "وجود أي تنسيق مع «جيش الإسلام».")
    assert any(f["type"] == "ALLIANCE" and f["negated"] for f in facts)
    assert not any(f["type"] == "ALLIANCE" and not f["negated"] for f in facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("وتضم غرفة عمليات الفتح المبين هيئة تحرير الشام والجبهة الوطنية للتحرير.",
     {("AFFILIATION", "هيئة تحرير الشام", "غرفة عمليات الفتح المبين", False),
      ("AFFILIATION", "الجبهة الوطنية للتحرير", "غرفة عمليات الفتح المبين", False)}),
    ("وأعلن حراس الدين توسيع صفوفه، ومن أبرز فصائله «جيش البادية» و«جيش الملاحم».",
     {("AFFILIATION", "جيش البادية", "حراس الدين", False),
      ("AFFILIATION", "جيش الملاحم", "حراس الدين", False)}),
    ("دخلت فصائل «الجيش الوطني السوري» المدعوم من تركيا إلى المدينة، وأعلنت السيطرة على رأس العين.",
     {("CONTROL", "الجيش الوطني السوري", "رأس العين", False)}),
])
def test_coalition_members_and_backers(facts_of, text, expected):
    found = triples(facts_of(text))
    assert expected <= found
    assert not any(t == "CONTROL" and s == "تركيا" for t, s, _, _ in found)


def test_a_cue_inside_a_name_is_not_a_trigger(facts_of):
    facts = facts_of("وتجددت الاشتباكات قرب كفرنبودة بين قوات النظام ومقاتلي هيئة تحرير الشام وأجناد القوقاز.")
    assert not any(f["type"] == "CONTROL" for f in facts)  # "تحرير" belongs to the name
    assert {("CLASH", "قوات النظام", "هيئة تحرير الشام", False),
            ("CLASH", "قوات النظام", "أجناد القوقاز", False)} <= triples(facts)


def test_cooperating_against_a_third_party(facts_of):
    found = triples(facts_of("وأعلن الفصيلان تنسيقاً بين جيش العزة وفيلق الشام في مواجهة تنظيم داعش شرق حماة."))
    assert ("ALLIANCE", "جيش العزة", "فيلق الشام", False) in found
    assert {("CLASH", "جيش العزة", "تنظيم داعش", False), ("CLASH", "فيلق الشام", "تنظيم داعش", False)} <= found
    assert ("CLASH", "جيش العزة", "فيلق الشام", False) not in found


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("وكانت «جبهة النصرة» قد أعلنت في تموز 2016 فك ارتباطها بتنظيم «القاعدة»، والعمل بمسماها الجديد «جبهة فتح الشام».",
     ("RENAME", "جبهة النصرة", "جبهة فتح الشام", False), ("RENAME", "القاعدة", "جبهة النصرة", False)),
    ("وخاضت جبهة تحرير سوريا جولات من الاقتتال مع «هيئة تحرير الشام» (جبهة النصرة سابقاً)، التنظيم الإرهابي المحظور في روسيا.",
     ("DESIGNATION", "روسيا", "هيئة تحرير الشام", False), ("DESIGNATION", "روسيا", "جبهة النصرة", False)),
    ("وأعدم تنظيم داعش أسرى من قسد في ريف دير الزور.",
     ("DETENTION", "تنظيم داعش", "قسد", False), ("DETENTION", "قسد", "تنظيم داعش", False)),
    ("ولا يزال عشرات الأسرى من فيلق الرحمن لدى جيش الإسلام.",
     ("DETENTION", "جيش الإسلام", "فيلق الرحمن", False), ("DETENTION", "جيش الإسلام", "فيلق الرحمن", True)),
])
def test_former_names_captives_and_look_alike_negation(facts_of, text, expected, absent):
    found = triples(facts_of(text))
    assert expected in found and absent not in found
    assert not any(t == "CLASH" and "جبهة النصرة" in (s, o) for t, s, o, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعرضت نقاط جيش العزة فجر الجمعة لهجوم من حركة أحرار الشام استمر ساعات.",
     ("CLASH", "حركة أحرار الشام", "جيش العزة", False)),
    ("وانتقل القائد الميداني أبو خالد الشامي مع مجموعته إلى صفوف الحزب الإسلامي التركستاني الشهر الماضي.",
     ("MERGER", "أبو خالد الشامي", "الحزب الإسلامي التركستاني", False)),
])
def test_suffered_attacks_and_switching_sides(facts_of, text, expected):
    assert expected in triples(facts_of(text))


def test_moving_to_a_place_is_not_joining(facts_of):
    facts = facts_of("وانتقل مقاتلو جيش العزة إلى مدينة إدلب.")
    assert {f["type"] for f in facts} == {"RELOCATION"}


def test_a_name_right_after_another_cue_is_that_cues_argument(facts_of):
    facts = facts_of("وقال مصدر إن هيئة تحرير الشام اعتقلت 15 مقاتلاً خلال مداهمات في البلدة، "
                     "مشيراً إلى أن مفاوضات تجري بوساطة «فيلق الشام» للإفراج عنهم.")
    assert not any(f["type"] == "CLASH" and f["object"] == "فيلق الشام" for f in facts)


def test_a_denial_naming_the_kind_of_event_negates_the_claim_before_it(facts_of):
    facts = facts_of("وقال مصدر إن هيئة تحرير الشام اعتقلت 15 مقاتلاً من الجبهة الوطنية للتحرير في البلدة. "
                     "في المقابل، نفى مسؤول في الهيئة اعتقال أي مقاتل.")
    assert ("DETENTION", "هيئة تحرير الشام", "الجبهة الوطنية للتحرير", True) in triples(facts)
    assert ("DETENTION", "هيئة تحرير الشام", "الجبهة الوطنية للتحرير", False) in triples(facts)


def test_an_option_an_entry_does_not_set_has_no_words():
    """Frames test options for truth: a missing one must read as empty, not as a word."""
    entry = next(t for t in triggers() if t.rule == "allegiance.yaml#mubayaa")
    assert entry.markers("support_words") == ()
    assert entry.markers() == ("ل",)
