"""Evaluation against gold annotations by the ONTOLOGY's scoring rules."""

from fasail.evaluate.scoring import evaluate, format_report

__all__ = ["evaluate", "format_report"]
