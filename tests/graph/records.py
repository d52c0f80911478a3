"""Hand-built records for graph tests: sentences written for these tests."""

from __future__ import annotations

from fasail.store.records import EntityRecord, FactRecord

ENTITIES = [
    EntityRecord("x-group-1", "كتائب الاختبار", "GROUP", aliases=("كتائب الاختبار",), mention_count=3,
                 first_seen="2015-03-02", last_seen="2016-01-10"),
    EntityRecord("x-group-2", "لواء الاختبار", "GROUP", aliases=("لواء الاختبار", "اللواء"), mention_count=2,
                 first_seen="2016-01-10", last_seen="2016-05-20"),
    EntityRecord("x-group-3", "سرايا الوادي", "GROUP", aliases=("سرايا الوادي",), mention_count=5),
    EntityRecord("x-group-4", "جيش السهل", "GROUP", aliases=("جيش السهل",)),
    EntityRecord("jabhat-fath-al-sham", "جبهة فتح الشام", "GROUP", kb_id="jabhat-fath-al-sham"),
    EntityRecord("x-place-1", "تل الزيتون", "PLACE", lat=35.1, lon=36.2, pcode="C9999"),
]


def fact(fact_id: str, kind: str, subject: str | None, obj: str | None, time: str | None, article: str,
         negated: bool = False, passage: str | None = None, evidence: str = "نص الدليل", **extra) -> FactRecord:
    return FactRecord(
        fact_id=fact_id, type=kind, subject_id=subject, object_id=obj, subject=subject, object=obj,
        negated=negated, hedged=False, time=time, place=extra.pop("place", None),
        place_id=extra.pop("place_id", None), count=extra.pop("count", None), source=extra.pop("source", None),
        evidence=evidence, evidence_start=0, evidence_end=len(evidence), rule="test", article_id=article,
        doc=f"{article}.txt", article_date=extra.pop("article_date", None), passage_key=passage, **extra,
    )


FACTS = [
    fact("f1", "CLASH", "x-group-1", "x-group-3", "2015-03", "a1",
         evidence="اندلعت اشتباكات بين كتائب الاختبار وسرايا الوادي."),
    fact("f2", "RENAME", "x-group-1", "x-group-2", "2016-01", "a2",
         evidence="غيّرت كتائب الاختبار اسمها إلى لواء الاختبار."),
    fact("f3", "ALLIANCE", "x-group-2", "x-group-4", "2016-05", "a3", passage="p1",
         evidence="أعلن لواء الاختبار تحالفه مع جيش السهل."),
    fact("f4", "CLASH", "x-group-3", "x-group-2", "2016-03", "a4",
         evidence="هاجمت سرايا الوادي مواقع لواء الاختبار."),
    fact("f5", "TRUCE", "x-group-3", "x-group-4", "2016-04", "a5",
         evidence="توصلت سرايا الوادي وجيش السهل إلى هدنة."),
    fact("f6", "TRUCE", "x-group-4", "x-group-3", "2016-04", "a6", negated=True,
         evidence="نفى جيش السهل التوصل إلى هدنة مع سرايا الوادي."),
    fact("f7", "ALLIANCE", "x-group-2", "x-group-4", "2016-05", "a7", passage="p1",
         evidence="أعلن لواء الاختبار تحالفه مع جيش السهل."),
    fact("f8", "CLASH", "jabhat-fath-al-sham", "x-group-3", "2016-10", "a8",
         evidence="قاتلت جبهة فتح الشام سرايا الوادي."),
    fact("f9", "CONTROL", "x-group-2", "x-place-1", "2016-02", "a9", count=None,
         evidence="سيطر لواء الاختبار على تل الزيتون."),
    fact("f10", "STRENGTH", "x-group-2", None, "2016-02", "a9", count=300, source="مراسل",
         evidence="يضم اللواء نحو 300 مقاتل."),
]
