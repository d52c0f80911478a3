from tests.articles import (
    CLASH_REPORT,
    RELOCATION_REPORT,
    SAME_EVENT_REWORDED,
    SYNDICATED_COPY,
    SYNDICATION_SOURCE,
)

from fasail.document import Document
from fasail.ingest.dedup import PassageIndex
from fasail.settings import load_settings


def index() -> PassageIndex:
    return PassageIndex.from_settings(load_settings()["dedup"])


def test_rerun_passage_is_found_with_both_spans():
    idx = index()
    source = Document(doc="source.txt", text=SYNDICATION_SOURCE)
    copy = Document(doc="copy.txt", text=SYNDICATED_COPY)
    assert idx.add(source) == []
    shared = idx.add(copy)
    assert len(shared) == 1, "two adjacent copied sentences form one passage"
    passage = shared[0]
    assert passage.other_doc == "source.txt"
    assert copy.text[passage.start : passage.end].startswith("اعتقلت هيئة تحرير الشام")
    assert copy.text[passage.start : passage.end].endswith("الجبهة الوطنية للتحرير.")
    assert source.text[passage.other_start : passage.other_end].startswith("إدلب – «زمان الوصل»")
    assert passage.similarity >= 0.6
    assert idx.pairs == [("source.txt", "copy.txt")]


def test_rerun_with_small_edits_is_still_found():
    edited = SYNDICATED_COPY.replace("خلال الساعات الماضية", "خلال الساعات القليلة الماضية")
    edited = edited.replace("«", '"').replace("»", '"')
    idx = index()
    idx.add(Document(doc="source.txt", text=SYNDICATION_SOURCE))
    assert idx.add(Document(doc="edited.txt", text=edited))


def test_same_event_in_different_words_is_not_flagged():
    idx = index()
    idx.add(Document(doc="source.txt", text=SYNDICATION_SOURCE))
    assert idx.add(Document(doc="reworded.txt", text=SAME_EVENT_REWORDED)) == []


def test_unrelated_articles_are_not_flagged():
    idx = index()
    idx.add(Document(doc="a.txt", text=CLASH_REPORT))
    assert idx.add(Document(doc="b.txt", text=RELOCATION_REPORT)) == []
    assert idx.pairs == []


def test_window_bounds_the_index():
    idx = PassageIndex(num_perm=32, threshold=0.6, shingle_size=4, min_passage_words=12, window=3)
    for i in range(5):
        idx.add(Document(doc=f"{i}.txt", text=SYNDICATION_SOURCE))
    assert len(idx._passages) == 3


def test_signatures_and_bands_are_datasketchs():
    """The numpy MinHash and the band split equal datasketch's, so results do not depend on
    which computes them."""
    import numpy as np
    from datasketch import MinHash
    from datasketch.lsh import _optimal_param

    from fasail.ingest.dedup import WORD, optimal_bands
    from fasail.text.normalize import fold

    idx = index()
    words = WORD.findall(fold(SYNDICATION_SOURCE))
    shingles = {" ".join(words[i : i + idx.shingle_size]).encode("utf-8")
                for i in range(len(words) - idx.shingle_size + 1)}
    expected = MinHash(num_perm=idx.num_perm)
    expected.update_batch(list(shingles))
    assert idx._signature(SYNDICATION_SOURCE) == expected.hashvalues.astype(np.uint32).tobytes()
    for threshold in (0.3, 0.6, 0.85):
        for num_perm in (16, 64, 128):
            assert optimal_bands(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)
