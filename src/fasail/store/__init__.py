"""The knowledge store: articles, entities and facts kept across runs (SQLite or PostgreSQL)."""
