"""Entity recognition: knowledge base names, name patterns and in-document coreference."""
