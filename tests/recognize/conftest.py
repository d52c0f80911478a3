import pytest

from fasail.kb.base import default_kb
from fasail.recognize.recognizer import Recognizer


@pytest.fixture(scope="session")
def recognize():
    """Recognise a text with the shipped KB; returns {name: entity record}."""
    recognizer = Recognizer(default_kb())

    def run(text: str) -> dict[str, dict]:
        return {e["name"]: e for e in recognizer(text).entities}

    return run
