"""Argument patterns of long news sentences: qualifiers inside lists, go-betweens, headings
and repeated events. Sentences written for the tests."""

import pytest
from tests.extract.conftest import triples


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # A go-between reaches a deal between two others: it mediates, they agree.
    ("وأكد مصدر أن «الجبهة الشامية» توصلت مؤخراً إلى اتفاق بين «لواء المعتصم» التابع "
     "لـ«الجيش الوطني» و«هيئة تحرير الشام» يقضي بوقف القتال.",
     {("MEDIATION", "الجبهة الشامية", "لواء المعتصم", False),
      ("MEDIATION", "الجبهة الشامية", "هيئة تحرير الشام", False),
      ("AGREEMENT", "لواء المعتصم", "هيئة تحرير الشام", False),
      ("AFFILIATION", "لواء المعتصم", "الجيش الوطني", False)},
     {("AGREEMENT", "الجيش الوطني", "هيئة تحرير الشام", False)}),
    # Reaching a deal with someone is being a party to it, not mediating.
    ("وتوصلت «الجبهة الشامية» إلى اتفاق مع «هيئة تحرير الشام» يقضي بوقف القتال.",
     {("AGREEMENT", "الجبهة الشامية", "هيئة تحرير الشام", False)},
     {("MEDIATION", "الجبهة الشامية", "هيئة تحرير الشام", False)}),
    # Coordinated subjects each act; taking part in battles is not fighting each other; a name
    # right after another cue (مساندة) is that cue's argument.
    ("وذكر ناشطون أن عشرات المقاتلين من «الحزب الإسلامي التركستاني» ومن «جيش العزة» وصلوا إلى "
     "ريف مدينة سراقب للمشاركة في المعارك الجارية ومساندة مقاتلي «هيئة تحرير الشام» هناك.",
     {("RELOCATION", "الحزب الإسلامي التركستاني", "ريف مدينة سراقب", False),
      ("RELOCATION", "جيش العزة", "ريف مدينة سراقب", False),
      ("ALLIANCE", "الحزب الإسلامي التركستاني", "هيئة تحرير الشام", False),
      ("ALLIANCE", "جيش العزة", "هيئة تحرير الشام", False)},
     {("CLASH", "الحزب الإسلامي التركستاني", "جيش العزة", False),
      ("CLASH", "جيش العزة", "هيئة تحرير الشام", False)}),
    # A defeat "على يد X": X is the agent, the loser is the pronoun's referent (not the name
    # a preposition governs).
    ("وكان «جيش العزة» الذي أعلن ولاءه لـ«هيئة تحرير الشام» ينشط في ريف حماة قبل هزيمته على يد "
     "قوات النظام.",
     {("CLASH", "قوات النظام", "جيش العزة", False)},
     {("CLASH", "جيش العزة", "قوات النظام", False),
      ("CLASH", "قوات النظام", "هيئة تحرير الشام", False)}),
    ("وطردت قوات سوريا الديمقراطية مسلحي تنظيم الدولة الإسلامية من بلدة هجين.",
     {("CLASH", "قوات سوريا الديمقراطية", "تنظيم الدولة الإسلامية", False)}, set()),
    # A person founding a group leads it; a coalition formed by groups is no leadership.
    ("وشكّل أبو علي الحمصي «لواء الفتح» برفقة قرابة 250 مقاتلاً.",
     {("LEADERSHIP", "أبو علي الحمصي", "لواء الفتح", False)}, set()),
    ("وشكّلت «حركة أحرار الشام» و«فيلق الشام» غرفة عمليات «الفتح المبين» في ريف إدلب.",
     set(), {("LEADERSHIP", "حركة أحرار الشام", "الفتح المبين", False)}),
    # Office holders named after the group: "قيادات من X بينهم Y".
    ("وقُتل في الهجوم عدد من قيادات «حركة أحرار الشام» بينهم أحمد الحموي الملقب بـ«الصقر».",
     {("LEADERSHIP", "أحمد الحموي", "حركة أحرار الشام", False)}, set()),
    # A refusal reaches over an aside to its verbal noun, whose genitive is the object; a
    # former name is not a party; "قائده" points back at a masculine name (لواء, not هيئة).
    ("في المقابل، رفض «لواء صقور أريحا»، المعروف سابقاً باسم «كتيبة شهداء أريحا»، مبايعة هيئة "
     "تحرير الشام، بحسب ما قاله قائده، الرائد المنشق سامر الحسن، لعنب بلدي.",
     {("ALLEGIANCE", "لواء صقور أريحا", "هيئة تحرير الشام", True),
      ("LEADERSHIP", "سامر الحسن", "لواء صقور أريحا", False),
      ("RENAME", "كتيبة شهداء أريحا", "لواء صقور أريحا", False)},
     {("LEADERSHIP", "سامر الحسن", "هيئة تحرير الشام", False),
      ("LEADERSHIP", "سامر الحسن", "كتيبة شهداء أريحا", False)}),
    ("وسيطرت «حركة أحرار الشام» على البلدة بعد انسحاب «لواء الحق» منها، وقال قائدها أبو خالد "
     "الحموي إن المعركة انتهت.",
     {("LEADERSHIP", "أبو خالد الحموي", "حركة أحرار الشام", False)},
     {("LEADERSHIP", "أبو خالد الحموي", "لواء الحق", False)}),
    # A size with a pronoun ("عدد عناصره") is the size of the group the sentence is about, not
    # of one named after "من تنظيم"; one size per sentence.
    ("ويُعرف الحزب الإسلامي التركستاني بتحالفه الوثيق مع تنظيم «جبهة النصرة»، ويقدر عدد عناصره في "
     "ريف إدلب بآلاف المقاتلين.",
     {("STRENGTH", "الحزب الإسلامي التركستاني", None, False)},
     {("STRENGTH", "جبهة النصرة", None, False)}),
    # Air cover and joining forces are alliances; the place of a stronghold may close the clause
    # before it.
    ("وأوضح المصدر أن الطيران الحربي الروسي وفّر غطاءً جوياً لوحدات الجيش السوري المتقدمة نحو البلدة.",
     {("ALLIANCE", "الطيران الحربي الروسي", "الجيش السوري", False)}, set()),
    ("ويرى الباحث أن «حراس الدين» و«أنصار التوحيد» لا يوحدان جهودهما رغم تقاربهما.",
     {("ALLIANCE", "حراس الدين", "أنصار التوحيد", True)}, set()),
    ("وتعد بلدة كفرنبل بريف إدلب الجنوبي، المعقل الرئيس لحركة أحرار الشام.",
     {("CONTROL", "حركة أحرار الشام", "كفرنبل", False)}, set()),
    # Captors after "عند"; coordinated captors each hold; "عند حاجز" names no captor; captives
    # stay in the captor's clause unless the verb comes first.
    ("وتحدث القيادي عن إطلاق سراح معظم معتقلي «حركة أحرار الشام» عند هيئة تحرير الشام خلال الأسبوع.",
     {("RELEASE", "هيئة تحرير الشام", "حركة أحرار الشام", False),
      ("DETENTION", "هيئة تحرير الشام", "حركة أحرار الشام", False)},
     {("DETENTION", "حركة أحرار الشام", "هيئة تحرير الشام", False)}),
    ("مقابل قيام حركة أحرار الشام وجيش الأحرار بالإفراج عن بعض مقاتلي هيئة تحرير الشام المعتقلين في سجونهما.",
     {("RELEASE", "حركة أحرار الشام", "هيئة تحرير الشام", False),
      ("RELEASE", "جيش الأحرار", "هيئة تحرير الشام", False)}, set()),
    ("وأفاد ناشطون بأن هيئة تحرير الشام اعتقلت سبعة من عناصر «لواء الحق» على حاجز عند مدخل بلدة سرمدا.",
     {("DETENTION", "هيئة تحرير الشام", "لواء الحق", False)}, set()),
    ("وتحدثت أنباء عن مفاوضات بين «قسد» والتنظيم لمبادلة الأسرى، غير أن مصدراً في «مجلس دير الزور "
     "العسكري» نفى ذلك.",
     set(), {("DETENTION", "قسد", "مجلس دير الزور العسكري", False)}),
    ("أفرج «جيش الإسلام»، أمس الأربعاء، عن 34 عنصراً من «فيلق الرحمن».",
     {("RELEASE", "جيش الإسلام", "فيلق الرحمن", False)}, set()),
    # Undergoing an attack: the agent follows من, the sufferer is the subject or the pronoun's
    # referent; "انضمامهم" joins the group the sentence is about, not one named after من.
    ("وتعرض جيش العزة لهجوم من هيئة تحرير الشام.",
     {("CLASH", "هيئة تحرير الشام", "جيش العزة", False)},
     {("CLASH", "جيش العزة", "هيئة تحرير الشام", False)}),
    ("ويضم تنظيم «جيش العزة» نحو 700 عنصر ينحدر معظمهم من مدينة اللطامنة أعلنوا انضمامهم إلى "
     "صفوف «هيئة تحرير الشام» نتيجة تعرضهم لهجوم كبير من «حركة أحرار الشام» على خلفية اغتيال "
     "قيادات من «الاحرار»، الا أن عمليات الاغتيال لم تتوقف بعد انضمامهم إلى «هيئة تحرير الشام».",
     {("MERGER", "جيش العزة", "هيئة تحرير الشام", False),
      ("CLASH", "حركة أحرار الشام", "جيش العزة", False),
      ("STRENGTH", "جيش العزة", None, False)},
     {("MERGER", "الاحرار", "هيئة تحرير الشام", False),
      ("MERGER", "جيش العزة", "هيئة تحرير الشام", True),
      ("CLASH", "جيش العزة", "الاحرار", False)}),
    # A dropped subject is the sentence's topic, not a name inside a subordinate clause.
    ("أما «جبهة تحرير سوريا»، فقد تأسست في شباط بعد اندماج «حركة أحرار الشام» و«حركة نور الدين "
     "الزنكي»، وخاضت منذ ذلك الحين جولات من الاقتتال مع «هيئة تحرير الشام».",
     {("CLASH", "جبهة تحرير سوريا", "هيئة تحرير الشام", False)},
     {("CLASH", "حركة نور الدين الزنكي", "هيئة تحرير الشام", False)}),
    ("وتمكنت قوات النظام من السيطرة على بلدة الخوين وتل السمن وبلدة (أم الخلاخيل) بعد معارك عنيفة.",
     {("CONTROL", "قوات النظام", "الخوين", False), ("CONTROL", "قوات النظام", "تل السمن", False),
      ("CONTROL", "قوات النظام", "أم الخلاخيل", False)}, set()),
    # Formations: the body formed is named before the cue, the members after it, even when a
    # date stands between the verb and اندماج; a marker in a later clause is not the cue's.
    ("وتعود نواة «الجبهة الوطنية للتحرير» إلى أيار الماضي، حين تشكّلت من اندماج «فيلق الشام» مع "
     "أكثر من عشرة فصائل أخرى.",
     {("MERGER", "فيلق الشام", "الجبهة الوطنية للتحرير", False)}, set()),
    ("أما «جبهة تحرير سوريا»، فقد تأسست في شباط من العام الجاري بعد اندماج «حركة أحرار الشام» "
     "و«حركة نور الدين الزنكي»، وخاضت منذ ذلك الحين جولات من الاقتتال مع «هيئة تحرير الشام».",
     {("MERGER", "حركة أحرار الشام", "جبهة تحرير سوريا", False),
      ("MERGER", "حركة نور الدين الزنكي", "جبهة تحرير سوريا", False)},
     {("MERGER", "حركة نور الدين الزنكي", "حركة أحرار الشام", False)}),
    # A person introduced by his group is its member, and stands for it (no deal with his own
    # group); leaving a group is no membership.
    ("وجرى التفاهم مع أبو حسن الإدلبي من «هيئة تحرير الشام» على فتح الطريق مساء أمس.",
     {("MEMBERSHIP", "أبو حسن الإدلبي", "هيئة تحرير الشام", False)},
     {("AGREEMENT", "أبو حسن الإدلبي", "هيئة تحرير الشام", False)}),
    ("وخرج أبو خالد الحموي من «حركة أحرار الشام» العام الماضي.",
     set(), {("MEMBERSHIP", "أبو خالد الحموي", "حركة أحرار الشام", False)}),
    # "الطرفان" points back at the two sides of the talks just reported, not at the last two
    # names (حركة أحرار الشام is named in between).
    ("واجتمع قائد جيش العزة مع قائد هيئة تحرير الشام أمس في بلدة سرمدا، وطلب الأخير منه "
     "الانضمام إلى حركة أحرار الشام، غير أن الطرفين أخفقا في التوصل إلى اتفاق نهائي.",
     {("AGREEMENT", "جيش العزة", "هيئة تحرير الشام", True)},
     {("AGREEMENT", "هيئة تحرير الشام", "حركة أحرار الشام", True)}),
    # A long sentence's topic acts in its trailing clauses; the names it fights are listed
    # after مع, not a pair among themselves.
    ("وخلال ساعات الليل الماضية، سيطرت قوات النظام على بلدتي (الخوين وتل السمن)، جنوب بلدة "
     "(اللطامنة) بريف حماة الشمالي، بعد هجوم واسع تخللته مواجهات عنيفة مع مقاتلي «هيئة تحرير "
     "الشام» و«جيش العزة».",
     {("CLASH", "قوات النظام", "هيئة تحرير الشام", False), ("CLASH", "قوات النظام", "جيش العزة", False)},
     {("CLASH", "هيئة تحرير الشام", "جيش العزة", False)}),
    # "ومساندة X وY": the verbal noun's genitive is supported, the arrivals support it; engaging
    # in battles joins no group; "مساندة تركيا للجبهة": with a marked object the genitive acts.
    ("دخل عشرات المقاتلين من «لواء الحق» ومن «فيلق الشام» إلى ريف سراقب للانخراط "
     "في القتال الدائر، ومساندة «هيئة تحرير الشام» و«جيش العزة» هناك.",
     {("ALLIANCE", "لواء الحق", "هيئة تحرير الشام", False),
      ("ALLIANCE", "فيلق الشام", "جيش العزة", False)},
     {("ALLIANCE", "هيئة تحرير الشام", "جيش العزة", False),
      ("MERGER", "لواء الحق", "جيش العزة", False)}),
    ("وأكد المسؤول مساندة تركيا للجبهة الوطنية للتحرير.",
     {("ALLIANCE", "تركيا", "الجبهة الوطنية للتحرير", False)}, set()),
    # A group annulling a person's pledge lets him go: the person splits from the group.
    ("وقررت «جبهة فتح الشام» لاحقاً فك بيعة أبو حمزة الحموي بعد خلافات داخلية.",
     {("SPLIT", "أبو حمزة الحموي", "جبهة فتح الشام", False)}, set()),
    ("وأكد المسؤول أن مدير الاستخبارات التركية هاكان فيدان التقى وفداً من «هيئة تحرير الشام».",
     set(), {("MEMBERSHIP", "هاكان فيدان", "الاستخبارات التركية", False)}),
    # A relative clause's verb acts for the name before التي (even after مع); a transitive cue's
    # pronoun is its object: the list named before.
    ("وتشكو فصائل (جيش العزة - فيلق الشام - لواء الحق) من ضغوط متزايدة، وتقول إن هيئة تحرير الشام "
     "التي سعت إلى استئصالهم لا تريد شراكة.",
     {("CLASH", "هيئة تحرير الشام", "جيش العزة", False),
      ("CLASH", "هيئة تحرير الشام", "فيلق الشام", False),
      ("CLASH", "هيئة تحرير الشام", "لواء الحق", False)},
     {("CLASH", "جيش العزة", "فيلق الشام", False)}),
    ("وتنتشر «جبهة النصرة» التي تسيطر على مدينة إدلب في معظم قرى الريف الغربي.",
     {("CONTROL", "جبهة النصرة", "إدلب", False)}, set()),
    # "اعتقلتهم Y": the captives are the pronoun's referent; "مبادلة" ends in ة, not a pronoun.
    ("وأعدمت «جيش خالد» عشرات المقاتلين من «فرقة الحق» اعتقلتهم «جيش خالد» في وقت سابق.",
     {("DETENTION", "جيش خالد", "فرقة الحق", False)}, set()),
    ("وتحدثت أنباء عن مفاوضات غير مباشرة بين «قسد» و«جيش خالد» لمبادلة الأسرى بعائلات مسلحين.",
     set(), {("RELEASE", "جيش خالد", "قسد", False), ("RELEASE", "قسد", "جيش خالد", False)}),
    # Representatives "عن X" act for X.
    ("وعلم المرصد السوري من مصادر موثوقة أن ممثلين عن «غرفة العمليات المركزية في الجنوب» توصلوا "
     "مساء أمس إلى اتفاق مع قوات النظام رعته روسيا.",
     {("AGREEMENT", "غرفة العمليات المركزية في الجنوب", "قوات النظام", False),
      ("MEDIATION", "روسيا", "غرفة العمليات المركزية في الجنوب", False)}, set()),
    # "لعنب بلدي" (the outlet told) is no object marker for the pledge before it.
    ("أعلنت «كتائب جبل الأربعين» مبايعتها لهيئة تحرير الشام. في المقابل، رفض «لواء صقور أريحا»، "
     "المعروف سابقاً باسم «كتيبة شهداء أريحا»، مبايعة الهيئة، بحسب ما قاله قائده، الرائد المنشق "
     "سامر الحسن، لعنب بلدي.",
     {("ALLEGIANCE", "لواء صقور أريحا", "هيئة تحرير الشام", True)}, set()),
    # A relative clause after the subject ("X «التي يتخذها Y واجهة له»، طلبت") is an aside.
    ("ويرى مراقبون أن «جيش العزة» “الذي تعدّه «حركة أحرار الشام» حليفاً قديماً لها، أرسل "
     "تعزيزات عسكرية لمؤازرة «لواء الحق» في ريف حماة.",
     {("ALLIANCE", "جيش العزة", "لواء الحق", False)},
     {("ALLIANCE", "حركة أحرار الشام", "لواء الحق", False)}),
    # ... but a relative clause running on to a subordinate one is no closed aside.
    ("وأصبحت قوات النظام على بعد كيلومترات قليلة من بلدة سنجار وذلك عقب سيطرتها على بلدتي "
     "الشطيب والهوية.",
     {("CONTROL", "قوات النظام", "الشطيب", False)}, set()),
    # A first-person plural cue acts for the group the speakers named themselves by.
    ("وظهر القائد في شريط مصور قال فيه: نحن مجاهدي «لواء الحق» في ريف حماة، نريد أن نعلن بأننا "
     "خرجنا من «جيش العزة» منذ ثلاثة أشهر.",
     {("SPLIT", "لواء الحق", "جيش العزة", False)}, set()),
    # "الذي كان مع «Y» سابقاً": past membership; neither Y nor the group before is renamed.
    ("وقاد الهجوم أبو خالد الحموي الذي كان مع «جند الأقصى» سابقاً.",
     {("MEMBERSHIP", "أبو خالد الحموي", "جند الأقصى", False)}, set()),
    ("وأضاف أن الوسيط هو ماهر الشامي أحد القادة الميدانيين لـ«الحزب التركستاني» والذي كان "
     "مع تنظيم «جند الأقصى» سابقاً.",
     {("LEADERSHIP", "ماهر الشامي", "الحزب التركستاني", False)},
     {("RENAME", "جند الأقصى", "الحزب التركستاني", False)}),
    # "X الذي يقوده … (A، B) والذي يدين": the coordinated relative describes the same X.
    ("والتحق الفصيل بتنظيم (حراس الدين) الذي تديره قيادة من المقاتلين الأجانب (أبو همام الشامي، "
     "سمير حجازي) والذي يعلن الولاء لقيادة تنظيم القاعدة خارج سوريا.",
     {("ALLEGIANCE", "حراس الدين", "تنظيم القاعدة", False)},
     {("ALLEGIANCE", "سمير حجازي", "تنظيم القاعدة", False)}),
    # Components of a coalition, the subject possibly before a relative aside.
    ("ويُعد «لواء الحق» من أبرز فصائل «الجبهة الوطنية للتحرير» في ريف حماة.",
     {("AFFILIATION", "لواء الحق", "الجبهة الوطنية للتحرير", False)}, set()),
    ("ويُعد «مجلس دير الزور العسكري»، الذي يقوده أحمد الخبيل الملقب «أبو خولة»، أحد أبرز مكونات "
     "«قسد» في المنطقة.",
     {("AFFILIATION", "مجلس دير الزور العسكري", "قسد", False),
      ("LEADERSHIP", "أحمد الخبيل", "مجلس دير الزور العسكري", False)}, set()),
    # A pronoun's referent is looked for in its own sentence first, and a qualifier (التابع لـY)
    # gives way to the name it qualifies.
    ("وقال المصدر إن معظم المحتجزين من «الجيش الحر». وتزامن ذلك مع إعدام عدد من عناصر «جيش النصر» "
     "التابع لـ«الجيش السوري الحر» كان قد اعتقلهم «جند الأقصى» الشهر الماضي.",
     {("DETENTION", "جند الأقصى", "جيش النصر", False)},
     {("DETENTION", "جند الأقصى", "الجيش الحر", False),
      ("DETENTION", "جند الأقصى", "الجيش السوري الحر", False)}),
    # "غرفة عمليات «X»" heads the name: leaving it is leaving X, not HTS that leads it.
    ("أعلن «جيش العزة» أمس انسحابه من غرفة عمليات «الفتح المبين» التي تقودها «هيئة تحرير الشام».",
     {("SPLIT", "جيش العزة", "الفتح المبين", False)},
     {("SPLIT", "جيش العزة", "هيئة تحرير الشام", False)}),
    # A quoted clause opening with a role word is no group name; a partitive "من عناصر X"
    # is no captor; a name after بوساطة is the go-between, not the captives.
    ("وقال القائد إن «الهيئة استأثرت بالقرار العسكري». وكانت «هيئة تحرير الشام» قد اعتقلت ثلاثة من "
     "عناصر «جيش العزة» قرب مورك، قبل أن تفرج عنهم بوساطة من «فيلق الشام».",
     {("DETENTION", "هيئة تحرير الشام", "جيش العزة", False)},
     {("RELEASE", "جيش العزة", "فيلق الشام", False), ("DETENTION", "جيش العزة", "فيلق الشام", False)}),
    # "قتال X" (the verbal noun): X is fought; a negation after the subject ("عدم تدخله") does not
    # reach over an aside to a later cue.
    ("وأعلن «جيش العزة» عدم تدخله في شؤون المدنيين، وتفرغه لقتال قوات النظام.",
     {("CLASH", "جيش العزة", "قوات النظام", False)},
     {("CLASH", "جيش العزة", "قوات النظام", True), ("CLASH", "قوات النظام", "جيش العزة", False)}),
    ("وجاء عزل القائد على خلفية رفض «جيش العزة» قتال «هيئة تحرير الشام».",
     {("CLASH", "جيش العزة", "هيئة تحرير الشام", True)}, set()),
    # "كانت X تعرف سابقاً باسم Y": Y is the old name, in one direction only.
    ("وكانت «الجبهة الشامية» تعرف سابقاً باسم «لواء التوحيد»، قبل أن تغير اسمها عام 2014.",
     {("RENAME", "لواء التوحيد", "الجبهة الشامية", False)},
     {("RENAME", "الجبهة الشامية", "لواء التوحيد", False)}),
    ("وأعلن «فيلق الشام» و«الجبهة الشامية» اندماجهما الكامل في تشكيل عسكري جديد يحمل اسم «الفيلق الثالث».",
     {("MERGER", "فيلق الشام", "الفيلق الثالث", False), ("MERGER", "الجبهة الشامية", "الفيلق الثالث", False)},
     set()),
    # "بوصفه الذراع السورية لـY": the pronoun on "as" is the description's subject.
    ("أعلن فصيل «سرايا الغاب» انضمامه إلى تنظيم «حراس الدين». ويُنظر إلى التنظيم على نطاق واسع "
     "بوصفه الذراع السورية لتنظيم «القاعدة».",
     {("AFFILIATION", "حراس الدين", "القاعدة", False)}, set()),
    # "المتحدث باسمه الرائد X": the spokesman of the group the pronoun points at; his name stops
    # before what he announced ("السيطرة الكاملة").
    ("ودخلت فصائل «الجيش الوطني السوري» المدعوم من تركيا إلى المدينة، وأعلن المتحدث باسمه الرائد "
     "يوسف حمود السيطرة الكاملة عليها.",
     {("MEMBERSHIP", "يوسف حمود", "الجيش الوطني السوري", False)}, set()),
    # "ستة مقاتلين من Y أسروهم": Y are the ones taken, by the group named before.
    ("ووثق المرصد السوري قيام عناصر «جيش خالد بن الوليد» بإعدام ستة مقاتلين من «فرقة الحق» أسروهم "
     "خلال هجوم على مواقع الفرقة.",
     {("DETENTION", "جيش خالد بن الوليد", "فرقة الحق", False),
      ("EXECUTION", "جيش خالد بن الوليد", "فرقة الحق", False)},
     {("DETENTION", "فرقة الحق", "جيش خالد بن الوليد", False)}),
    # "واتفق المجتمعون على … والعمل معاً": the meeting's parties agree to act together.
    ("وكشفت الوكالة عن لقاء بين قيادات «جبهة النصرة» و«تنظيم الدولة الإسلامية» في ريف حلب، واتفق "
     "المجتمعون خلاله على إيقاف الاشتباكات والعمل معاً في وجه خصومهما.",
     {("TRUCE", "جبهة النصرة", "تنظيم الدولة الإسلامية", False),
      ("ALLIANCE", "جبهة النصرة", "تنظيم الدولة الإسلامية", False)}, set()),
    # "الداعم الأبرز لهم": the object after لـ is a pronoun for the group named before, not for
    # one named after "من تنظيم".
    ("ويُعرف «الحزب الإسلامي التركستاني» بتحالفه الوثيق مع تنظيم «جبهة النصرة». وتُعتبر تركيا "
     "الداعم السياسي الأبرز لهم في المنطقة.",
     {("ALLIANCE", "تركيا", "الحزب الإسلامي التركستاني", False)},
     {("ALLIANCE", "تركيا", "جبهة النصرة", False)}),
    # A head noun outside the quotes does not break a list: "بين X وتنظيم «Y»".
    ("معارك عنيفة بين قوات النظام وتنظيم «داعش» في بادية حمص الشرقية.",
     {("CLASH", "قوات النظام", "داعش", False)}, set()),
    # "عبر غرفة عمليات «X»" names the means, not the one fought; "تضم إلى جانب X" lists members.
    ("وأضاف أن «هيئة تحرير الشام» شاركت في صد الهجوم عبر غرفة عمليات «الفتح المبين»، التي تضم إلى "
     "جانب الهيئة فصائل «جيش العزة» و«جيش النصر».",
     {("AFFILIATION", "جيش العزة", "الفتح المبين", False)},
     {("CLASH", "هيئة تحرير الشام", "الفتح المبين", False),
      ("ALLIANCE", "الفتح المبين", "جيش العزة", False)}),
])
def test_qualifiers_in_lists_and_go_betweens(facts_of, text, expected, absent):
    found = triples(facts_of(text))
    assert expected <= found, found
    assert not absent & found, found


def test_a_heading_restates_the_body_so_the_body_is_the_evidence(facts_of):
    text = ("اشتباكات بين «جيش العزة» و«هيئة تحرير الشام» في ريف حماة\n\n"
            "اندلعت صباح اليوم اشتباكات عنيفة بين «جيش العزة» و«هيئة تحرير الشام» قرب بلدة اللطامنة.\n\n"
            "مقتل قائد ميداني\n\n"
            "وقتل في الاشتباكات بين «جيش العزة» و«هيئة تحرير الشام» قائد ميداني.")
    clashes = [f for f in facts_of(text) if f["type"] == "CLASH"]
    assert len(clashes) == 1 and clashes[0]["evidence"].startswith("اندلعت"), clashes


def test_talks_in_two_places_are_two_events_but_a_restatement_is_one(facts_of):
    text = ("وعقد وفد من «جيش الإسلام» اجتماعاً مع «فيلق الرحمن» في مدينة دوما. "
            "وبعد أسبوع عقد وفد من «جيش الإسلام» اجتماعاً ثانياً مع «فيلق الرحمن» في مدينة حرستا. "
            "ولم يصدر عن اجتماع «جيش الإسلام» مع «فيلق الرحمن» أي بيان.")
    talks = [f for f in facts_of(text) if f["type"] == "NEGOTIATION" and not f["negated"]]
    assert sorted(f["place"] for f in talks) == ["حرستا", "دوما"], talks


def test_facts_name_a_role_word_by_the_name_the_article_used_last(facts_of):
    text = ('شنّ مسلحو تنظيم "داعش" هجوماً على مواقع "قسد". وقالت مصادر إن التنظيم سيطر على بلدة '
            'هجين. ويحاول التنظيم، الذي غيّر اسمه من "الدولة الإسلامية في العراق والشام" إلى "الدولة '
            'الإسلامية"، الاحتفاظ بمواقعه.')
    control = next(f for f in facts_of(text) if f["type"] == "CONTROL")
    assert control["subject"] == "داعش", control


@pytest.mark.parametrize(("text", "fact_type", "source"), [
    # An SVO subject with auxiliaries before its reporting verb.
    ("ويذكر أن المرصد السوري لحقوق الإنسان كان قد أورد أن «جيش العزة» و«فيلق الشام» عقدا "
     "اجتماعاً في بلدة اللطامنة.", "NEGOTIATION", "المرصد السوري لحقوق الإنسان"),
    # The speaker's office with its group does not hide his name from the reporting verb.
    ("وقال مسؤول المكتب الإعلامي في «كتائب جبل الأربعين»، أبو عمر الإدلبي، إن عدداً من مقاتلي "
     "«لواء صقور أريحا» التحقوا بالكتائب.", "MERGER", "أبو عمر الإدلبي"),
    # ... and his own office is the writer's description, not his claim.
    ("وقال مسؤول المكتب الإعلامي في «كتائب جبل الأربعين»، أبو عمر الإدلبي، إن عدداً من مقاتلي "
     "«لواء صقور أريحا» التحقوا بالكتائب.", "MEMBERSHIP", None),
    # A person named before "واتهمت" is not its subject.
    ("واغتيل قياديون من «حركة أحرار الشام» بينهم محمد منير واتهمت الحركة «جيش العزة» بالوقوف "
     "وراء الاغتيال، وأعلن عشرات من مقاتلي «جيش العزة» انضمامهم إلى «هيئة تحرير الشام».",
     "MERGER", None),
])
def test_sources_of_speakers_and_offices(facts_of, text, fact_type, source):
    found = [f for f in facts_of(text) if f["type"] == fact_type]
    assert found and found[0]["source"] == source, found


def test_a_new_unnamed_speaker_does_not_inherit_the_previous_source(facts_of):
    text = ("وأكد القيادي أبو خالد الحموي أن الاتفاق صامد. وكشف ناشطون عن اجتماع بين «جيش العزة» "
            "و«هيئة تحرير الشام» في بلدة سرمدا. وأضاف الناشطون أن الاجتماع لم يسفر عن نتائج.")
    talks = next(f for f in facts_of(text) if f["type"] == "NEGOTIATION")
    assert talks["source"] is None, talks


def test_officials_named_in_the_next_sentence_act_and_are_members(facts_of):
    text = ("وأعلن عدد من قادة «جيش العزة» في سهل الغاب انشقاقهم عن «جيش العزة» ومبايعتهم "
            "«حراس الدين». وأبرزهم قائد القطاع الغربي المدعو «أحمد الحموي» "
            "ومسؤول التسليح الملقب «أبو عمر».")
    found = triples(facts_of(text))
    for person in ("أحمد الحموي", "أبو عمر"):
        assert ("SPLIT", person, "جيش العزة", False) in found, found
        assert ("ALLEGIANCE", person, "حراس الدين", False) in found, found
        assert ("MEMBERSHIP", person, "جيش العزة", False) in found, found
    # the officials' group itself pledged nothing
    assert ("ALLEGIANCE", "جيش العزة", "حراس الدين", False) not in found


def test_envoys_act_for_the_group_that_sent_them(facts_of):
    text = ("وأوفد القائد العام لـ«جيش العزة» جميل الصالح كلاً من أحمد الحموي وسامر الحسن لإجراء "
            "مفاوضات مع «فيلق الشام» و«لواء الحق». وقالت مصادر إن الحموي والحسن أجريا لقاءات مع "
            "قادة الفصيلين وعرضا عليهم شروط الصالح.")
    found = triples(facts_of(text))
    assert ("NEGOTIATION", "جيش العزة", "فيلق الشام", False) in found, found
    assert ("NEGOTIATION", "جيش العزة", "لواء الحق", False) in found, found
    assert not any(f[0] == "NEGOTIATION" and "الحموي" in f[1] for f in found), found


def test_a_sentence_pointing_back_at_the_talks_gives_their_parties_the_outcome(facts_of):
    text = ("وكشف ناشطون عن اجتماع بين «جبهة النصرة» و«حركة أحرار الشام» في بلدة سرمدا. وأفاد الناشطون "
            "أن الاجتماع انتهى بالاتفاق المبدئي على تشكيل غرفة عمليات موحدة.")
    found = facts_of(text)
    outcome = {(f["type"], f["subject"], f["object"]) for f in found if f["rule"].endswith("+talks")}
    assert outcome == {("AGREEMENT", "جبهة النصرة", "حركة أحرار الشام"),
                       ("ALLIANCE", "جبهة النصرة", "حركة أحرار الشام")}, outcome
    # without a pointer back, a deal with no parties stays unattributed
    assert not any(f["type"] == "AGREEMENT" for f in facts_of("وأفاد الناشطون بالاتفاق على تشكيل غرفة عمليات."))


def test_the_sponsor_of_the_deal_mediates_between_its_parties_under_his_own_name(facts_of):
    text = ("وأبرم «فيلق الشام» اتفاقاً بين «لواء الحق» و«جيش العزة» أنهى أياماً من التوتر. وأوضح المصدر "
            "أن الوسيط هو أحمد الحموي أحد قياديي «فيلق الشام» في المنطقة.")
    found = triples(facts_of(text))
    assert ("MEDIATION", "أحمد الحموي", "لواء الحق", False) in found, found
    assert ("MEDIATION", "أحمد الحموي", "جيش العزة", False) in found, found


def test_a_head_named_with_his_office_stands_for_his_group_later_on(facts_of):
    text = ("وقال جميل الصالح قائد «جيش العزة» إن الهدنة صامدة. وذكرت مصادر أن وفداً من "
            "«حركة أحرار الشام» أجرى محادثات مع الصالح في اللطامنة.")
    found = triples(facts_of(text))
    assert ("NEGOTIATION", "حركة أحرار الشام", "جيش العزة", False) in found or (
        "NEGOTIATION", "جيش العزة", "حركة أحرار الشام", False) in found, found


def test_factions_of_a_coalition_in_a_list_and_denials_that_name_another_matter(facts_of):
    text = ("اندلعت اشتباكات عنيفة، فجر اليوم السبت، بين «قوات سوريا الديمقراطية» (قسد) وفصائل من «الجيش "
            "الوطني السوري» شمال مدينة منبج، بحسب المرصد السوري لحقوق الإنسان. وقال المتحدث باسم "
            "«مجلس منبج العسكري» إن قواتهم تصدت لهجوم شنته «فرقة الحمزات». من جهتها، نفت «فرقة الحمزات» "
            "في بيان خسارة أي من مقاتليها، واتهمت «قسد» بقصف قرى ريف الباب.")
    found = facts_of(text)
    assert ("CLASH", "قوات سوريا الديمقراطية", "الجيش الوطني السوري", False) in triples(found)
    # the denial is of losses, not of the clash; the accusation is another verb's
    assert not any(f["negated"] and f["type"] == "CLASH" for f in found), found
    # a new speaker ("وقال المتحدث …") does not inherit the monitor as source
    assert all(f["source"] != "المرصد السوري لحقوق الإنسان" for f in found if "الحمزات" in str(f["object"]))


def test_the_two_sides_are_the_last_adversaries_not_the_last_allies(facts_of):
    text = ("شنت «هيئة تحرير الشام» حملة أمنية اعتقلت خلالها عدداً من قياديي «حراس الدين»، أبرزهم أبو ذر "
            "المصري. وجاءت الحملة بعد إعلان «حراس الدين» تشكيل غرفة عمليات مع «أنصار الإسلام». وأضافت "
            "المصادر أن اشتباكات دارت بين الطرفين، قبل أن يتوصل الطرفان إلى اتفاق بوساطة من «الحزب "
            "الإسلامي التركستاني».")
    found = triples(facts_of(text))
    # "قياديي X، أبرزهم Y": a «قيادي» leads (ONTOLOGY), he is not also coded a member
    assert ("LEADERSHIP", "أبو ذر المصري", "حراس الدين", False) in found, found
    assert ("MEMBERSHIP", "أبو ذر المصري", "حراس الدين", False) not in found, found
    assert {("CLASH", "هيئة تحرير الشام", "حراس الدين", False),
            ("AGREEMENT", "هيئة تحرير الشام", "حراس الدين", False),
            ("MEDIATION", "الحزب الإسلامي التركستاني", "حراس الدين", False)} <= found, found
    assert not any(f[0] == "CLASH" and "أنصار الإسلام" in (f[1], f[2]) for f in found), found


def test_a_defector_headline_and_holding_back_from_a_fight(facts_of):
    text = ("انشقاق قيادي بارز عن «أحرار الشام» وانضمامه إلى «تحرير الشام»\n\n"
            "وأوضح القيادي أبو صالح الحموي أن قراره جاء بعد تقاعس قيادة «حركة أحرار الشام» عن مواجهة "
            "قوات النظام في ريف حماة. وأدت المواجهات إلى سيطرة الهيئة على عدة بلدات كانت تحت سيطرة "
            "«حركة أحرار الشام» في ريفي إدلب وحلب.")
    found = triples(facts_of(text))
    assert not any(f[0] == "MERGER" and f[1] == "أحرار الشام" for f in found), found
    assert ("CLASH", "حركة أحرار الشام", "قوات النظام", True) in found, found
    assert not any(f[0] == "CONTROL" and f[2] == "ريف إدلب" for f in found), found


def test_accused_parties_prisoners_of_a_pronoun_and_killed_counts(facts_of):
    found = facts_of("وأعدمت «هيئة تحرير الشام» شاباً بتهمة التعامل مع قوات النظام في مدينة إدلب. "
                     "وسيطرت فصائل «الجيش الوطني» على قرية أم الكيف بعد اشتباكات مع «قسد» قتل فيها "
                     "ثلاثة عناصر، وأسرت خلالها أربعة من مقاتليها.")
    assert not any(f["type"] == "EXECUTION" and f["object"] == "قوات النظام" for f in found), found
    assert ("DETENTION", "الجيش الوطني", "قسد", False) in triples(found)
    clash = next(f for f in found if f["type"] == "CLASH")
    assert clash["count"] == 3, clash


def test_a_truce_sought_and_then_refused_is_one_negated_truce_per_party(facts_of):
    text = ("وقررت «جبهة النصرة» و«جيش العزة» في لقاء مشترك إيفاد مبعوث إلى الرقة يحمل إلى تنظيم "
            "«الدولة الإسلامية» عرضاً بهدف الوصول إلى وقف لإطلاق النار بين التنظيم وهذه الفصائل. "
            "وأفاد المرصد بأن المبعوث سمع من قادة التنظيم رفض «الدولة الإسلامية» لهذا العرض.")
    truces = {(f["subject"], f["object"], f["negated"]) for f in facts_of(text) if f["type"] == "TRUCE"}
    assert {(a, b, neg) for a, b, neg in truces} == {
        ("الدولة الإسلامية", "جبهة النصرة", True), ("الدولة الإسلامية", "جيش العزة", True)}, truces


def test_a_claim_and_its_denial_after_a_contrast_in_one_sentence(facts_of):
    text = ("وتداولت صفحات محلية أنباء عن اعتقال «هيئة تحرير الشام» خمسة من عناصر «لواء صقور أريحا» على "
            "حاجز قرب المسطومة، إلا أن الرائد سامر الحسن نفى ذلك.")
    detentions = {(f["negated"], f["source"]) for f in facts_of(text) if f["type"] == "DETENTION"}
    assert detentions == {(False, None), (True, "سامر الحسن")}, detentions


def test_an_attack_launched_by_a_named_agent_on_a_pronoun_target(facts_of):
    found = facts_of("وقتل ثلاثة عناصر من «قسد» في هجوم شنه تنظيم «داعش» على مواقعها قرب بلدة هجين.")
    clashes = [f for f in found if f["type"] == "CLASH"]
    assert [(f["subject"], f["object"], f["count"]) for f in clashes] == [("داعش", "قسد", 3)], clashes


def test_the_named_members_of_a_leading_council_lead_the_group_of_the_relative(facts_of):
    found = facts_of("وانضم الفصيل إلى «أنصار التوحيد» ثم إلى تنظيم «حراس الدين» الذي يقوده مجلس شورى "
                     "يضم أبو خديجة وسامي العريدي منذ تأسيسه عام 2018.")
    leaders = {(f["subject"], f["object"]) for f in found if f["type"] == "LEADERSHIP"}
    assert leaders == {("أبو خديجة", "حراس الدين"), ("سامي العريدي", "حراس الدين")}, leaders


@pytest.mark.parametrize(("text", "expected"), [
    ("وينص الاتفاق على أن تسلم الفصائل مدينتي سراقب ومعرة النعمان، على أن تتسلم «هيئة تحرير الشام» "
     "السيطرة الكاملة على هاتين المدينتين خلال أيام.",
     {("هيئة تحرير الشام", "سراقب"), ("هيئة تحرير الشام", "معرة النعمان")}),
    ("ودخلت القوات بلدة كفرنبل وقرية حاس. وأعلن «الجيش الوطني» سيطرته على هذه القرية مساء الأحد.",
     {("الجيش الوطني", "حاس")}),
    ("وصدت الفصائل هجوماً على قرية الدادات شمال منبج. وكانت «قسد» قد سيطرت على القرية قبل أسبوعين.",
     {("قسد", "الدادات")}),
    # Without places named before, a demonstrative points at nothing.
    ("وأعلن «الجيش الوطني» سيطرته على هذه القرية مساء الأحد.", set()),
])
def test_control_of_places_a_demonstrative_points_back_at(facts_of, text, expected):
    found = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "CONTROL"}
    assert found == expected, found


def test_an_oath_to_a_groups_emir_quoted_after_a_refusal_is_affirmed(facts_of):
    found = facts_of("وردّ قائد «لواء السنديان» على الدعوة بالرفض قائلاً: في عنقي بيعة لأمير «حركة أحرار الشام» "
                     "ولن أنقضها.")
    oaths = {(f["subject"], f["object"], f["negated"]) for f in found if f["type"] == "ALLEGIANCE"}
    assert oaths == {("لواء السنديان", "حركة أحرار الشام", False)}, oaths


@pytest.mark.parametrize(("text", "expected"), [
    ("ويرى الباحث أن حرب التحالف ضد «داعش» دخلت مرحلة جديدة بعد سقوط الباغوز.", {("التحالف", "داعش")}),
    # An office named after the war is not a war.
    ("واجتمع القائد مع أحد مساعدي «وزير الحرب» في تنظيم «داعش» لبحث الهدنة مع «جيش العزة».", set()),
])
def test_a_war_waged_by_the_genitive_against_the_object(facts_of, text, expected):
    found = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "CLASH"}
    assert found == expected, found


def test_a_groups_named_head_frees_the_fighters_of_each_listed_group(facts_of):
    found = facts_of("وكان أبو محمد الجولاني زعيم «جبهة النصرة» قد التقى وفدا من الفصائل. وأكدت المصادر أن "
                     "الجولاني شرع في تطبيق جزء من المطالب عبر الإفراج عن عشرات من مقاتلي الفصيلين "
                     "(أحرار الشام - الزنكي) مقابل إفراج الفصيلين عن بعض عناصر «النصرة» المحتجزين لديهما.")
    releases = {(f["subject"], f["object"]) for f in found if f["type"] == "RELEASE"}
    assert {("جبهة النصرة", "أحرار الشام"), ("جبهة النصرة", "الزنكي"),
            ("أحرار الشام", "النصرة"), ("الزنكي", "النصرة")} == releases, releases


def test_a_person_with_no_office_is_no_captor(facts_of):
    found = facts_of("وقال الناشط سامر الحسن إنه أفرج عن ثلاثة من عناصر «لواء صقور أريحا» بعد وساطة.")
    assert not any(f["type"] in ("RELEASE", "DETENTION") and f["subject"] == "سامر الحسن" for f in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("وذكر مراسلنا أن لقاءً عُقد مساء السبت في سرمدا، جمع قادة من «جيش العزة» و«فيلق الشام» "
     "المدعوم من أنقرة مع وفد من «هيئة تحرير الشام».",
     {("جيش العزة", "هيئة تحرير الشام"), ("فيلق الشام", "هيئة تحرير الشام")}),
    ("وعقد في إدلب اجتماع ضم «جيش العزة» و«فيلق الشام» لبحث التنسيق.", {("جيش العزة", "فيلق الشام")}),
])
def test_the_parties_of_a_meeting_follow_its_verb_of_gathering(facts_of, text, expected):
    found = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "NEGOTIATION"}
    assert found == expected, found


def test_a_branch_represented_by_a_named_group_in_a_list_of_parties(facts_of):
    found = facts_of("وكشفت الوكالة أن اجتماعا بين قادة من «داعش» وفرع تنظيم «القاعدة» في سوريا ممثلاً "
                     "في «جبهة النصرة» عقد في ريف حلب الأسبوع الماضي واتفق المجتمعون على وقف القتال بينهما.")
    assert {(f["type"], f["subject"], f["object"]) for f in found} == {
        ("NEGOTIATION", "داعش", "جبهة النصرة"), ("AFFILIATION", "جبهة النصرة", "القاعدة"),
        ("AGREEMENT", "داعش", "جبهة النصرة"), ("TRUCE", "داعش", "جبهة النصرة")}, found


def test_the_group_sent_is_the_referent_of_the_object_pronoun(facts_of):
    found = facts_of("وقالت «هيئة تحرير الشام» إنها منحت «لواء الأقصى» الأمان وسترسله إلى الرقة خلال أيام.")
    moves = {(f["subject"], f["object"]) for f in found if f["type"] == "RELOCATION"}
    assert moves == {("لواء الأقصى", "الرقة")}, moves


def test_those_named_after_against_are_opponents_not_a_pair_of_allies(facts_of):
    found = facts_of("وشهد الأسبوع الماضي تعاونا في مواجهة «حركة حزم» و«جبهة ثوار سوريا» في جبل الزاوية.")
    assert not any(f["type"] == "ALLIANCE" for f in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("وشكّل أبو عبد الله «لواء السنديان» برفقة نحو 300 مقاتل بعد خروجه من «جند الأقصى».",
     {("لواء السنديان", 300)}),
    # Moving to a group with fighters says nothing of that group's size.
    ("وانتقل القائد إلى «الحزب التركستاني» برفقة 200 مقاتل.", set()),
])
def test_the_fighters_a_group_is_founded_with_are_its_strength(facts_of, text, expected):
    found = {(f["subject"], f["count"]) for f in facts_of(text) if f["type"] == "STRENGTH"}
    assert found == expected, found


def test_the_owner_of_a_stance_noun_is_the_subject_of_the_event_after_it(facts_of):
    found = facts_of("وقال مصدر إن عزل أبو ماريا القحطاني جاء بسبب رفضه قتال «جيش العزة» في ريف حماة.")
    clashes = {(f["subject"], f["object"], f["negated"]) for f in found if f["type"] == "CLASH"}
    assert clashes == {("أبو ماريا القحطاني", "جيش العزة", True)}, clashes


def test_a_name_before_a_release_is_not_the_captives_unless_they_are_its_fighters(facts_of):
    text = ("ويقضي الاتفاق بخروج المقاتلين إلى مدينة الباب الخاضعة لسيطرة «الجيش الوطني» مقابل إطلاق سراح "
            "الأسرى المحتجزين لدى «هيئة تحرير الشام».")
    assert not any(f["type"] in ("RELEASE", "DETENTION") for f in facts_of(text))
    text = "وأعلنت الفصائل أن عناصر «قسد» الأسرى لدى «الجيش الوطني» سيطلق سراحهم قريبا."
    held = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "DETENTION"}
    assert held == {("الجيش الوطني", "قسد")}, held


def test_the_far_side_of_a_front_line_is_no_object_of_the_cue_before(facts_of):
    found = facts_of("وطلبت «هيئة تحرير الشام» خلال الاجتماع الدفع بتعزيزات إلى خطوط التماس مع قوات النظام "
                     "قرب سراقب.")
    assert not any(f["type"] in ("ALLIANCE", "NEGOTIATION") and f["object"] == "قوات النظام" for f in found), found


def test_cells_of_a_group_launch_an_attack_placed_at_the_most_specific_place(facts_of):
    found = facts_of("قتل خمسة عناصر من «قوات سوريا الديمقراطية» (قسد) مساء الثلاثاء، بهجوم شنته خلايا تابعة "
                     "لتنظيم «الدولة الإسلامية» على نقطة عسكرية قرب بلدة ذيبان في ريف دير الزور الشرقي.")
    clashes = [(f["subject"], f["object"], f["count"], f["place"]) for f in found if f["type"] == "CLASH"]
    assert clashes == [("الدولة الإسلامية", "قوات سوريا الديمقراطية", 5, "ذيبان")], clashes


def test_a_failed_recapture_after_an_attack_launched_by_a_rival(facts_of):
    found = facts_of("ولم تتمكن «حركة أحرار الشام» من استعادة مواقعها في جبل الزاوية، بعد هجوم واسع شنته "
                     "«هيئة تحرير الشام» على مقراتها مطلع العام الجاري.")
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in found} == {
        ("CONTROL", "حركة أحرار الشام", "جبل الزاوية", True),
        ("CLASH", "هيئة تحرير الشام", "حركة أحرار الشام", False)}, found


def test_the_persons_just_counted_are_not_a_group_named_before(facts_of):
    found = facts_of("وأعدم تنظيم «الدولة الإسلامية» ثلاثة عناصر من «قسد» قرب الباغوز. في المقابل، أطلقت "
                     "«هيئة تحرير الشام» سراح 40 معتقلاً من أبناء بلدة كفرتخاريم، دون أن توضح أسباب اعتقالهم.")
    assert not any(f["subject"] == "هيئة تحرير الشام" for f in found), found


def test_a_designation_stays_in_its_clause_and_a_regarded_object_is_affiliated(facts_of):
    found = facts_of("أدرجت وزارة الخارجية الأمريكية «هيئة تحرير الشام» على قائمة المنظمات الإرهابية، "
                     "معتبرة إياها امتداداً لـ«جبهة النصرة».")
    assert {(f["type"], f["subject"], f["object"]) for f in found} == {
        ("DESIGNATION", "وزارة الخارجية الأمريكية", "هيئة تحرير الشام"),
        ("AFFILIATION", "هيئة تحرير الشام", "جبهة النصرة")}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("وسلمت «قسد» مواقع في منبج لقوات النظام بموجب تفاهم مع الجانب الروسي.", {("قوات النظام", "منبج", False)}),
    # a report denied in one sentence: the reported claim and its denial (ONTOLOGY: two facts)
    ("ونفى المتحدث باسم «قسد» ما تداولته وسائل إعلام عن تسليم مواقع في منبج لقوات النظام.",
     {("قوات النظام", "منبج", True), ("قوات النظام", "منبج", False)}),
    # A place naming where the fighters are from is not handed over.
    ("وسلّمت فصائل القلمون الشرقي أسلحتها الثقيلة للجانب الروسي.", set()),
])
def test_places_handed_over_stand_before_the_receivers_marker(facts_of, text, expected):
    found = {(f["subject"], f["object"], f["negated"]) for f in facts_of(text) if f["type"] == "CONTROL"}
    assert found == expected, found


def test_whom_a_group_is_backed_against_is_not_its_ally(facts_of):
    found = facts_of("وصلت تعزيزات إلى مدينة البوكمال لدعم ميليشيا «لواء فاطميون» في مواجهة خلايا تنظيم «داعش».")
    assert not any(f["type"] == "ALLIANCE" and f["object"] == "داعش" for f in found), found


def test_a_release_split_by_its_captor_and_captives_held_are_no_strength(facts_of):
    found = facts_of("وأطلق «جيش الإسلام» سراح 25 أسيراً من عناصر «فيلق الرحمن» ضمن صفقة تبادل. وفي المقابل، "
                     "أفرج الفيلق عن 18 مقاتلاً من «جيش الإسلام» كانوا محتجزين لديه منذ نيسان الماضي.")
    releases = {(f["subject"], f["object"], f["count"]) for f in found if f["type"] == "RELEASE"}
    assert releases == {("جيش الإسلام", "فيلق الرحمن", 25), ("فيلق الرحمن", "جيش الإسلام", 18)}, releases
    assert not any(f["type"] == "STRENGTH" for f in found), found


def test_a_charge_laid_on_victims_is_no_event(facts_of):
    found = facts_of("أقدم تنظيم «داعش» على إعدام سبعة مدنيين في بلدة الشعفة بتهمة التعاون مع «التحالف الدولي».")
    assert not any(f["type"] == "ALLIANCE" for f in found), found


def test_a_backer_named_as_an_adverb_is_no_antecedent(facts_of):
    found = facts_of("وفي الجنوب، انضم مئات من عناصر فصائل التسوية إلى «الفيلق الخامس» المدعوم روسياً، "
                     "ويقوده أحمد العودة.")
    leaders = {(f["subject"], f["object"]) for f in found if f["type"] == "LEADERSHIP"}
    assert leaders == {("أحمد العودة", "الفيلق الخامس")}, leaders


def test_leaving_a_group_named_by_a_pronoun_on_the_marker(facts_of):
    found = facts_of("وكانت «جبهة أنصار الدين» قد انضمت إلى «هيئة تحرير الشام» عند تأسيسها مطلع عام 2017، "
                     "قبل أن تنشق عنها في شباط 2018.")
    assert {(f["type"], f["subject"], f["object"], f["time"]) for f in found} == {
        ("MERGER", "جبهة أنصار الدين", "هيئة تحرير الشام", "2017"),
        ("SPLIT", "جبهة أنصار الدين", "هيئة تحرير الشام", "2018-02")}, found


def test_two_names_side_by_side_are_subject_and_object_not_a_list(facts_of):
    found = facts_of("وتتهم «قسد» تركيا بدعم خلايا «داعش» في المنطقة، وهو ما تنفيه أنقرة.")
    assert not any(f["subject"] == "قسد" and f["type"] == "ALLIANCE" for f in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # After "بأي وساطة بين" stand the parties; the go-between was named before.
    ("ونفى مصدر في «فيلق الشام» قيام الفيلق بأي وساطة بين «هيئة تحرير الشام» و«الزنكي».",
     {("MEDIATION", "فيلق الشام", "هيئة تحرير الشام", True), ("MEDIATION", "فيلق الشام", "الزنكي", True)}),
    # Talks that yield nothing were still held.
    ("ولم تسفر جولة المفاوضات بين «قسد» والحكومة السورية عن أي نتائج.",
     {("NEGOTIATION", "قسد", "الحكومة السورية", False)}),
    ("ونفى «جيش الإسلام» وجود أي اتفاق مع الجانب الروسي بشأن الخروج من دوما.",
     {("AGREEMENT", "جيش الإسلام", "الجانب الروسي", True)}),
])
def test_denied_mediation_fruitless_talks_and_a_denied_deal(facts_of, text, expected):
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts_of(text)} == expected


def test_a_comma_alone_does_not_list_a_person_with_a_group(facts_of):
    found = facts_of("ويقود «حراس الدين»، الذي يدين بالولاء لتنظيم «القاعدة»، أبو همام الشامي.")
    assert {(f["type"], f["subject"], f["object"]) for f in found} == {
        ("LEADERSHIP", "أبو همام الشامي", "حراس الدين"), ("ALLEGIANCE", "حراس الدين", "القاعدة")}, found


def test_a_deal_signed_in_a_relative_clause_and_a_verb_continuing_a_relative(facts_of):
    deal = facts_of("وتضم الغرفة كلاً من «حراس الدين» و«تنسيقية الجهاد»، وهي فصائل ترفض الاتفاق الذي وقّعته "
                    "روسيا وتركيا في موسكو في آذار الماضي.")
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in deal} >= {
        ("AGREEMENT", "روسيا", "تركيا", False)}, deal
    assert not any(f["type"] == "AGREEMENT" and f["subject"] == "حراس الدين" for f in deal), deal
    led = facts_of("أما «هيئة تحرير الشام»، التي تشكّلت من اندماج «جبهة فتح الشام» مع فصائل أخرى، ويقودها "
                   "أبو محمد الجولاني، فتسيطر على معظم إدلب.")
    leaders = {(f["subject"], f["object"]) for f in led if f["type"] == "LEADERSHIP"}
    assert leaders == {("أبو محمد الجولاني", "هيئة تحرير الشام")}, leaders


@pytest.mark.parametrize(("text", "expected"), [
    ("من جهتها، اتهمت «هيئة تحرير الشام» في بيان مقاتلي «حراس الدين» بأسر ثلاثة من عناصرها في اليعقوبية، "
     "وهو ما نفاه القيادي في التنظيم سامي العريدي.",
     {("DETENTION", "حراس الدين", "هيئة تحرير الشام", False, None),
      ("DETENTION", "حراس الدين", "هيئة تحرير الشام", True, "سامي العريدي"),
      # "القيادي في التنظيم": the KB calls حراس الدين «تنظيم حراس الدين»
      ("LEADERSHIP", "سامي العريدي", "حراس الدين", False, None)}),
    ("في المقابل، نفى التحالف الدولي دخول قوات النظام إلى مدينة منبج.",
     {("CONTROL", "قوات النظام", "منبج", True, None)}),
])
def test_a_claim_denied_by_a_relative_and_a_denied_entry(facts_of, text, expected):
    found = {(f["type"], f["subject"], f["object"], f["negated"], f["source"]) for f in facts_of(text)}
    assert found == expected, found


def test_a_truce_offered_by_a_state_and_refused_and_a_feminine_state_is_no_his(facts_of):
    found = facts_of("ورفض «جيش العزة» هدنة لمدة 72 ساعة عرضتها روسيا، إذ قال قائده الرائد جميل الصالح في تغريدة "
                     "إن الفصيل لن يوقف القتال.")
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in found} == {
        ("TRUCE", "جيش العزة", "روسيا", True), ("LEADERSHIP", "جميل الصالح", "جيش العزة", False)}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("وتحدث القائد عن «جيش العزة»، فيما تنضوي «حركة أحرار الشام» حالياً ضمن «الجبهة الوطنية للتحرير».",
     {("AFFILIATION", "حركة أحرار الشام", "الجبهة الوطنية للتحرير")}),
    ("وأرسل «الحرس الثوري» مقاتلين من «لواء فاطميون» الأفغاني التابع له إلى مدينة الميادين.",
     {("AFFILIATION", "لواء فاطميون", "الحرس الثوري")}),
    ("وأدرجت وزارة الخزانة الأميركية «لواء فاطميون» و«لواء زينبيون» على قائمة العقوبات.",
     {("DESIGNATION", "وزارة الخزانة الأميركية", "لواء فاطميون"),
      ("DESIGNATION", "وزارة الخزانة الأميركية", "لواء زينبيون")}),
])
def test_verb_first_affiliation_a_pronoun_owner_and_designated_lists(facts_of, text, expected):
    found = {(f["type"], f["subject"], f["object"]) for f in facts_of(text)}
    assert expected <= found, found
    assert not any(f[0] == "AFFILIATION" and f[1] == "جيش العزة" for f in found), found


def test_an_assertion_after_a_denial_is_not_denied(facts_of):
    found = facts_of("في المقابل، نفى رئيس المكتب السياسي في «جيش الإسلام» محمد علوش التوصل إلى أي اتفاق مع "
                     "الحكومة السورية، مؤكداً أن المفاوضات مع روسيا لا تزال مستمرة.")
    assert {(f["type"], f["object"], f["negated"]) for f in found if f["type"] != "MEMBERSHIP"} == {
        ("AGREEMENT", "الحكومة السورية", True), ("NEGOTIATION", "روسيا", False)}, found


def test_a_sponsor_of_an_unnamed_deal_mediates_between_no_one_in_particular(facts_of):
    found = facts_of("وكان فصيل «قوات شباب السنة» قد انضم إلى «الفيلق الخامس» في تموز 2018، بموجب اتفاق "
                     "التسوية الذي رعته روسيا في درعا، قبل أن يتحول إلى «اللواء الثامن».")
    assert not any(f["type"] == "MEDIATION" for f in found), found


def test_members_listed_after_wa_minha_belong_to_the_group_not_its_backer(facts_of):
    found = facts_of("ميدانياً، دفعت فصائل «الجيش الوطني» المدعومة من أنقرة، ومنها «فرقة الحمزة» و«فرقة السلطان "
                     "مراد»، بتعزيزات عسكرية إلى مدينة جرابلس.")
    members = {(f["subject"], f["object"]) for f in found if f["type"] == "AFFILIATION"}
    assert members == {("فرقة الحمزة", "الجيش الوطني"), ("فرقة السلطان مراد", "الجيش الوطني")}, members


def test_fighters_of_a_group_join_the_one_the_marker_points_back_at(facts_of):
    found = facts_of("ويقود «لواء القدس» محمد السعيد، وقد انضم إليه خلال الأشهر الماضية مئات من عناصر ميليشيا "
                     "«الدفاع الوطني».")
    assert ("MERGER", "الدفاع الوطني", "لواء القدس") in {(f["type"], f["subject"], f["object"]) for f in found}


def test_those_held_on_a_charge_of_membership_are_held_as_members(facts_of):
    held = facts_of("واعتقلت «قوات سوريا الديمقراطية» سبعة أشخاص في بلدة الشحيل بتهمة الانتماء إلى خلايا "
                    "تنظيم «الدولة الإسلامية».")
    assert {(f["type"], f["subject"], f["object"], f["count"]) for f in held} == {
        ("DETENTION", "قوات سوريا الديمقراطية", "الدولة الإسلامية", 7)}, held


def test_talks_between_two_leaders_under_a_sponsor_that_end_without_a_deal(facts_of):
    found = facts_of("وتصاعد الخلاف بين القائد العام السابق حسن صوفان والقائد العام جابر علي باشا. وعقد ممثلون عن "
                     "صوفان وعلي باشا، مساء الاثنين، اجتماعاً في مدينة سرمدا برعاية «فيلق الشام»، إلا أن الاجتماع "
                     "انتهى دون اتفاق.")
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in found} == {
        ("NEGOTIATION", "صوفان", "علي باشا", False), ("AGREEMENT", "صوفان", "علي باشا", True),
        ("MEDIATION", "فيلق الشام", "صوفان", True), ("MEDIATION", "فيلق الشام", "علي باشا", True)}, found


def test_one_name_after_a_verb_is_its_object_and_the_subject_was_named_before(facts_of):
    found = facts_of("وتحدث التقرير عن حسن صوفان. كما نفى صوفان، في بيان نشره على قناته في «تلغرام»، أن يكون "
                     "قد بايع «هيئة تحرير الشام».")
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in found} == {
        ("ALLEGIANCE", "صوفان", "هيئة تحرير الشام", True)}, found


def test_a_backer_between_two_listed_parties_is_no_party(facts_of):
    found = facts_of("وأفادت شبكات محلية بوقوع اشتباكات بين عناصر من «لواء القدس» الفلسطيني المدعوم من روسيا "
                     "ومسلحين من «لواء الباقر» المدعوم من إيران في مدينة الميادين.")
    assert ("CLASH", "لواء القدس", "لواء الباقر") in {(f["type"], f["subject"], f["object"]) for f in found}
    assert not any(f["type"] == "CLASH" and "روسيا" in (f["subject"], f["object"]) for f in found), found


def test_a_states_artillery_named_by_its_adjective_shells_a_group(facts_of):
    found = facts_of("وقصفت المدفعية التركية مواقع «وحدات حماية الشعب» في محيط تل رفعت.")
    assert [(f["type"], f["object"]) for f in found] == [("CLASH", "وحدات حماية الشعب")], found


def test_a_go_between_is_no_party_of_the_deal_it_mediates(facts_of):
    found = facts_of("وتوسطت روسيا بين «قسد» والحكومة السورية للتوصل إلى تفاهم حول منبج.")
    assert {(f["type"], f["subject"], f["object"]) for f in found} == {
        ("MEDIATION", "روسيا", "قسد"), ("MEDIATION", "روسيا", "الحكومة السورية"),
        ("AGREEMENT", "قسد", "الحكومة السورية")}, found


def test_succeeding_in_stopping_the_fighting_is_a_truce_not_taking_part(facts_of):
    found = facts_of("ونجحت وساطة يقودها وجهاء عشائر بين «جيش الإسلام» و«فيلق الرحمن» في وقف القتال.")
    assert {(f["type"], f["subject"], f["object"]) for f in found} == {
        ("TRUCE", "جيش الإسلام", "فيلق الرحمن")}, found


def test_the_common_enemy_after_against_is_no_ally(facts_of):
    found = facts_of("وأعلنت «قسد» و«الجيش الوطني» التنسيق العسكري ضد «داعش».")
    assert {(f["type"], f["subject"], f["object"]) for f in found} == {("ALLIANCE", "قسد", "الجيش الوطني")}


@pytest.mark.parametrize(("text", "expected"), [
    ("وخرجت «حركة نور الدين الزنكي» من «هيئة تحرير الشام» بعد أشهر من تأسيسها.",
     {("SPLIT", "حركة نور الدين الزنكي", "هيئة تحرير الشام")}),
    ("وغيّرت «جبهة فتح الشام» اسمها إلى «هيئة تحرير الشام» بعد اندماجها مع فصائل أخرى.",
     {("RENAME", "جبهة فتح الشام", "هيئة تحرير الشام")}),
    # Leaving a town is no split.
    ("وخرجت «جبهة النصرة» من مدينة حلب بعد الاتفاق.", set()),
])
def test_verb_first_leaving_and_renaming(facts_of, text, expected):
    assert {(f["type"], f["subject"], f["object"]) for f in facts_of(text) if f["type"] in ("SPLIT", "RENAME")} \
        == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ووصلت تعزيزات عسكرية تركية إلى نقاط المراقبة في ريف إدلب الجنوبي.",
     {("RELOCATION", "تركية", "ريف إدلب الجنوبي")}),
    # Captives moved between prisons are no relocation of their jailers.
    ("ونقلت «هيئة تحرير الشام» عشرات المعتقلين من سجن إدلب المركزي إلى سجن العقاب.", set()),
])
def test_state_reinforcements_move_and_captives_moved_do_not(facts_of, text, expected):
    assert {(f["type"], f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "RELOCATION"} \
        == expected


#: Sentences and all the (type, subject, object) facts they give.
EXACT_CASES = [
    # envoys and fighters of a group act for it
    ("وشارك مقاتلون من «الحزب الإسلامي التركستاني» إلى جانب «هيئة تحرير الشام» في معارك ريف اللاذقية.",
     {("ALLIANCE", "الحزب الإسلامي التركستاني", "هيئة تحرير الشام")}),
    ("والتقى وفد من «مجلس سوريا الديمقراطية» بممثلين عن الحكومة السورية في قاعدة حميميم.",
     {("NEGOTIATION", "مجلس سوريا الديمقراطية", "الحكومة السورية")}),
    # designations by pronoun regarding verbs and fighters kept
    ("وتسيطر القوات التركية على مناطق كانت بيد «وحدات حماية الشعب» التي تصنّفها تركيا منظمة إرهابية وتعدّها "
     "امتداداً لـ«حزب العمال الكردستاني».",
     {("DESIGNATION", "تركيا", "وحدات حماية الشعب"),
      ("AFFILIATION", "وحدات حماية الشعب", "حزب العمال الكردستاني")}),
    ("وتعتبر واشنطن «هيئة تحرير الشام» منظمة إرهابية.", {("DESIGNATION", "واشنطن", "هيئة تحرير الشام")}),
    ("وقالت «قسد» إن تنظيم «داعش» يحتفظ، رغم هزيمته، بنحو 600 مقاتل في البادية.",
     {("STRENGTH", "داعش", None)}),
    # fighters of a group attack and an operation launched against
    ("وبعد ساعات من التشييع، هاجم مسلحون من «اللواء الثامن» حاجزاً لـ«الأمن العسكري» قرب بلدة الكرك الشرقي.",
     {("CLASH", "اللواء الثامن", "الأمن العسكري")}),
    ("وأفادت شبكات محلية بوقوع اشتباكات بين عناصر من «لواء القدس» وآخرين من «لواء الباقر» في الميادين.",
     {("CLASH", "لواء القدس", "لواء الباقر")}),
    ("إثر عملية «غصن الزيتون» التي شنّتها أنقرة ضد «وحدات حماية الشعب» مطلع 2018.",
     {("CLASH", "أنقرة", "وحدات حماية الشعب")}),
    # a delegation travelling to talks is no relocation; a border only locates
    ("ووصل وفد روسي يضم ضباطاً من قاعدة حميميم إلى مدينة درعا أمس لبحث الاتفاق مع اللجنة المركزية.",
     set()),
    ("وقصفت الطائرات الإسرائيلية مواقع «حزب الله» قرب الحدود مع العراق.",
     {("CLASH", "الطائرات الإسرائيلية", "حزب الله")}),
    # the wider place that locates the places taken is not taken itself
    ("واستعادت «الجبهة الوطنية للتحرير» قرية الحويز وتل ملح بريف حماة الشمالي.",
     {("CONTROL", "الجبهة الوطنية للتحرير", "الحويز"), ("CONTROL", "الجبهة الوطنية للتحرير", "تل ملح")}),
    # cells "تابعة لـY" after a break belong to Y, not to the name before the break
    ("ونفى المتحدث باسم الفيلق أي دور لـ«فرقة الحمزة» في الاغتيال، متهماً مجموعات تابعة لتنظيم «داعش» "
     "بالوقوف وراءه.", set()),
    # whom an arrest campaign took follows "طالت"; a backer "بمساندة من" is no captor
    ("وشنت «هيئة تحرير الشام» حملة اعتقالات في مدينة سرمدا، طالت قياديين في «حراس الدين».",
     {("DETENTION", "هيئة تحرير الشام", "حراس الدين")}),
    ("ونفذت «قسد»، بمساندة من مروحيات التحالف الدولي، حملة اعتقالات في بلدة الشحيل، طالت عدداً من "
     "المشتبه بانتمائهم لتنظيم «داعش».",
     {("ALLIANCE", "قسد", "التحالف الدولي"), ("DETENTION", "قسد", "داعش")}),
    # "خلفاً لمؤسسه X": the holder follows the cue; "كان يحمل اسم" gives a former name, which
    # the pronoun does not point at; one killed by a strike and the striker named after it
    ("وتسلّم أبو خالد الحموي قيادة «لواء الحق»، الذي كان يحمل اسم «كتيبة الحق»، خلفاً لمؤسسه أبو عمر "
     "الإدلبي الذي قُتل بقصف روسي.",
     {("LEADERSHIP", "أبو خالد الحموي", "لواء الحق"), ("RENAME", "كتيبة الحق", "لواء الحق"),
      ("LEADERSHIP", "أبو عمر الإدلبي", "لواء الحق"), ("CLASH", "روسي", "لواء الحق")}),
    # the controller after "سيطر عليها" stays in its clause; "ينتزع منه" takes from the pronoun's
    # referent, so the taker is the one named before it
    ("وكان «جيش العزة» قد هاجم قرية الزلاقيات وسيطر عليها، متهماً «لواء الباقر» بقصف المدنيين، قبل أن "
     "ينتزع منه بلدة اللطامنة.",
     {("CONTROL", "جيش العزة", "الزلاقيات"), ("CONTROL", "جيش العزة", "اللطامنة")}),
    # a short aside between a verb-first subject and the marker of what it took
    ("وسيطرت «هيئة تحرير الشام»، مساء السبت، على مدينة الأتارب بعد اشتباكات.",
     {("CONTROL", "هيئة تحرير الشام", "الأتارب")}),
    # states listed after a border word only locate; the pronoun points past them
    ("وأعلن «لواء السلام»، المتمركز قرب المثلث الحدودي بين سوريا وتركيا والعراق، تغيير اسمه إلى «لواء الشمال».",
     {("RENAME", "لواء السلام", "لواء الشمال")}),
    # a name in an apposition ("إحدى أبرز كتائب Y") is not what the pronoun after it means
    ("وأعلنت «كتيبة الفرقان»، إحدى أبرز كتائب «جيش الإسلام» في دوما، انشقاقها عنه وانضمامها إلى «فيلق الرحمن».",
     {("SPLIT", "كتيبة الفرقان", "جيش الإسلام"), ("MERGER", "كتيبة الفرقان", "فيلق الرحمن")}),
    # a participle aside describes the name before it: its members are no subjects of the verb
    ("وشنت «الجبهة الوطنية للتحرير»، المكوّنة من اتحاد «فيلق الشام» و«جيش النصر»، هجوماً على مواقع قوات "
     "النظام في سهل الغاب.",
     {("AFFILIATION", "فيلق الشام", "الجبهة الوطنية للتحرير"),
      ("AFFILIATION", "جيش النصر", "الجبهة الوطنية للتحرير"),
      ("CLASH", "الجبهة الوطنية للتحرير", "قوات النظام")}),
    # a verbal noun after "جرى" is passive: its agent is not the name before
    ("وطالبت الفصائل بالانسحاب من القرى التي جرى انتزاعها منها خلال المعارك مع «هيئة تحرير الشام».", set()),
    # a partner "بالتعاون مع X" is no object; "تتبع لـY" describes the noun right before it
    ("واعتقلت «هيئة تحرير الشام»، بالتعاون مع «فيلق الشام»، خلية تتبع لتنظيم «داعش» في بلدة سرمدا.",
     {("DETENTION", "هيئة تحرير الشام", "داعش"), ("ALLIANCE", "هيئة تحرير الشام", "فيلق الشام")}),
    # the head of an office of a group is its official, not its leader
    ("وقال مدير المكتب السياسي لـ«جيش الإسلام» محمد علوش إن المفاوضات متوقفة.",
     {("MEMBERSHIP", "محمد علوش", "جيش الإسلام")}),
    # the leader of the group whose fighters were taken leads it, he is not also coded a member
    ("واعتقل «الفيلق الثالث» أربعة من عناصر «فرقة الحمزة» التي يقودها سيف بولاد، في مدينة الباب.",
     {("DETENTION", "الفيلق الثالث", "فرقة الحمزة"), ("LEADERSHIP", "سيف بولاد", "فرقة الحمزة")}),
    # states sponsoring together, and groups mediating together, each mediate
    ("وتوصل «جيش الإسلام» و«فيلق الرحمن» إلى اتفاق بضمانة روسية تركية.",
     {("AGREEMENT", "جيش الإسلام", "فيلق الرحمن"),
      ("MEDIATION", "روسية", "جيش الإسلام"), ("MEDIATION", "روسية", "فيلق الرحمن"),
      ("MEDIATION", "تركية", "جيش الإسلام"), ("MEDIATION", "تركية", "فيلق الرحمن")}),
    ("وتوصلت «هيئة تحرير الشام» و«حركة أحرار الشام» إلى هدنة بوساطة «فيلق الشام» و«جيش الأحرار».",
     {("TRUCE", "هيئة تحرير الشام", "حركة أحرار الشام"),
      ("MEDIATION", "فيلق الشام", "هيئة تحرير الشام"), ("MEDIATION", "فيلق الشام", "حركة أحرار الشام"),
      ("MEDIATION", "جيش الأحرار", "هيئة تحرير الشام"), ("MEDIATION", "جيش الأحرار", "حركة أحرار الشام")}),
    # captives fallen "في أسر" the one after it; "سابقاً" reads the name before it only
    ("ووقع عدد من عناصر «جيش العزة» في أسر قوات النظام قرب اللطامنة.",
     {("DETENTION", "قوات النظام", "جيش العزة")}),
    ("واعتقل عناصر من «الفرقة الرابعة» قيادياً سابقاً في «الجيش الحر» بدرعا.",
     {("DETENTION", "الفرقة الرابعة", "الجيش الحر")}),
    # holding a place: a grip in VSO order, "لسيطرة X" after the place, "القوة المسيطرة على"
    ("وأحكمت «هيئة تحرير الشام» قبضتها على معبر باب الهوى.",
     {("CONTROL", "هيئة تحرير الشام", "معبر باب الهوى")}),
    ("ويخضع حي الشيخ مقصود لسيطرة «وحدات حماية الشعب».",
     {("CONTROL", "وحدات حماية الشعب", "حي الشيخ مقصود")}),
    ("وأصبحت «هيئة تحرير الشام» القوة المسيطرة على إدلب.", {("CONTROL", "هيئة تحرير الشام", "إدلب")}),
    # a state's planes named by its adjective strike; "القصف الروسي" names who shelled, not whom
    ("وأغارت طائرات حربية روسية على مواقع لـ«حركة أحرار الشام» في ريف إدلب الجنوبي.",
     {("CLASH", "روسية", "حركة أحرار الشام")}),
    ("وتقدمت قوات النظام نحو بلدة كفرنبودة رغم القصف الروسي المكثف.", set()),
    # a failure before a place's relative clause does not reach the hold the clause states
    ("وفشلت قوات النظام في استعادة بلدة كفرنبودة التي يسيطر عليها «جيش العزة».",
     {("CONTROL", "قوات النظام", "كفرنبودة"), ("CONTROL", "جيش العزة", "كفرنبودة")}),
    # the marker repeated after a break with the verb left out: "، ثم على مدينة Y"
    ("وسيطرت «هيئة تحرير الشام» على ناحية جنديرس، ثم على مدينة عفرين في اليوم التالي.",
     {("CONTROL", "هيئة تحرير الشام", "ناحية جنديرس"), ("CONTROL", "هيئة تحرير الشام", "عفرين")}),
    # support received from a backer is an alliance; criticism received is not
    ("وتلقت «جبهة ثوار سوريا» دعماً عسكرياً من الولايات المتحدة.",
     {("ALLIANCE", "جبهة ثوار سوريا", "الولايات المتحدة")}),
    ("ويتلقى مقاتلو «جيش سوريا الحرة» تدريبهم وتسليحهم من التحالف الدولي.",
     {("ALLIANCE", "جيش سوريا الحرة", "التحالف الدولي")}),
    ("وتلقت «قسد» انتقادات حادة من «الجيش الوطني».", set()),
    # an exchange of prisoners: each side freed (and so held) the other's men; a purpose is no exchange
    ("وتم تبادل الأسرى بين «جيش الإسلام» و«فيلق الرحمن» في الغوطة.",
     {("RELEASE", "جيش الإسلام", "فيلق الرحمن"), ("RELEASE", "فيلق الرحمن", "جيش الإسلام"),
      ("DETENTION", "جيش الإسلام", "فيلق الرحمن"), ("DETENTION", "فيلق الرحمن", "جيش الإسلام")}),
    ("وأجرى «جيش الإسلام» و«فيلق الرحمن» صفقة لتبادل الأسرى في عربين.",
     {("AGREEMENT", "جيش الإسلام", "فيلق الرحمن"),
      ("RELEASE", "جيش الإسلام", "فيلق الرحمن"), ("RELEASE", "فيلق الرحمن", "جيش الإسلام"),
      ("DETENTION", "جيش الإسلام", "فيلق الرحمن"), ("DETENTION", "فيلق الرحمن", "جيش الإسلام")}),
    # reinforcements pushed to a place move there
    ("ودفعت «قسد» بتعزيزات عسكرية من الرقة نحو ريف دير الزور الشرقي.",
     {("RELOCATION", "قسد", "ريف دير الزور الشرقي")}),
    # factions named as examples ("ومنها A وB") are members, not the ones who act
    ("ودفعت فصائل «الجيش الوطني»، ومنها «فرقة الحمزة» و«فرقة السلطان مراد»، بتعزيزات إلى مدينة جرابلس.",
     {("RELOCATION", "الجيش الوطني", "جرابلس"), ("AFFILIATION", "فرقة الحمزة", "الجيش الوطني"),
      ("AFFILIATION", "فرقة السلطان مراد", "الجيش الوطني")}),
    ("وتبادلت «هيئة تحرير الشام» و«حركة أحرار الشام» عشرات الأسرى في معبر باب الهوى.",
     {("RELEASE", "هيئة تحرير الشام", "حركة أحرار الشام"), ("RELEASE", "حركة أحرار الشام", "هيئة تحرير الشام"),
      ("DETENTION", "هيئة تحرير الشام", "حركة أحرار الشام"),
      ("DETENTION", "حركة أحرار الشام", "هيئة تحرير الشام")}),
    ("وتبادل «الفيلق الثالث» و«فرقة الحمزة» الاتهامات بشأن الاغتيال.", set()),
    # leaders: a verb of leading first, its holder before the group; a denied taking of office
    ("ويقود العقيد جميل الصالح «جيش العزة» في ريف حماة الشمالي.", {("LEADERSHIP", "جميل الصالح", "جيش العزة")}),
    # "عاد X للظهور تحت مسمى Y": a new name
    ("وعاد «جند الأقصى» للظهور تحت مسمى «لواء الأقصى» مطلع 2017.", {("RENAME", "جند الأقصى", "لواء الأقصى")}),
    # a head noun alone between two names leaves a verb's subject and object, no list of two
    ("وبايع «لواء الأقصى» تنظيم «داعش» أواخر عام 2017.", {("ALLEGIANCE", "لواء الأقصى", "داعش")}),
    # a unit "تابعة لـY" after "على يد" is Y's: Y arrested; the fighters of a group moved move
    ("واعتُقل قيادي سابق في «الجيش الحر» على يد دورية تابعة لـ«الفرقة الرابعة» في مدينة طفس.",
     {("DETENTION", "الفرقة الرابعة", "الجيش الحر")}),
    ("ونقلت روسيا المئات من عناصر «الفرقة الرابعة» إلى محيط مدينة سراقب.",
     {("RELOCATION", "الفرقة الرابعة", "سراقب")}),
    # "معتقلين من X" names the captives' group; "كانت تحتجزهم Y" their captor
    ("وأُفرج عن عشرة معتقلين من «فيلق الشام» كانت تحتجزهم «هيئة تحرير الشام» في سجن العقاب.",
     {("DETENTION", "هيئة تحرير الشام", "فيلق الشام")}),
    # a coalition's members are not taken from a relative aside about it
    ("ويضم الجيش الوطني، الذي تموّله تركيا، عشرات الفصائل أبرزها الجبهة الشامية وفيلق الشام.",
     {("AFFILIATION", "الجبهة الشامية", "الجيش الوطني"), ("AFFILIATION", "فيلق الشام", "الجيش الوطني")}),
    ("وأتم «جيش الإسلام» و«فيلق الرحمن» تبادل الأسرى.",
     {("RELEASE", "جيش الإسلام", "فيلق الرحمن"), ("RELEASE", "فيلق الرحمن", "جيش الإسلام"),
      ("DETENTION", "جيش الإسلام", "فيلق الرحمن"), ("DETENTION", "فيلق الرحمن", "جيش الإسلام")}),
    # appointed an official
    ("وعيّنت «هيئة تحرير الشام» أبو ماريا القحطاني مسؤولاً عن ملف العشائر.",
     {("MEMBERSHIP", "أبو ماريا القحطاني", "هيئة تحرير الشام")}),
    # a group loyal to a country or a force is its loyal subordinate (ONTOLOGY: الموالية لـ)
    ("وتعد «فرقة السلطان مراد» من أبرز الفصائل الموالية لتركيا.",
     {("AFFILIATION", "فرقة السلطان مراد", "تركيا")}),
    # those killed "بهجوم لـY" were struck by Y; an operation "ضد" someone is a fight
    ("وقُتل ثلاثة عناصر من «هيئة تحرير الشام» بهجوم لقوات النظام على محور كبانة.",
     {("CLASH", "قوات النظام", "هيئة تحرير الشام")}),
    ("ونفذت «هيئة تحرير الشام» عملية انغماسية ضد مواقع قوات النظام في ريف اللاذقية.",
     {("CLASH", "هيئة تحرير الشام", "قوات النظام")}),
]
#: Sentences and facts they give among others.
INCLUDED_CASES = [
    # a place taken from a group was fought for
    ("بعد عامين على انتزاع قوات النظام مدينة البوكمال من تنظيم «داعش» في تشرين الثاني 2017.",
     {("CLASH", "قوات النظام", "داعش"), ("CONTROL", "قوات النظام", "البوكمال")}),
    ("واستعادت «هيئة تحرير الشام» مواقعها من «حراس الدين» بعد يومين من المعارك.",
     {("CLASH", "هيئة تحرير الشام", "حراس الدين")}),
    # fighting within a room and taking the place just named
    ("ويشارك «جيش العزة» في المعارك ضمن غرفة عمليات «الفتح المبين».",
     {("AFFILIATION", "جيش العزة", "الفتح المبين")}),
    ("وتقدمت قوات النظام إلى بلدة قلعة المضيق وسيطرت عليها في اليوم التالي.",
     {("CONTROL", "قوات النظام", "قلعة المضيق")}),
    # a front taken by a group and a unit of the pronouns group
    ("وقالت المصادر، إن «هيئة تحرير الشام» التي يتخذها تنظيم «جبهة النصرة» واجهة له في إدلب، طلبت إرسال "
     "تعزيزات.", {("AFFILIATION", "هيئة تحرير الشام", "جبهة النصرة")}),
    ("وكان «الحرس الثوري» قد نقل نحو 300 مقاتل من «لواء فاطميون» الأفغاني التابع له إلى محيط البوكمال، بعد "
     "عامين على انتزاع المدينة من تنظيم «داعش».", {("AFFILIATION", "لواء فاطميون", "الحرس الثوري")}),
    # driving a group out and a town in someones hands
    ("وطردت «قسد» عناصر «داعش» من قرية الباغوز بعد معارك استمرت أياماً.",
     {("CLASH", "قسد", "داعش"), ("CONTROL", "قسد", "الباغوز")}),
    ("وتقع بلدة تل رفعت تحت سيطرة «وحدات حماية الشعب» منذ معارك شباط 2016.",
     {("CONTROL", "وحدات حماية الشعب", "تل رفعت")}),
    # leaders named after an adverb or appointed
    ("ويتزعم «رجال الكرامة» حالياً الشيخ يحيى الحجار.", {("LEADERSHIP", "يحيى الحجار", "رجال الكرامة")}),
    ("وأعلن «جيش الإسلام» تعيين عصام بويضاني قائداً عاماً خلفاً لزهران علوش.",
     {("LEADERSHIP", "عصام بويضاني", "جيش الإسلام")}),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_CASES)
def test_sentences_give_exactly_these_facts(facts_of, text, expected):
    assert {(f["type"], f["subject"], f["object"]) for f in facts_of(text)} == expected


@pytest.mark.parametrize(("text", "expected"), INCLUDED_CASES)
def test_sentences_give_at_least_these_facts(facts_of, text, expected):
    assert expected <= {(f["type"], f["subject"], f["object"]) for f in facts_of(text)}


def test_an_accusing_participle_hedges_only_its_own_clause(facts_of):
    facts = facts_of("وكان «جيش العزة» قد هاجم قرية الزلاقيات وسيطر عليها، متهماً «لواء الباقر» بإعدام "
                     "أسرى من مقاتليه، قبل أن ينتزع منه بلدة اللطامنة.")
    hedged = {(f["type"], f["object"]): f["hedged"] for f in facts}
    assert hedged[("CONTROL", "اللطامنة")] is False
    assert hedged[("EXECUTION", "جيش العزة")] is True


def test_a_mediation_that_failed_is_negated_though_its_mediator_follows(facts_of):
    facts = facts_of("وفشلت الوساطة التي قادها «فيلق الشام» بين «هيئة تحرير الشام» و«جيش العزة».")
    found = {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts}
    assert found == {("MEDIATION", "فيلق الشام", "هيئة تحرير الشام", True),
                     ("MEDIATION", "فيلق الشام", "جيش العزة", True)}


@pytest.mark.parametrize(("text", "expected"), [
    ("ولم تتمكن قوات النظام من اقتحام بلدة كفرنبل رغم محاولات متكررة.",
     {("CONTROL", "قوات النظام", "كفرنبل", True)}),
    ("واستبعد «فيلق الشام» أي اندماج مع «هيئة تحرير الشام».",
     {("MERGER", "فيلق الشام", "هيئة تحرير الشام", True)}),
    ("ونفى «جيش سوريا الحرة» أي علاقة تنظيمية بتنظيم «داعش».",
     {("AFFILIATION", "جيش سوريا الحرة", "داعش", True)}),
    ("وعارضت «حركة أحرار الشام» الهدنة مع قوات النظام.",
     {("TRUCE", "حركة أحرار الشام", "قوات النظام", True)}),
])
def test_failing_ruling_out_opposing_and_denying_a_tie_negate(facts_of, text, expected):
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts_of(text)} == expected


def test_an_attempt_to_storm_a_place_is_no_control_of_it(facts_of):
    facts = facts_of("وبعد محاولات عدة من قوات النظام لاقتحام بلدة كفرنبل، تراجعت القوات إلى مواقعها.")
    assert not [f for f in facts if f["type"] == "CONTROL" and not f["negated"]]


def test_an_exchange_sought_in_talks_frees_no_one(facts_of):
    facts = facts_of("وتجري مفاوضات بين «قسد» و«داعش» لمبادلة الأسرى.")
    assert ("NEGOTIATION", "قسد", "داعش") in {(f["type"], f["subject"], f["object"]) for f in facts}
    assert not [f for f in facts if f["type"] in ("RELEASE", "DETENTION")]


def test_an_arrest_takes_the_sentences_place_and_an_office_none(facts_of):
    facts = facts_of("وفي بلدة سرمدا، اعتقلت «هيئة تحرير الشام» ثلاثة من عناصر «حراس الدين» بعد مداهمة مقراتهم.")
    arrest = next(f for f in facts if f["type"] == "DETENTION")
    assert (arrest["place"], arrest["place_scope"]) == ("سرمدا", "sentence")
    office = facts_of("وقال أبو خالد الحموي، قائد «لواء الحق» في ريف حماة، إن الفصيل جاهز.")
    assert [(f["type"], f["place"]) for f in office] == [("LEADERSHIP", None)]


@pytest.mark.parametrize(("text", "source"), [
    # a named speaker who told an outlet is the source, not the outlet
    ("لكن المتحدث باسم الحركة، أبو بكر الحلبي، نفى لعنب بلدي التوصل إلى أي اتفاق مع «هيئة تحرير الشام».",
     "أبو بكر الحلبي"),
    # unnamed sources credit the outlet they told, also one whose bare name is a common word
    ("وقال مصدر ميداني لـ«المدن» إن «هيئة تحرير الشام» اعتقلت خمسة من عناصر «حراس الدين».", "المدن"),
])
def test_who_a_claim_is_credited_to(facts_of, text, source):
    assert {f["source"] for f in facts_of(text)} == {source}


def test_a_failure_does_not_reach_into_a_relative_clause(facts_of):
    facts = facts_of("وفشلت قوات النظام في استعادة بلدة كفرنبودة التي يسيطر عليها «جيش العزة».")
    negated = {f["subject"]: f["negated"] for f in facts if f["type"] == "CONTROL"}
    assert negated == {"قوات النظام": True, "جيش العزة": False}


def test_a_name_credited_with_words_is_no_object(facts_of):
    facts = facts_of("وقال إن ضربات التحالف أضعفت التنظيم، وفق تعبير أبو محمد الجولاني.")
    assert not [f for f in facts if f["object"] == "أبو محمد الجولاني"]


def test_a_denied_taking_of_office_and_a_refused_truce_announced_by_a_state_are_negated(facts_of):
    office = facts_of("ونفى حسن صوفان أن يكون قد تولى قيادة «حركة أحرار الشام» من جديد.")
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in office} == {
        ("LEADERSHIP", "حسن صوفان", "حركة أحرار الشام", True)}
    truce = facts_of("ورفضت «هيئة تحرير الشام» الالتزام بالهدنة التي أعلنتها روسيا في إدلب.")
    assert {(f["type"], f["subject"], f["object"], f["negated"]) for f in truce} == {
        ("TRUCE", "هيئة تحرير الشام", "روسيا", True)}


def test_captives_whose_release_was_refused_are_still_held(facts_of):
    facts = facts_of("ورفض «جيش الإسلام» الإفراج عن المختطفين من عناصر قوات النظام.")
    found = {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts}
    assert found == {("RELEASE", "جيش الإسلام", "قوات النظام", True),
                     ("DETENTION", "جيش الإسلام", "قوات النظام", False)}


def test_a_title_after_a_negated_copula_is_negated(facts_of):
    facts = facts_of("لم يكن أبو ماريا القحطاني عضواً في «تنظيم الدولة» في أي وقت.")
    assert {(f["type"], f["subject"], f["negated"]) for f in facts} == {
        ("MEMBERSHIP", "أبو ماريا القحطاني", True)}


@pytest.mark.parametrize(("text", "holder", "group"), [
    # a participle and its prepositional phrase qualify the group before its holder
    ("واعتقلت «قسد» قائد «مجلس دير الزور العسكري» المنضوي في صفوفها أحمد الخبيل.",
     "أحمد الخبيل", "مجلس دير الزور العسكري"),
    ("وقال القائد العام لـ«مجلس منبج العسكري» المنضوي في «قوات سوريا الديمقراطية» (قسد)، "
     "محمد أبو عادل، إن المجلس باقٍ في المدينة.", "محمد أبو عادل", "مجلس منبج العسكري"),
    # after "خلفاً لـ" the title is the predecessor's, named after the group
    ("وعُيّن أبو عثمان الإدلبي خلفاً لأمير «لواء شهداء اليرموك» المعزول أبو عبد الله المدني.",
     "أبو عبد الله المدني", "لواء شهداء اليرموك"),
])
def test_the_holder_after_a_group_and_its_qualifier(facts_of, text, holder, group):
    leaders = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "LEADERSHIP"}
    assert leaders == {(holder, group)}


@pytest.mark.parametrize(("text", "expected"), [
    # "بقيادة" after a split leads the splinter, not the group it left
    ("و«جيش الأحرار» فصيل انشق عن «هيئة تحرير الشام» في أيلول الماضي بقيادة أبو صالح الطحان.",
     {("أبو صالح الطحان", "جيش الأحرار")}),
    # an unnamed band leaving a group: its leader leads no named group
    ("وانشقت مجموعة من «حركة أحرار الشام» بقيادة أبو خالد الحموي.", set()),
    ("وسيطر «لواء التوحيد» بقيادة عبد القادر الصالح على المدينة.",
     {("عبد القادر الصالح", "لواء التوحيد")}),
])
def test_the_group_led_is_not_the_one_left(facts_of, text, expected):
    assert {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "LEADERSHIP"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتسلّح تركيا فصائل «الجيش الوطني» منذ سنوات.", ("ALLIANCE", "تركيا", "الجيش الوطني", False, False)),
    ("وتمول إيران «لواء الباقر» في دير الزور.", ("ALLIANCE", "إيران", "لواء الباقر", False, False)),
    # an accusation: the accused arms the object, and the fact is hedged
    ("واتهم المتحدث النظام السوري بتسليح «قوات العشائر» ودفعها عبر نهر الفرات.",
     ("ALLIANCE", "النظام السوري", "قوات العشائر", False, True)),
])
def test_arming_or_funding_a_party_backs_it(facts_of, text, expected):
    found = {(f["type"], f["subject"], f["object"], f["negated"], f["hedged"]) for f in facts_of(text)}
    assert expected in found, found


def test_fighting_alongside_either_side_points_back_at_both(facts_of):
    facts = facts_of("واندلعت اشتباكات بين «جبهة النصرة» و«جبهة ثوار سوريا» في جبل الزاوية. "
                     "ورفضت «حركة أحرار الشام» الانخراط في القتال إلى جانب أي من الطرفين، "
                     "بينما أعلنت «حركة حزم» النفير العام.")
    allies = {(f["subject"], f["object"], f["negated"]) for f in facts if f["type"] == "ALLIANCE"}
    assert allies == {("حركة أحرار الشام", "جبهة النصرة", True),
                      ("حركة أحرار الشام", "جبهة ثوار سوريا", True)}


def test_no_party_of_a_cue_after_a_contrasting_clause(facts_of):
    facts = facts_of("وكانت «ألوية صقور الشام» قد اندمجت في «حركة أحرار الشام» عام 2015، قبل أن تعلن "
                     "انفصالها عنها في 2016، فيما تنضوي «حركة أحرار الشام» حالياً ضمن «الجبهة الوطنية "
                     "للتحرير» المدعومة من تركيا.")
    splits = {(f["subject"], f["object"]) for f in facts if f["type"] == "SPLIT"}
    assert splits == {("ألوية صقور الشام", "حركة أحرار الشام")}


def test_a_town_word_takes_the_town_named_before(facts_of):
    facts = facts_of("سيطرت «قوات سوريا الديمقراطية» على مدينة منبج عام 2016. "
                     "وأكد «مجلس منبج العسكري» أنه لا يزال يسيطر على المدينة بشكل كامل.")
    assert ("CONTROL", "مجلس منبج العسكري", "منبج") in {(f["type"], f["subject"], f["object"]) for f in facts}


def test_an_event_noun_told_before_takes_no_parties_from_the_main_clause(facts_of):
    facts = facts_of("وعقب الانسحاب، دخلت فصائل «الجيش الوطني السوري» المدعوم من تركيا إلى مدينة رأس العين.")
    assert {(f["type"], f["subject"]) for f in facts} == {
        ("CONTROL", "الجيش الوطني السوري"), ("ALLIANCE", "الجيش الوطني السوري")}


def test_an_apposition_between_listed_parties_keeps_the_list(facts_of):
    facts = facts_of("وامتدت الاشتباكات إلى ريف عفرين بين «الجبهة الشامية»، كبرى مكونات «الفيلق الثالث»، "
                     "و«فرقة الحمزة».")
    clashes = {(f["subject"], f["object"]) for f in facts if f["type"] == "CLASH"}
    assert clashes == {("الجبهة الشامية", "فرقة الحمزة")}


def test_a_body_formed_from_a_merger_with_one_member_named(facts_of):
    facts = facts_of("وتشكلت «هيئة تحرير الشام» مطلع العام الجاري من اندماج «جبهة فتح الشام» وفصائل أخرى.")
    assert {(f["type"], f["subject"], f["object"]) for f in facts} == {
        ("MERGER", "جبهة فتح الشام", "هيئة تحرير الشام")}


def test_captives_counted_from_their_marker_after_an_aside(facts_of):
    facts = facts_of("وأفرج النظام، بموجب الاتفاق، يوم الخميس الماضي عن 40 من مقاتلي «لواء شهداء الوعر».")
    assert ("RELEASE", "النظام", "لواء شهداء الوعر", 40) in {
        (f["type"], f["subject"], f["object"], f["count"]) for f in facts}


def test_a_failed_initiative_negates_its_mediation_and_the_truce_it_sought(facts_of):
    facts = facts_of("ودخل الاقتتال بين «جيش الإسلام» و«فيلق الرحمن» يومه السابع. وفشلت مبادرة أطلقها "
                     "الشيخ أبو سليمان الدوماني، أحد وجهاء دوما، لوقف إطلاق النار بين الطرفين، بعدما رفض "
                     "«جيش الإسلام» شروط الفيلق.")
    found = {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts}
    assert {("MEDIATION", "أبو سليمان الدوماني", "جيش الإسلام", True),
            ("MEDIATION", "أبو سليمان الدوماني", "فيلق الرحمن", True),
            ("TRUCE", "جيش الإسلام", "فيلق الرحمن", True)} <= found, found
    assert ("TRUCE", "جيش الإسلام", "فيلق الرحمن", False) not in found


def test_a_coalition_and_its_backbone_around_a_relative_aside(facts_of):
    facts = facts_of("وتضم «قسد»، التي تشكل «وحدات حماية الشعب» الكردية عمودها الفقري، فصائل عربية "
                     "أبرزها «لواء ثوار الرقة» و«قوات النخبة السورية».")
    assert {(f["type"], f["subject"], f["object"]) for f in facts} == {
        ("AFFILIATION", "وحدات حماية الشعب", "قسد"), ("AFFILIATION", "لواء ثوار الرقة", "قسد"),
        ("AFFILIATION", "قوات النخبة السورية", "قسد")}


def test_a_relative_aside_between_a_joiner_and_the_body_it_joins(facts_of):
    facts = facts_of("حين انضم فصيل «شباب السنة»، الذي كان أحمد العودة يقوده ضمن «الجيش الحر»، إلى "
                     "«الفيلق الخامس» المدعوم من روسيا.")
    found = {(f["type"], f["subject"], f["object"]) for f in facts}
    assert {("MERGER", "شباب السنة", "الفيلق الخامس"), ("LEADERSHIP", "أحمد العودة", "شباب السنة")} <= found
    assert ("LEADERSHIP", "أحمد العودة", "الجيش الحر") not in found


def test_a_failure_after_a_word_of_time_is_another_event(facts_of):
    facts = facts_of("بسطت «إدارة العمليات العسكرية» سيطرتها الكاملة على مدينة حلب، ثاني كبرى المدن السورية، "
                     "يوم السبت، بعد انهيار سريع لقوات النظام.")
    assert {(f["type"], f["object"], f["negated"]) for f in facts} == {("CONTROL", "حلب", False)}


def test_the_administration_refers_back_to_the_operations_administration(facts_of):
    facts = facts_of("بسطت «إدارة العمليات العسكرية» سيطرتها على حلب. وتضم الإدارة كلاً من «هيئة تحرير الشام» "
                     "و«جيش العزة».")
    members = {f["subject"] for f in facts if f["type"] == "AFFILIATION" and f["object"] == "إدارة العمليات العسكرية"}
    assert members == {"هيئة تحرير الشام", "جيش العزة"}


@pytest.mark.parametrize(("text", "backer", "backed"), [
    ("وجاءت التطورات بعد حملة شنتها قوات النظام، بدعم جوي روسي مكثف، على مواقع «جيش الإسلام».",
     "روسي", "قوات النظام"),
    ("ووفق مصادر، تحظى «الفرقة 25» بدعم مباشر من القوات الروسية المتمركزة في حميميم.",
     "القوات الروسية", "الفرقة 25"),
])
def test_support_glued_to_bi_names_its_giver_and_serves_the_clause_agent(facts_of, text, backer, backed):
    allies = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "ALLIANCE"}
    assert allies == {(backer, backed)}, allies


def test_a_campaign_launched_against_parties_after_a_short_aside(facts_of):
    facts = facts_of("وجاءت التطورات بعد حملة عسكرية واسعة شنتها قوات النظام، بدعم جوي روسي، على مواقع "
                     "«جيش الإسلام» و«فيلق الرحمن».")
    clashes = {(f["subject"], f["object"]) for f in facts if f["type"] == "CLASH"}
    assert clashes == {("قوات النظام", "جيش الإسلام"), ("قوات النظام", "فيلق الرحمن")}


def test_a_place_under_control_before_its_apposition(facts_of):
    facts = facts_of("في المقابل، لا تزال مدينة دوما، كبرى مدن الغوطة، خاضعة لسيطرة «جيش الإسلام».")
    assert {(f["type"], f["subject"], f["object"]) for f in facts} == {("CONTROL", "جيش الإسلام", "دوما")}


def test_a_coalitions_members_after_a_relative_aside_with_breaks_inside(facts_of):
    facts = facts_of("ويضم «جيش الفتح»، الذي أُعلن عن تشكيله قبل أيام من بدء المعركة، كلاً من «جبهة النصرة» "
                     "و«جند الأقصى».")
    assert {(f["type"], f["subject"], f["object"]) for f in facts} == {
        ("AFFILIATION", "جبهة النصرة", "جيش الفتح"), ("AFFILIATION", "جند الأقصى", "جيش الفتح")}


def test_backed_by_fighters_of_another_party_is_an_aside_and_an_alliance(facts_of):
    facts = facts_of("وتمكنت قوات النظام، مدعومة بمقاتلين من «حزب الله» اللبناني وفصائل عراقية، من استعادة "
                     "أحياء حلب الشرقية.")
    found = {(f["type"], f["subject"], f["object"]) for f in facts}
    assert ("ALLIANCE", "قوات النظام", "حزب الله") in found, found
    assert all(f["subject"] == "قوات النظام" for f in facts if f["type"] == "CONTROL")


def test_a_relative_clause_continued_by_wa_pledges_to_the_named_leader(facts_of):
    facts = facts_of("وتُعدّ «جبهة النصرة»، التي يتزعمها أبو محمد الجولاني وتدين بالولاء لزعيم تنظيم القاعدة "
                     "أيمن الظواهري، أكبر الفصائل في إدلب.")
    assert {(f["type"], f["subject"], f["object"]) for f in facts} == {
        ("LEADERSHIP", "أبو محمد الجولاني", "جبهة النصرة"), ("ALLEGIANCE", "جبهة النصرة", "أيمن الظواهري"),
        ("LEADERSHIP", "أيمن الظواهري", "تنظيم القاعدة")}


@pytest.mark.parametrize(("text", "holder", "group"), [
    ("وسيطر «تنظيم الدولة» على الميادين. ويقود التنظيم في المحافظة عامر الرفدان.",
     "عامر الرفدان", "تنظيم الدولة"),
    ("ويأتي تقدم «تنظيم الدولة» بعد أيام من إعلانه «الخلافة» بزعامة أبو بكر البغدادي.",
     "أبو بكر البغدادي", "تنظيم الدولة"),
])
def test_leaders_named_after_a_place_or_under_bi(facts_of, text, holder, group):
    assert ("LEADERSHIP", holder, group) in {(f["type"], f["subject"], f["object"]) for f in facts_of(text)}


def test_a_denied_report_gives_the_reported_claim_and_its_denial(facts_of):
    facts = facts_of("وأسر مقاتلو «جيش الفتح» نحو خمسين عنصراً من قوات الأسد، فيما نفت «حركة أحرار الشام» في بيان "
                     "ما تداولته صفحات موالية عن إعدام مقاتلي «جيش الفتح» أسرى من قوات الأسد داخل المدينة.")
    executions = {(f["subject"], f["object"], f["negated"], f["hedged"]) for f in facts if f["type"] == "EXECUTION"}
    assert executions == {("جيش الفتح", "قوات الأسد", False, True), ("جيش الفتح", "قوات الأسد", True, False)}


@pytest.mark.parametrize(("text", "expected"), [
    ("وجاء الاتفاق بعد مفاوضات أجراها مسؤولون عسكريون روس مع ممثلين عن «جيش حلب» في أنقرة.",
     ("NEGOTIATION", "روس", "جيش حلب")),
    ("تنفيذاً للاتفاق الذي وقّعه «لواء شهداء الوعر» وبقية فصائل الحي مع النظام في آذار.",
     ("AGREEMENT", "لواء شهداء الوعر", "النظام")),
])
def test_a_verb_after_the_cue_names_its_parties(facts_of, text, expected):
    assert expected in {(f["type"], f["subject"], f["object"]) for f in facts_of(text)}


def test_a_resumed_description_is_an_aside_not_the_subject(facts_of):
    facts = facts_of("في المقابل، رفضت «سرايا أهل الشام»، وهي فصيل من «الجيش السوري الحر» في جرود عرسال، "
                     "الخروج إلى إدلب.")
    assert ("RELOCATION", "سرايا أهل الشام", "إدلب", True) in {
        (f["type"], f["subject"], f["object"], f["negated"]) for f in facts}
    assert not any(f["subject"] == "الجيش السوري الحر" and f["type"] == "RELOCATION" for f in facts)


def test_the_units_refer_back_to_the_units_and_talks_that_led_to_no_deal(facts_of):
    facts = facts_of("وقالت «وحدات حماية الشعب» إنها انسحبت. وجاء ذلك إثر مفاوضات بين الوحدات والحكومة السورية "
                     "لم تُفضِ إلى اتفاق.")
    found = {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts}
    assert {("NEGOTIATION", "وحدات حماية الشعب", "الحكومة السورية", False),
            ("AGREEMENT", "وحدات حماية الشعب", "الحكومة السورية", True)} <= found, found


def test_a_destination_marker_far_from_the_cue_belongs_to_another_verb(facts_of):
    facts = facts_of("وأفاد المراسل بأن خروج الحافلات يأتي تنفيذاً لاتفاق المصالحة الذي أبرمته الدولة السورية "
                     "الخميس الماضي مع المجموعات المسلحة في المنطقة، وفي مقدمتها «ألوية الفرقان»، بضمانة من روسيا، "
                     "والذي يقضي بتسليم السلاح الثقيل والمتوسط وعودة وحدات الجيش العربي السوري إلى بلدتي جباتا "
                     "الخشب ومسحرة.")
    assert not any(f["type"] == "RELOCATION" and f["subject"] in ("روسيا", "الدولة السورية") for f in facts), facts


def test_easing_a_partys_way_is_backing_and_a_spokesman_speaks_in_the_name_of(facts_of):
    facts = facts_of("واتهم إعلام النظام تركيا بتسهيل عبور مقاتلين وأسلحة إلى «جيش الفتح» عبر حدودها، وهو ما نفاه "
                     "المتحدث باسم الخارجية التركية.")
    found = {(f["type"], f["subject"], f["object"], f["negated"], f["hedged"]) for f in facts}
    assert found == {("ALLIANCE", "تركيا", "جيش الفتح", False, True), ("ALLIANCE", "تركيا", "جيش الفتح", True, False)}
    assert all(f["source"] is None for f in facts)
    plain = facts_of("ويعرفهم الأهالي بمشاركتهم في معارك سهل الغاب إلى جانب «هيئة تحرير الشام».")
    assert not any(f["rule"].startswith("alliance.yaml#facilitating") for f in plain)


@pytest.mark.parametrize(("text", "expected"), [
    ("ويقود «حراس الدين» أبو همام الشامي، إذ يدين قادته بالولاء لأيمن الظواهري.",
     ("ALLEGIANCE", "حراس الدين", "أيمن الظواهري")),
    ("أما «لواء الباقر»، الذي يقوده خالد المرعي، فيُعدّ من أبرز الفصائل التي يدعمها «الحرس الثوري» في "
     "المحافظة، ويدين قادته بالولاء للمرشد الإيراني علي خامنئي.", ("ALLEGIANCE", "لواء الباقر", "علي خامنئي")),
])
def test_a_groups_leaders_pledging_stand_for_the_group(facts_of, text, expected):
    allegiances = {(f["type"], f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "ALLEGIANCE"}
    assert allegiances == {expected}, allegiances


def test_meeting_a_titled_person_after_a_glued_preposition(facts_of):
    facts = facts_of("والتقى وفد من «رجال الكرامة» أمس الخميس بالشيخ حكمت الهجري في بلدة قنوات.")
    assert {(f["type"], f["subject"], f["object"]) for f in facts} == {
        ("NEGOTIATION", "رجال الكرامة", "حكمت الهجري")}


def test_an_initiative_launched_by_parties_named_after_its_verb(facts_of):
    facts = facts_of("وتعثرت أمس مبادرة لوقف إطلاق النار بين «جبهة تحرير سوريا» و«هيئة تحرير الشام» طرحها "
                     "«فيلق الشام» و«جيش الأحرار»، بعد رفض «الهيئة» بنداً ينص على انسحابها.")
    mediations = {(f["subject"], f["object"], f["negated"]) for f in facts if f["type"] == "MEDIATION"}
    assert mediations == {(m, p, True) for m in ("فيلق الشام", "جيش الأحرار")
                          for p in ("جبهة تحرير سوريا", "هيئة تحرير الشام")}
    # without an initiative before it, the verb mediates nothing
    assert not any(f["type"] == "MEDIATION" for f in facts_of("وأطلقها «فيلق الشام» أمس على مواقع النظام."))


@pytest.mark.parametrize(("text", "count"), [
    ("غادرت صباح اليوم 48 حافلة تقل نحو 900 من مسلحي «جبهة النصرة» من ريف القنيطرة باتجاه محافظة إدلب.", 900),
    ("وجاء الاتفاق بعد يوم واحد من خروج نحو 1400 مقاتل من «حركة أحرار الشام» من مدينة حرستا إلى ريف إدلب.", 1400),
])
def test_an_amount_of_vehicles_or_days_is_no_count_of_fighters(facts_of, text, count):
    counts = {f["count"] for f in facts_of(text) if f["type"] == "RELOCATION"}
    assert counts == {count}, counts


def test_a_faction_described_as_part_of_another_is_affiliated_and_sized_not_refused(facts_of):
    facts = facts_of("في المقابل، رفضت «سرايا أهل الشام»، وهي فصيل من «الجيش السوري الحر» يضم قرابة 300 مقاتل "
                     "في جرود عرسال، الخروج إلى إدلب.")
    found = {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts}
    assert {("AFFILIATION", "سرايا أهل الشام", "الجيش السوري الحر", False),
            ("STRENGTH", "سرايا أهل الشام", None, False),
            ("RELOCATION", "سرايا أهل الشام", "إدلب", True)} <= found, found
    assert not any(f["type"] == "STRENGTH" and f["subject"] == "الجيش السوري الحر" for f in facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("ويتزعم «لواء شهداء اليرموك» أبو علي البريدي، فيما يقاتل إلى جانبه في حوض اليرموك «جيش الجهاد».",
     {("ALLIANCE", "لواء شهداء اليرموك", "جيش الجهاد")}),
    ("وتقاتل «فرقة الحمزة» منذ أسابيع إلى جانب «فرقة السلطان مراد» على جبهات ريف حلب الشمالي.",
     {("ALLIANCE", "فرقة الحمزة", "فرقة السلطان مراد")}),
    ("وقاتلت «فرقة الحمزة» إلى جانب «فرقة السلطان مراد» ضد «قوات سوريا الديمقراطية» قرب تل رفعت.",
     {("ALLIANCE", "فرقة الحمزة", "فرقة السلطان مراد"),
      ("CLASH", "فرقة الحمزة", "قوات سوريا الديمقراطية")}),
])
def test_fighting_beside_a_group_is_an_alliance_not_a_clash_with_it(facts_of, text, expected):
    found = {(f["type"], f["subject"], f["object"]) for f in facts_of(text) if f["type"] in ("ALLIANCE", "CLASH")}
    assert found == expected, found


@pytest.mark.parametrize("text", [
    "ورفضت أنقرة اتهامات الحكومة السورية لها بتسليح «فرقة الحمزة» وتمرير الذخائر عبر معبر باب السلامة.",
    "وردّ مصدر تركي على اتهامات دمشق لتركيا بتسليح «فرقة الحمزة» بأنها «مزاعم لا أساس لها».",
])
def test_the_one_accused_of_arming_is_the_backer_not_the_accuser(facts_of, text):
    backers = {f["subject"] for f in facts_of(text) if f["type"] == "ALLIANCE" and f["object"] == "فرقة الحمزة"}
    assert backers == {"تركيا"} or backers == {"أنقرة"}, backers


def test_a_denied_accusation_is_a_hedged_claim_and_a_negated_fact(facts_of):
    facts = facts_of("ونفت الأردن اتهامات النظام لها بدعم «جيش اليرموك» بالسلاح والمال.")
    found = {(f["subject"], f["object"], f["negated"], f["hedged"]) for f in facts if f["type"] == "ALLIANCE"}
    assert found == {("الأردن", "جيش اليرموك", False, True), ("الأردن", "جيش اليرموك", True, False)}, found


def test_support_from_a_country_makes_it_an_actor_not_a_place(facts_of):
    facts = facts_of("وتلقى «جيش مغاوير الثورة» دعماً من الإمارات خلال العام الماضي.")
    pairs = {frozenset((f["subject"], f["object"])) for f in facts if f["type"] == "ALLIANCE"}
    assert pairs == {frozenset(("جيش مغاوير الثورة", "الإمارات"))}, pairs


def test_a_role_word_in_a_new_sentence_and_a_singular_pronoun_after_a_list_mean_the_topic(facts_of):
    facts = facts_of("وأعلن «لواء المعتصم» أمس تصديه لهجوم على مارع. وقد تشكّل اللواء من اندماج «كتيبة شهداء "
                     "تل رفعت» و«لواء أحفاد الرسول»، ويقوده مصطفى سيجري. وينضوي اللواء تحت راية «الجيش "
                     "الوطني السوري»، وينسّق عملياته مع «فرقة الحمزة».")
    found = {(f["type"], f["subject"], f["object"]) for f in facts
             if f["type"] in ("LEADERSHIP", "AFFILIATION", "ALLIANCE")}
    assert {("LEADERSHIP", "مصطفى سيجري", "لواء المعتصم"),
            ("AFFILIATION", "لواء المعتصم", "الجيش الوطني السوري"),
            ("ALLIANCE", "لواء المعتصم", "فرقة الحمزة")} <= found, found
    assert not any(f["subject"] in ("لواء أحفاد الرسول", "الجيش الوطني السوري") for f in facts
                   if f["type"] in ("AFFILIATION", "ALLIANCE")), found


@pytest.mark.parametrize(("text", "expected"), [
    ("وكان «جيش العزة» قد أرسل أمس مئات المقاتلين إلى اللطامنة لمؤازرة مقاتلي «فيلق الشام» فيها، بحسب ما "
     "أعلن قائده العسكري جميل الصالح.", ("LEADERSHIP", "جميل الصالح", "جيش العزة")),
    ("وجدّد الأمين العام لـ«حزب الله» حسن نصر الله في كلمة متلفزة دعم حزبه للقوات الحكومية.",
     ("LEADERSHIP", "حسن نصر الله", "حزب الله")),
    ("وقال المتحدث باسم «التحالف الدولي» الكولونيل مايلز كاغينز إن الغارات ستستمر.",
     ("MEMBERSHIP", "مايلز كاغينز", "التحالف الدولي")),
])
def test_titles_whose_group_is_the_sentence_topic_or_a_secretary_general_or_a_colonel(facts_of, text, expected):
    found = {(f["type"], f["subject"], f["object"]) for f in facts_of(text)
             if f["type"] in ("LEADERSHIP", "MEMBERSHIP")}
    assert found == {expected}, found


def test_the_two_sides_before_an_aside_naming_a_go_between_reach_a_deal(facts_of):
    facts = facts_of("واندلعت أمس اشتباكات في مدينة جاسم بين «اللواء الثامن» وقوات الأمن العام. وتوصّل "
                     "الطرفان فجر اليوم، بوساطة من وجهاء عشائر حوران، إلى اتفاق يقضي بوقف إطلاق النار.")
    pairs = {(f["type"], frozenset((f["subject"], f["object"]))) for f in facts}
    sides = frozenset(("اللواء الثامن", "قوات الأمن العام"))
    assert {("CLASH", sides), ("AGREEMENT", sides), ("TRUCE", sides)} <= pairs, pairs


def test_verb_first_subjects_listed_with_their_fighters_each_take_the_town(facts_of):
    facts = facts_of("سيطرت قوات النظام ومقاتلو «حزب الله» اللبناني، فجر أمس الخميس، على بلدة الزبداني بريف دمشق.")
    controllers = {f["subject"] for f in facts if f["type"] == "CONTROL" and f["object"] == "الزبداني"}
    assert controllers == {"قوات النظام", "حزب الله"}, controllers


@pytest.mark.parametrize(("text", "mover"), [
    ("وكان «لواء المعتصم» قد أرسل الأسبوع الماضي مئات المقاتلين إلى جبهة تل رفعت لمؤازرة «فرقة الحمزة».",
     "لواء المعتصم"),
    ("في المقابل، نقلت فصائل «الجيش الوطني السوري» المدعومة من تركيا أكثر من ألف مقاتل إلى محيط تل رفعت.",
     "الجيش الوطني السوري"),
])
def test_fighters_sent_are_no_size_and_the_backer_sends_no_one(facts_of, text, mover):
    facts = facts_of(text)
    assert not any(f["type"] == "STRENGTH" for f in facts), facts
    assert {f["subject"] for f in facts if f["type"] == "RELOCATION"} == {mover}


def test_every_backer_listed_after_a_backing_cue_backs_the_force(facts_of):
    facts = facts_of("وقال مصدر عسكري إن وحدات الجيش السوري، مدعومة بمقاتلي «حزب الله» وقوات «لواء القدس» "
                     "وبغطاء جوي من الطيران الحربي الروسي، دخلت بلدة خان شيخون فجر اليوم.")
    backers = {f["object"] for f in facts if f["type"] == "ALLIANCE" and f["subject"] == "الجيش السوري"}
    assert backers == {"حزب الله", "لواء القدس", "الطيران الحربي الروسي"}, backers


@pytest.mark.parametrize(("text", "expected"), [
    ("وقدّمت تركيا دعماً عسكرياً لفصائل «الجيش الوطني السوري» خلال المعركة.",
     {("ALLIANCE", "تركيا", "الجيش الوطني السوري", False)}),
    ("في المقابل، لم يقدّم التحالف الدولي أي إسناد جوي لـ«قوات سوريا الديمقراطية» في معارك دير الزور.",
     {("ALLIANCE", "التحالف الدولي", "قوات سوريا الديمقراطية", True)}),
    ("وقدّم «جيش الإسلام» اعتذاراً لـ«فيلق الرحمن» عن الحادثة.", set()),
])
def test_giving_support_to_a_party_is_an_alliance(facts_of, text, expected):
    assert {t for t in triples(facts_of(text)) if t[0] == "ALLIANCE"} == expected


@pytest.mark.parametrize("release", [
    "وأُطلق سراح ثمانية منهم في اليوم التالي بعد التحقق من هوياتهم.",
    "وأفرجت الحركة أمس عن خمسة من هؤلاء الأسرى بوساطة من وجهاء المنطقة.",
])
def test_a_release_of_captives_just_reported_names_their_captor_and_group(facts_of, release):
    facts = facts_of("وأسر مقاتلو «حركة أحرار الشام» يوم الإثنين نحو 30 عنصراً من «جند الأقصى» قرب بلدة سرمين. "
                     + release)
    releases = {(f["subject"], f["object"]) for f in facts if f["type"] == "RELEASE"}
    assert releases == {("حركة أحرار الشام", "جند الأقصى")}, releases


def test_the_rest_of_a_groups_fighters_withdraw_to_a_town_and_on_from_it(facts_of):
    facts = facts_of("وانسحب من تبقى من مقاتلي «جيش خالد بن الوليد» باتجاه بلدة الشجرة ومنها نحو وادي اليرموك.")
    moves = {(f["subject"], f["object"]) for f in facts if f["type"] == "RELOCATION"}
    assert moves == {("جيش خالد بن الوليد", "الشجرة"), ("جيش خالد بن الوليد", "وادي اليرموك")}, moves


def test_units_of_a_force_act_for_it(facts_of):
    facts = facts_of("وتسلّمت وحدات من الجيش السوري بلدة العريمة غربي منبج أمس.")
    assert ("CONTROL", "الجيش السوري", "العريمة", False) in triples(facts), triples(facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("وتدير «هيئة تحرير الشام» مدينة إدلب منذ عام 2017.", {("CONTROL", "هيئة تحرير الشام", "إدلب", False)}),
    ("وقال قائد الفصيل إن «فيلق الشام» يدير عملياته من بلدة سرمدا.", set()),
    ("دخلت قوات النظام مدينة منبج أمس. لكن «مجلس منبج العسكري» أكد أنه لا يزال يدير المدينة، ويقود المجلس "
     "محمد أبو عادل.", {("CONTROL", "قوات النظام", "منبج", False), ("CONTROL", "مجلس منبج العسكري", "منبج", False),
                         ("LEADERSHIP", "محمد أبو عادل", "مجلس منبج العسكري", False)}),
])
def test_running_a_town_is_control_and_the_council_is_the_council_named_before(facts_of, text, expected):
    assert triples(facts_of(text)) == expected


def test_a_branch_of_a_parent_in_a_country_is_affiliated_to_the_parent_and_not_listed(facts_of):
    facts = facts_of("وتُدرج الولايات المتحدة «جبهة النصرة»، فرع تنظيم القاعدة في سوريا، على قائمتها للمنظمات "
                     "الإرهابية منذ عام 2012.")
    assert {(f["type"], f["subject"], f["object"]) for f in facts} == {
        ("DESIGNATION", "الولايات المتحدة", "جبهة النصرة"), ("AFFILIATION", "جبهة النصرة", "تنظيم القاعدة")}


@pytest.mark.parametrize(("text", "expected"), [
    ("أطلقت فصائل «الجبهة الجنوبية» فجر الخميس معركة بهدف السيطرة على حي المنشية في درعا.", set()),
    ("«الجبهة الجنوبية» تطلق معركة لانتزاع ما تبقى من مدينة درعا", set()),
    ("وقدّر المرصد عدد مقاتلي «داعش» في المنطقة بنحو 700 مقاتل، وصل معظمهم من «جيش الإسلام» سابقاً بعد سيطرته "
     "على مدينة تدمر.", {("داعش", "تدمر")}),
])
def test_an_aim_is_no_control_and_a_verbal_nouns_pronoun_is_its_agent(facts_of, text, expected):
    assert {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "CONTROL"} == expected


def test_a_denial_after_while_with_its_reference_far_after_the_denier(facts_of):
    facts = facts_of("وتتهم «فرقة الحمزة» «جيش الإسلام» بإعدام ثلاثة من مقاتليها قرب بلدة الباب، في حين نفى "
                     "المتحدث الرسمي باسم الفصيل حمزة بيرقدار ذلك.")
    executions = {(f["subject"], f["object"], f["negated"]) for f in facts if f["type"] == "EXECUTION"}
    assert executions == {("جيش الإسلام", "فرقة الحمزة", False), ("جيش الإسلام", "فرقة الحمزة", True)}, executions


@pytest.mark.parametrize(("text", "expected"), [
    ("وتحدثت تقارير عن انسحاب «لواء ثوار الرقة» من «قوات سوريا الديمقراطية» احتجاجاً على تهميشه.",
     ("SPLIT", "لواء ثوار الرقة", "قوات سوريا الديمقراطية")),
    ("علماً أن «جيش الإسلام» كان يُعرف باسم «لواء الإسلام» حتى أيلول 2013.",
     ("RENAME", "لواء الإسلام", "جيش الإسلام")),
])
def test_a_withdrawal_from_a_coalition_and_a_name_the_group_was_known_by(facts_of, text, expected):
    assert {(f["type"], f["subject"], f["object"]) for f in facts_of(text)} == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("«حركة رجال الكرامة»، التي يقودها يحيى الحجار وتتخذ من بلدة المزرعة مقراً لها، أعلنت رفضها للاتفاق.",
     {("CONTROL", "حركة رجال الكرامة", "المزرعة")}),
    ("واتهمت «قسد» الفصائل بأنها تتخذ من المدنيين في عفرين دروعاً بشرية.", set()),
])
def test_a_group_taking_a_town_as_its_base_controls_it(facts_of, text, expected):
    assert {(f["type"], f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "CONTROL"} == expected


def test_who_fights_beside_a_group_against_an_enemy_fights_that_enemy_too(facts_of):
    facts = facts_of("ويقاتل «الحزب الإسلامي التركستاني» إلى جانب «هيئة تحرير الشام» في مواجهة قوات النظام.")
    assert {("ALLIANCE", "الحزب الإسلامي التركستاني", "هيئة تحرير الشام", False),
            ("CLASH", "هيئة تحرير الشام", "قوات النظام", False),
            ("CLASH", "الحزب الإسلامي التركستاني", "قوات النظام", False)} == triples(facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("وتراجع مقاتلو «جبهة النصرة» نحو بلدة الشحيل بعد ساعات من القتال.", {("جبهة النصرة", "الشحيل")}),
    ("وقال إن مقاتلي «الجيش الحر» انسحبوا من المدينة نحو بلدة الضبعة وقرية البويضة الشرقية.",
     {("الجيش الحر", "الضبعة"), ("الجيش الحر", "البويضة الشرقية")}),
    ("ويأتي ذلك بعد تراجع نفوذ «حركة أحرار الشام» في إدلب.", set()),
])
def test_falling_back_toward_towns_listed_one_fact_each(facts_of, text, expected):
    assert {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "RELOCATION"} == expected


def test_sites_included_in_a_town_taken_are_taken_too(facts_of):
    facts = facts_of("أعلنت «قوات سوريا الديمقراطية» أمس سيطرتها الكاملة على مدينة الطبقة، بما في ذلك المشفى "
                     "الوطني والملعب البلدي.")
    taken = {f["object"] for f in facts if f["type"] == "CONTROL"}
    assert taken == {"الطبقة", "المشفى الوطني", "الملعب البلدي"}, taken


@pytest.mark.parametrize(("text", "expected"), [
    ("وأطلق «الجيش الوطني السوري» مساء السبت عملية «فجر الحرية» ضد «قوات سوريا الديمقراطية» في ريف حلب.",
     {("الجيش الوطني السوري", "قوات سوريا الديمقراطية")}),
    ("وواصلت وحدات الجيش العربي السوري عملياتها ضد إرهابيي «جيش خالد بن الوليد» في حوض اليرموك.",
     {("الجيش العربي السوري", "جيش خالد بن الوليد")}),
    ("ويخوض «حزب العمال الكردستاني» تمرداً مسلحاً ضد الدولة التركية منذ عقود.",
     {("حزب العمال الكردستاني", "الدولة التركية")}),
    ("وتسيطر فصائل «الجيش الوطني» على عفرين منذ آذار، إثر عملية «غصن الزيتون» التي شنّتها أنقرة ضد "
     "«وحدات حماية الشعب».", {("أنقرة", "وحدات حماية الشعب")}),
])
def test_an_operation_or_insurgency_against_a_party_is_a_clash_by_whoever_launched_it(facts_of, text, expected):
    assert {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "CLASH"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت «كتيبة شهداء عفرين»، التي كانت تقاتل ضمن «قوات سوريا الديمقراطية»، قد أعلنت انشقاقها.",
     {("AFFILIATION", "كتيبة شهداء عفرين", "قوات سوريا الديمقراطية", False)}),
    ("ويقاتل «لواء السلطان مراد» ضمن صفوف «الجيش الوطني السوري» ضد «قسد».",
     {("CLASH", "لواء السلطان مراد", "قسد", False)}),
])
def test_fighting_inside_a_body_is_affiliation_not_a_clash_with_it(facts_of, text, expected):
    assert {t for t in triples(facts_of(text)) if t[0] in ("AFFILIATION", "CLASH")} >= expected
    assert not any(t[0] == "CLASH" and t[2] in ("قوات سوريا الديمقراطية", "الجيش الوطني السوري")
                   for t in triples(facts_of(text)))


def test_a_cue_that_starts_with_waw_is_not_a_conjoined_list_item(facts_of):
    facts = facts_of("غير أن تركيا تتهم «مجلس منبج العسكري» بأنه «واجهة» لـ«وحدات حماية الشعب».")
    assert {(f["type"], f["subject"], f["object"], f["hedged"]) for f in facts} == {
        ("AFFILIATION", "مجلس منبج العسكري", "وحدات حماية الشعب", True)}


@pytest.mark.parametrize(("text", "negated"), [
    ("في المقابل، لم تشارك قوات النظام المنتشرة على أطراف درعا البلد في المعارك ضد «داعش».", True),
    ("وشاركت قوات النظام المنتشرة على أطراف درعا البلد في المعارك ضد «داعش».", False),
])
def test_not_taking_part_negates_the_fight_named_later_in_the_clause(facts_of, text, negated):
    assert triples(facts_of(text)) == {("CLASH", "قوات النظام", "داعش", negated)}


def test_fellow_members_named_beside_the_whole_are_members_not_allies(facts_of):
    facts = facts_of("وكان «جيش الإسلام» من أبرز مكونات «الجبهة الإسلامية» إلى جانب «حركة أحرار الشام» "
                     "و«ألوية صقور الشام».")
    assert triples(facts) == {("AFFILIATION", member, "الجبهة الإسلامية", False)
                              for member in ("جيش الإسلام", "حركة أحرار الشام", "ألوية صقور الشام")}


def test_captives_held_in_the_prisons_of_a_pronoun_are_held_by_its_referent(facts_of):
    facts = facts_of("أعدم «جيش الإسلام» 12 عنصراً من «جبهة النصرة» كانوا محتجزين في سجونه منذ أشهر.")
    assert {("EXECUTION", "جيش الإسلام", "جبهة النصرة", False),
            ("DETENTION", "جيش الإسلام", "جبهة النصرة", False)} == triples(facts)


def test_a_role_word_after_lam_with_the_article_merged_points_back(facts_of):
    facts = facts_of("أعلن «لواء المعتصم» صد الهجوم. وقال القائد العسكري للواء مصطفى سيجري إن الوضع مستقر.")
    assert ("LEADERSHIP", "مصطفى سيجري", "لواء المعتصم", False) in triples(facts), triples(facts)


def test_a_group_named_after_against_its_fighters_does_not_take_the_next_verb(facts_of):
    facts = facts_of("وواصلت وحدات الجيش العربي السوري عملياتها ضد إرهابيي «جيش خالد بن الوليد» في حوض اليرموك، "
                     "وحررت أمس بلدتي تسيل وعدوان بعد اشتباكات عنيفة.")
    controls = {(f["subject"], f["object"]) for f in facts if f["type"] == "CONTROL"}
    assert controls == {("الجيش العربي السوري", "تسيل"), ("الجيش العربي السوري", "عدوان")}, controls


@pytest.mark.parametrize(("text", "negated"), [
    # A whereas-clause's refusal is another actor's.
    ("وأعلنت «كتيبة الفاروق» انشقاقها عن «حركة أحرار الشام»، في حين رفض «فيلق الشام» إرسال تعزيزات.", False),
    # A refusal after "but" answers what came before.
    ("وطلبت «هيئة تحرير الشام» من «كتيبة الفاروق» الانشقاق عن «حركة أحرار الشام»، إلا أنها رفضت ذلك.", True),
])
def test_a_refusal_in_a_whereas_clause_does_not_negate_the_fact_before_it(facts_of, text, negated):
    splits = {f["negated"] for f in facts_of(text) if f["type"] == "SPLIT"}
    assert splits == {negated}


def test_a_bracketed_designation_is_outside_the_negation_of_its_clause(facts_of):
    facts = facts_of("ولم تشارك «هيئة تحرير الشام» (المحظورة في روسيا) في المعارك ضد «الجيش الوطني السوري».")
    assert ("DESIGNATION", "روسيا", "هيئة تحرير الشام", False) in triples(facts), triples(facts)
    assert ("CLASH", "هيئة تحرير الشام", "الجيش الوطني السوري", True) in triples(facts), triples(facts)


def test_a_backer_named_right_after_its_noun_is_not_the_subject(facts_of):
    facts = facts_of("وأضاف المصدر أن الجيش السوري، بمساندة «لواء القدس»، استعاد صباح اليوم السيطرة على بلدة خناصر.")
    assert triples(facts) == {("ALLIANCE", "الجيش السوري", "لواء القدس", False),
                              ("CONTROL", "الجيش السوري", "خناصر", False)}


def test_a_relative_after_a_modifier_of_its_head_refers_to_the_head(facts_of):
    facts = facts_of("وأكد المصدر أن الجيش السوري، بمؤازرة «قوات الغيث» التابعة له بقيادة العميد غياث دلا، "
                     "التي وصلت إلى ريف حماة الشمالي أمس، استعاد السيطرة على بلدة كرناز.")
    relocations = {(f["subject"], f["object"]) for f in facts if f["type"] == "RELOCATION"}
    assert relocations == {("قوات الغيث", "ريف حماة الشمالي")}, triples(facts)


def test_taking_over_its_command_names_the_leader_of_the_group_before(facts_of):
    facts = facts_of("وتشكّل «جيش الفتح» من سبعة فصائل، ويتولى قيادته العسكرية أبو عمر سراقب.")
    assert ("LEADERSHIP", "أبو عمر سراقب", "جيش الفتح", False) in triples(facts), triples(facts)


def test_a_deal_two_groups_made_with_a_third_pairs_each_with_the_third(facts_of):
    facts = facts_of("وخرج المقاتلون من المدينة تنفيذاً لاتفاق أبرمه «جيش الإسلام» و«فيلق الرحمن» مع "
                     "القوات الحكومية السورية مساء الخميس.")
    agreements = {(f["subject"], f["object"]) for f in facts if f["type"] == "AGREEMENT"}
    assert agreements == {("جيش الإسلام", "القوات الحكومية السورية"),
                          ("فيلق الرحمن", "القوات الحكومية السورية")}, agreements


def test_a_command_announcing_an_act_speaks_for_its_body(facts_of):
    facts = facts_of("وأعلنت القيادة العامة لقوات سوريا الديمقراطية، أمس الأحد، تحرير بلدة الباغوز بالكامل.")
    assert triples(facts) == {("CONTROL", "قوات سوريا الديمقراطية", "الباغوز", False)}


def test_a_kb_name_after_merged_lam_is_not_also_read_as_a_role_word(facts_of):
    facts = facts_of("وتحشد فصائل «الجيش الوطني» قرب منبج. وأعلنت القيادة العامة للجيش السوري، أمس الجمعة، "
                     "دخول وحداتها إلى مدينة منبج.")
    controls = {(f["subject"], f["object"]) for f in facts if f["type"] == "CONTROL"}
    assert controls == {("الجيش السوري", "منبج")}, controls


@pytest.mark.parametrize("text", [
    "ويقدّر المصدر عدد مرتزقة «الجيش الوطني» المشاركين في الهجوم بنحو 15 ألف مرتزق.",
    "وأضاف المصدر أن «جيش خالد بن الوليد» يضم في حوض اليرموك قرابة 1500 إرهابي.",
])
def test_a_size_counted_in_an_outlets_epithet_for_fighters(facts_of, text):
    sizes = [f for f in facts_of(text) if f["type"] == "STRENGTH"]
    assert len(sizes) == 1 and sizes[0]["count"] in (15000, 1500), sizes


def test_a_cue_carrying_its_object_as_a_pronoun_does_not_take_a_name_in_the_next_clause(facts_of):
    facts = facts_of("وقدّر المصدر عدد مسلحي «جيش العزة» المشاركين في الهجوم بنحو ألفين، بينهم عشرات الأجانب "
                     "من «الحزب الإسلامي التركستاني» الذي يقاتل إلى جانبه، لافتاً إلى أن وحدات الجيش السوري "
                     "أسرت ثلاثة منهم.")
    alliances = {frozenset((f["subject"], f["object"])) for f in facts if f["type"] == "ALLIANCE"}
    assert alliances == {frozenset(("الحزب الإسلامي التركستاني", "جيش العزة"))}, alliances


def test_backing_after_thus_backs_the_agent_of_the_clause_before(facts_of):
    facts = facts_of("سيطرت قوات النظام السوري، أمس، على بلدة كفرنبودة بعد معارك مع فصائل «جيش العزة» "
                     "و«هيئة تحرير الشام»، وذلك بدعم من مقاتلي «لواء القدس» وغطاء جوي من الطيران الروسي.")
    alliances = {(f["subject"], f["object"]) for f in facts if f["type"] == "ALLIANCE"}
    assert alliances == {("قوات النظام السوري", "لواء القدس"), ("قوات النظام السوري", "الطيران الروسي")}, alliances


def test_captives_after_a_short_time_aside_still_belong_to_the_clause(facts_of):
    facts = facts_of("وكانت عناصر «فرقة الحمزة» قد أعدمت ميدانياً، الأحد الماضي، أربعة مقاتلين جرحى من "
                     "«وحدات حماية الشعب» قرب بلدة تل تمر.")
    assert ("EXECUTION", "فرقة الحمزة", "وحدات حماية الشعب", False) in triples(facts), triples(facts)


def test_names_among_those_counted_are_no_object_of_the_cue_before(facts_of):
    facts = facts_of("وقدّر المصدر عدد مسلحي «جبهة النصرة» المشاركين في الهجوم بنحو ثلاثة آلاف، بينهم مئات "
                     "الأجانب من «الحزب الإسلامي التركستاني».")
    assert not [f for f in facts if f["type"] == "CLASH"], triples(facts)


def test_a_relative_clause_describing_a_faction_gives_its_parent_and_size(facts_of):
    facts = facts_of("وكان «لواء شهداء بدر»، الذي يُعد أبرز فصائل «الجيش الحر» في حلب ويضم قرابة 900 مقاتل، "
                     "قد خاض معارك متواصلة ضد قوات النظام.")
    assert ("AFFILIATION", "لواء شهداء بدر", "الجيش الحر", False) in triples(facts), triples(facts)
    sizes = {(f["subject"], f["count"]) for f in facts if f["type"] == "STRENGTH"}
    assert sizes == {("لواء شهداء بدر", 900)}, sizes


def test_a_relative_after_a_place_in_a_modifier_is_not_the_groups(facts_of):
    facts = facts_of("وتحظى الفرقة بدعم من القوات الروسية المتمركزة في قاعدة حميميم، التي زودتها بعربات "
                     "مدرعة، ويبلغ تعداد مقاتليها نحو أربعة آلاف عنصر.")
    assert not [f for f in facts if f["type"] == "STRENGTH" and f["subject"] == "القوات الروسية"], triples(facts)


def test_the_group_right_after_control_as_a_noun_is_its_agent(facts_of):
    facts = facts_of("ونفى المتحدث مزاعم وزارة الدفاع التركية عن سيطرة «الجيش الوطني السوري» على مركز مدينة تل أبيض.")
    controls = {(f["subject"], f["object"], f["negated"]) for f in facts if f["type"] == "CONTROL"}
    assert ("الجيش الوطني السوري", "تل أبيض", True) in controls, controls
    assert not [c for c in controls if c[0] == "وزارة الدفاع التركية"], controls


def test_talks_whose_cue_ends_with_its_marker_reach_the_counterpart(facts_of):
    facts = facts_of("وكان وزير الخارجية التركي هاكان فيدان قد بحث مع نظيره الروسي سيرغي لافروف في اتصال هاتفي "
                     "التطورات في إدلب.")
    talks = {frozenset((f["subject"], f["object"])) for f in facts if f["type"] == "NEGOTIATION"}
    assert talks == {frozenset(("هاكان فيدان", "سيرغي لافروف"))}, triples(facts)


def test_allies_named_right_after_and_its_allies(facts_of):
    facts = facts_of("ميدانياً، يستعد الجيش السوري وحلفاؤه، من مقاتلي «لواء فاطميون» و«حركة النجباء»، لهجوم معاكس.")
    assert triples(facts) == {("ALLIANCE", "الجيش السوري", "لواء فاطميون", False),
                              ("ALLIANCE", "الجيش السوري", "حركة النجباء", False)}


@pytest.mark.parametrize("text", [
    "وأكد المصدر أن «هيئة تحرير الشام» رفضت دعوة «فيلق الشام» إلى هدنة تتيح إخراج الجرحى.",
    "ورفضت «هيئة تحرير الشام» مطلع الشهر عرضاً من «فيلق الشام» لهدنة إنسانية.",
])
def test_refusing_a_request_for_a_truce_pairs_the_refuser_with_the_requester(facts_of, text):
    truces = {(f["subject"], f["object"], f["negated"]) for f in facts_of(text) if f["type"] == "TRUCE"}
    assert truces == {("هيئة تحرير الشام", "فيلق الشام", True)}, truces


@pytest.mark.parametrize(("text", "mover"), [
    ("وتوصل الجيش السوري إلى اتفاق مع «جيش خالد بن الوليد» يقضي بخروج مسلحيه نحو البادية السورية.",
     "جيش خالد بن الوليد"),
    ("وتوصلت «حركة أحرار الشام» إلى اتفاق مع روسيا يقضي بخروج مقاتليها إلى إدلب.", "حركة أحرار الشام"),
])
def test_the_fighters_pronoun_after_a_move_names_the_group_that_moves(facts_of, text, mover):
    moves = {f["subject"] for f in facts_of(text) if f["type"] == "RELOCATION"}
    assert moves == {mover}, moves


@pytest.mark.parametrize(("text", "expected"), [
    # Out of a place to another: a move, the pronoun names who moves.
    ("وكذّب المصدر ما تروّجه صفحات عن اتفاق بين الجيش السوري وإرهابيي «داعش» يقضي بخروجهم من "
     "حوض اليرموك إلى البادية.",
     {("RELOCATION", "داعش", "البادية", True)}),
    # Out of a group: a split.
    ("وأعلن «لواء الحق» خروجه من «حركة أحرار الشام».", {("SPLIT", "لواء الحق", "حركة أحرار الشام", False)}),
])
def test_leaving_a_place_or_leaving_a_group(facts_of, text, expected):
    facts = {t for t in triples(facts_of(text)) if t[0] in ("RELOCATION", "SPLIT")}
    assert expected <= facts, facts


def test_talks_between_the_envoys_of_two_parties(facts_of):
    facts = facts_of("وعُقدت أمس جولة تفاوض مباشرة بين ممثلين عن «جيش الإسلام» وضباط من «الفرقة الرابعة» في مخيم الوافدين.")
    talks = {frozenset((f["subject"], f["object"])) for f in facts if f["type"] == "NEGOTIATION"}
    assert talks == {frozenset(("جيش الإسلام", "الفرقة الرابعة"))}, triples(facts)


def test_a_meeting_that_brought_one_side_together_with_the_others_officers(facts_of):
    facts = facts_of("وذلك عقب اجتماع جمع قيادة «جيش سوريا الحرة» بضباط من التحالف الدولي في قاعدة التنف.")
    talks = {frozenset((f["subject"], f["object"])) for f in facts if f["type"] == "NEGOTIATION"}
    assert talks == {frozenset(("جيش سوريا الحرة", "التحالف الدولي"))}, triples(facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("بدأت صباح اليوم عملية إخراج مقاتلي «فيلق الرحمن» وعائلاتهم من القطاع الأوسط في الغوطة الشرقية.", set()),
    ("وتمكنت «قوات سوريا الديمقراطية» من إخراج عناصر «داعش» من بلدة الباغوز.",
     {("قوات سوريا الديمقراطية", "الباغوز")}),
])
def test_those_named_after_driving_out_as_a_noun_are_driven_out(facts_of, text, expected):
    controls = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "CONTROL"}
    assert controls == expected, controls


def test_a_cue_word_opening_a_groups_name_is_part_of_the_name(facts_of):
    facts = facts_of("واتهمت «حركة أحرار الشام» «تحرير الشام» بإعدام عدد من أسرى الحركة في بلدة الدانا.")
    assert not [f for f in facts if f["type"] == "CONTROL"], triples(facts)


def test_the_leader_after_a_participles_aside_and_no_member_of_its_parent(facts_of):
    facts = facts_of("ويقود «جيش النصر»، المنضوي في صفوف «الجيش الحر»، المدعو محمد منصور، وهو ضابط منشق.")
    assert triples(facts) == {("LEADERSHIP", "محمد منصور", "جيش النصر", False),
                              ("AFFILIATION", "جيش النصر", "الجيش الحر", False)}, triples(facts)


def test_a_title_whose_group_is_the_pronoun_after_lam(facts_of):
    facts = facts_of("وأعلنت «حركة نور الدين الزنكي» تشكيل مجلس قيادة جديد، فيما يبقى توفيق شهاب الدين قائداً عاماً لها.")
    assert ("LEADERSHIP", "توفيق شهاب الدين", "حركة نور الدين الزنكي", False) in triples(facts), triples(facts)


def test_an_actor_named_again_without_its_nationality_is_the_same_actor(facts_of):
    facts = facts_of("واصل جيش الاحتلال التركي هجماته على مدينة رأس العين. وقال المتحدث إن جيش الاحتلال "
                     "لم يلتزم بوقف إطلاق النار مع قوات سوريا الديمقراطية.")
    truces = {(f["subject"], f["object"], f["negated"]) for f in facts if f["type"] == "TRUCE"}
    assert truces == {("جيش الاحتلال التركي", "قوات سوريا الديمقراطية", True)}, truces


def test_a_name_inside_a_relative_aside_is_not_the_subject_described_after_it(facts_of):
    facts = facts_of("وتُعد «قوات الصناديد»، التي تدعمها واشنطن بالسلاح، من أبرز مكونات قوات سوريا الديمقراطية.")
    affiliations = {(f["subject"], f["object"]) for f in facts if f["type"] == "AFFILIATION"}
    assert affiliations == {("قوات الصناديد", "قوات سوريا الديمقراطية")}, triples(facts)


@pytest.mark.parametrize(("text", "expected"), [
    # The place may follow a short aside after a verb-first subject.
    ("واستعاد الجيش السوري، أمس، مدينة تدمر.", {("الجيش السوري", "تدمر")}),
    # "سيطرة X" with no place marked after it is X's hold, which no one takes here.
    ("وأعلنت «هيئة تحرير الشام» سيطرتها على مدينة إدلب، لتصبح ثاني مركز محافظة يخرج عن سيطرة "
     "نظام الأسد بعد الرقة.", {("هيئة تحرير الشام", "إدلب")}),
    # The fighters' pronoun after the noun names who took the place: the sentence's topic.
    ("أعلن «جيش الفتح» سيطرته على مدينة جسر الشغور، وذلك بعد ساعات من سيطرة مقاتليه على "
     "مبنى المحافظة.", {("جيش الفتح", "جسر الشغور"), ("جيش الفتح", "مبنى المحافظة")}),
])
def test_control_over_asides_and_through_a_nouns_genitive(facts_of, text, expected):
    controls = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "CONTROL"}
    assert controls == expected, controls


def test_leaders_in_a_group_act_for_it(facts_of):
    facts = facts_of("وتعثر الاتفاق إثر رفض قادة في «فيلق الرحمن» الخروج إلى الشمال السوري.")
    assert triples(facts) == {("RELOCATION", "فيلق الرحمن", "الشمال السوري", True)}, triples(facts)


def test_partners_listed_with_an_outlets_epithet_for_their_fighters(facts_of):
    facts = facts_of("ويأتي ذلك بعد أن احتل جيش الاحتلال التركي ومرتزقة «الجيش الوطني»، الأحد الماضي، مدينة كري سبي.")
    controls = {(f["subject"], f["object"]) for f in facts if f["type"] == "CONTROL"}
    assert controls == {("جيش الاحتلال التركي", "كري سبي"), ("الجيش الوطني", "كري سبي")}, controls


def test_the_army_as_a_role_word_is_a_states_army_and_the_pronoun_of_movers_its_enemy(facts_of):
    facts = facts_of("واستعاد الجيش العربي السوري بلدة نوى من «جيش خالد بن الوليد». وكذّب مصدر عسكري ما تروّجه "
                     "صفحات عن اتفاق بين الجيش وإرهابيي «داعش» يقضي بخروجهم من حوض اليرموك إلى البادية.")
    assert ("AGREEMENT", "الجيش العربي السوري", "داعش", True) in triples(facts), triples(facts)
    # The pages' claim (hedged) and the source's denial of it are two facts.
    moves = {(f["subject"], f["negated"], f["hedged"]) for f in facts if f["type"] == "RELOCATION"}
    assert moves == {("داعش", True, False), ("داعش", False, True)}, moves


def test_leaving_from_a_place_with_a_group_named_later_is_no_split(facts_of):
    facts = facts_of("وتحدثت صفحات عن اتفاق يقضي بخروج مسلحي «داعش» من حوض اليرموك إلى البادية، مؤكدة أن وحدات "
                     "الجيش العربي السوري أوقفت عملياتها.")
    assert not [f for f in facts if f["type"] == "SPLIT"], triples(facts)


def test_the_fighters_a_group_gathered_for_a_battle_are_its_strength(facts_of):
    facts = facts_of("وأشارت تقديرات عسكرية إلى أن «جيش خالد بن الوليد» حشد في المنطقة قرابة ألف مسلح قبل بدء الهجوم.")
    sizes = {(f["subject"], f["count"]) for f in facts if f["type"] == "STRENGTH"}
    assert sizes == {("جيش خالد بن الوليد", 1000)}, sizes


@pytest.mark.parametrize("text", [
    "وتقاتل قوات «صقور الصحراء»، وهي تشكيل رديف للجيش السوري، في ريف تدمر.",
    "وشاركت «صقور الصحراء» الرديفة للجيش السوري في الهجوم على تدمر.",
])
def test_an_auxiliary_force_of_an_army_is_affiliated_to_it(facts_of, text):
    assert ("AFFILIATION", "صقور الصحراء", "الجيش السوري", False) in triples(facts_of(text))


def test_a_month_named_in_both_calendars_counts_as_one_word(facts_of):
    facts = facts_of("سيطر تنظيم «داعش» على تدمر. وكان التنظيم قد أعدم في تموز/يوليو من العام الماضي 25 جندياً "
                     "من الجيش السوري.")
    assert ("EXECUTION", "داعش", "الجيش السوري", False) in triples(facts), triples(facts)


@pytest.mark.parametrize(("text", "expected"), [
    ("ونفى القائد ما تداولته حسابات مقربة من تنظيم «داعش» عن إعدام «الجيش الحر» عدداً من عناصره الأسرى.",
     ("EXECUTION", "الجيش الحر", "داعش")),
    ("وتحدثت صفحات معارضة عن أسر «لواء القدس» عدداً من مقاتلي «جيش الإسلام» قرب المطار.",
     ("DETENTION", "لواء القدس", "جيش الإسلام")),
])
def test_a_group_right_after_a_verbal_noun_is_its_doer_when_captives_follow(facts_of, text, expected):
    facts = facts_of(text)
    done = {(f["type"], f["subject"], f["object"]) for f in facts if not f["negated"]}
    assert expected in done, triples(facts)
    assert (expected[0], expected[2], expected[1]) not in done


def test_a_report_spread_by_propaganda_and_denied_is_a_hedged_claim_and_its_denial(facts_of):
    facts = facts_of("ونفى المتحدث باسم «الجيش الوطني السوري» ما روّجته حسابات «قسد» عن إعدام «الجيش الوطني "
                     "السوري» أسرى من عناصرها.")
    executions = {(f["subject"], f["object"], f["negated"], f["hedged"]) for f in facts if f["type"] == "EXECUTION"}
    assert executions == {("الجيش الوطني السوري", "قسد", False, True),
                          ("الجيش الوطني السوري", "قسد", True, False)}, executions


def test_a_denial_after_which_answers_its_own_sentence_not_the_one_before(facts_of):
    facts = facts_of("سيطرت «حركة أحرار الشام» على بلدة الحامدية. ويتهم بيان الفصائل «جند الأقصى» بمبايعة "
                     "تنظيم «داعش» سراً، وهو ما ينفيه «جند الأقصى».")
    assert ("CONTROL", "حركة أحرار الشام", "الحامدية", False) in triples(facts), triples(facts)
    assert not [f for f in facts if f["type"] == "CONTROL" and f["negated"]], triples(facts)
    assert ("ALLEGIANCE", "جند الأقصى", "داعش", True) in triples(facts), triples(facts)


def test_fleeing_towards_a_place_is_a_relocation(facts_of):
    facts = facts_of("واستعاد الجيش السوري مدينة تدمر، فيما فرّ من تبقى من مسلحي «داعش» باتجاه بلدة السخنة شرقاً.")
    assert ("RELOCATION", "داعش", "السخنة", False) in triples(facts), triples(facts)


def test_an_accusation_that_a_group_is_an_extension_of_another_and_its_denial(facts_of):
    facts = facts_of("وتتهم أنقرة «وحدات حماية الشعب» بأنها امتداد لحزب العمال الكوردستاني، الذي تصنفه منظمة "
                     "إرهابية، وهو ما تنفيه قيادة الوحدات.")
    links = {(f["negated"], f["hedged"]) for f in facts if f["type"] == "AFFILIATION"
             and (f["subject"], f["object"]) == ("وحدات حماية الشعب", "حزب العمال الكوردستاني")}
    assert links == {(False, True), (True, False)}, triples(facts)
    designations = {(f["subject"], f["object"], f["negated"]) for f in facts if f["type"] == "DESIGNATION"}
    assert designations == {("أنقرة", "حزب العمال الكوردستاني", False)}, designations


def test_a_designation_in_a_relative_aside_inside_a_list_is_of_the_relatives_head(facts_of):
    facts = facts_of("ويضم «جيش الفتح» كلاً من «جبهة النصرة»، التي تصنفها واشنطن منظمة إرهابية، و«أحرار الشام».")
    designations = {(f["subject"], f["object"]) for f in facts if f["type"] == "DESIGNATION"}
    assert designations == {("واشنطن", "جبهة النصرة")}, designations


def test_a_designation_in_an_aside_of_an_accusation_is_not_what_its_denial_denies(facts_of):
    facts = facts_of("وتتهم موسكو أنقرة بدعم «هيئة تحرير الشام»، التي تصنفها الدولتان منظمة إرهابية، وهو ما "
                     "تنفيه تركيا.")
    assert not [f for f in facts if f["type"] == "DESIGNATION" and f["negated"]], triples(facts)


def test_air_support_named_before_the_verb_is_a_backer_not_the_subject(facts_of):
    facts = facts_of("وأعلنت القيادة أن وحدات من الجيش العربي السوري، بالتعاون مع القوات الرديفة، وبإسناد جوي من "
                     "الطيران الحربي الروسي، استعادت السيطرة على مدينة تدمر.")
    controls = {(f["subject"], f["object"]) for f in facts if f["type"] == "CONTROL"}
    assert controls == {("الجيش العربي السوري", "تدمر")}, controls


def test_a_feminine_pronoun_agrees_with_the_unit_noun_before_a_masculine_name(facts_of):
    facts = facts_of("واستعاد الجيش العربي السوري مدينة تدمر من تنظيم «داعش». وأكد مصدر أن وحدات الجيش أحكمت، "
                     "يوم الأربعاء، سيطرتها على قلعة تدمر.")
    assert ("CONTROL", "الجيش العربي السوري", "قلعة تدمر", False) in triples(facts), triples(facts)
    assert ("CONTROL", "داعش", "قلعة تدمر", False) not in triples(facts)


def test_a_holder_after_a_time_phrase_and_the_one_he_succeeded_both_led(facts_of):
    facts = facts_of("وتفاوض «حركة أحرار الشام» باسم الفصائل. ويقود الحركة منذ منتصف الشهر الجاري أبو يحيى "
                     "الحموي، خلفاً لهاشم الشيخ.")
    leaders = {f["subject"] for f in facts if f["type"] == "LEADERSHIP" and f["object"] == "حركة أحرار الشام"}
    assert leaders == {"أبو يحيى الحموي", "هاشم الشيخ"}, triples(facts)


def test_pronouns_after_as_for_refer_to_its_topic(facts_of):
    facts = facts_of("ويتألف «جنود الشام»، الذي أسسه مسلم الشيشاني، من نحو 300 مقاتل، أما «جند الله» فأسسه "
                     "المدعو أبو فاطمة التركي، ويقوده حالياً أبو حنيفة الأذري.")
    leaders = {(f["subject"], f["object"]) for f in facts if f["type"] == "LEADERSHIP"}
    assert leaders == {("مسلم الشيشاني", "جنود الشام"), ("أبو فاطمة التركي", "جند الله"),
                       ("أبو حنيفة الأذري", "جند الله")}, leaders


def test_fighters_of_a_group_under_a_commander_are_led_by_him_for_the_group(facts_of):
    facts = facts_of("وكان نحو 50 مقاتلاً من الجيش السوري الحر، بقيادة العقيد عبد الجبار العكيدي، قد دخلوا كوباني.")
    assert ("LEADERSHIP", "عبد الجبار العكيدي", "الجيش السوري الحر", False) in triples(facts), triples(facts)


def test_a_presidents_title_is_no_office_in_the_group_named_before_it(facts_of):
    facts = facts_of("ونفى المتحدث باسم «وحدات حماية الشعب»، ريدور خليل، ما أعلنه الرئيس التركي رجب طيب أردوغان "
                     "عن اتفاق بين أنقرة والوحدات.")
    roles = {(f["type"], f["subject"]) for f in facts if f["type"] in ("LEADERSHIP", "MEMBERSHIP")}
    assert roles == {("MEMBERSHIP", "ريدور خليل")}, roles
    # The president's claim (hedged, his) and the spokesman's denial (his) are two facts.
    deals = {(f["negated"], f["hedged"], f["source"]) for f in facts if f["type"] == "AGREEMENT"}
    assert deals == {(False, True, "رجب طيب أردوغان"), (True, False, "ريدور خليل")}, deals


@pytest.mark.parametrize("text", [
    "وتوصّل الجيش العربي السوري إلى اتفاق مع «حركة أحرار الشام» التي تفاوض باسم الفصائل المسلحة، يقضي بوقف "
    "إطلاق النار في الزبداني.",
    "وتوصلت «حركة أحرار الشام» إلى اتفاق لوقف إطلاق النار مع الجيش العربي السوري.",
    "وتوصلت «حركة أحرار الشام» مع الجيش العربي السوري إلى اتفاق لوقف إطلاق النار.",
])
def test_a_ceasefire_that_is_a_deals_term_is_a_truce_and_an_agreement(facts_of, text):
    facts = facts_of(text)
    pairs = {(f["type"], frozenset((f["subject"], f["object"]))) for f in facts}
    parties = frozenset(("الجيش العربي السوري", "حركة أحرار الشام"))
    assert {("TRUCE", parties), ("AGREEMENT", parties)} <= pairs, triples(facts)


def test_in_the_name_of_after_a_verb_of_negotiating_is_no_persons_name(facts_of):
    facts = facts_of("وتفاوض «حركة أحرار الشام» باسم الجماعات المسلحة، بوساطة من إيران.")
    assert not [f for f in facts if "باسم" in (f["subject"] or "") + (f["object"] or "")], triples(facts)


def test_a_place_a_relative_clause_is_about_is_what_its_pronoun_object_took(facts_of):
    facts = facts_of("وسيطرت فصائل «الجيش السوري الحر» على مدينة جرابلس، وأفادت مصادر بأن معظم مسلحي تنظيم «داعش» "
                     "انسحبوا من المدينة، التي سيطروا عليها مطلع عام 2014، باتجاه مدينة الباب جنوباً.")
    controls = {(f["subject"], f["object"]) for f in facts if f["type"] == "CONTROL"}
    assert controls == {("الجيش السوري الحر", "جرابلس"), ("داعش", "جرابلس")}, controls


@pytest.mark.parametrize("text", [
    "وقُتل ستة من عناصر الحركة في بلدة سرمين، التي تحولت منذ أشهر إلى معقل رئيسي لـ«جند الأقصى» في ريف إدلب.",
    "وقاتلت الحركة تنظيم «جند الأقصى» في بلدة سرمين، التي تحولت منذ أشهر إلى معقل رئيسي له في ريف إدلب.",
])
def test_a_stronghold_in_a_relative_clause_after_the_place(facts_of, text):
    assert ("CONTROL", "جند الأقصى", "سرمين", False) in triples(facts_of(text)), triples(facts_of(text))


def test_a_groups_head_word_alone_in_quotes_refers_to_it(facts_of):
    facts = facts_of("أعلن تنظيم «جند الأقصى» مبايعته «جبهة فتح الشام». وسيطرت «أحرار الشام» على بلدة الحامدية، "
                     "فيما انتزع «الجند» مدينة خان شيخون بالكامل من الحركة.")
    assert ("CONTROL", "جند الأقصى", "خان شيخون", False) in triples(facts), triples(facts)


def test_a_former_name_in_brackets_does_not_break_a_list_of_parties(facts_of):
    facts = facts_of("تجددت اليوم الاشتباكات بين «هيئة تحرير الشام» (النصرة سابقاً) وجماعة «جند الله» في جبل التركمان.")
    assert ("CLASH", "هيئة تحرير الشام", "جند الله", False) in triples(facts), triples(facts)


def test_a_bracketed_name_after_a_backing_phrase_is_the_backer(facts_of):
    facts = facts_of("وأطلق الجيش العربي السوري، بمؤازرة مجاهدي المقاومة الإسلامية (حزب الله)، عملية عسكرية "
                     "لاستعادة الزبداني من مسلحي «أحرار الشام».")
    clashes = {(f["subject"], f["object"]) for f in facts if f["type"] == "CLASH"}
    assert clashes == {("الجيش العربي السوري", "أحرار الشام")}, clashes


def test_a_spokeswoman_named_after_her_office_is_a_member(facts_of):
    facts = facts_of("وتسيطر «قسد» على الحقل منذ أيلول، بحسب المتحدثة باسم «قسد» ليلوى العبد الله.")
    assert ("MEMBERSHIP", "ليلوى العبد الله", "قسد", False) in triples(facts), triples(facts)


def test_a_leader_named_after_a_qualified_title_stands_for_his_group(facts_of):
    facts = facts_of("أحكم «الجيش الوطني السوري» سيطرته على منبج بعد معارك مع «وحدات حماية الشعب». وزعم قائد «وحدات "
                     "حماية الشعب» في سوريا، المدعو فرهاد عبدي شاهين، التوصل مع الجيش الوطني إلى اتفاق لوقف إطلاق النار.")
    assert ("LEADERSHIP", "فرهاد عبدي شاهين", "وحدات حماية الشعب", False) in triples(facts), triples(facts)
    deals = {(f["type"], f["subject"], f["hedged"]) for f in facts if f["type"] in ("TRUCE", "AGREEMENT")}
    assert deals == {("TRUCE", "وحدات حماية الشعب", True), ("AGREEMENT", "وحدات حماية الشعب", True)}, deals


def test_a_verb_whose_object_pronoun_is_the_relatives_head_and_a_place_pronoun(facts_of):
    facts = facts_of("وتسيطر «قسد» على حقل كونيكو منذ أيلول الماضي، حين انتزعته من تنظيم «داعش» الذي لا تزال "
                     "تقاتله في ريف دير الزور الشرقي.")
    assert ("CLASH", "قسد", "داعش", False) in triples(facts), triples(facts)
    controls = {(f["subject"], f["object"]) for f in facts if f["type"] == "CONTROL"}
    assert controls == {("قسد", "حقل كونيكو")}, controls


@pytest.mark.parametrize(("text", "expected"), [
    ("وقصفت «قسد» مواقع تنظيم «داعش» في الحسكة، متهمة تركيا بتسهيل تحرك خلايا التنظيم في المناطق الحدودية.",
     {("تركيا", "داعش")}),
    ("وشنت «هيئة تحرير الشام» هجوماً على مواقع «جند الله» و«جنود الشام»، متهمة الجماعتين بإيواء عناصر من "
     "تنظيم «داعش».",
     {("جند الله", "داعش"), ("جنود الشام", "داعش")}),
    ("وتواصل «هيئة تحرير الشام» هجماتها على مواقع النظام، فيما انتقدت الهيئة روسيا، التي تؤكد استمرار "
     "دعمها لقوات النظام.",
     {("روسيا", "قوات النظام")}),
])
def test_easing_harbouring_and_a_relatives_support_are_alliances(facts_of, text, expected):
    allies = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "ALLIANCE" and not f["negated"]}
    assert allies == expected, allies


@pytest.mark.parametrize(("text", "expected"), [
    # the side the attack just reported struck; a denial negates it
    ("قُتل العشرات من عناصر قوات النظام بغارات شنها التحالف الدولي على رتل لهم حاول التقدم نحو مواقع «قسد». "
     "في حين تحدثت مصادر محلية عن مشاركة مرتزقة روس من شركة «فاغنر» في الهجوم. في المقابل، نفت وزارة "
     "الدفاع الروسية مشاركة القوات الروسية في الهجوم.",
     {("فاغنر", "قسد", False), ("القوات الروسية", "قسد", True)}),
    # the target named after على
    ("شنت «هيئة تحرير الشام» هجوماً على مواقع «داعش» في القلمون. أما الجيش اللبناني، فلم يشارك في الهجوم على "
     "مواقع الهيئة.",
     {("الجيش اللبناني", "هيئة تحرير الشام", True)}),
    ("وفي حين لم تتدخل قوات الحكومة السورية المتمركزة في المربع الأمني في المعارك ضد تنظيم «داعش».",
     {("قوات الحكومة السورية", "داعش", True)}),
])
def test_taking_part_in_a_fight_is_fighting_its_target(facts_of, text, expected):
    facts = facts_of(text)
    joined = {(f["subject"], f["object"], f["negated"]) for f in facts
              if f["type"] == "CLASH" and f["rule"].startswith("clash.yaml#participation")}
    assert joined == expected, triples(facts)


@pytest.mark.parametrize("text", [
    "وشارك «جيش المهاجرين والأنصار» في معارك حندرات بريف حلب الشمالي.",
    "ويشارك «جيش العزة» في المعارك ضمن غرفة عمليات «الفتح المبين».",
    "وشارك في الاجتماع ممثلون عن «جيش الإسلام».",
])
def test_taking_part_in_a_named_or_shared_fight_names_no_target(facts_of, text):
    assert not [f for f in facts_of(text) if f["rule"].startswith("clash.yaml#participation")]


def test_a_name_within_a_body_is_not_who_joins_after_leaving_it(facts_of):
    facts = facts_of("وأعلن «لواء أحرار الساجور»، الذي كان يعمل ضمن «مجلس منبج العسكري»، انشقاقه عن المجلس "
                     "وانضمامه إلى «الجيش الوطني السوري».")
    joins = {(f["subject"], f["object"]) for f in facts if f["type"] == "MERGER"}
    assert joins == {("لواء أحرار الساجور", "الجيش الوطني السوري")}, joins


@pytest.mark.parametrize("text", [
    "وتوصلت «هيئة تحرير الشام» إلى اتفاق مع فصيل «جنود الشام». وأوضح مصدر أن الاتفاق نص على وقف القتال "
    "وتبادل الأسرى بين الطرفين.",
    "واشتبكت «هيئة تحرير الشام» مع «جنود الشام» في ريف اللاذقية. وكان الطرفان قد أجريا الخميس الماضي صفقة "
    "لتبادل الأسرى بوساطة وجهاء من المنطقة.",
])
def test_an_exchange_between_the_two_sides_just_named(facts_of, text):
    swaps = {(f["subject"], f["object"]) for f in facts_of(text) if f["type"] == "RELEASE"}
    assert swaps == {("هيئة تحرير الشام", "جنود الشام"), ("جنود الشام", "هيئة تحرير الشام")}, swaps


def test_a_relative_joined_to_a_participle_aside_qualifies_the_same_name(facts_of):
    facts = facts_of("وقال مصدر في «مجلس دير الزور العسكري»، المنضوي في «قسد» والذي يقوده أحمد الخبيل، إن الرتل "
                     "تجمع في بلدة خشام.")
    leaders = {(f["subject"], f["object"]) for f in facts if f["type"] == "LEADERSHIP"}
    assert leaders == {("أحمد الخبيل", "مجلس دير الزور العسكري")}, leaders


def test_the_most_prominent_of_a_counted_number_of_factions_belong_to_no_coalition(facts_of):
    counted = facts_of("سيطرت «أحرار الشام» على الحامدية، قبل أن يعلن 16 فصيلاً، أبرزها «فيلق الشام» و«جيش "
                       "المجاهدين»، وقوفها إلى جانب الحركة.")
    assert not [f for f in counted if f["type"] == "AFFILIATION"], triples(counted)
    included = facts_of("ويضم «جيش الفتح» سبعة فصائل، أبرزها «فيلق الشام» و«جبهة النصرة».")
    members = {f["subject"] for f in included if f["type"] == "AFFILIATION" and f["object"] == "جيش الفتح"}
    assert members == {"فيلق الشام", "جبهة النصرة"}, members


def test_a_side_refusing_a_truce_refuses_it_with_the_side_it_fights(facts_of):
    facts = facts_of("وتجددت الاشتباكات بين «هيئة تحرير الشام» و«جند الله». وأشار المصدر إلى أن «جند الله» رفضت "
                     "الالتزام بوقف القتال.")
    assert ("TRUCE", "جند الله", "هيئة تحرير الشام", True) in triples(facts), triples(facts)
    standing = facts_of("وتقاتل «هيئة تحرير الشام» «أنصار التوحيد». وأرادت الهيئة الاستفادة من نظام وقف إطلاق النار.")
    assert not [f for f in standing if f["type"] == "TRUCE"], triples(standing)


def test_a_battle_named_for_its_aim_takes_no_place(facts_of):
    facts = facts_of("وكان تنظيم «داعش» قد سيطر على تدمر في كانون الأول، مستغلاً انشغال الجيش السوري بمعركة تحرير حلب.")
    controls = {(f["subject"], f["object"]) for f in facts if f["type"] == "CONTROL"}
    assert controls == {("داعش", "تدمر")}, controls


def test_a_counted_group_after_an_arrest_verb_is_taken_not_the_taker(facts_of):
    facts = facts_of("وأفاد المصدر بأن «هيئة تحرير الشام» سيطرت على قرية التفاحية، حيث تتركز مقرات الجماعتين، "
                     "واعتقلت 17 من عناصر «جند الله».")
    held = {(f["subject"], f["object"], f["count"]) for f in facts if f["type"] == "DETENTION"}
    assert held == {("هيئة تحرير الشام", "جند الله", 17)}, held


def test_a_bracketed_former_name_inside_a_list_before_a_pronoun_of_the_topic(facts_of):
    facts = facts_of("وكانت «هيئة تحرير الشام» قد تشكّلت من اندماج «جبهة فتح الشام» (النصرة سابقاً) و«الزنكي» "
                     "وفصائل أصغر، ويقودها هاشم الشيخ.")
    leaders = {(f["subject"], f["object"]) for f in facts if f["type"] == "LEADERSHIP"}
    assert leaders == {("هاشم الشيخ", "هيئة تحرير الشام")}, leaders


def test_fighting_between_the_two_sides_just_named_and_a_third(facts_of):
    facts = facts_of("وسيطر تنظيم «داعش» على بئر القصب في أيار، قبل أن يستعيده «جيش الإسلام» و«جيش أسود الشرقية». "
                     "وتدور منذ مطلع نيسان الماضي معارك متقطعة بين الفصيلين والتنظيم في محيط المنطقة.")
    clashes = {(f["subject"], f["object"]) for f in facts if f["type"] == "CLASH"}
    assert clashes == {("جيش الإسلام", "داعش"), ("جيش أسود الشرقية", "داعش")}, clashes


def test_a_go_between_named_after_his_office_mediates_between_the_two_sides(facts_of):
    facts = facts_of("واشتبك «اللواء الثامن» مع «الأمن العام» في بصرى الشام. وتوصّل الطرفان مساء السبت، بوساطة من "
                     "محافظ درعا أنور الزعبي، إلى اتفاق يقضي بوقف إطلاق النار.")
    mediated = {(f["subject"], f["object"]) for f in facts if f["type"] == "MEDIATION"}
    assert mediated == {("أنور الزعبي", "اللواء الثامن"), ("أنور الزعبي", "الأمن العام")}, mediated


def test_still_inside_a_quote_does_not_negate(facts_of):
    facts = facts_of('وقال القائد العام لـ«مجلس منبج العسكري»، محمد أبو عادل، إن المجلس "لا يزال يسيطر على مدينة '
                     'منبج بشكل كامل".')
    assert ("CONTROL", "مجلس منبج العسكري", "منبج", False) in triples(facts), triples(facts)


def test_joining_the_battles_on_a_sides_behalf_is_fighting_its_enemy(facts_of):
    facts = facts_of("وتقدم الجيش السوري نحو سراقب وسط معارك مع «هيئة تحرير الشام». ووصل مقاتلو «الحزب الإسلامي "
                     "التركستاني» إلى ريف سراقب للانخراط في المعارك، ومساندة «هيئة تحرير الشام».")
    joined = {(f["subject"], f["object"]) for f in facts if f["rule"].startswith("clash.yaml#participation")}
    assert joined == {("الحزب الإسلامي التركستاني", "الجيش السوري")}, joined


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المتحدث باسم «جبهة فتح الشام» إن الجبهة قبلت البيعة بعد التواصل مع قيادة «حركة أحرار الشام».",
     {("جبهة فتح الشام", "حركة أحرار الشام", False)}),
    ("وأكد مصدر أن قيادة الجيش العربي السوري لم تُجرِ أي اتصال مع التحالف الدولي.",
     {("الجيش العربي السوري", "التحالف الدولي", True)}),
    ("وأشاد قائد «لواء القدس» محمد السعيد، في اتصال مع «الوطن»، بتضحيات الجيش العربي السوري.", set()),
])
def test_contact_with_a_party_is_negotiation_a_call_to_an_outlet_is_not(facts_of, text, expected):
    talks = {(f["subject"], f["object"], f["negated"]) for f in facts_of(text) if f["type"] == "NEGOTIATION"}
    assert talks == expected, talks


def test_the_state_leading_a_coalition_is_not_the_subject_of_its_strikes(facts_of):
    facts = facts_of("وبدأ طيران التحالف الدولي بقيادة الولايات المتحدة أواخر أيلول شنّ غارات على تجمعات تنظيم «داعش».")
    clashes = {(f["subject"], f["object"]) for f in facts if f["type"] == "CLASH"}
    assert clashes == {("طيران التحالف الدولي", "داعش")}, clashes


def test_a_strike_launched_by_one_on_a_convoy_of_those_killed(facts_of):
    facts = facts_of("قُتل العشرات من عناصر قوات النظام والميليشيات الإيرانية بقصف مدفعي شنّه التحالف الدولي على "
                     "رتل لهم حاول التقدم نحو مواقع «قسد».")
    struck = {f["object"] for f in facts if f["type"] == "CLASH" and f["subject"] == "التحالف الدولي"
              and f["rule"] == "clash.yaml#qasf"}
    assert struck == {"قوات النظام"}, triples(facts)


def test_taking_part_with_the_preposition_glued_to_the_fight_noun(facts_of):
    facts = facts_of("وتقدم الجيش السوري نحو سراقب وسط معارك مع «هيئة تحرير الشام». ولم يشارك «فيلق الشام» "
                     "بالمعارك ضد الجيش السوري.")
    assert ("CLASH", "فيلق الشام", "الجيش السوري", True) in triples(facts), triples(facts)
