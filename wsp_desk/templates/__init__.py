"""Conversation templates: schema, loading and validation (Qt-free)."""
