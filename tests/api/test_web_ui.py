"""The web UI driven in headless Chromium against a live server over the examples.

Needs Debian's chromium at /usr/bin/chromium (Playwright's own browser download is not used).
Under CI=true a missing browser fails the run; elsewhere these tests skip with a message.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright
from tests.api.conftest import HOSTILE_DOC, PAYLOAD_IMG, PAYLOAD_SCRIPT
from tests.conftest import ROOT

from fasail.api.app import create_app
from fasail.api.memory import MemoryBackend

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = ROOT / "out" / "screenshots"


@contextmanager
def serving(backend: MemoryBackend, **options: Any) -> Iterator[str]:
    """A uvicorn server for `create_app(backend, **options)` in a thread on a free loopback port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(backend, **options), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def live(extracted: list[dict]) -> Iterator[tuple[str, MemoryBackend]]:
    """The server the tests share, and the backend behind it (the review tests write to it)."""
    backend = MemoryBackend.from_extract(extracted)
    with serving(backend) as url:
        yield url, backend


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run under CI: {message}")
        pytest.skip(f"browser tests skipped: {message}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, live: tuple[str, MemoryBackend]) -> Iterator[Page]:
    # bypass_csp lets Playwright evaluate its waits, and makes the XSS test prove the UI's own
    # escaping: the server's Content-Security-Policy would otherwise hide a slip.
    context = browser.new_context(viewport={"width": 1366, "height": 768}, base_url=live[0], bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def open_view(page: Page, hash_route: str) -> None:
    page.goto("/" + hash_route)
    page.wait_for_selector("#view[data-ready]", timeout=15000)


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def edge_count(page: Page) -> int:
    return int(page.get_attribute("#edge-count", "data-edges"))


def set_slider(page: Page, iso_date: str) -> None:
    """Drag the as-of slider to a day, as its input event would report it."""
    page.eval_on_selector("#as-of", """(slider, iso) => {
        slider.value = Math.floor(Date.parse(iso) / 86400000);
        slider.dispatchEvent(new Event("input", { bubbles: true }));
    }""", iso_date)
    page.wait_for_function("iso => document.getElementById('as-of-label').textContent === iso", arg=iso_date)


def click_element(page: Page, script: str) -> None:
    """Click with the mouse where a cytoscape element is drawn (`script` returns its rendered point)."""
    x, y = page.evaluate(f"""() => {{
        const box = window.fasail.cy.container().getBoundingClientRect();
        const p = ({script})(window.fasail.cy);
        return [box.left + p.x, box.top + p.y];
    }}""")
    page.mouse.click(x, y)


def test_date_slider_changes_the_network(page: Page, live: tuple[str, MemoryBackend]):
    open_view(page, "#/network")
    latest = edge_count(page)
    assert latest > 0 and page.evaluate("window.fasail.cy.edges().length") == latest
    set_slider(page, "2016-06-01")
    page.wait_for_function(f"Number(document.getElementById('edge-count').dataset.edges) < {latest}")
    shown = edge_count(page)
    expected = [e for e in live[1].snapshot("2016-06-01").edges if e.object_id]
    assert 0 < shown == len(expected) < latest
    shot(page, "network-2016-06-01")
    page.focus("#as-of")
    page.keyboard.press("End")
    page.wait_for_function(f"Number(document.getElementById('edge-count').dataset.edges) === {latest}")
    shot(page, "network")
    page.check("#actors-only")
    page.wait_for_function(f"Number(document.getElementById('edge-count').dataset.edges) < {latest}")
    kinds = page.evaluate("[...new Set(window.fasail.cy.nodes().map(n => n.data('type')))]")
    assert set(kinds) <= {"GROUP", "STATE"}


def test_clicking_a_node_opens_its_profile(page: Page, live: tuple[str, MemoryBackend]):
    open_view(page, "#/network")
    click_element(page, "cy => cy.getElementById('hayat-tahrir-al-sham').renderedPosition()")
    page.wait_for_url("**/#/entity/*")
    page.wait_for_selector("#view[data-view=entity][data-ready]")
    entity_id = page.evaluate("decodeURIComponent(location.hash.split('/')[2])")
    assert page.text_content(".profile h2").startswith(live[1].entity(entity_id).name)
    assert page.locator(".relations tbody tr").count() == len(live[1].profile(entity_id).edges)
    page.locator(".show-evidence").first.click()
    page.wait_for_selector("#profile-evidence .evidence")
    shot(page, "profile")


def test_clicking_an_edge_lists_its_marked_evidence_and_reject_removes_it(
    page: Page, live: tuple[str, MemoryBackend]
):
    backend = live[1]
    open_view(page, "#/network")
    # the single-fact edge whose midpoint lies farthest from every node and every other edge's
    # midpoint, so the click lands on it and nothing else
    edge_id = page.evaluate("""() => {
        const cy = window.fasail.cy, dist = (p, q) => Math.hypot(p.x - q.x, p.y - q.y);
        const nodes = cy.nodes().map(n => n.renderedPosition());
        const mids = cy.edges().map(e => [e.id(), e.renderedMidpoint()]);
        const clearance = e => Math.min(...nodes.map(p => dist(p, e.renderedMidpoint())),
            ...mids.filter(([id]) => id !== e.id()).map(([, p]) => dist(p, e.renderedMidpoint())));
        return cy.edges().filter(e => !e.data('negated') && e.data('factIds').length === 1)
            .sort((a, b) => clearance(b) - clearance(a))[0].id(); }""")
    click_element(page, f"cy => cy.getElementById({edge_id!r}).renderedMidpoint()")
    item = page.wait_for_selector("#panel .evidence")
    fact = backend.fact(item.get_attribute("data-fact-id"))
    assert page.evaluate(f"window.fasail.cy.getElementById({edge_id!r}).data('factIds')") == [fact.fact_id]
    sentence = page.locator("#panel .sentence").first
    assert sentence.get_attribute("dir") == "rtl" and sentence.text_content() == fact.evidence
    if fact.trigger:
        assert page.text_content("#panel mark.arg-trigger") == fact.trigger["text"]
    assert page.locator("#panel mark.arg-role").count() >= 1
    if fact.outlet:  # the seed articles carry no outlet
        assert fact.outlet in page.text_content("#panel .evidence .meta")
    assert page.get_attribute("#panel .article-link", "href").startswith(f"#/article/{fact.article_id}")
    shot(page, "edge-evidence")

    before = edge_count(page)
    page.click("#panel .evidence .reject")
    page.wait_for_selector(f"[data-fact-id='{fact.fact_id}']", state="detached")
    page.wait_for_function(f"Number(document.getElementById('edge-count').dataset.edges) === {before - 1}")
    assert backend.fact(fact.fact_id).status == "rejected"
    assert page.evaluate(f"window.fasail.cy.getElementById({edge_id!r}).length") == 0
    assert backend.log[-1]["action"] == "reject"


def test_hostile_article_text_never_runs(page: Page, live: tuple[str, MemoryBackend]):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    backend = live[1]
    (fact,) = [f for f in backend.facts(limit=500).items if f.doc == HOSTILE_DOC]
    edge = f"CLASH|{min(fact.subject_id, fact.object_id)}|{max(fact.subject_id, fact.object_id)}|false"

    open_view(page, "#/network")
    page.evaluate(f"window.fasail.cy.getElementById({edge!r}).emit('tap')")
    page.wait_for_selector(f"#panel [data-fact-id='{fact.fact_id}']")
    assert PAYLOAD_IMG in page.text_content("#panel")
    article = f"#/article/{fact.article_id}?fact={fact.fact_id}"
    views = {f"#/fact/{fact.fact_id}": PAYLOAD_IMG, article: PAYLOAD_SCRIPT, "#/search?q=onerror": PAYLOAD_IMG,
             f"#/timeline/{fact.subject_id}": PAYLOAD_IMG}
    for route, payload in views.items():
        open_view(page, route)
        page.mouse.move(400, 300)
        page.wait_for_timeout(200)
        assert payload in page.text_content("#view"), route
        assert page.locator("#view img, #view script, [onerror], [onmouseover]").count() == 0, route
        assert page.locator("a[href^='javascript']").count() == 0, route
    shot(page, "hostile-timeline")
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []


def test_article_view_marks_the_evidence(page: Page, live: tuple[str, MemoryBackend]):
    fact = next(f for f in live[1].facts(type="ALLEGIANCE", limit=100).items if f.url)  # an example article
    open_view(page, f"#/article/{fact.article_id}?fact={fact.fact_id}")
    assert page.text_content("#evidence") == fact.evidence
    assert page.get_attribute(".article-text", "dir") == "rtl"
    assert page.locator(".article a[href^='https://']").count() == 1


def test_map_draws_syria_governorates_and_places_and_english_names(page: Page):
    open_view(page, "#/map")
    assert page.locator("#map path.syria").count() == 1
    assert page.locator("#map .governorate").count() == 14
    assert page.locator("#map circle.place").count() > 3
    assert "إدلب" in page.text_content("#map")
    shot(page, "map")
    page.check("#english")
    page.wait_for_selector("#view[data-view=map][data-ready]")
    assert "Idlib" in page.text_content("#map")
    page.locator("#map circle.place").last.click()  # drawn last, so on top
    page.wait_for_selector("#view[data-view=entity][data-ready]")


def test_search_timeline_and_contradictions_pages(page: Page, live: tuple[str, MemoryBackend]):
    page.goto("/#/network")
    page.fill("#search-input", "الزنكي")
    page.press("#search-input", "Enter")
    page.wait_for_selector("#view[data-view=search][data-ready]")
    assert page.locator(".hit-entity a").count() >= 1 and page.locator(".hit-fact").count() >= 1
    page.locator(".hit-entity a").first.click()
    page.wait_for_selector("#view[data-view=entity][data-ready]")
    page.click("text=الخط الزمني")
    page.wait_for_selector("#view[data-view=timeline][data-ready]")
    dates = page.eval_on_selector_all(".year h3", "hs => hs.map(h => h.textContent)")
    assert dates == sorted(dates) and dates
    page.click("nav a[data-view=contradictions]")
    page.wait_for_selector("#view[data-view=contradictions][data-ready]")
    assert page.locator(".contradiction").count() == len(live[1].contradictions()) > 0
    shot(page, "contradictions")


def test_read_only_server_shows_no_review_buttons(browser: Browser, extracted: list[dict]):
    with serving(MemoryBackend.from_extract(extracted), read_only=True) as url:
        context = browser.new_context(base_url=url)
        page = context.new_page()
        open_view(page, "#/timeline/hayat-tahrir-al-sham")
        assert page.locator(".evidence").count() > 3
        assert page.locator(".evidence button").count() == 0
        context.close()


def test_token_server_lets_the_ui_in_once_given_the_token(browser: Browser, extracted: list[dict]):
    with serving(MemoryBackend.from_extract(extracted), token="s3cret") as url:
        context = browser.new_context(base_url=url)
        page = context.new_page()
        assert page.goto("/").status == 401
        page.goto("/?token=s3cret#/map")
        page.wait_for_selector("#view[data-ready]")
        assert "token" not in page.url and page.locator("#map .governorate").count() == 14
        assert [c["httpOnly"] for c in context.cookies() if c["name"] == "fasail_token"] == [True]
        context.close()
