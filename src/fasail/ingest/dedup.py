"""Near-duplicate passages across the articles of a batch (syndicated re-runs).

One outlet often re-runs a paragraph of another's report. Later stages must count such a
passage as one source, so each article is compared, sentence by sentence, with the
articles seen before it: MinHash signatures of word shingles (datasketch), candidates from
LSH banding, kept when the estimated Jaccard similarity passes the threshold.

Signatures are datasketch's MinHash (its default "affine32" scheme, seed 1) computed here
with numpy over all shingles of a sentence at once, bit for bit the same values
(tests/ingest/test_dedup.py checks them against datasketch): building a datasketch MinHash per
sentence cost more than the comparison, and importing datasketch pulls in scipy (about 0.8 s
per run) only for the band parameters, which are computed here without it.

The banding index is kept here rather than in datasketch's MinHashLSH because a batch can
hold millions of passages: a signature is stored as 4-byte values and each band as one
integer key, about 1 kB per passage instead of several, and the oldest passages are
evicted beyond ``window`` so memory stays flat.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from dataclasses import dataclass
from functools import cache

import numpy as np

from fasail.document import Document, SharedPassage
from fasail.text.normalize import fold, normalized
from fasail.text.sentences import split_sentences

WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: Pairs kept for the batch summary; the output records every shared passage anyway.
MAX_PAIRS_KEPT = 1000
#: datasketch MinHash's default seed for its permutations.
MINHASH_SEED = 1


def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (a odd, b) of datasketch's MinHash(num_perm, seed=1)."""
    gen = np.random.RandomState(MINHASH_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to each input hash."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


@cache
def optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positive plus false negative probability at
    ``threshold``, as datasketch's MinHashLSH chooses them. Its integrals are of polynomials
    of degree at most ``num_perm``, which Gauss-Legendre quadrature with this many nodes
    gives exactly, so scipy's adaptive quadrature is not needed."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def integral(f, lo: float, hi: float) -> float:
        half = (hi - lo) / 2
        return half * float(weights @ f(half * nodes + (hi + lo) / 2))

    def error(pair: tuple[int, int]) -> float:
        b, r = pair
        false_positive = integral(lambda s: 1 - (1 - s**r) ** b, 0.0, threshold)
        false_negative = integral(lambda s: (1 - s**r) ** b, threshold, 1.0)
        return 0.5 * false_positive + 0.5 * false_negative

    return min(((b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)), key=error)


@dataclass(slots=True)
class _Passage:
    doc: str
    start: int
    end: int
    signature: bytes  # num_perm uint32 hash values
    bands: tuple[int, ...]


def _similarities(signature: bytes, others: list[bytes]) -> np.ndarray:
    """Estimated Jaccard similarity of ``signature`` to each of ``others`` (the share of
    equal MinHash values), compared in one numpy operation rather than one per candidate."""
    mine = np.frombuffer(signature, np.uint32)
    theirs = np.frombuffer(b"".join(others), np.uint32).reshape(len(others), len(mine))
    return np.count_nonzero(theirs == mine, axis=1) / len(mine)


class PassageIndex:
    """Finds passages an article shares with earlier articles; memory bounded by ``window``."""

    def __init__(self, *, num_perm: int, threshold: float, shingle_size: int,
                 min_passage_words: int, window: int):
        self.num_perm = num_perm
        self.threshold = threshold
        self.shingle_size = shingle_size
        self.min_passage_words = min_passage_words
        self.window = window
        # Band count and width minimising false positives and negatives at the threshold.
        self._bands, self._rows = optimal_bands(threshold, num_perm)
        self._buckets: dict[int, list[int]] = {}
        self._passages: dict[int, _Passage] = {}
        self._order: deque[int] = deque()
        self._next_key = 0
        self._a, self._b = _permutations(num_perm)
        #: Pairs of documents found to share a passage, in the order found (the first
        #: MAX_PAIRS_KEPT; ``pair_count`` counts them all).
        self.pairs: list[tuple[str, str]] = []
        self.pair_count = 0

    @classmethod
    def from_settings(cls, settings: dict) -> PassageIndex:
        return cls(**{k: settings[k] for k in
                      ("num_perm", "threshold", "shingle_size", "min_passage_words", "window")})

    def _signature(self, text: str) -> bytes | None:
        """The MinHash signature of one passage (None when it is too short to compare)."""
        return self._signatures([fold(text)])[0]

    def _signatures(self, texts: list[str]) -> list[bytes | None]:
        """The MinHash signature of each normalised passage (None when too short to compare),
        with one numpy pass over the shingles of all of them: per-passage numpy calls cost
        more than the arithmetic."""
        n = self.shingle_size
        sha1 = hashlib.sha1
        digests: list[bytes] = []
        counts: list[int] = []
        for text in texts:
            words = WORD.findall(text)
            if len(words) < self.min_passage_words:
                counts.append(0)
                continue
            grams = zip(*(words[k:] for k in range(n)), strict=False)  # stops at the last full one
            shingles = {" ".join(gram).encode("utf-8") for gram in grams}
            # datasketch's sha1_hash32: the first 4 bytes of SHA-1, little-endian.
            digests.extend([sha1(s).digest()[:4] for s in shingles])
            counts.append(len(shingles))
        if not digests:
            return [None] * len(texts)
        hv = _fmix32(np.frombuffer(b"".join(digests), dtype="<u4").astype(np.uint32)).reshape(-1, 1)
        starts = np.cumsum([0, *(c for c in counts if c)])[:-1]
        minima = iter(np.minimum.reduceat(hv * self._a + self._b, starts, axis=0))
        return [next(minima).tobytes() if c else None for c in counts]

    def _band_keys(self, signature: bytes) -> tuple[int, ...]:
        width = 4 * self._rows
        return tuple(hash((b, signature[b * width : (b + 1) * width])) for b in range(self._bands))

    def add(self, doc: Document) -> list[SharedPassage]:
        """Record ``doc``'s passages; return those it shares with earlier documents."""
        matches: list[SharedPassage] = []
        new: list[_Passage] = []
        # The normalised text and its sentences, which recognition and extraction read too.
        norm = normalized(doc.text)
        sentences = split_sentences(norm.text)
        for sentence, signature in zip(sentences, self._signatures([s.text for s in sentences]),
                                       strict=True):
            if signature is None:
                continue
            bands = self._band_keys(signature)
            best = self._best_match(doc.doc, signature, bands)
            start, end = norm.to_original(sentence.start, sentence.end)
            if best is not None:
                other, similarity = best
                matches.append(SharedPassage(start, end, other.doc, other.start, other.end, similarity))
            new.append(_Passage(doc.doc, start, end, signature, bands))
        for passage in new:
            self._insert(passage)
        merged = _merge_adjacent(matches)
        for other in dict.fromkeys(p.other_doc for p in merged):
            self.pair_count += 1
            if len(self.pairs) < MAX_PAIRS_KEPT:
                self.pairs.append((other, doc.doc))
        return merged

    def _best_match(self, doc_name: str, signature: bytes,
                    bands: tuple[int, ...]) -> tuple[_Passage, float] | None:
        candidates = {key for band in bands for key in self._buckets.get(band, ())}
        others = [p for p in map(self._passages.__getitem__, candidates) if p.doc != doc_name]
        if not others:
            return None
        best = None
        similarities = _similarities(signature, [p.signature for p in others]).tolist()
        for other, similarity in zip(others, similarities, strict=True):
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (other, similarity)
        return best

    def _insert(self, passage: _Passage) -> None:
        key = self._next_key
        self._next_key += 1
        for band in passage.bands:
            self._buckets.setdefault(band, []).append(key)
        self._passages[key] = passage
        self._order.append(key)
        while len(self._order) > self.window:
            old = self._order.popleft()
            for band in self._passages.pop(old).bands:
                bucket = self._buckets[band]
                bucket.remove(old)
                if not bucket:
                    del self._buckets[band]


def _merge_adjacent(matches: list[SharedPassage]) -> list[SharedPassage]:
    """Join consecutive matched sentences that copy the same other article into one passage."""
    merged: list[SharedPassage] = []
    for m in matches:
        last = merged[-1] if merged else None
        if last and last.other_doc == m.other_doc and m.other_start >= last.other_start:
            merged[-1] = SharedPassage(
                last.start, m.end, m.other_doc, last.other_start, max(last.other_end, m.other_end),
                min(last.similarity, m.similarity))
        else:
            merged.append(m)
    return merged
