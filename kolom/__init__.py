"""kolom: raw scraped columns in, a clean searchable knowledge base out."""

__version__ = "0.1.0"
