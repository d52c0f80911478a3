"""fasail: an evidence-linked, time-aware knowledge graph of armed groups from Arabic news."""

__version__ = "0.1.0"
