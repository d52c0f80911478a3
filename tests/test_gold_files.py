"""The project's own gold files are well formed: every fact points at entities of its
document, every evidence is a verbatim passage of its article, dates agree with the manifest."""

import csv
import json

import pytest
from tests.conftest import EXAMPLES

GOLD_SETS = [EXAMPLES, *(EXAMPLES / name for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                                                       "heldout6", "heldout7", "heldout8", "blind2", "blind3"))]


def _documents(folder):
    with open(folder / "gold.jsonl", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("folder", GOLD_SETS, ids=lambda f: f.name)
def test_facts_point_at_entities_and_quote_their_article(folder):
    with open(folder / "manifest.csv", encoding="utf-8") as rows:
        manifest = {row["file"]: row for row in csv.DictReader(rows)}
    problems = []
    for doc in _documents(folder):
        text = (folder / "articles" / doc["doc"]).read_text(encoding="utf-8")
        names = {e["name"]: e["type"] for e in doc["entities"]}
        if manifest[doc["doc"]]["date"] != doc["date"]:
            problems.append(f"{doc['doc']}: date {doc['date']} is not the manifest's")
        for fact in doc["facts"]:
            where = f"{doc['doc']}: {fact['type']} {fact['subject']} -> {fact['object']}"
            if fact["evidence"] not in text:
                problems.append(f"{where}: evidence is not in the article")
            for role in ("subject", "object", "place", "source"):
                if fact.get(role) and fact[role] not in names:
                    problems.append(f"{where}: {role} {fact[role]} is no entity of the document")
            if fact.get("place") and names.get(fact["place"]) != "PLACE":
                problems.append(f"{where}: place {fact['place']} is no PLACE")
    assert not problems, "\n".join(problems)
