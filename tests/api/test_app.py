"""The REST API over a MemoryBackend: shapes, errors, pagination, review, token and read-only."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import HOSTILE_DOC, PAYLOAD_IMG, PAYLOAD_SCRIPT
from typer.testing import CliRunner

from fasail.api.app import create_app
from fasail.api.memory import MemoryBackend
from fasail.api.serve import check_binding, is_loopback, open_backend
from fasail.cli import app as cli
from fasail.errors import UsageError


@pytest.fixture
def client(backend: MemoryBackend) -> TestClient:
    return TestClient(create_app(backend))


def test_entities_are_paginated_with_total(client: TestClient):
    page = client.get("/api/entities", params={"limit": 3, "type": "GROUP"}).json()
    assert len(page["items"]) == 3 and page["total"] > 3
    assert {e["type"] for e in page["items"]} == {"GROUP"}
    rest = client.get("/api/entities", params={"offset": page["total"] - 1, "type": "GROUP"}).json()
    assert len(rest["items"]) == 1


def test_profile_lists_relations_and_neighbours(client: TestClient):
    profile = client.get("/api/entities/hayat-tahrir-al-sham/profile").json()
    assert profile["entity"]["name_en"] == "Hay'at Tahrir al-Sham"
    neighbours = {n["entity_id"] for n in profile["neighbours"]}
    for edge in profile["edges"]:
        assert "hayat-tahrir-al-sham" in (edge["subject_id"], edge["object_id"])
        assert {edge["subject_id"], edge["object_id"]} - {"hayat-tahrir-al-sham", None} <= neighbours
    assert sum(profile["fact_counts"].values()) >= len(profile["edges"])


def test_fact_carries_evidence_offsets_into_its_article(client: TestClient):
    facts = client.get("/api/facts", params={"type": "ALLEGIANCE", "limit": 100}).json()["items"]
    fact = next(f for f in facts if f["article_date"])  # an example article (seeds carry no date)
    assert client.get(f"/api/facts/{fact['fact_id']}").json() == fact
    article = client.get(f"/api/articles/{fact['article_id']}").json()
    text = article["text"]
    assert text[fact["evidence_start"]:fact["evidence_end"]] == fact["evidence"]
    trigger = fact["trigger"]
    assert text[trigger["start"]:trigger["end"]] == trigger["text"]
    assert fact["outlet"] and fact["article_date"] and fact["url"].startswith("https://")


def test_graph_as_of_changes_with_the_date(client: TestClient):
    early = client.get("/api/graph", params={"as_of": "2016-06-01"}).json()
    late = client.get("/api/graph", params={"as_of": "2019-12-31"}).json()
    assert early["as_of"] == "2016-06-01"
    assert 0 < len(early["edges"]) < len(late["edges"])
    meta = client.get("/api/meta").json()
    assert meta["first_date"] <= "2016-06-01" < meta["last_date"] and meta["read_only"] is False


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/api/entities/no-such-group", 404, "unknown entity: 'no-such-group'"),
    ("/api/entities/no-such-group/profile", 404, "unknown entity"),
    ("/api/facts/nope", 404, "unknown fact"),
    ("/api/articles/nope", 404, "unknown article"),
    ("/api/entities/hayat-tahrir-al-sham/timeline?other=nope", 404, "unknown entity: 'nope'"),
    ("/api/graph?as_of=2017-13-40", 422, "as_of"),
    ("/api/graph?as_of=yesterday", 422, "as_of"),
    ("/api/entities?limit=0", 422, "limit"),
    ("/api/entities?offset=-1", 422, "offset"),
    ("/api/search", 422, "q"),
    ("/api/no-such-endpoint", 404, "Not Found"),
])
def test_errors_are_json_with_a_clear_message(client: TestClient, url: str, status: int, words: str):
    response = client.get(url)
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_search_finds_entities_and_evidence(client: TestClient):
    hits = client.get("/api/search", params={"q": "الزنكي", "limit": 500}).json()
    kinds = {h["kind"] for h in hits["items"]}
    assert kinds == {"entity", "fact"} and hits["total"] == len(hits["items"])
    page = client.get("/api/search", params={"q": "الزنكي", "limit": 5}).json()
    assert len(page["items"]) == 5 and page["total"] == hits["total"]


def test_places_and_governorates_have_coordinates(client: TestClient):
    places = client.get("/api/places").json()
    counted = [p["entity"] for p in places if p["fact_count"]]
    assert all(isinstance(e["lat"], float) and isinstance(e["lon"], float) for e in counted)
    assert any(32 < e["lat"] < 37.5 and 35.5 < e["lon"] < 42.5 for e in counted)
    governorates = client.get("/api/governorates").json()
    assert len(governorates) == 14 and {g["pcode"] for g in governorates} >= {"SY01", "SY07"}


def test_review_reject_hides_the_fact_from_the_graph(client: TestClient, backend: MemoryBackend):
    edge = client.get("/api/graph").json()["edges"][0]
    fact_id = edge["fact_ids"][0]
    response = client.post(f"/api/facts/{fact_id}/review", json={"action": "reject", "who": "lina"})
    assert response.status_code == 200 and response.json()["status"] == "rejected"
    assert all(fact_id not in e["fact_ids"] for e in client.get("/api/graph").json()["edges"])
    assert backend.log[-1]["who"] == "lina"


def test_review_edit_validates_its_changes(client: TestClient):
    fact_id = client.get("/api/facts", params={"limit": 1}).json()["items"][0]["fact_id"]
    url = f"/api/facts/{fact_id}/review"
    ok = client.post(url, json={"action": "edit", "who": "lina", "changes": {"count": 40, "time": "2016-05"}})
    assert ok.status_code == 200 and (ok.json()["count"], ok.json()["time"]) == (40, "2016-05")
    assert client.post(url, json={"action": "edit", "who": "lina", "changes": {"time": "May"}}).status_code == 422
    assert client.post(url, json={"action": "edit", "who": "l", "changes": {"evidence": "x"}}).status_code == 422
    assert client.post(url, json={"action": "delete", "who": "lina"}).status_code == 422
    assert client.post(url, json={"action": "accept", "who": ""}).status_code == 422
    missing = client.post(url, json={"action": "edit", "who": "l", "changes": {"object_id": "nope"}})
    assert missing.status_code == 404


def test_merge_and_alias(client: TestClient):
    merged = client.post("/api/entities/hayat-tahrir-al-sham/merge",
                         json={"merge_id": "jabhat-al-nusra", "who": "lina"})
    assert merged.status_code == 200 and "جبهة النصرة" in merged.json()["aliases"]
    assert client.get("/api/entities/jabhat-al-nusra").status_code == 404
    assert client.post("/api/entities/hayat-tahrir-al-sham/merge",
                       json={"merge_id": "hayat-tahrir-al-sham", "who": "lina"}).status_code == 422
    alias = client.post("/api/entities/hayat-tahrir-al-sham/aliases", json={"alias": "الهيئة", "who": "lina"})
    assert alias.status_code == 200
    assert client.post("/api/entities/nope/aliases", json={"alias": "x", "who": "l"}).status_code == 404


def test_read_only_refuses_writes(backend: MemoryBackend):
    client = TestClient(create_app(backend, read_only=True))
    fact_id = client.get("/api/facts", params={"limit": 1}).json()["items"][0]["fact_id"]
    for url, body in [(f"/api/facts/{fact_id}/review", {"action": "reject", "who": "l"}),
                      ("/api/entities/hayat-tahrir-al-sham/merge", {"merge_id": "jabhat-al-nusra", "who": "l"}),
                      ("/api/entities/hayat-tahrir-al-sham/aliases", {"alias": "x", "who": "l"})]:
        response = client.post(url, json=body)
        assert response.status_code == 403 and "read-only" in response.json()["detail"]
    assert backend.fact(fact_id).status == "auto" and not backend.log
    assert client.get("/api/meta").json()["read_only"] is True


def test_token_is_checked_on_every_request(backend: MemoryBackend):
    client = TestClient(create_app(backend, token="s3cret"))
    for url in ("/", "/api/entities", "/openapi.json", "/static/app.js"):
        assert client.get(url).status_code == 401
    assert client.get("/api/entities", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/entities", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.get("/?token=wrong").status_code == 401
    # ?token= once: redirected to the same page without it, and the cookie carries on
    once = client.get("/?token=s3cret", follow_redirects=False)
    assert once.status_code == 303 and once.headers["location"] == "/"
    assert "httponly" in once.headers["set-cookie"].lower() and "samesite=strict" in once.headers["set-cookie"].lower()
    assert client.get("/api/entities").status_code == 200


def test_allowed_hosts_reject_other_host_headers(backend: MemoryBackend):
    client = TestClient(create_app(backend, allowed_hosts=["127.0.0.1"]), base_url="http://127.0.0.1:8000")
    assert client.get("/api/meta").status_code == 200
    assert client.get("/api/meta", headers={"Host": "evil.example"}).status_code == 400


def test_security_headers_and_no_cdn(client: TestClient):
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 404  # the Swagger UI would load from a CDN
    for asset in ("/static/app.js", "/static/app.css", "/static/vendor/cytoscape.min.js",
                  "/static/vendor/topojson-client.min.js", "/static/vendor/syria.topo.json"):
        body = client.get(asset)
        assert body.status_code == 200, asset
        assert "cdn." not in body.text and "unpkg" not in body.text
    for src in ("/static/app.js", "/static/vendor/cytoscape.min.js"):
        assert src in page.text
    assert "http" not in page.text.replace("http://www.w3.org", "")


def test_static_files_cannot_escape_the_package(client: TestClient):
    for url in ("/static/../api/app.py", "/static/%2e%2e/%2e%2e/api/app.py", "/static/..%2f..%2fcli.py"):
        assert client.get(url).status_code == 404


def test_hostile_article_is_returned_as_data(client: TestClient):
    facts = client.get("/api/search", params={"q": "onerror"}).json()["items"]
    assert facts, "the hostile article's fact was not extracted"
    fact = client.get(f"/api/facts/{facts[0]['id']}").json()
    assert fact["doc"] == HOSTILE_DOC and PAYLOAD_IMG in fact["evidence"]
    assert PAYLOAD_SCRIPT in client.get(f"/api/articles/{fact['article_id']}").json()["text"]


def test_openapi_schema_is_published(client: TestClient):
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/entities", "/api/graph", "/api/facts/{fact_id}/review", "/api/contradictions"):
        assert path in paths
    assert "404" in paths["/api/entities/{entity_id}"]["get"]["responses"]


def test_binding_beyond_loopback_needs_a_token():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    check_binding("127.0.0.1", None)
    check_binding("0.0.0.0", "t")
    with pytest.raises(UsageError, match="token"):
        check_binding("0.0.0.0", None)


def test_serve_refuses_without_token_and_reports_the_missing_store(extract_file, monkeypatch):
    monkeypatch.delenv("FASAIL_TOKEN", raising=False)
    runner = CliRunner()
    open_host = runner.invoke(cli, ["serve", "--from", str(extract_file), "--host", "0.0.0.0"])
    assert open_host.exit_code == 2 and "without a token" in open_host.output
    store = runner.invoke(cli, ["serve", "--db", str(extract_file.parent / "missing" / "x.db")])
    assert store.exit_code != 0 and "x.db" in store.output
    both = runner.invoke(cli, ["serve"])
    assert both.exit_code == 2 and "exactly one of --db" in both.output
    assert isinstance(open_backend(None, extract_file), MemoryBackend)
