"""The comparison key of a name, as the ONTOLOGY defines name equality.

Diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, ؤ/ئ, quotes and brackets are folded and a
leading article (ال, also after و/ف/ب/ك, and لل) is dropped from each word. Used to compare
names in evaluation and to detect alias clashes in the knowledge base.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_BRACKETS = re.compile("[\"'\u00ab\u00bb\u201c\u201d\u2018\u2019\u201e\u2039\u203a()\\[\\]]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                          "ؤ": "و", "ئ": "ي"})
_ARTICLE = re.compile("^(?:[وف]?(?:[بك]?ال|لل))")


def name_key(name: Any) -> str:
    """The comparison key of a name: normalised letters, no quotes, no leading article."""
    if not name:
        return ""
    return _key_of(str(name))


@lru_cache(maxsize=1 << 16)
def _key_of(name: str) -> str:
    """``name_key`` of a string, cached: recognition asks for the keys of the same few
    names many times per article."""
    text = unicodedata.normalize("NFKC", name)
    text = _BRACKETS.sub(" ", _MARKS.sub("", text)).translate(_LETTERS).lower()
    words = []
    for word in text.split():
        bare = _ARTICLE.sub("", word) if len(word) > 3 else word
        words.append(bare if len(bare) >= 2 else word)
    return " ".join(words)
