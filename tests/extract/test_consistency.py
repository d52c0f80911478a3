"""The name-change family checked against the KB's dated successions."""

import pytest

from fasail.extract.consistency import kb_check
from fasail.extract.explain import explain
from fasail.kb.base import default_kb


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def ids(kb, *names):
    return [next(e.id for e in kb.find(n) if e.type == "GROUP") for n in names]


def test_a_rename_along_the_kb_chain_is_consistent(kb):
    nusra, hts = ids(kb, "جبهة النصرة", "هيئة تحرير الشام")
    assert kb_check("RENAME", nusra, hts, kb)["status"] == "consistent"


def test_a_reversed_or_unknown_rename_is_a_conflict(kb):
    nusra, hts, ahrar = ids(kb, "جبهة النصرة", "هيئة تحرير الشام", "حركة أحرار الشام")
    reversed_ = kb_check("RENAME", hts, nusra, kb)
    assert reversed_["status"] == "conflict" and "opposite" in reversed_["note"]
    assert kb_check("RENAME", nusra, ahrar, kb)["status"] == "conflict"


def test_facts_the_kb_is_silent_on_are_not_judged(kb):
    ahrar, zenki = ids(kb, "حركة أحرار الشام", "حركة نور الدين الزنكي")
    assert kb_check("MERGER", ahrar, zenki, kb) is None
    assert kb_check("CLASH", ahrar, zenki, kb) is None
    assert kb_check("RENAME", ahrar, None, kb) is None


def test_the_check_is_extracted_and_explained(facts_of, kb):
    from fasail.extract.consistency import check_facts
    from fasail.recognize.recognizer import Recognizer

    text = "وأعلنت «جبهة فتح الشام» حل نفسها والاندماج في «هيئة تحرير الشام» المعروفة بـ«النصرة سابقاً»."
    found = Recognizer(kb)(text)
    facts = facts_of(text)
    check_facts(facts, found.entities, kb)
    checked = [f for f in facts if "kb_check" in f]
    assert checked and all(f["kb_check"]["status"] == "consistent" for f in checked)
    assert "KB consistent:" in explain(checked[0], text)
