"""The knowledge base loader: shipped data is valid; each kind of mistake is reported with file:line."""

from pathlib import Path

import pytest

from fasail.errors import DataFileError
from fasail.kb.base import KnowledgeBase, default_kb
from fasail.kb.loader import load_kb_entities

HEADER = "schema: fasail.{kind}/1\npurpose: test data\nsources: invented\nlicence: Apache-2.0\nentries:\n"
PLACES = (
    "# schema: fasail.places/1\n"
    "id\tlevel\tname_ar\tname_en\taliases_ar\tadmin1\tadmin2\tadmin3\tadmin1_ar\tadmin2_ar\tlat\tlon\n"
    "SY07\tgovernorate\tإدلب\tIdleb\tمحافظة إدلب\tSY07\t\t\tإدلب\t\t35.8\t36.6\n"
)
GOOD_GROUPS = """  - id: liwa-al-sindiyan
    name: لواء السنديان
    name_en: Oak Brigade
    kind: armed_group
    aliases: [السنديان]
    valid_from: "2015-03"
    renamed_to: firqat-al-sindiyan
    source: invented for tests
  - id: firqat-al-sindiyan
    name: فرقة السنديان
    name_en: Oak Division
    aliases: [فرقة البلوط]
    valid_from: "2018-01"
    source: invented for tests
"""


def write_kb(folder: Path, groups: str = GOOD_GROUPS, persons: str = "", places: str = PLACES) -> Path:
    """A minimal knowledge base of invented entries (not the shipped one)."""
    folder.mkdir(exist_ok=True)
    (folder / "groups.yaml").write_text(HEADER.format(kind="groups") + groups, "utf-8")
    (folder / "states.yaml").write_text(HEADER.format(kind="states"), "utf-8")
    (folder / "outlets.yaml").write_text(HEADER.format(kind="outlets"), "utf-8")
    (folder / "persons.yaml").write_text(HEADER.format(kind="persons") + persons, "utf-8")
    (folder / "regions.yaml").write_text(HEADER.format(kind="regions"), "utf-8")
    (folder / "places.tsv").write_text(places, "utf-8")
    return folder


def problems(folder: Path) -> str:
    with pytest.raises(DataFileError) as caught:
        load_kb_entities(folder)
    return str(caught.value)


def test_shipped_knowledge_base_is_valid_and_large_enough():
    kb = default_kb()
    counts = {t: sum(e.type == t for e in kb.actors.values()) for t in ("GROUP", "STATE", "OUTLET", "PERSON")}
    assert counts["GROUP"] >= 150 and counts["OUTLET"] >= 40 and counts["PERSON"] >= 80
    assert len(kb.places) > 5000


def test_shipped_successions_keep_renames_mergers_and_splinters_apart():
    kb = default_kb()
    nusra = kb.get("jabhat-al-nusra")
    assert nusra.renamed_to == "jabhat-fath-al-sham"
    assert kb.get("jabhat-fath-al-sham").merged_into == "hayat-tahrir-al-sham"
    assert kb.get("liwa-al-aqsa").splinter_of == "jund-al-aqsa"
    assert kb.get("ansar-al-tawhid").splinter_of == "jund-al-aqsa"
    chain = [(relation, entity.id) for relation, entity, _ in kb.successors("jabhat-al-nusra")]
    assert chain == [("renamed_to", "jabhat-fath-al-sham"), ("merged_into", "hayat-tahrir-al-sham")]


def test_a_valid_fixture_loads(tmp_path):
    actors, places = load_kb_entities(write_kb(tmp_path / "kb"))
    kb = KnowledgeBase(actors, places)
    assert [e.id for e in kb.find("السنديان")] == ["liwa-al-sindiyan"]
    assert kb.find("ادلب")[0].id == "SY07"


def test_duplicate_id_names_both_lines(tmp_path):
    groups = GOOD_GROUPS + GOOD_GROUPS.split("  - id: firqat")[0]
    message = problems(write_kb(tmp_path / "kb", groups=groups))
    assert "groups.yaml:20: duplicate id 'liwa-al-sindiyan' (first at groups.yaml:6)" in message


def test_alias_clash_between_two_entities(tmp_path):
    groups = GOOD_GROUPS.replace("aliases: [فرقة البلوط]", "aliases: [السنديان]")
    assert "name 'سنديان' already names liwa-al-sindiyan" in problems(write_kb(tmp_path / "kb", groups=groups))


def test_unknown_reference(tmp_path):
    groups = GOOD_GROUPS.replace("renamed_to: firqat-al-sindiyan", "renamed_to: nowhere")
    assert "refers to unknown id 'nowhere'" in problems(write_kb(tmp_path / "kb", groups=groups))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("aliases: [السنديان]", "aliases: [الهيئة]"), "is a generic word"),
        (("valid_from: \"2018-01\"", "valid_from: \"2018-01\"\n    valid_to: \"2017\""), "is before valid_from"),
        (("valid_from: \"2015-03\"", "valid_from: \"March 2015\""), "is not YYYY"),
        (("kind: armed_group", "kind: militia"), "unknown kind 'militia'"),
        (("id: liwa-al-sindiyan", "id: Liwa Sindiyan"), "not an ASCII slug"),
        (("aliases: [السنديان]", "aliases: [لواء السنديان الذي ينشط في ريف حماة الشمالي منذ سنوات]"), "too long to be a name"),
    ],
)
def test_field_mistakes_are_reported(tmp_path, change, expected):
    groups = GOOD_GROUPS.replace(*change)
    assert expected in problems(write_kb(tmp_path / "kb", groups=groups))


def test_person_role_in_unknown_group_and_bad_role(tmp_path):
    persons = """  - id: abu-test
    name: أبو تجربة الحموي
    name_en: Abu Test
    aliases: []
    roles:
      - {group: nowhere, role: leader}
      - {group: liwa-al-sindiyan, role: king}
    source: invented
"""
    message = problems(write_kb(tmp_path / "kb", persons=persons))
    assert "persons.yaml:6: abu-test refers to unknown id 'nowhere'" in message
    assert "unknown role 'king'" in message


def test_gazetteer_row_with_missing_columns(tmp_path):
    places = PLACES + "C1\tcommunity\tقرية\n"
    assert "places.tsv:4: 3 columns, expected 12" in problems(write_kb(tmp_path / "kb", places=places))


def test_all_problems_are_reported_together(tmp_path):
    groups = GOOD_GROUPS.replace("renamed_to: firqat-al-sindiyan", "renamed_to: nowhere").replace(
        "kind: armed_group", "kind: militia")
    message = problems(write_kb(tmp_path / "kb", groups=groups))
    assert "2 problem(s)" in message
