"""Ingestion: input paths → clean Documents with metadata (see ``reader.read_articles``)."""
