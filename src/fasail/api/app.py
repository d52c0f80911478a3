"""The FastAPI application: REST endpoints over a `Backend`, plus the bundled web UI.

Only `fasail serve` and the tests import this module, so FastAPI stays out of `fasail --help`.
Nothing here reads a file named by a request: the UI's files come from the package, and every
response is built from Backend values.
"""

from __future__ import annotations

import datetime as dt
import secrets
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from fasail import __version__
from fasail.api.backend import (
    Article,
    Backend,
    Contradiction,
    Page,
    PlaceCount,
    Profile,
    SearchHit,
    Snapshot,
    UnknownId,
)
from fasail.store.records import EntityRecord, FactRecord

TOKEN_COOKIE = "fasail_token"
WEB_DIR = resources.files("fasail.web")
#: Loose enough for any name or id, tight enough that nothing huge reaches the Backend.
Id = Annotated[str, Path(min_length=1, max_length=200)]
Offset = Annotated[int, Query(ge=0, le=2**31, description="Items to skip.")]
Limit = Annotated[int, Query(ge=1, le=500, description="Items to return at most.")]
Who = Annotated[str, Field(min_length=1, max_length=100, description="The analyst making the change.")]

# Starlette sets no security headers; the CSP forbids inline scripts and any other origin,
# so hostile article text cannot run code even if it slipped past the UI's escaping.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FactChanges(Strict):
    """Fields an "edit" review may change; those left out stay as they are."""

    type: str | None = Field(None, min_length=1, max_length=40)
    subject_id: str | None = Field(None, min_length=1, max_length=200)
    object_id: str | None = Field(None, min_length=1, max_length=200)
    negated: bool | None = None
    hedged: bool | None = None
    time: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    place: str | None = Field(None, max_length=200)
    count: int | None = Field(None, ge=0, le=10**9)
    source: str | None = Field(None, max_length=200)


class FactReview(Strict):
    action: Literal["accept", "reject", "edit"]
    who: Who
    changes: FactChanges | None = None


class MergeRequest(Strict):
    merge_id: str = Field(min_length=1, max_length=200, description="The entity folded into the path's one.")
    who: Who


class AliasRequest(Strict):
    alias: str = Field(min_length=1, max_length=200)
    who: Who


class Meta(BaseModel):
    version: str
    read_only: bool
    first_date: str | None
    last_date: str | None


class Governorate(BaseModel):
    pcode: str
    name: str
    name_en: str | None
    lat: float
    lon: float


class ErrorBody(BaseModel):
    detail: Any


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (401, 403, 404, 422)
}


@lru_cache(maxsize=1)
def governorates() -> list[Governorate]:
    """The 14 governorates' centroids from the KB gazetteer: fixed points for the map."""
    from fasail.kb.loader import load_kb_entities

    _, places = load_kb_entities()
    return [Governorate(pcode=p.id, name=p.name, name_en=p.name_en, lat=p.lat, lon=p.lon)
            for p in places if p.level == "governorate" and p.lat is not None and p.lon is not None]


def create_app(
    backend: Backend,
    *,
    token: str | None = None,
    read_only: bool = False,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The app over `backend`. With `token`, every request must carry it (Bearer header or the
    cookie that `?token=` sets); `allowed_hosts` rejects other Host headers (DNS rebinding)."""
    app = FastAPI(
        title="fasail", version=__version__, docs_url=None, redoc_url=None, responses=ERRORS,
        description="Evidence-linked, time-aware knowledge graph of armed groups from Arabic news.",
    )
    _add_error_handlers(app)
    _add_guards(app, token, allowed_hosts)

    def writable() -> None:
        if read_only:
            raise HTTPException(403, "the server is read-only (started with --read-only)")

    @app.get("/api/meta", tags=["meta"])
    def meta() -> Meta:
        """Server settings and the date range the as-of slider spans."""
        edges = backend.snapshot(None).edges
        firsts = [e.first_time for e in edges if e.first_time]
        lasts = [e.last_time for e in edges if e.last_time]
        return Meta(version=__version__, read_only=read_only,
                    first_date=min(firsts, default=None), last_date=max(lasts, default=None))

    @app.get("/api/entities", tags=["entities"])
    def entities(
        offset: Offset = 0, limit: Limit = 50,
        type: Annotated[str | None, Query(max_length=20, description="GROUP, STATE, PERSON, PLACE…")] = None,
        q: Annotated[str | None, Query(max_length=200, description="Part of a name or alias.")] = None,
    ) -> Page[EntityRecord]:
        return backend.entities(type=type, q=q, offset=offset, limit=limit)

    @app.get("/api/entities/{entity_id}", tags=["entities"])
    def entity(entity_id: Id) -> EntityRecord:
        return backend.entity(entity_id)

    @app.get("/api/entities/{entity_id}/profile", tags=["entities"])
    def profile(entity_id: Id) -> Profile:
        return backend.profile(entity_id)

    @app.get("/api/entities/{entity_id}/timeline", tags=["entities"])
    def timeline(
        entity_id: Id,
        other: Annotated[str | None, Query(max_length=200, description="Only facts with this one.")] = None,
    ) -> list[FactRecord]:
        return backend.timeline(entity_id, other)

    @app.get("/api/facts", tags=["facts"])
    def facts(
        offset: Offset = 0, limit: Limit = 50,
        entity_id: Annotated[str | None, Query(max_length=200)] = None,
        type: Annotated[str | None, Query(max_length=40)] = None,
    ) -> Page[FactRecord]:
        return backend.facts(entity_id=entity_id, type=type, offset=offset, limit=limit)

    @app.get("/api/facts/{fact_id}", tags=["facts"])
    def fact(fact_id: Id) -> FactRecord:
        """One fact with its evidence sentence, trigger and argument offsets into the article."""
        return backend.fact(fact_id)

    @app.get("/api/articles/{article_id}", tags=["facts"])
    def article(article_id: Id) -> Article:
        return backend.article(article_id)

    @app.get("/api/graph", tags=["graph"])
    def graph(
        as_of: Annotated[dt.date | None, Query(description="YYYY-MM-DD: the graph as of that day.")] = None,
    ) -> Snapshot:
        return backend.snapshot(as_of.isoformat() if as_of else None)

    @app.get("/api/contradictions", tags=["graph"])
    def contradictions() -> list[Contradiction]:
        return backend.contradictions()

    @app.get("/api/search", tags=["graph"])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200)], offset: Offset = 0, limit: Limit = 50,
    ) -> Page[SearchHit]:
        return backend.search(q, offset=offset, limit=limit)

    @app.get("/api/places", tags=["graph"])
    def places() -> list[PlaceCount]:
        return backend.places()

    @app.get("/api/governorates", tags=["graph"])
    def governorate_points() -> list[Governorate]:
        return governorates()

    @app.post("/api/facts/{fact_id}/review", tags=["review"], dependencies=[Depends(writable)])
    def review(fact_id: Id, body: FactReview) -> FactRecord:
        """Accept, reject or edit a fact; the backend records who did it and when."""
        changes = body.changes.model_dump(exclude_unset=True) if body.changes else None
        return backend.review_fact(fact_id, body.action, body.who, changes)

    @app.post("/api/entities/{entity_id}/merge", tags=["review"], dependencies=[Depends(writable)])
    def merge(entity_id: Id, body: MergeRequest) -> EntityRecord:
        """Fold `merge_id` into this entity: its facts and names move here and it disappears."""
        return backend.merge_entities(entity_id, body.merge_id, body.who)

    @app.post("/api/entities/{entity_id}/aliases", tags=["review"], dependencies=[Depends(writable)])
    def alias(entity_id: Id, body: AliasRequest) -> EntityRecord:
        return backend.add_alias(entity_id, body.alias, body.who)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(WEB_DIR / "static" / "index.html"))

    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON `{"detail": ...}` with a sentence a person can act on."""

    @app.exception_handler(UnknownId)
    async def unknown(_: Request, error: UnknownId) -> JSONResponse:
        return JSONResponse({"detail": error.message}, status_code=404)

    @app.exception_handler(ValueError)
    async def invalid(_: Request, error: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def validation(_: Request, error: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()]
        return JSONResponse({"detail": "; ".join(problems)}, status_code=422)


def _add_guards(app: FastAPI, token: str | None, allowed_hosts: list[str] | None) -> None:
    """Host and token checks on every request, and security headers on every response."""

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        response = _refusal(request, token, allowed_hosts)
        if response is None:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response


def _refusal(request: Request, token: str | None, allowed_hosts: list[str] | None) -> Response | None:
    """The response refusing `request`, or None when it may go on."""
    if allowed_hosts is not None and request.url.hostname not in allowed_hosts:
        return JSONResponse({"detail": "host not allowed"}, status_code=400)
    if token is None:
        return None
    header = request.headers.get("authorization", "")
    offered = [header.removeprefix("Bearer ") if header.startswith("Bearer ") else "",
               request.cookies.get(TOKEN_COOKIE, "")]
    if any(secrets.compare_digest(o.encode(), token.encode()) for o in offered if o):
        return None
    query_token = request.query_params.get("token", "")
    if query_token and secrets.compare_digest(query_token.encode(), token.encode()):
        # The token leaves the address bar at once and lives on as an HttpOnly cookie.
        clean = request.url.remove_query_params("token")
        redirect = RedirectResponse(str(clean.path) + (f"?{clean.query}" if clean.query else ""), 303)
        redirect.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return redirect
    return JSONResponse({"detail": "a token is required: send 'Authorization: Bearer TOKEN' "
                         "or open the UI once with ?token=TOKEN"}, status_code=401)
