"""Readable explanations of facts: the evidence with the trigger and arguments marked."""

from __future__ import annotations

from typing import Any

MARKS = {"trigger": ("⟦", "⟧"), "subject": ("【", "】"), "object": ("«", "»")}


def explain(fact: dict[str, Any], text: str) -> str:
    """Two lines: the fact and its rule, then the evidence with ⟦trigger⟧ 【subject】 «object»."""
    start, end = fact["evidence_start"], fact["evidence_end"]
    spans = [("trigger", fact["trigger"])]
    spans += [(role, span) for role, span in fact.get("arguments", {}).items()]
    inserts: list[tuple[int, str]] = []
    for role, span in spans:
        if start <= span["start"] and span["end"] <= end:
            opening, closing = MARKS[role]
            inserts += [(span["start"], opening), (span["end"], closing)]
    marked = text[start:end]
    for at, mark in sorted(inserts, key=lambda x: -x[0]):
        marked = marked[: at - start] + mark + marked[at - start :]
    flags = [f for f in ("negated", "hedged") if fact.get(f)]
    details = [f"{k}={fact[k]}" for k in ("time", "place", "count", "source") if fact.get(k) is not None]
    head = (f"{fact['type']} {fact['subject']} → {fact['object'] or '—'}"
            f"{' [' + ', '.join(flags) + ']' if flags else ''} {' '.join(details)}  ({fact['rule']})")
    check = fact.get("kb_check")
    kb_line = f"\n    KB {check['status']}: {check['note']}" if check else ""
    return f"{head}\n    {marked}{kb_line}"
