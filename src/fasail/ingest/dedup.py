"""Near-duplicate passages across the articles of a batch (syndicated re-runs).

One outlet often re-runs a paragraph of another's report. Later stages must count such a
passage as one source, so each article is compared, sentence by sentence, with the
articles seen before it: MinHash signatures of word shingles, candidates from LSH
(datasketch), kept when the estimated Jaccard similarity passes the threshold.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash, MinHashLSH

from fasail.document import Document, SharedPassage
from fasail.text.normalize import fold
from fasail.text.sentences import split_sentences

WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: Pairs kept for the batch summary; the output records every shared passage anyway.
MAX_PAIRS_KEPT = 1000


@dataclass(slots=True)
class _Passage:
    doc: str
    start: int
    end: int
    signature: LeanMinHash


class PassageIndex:
    """Finds passages an article shares with earlier articles; memory bounded by ``window``."""

    def __init__(self, *, num_perm: int, threshold: float, shingle_size: int,
                 min_passage_words: int, window: int):
        self.num_perm = num_perm
        self.threshold = threshold
        self.shingle_size = shingle_size
        self.min_passage_words = min_passage_words
        self.window = window
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._passages: dict[int, _Passage] = {}
        self._order: deque[int] = deque()
        self._next_key = 0
        self._template = MinHash(num_perm=num_perm)
        #: Pairs of documents found to share a passage, in the order found (the first
        #: MAX_PAIRS_KEPT; ``pair_count`` counts them all).
        self.pairs: list[tuple[str, str]] = []
        self.pair_count = 0

    @classmethod
    def from_settings(cls, settings: dict) -> PassageIndex:
        return cls(**{k: settings[k] for k in
                      ("num_perm", "threshold", "shingle_size", "min_passage_words", "window")})

    def _signature(self, text: str) -> LeanMinHash | None:
        words = WORD.findall(fold(text))
        if len(words) < self.min_passage_words:
            return None
        n = self.shingle_size
        shingles = {" ".join(words[i : i + n]).encode("utf-8") for i in range(len(words) - n + 1)}
        minhash = MinHash(num_perm=self.num_perm, permutations=self._template.permutations,
                          scheme=self._template.scheme)
        minhash.update_batch(list(shingles))
        return LeanMinHash(minhash)

    def add(self, doc: Document) -> list[SharedPassage]:
        """Record ``doc``'s passages; return those it shares with earlier documents."""
        matches: list[SharedPassage] = []
        new: list[_Passage] = []
        for sentence in split_sentences(doc.text):
            signature = self._signature(sentence.text)
            if signature is None:
                continue
            best = self._best_match(doc.doc, signature)
            if best is not None:
                other, similarity = best
                matches.append(SharedPassage(sentence.start, sentence.end, other.doc,
                                             other.start, other.end, similarity))
            new.append(_Passage(doc.doc, sentence.start, sentence.end, signature))
        for passage in new:
            self._insert(passage)
        merged = _merge_adjacent(matches)
        for other in dict.fromkeys(p.other_doc for p in merged):
            self.pair_count += 1
            if len(self.pairs) < MAX_PAIRS_KEPT:
                self.pairs.append((other, doc.doc))
        return merged

    def _best_match(self, doc_name: str, signature: LeanMinHash) -> tuple[_Passage, float] | None:
        best = None
        for key in self._lsh.query(signature):
            other = self._passages[key]
            if other.doc == doc_name:
                continue
            similarity = signature.jaccard(other.signature)
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (other, similarity)
        return best

    def _insert(self, passage: _Passage) -> None:
        key = self._next_key
        self._next_key += 1
        self._lsh.insert(key, passage.signature)
        self._passages[key] = passage
        self._order.append(key)
        while len(self._order) > self.window:
            old = self._order.popleft()
            self._lsh.remove(old)
            del self._passages[old]


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
