"""Fuzz every endpoint from the API's own OpenAPI schema: no input may cause a server error."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from fasail.api.app import create_app
from fasail.api.memory import MemoryBackend

# A small hand-made graph keeps generation fast; the writes fuzz it freely.
ROWS = [{
    "doc": "fuzz.txt", "id": "f1", "date": "2018-03-03", "text": "xy اشتباك",
    "entities": [{"name": "أ", "type": "GROUP", "kb_id": "a", "mentions": [{}]},
                 {"name": "ب", "type": "GROUP", "mentions": [{}]},
                 {"name": "إدلب", "type": "PLACE", "kb_id": "SY07", "lat": 35.7, "lon": 36.6, "mentions": [{}]}],
    "facts": [{"type": "CLASH", "subject_entity": 0, "object_entity": 1, "evidence": "x", "evidence_start": 0,
               "evidence_end": 1, "negated": False, "time": "2018-03"},
              {"type": "CLASH", "subject_entity": 1, "object_entity": 0, "evidence": "y", "evidence_start": 1,
               "evidence_end": 2, "negated": True, "place": "إدلب"}],
}]

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(MemoryBackend.from_extract(ROWS)))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
