"""Backends over the examples, the shared seed articles when present, and one hostile article."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, SHARED

from fasail.api.backend import Backend, store_backend
from fasail.api.memory import MemoryBackend
from fasail.run import BatchOptions, run_batch
from fasail.store import open_store

#: Script payloads that must stay text in the UI: each would set window.__pwned if it ran
#: (written without full stops or semicolons, so the evidence sentence keeps them whole).
PAYLOAD_SCRIPT = "<script>window['__pwned']=1,alert(1)</script>"
PAYLOAD_IMG = "<img src=x onerror=\"window['__pwned']=1,alert(2)\">"
HOSTILE_ARTICLE = (
    "اشتباكات في ريف حلب الغربي\n\n"
    f"اندلعت اشتباكات عنيفة بين «هيئة تحرير الشام» و«حركة نور الدين الزنكي» {PAYLOAD_IMG} "
    f"في ريف حلب الغربي أمس الأحد {PAYLOAD_SCRIPT}، بحسب مصادر محلية.\n"
)
HOSTILE_DOC = "zz_hostile.txt"


@pytest.fixture(scope="session")
def articles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """examples/articles plus the hostile article, and their manifest."""
    folder = tmp_path_factory.mktemp("articles")
    seeds = SHARED / "corpus" / "seeds"  # the shared seed articles too, when present (undated)
    for article in [*(EXAMPLES / "articles").iterdir(), *(seeds.glob("*.txt") if seeds.is_dir() else [])]:
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / HOSTILE_DOC).write_text(HOSTILE_ARTICLE, "utf-8")
    manifest = folder.parent / "manifest.csv"
    manifest.write_text((EXAMPLES / "manifest.csv").read_text("utf-8").rstrip("\n")
                        + f"\n{HOSTILE_DOC},2019-12-01,<b onmouseover=alert(3)>outlet</b>,javascript:alert(4)\n",
                        "utf-8")
    return folder, manifest


@pytest.fixture(scope="session")
def extracted(articles: tuple[Path, Path]) -> list[dict]:
    """`fasail extract` output for examples/articles and the hostile article."""
    folder, manifest = articles
    out = folder.parent / "extract.jsonl"
    run_batch(BatchOptions(paths=[str(folder)], manifest=manifest, out=out))
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


@pytest.fixture(scope="session")
def extract_file(extracted: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "extract.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in extracted), "utf-8")
    return path


@pytest.fixture(scope="session")
def store_template(articles: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the same articles, ingested once and copied for each test."""
    folder, manifest = articles
    path = tmp_path_factory.mktemp("store") / "template.db"
    with open_store(str(path)) as store:
        store.ingest([folder], manifest=manifest)
    return path


@pytest.fixture(params=["memory", "store"])
def backend(request: pytest.FixtureRequest, extracted: list[dict], store_template: Path,
            tmp_path: Path) -> Iterator[Backend]:
    """A fresh backend per test (review tests write to it): in memory, and over a store."""
    if request.param == "memory":
        yield MemoryBackend.from_extract(extracted)
        return
    copy = tmp_path / "store.db"
    shutil.copyfile(store_template, copy)
    found = store_backend(copy)
    yield found
    found.store.close()
