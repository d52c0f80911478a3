"""The disk cache of objects built from data files (fasail.cache)."""

from __future__ import annotations

import pickle

from fasail.cache import ENV_VAR, load_or_build
from fasail.kb.base import KnowledgeBase, kb_data_files
from fasail.kb.loader import load_kb_entities


def counting_build(calls: list[int], value: object):
    def build():
        calls.append(1)
        return value
    return build


def test_a_built_object_is_read_back_while_its_inputs_stay_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    data = tmp_path / "names.yaml"
    data.write_text("- id: a\n", "utf-8")
    calls: list[int] = []
    first = load_or_build("thing", [data], counting_build(calls, {"names": ["a"]}))
    second = load_or_build("thing", [data], counting_build(calls, {"names": ["other"]}))
    assert first == second == {"names": ["a"]} and len(calls) == 1
    data.write_text("- id: b\n", "utf-8")  # an analyst's edit of the data file
    third = load_or_build("thing", [data], counting_build(calls, {"names": ["b"]}))
    assert third == {"names": ["b"]} and len(calls) == 2
    assert len(list((tmp_path / "cache").glob("thing.*.pickle"))) == 1  # the old copy is gone


def test_a_damaged_cache_file_is_rebuilt_without_error(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    data = tmp_path / "names.yaml"
    data.write_text("x", "utf-8")
    load_or_build("thing", [data], lambda: [1, 2])
    (cached,) = tmp_path.glob("thing.*.pickle")
    cached.write_bytes(b"\x80\x05 not a pickle")
    assert load_or_build("thing", [data], lambda: [3]) == [3]
    assert pickle.loads(cached.read_bytes()) == [3]


def test_off_or_unwritable_the_cache_only_builds(tmp_path, monkeypatch):
    data = tmp_path / "names.yaml"
    data.write_text("x", "utf-8")
    monkeypatch.setenv(ENV_VAR, "off")
    assert load_or_build("thing", [data], lambda: "built") == "built"
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", "utf-8")
    monkeypatch.setenv(ENV_VAR, str(blocked / "cache"))  # its parent is a file: cannot be made
    assert load_or_build("thing", [data], lambda: "built again") == "built again"
    assert list(tmp_path.glob("**/*.pickle")) == []


def test_the_cached_knowledge_base_and_its_automaton_equal_fresh_ones(tmp_path, monkeypatch):
    from fasail.recognize.gazetteer import _build_automaton

    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    fresh = KnowledgeBase(*load_kb_entities())
    load_or_build("kb", kb_data_files(), lambda: fresh)
    cached = load_or_build("kb", kb_data_files(), lambda: None)
    assert cached is not fresh and cached.actors.keys() == fresh.actors.keys()
    assert [e.id for e in cached.find("جبهة النصرة")] == [e.id for e in fresh.find("جبهة النصرة")]
    load_or_build("kb-names", kb_data_files(), lambda: _build_automaton(fresh))
    automaton = load_or_build("kb-names", kb_data_files(), lambda: None)
    text = "اشتباكات بين هيئة تحرير الشام وجيش العزة في ريف حماة وللجيش الحر مواقع قرب كفرنبل"

    def names(built) -> list[tuple[int, int, list[str]]]:
        return [(end, value[0], [e.entity_id for e in value[2]]) for end, value in built.iter(text)]

    assert len(names(automaton)) >= 4 and names(automaton) == names(_build_automaton(fresh))
