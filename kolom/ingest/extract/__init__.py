"""Metadata extractors: one module per field, each returning a value or None."""
