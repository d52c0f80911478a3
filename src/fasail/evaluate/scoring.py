"""Scoring by the ONTOLOGY's rules: entity and fact precision/recall/F1, attribute accuracies.

Implements ``spec/ONTOLOGY.md`` § Scoring so the project can score itself without the shared
scorer; ``tests/evaluate`` checks that both give the same numbers on the seeds.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fasail.errors import UsageError
from fasail.text.names import name_key

SYMMETRIC = frozenset({"ALLIANCE", "CLASH", "TRUCE", "NEGOTIATION", "AGREEMENT"})
EVIDENCE_MAX_CHARS = 600
EVIDENCE_HEAD_WORDS = 5


@dataclass
class ScoredDoc:
    """One article's entities (type, name keys) and facts, indexed by name key."""

    types: list[str] = field(default_factory=list)
    names: list[set[str]] = field(default_factory=list)
    canonical: list[str] = field(default_factory=list)
    by_key: dict[str, int] = field(default_factory=dict)
    facts: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ScoredDoc:
        doc = cls(facts=list(obj.get("facts") or []))
        for i, entity in enumerate(obj.get("entities") or []):
            keys = {name_key(entity.get("name"))} | {name_key(a) for a in entity.get("aliases") or []}
            keys.discard("")
            doc.types.append(entity.get("type"))
            doc.names.append(keys)
            doc.canonical.append(name_key(entity.get("name")))
            for key in keys:
                doc.by_key.setdefault(key, i)
        return doc


def load_docs(path: str | Path) -> dict[str, ScoredDoc]:
    """Documents of a JSONL file keyed by the basename of ``doc``."""
    docs = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise UsageError(f"cannot read: {e.strerror or e}", where=str(path)) from e
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            docs[str(obj["doc"]).rsplit("/", 1)[-1]] = ScoredDoc.from_json(obj)
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
            raise UsageError(f"not an ONTOLOGY document object: {e}", where=f"{path}:{lineno}") from e
    return docs


def pair_entities(gold: ScoredDoc, pred: ScoredDoc) -> dict[int, int]:
    """Pair predicted with gold entities of one type, one to one: canonical name, then any alias."""
    pairs: dict[int, int] = {}
    paired_gold: set[int] = set()
    for by_canonical in (True, False):
        for g, g_names in enumerate(gold.names):
            if g in paired_gold:
                continue
            for p in range(len(pred.names)):
                if p in pairs or pred.types[p] != gold.types[g]:
                    continue
                shared = pred.canonical[p] in g_names if by_canonical else g_names & pred.names[p]
                if shared:
                    pairs[p] = g
                    paired_gold.add(g)
                    break
    return pairs


def _gold_entity(name: Any, gold: ScoredDoc, pred: ScoredDoc, pairs: dict[int, int]) -> int | None:
    """The gold entity a predicted name stands for: itself if a gold name, else via its pairing."""
    key = name_key(name)
    if not key:
        return None
    if key in gold.by_key:
        return gold.by_key[key]
    p = pred.by_key.get(key)
    return pairs.get(p) if p is not None else None


def _facts_match(g_fact: dict, p_fact: dict, gold: ScoredDoc, resolve) -> bool:
    kind = g_fact.get("type")
    if kind != p_fact.get("type") or bool(g_fact.get("negated")) != bool(p_fact.get("negated")):
        return False
    g_subj = gold.by_key.get(name_key(g_fact.get("subject")))
    p_subj, p_obj = resolve(p_fact.get("subject")), resolve(p_fact.get("object"))
    if g_subj is None:
        return False
    if not name_key(g_fact.get("object")):
        return p_subj == g_subj and not name_key(p_fact.get("object"))
    g_obj = gold.by_key.get(name_key(g_fact.get("object")))
    if g_obj is None:
        return False
    return (p_subj, p_obj) == (g_subj, g_obj) or (
        kind in SYMMETRIC and (p_subj, p_obj) == (g_obj, g_subj))


def evidence_ok(gold_evidence: str | None, pred_evidence: str | None) -> bool:
    """One passage of at most 600 characters holding the opening words of the gold evidence."""
    if not gold_evidence or not pred_evidence or len(pred_evidence) > EVIDENCE_MAX_CHARS:
        return False
    head = " ".join(name_key(gold_evidence).split()[:EVIDENCE_HEAD_WORDS])
    return head in name_key(pred_evidence)


@dataclass
class Score:
    """Counts per type (tp, fp, fn) for facts and entities, and attribute hits over asked."""

    facts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    entities: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    attributes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    #: Gold facts that are negated (refused, denied, failed), and how many of them were found.
    negated: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def _score_entities(name: str, gold: ScoredDoc, pred: ScoredDoc, pairs: dict[int, int],
                    score: Score) -> None:
    paired = set(pairs.values())
    for g, kind in enumerate(gold.types):
        score.entities[kind]["tp" if g in paired else "fn"] += 1
        if g not in paired:
            score.errors.append(f"{name}: missed entity {kind} {sorted(gold.names[g])[0]}")
    for p, kind in enumerate(pred.types):
        if p not in pairs:
            score.entities[kind]["fp"] += 1
            if pred.names[p]:
                score.errors.append(f"{name}: spurious entity {kind} {sorted(pred.names[p])[0]}")


def _score_attributes(g_fact: dict, p_fact: dict, gold: ScoredDoc, resolve, score: Score) -> None:
    for attr in ("time", "count"):
        if g_fact.get(attr) is not None:
            score.attributes[attr]["asked"] += 1
            score.attributes[attr]["right"] += str(p_fact.get(attr)) == str(g_fact.get(attr))
    for attr in ("place", "source"):
        if g_fact.get(attr):
            score.attributes[attr]["asked"] += 1
            g_entity = gold.by_key.get(name_key(g_fact[attr]))
            right = (g_entity == resolve(p_fact.get(attr)) if g_entity is not None
                     else name_key(g_fact[attr]) == name_key(p_fact.get(attr)))
            score.attributes[attr]["right"] += right
    if g_fact.get("evidence"):
        score.attributes["evidence"]["asked"] += 1
        score.attributes["evidence"]["right"] += evidence_ok(g_fact["evidence"], p_fact.get("evidence"))


def _describe(fact: dict) -> str:
    negated = " (negated)" if fact.get("negated") else ""
    return f"{fact.get('type')} {fact.get('subject')} -> {fact.get('object')}{negated}"


def score_docs(gold_docs: dict[str, ScoredDoc], pred_docs: dict[str, ScoredDoc],
               types: set[str] | None = None) -> Score:
    """Score every gold document against its prediction (missing prediction = nothing found)."""
    score = Score()
    for name, gold in gold_docs.items():
        pred = pred_docs.get(name, ScoredDoc())
        pairs = pair_entities(gold, pred)
        _score_entities(name, gold, pred, pairs, score)

        def resolve(value, gold=gold, pred=pred, pairs=pairs):
            return _gold_entity(value, gold, pred, pairs)

        g_facts = [f for f in gold.facts if not types or f.get("type") in types]
        p_facts = [f for f in pred.facts if not types or f.get("type") in types]
        taken: set[int] = set()
        for g_fact in g_facts:
            hit = next((j for j, p_fact in enumerate(p_facts)
                        if j not in taken and _facts_match(g_fact, p_fact, gold, resolve)), None)
            if g_fact.get("negated"):
                score.negated["asked"] += 1
                score.negated["right"] += hit is not None
            if hit is None:
                score.facts[g_fact.get("type")]["fn"] += 1
                score.errors.append(f"{name}: missed {_describe(g_fact)}")
                continue
            taken.add(hit)
            score.facts[g_fact.get("type")]["tp"] += 1
            _score_attributes(g_fact, p_facts[hit], gold, resolve, score)
        for j, p_fact in enumerate(p_facts):
            if j not in taken:
                score.facts[p_fact.get("type")]["fp"] += 1
                score.errors.append(f"{name}: spurious {_describe(p_fact)}")
    return score


def prf(counts: Counter) -> dict[str, float | int]:
    """Precision, recall, F1 and the counts behind them."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def _table(per_type: dict[str, Counter]) -> dict[str, dict[str, float | int]]:
    rows = {str(kind): prf(per_type[kind]) for kind in sorted(per_type, key=str)}
    rows["MICRO"] = prf(sum(per_type.values(), Counter()))
    return rows


def report(score: Score) -> dict[str, Any]:
    """The score as a JSON-ready report (same shape as the shared scorer's --json)."""
    return {
        "facts": _table(score.facts),
        "entities": _table(score.entities),
        "attributes": {
            attr: {"accuracy": c["right"] / c["asked"] if c["asked"] else 0.0, "n": c["asked"]}
            for attr, c in score.attributes.items()
        },
        "negated": _negated_recall(score.negated),
    }


def _negated_recall(counts: Counter) -> dict[str, float | int]:
    """Recall of the gold facts that are negated (not in the shared scorer's report)."""
    return {"recall": counts["right"] / counts["asked"] if counts["asked"] else 0.0,
            "found": counts["right"], "n": counts["asked"]}


def evaluate(gold_path: str | Path, pred_path: str | Path,
             types: set[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    """Score the predictions file against the gold file; returns (report, error lines)."""
    score = score_docs(load_docs(gold_path), load_docs(pred_path), types)
    return report(score), score.errors


def format_report(result: dict[str, Any]) -> str:
    """The report as a plain-text table."""
    lines = []
    for title in ("facts", "entities"):
        lines.append(f"{title:<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        for kind, r in result[title].items():
            lines.append(f"{kind:<14}{r['precision']:7.3f}{r['recall']:7.3f}{r['f1']:7.3f}"
                         f"{r['tp']:6d}{r['fp']:6d}{r['fn']:6d}")
        lines.append("")
    for attr, v in result["attributes"].items():
        lines.append(f"attribute {attr:<8} accuracy {v['accuracy']:.3f} over {v['n']} matched facts")
    negated = result["negated"]
    lines.append(f"negated facts   recall {negated['recall']:.3f} "
                 f"({negated['found']} of {negated['n']} found)")
    return "\n".join(lines)
