"""Fact extraction: frames, lexicons and the "facts" stage.

The package is callable, ``fasail.extract(text, date=None)``: a subpackage named ``extract``
would otherwise replace that API function on ``fasail`` as soon as it is imported.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, text: str, date: dt.date | str | None = None) -> dict[str, Any]:
        """Entities and facts of one article given as text (the ``fasail extract`` object).

        ``date`` (publication date) anchors relative times when the text gives none."""
        from fasail.run import extract_text

        return extract_text(text, dt.date.fromisoformat(date) if isinstance(date, str) else date)


sys.modules[__name__].__class__ = _CallablePackage
