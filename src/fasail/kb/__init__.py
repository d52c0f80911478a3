"""The actor knowledge base and place gazetteer (data in ``kb/data``, format in its README)."""
