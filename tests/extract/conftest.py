import datetime as dt

import pytest

from fasail.extract.facts import FactExtractor
from fasail.kb.base import default_kb
from fasail.recognize.recognizer import Recognizer
from fasail.text.normalize import normalize


@pytest.fixture(scope="session")
def facts_of():
    """Facts of a text as (type, subject, object, negated) tuples plus the full records."""
    recognizer = Recognizer(default_kb())
    extractor = FactExtractor()

    def run(text: str, date: dt.date | None = None, outlet: int | None = None) -> list[dict]:
        found = recognizer(text)
        return extractor(normalize(text), found.mentions, found.entities, date, outlet)

    return run


def triples(facts):
    return {(f["type"], f["subject"], f["object"], f["negated"]) for f in facts}
