"""A MemoryBackend over the examples plus one hostile article, extracted once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

from fasail.api.memory import MemoryBackend
from fasail.run import BatchOptions, run_batch

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
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """`fasail extract` output for examples/articles and the hostile article."""
    folder = tmp_path_factory.mktemp("articles")
    for article in (EXAMPLES / "articles").iterdir():
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / HOSTILE_DOC).write_text(HOSTILE_ARTICLE, "utf-8")
    manifest = folder.parent / "manifest.csv"
    manifest.write_text((EXAMPLES / "manifest.csv").read_text("utf-8").rstrip("\n")
                        + f"\n{HOSTILE_DOC},2019-12-01,<b onmouseover=alert(3)>outlet</b>,javascript:alert(4)\n",
                        "utf-8")
    out = folder.parent / "extract.jsonl"
    run_batch(BatchOptions(paths=[str(folder)], manifest=manifest, out=out))
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


@pytest.fixture(scope="session")
def extract_file(extracted: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "extract.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in extracted), "utf-8")
    return path


@pytest.fixture
def backend(extracted: list[dict]) -> MemoryBackend:
    """A fresh backend per test, since review tests write to it."""
    return MemoryBackend.from_extract(extracted)
