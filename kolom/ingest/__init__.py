"""Ingest: raw bytes -> repaired text -> units -> classified blocks -> metadata."""
